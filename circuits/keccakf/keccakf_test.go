package keccakf

import (
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

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
