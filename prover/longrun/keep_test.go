package longrun

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/multicommit"

	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/prover/keygen"
	"github.com/zkprover/zkprover/recursion"
	"github.com/zkprover/zkprover/statement"
)

// TestAggregateResumesFromKept: a run whose aggregation failed half-way
// (its aggregations kept as they were made) aggregates again proving only
// the aggregations it had not kept, into the same tree; a kept aggregation
// whose statement is not its children's is dropped and proven again.
func TestAggregateResumesFromKept(t *testing.T) {
	const segs = 13
	var mu sync.Mutex
	kept := map[[2]int]*Node{}
	keep := func(n *Node) error {
		mu.Lock()
		defer mu.Unlock()
		if !n.IsAggregate {
			return fmt.Errorf("kept node %d-%d is not an aggregation", n.First, n.Last)
		}
		kept[[2]int{n.First, n.Last}] = n
		return nil
	}

	// First attempt: the second level's first pair ([0,2)+[2,4)) fails.
	ks, level := fakeLevel(segs)
	f1 := newFakeAggregator(aggregateSlots)
	f1.fail = func(in, out uint64) bool { return in == 0 && out == 4 }
	if _, err := aggregateNodes(context.Background(), ks, proveFunc(f1.prove(t)), aggregateInFlight, level,
		KeptAggregates{Keep: keep}, nil); !errors.Is(err, errFakeAggregation) {
		t.Fatalf("first attempt: %v, want the failure", err)
	}
	if len(kept) < segs/2 {
		t.Fatalf("%d aggregations kept, want at least the first level's %d", len(kept), segs/2)
	}
	if len(kept) != len(f1.ranges) {
		t.Fatalf("%d aggregations kept, %d proven", len(kept), len(f1.ranges))
	}

	// A kept aggregation that does not prove its children's statement.
	var dropped []string
	bad := *kept[[2]int{4, 5}]
	bad.Out.SetUint64(99)
	have := maps.Clone(kept)
	have[[2]int{4, 5}] = &bad

	_, level = fakeLevel(segs)
	f2 := newFakeAggregator(aggregateSlots)
	var last [3]int
	top, err := aggregateNodes(context.Background(), ks, proveFunc(f2.prove(t)), aggregateInFlight, level,
		KeptAggregates{Have: have, Keep: keep, Dropped: func(first, last int, err error) {
			dropped = append(dropped, fmt.Sprintf("%d-%d: %v", first, last, err))
		}},
		func(done, resumed, total int) { last = [3]int{done, resumed, total} })
	if err != nil {
		t.Fatal(err)
	}
	if top.First != 0 || top.Last != segs-1 || top.In.Uint64() != 0 || top.Out.Uint64() != segs {
		t.Fatalf("top covers %d-%d [%d,%d)", top.First, top.Last, top.In.Uint64(), top.Out.Uint64())
	}
	if len(dropped) != 1 || !strings.HasPrefix(dropped[0], "4-5: ") {
		t.Fatalf("dropped %v, want the forged 4-5", dropped)
	}
	// proven again: everything not kept, and the dropped one
	for _, r := range f2.ranges {
		var in, out int
		if _, err := fmt.Sscanf(r, "%d-%d", &in, &out); err != nil {
			t.Fatal(err)
		}
		if _, ok := have[[2]int{in, out - 1}]; ok && r != "4-6" {
			t.Errorf("aggregation %s proven again, though kept", r)
		}
	}
	all := slices.Concat(f1.ranges, f2.ranges)
	all = slices.DeleteFunc(all, func(r string) bool { return r == "4-6" })
	sort.Strings(all)
	want := slices.DeleteFunc(wantTree(segs), func(r string) bool { return r == "4-6" })
	if fmt.Sprint(all) != fmt.Sprint(want) {
		t.Fatalf("aggregations proven over both attempts %v\nwant the tree once %v", all, want)
	}
	if wantLast := [3]int{segs - 1, len(have) - 1, segs - 1}; last != wantLast {
		t.Fatalf("last progress (done, resumed, total) %v, want %v", last, wantLast)
	}
	if len(kept) != segs-1 {
		t.Fatalf("%d aggregations kept in the end, want %d", len(kept), segs-1)
	}
}

// TestAggregateKeepFails: an aggregation that cannot be kept stops the run
// with that error.
func TestAggregateKeepFails(t *testing.T) {
	ks, level := fakeLevel(2)
	f := newFakeAggregator(aggregateSlots)
	errStore := errors.New("store closed")
	_, err := aggregateNodes(context.Background(), ks, proveFunc(f.prove(t)), aggregateInFlight, level,
		KeptAggregates{Keep: func(*Node) error { return errStore }}, nil)
	if !errors.Is(err, errStore) || !strings.Contains(err.Error(), "keeping the aggregation of segments 0-1") {
		t.Fatalf("got %v, want the keeping error of segments 0-1", err)
	}
}

