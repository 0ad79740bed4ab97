package circuits

// The replay: the circuit's own RV32IM model, a second implementation
// independent of the executor. replay runs the program from the witness's
// image and inputs, checks that it reproduces the executor's trace step by
// step, fills the step rows (the per-step witness) and leaves the final
// machine state (RAM, registers, state, timestamps, divisions, LOG calls,
// output) from which assign.go fills the tables. System-call numbers and
// limits come from package isa, as in the executor.

import (
	"errors"
	"fmt"

	"github.com/consensys/gnark/frontend"

	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/isa"
	"github.com/zkprover/zkprover/statement"
)

// ErrTraceMismatch reports a trace that the circuit's own replay of the
// program does not reproduce.
var ErrTraceMismatch = errors.New("trace does not match the circuit's replay")

// tamper alters the replay (tests only): each hook sees the step index and
// the honest value and returns the value to use. With a tamper the replay is
// not checked against the trace and the witness's results.
type tamper struct {
	div func(i int, q, rem uint32) (uint32, uint32)
	// mul alters the product words of step i's shift or MUL* (the
	// multiplier table's row and the step's result alike).
	mul func(i int, lo, hi uint32) (uint32, uint32)
	// and alters the AND word of step i's AND, OR or XOR (the bitwise
	// table's nibbles and the result alike).
	and    func(i int, and uint32) uint32
	result func(i int, res uint32) uint32
	npc    func(i int, npc uint32) uint32
	// cmp alters the compare bit of step i's branch or SLT/SLTU (taken or
	// the result, and the compare table's key alike).
	cmp    func(i int, bit uint32) uint32
	mem    func(i int, mval uint32) uint32
	stored func(i int, mNew uint32) uint32
	// fetch gives the address step i's instruction is fetched from (the
	// row keeps its pc): forged fetches at addresses outside the image.
	fetch func(i int, pc uint32) uint32
	// misaligned lets the replay perform misaligned loads and stores.
	misaligned bool
	// overLimits lets the replay exceed the memory limit and the log budget.
	overLimits bool
	// x0 lets writes to x0 stand (RdNZ 1 for rd 0): later reads of x0
	// see the value.
	x0 bool
	// sha alters the new state words of step i's SHA256_COMPRESS call
	// (written to memory and to the SHA-256 table alike).
	sha func(i int, out *[isa.Sha256StateWords]uint32)
	// keccak alters the words step i's KECCAK_F call writes.
	keccak func(i int, out *[isa.KeccakWords]uint32)
}

// ioWords are the values the READ_* system calls return.
type ioWords struct {
	onchain, offchain []uint32
	onLen, offLen     uint32
	ctx               [6]uint32 // chain id, timestamp, batch number: low and high words
	seq               [5]uint32 // sequencer address, big-endian words
}

func newIOWords(w *Witness) *ioWords {
	io := &ioWords{
		onchain:  statement.BytesToWords(w.Onchain),
		offchain: statement.BytesToWords(w.Offchain),
		onLen:    uint32(len(w.Onchain)),
		offLen:   uint32(len(w.Offchain)),
	}
	c := w.Context
	io.ctx = [6]uint32{uint32(c.ChainID), uint32(c.ChainID >> 32), uint32(c.Timestamp), uint32(c.Timestamp >> 32),
		uint32(c.BatchNum), uint32(c.BatchNum >> 32)}
	for i := range io.seq {
		s := c.Sequencer[4*i:]
		io.seq[i] = uint32(s[0])<<24 | uint32(s[1])<<16 | uint32(s[2])<<8 | uint32(s[3])
	}
	return io
}

// read returns what READ_ONCHAIN, READ_OFFCHAIN or READ_CONTEXT (num) of
// index idx returns, false when the index is out of range.
func (io *ioWords) read(num, idx uint32) (uint32, bool) {
	switch num {
	case isa.SysReadOnchain:
		if idx < uint32(len(io.onchain)) {
			return io.onchain[idx], true
		}
	case isa.SysReadOffchain:
		if idx < uint32(len(io.offchain)) {
			return io.offchain[idx], true
		}
	case isa.SysReadContext:
		switch {
		case idx == isa.CtxOnchainLen:
			return io.onLen, true
		case idx == isa.CtxOffchainLen:
			return io.offLen, true
		case idx >= isa.CtxChainIDLo && idx < isa.CtxSequencer:
			return io.ctx[idx-isa.CtxChainIDLo], true
		case idx >= isa.CtxSequencer && idx < isa.NumCtxFields:
			return io.seq[idx-isa.CtxSequencer], true
		}
	}
	return 0, false
}

