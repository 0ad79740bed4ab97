package executor

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/zkprover/zkprover/statement"
)

func loadExample(t testing.TB, name string) *Program {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "examples", name, name+".elf"))
	if err != nil {
		t.Fatalf("reading example %s (run `make guests`): %v", name, err)
	}
	p, err := LoadELF(data, Limits{})
	if err != nil {
		t.Fatalf("loading example %s: %v", name, err)
	}
	return p
}

// runExample runs an example in both modes, checks they agree, checks the
// trace, and returns the result (or the common error).
func runExample(t testing.TB, p *Program, in *Input) (*Result, error) {
	t.Helper()
	r1, err1 := Run(context.Background(), p, in, Config{})
	r2, tr, err2 := RunTrace(context.Background(), p, in, Config{})
	if (err1 == nil) != (err2 == nil) || (err1 != nil && err1.Error() != err2.Error()) {
		t.Fatalf("fast and trace modes disagree: %v vs %v", err1, err2)
	}
	if err1 != nil {
		return nil, err1
	}
	if !reflect.DeepEqual(r1, r2) {
		t.Fatalf("fast and trace results differ")
	}
	if err := CheckTrace(p, in, tr); err != nil {
		t.Fatal(err)
	}
	return r1, nil
}

func words(w ...uint32) []byte { return statement.WordsToBytes(w) }

func TestExampleFibonacci(t *testing.T) {
	p := loadExample(t, "fibonacci")
	for _, n := range []uint32{0, 1, 2, 10, 47, 100, 1000} {
		a, b := uint32(0), uint32(1)
		for i := uint32(0); i < n; i++ {
			a, b = b, a+b
		}
		r, err := runExample(t, p, &Input{Onchain: words(n)})
		if err != nil {
			t.Fatal(err)
		}
		if r.ExitCode != 0 || !reflect.DeepEqual(outWords(r), []uint32{a}) {
			t.Fatalf("fib(%d): exit %d output %v, want %d", n, r.ExitCode, outWords(r), a)
		}
	}
	r, err := runExample(t, p, &Input{})
	if err != nil || r.ExitCode != 1 {
		t.Fatalf("no input: %v %+v", err, r)
	}
}

func TestExampleSHA256(t *testing.T) {
	p := loadExample(t, "sha256")
	rng := rand.New(rand.NewSource(1))
	for _, n := range []int{0, 1, 3, 55, 56, 63, 64, 65, 119, 120, 1000, 4099} {
		msg := make([]byte, n)
		rng.Read(msg)
		r, err := runExample(t, p, &Input{Offchain: msg})
		if err != nil {
			t.Fatal(err)
		}
		want := sha256.Sum256(msg)
		if r.ExitCode != 0 || string(r.Output) != string(want[:]) {
			t.Fatalf("sha256 of %d bytes: exit %d output %x, want %x", n, r.ExitCode, r.Output, want)
		}
	}
}

// TestExampleSHA256x: the precompile version of the sha256 example gives
// the same digests, with one SHA256_COMPRESS call per block.
func TestExampleSHA256x(t *testing.T) {
	p := loadExample(t, "sha256x")
	r, err := runExample(t, p, &Input{Offchain: []byte("abc")})
	if err != nil {
		t.Fatal(err)
	}
	const abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" // FIPS 180-2, B.1
	if got := hex.EncodeToString(r.Output); r.ExitCode != 0 || got != abc {
		t.Fatalf("sha256(abc): exit %d output %s, want %s", r.ExitCode, got, abc)
	}
	rng := rand.New(rand.NewSource(1))
	for _, n := range []int{0, 1, 3, 55, 56, 63, 64, 65, 119, 120, 1000, 1024, 4099} {
		msg := make([]byte, n)
		rng.Read(msg)
		r, err := runExample(t, p, &Input{Offchain: msg})
		if err != nil {
			t.Fatal(err)
		}
		want := sha256.Sum256(msg)
		if r.ExitCode != 0 || string(r.Output) != string(want[:]) {
			t.Fatalf("sha256 of %d bytes: exit %d output %x, want %x", n, r.ExitCode, r.Output, want)
		}
		if calls := uint64(n+9+63) / 64; r.Counters.Syscalls.Sha256Compress != calls {
			t.Fatalf("sha256 of %d bytes: %d SHA256_COMPRESS calls, want %d", n, r.Counters.Syscalls.Sha256Compress, calls)
		}
	}
}

