package circuits

import (
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/zkprover/zkprover/executor"
)

// subwordProgram stores a word, then runs every byte and half load and
// store at every legal offset (steps 6 on), and outputs the sum of the
// loaded values and the final word.
func subwordProgram() []uint32 {
	p := prog(
		uType(0x2000, s0, 0x37), li(s1, -0x7f3e5a81), // s0 = 0x2000_000, s1 = 0x80c1a57f
		store(2, s1, s0, 0), // SW
		li(a0, 0),
	)
	for o := int32(0); o < 4; o++ {
		p = append(p, load(0, t0, s0, o), add(a0, a0, t0)) // LB
		p = append(p, load(4, t0, s0, o), add(a0, a0, t0)) // LBU
	}
	for o := int32(0); o < 4; o += 2 {
		p = append(p, load(1, t0, s0, o), add(a0, a0, t0)) // LH
		p = append(p, load(5, t0, s0, o), add(a0, a0, t0)) // LHU
	}
	p = append(p, li(t1, -0x1235)...)                       // 0xffffedcb
	p = append(p, store(0, t1, s0, 1), store(1, t1, s0, 2)) // SB at 1, SH at 2
	p = append(p, load(2, t2, s0, 0), add(a0, a0, t2))
	return prog(p, syscall(4), halt(0))
}

