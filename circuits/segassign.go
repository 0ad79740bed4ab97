package circuits

import (
	"fmt"
	"math/big"
	"sort"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"

	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/isa"
	"github.com/zkprover/zkprover/statement"
)

// SegStart is the machine state at the start of a segment.
type SegStart struct {
	Cycles   uint64
	PC       uint32
	Regs     [32]uint32
	OutCount uint32
	State    []statement.KV // sorted by key, non-zero values
	// Pages holds the content at the segment's start of every page the
	// segment touches (index = word address / statement.PageWords); a
	// missing page is all zero. Ignored for the first segment (Cycles = 0),
	// which starts from the image.
	Pages map[uint32]*[statement.PageWords]uint32
}

// SegStartOf is the start of executor segment seg: its start checkpoint
// and the content then of its pages (copied).
func SegStartOf(seg *executor.Segment) SegStart {
	st := SegStart{Cycles: seg.Start.Cycles, PC: seg.Start.PC, Regs: seg.Start.Regs, OutCount: seg.Start.OutCount,
		State: seg.Start.State, Pages: make(map[uint32]*[statement.PageWords]uint32, len(seg.Pages))}
	for i := range seg.Pages {
		before := seg.Pages[i].Before
		st.Pages[seg.Pages[i].Index] = &before
	}
	return st
}

// SegWitness is everything the prover knows about one segment: the run's
// witness (statement fields; Trace holds the segment's steps only) and the
// segment's start.
type SegWitness struct {
	Run   *Witness
	Start SegStart
}

// SegResult is what a segment's assignment computed: its boundaries and its
// one public input.
type SegResult struct {
	In, Out statement.Boundary
	Ctx     fr.Element
	Digest  fr.Element
}

// FitsSegment returns nil if the segment fits class c (a segment class),
// else an error naming the exceeded capacity (wrapping
// executor.ErrTraceTooLong). Page slots are counted by AssignSegment.
func (c Class) FitsSegment(w *SegWitness) error {
	if !c.Seg {
		return fmt.Errorf("class %s is not a segment class", c)
	}
	if w == nil || w.Run == nil || w.Run.Trace == nil {
		return fmt.Errorf("segment witness without a trace")
	}
	run := *w.Run
	if w.Start.Cycles > 0 { // only the first segment holds the image in its RAM rows
		run.OldState = w.Start.State
	}
	cc := c
	cc.MemRows = 1 << 30 // RAM rows are page slots, counted by AssignSegment
	return cc.Fits(&run)
}

// AssignSegment returns the full assignment of segment class c for w, and
// advances tree (the memory tree at the segment's start, whose root is the
// in-boundary's) to the segment's end. On error the tree may be partly
// updated. It replays the segment from its start, checks it against the
// steps of w.Run.Trace, and fills every column.
func AssignSegment(c Class, w *SegWitness, tree *statement.MemTree) (frontend.Circuit, *SegResult, error) {
	if err := c.FitsSegment(w); err != nil {
		return nil, nil, err
	}
	run := w.Run
	pub := run.Public()
	elems, err := pub.Elements()
	if err != nil {
		return nil, nil, fmt.Errorf("statement: %w", err)
	}
	if len(run.Output)%4 != 0 {
		return nil, nil, fmt.Errorf("output of %d bytes is not whole words", len(run.Output))
	}
	st := w.Start
	first := st.Cycles == 0
	if first {
		st = SegStart{PC: run.Entry, State: run.OldState}
	}
	if st.Regs[0] != 0 {
		return nil, nil, fmt.Errorf("segment start with x0 = %#x", st.Regs[0])
	}
	res := &SegResult{In: statement.Boundary{Cycles: st.Cycles, PC: st.PC, OutCount: st.OutCount, Regs: st.Regs,
		MemRoot: tree.Root(), StateRoot: statement.StateRoot(st.State)}}
	if err := res.In.Validate(); err != nil {
		return nil, nil, err
	}
	if first && res.In.MemRoot != statement.ZeroRoot() {
		return nil, nil, fmt.Errorf("first segment with a memory tree that is not empty")
	}

	a := newCircuit(c)
	for i := range elems {
		a.Stmt[i] = new(big.Int).Set(elems[i].BigInt(new(big.Int)))
	}
	io, err := fillInputs(c, run, a)
	if err != nil {
		return nil, nil, err
	}
	m, err := replay(c, run, io, a, nil, &w.Start)
	if err != nil {
		return nil, nil, err
	}
	fillOutput(a, run.ExitCode, statement.BytesToWords(run.Output))
	if err := fillTables(a, m); err != nil {
		return nil, nil, err
	}
	endState, err := assignState(c, a, m)
	if err != nil {
		return nil, nil, err
	}
	if m.halted {
		want, got := statement.StateRoot(run.NewState), statement.StateRoot(endState)
		if !want.Equal(&got) {
			return nil, nil, fmt.Errorf("new state differs from the witness's: %w", ErrTraceMismatch)
		}
	}
	for k := range 32 {
		a.RegFinal[k] = m.regs[k]
		a.RegTS[k] = m.lastTS[isa.RegBase+uint64(k)]
	}
	a.SinkFinal, a.SinkTS = m.sink, m.lastTS[isa.RegBase+sinkReg]
	if err := assignPages(c, a, m, &w.Start, first, tree); err != nil {
		return nil, nil, err
	}

	steps := uint64(len(run.Trace.Steps))
	out := statement.Boundary{Cycles: st.Cycles + steps, OutCount: uint32(len(m.out)), Halted: m.halted,
		Regs: m.regs, MemRoot: tree.Root(), StateRoot: statement.StateRoot(endState)}
	if !m.halted {
		out.PC = m.npc
	}
	if err := out.Validate(); err != nil {
		return nil, nil, err
	}
	res.Out = out
	s := &a.SegV[0]
	s.CycB, s.CycOutB = bytes5(st.Cycles), bytes5(out.Cycles)
	s.PCIn, s.PCOut = bytes4(st.PC), bytes4(out.PC)
	for k := range s.RegIn {
		s.RegIn[k] = bytes4(st.Regs[k])
	}
	s.MemIn = res.In.MemRoot.BigInt(new(big.Int))
	s.StateIn = res.In.StateRoot.BigInt(new(big.Int))
	s.StateOut = out.StateRoot.BigInt(new(big.Int))
	s.Last = b2i(m.halted)
	for j := range s.OutLo {
		s.OutLo[j] = b2i(uint32(j) < st.OutCount)
		s.OutHi[j] = b2i(uint32(j) < out.OutCount)
	}
	res.Ctx = statement.SegCtx(elems)
	res.Digest = statement.SegmentDigest(res.Ctx, res.In.Digest(), out.Digest())
	a.Pub[0] = res.Digest.BigInt(new(big.Int))
	return a, res, nil
}

