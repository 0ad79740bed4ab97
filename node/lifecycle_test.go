package node

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/zkprover/zkprover/config"
	"github.com/zkprover/zkprover/jobs"
	pb "github.com/zkprover/zkprover/proto/zkprover/v1"
	"github.com/zkprover/zkprover/queue"
)

// TestFailedPartStopsTheNode: a part that cannot go on (here the prover,
// whose keys do not load) stops the whole node: Run returns the part's name
// and reason, and everything is shut down (the store is closed).
func TestFailedPartStopsTheNode(t *testing.T) {
	dir := t.TempDir()
	broken := func(context.Context) (jobs.Prover, error) { return nil, errors.New("keys are corrupt") }
	n, err := New(testConfig(dir), Options{Logger: testLogger(t), OpenProver: broken})
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- n.Run(context.Background()) }()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "prover: loading the prover: keys are corrupt") {
			t.Fatalf("Run returned %v, want the prover's failure", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("the node kept running with a failed part")
	}
	if _, err := n.store.Get("00000000-0000-0000-0000-000000000000"); !errors.Is(err, queue.ErrClosed) {
		t.Fatalf("store after the failure: %v, want closed", err)
	}
	// The port is free again: a new node starts in the same folder.
	tn := startNode(t, dir, nil, nil)
	if _, err := tn.client.GetStatus(ctxT(t), &pb.GetStatusRequest{}); err != nil {
		t.Fatal(err)
	}
}

// TestStatusShowsAggregators: the composition root connects the aggregator
// door's report to the zkprover door's GetStatus.
func TestStatusShowsAggregators(t *testing.T) {
	tn := startNode(t, t.TempDir(), nil, func(c *config.Config) {
		c.Aggregators.Addrs = []string{"127.0.0.1:1"} // nothing listens there
		c.Aggregators.Backoff, c.Aggregators.BackoffMax = 50*time.Millisecond, 100*time.Millisecond
	})
	ctx := ctxT(t)
	for {
		st, err := tn.client.GetStatus(ctx, &pb.GetStatusRequest{})
		if err != nil {
			t.Fatal(err)
		}
		if a := st.GetAggregators(); len(a) == 1 && a[0].GetAddr() == "127.0.0.1:1" && a[0].GetLastError() != "" {
			return
		}
		select {
		case <-ctx.Done():
			t.Fatalf("GetStatus never showed the aggregator: %v", st.GetAggregators())
		case <-time.After(20 * time.Millisecond):
		}
	}
}
