package circuits

import (
	"math/big"
	"reflect"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"

	"github.com/zkprover/zkprover/isa"
)

// mulProgram runs every multiplier operation on corner values: signs,
// -2^31, all ones, shift amounts 0, 31 and 33 (taken mod 32), and the
// immediate shifts. With out, each result goes to the output
// (WRITE_OUTPUT); else it stays in t0 until the next operation. The
// operations' steps are returned in order.
func mulProgram(out bool) (p []uint32, steps []int) {
	vals := [][2]int32{{-7, 3}, {-0x80000000, -0x80000000}, {-1, -1}, {0x7fffffff, 33}, {12345, 0}, {-3, 31}}
	op := func(in uint32) {
		steps = append(steps, len(p))
		p = append(p, in)
		if out {
			p = append(p, addi(a0, t0, 0))
			p = append(p, syscall(4)...)
		}
	}
	for _, v := range vals {
		p = append(p, li(s0, v[0])...)
		p = append(p, li(s1, v[1])...)
		for _, in := range []uint32{mulOp(0, t0, s0, s1), mulOp(1, t0, s0, s1), mulOp(2, t0, s0, s1), mulOp(3, t0, s0, s1),
			alu(0, 1, t0, s0, s1), alu(0, 5, t0, s0, s1), alu(0x20, 5, t0, s0, s1)} {
			op(in)
		}
	}
	for _, in := range []uint32{aluI(1, t0, s0, 0), aluI(1, t0, s0, 31), aluI(5, t0, s0, 0), aluI(5, t0, s0, 31),
		iType(0x400, s0, 5, t0, 0x13), iType(0x400|31, s0, 5, t0, 0x13)} { // SRAI by 0 and 31
		op(in)
	}
	return append(p, halt(0)...), steps
}

// TestMultiplierTable proves every multiplier operation on corner values
// and checks each result against the executor's; one row less than the
// run needs does not fit.
func TestMultiplierTable(t *testing.T) {
	p, steps := mulProgram(true)
	w := run(t, p, runIn{})
	c := NewClass(9)
	c.MulRows = len(steps)
	a := accept(t, c, w)
	if len(w.Output)/4 != len(steps) {
		t.Fatalf("%d outputs for %d operations", len(w.Output)/4, len(steps))
	}
	for k := range steps {
		row := &a.Mul[k]
		res := toU32(row.LoB[0]) | toU32(row.LoB[1])<<8 | toU32(row.LoB[2])<<16 | toU32(row.LoB[3])<<24
		if toU32(row.Hi) == 1 {
			res = toU32(row.HiB[0]) | toU32(row.HiB[1])<<8 | toU32(row.HiB[2])<<16 | toU32(row.HiB[3])<<24
		}
		out := uint32(w.Output[4*k]) | uint32(w.Output[4*k+1])<<8 | uint32(w.Output[4*k+2])<<16 | uint32(w.Output[4*k+3])<<24
		if res != out {
			t.Errorf("operation %d (insn %08x): row result %08x, executor %08x", k, w.Trace.Steps[steps[k]].Insn, res, out)
		}
	}
	small := c
	small.MulRows--
	if small.Fits(w) == nil {
		t.Fatal("fits a class with one multiplier row less")
	}
}

// TestMultiplierForgedResults: a wrong product in the row, coherent
// otherwise (the step's TV and the register follow it), is
// rejected for every operation, in either word and by ±1 or a carry
// between the words.
func TestMultiplierForgedResults(t *testing.T) {
	p, steps := mulProgram(false)
	w := run(t, p, runIn{})
	c := NewClass(9)
	c.MulRows = len(steps)
	for k, st := range steps {
		for _, f := range []struct {
			name string
			mod  func(lo, hi uint32) (uint32, uint32)
		}{
			{"lo+1", func(lo, hi uint32) (uint32, uint32) { return lo + 1, hi }},
			{"hi-1", func(lo, hi uint32) (uint32, uint32) { return lo, hi - 1 }},
			{"carry", func(lo, hi uint32) (uint32, uint32) { return lo - 1, hi + 1 }},
		} {
			tp := &tamper{mul: func(i int, lo, hi uint32) (uint32, uint32) {
				if i == st {
					return f.mod(lo, hi)
				}
				return lo, hi
			}}
			if solve(t, c, mustAssignTampered(t, c, w, tp)) == nil {
				t.Errorf("operation %d (insn %08x) %s: forged witness accepted", k, w.Trace.Steps[st].Insn, f.name)
			}
		}
	}
}