// TestExampleSHA256Cycles compares the software and the precompile SHA-256
// examples on the same inputs (docs/programs.md quotes these numbers).
func TestExampleSHA256Cycles(t *testing.T) {
	compareCycles(t, "sha256", "sha256x", []int{0, 64, 1024, 65536})
}

// compareCycles runs the software and the precompile example on the same
// random inputs of each size, checks that they agree, logs their cycles and
// requires the precompile to save at least 10 times from 1 KiB.
func compareCycles(t *testing.T, software, precompile string, sizes []int) {
	t.Helper()
	sw, pre := loadExample(t, software), loadExample(t, precompile)
	for _, n := range sizes {
		msg := make([]byte, n)
		rand.New(rand.NewSource(int64(n))).Read(msg)
		in := &Input{Offchain: msg}
		r1, err := Run(context.Background(), sw, in, Config{})
		if err != nil {
			t.Fatal(err)
		}
		r2, err := Run(context.Background(), pre, in, Config{})
		if err != nil {
			t.Fatal(err)
		}
		if string(r1.Output) != string(r2.Output) {
			t.Fatalf("%d bytes: the digests differ", n)
		}
		t.Logf("%6d bytes: %s %9d cycles, %s %7d cycles (%.1fx)", n, software, r1.Cycles, precompile, r2.Cycles, float64(r1.Cycles)/float64(r2.Cycles))
		if n >= 1024 && r2.Cycles*10 > r1.Cycles {
			t.Fatalf("%d bytes: the precompile saves too little: %d vs %d cycles", n, r2.Cycles, r1.Cycles)
		}
	}
}

// keccakSizes are the input sizes of the Keccak examples' tests: empty, one
// byte, every padding case around the 136-byte block (0x81 at 135), several
// blocks, an unaligned tail.
var keccakSizes = []int{0, 1, 3, 4, 134, 135, 136, 137, 271, 272, 273, 1000, 1024, 4099}

// TestExampleKeccak256: the software Keccak-256 example gives Ethereum's
// keccak256 (golang.org/x/crypto/sha3's legacy Keccak-256).
func TestExampleKeccak256(t *testing.T) {
	p := loadExample(t, "keccak256")
	rng := rand.New(rand.NewSource(6))
	for _, n := range keccakSizes {
		msg := make([]byte, n)
		rng.Read(msg)
		r, err := runExample(t, p, &Input{Offchain: msg})
		if err != nil {
			t.Fatal(err)
		}
		if want := keccak256(msg); r.ExitCode != 0 || string(r.Output) != string(want) {
			t.Fatalf("keccak256 of %d bytes: exit %d output %x, want %x", n, r.ExitCode, r.Output, want)
		}
		if r.Counters.Syscalls.KeccakF != 0 {
			t.Fatalf("the software example made %d KECCAK_F calls", r.Counters.Syscalls.KeccakF)
		}
	}
}

// TestExampleKeccak256x: the precompile version of the keccak256 example
// gives the same digests, with one KECCAK_F call per 136-byte block.
func TestExampleKeccak256x(t *testing.T) {
	p := loadExample(t, "keccak256x")
	r, err := runExample(t, p, &Input{})
	if err != nil {
		t.Fatal(err)
	}
	const empty = "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470" // keccak256("")
	if got := hex.EncodeToString(r.Output); r.ExitCode != 0 || got != empty {
		t.Fatalf("keccak256(\"\"): exit %d output %s, want %s", r.ExitCode, got, empty)
	}
	rng := rand.New(rand.NewSource(7))
	for _, n := range keccakSizes {
		msg := make([]byte, n)
		rng.Read(msg)
		r, err := runExample(t, p, &Input{Offchain: msg})
		if err != nil {
			t.Fatal(err)
		}
		if want := keccak256(msg); r.ExitCode != 0 || string(r.Output) != string(want) {
			t.Fatalf("keccak256 of %d bytes: exit %d output %x, want %x", n, r.ExitCode, r.Output, want)
		}
		if calls := uint64(n/136 + 1); r.Counters.Syscalls.KeccakF != calls {
			t.Fatalf("keccak256 of %d bytes: %d KECCAK_F calls, want %d", n, r.Counters.Syscalls.KeccakF, calls)
		}
	}
}

