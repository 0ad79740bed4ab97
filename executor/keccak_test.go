package executor

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math/rand"
	"slices"
	"strings"
	"testing"

	"golang.org/x/crypto/sha3"

	"github.com/zkprover/zkprover/isa"
)

// Registers beyond asm_test.go's.
const (
	t3 = 28
)

// keccakRate is Keccak-256's rate in bytes (34 words).
const keccakRate = 136

// keccakPad is msg padded as Keccak-256 does (Ethereum's keccak256: 0x01,
// zeros, 0x80 in the last byte of a block), as little-endian words: 34 per
// block.
func keccakPad(msg []byte) []uint32 {
	b := append(slices.Clone(msg), 0x01)
	for len(b)%keccakRate != 0 {
		b = append(b, 0)
	}
	b[len(b)-1] |= 0x80
	w := make([]uint32, len(b)/4)
	for i := range w {
		w[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return w
}

// keccak256 is Ethereum's keccak256 of msg (golang.org/x/crypto/sha3).
func keccak256(msg []byte) []byte {
	h := sha3.NewLegacyKeccak256()
	h.Write(msg)
	return h.Sum(nil)
}

// Step layout of keccakProgram: 6 steps of set-up, then per block 279
// steps: 2 of set-up, 34 iterations of 8 (the store of word j at +5+8j),
// then a0 = state (+274), a7 (+275), the ECALL (+276) and the loop's end.
const (
	kpSetup     = 6
	kpBlock     = 279
	kpCallInBlk = 276
)

// kpStoreStep is the step of keccakProgram's store of word j of block k.
func kpStoreStep(k, j int) int { return kpSetup + kpBlock*k + 5 + 8*j }

// keccakProgram hashes the padded blocks (placed in the image after the
// code) with one KECCAK_F call per block, the state at RAM address state
// (zero, as fresh RAM is): each block is XORed into the first 34 state
// words by loads and stores, then the call permutes the state. It outputs
// the first 8 state words (the digest) and halts with 0.
func keccakProgram(blocks []uint32, state uint32) []uint32 {
	code := func(data uint32) []uint32 {
		w := prog(LI(t0, state), LI(a1, data), LI(t2, uint32(len(blocks)/34)),
			// loop: a2 = 34; a0 = state
			ADDI(a2, zero, 34), ADDI(a0, t0, 0),
			// inner: state[a0] ^= block[a1]
			LW(t1, a1, 0), LW(t3, a0, 0), XOR(t3, t3, t1), SW(t3, a0, 0),
			ADDI(a0, a0, 4), ADDI(a1, a1, 4), ADDI(a2, a2, -1), BNE(a2, zero, -28),
			// a0 = state; KECCAK_F; next block
			ADDI(a0, t0, 0), ADDI(a7, zero, SysKeccakF), ECALL,
			ADDI(t2, t2, -1), BNE(t2, zero, -56),
		)
		for j := range 8 {
			w = prog(w, LW(t1, t0, int32(4*j)), outputReg(t1))
		}
		return prog(w, ADDI(a0, zero, 0), halt())
	}
	n := len(code(0)) // LI is always two words: the length does not depend on data
	return prog(code(testBase+4*uint32(n)), blocks)
}

// keccakSteps are the indices of the KECCAK_F steps of tr.
func keccakSteps(tr *Trace) []int {
	var idx []int
	for i := range tr.Steps {
		if st := &tr.Steps[i]; st.Insn == ECALL && st.Acc[SlotA].Val == SysKeccakF {
			idx = append(idx, i)
		}
	}
	return idx
}

// keccakWords applies KeccakF1600 to 50 words (lane k = words 2k, 2k+1).
func keccakWords(w [isa.KeccakWords]uint32) [isa.KeccakWords]uint32 {
	var lanes [isa.KeccakLanes]uint64
	for k := range lanes {
		lanes[k] = uint64(w[2*k]) | uint64(w[2*k+1])<<32
	}
	isa.KeccakF1600(&lanes)
	for k, v := range lanes {
		w[2*k], w[2*k+1] = uint32(v), uint32(v>>32)
	}
	return w
}

// TestKeccakFKnownAnswers hashes messages through the system call, one
// call per 136-byte block, in both modes (runBoth checks the trace), and
// compares with golang.org/x/crypto/sha3's legacy Keccak-256.
func TestKeccakFKnownAnswers(t *testing.T) {
	rng := rand.New(rand.NewSource(11))
	for _, n := range []int{0, 3, 135, 136, 137, 1024} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			msg := make([]byte, n)
			rng.Read(msg)
			if n == 3 {
				msg = []byte("abc")
			}
			blocks := keccakPad(msg)
			r, tr, err := runBoth(t, keccakProgram(blocks, 0x20000), nil, Config{})
			if err != nil {
				t.Fatal(err)
			}
			if want := keccak256(msg); string(r.Output) != string(want) {
				t.Fatalf("keccak256 of %d bytes: %x, want %x", n, r.Output, want)
			}
			calls := uint64(len(blocks) / 34)
			if want := uint64(n/keccakRate + 1); calls != want {
				t.Fatalf("%d blocks, want %d", calls, want)
			}
			c := r.Counters
			if c.Syscalls.KeccakF != calls || c.Ecall != calls+9 {
				t.Fatalf("%d blocks, counters %+v", calls, c)
			}
			if c.MemReads != c.Load+50*calls || c.MemWrites != c.Store+50*calls {
				t.Fatalf("memory counters %+v for %d calls", c, calls)
			}
			if got := len(keccakSteps(tr)); uint64(got) != calls {
				t.Fatalf("%d KECCAK_F steps in the trace, want %d", got, calls)
			}
		})
	}
	// "abc" against the published Keccak-256 value.
	if got := fmt.Sprintf("%x", keccak256([]byte("abc"))); got != "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45" {
		t.Fatalf("keccak256(abc) = %s", got)
	}
}

