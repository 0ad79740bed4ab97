package executor

import (
	"context"
	"fmt"
	"slices"
	"sort"

	"github.com/zkprover/zkprover/isa"
	"github.com/zkprover/zkprover/statement"
)

// Paged RAM: the 1 GiB address space is split into pages of PageBytes,
// allocated for the image and on the first load, store or precompile call
// (SHA256_COMPRESS, KECCAK_F) that accesses them, which is what
// Limits.MaxMemoryBytes counts (the circuit counts the same pages). Reads by LOG of an unallocated page return
// zero and allocate nothing.
const (
	pageShift = 14
	// PageBytes is the granularity of RAM allocation (and of Limits.MaxMemoryBytes).
	PageBytes = isa.PageBytes
	pageWords = PageBytes / 4
	pageMask  = pageWords - 1
	numPages  = int(RAMSize >> pageShift)
)

type page [pageWords]uint32

// ctxCheckEvery is how many steps run between checks of ctx.Done().
const ctxCheckEvery = 1 << 20

// System call numbers (docs/zkvm.md, "System calls"), as in package isa.
const (
	SysHalt           = isa.SysHalt
	SysReadOnchain    = isa.SysReadOnchain
	SysReadOffch      = isa.SysReadOffchain
	SysReadContext    = isa.SysReadContext
	SysWriteOutput    = isa.SysWriteOutput
	SysStateGet       = isa.SysStateGet
	SysStateSet       = isa.SysStateSet
	SysLog            = isa.SysLog
	SysSha256Compress = isa.SysSha256Compress
	SysKeccakF        = isa.SysKeccakF
)

// Registers used by ECALL.
const (
	regA0 = isa.RegA0
	regA1 = isa.RegA1
	regA7 = isa.RegA7
)

type machine struct {
	prog *Program
	cfg  Config
	in   *Input

	regs     [256]uint32 // x0..x31, sinkReg; 256 so that a uint8 index needs no bounds check
	mem      pageTable
	pages    int
	maxPages int
	pc       uint32
	steps    uint64 // steps executed so far

	onchain  []uint32
	offchain []uint32
	state    map[uint32]uint32
	output   []uint32
	logs     []string
	logBytes int

	halted   bool
	exitCode uint32

	opCounts  [256]uint64
	sysCounts [isa.NumSyscalls]uint64
	logReads  uint64

	// trace mode only
	regTS   [33]uint32
	tsPages *pageTable
	stateTS map[uint32]uint32
}

func newMachine(p *Program, in *Input, cfg Config) (*machine, error) {
	if p == nil || len(p.code) != len(p.Words)+1 {
		return nil, fmt.Errorf("program not loaded with LoadELF or NewProgram: %w", ErrBadInput)
	}
	if in == nil {
		in = &Input{}
	}
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	cfg = cfg.WithDefaults()
	if err := in.Validate(cfg.Limits); err != nil {
		return nil, err
	}
	m := &machine{prog: p, cfg: cfg, in: in, pc: p.Entry}
	m.maxPages = int(cfg.Limits.MaxMemoryBytes >> pageShift)
	m.onchain = statement.BytesToWords(in.Onchain)
	m.offchain = statement.BytesToWords(in.Offchain)
	m.state = make(map[uint32]uint32, len(in.State))
	for _, kv := range in.State {
		m.state[kv.Key] = kv.Value
	}
	// The image is the initial content of RAM; its pages count as used.
	for a := p.Base &^ (PageBytes - 1); a < p.End(); a += PageBytes {
		m.mem.alloc(a)
		m.pages++
	}
	for i, w := range p.Words {
		a := p.Base + 4*uint32(i)
		m.mem.page(a)[a>>2&pageMask] = w
	}
	if m.pages > m.maxPages {
		return nil, fmt.Errorf("image needs %d bytes of RAM, over the memory limit of %d: %w", m.pages*PageBytes, cfg.Limits.MaxMemoryBytes, ErrBadInput)
	}
	return m, nil
}

