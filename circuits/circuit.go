package circuits

import (
	"fmt"
	"math/big"
	"reflect"

	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/permutation/poseidon2"

	"github.com/zkprover/zkprover/statement"
)

// Row is one step of the machine (all secret).
type Row struct {
	Act, PC                                        frontend.Variable
	Op7, Rd0, RdHi, F3, Rs1, Rs20, Rs2Hi, F7Lo, S7 frontend.Variable
	Flag                                           [numFlags]frontend.Variable
	Hl                                             frontend.Variable // the step halts (an ECALL whose system-call row is HALT)
	RdNZ                                           frontend.Variable
	VD                                             frontend.Variable    // slot D's value before the step: rd's, or a store's word
	TA, TB, TD                                     frontend.Variable    // timestamps of the previous accesses
	V1, VB                                         frontend.Variable    // v1 (slot A's value) and slot B's value: rs2's, a load's word (free when unused)
	SB                                             [3]frontend.Variable // W1 bytes 1..3 (adder and comparator, low word)
	W2                                             frontend.Variable    // the adder's carry, the comparator's 1 - LTU
	AC                                             frontend.Variable    // the ALU code (decode.go): the ALU table operation of an fAlu step, else 0
	DInv                                           frontend.Variable    // inverse of W1
	A0, A1, T6                                     frontend.Variable    // W1 byte 0 = A0 + 2 A1 + 4 T6
	TV                                             frontend.Variable    // the table's value: the ALU result (shift, MUL*, DIV/REM, AND/OR/XOR), sub-word load or store result, an ECALL's a0 after the call
	Tk                                             frontend.Variable    // the comparison bit: a branch's condition, 0 on any other row (the decode rows)
}

// IoRow is one READ_ONCHAIN, READ_OFFCHAIN, READ_CONTEXT or WRITE_OUTPUT
// call of the I/O table (syscall.go; all secret).
type IoRow struct {
	Act frontend.Variable
	S   [len(ioCallNums)]frontend.Variable // one-hot: the call is ioCallNums[k]
	Idx frontend.Variable                  // the step row of the ECALL
	AB  [4]frontend.Variable               // bytes of a0
	Dv  frontend.Variable                  // a0 after the call: the READ word, or a0
	OC  frontend.Variable                  // words written to the output before this call
}

// SysRow is one HALT, STATE_GET, STATE_SET, LOG, SHA256_COMPRESS or
// KECCAK_F call of the system-call table (syscall.go; all secret).
type SysRow struct {
	Act     frontend.Variable
	S       [len(sysCallNums)]frontend.Variable // one-hot: the call is sysCallNums[k]
	Idx     frontend.Variable                   // the step row of the ECALL
	AB      [4]frontend.Variable                // bytes of a0
	Dv      frontend.Variable                   // a0 after the call: the STATE_GET value, or a0
	M, TM   frontend.Variable                   // STATE_GET/STATE_SET: the state word before the call, its previous timestamp
	A1, TA1 frontend.Variable                   // STATE_SET, LOG, SHA256_COMPRESS: a1, its previous timestamp
}

// MemRow is one RAM word outside the image in the memory table of a
// whole-run circuit (all secret). Its word address is Rot + e − 2^28·W, e
// being the image's end (base/4 + image words): rows are sorted by Rot, the
// address rotated so that the image is last (memory.go).
type MemRow struct {
	Rot, W, Final, FinalTS frontend.Variable
	DB                     [4]frontend.Variable // Rot(next) - Rot - 1
}

// ImgEnd is the end of an image word's life in the memory table of a
// whole-run circuit: its final value and timestamp (all secret). The image
// word's address is initialised with the word itself (image.go).
type ImgEnd struct {
	Final, FinalTS frontend.Variable
}

// MemPageEnds are the page-count columns of the image's ends (the pages of
// its first and last word) and Close, 1 when the last RAM row is on the
// image's first page (all secret; memory.go pageCount).
type MemPageEnds struct {
	FP0, FP1, FO0, FO1, LP0, LP1, LO0, LO1, Close frontend.Variable
}

