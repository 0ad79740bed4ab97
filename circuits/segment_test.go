package circuits

import (
	"errors"
	"math/big"
	"testing"

	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/isa"
	"github.com/zkprover/zkprover/statement"
)

// segLoop is a program of about 200 steps that, in a loop, stores to a new
// 256-byte page, loads it back, writes an output word and a state key each
// iteration, and at the end reads an image word (loaded by the first
// segment into the memory tree) and a state key of the initial state.
func segLoop() []uint32 {
	const s2, s3 = 18, 19
	body := prog(
		store(2, s1, s0, 0), // sw s1, 0(s0)
		load(2, t0, s0, 0),  // lw t0, 0(s0)
		add(s3, s3, t0),
		addi(s0, s0, 256),
		addi(a0, s3, 0), syscall(4), // output s3
		li(a0, 4), addi(a1, s1, 0), syscall(6), // state[4] = s1
		addi(s1, s1, 1),
	)
	n := int32(len(body)) + 1
	return prog(
		li(s0, 0x3000), li(s1, 0), li(s2, 12), li(s3, 0),
		body,
		branch(4, s1, s2, -4*(n-1)),                           // blt s1, s2, body
		li(t2, testBase), load(2, t1, t2, 4), add(s3, s3, t1), // an image word
		li(a0, 3), syscall(5), add(s3, s3, a0), // state[3]
		addi(a0, s3, 0), syscall(4),
		halt(7),
	)
}

type segProof struct {
	a   *Circuit
	res *SegResult
}

// segments splits the run of w into segments of class c and assigns each,
// keeping a shadow memory and state from the executor's accesses
// (rvSegments without a hook).
func segments(t *testing.T, c Class, w *Witness) []segProof {
	t.Helper()
	return rvSegments(t, c, w, nil)
}

func segWitness(t *testing.T) *Witness {
	return run(t, segLoop(), runIn{state: []statement.KV{{Key: 3, Value: 30}, {Key: 9, Value: 90}}})
}

// TestSegmentsChain proves a run of several segments at the solver level
// and checks that the boundaries chain from the run's start to its end.
func TestSegmentsChain(t *testing.T) {
	c := NewSegmentClass(5)
	w := segWitness(t)
	if len(w.Trace.Steps) <= 3*c.Steps {
		t.Fatalf("run of %d steps is too short for several segments", len(w.Trace.Steps))
	}
	segs := segments(t, c, w)
	pub := w.Public()
	for k, s := range segs {
		if err := solve(t, c, s.a); err != nil {
			t.Fatalf("segment %d rejected: %v", k, err)
		}
		if k > 0 && segs[k-1].res.Out.Digest() != s.res.In.Digest() {
			t.Fatalf("segment %d does not start where %d ended", k, k-1)
		}
	}
	in0 := statement.InitialBoundary(w.Entry, pub.OldStateRoot)
	if segs[0].res.In.Digest() != in0.Digest() {
		t.Fatal("first segment does not start at the run's start")
	}
	last := segs[len(segs)-1].res.Out
	if !last.Halted || last.StateRoot != pub.NewStateRoot || int(last.OutCount) != len(w.Output)/4 || last.Cycles != uint64(len(w.Trace.Steps)) {
		t.Fatalf("last segment ends at %+v", last)
	}
	t.Logf("%d steps in %d segments of class %s (%d page slots)", len(w.Trace.Steps), len(segs), c, c.PageSlots)
}

func toBigV(v any) *big.Int { return toBig(v) }

