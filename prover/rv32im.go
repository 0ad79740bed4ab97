package prover

import (
	"errors"
	"fmt"

	"github.com/consensys/gnark/frontend"

	"github.com/zkprover/zkprover/circuits"
)

// RV32IM is the zkVM's circuit family (package circuits): one circuit per
// class, shared by all programs. Its classes are the base classes of 2^k
// steps (identifier k) and the hash classes (identifier
// circuits.HashSha256|k or circuits.HashKeccak|k: more precompile rows,
// circuits.NewHashClass).
type RV32IM struct{}

// DefaultFamily is the family Open uses without WithFamily: RV32IM.
func DefaultFamily() Family { return RV32IM{} }

// Name identifies the circuit family in class manifests.
func (RV32IM) Name() string { return "rv32im" }

// MinLogSteps is the smallest class.
func (RV32IM) MinLogSteps() int { return circuits.MinLogSteps }

// MaxLogSteps is the largest class.
func (RV32IM) MaxLogSteps() int { return circuits.MaxLogSteps }

// CheckClass returns an error unless id identifies a class of the family.
func (RV32IM) CheckClass(id int) error {
	_, err := circuits.ClassByID(id)
	return err
}

// class is the class identified by id.
func (RV32IM) class(id int) (circuits.Class, error) {
	c, err := circuits.ClassByID(id)
	if err != nil {
		return circuits.Class{}, fmt.Errorf("rv32im: %w", err)
	}
	return c, nil
}

// Steps is the step capacity of class id (0 for an identifier that names
// no class).
func (f RV32IM) Steps(id int) int {
	c, err := f.class(id)
	if err != nil {
		return 0
	}
	return c.Steps
}

// NewCircuit returns the circuit of class id.
func (f RV32IM) NewCircuit(id int) (frontend.Circuit, error) {
	c, err := f.class(id)
	if err != nil {
		return nil, err
	}
	return circuits.NewCircuit(c), nil
}

// PrecompileRows is the SHA256_COMPRESS and KECCAK_F calls class id holds.
func (f RV32IM) PrecompileRows(id int) (sha256, keccak int) {
	c, err := f.class(id)
	if err != nil {
		return 0, 0
	}
	return c.ShaRows, c.KeccakRows
}

// Fits says whether the run fits class id.
func (f RV32IM) Fits(id int, run *Run) error {
	c, err := f.class(id)
	if err != nil {
		return err
	}
	return c.Fits(rv32imWitness(run))
}

// Assign returns the full assignment of class id for the run.
func (f RV32IM) Assign(id int, run *Run) (frontend.Circuit, error) {
	if run == nil || run.Trace == nil {
		return nil, errors.New("run without a trace")
	}
	c, err := f.class(id)
	if err != nil {
		return nil, err
	}
	return circuits.Assign(c, rv32imWitness(run))
}

// SmallestFit is the class of fewest steps (of several, base before SHA-256
// before Keccak) that the run fits, among all the family's classes.
func (RV32IM) SmallestFit(run *Run) (int, bool) {
	if run == nil || run.Trace == nil {
		return 0, false
	}
	w := rv32imWitness(run)
	for k := circuits.MinLogSteps; k <= circuits.MaxLogSteps; k++ {
		for _, id := range []int{k, circuits.HashSha256 | k, circuits.HashKeccak | k} {
			c, err := circuits.ClassByID(id)
			if err == nil && c.Fits(w) == nil {
				return id, true
			}
		}
	}
	return 0, false
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