// TestKeccakFCall: a0 is unchanged and no register is written (slot D
// unused), slot M unused, Pre the 50 words; the state at the top of RAM,
// across 16 KiB pages, and the memory limit exactly reached are all fine.
func TestKeccakFCall(t *testing.T) {
	var zero50 [isa.KeccakWords]uint32
	perm := keccakWords(zero50)
	cases := []struct {
		name string
		a0   uint32
		mem  uint64
	}{
		{"low RAM", 0x20000, 0},
		{"top of RAM", isa.RAMSize - 200, 0},
		{"across 16 KiB pages", 0x23fa0, 0},
		{"memory limit reached", 0x100000, 2 * PageBytes},
		{"memory limit reached across pages", 0x103f40, 3 * PageBytes},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w := prog(LI(a0, c.a0), LI(a1, 0x1234), ADDI(a7, zero, SysKeccakF), ECALL,
				outputReg(a0), ADDI(t0, a0, 0), outputReg(a1),
				LW(t1, t0, 0), outputReg(t1), LW(t1, t0, 196), outputReg(t1),
				ADDI(a0, zero, 0), halt())
			r, tr, err := runBoth(t, w, nil, Config{Limits: Limits{MaxMemoryBytes: c.mem}})
			if err != nil {
				t.Fatal(err)
			}
			want := []uint32{c.a0, 0x1234, perm[0], perm[49]}
			if got := outWords(r); !slices.Equal(got, want) {
				t.Fatalf("output %#x, want %#x", got, want)
			}
			st := &tr.Steps[5] // LI a0 (2 steps), LI a1 (2), a7 = 9, ECALL
			if st.Acc[SlotM] != (Access{}) || st.Acc[SlotD] != (Access{}) {
				t.Fatalf("slot M %+v, slot D %+v: want both unused", st.Acc[SlotM], st.Acc[SlotD])
			}
			if b := st.Acc[SlotB]; b != (Access{Used: true, Addr: RegBase + a0, Prev: c.a0, Val: c.a0, PrevTS: TS(1, SlotD)}) {
				t.Fatalf("slot B %+v, want the read of a0", b)
			}
			if st.Pre == nil || len(st.Pre.Acc) != 50 {
				t.Fatalf("Pre %+v", st.Pre)
			}
			for j, a := range st.Pre.Acc {
				if want := (Access{Used: true, Addr: uint64(c.a0/4) + uint64(j), Val: perm[j]}); a != want {
					t.Fatalf("Pre.Acc[%d] = %+v, want %+v", j, a, want)
				}
			}
		})
	}
}

