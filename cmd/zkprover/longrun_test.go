package main

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/frontend"

	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/prover/longrun"
)

// TestLongRunCommandsRefuseBadInput: the long-run forms of prove, setup
// and verify refuse bad input before any key is made.
func TestLongRunCommandsRefuseBadInput(t *testing.T) {
	data := t.TempDir()
	elf := filepath.Join("..", "..", "examples", "fibonacci", "fibonacci.elf")
	if _, err := runRoot(t, "prove", elf, "--segment", "2^3", "--data", data); err == nil || !strings.Contains(err.Error(), "2^3") {
		t.Fatalf("segment class below the smallest: %v", err)
	}
	if _, err := runRoot(t, "prove", elf, "--segment", "100", "--data", data); err == nil {
		t.Fatal("segment size that is not a power of two accepted")
	}
	if _, err := runRoot(t, "setup", "--segment", "2^30", "--data", data); err == nil {
		t.Fatal("segment class above the largest accepted")
	}
	if entries, _ := os.ReadDir(data); len(entries) != 0 {
		t.Fatalf("refused commands left %d entries in the data folder", len(entries))
	}
	// A final proof file whose calldata disagrees with its proof is refused
	// before any key is read.
	bad := filepath.Join(data, "final.json")
	doc := `{"version":1,"kind":"final","curve":"bn254","system":"groth16","segment_class":5,"segments":3,"cycles":77,` +
		`"statement":{"program_id":"0x00","chain_id":0,"timestamp":0,"batch_num":0,"sequencer":"0x0000000000000000000000000000000000000000",` +
		`"onchain_input":"0x","offchain_hash":"0x00","old_state_root":"0x00","new_state_root":"0x00","exit_code":0,"output":"0x"},` +
		`"digest":"0x00","proof":"0x00","solidity_proof":"0x","calldata":"0x"}`
	if err := os.WriteFile(bad, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := runRoot(t, "verify", bad, "--data", data); err == nil {
		t.Fatal("a malformed final proof file verified")
	}
}

// TestFillInput: the bench's input is the longest (in steps of 4 bytes) whose
// run fits the cycles asked for.
func TestFillInput(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "examples", "sha256", "sha256.elf"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := executor.LoadELF(data, executor.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	cyclesOf := func(n int) uint64 {
		res, err := executor.Run(context.Background(), p, &executor.Input{Offchain: make([]byte, n)}, executor.Config{})
		if err != nil {
			t.Fatal(err)
		}
		return res.Cycles
	}
	for _, target := range []uint64{cyclesOf(0), 20_000, 1 << 16} {
		n, err := fillInput(context.Background(), p, target)
		if err != nil {
			t.Fatal(err)
		}
		if got, next := cyclesOf(n), cyclesOf(n+4); got > target || next <= target {
			t.Fatalf("target %d: %d bytes run %d cycles, %d bytes %d", target, n, got, n+4, next)
		}
		t.Logf("target %d cycles: %d bytes, %d cycles", target, n, cyclesOf(n))
	}
	if _, err := fillInput(context.Background(), p, cyclesOf(0)-1); err == nil {
		t.Fatal("a target below the empty input's run was accepted")
	}
}

// fakeSegmentProver is a segment prover with a worker whose start returns
// err (waitWorkers' test).
type fakeSegmentProver struct {
	err      error
	started  int
	deadline bool
}

func (f *fakeSegmentProver) ProveAssignment(context.Context, int, frontend.Circuit, prover.Target) (groth16.Proof, witness.Witness, error) {
	return nil, nil, errors.New("not a prover")
}

func (f *fakeSegmentProver) StartWorker(ctx context.Context) error {
	f.started++
	_, f.deadline = ctx.Deadline()
	return f.err
}

// inProcess is a segment prover without a worker: waitWorkers skips it.
type inProcess struct{}

func (inProcess) ProveAssignment(context.Context, int, frontend.Circuit, prover.Target) (groth16.Proof, witness.Witness, error) {
	return nil, nil, errors.New("not a prover")
}

// TestWaitWorkers: the bench waits for every worker's start (StartWorker
// returns once the worker is ready), under a deadline, and reports a start
// that fails, naming it.
func TestWaitWorkers(t *testing.T) {
	a, b := &fakeSegmentProver{}, &fakeSegmentProver{}
	if _, err := waitWorkers(context.Background(), []longrun.SegmentProver{a, inProcess{}, b}); err != nil {
		t.Fatal(err)
	}
	if a.started != 1 || b.started != 1 || !a.deadline || !b.deadline {
		t.Fatalf("starts %d and %d, deadlines %v and %v: want each started once under a deadline", a.started, b.started, a.deadline, b.deadline)
	}
	bad, after := &fakeSegmentProver{err: errors.New("no proving key")}, &fakeSegmentProver{}
	if _, err := waitWorkers(context.Background(), []longrun.SegmentProver{bad, after}); err == nil || !strings.Contains(err.Error(), "no proving key") {
		t.Fatalf("a failed start: %v", err)
	}
	if after.started != 0 {
		t.Fatal("a worker was started after another's start failed")
	}
}
