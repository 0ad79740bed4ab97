package circuits

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/frontend"

	"github.com/zkprover/zkprover/statement"
)

// rejectTampered replays w with a tampered machine: the witness is coherent
// (registers, memory table, timestamps follow the forged value, and the
// statement claims the tampered run's output, exit code and new state) and
// only the rule under test can reject it.
func rejectTampered(t *testing.T, c Class, w *Witness, name string, tp *tamper) {
	t.Helper()
	a, err := assign(c, w, tp)
	if err != nil {
		t.Fatalf("%s: assign: %v", name, err)
	}
	if err := solve(t, c, a); err == nil {
		t.Errorf("%s: forged witness accepted", name)
	}
}

func atStep(k int, f func(uint32) uint32) func(int, uint32) uint32 {
	return func(i int, v uint32) uint32 {
		if i == k {
			return f(v)
		}
		return v
	}
}

func TestCoherentForgeries(t *testing.T) {
	c := NewClass(6)
	p := prog(
		li(s0, -7), li(s1, 2), li(t2, 0), // 0, 1, 2
		add(t0, s0, s1),             // 3
		mulOp(4, t1, s0, s1),        // 4 div  -7/2 = -3
		mulOp(6, t1, s0, s1),        // 5 rem  -7%2 = -1
		mulOp(4, t1, s0, zero),      // 6 div by zero = -1
		mulOp(5, t1, s0, zero),      // 7 divu by zero
		mulOp(1, t1, s0, s1),        // 8 mulh
		aluI(5, t1, s0, 0x400|3),    // 9 srai
		uType(0x2000, a1, 0x37),     // 10
		li(a2, 0x80),                // 11
		store(0, a2, a1, 1),         // 12 sb
		load(0, t1, a1, 1),          // 13 lb  -> 0xffffff80
		load(4, t1, a1, 1),          // 14 lbu -> 0x80
		branch(0, s0, s0, 8),        // 15 beq taken
		addi(t2, t2, 1),             // 16 (skipped)
		addi(t2, t2, 2),             // 17
		addi(a0, t2, 0), syscall(4), // 18..20
		halt(0),
	)
	w := run(t, p, runIn{})
	accept(t, c, w)
	if _, err := assign(c, w, &tamper{}); err != nil {
		t.Fatal(err)
	}
	if err := solve(t, c, mustAssign(t, c, w)); err != nil {
		t.Fatal(err)
	}
	plus1 := func(v uint32) uint32 { return v + 1 }
	rejectTampered(t, c, w, "wrong ADD result", &tamper{result: atStep(3, plus1)})
	rejectTampered(t, c, w, "floor instead of truncating division", &tamper{div: func(i int, q, r uint32) (uint32, uint32) {
		if i == 4 || i == 5 {
			return uint32(0xfffffffc), 1 // -4, 1
		}
		return q, r
	}, result: func(i int, v uint32) uint32 {
		switch i {
		case 4:
			return 0xfffffffc
		case 5:
			return 1
		}
		return v
	}})
	rejectTampered(t, c, w, "division by zero gives 0", &tamper{div: func(i int, q, r uint32) (uint32, uint32) {
		if i == 6 || i == 7 {
			return 0, r
		}
		return q, r
	}, result: atStep(6, func(uint32) uint32 { return 0 })})
	rejectTampered(t, c, w, "divu by zero gives 0", &tamper{div: func(i int, q, r uint32) (uint32, uint32) {
		if i == 7 {
			return 0, r
		}
		return q, r
	}})
	rejectTampered(t, c, w, "wrong MULH", &tamper{result: atStep(8, plus1)})
	rejectTampered(t, c, w, "logical instead of arithmetic shift", &tamper{result: atStep(9, func(v uint32) uint32 { return v &^ 0xe0000000 })})
	rejectTampered(t, c, w, "LB without sign extension", &tamper{result: atStep(13, func(v uint32) uint32 { return v & 0xff })})
	rejectTampered(t, c, w, "LBU with sign extension", &tamper{result: atStep(14, func(v uint32) uint32 { return v | 0xffffff00 })})
	rejectTampered(t, c, w, "stale read", &tamper{mem: atStep(13, func(uint32) uint32 { return 0 })})
	rejectTampered(t, c, w, "skipped instruction", &tamper{npc: atStep(3, func(v uint32) uint32 { return v + 4 })})
	rejectTampered(t, c, w, "branch not taken", &tamper{npc: atStep(15, func(v uint32) uint32 { return v - 4 })})
	rejectTampered(t, c, w, "wrong output word", &tamper{result: atStep(18, plus1)})
}