// fault builds a Fault for the instruction at pc.
func (m *machine) fault(pc uint32, step uint64, kind error, format string, a ...any) *Fault {
	f := &Fault{PC: pc, Step: step, Kind: kind, Detail: fmt.Sprintf(format, a...)}
	p := m.prog
	if pc%4 == 0 && pc >= p.Base && pc < p.End() {
		f.Insn = p.Words[(pc-p.Base)/4]
	}
	return f
}

func (m *machine) faultIllegal(pc uint32, step uint64, op uint8) *Fault {
	switch op {
	case opEbreak:
		return m.fault(pc, step, ErrBreakpoint, "")
	case opCSR:
		return m.fault(pc, step, ErrCSR, "the zkVM has no CSRs and no privileged mode")
	case opFallOff:
		last := pc - 4
		f := m.fault(last, step-1, ErrPCOutsideImage, "execution ran past the end of the image at 0x%08x", pc)
		return f
	}
	return m.fault(pc, step, ErrIllegalInstruction, "")
}

func (m *machine) badTarget(pc uint32, step uint64, target uint32) *Fault {
	p := m.prog
	if target%4 != 0 {
		return m.fault(pc, step, ErrPCOutsideImage, "target 0x%08x is not 4-aligned", target)
	}
	return m.fault(pc, step, ErrPCOutsideImage, "target 0x%08x is outside the image [0x%08x, 0x%08x)", target, p.Base, p.End())
}

func (m *machine) badAccess(pc uint32, step uint64, addr, width uint32) *Fault {
	if addr >= RAMSize || addr+width > RAMSize {
		return m.fault(pc, step, ErrOutOfRange, "address 0x%08x is outside RAM [0, 0x%08x)", addr, RAMSize)
	}
	return m.fault(pc, step, ErrMisaligned, "%d-byte access at 0x%08x", width, addr)
}

// memoryFault is the fault of a load or store (what) at a that would use a
// page over the memory limit.
func (m *machine) memoryFault(pc uint32, step uint64, what string, a uint32) *Fault {
	return m.fault(pc, step, ErrMemoryLimit, "%s at 0x%08x needs more than %d bytes of RAM (%d pages of %d bytes)", what, a, m.cfg.Limits.MaxMemoryBytes, m.maxPages, PageBytes)
}

// writePage returns the page of byte address a (< RAMSize), allocating it
// (false when that would exceed the memory limit).
func (m *machine) writePage(a uint32) (*page, bool) {
	if pg := m.mem.page(a); pg != nil {
		return pg, true
	}
	if m.pages >= m.maxPages {
		return nil, false
	}
	m.pages++
	return m.mem.alloc(a), true
}

func (m *machine) loadWord(a uint32) uint32 {
	if pg := m.mem.page(a); pg != nil {
		return pg[a>>2&pageMask]
	}
	return 0
}

// store merges v (width bytes) into the word at a.
func storeMerge(old, a, v uint32, width uint32) uint32 {
	switch width {
	case 1:
		sh := (a & 3) * 8
		return old&^(0xff<<sh) | (v&0xff)<<sh
	case 2:
		sh := (a & 2) * 8
		return old&^(0xffff<<sh) | (v&0xffff)<<sh
	}
	return v
}

// loadExtract extracts the value of a load op from the word at a.
func loadExtract(op uint8, word, a uint32) uint32 {
	switch op {
	case opLB:
		return uint32(int32(int8(word >> ((a & 3) * 8))))
	case opLBU:
		return word >> ((a & 3) * 8) & 0xff
	case opLH:
		return uint32(int32(int16(word >> ((a & 2) * 8))))
	case opLHU:
		return word >> ((a & 2) * 8) & 0xffff
	}
	return word
}

func divs(a, b uint32) uint32 {
	switch {
	case b == 0:
		return 0xffffffff
	case a == 0x80000000 && b == 0xffffffff:
		return a
	}
	return uint32(int32(a) / int32(b))
}

func rems(a, b uint32) uint32 {
	switch {
	case b == 0:
		return a
	case a == 0x80000000 && b == 0xffffffff:
		return 0
	}
	return uint32(int32(a) % int32(b))
}

func divu(a, b uint32) uint32 {
	if b == 0 {
		return 0xffffffff
	}
	return a / b
}

func remu(a, b uint32) uint32 {
	if b == 0 {
		return a
	}
	return a % b
}