// TestMultiplierOpBits: one operation bit that is not a bit, with the
// product words of the forged operands and a result the step writes (a
// word), coherent otherwise: SA, SB or Sh keeping the code of the step's
// operation; Hi = 1/256, which moves 2^56 from the code's digit into the
// key's b (the row multiplies by b − 2^24); and a K that is not a bit,
// making any words the product. Only that bit's boolean rejects each
// (checked by deleting it: the forgery is then accepted).
func TestMultiplierOpBits(t *testing.T) {
	c := NewClass(6)
	half, quarter, eighth := inverse(2), inverse(4), inverse(8)
	minusHalf := new(big.Int).Sub(ecc.BN254.ScalarField(), half)
	kFive := new(big.Int).Mul(big.NewInt(4), new(big.Int).ModInverse(pow2(64), ecc.BN254.ScalarField()))
	kFive.Mod(kFive, ecc.BN254.ScalarField())
	for _, f := range []struct {
		name   string
		a, b   int32
		insn   uint32
		hi, sa any
		sb, sh any
		lo, hw uint32 // the forged product's words
		k      any
		res    uint32
		zeroB  bool // the row multiplies by b = 0, not the step's b
	}{
		// MUL, code 0: Hi + 2 SA = 0; the result is the high word
		{"MUL(3, 2^31) = 1 by Hi = 1, SA = -1/2", 3, -0x80000000, mulOp(0, t0, s0, s1), 1, minusHalf, 0, 0, 0x80000000, 1, 0, 1, false},
		// MULHU, code 1: Hi + 2 SA = 1 with Hi = 0; a − 2^31 for negative a
		{"MULHU(-1, 1) = 2^31-1 by SA = 1/2", -1, 1, mulOp(3, t0, s0, s1), 0, half, 0, 0, 0x7fffffff, 0, 0, 0x7fffffff, false},
		// MULHU: Hi + 4 SB = 1 with Hi = 0; b − 2^30 for negative b
		{"MULHU(1, 2^31) = 2^30 by SB = 1/4", 1, -0x80000000, mulOp(3, t0, s0, s1), 0, 0, quarter, 0, 0x40000000, 0, 0, 0x40000000, false},
		// MULHU: Hi + 8 Sh = 1 with Hi = 0; mB = b + (2^8 − b)/8 = 39 for b = 8
		{"MULHU(1, 8) = 39 by Sh = 1/8", 1, 8, mulOp(3, t0, s0, s1), 0, 0, 0, eighth, 39, 0, 0, 39, false},
		// MUL(1, 2^24) by a row of MUL(1, 0) with Hi = 1/256: 2^64·Hi is
		// 2^56, so the row's key 1 + 2^32·0 + 2^64·Hi is the step's
		// 1 + 2^32·2^24; the shift key 0 + 256·Hi = 1 is in the table
		// (Pow 2), and lo = hi = 0 makes the result 0
		{"MUL(1, 2^24) = 0 by Hi = 1/256 and b = 0", 1, 1 << 24, mulOp(0, t0, s0, s1), inverse(256), 0, 0, 0, 0, 0, 0, 0, true},
		// MUL: 1·1 + 2^64 K = 5 with K = 4/2^64
		{"MUL(1, 1) = 5 by K = 4/2^64", 1, 1, mulOp(0, t0, s0, s1), 0, 0, 0, 0, 5, 0, kFive, 5, false},
	} {
		p := prog(li(s0, f.a), li(s1, f.b), f.insn, halt(0))
		w := run(t, p, runIn{})
		a := accept(t, c, w)
		st := findStep(t, w, func(insn uint32) bool { return insn == f.insn })
		hiBit := toU32(a.Mul[0].Hi)
		tp := &tamper{mul: func(i int, lo, hi uint32) (uint32, uint32) {
			if i != st {
				return lo, hi
			}
			if hiBit == 1 {
				return lo, f.res
			}
			return f.res, hi
		}}
		err := forgeAndSolve(t, c, w, tp, func(a *Circuit) {
			r := &a.Mul[0]
			r.Hi, r.SA, r.SB, r.Sh = f.hi, f.sa, f.sb, f.sh
			r.LoB, r.HiB, r.K = bytes4(f.lo), bytes4(f.hw), f.k
			// Pow of the forged Hi, from the shift table's key
			key := new(big.Int).Add(toBig(r.BB[0]), new(big.Int).Mul(toBig(r.Hi), big.NewInt(256)))
			key.Mod(key, ecc.BN254.ScalarField())
			if !key.IsUint64() || key.Uint64() >= 512 {
				t.Fatalf("%s: shift key %s not in the table", f.name, key)
			}
			sh := uint(key.Uint64() & 31)
			if key.Uint64() >= 256 {
				sh = 32 - sh
			}
			r.Pow = pow2(sh)
			if f.zeroB {
				r.BB, r.LB, r.NB = bytes3(0), 0, 0
			}
		})
		if err == nil {
			t.Errorf("%s: forged witness accepted", f.name)
		}
	}
}

