package circuits

import (
	"errors"
	"math/big"
	"reflect"
	"strings"
	"testing"

	"github.com/zkprover/zkprover/executor"
)

// bitwiseProgram runs AND, OR, XOR, ANDI, ORI and XORI (steps 4..9, after
// the two-instruction loads of s0 and s1) on operands with both signs and outputs their
// sum.
func bitwiseProgram() []uint32 {
	return prog(
		li(s0, -0x12345679), li(s1, 0x0ff0f00f),
		alu(0, 7, t0, s0, s1),  // 4: and
		alu(0, 6, t1, s0, s1),  // 5: or
		alu(0, 4, t2, s0, s1),  // 6: xor
		aluI(7, a1, s0, -16),   // 7: andi
		aluI(6, a2, s1, 0x7ff), // 8: ori
		aluI(4, a3, s0, -1),    // 9: xori (not)
		add(a0, t0, t1), add(a0, a0, t2), add(a0, a0, a1), add(a0, a0, a2), add(a0, a0, a3),
		syscall(4),
		halt(0),
	)
}

// TestBitwiseTable: AND, OR, XOR and their immediate forms are proven by the
// bitwise table (bitwise.go); each of its rules rejects a forged witness.
func TestBitwiseTable(t *testing.T) {
	c := NewClass(5)
	w := run(t, bitwiseProgram(), runIn{})
	x, y := uint32(0xedcba987), uint32(0x0ff0f00f)
	want := (x & y) + (x | y) + (x ^ y) + (x & 0xfffffff0) + (y | 0x7ff) + ^x
	if got := statementOutput(t, w); got != want {
		t.Fatalf("output %#x, want %#x", got, want)
	}
	a := accept(t, c, w)
	if n := countActive(a.Bit); n != 6 {
		t.Fatalf("%d active bitwise rows, want 6", n)
	}
	// Control: an inactive row offers nothing, so its operation is free.
	a = mustAssign(t, c, w)
	a.Bit[len(a.Bit)-1].Or = 1
	acceptAssigned(t, c, a, "inactive row claiming OR")
	one := big.NewInt(1)
	bump := func(v any) any { return new(big.Int).Add(toBig(v), one) }
	// The step's claim.
	reject(t, c, w, "wrong AND result in the step", func(a *Circuit) { a.Steps[4].TV = bump(a.Steps[4].TV) })
	reject(t, c, w, "AND not in the table", func(a *Circuit) { a.Bit[0].Act = 0 })
	reject(t, c, w, "an extra active row", func(a *Circuit) {
		a.Bit[len(a.Bit)-1] = a.Bit[0]
	})
	// The row's operation.
	reject(t, c, w, "AND row claims OR", func(a *Circuit) { a.Bit[0].Or = 1 })
	reject(t, c, w, "OR row claims XOR", func(a *Circuit) { a.Bit[1].Or, a.Bit[1].Xor = 0, 1 })
	reject(t, c, w, "XOR row claims AND", func(a *Circuit) { a.Bit[2].Xor = 0 })
	reject(t, c, w, "both OR and XOR", func(a *Circuit) { a.Bit[1].Xor = 1 })
	reject(t, c, w, "non-boolean Or", func(a *Circuit) { a.Bit[1].Or = 2 })
	// The row's nibbles.
	reject(t, c, w, "AND nibble changed", func(a *Circuit) { a.Bit[0].ZN[0] = bump(a.Bit[0].ZN[0]) })
	reject(t, c, w, "operand nibble changed", func(a *Circuit) { a.Bit[0].XN[3] = bump(a.Bit[0].XN[3]) })
	reject(t, c, w, "operand nibbles carry (same word, nibble 16)", func(a *Circuit) {
		// a = 0xedcba987: nibble 0 is 7; 7 + 16 and nibble 1 one less keep the word
		a.Bit[0].XN[0] = new(big.Int).Add(toBig(a.Bit[0].XN[0]), big.NewInt(16))
		a.Bit[0].XN[1] = new(big.Int).Sub(toBig(a.Bit[0].XN[1]), one)
	})
	reject(t, c, w, "second operand nibbles carry (same word, nibble 16)", func(a *Circuit) {
		// b = 0x0ff0f00f: nibble 1 is 0; nibble 1 + 16 and nibble 2 one less keep the word
		a.Bit[0].YN[1] = new(big.Int).Add(toBig(a.Bit[0].YN[1]), big.NewInt(16))
		a.Bit[0].YN[2] = new(big.Int).Sub(toBig(a.Bit[0].YN[2]), one)
	})
	reject(t, c, w, "step operand not the register's value", func(a *Circuit) { a.Steps[4].V1 = bump(a.Steps[4].V1) })
	// Coherent forgeries: the AND word is forged in the table and the step
	// alike (the result, the register, the output and the statement
	// follow; every forged result is a word), so only the AND lookups can
	// reject.
	for _, f := range []struct {
		name string
		step int
		and  func(uint32) uint32
	}{
		{"AND + 1", 4, func(v uint32) uint32 { return v + 1 }},
		{"OR through AND - 1", 5, func(v uint32) uint32 { return v - 1 }},
		{"XOR through AND ^ 0x100", 6, func(v uint32) uint32 { return v ^ 0x100 }},
		{"ANDI through a wider AND", 7, func(v uint32) uint32 { return v | 0xf }},
		{"ORI through AND 0", 8, func(uint32) uint32 { return 0 }},
		{"XORI through AND ^ 1", 9, func(v uint32) uint32 { return v ^ 1 }},
	} {
		rejectTampered(t, c, w, f.name, &tamper{and: func(i int, v uint32) uint32 {
			if i == f.step {
				return f.and(v)
			}
			return v
		}})
	}
	// Control: the same tamper leaving the value alone is accepted.
	a2, err := assign(c, w, &tamper{and: func(_ int, v uint32) uint32 { return v }})
	if err != nil {
		t.Fatal(err)
	}
	if err := solve(t, c, a2); err != nil {
		t.Fatalf("identity tamper rejected: %v", err)
	}
}