func b2u(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

// alu computes the register-register and register-immediate operations
// (for the immediate forms b is the immediate).
func alu(op uint8, a, b uint32) uint32 {
	switch op {
	case opADD, opADDI:
		return a + b
	case opSUB:
		return a - b
	case opSLL, opSLLI:
		return a << (b & 31)
	case opSLT, opSLTI:
		return b2u(int32(a) < int32(b))
	case opSLTU, opSLTIU:
		return b2u(a < b)
	case opXOR, opXORI:
		return a ^ b
	case opSRL, opSRLI:
		return a >> (b & 31)
	case opSRA, opSRAI:
		return uint32(int32(a) >> (b & 31))
	case opOR, opORI:
		return a | b
	case opAND, opANDI:
		return a & b
	case opMUL:
		return a * b
	case opMULH:
		return uint32(uint64(int64(int32(a))*int64(int32(b))) >> 32)
	case opMULHSU:
		return uint32(uint64(int64(int32(a))*int64(b)) >> 32)
	case opMULHU:
		return uint32(uint64(a) * uint64(b) >> 32)
	case opDIV:
		return divs(a, b)
	case opDIVU:
		return divu(a, b)
	case opREM:
		return rems(a, b)
	case opREMU:
		return remu(a, b)
	}
	panic("executor: alu called with a non-ALU op") // unreachable: callers dispatch on op
}

func branchTaken(op uint8, a, b uint32) bool {
	switch op {
	case opBEQ:
		return a == b
	case opBNE:
		return a != b
	case opBLT:
		return int32(a) < int32(b)
	case opBGE:
		return int32(a) >= int32(b)
	case opBLTU:
		return a < b
	}
	return a >= b // opBGEU
}

// runFast executes without recording a trace.
func (m *machine) runFast(ctx context.Context) error {
	p := m.prog
	code := p.code
	base := p.Base
	size := p.End() - base
	regs := &m.regs
	mem := &m.mem
	counts := &m.opCounts
	pc := m.pc
	for {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("run interrupted at step %d: %w", m.steps, err)
		}
		left := m.cfg.MaxCycles - m.steps
		if left == 0 {
			return m.fault(pc, m.steps, ErrCycleLimit, "not halted after %d steps", m.cfg.MaxCycles)
		}
		chunk := uint64(ctxCheckEvery)
		if left < chunk {
			chunk = left
		}
		var i uint64
		for i = 0; i < chunk; i++ {
			in := &code[(pc-base)>>2]
			counts[in.op]++
			switch in.op {
			case opLUI, opAUIPC:
				regs[in.rd] = in.imm
				pc += 4
			case opADDI:
				regs[in.rd] = regs[in.rs1] + in.imm
				pc += 4
			case opSLTI:
				regs[in.rd] = b2u(int32(regs[in.rs1]) < int32(in.imm))
				pc += 4
			case opSLTIU:
				regs[in.rd] = b2u(regs[in.rs1] < in.imm)
				pc += 4
			case opXORI:
				regs[in.rd] = regs[in.rs1] ^ in.imm
				pc += 4
			case opORI:
				regs[in.rd] = regs[in.rs1] | in.imm
				pc += 4
			case opANDI:
				regs[in.rd] = regs[in.rs1] & in.imm
				pc += 4
			case opSLLI:
				regs[in.rd] = regs[in.rs1] << in.imm
				pc += 4
			case opSRLI:
				regs[in.rd] = regs[in.rs1] >> in.imm
				pc += 4
			case opSRAI:
				regs[in.rd] = uint32(int32(regs[in.rs1]) >> in.imm)
				pc += 4
			case opADD:
				regs[in.rd] = regs[in.rs1] + regs[in.rs2]
				pc += 4
			case opSUB:
				regs[in.rd] = regs[in.rs1] - regs[in.rs2]
				pc += 4
			case opSLL:
				regs[in.rd] = regs[in.rs1] << (regs[in.rs2] & 31)
				pc += 4
			case opSLT:
				regs[in.rd] = b2u(int32(regs[in.rs1]) < int32(regs[in.rs2]))
				pc += 4
			case opSLTU:
				regs[in.rd] = b2u(regs[in.rs1] < regs[in.rs2])
				pc += 4
			case opXOR:
				regs[in.rd] = regs[in.rs1] ^ regs[in.rs2]
				pc += 4
			case opSRL:
				regs[in.rd] = regs[in.rs1] >> (regs[in.rs2] & 31)
				pc += 4
			case opSRA:
				regs[in.rd] = uint32(int32(regs[in.rs1]) >> (regs[in.rs2] & 31))
				pc += 4
			case opOR:
				regs[in.rd] = regs[in.rs1] | regs[in.rs2]
				pc += 4
			case opAND:
				regs[in.rd] = regs[in.rs1] & regs[in.rs2]
				pc += 4
			case opMUL:
				regs[in.rd] = regs[in.rs1] * regs[in.rs2]
				pc += 4
			case opMULH, opMULHSU, opMULHU, opDIV, opDIVU, opREM, opREMU:
				regs[in.rd] = alu(in.op, regs[in.rs1], regs[in.rs2])
				pc += 4
			case opLW:
				a := regs[in.rs1] + in.imm
				if a&3 != 0 || a >= RAMSize {
					return m.badAccess(pc, m.steps+i, a, 4)
				}
				pg := mem.page(a)
				if pg == nil {
					var ok bool
					if pg, ok = m.writePage(a); !ok {
						return m.memoryFault(pc, m.steps+i, "load", a)
					}
				}
				regs[in.rd] = pg[a>>2&pageMask]
				pc += 4
			case opLB, opLBU, opLH, opLHU:
				a := regs[in.rs1] + in.imm
				w := uint32(1)
				if in.op == opLH || in.op == opLHU {
					w = 2
				}
				if a&(w-1) != 0 || a >= RAMSize {
					return m.badAccess(pc, m.steps+i, a, w)
				}
				pg := mem.page(a)
				if pg == nil {
					var ok bool
					if pg, ok = m.writePage(a); !ok {
						return m.memoryFault(pc, m.steps+i, "load", a)
					}
				}
				regs[in.rd] = loadExtract(in.op, pg[a>>2&pageMask], a)
				pc += 4
			case opSW:
				a := regs[in.rs1] + in.imm
				if a&3 != 0 || a >= RAMSize {
					return m.badAccess(pc, m.steps+i, a, 4)
				}
				pg := mem.page(a)
				if pg == nil {
					var ok bool
					if pg, ok = m.writePage(a); !ok {
						return m.memoryFault(pc, m.steps+i, "store", a)
					}
				}
				pg[a>>2&pageMask] = regs[in.rs2]
				pc += 4
			case opSB, opSH:
				a := regs[in.rs1] + in.imm
				w := uint32(1)
				if in.op == opSH {
					w = 2
				}
				if a&(w-1) != 0 || a >= RAMSize {
					return m.badAccess(pc, m.steps+i, a, w)
				}
				pg := mem.page(a)
				if pg == nil {
					var ok bool
					if pg, ok = m.writePage(a); !ok {
						return m.memoryFault(pc, m.steps+i, "store", a)
					}
				}
				j := a >> 2 & pageMask
				pg[j] = storeMerge(pg[j], a, regs[in.rs2], w)
				pc += 4
			case opBEQ, opBNE, opBLT, opBGE, opBLTU, opBGEU:
				if branchTaken(in.op, regs[in.rs1], regs[in.rs2]) {
					if in.imm-base >= size || in.imm&3 != 0 {
						return m.badTarget(pc, m.steps+i, in.imm)
					}
					pc = in.imm
				} else {
					pc += 4
				}
			case opJAL:
				if in.imm-base >= size || in.imm&3 != 0 {
					return m.badTarget(pc, m.steps+i, in.imm)
				}
				regs[in.rd] = pc + 4
				pc = in.imm
			case opJALR:
				t := (regs[in.rs1] + in.imm) &^ 1
				if t-base >= size || t&3 != 0 {
					return m.badTarget(pc, m.steps+i, t)
				}
				regs[in.rd] = pc + 4
				pc = t
			case opFENCE:
				pc += 4
			case opECALL:
				m.pc = pc
				if err := m.syscall(pc, m.steps+i, nil, 0); err != nil {
					return err
				}
				if m.halted {
					m.steps += i + 1
					return nil
				}
				pc += 4
			default:
				return m.faultIllegal(pc, m.steps+i, in.op)
			}
		}
		m.steps += chunk
		m.pc = pc
	}
}

