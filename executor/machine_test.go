package executor

import (
	"context"
	"encoding/binary"
	"errors"
	"reflect"
	"testing"

	"github.com/zkprover/zkprover/isa"
	"github.com/zkprover/zkprover/statement"
)

const testBase = 0x1000

func mustProgram(t testing.TB, words []uint32) *Program {
	t.Helper()
	p, err := NewProgram(testBase, testBase, words)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// runBoth runs words in both modes, checks that they agree and that the
// trace is well formed, and returns the result.
func runBoth(t testing.TB, words []uint32, in *Input, cfg Config) (*Result, *Trace, error) {
	t.Helper()
	p := mustProgram(t, words)
	r1, err1 := Run(context.Background(), p, in, cfg)
	r2, tr, err2 := RunTrace(context.Background(), p, in, cfg)
	if (err1 == nil) != (err2 == nil) || (err1 != nil && err1.Error() != err2.Error()) {
		t.Fatalf("fast and trace modes disagree: %v vs %v", err1, err2)
	}
	if err1 != nil {
		return nil, nil, err1
	}
	if !reflect.DeepEqual(r1, r2) {
		t.Fatalf("fast and trace results differ:\n%+v\n%+v", r1, r2)
	}
	if err := CheckTrace(p, in, tr); err != nil {
		t.Fatalf("trace check: %v", err)
	}
	return r1, tr, nil
}

func outWords(r *Result) []uint32 {
	w := make([]uint32, len(r.Output)/4)
	for i := range w {
		w[i] = binary.LittleEndian.Uint32(r.Output[4*i:])
	}
	return w
}

func TestInstructions(t *testing.T) {
	type tc struct {
		name string
		op   uint32 // computes t2 from t0 and t1
		x, y uint32
		want uint32
	}
	const minInt = 0x80000000
	cases := []tc{
		{"add", ADD(t2, t0, t1), 5, 7, 12},
		{"add wrap", ADD(t2, t0, t1), 0xffffffff, 2, 1},
		{"sub", SUB(t2, t0, t1), 5, 7, 0xfffffffe},
		{"sll", SLL(t2, t0, t1), 1, 31, minInt},
		{"sll masks to 5 bits", SLL(t2, t0, t1), 1, 33, 2},
		{"srl", SRL(t2, t0, t1), minInt, 31, 1},
		{"srl masks", SRL(t2, t0, t1), minInt, 32 + 4, 0x08000000},
		{"sra", SRA(t2, t0, t1), minInt, 4, 0xf8000000},
		{"sra masks", SRA(t2, t0, t1), minInt, 0xffffffe1, 0xc0000000},
		{"slt", SLT(t2, t0, t1), 0xffffffff, 1, 1},
		{"slt false", SLT(t2, t0, t1), 1, 0xffffffff, 0},
		{"sltu", SLTU(t2, t0, t1), 0xffffffff, 1, 0},
		{"sltu true", SLTU(t2, t0, t1), 1, 0xffffffff, 1},
		{"xor", XOR(t2, t0, t1), 0xf0f0, 0xff00, 0x0ff0},
		{"or", OR(t2, t0, t1), 0xf0f0, 0xff00, 0xfff0},
		{"and", AND(t2, t0, t1), 0xf0f0, 0xff00, 0xf000},
		{"mul", MUL(t2, t0, t1), 0x12345678, 0x9abcdef0, 0x242d2080},
		{"mulh", MULH(t2, t0, t1), 0xffffffff, 0xffffffff, 0},
		{"mulh neg", MULH(t2, t0, t1), minInt, 2, 0xffffffff},
		{"mulh min*min", MULH(t2, t0, t1), minInt, minInt, 0x40000000},
		{"mulhsu", MULHSU(t2, t0, t1), 0xffffffff, 0xffffffff, 0xffffffff},
		{"mulhsu pos", MULHSU(t2, t0, t1), 2, 0xffffffff, 1},
		{"mulhu", MULHU(t2, t0, t1), 0xffffffff, 0xffffffff, 0xfffffffe},
		{"div", DIV(t2, t0, t1), 0xfffffff9, 2, 0xfffffffd}, // -7/2 = -3
		{"div by zero", DIV(t2, t0, t1), 5, 0, 0xffffffff},
		{"div overflow", DIV(t2, t0, t1), minInt, 0xffffffff, minInt},
		{"divu", DIVU(t2, t0, t1), 0xffffffff, 2, 0x7fffffff},
		{"divu by zero", DIVU(t2, t0, t1), 5, 0, 0xffffffff},
		{"rem", REM(t2, t0, t1), 0xfffffff9, 2, 0xffffffff}, // -7%2 = -1
		{"rem neg divisor", REM(t2, t0, t1), 7, 0xfffffffe, 1},
		{"rem by zero", REM(t2, t0, t1), 0xfffffff9, 0, 0xfffffff9},
		{"rem overflow", REM(t2, t0, t1), minInt, 0xffffffff, 0},
		{"remu", REMU(t2, t0, t1), 0xffffffff, 10, 5},
		{"remu by zero", REMU(t2, t0, t1), 9, 0, 9},
		{"addi", ADDI(t2, t0, -1), 5, 0, 4},
		{"slti", SLTI(t2, t0, -1), 0xfffffffe, 0, 1},
		{"sltiu sign-extended imm", SLTIU(t2, t0, -1), 5, 0, 1},
		{"xori -1 is not", XORI(t2, t0, -1), 0x0f, 0, 0xfffffff0},
		{"ori", ORI(t2, t0, 0x700), 0x0f, 0, 0x70f},
		{"andi", ANDI(t2, t0, -16), 0xff, 0, 0xf0},
		{"slli", SLLI(t2, t0, 4), 0x10000001, 0, 0x10},
		{"srli", SRLI(t2, t0, 4), minInt, 0, 0x08000000},
		{"srai", SRAI(t2, t0, 4), minInt, 0, 0xf8000000},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			words := prog(LI(t0, c.x), LI(t1, c.y), c.op, outputReg(t2), ADDI(a0, zero, 0), halt())
			r, _, err := runBoth(t, words, nil, Config{})
			if err != nil {
				t.Fatal(err)
			}
			if got := outWords(r); len(got) != 1 || got[0] != c.want {
				t.Fatalf("got %#x, want %#x", got, c.want)
			}
		})
	}
}

