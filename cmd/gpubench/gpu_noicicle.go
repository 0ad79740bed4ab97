//go:build !icicle

package main

import (
	"errors"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/constraint"

	"github.com/zkprover/zkprover/prover"
)

// buildKind says how this binary was built.
const buildKind = "no-icicle"

// errNoIcicle is why a binary built without the tag has no GPU.
var errNoIcicle = errors.New("this binary was built without the icicle tag, so it cannot use a GPU (build it with scripts/gpu/link.sh, or `go build -tags icicle` against ICICLE's libraries: docs/proving.md)")

// gpuInfo describes the GPU found by probeGPU.
type gpuInfo struct{}

func (*gpuInfo) String() string { return "unavailable" }

func probeGPU() (*gpuInfo, error) { return nil, errNoIcicle }

func gpuKey(groth16.ProvingKey) (groth16.ProvingKey, error) { return nil, errNoIcicle }

func releaseGPUKey(groth16.ProvingKey) {}

func proveGPU(constraint.ConstraintSystem, groth16.ProvingKey, witness.Witness, bool, prover.Target) (groth16.Proof, error) {
	return nil, errNoIcicle
}

type gpuSampler struct{}

func startGPUMemorySampler() *gpuSampler { return &gpuSampler{} }

func (*gpuSampler) stop(*result) {}
