package circuits

// Forged witnesses for rules 1 (fetch and control flow) and 4 (start and
// halt) of docs/circuit.md's soundness argument. Each forgery is coherent:
// the replay produces every other column from the forged run, so only the
// rule under test can reject it.

import (
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"

	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/isa"
	"github.com/zkprover/zkprover/statement"
)

// assignFrom is assign with the replay started from ss: with SegStart{}
// (Cycles = 0) it starts at the entry with the image and zero registers and
// runs every row unless the program halts (a run that ends without HALT);
// with Cycles > 0 it starts at ss.PC with ss's registers and memory. The
// circuit stays a whole-run one, which starts at the entry with zero
// registers.
func assignFrom(t *testing.T, c Class, w *Witness, tp *tamper, ss *SegStart) *Circuit {
	t.Helper()
	pub := w.Public()
	elems, err := pub.Elements()
	if err != nil {
		t.Fatal(err)
	}
	a := newCircuit(c)
	for i := range elems {
		a.Pub[i] = elems[i].BigInt(new(big.Int))
	}
	io, err := fillInputs(c, w, a)
	if err != nil {
		t.Fatal(err)
	}
	m, err := replay(c, w, io, a, tp, ss)
	if err != nil {
		t.Fatalf("replay: %v", err)
	}
	fillOutput(a, m.exitCode, m.out)
	if err := fillTables(a, m); err != nil {
		t.Fatal(err)
	}
	if err := assignMemory(c, a, m); err != nil {
		t.Fatal(err)
	}
	if _, err := assignState(c, a, m); err != nil {
		t.Fatal(err)
	}
	return a
}

// imagePages is w's image as memory pages (a SegStart's memory).
func imagePages(w *Witness) map[uint32]*[statement.PageWords]uint32 {
	pages := map[uint32]*[statement.PageWords]uint32{}
	for j, v := range w.Image {
		ad := w.Base/4 + uint32(j)
		pg := pages[ad/statement.PageWords]
		if pg == nil {
			pg = new([statement.PageWords]uint32)
			pages[ad/statement.PageWords] = pg
		}
		pg[ad%statement.PageWords] = v
	}
	return pages
}

func acceptAssigned(t *testing.T, c Class, a *Circuit, name string) {
	t.Helper()
	if err := solve(t, c, a); err != nil {
		t.Fatalf("%s: rejected: %v", name, err)
	}
}

func rejectAssigned(t *testing.T, c Class, a *Circuit, name string) {
	t.Helper()
	if err := solve(t, c, a); err == nil {
		t.Errorf("%s: forged witness accepted", name)
	}
}

// withImage is w with another image (same base and entry), the rest of the
// statement unchanged: the forged program.
func withImage(w *Witness, words []uint32) *Witness {
	f := *w
	f.Image = words
	return &f
}

func TestRule4Start(t *testing.T) {
	c := NewClass(4)
	words := prog(addi(a0, zero, 7), syscall(isa.SysWriteOutput), halt(0))

	// pc_0 = entry. The run starts one instruction late (entry = base + 4,
	// output 0); the forged statement names the program with entry = base
	// (whose run outputs 7). Every row is the honest late run's.
	p, err := executor.NewProgram(testBase+4, testBase, words)
	if err != nil {
		t.Fatal(err)
	}
	late := runProgram(t, p, runIn{})
	a := accept(t, c, late)
	a.EntryB = bytes4(testBase)
	id := statement.ProgramID(testBase, testBase, words)
	a.Pub[statement.IdxProgramID] = id.BigInt(new(big.Int))
	rejectAssigned(t, c, a, "run started one instruction after the entry")

	// Registers start at 0. The replay starts with s0 = 5; the first
	// instruction reads it (a0 = s0 + s0 = 10, written to the output).
	w := run(t, prog(add(a0, s0, s0), syscall(isa.SysWriteOutput), halt(0)), runIn{})
	accept(t, c, w)
	from := func(r uint32, v uint32) *SegStart {
		ss := &SegStart{Cycles: 1, PC: w.Entry, Pages: imagePages(w)}
		ss.Regs[r] = v
		return ss
	}
	acceptAssigned(t, c, assignFrom(t, c, w, &tamper{}, from(s0, 0)), "control: registers from zero")
	f := *w
	f.Output = statement.WordsToBytes([]uint32{10})
	rejectAssigned(t, c, assignFrom(t, c, &f, &tamper{}, from(s0, 5)), "s0 starts at 5, read by step 0")
	rejectAssigned(t, c, assignFrom(t, c, w, &tamper{}, from(s1, 5)), "unused s1 starts at 5")
}