// MemPage splits the word address of a RAM row into its page (P0 + 256 P1,
// pages of isa.PageBytes) and the offset in the page (O0 + 256 O1); New is 1
// when the page differs from the previous row's. Only classes whose RAM rows
// could use more pages than the memory limit have them (all secret).
type MemPage struct {
	P0, P1, O0, O1, New frontend.Variable
}

// DivRow is one division of the divider table (all secret): it proves
// (a, b, op) -> result for op = funct3 - 4 of DIV, DIVU, REM, REMU.
type DivRow struct {
	Act, OpS, OpR, BInv, Ov frontend.Variable // OpS: signed, OpR: remainder
	AB, BB, QB, RB          [3]frontend.Variable
	LA, SA, LB, SB          frontend.Variable
	LQ, SQ, LR, SR          frontend.Variable
	GB                      [4]frontend.Variable // |b| - |r| - 1 when b != 0
}

// MulRow is one row of the multiplier table (all secret): it proves
// (a, b, code) -> result for the shifts and MUL, MULH, MULHSU, MULHU, code
// being the four operation bits (decode.go, mulHi ... mulSh).
type MulRow struct {
	Act, Hi, SA, SB, Sh frontend.Variable    // operation bits
	AB, BB              [3]frontend.Variable // bytes 0..2 of a and b
	LA, NA, LB, NB      frontend.Variable    // 7 bits and the sign of a and of b
	Pow                 frontend.Variable    // shifts: 2^shamt, or 2^(32-shamt) for right shifts
	LoB, HiB            [4]frontend.Variable // the product's low and high words
	K                   frontend.Variable    // 1 when the product is negative (2^64 added)
}

// SgnRow is one row of the sign table (all secret): the signs of the two
// operands of a signed comparison (SLT, SLTI, BLT, BGE).
type SgnRow struct {
	Act            frontend.Variable
	AB, BB         [3]frontend.Variable // bytes 0..2 of a and b
	LA, NA, LB, NB frontend.Variable    // 7 bits and the sign of a and of b
}

// BitRow is one row of the bitwise table (all secret): it proves
// (a, b, op) -> result for op = funct3 of XOR (4), OR (6), AND (7) and
// their immediate forms.
type BitRow struct {
	Act, Or, Xor frontend.Variable    // AND when neither Or nor Xor
	XN, YN, ZN   [8]frontend.Variable // nibbles of a, b, a & b
}

// SubRow is one row of the sub-word table (all secret): it proves what a
// byte or half load reads from a word, or what a byte or half store makes
// of it.
type SubRow struct {
	Act, St, Hw, Un frontend.Variable    // store, half (else byte), unsigned load (funct3 bit 2)
	A0, A1          frontend.Variable    // byte offset bits
	MB              [4]frontend.Variable // the word's bytes
	Y0, Y1, Y2, Y3  frontend.Variable    // bytes of operand B (Y0, Y1: the low half, the stored byte or half)
	LS, LSH         frontend.Variable    // sign bits of the byte and of the half's high byte
}

// LogRow is one LOG call of the log table (all secret): it proves that the
// buffer [ptr, ptr+len) is inside RAM and len <= isa.MaxLogLine.
type LogRow struct {
	Act, H0, H1, HInv frontend.Variable    // MaxLogLine - len = H0 + 256 H1
	PB, GB            [4]frontend.Variable // ptr bytes; 2^30 - ptr - len - [len = 0] bytes
}

// StateRow is one state key of the memory table (all secret).
type StateRow struct {
	Act, Final, FinalTS, InvI, InvF frontend.Variable
	KB, IB, GB                      [4]frontend.Variable // key bytes, initial value bytes, key gap bytes
}

// RootRow is one entry of a state root's list: the state rows with a
// non-zero value (initial for the old root, final for the new), compacted
// into an active prefix in key order (memory.go stateRows; all secret).
type RootRow struct {
	Act, Key, Val frontend.Variable
	GB            [4]frontend.Variable // Key(next) - Key - 1 when the next row is active
}

