package circuits

import (
	"errors"
	"math/big"
	"testing"

	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/statement"
)

func mustAssign(t *testing.T, c Class, w *Witness) *Circuit {
	t.Helper()
	a, err := Assign(c, w)
	if err != nil {
		t.Fatalf("assign: %v", err)
	}
	return a.(*Circuit)
}

// mustAssignTampered assigns w replayed with tp (the tamper hooks of
// replay.go), for witnesses forged coherently and then changed further.
func mustAssignTampered(t *testing.T, c Class, w *Witness, tp *tamper) *Circuit {
	t.Helper()
	a, err := assign(c, w, tp)
	if err != nil {
		t.Fatal(err)
	}
	return a.(*Circuit)
}

func accept(t *testing.T, c Class, w *Witness) *Circuit {
	t.Helper()
	a := mustAssign(t, c, w)
	if err := solve(t, c, a); err != nil {
		t.Fatalf("valid witness rejected: %v", err)
	}
	return a
}

// reject checks that the mutated assignment is not solvable.
func reject(t *testing.T, c Class, w *Witness, name string, mut func(a *Circuit)) {
	t.Helper()
	a := mustAssign(t, c, w)
	mut(a)
	if err := solve(t, c, a); err == nil {
		t.Errorf("%s: forged witness accepted", name)
	}
}

// aluSections exercise every RV32IM instruction kind with signed corner
// cases; each section folds its results into the output.
func aluSections() [][]uint32 {
	vals := []int32{0, 1, -1, 7, -7, 0x7fffffff, -0x80000000, 12345, -3}
	var secs [][]uint32
	var p []uint32
	out := func(r uint32) {
		// fold into x18 (rotate-xor) so that every result reaches the output
		p = append(p, aluI(1, 19, 18, 1), aluI(5, 18, 18, 31), alu(0, 6, 18, 18, 19), alu(0, 4, 18, 18, r))
	}
	flush := func() {
		p = append(p, addi(a0, 18, 0))
		p = append(p, syscall(4)...)
		p = append(p, halt(0)...)
		secs = append(secs, p)
		p = nil
	}
	for i, x := range vals {
		y := vals[(i*5+3)%len(vals)]
		p = append(p, li(s0, x)...)
		p = append(p, li(s1, y)...)
		for f3 := uint32(0); f3 < 8; f3++ {
			p = append(p, alu(0, f3, t0, s0, s1), mulOp(f3, t1, s0, s1))
			p = append(p, add(t2, t0, t1))
			out(t2)
		}
		p = append(p, alu(0x20, 0, t0, s0, s1), alu(0x20, 5, t1, s0, s1), add(t2, t0, t1))
		out(t2)
		for _, f3 := range []uint32{0, 2, 3, 4, 6, 7} {
			p = append(p, aluI(f3, t0, s0, int32(-5+int(f3)*300)))
			out(t0)
		}
		p = append(p, aluI(1, t0, s0, 3), aluI(5, t1, s0, 31), iType(0x400|7, s0, 5, t2, 0x13))
		p = append(p, add(t0, t0, t1), add(t0, t0, t2))
		out(t0)
		flush()
	}
	// division corner cases
	p = append(p, li(s0, -0x80000000)...)
	p = append(p, li(s1, -1)...)
	p = append(p, mulOp(4, t0, s0, s1), mulOp(6, t1, s0, s1), mulOp(4, t2, s0, zero), mulOp(7, a2, s0, zero))
	out(t0)
	out(t1)
	out(t2)
	out(a2)
	flush()
	// memory: stores and loads of every width at every offset
	p = append(p, uType(0x2000, s0, 0x37)) // s0 = 0x2000
	p = append(p, li(s1, -0x12345679)...)
	p = append(p, store(2, s1, s0, 0), store(0, s1, s0, 5), store(1, s1, s0, 10), store(0, s1, s0, 7))
	for _, f3 := range []uint32{0, 1, 2, 4, 5} {
		for off := int32(0); off < 8; off++ {
			if (f3 == 1 || f3 == 5) && off%2 != 0 || f3 == 2 && off%4 != 0 {
				continue
			}
			p = append(p, load(f3, t0, s0, off))
			out(t0)
		}
	}
	flush()
	// branches (taken and not), jumps, auipc, fence
	for _, f3 := range []uint32{0, 1, 4, 5, 6, 7} {
		p = append(p, li(t0, 0)...)
		p = append(p, branch(f3, s1, s0, 8), addi(t0, t0, 1), addi(t0, t0, 2))
		out(t0)
		p = append(p, branch(f3, s0, s0, 8), addi(t0, t0, 4), addi(t0, t0, 8))
		out(t0)
	}
	p = append(p, jal(ra, 8), addi(t0, zero, 99), uType(0x5000, t1, 0x17), sub(t1, t1, ra))
	out(t1)
	p = append(p, uType(0, t2, 0x17), jalr(ra, t2, 13), addi(t0, zero, 1), addi(t0, zero, 2))
	out(t0)
	out(ra)
	p = append(p, 0x0000000f) // fence
	flush()
	return secs
}