func TestUpperAndJumps(t *testing.T) {
	words := prog(
		LUI(t0, 0xabcde), // 0x1000
		outputReg(t0),    // 0x1004..
		AUIPC(t1, 1),     // 0x1010: t1 = 0x2010
		outputReg(t1),    // 0x1014
		JAL(ra, 8),       // 0x1020: ra = 0x1024, skip next
		ADDI(a0, zero, 99),
		outputReg(ra),    // 0x1028
		AUIPC(t2, 0),     // 0x1034: t2 = 0x1034
		JALR(t0, t2, 13), // 0x1038: target (0x1034+13)&^1 = 0x1040, t0 = 0x103c
		ADDI(a0, zero, 98),
		outputReg(t0), // 0x1040
		ADDI(a0, zero, 0),
		halt(),
	)
	r, _, err := runBoth(t, words, nil, Config{})
	if err != nil {
		t.Fatal(err)
	}
	want := []uint32{0xabcde000, 0x2010, 0x1024, 0x103c}
	if got := outWords(r); !reflect.DeepEqual(got, want) {
		t.Fatalf("got %#x, want %#x", got, want)
	}
}

func TestBranches(t *testing.T) {
	type tc struct {
		name  string
		br    func(rs1, rs2 uint32, off int32) uint32
		x, y  uint32
		taken bool
	}
	cases := []tc{
		{"beq", BEQ, 3, 3, true}, {"beq not", BEQ, 3, 4, false},
		{"bne", BNE, 3, 4, true}, {"bne not", BNE, 3, 3, false},
		{"blt", BLT, 0xffffffff, 0, true}, {"blt not", BLT, 0, 0xffffffff, false},
		{"bge", BGE, 0, 0xffffffff, true}, {"bge eq", BGE, 5, 5, true}, {"bge not", BGE, 0xffffffff, 0, false},
		{"bltu", BLTU, 0, 0xffffffff, true}, {"bltu not", BLTU, 0xffffffff, 0, false},
		{"bgeu", BGEU, 0xffffffff, 0, true}, {"bgeu eq", BGEU, 7, 7, true}, {"bgeu not", BGEU, 0, 1, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			words := prog(LI(t0, c.x), LI(t1, c.y), ADDI(a0, zero, 1), c.br(t0, t1, 8), ADDI(a0, zero, 2), halt())
			r, _, err := runBoth(t, words, nil, Config{})
			if err != nil {
				t.Fatal(err)
			}
			want := uint32(2)
			if c.taken {
				want = 1
			}
			if r.ExitCode != want {
				t.Fatalf("exit %d, want %d", r.ExitCode, want)
			}
		})
	}
}

