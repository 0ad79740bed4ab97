package circuits

import (
	"fmt"
	"math/big"
	"testing"
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
// accepted; flipping the bit of any one branch or the result of any SLT*
// is rejected even when the replay follows it (the other target is
// fetched, the other result written); a Tk that is not a bit is rejected;
// on a row that is not a branch Tk is 0.
func TestCompareTable(t *testing.T) {
	c := NewClass(8)
	w := run(t, compareProgram(), runIn{})
	a := accept(t, c, w)
	rows := compareRows(t, a)
	if len(rows) != 4*(6+4) {
		t.Fatalf("%d compare rows, want %d", len(rows), 4*(6+4))
	}
	// Control: the same replay with the bits unchanged is accepted; a row
	// that does not branch has Tk 0 (its decode rows say so).
	same := mustAssignTampered(t, c, w, &tamper{cmp: func(_ int, b uint32) uint32 { return b }})
	acceptAssigned(t, c, same, "identity tamper")
	pinned := mustAssign(t, c, w)
	pinned.Steps[0].Tk = 1
	rejectAssigned(t, c, pinned, "Tk 1 on a row that is not a comparison")

	for _, i := range rows {
		rejectTampered(t, c, w, fmt.Sprintf("compare bit of step %d flipped", i),
			&tamper{cmp: atStep(i, func(b uint32) uint32 { return 1 - b })})
	}

	// A padding row's comparison digits are eqz + 2·ltu + 4·lts = 7 (W1 =
	// 0, no carry). Tk = −7/8 makes them 0, the padding row's entry with
	// (0, 0, 0), and moves the row's next pc by Tk·(immB − 4) = 7/2, which
	// the later padding rows' pcs follow: only Tk's booleanity rejects it
	// (deleting the check lets it through). Without it a row could take
	// any decode row's flags, Tk absorbing the key's difference.
	w = run(t, halt(0), runIn{})
	c4 := NewClass(4)
	nb := mustAssign(t, c4, w)
	p := len(w.Trace.Steps) // the first padding row
	nb.Steps[p].Tk = fieldFrac(-7, 8)
	sh := fieldFrac(7, 2)
	for i := p + 1; i < c4.Steps; i++ {
		nb.Steps[i].PC = new(big.Int).Add(toBig(nb.Steps[i].PC), sh)
	}
	rejectAssigned(t, c4, nb, "padding row's Tk −7/8")
}

// TestTkZeroOffBranches: ADDI s0, x0, 1 (rd 8: immB = 8) with Tk = 1
// jumps to pc + 8, skipping ADDI a0, x0, 0: the run halts with exit code 7
// instead of 0, the witness replayed coherently along the forged path.
// Only the decode table's Tk = 0 on rows that are not branches rejects it.
func TestTkZeroOffBranches(t *testing.T) {
	c := NewClass(4)
	w := run(t, prog(addi(a0, zero, 7), addi(s0, zero, 1), addi(a0, zero, 0), li(a7, 0), uint32(ecall)), runIn{})
	if w.ExitCode != 0 {
		t.Fatalf("exit %d", w.ExitCode)
	}
	a := mustAssignTampered(t, c, w, &tamper{npc: atStep(1, func(v uint32) uint32 { return v + 4 })})
	if toBig(a.ExitB[0]).Int64() != 7 {
		t.Fatalf("forged exit code byte %v, want 7", a.ExitB[0])
	}
	a.Steps[1].Tk = 1
	if err := solve(t, c, a); err == nil {
		t.Errorf("ADDI with Tk 1 (skipping the next instruction, exit 7) accepted")
	}
}
