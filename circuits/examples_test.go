package circuits

import (
	"crypto/sha256"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/crypto/sha3"

	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/statement"
)

func loadExample(t *testing.T, name string) *executor.Program {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "examples", name, name+".elf"))
	if err != nil {
		t.Skipf("example %s not built: %v", name, err)
	}
	p, err := executor.LoadELF(data, executor.Limits{})
	if err != nil {
		t.Fatalf("loading %s: %v", name, err)
	}
	return p
}

// TestExamples proves (at the solver level) every example run that fits the
// 2^8 class; longer runs are reported and skipped.
func TestExamples(t *testing.T) {
	w2 := func(ws ...uint32) []byte { return statement.WordsToBytes(ws) }
	cases := []struct {
		name string
		in   runIn
	}{
		{"fibonacci", runIn{onchain: w2(10)}},
		{"fibonacci", runIn{}},
		{"bank", runIn{onchain: w2(1, 7, 0, 100), state: []statement.KV{{Key: 7, Value: 5}}}},
		{"sort", runIn{onchain: w2(3, 1, 2)}},
		{"mext", runIn{onchain: w2(7, 0xfffffff9)}},
		{"sha256", runIn{onchain: []byte("abc")}},
		{"fault", runIn{}},
	}
	c := NewClass(8)
	for _, tc := range cases {
		p := loadExample(t, tc.name)
		ein := &executor.Input{Onchain: tc.in.onchain, Offchain: tc.in.offchain, State: tc.in.state, Context: tc.in.ctx}
		res, err := executor.Run(t.Context(), p, ein, executor.Config{})
		if err != nil {
			t.Logf("%s: run stops with a fault (not provable): %v", tc.name, err)
			continue
		}
		t.Logf("%s: %d cycles, image %d words", tc.name, res.Cycles, len(p.Words))
		if res.Cycles > uint64(c.Steps) {
			continue
		}
		w := runProgram(t, p, tc.in)
		accept(t, c, w)
	}
}

// TestPrecompileExamples proves (at the solver level) the examples that
// hash with the precompiles, sha256x and keccak256x over 100 bytes of
// offchain input, in a 2^10 class given the rows they need (two SHA-256
// compressions; one Keccak-f), with the digest checked against Go's. The
// hash classes of 2^10 steps hold them and the base class 2^10 (no
// precompile rows) does not (capacities only: a hash class is this
// circuit with more rows).
func TestPrecompileExamples(t *testing.T) {
	msg := make([]byte, 100)
	for i := range msg {
		msg[i] = byte(3*i + 1)
	}
	for _, tc := range []struct {
		name        string
		hash        int
		sha, keccak int
		digest      func([]byte) []byte
	}{
		{"sha256x", HashSha256, 2, 0, func(b []byte) []byte { d := sha256.Sum256(b); return d[:] }},
		{"keccak256x", HashKeccak, 0, 1, func(b []byte) []byte { h := sha3.NewLegacyKeccak256(); h.Write(b); return h.Sum(nil) }},
	} {
		p := loadExample(t, tc.name)
		w := runProgram(t, p, runIn{offchain: msg})
		if string(w.Output) != string(tc.digest(msg)) {
			t.Fatalf("%s: output %x, want %x", tc.name, w.Output, tc.digest(msg))
		}
		c := NewClass(10)
		if err := c.Fits(w); err == nil {
			t.Fatalf("%s: fits the base class 2^10", tc.name)
		}
		hc, err := NewHashClass(10, tc.hash)
		if err != nil {
			t.Fatal(err)
		}
		if err := hc.Fits(w); err != nil {
			t.Fatalf("%s: the hash class %s refuses it: %v", tc.name, hc, err)
		}
		c.ShaRows, c.KeccakRows = tc.sha, tc.keccak
		t.Logf("%s: %d cycles", tc.name, len(w.Trace.Steps))
		accept(t, c, w)
		small := c
		small.ShaRows, small.KeccakRows = max(0, tc.sha-1), max(0, tc.keccak-1)
		if small.Fits(w) == nil {
			t.Fatalf("%s: fits a class with one row less", tc.name)
		}
	}
}
