package executor

import (
	"context"
	"fmt"
	"reflect"
	"sort"
)

// Which registers an op accesses in slots A (rs1), B (rs2) and D (rd).
const (
	fRs1 = 1 << iota
	fRs2
	fRd
)

var opFlags = func() [256]uint8 {
	var t [256]uint8
	for op := uint8(0); op < numOps; op++ {
		in := inst{op: op}
		var f uint8
		if in.readsRs1() {
			f |= fRs1
		}
		if in.readsRs2() {
			f |= fRs2
		}
		if in.writesRd() {
			f |= fRd
		}
		t[op] = f
	}
	return t
}()

func (m *machine) readReg(acc *Access, r uint8, ts uint32) uint32 {
	v := m.regs[r]
	*acc = Access{Used: true, Addr: RegBase + uint64(r), Prev: v, Val: v, PrevTS: m.regTS[r]}
	m.regTS[r] = ts
	return v
}

// memTS returns the last-access timestamp slot of the RAM word at byte address a.
func (m *machine) memTS(a uint32) *uint32 {
	tp := m.tsPages.page(a)
	if tp == nil {
		tp = m.tsPages.alloc(a)
	}
	return &tp[a>>2&pageMask]
}

func (m *machine) traceState(acc *Access, key, val, ts uint32) {
	m.traceStateWrite(acc, key, val, val, ts)
}

func (m *machine) traceStateWrite(acc *Access, key, prev, val, ts uint32) {
	*acc = Access{Used: true, Addr: StateBase + uint64(key), Prev: prev, Val: val, PrevTS: m.stateTS[key]}
	m.stateTS[key] = ts
}

// runTrace executes at most len(steps) steps from the machine's current
// state, recording each one. Timestamps count from steps[0] (step i of the
// window at TS(i, slot)), as do the last-access timestamps kept in m.regTS,
// m.tsPages and m.stateTS. It returns the number of steps executed (into
// steps[:n]) and nil when the run halts, the steps run out or bud (nil for
// none) refuses the next step, which then stays unexecuted (m.halted and
// m.steps tell which). A step that bud refuses as the window's first is an
// error wrapping ErrTraceTooLong.
func (m *machine) runTrace(ctx context.Context, steps []Step, bud *segBudget) (int, error) {
	p := m.prog
	code, words := p.code, p.Words
	base := p.Base
	size := p.End() - base
	regs := &m.regs
	pc := m.pc
	first := m.steps
	for i := range steps {
		step := first + uint64(i) // the run's step index, for faults
		if i%ctxCheckEvery == 0 {
			if err := ctx.Err(); err != nil {
				return i, fmt.Errorf("run interrupted at step %d: %w", step, err)
			}
		}
		idx := (pc - base) >> 2
		in := &code[idx]
		if bud != nil {
			if over := bud.admit(regs, in); over != "" {
				if i == 0 {
					return 0, fmt.Errorf("step %d (pc 0x%08x): %s: %w", step, pc, over, ErrTraceTooLong)
				}
				m.pc = pc
				m.steps = step
				return i, nil
			}
		}
		m.opCounts[in.op]++
		var stv Step // built here and stored whole: one pass over the trace memory
		st := &stv
		st.PC = pc
		if idx < uint32(len(words)) {
			st.Insn = words[idx]
		}
		ts := uint32(4*i + 1)
		fl := opFlags[in.op]
		var a, b, rdv uint32
		if fl&fRs1 != 0 {
			a = m.readReg(&st.Acc[SlotA], in.rs1, ts)
		}
		if fl&fRs2 != 0 {
			b = m.readReg(&st.Acc[SlotB], in.rs2, ts+1)
		}
		npc := pc + 4
		switch op := in.op; {
		case op == opLUI || op == opAUIPC:
			rdv = in.imm
		case op >= opADDI && op <= opSRAI:
			rdv = alu(op, a, in.imm)
		case op >= opADD && op <= opREMU:
			rdv = alu(op, a, b)
		case op >= opLB && op <= opSW:
			addr := a + in.imm
			w := uint32(4)
			switch op {
			case opLB, opLBU, opSB:
				w = 1
			case opLH, opLHU, opSH:
				w = 2
			}
			if addr&(w-1) != 0 || addr >= RAMSize {
				return i, m.badAccess(pc, step, addr, w)
			}
			pg, ok := m.writePage(addr) // loads use a page of RAM too
			if !ok {
				what := "store"
				if op <= opLHU {
					what = "load"
				}
				return i, m.memoryFault(pc, step, what, addr)
			}
			old := pg[addr>>2&pageMask]
			tsp := m.memTS(addr)
			acc := &st.Acc[SlotM]
			*acc = Access{Used: true, Addr: uint64(addr >> 2), Prev: old, Val: old, PrevTS: *tsp}
			*tsp = ts + 2
			if op <= opLHU {
				rdv = loadExtract(op, old, addr)
				break
			}
			nw := storeMerge(old, addr, b, w)
			pg[addr>>2&pageMask] = nw
			acc.Val = nw
		case op >= opBEQ && op <= opBGEU:
			if branchTaken(op, a, b) {
				if in.imm-base >= size || in.imm&3 != 0 {
					return i, m.badTarget(pc, step, in.imm)
				}
				npc = in.imm
			}
		case op == opJAL:
			if in.imm-base >= size || in.imm&3 != 0 {
				return i, m.badTarget(pc, step, in.imm)
			}
			rdv, npc = pc+4, in.imm
		case op == opJALR:
			t := (a + in.imm) &^ 1
			if t-base >= size || t&3 != 0 {
				return i, m.badTarget(pc, step, t)
			}
			rdv, npc = pc+4, t
		case op == opFENCE:
		case op == opECALL:
			m.readReg(&st.Acc[SlotA], regA7, ts)
			m.readReg(&st.Acc[SlotB], regA0, ts+1)
			m.pc = pc
			if err := m.syscall(pc, step, st, ts); err != nil {
				return i, err
			}
			if m.halted {
				steps[i] = stv
				m.steps = step + 1
				return i + 1, nil
			}
		default:
			return i, m.faultIllegal(pc, step, op)
		}
		if fl&fRd != 0 {
			r := in.rd & 31
			prev := regs[r]
			regs[in.rd] = rdv
			st.Acc[SlotD] = Access{Used: true, Addr: RegBase + uint64(r), Prev: prev, Val: regs[r], PrevTS: m.regTS[r]}
			m.regTS[r] = ts + 3
		}
		steps[i] = stv
		pc = npc
	}
	m.pc = pc
	m.steps = first + uint64(len(steps))
	return len(steps), nil
}

