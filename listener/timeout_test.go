package listener_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/listener"
)

// hangClient is a node that stops answering: while hang is set, every call blocks until its
// context ends.
type hangClient struct {
	listener.Client
	hang atomic.Bool
	hung atomic.Int32 // calls that hung
}

func (h *hangClient) wait(ctx context.Context) error {
	if !h.hang.Load() {
		return nil
	}
	h.hung.Add(1)
	<-ctx.Done()
	return ctx.Err()
}

func (h *hangClient) BlockNumber(ctx context.Context) (uint64, error) {
	if err := h.wait(ctx); err != nil {
		return 0, err
	}
	return h.Client.BlockNumber(ctx)
}

func (h *hangClient) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	if err := h.wait(ctx); err != nil {
		return nil, err
	}
	return h.Client.HeaderByNumber(ctx, n)
}

func (h *hangClient) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if err := h.wait(ctx); err != nil {
		return nil, err
	}
	return h.Client.FilterLogs(ctx, q)
}

// TestHungRPCTimesOut: a node that never answers fails a step after the RPC timeout
// (context.DeadlineExceeded, naming the call) instead of holding it; a later step, with the
// node back, finds the job.
func TestHungRPCTimesOut(t *testing.T) {
	e := newEnv(t)
	h := &hangClient{Client: e.client}
	s := &sink{}
	const timeout = 5 * time.Second // long enough for an answering in-process node on a loaded machine
	l, err := listener.Open(h, t.TempDir(), s, listener.Options{JobManager: e.jmAddr, Coordinator: e.coordAddr,
		RPCTimeout: timeout, Logger: zerolog.New(zerolog.NewTestWriter(t))})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	tx, err := e.consumer.Request(e.opts, []byte{1, 2, 3, 4})
	e.mine(tx, err)
	e.sim.Commit()
	h.hang.Store(true)
	done := make(chan error, 1)
	go func() { done <- l.Step(e.ctx) }() // e.ctx has no deadline: only the RPC timeout ends it
	select {
	case err := <-done:
		if !errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), "eth_blockNumber: no answer within") {
			t.Fatalf("step against a hung node: %v", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("the step is held by a hung RPC")
	}
	// The step gave up at its first hung call (behaviour, not wall-clock time: under load a
	// step may take long, but it never waits on more than the call that hung).
	if n := h.hung.Load(); n != 1 {
		t.Fatalf("%d calls hung in one step, want the step to end at the first", n)
	}
	h.hang.Store(false)
	if err := l.Step(e.ctx); err != nil {
		t.Fatal(err)
	}
	if len(s.created) != 1 {
		t.Fatalf("%d jobs after the node came back", len(s.created))
	}
}

// forkingClient forks the chain (at parent) once, right after the next
// FilterLogs: the logs were read from one branch, the range's last block
// is then another's.
type forkingClient struct {
	listener.Client
	fork func()
	done atomic.Bool
}

func (f *forkingClient) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	logs, err := f.Client.FilterLogs(ctx, q)
	if f.done.CompareAndSwap(false, true) {
		f.fork()
	}
	return logs, err
}

// TestReorgDuringScanNotRecorded: a reorg between reading a range's logs
// and its last block's hash fails the step without moving the cursor (it
// recorded the new branch's hash over the old branch's logs, so the reorg
// went unnoticed) and without handing anything of the range to the sink
// (the job went with the new branch's block's timestamp); the next step
// reads the new branch.
func TestReorgDuringScanNotRecorded(t *testing.T) {
	e := newEnv(t)
	s := &sink{}
	parent, _ := e.client.HeaderByNumber(e.ctx, nil)
	tx, err := e.consumer.Request(e.opts, []byte{3, 3, 3, 3})
	orphan := e.mine(tx, err)
	fc := &forkingClient{Client: e.client, fork: func() {
		if err := e.sim.Fork(parent.Hash()); err != nil {
			t.Error(err)
		}
		for range 3 {
			e.sim.Commit()
		}
	}}
	l, err := listener.Open(fc, t.TempDir(), s, listener.Options{JobManager: e.jmAddr, Coordinator: e.coordAddr,
		Node: testNode, Confirmations: 1, Logger: zerolog.New(zerolog.NewTestWriter(t))})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	if err := l.Step(e.ctx); err == nil || !strings.Contains(err.Error(), "changed while their logs were read") {
		t.Fatalf("step across a reorg: %v", err)
	}
	if _, set, err := l.LastBlock(); err != nil || set {
		t.Fatalf("cursor after the failed step: set %v (%v)", set, err)
	}
	// Nothing of the range reached the sink: a job handed on from the failed read (with the
	// other branch's timestamp) would be the one the bridge keeps for its id.
	if len(s.created) != 0 {
		t.Fatalf("the step across a reorg handed on %+v", s.created)
	}
	if err := l.Step(e.ctx); err != nil {
		t.Fatal(err)
	}
	last := s.created[len(s.created)-1]
	if last.BlockHash == orphan.BlockHash {
		t.Fatal("the job was last reported from the orphaned branch")
	}
	for _, j := range s.created {
		h, err := e.client.HeaderByHash(e.ctx, j.BlockHash)
		if err != nil || h.Time != j.Timestamp || h.Number.Uint64() != j.Block {
			t.Fatalf("job %x of block %d (%s) at time %d: the block reads %v (%v)", j.JobID, j.Block, j.BlockHash.Hex(), j.Timestamp, h, err)
		}
	}
}
