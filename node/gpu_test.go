//go:build !icicle

package node

import (
	"context"
	"errors"
	"os"
	"testing"

	"github.com/zkprover/zkprover/prover"
)

// TestNodeGPUWithoutTag: a node configured to prove on the GPU by a binary
// built without the icicle tag does not start, says why, and has made
// nothing in its data folder (the check comes before the job store opens).
func TestNodeGPUWithoutTag(t *testing.T) {
	dir := t.TempDir()
	cfg := testConfig(dir)
	cfg.Prover.GPU = true
	n, err := New(cfg, Options{Logger: testLogger(t)})
	if err == nil {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		_ = n.Run(ctx) // releases what New opened
		t.Fatal("a node asked for the GPU started in a binary without the icicle tag")
	}
	if !errors.Is(err, prover.ErrNoGPU) {
		t.Fatalf("error %v, want ErrNoGPU", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Fatalf("the refused node left %d entries in its data folder", len(entries))
	}
}