// TestExampleKeccak256Cycles compares the software and the precompile
// Keccak-256 examples on the same inputs (docs/programs.md quotes these
// numbers).
func TestExampleKeccak256Cycles(t *testing.T) {
	compareCycles(t, "keccak256", "keccak256x", []int{0, 136, 1024, 65536})
}

func TestExampleSort(t *testing.T) {
	p := loadExample(t, "sort")
	rng := rand.New(rand.NewSource(2))
	for _, n := range []int{0, 1, 2, 17, 64} {
		in := make([]uint32, n)
		for i := range in {
			in[i] = rng.Uint32()
		}
		if n == 17 {
			in[3], in[9] = 0xffffffff, 0 // extremes, compared unsigned
		}
		r, err := runExample(t, p, &Input{Onchain: words(in...)})
		if err != nil {
			t.Fatal(err)
		}
		want := slices.Clone(in)
		slices.Sort(want)
		got := outWords(r)
		if r.ExitCode != 0 || len(got) != n || (n > 0 && !reflect.DeepEqual(got, want)) {
			t.Fatalf("sort of %d: exit %d output %v, want %v", n, r.ExitCode, got, want)
		}
	}
	if r, err := runExample(t, p, &Input{Onchain: []byte{1, 2, 3}}); err != nil || r.ExitCode != 1 {
		t.Fatalf("3-byte input: %v %+v", err, r)
	}
}

func TestExampleBank(t *testing.T) {
	p := loadExample(t, "bank")
	cmd := func(op, acct, other, amount uint32) []uint32 { return []uint32{op, acct, other, amount} }
	state := []statement.KV{{Key: 1, Value: 100}, {Key: 2, Value: 5}, {Key: 9, Value: 1}}
	in := &Input{State: state, Onchain: words(slices.Concat(
		cmd(1, 7, 0, 50), // deposit 50 to new account 7
		cmd(3, 1, 2, 30), // transfer 30 from 1 to 2
		cmd(2, 2, 0, 35), // withdraw all 35 from 2: key removed
		cmd(3, 7, 1, 10), // transfer 10 from 7 to 1
	)...)}
	r, err := runExample(t, p, in)
	if err != nil {
		t.Fatal(err)
	}
	if r.ExitCode != 0 {
		t.Fatalf("exit %d, logs %q", r.ExitCode, r.Logs)
	}
	wantOut := []uint32{7, 40, 1, 80, 2, 0}
	if got := outWords(r); !reflect.DeepEqual(got, wantOut) {
		t.Fatalf("output %v, want %v", got, wantOut)
	}
	wantState := []statement.KV{{Key: 1, Value: 80}, {Key: 7, Value: 40}, {Key: 9, Value: 1}}
	if !reflect.DeepEqual(r.State, wantState) {
		t.Fatalf("state %+v", r.State)
	}
	wantChanged := []statement.KV{{Key: 1, Value: 80}, {Key: 2, Value: 0}, {Key: 7, Value: 40}}
	if !reflect.DeepEqual(r.Changed, wantChanged) {
		t.Fatalf("changed %+v", r.Changed)
	}
	if r.StateRoot != statement.StateRoot(wantState) {
		t.Fatal("state root")
	}

	// Insufficient funds: exit 2, state unchanged, output = failing command index.
	in = &Input{State: state, Onchain: words(slices.Concat(cmd(1, 2, 0, 1), cmd(2, 2, 0, 7))...)}
	r, err = runExample(t, p, in)
	if err != nil {
		t.Fatal(err)
	}
	if r.ExitCode != 2 || !reflect.DeepEqual(outWords(r), []uint32{1}) || len(r.Changed) != 0 || r.StateRoot != r.OldStateRoot {
		t.Fatalf("insufficient funds: exit %d output %v changed %v", r.ExitCode, outWords(r), r.Changed)
	}
	if !reflect.DeepEqual(r.Logs, []string{"insufficient funds"}) {
		t.Fatalf("logs %q", r.Logs)
	}
	r, err = runExample(t, p, &Input{Onchain: words(cmd(9, 1, 0, 0)...)})
	if err != nil || r.ExitCode != 4 {
		t.Fatalf("unknown op: %v %+v", err, r)
	}
}

