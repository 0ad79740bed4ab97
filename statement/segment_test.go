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

// TestSubtree: a tree rebuilt from the nodes of some pages has the full
// tree's root, and for those pages the same leaves, paths and updates (in
// any order); nodes outside the tree or given twice are refused.
func TestSubtree(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	full := NewMemTree()
	leaf := func() fr.Element {
		var w [PageWords]uint32
		for i := range w {
			w[i] = rng.Uint32()
		}
		return PageLeaf(&w)
	}
	for range 300 {
		full.Set(uint32(rng.Intn(1<<12)), leaf())
	}
	full.Set(1<<MemTreeDepth-1, leaf())
	pages := []uint32{0, 1, 2, 77, 78, 4095, 1<<MemTreeDepth - 1, 1 << 20}
	part, err := MemTreeFromNodes(full.Subtree(pages))
	if err != nil {
		t.Fatal(err)
	}
	if part.Root() != full.Root() {
		t.Fatal("the subtree's root differs")
	}
	for _, p := range []uint32{77, 0, 1<<MemTreeDepth - 1, 2, 1 << 20, 4095, 1, 78} {
		if part.Leaf(p) != full.Leaf(p) || part.Path(p) != full.Path(p) {
			t.Fatalf("page %d: leaf or path differs", p)
		}
		l := leaf()
		full.Set(p, l)
		part.Set(p, l)
		if part.Root() != full.Root() {
			t.Fatalf("after setting page %d the roots differ", p)
		}
	}
	// No page: the root alone (a segment that touches no memory).
	none, err := MemTreeFromNodes(full.Subtree(nil))
	if err != nil || none.Root() != full.Root() {
		t.Fatalf("the subtree of no page has another root (%v)", err)
	}
	// A page whose path is not in the subtree gives another root.
	part2, _ := MemTreeFromNodes(full.Subtree([]uint32{5}))
	if part2.Leaf(9) == full.Leaf(9) && full.Leaf(9) != ZeroNode(0) {
		t.Fatal("a page outside the subtree has the full tree's leaf")
	}
	if _, err := MemTreeFromNodes([]TreeNode{{Level: MemTreeDepth + 1}}); err == nil {
		t.Fatal("a node above the root was accepted")
	}
	if _, err := MemTreeFromNodes([]TreeNode{{Level: 1, Index: 1 << (MemTreeDepth - 1)}}); err == nil {
		t.Fatal("a node outside its level was accepted")
	}
	n := full.Subtree([]uint32{3})
	if _, err := MemTreeFromNodes(append(n, n[0])); err == nil {
		t.Fatal("a node given twice was accepted")
	}
}