// TestKeccakFMemoryPages: the call's pages count as RAM in use like those
// of loads and stores, all or none.
func TestKeccakFMemoryPages(t *testing.T) {
	// The image's page and the state over two pages.
	w := prog(LI(a0, 0x103f40), ADDI(a7, zero, SysKeccakF), ECALL, ADDI(a0, zero, 0), halt())
	r, _, err := runBoth(t, w, nil, Config{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Counters.MemBytes != 3*PageBytes {
		t.Fatalf("%d bytes in use, want 3 pages", r.Counters.MemBytes)
	}
	// With two pages the first page of the state fits, the second does
	// not: the call faults and has allocated neither.
	m, err := newMachine(mustProgram(t, w), nil, Config{Limits: Limits{MaxMemoryBytes: 2 * PageBytes}})
	if err != nil {
		t.Fatal(err)
	}
	if err := m.runFast(context.Background()); !errors.Is(err, ErrMemoryLimit) {
		t.Fatalf("with 2 pages: %v", err)
	}
	if m.pages != 1 || m.mem.page(0x103f40) != nil || m.mem.page(0x104000) != nil {
		t.Fatalf("after the fault: %d pages, state pages %v %v", m.pages, m.mem.page(0x103f40) != nil, m.mem.page(0x104000) != nil)
	}
}

func TestKeccakFFaults(t *testing.T) {
	cases := []struct {
		name   string
		a0     uint32
		mem    uint64
		kind   error
		detail string
	}{
		{"misaligned", 0x20002, 0, ErrMisaligned, "KECCAK_F state pointer a0 = 0x00020002 is not 4-aligned"},
		{"misaligned by one", 0x20001, 0, ErrMisaligned, "a0 = 0x00020001"},
		{"misaligned and outside", 0xfffffff1, 0, ErrMisaligned, "a0 = 0xfffffff1"},
		{"past the top", isa.RAMSize - 196, 0, ErrOutOfRange, "KECCAK_F state [0x3fffff3c, +200) is outside RAM [0, 0x40000000)"},
		{"last word past the top", isa.RAMSize - 4, 0, ErrOutOfRange, "state [0x3ffffffc, +200)"},
		{"above RAM", isa.RAMSize, 0, ErrOutOfRange, "state [0x40000000, +200)"},
		{"far above", 0x80000000, 0, ErrOutOfRange, "state [0x80000000, +200)"},
		{"wraps around", 0xffffff40, 0, ErrOutOfRange, "state [0xffffff40, +200)"},
		{"wraps to zero", 0xffffff38, 0, ErrOutOfRange, "state [0xffffff38, +200)"},
		{"memory limit", 0x100000, PageBytes, ErrMemoryLimit, "KECCAK_F state at 0x00100000 needs more than 16384 bytes"},
		{"memory limit second page", 0x103f40, 2 * PageBytes, ErrMemoryLimit, "KECCAK_F state at 0x00104000 needs more than 32768 bytes"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w := prog(LI(a0, c.a0), ADDI(a7, zero, SysKeccakF), ECALL, ADDI(a0, zero, 0), halt())
			_, _, err := runBoth(t, w, nil, Config{Limits: Limits{MaxMemoryBytes: c.mem}})
			var f *Fault
			if !errors.As(err, &f) || !errors.Is(err, c.kind) {
				t.Fatalf("got %v, want a %v fault", err, c.kind)
			}
			if f.PC != testBase+12 || f.Insn != ECALL || f.Step != 3 {
				t.Fatalf("fault at pc %#x insn %#x step %d, want the ECALL", f.PC, f.Insn, f.Step)
			}
			if !strings.Contains(f.Detail, c.detail) {
				t.Fatalf("detail %q, want it to contain %q", f.Detail, c.detail)
			}
		})
	}
}

// TestKeccakFTrace checks the trace of a run with several calls beyond
// CheckTrace: the precompile accesses chain from the absorbing stores and
// from call to call, at slot M's timestamp, and the memory table.
func TestKeccakFTrace(t *testing.T) {
	msg := make([]byte, 500) // 4 blocks
	rand.New(rand.NewSource(12)).Read(msg)
	blocks := keccakPad(msg)
	const state = 0x200c0 // the state crosses a memory-tree page (64 words)
	w := keccakProgram(blocks, state)
	_, tr, err := runBoth(t, w, nil, Config{})
	if err != nil {
		t.Fatal(err)
	}
	calls := keccakSteps(tr)
	if len(calls) != 4 {
		t.Fatalf("calls at steps %v", calls)
	}
	var s [isa.KeccakWords]uint32
	for k, i := range calls {
		if want := kpSetup + kpBlock*k + kpCallInBlk; i != want {
			t.Fatalf("call %d at step %d, want %d", k, i, want)
		}
		for j := range 34 {
			s[j] ^= blocks[34*k+j]
		}
		old := s
		s = keccakWords(s)
		st := &tr.Steps[i]
		for j, a := range st.Pre.Acc {
			want := Access{Used: true, Addr: state/4 + uint64(j), Prev: old[j], Val: s[j]}
			switch {
			case j < 34: // last written by the block's store
				want.PrevTS = TS(kpStoreStep(k, j), SlotM)
			case k > 0: // by the previous call
				want.PrevTS = TS(calls[k-1], SlotM)
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
	// The memory table: words 0..7 are last read by the output loop's
	// loads, the others by the last call.
	rows := map[uint64]MemRow{}
	for _, r := range tr.Memory {
		rows[r.Addr] = r
	}
	last := TS(calls[3], SlotM)
	for j := range isa.KeccakWords {
		a := uint64(state/4 + j)
		r := rows[a]
		if r.Addr != a || r.Init != 0 || r.Final != s[j] {
			t.Fatalf("state row %d: %+v, want final %#x", j, r, s[j])
		}
		if (j < 8 && r.FinalTS <= last) || (j >= 8 && r.FinalTS != last) {
			t.Fatalf("state row %d: %+v, last call at %d", j, r, last)
		}
	}
}

// forgePreWord changes word j written by call step i consistently
// everywhere after it (later accesses and the memory table), so that only
// the permutation check can catch it.
func forgePreWord(tr *Trace, i, j int) {
	acc := &tr.Steps[i].Pre.Acc[j]
	addr, old := acc.Addr, acc.Val
	acc.Val++
	fix := func(a *Access) {
		if a.Used && a.Addr == addr {
			a.Prev++
			if a.Val == old {
				a.Val++
			}
		}
	}
	for k := i + 1; k < len(tr.Steps); k++ {
		for s := range tr.Steps[k].Acc {
			fix(&tr.Steps[k].Acc[s])
		}
		if p := tr.Steps[k].Pre; p != nil {
			for s := range p.Acc {
				fix(&p.Acc[s])
			}
		}
	}
	for k := range tr.Memory {
		if tr.Memory[k].Addr == addr {
			tr.Memory[k].Final++
		}
	}
}

// TestCheckTraceKeccakForgeries: CheckTrace rejects a trace whose
// precompile part is not the call's.
func TestCheckTraceKeccakForgeries(t *testing.T) {
	msg := make([]byte, 200) // 2 blocks
	rand.New(rand.NewSource(13)).Read(msg)
	w := keccakProgram(keccakPad(msg), 0x20000)
	p := mustProgram(t, w)
	_, tr, err := runBoth(t, w, nil, Config{})
	if err != nil {
		t.Fatal(err)
	}
	calls := keccakSteps(tr)
	if len(calls) != 2 {
		t.Fatalf("calls %v", calls)
	}
	first, second := calls[0], calls[1]
	type forgery struct {
		forge func(tr *Trace)
		want  string // in the error
	}
	pre := func(tr *Trace) []Access { return tr.Steps[second].Pre.Acc }
	forgeries := map[string]forgery{
		"new word":                                {func(tr *Trace) { pre(tr)[3].Val ^= 1 }, "KECCAK_F word 3 is"},
		"new word and memory (output word)":       {func(tr *Trace) { forgePreWord(tr, second, 3) }, "KECCAK_F word 3 is"},
		"new word and memory (table only)":        {func(tr *Trace) { forgePreWord(tr, second, 40) }, "KECCAK_F word 40 is"},
		"first call's word and the second's read": {func(tr *Trace) { forgePreWord(tr, first, 45) }, fmt.Sprintf("step %d: KECCAK_F word 45 is", first)},
		"word unchanged (a read)":                 {func(tr *Trace) { pre(tr)[49].Val = pre(tr)[49].Prev }, "KECCAK_F word 49 is"},
		"PrevTS":                                  {func(tr *Trace) { pre(tr)[2].PrevTS-- }, "access 2 addr"},
		"PrevTS of a word from the last call":     {func(tr *Trace) { pre(tr)[40].PrevTS = 1 }, "access 40 addr"},
		"PrevTS not before the call": {func(tr *Trace) {
			pre(tr)[40].PrevTS = TS(second, SlotM)
		}, "access 40 addr"},
		"old word":      {func(tr *Trace) { pre(tr)[0].Prev++ }, "access 0 addr"},
		"address":       {func(tr *Trace) { pre(tr)[8].Addr++ }, "access 8: used=true address"},
		"unused access": {func(tr *Trace) { pre(tr)[20].Used = false }, "access 20: used=false"},
		"accesses swapped": {func(tr *Trace) {
			a := pre(tr)
			a[0], a[1] = a[1], a[0]
		}, "access 0: used=true address"},
		"a Pre on a non-call step": {func(tr *Trace) { tr.Steps[0].Pre = tr.Steps[second].Pre }, "step 0 (lui x5, 0x20000): precompile accesses on a step that is not"},
		"a Pre on another ECALL":   {func(tr *Trace) { tr.Steps[len(tr.Steps)-1].Pre = tr.Steps[second].Pre }, "not a SHA256_COMPRESS call or a KECCAK_F call"},
		"a Pre on the call's load": {func(tr *Trace) { tr.Steps[kpStoreStep(1, 0)].Pre = &Precompile{} }, "precompile accesses on a step that is not"},
		"no Pre":                   {func(tr *Trace) { tr.Steps[second].Pre = nil }, "KECCAK_F without precompile accesses"},
		"short Pre":                {func(tr *Trace) { tr.Steps[second].Pre.Acc = pre(tr)[:49] }, "KECCAK_F with 49 precompile accesses, want 50"},
		"long Pre": {func(tr *Trace) {
			tr.Steps[second].Pre.Acc = append(pre(tr), Access{Used: true, Addr: 0x20000/4 + 50})
		}, "KECCAK_F with 51 precompile accesses"},
		"slot M used": {func(tr *Trace) {
			tr.Steps[second].Acc[SlotM] = Access{Used: true, Addr: 0x20000 / 4, Prev: 1, Val: 1, PrevTS: 1}
		}, "slot 2 used=true, want false"},
		"slot D used (a0 returned)": {func(tr *Trace) {
			v := tr.Steps[second].Acc[SlotB].Val
			tr.Steps[second].Acc[SlotD] = Access{Used: true, Addr: RegBase + a0, Prev: v, Val: v, PrevTS: TS(second, SlotB)}
		}, "slot 3 used=true, want false"},
		"a0 of another state": {func(tr *Trace) {
			b := &tr.Steps[second].Acc[SlotB]
			b.Prev += 4
			b.Val += 4
		}, fmt.Sprintf("step %d slot 1 addr", second)},
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

// TestCheckTraceKeccakPointer: CheckTrace refuses a KECCAK_F step whose a0
// breaks a rule (a trace of a call that should have faulted).
func TestCheckTraceKeccakPointer(t *testing.T) {
	for _, c := range []struct {
		a0   uint32
		want string
	}{
		{0x20002, "KECCAK_F with misaligned a0 0x00020002 did not fault"},
		{isa.RAMSize - 196, "KECCAK_F with a0 0x3fffff3c outside RAM did not fault"},
		{0xffffff40, "KECCAK_F with a0 0xffffff40 outside RAM did not fault"},
	} {
		// The program sets a0 to c.a0 with LI and calls: forge a trace of
		// a good call at 0x20000 whose a0 reads c.a0 throughout.
		good := prog(LI(a0, 0x20000), ADDI(a7, zero, SysKeccakF), ECALL, ADDI(a0, zero, 0), halt())
		bad := prog(LI(a0, c.a0), ADDI(a7, zero, SysKeccakF), ECALL, ADDI(a0, zero, 0), halt())
		_, tr, err := runBoth(t, good, nil, Config{})
		if err != nil {
			t.Fatal(err)
		}
		tr = cloneTrace(tr)
		pb := mustProgram(t, bad)
		for i := range 2 {
			tr.Steps[i].Insn = pb.Words[i]
		}
		hi := (c.a0 + 0x800) &^ 0xfff
		tr.Steps[0].Acc[SlotD].Val = hi
		tr.Steps[1].Acc[SlotA].Prev, tr.Steps[1].Acc[SlotA].Val = hi, hi
		tr.Steps[1].Acc[SlotD].Prev, tr.Steps[1].Acc[SlotD].Val = hi, c.a0
		tr.Steps[3].Acc[SlotB].Prev, tr.Steps[3].Acc[SlotB].Val = c.a0, c.a0
		tr.Steps[4].Acc[SlotD].Prev = c.a0
		err = CheckTrace(pb, nil, tr)
		if !errors.Is(err, ErrBadTrace) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("a0 %#x: %v, want %q", c.a0, err, c.want)
		}
	}
}