// syscall performs the ECALL at pc (step: the run's 0-based step index). In
// trace mode st is the step being recorded (slots A and B already filled),
// ts the timestamp of its slot A, and the call fills slots M and D.
func (m *machine) syscall(pc uint32, step uint64, st *Step, ts uint32) error {
	num, a0, a1 := m.regs[regA7], m.regs[regA0], m.regs[regA1]
	if num >= uint32(len(m.sysCounts)) {
		return m.fault(pc, step, ErrBadSyscall, "unknown system call number %d in a7", num)
	}
	lim := &m.cfg.Limits
	var (
		ret    uint32
		setA0  bool
		readA1 bool
	)
	switch num {
	case SysHalt:
		m.halted, m.exitCode = true, a0
	case SysReadOnchain, SysReadOffch:
		words, name := m.onchain, "onchain"
		if num == SysReadOffch {
			words, name = m.offchain, "offchain"
		}
		if a0 >= uint32(len(words)) {
			return m.fault(pc, step, ErrInputIndex, "%s input word %d of %d", name, a0, len(words))
		}
		ret, setA0 = words[a0], true
	case SysReadContext:
		v, ok := contextField(m.in, a0)
		if !ok {
			return m.fault(pc, step, ErrBadSyscall, "unknown context field %d", a0)
		}
		ret, setA0 = v, true
	case SysWriteOutput:
		if len(m.output) >= isa.MaxOutputWords {
			return m.fault(pc, step, ErrOutputTooLarge, "output already holds %d words (%d bytes), the maximum", len(m.output), isa.MaxOutputBytes)
		}
		m.output = append(m.output, a0)
	case SysStateGet:
		ret, setA0 = m.state[a0], true
		if st != nil {
			m.traceState(&st.Acc[SlotM], a0, ret, ts+SlotM)
		}
	case SysStateSet:
		old, had := m.state[a0]
		if a1 == 0 {
			delete(m.state, a0)
		} else {
			if !had && len(m.state) >= lim.MaxStateEntries {
				return m.fault(pc, step, ErrStateTooLarge, "setting key 0x%08x would make %d state entries (max %d)", a0, len(m.state)+1, lim.MaxStateEntries)
			}
			m.state[a0] = a1
		}
		readA1 = true
		if st != nil {
			m.traceStateWrite(&st.Acc[SlotM], a0, old, a1, ts+SlotM)
		}
	case SysLog:
		if a1 > lim.MaxLogLine {
			return m.fault(pc, step, ErrLogTooLarge, "log line of %d bytes (max %d)", a1, lim.MaxLogLine)
		}
		if a0 >= RAMSize || a1 > RAMSize-a0 {
			return m.fault(pc, step, ErrOutOfRange, "log buffer [0x%08x, +%d) leaves RAM", a0, a1)
		}
		if m.logBytes+int(a1) > lim.MaxLogBytes {
			return m.fault(pc, step, ErrLogTooLarge, "logs would reach %d bytes (max %d)", m.logBytes+int(a1), lim.MaxLogBytes)
		}
		b := make([]byte, a1)
		for k := range b {
			a := a0 + uint32(k)
			b[k] = byte(m.loadWord(a&^3) >> ((a & 3) * 8))
		}
		m.logBytes += len(b)
		m.logReads += uint64(len(b))
		m.logs = append(m.logs, string(b))
		readA1 = true
	case SysSha256Compress:
		if err := m.sha256Compress(pc, step, st, ts, a0, a1); err != nil {
			return err
		}
		readA1 = true
	case SysKeccakF:
		// Returns nothing (no slot D, like WRITE_OUTPUT): a0 is unchanged.
		if err := m.keccakF(pc, step, st, ts, a0); err != nil {
			return err
		}
	}
	m.sysCounts[num]++
	if setA0 {
		m.regs[regA0] = ret
	}
	if st != nil && (setA0 || readA1) {
		r := uint8(regA1)
		if setA0 {
			r = regA0
		}
		d := &st.Acc[SlotD]
		*d = Access{Used: true, Addr: RegBase + uint64(r), Prev: m.regs[r], Val: m.regs[r], PrevTS: m.regTS[r]}
		if setA0 {
			d.Prev = st.Acc[SlotB].Val // a0 before the call, read in slot B
		}
		m.regTS[r] = ts + SlotD
	}
	return nil
}

