package executor

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"math/rand"
	"slices"
	"strings"
	"testing"

	"github.com/zkprover/zkprover/isa"
)

// shaPad is msg padded as SHA-256 does (FIPS 180-4, 5.1.1), as the words a
// load sees in memory holding the padded bytes (little-endian): 16 per block.
func shaPad(msg []byte) []uint32 {
	b := append(slices.Clone(msg), 0x80)
	for len(b)%64 != 56 {
		b = append(b, 0)
	}
	b = binary.BigEndian.AppendUint64(b, uint64(len(msg))*8)
	w := make([]uint32, len(b)/4)
	for i := range w {
		w[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return w
}

// shaProgram hashes the padded blocks (placed in the image after the code)
// with one SHA256_COMPRESS call per block, the state at RAM address state
// (initialised to the IV by stores), and outputs the 8 state words.
func shaProgram(blocks []uint32, state uint32) []uint32 {
	code := func(data uint32) []uint32 {
		w := prog(LI(t0, state))
		for j, v := range isa.Sha256IV {
			w = prog(w, LI(t1, v), SW(t1, t0, int32(4*j)))
		}
		w = prog(w,
			LI(a1, data),
			LI(t2, uint32(len(blocks)/16)),
			// loop: a0 = state; a7 = SHA256_COMPRESS; ecall; a1 += 64; t2--
			ADDI(a0, t0, 0), ADDI(a7, zero, SysSha256Compress), ECALL,
			ADDI(a1, a1, 64), ADDI(t2, t2, -1), BNE(t2, zero, -20),
		)
		for j := range isa.Sha256StateWords {
			w = prog(w, LW(t1, t0, int32(4*j)), outputReg(t1))
		}
		return prog(w, ADDI(a0, zero, 0), halt())
	}
	n := len(code(0)) // LI is always two words: the length does not depend on data
	return prog(code(testBase+4*uint32(n)), blocks)
}

// shaSteps are the indices of the SHA256_COMPRESS steps of tr.
func shaSteps(tr *Trace) []int {
	var idx []int
	for i := range tr.Steps {
		if st := &tr.Steps[i]; st.Insn == ECALL && st.Acc[SlotA].Val == SysSha256Compress {
			idx = append(idx, i)
		}
	}
	return idx
}

// TestSha256CompressKnownAnswers hashes messages through the system call,
// one call per block, in both modes (runBoth checks the trace), and
// compares with crypto/sha256.
func TestSha256CompressKnownAnswers(t *testing.T) {
	rng := rand.New(rand.NewSource(8))
	for _, n := range []int{0, 3, 55, 56, 63, 64, 119, 1024} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			msg := make([]byte, n)
			rng.Read(msg)
			if n == 3 {
				msg = []byte("abc")
			}
			blocks := shaPad(msg)
			r, tr, err := runBoth(t, shaProgram(blocks, 0x20000), nil, Config{})
			if err != nil {
				t.Fatal(err)
			}
			sum := sha256.Sum256(msg)
			want := make([]uint32, 8)
			for j := range want {
				want[j] = binary.BigEndian.Uint32(sum[4*j:])
			}
			if got := outWords(r); !slices.Equal(got, want) {
				t.Fatalf("sha256 of %d bytes: %08x, want %08x", n, got, want)
			}
			calls := uint64(len(blocks) / 16)
			c := r.Counters
			if c.Syscalls.Sha256Compress != calls || c.Ecall != calls+9 {
				t.Fatalf("%d blocks, counters %+v", calls, c)
			}
			if c.MemReads != c.Load+24*calls || c.MemWrites != c.Store+8*calls {
				t.Fatalf("memory counters %+v for %d calls", c, calls)
			}
			if got := len(shaSteps(tr)); uint64(got) != calls {
				t.Fatalf("%d SHA256_COMPRESS steps in the trace, want %d", got, calls)
			}
		})
	}
}

