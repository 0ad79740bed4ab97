package circuits

import (
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/zkprover/zkprover/statement"
)

// spongeCircuit hashes a header and a prefix of its chunks with the sponge
// gadget and compares the result with Want.
type spongeCircuit struct {
	Header []frontend.Variable
	Chunks []frontend.Variable
	On     []frontend.Variable
	Want   frontend.Variable `gnark:",public"`
}

func (s *spongeCircuit) Define(api frontend.API) error {
	g := &gadgets{api: api}
	h, err := g.sponge(7, s.Header, s.Chunks, s.On)
	if err != nil {
		return err
	}
	api.AssertIsEqual(h, s.Want)
	return nil
}

// TestSpongeGadget: the circuit's sponge over a header of 2 and n active
// chunks of a capacity of 40 equals statement.Sponge of the header and the
// n chunks, for every n from 0 to 40 (block boundaries at 13, 28: the header
// takes 2 of the first 15 elements); a wrong hash and one chunk more than
// the active ones are refused. (Inactive chunks must be zero: the callers
// gate them, image.go and public.go; the gadget ignores the blocks after the
// last active one, so a non-zero chunk there would not change the hash.)
func TestSpongeGadget(t *testing.T) {
	const capN = 40
	circ := &spongeCircuit{Header: make([]frontend.Variable, 2), Chunks: make([]frontend.Variable, capN), On: make([]frontend.Variable, capN)}
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, circ)
	if err != nil {
		t.Fatal(err)
	}
	assignment := func(n, claimed int) *spongeCircuit {
		a := &spongeCircuit{Header: []frontend.Variable{uint64(n), 99}, Chunks: make([]frontend.Variable, capN), On: make([]frontend.Variable, capN)}
		elems := []fr.Element{fr.NewElement(uint64(claimed)), fr.NewElement(99)}
		for j := range capN {
			a.Chunks[j], a.On[j] = 0, 0
			if j < n {
				v := uint64(1000 + j)
				a.Chunks[j], a.On[j] = v, 1
			}
			if j < claimed {
				elems = append(elems, fr.NewElement(uint64(1000+j)))
			}
		}
		h := statement.Sponge(7, elems)
		a.Want = h.BigInt(new(big.Int))
		return a
	}
	solve := func(a *spongeCircuit) error {
		w, err := frontend.NewWitness(a, ecc.BN254.ScalarField())
		if err != nil {
			t.Fatal(err)
		}
		return ccs.IsSolved(w)
	}
	for n := 0; n <= capN; n++ {
		if err := solve(assignment(n, n)); err != nil {
			t.Fatalf("%d chunks: %v", n, err)
		}
	}
	for _, n := range []int{0, 12, 13, 14, 27, 28, 39} {
		if err := solve(assignment(n, n+1)); err == nil {
			t.Errorf("%d chunks, one chunk more claimed: accepted", n)
		}
		a := assignment(n, n)
		a.Want = 1 // a wrong hash
		if err := solve(a); err == nil {
			t.Errorf("%d chunks, wrong hash: accepted", n)
		}
	}
}