// SHA256_COMPRESS: the byte sizes of its buffers and its number of RAM
// word accesses (Step.Pre).
const (
	shaStateBytes = 4 * isa.Sha256StateWords
	shaBlockBytes = 4 * isa.Sha256BlockWords
	shaAccesses   = isa.Sha256StateWords + isa.Sha256BlockWords
)

// shaPre is a SHA256_COMPRESS step's Precompile with its accesses, in one
// allocation.
type shaPre struct {
	pre Precompile
	acc [shaAccesses]Access
}

// sha256Compress performs SHA256_COMPRESS (a0 = state, a1 = block): the
// rules of docs/zkvm.md are checked before anything changes, then the state
// words are replaced by the compression of state and block. In trace mode
// (st != nil) it records st.Pre, all at the timestamp of slot M.
func (m *machine) sha256Compress(pc uint32, step uint64, st *Step, ts, a0, a1 uint32) error {
	const name = "SHA256_COMPRESS"
	switch {
	case a0&3 != 0:
		return m.fault(pc, step, ErrMisaligned, "%s state pointer a0 = 0x%08x is not 4-aligned", name, a0)
	case a1&3 != 0:
		return m.fault(pc, step, ErrMisaligned, "%s block pointer a1 = 0x%08x is not 4-aligned", name, a1)
	case a0 > RAMSize-shaStateBytes: // also a0 >= RAMSize and a0+32 wrapping around
		return m.fault(pc, step, ErrOutOfRange, "%s state [0x%08x, +%d) is outside RAM [0, 0x%08x)", name, a0, shaStateBytes, RAMSize)
	case a1 > RAMSize-shaBlockBytes:
		return m.fault(pc, step, ErrOutOfRange, "%s block [0x%08x, +%d) is outside RAM [0, 0x%08x)", name, a1, shaBlockBytes, RAMSize)
	case a0 < a1+shaBlockBytes && a1 < a0+shaStateBytes: // no wrap-around: both end at most at RAMSize
		return m.fault(pc, step, ErrBadSyscall, "%s state [0x%08x, 0x%08x) and block [0x%08x, 0x%08x) overlap", name, a0, a0+shaStateBytes, a1, a1+shaBlockBytes)
	}
	// The pages of both buffers, allocated as loads and stores would, all
	// or none.
	if err := m.allocBuffers(pc, step, name, []buffer{{"state", a0, shaStateBytes}, {"block", a1, shaBlockBytes}}); err != nil {
		return err
	}

	var state [isa.Sha256StateWords]uint32
	var block [isa.Sha256BlockWords]uint32
	for j := range state {
		state[j] = m.loadWord(a0 + 4*uint32(j))
	}
	for j := range block {
		block[j] = m.loadWord(a1 + 4*uint32(j))
	}
	old := state
	isa.Sha256CompressCall(&state, &block)
	for j, w := range state {
		a := a0 + 4*uint32(j)
		m.mem.page(a)[a>>2&pageMask] = w
	}
	if st == nil {
		return nil
	}
	p := new(shaPre)
	p.pre.Acc = p.acc[:]
	for j := range p.acc {
		a, prev, val := a0+4*uint32(j), old[j%isa.Sha256StateWords], state[j%isa.Sha256StateWords]
		if j >= isa.Sha256StateWords {
			k := j - isa.Sha256StateWords
			a, prev, val = a1+4*uint32(k), block[k], block[k]
		}
		tsp := m.memTS(a)
		p.acc[j] = Access{Used: true, Addr: uint64(a >> 2), Prev: prev, Val: val, PrevTS: *tsp}
		*tsp = ts + SlotM
	}
	st.Pre = &p.pre
	return nil
}

