// Package recursion aggregates segment proofs of one run into a single proof
// and wraps it into the final proof that contracts verify
// (docs/recursion.md).
//
// Everything is Groth16 over BN254 (gnark), recursion by field emulation
// (gnark's std/algebra/emulated/sw_bn254; the in-circuit verifier is
// assertInnerProof, gnark's std/recursion/groth16 verifier with the main
// equation as one residue-witness pairing check):
//
//   - a SEGMENT proof (circuits/) has one Pedersen commitment and one public
//     input, statement.SegmentDigest(ctx, in, out);
//   - an AGGREGATION proof (AggregateCircuit) verifies two children, each a
//     segment or an aggregation proof, and has the same shape: one commitment
//     (the range checks of emulated arithmetic) and one public input,
//     statement.AggregateDigest(vkHash, ctx, left.in, right.out);
//   - the FINAL proof (FinalCircuit) verifies one child under a fixed key,
//     opens its statement and exposes one public input, FinalDigest, a
//     sha256 of a byte layout of the statement that a contract recomputes.
//     It keeps one commitment: gnark's emulated arithmetic cannot do without
//     (docs/recursion.md, "Commitment in the final circuit").
//
// Inner proofs (segments and aggregations) must be made with
// InnerProverOptions and checked natively with InnerVerifierOptions; the
// final proof is made with FinalProverOptions (keccak256 hash to field, as
// gnark's Solidity verifier recomputes it).
package recursion

import (
	"math/big"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/algebra/emulated/sw_bn254"
	"github.com/consensys/gnark/std/permutation/poseidon2"
	stdgroth16 "github.com/consensys/gnark/std/recursion/groth16"
)

// Proof is an inner Groth16 proof as circuit witness (its key: VerifyingKey).
type Proof = stdgroth16.Proof[sw_bn254.G1Affine, sw_bn254.G2Affine]

// Field is the scalar field of BN254, the field of every circuit here.
func Field() *big.Int { return ecc.BN254.ScalarField() }

// InnerProverOptions are the prover options every proof that another circuit
// here verifies must be made with: segment proofs and aggregation proofs. They
// replace the hash that derives the commitment's challenge (gnark's default
// is a sha256-based hash to field) by the MiMC-based hash that the circuit
// verifier recomputes (std/recursion.NewShort). A proof made without them
// is not accepted by AggregateCircuit or FinalCircuit.
func InnerProverOptions() []backend.ProverOption {
	return []backend.ProverOption{stdgroth16.GetNativeProverOptions(Field(), Field())}
}

// InnerVerifierOptions are the verifier options that check a proof made with
// InnerProverOptions natively (groth16.Verify). Without them groth16.Verify
// rejects such a proof (the commitment's challenge differs).
func InnerVerifierOptions() []backend.VerifierOption {
	return []backend.VerifierOption{stdgroth16.GetNativeVerifierOptions(Field(), Field())}
}

// hasher computes statement.Chain and statement.Sponge in circuit.
type hasher struct {
	api  frontend.API
	perm *poseidon2.Permutation
	sp   *poseidon2.Permutation // the sponge's, made on first use
}

func newHasher(api frontend.API) (*hasher, error) {
	perm, err := poseidon2.NewPoseidon2(api)
	if err != nil {
		return nil, err
	}
	return &hasher{api: api, perm: perm}, nil
}

// chain is statement.Chain: Compress folded over elems from zero.
func (h *hasher) chain(elems ...frontend.Variable) frontend.Variable {
	var acc frontend.Variable = 0
	for _, e := range elems {
		acc = h.perm.Compress(acc, e)
	}
	return acc
}
