package circuits

import (
	"crypto/sha256"
	"encoding/binary"
	"testing"

	"github.com/zkprover/zkprover/isa"
)

// Addresses of the SHA-256 test programs' buffers (RAM outside the image).
const (
	shaStateAddr = 0x4000
	shaBlockAddr = 0x4100
)

// shaProg returns a program that sets the state at shaStateAddr to the
// SHA-256 IV, compresses each block (stored at shaBlockAddr) into it with
// SHA256_COMPRESS and, when output is set, writes the 8 state words to the
// output.
func shaProg(blocks [][16]uint32, output bool) []uint32 {
	parts := []any{li(s0, shaStateAddr), li(s1, shaBlockAddr)}
	for j, v := range isa.Sha256IV {
		parts = append(parts, li(t0, int32(v)), store(2, t0, s0, int32(4*j)))
	}
	for _, blk := range blocks {
		for j, v := range blk {
			parts = append(parts, li(t0, int32(v)), store(2, t0, s1, int32(4*j)))
		}
		parts = append(parts, addi(a0, s0, 0), addi(a1, s1, 0), syscall(isa.SysSha256Compress))
	}
	if output {
		for j := range isa.Sha256IV {
			parts = append(parts, load(2, a0, s0, int32(4*j)), syscall(isa.SysWriteOutput))
		}
	}
	parts = append(parts, halt(0))
	return prog(parts...)
}

// shaBlocks pads msg (FIPS 180-4) into blocks of the words memory holding
// the bytes has (little-endian), as SHA256_COMPRESS takes them.
func shaBlocks(msg []byte) [][16]uint32 {
	p := append(append([]byte{}, msg...), 0x80)
	for len(p)%64 != 56 {
		p = append(p, 0)
	}
	p = binary.BigEndian.AppendUint64(p, uint64(len(msg))*8)
	var out [][16]uint32
	for off := 0; off < len(p); off += 64 {
		var b [16]uint32
		for j := range b {
			b[j] = binary.LittleEndian.Uint32(p[off+4*j:])
		}
		out = append(out, b)
	}
	return out
}

// shaClass is a small class with two SHA-256 rows (NewClass gives rows
// from 2^11 steps only).
func shaClass() Class {
	c := NewClass(8)
	c.ShaRows = 2
	return c
}

// TestShaPrecompile proves sha256 of a two-block message through the
// SHA256_COMPRESS table: the output is crypto/sha256's digest and the
// witness solves; the row's cost is logged.
func TestShaPrecompile(t *testing.T) {
	c := shaClass()
	msg := []byte("The quick brown fox jumps over the lazy dog, twice: the quick brown fox jumps.")
	w := run(t, shaProg(shaBlocks(msg), true), runIn{})
	d := sha256.Sum256(msg)
	if string(w.Output) != string(wordsLE(d[:])) {
		t.Fatalf("output %x, want the digest %x (as big-endian words)", w.Output, d)
	}
	a := accept(t, c, w)
	if a.Sha[0].Act != uint64(1) || a.Sha[1].Act != uint64(1) {
		t.Fatalf("SHA rows not both active: %v %v", a.Sha[0].Act, a.Sha[1].Act)
	}
	base := NewClass(8)
	n0, n2 := compiled(t, base).GetNbConstraints(), compiled(t, c).GetNbConstraints()
	t.Logf("SHA-256 row: %d constraints (class 2^8: %d without rows, %d with 2)", (n2-n0)/2, n0, n2)

	// A run with more calls than rows goes to a larger class.
	c1 := NewClass(8)
	c1.ShaRows = 1
	if err := c1.Fits(w); err == nil {
		t.Fatal("two calls fit a class of one SHA-256 row")
	}
}

// wordsLE is the output bytes of big-endian digest words written as
// little-endian words (WRITE_OUTPUT appends a word's bytes LE).
func wordsLE(d []byte) []byte {
	out := make([]byte, len(d))
	for j := 0; j < len(d); j += 4 {
		binary.LittleEndian.PutUint32(out[j:], binary.BigEndian.Uint32(d[j:]))
	}
	return out
}