// buffer is a precompile's RAM range [a, a+n), inside RAM, n in (0, PageBytes].
type buffer struct {
	what string
	a, n uint32
}

// allocBuffers allocates the pages of the buffers as loads and stores of
// each word would, all or none: each buffer spans at most two pages. When
// a page would exceed the memory limit it returns the memory fault naming
// the buffer's first word on that page and allocates nothing.
func (m *machine) allocBuffers(pc uint32, step uint64, name string, bufs []buffer) error {
	var fresh [4]uint32 // byte address in each page to allocate
	n := 0
	for _, b := range bufs {
		for _, a := range [2]uint32{b.a, max(b.a, (b.a+b.n-1)&^(PageBytes-1))} {
			if m.mem.page(a) != nil || slices.ContainsFunc(fresh[:n], func(f uint32) bool { return f>>pageShift == a>>pageShift }) {
				continue
			}
			if m.pages+n >= m.maxPages {
				return m.memoryFault(pc, step, name+" "+b.what, a)
			}
			fresh[n] = a
			n++
		}
	}
	for _, a := range fresh[:n] {
		m.mem.alloc(a)
		m.pages++
	}
	return nil
}

// KECCAK_F: the byte size of its buffer, also its number of RAM word
// accesses (Step.Pre).
const (
	keccakBytes    = 4 * isa.KeccakWords
	keccakAccesses = isa.KeccakWords
)