func TestRule4Halt(t *testing.T) {
	c := NewClass(4)

	// A run that fills the class exactly and halts on the last row.
	var body []uint32
	for range c.Steps - 3 {
		body = append(body, addi(s0, s0, 1))
	}
	w := run(t, prog(body, halt(0)), runIn{})
	if len(w.Trace.Steps) != c.Steps {
		t.Fatalf("%d steps, want %d", len(w.Trace.Steps), c.Steps)
	}
	accept(t, c, w)

	// A run that does not halt by the last row: every row active, no HALT
	// (the program halts only at step c.Steps + 2), exit code 0.
	long := run(t, prog(body, addi(s0, s0, 1), addi(s0, s0, 1), addi(s0, s0, 1), halt(0)), runIn{})
	if _, err := Assign(c, long); err == nil {
		t.Fatal("a run past the capacity was assigned")
	}
	tr := *long.Trace
	tr.Steps = tr.Steps[:c.Steps]
	f := *long
	f.Trace = &tr
	a := assignFrom(t, c, &f, &tamper{}, &SegStart{})
	if toBig(a.Steps[c.Steps-1].Act).Int64() != 1 || toBig(a.Steps[c.Steps-1].Hl).Sign() != 0 {
		t.Fatal("forged run: the last row is not an active non-HALT row")
	}
	rejectAssigned(t, c, a, "no HALT by the last row")

	// A halt flag on an inactive step row.
	w = run(t, halt(3), runIn{})
	for _, r := range []int{len(w.Trace.Steps) + 2, c.Steps - 1} {
		a := accept(t, c, w)
		a.Steps[r].Hl = 1
		rejectAssigned(t, c, a, "halt flag on an inactive step row")
	}
	// A HALT flag on an inactive system-call row, with a0 = 9 so that it
	// adds 9 to the exit code Σ HALT·a0; the statement claims that exit
	// code.
	a = accept(t, c, w)
	s := &a.Sys[len(a.Sys)-1]
	s.S[sysHalt], s.AB, s.Dv = 1, bytes4(9), 9
	a.ExitB = bytes4(3 + 9)
	lengths := toBig(a.Pub[statement.IdxLengths])
	a.Pub[statement.IdxLengths] = lengths.Add(lengths, new(big.Int).Lsh(big.NewInt(9), 64))
	rejectAssigned(t, c, a, "HALT flag on an inactive system-call row")
}

