// Package toycircuit holds two test-only Groth16 circuits with the public-input shapes of the
// zkprover circuits, so the contracts can be tested with real proofs and real gnark-exported
// verifiers without the zkVM's or the recursion's setups: Circuit has the whole-run circuit's
// shape (27 public inputs, one Pedersen commitment), FinalCircuit the final circuit's (one
// public input, the final digest, and one commitment). Their proofs prove nothing about a
// program run: the circuits accept any public inputs. They test that a contract rebuilds
// exactly the statement (or digest) a proof was made for. Their keys and verifiers
// (contracts/testdata, contracts/src/test/ToyVerifier.sol and ToyFinalVerifier.sol) must never
// be used outside tests.
package toycircuit

import (
	"fmt"
	"io"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/zkprover/zkprover/prover/keygen"
)

// NumPublic is the number of public inputs (statement.NumPublic).
const NumPublic = 27

// Circuit has 27 public inputs and a private value whose Pedersen commitment must be non-zero.
type Circuit struct {
	Public [NumPublic]frontend.Variable `gnark:",public"`
	Secret frontend.Variable
}

// Define implements frontend.Circuit.
func (c *Circuit) Define(api frontend.API) error {
	committer, ok := api.(frontend.Committer)
	if !ok {
		return fmt.Errorf("the builder does not support commitments")
	}
	cm, err := committer.Commit(c.Secret)
	if err != nil {
		return err
	}
	api.AssertIsDifferent(cm, 0)
	// Tie each public input into a constraint.
	acc := frontend.Variable(0)
	for _, p := range c.Public {
		acc = api.Add(acc, api.Mul(p, c.Secret))
	}
	api.AssertIsEqual(api.Sub(acc, acc), 0)
	return nil
}

// Compile builds the constraint system.
func Compile() (constraint.ConstraintSystem, error) {
	var c Circuit
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &c)
	if err != nil {
		return nil, fmt.Errorf("compiling the toy circuit: %w", err)
	}
	return ccs, nil
}

// Keys is a toy proving/verifying key pair with its constraint system.
type Keys struct {
	CCS constraint.ConstraintSystem
	PK  groth16.ProvingKey
	VK  groth16.VerifyingKey
}

// Setup runs a fresh Groth16 setup.
func Setup() (*Keys, error) { return setup(Compile, "toy") }

// setup compiles a toy circuit and runs a fresh Groth16 setup of it with prover/keygen, as the
// node's keys are made (γ = 1 and the commitment's G = G2's generator, like the ceremony's), so
// that its verifier is the node's: five pairs (prover/evmverifier).
func setup(compile func() (constraint.ConstraintSystem, error), what string) (*Keys, error) {
	ccs, err := compile()
	if err != nil {
		return nil, err
	}
	pk, vk, err := keygen.Setup(ccs)
	if err != nil {
		return nil, fmt.Errorf("%s setup: %w", what, err)
	}
	return &Keys{CCS: ccs, PK: pk, VK: vk}, nil
}

// Load reads keys written by WriteTo.
func Load(pkr, vkr io.Reader) (*Keys, error) {
	ccs, err := Compile()
	if err != nil {
		return nil, err
	}
	return readKeys(ccs, pkr, vkr)
}

// ExportSolidity writes the verifier of the toy keys as contract ToyVerifier.
func (k *Keys) ExportSolidity(w io.Writer) error {
	return k.export(w, "ToyVerifier")
}

// Prove proves the given public inputs and returns the Solidity proof bytes (384 bytes).
func (k *Keys) Prove(public [NumPublic]*big.Int) ([]byte, error) {
	var a Circuit
	for i := range a.Public {
		a.Public[i] = public[i]
	}
	a.Secret = 7
	return k.prove(&a)
}