// keccakPre is a KECCAK_F step's Precompile with its accesses, in one
// allocation.
type keccakPre struct {
	pre Precompile
	acc [keccakAccesses]Access
}

// keccakF performs KECCAK_F (a0 = the 25 lanes, 50 words): the rules of
// docs/zkvm.md are checked before anything changes, then the words are
// replaced by the Keccak-f[1600] permutation of the lanes (lane k = word 2k
// low half, word 2k+1 high half). In trace mode (st != nil) it records
// st.Pre, all at the timestamp of slot M. It writes no register.
func (m *machine) keccakF(pc uint32, step uint64, st *Step, ts, a0 uint32) error {
	const name = "KECCAK_F"
	switch {
	case a0&3 != 0:
		return m.fault(pc, step, ErrMisaligned, "%s state pointer a0 = 0x%08x is not 4-aligned", name, a0)
	case a0 > RAMSize-keccakBytes: // also a0 >= RAMSize and a0+200 wrapping around
		return m.fault(pc, step, ErrOutOfRange, "%s state [0x%08x, +%d) is outside RAM [0, 0x%08x)", name, a0, keccakBytes, RAMSize)
	}
	if err := m.allocBuffers(pc, step, name, []buffer{{"state", a0, keccakBytes}}); err != nil {
		return err
	}
	var old [isa.KeccakWords]uint32
	var lanes [isa.KeccakLanes]uint64
	for j := range old {
		old[j] = m.loadWord(a0 + 4*uint32(j))
	}
	for k := range lanes {
		lanes[k] = uint64(old[2*k]) | uint64(old[2*k+1])<<32
	}
	isa.KeccakF1600(&lanes)
	var out [isa.KeccakWords]uint32
	for k, v := range lanes {
		out[2*k], out[2*k+1] = uint32(v), uint32(v>>32)
	}
	for j, w := range out {
		a := a0 + 4*uint32(j)
		m.mem.page(a)[a>>2&pageMask] = w
	}
	if st == nil {
		return nil
	}
	p := new(keccakPre)
	p.pre.Acc = p.acc[:]
	for j := range p.acc {
		a := a0 + 4*uint32(j)
		tsp := m.memTS(a)
		p.acc[j] = Access{Used: true, Addr: uint64(a >> 2), Prev: old[j], Val: out[j], PrevTS: *tsp}
		*tsp = ts + SlotM
	}
	st.Pre = &p.pre
	return nil
}