func TestRule1ControlFlow(t *testing.T) {
	c := NewClass(5)
	down := func(_ int, pc uint32) uint32 { return pc &^ 3 }
	end := uint32(testBase + 4*c.ImageWords) // the end of the image table

	// forge replays twin's run on the image with word k replaced by insn;
	// fetch says where the replay fetches each instruction from (the words
	// the forged run claims to find at its pcs).
	forge := func(name string, twin []uint32, k int, insn uint32, fetch func(int, uint32) uint32, fix func(*Circuit)) {
		t.Helper()
		w := run(t, twin, runIn{})
		accept(t, c, w)
		words := append([]uint32{}, twin...)
		words[k] = insn
		a, err := assign(c, withImage(w, words), &tamper{fetch: fetch})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if fix != nil {
			fix(a.(*Circuit))
		}
		rejectAssigned(t, c, a.(*Circuit), name)
	}

	// Misaligned targets: the forged run fetches the word below its pc.
	jalTwin := prog(addi(s0, zero, 3), jal(zero, 4), add(a0, s0, s0), syscall(isa.SysWriteOutput), halt(0))
	forge("JAL to pc+6", jalTwin, 1, jal(zero, 6), down, nil)
	brTwin := prog(addi(s0, zero, 3), branch(0, s0, s0, 4), add(a0, s0, s0), syscall(isa.SysWriteOutput), halt(0))
	forge("BEQ taken to pc+6", brTwin, 1, branch(0, s0, s0, 6), down, nil)
	forge("BNE taken to pc+6", brTwin, 1, branch(1, s0, zero, 6), down, nil)
	jalrTwin := prog(li(s1, testBase+16), jalr(zero, s1, 0), addi(a0, zero, 99), addi(a0, zero, 5),
		syscall(isa.SysWriteOutput), halt(0))
	forge("JALR to an address with bit 1 set", jalrTwin, 2, jalr(zero, s1, 2), down, nil)

	// Targets outside the image: in the image table's inactive rows, past
	// the table, below the base, and below address 0 (a negative field
	// element as pc).
	// outside maps the pcs outside the image to pc + d: the forged run
	// claims to find there the words its twin runs.
	outside := func(d int32) func(int, uint32) uint32 {
		return func(_ int, pc uint32) uint32 {
			if pc >= testBase+4*uint32(len(jalTwin)) || pc < testBase {
				return pc + uint32(d)
			}
			return pc
		}
	}
	forge("JAL into the image table's inactive rows", jalTwin, 1, jal(zero, 4+1024), outside(-1024), nil)
	if testBase+4+4+2048 < end {
		t.Fatal("the jump past the table stays in it")
	}
	forge("JAL past the image table", jalTwin, 1, jal(zero, 4+2048), outside(-2048), nil)
	forge("JAL below the image base", jalTwin, 1, jal(zero, -testBase), outside(testBase+4), nil)
	// Below address 0: the replay's pc wraps to 2^32 - 4, the circuit's
	// next pc is the field element p - 4 (and p - 4 + 4 = 0 after it).
	forge("JAL below address 0", jalTwin, 1, jal(zero, -(testBase+8)), outside(testBase+12), func(a *Circuit) {
		two32 := new(big.Int).Lsh(big.NewInt(1), 32)
		for i := range a.Steps {
			if pc := toBig(a.Steps[i].PC); pc.Cmp(new(big.Int).Rsh(two32, 1)) >= 0 {
				a.Steps[i].PC = pc.Sub(pc, two32).Mod(pc, modulus)
			}
		}
	})

	// Falling off the image end: the forged image ends with a word that
	// neither jumps nor halts; its run claims to find the HALT's ECALL past
	// the end (its honest twin has that ECALL as the last image word).
	offTwin := prog(addi(a0, zero, 3), addi(a7, zero, isa.SysHalt), jal(zero, 8), uint32(ecall), addi(s0, s0, 1), uint32(ecall))
	w := run(t, offTwin, runIn{})
	accept(t, c, w)
	n := uint32(len(offTwin) - 1)
	a, err := assign(c, withImage(w, offTwin[:n]), &tamper{fetch: func(_ int, pc uint32) uint32 {
		if pc == testBase+4*n {
			return testBase + 12
		}
		return pc
	}})
	if err != nil {
		t.Fatal(err)
	}
	rejectAssigned(t, c, a.(*Circuit), "falling off the image end")

	// JALR with bit 0 set in the sum: the target is sum - 1 (accepted);
	// a run that jumps to the sum itself is rejected.
	odd := prog(li(s1, testBase+16), jalr(zero, s1, 1), addi(a0, zero, 99), addi(a0, zero, 5),
		syscall(isa.SysWriteOutput), halt(0))
	w = run(t, odd, runIn{})
	if len(w.Trace.Steps) < 4 || w.Trace.Steps[3].PC != testBase+16 {
		t.Fatal("JALR did not clear bit 0 in the executor")
	}
	accept(t, c, w)
	rejectTampered(t, c, w, "JALR target with bit 0 kept", &tamper{fetch: down, npc: atStep(2, func(v uint32) uint32 { return v + 1 })})
}

// e4Shift is imm − delta/2^94 (mod p): an operand B that an "e4 =
// useImm·(opB − imm)" component of the decode key at 2^94 would turn into
// a cancellation of the key difference delta.
func e4Shift(imm uint32, delta *big.Int) *big.Int {
	p := ecc.BN254.ScalarField()
	inv := new(big.Int).ModInverse(new(big.Int).Lsh(big.NewInt(1), 94), p)
	e4 := new(big.Int).Mul(delta, inv)
	e4.Neg(e4).Mod(e4, p)
	return new(big.Int).Mod(new(big.Int).Add(big.NewInt(int64(imm)), e4), p)
}

