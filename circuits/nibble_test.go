package circuits

import (
	"math/big"
	"math/bits"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"

	"github.com/zkprover/zkprover/circuits/sha2"
	"github.com/zkprover/zkprover/isa"
)

// TestShaNibbleTable: the SHA-256 rows evaluate Σ0, Σ1, σ0, σ1, Ch and
// Maj nibble by nibble through the nibble table (docs/circuit.md, rule
// 6). A forged nibble function, used by the row's hints and by the replay
// alike (the new state written to memory is what the row then computes,
// so the witness is otherwise coherent), is rejected by the lookup alone:
// accepted when the lookup's value check is deleted.
func TestShaNibbleTable(t *testing.T) {
	c := shaClass()
	blocks := shaBlocks([]byte("abc"))
	w := run(t, shaProg(blocks, false), runIn{})
	accept(t, c, w)

	var block [16]uint32
	for j, v := range blocks[0] {
		block[j] = bits.ReverseBytes32(v)
	}
	for _, f := range []struct {
		name string
		fn   int
		x    uint32
	}{
		{"XOR3 low bit flipped on a seventh of the keys", sha2.FnXor3, 3},
		{"Ch low bit flipped on a seventh of the keys", sha2.FnCh, 5},
		{"Maj low bit flipped on a seventh of the keys", sha2.FnMaj, 1},
	} {
		forgedFn := func(fn int, x, y, z uint32) uint32 {
			v := sha2.NibbleFn(fn, x, y, z)
			if fn == f.fn && (x+16*y+256*z)%7 == f.x {
				v ^= 1
			}
			return v
		}
		out := isa.Sha256IV
		sha2.CompressModel(&out, &block, forgedFn)
		real := isa.Sha256IV
		isa.Sha256Compress(&real, &block)
		if out == real {
			t.Fatalf("%s: the forged nibble does not change the compression", f.name)
		}
		a := mustAssignTampered(t, c, w, &tamper{sha: func(_ int, o *[8]uint32) { *o = out }})
		// The inactive row compresses zeros with the same hints.
		var zero [8]uint32
		var zeroBlk [16]uint32
		sha2.CompressModel(&zero, &zeroBlk, forgedFn)
		for j := range zero {
			a.Sha[1].Out[j] = zero[j]
		}
		forgedHint := func(_ *big.Int, in, res []*big.Int) error {
			res[0].SetUint64(uint64(forgedFn(int(in[0].Uint64()), uint32(in[1].Uint64()), uint32(in[2].Uint64()), uint32(in[3].Uint64()))))
			return nil
		}
		wit, err := frontend.NewWitness(a, ecc.BN254.ScalarField())
		if err != nil {
			t.Fatal(err)
		}
		if err := compiled(t, c).IsSolved(wit, solver.OverrideHint(solver.GetHintID(nibbleHint), forgedHint)); err == nil {
			t.Errorf("%s: forged witness accepted", f.name)
		}
	}
}