// TestShaForgeries: forged SHA-256 rows, each rejected.
func TestShaForgeries(t *testing.T) {
	c := shaClass()
	blocks := shaBlocks([]byte("abc"))
	// Without output: a wrong compression changes only memory, which the
	// tamper keeps coherent (the state words written, the memory table's
	// final values, the row's Out), so only the compression rule is left.
	w := run(t, shaProg(blocks, false), runIn{})
	accept(t, c, w)
	callStep := -1
	for i, s := range w.Trace.Steps {
		if s.Insn == ecall && s.Acc[0].Val == isa.SysSha256Compress {
			callStep = i
		}
	}
	if callStep < 0 {
		t.Fatal("no SHA256_COMPRESS step in the trace")
	}
	for _, k := range []int{0, 3, 7} {
		k := k
		rejectTampered(t, c, w, "wrong compression (coherent)", &tamper{sha: func(i int, out *[8]uint32) { out[k] ^= 1 << k }})
	}
	rejectTampered(t, c, w, "state left unchanged (coherent)", &tamper{sha: func(i int, out *[8]uint32) { *out = isa.Sha256IV }})

	reject(t, c, w, "row's new state word alone", func(a *Circuit) { a.Sha[0].Out[2] = add32(a.Sha[0].Out[2], 1) })
	reject(t, c, w, "row inactive, the step still calls", func(a *Circuit) { a.Sha[0].Act = 0 })
	reject(t, c, w, "the call's row twice", func(a *Circuit) { a.Sha[1] = a.Sha[0] })
	reject(t, c, w, "row at another step's timestamp", func(a *Circuit) { a.Sha[0].TS = uint32(3*(callStep-1) + 3) })
	reject(t, c, w, "row at the timestamp of the step's slot B", func(a *Circuit) { a.Sha[0].TS = uint32(3*callStep + 2) })
	reject(t, c, w, "state pointer moved by a word", func(a *Circuit) { a.Sha[0].SW = uint32(shaStateAddr/4 + 1) })
	reject(t, c, w, "block pointer moved by a word", func(a *Circuit) { a.Sha[0].BW = uint32(shaBlockAddr/4 + 1) })
	reject(t, c, w, "block word changed, output recomputed", func(a *Circuit) {
		r := &a.Sha[0]
		var st [8]uint32
		var blk [16]uint32
		for j := range st {
			st[j] = r.In[j].(uint32)
		}
		for j := range blk {
			blk[j] = r.Blk[j].(uint32)
		}
		blk[5] ^= 1
		r.Blk[5] = blk[5]
		isa.Sha256CompressCall(&st, &blk)
		for j := range st {
			r.Out[j] = st[j]
		}
	})
	reject(t, c, w, "previous timestamp of a block word", func(a *Circuit) { a.Sha[0].PrevTS[8] = uint32(1) })
	reject(t, c, w, "call flag cleared on the call's row", func(a *Circuit) { a.Sys[sysRowOf(t, a, callStep)].S[sysSha] = 0 })
}

func add32(v any, d uint32) uint32 { return v.(uint32) + d }

// TestShaSegments proves a run with two SHA256_COMPRESS calls in segments
// of 2^5 steps (one call in each of two segments), every segment solved,
// the boundaries chained, and a forged compression in a segment rejected.
func TestShaSegments(t *testing.T) {
	c := NewSegmentClass(5)
	c.ShaRows = 1
	msg := make([]byte, 100)
	for i := range msg {
		msg[i] = byte(i)
	}
	w := run(t, shaProg(shaBlocks(msg), true), runIn{})
	d := sha256.Sum256(msg)
	if string(w.Output) != string(wordsLE(d[:])) {
		t.Fatalf("output %x, want %x", w.Output, d)
	}
	segs := segments(t, c, w)
	calls := 0
	for k, s := range segs {
		if err := solve(t, c, s.a); err != nil {
			t.Fatalf("segment %d rejected: %v", k, err)
		}
		if k > 0 && segs[k-1].res.Out.Digest() != s.res.In.Digest() {
			t.Fatalf("segment %d does not start where %d ended", k, k-1)
		}
		if s.a.Sha[0].Act == uint64(1) {
			calls++
		}
	}
	if calls != 2 {
		t.Fatalf("%d segments with a SHA-256 row, want 2", calls)
	}
	if !segs[len(segs)-1].res.Out.Halted {
		t.Fatal("last segment does not halt")
	}
	for k, s := range segs {
		if s.a.Sha[0].Act != uint64(1) {
			continue
		}
		a := *s.a
		a.Sha = append([]ShaRow{}, s.a.Sha...)
		a.Sha[0].Out[1] = add32(a.Sha[0].Out[1], 1)
		if err := solve(t, c, &a); err == nil {
			t.Errorf("segment %d: forged SHA-256 row accepted", k)
		}
	}
}

