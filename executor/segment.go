package executor

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"sort"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkprover/zkprover/isa"
	"github.com/zkprover/zkprover/statement"
)

// Segment sizes RunSegments accepts (powers of two): at most the largest
// run one proof covers.
const (
	MinSegmentSteps = 1 << 4
	MaxSegmentSteps = isa.MaxSteps
)

// Checkpoint is the machine state between two segments (docs/zkvm.md,
// "Segments").
type Checkpoint struct {
	Cycles   uint64 // steps executed before this point
	PC       uint32 // next instruction; 0 once halted (as statement.Boundary)
	Regs     [32]uint32
	OutCount uint32         // output words written so far
	State    []statement.KV // the full state: sorted by key, non-zero values only
	LogBytes int            // LOG bytes so far (the executor's budget)
	Halted   bool
	ExitCode uint32 // valid when Halted
}

// Boundary is c as a statement.Boundary, given the memory tree root at that
// point (which the caller keeps from the segments' pages).
func (c *Checkpoint) Boundary(memRoot fr.Element) statement.Boundary {
	return statement.Boundary{
		Cycles:    c.Cycles,
		PC:        c.PC,
		OutCount:  c.OutCount,
		Halted:    c.Halted,
		Regs:      c.Regs,
		MemRoot:   memRoot,
		StateRoot: statement.StateRoot(c.State),
	}
}

// PageSnapshot is one memory-tree page (statement.PageWords words, page
// index = word address >> statement.PageWordBits) touched by a segment.
type PageSnapshot struct {
	Index  uint32
	Before [statement.PageWords]uint32 // content at the segment's start
	After  [statement.PageWords]uint32 // content at its end
}

// Segment is one part of a run, proven on its own and chained to its
// neighbours by its Start and End checkpoints.
type Segment struct {
	Index int
	Last  bool // the run halts in this segment (its last step is HALT)
	Start Checkpoint
	End   Checkpoint
	// Steps are the segment's steps, recorded like RunTrace's but with
	// timestamps relative to the segment: step i of the segment is at
	// TS(i, slot), and PrevTS 0 means "the value at the segment's start"
	// (the address was not accessed before in this segment).
	Steps []Step
	// Pages, by ascending Index, are the pages holding a RAM word that a
	// load or store (slot M) or a precompile call (Step.Pre) of the
	// segment accesses (not instruction fetches, not LOG reads), and in
	// segment 0 also every page holding an image word.
	Pages []PageSnapshot
}

// RunSegments executes p on in and calls fn with each segment in order:
// segSteps steps each, the last one shorter, segSteps a power of two in
// [MinSegmentSteps, MaxSegmentSteps] (otherwise an error wrapping
// ErrBadConfig). The Segment and its slices are reused after fn returns
// (memory stays bounded by one segment), so fn must copy what it keeps and
// must not modify them. The run obeys the limits of Run, except that
// cfg.MaxTraceSteps does not apply, and returns the same Result, or the same
// error (a fault is found by a fast run first, before fn is called). An
// error of fn stops the run and is returned wrapped; so is ctx's error.
func RunSegments(ctx context.Context, p *Program, in *Input, cfg Config, segSteps int, fn func(*Segment) error) (*Result, error) {
	if segSteps < MinSegmentSteps || segSteps > MaxSegmentSteps || segSteps&(segSteps-1) != 0 {
		return nil, fmt.Errorf("segment of %d steps: want a power of two in [%d, %d]: %w", segSteps, MinSegmentSteps, MaxSegmentSteps, ErrBadConfig)
	}
	if fn == nil {
		return nil, fmt.Errorf("no segment callback: %w", ErrBadConfig)
	}
	cfg = cfg.WithDefaults()
	fast, err := Run(ctx, p, in, cfg)
	if err != nil {
		return nil, err
	}
	m, err := newMachine(p, in, cfg)
	if err != nil {
		return nil, err
	}
	m.tsPages = new(pageTable)
	m.stateTS = make(map[uint32]uint32)

	buf := make([]Step, min(uint64(segSteps), fast.Cycles))
	var pageIdx []uint32
	seg := &Segment{}
	start := m.checkpoint(slices.Clone(m.in.State))
	for k := 0; !m.halted; k++ {
		n := min(uint64(segSteps), fast.Cycles-m.steps)
		if n == 0 {
			return nil, fmt.Errorf("executor: internal error: the traced run did not halt after %d steps like the fast run", m.steps)
		}
		steps := buf[:n]
		if err := m.runTrace(ctx, steps); err != nil {
			return nil, err
		}
		state := start.State
		if stateWritten(steps) {
			state = m.sortedState()
		}
		end := m.checkpoint(state)
		pageIdx = segmentPageIndices(pageIdx[:0], p, steps, k == 0)
		*seg = Segment{
			Index: k,
			Last:  m.halted,
			Start: start,
			End:   end,
			Steps: steps,
			Pages: m.pageSnapshots(seg.Pages[:0], pageIdx, steps),
		}
		m.resetTS(steps)
		if err := fn(seg); err != nil {
			return nil, fmt.Errorf("segment %d (steps %d..%d): %w", k, start.Cycles, end.Cycles, err)
		}
		start = end
	}
	res := m.result()
	if !reflect.DeepEqual(res, fast) {
		return nil, fmt.Errorf("executor: internal error: the segmented run differs from the fast run (cycles %d vs %d, exit %d vs %d)", res.Cycles, fast.Cycles, res.ExitCode, fast.ExitCode)
	}
	return res, nil
}