// TestSha256CompressCall: a0 and a1 are unchanged, buffers at the top of
// RAM, adjacent buffers, a block inside the image and the memory limit
// exactly reached are all fine.
func TestSha256CompressCall(t *testing.T) {
	var zeros [16]uint32
	zeroState := [8]uint32{}
	isa.Sha256Compress(&zeroState, &zeros)
	cases := []struct {
		name   string
		a0, a1 uint32
		mem    uint64
	}{
		{"top of RAM", isa.RAMSize - 32, isa.RAMSize - 96, 0},
		{"block at the top", isa.RAMSize - 128, isa.RAMSize - 64, 0},
		{"block right after state", 0x20000, 0x20020, 0},
		{"state right after block", 0x20040, 0x20000, 0},
		{"across 16 KiB pages", 0x23ff0, 0x27fe0, 0},
		{"memory limit reached", 0x100000, 0x200000, 3 * PageBytes},
		{"memory limit reached across pages", 0x103ff0, 0x100040, 3 * PageBytes},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w := prog(LI(a0, c.a0), LI(a1, c.a1), ADDI(a7, zero, SysSha256Compress), ECALL,
				outputReg(a0), ADDI(t0, a0, 0), outputReg(a1),
				LW(t1, t0, 0), outputReg(t1), LW(t1, t0, 28), outputReg(t1),
				ADDI(a0, zero, 0), halt())
			r, tr, err := runBoth(t, w, nil, Config{Limits: Limits{MaxMemoryBytes: c.mem}})
			if err != nil {
				t.Fatal(err)
			}
			want := []uint32{c.a0, c.a1, zeroState[0], zeroState[7]}
			if got := outWords(r); !slices.Equal(got, want) {
				t.Fatalf("output %#x, want %#x", got, want)
			}
			st := &tr.Steps[5] // LI a0 (2 steps), LI a1 (2), a7 = 8, ECALL
			if d := st.Acc[SlotD]; d != (Access{Used: true, Addr: RegBase + a1, Prev: c.a1, Val: c.a1, PrevTS: TS(3, SlotD)}) {
				t.Fatalf("slot D %+v, want the read of a1", d)
			}
			if st.Acc[SlotM] != (Access{}) {
				t.Fatalf("slot M used: %+v", st.Acc[SlotM])
			}
			if st.Pre == nil || len(st.Pre.Acc) != 24 {
				t.Fatalf("Pre %+v", st.Pre)
			}
			for j, a := range st.Pre.Acc {
				want := Access{Used: true, Addr: uint64(c.a0/4) + uint64(j), Val: zeroState[j%8]}
				if j >= 8 {
					want = Access{Used: true, Addr: uint64(c.a1/4) + uint64(j-8)}
				}
				if a != want {
					t.Fatalf("Pre.Acc[%d] = %+v, want %+v", j, a, want)
				}
			}
		})
	}
}

