package listener_test

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/contracts/bindings"
	"github.com/zkprover/zkprover/listener"
)

// otherBranchClient answers HeaderByNumber for one block number, while it is set, with
// another branch's block of that number (a later time, another hash): what a node on another
// fork, or a load balancer's other node, answers between two reads of the same range.
type otherBranchClient struct {
	listener.Client
	block    atomic.Uint64 // 0: none
	answered atomic.Int32  // reads answered with the other branch's block
}

func (c *otherBranchClient) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	h, err := c.Client.HeaderByNumber(ctx, n)
	b := c.block.Load()
	if err != nil || n == nil || b == 0 || n.Uint64() != b {
		return h, err
	}
	other := types.CopyHeader(h)
	other.Time += 1000
	other.Extra = []byte("another branch")
	c.answered.Add(1)
	return other, nil
}

// TestJobTimestampOfItsOwnBlock: a job's timestamp (its statement's context) is that of the
// block its log names by hash, not of whatever block answers the number; and while a range's
// logs are not all of its canonical blocks, nothing of the range reaches the sink (the bridge
// keeps the first job it is handed for an id: a wrong timestamp handed once would stay).
func TestJobTimestampOfItsOwnBlock(t *testing.T) {
	e := newEnv(t)
	s := &sink{}
	c := &otherBranchClient{Client: e.client}
	l, err := listener.Open(c, t.TempDir(), s, listener.Options{JobManager: e.jmAddr, Coordinator: e.coordAddr,
		Node: testNode, Confirmations: 1, Logger: zerolog.New(zerolog.NewTestWriter(t))})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	tx, err := e.consumer.Request(e.opts, []byte{1, 2, 3, 4})
	r := e.mine(tx, err)
	e.sim.Commit() // the range's last block is a later one: its own reads are consistent
	c.block.Store(r.BlockNumber.Uint64())
	if err := l.Step(e.ctx); err == nil || !strings.Contains(err.Error(), "a reorg") {
		t.Fatalf("step whose job block reads as another branch's: %v", err)
	}
	if c.answered.Load() == 0 {
		t.Fatal("the other branch's block was never read")
	}
	if len(s.created) != 0 {
		t.Fatalf("a range not known to be one branch reached the sink: %+v", s.created)
	}
	if _, set, err := l.LastBlock(); err != nil || set {
		t.Fatalf("cursor after the failed step: set %v (%v)", set, err)
	}
	c.block.Store(0)
	if err := l.Step(e.ctx); err != nil {
		t.Fatal(err)
	}
	h, err := e.client.HeaderByHash(e.ctx, r.BlockHash)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.created) != 1 || s.created[0].BlockHash != r.BlockHash || s.created[0].Timestamp != h.Time {
		t.Fatalf("jobs %+v, want one of block %s at time %d", s.created, r.BlockHash.Hex(), h.Time)
	}
}

// subsClient counts the Coordinator.subscriptions reads of each subscription, and fails those
// of the subscriptions in fail.
type subsClient struct {
	listener.Client
	sel   []byte
	mu    sync.Mutex
	reads map[uint32]int
	fail  map[uint32]bool
}

func newSubsClient(t *testing.T, c listener.Client) *subsClient {
	a, err := bindings.CoordinatorMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	return &subsClient{Client: c, sel: a.Methods["subscriptions"].ID, reads: map[uint32]int{}, fail: map[uint32]bool{}}
}

func (c *subsClient) CallContract(ctx context.Context, call ethereum.CallMsg, n *big.Int) ([]byte, error) {
	if len(call.Data) >= 36 && bytes.Equal(call.Data[:4], c.sel) {
		id := uint32(new(big.Int).SetBytes(call.Data[4:36]).Uint64())
		c.mu.Lock()
		c.reads[id]++
		fail := c.fail[id]
		c.mu.Unlock()
		if fail {
			return nil, errors.New("connection reset (test)")
		}
	}
	return c.Client.CallContract(ctx, call, n)
}

func (c *subsClient) setFail(id uint32, fail bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.fail[id] = fail
}

func (c *subsClient) readsOf() map[uint32]int {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := map[uint32]int{}
	for k, v := range c.reads {
		out[k] = v
	}
	return out
}

func (s *sink) dueOf(id uint32) []uint32 {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []uint32
	for _, iv := range s.due {
		if iv.SubscriptionID == id {
			out = append(out, iv.Interval)
		}
	}
	return out
}

func (e *env) openWith(c listener.Client, s listener.Sink) *listener.Listener {
	e.t.Helper()
	l, err := listener.Open(c, e.t.TempDir(), s, listener.Options{JobManager: e.jmAddr, Coordinator: e.coordAddr,
		Node: testNode, Confirmations: 1, Logger: zerolog.New(zerolog.NewTestWriter(e.t))})
	if err != nil {
		e.t.Fatal(err)
	}
	return l
}

func (e *env) subscribe(frequency, period uint32) {
	e.t.Helper()
	tx, err := e.store.Subscribe(e.opts, [32]byte{31: 5}, []byte{4, 0, 0, 0}, big.NewInt(100e9), 2_000_000, frequency, period, 1)
	e.mine(tx, err)
}