func TestALUProgram(t *testing.T) {
	c := NewClass(8)
	for k, sec := range aluSections() {
		w := run(t, sec, runIn{})
		if len(w.Trace.Steps) > c.Steps {
			t.Fatalf("section %d too long: %d steps", k, len(w.Trace.Steps))
		}
		accept(t, c, w)
	}
}

func TestSyscalls(t *testing.T) {
	c := NewClass(6)
	in := runIn{onchain: []byte{1, 2, 3, 4, 5, 6}, offchain: []byte{9, 8, 7, 6, 5},
		state: []statement.KV{{Key: 3, Value: 30}, {Key: 9, Value: 90}},
		ctx:   statement.Context{ChainID: 1<<40 + 5, Timestamp: 77, BatchNum: 1<<33 + 1, Sequencer: [20]byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20}}}
	p := prog(
		li(a0, 1), syscall(1), syscall(4), // onchain word 1
		li(a0, 1), syscall(2), syscall(4), // offchain word 1
		li(a0, 12), syscall(3), syscall(4), // context field 12
		li(a0, 3), syscall(5), addi(s0, a0, 1), // state[3]
		li(a0, 3), addi(a1, zero, 0), syscall(6), // delete key 3
		li(a0, 5), addi(a1, s0, 0), syscall(6), // set key 5
		li(a0, 9), syscall(5), syscall(4),
		uType(0x2000, a0, 0x37), addi(a1, zero, 10), syscall(7), // log
		li(a0, 0x3ffffff0), addi(a1, zero, 16), syscall(7), // log ending at the top of RAM
		li(a0, 0x3fffffff), addi(a1, zero, 0), syscall(7), // empty log at the last byte
		halt(0),
	)
	w := run(t, p, in)
	accept(t, c, w)
	reject(t, c, w, "log buffer changed", func(a *Circuit) { a.Log[1].PB[0] = 0xf1 })
	reject(t, c, w, "log call dropped", func(a *Circuit) { a.Log[2].Act = 0 })
}

