//go:build !icicle

package prover

import (
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/constraint"
)

// gpuCompiled reports whether this binary can prove on a GPU.
const gpuCompiled = false

// gpuProbe: without the icicle tag there is no GPU to probe.
func gpuProbe() error { return ErrNoGPU }

func loadGPUKey(*Keys) (groth16.ProvingKey, error) { return nil, ErrNoGPU }

func proveGPU(constraint.ConstraintSystem, groth16.ProvingKey, witness.Witness, Target) (groth16.Proof, error) {
	return nil, ErrNoGPU
}
