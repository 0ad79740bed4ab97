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
