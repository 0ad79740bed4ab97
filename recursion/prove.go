package recursion

import (
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
)

// Compile compiles a circuit of this package (or a segment circuit) to R1CS
// over BN254.
func Compile(c frontend.Circuit) (constraint.ConstraintSystem, error) {
	ccs, err := frontend.Compile(Field(), r1cs.NewBuilder, c)
	if err != nil {
		return nil, fmt.Errorf("recursion: compile: %w", err)
	}
	return ccs, nil
}

// onePublic is the public part of every circuit here: one element.
type onePublic struct {
	D frontend.Variable `gnark:",public"`
}

// Define is never called; onePublic only serves frontend.NewWitness.
func (*onePublic) Define(frontend.API) error { return nil }

// ProveInner proves an assignment of a circuit whose proof another circuit
// verifies (a segment or an aggregation), with InnerProverOptions.
func ProveInner(ccs constraint.ConstraintSystem, pk groth16.ProvingKey, assignment frontend.Circuit) (groth16.Proof, error) {
	w, err := frontend.NewWitness(assignment, Field())
	if err != nil {
		return nil, fmt.Errorf("recursion: witness: %w", err)
	}
	proof, err := groth16.Prove(ccs, pk, w, InnerProverOptions()...)
	if err != nil {
		return nil, fmt.Errorf("recursion: prove: %w", err)
	}
	return proof, nil
}

// VerifyInner checks natively a proof made by ProveInner whose one public
// input is d.
func VerifyInner(proof groth16.Proof, vk groth16.VerifyingKey, d fr.Element) error {
	return verify(proof, vk, d, true)
}

// FinalProverOptions are the prover options of final proofs: the
// commitment's challenge hashed with keccak256, as gnark's exported Solidity
// verifier recomputes it (solidity.WithProverTargetSolidityVerifier).
func FinalProverOptions() []backend.ProverOption {
	return []backend.ProverOption{solidity.WithProverTargetSolidityVerifier(backend.GROTH16)}
}

// FinalVerifierOptions check natively a proof made with FinalProverOptions.
func FinalVerifierOptions() []backend.VerifierOption {
	return []backend.VerifierOption{solidity.WithVerifierTargetSolidityVerifier(backend.GROTH16)}
}

// ProveFinal proves an assignment of the final circuit with
// FinalProverOptions.
func ProveFinal(ccs constraint.ConstraintSystem, pk groth16.ProvingKey, assignment *FinalCircuit) (groth16.Proof, error) {
	w, err := frontend.NewWitness(assignment, Field())
	if err != nil {
		return nil, fmt.Errorf("recursion: witness: %w", err)
	}
	proof, err := groth16.Prove(ccs, pk, w, FinalProverOptions()...)
	if err != nil {
		return nil, fmt.Errorf("recursion: prove final: %w", err)
	}
	return proof, nil
}

// VerifyFinal checks a final proof (FinalVerifierOptions) against
// FinalDigest of a statement.
func VerifyFinal(proof groth16.Proof, vk groth16.VerifyingKey, digest fr.Element) error {
	return verify(proof, vk, digest, false)
}

func verify(proof groth16.Proof, vk groth16.VerifyingKey, d fr.Element, inner bool) error {
	w, err := frontend.NewWitness(&onePublic{D: d}, Field(), frontend.PublicOnly())
	if err != nil {
		return fmt.Errorf("recursion: public witness: %w", err)
	}
	if inner {
		err = groth16.Verify(proof, vk, w, InnerVerifierOptions()...)
	} else {
		err = groth16.Verify(proof, vk, w, FinalVerifierOptions()...)
	}
	if err != nil {
		return fmt.Errorf("recursion: verify: %w", err)
	}
	return nil
}

// ProveAggregate proves the aggregation of left and right (AggregateAssignment)
// with InnerProverOptions and returns the proof with its public input D.
// vkHash is VKHash of vk, the aggregation key of pk.
func ProveAggregate(ccs constraint.ConstraintSystem, pk groth16.ProvingKey, vkHash fr.Element, left, right *ChildInput) (groth16.Proof, fr.Element, error) {
	a, d, err := AggregateAssignment(vkHash, left, right)
	if err != nil {
		return nil, fr.Element{}, err
	}
	proof, err := ProveInner(ccs, pk, a)
	if err != nil {
		return nil, fr.Element{}, err
	}
	return proof, d, nil
}
