package circuits

import (
	"math/big"
	"reflect"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
)

// signProgram compares every pair of corner values with SLT, SLTI, BLT and
// BGE (signs equal and different, −2^31, −1, 0, 2^31 − 1), writing each
// SLT/SLTI result and each branch's outcome to the output.
func signProgram() []uint32 {
	vals := []int32{-0x80000000, -1, 0, 1, 0x7fffffff}
	var p []uint32
	outT := func() { p = append(p, addi(a0, t0, 0)); p = append(p, syscall(4)...) }
	for i, x := range vals {
		y := vals[(i+2)%len(vals)]
		p = append(p, li(s0, x)...)
		p = append(p, li(s1, y)...)
		p = append(p, alu(0, 2, t0, s0, s1)) // SLT
		outT()
		p = append(p, aluI(2, t0, s0, -1)) // SLTI x < -1
		outT()
		for _, f3 := range []uint32{4, 5} { // BLT, BGE: t0 = taken
			p = append(p, li(t0, 1)...)
			p = append(p, branch(f3, s0, s1, 8), addi(t0, zero, 0))
			outT()
		}
	}
	return append(p, halt(0)...)
}

// TestSignTable proves signed comparisons of corner values, each result
// checked against Go's, with one sign row per comparison; one row less
// does not fit.
func TestSignTable(t *testing.T) {
	vals := []int32{-0x80000000, -1, 0, 1, 0x7fffffff}
	w := run(t, signProgram(), runIn{})
	var want []uint32
	for i, x := range vals {
		y := vals[(i+2)%len(vals)]
		want = append(want, uint32(b2i(x < y)), uint32(b2i(x < -1)), uint32(b2i(x < y)), uint32(b2i(x >= y)))
	}
	for k, v := range want {
		if got := uint32(w.Output[4*k]); got != v {
			t.Fatalf("comparison %d: %d, want %d", k, got, v)
		}
	}
	c := NewClass(8)
	c.SgnRows = len(want)
	a := accept(t, c, w)
	if n := countActive(a.Sgn); n != len(want) {
		t.Fatalf("%d active sign rows, want %d", n, len(want))
	}
	small := c
	small.SgnRows--
	if small.Fits(w) == nil {
		t.Fatal("fits a class with one sign row less")
	}
	// every column of an active row raised by 1 is rejected
	for _, r := range []int{0, 1, 2, 3, 4, 8} {
		cols := leafVariables(reflect.ValueOf(&mustAssign(t, c, w).Sgn[r]).Elem())
		for k := range cols {
			a := mustAssign(t, c, w)
			v := leafVariables(reflect.ValueOf(&a.Sgn[r]).Elem())[k]
			old := toBig(*v.ptr)
			*v.ptr = new(big.Int).Add(old, big.NewInt(1))
			if solve(t, c, a) == nil {
				t.Errorf("row %d: %s %s -> %s accepted", r, v.name, old, *v.ptr)
			}
		}
	}
}

// TestSignForged: the sign of −2^31 claimed 1/2 (NA = 1/2 with its 7 bits
// LA = 64: the same word) makes the step's signed less-than lts = ltu +
// 1/2, whose half shifts the decode key's comparison digits by 2, the ltu
// digit: SLT(−2^31, 0) then matches the entry (ltu 1, lts 0) and writes
// lts = 1/2. In a witness coherent otherwise (the step's TV 3/2, t0 ending
// 1/2), only NA's booleanity rejects it (checked by deleting it); the sign
// bit claimed 0 with LA = 128 (lts 0, the result 0 written) only LA's
// range check (likewise). A step's
// SLT, BLT and BGE with its TV not the row's are rejected.
func TestSignForged(t *testing.T) {
	c := NewClass(5)
	w := run(t, prog(li(s0, -0x80000000), li(s1, 0), alu(0, 2, t0, s0, s1), halt(0)), runIn{})
	a := accept(t, c, w)
	st := findStep(t, w, func(insn uint32) bool { return insn == alu(0, 2, t0, s0, s1) })
	if toU32(a.RegFinal[t0]) != 1 {
		t.Fatal("SLT(-2^31, 0) is not 1")
	}
	half := new(big.Int).ModInverse(big.NewInt(2), ecc.BN254.ScalarField())
	forge := func(name string, na, la any, tv, res *big.Int) {
		err := forgeAndSolve(t, c, w, &tamper{
			cmp:    atStep(st, func(uint32) uint32 { return 0 }),
			result: atStep(st, func(uint32) uint32 { return 0 }),
		}, func(a *Circuit) {
			a.Sgn[0].NA, a.Sgn[0].LA = na, la
			a.Steps[st].TV = tv
			a.RegFinal[t0] = res
		})
		if err == nil {
			t.Errorf("%s: forged witness accepted", name)
		}
	}
	forge("SLT(-2^31, 0) = 1/2 by NA = 1/2", half, 64, new(big.Int).Add(big.NewInt(1), half), half)
	forge("SLT(-2^31, 0) = 0 by NA = 0, LA = 128", 0, 128, big.NewInt(1), big.NewInt(0))

	w = run(t, signProgram(), runIn{})
	c = NewClass(8)
	one := big.NewInt(1)
	for _, i := range []int{findStep(t, w, func(insn uint32) bool { return insn&0x7f == 0x33 && insn>>12&7 == 2 }),
		findStep(t, w, func(insn uint32) bool { return insn&0x7f == 0x63 && insn>>12&7 == 4 }),
		findStep(t, w, func(insn uint32) bool { return insn&0x7f == 0x63 && insn>>12&7 == 5 })} {
		reject(t, c, w, "the step's sign difference not the row's", func(a *Circuit) {
			a.Steps[i].TV = new(big.Int).Add(toBig(a.Steps[i].TV), one)
		})
	}
}
