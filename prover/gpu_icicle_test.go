//go:build icicle

package prover

import (
	"context"
	"errors"
	"testing"
)

// TestGPUProbeAtOpen (icicle build, machine without a usable GPU): a prover
// asked for the GPU fails at Open with ErrGPUUnusable and the reason, not at
// its first proof; a prover that proves in a worker leaves the probe to it.
func TestGPUProbeAtOpen(t *testing.T) {
	if CheckGPU() == nil {
		t.Skip("a usable GPU here: nothing to refuse")
	}
	_, err := Open(context.Background(), toyKeys(t), WithFamily(toyFamily{}), WithGPU(true))
	if !errors.Is(err, ErrGPUUnusable) {
		t.Fatalf("err = %v, want ErrGPUUnusable", err)
	}
	t.Log(err)
	p, err := Open(context.Background(), toyKeys(t), WithFamily(toyFamily{}), WithGPU(true), WithWorker("/bin/false"))
	if err != nil {
		t.Fatalf("a prover with a worker probed the GPU itself: %v", err)
	}
	_ = p.Close()
}
