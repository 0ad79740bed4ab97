package sha2

import (
	"crypto/sha256"
	"encoding/hex"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/zkprover/zkprover/circuits/nibble"
	"github.com/zkprover/zkprover/isa"
)

type shaCircuit struct {
	Msg    []frontend.Variable
	Digest [32]frontend.Variable `gnark:",public"`
}

func (c *shaCircuit) Define(api frontend.API) error {
	msg := make([][8]frontend.Variable, len(c.Msg))
	for i := range c.Msg {
		copy(msg[i][:], api.ToBinary(c.Msg[i], 8))
	}
	st := Gadget{API: api}.Hash(msg)
	for w := range st {
		for b := range 4 {
			var acc frontend.Variable = 0
			for i := range 8 {
				acc = api.Add(acc, api.Mul(st[w][8*(3-b)+i], 1<<i))
			}
			api.AssertIsEqual(c.Digest[4*w+b], acc)
		}
	}
	return nil
}

func TestSHA256Circuit(t *testing.T) {
	for _, n := range []int{0, 3, 55, 56, 64, 130} {
		msg := make([]byte, n)
		for i := range msg {
			msg[i] = byte(i*7 + 1)
		}
		d := sha256.Sum256(msg)
		a := &shaCircuit{Msg: make([]frontend.Variable, n)}
		for i, b := range msg {
			a.Msg[i] = b
		}
		for i, b := range d {
			a.Digest[i] = b
		}
		ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &shaCircuit{Msg: make([]frontend.Variable, n)})
		if err != nil {
			t.Fatal(err)
		}
		if err := isSolved(ccs, a); err != nil {
			t.Fatalf("%d bytes: %v", n, err)
		}
		a.Digest[5] = new(big.Int).SetUint64(uint64(d[5] ^ 1))
		if isSolved(ccs, a) == nil {
			t.Fatalf("%d bytes: wrong digest accepted", n)
		}
	}
}

func isSolved(ccs constraint.ConstraintSystem, assignment frontend.Circuit) error {
	w, err := frontend.NewWitness(assignment, ecc.BN254.ScalarField())
	if err != nil {
		return err
	}
	return ccs.IsSolved(w)
}

// TestCompressModel: the nibble model with the real nibble functions is
// isa.Sha256Compress, and with one forged nibble value it is not.
func TestCompressModel(t *testing.T) {
	var block [16]uint32
	for j := range block {
		block[j] = uint32(j)*0x9e3779b9 + 1
	}
	want, got := isa.Sha256IV, isa.Sha256IV
	isa.Sha256Compress(&want, &block)
	CompressModel(&got, &block, nibble.Fn)
	if got != want {
		t.Fatalf("model %x, want %x", got, want)
	}
	forged := isa.Sha256IV
	CompressModel(&forged, &block, func(fn int, x, y, z uint32) uint32 {
		if fn == nibble.Maj && (x+16*y+256*z)%7 == 1 {
			return nibble.Fn(fn, x, y, z) ^ 1
		}
		return nibble.Fn(fn, x, y, z)
	})
	if forged == want {
		t.Fatal("a forged nibble function left the compression unchanged")
	}
}

// TestCompressUnchanged: the boolean Compress (the final circuit hashes
// with it, and its keys depend on the exact constraint system) makes the
// same constraint system as before CompressLookup shared its round code:
// the sha256 of the serialized system of a 70-byte hash, recorded with
// gnark v0.16.3 before the change (a key check compares only sizes, not
// the order of the constraints).
func TestCompressUnchanged(t *testing.T) {
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &shaCircuit{Msg: make([]frontend.Variable, 70)})
	if err != nil {
		t.Fatal(err)
	}
	h := sha256.New()
	if _, err := ccs.WriteTo(h); err != nil {
		t.Fatal(err)
	}
	const want = "9dbfc4aefe9e1930e73053eef2590bc06f339e295c8b938f03882e0c055bef4f"
	if got := hex.EncodeToString(h.Sum(nil)); got != want || ccs.GetNbConstraints() != 52262 {
		t.Fatalf("the boolean SHA-256 circuit changed: sha256 %s, %d constraints; was %s, 52262", got, ccs.GetNbConstraints(), want)
	}
}
