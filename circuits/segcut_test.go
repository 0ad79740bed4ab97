package circuits

import (
	"context"
	"math/big"
	"testing"

	"github.com/consensys/gnark/frontend"

	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/statement"
)

// Segments cut early (docs/circuit.md S2): a segment that does not halt may
// end before its last row, when a table of its class is full
// (executor.RunSegments); its active rows are a prefix, and its
// out-boundary's pc is the last active row's next pc.

// TestSegmentsCutEarly: segments of 7, 1, 32, 19 and 25 steps (then full
// ones) all solve and chain from the run's start to its halt.
func TestSegmentsCutEarly(t *testing.T) {
	c := NewSegmentClass(5)
	w := segWitness(t)
	lens := []int{7, 1, 32, 19, 25}
	segs := cutSegments(t, c, w, lens, nil)
	if len(segs) <= len(lens) {
		t.Fatalf("%d segments: the run is too short", len(segs))
	}
	for k, s := range segs {
		if err := solve(t, c, s.a); err != nil {
			t.Fatalf("segment %d (%d steps) rejected: %v", k, s.res.Out.Cycles-s.res.In.Cycles, err)
		}
		if k > 0 && segs[k-1].res.Out.Digest() != s.res.In.Digest() {
			t.Fatalf("segment %d does not start where %d ended", k, k-1)
		}
		if k < len(lens) && s.res.Out.Cycles-s.res.In.Cycles != uint64(lens[k]) {
			t.Fatalf("segment %d has %d steps, want %d", k, s.res.Out.Cycles-s.res.In.Cycles, lens[k])
		}
	}
	last := segs[len(segs)-1].res.Out
	if !last.Halted || last.Cycles != uint64(len(w.Trace.Steps)) {
		t.Fatalf("last segment ends at %+v", last)
	}
}

// TestSegmentCutForgeries: a segment cut early cannot claim to halt, nor
// another step count or next pc (with the public input recomputed for the
// forged out-boundary).
func TestSegmentCutForgeries(t *testing.T) {
	c := NewSegmentClass(5)
	w := segWitness(t)
	lens := []int{7, 1, 32, 19}
	const k = 3 // 19 steps of 32, cut
	fresh := func() segProof { return cutSegments(t, c, w, lens, nil)[k] }
	if err := solve(t, c, fresh().a); err != nil {
		t.Fatalf("cut segment rejected: %v", err)
	}
	check := func(name string, mut func(a *Circuit, res *SegResult)) {
		t.Helper()
		s := fresh()
		mut(s.a, s.res)
		if err := solve(t, c, s.a); err == nil {
			t.Errorf("%s: forged segment accepted", name)
		}
	}
	out := func(a *Circuit, res *SegResult, cycles uint64, pc uint32) {
		o := res.Out
		o.Cycles, o.PC = cycles, pc
		a.SegV[0].CycOutB, a.SegV[0].PCOut = bytes5(o.Cycles), bytes4(o.PC)
		rvRepub(a, res, res.In, o)
	}
	check("claims to halt", func(a *Circuit, res *SegResult) { a.SegV[0].Last = 1 })
	check("one step fewer", func(a *Circuit, res *SegResult) { out(a, res, res.Out.Cycles-1, res.Out.PC) })
	check("one step more", func(a *Circuit, res *SegResult) { out(a, res, res.Out.Cycles+1, res.Out.PC) })
	check("next pc + 4 (the first padding row's)", func(a *Circuit, res *SegResult) { out(a, res, res.Out.Cycles, res.Out.PC+4) })
	check("next pc - 4", func(a *Circuit, res *SegResult) { out(a, res, res.Out.Cycles, res.Out.PC-4) })
	check("first padding row active", func(a *Circuit, res *SegResult) { a.Steps[lens[k]].Act = 1 })
}

// nopLoop counts to 20 around a NOP (addi x0, x0, 0): a NOP row that is
// made inactive changes nothing but the step count and the next pc.
func nopLoop() []uint32 {
	return prog(li(s0, 0), li(s1, 20),
		addi(0, 0, 0), addi(s0, s0, 1), branch(6, s0, s1, -8), // bltu s0, s1, nop
		halt(0))
}

