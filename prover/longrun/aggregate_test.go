package longrun

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/pedersen"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/frontend"

	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/recursion"
)

// aggregateSlots is a prover.Prover's slots (Slots), aggregateInFlight the
// bound Aggregate uses with it.
const aggregateSlots = 1

var aggregateInFlight = inFlight(aggregateSlots)

// fakeAggregator stands for the aggregation prover: like prover.Prover it
// proves at most slots assignments at once and makes the others wait for a
// slot (cancellable). It checks that each pair it is given is adjacent,
// records the range of each (the tree) and the most pairs it held at once
// (assignment built, not yet proven).
type fakeAggregator struct {
	slots chan struct{}
	// fail, when set, says whether the pair [in, out) fails (in its slot).
	fail func(in, out uint64) bool

	held, maxHeld atomic.Int32
	calls         atomic.Int32
	failed        atomic.Bool
	failOnce      sync.Once
	release       chan struct{} // closed a while after the failure
	startedAfter  atomic.Int32  // pairs started after the failure
	provenAfter   atomic.Int32  // pairs proven after the failure

	mu     sync.Mutex
	ranges []string // "in-out" of each proven pair
	bad    []string // pairs that were not adjacent
}

func newFakeAggregator(slots int) *fakeAggregator {
	return &fakeAggregator{slots: make(chan struct{}, slots), release: make(chan struct{})}
}

// feUint is an assignment's value (called off the test's goroutine: no
// Fatal).
func feUint(t testing.TB, v frontend.Variable) uint64 {
	e, ok := v.(fr.Element)
	if !ok {
		t.Errorf("assignment holds a %T, want an fr.Element", v)
	}
	return e.Uint64()
}

func (f *fakeAggregator) prove(t testing.TB) func(ctx context.Context, _ int, a frontend.Circuit, _ prover.Target) (groth16.Proof, witness.Witness, error) {
	return func(ctx context.Context, _ int, a frontend.Circuit, _ prover.Target) (groth16.Proof, witness.Witness, error) {
		f.calls.Add(1)
		if f.failed.Load() {
			f.startedAfter.Add(1)
		}
		h := f.held.Add(1)
		for m := f.maxHeld.Load(); h > m; m = f.maxHeld.Load() {
			if f.maxHeld.CompareAndSwap(m, h) {
				break
			}
		}
		defer f.held.Add(-1)
		ac, ok := a.(*recursion.AggregateCircuit)
		if !ok {
			return nil, nil, fmt.Errorf("a %T, want an aggregation", a)
		}
		lctx, lin, lout := feUint(t, ac.Left.Ctx), feUint(t, ac.Left.In), feUint(t, ac.Left.Out)
		rctx, rin, rout := feUint(t, ac.Right.Ctx), feUint(t, ac.Right.In), feUint(t, ac.Right.Out)
		if lctx != rctx || lout != rin {
			f.mu.Lock()
			f.bad = append(f.bad, fmt.Sprintf("[%d,%d)+[%d,%d)", lin, lout, rin, rout))
			f.mu.Unlock()
		}
		select {
		case f.slots <- struct{}{}:
		case <-ctx.Done():
			return nil, nil, fmt.Errorf("waiting to prove: %w", ctx.Err())
		}
		defer func() { <-f.slots }()
		if f.fail != nil && f.fail(lin, rout) {
			f.failOnce.Do(func() {
				f.failed.Store(true)
				// A level that is not cancelled goes on a while later
				// (and its proofs count as proven after the failure).
				time.AfterFunc(2*time.Second, func() { close(f.release) })
			})
			return nil, nil, errFakeAggregation
		}
		// "Proving": long enough that a level whose pairs are not bounded
		// starts all of them meanwhile. After the failure, a proof ends
		// when the level is cancelled (or, if it is not, when released).
		var tick <-chan time.Time
		var released <-chan struct{}
		if f.failed.Load() {
			released = f.release
		} else {
			tick = time.After(time.Millisecond)
		}
		select {
		case <-tick:
		case <-released:
		case <-ctx.Done():
			return nil, nil, fmt.Errorf("proving: %w", ctx.Err())
		}
		if f.failed.Load() {
			f.provenAfter.Add(1)
		}
		f.mu.Lock()
		f.ranges = append(f.ranges, fmt.Sprintf("%d-%d", lin, rout))
		f.mu.Unlock()
		return fakeProof(), nil, nil
	}
}

