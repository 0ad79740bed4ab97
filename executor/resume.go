package executor

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/zkprover/zkprover/isa"
	"github.com/zkprover/zkprover/statement"
)

// SegmentFrom re-executes one segment of a run from its start checkpoint,
// without the rest of the run: what a fleet worker does with a segment task
// (docs/fleet.md). The machine starts at start (a Checkpoint that RunSegments
// made: cycle count, pc, registers, state, output count, log bytes) with a
// RAM that holds only pages, at their content at the segment's start (a
// Segment's Pages with their Before; After is ignored): every page holding a
// word the segment loads or stores (or a precompile call of it, SHA256_COMPRESS
// or KECCAK_F, reads or writes) must be among them. For the first
// segment (start.Cycles 0) the machine starts from the image instead, as a
// run does, and pages is ignored. It executes steps steps (the segment's
// length: 2^k, or fewer for a segment that a SegmentLimits cut short and for
// the run's last) and returns the Segment that RunSegments made
// for it, numbered idx. A step count that does not end at a HALT for the
// last segment, or a page the segment touches that is not given, is refused
// with ErrBadInput: the checkpoint is not this run's.
//
// The logs a resumed segment writes are not the run's when they print RAM
// outside pages (LOG reads are not accesses of the statement); only their
// sizes count, as in the run.
func SegmentFrom(ctx context.Context, p *Program, in *Input, cfg Config, idx, steps int, start *Checkpoint, pages []PageSnapshot) (*Segment, error) {
	if steps < 1 || steps > MaxSegmentSteps {
		return nil, fmt.Errorf("segment of %d steps: want 1 to %d: %w", steps, MaxSegmentSteps, ErrBadConfig)
	}
	if start == nil || start.Halted {
		return nil, fmt.Errorf("segment %d: no start, or a start after the run halted: %w", idx, ErrBadInput)
	}
	if idx < 0 || (idx == 0) != (start.Cycles == 0) {
		return nil, fmt.Errorf("segment %d starts at cycle %d: %w", idx, start.Cycles, ErrBadInput)
	}
	m, err := newMachine(p, in, cfg)
	if err != nil {
		return nil, err
	}
	m.tsPages = new(pageTable)
	m.stateTS = make(map[uint32]uint32)
	startCP := m.checkpoint(slices.Clone(m.in.State))
	if start.Cycles > 0 {
		if err := m.resume(start, pages); err != nil {
			return nil, fmt.Errorf("segment %d: %w", idx, err)
		}
		startCP = *start
		startCP.State = slices.Clone(start.State)
	}
	buf := make([]Step, steps)
	if _, err := m.runTrace(ctx, buf, nil); err != nil {
		// A segment of a run never faults; a resumed one that does may have
		// read a page it was not given (a return address on the stack).
		var f *Fault
		if start.Cycles > 0 && errors.As(err, &f) && f.Step >= start.Cycles {
			done := buf[:min(f.Step-start.Cycles, uint64(len(buf)))] // the steps recorded before the fault
			if err := pagesGiven(idx, segmentPageIndices(nil, p, done, false), pages); err != nil {
				return nil, fmt.Errorf("%w (and then faults: %s)", err, f.Error())
			}
		}
		return nil, fmt.Errorf("segment %d (from step %d): %w", idx, start.Cycles, err)
	}
	if got := m.steps - startCP.Cycles; got != uint64(steps) {
		return nil, fmt.Errorf("segment %d halts after %d of its %d steps: %w", idx, got, steps, ErrBadInput)
	}
	state := startCP.State
	if stateWritten(buf) {
		state = m.sortedState()
	}
	idxs := segmentPageIndices(nil, p, buf, start.Cycles == 0)
	if start.Cycles > 0 {
		if err := pagesGiven(idx, idxs, pages); err != nil {
			return nil, err
		}
	}
	return &Segment{
		Index: idx,
		Last:  m.halted,
		Start: startCP,
		End:   m.checkpoint(state),
		Steps: buf,
		Pages: m.pageSnapshots([]PageSnapshot{}, idxs, buf),
	}, nil
}

// pagesGiven checks that pages holds every page of idxs, the pages that
// segment idx accesses.
func pagesGiven(idx int, idxs []uint32, pages []PageSnapshot) error {
	given := make(map[uint32]bool, len(pages))
	for i := range pages {
		given[pages[i].Index] = true
	}
	for _, pi := range idxs {
		if !given[pi] {
			return fmt.Errorf("segment %d accesses memory page %d, which its checkpoint does not hold: %w", idx, pi, ErrBadInput)
		}
	}
	return nil
}

// resume puts a fresh machine (newMachine) at checkpoint c, its RAM holding
// only pages' Before content.
func (m *machine) resume(c *Checkpoint, pages []PageSnapshot) error {
	if c.Regs[0] != 0 {
		return fmt.Errorf("checkpoint with x0 = %#x: %w", c.Regs[0], ErrBadInput)
	}
	if c.OutCount > isa.MaxOutputWords {
		return fmt.Errorf("checkpoint with %d output words: %w", c.OutCount, ErrBadInput)
	}
	if err := checkStateSorted(c.State, m.cfg.Limits.MaxStateEntries); err != nil {
		return err
	}
	m.mem = pageTable{}
	m.pages = 0
	for i := range pages {
		pg := &pages[i]
		if uint64(pg.Index+1)<<statement.PageWordBits<<2 > uint64(RAMSize) {
			return fmt.Errorf("checkpoint page %d outside RAM: %w", pg.Index, ErrBadInput)
		}
		if i > 0 && pg.Index <= pages[i-1].Index {
			return fmt.Errorf("checkpoint pages not in ascending order at page %d: %w", pg.Index, ErrBadInput)
		}
		for j, w := range pg.Before {
			a := (pg.Index<<statement.PageWordBits + uint32(j)) << 2
			if m.mem.page(a) == nil {
				if m.pages >= m.maxPages {
					return fmt.Errorf("checkpoint pages need more than %d bytes of RAM: %w", m.cfg.Limits.MaxMemoryBytes, ErrBadInput)
				}
				m.mem.alloc(a)
				m.pages++
			}
			m.mem.page(a)[a>>2&pageMask] = w
		}
	}
	m.steps, m.pc = c.Cycles, c.PC
	copy(m.regs[:32], c.Regs[:])
	m.output = make([]uint32, c.OutCount)
	m.logBytes = c.LogBytes
	clear(m.state)
	for _, kv := range c.State {
		m.state[kv.Key] = kv.Value
	}
	return nil
}

// checkStateSorted checks a checkpoint's state: ascending keys, non-zero
// values, at most maxEntries entries.
func checkStateSorted(s []statement.KV, maxEntries int) error {
	if len(s) > maxEntries {
		return fmt.Errorf("checkpoint state of %d entries (max %d): %w", len(s), maxEntries, ErrBadInput)
	}
	for i, kv := range s {
		if kv.Value == 0 || (i > 0 && kv.Key <= s[i-1].Key) {
			return fmt.Errorf("checkpoint state entry %d (key %#x) not sorted or zero: %w", i, kv.Key, ErrBadInput)
		}
	}
	return nil
}
