package aggregator

import (
	"context"
	"testing"

	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/prover/provertest"
	"github.com/zkprover/zkprover/statement"
)

// TestCounterELF: the end-to-end flow's program loads, adds its onchain
// word to state key 1 and fits one segment of the e2e keys.
func TestCounterELF(t *testing.T) {
	prog, err := executor.LoadELF(counterELF(), executor.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	run, err := executor.Run(context.Background(), prog, &executor.Input{Onchain: words(7), State: []statement.KV{{Key: 1, Value: 100}}}, executor.Config{})
	if err != nil || run.ExitCode != 0 {
		t.Fatalf("%v %+v", err, run)
	}
	if len(run.State) != 1 || run.State[0] != (statement.KV{Key: 1, Value: 107}) || run.Cycles > 1<<provertest.SegmentClass {
		t.Fatalf("state %v after %d cycles", run.State, run.Cycles)
	}
}

// counterELF is a stateful program of 14 steps (one segment of 2^5): it
// adds onchain word 0 to state key 1 and halts with 0.
func counterELF() []byte {
	addi, add, ecall := provertest.Addi, provertest.Add, uint32(provertest.Ecall)
	const a0, a1, a7, t0 = 10, 11, 17, 5
	return provertest.ELF(0x10000, []uint32{
		addi(a0, 0, 0), addi(a7, 0, 1), ecall, addi(t0, a0, 0), // t0 = onchain word 0
		addi(a0, 0, 1), addi(a7, 0, 5), ecall, // a0 = state[1]
		add(a1, a0, t0), addi(a0, 0, 1), addi(a7, 0, 6), ecall, // state[1] = a0 + t0
		addi(a0, 0, 0), addi(a7, 0, 0), ecall, // halt(0)
	})
}