var errFakeAggregation = errors.New("fake aggregation worker failed")

type proveFunc func(ctx context.Context, k int, a frontend.Circuit, t prover.Target) (groth16.Proof, witness.Witness, error)

func (f proveFunc) ProveAssignment(ctx context.Context, k int, a frontend.Circuit, t prover.Target) (groth16.Proof, witness.Witness, error) {
	return f(ctx, k, a, t)
}

// fakeProof and fakeVK have the shape recursion.AggregateAssignment takes
// (an inner key: one public input, one commitment, γ and G = [1]₂); nothing
// verifies them.
func fakeProof() groth16.Proof {
	_, _, g1, g2 := bn254.Generators()
	return &groth16bn254.Proof{Ar: g1, Krs: g1, Bs: g2, Commitments: []bn254.G1Affine{g1}, CommitmentPok: g1}
}

func fakeVK() groth16.VerifyingKey {
	_, _, g1, g2 := bn254.Generators()
	vk := &groth16bn254.VerifyingKey{}
	vk.G1.Alpha, vk.G1.Beta, vk.G1.Delta = g1, g1, g1
	vk.G1.K = []bn254.G1Affine{g1, g1, g1}
	vk.G2.Beta, vk.G2.Gamma, vk.G2.Delta = g2, g2, g2
	vk.CommitmentKeys = []pedersen.VerifyingKey{{G: g2, GSigmaNeg: g2}}
	vk.PublicAndCommitmentCommitted = [][]int{{}}
	return vk
}

// fakeLevel is n segment nodes: segment i goes from boundary i to i+1.
func fakeLevel(n int) (*Keys, []*Node) {
	vk := fakeVK()
	ks := &Keys{LogSteps: 5, SegVK: vk, AggVK: vk}
	ks.AggVKHash.SetUint64(77)
	level := make([]*Node, n)
	for i := range level {
		n := &Node{ChildInput: recursion.ChildInput{Proof: fakeProof(), VK: vk}, First: i, Last: i}
		n.Ctx.SetUint64(1)
		n.In.SetUint64(uint64(i))
		n.Out.SetUint64(uint64(i + 1))
		level[i] = n
	}
	return ks, level
}

// wantTree is the ranges "first-(last+1)" of the aggregations of n
// segments: pairs left to right, level by level, an odd last node going up
// unchanged (docs/recursion.md, "Aggregation").
func wantTree(n int) []string {
	type span struct{ in, out int }
	level := make([]span, n)
	for i := range level {
		level[i] = span{i, i + 1}
	}
	var got []string
	for len(level) > 1 {
		var next []span
		for i := 0; i < len(level); i += 2 {
			if i+1 == len(level) {
				next = append(next, level[i])
				continue
			}
			s := span{level[i].in, level[i+1].out}
			got = append(got, fmt.Sprintf("%d-%d", s.in, s.out))
			next = append(next, s)
		}
		level = next
	}
	sort.Strings(got)
	return got
}

// TestAggregateBounded: a level of 64 pairs (then its upper levels) is
// aggregated with at most inFlight pairs started and not yet proven at
// once, and into the same tree as without a bound.
func TestAggregateBounded(t *testing.T) {
	const segs = 129 // 64 pairs and an odd last segment at the first level
	for _, c := range []struct{ slots, inFlight int }{{aggregateSlots, aggregateInFlight}, {3, 4}, {1, 1 << 20}} {
		t.Run(fmt.Sprintf("slots%d-inflight%d", c.slots, c.inFlight), func(t *testing.T) {
			ks, level := fakeLevel(segs)
			f := newFakeAggregator(c.slots)
			var steps []string
			top, err := aggregateNodes(context.Background(), ks, proveFunc(f.prove(t)), c.inFlight, level, KeptAggregates{},
				func(done, resumed, total int) { steps = append(steps, fmt.Sprintf("%d/%d", done, total)) })
			if err != nil {
				t.Fatal(err)
			}
			if len(f.bad) > 0 {
				t.Fatalf("pairs not adjacent: %v", f.bad)
			}
			if c.inFlight < segs && int(f.maxHeld.Load()) > c.inFlight {
				t.Fatalf("%d pairs held at once, want at most %d", f.maxHeld.Load(), c.inFlight)
			}
			sort.Strings(f.ranges)
			if want := wantTree(segs); fmt.Sprint(f.ranges) != fmt.Sprint(want) {
				t.Fatalf("tree %v\nwant %v", f.ranges, want)
			}
			if !top.IsAggregate || top.First != 0 || top.Last != segs-1 || top.In.Uint64() != 0 || top.Out.Uint64() != segs {
				t.Fatalf("top covers %d-%d [%d,%d) (aggregate %v), want 0-%d", top.First, top.Last, top.In.Uint64(), top.Out.Uint64(),
					top.IsAggregate, segs-1)
			}
			// one step per aggregation, in order (called one at a time)
			if len(steps) != segs-1 {
				t.Fatalf("%d progress steps, want %d", len(steps), segs-1)
			}
			for i, st := range steps {
				if want := fmt.Sprintf("%d/%d", i+1, segs-1); st != want {
					t.Fatalf("progress step %d is %s, want %s", i, st, want)
				}
			}
		})
	}
}