// Circuit is the zkVM circuit of one class. Pub are the 27 public inputs of
// statement.Public.Elements(), in order.
type Circuit struct {
	class    Class               `gnark:"-"`
	exitCode frontend.Variable   `gnark:"-"` // set by public(), used by steps()
	entry    frontend.Variable   `gnark:"-"` // set by image(), used by steps()
	imgBase  frontend.Variable   `gnark:"-"` // base/4, set by image(), used by memory()
	imgN     frontend.Variable   `gnark:"-"` // image words, set by image(), used by memory()
	st       []frontend.Variable `gnark:"-"` // the 27 statement elements: Pub, or Stmt in a segment circuit
	sg       *segState           `gnark:"-"` // segment circuits only

	// Pub are the public inputs: the 27 statement elements, or in a segment
	// circuit the one segment digest (statement.SegmentDigest).
	Pub []frontend.Variable `gnark:",public"`
	// Stmt are the 27 statement elements of a segment circuit (secret);
	// empty otherwise.
	Stmt []frontend.Variable

	EntryB, BaseB [4]frontend.Variable // entry and base/4 bytes
	ImgAct        []frontend.Variable
	ImgB          [][4]frontend.Variable
	OffAct        []frontend.Variable
	OffB          [][4]frontend.Variable
	OffPad        frontend.Variable
	OnB, OnEn     [statement.MaxOnchainInputBytes]frontend.Variable
	OutB          [statement.MaxOutputBytes]frontend.Variable
	OutEn         [statement.MaxOutputWords]frontend.Variable
	CtxB          [6][4]frontend.Variable
	SeqB          [5][4]frontend.Variable
	ExitB         [4]frontend.Variable

	Steps    []Row
	ImgEnd   []ImgEnd // whole-run circuits: one per image word; empty in segments
	Mem      []MemRow // whole-run circuits: RAM words outside the image
	RegFinal [32]frontend.Variable
	RegTS    [32]frontend.Variable
	// the sink register (sinkReg), where writes to x0 go: final value and timestamp
	SinkFinal, SinkTS frontend.Variable
	State             []StateRow
	OldRoot           []RootRow // the old state root's entries (StateEntries rows)
	NewRoot           []RootRow // the new state root's entries (StateEntries rows)
	Mul               []MulRow
	Sgn               []SgnRow
	Div               []DivRow
	Bit               []BitRow
	Sub               []SubRow
	Log               []LogRow
	IO                []IoRow       // READ_* and WRITE_OUTPUT calls (syscall.go)
	Sys               []SysRow      // the other system calls (syscall.go)
	Sha               []ShaRow      // SHA256_COMPRESS calls (precompile.go)
	Keccak            []KeccakRow   // KECCAK_F calls (precompile.go)
	MemPg             []MemPage     // one per RAM row where the class checks the page count, else none
	MemPgEnd          []MemPageEnds // one where the class checks the page count, else none

	// Segment circuits only (segment.go); empty otherwise.
	SegV   []SegCols   // one: the boundaries
	SegMem []SegMemRow // RAM rows, PageWords per page slot
	SegPg  []SegPage   // page slots
}

// NewCircuit returns the empty circuit of class c (for compile and setup).
func NewCircuit(c Class) frontend.Circuit { return newCircuit(c) }

func newCircuit(c Class) *Circuit {
	npub, nstmt, nseg, nmem, nimg := statement.NumPublic, 0, 0, c.MemRows, c.ImageWords
	if c.Seg {
		npub, nstmt, nseg, nmem, nimg = 1, statement.NumPublic, 1, 0, 0
	}
	return &Circuit{
		class:    c,
		Pub:      make([]frontend.Variable, npub),
		Stmt:     make([]frontend.Variable, nstmt),
		SegV:     make([]SegCols, nseg),
		SegMem:   make([]SegMemRow, c.PageSlots*statement.PageWords),
		SegPg:    make([]SegPage, c.PageSlots),
		ImgAct:   make([]frontend.Variable, c.ImageWords),
		ImgB:     make([][4]frontend.Variable, c.ImageWords),
		OffAct:   make([]frontend.Variable, c.OffchainWords),
		OffB:     make([][4]frontend.Variable, c.OffchainWords),
		Steps:    make([]Row, c.Steps),
		ImgEnd:   make([]ImgEnd, nimg),
		Mem:      make([]MemRow, nmem),
		State:    make([]StateRow, c.StateEntries),
		OldRoot:  make([]RootRow, c.StateEntries),
		NewRoot:  make([]RootRow, c.StateEntries),
		Mul:      make([]MulRow, c.MulRows),
		Sgn:      make([]SgnRow, c.SgnRows),
		Div:      make([]DivRow, c.DivRows),
		Bit:      make([]BitRow, c.BitRows),
		Sub:      make([]SubRow, c.SubRows),
		Log:      make([]LogRow, c.LogRows),
		IO:       make([]IoRow, c.IoRows),
		Sys:      make([]SysRow, c.SysRows),
		Sha:      make([]ShaRow, c.ShaRows),
		Keccak:   make([]KeccakRow, c.KeccakRows),
		MemPg:    make([]MemPage, pageRows(c)),
		MemPgEnd: make([]MemPageEnds, min(1, pageRows(c))),
	}
}