// TestBitwiseCapacity: a run with more AND, OR and XOR steps than the
// class's bitwise rows does not fit it (ErrTraceTooLong, named), and fits
// with one more row; segments are cut before the step that would need one
// more row than a segment class has.
func TestBitwiseCapacity(t *testing.T) {
	w := run(t, bitwiseProgram(), runIn{})
	c := NewClass(5)
	c.BitRows = 5
	err := c.Fits(w)
	if !errors.Is(err, executor.ErrTraceTooLong) || !strings.Contains(err.Error(), "6 AND, OR and XOR steps > 5") {
		t.Fatalf("6 bitwise steps in 5 rows: %v", err)
	}
	c.BitRows = 6
	accept(t, c, w)

	sc := NewSegmentClass(5)
	sc.BitRows = 2
	p, err := executor.NewProgram(testBase, testBase, bitwiseProgram())
	if err != nil {
		t.Fatal(err)
	}
	segs, cuts := cutRun(t, sc, p, runIn{})
	if cuts < 2 {
		t.Fatalf("%d segments, %d cut early", segs, cuts)
	}
}

// countActive counts the rows whose Act is 1.
func countActive[R any](rows []R) int {
	n := 0
	for i := range rows {
		n += int(toBig(reflect.ValueOf(&rows[i]).Elem().FieldByName("Act").Interface()).Int64())
	}
	return n
}

// statementOutput is the first output word of w.
func statementOutput(t *testing.T, w *Witness) uint32 {
	t.Helper()
	if len(w.Output) < 4 {
		t.Fatalf("output of %d bytes", len(w.Output))
	}
	return uint32(w.Output[0]) | uint32(w.Output[1])<<8 | uint32(w.Output[2])<<16 | uint32(w.Output[3])<<24
}

// TestBitwiseNibblesPinned: the AND lookup pins each nibble triple, not just
// its packing x + 16y + 256z. AND(1, 0x11) = 0 is forged coherently (the
// table's AND word, the step's result, the output and the statement) with the
// triples (1, 17, 0) and (0, 0, 0): the second operand's nibbles 17 and 0
// still make 0x11, and (1, 17, 0) packs like the entry (1, 1, 1). Only the
// β and β² separation of the lookup (no nibble is range-checked) refuses it.
func TestBitwiseNibblesPinned(t *testing.T) {
	c := NewClass(5)
	w := run(t, prog(li(s0, 1), li(s1, 0x11), alu(0, 7, a0, s0, s1), syscall(4), halt(0)), runIn{})
	accept(t, c, w)
	a, err := assign(c, w, &tamper{and: func(i int, v uint32) uint32 {
		if i == 2 {
			return 0
		}
		return v
	}})
	if err != nil {
		t.Fatal(err)
	}
	r := &a.(*Circuit).Bit[0]
	if toBig(r.YN[0]).Int64() != 1 || toBig(r.YN[1]).Int64() != 1 || toBig(r.ZN[0]).Int64() != 0 {
		t.Fatalf("row 0 is not AND(1, 0x11) forged to 0: %v %v", r.YN, r.ZN)
	}
	r.YN[0], r.YN[1] = 17, 0
	rejectAssigned(t, c, a.(*Circuit), "AND(1, 0x11) = 0 by nibbles (1, 17, 0), (0, 0, 0)")
}