// TestSegmentForgeries: forged boundaries and memory are rejected.
func TestSegmentForgeries(t *testing.T) {
	c := NewSegmentClass(5)
	w := segWitness(t)
	segs := segments(t, c, w)
	fresh := func(k int) *Circuit {
		// reassign: the tests mutate assignments
		s := segments(t, c, w)[k]
		return s.a
	}
	_ = segs
	check := func(name string, k int, mut func(a *Circuit)) {
		t.Helper()
		a := fresh(k)
		mut(a)
		if err := solve(t, c, a); err == nil {
			t.Errorf("%s: forged segment accepted", name)
		}
	}
	mid := 2
	// The one public input binds every boundary field.
	check("public digest", mid, func(a *Circuit) { a.Pub[0] = new(big.Int).Add(toBigV(a.Pub[0]), big.NewInt(1)) })
	check("register at the start", mid, func(a *Circuit) { a.SegV[0].RegIn[s1][0] = toBigV(a.SegV[0].RegIn[s1][0]).Int64() ^ 1 })
	check("pc at the start", mid, func(a *Circuit) { a.SegV[0].PCIn[0] = toBigV(a.SegV[0].PCIn[0]).Int64() + 4 })
	check("memory word at the start", mid, func(a *Circuit) {
		a.SegMem[5].IB[0] = toBigV(a.SegMem[5].IB[0]).Int64() ^ 1 // a word of the first (active) page
	})
	check("memory root at the start", mid, func(a *Circuit) { a.SegV[0].MemIn = 5 })
	check("dropped page", mid, func(a *Circuit) {
		n := 0
		for s := range a.SegPg {
			if toBigV(a.SegPg[s].Act).Sign() != 0 {
				n = s
			}
		}
		a.SegPg[n].Act = 0
	})
	check("out of order pages", mid, func(a *Circuit) { a.SegPg[0], a.SegPg[1] = a.SegPg[1], a.SegPg[0] })
	check("halts early (not last)", mid, func(a *Circuit) { a.SegV[0].Last = 1 })
	check("claims to be first", mid, func(a *Circuit) {
		a.SegV[0].CycB = bytes5(0)
	})
	check("output count at the start", mid, func(a *Circuit) {
		for j := range a.SegV[0].OutLo {
			if toBigV(a.SegV[0].OutLo[j]).Sign() == 0 {
				a.SegV[0].OutLo[j] = 1
				return
			}
		}
	})
	check("state root at the start", mid, func(a *Circuit) { a.SegV[0].StateIn = 11 })
	check("output word", mid, func(a *Circuit) { a.OutB[0] = toBigV(a.OutB[0]).Int64() ^ 1 })
	check("program image", mid, func(a *Circuit) { a.ImgB[3][0] = toBigV(a.ImgB[3][0]).Int64() ^ 1 })
	check("first segment: image word zero", 0, func(a *Circuit) {
		for r := range a.SegMem {
			if toBigV(a.SegMem[r].IsImg).Sign() != 0 && toBigV(a.SegMem[r].IB[0]).Sign() != 0 {
				a.SegMem[r].IsImg, a.SegMem[r].IB = 0, bytes4(0)
				return
			}
		}
	})
	check("first segment: registers not zero", 0, func(a *Circuit) { a.SegV[0].RegIn[s0][0] = 1 })
	last := len(segs) - 1
	check("last segment: exit code", last, func(a *Circuit) { a.ExitB[0] = 8 })
	check("last segment: not halting", last, func(a *Circuit) { a.SegV[0].Last = 0 })
	check("last segment: new state root", last, func(a *Circuit) { a.SegV[0].StateOut = 3 })
}

// TestSegmentSkippedOrReordered: the boundaries do not chain when a segment
// is skipped, repeated or reordered, and a segment from another program
// has another context.
func TestSegmentSkippedOrReordered(t *testing.T) {
	c := NewSegmentClass(5)
	w := segWitness(t)
	segs := segments(t, c, w)
	d := func(k int) [2]string {
		i, o := segs[k].res.In.Digest(), segs[k].res.Out.Digest()
		return [2]string{i.String(), o.String()}
	}
	for k := 0; k+2 < len(segs); k++ {
		if d(k)[1] == d(k + 2)[0] {
			t.Fatalf("segment %d chains to %d (skipped one)", k, k+2)
		}
		if d(k + 1)[1] == d(k)[0] {
			t.Fatalf("reordered segments chain")
		}
	}
	if d(1)[1] == d(1)[0] {
		t.Fatal("a segment chains to itself")
	}
	// Another program (one more instruction) gives another context.
	w2 := run(t, append([]uint32{addi(t0, 0, 1)}, segLoop()...), runIn{state: w.OldState})
	s2 := segments(t, c, w2)
	if s2[0].res.Ctx == segs[0].res.Ctx {
		t.Fatal("another program has the same segment context")
	}
}

// TestSegmentAssignErrors: a segment that does not fit or disagrees with
// the memory tree is refused before any proving.
func TestSegmentAssignErrors(t *testing.T) {
	c := NewSegmentClass(5)
	w := segWitness(t)
	run := *w
	run.Trace = &executor.Trace{Steps: w.Trace.Steps[:c.Steps+1]}
	_, _, err := AssignSegment(c, &SegWitness{Run: &run}, statement.NewMemTree())
	if !errors.Is(err, executor.ErrTraceTooLong) {
		t.Fatalf("segment longer than the class: %v", err)
	}
	run.Trace = &executor.Trace{Steps: w.Trace.Steps[:c.Steps-1]}
	if _, _, err := AssignSegment(c, &SegWitness{Run: &run}, statement.NewMemTree()); err != nil {
		t.Fatalf("segment cut early, without HALT: %v", err)
	}
	tr := statement.NewMemTree()
	tr.Set(5, statement.ZeroNode(1))
	run.Trace = &executor.Trace{Steps: w.Trace.Steps[:c.Steps]}
	if _, _, err := AssignSegment(c, &SegWitness{Run: &run}, tr); err == nil {
		t.Fatal("first segment over a non-empty memory tree accepted")
	}
	if _, _, err := AssignSegment(NewClass(5), &SegWitness{Run: &run}, statement.NewMemTree()); err == nil {
		t.Fatal("segment assigned to a whole-run class")
	}
	_ = isa.RegBase
}