func TestExampleMext(t *testing.T) {
	p := loadExample(t, "mext")
	r, err := runExample(t, p, &Input{})
	if err != nil {
		t.Fatal(err)
	}
	const minInt, neg1 = 0x80000000, 0xffffffff
	want := []uint32{
		neg1, minInt, 0xfffffffd, 0xfffffffd, 3, 0, // div
		neg1, 0x7fffffff, 1, 0, // divu
		7, 0, 0xffffffff, 1, 0xffffffff, 0xfffffff9, // rem
		7, 5, 0, 0xfffffff9, // remu
		0x242d2080, 1, 0, minInt, // mul
		0, 0x40000000, neg1, 0, 0x3fffffff, // mulh
		neg1, 1, 0x80000000, 0, neg1, // mulhsu
		0xfffffffe, 0, 0x7fffffff, // mulhu
		2, 0x08000000, 0xc0000000, neg1, 1, minInt, 1, // shifts
		1, 0, 1, 1, 1, // compares
		0xffffff80, 0x80, 0xffff8080, 0x8080, 0x7f, 0x7fff, // loads
	}
	if r.ExitCode != 0 || !reflect.DeepEqual(outWords(r), want) {
		t.Fatalf("exit %d (mismatches), output\n%#x\nwant\n%#x", r.ExitCode, outWords(r), want)
	}
	if r.Counters.MulDiv < 34 {
		t.Fatalf("only %d M-extension instructions ran", r.Counters.MulDiv)
	}
}

func TestExampleFault(t *testing.T) {
	p := loadExample(t, "fault")
	for mode, kind := range []error{ErrMisaligned, ErrOutOfRange, ErrPCOutsideImage, ErrBreakpoint} {
		_, err := runExample(t, p, &Input{Onchain: words(uint32(mode))})
		var f *Fault
		if !errors.As(err, &f) || !errors.Is(err, kind) {
			t.Fatalf("mode %d: got %v, want %v", mode, err, kind)
		}
		if f.Insn != p.Words[(f.PC-p.Base)/4] {
			t.Fatalf("mode %d: fault names insn %#x at %#x", mode, f.Insn, f.PC)
		}
	}
}

func TestDeterminism(t *testing.T) {
	p := loadExample(t, "sha256")
	msg := make([]byte, 300)
	rand.New(rand.NewSource(3)).Read(msg)
	in := &Input{Offchain: msg, Onchain: []byte{1, 2, 3}, State: []statement.KV{{Key: 1, Value: 2}}}
	r1, t1, err := RunTrace(context.Background(), p, in, Config{})
	if err != nil {
		t.Fatal(err)
	}
	r2, t2, err := RunTrace(context.Background(), p, in, Config{})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(r1, r2) || !reflect.DeepEqual(t1, t2) {
		t.Fatal("two runs of the same program and input differ")
	}
	r3, err := Run(context.Background(), p, in, Config{})
	if err != nil || !reflect.DeepEqual(r1, r3) {
		t.Fatalf("fast mode differs from trace mode: %v", err)
	}
	// The statement binds this run.
	pub := r1.Public(p, in)
	if pub.ProgramID != p.ID || pub.OffchainHash != statement.OffchainHash(msg) || pub.ExitCode != 0 {
		t.Fatal("public statement")
	}
	if binary.LittleEndian.Uint32(r1.Output) == 0 {
		t.Fatal("empty digest")
	}
}

func TestRunTraceBufReuse(t *testing.T) {
	p := loadExample(t, "sort")
	long := &Input{Onchain: words(9, 8, 7, 6, 5, 4, 3, 2, 1)}
	short := &Input{Onchain: words(2, 1)}
	_, big, err := RunTrace(context.Background(), p, long, Config{})
	if err != nil {
		t.Fatal(err)
	}
	_, fresh, err := RunTrace(context.Background(), p, short, Config{})
	if err != nil {
		t.Fatal(err)
	}
	// Reusing a longer, dirty buffer gives exactly the fresh trace.
	_, reused, err := RunTraceBuf(context.Background(), p, short, Config{}, big.Steps)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(fresh, reused) {
		t.Fatal("trace recorded into a reused buffer differs from a fresh one")
	}
	if &reused.Steps[0] != &big.Steps[0] {
		t.Fatal("buffer not reused")
	}
	if _, _, err := RunTrace(context.Background(), p, long, Config{MaxTraceSteps: 10}); !errors.Is(err, ErrTraceTooLong) {
		t.Fatalf("trace limit: %v", err)
	}
}