// TestFinishedSubscriptionsNotRead: a subscription whose last interval was handed on, or
// whose last interval has passed (the Coordinator refuses every delivery: SubscriptionCompleted),
// is no longer followed: no step reads it again, however many follow.
func TestFinishedSubscriptionsNotRead(t *testing.T) {
	e := newEnv(t)
	s := &sink{}
	c := newSubsClient(t, e.client)
	l := e.openWith(c, s)
	defer l.Close()
	e.subscribe(2, 60) // 1: two intervals
	e.subscribe(1, 60) // 2: one interval
	if err := l.Step(e.ctx); err != nil {
		t.Fatal(err)
	}
	e.advance(61 * time.Second)
	if err := l.Step(e.ctx); err != nil {
		t.Fatal(err)
	}
	e.subscribe(1, 10) // 3: its one interval is over before the listener next looks
	e.advance(60 * time.Second)
	if err := l.Step(e.ctx); err != nil {
		t.Fatal(err)
	}
	if d1, d2, d3 := s.dueOf(1), s.dueOf(2), s.dueOf(3); len(d1) != 2 || d1[1] != 2 || len(d2) != 1 || d2[0] != 1 || len(d3) != 0 {
		t.Fatalf("due intervals: subscription 1 %v, 2 %v, 3 %v; want [1 2], [1], []", d1, d2, d3)
	}
	reads := c.readsOf()
	for range 3 {
		e.advance(60 * time.Second)
		if err := l.Step(e.ctx); err != nil {
			t.Fatal(err)
		}
	}
	if got := c.readsOf(); got[1] != reads[1] || got[2] != reads[2] || got[3] != reads[3] {
		t.Fatalf("finished subscriptions read again: reads %v, then %v", reads, got)
	}
	if len(s.due) != 3 {
		t.Fatalf("due %+v", s.due)
	}
}

// TestFailingSubscriptionReadHoldsNoOther: a subscription whose read fails does not keep
// another's due interval from being handed on in the same step; the step reports the failure,
// and the next one (with no new block) reads the failed subscription again and hands its
// interval on.
func TestFailingSubscriptionReadHoldsNoOther(t *testing.T) {
	e := newEnv(t)
	s := &sink{}
	c := newSubsClient(t, e.client)
	l := e.openWith(c, s)
	defer l.Close()
	e.subscribe(2, 60)
	e.subscribe(2, 60)
	if err := l.Step(e.ctx); err != nil {
		t.Fatal(err)
	}
	c.setFail(1, true)
	e.advance(61 * time.Second)
	if err := l.Step(e.ctx); err == nil || !strings.Contains(err.Error(), "subscription 1") {
		t.Fatalf("step with subscription 1 unreadable: %v", err)
	}
	if d1, d2 := s.dueOf(1), s.dueOf(2); len(d1) != 0 || len(d2) != 1 || d2[0] != 1 {
		t.Fatalf("due: subscription 1 %v, 2 %v; want [], [1]", d1, d2)
	}
	c.setFail(1, false)
	head, _ := e.client.BlockNumber(e.ctx)
	if err := l.Step(e.ctx); err != nil {
		t.Fatal(err)
	}
	if now, _ := e.client.BlockNumber(e.ctx); now != head {
		t.Fatalf("a block was sealed (%d, then %d): the retry is not at the same block", head, now)
	}
	if d1, d2 := s.dueOf(1), s.dueOf(2); len(d1) != 1 || d1[0] != 1 || len(d2) != 1 {
		t.Fatalf("after the retry: subscription 1 %v, 2 %v; want [1], [1]", d1, d2)
	}
	// Retried once: a further step without a new block reads nothing.
	reads := c.readsOf()
	if err := l.Step(e.ctx); err != nil {
		t.Fatal(err)
	}
	if got := c.readsOf(); got[1] != reads[1] || got[2] != reads[2] {
		t.Fatalf("reads %v, then %v with no new block", reads, got)
	}
}

// failingSink is a sink whose calls fail with err while it is set.
type failingSink struct {
	sink
	err atomic.Pointer[error]
}

func (f *failingSink) failing() error {
	if p := f.err.Load(); p != nil {
		return *p
	}
	return nil
}

func (f *failingSink) JobCreated(ctx context.Context, j listener.Job) error {
	if err := f.failing(); err != nil {
		return err
	}
	return f.sink.JobCreated(ctx, j)
}

func (f *failingSink) IntervalDue(ctx context.Context, iv listener.Interval) error {
	if err := f.failing(); err != nil {
		return err
	}
	return f.sink.IntervalDue(ctx, iv)
}

// TestSinkErrorsSayWhat: a sink's error fails the step with what was being handed on (and the
// cause, for errors.Is); the next step hands it on again.
func TestSinkErrorsSayWhat(t *testing.T) {
	e := newEnv(t)
	s := &failingSink{}
	l := e.openWith(e.client, s)
	defer l.Close()
	cause := errors.New("queue closed (test)")
	tx, err := e.consumer.Request(e.opts, []byte{1, 2, 3, 4})
	e.mine(tx, err)
	e.subscribe(1, 60)
	s.err.Store(&cause)
	if err := l.Step(e.ctx); !errors.Is(err, cause) || !strings.Contains(err.Error(), "handing job 0x") {
		t.Fatalf("step whose sink refuses the job: %v", err)
	}
	s.err.Store(nil)
	if err := l.Step(e.ctx); err != nil || len(s.created) != 1 {
		t.Fatalf("after the sink came back: %d jobs (%v)", len(s.created), err)
	}
	e.advance(61 * time.Second)
	s.err.Store(&cause)
	if err := l.Step(e.ctx); !errors.Is(err, cause) || !strings.Contains(err.Error(), "handing subscription 1 interval 1 on") {
		t.Fatalf("step whose sink refuses the interval: %v", err)
	}
	s.err.Store(nil)
	if err := l.Step(e.ctx); err != nil || len(s.dueOf(1)) != 1 {
		t.Fatalf("after the sink came back: due %v (%v)", s.dueOf(1), err)
	}
}