func bytes5(v uint64) [5]frontend.Variable {
	var b [5]frontend.Variable
	for k := range b {
		b[k] = v >> (8 * k) & 255
	}
	return b
}

// assignPages fills the page slots and their rows, and updates the tree.
func assignPages(c Class, a *Circuit, m *machine, st *SegStart, first bool, tree *statement.MemTree) error {
	P := uint32(statement.PageWords)
	set := map[uint32]bool{}
	for ad := range m.lastTS {
		if ad < isa.RegBase {
			set[uint32(ad)/P] = true
		}
	}
	if first {
		for ad := range m.img {
			set[ad/P] = true
		}
	}
	pages := make([]uint32, 0, len(set))
	for pg := range set {
		pages = append(pages, pg)
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i] < pages[j] })
	if len(pages) > c.PageSlots {
		return fmt.Errorf("segment touches %d memory pages > %d of class %s: %w", len(pages), c.PageSlots, c, executor.ErrTraceTooLong)
	}
	zeroLeaf := statement.ZeroNode(0)
	for s := range a.SegPg {
		pg := &a.SegPg[s]
		rows := a.SegMem[s*int(P) : (s+1)*int(P)]
		if s >= len(pages) {
			pg.Act = 0
			for l := range pg.Bit {
				pg.Bit[l], pg.Sib[l] = 0, 0
			}
			for w := range rows {
				rows[w] = SegMemRow{IsImg: 0, Final: 0, FinalTS: 0, IB: bytes4(0)}
			}
			continue
		}
		page := pages[s]
		var before, after [statement.PageWords]uint32
		for w := range rows {
			ad := page*P + uint32(w)
			iv, isImg := m.img[ad]
			var init uint32
			switch {
			case first && isImg:
				init = iv
			case !first:
				if p := st.Pages[page]; p != nil {
					init = p[w]
				}
			}
			before[w] = init
			after[w] = m.ram[ad]
			rows[w] = SegMemRow{IsImg: b2i(first && isImg), Final: after[w], FinalTS: m.lastTS[uint64(ad)], IB: bytes4(init)}
		}
		leafIn := statement.PageLeaf(&before)
		if first {
			leafIn = zeroLeaf
		}
		if got := tree.Leaf(page); got != leafIn {
			return fmt.Errorf("page %d: its content at the segment's start is not the memory tree's: %w", page, ErrTraceMismatch)
		}
		path := tree.Path(page)
		pg.Act = 1
		for l := range pg.Bit {
			pg.Bit[l] = page >> l & 1
			pg.Sib[l] = path[l].BigInt(new(big.Int))
		}
		tree.Set(page, statement.PageLeaf(&after))
	}
	return nil
}