// checkpoint is the machine's state now, with state as its State.
func (m *machine) checkpoint(state []statement.KV) Checkpoint {
	c := Checkpoint{
		Cycles:   m.steps,
		PC:       m.pc,
		OutCount: uint32(len(m.output)),
		State:    state,
		LogBytes: m.logBytes,
		Halted:   m.halted,
	}
	copy(c.Regs[:], m.regs[:32])
	if m.halted {
		c.PC, c.ExitCode = 0, m.exitCode
	}
	return c
}

// sortedState is a fresh copy of the state, by ascending key.
func (m *machine) sortedState() []statement.KV {
	s := make([]statement.KV, 0, len(m.state))
	for k, v := range m.state {
		s = append(s, statement.KV{Key: k, Value: v})
	}
	sort.Slice(s, func(i, j int) bool { return s[i].Key < s[j].Key })
	return s
}

// stateWritten reports whether a step of steps changed a state value (only
// slot M of STATE_SET can; precompiles access RAM only).
func stateWritten(steps []Step) bool {
	for i := range steps {
		if a := &steps[i].Acc[SlotM]; a.Used && a.Addr >= StateBase && a.Val != a.Prev {
			return true
		}
	}
	return false
}

// segmentPageIndices appends to idx the sorted distinct memory-tree pages of
// the RAM words that steps access (loads, stores, precompiles), and with
// image those of p's image.
func segmentPageIndices(idx []uint32, p *Program, steps []Step, image bool) []uint32 {
	last := ^uint32(0)
	add := func(a *Access) {
		if pi := uint32(a.Addr >> statement.PageWordBits); pi != last {
			idx = append(idx, pi)
			last = pi
		}
	}
	for i := range steps {
		forRAM(&steps[i], add)
	}
	if image {
		lo := p.Base >> 2 >> statement.PageWordBits
		hi := (p.End()>>2 - 1) >> statement.PageWordBits
		for pi := lo; pi <= hi; pi++ {
			idx = append(idx, pi)
		}
	}
	slices.Sort(idx)
	return slices.Compact(idx)
}

// pageSnapshots appends to snaps the pages idx (ascending) as they are now
// (After) and were before steps (Before: the first access of a word in the
// segment, PrevTS 0, holds its value at the segment's start).
func (m *machine) pageSnapshots(snaps []PageSnapshot, idx []uint32, steps []Step) []PageSnapshot {
	for _, pi := range idx {
		snaps = append(snaps, PageSnapshot{Index: pi})
		s := &snaps[len(snaps)-1]
		wa := pi << statement.PageWordBits // first word address
		if pg := m.mem.page(wa << 2); pg != nil {
			off := wa & pageMask
			copy(s.After[:], pg[off:off+statement.PageWords])
		}
		s.Before = s.After
	}
	before := func(a *Access) {
		if a.PrevTS != 0 {
			return
		}
		pi := uint32(a.Addr >> statement.PageWordBits)
		j, _ := slices.BinarySearch(idx, pi)
		snaps[len(snaps)-len(idx)+j].Before[a.Addr&(statement.PageWords-1)] = a.Prev
	}
	for i := range steps {
		forRAM(&steps[i], before)
	}
	return snaps
}

// resetTS forgets the last-access timestamps of steps' window, so that the
// next window's timestamps start from its own beginning.
func (m *machine) resetTS(steps []Step) {
	m.regTS = [len(m.regTS)]uint32{}
	clear(m.stateTS)
	reset := func(a *Access) { m.tsPages.page(uint32(a.Addr) << 2)[a.Addr&pageMask] = 0 }
	for i := range steps {
		forRAM(&steps[i], reset)
	}
}

// forRAM calls fn with each RAM-word access of st: slot M when it holds
// one (loads and stores), and the precompile's (st.Pre).
func forRAM(st *Step, fn func(*Access)) {
	if a := &st.Acc[SlotM]; a.Used && a.Addr < RegBase {
		fn(a)
	}
	if st.Pre != nil {
		for j := range st.Pre.Acc {
			fn(&st.Pre.Acc[j])
		}
	}
}
