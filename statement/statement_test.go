package statement

import (
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

func TestChainMatchesCompress(t *testing.T) {
	var a, b fr.Element
	a.SetUint64(7)
	b.SetUint64(9)
	h := Compress(Compress(fr.Element{}, a), b)
	if got := Chain([]fr.Element{a, b}); !got.Equal(&h) {
		t.Fatalf("Chain = %s, want %s", got.String(), h.String())
	}
}

func TestHashesSeparateDomainsAndLengths(t *testing.T) {
	id := ProgramID(0x1000, 0x1000, []uint32{1, 2, 3})
	id2 := ProgramID(0x1000, 0x1000, []uint32{1, 2, 3, 0})
	if id.Equal(&id2) {
		t.Fatal("program ids of images of different length collide")
	}
	off := OffchainHash([]byte{1, 0, 0, 0})
	off2 := OffchainHash([]byte{1})
	if off.Equal(&off2) {
		t.Fatal("offchain hashes of inputs of different length collide")
	}
	empty := StateRoot(nil)
	zero := StateRoot([]KV{{Key: 5, Value: 0}})
	if !empty.Equal(&zero) {
		t.Fatal("a zero value must be the same as an absent key")
	}
	one := StateRoot([]KV{{Key: 5, Value: 1}})
	if one.Equal(&empty) {
		t.Fatal("state roots of different states collide")
	}
}

func TestPublicElements(t *testing.T) {
	p := Public{OnchainInput: []byte{1, 2, 3, 4, 5}, Output: []byte{9, 0, 0, 0}, ExitCode: 3}
	v, err := p.Elements()
	if err != nil {
		t.Fatal(err)
	}
	if got := v[IdxOnchainInput].Uint64(); got != 0x04030201|5<<32 {
		t.Fatalf("onchain element 0 = %#x", got)
	}
	if got := v[IdxOutput].Uint64(); got != 9 {
		t.Fatalf("output element 0 = %d", got)
	}
	if got := v[IdxLengths].Text(16); got != "30000000400000005" {
		t.Fatalf("lengths = %s", got)
	}
	p.Output = make([]byte, 257)
	if _, err := p.Elements(); err == nil {
		t.Fatal("oversize output accepted")
	}
}