func TestStateAndInputForgeries(t *testing.T) {
	c := NewClass(5)
	in := runIn{onchain: []byte{5, 0, 0, 0, 9}, offchain: []byte{1, 2, 3, 4, 5, 6},
		state: []statement.KV{{Key: 3, Value: 30}, {Key: 4, Value: 40}}}
	p := prog(
		li(a0, 1), syscall(1), addi(s0, a0, 0), // onchain word 1 = 9
		li(a0, 0), syscall(2), add(s0, s0, a0), // offchain word 0
		li(a0, 3), syscall(5), add(s0, s0, a0), // state[3]
		li(a0, 4), addi(a1, s0, 0), syscall(6), // state[4] = s0
		addi(a0, s0, 0), syscall(4),
		halt(0),
	)
	w := run(t, p, in)
	accept(t, c, w)
	reject(t, c, w, "changed offchain byte", func(a *Circuit) { a.OffB[1][0] = 7 })
	reject(t, c, w, "changed offchain hash", func(a *Circuit) { a.Pub[statement.IdxOffchainHash] = 1 })
	reject(t, c, w, "offchain word past the length", func(a *Circuit) { a.OffB[3][0] = 1 })
	reject(t, c, w, "onchain byte past the length", func(a *Circuit) {
		a.Pub[statement.IdxOnchainInput] = toBig(a.Pub[statement.IdxOnchainInput]).SetBit(toBig(a.Pub[statement.IdxOnchainInput]), 40, 1)
	})
	reject(t, c, w, "changed context", func(a *Circuit) { a.CtxB[0][0] = 1 })
	reject(t, c, w, "hidden initial state", func(a *Circuit) { a.State[0].IB = bytes4(31) })
	reject(t, c, w, "dropped state key", func(a *Circuit) { a.State[1].Act = 0 })
	reject(t, c, w, "image word's final value changed", func(a *Circuit) { a.ImgEnd[0].Final = 1 })
	reject(t, c, w, "image word's final timestamp changed", func(a *Circuit) {
		a.ImgEnd[0].FinalTS = toBig(a.ImgEnd[0].FinalTS).Uint64() + 1
	})
	reject(t, c, w, "work after halt", func(a *Circuit) {
		n := len(w.Trace.Steps)
		a.Steps[n].Act = 1
	})
	wr := len(w.Trace.Steps) - 4 // the WRITE_OUTPUT call
	if w.Trace.Steps[wr].Insn != ecall {
		t.Fatalf("step %d is not the output call", wr)
	}
	reject(t, c, w, "output counter", func(a *Circuit) {
		for j := ioRowOf(t, a, wr); j < len(a.IO); j++ {
			a.IO[j].OC = toBig(a.IO[j].OC).Add(toBig(a.IO[j].OC), toBig(1))
		}
	})
	reject(t, c, w, "read of a different input word", func(a *Circuit) {
		a.Steps[2].TV = 5
	})
	reject(t, c, w, "read of a different input word, the call's row alike", func(a *Circuit) {
		a.Steps[2].TV = 5
		a.IO[ioRowOf(t, a, 2)].Dv = 5
	})
	reject(t, c, w, "other system call", func(a *Circuit) {
		s := &a.IO[ioRowOf(t, a, 2)]
		s.S[ioReadOn], s.S[ioReadOff] = 0, 1 // READ_ONCHAIN claimed as READ_OFFCHAIN
	})
	reject(t, c, w, "ECALL without a call flag", func(a *Circuit) { a.IO[ioRowOf(t, a, 2)].S[ioReadOn] = 0 })
	reject(t, c, w, "x0 written", func(a *Circuit) {
		// make the HALT step's register write hit x0 with a non-zero value
		a.RegFinal[0] = 9
	})
}

