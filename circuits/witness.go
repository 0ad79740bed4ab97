package circuits

import (
	"errors"
	"fmt"
	"math/big"
	"sort"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/frontend"

	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/statement"
)

var modulus = ecc.BN254.ScalarField()

// inv returns 1/x mod p, or 0 for x = 0.
func inv(x *big.Int) *big.Int {
	y := new(big.Int).Mod(x, modulus)
	if y.Sign() == 0 {
		return y
	}
	return y.ModInverse(y, modulus)
}

func invU(x uint64) *big.Int { return inv(new(big.Int).SetUint64(x)) }

func b2i(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

func bytes4(v uint32) [4]frontend.Variable {
	return [4]frontend.Variable{v & 255, v >> 8 & 255, v >> 16 & 255, v >> 24}
}

// nibbles splits v into 8 nibbles; the top one without the sign bit.
func nibbles(v uint32) [8]frontend.Variable {
	n := nibbles4(v)
	n[7] = v >> 28 & 7
	return n
}

// nibbles4 splits v into 8 nibbles.
func nibbles4(v uint32) [8]frontend.Variable {
	var n [8]frontend.Variable
	for k := range n {
		n[k] = v >> (4 * k) & 15
	}
	return n
}

func bytes3(v uint32) [3]frontend.Variable {
	return [3]frontend.Variable{v & 255, v >> 8 & 255, v >> 16 & 255}
}

// ErrTraceMismatch reports a trace that the circuit's own replay of the
// program does not reproduce.
var ErrTraceMismatch = errors.New("trace does not match the circuit's replay")

// tamper alters the replay (tests only): each hook sees the step index and
// the honest value and returns the value to use. With a tamper the replay is
// not checked against the trace and the witness's results.
type tamper struct {
	div    func(i int, q, rem uint32) (uint32, uint32)
	result func(i int, res uint32) uint32
	npc    func(i int, npc uint32) uint32
	mem    func(i int, mval uint32) uint32
	stored func(i int, mNew uint32) uint32
	// misaligned lets the replay perform misaligned loads and stores.
	misaligned bool
}

type machine struct {
	t      *tamper
	ram    map[uint32]uint32 // word index -> value
	regs   [32]uint32
	state  map[uint32]uint32
	lastTS map[uint64]uint32
	out    []uint32
	img    map[uint32]uint32 // word index -> image word
	divs   []divRow
	logs   [][2]uint32 // (ptr, len) of LOG calls
}

// fillLog fills a log row; an inactive row is (0, 0).
func fillLog(l *LogRow, ptr, n uint32, act bool) {
	h := 1024 - n
	l.Act, l.H0, l.H1 = b2i(act), h&255, h>>8
	l.HInv = inv(big.NewInt(int64(h) - 1024))
	l.PB = bytes4(ptr)
	l.GB = bytes4(uint32(uint64(executor.RAMSize) - uint64(ptr) - uint64(n) - b2i(n == 0)))
}

type divRow struct{ a, b, op, q, r uint32 }

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

// fillDiv fills a divider row; an inactive row is DIVU(0, 0).
func fillDiv(d *DivRow, x divRow, act bool) {
	d.Act, d.OpS, d.OpR = b2i(act), b2i(x.op&1 == 0), b2i(x.op >= 2)
	d.AB, d.LA, d.SA = bytes3(x.a), x.a>>24&127, x.a>>31
	d.BB, d.LB, d.SB = bytes3(x.b), x.b>>24&127, x.b>>31
	d.QB, d.LQ, d.SQ = bytes3(x.q), x.q>>24&127, x.q>>31
	d.RB, d.LR, d.SR = bytes3(x.r), x.r>>24&127, x.r>>31
	d.BInv = invU(uint64(x.b))
	d.Ov = b2i(x.op&1 == 0 && x.a == 0x80000000 && x.b == 0xffffffff)
	var g uint64
	if x.b != 0 {
		abs := func(v uint32, s bool) int64 {
			if s && int32(v) < 0 {
				return -int64(int32(v))
			}
			if s {
				return int64(int32(v))
			}
			return int64(v)
		}
		g = uint64(abs(x.b, x.op&1 == 0) - abs(x.r, x.op&1 == 0) - 1)
	}
	d.GB = bytes4(uint32(g))
}

func (m *machine) touch(addr uint64, ts uint32) uint32 {
	prev := m.lastTS[addr]
	m.lastTS[addr] = ts
	return prev
}

// Assign returns the full assignment (public and secret) of class c for w.
// It replays the run from the image and the inputs, checks that the replay
// matches w (trace, exit code, output, new state), and fills every column.
func Assign(c Class, w *Witness) (frontend.Circuit, error) {
	return assign(c, w, nil)
}

func assign(c Class, w *Witness, tp *tamper) (frontend.Circuit, error) {
	if err := c.Fits(w); err != nil {
		return nil, err
	}
	pub := w.Public()
	elems, err := pub.Elements()
	if err != nil {
		return nil, fmt.Errorf("statement: %w", err)
	}
	if len(w.Output)%4 != 0 {
		return nil, fmt.Errorf("output of %d bytes is not whole words", len(w.Output))
	}
	a := newCircuit(c)
	for i := range elems {
		a.Pub[i] = new(big.Int).Set(elems[i].BigInt(new(big.Int)))
	}
	if w.Base%4 != 0 {
		return nil, fmt.Errorf("image base 0x%x not 4-aligned", w.Base)
	}
	bw := w.Base / 4
	a.EntryB = bytes4(w.Entry)
	a.BaseB = bytes4(bw)
	m := &machine{t: tp, ram: map[uint32]uint32{}, state: map[uint32]uint32{}, lastTS: map[uint64]uint32{}, img: map[uint32]uint32{}}
	for j := range c.ImageWords {
		if j < len(w.Image) {
			a.ImgAct[j], a.ImgB[j] = 1, bytes4(w.Image[j])
			m.ram[bw+uint32(j)] = w.Image[j]
			m.img[bw+uint32(j)] = w.Image[j]
		} else {
			a.ImgAct[j], a.ImgB[j] = 0, bytes4(0)
		}
	}
	for _, kv := range w.OldState {
		if kv.Value != 0 {
			m.state[kv.Key] = kv.Value
		}
	}
	oldState := make(map[uint32]uint32, len(m.state))
	for k, v := range m.state {
		oldState[k] = v
	}

	// Inputs.
	onWords := statement.BytesToWords(w.Onchain)
	offWords := statement.BytesToWords(w.Offchain)
	for k := range a.OnB {
		if k < len(w.Onchain) {
			a.OnB[k], a.OnEn[k] = w.Onchain[k], 1
		} else {
			a.OnB[k], a.OnEn[k] = 0, 0
		}
	}
	for j := range c.OffchainWords {
		if j < len(offWords) {
			a.OffAct[j], a.OffB[j] = 1, bytes4(offWords[j])
		} else {
			a.OffAct[j], a.OffB[j] = 0, bytes4(0)
		}
	}
	a.OffPad = 4*len(offWords) - len(w.Offchain)
	ctx := w.Context
	cw := [6]uint32{uint32(ctx.ChainID), uint32(ctx.ChainID >> 32), uint32(ctx.Timestamp), uint32(ctx.Timestamp >> 32),
		uint32(ctx.BatchNum), uint32(ctx.BatchNum >> 32)}
	for i := range cw {
		a.CtxB[i] = bytes4(cw[i])
	}
	var sw [5]uint32
	for i := range sw {
		s := ctx.Sequencer[4*i:]
		sw[i] = uint32(s[0])<<24 | uint32(s[1])<<16 | uint32(s[2])<<8 | uint32(s[3])
		a.SeqB[i] = bytes4(sw[i])
	}
	readIO := func(num, idx uint32) (uint32, bool) {
		switch num {
		case 1:
			if idx < uint32(len(onWords)) {
				return onWords[idx], true
			}
		case 2:
			if idx < uint32(len(offWords)) {
				return offWords[idx], true
			}
		case 3:
			switch {
			case idx == 0:
				return uint32(len(w.Onchain)), true
			case idx == 1:
				return uint32(len(w.Offchain)), true
			case idx >= 2 && idx < 8:
				return cw[idx-2], true
			case idx >= 8 && idx <= 12:
				return sw[idx-8], true
			}
		}
		return 0, false
	}

	// Steps.
	steps := w.Trace.Steps
	if len(steps) == 0 {
		return nil, fmt.Errorf("empty trace: %w", ErrTraceMismatch)
	}
	pc := w.Entry
	halted := false
	var exitCode uint32
	for i := range c.Steps {
		r := &a.Steps[i]
		if halted || (i >= len(steps) && tp == nil) {
			if !halted {
				return nil, fmt.Errorf("trace of %d steps ends without HALT: %w", len(steps), ErrTraceMismatch)
			}
			fillPadding(r, pc, uint32(len(m.out)))
			pc += 4
			continue
		}
		var st executor.Step
		if i < len(steps) {
			st = steps[i]
		}
		insn, ok := m.img[pc/4]
		if pc%4 != 0 || !ok || pc < w.Base {
			return nil, fmt.Errorf("step %d: pc 0x%08x outside the image: %w", i, pc, ErrTraceMismatch)
		}
		if tp == nil && (st.PC != pc || st.Insn != insn) {
			return nil, fmt.Errorf("step %d: trace has pc 0x%08x insn 0x%08x, replay 0x%08x 0x%08x: %w", i, st.PC, st.Insn, pc, insn, ErrTraceMismatch)
		}
		npc, h, err := m.step(r, i, pc, insn, readIO)
		if err != nil {
			return nil, fmt.Errorf("step %d (pc 0x%08x, insn 0x%08x): %w", i, pc, insn, err)
		}
		if h {
			halted, exitCode = true, m.regs[10]
		}
		pc = npc
	}
	if !halted {
		return nil, fmt.Errorf("run of %d steps does not halt within %d steps: %w", len(steps), c.Steps, ErrDoesNotFit)
	}
	if len(steps) > c.Steps {
		return nil, fmt.Errorf("%d steps > %d: %w", len(steps), c.Steps, ErrDoesNotFit)
	}
	if exitCode != w.ExitCode && tp == nil {
		return nil, fmt.Errorf("exit code %d, witness says %d: %w", exitCode, w.ExitCode, ErrTraceMismatch)
	}
	a.ExitB = bytes4(exitCode)
	outBytes := statement.WordsToBytes(m.out)
	if string(outBytes) != string(w.Output) && tp == nil {
		return nil, fmt.Errorf("output %x, witness says %x: %w", outBytes, w.Output, ErrTraceMismatch)
	}
	for k := range a.OutB {
		a.OutB[k] = 0
		if k < len(outBytes) {
			a.OutB[k] = outBytes[k]
		}
	}
	for j := range a.OutEn {
		a.OutEn[j] = b2i(j < len(m.out))
	}

	// Divider table.
	if len(m.divs) > c.DivRows {
		return nil, fmt.Errorf("%d divisions > %d: %w", len(m.divs), c.DivRows, ErrDoesNotFit)
	}
	for i := range a.Div {
		if i < len(m.divs) {
			fillDiv(&a.Div[i], m.divs[i], true)
		} else {
			fillDiv(&a.Div[i], divRow{q: 0xffffffff, op: 1}, false)
		}
	}

	// Log table.
	if len(m.logs) > c.LogRows {
		return nil, fmt.Errorf("%d LOG calls > %d: %w", len(m.logs), c.LogRows, ErrDoesNotFit)
	}
	for i := range a.Log {
		if i < len(m.logs) {
			fillLog(&a.Log[i], m.logs[i][0], m.logs[i][1], true)
		} else {
			fillLog(&a.Log[i], 0, 0, false)
		}
	}

	// Memory table: RAM rows.
	addrs := make([]uint32, 0, len(m.ram))
	for ad := range m.ram {
		addrs = append(addrs, ad)
	}
	for ad := range m.lastTS {
		if ad < executor.RegBase {
			if _, ok := m.ram[uint32(ad)]; !ok {
				addrs = append(addrs, uint32(ad))
			}
		}
	}
	if len(addrs) > c.MemRows {
		return nil, fmt.Errorf("%d RAM words > %d: %w", len(addrs), c.MemRows, ErrDoesNotFit)
	}
	used := make(map[uint32]bool, len(addrs))
	for _, ad := range addrs {
		used[ad] = true
	}
	for free := uint32(0); len(addrs) < c.MemRows; free++ {
		if !used[free] {
			addrs = append(addrs, free)
		}
	}
	sort.Slice(addrs, func(i, j int) bool { return addrs[i] < addrs[j] })
	for r := range a.Mem {
		ad := addrs[r]
		row := &a.Mem[r]
		iv, isImg := m.img[ad]
		row.Addr, row.IsImg, row.Init = ad, b2i(isImg), iv
		row.Final, row.FinalTS = m.ram[ad], m.lastTS[uint64(ad)]
		if r+1 < len(addrs) {
			row.DB = bytes4(addrs[r+1] - ad - 1)
		} else {
			row.DB = bytes4(0)
		}
	}
	for k := range 32 {
		a.RegFinal[k] = m.regs[k]
		a.RegTS[k] = m.lastTS[executor.RegBase+uint64(k)]
	}

	// State rows.
	keySet := map[uint32]bool{}
	for k := range oldState {
		keySet[k] = true
	}
	for ad := range m.lastTS {
		if ad >= executor.StateBase {
			keySet[uint32(ad-executor.StateBase)] = true
		}
	}
	keys := make([]uint32, 0, len(keySet))
	for k := range keySet {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	if len(keys) > c.StateEntries {
		return nil, fmt.Errorf("%d state keys > %d: %w", len(keys), c.StateEntries, ErrDoesNotFit)
	}
	var newState []statement.KV
	for s := range a.State {
		row := &a.State[s]
		if s >= len(keys) {
			row.Act, row.Final, row.FinalTS, row.InvI, row.InvF = 0, 0, 0, 0, 0
			row.KB, row.IB, row.GB = bytes4(0), bytes4(0), bytes4(0)
			continue
		}
		k := keys[s]
		iv, fv := oldState[k], m.state[k]
		if fv != 0 {
			newState = append(newState, statement.KV{Key: k, Value: fv})
		}
		row.Act, row.KB, row.IB = 1, bytes4(k), bytes4(iv)
		row.Final, row.FinalTS = fv, m.lastTS[executor.StateBase+uint64(k)]
		row.InvI, row.InvF = invU(uint64(iv)), invU(uint64(fv))
		row.GB = bytes4(0)
		if s+1 < len(keys) {
			row.GB = bytes4(keys[s+1] - k - 1)
		}
	}
	want := statement.StateRoot(w.NewState)
	got := statement.StateRoot(newState)
	if !want.Equal(&got) && tp == nil {
		return nil, fmt.Errorf("new state differs from the witness's: %w", ErrTraceMismatch)
	}
	return a, nil
}

// PublicAssignment returns the assignment of the public inputs only.
func PublicAssignment(c Class, pub *statement.Public) (frontend.Circuit, error) {
	elems, err := pub.Elements()
	if err != nil {
		return nil, fmt.Errorf("statement: %w", err)
	}
	a := newCircuit(c)
	for i := range elems {
		a.Pub[i] = new(big.Int).Set(elems[i].BigInt(new(big.Int)))
	}
	return a, nil
}

// fillPadding fills a step row after the halt: inactive, no accesses.
func fillPadding(r *Row, pc, oc uint32) {
	z3 := bytes3(0)
	z4 := bytes4(0)
	r.Act, r.PC = 0, pc
	r.Op7, r.Rd0, r.RdHi, r.F3, r.Rs1, r.Rs20, r.Rs2Hi, r.F7Lo, r.S7 = 0, 0, 0, 0, 0, 0, 0, 0, 0
	for k := range r.Flag {
		r.Flag[k] = 0
	}
	for k := range r.Sys {
		r.Sys[k] = 0
	}
	r.RdNZ, r.VD = 0, 0
	r.TA, r.TB, r.TM, r.TD = 0, 0, 0, 0
	r.XN, r.YN, r.ZN = nibbles(0), nibbles(0), nibbles(0)
	r.S1, r.SY = 0, 0
	r.SB = z3
	r.W2B, r.MB = z4, z4
	r.K, r.DInv = 0, 0
	r.A0, r.A1, r.T6 = 0, 0, 0
	r.Pow, r.DV = 0, 0
	r.LS, r.LSH = 0, 0
	r.IOV, r.OC = 0, oc
}

func setFlags(r *Row, fl uint64) {
	for k := range r.Flag {
		r.Flag[k] = fl >> uint(k) & 1
	}
}

func has(fl uint64, f int) bool { return fl>>uint(f)&1 == 1 }

// step executes one instruction on m, fills r and returns the next pc and
// whether the step halted.
func (m *machine) step(r *Row, i int, pc, insn uint32, readIO func(num, idx uint32) (uint32, bool)) (uint32, bool, error) {
	op7, rd, f3, rs1, rs2, f7 := insn&127, insn>>7&31, insn>>12&7, insn>>15&31, insn>>20&31, insn>>25
	fl, ok := classify(op7, f3, f7)
	if !ok || (has(fl, fEcall) && insn != 0x73) {
		return 0, false, fmt.Errorf("instruction 0x%08x cannot be executed", insn)
	}
	r.Act, r.PC = 1, pc
	r.Op7, r.Rd0, r.RdHi, r.F3, r.Rs1, r.Rs20, r.Rs2Hi, r.F7Lo, r.S7 = op7, rd&1, rd>>1, f3, rs1, rs2&1, rs2>>1, f7&63, f7>>6
	setFlags(r, fl)
	for k := range r.Sys {
		r.Sys[k] = 0
	}
	isE := has(fl, fEcall)
	ra, rb := rs1, rs2
	var sys uint32
	if isE {
		ra, rb = 17, 10
		sys = m.regs[17]
		if sys > 7 {
			return 0, false, fmt.Errorf("unknown system call %d", sys)
		}
		r.Sys[sys] = 1
	}
	v1, v2 := m.regs[ra], m.regs[rb]
	r.XN, r.S1 = nibbles(v1), v1>>31
	// immediates
	sx := func(v uint32, bits uint) uint32 { return uint32(int32(v<<(32-bits)) >> (32 - bits)) }
	immI := sx(insn>>20, 12)
	immS := sx(insn>>25<<5|rd, 12)
	immU := insn & 0xfffff000
	immB := sx((insn>>31)<<12|(insn>>7&1)<<11|(insn>>25&63)<<5|(insn>>8&15)<<1, 13)
	immJ := sx((insn>>31)<<20|(insn>>12&255)<<12|(insn>>20&1)<<11|(insn>>21&1023)<<1, 21)
	imm := immI
	if has(fl, fImmS) {
		imm = immS
	} else if has(fl, fImmU) {
		imm = immU
	}
	opB := v2
	if has(fl, fUseImm) {
		opB = imm
	}
	r.YN, r.SY = nibbles(opB), opB>>31
	andv := v1 & opB
	r.ZN = nibbles4(andv)
	signed := func(v uint32, s bool) *big.Int {
		if s {
			return big.NewInt(int64(int32(v)))
		}
		return new(big.Int).SetUint64(uint64(v))
	}
	// divider request
	isDiv := has(fl, fDiv)
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
	}
	r.DV = dv
	// arithmetic unit: mA * mB + addend + 2^64 K = W1 + 2^32 W2
	isAddU := has(fl, fRAdd) || has(fl, fLoad) || has(fl, fStore) || has(fl, fJalr)
	isCmp := has(fl, fRSub) || has(fl, fRSlt) || has(fl, fRSltu) || has(fl, fBEq) || has(fl, fBLt) || has(fl, fBLtu)
	isMulOp := (has(fl, fRLo) || has(fl, fRHi)) && !has(fl, fShift)
	xa := v1
	if has(fl, fImmU) {
		xa = pc
	}
	mA := signed(xa, has(fl, fSignA))
	sh := opB & 31
	pow := new(big.Int).Lsh(big.NewInt(1), uint(sh))
	if has(fl, fShRight) {
		pow = new(big.Int).Lsh(big.NewInt(1), uint(32-sh))
	}
	r.Pow = pow
	mB := big.NewInt(1)
	if isMulOp {
		mB = signed(opB, has(fl, fSignB))
	}
	if has(fl, fShift) {
		mB = new(big.Int).Set(pow)
	}
	y := opB
	if has(fl, fStore) {
		y = imm
	}
	total := new(big.Int).Mul(mA, mB)
	switch {
	case isAddU:
		total.Add(total, new(big.Int).SetUint64(uint64(y)))
	case isCmp:
		total.Add(total, new(big.Int).SetUint64(1<<32-uint64(opB)))
	}
	r.K = 0
	if total.Sign() < 0 {
		r.K = 1
		total.Add(total, new(big.Int).Lsh(big.NewInt(1), 64))
	}
	w1 := uint32(new(big.Int).And(total, big.NewInt(0xffffffff)).Uint64())
	w2 := uint32(new(big.Int).Rsh(total, 32).Uint64())
	r.A0, r.A1, r.T6 = w1&1, w1>>1&1, w1>>2&63
	r.SB = [3]frontend.Variable{w1 >> 8 & 255, w1 >> 16 & 255, w1 >> 24}
	r.W2B = bytes4(w2)
	r.DInv = invU(uint64(w1))
	sum, diff, lo, hi := w1, w1, w1, w2
	lts := int32(v1) < int32(opB)
	// memory
	isLoad, isStore := has(fl, fLoad), has(fl, fStore)
	r.TM = 0
	var mval uint32
	var maddr uint64
	usedM := false
	if isLoad || isStore {
		if sum >= executor.RAMSize {
			return 0, false, fmt.Errorf("access at 0x%08x outside RAM", sum)
		}
		wdt := uint32(4)
		if has(fl, fWB) {
			wdt = 1
		} else if has(fl, fWH) {
			wdt = 2
		}
		if sum%wdt != 0 && (m.t == nil || !m.t.misaligned) {
			return 0, false, fmt.Errorf("misaligned access at 0x%08x", sum)
		}
		maddr, usedM = uint64(sum>>2), true
		mval = m.ram[sum>>2]
	}
	if isE && (sys == 5 || sys == 6) {
		maddr, usedM = executor.StateBase+uint64(v2), true
		mval = m.state[v2]
	}
	if m.t != nil && m.t.mem != nil && usedM {
		mval = m.t.mem(i, mval)
	}
	r.MB = bytes4(mval)
	o := sum & 3
	if !(isLoad || isStore) {
		o = sum & 3 // the constraints use the adder's low bits in every row
	}
	bsel := mval >> (8 * o) & 255
	hb := mval >> (8 * (1 + 2*(o>>1))) & 255
	r.LS, r.LSH = bsel>>7, hb>>7
	// system calls
	rdp := rd
	if isE {
		rdp = 10
		if sys == 6 || sys == 7 {
			rdp = 11
		}
	}
	vd := m.regs[rdp]
	r.VD = vd
	r.IOV = uint32(0)
	var res uint32
	resSet := false
	halt := false
	if isE {
		switch sys {
		case 0:
			halt = true
		case 1, 2, 3:
			v, ok := readIO(sys, v2)
			if !ok {
				return 0, false, fmt.Errorf("READ call %d of index %d out of range", sys, v2)
			}
			r.IOV, res, resSet = v, v, true
		case 4:
			if len(m.out) >= statement.MaxOutputWords {
				return 0, false, fmt.Errorf("output past %d words", statement.MaxOutputWords)
			}
			m.out = append(m.out, v2)
		case 5:
			res, resSet = mval, true
		case 7:
			if vd > 1024 || v2 >= executor.RAMSize || vd > executor.RAMSize-v2 {
				return 0, false, fmt.Errorf("LOG buffer 0x%08x+%d rejected", v2, vd)
			}
		}
	}
	if isE && sys == 7 {
		m.logs = append(m.logs, [2]uint32{v2, vd})
	}
	r.OC = uint32(len(m.out))
	if isE && sys == 4 {
		r.OC = uint32(len(m.out) - 1)
	}
	// result
	if !resSet {
		resSet = true
		switch {
		case has(fl, fRAdd):
			res = sum
		case has(fl, fRSub):
			res = diff
		case has(fl, fRSlt):
			res = uint32(b2i(lts))
		case has(fl, fRSltu):
			res = uint32(b2i(v1 < opB))
		case has(fl, fRAnd):
			res = andv
		case has(fl, fROr):
			res = v1 | opB
		case has(fl, fRXor):
			res = v1 ^ opB
		case has(fl, fRLo):
			res = lo
		case has(fl, fRHi):
			res = hi
		case isDiv:
			res = dv
		case isLoad:
			switch {
			case has(fl, fWB) && has(fl, fLdSigned):
				res = uint32(int32(int8(bsel)))
			case has(fl, fWB):
				res = bsel
			case has(fl, fWH):
				hw := mval >> (16 * (o >> 1)) & 0xffff
				res = hw
				if has(fl, fLdSigned) {
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
	}
	r.RdNZ = b2i(rdp != 0)
	newD := res
	if rdp == 0 {
		newD = 0
	}
	// new memory value
	mNew := mval
	if isStore {
		switch {
		case has(fl, fWB):
			sh := 8 * o
			mNew = mval&^(255<<sh) | (v2&255)<<sh
		case has(fl, fWH):
			sh := 8 * o
			mNew = mval&^(0xffff<<sh) | (v2&0xffff)<<sh
		default:
			mNew = v2
		}
	}
	if isE && sys == 6 {
		mNew = vd
	}
	if m.t != nil && m.t.stored != nil && usedM {
		mNew = m.t.stored(i, mNew)
	}
	// accesses
	base := uint32(4 * i)
	r.TA = m.touch(executor.RegBase+uint64(ra), base+1)
	r.TB = 0
	if !has(fl, fUseImm) {
		r.TB = m.touch(executor.RegBase+uint64(rb), base+2)
	}
	if usedM {
		r.TM = m.touch(maddr, base+3)
		if maddr >= executor.StateBase {
			if mNew == 0 {
				delete(m.state, uint32(maddr-executor.StateBase))
			} else {
				m.state[uint32(maddr-executor.StateBase)] = mNew
			}
		} else {
			m.ram[uint32(maddr)] = mNew
		}
	}
	r.TD = m.touch(executor.RegBase+uint64(rdp), base+4)
	m.regs[rdp] = newD
	// next pc
	npc := pc + 4
	switch {
	case has(fl, fJal):
		npc = pc + immJ
	case has(fl, fJalr):
		npc = sum &^ 1
	case has(fl, fBEq) || has(fl, fBLt) || has(fl, fBLtu):
		var cond bool
		switch {
		case has(fl, fBEq):
			cond = v1 == opB
		case has(fl, fBLt):
			cond = lts
		default:
			cond = v1 < opB
		}
		if cond != has(fl, fBNeg) {
			npc = pc + immB
		}
	}
	if m.t != nil && m.t.npc != nil {
		npc = m.t.npc(i, npc)
	}
	return npc, halt, nil
}
