package circuits

// The table assignment: Assign fills every column of a class from a witness,
// the step rows through the replay (replay.go) and the other tables (image,
// inputs, output, divider, LOG calls, memory, state) from the replay's final
// machine.

import (
	"fmt"
	"math/big"
	"sort"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/frontend"

	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/isa"
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

// Assign returns the full assignment (public and secret) of class c for w.
// It replays the run from the image and the inputs, checks that the replay
// matches w (trace, exit code, output, new state), and fills every column.
func Assign(c Class, w *Witness) (frontend.Circuit, error) {
	// The memory table requires base/4 + image words ≤ 2^28 (memory.go
	// ramRows); the executor loads no other image, so this is a bad input,
	// refused before the replay and the proof.
	if end := uint64(w.Base/4) + uint64(len(w.Image)); end > isa.RAMWords {
		return nil, fmt.Errorf("image of %d words at 0x%x ends past RAM (0x%x): %w", len(w.Image), w.Base, uint64(isa.RAMSize), executor.ErrBadInput)
	}
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
	io, err := fillInputs(c, w, a)
	if err != nil {
		return nil, err
	}

	// Steps.
	m, err := replay(c, w, io, a, tp, nil)
	if err != nil {
		return nil, err
	}

	// Exit code and output.
	fillOutput(a, m.exitCode, m.out)
	if err := fillTables(a, m); err != nil {
		return nil, err
	}
	if err := assignMemory(c, a, m); err != nil {
		return nil, err
	}
	newState, err := assignState(c, a, m)
	if err != nil {
		return nil, err
	}
	want := statement.StateRoot(w.NewState)
	got := statement.StateRoot(newState)
	if !want.Equal(&got) && tp == nil {
		return nil, fmt.Errorf("new state differs from the witness's: %w", ErrTraceMismatch)
	}
	if tp != nil {
		// A coherent forgery: the statement claims what the tampered run
		// produced (its output, exit code and new state), so that only
		// the rule under test can reject it.
		f := *w
		f.Output, f.ExitCode, f.NewState = statement.WordsToBytes(m.out), m.exitCode, newState
		fp := f.Public()
		fe, err := fp.Elements()
		if err != nil {
			return nil, fmt.Errorf("forged statement: %w", err)
		}
		for i := range fe {
			a.Pub[i] = new(big.Int).Set(fe[i].BigInt(new(big.Int)))
		}
	}
	return a, nil
}

// fillInputs fills the image and the input columns.
func fillInputs(c Class, w *Witness, a *Circuit) (*ioWords, error) {
	if w.Base%4 != 0 {
		return nil, fmt.Errorf("image base 0x%x not 4-aligned", w.Base)
	}
	a.EntryB = bytes4(w.Entry)
	a.BaseB = bytes4(w.Base / 4)
	for j := range c.ImageWords {
		if j < len(w.Image) {
			a.ImgAct[j], a.ImgB[j] = 1, bytes4(w.Image[j])
		} else {
			a.ImgAct[j], a.ImgB[j] = 0, bytes4(0)
		}
	}

	// Inputs.
	io := newIOWords(w)
	for k := range a.OnB {
		if k < len(w.Onchain) {
			a.OnB[k], a.OnEn[k] = w.Onchain[k], 1
		} else {
			a.OnB[k], a.OnEn[k] = 0, 0
		}
	}
	for j := range c.OffchainWords {
		if j < len(io.offchain) {
			a.OffAct[j], a.OffB[j] = 1, bytes4(io.offchain[j])
		} else {
			a.OffAct[j], a.OffB[j] = 0, bytes4(0)
		}
	}
	a.OffPad = 4*len(io.offchain) - len(w.Offchain)
	for i := range io.ctx {
		a.CtxB[i] = bytes4(io.ctx[i])
	}
	for i := range io.seq {
		a.SeqB[i] = bytes4(io.seq[i])
	}
	return io, nil
}

// fillOutput fills the exit code and output columns.
func fillOutput(a *Circuit, exitCode uint32, out []uint32) {
	a.ExitB = bytes4(exitCode)
	outBytes := statement.WordsToBytes(out)
	for k := range a.OutB {
		a.OutB[k] = 0
		if k < len(outBytes) {
			a.OutB[k] = outBytes[k]
		}
	}
	for j := range a.OutEn {
		a.OutEn[j] = b2i(j < len(out))
	}
}

// fillTables fills the divider, bitwise, sub-word, log, system-call, SHA-256
// and Keccak tables from the calls the replay recorded (a table's rows are its class's
// capacity, as newCircuit made them).
func fillTables(a *Circuit, m *machine) error {
	var zs shaRow
	isa.Sha256CompressCall(&zs.out, &zs.blk)
	var zk keccakRow
	var lanes [isa.KeccakLanes]uint64
	isa.KeccakF1600(&lanes)
	for k, v := range lanes {
		zk.out[2*k], zk.out[2*k+1] = uint32(v), uint32(v>>32)
	}
	var ios, others []sysCall
	for _, x := range m.syscalls {
		if isa.IsIOCall(x.num) {
			ios = append(ios, x)
		} else {
			others = append(others, x)
		}
	}
	for _, err := range []error{
		fillRows("shifts and multiplications", a.Mul, m.muls, mulRow{}, fillMul),
		fillRows("signed comparisons", a.Sgn, m.sgns, [2]uint32{}, fillSgn),
		fillRows("divisions", a.Div, m.divs, divRow{q: 0xffffffff, op: 1}, fillDiv),
		fillRows("AND, OR and XOR steps", a.Bit, m.bits, bitRow{op: 7}, fillBit),
		fillRows("byte and half loads and stores", a.Sub, m.subs, subRow{}, fillSub),
		fillRows("LOG calls", a.Log, m.logs, [2]uint32{}, fillLog),
		fillRows("READ_* and WRITE_OUTPUT calls", a.IO, ios, sysCall{oc: uint32(len(m.out))}, fillIO),
		fillRows("HALT, STATE_GET, STATE_SET, LOG, SHA256_COMPRESS and KECCAK_F calls", a.Sys, others, sysCall{}, fillSys),
		fillRows("SHA256_COMPRESS calls", a.Sha, m.shas, zs, fillSha),
		fillRows("KECCAK_F calls", a.Keccak, m.keccaks, zk, fillKeccak),
	} {
		if err != nil {
			return err
		}
	}
	return nil
}

// fillRows fills a table's rows: one active row per call, in order, then
// inactive rows filled with pad, the operation that inactive rows satisfy
// (DIVU(0, 0), the SHA-256 compression and Keccak permutation of zeros, ...).
// More calls than rows is ErrTraceTooLong.
func fillRows[R, X any](what string, rows []R, calls []X, pad X, fill func(*R, X, bool)) error {
	if len(calls) > len(rows) {
		return fmt.Errorf("%d %s > %d: %w", len(calls), what, len(rows), executor.ErrTraceTooLong)
	}
	for i := range rows {
		if i < len(calls) {
			fill(&rows[i], calls[i], true)
		} else {
			fill(&rows[i], pad, false)
		}
	}
	return nil
}

// callIndex is the index of call number num in nums, -1 if absent.
func callIndex(nums []int, num uint32) int {
	for k, n := range nums {
		if uint32(n) == num {
			return k
		}
	}
	return -1
}

// fillIO fills an I/O row; inactive rows carry the output count.
func fillIO(r *IoRow, x sysCall, act bool) {
	r.Act = b2i(act)
	k := callIndex(ioCallNums[:], x.num)
	for j := range r.S {
		r.S[j] = b2i(act && j == k)
	}
	r.Idx, r.AB, r.Dv, r.OC = x.idx, bytes4(x.a0), x.dv, x.oc
}

// fillSys fills a system-call row.
func fillSys(r *SysRow, x sysCall, act bool) {
	r.Act = b2i(act)
	k := callIndex(sysCallNums[:], x.num)
	for j := range r.S {
		r.S[j] = b2i(act && j == k)
	}
	r.Idx, r.AB, r.Dv = x.idx, bytes4(x.a0), x.dv
	r.M, r.TM, r.A1, r.TA1 = x.m, x.tm, x.a1, x.ta1
}

func fillKeccak(r *KeccakRow, x keccakRow, act bool) {
	r.Act, r.TS, r.SW = b2i(act), x.ts, x.sw
	for j := range r.In {
		r.In[j], r.Out[j], r.PrevTS[j] = x.in[j], x.out[j], x.prev[j]
	}
}

func fillSha(r *ShaRow, x shaRow, act bool) {
	r.Act, r.TS, r.SW, r.BW = b2i(act), x.ts, x.sw, x.bw
	for j := range r.In {
		r.In[j], r.Out[j] = x.in[j], x.out[j]
	}
	for j := range r.Blk {
		r.Blk[j] = x.blk[j]
	}
	for j := range r.PrevTS {
		r.PrevTS[j] = x.prev[j]
	}
}

// assignMemory fills the memory table: the image words' ends, the RAM rows
// (the words accessed outside the image, and padding rows at unused
// addresses outside it) sorted by their rotated address, and the register
// rows.
func assignMemory(c Class, a *Circuit, m *machine) error {
	addrs := make([]uint32, 0, len(m.ram))
	for ad := range m.ram {
		if _, isImg := m.img[ad]; !isImg {
			addrs = append(addrs, ad)
		}
	}
	for ad := range m.lastTS {
		if ad < isa.RegBase {
			if _, ok := m.ram[uint32(ad)]; !ok {
				addrs = append(addrs, uint32(ad))
			}
		}
	}
	if len(addrs) > c.MemRows {
		return fmt.Errorf("%d RAM words outside the image > %d: %w", len(addrs), c.MemRows, executor.ErrTraceTooLong)
	}
	// Padding rows take unused words of the pages in use, the image's
	// included (so that they use no page more), then the lowest unused
	// words; never an image word.
	used := make(map[uint32]bool, len(addrs)+len(m.img))
	pageSet := map[uint32]bool{}
	for _, ad := range addrs {
		used[ad] = true
		pageSet[ad/wordsPerPage] = true
	}
	for ad := range m.img {
		used[ad] = true
		pageSet[ad/wordsPerPage] = true
	}
	pages := make([]uint32, 0, len(pageSet))
	for pg := range pageSet {
		pages = append(pages, pg)
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i] < pages[j] })
	for _, pg := range pages {
		for ad := pg * wordsPerPage; ad < (pg+1)*wordsPerPage && len(addrs) < c.MemRows; ad++ {
			if !used[ad] {
				addrs = append(addrs, ad)
				used[ad] = true
			}
		}
	}
	for free := uint32(0); len(addrs) < c.MemRows; free++ {
		if !used[free] {
			addrs = append(addrs, free)
		}
	}
	// Rotated addresses: Rot = (addr − e) mod 2^28, W = 1 below the image.
	rot := func(ad uint32) uint32 { return (ad - m.imgEnd) & (1<<ramWordBits - 1) }
	sort.Slice(addrs, func(i, j int) bool { return rot(addrs[i]) < rot(addrs[j]) })
	if c.checksPages() {
		bw := m.imgEnd - uint32(len(m.img))
		fp, lp := bw/wordsPerPage, (m.imgEnd-1)/wordsPerPage
		fo, lo := bw%wordsPerPage, (m.imgEnd-1)%wordsPerPage
		n := int(lp - fp + 1)
		prev := lp
		for r, ad := range addrs {
			pg, off := ad/wordsPerPage, ad%wordsPerPage
			isNew := pg != prev
			if isNew {
				n++
			}
			a.MemPg[r] = MemPage{P0: pg & 255, P1: pg >> 8, O0: off & 255, O1: off >> 8, New: b2i(isNew)}
			prev = pg
		}
		closes := prev == fp && n > 1
		if closes {
			n--
		}
		a.MemPgEnd[0] = MemPageEnds{FP0: fp & 255, FP1: fp >> 8, FO0: fo & 255, FO1: fo >> 8,
			LP0: lp & 255, LP1: lp >> 8, LO0: lo & 255, LO1: lo >> 8, Close: b2i(closes)}
		if n > c.memPages() && m.t == nil {
			return fmt.Errorf("the memory table lies on %d pages, over the limit of %d: %w", n, c.memPages(), ErrTraceMismatch)
		}
	}
	for j := range a.ImgEnd {
		ad := m.imgEnd - uint32(len(m.img)) + uint32(j)
		if j < len(m.img) {
			a.ImgEnd[j] = ImgEnd{Final: m.ram[ad], FinalTS: m.lastTS[uint64(ad)]}
		} else {
			a.ImgEnd[j] = ImgEnd{Final: 0, FinalTS: 0}
		}
	}
	for r := range a.Mem {
		ad := addrs[r]
		row := &a.Mem[r]
		row.Rot, row.W = rot(ad), b2i(ad < m.imgEnd)
		row.Final, row.FinalTS = m.ram[ad], m.lastTS[uint64(ad)]
		if r+1 < len(addrs) {
			row.DB = bytes4(rot(addrs[r+1]) - rot(ad) - 1)
		} else {
			row.DB = bytes4(0)
		}
	}
	for k := range 32 {
		a.RegFinal[k] = m.regs[k]
		a.RegTS[k] = m.lastTS[isa.RegBase+uint64(k)]
	}
	a.SinkFinal, a.SinkTS = m.sink, m.lastTS[isa.RegBase+sinkReg]
	return nil
}