// toyAggregate has an aggregation proof's interface (one public input, one
// commitment over private values only): its public input is whatever D is
// assigned, so that a real proof for any aggregation digest can be made in a
// test.
type toyAggregate struct {
	D    frontend.Variable `gnark:",public"`
	X, Y frontend.Variable // Y = X^3 + 5
}

func (c *toyAggregate) Define(api frontend.API) error {
	api.AssertIsEqual(c.Y, api.Add(api.Mul(c.X, c.X, c.X), 5))
	multicommit.WithCommitment(api, func(api frontend.API, r frontend.Variable) error {
		api.AssertIsDifferent(api.Add(r, c.X), 0)
		return nil
	}, c.X, c.Y)
	api.AssertIsDifferent(c.D, 0)
	return nil
}

// TestKeptAggregate: an aggregation proof is kept and read back (its proof
// checked against the aggregation key and its statement); a damaged,
// forged or mislabelled one is refused, by Runner.options too, which
// reports it and leaves it out.
func TestKeptAggregate(t *testing.T) {
	ccs, err := recursion.Compile(&toyAggregate{})
	if err != nil {
		t.Fatal(err)
	}
	pk, vk, err := keygen.Setup(ccs)
	if err != nil {
		t.Fatal(err)
	}
	ks := &Keys{LogSteps: 5, AggVK: vk}
	ks.AggVKHash.SetUint64(77)
	var ctx, in, out fr.Element
	ctx.SetUint64(1)
	in.SetUint64(2)
	out.SetUint64(3)
	d := statement.AggregateDigest(ks.AggVKHash, ctx, in, out)
	proof, err := recursion.ProveInner(ccs, pk, &toyAggregate{D: d, X: 3, Y: 32})
	if err != nil {
		t.Fatal(err)
	}
	n := &Node{ChildInput: recursion.ChildInput{Proof: proof, VK: vk, IsAggregate: true, Ctx: ctx, In: in, Out: out}, First: 4, Last: 7}
	b, err := EncodeAggregate(ks.LogSteps, n)
	if err != nil {
		t.Fatal(err)
	}
	back, err := DecodeAggregate(b, ks)
	if err != nil {
		t.Fatal(err)
	}
	if back.First != 4 || back.Last != 7 || back.Ctx != ctx || back.In != in || back.Out != out || !back.IsAggregate {
		t.Fatalf("read back %+v", back)
	}

	if _, err := EncodeAggregate(ks.LogSteps, &Node{ChildInput: recursion.ChildInput{Proof: proof}, First: 4, Last: 4}); err == nil {
		t.Fatal("a segment node kept as an aggregation")
	}
	other := *ks
	other.LogSteps = 6
	if _, err := DecodeAggregate(b, &other); err == nil || !strings.Contains(err.Error(), "class 2^5") {
		t.Fatalf("another class: %v", err)
	}
	other = *ks
	other.AggVKHash.SetUint64(78) // another aggregation key
	if _, err := DecodeAggregate(b, &other); !errors.Is(err, prover.ErrInvalidProof) {
		t.Fatalf("under another key hash: %v", err)
	}
	forged := *n
	forged.Out.SetUint64(4) // a coherent record: the statement changed, the proof not
	fb, err := EncodeAggregate(ks.LogSteps, &forged)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := DecodeAggregate(fb, ks); !errors.Is(err, prover.ErrInvalidProof) {
		t.Fatalf("a changed boundary: %v", err)
	}
	if _, err := DecodeAggregate(b[:len(b)/2], ks); err == nil {
		t.Fatal("a cut record accepted")
	}
	for _, s := range []string{`"first":4`, `"last":7`} {
		bad := strings.Replace(string(b), s, strings.Replace(s, ":", ":-", 1), 1)
		if _, err := DecodeAggregate([]byte(bad), ks); err == nil {
			t.Fatalf("a record with %s negated accepted", s)
		}
	}

	// Runner.options: the good part is used, the others dropped (named).
	r := &Runner{Keys: ks}
	var names []string
	o, release, err := r.options(context.Background(), Run{Kept: map[string][]byte{
		AggPartName(4, 7): b,
		AggPartName(4, 6): b,  // mislabelled
		AggPartName(8, 9): fb, // forged
	}, Dropped: func(name string, err error) { names = append(names, name) }})
	if err != nil {
		t.Fatal(err)
	}
	release()
	sort.Strings(names)
	if fmt.Sprint(names) != "[aggregate-4-6 aggregate-8-9]" {
		t.Fatalf("dropped %v", names)
	}
	if len(o.Aggregates.Have) != 1 || o.Aggregates.Have[[2]int{4, 7}] == nil {
		t.Fatalf("kept aggregations %v, want 4-7 alone", slices.Collect(maps.Keys(o.Aggregates.Have)))
	}
}