// TestSubwordTable: byte and half loads and stores are proven by the
// sub-word table (subword.go); each of its rules rejects a forged witness.
func TestSubwordTable(t *testing.T) {
	c := NewClass(7) // 16 sub-word rows
	w := run(t, subwordProgram(), runIn{})
	v := uint32(0x80c1a57f)
	var want uint32
	for o := 0; o < 4; o++ {
		b := v >> (8 * o) & 255
		want += uint32(int32(int8(b))) + b
	}
	for o := 0; o < 4; o += 2 {
		h := v >> (8 * o) & 0xffff
		want += uint32(int32(int16(h))) + h
	}
	final := v&^0xffffff00 | 0xcb<<8 | 0xedcb<<16
	want += final
	if got := statementOutput(t, w); got != want {
		t.Fatalf("output %#x, want %#x", got, want)
	}
	a := accept(t, c, w)
	n := 0
	for _, r := range a.Sub {
		n += int(toBig(r.Act).Int64())
	}
	if n != 14 {
		t.Fatalf("%d active sub-word rows, want 14", n)
	}
	// Control: an inactive row offers nothing, so its columns are free.
	a = mustAssign(t, c, w)
	a.Sub[len(a.Sub)-1].St, a.Sub[len(a.Sub)-1].Un = 1, 1
	acceptAssigned(t, c, a, "inactive row claiming an unsigned store")

	one := big.NewInt(1)
	bump := func(v any) any { return new(big.Int).Add(toBig(v), one) }
	// Steps: LB and LBU at offsets 0..3 are steps 5, 7, 9, ..., 19 (rows
	// 0..7), LH and LHU at 0 and 2 steps 21, 23, 25, 27 (rows 8..11), SB
	// at 1 step 31 (row 12), SH at 2 step 32 (row 13).
	const lb, sb = 5, 31
	// The step's claim.
	reject(t, c, w, "wrong loaded byte in the step", func(a *Circuit) { a.Steps[lb].TV = bump(a.Steps[lb].TV) })
	reject(t, c, w, "LB not in the table", func(a *Circuit) { a.Sub[0].Act = 0 })
	reject(t, c, w, "an extra active row", func(a *Circuit) { a.Sub[len(a.Sub)-1] = a.Sub[0] })
	// The row's operation and offset.
	reject(t, c, w, "LB row claims LBU (byte 0xa5)", func(a *Circuit) { a.Sub[2].Un = 1 })
	reject(t, c, w, "LBU row claims LB (byte 0xa5)", func(a *Circuit) { a.Sub[3].Un = 0 })
	reject(t, c, w, "LB row claims LH", func(a *Circuit) { a.Sub[0].Hw = 1 })
	reject(t, c, w, "LB row claims SB", func(a *Circuit) { a.Sub[0].St = 1 })
	reject(t, c, w, "LB row at another offset", func(a *Circuit) { a.Sub[0].A0 = 1 })
	reject(t, c, w, "non-boolean offset bit", func(a *Circuit) { a.Sub[0].A1 = 2 })
	reject(t, c, w, "SB row claims SH", func(a *Circuit) { a.Sub[12].Hw = 1 })
	reject(t, c, w, "SB row claims an unsigned store (op 12)", func(a *Circuit) { a.Sub[12].Un = 1 })
	reject(t, c, w, "SH row claims an unsigned store (op 13)", func(a *Circuit) { a.Sub[13].Un = 1 })
	// The row's bytes and signs.
	reject(t, c, w, "word byte changed", func(a *Circuit) { a.Sub[0].MB[0] = bump(a.Sub[0].MB[0]) })
	reject(t, c, w, "word bytes carry (same word, byte 256)", func(a *Circuit) {
		a.Sub[0].MB[1] = new(big.Int).Add(toBig(a.Sub[0].MB[1]), big.NewInt(256))
		a.Sub[0].MB[2] = new(big.Int).Sub(toBig(a.Sub[0].MB[2]), one)
	})
	reject(t, c, w, "sign bit set on 0x7f", func(a *Circuit) { a.Sub[0].LS = 1 })
	reject(t, c, w, "sign bit cleared on 0xa5", func(a *Circuit) { a.Sub[2].LS = 0 })
	reject(t, c, w, "half sign bit cleared on 0x80c1", func(a *Circuit) { a.Sub[10].LSH = 0 })
	reject(t, c, w, "stored byte changed in the row", func(a *Circuit) { a.Sub[12].Y0 = bump(a.Sub[12].Y0) })
	// Coherent forgeries: the value a step loads or stores is forged and
	// everything downstream follows (register, memory, output, statement);
	// the table row stays the true one, so only the bus can reject.
	rejectTampered(t, c, w, "LB returns the unsigned byte", &tamper{result: atStep(9, func(v uint32) uint32 { return v & 255 })})
	rejectTampered(t, c, w, "LBU returns the signed byte", &tamper{result: atStep(11, func(v uint32) uint32 { return uint32(int32(int8(v))) })})
	rejectTampered(t, c, w, "LH at offset 2 returns offset 0's half", &tamper{result: atStep(25, func(uint32) uint32 { return 0xffffa57f })})
	rejectTampered(t, c, w, "LHU returns the signed half", &tamper{result: atStep(27, func(v uint32) uint32 { return uint32(int32(int16(v))) })})
	rejectTampered(t, c, w, "SB writes two bytes", &tamper{stored: atStep(sb, func(x uint32) uint32 { return x&^0xff0000 | 0xcb0000 })})
	rejectTampered(t, c, w, "SH writes at offset 0", &tamper{stored: atStep(sb+1, func(uint32) uint32 { return 0xedcbedcb })})
	rejectTampered(t, c, w, "SB writes nothing", &tamper{stored: atStep(sb, func(uint32) uint32 { return 0x80c1a57f })})
	// Control: the tampers leaving the values alone are accepted.
	same := func(_ int, v uint32) uint32 { return v }
	a3, err := assign(c, w, &tamper{result: same, stored: same})
	if err != nil {
		t.Fatal(err)
	}
	if err := solve(t, c, a3); err != nil {
		t.Fatalf("identity tampers rejected: %v", err)
	}
}

// TestSubwordCapacity: a run with more byte and half loads and stores than
// the class's sub-word rows does not fit it, and segments are cut before
// the step that would need one more row than a segment class has.
func TestSubwordCapacity(t *testing.T) {
	w := run(t, subwordProgram(), runIn{})
	c := NewClass(6)
	c.SubRows = 13
	err := c.Fits(w)
	if !errors.Is(err, executor.ErrTraceTooLong) || !strings.Contains(err.Error(), "14 byte and half loads and stores > 13") {
		t.Fatalf("14 sub-word steps in 13 rows: %v", err)
	}
	c.SubRows = 14
	accept(t, c, w)

	sc := NewSegmentClass(6)
	sc.SubRows = 4
	p, err := executor.NewProgram(testBase, testBase, subwordProgram())
	if err != nil {
		t.Fatal(err)
	}
	segs, cuts := cutRun(t, sc, p, runIn{})
	if cuts < 3 {
		t.Fatalf("%d segments, %d cut early", segs, cuts)
	}
}