func pageRows(c Class) int {
	if c.checksPages() && !c.Seg {
		return c.MemRows
	}
	return 0
}

func word(api frontend.API, b [4]frontend.Variable) frontend.Variable {
	return api.Add(b[0], api.Mul(b[1], 1<<8), api.Mul(b[2], 1<<16), api.Mul(b[3], 1<<24))
}

type bigInt = big.Int

func pow2(n uint) *big.Int { return new(big.Int).Lsh(big.NewInt(1), n) }

func bigU(x uint64) *big.Int { return new(big.Int).SetUint64(x) }

// inputs lists every input variable of the circuit that the bus's
// commitment binds: all of them, public ones included, except a segment
// circuit's one public input, which is a hash computed in the circuit from
// committed values (docs/circuit.md "Segments", S6) and must not be
// committed for the recursive verifier (docs/recursion.md, "Shapes").
func (c *Circuit) inputs() []frontend.Variable {
	var out []frontend.Variable
	var walk func(v reflect.Value)
	vt := reflect.TypeOf((*frontend.Variable)(nil)).Elem()
	walk = func(v reflect.Value) {
		switch {
		case v.Type() == vt:
			if !v.IsNil() {
				out = append(out, v.Interface())
			}
		case v.Kind() == reflect.Struct:
			for i := 0; i < v.NumField(); i++ {
				if c.class.Seg && v.Type() == reflect.TypeOf(*c) && v.Type().Field(i).Name == "Pub" {
					continue
				}
				if v.Type().Field(i).IsExported() {
					walk(v.Field(i))
				}
			}
		case v.Kind() == reflect.Array || v.Kind() == reflect.Slice:
			for i := 0; i < v.Len(); i++ {
				walk(v.Index(i))
			}
		}
	}
	walk(reflect.ValueOf(c).Elem())
	return out
}

type gadgets struct {
	api  frontend.API
	bus  *bus
	perm *poseidon2.Permutation
	sp   *poseidon2.Permutation // statement.Sponge's permutation (hash.go), made on first use
}

func (g *gadgets) zero(x frontend.Variable)    { g.api.AssertIsEqual(x, 0) }
func (g *gadgets) gate(f, x frontend.Variable) { g.api.AssertIsEqual(g.api.Mul(f, x), 0) }
func (g *gadgets) boolean(x frontend.Variable) { g.api.AssertIsBoolean(x) }
func (g *gadgets) bytes(b [4]frontend.Variable, m frontend.Variable) {
	for _, x := range b {
		g.bus.rng(8, x, m)
	}
}

// signedWord range-checks a word given as 3 bytes, 7 bits and a sign bit
// and returns its value.
func (g *gadgets) signedWord(b [4]frontend.Variable, sign frontend.Variable) frontend.Variable {
	for k := 0; k < 3; k++ {
		g.bus.rng(8, b[k], 1)
	}
	g.bus.rng(7, b[3], 1)
	g.boolean(sign)
	return word3(g.api, [3]frontend.Variable{b[0], b[1], b[2]}, b[3], sign)
}

func word3(api frontend.API, b [3]frontend.Variable, l, s frontend.Variable) frontend.Variable {
	return api.Add(b[0], api.Mul(b[1], 1<<8), api.Mul(b[2], 1<<16), api.Mul(api.Add(l, api.Mul(s, 128)), 1<<24))
}