func TestLoadsStoresAndSignExtension(t *testing.T) {
	words := prog(
		LI(t0, 0x20000), // buffer
		LI(t1, 0x80ff7f81),
		SW(t1, t0, 0),
		LB(t2, t0, 0), outputReg(t2), // 0x81 -> 0xffffff81
		LBU(t2, t0, 0), outputReg(t2), // 0x81
		LB(t2, t0, 1), outputReg(t2), // 0x7f
		LB(t2, t0, 3), outputReg(t2), // 0x80 -> 0xffffff80
		LH(t2, t0, 0), outputReg(t2), // 0x7f81
		LH(t2, t0, 2), outputReg(t2), // 0x80ff -> 0xffff80ff
		LHU(t2, t0, 2), outputReg(t2), // 0x80ff
		ADDI(t1, zero, 0x55),
		SB(t1, t0, 2), LW(t2, t0, 0), outputReg(t2), // 0x80557f81
		LI(t1, 0x1234abcd),
		SH(t1, t0, 0), LW(t2, t0, 0), outputReg(t2), // 0x8055abcd
		LW(t2, t0, 4), outputReg(t2), // untouched RAM reads 0
		LW(t2, t0, -0x800), outputReg(t2), // negative offset
		ADDI(a0, zero, 0),
		halt(),
	)
	r, _, err := runBoth(t, words, nil, Config{})
	if err != nil {
		t.Fatal(err)
	}
	want := []uint32{0xffffff81, 0x81, 0x7f, 0xffffff80, 0x7f81, 0xffff80ff, 0x80ff, 0x80557f81, 0x8055abcd, 0, 0}
	if got := outWords(r); !reflect.DeepEqual(got, want) {
		t.Fatalf("got %#x\nwant %#x", got, want)
	}
	if r.Counters.Load != 11 || r.Counters.Store != 3 {
		t.Fatalf("counters %+v", r.Counters)
	}
}

func TestX0(t *testing.T) {
	words := prog(ADDI(zero, zero, 5), LUI(zero, 1), ADD(t0, zero, zero), outputReg(t0), ADDI(a0, zero, 0), halt())
	r, tr, err := runBoth(t, words, nil, Config{})
	if err != nil {
		t.Fatal(err)
	}
	if got := outWords(r); got[0] != 0 {
		t.Fatalf("x0 = %d", got[0])
	}
	d := tr.Steps[0].Acc[SlotD]
	if !d.Used || d.Addr != RegBase || d.Prev != 0 || d.Val != 0 {
		t.Fatalf("write to x0 recorded as %+v", d)
	}
}

func TestHarvardFetch(t *testing.T) {
	// Overwrite the instruction at 0x1028 ("addi a0, zero, 3") with "addi a0,
	// zero, 7": execution still runs the original, but a load sees the new word.
	words := prog(
		LI(t0, ADDI(a0, zero, 7)), // 0x1000
		LI(t2, 0x1028),            // 0x1008
		SW(t0, t2, 0),             // 0x1010
		FENCE,                     // 0x1014
		LW(t1, t2, 0),             // 0x1018
		outputReg(t1),             // 0x101c
		ADDI(a0, zero, 3),         // 0x1028
		halt(),
	)
	r, tr, err := runBoth(t, words, nil, Config{})
	if err != nil {
		t.Fatal(err)
	}
	if r.ExitCode != 3 {
		t.Fatalf("exit %d: a store changed what executes", r.ExitCode)
	}
	if got := outWords(r); got[0] != ADDI(a0, zero, 7) {
		t.Fatalf("load after store into the image read %#x", got[0])
	}
	for _, row := range tr.Memory {
		if row.Addr == 0x1028>>2 && (row.Init != ADDI(a0, zero, 3) || row.Final != ADDI(a0, zero, 7)) {
			t.Fatalf("memory row of the overwritten word: %+v", row)
		}
	}
}

