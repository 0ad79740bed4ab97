package statement

import (
	"math/rand"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

func TestMemTree(t *testing.T) {
	tr := NewMemTree()
	if tr.Root() != ZeroRoot() {
		t.Fatal("fresh tree is not ZeroRoot")
	}
	rng := rand.New(rand.NewSource(1))
	pages := map[uint32][PageWords]uint32{}
	for k := 0; k < 40; k++ {
		pg := uint32(rng.Intn(1 << MemTreeDepth))
		if k%3 == 0 {
			pg = uint32(rng.Intn(8)) // neighbours share paths
		}
		var w [PageWords]uint32
		w[rng.Intn(PageWords)] = rng.Uint32()
		old := tr.Leaf(pg)
		path := tr.Path(pg)
		if RootFromPath(pg, old, &path) != tr.Root() {
			t.Fatalf("page %d: path does not open the root", pg)
		}
		leaf := PageLeaf(&w)
		tr.Set(pg, leaf)
		if RootFromPath(pg, leaf, &path) != tr.Root() {
			t.Fatalf("page %d: the same siblings do not give the new root", pg)
		}
		pages[pg] = w
	}
	// Writing every page back to zero gives the zero tree again.
	var zero [PageWords]uint32
	for pg := range pages {
		tr.Set(pg, PageLeaf(&zero))
	}
	if tr.Root() != ZeroRoot() {
		t.Fatal("zeroed tree is not ZeroRoot")
	}
	for l := range tr.nodes {
		if len(tr.nodes[l]) != 0 {
			t.Fatalf("level %d keeps %d zero nodes", l, len(tr.nodes[l]))
		}
	}
}

func TestBoundaryDigestBindsEveryField(t *testing.T) {
	b := Boundary{Cycles: 5, PC: 0x1000, OutCount: 2, Regs: [32]uint32{0, 1, 2}, MemRoot: ZeroRoot()}
	d := b.Digest()
	muts := []func(*Boundary){
		func(x *Boundary) { x.Cycles++ },
		func(x *Boundary) { x.PC += 4 },
		func(x *Boundary) { x.OutCount++ },
		func(x *Boundary) { x.Halted = true },
		func(x *Boundary) { x.Regs[31] = 1 },
		func(x *Boundary) { x.MemRoot = fr.NewElement(1) },
		func(x *Boundary) { x.StateRoot = fr.NewElement(1) },
	}
	for i, m := range muts {
		c := b
		m(&c)
		if c.Digest() == d {
			t.Fatalf("mutation %d does not change the digest", i)
		}
	}
	if err := b.Validate(); err != nil {
		t.Fatal(err)
	}
	b.Cycles = 1 << MaxCycleBits
	if b.Validate() == nil {
		t.Fatal("cycle counter out of range accepted")
	}
}
