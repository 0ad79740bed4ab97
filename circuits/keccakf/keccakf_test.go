package keccakf

import (
	"math/rand/v2"
	"testing"

	"github.com/zkprover/zkprover/circuits/nibble"
	"github.com/zkprover/zkprover/isa"
)

// TestPermuteModel: the nibble model with the real functions is
// isa.KeccakF1600, and with a forged χ it is not.
func TestPermuteModel(t *testing.T) {
	var st [isa.KeccakLanes]uint64
	for k := range st {
		st[k] = 0x9e3779b97f4a7c15 * uint64(k+1)
	}
	want, got := st, st
	isa.KeccakF1600(&want)
	PermuteModel(&got, nibble.Fn)
	if got != want {
		t.Fatalf("model %x, want %x", got, want)
	}
	forged := st
	PermuteModel(&forged, func(fn int, x, y, z uint32) uint32 {
		if fn == nibble.Chi && x == 0 && y == 0 && z == 0 {
			return 1
		}
		return nibble.Fn(fn, x, y, z)
	})
	if forged == want {
		t.Fatal("a forged χ left the permutation unchanged")
	}
}

// TestPermuteModelRandom: the nibble model is Keccak-f[1600] on random
// states (the rotations and lane indices of PermuteWordsLookup, which the
// model mirrors; the circuit's known-answer tests use a few states).
func TestPermuteModelRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(19, 5))
	for range 500 {
		var st [isa.KeccakLanes]uint64
		for k := range st {
			st[k] = rng.Uint64()
		}
		want, got := st, st
		isa.KeccakF1600(&want)
		PermuteModel(&got, nibble.Fn)
		if got != want {
			t.Fatalf("state %x: model %x, want %x", st, got, want)
		}
	}
}