// TestHaltByFreeOperandB: on a row whose operand B is the immediate, slot
// B reads nothing, so the column VB is free. When the decode key had the
// component useImm·(VB − imm) (with VB undecomposed, an intermediate
// version of the sign table's change), VB could absorb any key
// difference: a run of a program that outputs 7, runs a LUI or a NOP,
// outputs 8 and exits 3 was cut after the LUI (or the NOP, with its ADD
// flag cleared too), its halt bit set, claiming output [7] and exit code
// 0, and accepted (found by a review). Operand B is now the immediate
// itself on these rows and VB stays out of the key: rejected, as is the
// control with VB equal to the immediate.
func TestHaltByFreeOperandB(t *testing.T) {
	c := NewClass(6)
	for _, tc := range []struct {
		name    string
		insn    uint32
		imm     uint32
		dropAdd bool
	}{
		{"LUI", uType(0x1000, t0, 0x37), 0x1000, false},
		{"NOP", addi(zero, zero, 0), 0, true},
	} {
		w := run(t, prog(li(a0, 7), syscall(isa.SysWriteOutput), tc.insn,
			li(a0, 8), syscall(isa.SysWriteOutput), halt(3)), runIn{})
		accept(t, c, w)
		k := findStep(t, w, func(insn uint32) bool { return insn == tc.insn }) + 1
		tr := *w.Trace
		tr.Steps = tr.Steps[:k]
		f := *w
		f.Trace = &tr
		f.Output = w.Output[:4]
		f.ExitCode = 0
		forge := func(shift bool) *Circuit {
			a := assignFrom(t, c, &f, nil, &SegStart{})
			s := &a.Steps[k-1]
			if toBig(s.Act).Int64() != 1 || toBig(a.Steps[k].Act).Sign() != 0 {
				t.Fatal("the forged run does not end at the instruction")
			}
			s.Hl = 1
			delta := new(big.Int).Lsh(big.NewInt(1), 56)
			if tc.dropAdd {
				s.Flag[fRAdd] = 0
				delta.Sub(delta, new(big.Int).Lsh(big.NewInt(1), 18+fRAdd))
			}
			if shift {
				s.VB = e4Shift(tc.imm, delta)
			}
			return a
		}
		if err := solve(t, c, forge(false)); err == nil {
			t.Errorf("%s: control (VB = imm) accepted", tc.name)
		}
		if err := solve(t, c, forge(true)); err == nil {
			t.Errorf("%s: halt at a non-ECALL accepted (VB = imm − δ/2^94)", tc.name)
		}
	}
}

func writesOf(fl uint64) int {
	n := 0
	for _, f := range resultFlags {
		if has(fl, f) {
			n++
		}
	}
	return n
}

// TestDecodeWrites: every decodable encoding has writes (the sum of the
// result flags, slot D's multiplicity) 1 iff RV32IM writes rd (ECALL: a0)
// and 0 for branches, stores and FENCE, and the decode table (what the
// circuit looks up) agrees.
func TestDecodeWrites(t *testing.T) {
	writer := map[uint32]bool{0x37: true, 0x17: true, 0x6f: true, 0x67: true, 0x03: true, 0x13: true, 0x33: true, 0x73: true}
	nonWriter := map[uint32]bool{0x63: true, 0x23: true, 0x0f: true}
	n := 0
	for op := uint32(0); op < 128; op++ {
		for f3 := uint32(0); f3 < 8; f3++ {
			for f7 := uint32(0); f7 < 128; f7++ {
				fl, ok := classifyFlags(op, f3, f7)
				if !ok {
					continue
				}
				n++
				w := writesOf(fl)
				switch {
				case writer[op] && w != 1, nonWriter[op] && w != 0, !writer[op] && !nonWriter[op]:
					t.Errorf("op %#x f3 %d f7 %#x: writes %d", op, f3, f7, w)
				}
			}
		}
	}
	for _, r := range decodeTable() {
		w := writesOf(r.flags)
		if writer[r.op7] != (w == 1) || w > 1 {
			t.Errorf("table row %+v: writes %d", r, w)
		}
	}
	t.Logf("%d decodable (op7, f3, f7) checked; padding row has no flags", n)
}