func TestDividerOverflowAndFullClass(t *testing.T) {
	c := NewClass(4)
	// exactly 16 steps: the HALT is the last row
	p := prog(li(s0, -0x80000000), li(s1, -1), mulOp(4, t0, s0, s1), mulOp(6, t1, s0, s1))
	for len(p) < 13 {
		p = append(p, addi(t2, t2, 1))
	}
	p = append(p, halt(0)...)
	w := run(t, p, runIn{})
	if len(w.Trace.Steps) != c.Steps {
		t.Fatalf("%d steps, want %d", len(w.Trace.Steps), c.Steps)
	}
	accept(t, c, w)
	rejectTampered(t, c, w, "overflow quotient 2^31 - 1", &tamper{div: func(i int, q, r uint32) (uint32, uint32) {
		if i == 3 {
			return 0x7fffffff, 0x7fffffff
		}
		return q, r
	}})
	rejectTampered(t, c, w, "overflow remainder 1", &tamper{div: func(i int, q, r uint32) (uint32, uint32) {
		if i == 4 {
			return q, 1
		}
		return q, r
	}})
}

func TestPublicAssignmentMatches(t *testing.T) {
	c := NewClass(4)
	in := runIn{onchain: []byte{1, 2, 3}, ctx: statement.Context{ChainID: 9, Sequencer: [20]byte{19: 1}}}
	w := run(t, prog(li(a0, 0), syscall(1), syscall(4), halt(7)), in)
	full := mustAssign(t, c, w)
	pub := w.Public()
	pa, err := PublicAssignment(c, &pub)
	if err != nil {
		t.Fatal(err)
	}
	fw, err := frontend.NewWitness(full, ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	fpub, err := fw.Public()
	if err != nil {
		t.Fatal(err)
	}
	pw, err := frontend.NewWitness(pa, ecc.BN254.ScalarField(), frontend.PublicOnly())
	if err != nil {
		t.Fatal(err)
	}
	a, _ := fpub.MarshalBinary()
	b, _ := pw.MarshalBinary()
	if !bytes.Equal(a, b) {
		t.Fatal("public part of Assign differs from PublicAssignment")
	}
}

func TestX0StaysZero(t *testing.T) {
	c := NewClass(4)
	w := run(t, prog(addi(zero, zero, 5), add(a0, zero, zero), halt(0)), runIn{})
	accept(t, c, w)
	reject(t, c, w, "x0 write enabled", func(a *Circuit) { a.Steps[0].RdNZ = 1 })
	reject(t, c, w, "x0 holds the written value", func(a *Circuit) {
		a.Steps[0].RdNZ = 1
		a.Steps[1].V1 = 5
		a.RegFinal[0] = 5
	})
}

// TestX0WriteCoherent: a run in which ADDI x0, x0, 5 writes x0 (RdNZ 1)
// and ADD a0, x0, x0 then reads 5 twice, halting (a7 = a0 − a0) with exit
// code 10, the statement recomputed from that run: refused, only by the
// lookup that gives rd's non-zero flag with the alignment (rd 0 has flag
// 0; accepted when that lookup is deleted).
func TestX0WriteCoherent(t *testing.T) {
	c := NewClass(4)
	w := run(t, prog(addi(zero, zero, 5), add(a0, zero, zero), sub(a7, a0, a0), []uint32{ecall}), runIn{})
	if w.ExitCode != 0 {
		t.Fatalf("exit code %d", w.ExitCode)
	}
	accept(t, c, w)
	rejectTampered(t, c, w, "x0 written and read back", &tamper{x0: true})
}

func TestMisalignedRejected(t *testing.T) {
	c := NewClass(4)
	// The executor refuses these runs; the witness is forged from an aligned
	// twin (same length) whose image is replaced, replayed with alignment
	// checks off.
	twin := run(t, prog(uType(0x2000, s0, 0x37), li(s1, 7), addi(zero, zero, 0), halt(0)), runIn{})
	// control: the same forging procedure with aligned accesses is accepted
	for _, insn := range []uint32{load(2, t0, s0, 4), load(1, t0, s0, 2), load(4, t0, s0, 3), store(2, s1, s0, 8), store(1, s1, s0, 6)} {
		w := *twin
		w.Image = prog(uType(0x2000, s0, 0x37), li(s1, 7), insn, halt(0))
		a, err := assign(c, &w, &tamper{misaligned: true})
		if err != nil {
			t.Fatal(err)
		}
		if err := solve(t, c, a); err != nil {
			t.Fatalf("aligned %08x rejected: %v", insn, err)
		}
	}
	for _, insn := range []uint32{load(2, t0, s0, 1), load(2, t0, s0, 2), load(2, t0, s0, 3), load(1, t0, s0, 3),
		load(5, t0, s0, 1), store(2, s1, s0, 1), store(2, s1, s0, 2), store(2, s1, s0, 3), store(1, s1, s0, 1)} {
		w := *twin
		w.Image = prog(uType(0x2000, s0, 0x37), li(s1, 7), insn, halt(0))
		rejectTampered(t, c, &w, fmt.Sprintf("misaligned %08x", insn), &tamper{misaligned: true})
	}
	// SH at an odd offset with the word the sub-word row computes (the half
	// at 2·A1 replaced; the word before is 0): only the row's Hw·A0 = 0
	// rejects it (accepted when that check is deleted).
	for _, off := range []int32{1, 3} {
		w := *twin
		w.Image = prog(uType(0x2000, s0, 0x37), li(s1, 7), store(1, s1, s0, off), halt(0))
		half := uint32(off) >> 1
		rejectTampered(t, c, &w, fmt.Sprintf("SH at offset %d as the row computes it", off),
			&tamper{misaligned: true, stored: func(int, uint32) uint32 { return 7 << (16 * half) }})
	}
}

// TestEveryResultIsChecked forges, one at a time, the value written by every
// step of a program that uses every instruction kind (register results,
// stored words, state writes) and checks that each forgery is rejected.
func TestEveryResultIsChecked(t *testing.T) {
	c := NewClass(7)
	p := prog(
		li(s0, -123456), li(s1, 77), uType(0x2000, 18, 0x37),
		alu(0, 0, t0, s0, s1), alu(0x20, 0, t0, s0, s1), alu(0, 1, t0, s0, s1), alu(0, 2, t0, s0, s1),
		alu(0, 3, t0, s0, s1), alu(0, 4, t0, s0, s1), alu(0, 5, t0, s0, s1), alu(0x20, 5, t0, s0, s1),
		alu(0, 6, t0, s0, s1), alu(0, 7, t0, s0, s1),
		mulOp(0, t0, s0, s1), mulOp(1, t0, s0, s1), mulOp(2, t0, s0, s1), mulOp(3, t0, s0, s1),
		mulOp(4, t0, s0, s1), mulOp(5, t0, s0, s1), mulOp(6, t0, s0, s1), mulOp(7, t0, s0, s1),
		aluI(0, t0, s0, -5), aluI(2, t0, s0, 9), aluI(3, t0, s0, -9), aluI(4, t0, s0, 0x555),
		aluI(6, t0, s0, 0x0f0), aluI(7, t0, s0, -256), aluI(1, t0, s0, 7), aluI(5, t0, s0, 7), aluI(5, t0, s0, 0x400|7),
		uType(0xabcde000, t0, 0x37), uType(0x12345000, t0, 0x17),
		store(2, s0, 18, 0), store(1, s1, 18, 6), store(0, s1, 18, 3),
		load(0, t0, 18, 3), load(4, t0, 18, 2), load(1, t0, 18, 2), load(5, t0, 18, 0), load(2, t0, 18, 4),
		jal(ra, 8), addi(t0, zero, 1), uType(0, t1, 0x17), jalr(ra, t1, 12), addi(t0, zero, 2),
		li(a0, 2), syscall(3), li(a0, 9), addi(a1, zero, 5), syscall(6), li(a0, 9), syscall(5),
		halt(0),
	)
	w := run(t, p, runIn{ctx: statement.Context{Timestamp: 99}})
	accept(t, c, w)
	n := 0
	try := func(name string, tp *tamper) {
		a, err := assign(c, w, tp)
		if err != nil {
			t.Logf("%s: cannot even be replayed (%v)", name, err)
			return
		}
		n++
		if err := solve(t, c, a); err == nil {
			t.Errorf("%s: forged witness accepted", name)
		}
	}
	for i, st := range w.Trace.Steps {
		flip := func(v uint32) uint32 { return v ^ 1<<(uint(i)%32) }
		if d := st.Acc[3]; d.Used && d.Val != d.Prev && d.Addr != 0 {
			try(fmt.Sprintf("step %d (insn %08x) result", i, st.Insn), &tamper{result: atStep(i, flip)})
		}
		if m := st.Acc[2]; m.Used && m.Val != m.Prev {
			try(fmt.Sprintf("step %d (insn %08x) stored word", i, st.Insn), &tamper{stored: atStep(i, flip)})
		}
	}
	if n < 40 {
		t.Fatalf("only %d forgeries tried", n)
	}
}

// TestRdNZNotBit: ADDI t0, x0, 9 (rd = 5) writes t2 (x7) instead:
// RdNZ = 30/32 makes addrD = RegBase + 5 + 32·(1 − 30/32) = RegBase + 7 and
// the alignment-and-rd key al + 8·5 + 512·30/32 = al + 8·1 + 512, the table's
// entry (al, rd 1, RdNZ 1). The memory argument is kept coherent: the write
// consumes x7's tuple (1, ts 3) and x5 keeps 0. Only RdNZ's booleanity
// rejects it.
func TestRdNZNotBit(t *testing.T) {
	c := NewClass(4)
	w := run(t, prog(addi(t2, zero, 1), addi(t0, zero, 9), halt(0)), runIn{})
	a := accept(t, c, w)
	nz := fieldFrac(30, 32)
	r := &a.Steps[1]
	if toBig(r.TD).Int64() != 0 || toBig(a.RegFinal[5]).Int64() != 9 || toBig(a.RegTS[7]).Int64() != 3 {
		t.Fatalf("unexpected honest witness: TD %v x5 %v ts7 %v", r.TD, a.RegFinal[5], a.RegTS[7])
	}
	r.RdNZ = nz
	r.VD, r.TD = 1, 3 // x7's value and timestamp before
	a.RegFinal[5], a.RegTS[5] = 0, 0
	a.RegFinal[7], a.RegTS[7] = 9, 6
	if err := solve(t, c, a); err == nil {
		t.Errorf("rd 5 written to x7 (RdNZ 30/32) accepted")
	}
}

// TestSubwordLoadToX0: LB x0 after a write to x0 (ADDI x0, x0, 5: the sink
// register holds 5) is proven: the sub-word request carries slot D's value
// before the step, the sink's, not x0's.
func TestSubwordLoadToX0(t *testing.T) {
	c := NewClass(5)
	w := run(t, prog(addi(zero, zero, 5), li(t0, 0x1000), li(t1, -3), store(0, t1, t0, 1), load(0, zero, t0, 1),
		load(4, a1, t0, 1), halt(0)), runIn{})
	accept(t, c, w)
}