// machine is the replay's state.
type machine struct {
	t        *tamper
	ram      map[uint32]uint32 // word index -> value
	regs     [32]uint32
	sink     uint32 // the sink register's value: what writes to x0 wrote last
	state    map[uint32]uint32
	oldState map[uint32]uint32 // the state before the run
	lastTS   map[uint64]uint32
	out      []uint32
	img      map[uint32]uint32 // word index -> image word
	imgEnd   uint32            // base/4 + image words: the RAM rows' rotation (memory.go)
	muls     []mulRow
	sgns     [][2]uint32 // operands of signed comparisons
	divs     []divRow
	bits     []bitRow
	subs     []subRow
	logs     [][2]uint32 // (ptr, len) of LOG calls
	syscalls []sysCall   // ECALLs
	shas     []shaRow    // SHA256_COMPRESS calls
	keccaks  []keccakRow // KECCAK_F calls
	exitCode uint32
	pages    map[uint32]bool // RAM pages in use: of the image and of the words loads and stores accessed
	logBytes uint64          // bytes of all LOG calls
	class    Class
	npc      uint32 // pc after the last active step row (a segment's out-boundary pc)
	halted   bool
}

type divRow struct{ a, b, op, q, r uint32 }

// mulRow is one shift or MUL*: operands, the multiplier code (decode.go)
// and the product's words.
type mulRow struct{ a, b, code, lo, hi uint32 }

// powExp is the exponent of the row's Pow: b mod 32, or 32 − b mod 32
// when the code has mulHi (the shift table's key is b's low byte and Hi,
// on every row; only a shift uses Pow, and a shift with Hi shifts right).
func (x mulRow) powExp() uint {
	sh := uint(x.b & 31)
	if x.code&mulHi != 0 {
		sh = 32 - sh
	}
	return sh
}

// operands are the multiplier table's mA and mB: the words, signed where
// the code says, and for a shift mB = Pow.
func (x mulRow) operands() (mA, mB int64) {
	mA, mB = int64(x.a), int64(x.b)
	if x.code&mulSA != 0 {
		mA = int64(int32(x.a))
	}
	if x.code&mulSB != 0 {
		mB = int64(int32(x.b))
	}
	if x.code&mulSh != 0 {
		mB = 1 << x.powExp()
	}
	return mA, mB
}

// product is the 64-bit product the multiplier table computes: mA·mB lies
// in (-2^64, 2^64), and its value mod 2^64 is the table's lo + 2^32 hi
// (2^64 added when negative: negative reports it).
func (x mulRow) product() (lo, hi uint32) {
	mA, mB := x.operands()
	p := uint64(mA) * uint64(mB)
	return uint32(p), uint32(p >> 32)
}

// negative reports whether mA·mB < 0 (the table's K).
func (x mulRow) negative() bool {
	mA, mB := x.operands()
	return mA != 0 && mB != 0 && (mA < 0) != (mB < 0)
}

// result is the row's result: the high word when code has mulHi.
func (x mulRow) result() uint32 {
	if x.code&mulHi != 0 {
		return x.hi
	}
	return x.lo
}

// sysCall is one ECALL: its step, call number, a0 and a1, a0 after the
// call, the output words before it, and the state word and a1's previous
// timestamps where the call accesses them.
type sysCall struct {
	idx, num, a0, a1, dv, oc uint32
	m, tm, ta1               uint32
}

// subRow is one byte or half load or store: the word, operand B, the
// byte offset, store, half, signed.
type subRow struct {
	m, y, o    uint32
	st, hw, un bool // store, half, unsigned load: op = hw + 4 un + 8 st is funct3 + 8 store
}

// bitRow is one AND, OR or XOR: operands, funct3 and the AND word.
type bitRow struct{ a, b, op, and uint32 }

// result is the row's result, computed from the AND word as the circuit
// does (mod 2^32: a forged AND word may make the circuit's sum leave the
// 32-bit range, which the step then fails to match).
func (x bitRow) result() uint32 {
	switch x.op {
	case 6:
		return x.a + x.b - x.and
	case 4:
		return x.a + x.b - 2*x.and
	}
	return x.and
}