// memoryTable builds the final memory table of a traced run.
func (m *machine) memoryTable() []MemRow {
	p := m.prog
	imgLo, imgHi := p.Base>>2, p.End()>>2 // word addresses [imgLo, imgHi)
	var rows []MemRow
	rows = make([]MemRow, 0, int(imgHi-imgLo)+64)
	for pi := 0; pi < numPages; pi++ {
		pageLo := uint32(pi) * pageWords
		inImg := pageLo < imgHi && pageLo+pageWords > imgLo
		if !inImg && !m.tsPages.leafPresent(pi) {
			// Skip the rest of the absent leaf, up to the image.
			end := pi | (leafSize - 1)
			if first := int(p.Base >> pageShift); first > pi && first <= end {
				end = first - 1
			}
			pi = end
			continue
		}
		tp := m.tsPages.pageAt(pi)
		if tp == nil && !inImg {
			continue
		}
		mp := m.mem.pageAt(pi)
		for j := uint32(0); j < pageWords; j++ {
			wa := pageLo + j
			var ts uint32
			if tp != nil {
				ts = tp[j]
			}
			img := wa >= imgLo && wa < imgHi
			if !img && ts == 0 {
				continue
			}
			row := MemRow{Addr: uint64(wa), FinalTS: ts}
			if img {
				row.Init = p.Words[wa-imgLo]
			}
			if mp != nil {
				row.Final = mp[j]
			}
			rows = append(rows, row)
		}
	}
	for r := 0; r < 32; r++ {
		if ts := m.regTS[r]; ts != 0 {
			rows = append(rows, MemRow{Addr: RegBase + uint64(r), Final: m.regs[r], FinalTS: ts})
		}
	}
	init := make(map[uint32]uint32, len(m.in.State))
	keys := make([]uint32, 0, len(m.in.State)+len(m.stateTS))
	for _, kv := range m.in.State {
		init[kv.Key] = kv.Value
		keys = append(keys, kv.Key)
	}
	for k := range m.stateTS {
		if _, ok := init[k]; !ok {
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, k := range keys {
		rows = append(rows, MemRow{Addr: StateBase + uint64(k), Init: init[k], Final: m.state[k], FinalTS: m.stateTS[k]})
	}
	return rows
}

// RunTrace executes p on in and records the trace the circuit consumes. The
// Result is identical to Run's. It first runs in fast mode to size the trace
// exactly; runs longer than cfg.MaxTraceSteps fail with ErrTraceTooLong.
func RunTrace(ctx context.Context, p *Program, in *Input, cfg Config) (*Result, *Trace, error) {
	return RunTraceBuf(ctx, p, in, cfg, nil)
}

// RunTraceBuf is RunTrace that records the steps into buf when its capacity
// suffices (typically the Steps of an earlier trace that is no longer used),
// instead of allocating. Writing a large fresh trace is dominated by the
// operating system's first touch of new memory, so a worker that traces run
// after run should pass its previous trace's Steps. The returned trace's Steps
// alias buf in that case.
func RunTraceBuf(ctx context.Context, p *Program, in *Input, cfg Config, buf []Step) (*Result, *Trace, error) {
	cfg = cfg.WithDefaults()
	fast, err := Run(ctx, p, in, cfg)
	if err != nil {
		return nil, nil, err
	}
	if fast.Cycles > cfg.MaxTraceSteps {
		return nil, nil, fmt.Errorf("run of %d steps, the trace limit is %d: %w", fast.Cycles, cfg.MaxTraceSteps, ErrTraceTooLong)
	}
	m, err := newMachine(p, in, cfg)
	if err != nil {
		return nil, nil, err
	}
	m.tsPages = new(pageTable)
	m.stateTS = make(map[uint32]uint32)
	var steps []Step
	if uint64(cap(buf)) >= fast.Cycles {
		steps = buf[:fast.Cycles] // every step is overwritten whole
	} else {
		steps = make([]Step, fast.Cycles)
	}
	if _, err := m.runTrace(ctx, steps, nil); err != nil {
		return nil, nil, err
	}
	if !m.halted {
		return nil, nil, m.fault(m.pc, m.steps, ErrCycleLimit, "not halted after %d steps", len(steps))
	}
	res := m.result()
	if !reflect.DeepEqual(res, fast) {
		return nil, nil, fmt.Errorf("executor: internal error: the traced run differs from the fast run (cycles %d vs %d, exit %d vs %d)", res.Cycles, fast.Cycles, res.ExitCode, fast.ExitCode)
	}
	return res, &Trace{Steps: steps, Memory: m.memoryTable()}, nil
}