// forged witnesses: one per rule of the spec.
func TestForgeries(t *testing.T) {
	c := NewClass(6)
	in := runIn{onchain: []byte{1, 2, 3, 4}, state: []statement.KV{{Key: 3, Value: 30}}}
	p := prog(
		li(s0, 100), li(s1, 7), // 0,1
		add(t0, s0, s1),             // 2: t0 = 107
		mulOp(4, t1, s0, s1),        // 3: div = 14
		addi(a0, t0, 0), syscall(4), // 4..6: output 107
		li(a0, 0), syscall(1), syscall(4), // read onchain, output it
		li(a0, 3), syscall(5), addi(a1, a0, 1), syscall(6), // state[3] = 31
		uType(0x2000, s0, 0x37), store(2, s1, s0, 0), load(0, t2, s0, 0),
		halt(5),
	)
	w := run(t, p, in)
	accept(t, c, w)
	one := big.NewInt(1)
	bump := func(v any) any { return new(big.Int).Add(toBig(v), one) }
	reject(t, c, w, "wrong ALU result (ADD)", func(a *Circuit) { a.Steps[2].SB[0] = bump(a.Steps[2].SB[0]) })
	reject(t, c, w, "wrong quotient in the divider", func(a *Circuit) { a.Div[0].QB[0] = bump(a.Div[0].QB[0]) })
	reject(t, c, w, "wrong quotient in the step", func(a *Circuit) {
		a.Steps[3].TV = bump(a.Steps[3].TV)
	})
	reject(t, c, w, "division not in the divider", func(a *Circuit) { a.Div[0].Act = 0 })
	reject(t, c, w, "wrong next pc", func(a *Circuit) {
		for i := 3; i < len(a.Steps); i++ {
			a.Steps[i].PC = new(big.Int).Add(toBig(a.Steps[i].PC), big.NewInt(4))
		}
	})
	reject(t, c, w, "changed output", func(a *Circuit) { a.Pub[statement.IdxOutput] = bump(a.Pub[statement.IdxOutput]) })
	reject(t, c, w, "changed exit code", func(a *Circuit) {
		a.Pub[statement.IdxLengths] = new(big.Int).Add(toBig(a.Pub[statement.IdxLengths]), new(big.Int).Lsh(one, 64))
	})
	reject(t, c, w, "changed program id", func(a *Circuit) { a.Pub[statement.IdxProgramID] = bump(a.Pub[statement.IdxProgramID]) })
	reject(t, c, w, "changed program byte", func(a *Circuit) { a.ImgB[2][0] = bump(a.ImgB[2][0]) })
	reject(t, c, w, "changed input", func(a *Circuit) { a.Pub[statement.IdxOnchainInput] = bump(a.Pub[statement.IdxOnchainInput]) })
	reject(t, c, w, "changed old state root", func(a *Circuit) { a.Pub[statement.IdxOldStateRoot] = bump(a.Pub[statement.IdxOldStateRoot]) })
	reject(t, c, w, "changed new state root", func(a *Circuit) { a.Pub[statement.IdxNewStateRoot] = bump(a.Pub[statement.IdxNewStateRoot]) })
	reject(t, c, w, "changed state value", func(a *Circuit) { a.State[0].Final = bump(a.State[0].Final) })
	ld := findStep(t, w, func(insn uint32) bool { return insn&127 == 0x03 })
	reject(t, c, w, "stale read", func(a *Circuit) {
		// the load (LB) reads the old (zero) word instead of the stored
		// one, in the step and in its sub-word row alike
		a.Steps[ld].VB = 0
		a.Sub[0].MB = bytes4(0)
		a.Sub[0].LS, a.Sub[0].LSH = 0, 0
	})
	set := findStep(t, w, func(insn uint32) bool { return insn == ecall }) // first ecall is WRITE_OUTPUT
	_ = set
	reject(t, c, w, "x0 written", func(a *Circuit) { a.RegFinal[0] = 1 })
	reject(t, c, w, "stops without halt", func(a *Circuit) {
		n := len(w.Trace.Steps) - 1
		fillPadding(&a.Steps[n], toU32(a.Steps[n].PC))
	})
	reject(t, c, w, "second initialisation", func(a *Circuit) {
		// the last RAM row re-initialising register x5's address 2^30 + 5
		// (Rot = 2^30 + 5 − e, W = 0, e the image's end)
		e := big.NewInt(int64(w.Base/4) + int64(len(w.Image)))
		row := &a.Mem[len(a.Mem)-1]
		row.Rot, row.W = new(big.Int).Sub(new(big.Int).Add(new(big.Int).Lsh(one, 30), big.NewInt(5)), e), 0
	})
}

func findStep(t *testing.T, w *Witness, pred func(insn uint32) bool) int {
	t.Helper()
	for i, s := range w.Trace.Steps {
		if pred(s.Insn) {
			return i
		}
	}
	t.Fatal("no such step")
	return 0
}

func toBig(v any) *big.Int {
	switch x := v.(type) {
	case *big.Int:
		return new(big.Int).Set(x)
	case uint32:
		return new(big.Int).SetUint64(uint64(x))
	case uint64:
		return new(big.Int).SetUint64(x)
	case int:
		return big.NewInt(int64(x))
	case byte:
		return big.NewInt(int64(x))
	}
	panic("toBig: unexpected type")
}

func toU32(v any) uint32 { return uint32(toBig(v).Uint64()) }

func TestTooLong(t *testing.T) {
	c := NewClass(4)
	var p []uint32
	for range 20 {
		p = append(p, addi(t0, t0, 1))
	}
	w := run(t, prog(p, halt(0)), runIn{})
	if _, err := Assign(c, w); !errors.Is(err, executor.ErrTraceTooLong) {
		t.Fatalf("run past capacity: %v", err)
	}
	if err := c.Fits(w); err == nil {
		t.Fatal("Fits accepted a run past capacity")
	}
	if got, err := SmallestClass(w, 10); err != nil || got.LogSteps != 5 {
		t.Fatalf("SmallestClass = %v, %v", got, err)
	}
}
