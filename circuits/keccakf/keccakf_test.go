package keccakf

import (
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/zkprover/zkprover/circuits/nibble"
	"github.com/zkprover/zkprover/isa"
)

type permCircuit struct {
	In  [isa.KeccakWords]frontend.Variable
	Out [isa.KeccakWords]frontend.Variable `gnark:",public"`
}

func (c *permCircuit) Define(api frontend.API) error {
	Gadget{API: api}.PermuteWords(&c.In, &c.Out)
	return nil
}

// TestPermute checks the gadget against isa.KeccakF1600 on the zero state
// and a patterned one, and rejects an output with one bit flipped.
func TestPermute(t *testing.T) {
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &permCircuit{})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("Keccak-f[1600]: %d constraints", ccs.GetNbConstraints())
	for _, seed := range []uint64{0, 0x9e3779b97f4a7c15} {
		var st [isa.KeccakLanes]uint64
		for k := range st {
			st[k] = seed * uint64(k+1)
		}
		a := &permCircuit{}
		for k, v := range st {
			a.In[2*k], a.In[2*k+1] = uint32(v), uint32(v>>32)
		}
		isa.KeccakF1600(&st)
		for k, v := range st {
			a.Out[2*k], a.Out[2*k+1] = uint32(v), uint32(v>>32)
		}
		w, err := frontend.NewWitness(a, ecc.BN254.ScalarField())
		if err != nil {
			t.Fatal(err)
		}
		if err := ccs.IsSolved(w); err != nil {
			t.Fatalf("seed %#x: %v", seed, err)
		}
		a.Out[17] = a.Out[17].(uint32) ^ 1<<9
		w, err = frontend.NewWitness(a, ecc.BN254.ScalarField())
		if err != nil {
			t.Fatal(err)
		}
		if ccs.IsSolved(w) == nil {
			t.Fatalf("seed %#x: wrong permutation accepted", seed)
		}
	}
}

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