func TestSyscalls(t *testing.T) {
	in := &Input{
		Onchain:  []byte{1, 2, 3, 4, 5},
		Offchain: []byte{9, 8, 7, 6, 5, 4},
		State:    []statement.KV{{Key: 1, Value: 10}, {Key: 2, Value: 20}},
		Context: statement.Context{ChainID: 0x1_0000_0002, Timestamp: 0x3_0000_0004, BatchNum: 0x5_0000_0006,
			Sequencer: [20]byte{0xaa, 0xbb, 0xcc, 0xdd, 4: 1, 19: 0xee}},
	}
	sys := func(n uint32) []uint32 { return []uint32{ADDI(a7, zero, int32(n)), ECALL} }
	var words []uint32
	words = prog(words,
		ADDI(a0, zero, 1), sys(SysReadOnchain), sys(SysWriteOutput), // 5
		ADDI(a0, zero, 0), sys(SysReadOffch), sys(SysWriteOutput), // 0x06070809
	)
	for f := uint32(0); f <= 12; f++ {
		words = prog(words, ADDI(a0, zero, int32(f)), sys(SysReadContext), sys(SysWriteOutput))
	}
	words = prog(words,
		ADDI(a0, zero, 2), sys(SysStateGet), sys(SysWriteOutput), // 20
		ADDI(a0, zero, 3), sys(SysStateGet), sys(SysWriteOutput), // 0
		ADDI(a0, zero, 1), ADDI(a1, zero, 0), sys(SysStateSet), // remove 1
		ADDI(a0, zero, 3), ADDI(a1, zero, 33), sys(SysStateSet), // add 3
		ADDI(a0, zero, 2), ADDI(a1, zero, 20), sys(SysStateSet), // unchanged 2
		LI(t0, 0x30000), LI(t1, 0x6c6c6568), SW(t1, t0, 0), ADDI(t1, zero, 'o'), SW(t1, t0, 4),
		ADDI(a0, t0, 0), ADDI(a1, zero, 5), sys(SysLog),
		ADDI(a0, zero, 42), halt(),
	)
	r, tr, err := runBoth(t, words, in, Config{})
	if err != nil {
		t.Fatal(err)
	}
	want := []uint32{5, 0x06070809, 5, 6, 2, 1, 4, 3, 6, 5, 0xaabbccdd, 0x01000000, 0, 0, 0xee, 20, 0}
	if got := outWords(r); !reflect.DeepEqual(got, want) {
		t.Fatalf("output %#x\nwant %#x", got, want)
	}
	if r.ExitCode != 42 || !reflect.DeepEqual(r.Logs, []string{"hello"}) {
		t.Fatalf("exit %d logs %q", r.ExitCode, r.Logs)
	}
	wantState := []statement.KV{{Key: 2, Value: 20}, {Key: 3, Value: 33}}
	if !reflect.DeepEqual(r.State, wantState) {
		t.Fatalf("state %+v", r.State)
	}
	wantChanged := []statement.KV{{Key: 1, Value: 0}, {Key: 3, Value: 33}}
	if !reflect.DeepEqual(r.Changed, wantChanged) {
		t.Fatalf("changed %+v", r.Changed)
	}
	if r.StateRoot != statement.StateRoot(wantState) || r.OldStateRoot != statement.StateRoot(in.State) {
		t.Fatal("state roots")
	}
	s := r.Counters.Syscalls
	if s.Halt != 1 || s.ReadOnchain != 1 || s.ReadOffchain != 1 || s.ReadContext != 13 || s.WriteOutput != 17 || s.StateGet != 2 || s.StateSet != 3 || s.Log != 1 {
		t.Fatalf("syscall counters %+v", s)
	}
	if r.Cycles != uint64(len(tr.Steps)) || r.Cycles != r.Counters.ALU+r.Counters.Store+r.Counters.Ecall {
		t.Fatalf("cycles %d, trace %d, counters %+v", r.Cycles, len(tr.Steps), r.Counters)
	}
	// Every key of the initial state and every touched key is in the memory table.
	var keys []uint32
	for _, row := range tr.Memory {
		if row.Addr >= StateBase {
			keys = append(keys, uint32(row.Addr-StateBase))
		}
	}
	if !reflect.DeepEqual(keys, []uint32{1, 2, 3}) {
		t.Fatalf("state rows %v", keys)
	}
	pub := r.Public(mustProgram(t, words), in)
	if _, err := pub.Elements(); err != nil {
		t.Fatal(err)
	}
}

