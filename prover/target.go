package prover

import (
	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/solidity"
	stdgroth16 "github.com/consensys/gnark/std/recursion/groth16"
)

// Target is who verifies a proof, which fixes how the prover hashes the
// Pedersen commitment into the challenge: the Solidity verifier (keccak256,
// the proofs that go on chain) or a BN254 circuit (gnark's
// std/recursion/groth16 with field emulation: segment and aggregation proofs
// that are verified inside the next circuit, docs/recursion.md).
type Target byte

const (
	TargetSolidity  Target = 0
	TargetRecursion Target = 1
)

func (t Target) String() string {
	if t == TargetRecursion {
		return "recursion"
	}
	return "solidity"
}

// ProverOptions returns the gnark prover options of the target.
func (t Target) ProverOptions() []backend.ProverOption {
	if t == TargetRecursion {
		return []backend.ProverOption{stdgroth16.GetNativeProverOptions(ecc.BN254.ScalarField(), ecc.BN254.ScalarField())}
	}
	return []backend.ProverOption{solidity.WithProverTargetSolidityVerifier(backend.GROTH16)}
}

// VerifierOptions returns the gnark verifier options of the target.
func (t Target) VerifierOptions() []backend.VerifierOption {
	if t == TargetRecursion {
		return []backend.VerifierOption{stdgroth16.GetNativeVerifierOptions(ecc.BN254.ScalarField(), ecc.BN254.ScalarField())}
	}
	return []backend.VerifierOption{solidity.WithVerifierTargetSolidityVerifier(backend.GROTH16)}
}