// TestSegmentHole: the active rows of a segment are a prefix. A NOP row
// made inactive, with the next accesses of x0 and of the sink register
// (where the NOP writes) and the out-boundary (one step
// fewer, next pc − 4) adjusted so that every other rule holds, is a
// segment cut one step earlier when it is the last row (accepted), and a
// skipped instruction when it is not (rejected).
func TestSegmentHole(t *testing.T) {
	c := NewSegmentClass(5)
	w := run(t, nopLoop(), runIn{})
	const k, lo = 1, 32 // the second segment starts at step 32
	var nops []int      // NOP rows of the second segment
	for j := range c.Steps {
		if j > 0 && w.Trace.Steps[lo+j].Insn == 0x13 {
			nops = append(nops, j)
		}
	}
	if len(nops) < 2 {
		t.Fatalf("NOP rows %v", nops)
	}
	end := nops[len(nops)-1] // the second segment ends with this NOP
	hole := func(j int) error {
		s := cutSegments(t, c, w, []int{lo, end + 1}, nil)[k]
		a, res := s.a, s.res
		r := &a.Steps[j]
		// x0's access before the NOP's read (slot A, 3j+1) and the sink
		// register's before the NOP's write (slot D, 3j+3): the later
		// accesses of both go back to them
		ta, tsA := rvBig(r.TA), big.NewInt(int64(3*j+1))
		td, tsD := rvBig(r.TD), big.NewInt(int64(3*j+3))
		fillPadding(r, rvU32(r.PC))
		for i := j + 1; i < c.Steps; i++ {
			q := &a.Steps[i]
			if rvBig(q.Act).Sign() == 0 {
				continue
			}
			for _, p := range []*frontend.Variable{&q.TA, &q.TB} {
				if rvBig(*p).Cmp(tsA) == 0 {
					*p = ta
				}
			}
			if rvBig(q.TD).Cmp(tsD) == 0 {
				q.TD = td
			}
		}
		if rvBig(a.RegTS[0]).Cmp(tsA) == 0 {
			a.RegTS[0] = ta
		}
		if rvBig(a.SinkTS).Cmp(tsD) == 0 {
			a.SinkTS = td
		}
		o := res.Out
		o.Cycles--
		o.PC -= 4
		a.SegV[0].CycOutB, a.SegV[0].PCOut = bytes5(o.Cycles), bytes4(o.PC)
		rvRepub(a, res, res.In, o)
		return solve(t, c, a)
	}
	if err := hole(end); err != nil {
		t.Fatalf("the last row made inactive (a cut one step earlier) rejected: %v", err)
	}
	for _, j := range nops[:len(nops)-1] {
		if err := hole(j); err == nil {
			t.Errorf("a hole at row %d of %d accepted", j, end+1)
		}
	}
}

// TestSegmentRunsOnAfterHalt: in the last segment the HALT is the last
// active row. The forgery executes the NOP that follows the HALT in the
// image (a NOP row of the same segment copied to the row after the HALT,
// with the timestamps of x0 and the sink register and the step count
// adjusted so that every other rule holds): rejected, by the halt rule
// (S2) alone.
func TestSegmentRunsOnAfterHalt(t *testing.T) {
	c := NewSegmentClass(5)
	w := run(t, append(nopLoop(), addi(0, 0, 0)), runIn{})
	var lens []int // full segments, then one cut so that the last has 20 steps
	for left := len(w.Trace.Steps) - 20; left > 0; left -= c.Steps {
		lens = append(lens, min(left, c.Steps))
	}
	segs := cutSegments(t, c, w, lens, nil)
	s := segs[len(segs)-1]
	a, res := s.a, s.res
	h := int(res.Out.Cycles-res.In.Cycles) - 1 // the HALT row
	j := -1                                    // a NOP row
	for i := range h {
		if w.Trace.Steps[int(res.In.Cycles)+i].Insn == 0x13 {
			j = i
		}
	}
	if j < 0 || h+1 >= c.Steps {
		t.Fatalf("last segment of %d steps, NOP at %d", h+1, j)
	}
	if err := solve(t, c, a); err != nil {
		t.Fatalf("last segment rejected: %v", err)
	}
	r := &a.Steps[h+1]
	pc := r.PC
	*r = a.Steps[j]
	r.PC = pc
	r.TA, r.TD = a.RegTS[0], a.SinkTS // x0 read, the sink written
	a.RegTS[0], a.SinkTS = 3*(h+1)+1, 3*(h+1)+3
	o := res.Out
	o.Cycles++
	a.SegV[0].CycOutB = bytes5(o.Cycles)
	rvRepub(a, res, res.In, o)
	if err := solve(t, c, a); err == nil {
		t.Fatal("a step after the HALT accepted")
	}
}