func TestFaults(t *testing.T) {
	sys := func(n uint32) []uint32 { return []uint32{ADDI(a7, zero, int32(n)), ECALL} }
	loop := prog(JAL(zero, 0))
	cases := []struct {
		name  string
		words []uint32
		cfg   Config
		in    *Input
		kind  error
		pc    uint32
	}{
		{"illegal", prog(ADDI(t0, zero, 1), uint32(0xffffffff)), Config{}, nil, ErrIllegalInstruction, 0x1004},
		{"compressed", prog(uint32(0x00000001)), Config{}, nil, ErrIllegalInstruction, 0x1000},
		{"all zero", prog(uint32(0)), Config{}, nil, ErrIllegalInstruction, 0x1000},
		{"slli shamt[5]", prog(itype(32, t0, 1, t0, 0x13)), Config{}, nil, ErrIllegalInstruction, 0x1000},
		{"ebreak", prog(EBREAK), Config{}, nil, ErrBreakpoint, 0x1000},
		{"csr", prog(uint32(0xc0002573)), Config{}, nil, ErrCSR, 0x1000}, // rdcycle a0
		{"mret", prog(uint32(0x30200073)), Config{}, nil, ErrCSR, 0x1000},
		{"misaligned lw", prog(LW(t0, zero, 2)), Config{}, nil, ErrMisaligned, 0x1000},
		{"misaligned lh", prog(LH(t0, zero, 0x101)), Config{}, nil, ErrMisaligned, 0x1000},
		{"misaligned sw", prog(SW(t0, zero, 0x102)), Config{}, nil, ErrMisaligned, 0x1000},
		{"misaligned sh", prog(SH(t0, zero, 0x103)), Config{}, nil, ErrMisaligned, 0x1000},
		{"out of range load", prog(LUI(t0, 0x40000), LW(t1, t0, 0)), Config{}, nil, ErrOutOfRange, 0x1004},
		{"out of range store", prog(LUI(t0, 0xfffff), SB(t1, t0, 0)), Config{}, nil, ErrOutOfRange, 0x1004},
		{"jump outside", prog(JAL(zero, 0x100)), Config{}, nil, ErrPCOutsideImage, 0x1000},
		{"jump backwards outside", prog(JAL(zero, -4)), Config{}, nil, ErrPCOutsideImage, 0x1000},
		{"jalr misaligned", prog(ADDI(t0, zero, 0x1002), JALR(zero, t0, 0)), Config{}, nil, ErrPCOutsideImage, 0x1004},
		{"branch outside", prog(BEQ(zero, zero, 0x800)), Config{}, nil, ErrPCOutsideImage, 0x1000},
		{"fall off the end", prog(ADDI(t0, zero, 1)), Config{}, nil, ErrPCOutsideImage, 0x1000},
		{"cycle limit", loop, Config{MaxCycles: 1000}, nil, ErrCycleLimit, 0x1000},
		{"unknown syscall", sys(isa.NumSyscalls), Config{}, nil, ErrBadSyscall, 0x1004},
		{"huge syscall number", prog(ADDI(a7, zero, -1), ECALL), Config{}, nil, ErrBadSyscall, 0x1004},
		{"context field", prog(ADDI(a0, zero, 13), sys(SysReadContext)), Config{}, nil, ErrBadSyscall, 0x1008},
		{"onchain index", prog(ADDI(a0, zero, 2), sys(SysReadOnchain)), Config{}, &Input{Onchain: make([]byte, 8)}, ErrInputIndex, 0x1008},
		{"onchain index empty", sys(SysReadOnchain), Config{}, nil, ErrInputIndex, 0x1004},
		{"offchain index", prog(ADDI(a0, zero, 1), sys(SysReadOffch)), Config{}, &Input{Offchain: []byte{1, 2, 3, 4}}, ErrInputIndex, 0x1008},
		{"output too large", prog(ADDI(a7, zero, SysWriteOutput), ECALL, JAL(zero, -4)), Config{}, nil, ErrOutputTooLarge, 0x1004},
		{"log too long", prog(ADDI(a1, zero, 1025), sys(SysLog)), Config{}, nil, ErrLogTooLarge, 0x1008},
		{"log outside RAM", prog(LI(a0, 0x3ffffff0), ADDI(a1, zero, 32), sys(SysLog)), Config{}, nil, ErrOutOfRange, 0x1010},
		{"logs too large", prog(ADDI(a1, zero, 1024), ADDI(a7, zero, SysLog), ECALL, JAL(zero, -4)), Config{Limits: Limits{MaxLogBytes: 4096}}, nil, ErrLogTooLarge, 0x1008},
		{"state too large", prog(ADDI(a0, zero, 7), ADDI(a1, zero, 1), sys(SysStateSet)), Config{Limits: Limits{MaxStateEntries: 1}}, &Input{State: []statement.KV{{Key: 1, Value: 1}}}, ErrStateTooLarge, 0x100c},
		{"memory limit", prog(LUI(t0, 0x10000), SW(t0, t0, 0), LUI(t1, 0x4), ADD(t0, t0, t1), JAL(zero, -12)), Config{Limits: Limits{MaxMemoryBytes: 4 * PageBytes}}, nil, ErrMemoryLimit, 0x1004},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, _, err := runBoth(t, c.words, c.in, c.cfg)
			var f *Fault
			if !errors.As(err, &f) {
				t.Fatalf("got %v, want a *Fault", err)
			}
			if !errors.Is(err, c.kind) {
				t.Fatalf("got %v, want %v", err, c.kind)
			}
			if f.PC != c.pc {
				t.Fatalf("fault pc 0x%x, want 0x%x (%v)", f.PC, c.pc, err)
			}
			if want := c.words[(c.pc-testBase)/4]; f.Insn != want {
				t.Fatalf("fault insn 0x%08x, want 0x%08x", f.Insn, want)
			}
		})
	}
}