// shaRow is one SHA256_COMPRESS call: its timestamp, the word addresses of
// the state and the block, the words, and the previous timestamps of the
// 24 words (state words first).
type shaRow struct {
	ts, sw, bw uint32
	in, out    [isa.Sha256StateWords]uint32
	blk        [isa.Sha256BlockWords]uint32
	prev       [isa.Sha256StateWords + isa.Sha256BlockWords]uint32
}

// shaCall performs step i's SHA256_COMPRESS call (a0 = state pointer, a1 =
// block pointer) at timestamp ts, with the executor's rules.
func (m *machine) shaCall(i int, ts, a0, a1 uint32) error {
	const sb, bb = 4 * isa.Sha256StateWords, 4 * isa.Sha256BlockWords
	switch {
	case a0%4 != 0 || a1%4 != 0:
		return fmt.Errorf("SHA256_COMPRESS with misaligned pointers 0x%08x, 0x%08x", a0, a1)
	case a0 > isa.RAMSize-sb || a1 > isa.RAMSize-bb:
		return fmt.Errorf("SHA256_COMPRESS buffers 0x%08x+%d, 0x%08x+%d leave RAM", a0, sb, a1, bb)
	case a0 < a1+bb && a1 < a0+sb:
		return fmt.Errorf("SHA256_COMPRESS state 0x%08x+%d overlaps block 0x%08x+%d", a0, sb, a1, bb)
	}
	row := shaRow{ts: ts, sw: a0 / 4, bw: a1 / 4}
	for j := range row.in {
		m.pages[(row.sw+uint32(j))/wordsPerPage] = true
		row.in[j] = m.ram[row.sw+uint32(j)]
	}
	for j := range row.blk {
		m.pages[(row.bw+uint32(j))/wordsPerPage] = true
		row.blk[j] = m.ram[row.bw+uint32(j)]
	}
	if len(m.pages) > m.class.memPages() && (m.t == nil || !m.t.overLimits) {
		return fmt.Errorf("SHA256_COMPRESS: memory limit exceeded (%d pages)", m.class.memPages())
	}
	row.out = row.in
	isa.Sha256CompressCall(&row.out, &row.blk)
	if m.t != nil && m.t.sha != nil {
		m.t.sha(i, &row.out)
	}
	for j := range row.in {
		row.prev[j] = m.touch(uint64(row.sw+uint32(j)), ts)
		m.ram[row.sw+uint32(j)] = row.out[j]
	}
	for j := range row.blk {
		row.prev[isa.Sha256StateWords+j] = m.touch(uint64(row.bw+uint32(j)), ts)
	}
	m.shas = append(m.shas, row)
	return nil
}

// keccakRow is one KECCAK_F call: its timestamp, the word address of the
// state, the words before and after, their previous timestamps.
type keccakRow struct {
	ts, sw        uint32
	in, out, prev [isa.KeccakWords]uint32
}

// keccakCall performs step i's KECCAK_F call (a0 = state pointer) at
// timestamp ts, with the executor's rules.
func (m *machine) keccakCall(i int, ts, a0 uint32) error {
	const n = 4 * isa.KeccakWords
	switch {
	case a0%4 != 0:
		return fmt.Errorf("KECCAK_F with a misaligned pointer 0x%08x", a0)
	case a0 > isa.RAMSize-n:
		return fmt.Errorf("KECCAK_F state 0x%08x+%d leaves RAM", a0, n)
	}
	row := keccakRow{ts: ts, sw: a0 / 4}
	for j := range row.in {
		m.pages[(row.sw+uint32(j))/wordsPerPage] = true
		row.in[j] = m.ram[row.sw+uint32(j)]
	}
	if len(m.pages) > m.class.memPages() && (m.t == nil || !m.t.overLimits) {
		return fmt.Errorf("KECCAK_F: memory limit exceeded (%d pages)", m.class.memPages())
	}
	var lanes [isa.KeccakLanes]uint64
	for k := range lanes {
		lanes[k] = uint64(row.in[2*k]) | uint64(row.in[2*k+1])<<32
	}
	isa.KeccakF1600(&lanes)
	for k, v := range lanes {
		row.out[2*k], row.out[2*k+1] = uint32(v), uint32(v>>32)
	}
	if m.t != nil && m.t.keccak != nil {
		m.t.keccak(i, &row.out)
	}
	for j := range row.in {
		row.prev[j] = m.touch(uint64(row.sw+uint32(j)), ts)
		m.ram[row.sw+uint32(j)] = row.out[j]
	}
	m.keccaks = append(m.keccaks, row)
	return nil
}