// TestSha256CompressMemoryPages: the call's pages count as RAM in use like
// those of loads and stores.
func TestSha256CompressMemoryPages(t *testing.T) {
	// The image's page, the state over two pages, the block on a third.
	w := prog(LI(a0, 0x103ff0), LI(a1, 0x200000), ADDI(a7, zero, SysSha256Compress), ECALL, ADDI(a0, zero, 0), halt())
	r, _, err := runBoth(t, w, nil, Config{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Counters.MemBytes != 4*PageBytes {
		t.Fatalf("%d bytes in use, want 4 pages", r.Counters.MemBytes)
	}
	if _, _, err := runBoth(t, w, nil, Config{Limits: Limits{MaxMemoryBytes: 4 * PageBytes}}); err != nil {
		t.Fatalf("with a limit of 4 pages: %v", err)
	}
}

func TestSha256CompressFaults(t *testing.T) {
	cases := []struct {
		name   string
		a0, a1 uint32
		mem    uint64
		kind   error
		detail string
	}{
		{"misaligned a0", 0x20002, 0x20100, 0, ErrMisaligned, "state pointer a0 = 0x00020002 is not 4-aligned"},
		{"misaligned a1", 0x20000, 0x20101, 0, ErrMisaligned, "block pointer a1 = 0x00020101 is not 4-aligned"},
		{"both misaligned", 0x20001, 0x20102, 0, ErrMisaligned, "a0 = 0x00020001"},
		{"state past the top", isa.RAMSize - 28, 0x20000, 0, ErrOutOfRange, "state [0x3fffffe4, +32) is outside RAM"},
		{"state above RAM", isa.RAMSize, 0x20000, 0, ErrOutOfRange, "state [0x40000000, +32)"},
		{"state wraps around", 0xfffffff0, 0x20000, 0, ErrOutOfRange, "state [0xfffffff0, +32)"},
		{"state wraps to zero", 0xffffffe0, 0x20000, 0, ErrOutOfRange, "state [0xffffffe0, +32)"},
		{"block past the top", 0x20000, isa.RAMSize - 60, 0, ErrOutOfRange, "block [0x3fffffc4, +64) is outside RAM"},
		{"block wraps around", 0x20000, 0xffffffe0, 0, ErrOutOfRange, "block [0xffffffe0, +64)"},
		{"block wraps to zero", 0x20000, 0xffffffc0, 0, ErrOutOfRange, "block [0xffffffc0, +64)"},
		{"block far above", 0x20000, 0x80000000, 0, ErrOutOfRange, "block [0x80000000, +64)"},
		{"block overlaps state's end", 0x20000, 0x2001c, 0, ErrBadSyscall,
			"state [0x00020000, 0x00020020) and block [0x0002001c, 0x0002005c) overlap"},
		{"state overlaps block's end", 0x2003c, 0x20000, 0, ErrBadSyscall,
			"state [0x0002003c, 0x0002005c) and block [0x00020000, 0x00020040) overlap"},
		{"same pointer", 0x20000, 0x20000, 0, ErrBadSyscall, "overlap"},
		{"state inside block", 0x20010, 0x20000, 0, ErrBadSyscall, "overlap"},
		{"memory limit state", 0x100000, 0x1000, PageBytes, ErrMemoryLimit, "SHA256_COMPRESS state at 0x00100000 needs more than 16384 bytes"},
		{"memory limit block", 0x100000, 0x200000, 2 * PageBytes, ErrMemoryLimit, "SHA256_COMPRESS block at 0x00200000"},
		{"memory limit state's second page", 0x103ff0, 0x1000, 2 * PageBytes, ErrMemoryLimit, "SHA256_COMPRESS state at 0x00104000"},
		{"memory limit block's second page", 0x100000, 0x103fe0, 2 * PageBytes, ErrMemoryLimit, "SHA256_COMPRESS block at 0x00104000"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w := prog(LI(a0, c.a0), LI(a1, c.a1), ADDI(a7, zero, SysSha256Compress), ECALL, ADDI(a0, zero, 0), halt())
			_, _, err := runBoth(t, w, nil, Config{Limits: Limits{MaxMemoryBytes: c.mem}})
			var f *Fault
			if !errors.As(err, &f) || !errors.Is(err, c.kind) {
				t.Fatalf("got %v, want a %v fault", err, c.kind)
			}
			if f.PC != testBase+20 || f.Insn != ECALL || f.Step != 5 {
				t.Fatalf("fault at pc %#x insn %#x step %d, want the ECALL", f.PC, f.Insn, f.Step)
			}
			if !strings.Contains(f.Detail, c.detail) {
				t.Fatalf("detail %q, want it to contain %q", f.Detail, c.detail)
			}
		})
	}
}

// TestSha256CompressTrace checks the trace of a run with several calls
// beyond CheckTrace: the precompile accesses chain from the IV's stores
// and from call to call, at slot M's timestamp, and the memory table.
func TestSha256CompressTrace(t *testing.T) {
	msg := make([]byte, 200) // 4 blocks
	rand.New(rand.NewSource(9)).Read(msg)
	blocks := shaPad(msg)
	const state = 0x200f0 // the state crosses a memory-tree page (64 words)
	w := shaProgram(blocks, state)
	_, tr, err := runBoth(t, w, nil, Config{})
	if err != nil {
		t.Fatal(err)
	}
	calls := shaSteps(tr)
	if len(calls) != 4 {
		t.Fatalf("calls at steps %v", calls)
	}
	data := uint64(testBase/4 + len(w) - len(blocks)) // word address of the blocks
	h := isa.Sha256IV
	for k, i := range calls {
		st := &tr.Steps[i]
		var blk [16]uint32
		copy(blk[:], blocks[16*k:])
		old := h
		isa.Sha256CompressCall(&h, &blk)
		for j, a := range st.Pre.Acc {
			var want Access
			if j < 8 {
				want = Access{Used: true, Addr: state/4 + uint64(j), Prev: old[j], Val: h[j], PrevTS: TS(calls[max(k-1, 0)], SlotM)}
				if k == 0 {
					want.PrevTS = TS(2+3*j+2, SlotM) // the IV's SW
				}
			} else {
				addr := data + uint64(16*k+j-8)
				want = Access{Used: true, Addr: addr, Prev: blk[j-8], Val: blk[j-8]} // image words, never accessed before
			}
			if a != want {
				t.Fatalf("call %d (step %d) Pre.Acc[%d] = %+v, want %+v", k, i, j, a, want)
			}
		}
	}
	for i := range tr.Steps {
		if !slices.Contains(calls, i) && tr.Steps[i].Pre != nil {
			t.Fatalf("step %d (%s) has a Pre", i, Disassemble(tr.Steps[i].Insn, tr.Steps[i].PC))
		}
	}
	// The memory table: block words are image rows last accessed by their
	// call; the state words are last read by the output loop's loads.
	rows := map[uint64]MemRow{}
	for _, r := range tr.Memory {
		rows[r.Addr] = r
	}
	for k, i := range calls {
		for j := range 16 {
			a := data + uint64(16*k+j)
			if r := rows[a]; r != (MemRow{Addr: a, Init: blocks[16*k+j], Final: blocks[16*k+j], FinalTS: TS(i, SlotM)}) {
				t.Fatalf("block row %+v", r)
			}
		}
	}
	for j := range 8 {
		a := uint64(state/4 + j)
		if r := rows[a]; r.Init != 0 || r.Final != h[j] || r.FinalTS <= TS(calls[3], SlotM) {
			t.Fatalf("state row %+v, want final %#x", r, h[j])
		}
	}
}

// cloneTrace is a deep copy of tr (Pre included).
func cloneTrace(tr *Trace) *Trace {
	c := &Trace{Steps: slices.Clone(tr.Steps), Memory: slices.Clone(tr.Memory)}
	for i := range c.Steps {
		if p := c.Steps[i].Pre; p != nil {
			c.Steps[i].Pre = &Precompile{Acc: slices.Clone(p.Acc)}
		}
	}
	return c
}

// TestCheckTraceSha256Forgeries: CheckTrace rejects a trace whose
// precompile part is not the call's.
func TestCheckTraceSha256Forgeries(t *testing.T) {
	msg := make([]byte, 100)
	rand.New(rand.NewSource(10)).Read(msg)
	w := shaProgram(shaPad(msg), 0x20000)
	p := mustProgram(t, w)
	_, tr, err := runBoth(t, w, nil, Config{})
	if err != nil {
		t.Fatal(err)
	}
	calls := shaSteps(tr)
	if len(calls) != 2 {
		t.Fatalf("calls %v", calls)
	}
	second := calls[1]
	type forgery struct {
		forge func(tr *Trace)
		want  string // in the error
	}
	pre := func(tr *Trace) []Access { return tr.Steps[second].Pre.Acc }
	forgeries := map[string]forgery{
		"new state word":            {func(tr *Trace) { pre(tr)[3].Val ^= 1 }, "state word 3 is"},
		"new state word and memory": {func(tr *Trace) { forgeStateWord(tr, second) }, "state word 3 is"},
		"block word written":        {func(tr *Trace) { pre(tr)[9].Val++ }, "changed block word 1"},
		"state PrevTS":              {func(tr *Trace) { pre(tr)[2].PrevTS-- }, "access 2 addr"},
		"block PrevTS":              {func(tr *Trace) { pre(tr)[12].PrevTS = 1 }, "access 12 addr"},
		"old state word":            {func(tr *Trace) { pre(tr)[0].Prev++ }, "access 0 addr"},
		"address":                   {func(tr *Trace) { pre(tr)[8].Addr++ }, "access 8: used=true address"},
		"unused access":             {func(tr *Trace) { pre(tr)[20].Used = false }, "access 20: used=false"},
		"accesses swapped": {func(tr *Trace) {
			a := pre(tr)
			a[0], a[1] = a[1], a[0]
		}, "access 0: used=true address"},
		"a Pre on a non-SHA step": {func(tr *Trace) { tr.Steps[0].Pre = tr.Steps[second].Pre }, "step 0 (lui x5, 0x20000): precompile accesses on a step that is not"},
		"a Pre on another ECALL":  {func(tr *Trace) { tr.Steps[len(tr.Steps)-1].Pre = &Precompile{} }, "not a SHA256_COMPRESS call"},
		"no Pre":                  {func(tr *Trace) { tr.Steps[second].Pre = nil }, "without precompile accesses"},
		"short Pre":               {func(tr *Trace) { tr.Steps[second].Pre.Acc = pre(tr)[:23] }, "with 23 precompile accesses"},
		"slot M used": {func(tr *Trace) {
			tr.Steps[second].Acc[SlotM] = Access{Used: true, Addr: 0x20000 / 4, Prev: 1, Val: 1, PrevTS: 1}
		}, "slot 2 used=true, want false"},
		"slot D unused": {func(tr *Trace) { tr.Steps[second].Acc[SlotD] = Access{} }, "without the read of a1"},
	}
	if err := CheckTrace(p, nil, cloneTrace(tr)); err != nil {
		t.Fatalf("the copy of a good trace: %v", err)
	}
	for name, f := range forgeries {
		forged := cloneTrace(tr)
		f.forge(forged)
		err := CheckTrace(p, nil, forged)
		if !errors.Is(err, ErrBadTrace) || !strings.Contains(err.Error(), f.want) {
			t.Errorf("%s: %v, want ErrBadTrace saying %q", name, err, f.want)
		}
	}
}

// forgeStateWord changes state word 3 written by call step i consistently
// everywhere after it (later reads and the memory table), so that only the
// compression check can catch it.
func forgeStateWord(tr *Trace, i int) {
	acc := &tr.Steps[i].Pre.Acc[3]
	addr, old := acc.Addr, acc.Val
	acc.Val++
	for k := i + 1; k < len(tr.Steps); k++ {
		for s := range tr.Steps[k].Acc {
			if a := &tr.Steps[k].Acc[s]; a.Used && a.Addr == addr {
				a.Prev++
				if a.Val == old {
					a.Val++
				}
			}
		}
	}
	for k := range tr.Memory {
		if tr.Memory[k].Addr == addr {
			tr.Memory[k].Final++
		}
	}
}
