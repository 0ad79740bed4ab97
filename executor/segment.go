package executor

import (
	"cmp"
	"context"
	"fmt"
	"math"
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

// SegmentLimits bound one segment of RunSegments: a segment ends after
// Steps steps, at the HALT, or before the first step that would take one
// of its counts past its limit (that step begins the next segment).
type SegmentLimits struct {
	Steps  int // a power of two in [MinSegmentSteps, MaxSegmentSteps]
	Pages  int // len(Segment.Pages): memory-tree pages of the RAM words loads, stores and precompiles access (segment 0: plus the image's pages)
	Mul    int // SLL, SRL, SRA, SLLI, SRLI, SRAI, MUL, MULH, MULHSU, MULHU steps
	Sgn    int // SLT, SLTI, BLT, BGE steps
	Div    int // DIV, DIVU, REM, REMU steps
	Bit    int // AND, OR, XOR, ANDI, ORI, XORI steps
	Sub    int // LB, LH, LBU, LHU, SB, SH steps
	Log    int // LOG calls
	IO     int // READ_ONCHAIN, READ_OFFCHAIN, READ_CONTEXT, WRITE_OUTPUT calls
	Sys    int // the other system calls: HALT, STATE_GET, STATE_SET, LOG, SHA256_COMPRESS, KECCAK_F
	Sha256 int // SHA256_COMPRESS calls
	Keccak int // KECCAK_F calls
	State  int // state keys: the segment's start state (non-zero values) plus the keys STATE_GET and STATE_SET touch
}

// StepLimits are the limits of segments bounded by their step count only.
func StepLimits(steps int) SegmentLimits {
	return SegmentLimits{Steps: steps, Pages: math.MaxInt, Mul: math.MaxInt, Sgn: math.MaxInt, Div: math.MaxInt, Bit: math.MaxInt, Sub: math.MaxInt, Log: math.MaxInt, IO: math.MaxInt, Sys: math.MaxInt, Sha256: math.MaxInt, Keccak: math.MaxInt, State: math.MaxInt}
}

// validate checks l for RunSegments (errors wrap ErrBadConfig).
func (l SegmentLimits) validate() error {
	if l.Steps < MinSegmentSteps || l.Steps > MaxSegmentSteps || l.Steps&(l.Steps-1) != 0 {
		return fmt.Errorf("segment of %d steps: want a power of two in [%d, %d]: %w", l.Steps, MinSegmentSteps, MaxSegmentSteps, ErrBadConfig)
	}
	for _, c := range []struct {
		name string
		v    int
	}{{"Pages", l.Pages}, {"Mul", l.Mul}, {"Sgn", l.Sgn}, {"Div", l.Div}, {"Bit", l.Bit}, {"Sub", l.Sub}, {"Log", l.Log}, {"IO", l.IO}, {"Sys", l.Sys}, {"Sha256", l.Sha256}, {"Keccak", l.Keccak}, {"State", l.State}} {
		if c.v < 0 {
			return fmt.Errorf("segment limit %s = %d is negative: %w", c.name, c.v, ErrBadConfig)
		}
	}
	return nil
}

// binds reports whether a segment of l.Steps steps could reach a limit of
// l other than Steps, given the image's imagePages pages (segment 0). A step
// touches at most 4 pages (SHA256_COMPRESS: two buffers, each across at
// most two pages).
func (l SegmentLimits) binds(imagePages int) bool {
	return l.Mul < l.Steps || l.Sgn < l.Steps || l.Div < l.Steps || l.Bit < l.Steps || l.Sub < l.Steps || l.Log < l.Steps || l.IO < l.Steps || l.Sys < l.Steps || l.Sha256 < l.Steps || l.Keccak < l.Steps ||
		l.Pages < imagePages+4*l.Steps || l.State < isa.MaxStateEntries+l.Steps
}

// RunSegments executes p on in and calls fn with each segment in order. A
// segment ends after lim.Steps steps, at the HALT (the last segment), or
// before the first step that would take one of its counts past its limit
// in lim; that step begins the next segment. lim must be valid (Steps a
// power of two in [MinSegmentSteps, MaxSegmentSteps], no negative limit),
// otherwise an error wrapping ErrBadConfig. A step that exceeds a limit in
// a segment of its own (a call that lim allows none of, a step touching
// more pages than lim.Pages, or an image of more than lim.Pages pages) stops
// the run with an error wrapping ErrTraceTooLong, after the segments before
// it. The Segment and its slices are reused after fn returns (memory stays
// bounded by one segment), so fn must copy what it keeps and must not
// modify them. The run obeys the limits of Run, except that
// cfg.MaxTraceSteps does not apply, and returns the same Result, or the same
// error (a fault is found by a fast run first, before fn is called). An
// error of fn stops the run and is returned wrapped; so is ctx's error.
func RunSegments(ctx context.Context, p *Program, in *Input, cfg Config, lim SegmentLimits, fn func(*Segment) error) (*Result, error) {
	if err := lim.validate(); err != nil {
		return nil, err
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

	imgLo, imgHi := imagePages(p)
	var bud *segBudget // nil: no limit but Steps can bind
	if lim.binds(int(imgHi - imgLo + 1)) {
		bud = newSegBudget(lim)
	}
	buf := make([]Step, min(uint64(lim.Steps), fast.Cycles))
	var pageIdx []uint32
	seg := &Segment{}
	start := m.checkpoint(slices.Clone(m.in.State))
	for k := 0; !m.halted; k++ {
		n := min(uint64(lim.Steps), fast.Cycles-m.steps)
		if n == 0 {
			return nil, fmt.Errorf("executor: internal error: the traced run did not halt after %d steps like the fast run", m.steps)
		}
		if bud != nil {
			bud.reset()
			if over := bud.startState(start.State); over != "" {
				return nil, fmt.Errorf("step %d (pc 0x%08x): %s: %w", m.steps, m.pc, over, ErrTraceTooLong)
			}
			if k == 0 {
				if nImg := int(imgHi - imgLo + 1); nImg > lim.Pages {
					return nil, fmt.Errorf("step 0 (pc 0x%08x): the image's %d memory-tree pages, segments hold %d: %w", m.pc, nImg, lim.Pages, ErrTraceTooLong)
				}
				for pi := imgLo; pi <= imgHi; pi++ {
					bud.addPage(pi)
				}
			}
		}
		got, err := m.runTrace(ctx, buf[:n], bud)
		if err != nil {
			return nil, err
		}
		steps := buf[:got]
		state := start.State
		if stateWritten(steps) {
			state = m.sortedState()
		}
		end := m.checkpoint(state)
		pageIdx = segmentPageIndices(pageIdx[:0], p, steps, k == 0)
		if bud != nil {
			if slices.Sort(bud.pages); !slices.Equal(bud.pages, pageIdx) {
				return nil, fmt.Errorf("executor: internal error: segment %d has %d memory-tree pages, not the %d predicted", k, len(pageIdx), len(bud.pages))
			}
		}
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

// memPageShift turns a RAM byte address into its memory-tree page.
const memPageShift = statement.PageWordBits + 2

// segBudget is what the segment RunSegments is tracing uses of its limits.
// runTrace asks it before each step (admit).
type segBudget struct {
	lim                                                SegmentLimits
	mul, sgn, div, bit, sub, log, io, sys, sha, keccak int
	pages                                              []uint32        // distinct memory-tree pages so far
	seen                                               []uint64        // pages, as a bit set by page index
	start                                              []statement.KV  // the state at the segment's start (ascending keys)
	touched                                            map[uint32]bool // state keys STATE_GET or STATE_SET touched in the segment
	state                                              int             // len(start) plus the touched keys not in it
}

func newSegBudget(lim SegmentLimits) *segBudget {
	return &segBudget{lim: lim, seen: make([]uint64, RAMSize>>memPageShift/64), touched: map[uint32]bool{}}
}

// reset empties b for the next segment.
func (b *segBudget) reset() {
	for _, pi := range b.pages {
		b.seen[pi/64] = 0
	}
	b.pages = b.pages[:0]
	b.mul, b.sgn, b.div, b.bit, b.sub, b.log, b.io, b.sys, b.sha, b.keccak = 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
}

// startState sets the state at the segment's start (after reset); it
// reports the error of a start state larger than the limit (cutting cannot
// help: the state only shrinks when a program sets keys to zero).
func (b *segBudget) startState(state []statement.KV) string {
	b.start = state
	clear(b.touched)
	b.state = len(state)
	if b.state > b.lim.State {
		return fmt.Sprintf("a state of %d keys at the segment's start, segments hold %d", b.state, b.lim.State)
	}
	return ""
}

// admitKey counts a state key that STATE_GET or STATE_SET touches.
func (b *segBudget) admitKey(key uint32) string {
	if b.touched[key] {
		return ""
	}
	if _, in := slices.BinarySearchFunc(b.start, key, func(kv statement.KV, k uint32) int { return cmp.Compare(kv.Key, k) }); !in {
		if b.state >= b.lim.State {
			return fmt.Sprintf("state key 0x%08x, segments hold %d keys", key, b.lim.State)
		}
		b.state++
	}
	b.touched[key] = true
	return ""
}

// addPage counts page pi (not yet counted).
func (b *segBudget) addPage(pi uint32) {
	b.seen[pi/64] |= 1 << (pi % 64)
	b.pages = append(b.pages, pi)
}

// admit reports which limit the step of in, about to execute with
// registers regs, would take past it ("" for none), and otherwise counts
// the step. It predicts what the step records when it succeeds (forRAM,
// segmentPageIndices) from the op and the registers: a load or store
// accesses the word at rs1 + imm; an ECALL's a7 selects the call: LOG,
// SHA256_COMPRESS (8 state words at a0, 16 block words at a1) or KECCAK_F
// (50 words at a0). A step that would fault (an address outside RAM, ...)
// is counted as far as it can be: RunSegments traces only runs without a
// fault.
func (b *segBudget) admit(regs *[256]uint32, in *inst) string {
	switch op := in.op; {
	case op == opSLLI || op == opSRLI || op == opSRAI || op == opSLL || op == opSRL || op == opSRA || op >= opMUL && op <= opMULHU:
		if b.mul >= b.lim.Mul {
			return fmt.Sprintf("a shift or MUL, MULH, MULHSU, MULHU step, segments hold %d", b.lim.Mul)
		}
		b.mul++
	case op == opSLT || op == opSLTI || op == opBLT || op == opBGE:
		if b.sgn >= b.lim.Sgn {
			return fmt.Sprintf("an SLT, SLTI, BLT or BGE step, segments hold %d", b.lim.Sgn)
		}
		b.sgn++
	case op >= opDIV && op <= opREMU:
		if b.div >= b.lim.Div {
			return fmt.Sprintf("a DIV, DIVU, REM or REMU step, segments hold %d", b.lim.Div)
		}
		b.div++
	case op == opAND || op == opOR || op == opXOR || op == opANDI || op == opORI || op == opXORI:
		if b.bit >= b.lim.Bit {
			return fmt.Sprintf("an AND, OR, XOR, ANDI, ORI or XORI step, segments hold %d", b.lim.Bit)
		}
		b.bit++
	case op >= opLB && op <= opSW:
		if op != opLW && op != opSW && b.sub >= b.lim.Sub {
			return fmt.Sprintf("an LB, LH, LBU, LHU, SB or SH step, segments hold %d", b.lim.Sub)
		}
		if a := regs[in.rs1] + in.imm; a < RAMSize {
			if over := b.admitPages(a); over != "" {
				return over
			}
		}
		if op != opLW && op != opSW {
			b.sub++
		}
	case op == opECALL:
		if isa.IsIOCall(regs[regA7]) {
			if b.io >= b.lim.IO {
				return fmt.Sprintf("a READ or WRITE_OUTPUT call, segments hold %d", b.lim.IO)
			}
			b.io++
			return ""
		}
		if b.sys >= b.lim.Sys {
			return fmt.Sprintf("a HALT, STATE, LOG or precompile call, segments hold %d", b.lim.Sys)
		}
		if over := b.admitCall(regs); over != "" {
			return over
		}
		b.sys++
	}
	return ""
}

// admitCall is admit for an ECALL: the limits of its call number.
func (b *segBudget) admitCall(regs *[256]uint32) string {
	a0, a1 := regs[regA0], regs[regA1]
	switch regs[regA7] {
	case SysStateGet, SysStateSet:
		return b.admitKey(a0)
	case SysLog:
		if b.log >= b.lim.Log {
			return fmt.Sprintf("a LOG call, segments hold %d", b.lim.Log)
		}
		b.log++
	case SysSha256Compress:
		if b.sha >= b.lim.Sha256 {
			return fmt.Sprintf("a SHA256_COMPRESS call, segments hold %d", b.lim.Sha256)
		}
		if a0 <= RAMSize-shaStateBytes && a1 <= RAMSize-shaBlockBytes {
			if over := b.admitPages(a0, a0+shaStateBytes-4, a1, a1+shaBlockBytes-4); over != "" {
				return over
			}
		}
		b.sha++
	case SysKeccakF:
		if b.keccak >= b.lim.Keccak {
			return fmt.Sprintf("a KECCAK_F call, segments hold %d", b.lim.Keccak)
		}
		if a0 <= RAMSize-keccakBytes {
			if over := b.admitPages(a0, a0+keccakBytes-4); over != "" {
				return over
			}
		}
		b.keccak++
	}
	return ""
}

// admitPages counts the pages of the RAM byte addresses addrs (at most 4)
// when they fit the limit, and otherwise reports how many there would be.
func (b *segBudget) admitPages(addrs ...uint32) string {
	var fresh [4]uint32
	n := 0
	for _, a := range addrs {
		pi := a >> memPageShift
		if b.seen[pi/64]&(1<<(pi%64)) == 0 && !slices.Contains(fresh[:n], pi) {
			fresh[n] = pi
			n++
		}
	}
	if len(b.pages)+n > b.lim.Pages {
		return fmt.Sprintf("%d memory-tree pages, segments hold %d", len(b.pages)+n, b.lim.Pages)
	}
	for _, pi := range fresh[:n] {
		b.addPage(pi)
	}
	return ""
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
		lo, hi := imagePages(p)
		for pi := lo; pi <= hi; pi++ {
			idx = append(idx, pi)
		}
	}
	slices.Sort(idx)
	return slices.Compact(idx)
}

// imagePages are the first and last memory-tree pages of p's image.
func imagePages(p *Program) (lo, hi uint32) {
	return p.Base >> memPageShift, (p.End() - 1) >> memPageShift
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
