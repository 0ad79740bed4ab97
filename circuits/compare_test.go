package circuits

import (
	"fmt"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// compareProgram runs every branch (taken and not) and every SLT, SLTU,
// SLTI, SLTIU on operand pairs that are equal, ordered alike signed and
// unsigned, and ordered differently (a negative against a positive).
func compareProgram() []uint32 {
	var parts []any
	pairs := [][2]int32{{3, 3}, {-5, 3}, {3, -5}, {-5, -2}}
	for _, pr := range pairs {
		parts = append(parts, li(s0, pr[0]), li(s1, pr[1]))
		for _, f3 := range []uint32{0, 1, 4, 5, 6, 7} {
			// t1 counts the branches not taken.
			parts = append(parts, branch(f3, s0, s1, 8), addi(t1, t1, 1))
		}
		parts = append(parts, alu(0, 2, t2, s0, s1), add(a1, a1, t2), alu(0, 3, t2, s0, s1), add(a1, a1, t2),
			aluI(2, t2, s0, 3), add(a1, a1, t2), aluI(3, t2, s0, -5), add(a1, a1, t2))
	}
	return prog(append(parts, add(a0, t1, a1), halt(0))...)
}

// compareRows lists the steps that ask the compare table.
func compareRows(t *testing.T, a *Circuit) []int {
	t.Helper()
	var rows []int
	for i, r := range a.Steps {
		if toBig(r.Flag[fBr]).Sign() != 0 || toBig(r.Flag[fRSlx]).Sign() != 0 {
			rows = append(rows, i)
		}
	}
	return rows
}

// TestCompareTable checks branches and SLT/SLTU through the comparison part
// of the decode table (docs/circuit.md rule 2d): the true witness is
// accepted; flipping the bit of any one branch or comparison is rejected
// even when the replay follows it (the other target is fetched, the other
// result written); a bit that is not a bit is rejected; on a row that is
// not a comparison Tk is 0.
func TestCompareTable(t *testing.T) {
	c := NewClass(8)
	w := run(t, compareProgram(), runIn{})
	a := accept(t, c, w)
	rows := compareRows(t, a)
	if len(rows) != 4*(6+4) {
		t.Fatalf("%d compare rows, want %d", len(rows), 4*(6+4))
	}
	// Control: the same replay with the bits unchanged is accepted; a row
	// that does not compare has Tk 0 (its decode rows say so).
	same := mustAssignTampered(t, c, w, &tamper{cmp: func(_ int, b uint32) uint32 { return b }})
	acceptAssigned(t, c, same, "identity tamper")
	pinned := mustAssign(t, c, w)
	pinned.Steps[0].Tk = 1
	rejectAssigned(t, c, pinned, "Tk 1 on a row that is not a comparison")

	for _, i := range rows {
		rejectTampered(t, c, w, fmt.Sprintf("compare bit of step %d flipped", i),
			&tamper{cmp: atStep(i, func(b uint32) uint32 { return 1 - b })})
	}

	// SLT of −5 < 3 (eqz 0, ltu 0, lts 1): the key's comparison part is
	// 4 + 8·Tk = 12. Tk = −1/2 makes it 0, the entry (SLT, 0, 0, 0) → 0, and writes
	// −1/2 to t2, which nothing reads: only Tk's booleanity rejects it
	// (deleting the check lets it through).
	w = run(t, prog(li(s0, -5), li(s1, 3), alu(0, 2, t2, s0, s1), halt(0)), runIn{})
	nb := mustAssign(t, c, w)
	slt := compareRows(t, nb)
	if len(slt) != 1 || toBig(nb.Steps[slt[0]].Tk).Int64() != 1 {
		t.Fatalf("compare rows %v", slt)
	}
	var x fr.Element
	x.SetInt64(-2)
	x.Inverse(&x)
	h := new(big.Int)
	x.BigInt(h)
	nb.Steps[slt[0]].Tk = h
	nb.RegFinal[t2] = h
	rejectAssigned(t, c, nb, "SLT bit −1/2")
}