func contextField(in *Input, f uint32) (uint32, bool) {
	c := &in.Context
	switch {
	case f == isa.CtxOnchainLen:
		return uint32(len(in.Onchain)), true
	case f == isa.CtxOffchainLen:
		return uint32(len(in.Offchain)), true
	case f == isa.CtxChainIDLo:
		return uint32(c.ChainID), true
	case f == isa.CtxChainIDHi:
		return uint32(c.ChainID >> 32), true
	case f == isa.CtxTimestampLo:
		return uint32(c.Timestamp), true
	case f == isa.CtxTimestampHi:
		return uint32(c.Timestamp >> 32), true
	case f == isa.CtxBatchLo:
		return uint32(c.BatchNum), true
	case f == isa.CtxBatchHi:
		return uint32(c.BatchNum >> 32), true
	case f >= isa.CtxSequencer && f < isa.NumCtxFields:
		s := c.Sequencer[4*(f-isa.CtxSequencer):]
		return uint32(s[0])<<24 | uint32(s[1])<<16 | uint32(s[2])<<8 | uint32(s[3]), true
	}
	return 0, false
}

// result collects the outcome of a halted run.
func (m *machine) result() *Result {
	r := &Result{
		ExitCode: m.exitCode,
		Output:   statement.WordsToBytes(m.output),
		Logs:     m.logs,
		Cycles:   m.steps,
	}
	r.OldStateRoot = statement.StateRoot(m.in.State)
	r.State = make([]statement.KV, 0, len(m.state))
	for k, v := range m.state {
		r.State = append(r.State, statement.KV{Key: k, Value: v})
	}
	sort.Slice(r.State, func(i, j int) bool { return r.State[i].Key < r.State[j].Key })
	r.StateRoot = statement.StateRoot(r.State)
	r.Changed = []statement.KV{}
	for _, kv := range m.in.State {
		if v := m.state[kv.Key]; v != kv.Value {
			r.Changed = append(r.Changed, statement.KV{Key: kv.Key, Value: v})
		}
	}
	old := make(map[uint32]struct{}, len(m.in.State))
	for _, kv := range m.in.State {
		old[kv.Key] = struct{}{}
	}
	for _, kv := range r.State {
		if _, ok := old[kv.Key]; !ok {
			r.Changed = append(r.Changed, kv)
		}
	}
	sort.Slice(r.Changed, func(i, j int) bool { return r.Changed[i].Key < r.Changed[j].Key })
	if r.Logs == nil {
		r.Logs = []string{}
	}

	c := &r.Counters
	for op := uint8(0); op < numOps; op++ {
		n := m.opCounts[op]
		switch {
		case op >= opLUI && op <= opAND:
			c.ALU += n
		case op >= opMUL && op <= opREMU:
			c.MulDiv += n
		case op >= opLB && op <= opLHU:
			c.Load += n
		case op >= opSB && op <= opSW:
			c.Store += n
		case op >= opBEQ && op <= opBGEU:
			c.Branch += n
		case op == opJAL || op == opJALR:
			c.Jump += n
		case op == opFENCE:
			c.Fence += n
		case op == opECALL:
			c.Ecall += n
		}
	}
	s := &m.sysCounts
	c.MemReads = c.Load + m.logReads + shaAccesses*s[SysSha256Compress] + keccakAccesses*s[SysKeccakF]
	c.MemWrites = c.Store + isa.Sha256StateWords*s[SysSha256Compress] + keccakAccesses*s[SysKeccakF]
	c.MemBytes = uint64(m.pages) * PageBytes
	c.Syscalls = SyscallCounters{Halt: s[SysHalt], ReadOnchain: s[SysReadOnchain], ReadOffchain: s[SysReadOffch],
		ReadContext: s[SysReadContext], WriteOutput: s[SysWriteOutput], StateGet: s[SysStateGet],
		StateSet: s[SysStateSet], Log: s[SysLog], Sha256Compress: s[SysSha256Compress], KeccakF: s[SysKeccakF]}
	return r
}

// Run executes p on in in fast mode (no trace). A program fault is returned as
// a *Fault; a bad input as an error wrapping ErrBadInput.
func Run(ctx context.Context, p *Program, in *Input, cfg Config) (*Result, error) {
	m, err := newMachine(p, in, cfg)
	if err != nil {
		return nil, err
	}
	if err := m.runFast(ctx); err != nil {
		return nil, err
	}
	return m.result(), nil
}