// keccakProg returns a program that stores the 50 words of st at
// shaStateAddr, permutes them with KECCAK_F `calls` times and, when output
// is set, writes the first 16 words to the output.
func keccakProg(st [isa.KeccakWords]uint32, calls int, output bool) []uint32 {
	parts := []any{li(s0, shaStateAddr)}
	for j, v := range st {
		parts = append(parts, li(t0, int32(v)), store(2, t0, s0, int32(4*j)))
	}
	for range calls {
		parts = append(parts, addi(a0, s0, 0), syscall(isa.SysKeccakF))
	}
	if output {
		for j := range 16 {
			parts = append(parts, load(2, a0, s0, int32(4*j)), syscall(isa.SysWriteOutput))
		}
	}
	parts = append(parts, halt(0))
	return prog(parts...)
}

func keccakState() [isa.KeccakWords]uint32 {
	var st [isa.KeccakWords]uint32
	for j := range st {
		st[j] = uint32(j)*0x9e3779b9 + 7
	}
	return st
}

// keccakClass is a small class with two Keccak rows (NewClass gives rows
// from 2^14 steps only).
func keccakClass() Class {
	c := NewClass(8)
	c.KeccakRows = 2
	return c
}

// TestKeccakPrecompile proves two KECCAK_F calls on one state: the output
// is isa.KeccakF1600 applied twice and the witness solves; the row's cost
// is logged; more calls than rows fit no class of that size.
func TestKeccakPrecompile(t *testing.T) {
	c := keccakClass()
	st := keccakState()
	w := run(t, keccakProg(st, 2, true), runIn{})
	var lanes [isa.KeccakLanes]uint64
	for k := range lanes {
		lanes[k] = uint64(st[2*k]) | uint64(st[2*k+1])<<32
	}
	isa.KeccakF1600(&lanes)
	isa.KeccakF1600(&lanes)
	want := make([]byte, 0, 64)
	for k := range 8 {
		want = binary.LittleEndian.AppendUint64(want, lanes[k])
	}
	if string(w.Output) != string(want) {
		t.Fatalf("output %x, want %x", w.Output, want)
	}
	a := accept(t, c, w)
	if a.Keccak[0].Act != uint64(1) || a.Keccak[1].Act != uint64(1) {
		t.Fatal("Keccak rows not both active")
	}
	n0, n2 := compiled(t, NewClass(8)).GetNbConstraints(), compiled(t, c).GetNbConstraints()
	t.Logf("Keccak row: %d constraints", (n2-n0)/2)
	c1 := NewClass(8)
	c1.KeccakRows = 1
	if err := c1.Fits(w); err == nil {
		t.Fatal("two calls fit a class of one Keccak row")
	}
}

// TestKeccakForgeries: forged Keccak rows, each rejected.
func TestKeccakForgeries(t *testing.T) {
	c := keccakClass()
	w := run(t, keccakProg(keccakState(), 1, false), runIn{})
	accept(t, c, w)
	callStep := -1
	for i, s := range w.Trace.Steps {
		if s.Insn == ecall && s.Acc[0].Val == isa.SysKeccakF {
			callStep = i
		}
	}
	if callStep < 0 {
		t.Fatal("no KECCAK_F step in the trace")
	}
	for _, k := range []int{0, 17, 49} {
		k := k
		rejectTampered(t, c, w, "wrong permutation (coherent)", &tamper{keccak: func(i int, out *[isa.KeccakWords]uint32) { out[k] ^= 1 << (k % 32) }})
	}
	reject(t, c, w, "row's new word alone", func(a *Circuit) { a.Keccak[0].Out[3] = add32(a.Keccak[0].Out[3], 1) })
	reject(t, c, w, "row inactive, the step still calls", func(a *Circuit) { a.Keccak[0].Act = 0 })
	reject(t, c, w, "the call's row twice", func(a *Circuit) { a.Keccak[1] = a.Keccak[0] })
	reject(t, c, w, "row at another step's timestamp", func(a *Circuit) { a.Keccak[0].TS = uint32(3*(callStep-1) + 3) })
	reject(t, c, w, "state pointer moved by a word", func(a *Circuit) { a.Keccak[0].SW = uint32(shaStateAddr/4 + 1) })
	reject(t, c, w, "previous timestamp of a word", func(a *Circuit) { a.Keccak[0].PrevTS[20] = uint32(1) })
	reject(t, c, w, "call flag cleared on the call's row", func(a *Circuit) { a.Sys[sysRowOf(t, a, callStep)].S[sysKeccak] = 0 })
}
