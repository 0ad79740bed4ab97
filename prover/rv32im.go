package prover

import (
	"errors"
	"fmt"

	"github.com/consensys/gnark/frontend"

	"github.com/zkprover/zkprover/circuits"
)

// RV32IM is the zkVM's circuit family (package circuits): one circuit per
// class of 2^k steps, shared by all programs.
type RV32IM struct{}

// DefaultFamily is the family Open uses without WithFamily: RV32IM.
func DefaultFamily() Family { return RV32IM{} }

// Name identifies the circuit family in class manifests.
func (RV32IM) Name() string { return "rv32im" }

// MinLogSteps is the smallest class.
func (RV32IM) MinLogSteps() int { return circuits.MinLogSteps }

// MaxLogSteps is the largest class.
func (RV32IM) MaxLogSteps() int { return circuits.MaxLogSteps }

// Steps is the step capacity of class k.
func (RV32IM) Steps(logSteps int) int { return circuits.NewClass(logSteps).Steps }

// NewCircuit returns the circuit of class k.
func (f RV32IM) NewCircuit(logSteps int) (frontend.Circuit, error) {
	if logSteps < f.MinLogSteps() || logSteps > f.MaxLogSteps() {
		return nil, fmt.Errorf("class 2^%d outside 2^%d..2^%d", logSteps, f.MinLogSteps(), f.MaxLogSteps())
	}
	return circuits.NewCircuit(circuits.NewClass(logSteps)), nil
}

// PrecompileRows is the SHA256_COMPRESS and KECCAK_F calls class k holds.
func (RV32IM) PrecompileRows(logSteps int) (sha256, keccak int) {
	c := circuits.NewClass(logSteps)
	return c.ShaRows, c.KeccakRows
}

// Fits says whether the run fits class k.
func (RV32IM) Fits(logSteps int, run *Run) error {
	return circuits.NewClass(logSteps).Fits(rv32imWitness(run))
}

// Assign returns the full assignment of class k for the run.
func (RV32IM) Assign(logSteps int, run *Run) (frontend.Circuit, error) {
	if run == nil || run.Trace == nil {
		return nil, errors.New("run without a trace")
	}
	return circuits.Assign(circuits.NewClass(logSteps), rv32imWitness(run))
}

func rv32imWitness(run *Run) *circuits.Witness {
	return &circuits.Witness{
		Entry:    run.Program.Entry,
		Base:     run.Program.Base,
		Image:    run.Program.Words,
		Context:  run.Input.Context,
		Onchain:  run.Input.Onchain,
		Offchain: run.Input.Offchain,
		OldState: run.Input.State,
		NewState: run.Result.State,
		ExitCode: run.Result.ExitCode,
		Output:   run.Result.Output,
		Trace:    run.Trace,
	}
}