// Define implements frontend.Circuit.
func (c *Circuit) Define(api frontend.API) error {
	cl := c.class
	if cl.Steps == 0 || len(c.Steps) != cl.Steps {
		return fmt.Errorf("circuit of class %v not built with NewCircuit", cl)
	}
	perm, err := poseidon2.NewPoseidon2(api)
	if err != nil {
		return fmt.Errorf("poseidon2: %w", err)
	}
	g := &gadgets{api: api, bus: newBus(api), perm: perm}
	b := g.bus

	for k := 1; k <= 8; k++ {
		b.rangeTable(tagRange0+k, 1<<k)
	}
	b.rangeTable(tagTS, 3*cl.Steps+1)
	c.st = c.Pub
	if cl.Seg {
		if len(c.SegV) != 1 || len(c.Stmt) != statement.NumPublic {
			return fmt.Errorf("segment circuit of class %v not built with NewCircuit", cl)
		}
		c.st = c.Stmt
		c.sg = c.segBegin(g)
	}
	c.tables(g)
	if err := c.public(g); err != nil {
		return err
	}
	if err := c.image(g); err != nil {
		return err
	}
	c.steps(g)
	if err := c.memory(g); err != nil {
		return err
	}
	c.multiplier(g)
	c.signs(g)
	c.divider(g)
	c.bitwise(g)
	c.subword(g)
	c.logTable(g)
	c.ioTable(g)
	c.sysTable(g)
	nibbleTable(b, cl.nibbleFns())
	if err := c.shaTable(g); err != nil {
		return err
	}
	if err := c.keccakTable(g); err != nil {
		return err
	}
	if cl.Seg {
		c.segEnd(g)
	}
	return b.finalize(c.inputs())
}

// tables adds the constant tables of the step: decode, shift, rd != 0, AND.
func (c *Circuit) tables(g *gadgets) {
	b := g.bus
	t := b.newTable(tagDecode)
	// Every row of the decode table comes with the eight (eqz, ltu, lts)
	// bit triples of the comparator and the compare bit Tk: a branch's
	// condition (cmpBit), 0 for any other instruction (step.go).
	withCmp := func(k *big.Int, fl uint64, f3 uint32) {
		cmp := has(fl, fBr)
		for x := range 8 {
			tk := 0
			if cmp {
				tk = int(b2i(cmpBit(f3, x&1 == 1, x&2 == 2, x&4 == 4)))
			}
			kc := new(big.Int).Add(k, new(big.Int).Lsh(big.NewInt(int64(x+8*tk)), cmpShift))
			t.entry(kc, kc, nil)
		}
	}
	withCmp(big.NewInt(0), 0, 0) // padding row: invalid, no flags
	for _, r := range decodeTable() {
		k := new(big.Int).SetUint64(r.flags)
		k.Lsh(k, 18)
		k.Add(k, new(big.Int).Lsh(big.NewInt(int64(r.code)), aluShift))
		k.Add(k, big.NewInt(int64(1+2*(r.op7+r.f3<<7+r.f7m<<10))))
		withCmp(k, r.flags, r.f3)
		if has(r.flags, fEcall) { // the ECALL that halts
			withCmp(new(big.Int).Add(k, pow2(56)), r.flags, r.f3)
		}
	}
	t = b.newTable(tagShift)
	for right := 0; right < 2; right++ {
		for y := 0; y < 256; y++ {
			sh := uint(y & 31)
			p := pow2(sh)
			if right == 1 {
				p = pow2(32 - sh)
			}
			key := y + 256*right
			t.entry(key, key, &bval{v: p})
		}
	}
	// (alignment, rd): an aligned (offset, word access) pair (any offset
	// for bytes and halves: the sub-word table checks theirs; 0 for words)
	// with a register index and its non-zero flag.
	t = b.newTable(tagAlignRd)
	for k := range 5 {
		for r := range 32 {
			key := k + 8*r + 512*min(r, 1)
			t.entry(key, key, nil)
		}
	}
	t = b.newTable(tagSign)
	for x := 0; x < 256; x++ {
		t.entry(x+256*(x>>7), x+256*(x>>7), nil)
	}
	t = b.newTable(tagAnd)
	for x := 0; x < 16; x++ {
		for y := 0; y < 16; y++ {
			// (x; β: y; β²: x AND y): the lookup pins all three
			t.entry2(x+16*y+256*(x&y), x, &bval{v: y}, &bval{v: x & y})
		}
	}
}