func inverse(x int64) *big.Int {
	return new(big.Int).ModInverse(big.NewInt(x), ecc.BN254.ScalarField())
}

// fieldFrac is num/den in the circuit's field (a non-integer witness value).
func fieldFrac(num, den int64) *big.Int {
	x := new(big.Int).Mul(big.NewInt(num), inverse(den))
	return x.Mod(x, ecc.BN254.ScalarField())
}

// TestMultiplierRowMutations: every column of an active multiplier row
// matters: raising any one of them by 1 is rejected (every operation).
func TestMultiplierRowMutations(t *testing.T) {
	p, steps := mulProgram(false)
	w := run(t, p, runIn{})
	c := NewClass(9)
	c.MulRows = len(steps)
	for _, r := range []int{0, 1, 2, 3, 4, 5, 6, 8, len(steps) - 1} {
		cols := leafVariables(reflect.ValueOf(&mustAssign(t, c, w).Mul[r]).Elem())
		for k := range cols {
			a := mustAssign(t, c, w)
			v := leafVariables(reflect.ValueOf(&a.Mul[r]).Elem())[k]
			old := toBig(*v.ptr)
			*v.ptr = new(big.Int).Add(old, big.NewInt(1))
			if err := solve(t, c, a); err == nil {
				t.Errorf("row %d: %s %s -> %s accepted", r, v.name, old, *v.ptr)
			}
		}
	}
}

