package circuits

import (
	"context"
	"sync"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/statement"
)

const testBase = 0x1000

var ccsCache sync.Map // Class -> constraint.ConstraintSystem

func compiled(t testing.TB, c Class) constraint.ConstraintSystem {
	t.Helper()
	if v, ok := ccsCache.Load(c); ok {
		return v.(constraint.ConstraintSystem)
	}
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, NewCircuit(c))
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	t.Logf("class %s: %d constraints", c, ccs.GetNbConstraints())
	ccsCache.Store(c, ccs)
	return ccs
}

// solve checks a full assignment against the compiled class.
func solve(t testing.TB, c Class, a frontend.Circuit) error {
	t.Helper()
	w, err := frontend.NewWitness(a, ecc.BN254.ScalarField())
	if err != nil {
		t.Fatalf("witness: %v", err)
	}
	return compiled(t, c).IsSolved(w)
}

type runIn struct {
	onchain, offchain []byte
	state             []statement.KV
	ctx               statement.Context
}

// run executes words (loaded at testBase, entry at testBase) and returns the witness.
func run(t testing.TB, words []uint32, in runIn) *Witness {
	t.Helper()
	p, err := executor.NewProgram(testBase, testBase, words)
	if err != nil {
		t.Fatalf("program: %v", err)
	}
	return runProgram(t, p, in)
}

func runProgram(t testing.TB, p *executor.Program, in runIn) *Witness {
	t.Helper()
	w, err := runConfig(p, in, executor.Config{})
	if err != nil {
		t.Fatalf("run: %v", err)
	}
	return w
}

// runConfig executes p with cfg and returns the witness.
func runConfig(p *executor.Program, in runIn, cfg executor.Config) (*Witness, error) {
	ein := &executor.Input{Onchain: in.onchain, Offchain: in.offchain, State: in.state, Context: in.ctx}
	res, tr, err := executor.RunTrace(context.Background(), p, ein, cfg)
	if err != nil {
		return nil, err
	}
	return &Witness{Entry: p.Entry, Base: p.Base, Image: p.Words, Context: in.ctx, Onchain: in.onchain,
		Offchain: in.offchain, OldState: in.state, NewState: res.State, ExitCode: res.ExitCode, Output: res.Output, Trace: tr}, nil
}

// sysRowOf returns the system-call row of step i's ECALL (HALT, STATE_*,
// LOG or a precompile).
func sysRowOf(t testing.TB, a *Circuit, i int) int {
	t.Helper()
	for j := range a.Sys {
		if toBig(a.Sys[j].Act).Sign() != 0 && toBig(a.Sys[j].Idx).Int64() == int64(i) {
			return j
		}
	}
	t.Fatalf("no system-call row for step %d", i)
	return 0
}

// ioRowOf returns the I/O row of step i's READ_* or WRITE_OUTPUT call.
func ioRowOf(t testing.TB, a *Circuit, i int) int {
	t.Helper()
	for j := range a.IO {
		if toBig(a.IO[j].Act).Sign() != 0 && toBig(a.IO[j].Idx).Int64() == int64(i) {
			return j
		}
	}
	t.Fatalf("no I/O row for step %d", i)
	return 0
}