// cutRun cuts p's run on in by the limits of class c (executor.RunSegments),
// assigns every segment on one memory tree, checks that they chain, and
// solves the segments cut early; it returns the number of segments and of
// early cuts.
func cutRun(t *testing.T, c Class, p *executor.Program, in runIn) (segs, cuts int) {
	t.Helper()
	ein := &executor.Input{Onchain: in.onchain, Offchain: in.offchain, State: in.state, Context: in.ctx}
	res, err := executor.Run(context.Background(), p, ein, executor.Config{})
	if err != nil {
		t.Fatal(err)
	}
	w := &Witness{Entry: p.Entry, Base: p.Base, Image: p.Words, Context: in.ctx, Onchain: in.onchain,
		Offchain: in.offchain, OldState: in.state, NewState: res.State, ExitCode: res.ExitCode, Output: res.Output}
	tree := statement.NewMemTree()
	var prev statement.Boundary
	_, err = executor.RunSegments(context.Background(), p, ein, executor.Config{}, c.SegmentLimits(), func(seg *executor.Segment) error {
		start := SegStartOf(seg)
		sw := *w
		sw.Trace = &executor.Trace{Steps: seg.Steps}
		a, sr, err := AssignSegment(c, &SegWitness{Run: &sw, Start: start}, tree)
		if err != nil {
			return err
		}
		if seg.Index > 0 && sr.In.Digest() != prev.Digest() {
			t.Fatalf("segment %d does not start where %d ended", seg.Index, seg.Index-1)
		}
		prev = sr.Out
		early := !seg.Last && len(seg.Steps) < c.Steps
		if early {
			cuts++
		}
		if early {
			if err := solve(t, c, a); err != nil {
				t.Fatalf("segment %d (%d steps, cut early: %v) rejected: %v", seg.Index, len(seg.Steps), early, err)
			}
		}
		segs++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if !prev.Halted || prev.Cycles != res.Cycles {
		t.Fatalf("the last segment ends at %+v", prev)
	}
	return segs, cuts
}

// TestSegmentsCutByTables: executor.RunSegments cuts a run before the step
// that would need more SHA-256 rows, divider rows or page slots than the
// segment class has (Class.SegmentLimits); every segment is assigned and
// chains, and the segments cut early solve.
func TestSegmentsCutByTables(t *testing.T) {
	t.Run("sha256", func(t *testing.T) {
		c := NewSegmentClass(6)
		c.ShaRows = 1 // one call per segment
		p := loadExample(t, "sha256x")
		segs, cuts := cutRun(t, c, p, runIn{offchain: make([]byte, 200)})
		if cuts < 1 {
			t.Fatalf("%d segments, %d cut early", segs, cuts)
		}
		t.Logf("%d segments, %d cut early", segs, cuts)
	})
	t.Run("pages", func(t *testing.T) {
		c := NewSegmentClass(5)
		c.PageSlots = 2 // segLoop stores to a new page every 10 steps
		c.MemRows = c.PageSlots * statement.PageWords
		p, err := executor.NewProgram(testBase, testBase, segLoop())
		if err != nil {
			t.Fatal(err)
		}
		segs, cuts := cutRun(t, c, p, runIn{state: []statement.KV{{Key: 3, Value: 30}}})
		if cuts < 2 {
			t.Fatalf("%d segments, %d cut early", segs, cuts)
		}
		t.Logf("%d segments, %d cut early", segs, cuts)
	})
	t.Run("state", func(t *testing.T) {
		c := NewSegmentClass(5)
		c.StateEntries = 4 // the start state and 3 more keys
		// STATE_GET of 40 absent keys
		p, err := executor.NewProgram(testBase, testBase, prog(li(s0, 100), li(s1, 140),
			addi(a0, s0, 0), syscall(5), addi(s0, s0, 1), branch(4, s0, s1, -16),
			halt(0)))
		if err != nil {
			t.Fatal(err)
		}
		segs, cuts := cutRun(t, c, p, runIn{state: []statement.KV{{Key: 3, Value: 30}}})
		if cuts < 2 {
			t.Fatalf("%d segments, %d cut early", segs, cuts)
		}
		t.Logf("%d segments, %d cut early", segs, cuts)
	})
}

// TestPaddingTkSegment: in a segment cut early (19 active rows of 32), the
// first padding row takes Tk = 1 with rd's field 8 (RdHi 4: immB = 8,
// RdNZ 1), so its next pc is pc + 8: the later padding rows' pcs follow
// and the out-boundary's pc is the true one + 4 (the next segment would
// skip an instruction). Only the decode table's Tk = 0 on the padding
// row rejects it.
func TestPaddingTkSegment(t *testing.T) {
	c := NewSegmentClass(5)
	w := segWitness(t)
	lens := []int{7, 1, 32, 19}
	const k = 3
	s := cutSegments(t, c, w, lens, nil)[k]
	a, res := s.a, s.res
	if err := solve(t, c, a); err != nil {
		t.Fatalf("cut segment rejected: %v", err)
	}
	p := lens[k]
	r := &a.Steps[p]
	if toBig(r.Act).Sign() != 0 {
		t.Fatal("row not padding")
	}
	r.Tk, r.RdHi, r.Rd0, r.RdNZ = 1, 4, 0, 1
	for i := p + 1; i < c.Steps; i++ {
		a.Steps[i].PC = new(big.Int).Add(toBig(a.Steps[i].PC), big.NewInt(4))
	}
	o := res.Out
	o.PC += 4
	a.SegV[0].PCOut = bytes4(o.PC)
	rvRepub(a, res, res.In, o)
	if err := solve(t, c, a); err == nil {
		t.Errorf("padding row with Tk 1 (out pc + 4) accepted")
	}
}