// TestALUCodeForged: a step whose ALU code names another operation than
// its instruction's, with the table row computing that operation and the
// step writing its result, coherent otherwise: only the code's component
// of the decode key rejects it (checked by deleting it from the key: the
// forgeries are then accepted). SRL(-8, 1) as SRA (0xfffffffc, not
// 0x7ffffffc); MULHU(-1, -1) as MULH (0, not 0xfffffffe); SLL(3, 1) as
// MUL (3, not 6).
func TestALUCodeForged(t *testing.T) {
	c := NewClass(5)
	for _, f := range []struct {
		name string
		a, b int32
		insn uint32
		code uint32
	}{
		{"SRL as SRA", -8, 1, alu(0, 5, t0, s0, s1), mulSh | mulHi | mulSA},
		{"MULHU as MULH", -1, -1, mulOp(3, t0, s0, s1), mulHi | mulSA | mulSB},
		{"SLL as MUL", 3, 1, alu(0, 1, t0, s0, s1), 0},
	} {
		w := run(t, prog(li(s0, f.a), li(s1, f.b), f.insn, halt(0)), runIn{})
		a := accept(t, c, w)
		st := findStep(t, w, func(insn uint32) bool { return insn == f.insn })
		x := mulRow{a: uint32(f.a), b: uint32(f.b), code: f.code}
		x.lo, x.hi = x.product()
		if honest := toU32(a.Steps[st].TV); honest == x.result() {
			t.Fatalf("%s: the forged result %08x is the honest one", f.name, honest)
		}
		hiBit := toU32(a.Mul[0].Hi)
		tp := &tamper{mul: func(i int, lo, hi uint32) (uint32, uint32) {
			if i != st {
				return lo, hi
			}
			if hiBit == 1 {
				return lo, x.result()
			}
			return x.result(), hi
		}}
		err := forgeAndSolve(t, c, w, tp, func(a *Circuit) {
			a.Steps[st].AC = f.code
			fillMul(&a.Mul[0], x, true)
		})
		if err == nil {
			t.Errorf("%s: forged witness accepted", f.name)
		}
	}
}

// TestALUCodes: the decode table gives every ALU instruction the code of
// its table and operation, the signed comparisons (SLT, SLTI, BLT, BGE)
// the sign table's, and every other instruction code 0; the codes of
// distinct operations differ and are below 2^aluCodeBits.
func TestALUCodes(t *testing.T) {
	ops := map[uint32]string{}
	for _, r := range decodeTable() {
		insn := r.op7 | r.f3<<12 | r.f7m<<25
		if has(r.flags, fSgn) {
			if has(r.flags, fAlu) || aluTableOf(r.code) != aluSgnTable || !isa.IsSignedCmp(insn) {
				t.Errorf("insn %08x: a signed comparison with code %d", insn, r.code)
			}
			continue
		}
		if isa.IsSignedCmp(insn) {
			t.Errorf("insn %08x: a signed comparison without the sign flag", insn)
		}
		if !has(r.flags, fAlu) {
			if r.code != 0 || isa.IsMulShift(insn) || isa.IsBitwise(insn) || isa.IsDivide(insn) {
				t.Errorf("insn %08x: not an ALU instruction, code %d", insn, r.code)
			}
			continue
		}
		if r.code >= 1<<aluCodeBits {
			t.Errorf("insn %08x: code %d", insn, r.code)
		}
		var op string
		switch {
		case isa.IsMulShift(insn) && aluTableOf(r.code) == aluMulTable:
			switch {
			case r.op7 == 0x33 && r.f7m == 1:
				op = [4]string{"MUL", "MULH", "MULHSU", "MULHU"}[r.f3]
			case r.f3 == 1:
				op = "SLL"
			case r.f7m == 0x20:
				op = "SRA"
			default:
				op = "SRL"
			}
		case isa.IsBitwise(insn) && aluTableOf(r.code) == aluBitTable && r.code == aluBit+r.f3:
			op = [8]string{4: "XOR", 6: "OR", 7: "AND"}[r.f3]
		case isa.IsDivide(insn) && aluTableOf(r.code) == aluDivTable && r.code == aluDiv+r.f3:
			op = [8]string{4: "DIV", 5: "DIVU", 6: "REM", 7: "REMU"}[r.f3]
		default:
			t.Errorf("insn %08x: code %d of another table", insn, r.code)
			continue
		}
		if prev, ok := ops[r.code]; ok && prev != op {
			t.Errorf("code %d is %s and %s", r.code, prev, op)
		}
		ops[r.code] = op
	}
	if len(ops) != 14 {
		t.Errorf("%d ALU operations, want 14: %v", len(ops), ops)
	}
}
