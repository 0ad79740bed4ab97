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

// TestFromElements: FromElements inverts Elements, and refuses a vector that
// is no statement's.
func TestFromElements(t *testing.T) {
	p := Public{OnchainInput: []byte{1, 2, 3, 4, 5}, Output: make([]byte, 256), ExitCode: 7,
		Context: Context{ChainID: 1337, Timestamp: 1 << 40, BatchNum: ^uint64(0), Sequencer: [20]byte{0xaa, 19: 0xbb}}}
	p.ProgramID.SetUint64(11)
	p.OffchainHash.SetUint64(12)
	p.OldStateRoot.SetUint64(13)
	p.NewStateRoot.SetUint64(14)
	for i := range p.Output {
		p.Output[i] = byte(i)
	}
	v, err := p.Elements()
	if err != nil {
		t.Fatal(err)
	}
	got, err := FromElements(v)
	if err != nil {
		t.Fatal(err)
	}
	if w, _ := got.Elements(); w != v || string(got.OnchainInput) != string(p.OnchainInput) || string(got.Output) != string(p.Output) ||
		got.Context != p.Context || got.ExitCode != 7 {
		t.Fatalf("round trip: %+v, want %+v", got, p)
	}
	empty, err := FromElements([NumPublic]fr.Element{})
	if err != nil || len(empty.OnchainInput) != 0 || len(empty.Output) != 0 {
		t.Fatalf("the zero vector: %+v, %v", empty, err)
	}
	bad := v
	bad[IdxOnchainInput].SetUint64(1 << 50) // a byte past the 5-byte input
	if _, err := FromElements(bad); err == nil {
		t.Fatal("nonzero padding accepted")
	}
	bad = v
	bad[IdxLengths] = LengthsElement(300, 0, 0)
	if _, err := FromElements(bad); err == nil {
		t.Fatal("an onchain input of 300 bytes accepted")
	}
	bad = v
	bad[IdxLengths] = LengthsElement(5, 3, 7) // output not whole words
	if _, err := FromElements(bad); err == nil {
		t.Fatal("an output of 3 bytes accepted")
	}
}