// assignState fills the state rows (the keys of the old state and the keys
// the run accessed, ascending) and returns the new state.
func assignState(c Class, a *Circuit, m *machine) ([]statement.KV, error) {
	keySet := map[uint32]bool{}
	for k := range m.oldState {
		keySet[k] = true
	}
	for ad := range m.lastTS {
		if ad >= isa.StateBase {
			keySet[uint32(ad-isa.StateBase)] = true
		}
	}
	keys := make([]uint32, 0, len(keySet))
	for k := range keySet {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	if len(keys) > c.StateEntries {
		return nil, fmt.Errorf("%d state keys > %d: %w", len(keys), c.StateEntries, executor.ErrTraceTooLong)
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
		iv, fv := m.oldState[k], m.state[k]
		if fv != 0 {
			newState = append(newState, statement.KV{Key: k, Value: fv})
		}
		row.Act, row.KB, row.IB = 1, bytes4(k), bytes4(iv)
		row.Final, row.FinalTS = fv, m.lastTS[isa.StateBase+uint64(k)]
		row.InvI, row.InvF = invU(uint64(iv)), invU(uint64(fv))
		row.GB = bytes4(0)
		if s+1 < len(keys) {
			row.GB = bytes4(keys[s+1] - k - 1)
		}
	}
	var oldState []statement.KV
	for _, k := range keys {
		if v := m.oldState[k]; v != 0 {
			oldState = append(oldState, statement.KV{Key: k, Value: v})
		}
	}
	fillRootList(a.OldRoot, oldState)
	fillRootList(a.NewRoot, newState)
	return newState, nil
}

// fillRootList fills a state root's list: the non-zero entries in key order,
// then inactive zero rows.
func fillRootList(list []RootRow, kvs []statement.KV) {
	for s := range list {
		r := &list[s]
		r.Act, r.Key, r.Val, r.GB = 0, 0, 0, bytes4(0)
		if s < len(kvs) {
			r.Act, r.Key, r.Val = 1, kvs[s].Key, kvs[s].Value
			if s+1 < len(kvs) {
				r.GB = bytes4(kvs[s+1].Key - kvs[s].Key - 1)
			}
		}
	}
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

// fillDiv fills a divider row; an inactive row is DIVU(0, 0).
func fillBit(r *BitRow, x bitRow, act bool) {
	r.Act, r.Or, r.Xor = b2i(act), b2i(x.op == 6), b2i(x.op == 4)
	r.XN, r.YN, r.ZN = nibbles4(x.a), nibbles4(x.b), nibbles4(x.and)
}

func fillSub(r *SubRow, x subRow, act bool) {
	r.Act, r.St, r.Hw, r.Un = b2i(act), b2i(x.st), b2i(x.hw), b2i(x.un)
	r.A0, r.A1 = x.o&1, x.o>>1
	r.MB = bytes4(x.m)
	r.Y0, r.Y1, r.Y2, r.Y3 = x.y&255, x.y>>8&255, x.y>>16&255, x.y>>24
	r.LS = x.m >> (8 * x.o) >> 7 & 1
	r.LSH = x.m >> (8 * (1 + 2*(x.o>>1))) >> 7 & 1
}

// fillMul fills a multiplier row; an inactive row is MUL(0, 0).
func fillMul(r *MulRow, x mulRow, act bool) {
	r.Act = b2i(act)
	r.Hi, r.SA, r.SB, r.Sh = x.code&mulHi, x.code&mulSA/mulSA, x.code&mulSB/mulSB, x.code&mulSh/mulSh
	r.AB, r.LA, r.NA = bytes3(x.a), x.a>>24&127, x.a>>31
	r.BB, r.LB, r.NB = bytes3(x.b), x.b>>24&127, x.b>>31
	r.Pow = pow2(x.powExp())
	r.LoB, r.HiB = bytes4(x.lo), bytes4(x.hi)
	r.K = b2i(x.negative())
}

// fillSgn fills a sign-table row with operands x; an inactive row is zeros.
func fillSgn(r *SgnRow, x [2]uint32, act bool) {
	r.Act = b2i(act)
	r.AB, r.LA, r.NA = bytes3(x[0]), x[0]>>24&127, x[0]>>31
	r.BB, r.LB, r.NB = bytes3(x[1]), x[1]>>24&127, x[1]>>31
}

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

// fillLog fills a log row; an inactive row is (0, 0).
func fillLog(l *LogRow, x [2]uint32, act bool) {
	ptr, n := x[0], x[1]
	h := isa.MaxLogLine - n
	l.Act, l.H0, l.H1 = b2i(act), h&255, h>>8
	l.HInv = inv(big.NewInt(int64(h) - isa.MaxLogLine))
	l.PB = bytes4(ptr)
	l.GB = bytes4(uint32(uint64(isa.RAMSize) - uint64(ptr) - uint64(n) - b2i(n == 0)))
}