// TestAggregateFailStopsLevel: a failed aggregation cancels the rest of
// its level: at most the pairs in flight were started, none after, and the
// failure (not the cancellation of the others) is returned.
func TestAggregateFailStopsLevel(t *testing.T) {
	const segs = 128
	for _, c := range []struct {
		name        string
		inFlight    int
		failIn      uint64 // the pair starting at boundary failIn fails
		wantMessage string
	}{
		{"first", aggregateInFlight, 0, "aggregating segments 0-1:"},
		{"first-wider", 4, 0, "aggregating segments 0-1:"},
		{"sixth", aggregateInFlight, 10, "aggregating segments 10-11:"},
		// pair 0, in flight with it, may be cancelled: its cancellation
		// is not the error
		{"second-wider", 4, 2, "aggregating segments 2-3:"},
	} {
		t.Run(c.name, func(t *testing.T) {
			ks, level := fakeLevel(segs)
			f := newFakeAggregator(aggregateSlots)
			f.fail = func(in, out uint64) bool { return in == c.failIn && out == in+2 }
			_, err := aggregateNodes(context.Background(), ks, proveFunc(f.prove(t)), c.inFlight, level, KeptAggregates{}, nil)
			if !errors.Is(err, errFakeAggregation) || !strings.Contains(err.Error(), c.wantMessage) {
				t.Fatalf("got %v, want %q: %v", err, c.wantMessage, errFakeAggregation)
			}
			// Pairs start after the failure only in places freed before
			// the level is cancelled, by pairs in flight with the failed one.
			if n := int(f.startedAfter.Load()); n >= c.inFlight {
				t.Fatalf("%d pairs started after the failure, want fewer than %d (in flight)", n, c.inFlight)
			}
			if n := int(f.provenAfter.Load()); n > c.inFlight {
				t.Fatalf("%d pairs proven after the failure, want at most %d (in flight)", n, c.inFlight)
			}
			if n := int(f.calls.Load()); n >= segs/2 {
				t.Fatalf("%d pairs started: the level was not stopped", n)
			}
		})
	}
}

// TestAggregateCancelled: a cancelled context stops the aggregation with
// its error, never a level with holes.
func TestAggregateCancelled(t *testing.T) {
	ks, level := fakeLevel(8)
	f := newFakeAggregator(aggregateSlots)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := aggregateNodes(ctx, ks, proveFunc(f.prove(t)), aggregateInFlight, level, KeptAggregates{}, nil); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled: %v", err)
	}
	if n := f.calls.Load(); n != 0 {
		t.Fatalf("%d pairs started under a cancelled context", n)
	}
}

// TestAggregateLeftmostError: pairs that fail by themselves, in flight
// together, give the leftmost one's error whichever failed first (as
// ProveTop's caller sees it: TestProveSegments expects "aggregating
// segments 0-1" from keys without an aggregation key).
func TestAggregateLeftmostError(t *testing.T) {
	ks, level := fakeLevel(8)
	for _, n := range level {
		n.VK = nil // every assignment fails
	}
	f := newFakeAggregator(aggregateSlots)
	_, err := aggregateNodes(context.Background(), ks, proveFunc(f.prove(t)), 4, level, KeptAggregates{}, nil)
	if err == nil || !strings.HasPrefix(err.Error(), "aggregating segments 0-1:") {
		t.Fatalf("got %v, want the error of segments 0-1", err)
	}
	if n := f.calls.Load(); n != 0 {
		t.Fatalf("%d assignments proven, want none", n)
	}
}