// divide returns RISC-V's quotient and remainder for op = funct3 - 4
// (0 DIV, 1 DIVU, 2 REM, 3 REMU).
func divide(a, b, op uint32) (uint32, uint32) {
	signed := op&1 == 0
	switch {
	case b == 0:
		return 0xffffffff, a
	case signed && a == 0x80000000 && b == 0xffffffff:
		return a, 0
	case signed:
		return uint32(int32(a) / int32(b)), uint32(int32(a) % int32(b))
	}
	return a / b, a % b
}

func (m *machine) touch(addr uint64, ts uint32) uint32 {
	prev := m.lastTS[addr]
	m.lastTS[addr] = ts
	return prev
}

// replay runs w's program for the c.Steps rows of a, filling each row, and
// returns the final machine. Without a tamper it checks the replay against
// the trace (pc and instruction of every step), the exit code and the output.
//
// With a segment start (segment classes), the replay starts from it instead
// of the run's start, and runs either until HALT (the last segment) or for
// exactly c.Steps steps; the output words it writes must be the witness's
// output at their positions.
func replay(c Class, w *Witness, io *ioWords, a *Circuit, tp *tamper, ss *SegStart) (*machine, error) {
	bw := w.Base / 4
	m := &machine{t: tp, ram: map[uint32]uint32{}, state: map[uint32]uint32{}, lastTS: map[uint64]uint32{}, img: map[uint32]uint32{},
		pages: map[uint32]bool{}, class: c, imgEnd: bw + uint32(len(w.Image))}
	for j, v := range w.Image {
		m.ram[bw+uint32(j)] = v
		m.img[bw+uint32(j)] = v
		m.pages[(bw+uint32(j))/wordsPerPage] = true
	}
	if len(m.pages) > c.memPages() {
		return nil, fmt.Errorf("image on %d pages over the memory limit of %d pages: %w", len(m.pages), c.memPages(), ErrTraceMismatch)
	}
	oldState := w.OldState
	pc := w.Entry
	if ss != nil && ss.Cycles > 0 {
		m.ram = map[uint32]uint32{}
		for pg, words := range ss.Pages {
			for k, v := range words {
				if v != 0 {
					m.ram[pg*statement.PageWords+uint32(k)] = v
				}
			}
		}
		m.regs = ss.Regs
		pc = ss.PC
		oldState = ss.State
		if int(ss.OutCount) > len(w.Output)/4 {
			return nil, fmt.Errorf("segment starts after %d output words, the run writes %d: %w", ss.OutCount, len(w.Output)/4, ErrTraceMismatch)
		}
		m.out = append(m.out, statement.BytesToWords(w.Output)[:ss.OutCount]...)
	}
	for _, kv := range oldState {
		if kv.Value != 0 {
			m.state[kv.Key] = kv.Value
		}
	}
	m.oldState = make(map[uint32]uint32, len(m.state))
	for k, v := range m.state {
		m.oldState[k] = v
	}

	steps := w.Trace.Steps
	if len(steps) == 0 {
		return nil, fmt.Errorf("empty trace: %w", ErrTraceMismatch)
	}
	halted, ended := false, false
	m.npc = pc
	for i := range c.Steps {
		r := &a.Steps[i]
		if halted || (i >= len(steps) && tp == nil) {
			if !halted && ss == nil {
				return nil, fmt.Errorf("trace of %d steps ends without HALT: %w", len(steps), ErrTraceMismatch)
			}
			// After the HALT, or after the last step of a segment cut
			// early: padding rows, each advancing the pc by 4.
			if !ended {
				m.npc, ended = pc, true
			}
			fillPadding(r, pc)
			pc += 4
			continue
		}
		var st executor.Step
		if i < len(steps) {
			st = steps[i]
		}
		fpc := pc
		if tp != nil && tp.fetch != nil {
			fpc = tp.fetch(i, pc)
		}
		insn, ok := m.img[fpc/4]
		if fpc%4 != 0 || !ok || fpc < w.Base {
			return nil, fmt.Errorf("step %d: pc 0x%08x outside the image: %w", i, pc, ErrTraceMismatch)
		}
		if tp == nil && (st.PC != pc || st.Insn != insn) {
			return nil, fmt.Errorf("step %d: trace has pc 0x%08x insn 0x%08x, replay 0x%08x 0x%08x: %w", i, st.PC, st.Insn, pc, insn, ErrTraceMismatch)
		}
		npc, h, err := m.step(r, i, pc, insn, io)
		if err != nil {
			return nil, fmt.Errorf("step %d (pc 0x%08x, insn 0x%08x): %w", i, pc, insn, err)
		}
		if h {
			halted, m.exitCode = true, m.regs[isa.RegA0]
		}
		pc = npc
	}
	if !ended {
		m.npc = pc
	}
	if len(steps) > c.Steps {
		return nil, fmt.Errorf("%d steps > %d: %w", len(steps), c.Steps, executor.ErrTraceTooLong)
	}
	if ss != nil && !halted {
		// A segment that does not halt (full, or cut early): the run goes
		// on; what it wrote so far is the beginning of the witness's output.
		out := statement.WordsToBytes(m.out)
		if len(out) > len(w.Output) || string(out) != string(w.Output[:len(out)]) && tp == nil {
			return nil, fmt.Errorf("output %x is not a prefix of the witness's %x: %w", out, w.Output, ErrTraceMismatch)
		}
		return m, nil
	}
	m.halted = true
	if !halted {
		return nil, fmt.Errorf("run of %d steps does not halt within %d steps: %w", len(steps), c.Steps, executor.ErrTraceTooLong)
	}
	if m.exitCode != w.ExitCode && tp == nil {
		return nil, fmt.Errorf("exit code %d, witness says %d: %w", m.exitCode, w.ExitCode, ErrTraceMismatch)
	}
	if out := statement.WordsToBytes(m.out); string(out) != string(w.Output) && tp == nil {
		return nil, fmt.Errorf("output %x, witness says %x: %w", out, w.Output, ErrTraceMismatch)
	}
	return m, nil
}

