package executor

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"math/big"
	"math/rand"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/zkprover/zkprover/isa"
	"github.com/zkprover/zkprover/statement"
)

// pageOf is the memory-tree page of RAM word address wa.
func pageOf(wa uint64) uint32 { return uint32(wa >> statement.PageWordBits) }

// cloneCheckpoint is a deep copy (RunSegments reuses its slices).
func cloneCheckpoint(c Checkpoint) Checkpoint {
	c.State = slices.Clone(c.State)
	if c.State == nil {
		c.State = []statement.KV{}
	}
	return c
}

// checkSegments runs p on in with RunSegments in segments of segSteps
// steps (checkSegmentsLim) and returns the number of segments.
func checkSegments(t *testing.T, p *Program, in *Input, segSteps int) int {
	t.Helper()
	return checkSegmentsLim(t, p, in, StepLimits(segSteps)).segments
}

// segStats are what checkSegmentsLim saw.
type segStats struct {
	segments int
	cut      map[string]int // segments cut by a limit other than Steps, by the limit the next step would exceed
}

// checkSegmentsLim runs p on in with RunSegments and checks every segment
// against RunTrace's whole trace, replayed into a shadow machine state
// (registers, RAM words, state, output count, log bytes) independently of
// the segmenting code. Every segment must respect lim (counted from the
// trace by segUse) and have lim.Steps steps unless it is the last or the
// step after it would take a count past its limit.
func checkSegmentsLim(t *testing.T, p *Program, in *Input, lim SegmentLimits) segStats {
	t.Helper()
	stats := segStats{cut: map[string]int{}}
	ctx := context.Background()
	want, err := Run(ctx, p, in, Config{})
	if err != nil {
		t.Fatal(err)
	}
	_, tr, err := RunTrace(ctx, p, in, Config{})
	if err != nil {
		t.Fatal(err)
	}
	if in == nil {
		in = &Input{}
	}

	// The shadow state, advanced segment by segment from the full trace.
	var regs [32]uint32
	ram := map[uint64]uint32{} // word address -> value
	for i, w := range p.Words {
		ram[uint64(p.Base/4)+uint64(i)] = w
	}
	state := map[uint32]uint32{}
	for _, kv := range in.State {
		state[kv.Key] = kv.Value
	}
	var outCount uint32
	var logBytes int
	pageContent := func(pi uint32) (pg [statement.PageWords]uint32) {
		for j := range pg {
			pg[j] = ram[uint64(pi)<<statement.PageWordBits+uint64(j)]
		}
		return pg
	}
	imagePages := map[uint32]bool{}
	for i := range p.Words {
		imagePages[pageOf(uint64(p.Base/4)+uint64(i))] = true
	}
	lastAfter := map[uint32][statement.PageWords]uint32{} // page -> After of the last segment holding it

	var (
		n       int
		prevEnd Checkpoint
		cycles  uint64
	)
	res, err := RunSegments(ctx, p, in, Config{}, lim, func(s *Segment) error {
		if s.Index != n {
			t.Fatalf("segment %d has index %d", n, s.Index)
		}
		c0 := cycles
		if s.Start.Cycles != c0 {
			t.Fatalf("segment %d starts at cycle %d, want %d", n, s.Start.Cycles, c0)
		}
		if n == 0 {
			want0 := Checkpoint{PC: p.Entry, State: slices.Clone(in.State)}
			if !reflect.DeepEqual(cloneCheckpoint(s.Start), cloneCheckpoint(want0)) {
				t.Fatalf("segment 0 starts at %+v, want %+v", s.Start, want0)
			}
		} else if !reflect.DeepEqual(cloneCheckpoint(s.Start), prevEnd) {
			t.Fatalf("segment %d starts at %+v, the previous one ended at %+v", n, s.Start, prevEnd)
		}
		if s.End.Cycles != c0+uint64(len(s.Steps)) {
			t.Fatalf("segment %d: %d steps from cycle %d to %d", n, len(s.Steps), c0, s.End.Cycles)
		}
		c1 := s.End.Cycles
		last := c1 == uint64(len(tr.Steps))
		if s.Last != last || len(s.Steps) == 0 || len(s.Steps) > lim.Steps {
			t.Fatalf("segment %d: last %v with %d steps of %d (run of %d)", n, s.Last, len(s.Steps), lim.Steps, len(tr.Steps))
		}

		// What the segment uses, within the limits; a segment cut short
		// because the next step would exceed one.
		use := newSegUse(s.Start.State)
		if n == 0 {
			for pi := range imagePages {
				use.pages[pi] = true
			}
		}
		for i := c0; i < c1; i++ {
			use.add(&tr.Steps[i])
		}
		if over := use.over(lim); over != "" {
			t.Fatalf("segment %d (%d steps): %s", n, len(s.Steps), over)
		}
		wantPages := maps.Clone(use.pages)
		if !last && len(s.Steps) < lim.Steps {
			use.add(&tr.Steps[c1])
			over := use.over(lim)
			if over == "" {
				t.Fatalf("segment %d cut after %d of %d steps, but its next step fits", n, len(s.Steps), lim.Steps)
			}
			stats.cut[strings.Fields(over)[0]]++
		}
		if len(s.Pages) > lim.Pages {
			t.Fatalf("segment %d: %d pages, segments hold %d", n, len(s.Pages), lim.Pages)
		}
		if len(s.Pages) != len(wantPages) {
			t.Fatalf("segment %d: %d pages, want %d", n, len(s.Pages), len(wantPages))
		}
		for j := range s.Pages {
			pg := &s.Pages[j]
			if !wantPages[pg.Index] || (j > 0 && s.Pages[j-1].Index >= pg.Index) {
				t.Fatalf("segment %d: page %d (#%d) not expected or out of order", n, pg.Index, j)
			}
			if pg.Before != pageContent(pg.Index) {
				t.Fatalf("segment %d: page %d Before differs from memory at the segment's start", n, pg.Index)
			}
			if prev, ok := lastAfter[pg.Index]; ok && prev != pg.Before {
				t.Fatalf("segment %d: page %d Before differs from the After of its last segment", n, pg.Index)
			}
			if _, ok := lastAfter[pg.Index]; !ok && n > 0 && pg.Before != ([statement.PageWords]uint32{}) {
				t.Fatalf("segment %d: page %d first touched but not zero", n, pg.Index)
			}
		}

		// The steps, and the shadow advanced by them.
		for i := range s.Steps {
			got, ref := s.Steps[i], tr.Steps[c0+uint64(i)]
			if got.PC != ref.PC || got.Insn != ref.Insn {
				t.Fatalf("segment %d step %d: pc %#x insn %#x, RunTrace has %#x %#x", n, i, got.PC, got.Insn, ref.PC, ref.Insn)
			}
			// The slots' accesses, then the precompile's (at slot M's timestamp).
			type access struct {
				name string
				slot int
				g, r Access
			}
			var accs []access
			for sl := range NumSlots {
				accs = append(accs, access{fmt.Sprint("slot ", sl), sl, got.Acc[sl], ref.Acc[sl]})
			}
			if (got.Pre == nil) != (ref.Pre == nil) || (got.Pre != nil && len(got.Pre.Acc) != len(ref.Pre.Acc)) {
				t.Fatalf("segment %d step %d: Pre %+v, RunTrace has %+v", n, i, got.Pre, ref.Pre)
			}
			if got.Pre != nil {
				for j := range got.Pre.Acc {
					accs = append(accs, access{fmt.Sprint("Pre.Acc ", j), SlotM, got.Pre.Acc[j], ref.Pre.Acc[j]})
				}
			}
			for _, ac := range accs {
				g, r := ac.g, ac.r
				// Relative timestamps: the trace's, less the segment's
				// start, or 0 for an access before the segment.
				if uint64(r.PrevTS) > 4*c0 {
					r.PrevTS = uint32(uint64(r.PrevTS) - 4*c0)
				} else {
					r.PrevTS = 0
				}
				if g != r {
					t.Fatalf("segment %d step %d %s: %+v, want %+v", n, i, ac.name, g, r)
				}
				if g.Used && g.PrevTS >= TS(i, ac.slot) {
					t.Fatalf("segment %d step %d %s: PrevTS %d not before %d", n, i, ac.name, g.PrevTS, TS(i, ac.slot))
				}
				if !g.Used {
					continue
				}
				switch {
				case g.Addr < RegBase:
					ram[g.Addr] = g.Val
				case g.Addr < StateBase:
					regs[g.Addr-RegBase] = g.Val
				default:
					if g.Val == 0 {
						delete(state, uint32(g.Addr-StateBase))
					} else {
						state[uint32(g.Addr-StateBase)] = g.Val
					}
				}
			}
			if got.Insn == ECALL {
				switch got.Acc[SlotA].Val {
				case SysWriteOutput:
					outCount++
				case SysLog:
					logBytes += int(got.Acc[SlotD].Val)
				}
			}
		}
		if last {
			if st := s.Steps[len(s.Steps)-1]; st.Insn != ECALL || st.Acc[SlotA].Val != SysHalt {
				t.Fatalf("the last segment ends with %s", Disassemble(st.Insn, st.PC))
			}
		}
		for _, pg := range s.Pages {
			if pg.After != pageContent(pg.Index) {
				t.Fatalf("segment %d: page %d After differs from memory at the segment's end", n, pg.Index)
			}
			lastAfter[pg.Index] = pg.After
		}

		// The end checkpoint is the shadow state.
		wantEnd := Checkpoint{Cycles: c1, Regs: regs, OutCount: outCount, LogBytes: logBytes, State: []statement.KV{}}
		for k, v := range state {
			wantEnd.State = append(wantEnd.State, statement.KV{Key: k, Value: v})
		}
		slices.SortFunc(wantEnd.State, func(a, b statement.KV) int { return int(int64(a.Key) - int64(b.Key)) })
		if last {
			wantEnd.Halted, wantEnd.ExitCode = true, want.ExitCode
		} else {
			wantEnd.PC = tr.Steps[c1].PC
		}
		if got := cloneCheckpoint(s.End); !reflect.DeepEqual(got, wantEnd) {
			t.Fatalf("segment %d ends at\n%+v\nwant\n%+v", n, got, wantEnd)
		}
		prevEnd = cloneCheckpoint(s.End)
		cycles = c1
		n++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(res, want) {
		t.Fatalf("RunSegments result differs from Run's:\n%+v\n%+v", res, want)
	}
	if cycles != want.Cycles || !prevEnd.Halted {
		t.Fatalf("segments cover %d cycles (halted %v), the run has %d", cycles, prevEnd.Halted, want.Cycles)
	}
	if lim == StepLimits(lim.Steps) {
		if wantN := (int(want.Cycles) + lim.Steps - 1) / lim.Steps; n != wantN {
			t.Fatalf("%d segments, want %d", n, wantN)
		}
	}
	stats.segments = n
	return stats
}

// segUse is what some steps of a trace use of SegmentLimits, counted from
// the recorded steps (not as RunSegments predicts them).
type segUse struct {
	steps                                              int
	pages                                              map[uint32]bool
	mul, sgn, div, bit, sub, log, io, sys, sha, keccak int
	keys                                               map[uint32]bool // state keys: the start state's and those touched
}

// newSegUse starts counting a segment that starts with state.
func newSegUse(state []statement.KV) *segUse {
	u := &segUse{pages: map[uint32]bool{}, keys: map[uint32]bool{}}
	for _, kv := range state {
		u.keys[kv.Key] = true
	}
	return u
}

// forRAMTest calls fn with each RAM-word access of st: slot M of a load or
// store, and the precompile's.
func forRAMTest(st *Step, fn func(Access)) {
	if a := st.Acc[SlotM]; a.Used && a.Addr < RegBase {
		fn(a)
	}
	if st.Pre != nil {
		for _, a := range st.Pre.Acc {
			fn(a)
		}
	}
}

// add counts step st.
func (u *segUse) add(st *Step) {
	u.steps++
	forRAMTest(st, func(a Access) { u.pages[pageOf(a.Addr)] = true })
	if a := st.Acc[SlotM]; a.Used && a.Addr >= StateBase {
		u.keys[uint32(a.Addr-StateBase)] = true
	}
	if isa.IsMulShift(st.Insn) {
		u.mul++
	}
	if isa.IsSignedCmp(st.Insn) {
		u.sgn++
	}
	if isa.IsDivide(st.Insn) {
		u.div++
	}
	if isa.IsBitwise(st.Insn) {
		u.bit++
	}
	if isa.IsSubword(st.Insn) {
		u.sub++
	}
	if st.Insn == ECALL {
		if isa.IsIOCall(st.Acc[SlotA].Val) {
			u.io++
		} else {
			u.sys++
		}
		switch st.Acc[SlotA].Val {
		case SysLog:
			u.log++
		case SysSha256Compress:
			u.sha++
		case SysKeccakF:
			u.keccak++
		}
	}
}

// over names the first limit of lim that u exceeds, "" for none.
func (u *segUse) over(lim SegmentLimits) string {
	for _, c := range []struct {
		name   string
		n, max int
	}{
		{"Steps", u.steps, lim.Steps}, {"Pages", len(u.pages), lim.Pages}, {"Mul", u.mul, lim.Mul}, {"Sgn", u.sgn, lim.Sgn}, {"Div", u.div, lim.Div},
		{"Bit", u.bit, lim.Bit}, {"Sub", u.sub, lim.Sub},
		{"Log", u.log, lim.Log}, {"IO", u.io, lim.IO}, {"Sys", u.sys, lim.Sys}, {"Sha256", u.sha, lim.Sha256}, {"Keccak", u.keccak, lim.Keccak},
		{"State", len(u.keys), lim.State},
	} {
		if c.n > c.max {
			return fmt.Sprintf("%s %d over %d", c.name, c.n, c.max)
		}
	}
	return ""
}

// segmentAsmPrograms exercise what the examples might not: stores into the
// image, RAM far apart, state writes and removals, logs, a run whose length
// is a multiple of the segment size.
func segmentAsmPrograms() map[string][]uint32 {
	loop := prog(
		// t0 = 0x2000_0000; for t1 = 40; t1 > 0; t1-- { mem[t0] = t1; t0 += 0x104 }
		LI(t0, 0x20000000),
		ADDI(t1, zero, 40),
		SW(t1, t0, 0),
		SB(t1, t0, 3),
		LW(t2, t0, 0),
		ADDI(t0, t0, 0x104),
		ADDI(t1, t1, -1),
		BNE(t1, zero, -20),
		// store into the image (its first word) and load it back
		LI(t0, testBase),
		SW(t2, t0, 0),
		LH(a1, t0, 2),
		// state: set 5 = 7, get 5, set 5 = 0 (removed), set 9 = a1
		ADDI(a0, zero, 5), ADDI(a1, zero, 7), ADDI(a7, zero, SysStateSet), ECALL,
		ADDI(a7, zero, SysStateGet), ECALL,
		ADDI(a0, zero, 5), ADDI(a1, zero, 0), ADDI(a7, zero, SysStateSet), ECALL,
		ADDI(a0, zero, 9), ADDI(a1, zero, 3), ADDI(a7, zero, SysStateSet), ECALL,
		ADDI(a0, zero, 1), ADDI(a7, zero, SysStateGet), ECALL,
		outputReg(a0),
		// log 5 bytes from the image
		LI(a0, testBase), ADDI(a1, zero, 5), ADDI(a7, zero, SysLog), ECALL,
		ADDI(a0, zero, 3),
		halt(),
	)
	// exactly 32 steps: 30 ADDIs, then HALT's two
	exact := make([]uint32, 0, 32)
	for range 30 {
		exact = append(exact, ADDI(a0, a0, 1))
	}
	exact = append(exact, halt()...)
	// sha: SHA-256 of 2600 bytes, 41 calls, the state across a memory-tree
	// page, the blocks in the image.
	msg := make([]byte, 2600)
	for i := range msg {
		msg[i] = byte(i * 7)
	}
	// keccak: Keccak-256 of 700 bytes, 6 calls, the state across a
	// memory-tree page, the blocks in the image.
	kmsg := make([]byte, 700)
	for i := range kmsg {
		kmsg[i] = byte(i * 11)
	}
	return map[string][]uint32{
		"loop":   loop,
		"exact":  exact,
		"tiny":   halt(),
		"sha":    shaProgram(shaPad(msg), 0x200f0),
		"keccak": keccakProgram(keccakPad(kmsg), 0x200c0),
	}
}

func TestRunSegments(t *testing.T) {
	type run struct {
		name string
		p    *Program
		in   *Input
	}
	msg := make([]byte, 1500)
	rand.New(rand.NewSource(4)).Read(msg)
	rev := make([]uint32, 40)
	for i := range rev {
		rev[i] = uint32(1000 - i)
	}
	cmd := func(op, acct, other, amount uint32) []uint32 { return []uint32{op, acct, other, amount} }
	runs := []run{
		{"fibonacci", loadExample(t, "fibonacci"), &Input{Onchain: words(300)}},
		{"sha256", loadExample(t, "sha256"), &Input{Offchain: msg}},
		{"sha256x", loadExample(t, "sha256x"), &Input{Offchain: msg}},
		{"keccak256x", loadExample(t, "keccak256x"), &Input{Offchain: msg}},
		{"sort", loadExample(t, "sort"), &Input{Onchain: words(rev...)}},
		{"bank", loadExample(t, "bank"), &Input{
			State:   []statement.KV{{Key: 1, Value: 100}, {Key: 2, Value: 5}, {Key: 9, Value: 1}},
			Onchain: words(slices.Concat(cmd(1, 7, 0, 50), cmd(3, 1, 2, 30), cmd(2, 2, 0, 35), cmd(3, 7, 1, 10))...),
		}},
		{"bank-fail", loadExample(t, "bank"), &Input{
			State:   []statement.KV{{Key: 2, Value: 5}},
			Onchain: words(slices.Concat(cmd(1, 2, 0, 1), cmd(2, 2, 0, 7))...),
		}},
		{"mext", loadExample(t, "mext"), nil},
		{"infernet", loadExample(t, "infernet"), &Input{Onchain: packedBytes(big.NewInt(12345))}},
	}
	asm := segmentAsmPrograms()
	for _, name := range []string{"loop", "exact", "tiny", "sha", "keccak"} {
		runs = append(runs, run{"asm-" + name, mustProgram(t, asm[name]), &Input{State: []statement.KV{{Key: 1, Value: 0xabc}}}})
	}
	for _, r := range runs {
		for _, segSteps := range []int{16, 64, 1024} {
			t.Run(fmt.Sprintf("%s/%d", r.name, segSteps), func(t *testing.T) {
				n := checkSegments(t, r.p, r.in, segSteps)
				t.Logf("%d segments", n)
			})
		}
	}
}

// TestRunSegmentsPagesMatchRerun checks the pages against an independent
// re-run: a fast run stopped (by the cycle limit) right after each segment,
// whose memory is read back through a program-independent path, the
// executor's machine.
func TestRunSegmentsPagesMatchRerun(t *testing.T) {
	for _, name := range []string{"loop", "sha", "keccak"} {
		t.Run(name, func(t *testing.T) { checkPagesMatchRerun(t, mustProgram(t, segmentAsmPrograms()[name])) })
	}
}

func checkPagesMatchRerun(t *testing.T, p *Program) {
	ctx := context.Background()
	_, err := RunSegments(ctx, p, nil, Config{}, StepLimits(64), func(s *Segment) error {
		m, err := newMachine(p, nil, Config{MaxCycles: s.End.Cycles})
		if err != nil {
			return err
		}
		if err := m.runFast(ctx); err != nil && !errors.Is(err, ErrCycleLimit) {
			return err
		}
		for _, pg := range s.Pages {
			var want [statement.PageWords]uint32
			for j := range want {
				want[j] = m.loadWord((pg.Index<<statement.PageWordBits + uint32(j)) << 2)
			}
			if want != pg.After {
				return fmt.Errorf("segment %d page %d: After %x, memory %x", s.Index, pg.Index, pg.After, want)
			}
		}
		if !s.Last && (m.pc != s.End.PC || [32]uint32(m.regs[:32]) != s.End.Regs) {
			return fmt.Errorf("segment %d: end pc/regs differ from a run stopped there", s.Index)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestRunSegmentsBadSize(t *testing.T) {
	p := mustProgram(t, halt())
	nop := func(*Segment) error { return nil }
	for _, n := range []int{-16, 0, 1, 8, 15, 17, 100, 3 << 10, 1 << 25} {
		if _, err := RunSegments(context.Background(), p, nil, Config{}, StepLimits(n), nop); !errors.Is(err, ErrBadConfig) {
			t.Errorf("segSteps %d: %v, want ErrBadConfig", n, err)
		}
	}
	for _, n := range []int{MinSegmentSteps, MaxSegmentSteps} {
		if _, err := RunSegments(context.Background(), p, nil, Config{}, StepLimits(n), nop); err != nil {
			t.Errorf("segSteps %d: %v", n, err)
		}
	}
	if _, err := RunSegments(context.Background(), p, nil, Config{}, StepLimits(16), nil); !errors.Is(err, ErrBadConfig) {
		t.Errorf("nil callback: %v", err)
	}
	if _, err := RunSegments(context.Background(), p, &Input{Onchain: make([]byte, 300)}, Config{}, StepLimits(16), nop); !errors.Is(err, ErrBadInput) {
		t.Errorf("bad input: %v", err)
	}
}

func TestRunSegmentsFault(t *testing.T) {
	check := func(t *testing.T, p *Program, in *Input, cfg Config) {
		t.Helper()
		_, want := Run(context.Background(), p, in, cfg)
		if want == nil {
			t.Fatal("the run does not fail")
		}
		_, err := RunSegments(context.Background(), p, in, cfg, StepLimits(16), func(*Segment) error { return nil })
		var f1, f2 *Fault
		if err == nil || err.Error() != want.Error() || !errors.As(err, &f1) || !errors.As(want, &f2) || *f1 != *f2 {
			t.Fatalf("RunSegments: %v, Run: %v", err, want)
		}
	}
	p := loadExample(t, "fault")
	for mode := range 4 {
		t.Run(fmt.Sprint("mode", mode), func(t *testing.T) { check(t, p, &Input{Onchain: words(uint32(mode))}, Config{}) })
	}
	t.Run("cycle limit", func(t *testing.T) {
		check(t, loadExample(t, "fibonacci"), &Input{Onchain: words(100)}, Config{MaxCycles: 100})
	})
	t.Run("memory limit", func(t *testing.T) {
		// Stores to 3 pages of 16 KiB beyond the image's page.
		w := prog(LI(t0, 0x100000), SW(t0, t0, 0), LI(t0, 0x200000), SW(t0, t0, 0), LI(t0, 0x300000), SW(t0, t0, 0), halt())
		check(t, mustProgram(t, w), nil, Config{Limits: Limits{MaxMemoryBytes: 3 * PageBytes}})
	})
}

// TestRunSegmentsNoTraceLimit: MaxTraceSteps bounds RunTrace, not segments.
func TestRunSegmentsNoTraceLimit(t *testing.T) {
	p := loadExample(t, "fibonacci")
	in := &Input{Onchain: words(200)}
	cfg := Config{MaxTraceSteps: 100}
	if _, _, err := RunTrace(context.Background(), p, in, cfg); !errors.Is(err, ErrTraceTooLong) {
		t.Fatalf("RunTrace: %v", err)
	}
	var steps uint64
	r, err := RunSegments(context.Background(), p, in, cfg, StepLimits(32), func(s *Segment) error {
		steps += uint64(len(s.Steps))
		return nil
	})
	if err != nil || r.Cycles <= 100 || steps != r.Cycles {
		t.Fatalf("RunSegments: %v, %d steps in segments", err, steps)
	}
}

func TestRunSegmentsStop(t *testing.T) {
	p := loadExample(t, "fibonacci")
	in := &Input{Onchain: words(300)}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	calls := 0
	count := func(*Segment) error { calls++; return nil }
	if _, err := RunSegments(ctx, p, in, Config{}, StepLimits(16), count); !errors.Is(err, context.Canceled) || calls != 0 {
		t.Fatalf("cancelled before: %v after %d segments", err, calls)
	}

	ctx, cancel = context.WithCancel(context.Background())
	defer cancel()
	calls = 0
	_, err := RunSegments(ctx, p, in, Config{}, StepLimits(16), func(s *Segment) error {
		calls++
		if s.Index == 2 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) || calls != 3 {
		t.Fatalf("cancelled in segment 2: %v after %d segments", err, calls)
	}

	stop := errors.New("enough")
	calls = 0
	_, err = RunSegments(context.Background(), p, in, Config{}, StepLimits(16), func(s *Segment) error {
		calls++
		if s.Index == 1 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || calls != 2 {
		t.Fatalf("callback error in segment 1: %v after %d segments", err, calls)
	}
}

// TestCheckpointBoundary: the statement's boundary of a checkpoint.
func TestCheckpointBoundary(t *testing.T) {
	c := Checkpoint{Cycles: 7, PC: 0x1000, OutCount: 1, Regs: [32]uint32{0, 5}, State: []statement.KV{{Key: 1, Value: 2}}}
	root := statement.ZeroRoot()
	b := c.Boundary(root)
	want := statement.Boundary{Cycles: 7, PC: 0x1000, OutCount: 1, Regs: c.Regs, MemRoot: root, StateRoot: statement.StateRoot(c.State)}
	if b != want {
		t.Fatalf("%+v, want %+v", b, want)
	}
}

func BenchmarkRunSegments(b *testing.B) {
	c := benchInputs(b)["sha256"] // about 2.8 M steps
	for _, lim := range []SegmentLimits{
		StepLimits(1 << 16), StepLimits(1 << 20),
		// every step asks the limits (SegmentLimits.binds), none cuts
		{Steps: 1 << 16, Pages: 1 << 20, Mul: 1 << 15, Sgn: 1 << 15, Div: 1 << 15, Log: 1 << 15, IO: 1 << 15, Sys: 1 << 15, Sha256: 1 << 15, Keccak: 1 << 15},
	} {
		name := fmt.Sprint("seg", lim.Steps)
		if lim != StepLimits(lim.Steps) {
			name += "-limits"
		}
		b.Run(name, func(b *testing.B) {
			var cycles uint64
			for b.Loop() {
				r, err := RunSegments(context.Background(), c.p, c.in, Config{}, lim, func(*Segment) error { return nil })
				if err != nil {
					b.Fatal(err)
				}
				cycles += r.Cycles
			}
			b.ReportMetric(float64(cycles)/b.Elapsed().Seconds()/1e6, "Minstr/s")
		})
	}
}

// segmentFromMatches checks that SegmentFrom, given s's start checkpoint,
// step count and pages (their Before), makes s.
func segmentFromMatches(ctx context.Context, p *Program, in *Input, s *Segment) error {
	start := cloneCheckpoint(s.Start)
	pages := slices.Clone(s.Pages)
	got, err := SegmentFrom(ctx, p, in, Config{}, s.Index, len(s.Steps), &start, pages)
	if err != nil {
		return fmt.Errorf("segment %d: %w", s.Index, err)
	}
	want := *s
	want.Start, want.End = cloneCheckpoint(s.Start), cloneCheckpoint(s.End)
	got.Start, got.End = cloneCheckpoint(got.Start), cloneCheckpoint(got.End)
	if !reflect.DeepEqual(got.Start, want.Start) || !reflect.DeepEqual(got.End, want.End) || got.Last != want.Last || got.Index != want.Index {
		return fmt.Errorf("segment %d: checkpoints differ:\n got %+v -> %+v\nwant %+v -> %+v", s.Index, got.Start, got.End, want.Start, want.End)
	}
	if !reflect.DeepEqual(got.Steps, want.Steps) {
		return fmt.Errorf("segment %d: steps differ", s.Index)
	}
	if !reflect.DeepEqual(got.Pages, want.Pages) {
		return fmt.Errorf("segment %d: pages differ: got %d %v want %d %v", s.Index, len(got.Pages), got.Pages == nil, len(want.Pages), want.Pages == nil)
	}
	return nil
}

// TestSegmentFrom: every segment of every run, re-executed alone from its
// start checkpoint and its pages' Before content (what a fleet worker gets),
// is the segment RunSegments made; a checkpoint missing a page the segment
// touches, a wrong step count and a bad start are refused.
func TestSegmentFrom(t *testing.T) {
	ctx := context.Background()
	msg := make([]byte, 700)
	rand.New(rand.NewSource(5)).Read(msg)
	cmd := func(op, acct, other, amount uint32) []uint32 { return []uint32{op, acct, other, amount} }
	runs := []struct {
		name string
		p    *Program
		in   *Input
	}{
		{"sha256", loadExample(t, "sha256"), &Input{Offchain: msg}},
		{"sha256x", loadExample(t, "sha256x"), &Input{Offchain: msg}},
		{"asm-sha", mustProgram(t, segmentAsmPrograms()["sha"]), nil},
		{"keccak256x", loadExample(t, "keccak256x"), &Input{Offchain: msg}},
		{"asm-keccak", mustProgram(t, segmentAsmPrograms()["keccak"]), nil},
		{"bank", loadExample(t, "bank"), &Input{
			State:   []statement.KV{{Key: 1, Value: 100}, {Key: 2, Value: 5}, {Key: 9, Value: 1}},
			Onchain: words(slices.Concat(cmd(1, 7, 0, 50), cmd(3, 1, 2, 30), cmd(2, 2, 0, 35), cmd(3, 7, 1, 10))...),
		}},
		{"asm-loop", mustProgram(t, segmentAsmPrograms()["loop"]), &Input{State: []statement.KV{{Key: 1, Value: 0xabc}}}},
	}
	for _, r := range runs {
		for _, segSteps := range []int{16, 256} {
			t.Run(fmt.Sprintf("%s/%d", r.name, segSteps), func(t *testing.T) {
				n := 0
				_, err := RunSegments(ctx, r.p, r.in, Config{}, StepLimits(segSteps), func(s *Segment) error {
					n++
					if err := segmentFromMatches(ctx, r.p, r.in, s); err != nil {
						return err
					}
					start := cloneCheckpoint(s.Start)
					pages := slices.Clone(s.Pages)
					if s.Index == 0 {
						return nil
					}
					// Forgeries: a page left out, a step too many, a start
					// that is not the segment's (first-segment index).
					if len(s.Pages) > 0 {
						fewer := slices.Clone(pages[1:])
						if _, err := SegmentFrom(ctx, r.p, r.in, Config{}, s.Index, len(s.Steps), &start, fewer); !errors.Is(err, ErrBadInput) {
							return fmt.Errorf("segment %d without page %d: %w", s.Index, s.Pages[0].Index, err)
						}
					}
					if s.Last {
						if _, err := SegmentFrom(ctx, r.p, r.in, Config{}, s.Index, len(s.Steps)+1, &start, pages); !errors.Is(err, ErrBadInput) {
							return fmt.Errorf("last segment %d with a step too many: %w", s.Index, err)
						}
					}
					if _, err := SegmentFrom(ctx, r.p, r.in, Config{}, 0, len(s.Steps), &start, pages); !errors.Is(err, ErrBadInput) {
						return fmt.Errorf("segment %d as index 0: %w", s.Index, err)
					}
					return nil
				})
				if err != nil {
					t.Fatal(err)
				}
				if n < 2 {
					t.Fatalf("only %d segments", n)
				}
			})
		}
	}
}