func TestCycleLimitExact(t *testing.T) {
	words := prog(ADDI(t0, zero, 1), ADDI(a0, zero, 0), halt()) // 4 steps
	r, _, err := runBoth(t, words, nil, Config{MaxCycles: 4})
	if err != nil || r.Cycles != 4 {
		t.Fatalf("4-step program with max_cycles 4: %v, %+v", err, r)
	}
	if _, _, err := runBoth(t, words, nil, Config{MaxCycles: 3}); !errors.Is(err, ErrCycleLimit) {
		t.Fatalf("max_cycles 3: %v", err)
	}
}

func TestBadInput(t *testing.T) {
	p := mustProgram(t, prog(halt()))
	cases := map[string]*Input{
		"onchain too long":  {Onchain: make([]byte, 257)},
		"offchain too long": {Offchain: make([]byte, DefaultMaxOffchainBytes+1)},
		"unsorted state":    {State: []statement.KV{{Key: 2, Value: 1}, {Key: 1, Value: 1}}},
		"duplicate key":     {State: []statement.KV{{Key: 1, Value: 1}, {Key: 1, Value: 2}}},
		"zero value":        {State: []statement.KV{{Key: 1, Value: 0}}},
	}
	for name, in := range cases {
		if _, err := Run(context.Background(), p, in, Config{}); !errors.Is(err, ErrBadInput) {
			t.Errorf("%s: got %v, want ErrBadInput", name, err)
		}
	}
}

func TestContextCancel(t *testing.T) {
	p := mustProgram(t, prog(JAL(zero, 0)))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Run(ctx, p, nil, Config{}); !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v", err)
	}
}