// fillPadding fills a step row after the halt: inactive, no accesses.
func fillPadding(r *Row, pc uint32) {
	z3 := bytes3(0)
	r.Act, r.PC = 0, pc
	r.Op7, r.Rd0, r.RdHi, r.F3, r.Rs1, r.Rs20, r.Rs2Hi, r.F7Lo, r.S7 = 0, 0, 0, 0, 0, 0, 0, 0, 0
	for k := range r.Flag {
		r.Flag[k] = 0
	}
	r.Hl, r.RdNZ, r.VD = 0, 0, 0
	r.TA, r.TB, r.TD = 0, 0, 0
	r.V1, r.VB, r.TV = 0, 0, 0
	r.SB = z3
	r.W2, r.AC = 0, 0
	r.DInv, r.Tk = 0, 0
	r.A0, r.A1, r.T6 = 0, 0, 0
}

func setFlags(r *Row, fl uint64) {
	for k := range r.Flag {
		r.Flag[k] = fl >> uint(k) & 1
	}
}

func has(fl uint64, f int) bool { return fl>>uint(f)&1 == 1 }

// step executes one instruction on m, fills r and returns the next pc and
// whether the step halted.
func (m *machine) step(r *Row, i int, pc, insn uint32, io *ioWords) (uint32, bool, error) {
	op7, rd, f3, rs1, rs2, f7 := insn&127, insn>>7&31, insn>>12&7, insn>>15&31, insn>>20&31, insn>>25
	fl, code, ok := classify(op7, f3, f7)
	if !ok || (has(fl, fEcall) && insn != 0x73) {
		return 0, false, fmt.Errorf("instruction 0x%08x cannot be executed", insn)
	}
	r.AC = code
	r.Act, r.PC = 1, pc
	r.Op7, r.Rd0, r.RdHi, r.F3, r.Rs1, r.Rs20, r.Rs2Hi, r.F7Lo, r.S7 = op7, rd&1, rd>>1, f3, rs1, rs2&1, rs2>>1, f7&63, f7>>6
	setFlags(r, fl)
	isE := has(fl, fEcall)
	ra, rb := rs1, rs2
	var sys uint32
	if isE {
		ra, rb = isa.RegA7, isa.RegA0
		sys = m.regs[isa.RegA7]
		if sys >= isa.NumSyscalls {
			return 0, false, fmt.Errorf("unknown system call %d", sys)
		}
	}
	r.Hl = b2i(isE && sys == isa.SysHalt)
	v1, v2 := m.regs[ra], m.regs[rb]
	r.V1 = v1
	// immediates
	sx := func(v uint32, bits uint) uint32 { return uint32(int32(v<<(32-bits)) >> (32 - bits)) }
	immI := sx(insn>>20, 12)
	immS := sx(insn>>25<<5|rd, 12)
	immU := insn & 0xfffff000
	immB := sx((insn>>31)<<12|(insn>>7&1)<<11|(insn>>25&63)<<5|(insn>>8&15)<<1, 13)
	immJ := sx((insn>>31)<<20|(insn>>12&255)<<12|(insn>>20&1)<<11|(insn>>21&1023)<<1, 21)
	imm := immI
	if has(fl, fStoreW) || has(fl, fStoreS) {
		imm = immS
	} else if has(fl, fImmU) {
		imm = immU
	}
	opB := v2
	if has(fl, fUseImm) {
		opB = imm
	}
	r.VB = opB
	// bitwise table request
	isBit := has(fl, fAlu) && aluTableOf(code) == aluBitTable
	// TV: the value of the one table the step asks (ALU or sub-word
	// result, a0 after an ECALL), 0 for none
	r.TV = 0
	var bv uint32
	if isBit {
		x := bitRow{a: v1, b: opB, op: f3, and: v1 & opB}
		if m.t != nil && m.t.and != nil {
			x.and = m.t.and(i, x.and)
		}
		m.bits = append(m.bits, x)
		bv = x.result()
		r.TV = bv
	}
	// multiplier request
	isMul := has(fl, fAlu) && aluTableOf(code) == aluMulTable
	if isMul {
		x := mulRow{a: v1, b: opB, code: code}
		x.lo, x.hi = x.product()
		if m.t != nil && m.t.mul != nil {
			x.lo, x.hi = m.t.mul(i, x.lo, x.hi)
		}
		m.muls = append(m.muls, x)
		r.TV = x.result()
	}
	// sign table request: the operands' signs of a signed comparison
	if has(fl, fSgn) {
		m.sgns = append(m.sgns, [2]uint32{v1, opB})
		r.TV = 1 + v1>>31 - opB>>31
	}
	// divider request
	isDiv := has(fl, fAlu) && aluTableOf(code) == aluDivTable
	var dv uint32
	if isDiv {
		q, rem := divide(v1, opB, f3-4)
		if m.t != nil && m.t.div != nil {
			q, rem = m.t.div(i, q, rem)
		}
		dv = q
		if f3 >= 6 {
			dv = rem
		}
		m.divs = append(m.divs, divRow{a: v1, b: opB, op: f3 - 4, q: q, r: rem})
		r.TV = dv
	}
	// adder and comparator: xa + addend = W1 + 2^32 W2
	isLoad, isStore := has(fl, fLoadW) || has(fl, fLoadS), has(fl, fStoreW) || has(fl, fStoreS)
	isSub := has(fl, fLoadS) || has(fl, fStoreS)
	isAddU := has(fl, fRAdd) || isLoad || isStore || has(fl, fJalr)
	isCmp := has(fl, fRSub) || has(fl, fRSlx) || has(fl, fBr)
	total := uint64(v1)
	if has(fl, fImmU) {
		total = uint64(pc)
	}
	y := opB
	if isStore {
		y = imm
	}
	switch {
	case isAddU:
		total += uint64(y)
	case isCmp:
		total += 1<<32 - uint64(opB)
	}
	w1, w2 := uint32(total), uint32(total>>32)
	r.A0, r.A1, r.T6 = w1&1, w1>>1&1, w1>>2&63
	r.SB = [3]frontend.Variable{w1 >> 8 & 255, w1 >> 16 & 255, w1 >> 24}
	r.W2 = w2
	r.DInv = invU(uint64(w1))
	sum, diff := w1, w1
	lts := int32(v1) < int32(opB)
	// the branch condition (Tk), or the SLT/SLTU result (lts or ltu)
	var tk, slt uint32
	if has(fl, fBr) || has(fl, fRSlx) {
		x := uint32(b2i(cmpBit(f3, v1 == opB, v1 < opB, lts)))
		if m.t != nil && m.t.cmp != nil {
			x = m.t.cmp(i, x)
		}
		if has(fl, fBr) {
			tk = x
		} else {
			slt = x
		}
	}
	r.Tk = tk
	// memory
	var mval uint32
	var maddr uint64
	usedM := false
	if isLoad || isStore {
		if sum >= isa.RAMSize {
			return 0, false, fmt.Errorf("access at 0x%08x outside RAM", sum)
		}
		wdt := uint32(4)
		if isSub {
			wdt = 1 + f3&1 // byte or half
		}
		if sum%wdt != 0 && (m.t == nil || !m.t.misaligned) {
			return 0, false, fmt.Errorf("misaligned access at 0x%08x", sum)
		}
		maddr, usedM = uint64(sum>>2), true
		m.pages[sum>>2/wordsPerPage] = true
		if len(m.pages) > m.class.memPages() && (m.t == nil || !m.t.overLimits) {
			return 0, false, fmt.Errorf("access at 0x%08x: memory limit exceeded (%d pages)", sum, m.class.memPages())
		}
		mval = m.ram[sum>>2]
	}
	// the state word of STATE_GET and STATE_SET (the system-call row's)
	var sval uint32
	if isE && (sys == isa.SysStateGet || sys == isa.SysStateSet) {
		sval = m.state[v2]
		if m.t != nil && m.t.mem != nil {
			sval = m.t.mem(i, sval)
		}
	}
	if m.t != nil && m.t.mem != nil && usedM {
		mval = m.t.mem(i, mval)
	}
	if isLoad { // slot B reads the word
		r.VB = mval
	}
	o := sum & 3
	bsel := mval >> (8 * o) & 255
	// system calls: slot D writes a0 (rd is 0 for ECALL)
	rdp := rd
	if isE {
		rdp = isa.RegA0
	}
	vd := m.regs[rdp]
	slotD := vd // slot D's value before the step: rd's, the sink's (below) or the stored word
	if isStore {
		slotD = mval
	}
	var res uint32
	resSet := false
	halt := false
	var sc sysCall
	if isE {
		a1 := m.regs[isa.RegA1]
		sc = sysCall{idx: uint32(i), num: sys, a0: v2, a1: a1, dv: v2, oc: uint32(len(m.out))}
		switch sys {
		case isa.SysHalt:
			halt = true
		case isa.SysReadOnchain, isa.SysReadOffchain, isa.SysReadContext:
			v, ok := io.read(sys, v2)
			if !ok {
				return 0, false, fmt.Errorf("READ call %d of index %d out of range", sys, v2)
			}
			sc.dv = v
		case isa.SysWriteOutput:
			if len(m.out) >= isa.MaxOutputWords {
				return 0, false, fmt.Errorf("output past %d words", isa.MaxOutputWords)
			}
			m.out = append(m.out, v2)
		case isa.SysStateGet:
			sc.dv = sval
		case isa.SysLog:
			if a1 > isa.MaxLogLine || v2 >= isa.RAMSize || a1 > isa.RAMSize-v2 {
				return 0, false, fmt.Errorf("LOG buffer 0x%08x+%d rejected", v2, a1)
			}
			m.logs = append(m.logs, [2]uint32{v2, a1})
			m.logBytes += uint64(a1)
			if m.logBytes > uint64(m.class.logBytes()) && (m.t == nil || !m.t.overLimits) {
				return 0, false, fmt.Errorf("logs of %d bytes over the budget of %d", m.logBytes, m.class.logBytes())
			}
		}
		r.TV, res, resSet = sc.dv, sc.dv, true
	}
	// result
	if !resSet {
		switch {
		case has(fl, fRAdd):
			res = sum
		case has(fl, fRSub):
			res = diff
		case has(fl, fRSlx):
			res = slt
		case isBit:
			res = bv
		case isMul:
			res = r.TV.(uint32)
		case isDiv:
			res = dv
		case isLoad:
			switch f3 {
			case 0: // LB
				res = uint32(int32(int8(bsel)))
			case 4: // LBU
				res = bsel
			case 1, 5: // LH, LHU
				hw := mval >> (16 * (o >> 1)) & 0xffff
				res = hw
				if f3 == 1 {
					res = uint32(int32(int16(hw)))
				}
			default:
				res = mval
			}
		case has(fl, fJal) || has(fl, fJalr):
			res = pc + 4
		case has(fl, fRLui):
			res = immU
		default:
			res = vd
		}
	}
	if m.t != nil && m.t.result != nil {
		res = m.t.result(i, res)
		if isE { // a0 after the call, in the step and its system-call row alike
			r.TV, sc.dv = res, res
		}
	}
	x0w := m.t != nil && m.t.x0
	r.RdNZ = b2i(rdp != 0 || x0w)
	newD := res
	toSink := rdp == 0 && !x0w // a write to x0 goes to the sink register, which nothing reads
	if toSink && writesRd(fl) {
		slotD = m.sink
	}
	r.VD = slotD
	// new memory value
	mNew := mval
	if isStore {
		switch f3 {
		case 0: // SB
			sh := 8 * o
			mNew = mval&^(255<<sh) | (v2&255)<<sh
		case 1: // SH
			sh := 8 * o
			mNew = mval&^(0xffff<<sh) | (v2&0xffff)<<sh
		default:
			mNew = v2
		}
	}
	sNew := sval
	if isE && sys == isa.SysStateSet {
		sNew = sc.a1
	}
	if m.t != nil && m.t.stored != nil && isStore {
		mNew = m.t.stored(i, mNew)
	}
	if m.t != nil && m.t.stored != nil && isE && (sys == isa.SysStateGet || sys == isa.SysStateSet) {
		sNew = m.t.stored(i, sNew)
	}
	// sub-word table request: the loaded value or the word after the store
	if isSub {
		y := slotD // a load's: the step's VD (rd's or the sink's value), unused
		if isStore {
			y = v2
		}
		x := subRow{m: mval, y: y, o: o, st: isStore, hw: f3&1 == 1, un: f3&4 == 4}
		sv := res
		if isStore {
			sv = mNew
		}
		m.subs = append(m.subs, x)
		r.TV = sv
	}
	// accesses
	base := uint32(3 * i)
	r.TA = m.touch(isa.RegBase+uint64(ra), base+1)
	r.TB = 0
	if !has(fl, fUseImm) {
		r.TB = m.touch(isa.RegBase+uint64(rb), base+2)
	}
	if isLoad { // slot B: the word at the address
		r.TB = m.touch(maddr, base+2)
	}
	if isE {
		if sys == isa.SysStateSet || sys == isa.SysLog || sys == isa.SysSha256Compress {
			sc.ta1 = m.touch(isa.RegBase+isa.RegA1, base+3)
		}
		if sys == isa.SysStateGet || sys == isa.SysStateSet {
			sc.m = sval
			sc.tm = m.touch(isa.StateBase+uint64(v2), base+3)
			if sNew == 0 {
				delete(m.state, v2)
			} else {
				m.state[v2] = sNew
			}
		}
		m.syscalls = append(m.syscalls, sc)
	}
	if isE && sys == isa.SysSha256Compress {
		if err := m.shaCall(i, base+3, v2, sc.a1); err != nil {
			return 0, false, err
		}
	}
	if isE && sys == isa.SysKeccakF {
		if err := m.keccakCall(i, base+3, v2); err != nil {
			return 0, false, err
		}
	}
	r.TD = 0
	if writesRd(fl) { // slot D: rd, or the sink for x0
		if toSink {
			r.TD = m.touch(isa.RegBase+sinkReg, base+3)
			m.sink = newD
		} else {
			r.TD = m.touch(isa.RegBase+uint64(rdp), base+3)
			m.regs[rdp] = newD
		}
	}
	if isStore { // slot D: the word at the address
		r.TD = m.touch(maddr, base+3)
		m.ram[uint32(maddr)] = mNew
	}
	// next pc
	npc := pc + 4
	switch {
	case has(fl, fJal):
		npc = pc + immJ
	case has(fl, fJalr):
		npc = sum &^ 1
	case has(fl, fBr):
		if tk == 1 {
			npc = pc + immB
		}
	}
	if m.t != nil && m.t.npc != nil {
		npc = m.t.npc(i, npc)
	}
	return npc, halt, nil
}
