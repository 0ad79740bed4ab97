package circuits

import (
	"math/big"
	"math/bits"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"

	"github.com/zkprover/zkprover/circuits/keccakf"
	"github.com/zkprover/zkprover/circuits/nibble"
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
		{"XOR3 low bit flipped on a seventh of the keys", nibble.Xor3, 3},
		{"Ch low bit flipped on a seventh of the keys", nibble.Ch, 5},
		{"Maj low bit flipped on a seventh of the keys", nibble.Maj, 1},
	} {
		forgedFn := func(fn int, x, y, z uint32) uint32 {
			v := nibble.Fn(fn, x, y, z)
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

// TestKeccakNibbleTable: the Keccak rows hold the state as nibbles and
// evaluate θ's XORs, χ and ι through the nibble table (docs/circuit.md,
// rule 6). A forged XOR3 or χ, used by the row's hints and by the replay
// alike (the inactive row following), is rejected by the lookups alone:
// accepted when they are deleted.
func TestKeccakNibbleTable(t *testing.T) {
	c := keccakClass()
	st := keccakState()
	w := run(t, keccakProg(st, 1, false), runIn{})
	accept(t, c, w)
	for _, f := range []struct {
		name string
		fn   int
	}{{"XOR3", nibble.Xor3}, {"χ", nibble.Chi}} {
		forgedFn := func(fn int, x, y, z uint32) uint32 {
			v := nibble.Fn(fn, x, y, z)
			if fn == f.fn && (x+16*y+256*z)%7 == 3 {
				v ^= 1
			}
			return v
		}
		var lanes, zero [isa.KeccakLanes]uint64
		for k := range lanes {
			lanes[k] = uint64(st[2*k]) | uint64(st[2*k+1])<<32
		}
		real := lanes
		isa.KeccakF1600(&real)
		keccakf.PermuteModel(&lanes, forgedFn)
		keccakf.PermuteModel(&zero, forgedFn)
		if lanes == real {
			t.Fatalf("%s: the forged nibble does not change the permutation", f.name)
		}
		a := mustAssignTampered(t, c, w, &tamper{keccak: func(_ int, o *[isa.KeccakWords]uint32) {
			for k, v := range lanes {
				o[2*k], o[2*k+1] = uint32(v), uint32(v>>32)
			}
		}})
		for k, v := range zero { // the inactive row permutes zeros with the same hints
			a.Keccak[1].Out[2*k], a.Keccak[1].Out[2*k+1] = uint32(v), uint32(v>>32)
		}
		forgedHints := []solver.Option{
			solver.OverrideHint(solver.GetHintID(nibbleHint), func(_ *big.Int, in, res []*big.Int) error {
				res[0].SetUint64(uint64(forgedFn(int(in[0].Uint64()), uint32(in[1].Uint64()), uint32(in[2].Uint64()), uint32(in[3].Uint64()))))
				return nil
			}),
			solver.OverrideHint(solver.GetHintID(nibbleBitsHint), func(_ *big.Int, in, res []*big.Int) error {
				v := forgedFn(int(in[0].Uint64()), uint32(in[1].Uint64()), uint32(in[2].Uint64()), uint32(in[3].Uint64()))
				for i := range res {
					res[i].SetUint64(uint64(v >> i & 1))
				}
				return nil
			}),
		}
		wit, err := frontend.NewWitness(a, ecc.BN254.ScalarField())
		if err != nil {
			t.Fatal(err)
		}
		if err := compiled(t, c).IsSolved(wit, forgedHints...); err == nil {
			t.Errorf("%s: forged witness accepted", f.name)
		}
	}
}

// committedWires is the number of wires the bus's commitment commits to.
func committedWires(t *testing.T, c Class) int {
	t.Helper()
	cms, ok := compiled(t, c).GetCommitments().(constraint.Groth16Commitments)
	if !ok || len(cms) != 1 {
		t.Fatalf("class %s: commitments %T", c, compiled(t, c).GetCommitments())
	}
	return len(cms[0].PrivateCommitted)
}

// TestNibbleValuesCommitted: every value a nibble lookup returns (and
// every nibble Split makes) is committed with the inputs, before the
// challenges exist. Otherwise a prover could choose them after α, β, γ
// and balance the bus with a wrong value (the review of session 19 forged
// a Keccak output word that way). The rows add at least the table's
// multiplicities (4096 a function, committed as every table's) and the
// nibble values: for a Keccak permutation 400 Split nibbles and, per
// round, 80 + 80·4 column-parity values and bits, 18·16·4 bits and 7·16
// values for θ and 400 χ values; for a SHA-256 compression 64 rounds of
// 4·8 values and 48 schedule words of 2·8. Without the values the rows
// add only their columns and the multiplicities (8,514 and 12,440 here).
func TestNibbleValuesCommitted(t *testing.T) {
	base := committedWires(t, NewClass(8))
	c := keccakClass()
	if d, want := committedWires(t, c)-base, 2*4096+c.KeccakRows*(400+24*(80+80*4+18*16*4+7*16+400)); d < want {
		t.Errorf("Keccak rows add %d committed wires, want at least %d", d, want)
	}
	c = shaClass()
	if d, want := committedWires(t, c)-base, 3*4096+c.ShaRows*(64*32+48*16); d < want {
		t.Errorf("SHA-256 rows add %d committed wires, want at least %d", d, want)
	}
}
