package statement

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// Continuations (docs/recursion.md). A run of any length is split into
// segments; each segment proof attests one step of the machine from a
// Boundary to the next, under the run's statement. Aggregation proofs attest
// a range of consecutive segments the same way. Everything a recursive proof
// exposes is ONE public input, its Digest, whose preimage the next level
// opens.
const (
	DomainBoundary  = 4 // machine state between two segments
	DomainSegCtx    = 5 // the run's statement (the 27 public elements)
	DomainSegment   = 6 // a segment proof's public input
	DomainAggregate = 7 // an aggregation proof's public input
	DomainPage      = 8 // a memory page (leaf of the memory tree)
	DomainVK        = 9 // a verifying key (recursion.VKHash)
	// A sequence of consecutive jobs of one program (recursion.Sequence):
	// its context (program id, chain id, cycle budget) and the state
	// between two jobs (state root, accumulated input hash, batch number).
	DomainSeqCtx   = 10
	DomainSeqState = 11
)

// Memory tree: RAM (isa.RAMWords = 2^28 words) is split into pages of
// PageWords words; the tree is a binary Poseidon2 Merkle tree of depth
// MemTreeDepth over the pages, leaf = PageLeaf(words), node = Compress(left,
// right). A page never written is all zero, so the tree of a fresh memory is
// ZeroRoot() whatever the program: the first segment of a run loads the
// image (docs/circuit.md, "Segments").
const (
	PageWordBits = 6
	PageWords    = 1 << PageWordBits // 64 words = 256 bytes
	MemTreeDepth = 28 - PageWordBits // 22
	PageChunks   = (PageWords + WordsPerElement - 1) / WordsPerElement
)

// MaxCycleBits bounds the cycle counter of a Boundary (cycles < 2^40).
const MaxCycleBits = 40

// Boundary is the machine state between two segments: before the first
// segment (Cycles = 0, PC = entry, registers zero, ZeroRoot, the old state
// root, nothing written) or after a segment.
type Boundary struct {
	Cycles    uint64 // steps executed so far (< 2^40)
	PC        uint32 // next instruction (0 once halted)
	OutCount  uint32 // output words written so far (<= MaxOutputWords)
	Halted    bool   // the run has executed HALT
	Regs      [32]uint32
	MemRoot   fr.Element // memory tree root
	StateRoot fr.Element // StateRoot of the state
}

// BoundaryScalars packs the small fields: Cycles + 2^40 PC + 2^72 OutCount +
// 2^80 Halted.
func (b *Boundary) Scalars() fr.Element {
	x := new(big.Int).SetUint64(b.Cycles)
	x.Or(x, new(big.Int).Lsh(new(big.Int).SetUint64(uint64(b.PC)), 40))
	x.Or(x, new(big.Int).Lsh(new(big.Int).SetUint64(uint64(b.OutCount)), 72))
	if b.Halted {
		x.Or(x, new(big.Int).Lsh(big.NewInt(1), 80))
	}
	var e fr.Element
	e.SetBigInt(x)
	return e
}

// Validate checks the ranges the circuit relies on.
func (b *Boundary) Validate() error {
	if b.Cycles >= 1<<MaxCycleBits {
		return fmt.Errorf("boundary: %d cycles, at most 2^%d", b.Cycles, MaxCycleBits)
	}
	if b.OutCount > MaxOutputWords {
		return fmt.Errorf("boundary: %d output words, at most %d", b.OutCount, MaxOutputWords)
	}
	if b.Regs[0] != 0 {
		return fmt.Errorf("boundary: x0 = %#x", b.Regs[0])
	}
	return nil
}

// Digest is Chain(DomainBoundary, Scalars, pack7(regs[0:7]), ...,
// pack7(regs[28:32]), MemRoot, StateRoot).
func (b *Boundary) Digest() fr.Element {
	elems := []fr.Element{u64(DomainBoundary), b.Scalars()}
	elems = append(elems, packChunks(b.Regs[:])...)
	elems = append(elems, b.MemRoot, b.StateRoot)
	return Chain(elems)
}

// InitialBoundary is the state before the first segment of a run of a
// program with the given entry and old state root.
func InitialBoundary(entry uint32, oldStateRoot fr.Element) Boundary {
	return Boundary{PC: entry, MemRoot: ZeroRoot(), StateRoot: oldStateRoot}
}

// SegCtx binds a segment to the statement of its run: Chain(DomainSegCtx,
// the 27 public elements).
func SegCtx(elems [NumPublic]fr.Element) fr.Element {
	all := make([]fr.Element, 0, NumPublic+1)
	all = append(all, u64(DomainSegCtx))
	all = append(all, elems[:]...)
	return Chain(all)
}

// SegmentDigest is a segment proof's one public input:
// Chain(DomainSegment, ctx, in, out) with in and out Boundary digests.
func SegmentDigest(ctx, in, out fr.Element) fr.Element {
	return Chain([]fr.Element{u64(DomainSegment), ctx, in, out})
}

// AggregateDigest is an aggregation proof's one public input:
// Chain(DomainAggregate, vkHash, ctx, in, out), vkHash being the hash of the
// aggregation circuit's own verifying key (docs/recursion.md).
func AggregateDigest(vkHash, ctx, in, out fr.Element) fr.Element {
	return Chain([]fr.Element{u64(DomainAggregate), vkHash, ctx, in, out})
}

// PageLeaf is Chain(DomainPage, pack7 chunks of the page's words).
func PageLeaf(words *[PageWords]uint32) fr.Element {
	elems := make([]fr.Element, 0, PageChunks+1)
	elems = append(elems, u64(DomainPage))
	elems = append(elems, packChunks(words[:])...)
	return Chain(elems)
}

// zeroNodes[l] is the root of a subtree of height l whose pages are all zero.
var zeroNodes = func() [MemTreeDepth + 1]fr.Element {
	var z [MemTreeDepth + 1]fr.Element
	var zero [PageWords]uint32
	z[0] = PageLeaf(&zero)
	for l := 1; l <= MemTreeDepth; l++ {
		z[l] = Compress(z[l-1], z[l-1])
	}
	return z
}()

// ZeroNode is the root of an all-zero subtree of height l (0: a page).
func ZeroNode(l int) fr.Element { return zeroNodes[l] }

// ZeroRoot is the memory tree root of an all-zero memory.
func ZeroRoot() fr.Element { return zeroNodes[MemTreeDepth] }

// MemTree is a sparse memory tree: only nodes that differ from the all-zero
// tree are stored.
type MemTree struct {
	nodes [MemTreeDepth + 1]map[uint32]fr.Element // level -> index -> hash
}

// NewMemTree returns the tree of an all-zero memory.
func NewMemTree() *MemTree {
	t := &MemTree{}
	for l := range t.nodes {
		t.nodes[l] = map[uint32]fr.Element{}
	}
	return t
}

func (t *MemTree) node(l int, i uint32) fr.Element {
	if h, ok := t.nodes[l][i]; ok {
		return h
	}
	return zeroNodes[l]
}

// Root returns the current root.
func (t *MemTree) Root() fr.Element { return t.node(MemTreeDepth, 0) }

// Leaf returns the leaf of a page.
func (t *MemTree) Leaf(page uint32) fr.Element { return t.node(0, page) }

// Path returns the siblings of a page's leaf, from the leaf's level up.
func (t *MemTree) Path(page uint32) [MemTreeDepth]fr.Element {
	var p [MemTreeDepth]fr.Element
	i := page
	for l := 0; l < MemTreeDepth; l++ {
		p[l] = t.node(l, i^1)
		i >>= 1
	}
	return p
}

// Set replaces a page's leaf and updates the path to the root.
func (t *MemTree) Set(page uint32, leaf fr.Element) {
	if page >= 1<<MemTreeDepth {
		panic("statement: page out of range")
	}
	h := leaf
	i := page
	for l := 0; l <= MemTreeDepth; l++ {
		if h == zeroNodes[l] {
			delete(t.nodes[l], i)
		} else {
			t.nodes[l][i] = h
		}
		if l == MemTreeDepth {
			break
		}
		s := t.node(l, i^1)
		if i&1 == 0 {
			h = Compress(h, s)
		} else {
			h = Compress(s, h)
		}
		i >>= 1
	}
}

// RootFromPath recomputes the root from a leaf, its page and its siblings.
func RootFromPath(page uint32, leaf fr.Element, path *[MemTreeDepth]fr.Element) fr.Element {
	h := leaf
	i := page
	for l := 0; l < MemTreeDepth; l++ {
		if i&1 == 0 {
			h = Compress(h, path[l])
		} else {
			h = Compress(path[l], h)
		}
		i >>= 1
	}
	return h
}

// TreeNode is one node of a memory tree: its level (0: a page's leaf,
// MemTreeDepth: the root), its index on that level and its hash.
type TreeNode struct {
	Level uint8      `json:"l"`
	Index uint32     `json:"i"`
	Hash  fr.Element `json:"h"`
}

// Subtree returns the nodes of t that Leaf, Path and Set read and write for
// pages: every node on their paths to the root and every sibling of them,
// except all-zero subtrees (a tree omits those). A tree rebuilt from them
// (MemTreeFromNodes) has t's root, and for these pages the same leaves,
// paths and updates as t: a fleet worker assigns a segment with it instead
// of the whole memory (docs/fleet.md). Pages out of the tree's range are
// ignored.
func (t *MemTree) Subtree(pages []uint32) []TreeNode {
	seen := map[[2]uint32]bool{}
	var out []TreeNode
	add := func(l int, i uint32) {
		k := [2]uint32{uint32(l), i}
		if seen[k] {
			return
		}
		seen[k] = true
		if h, ok := t.nodes[l][i]; ok {
			out = append(out, TreeNode{Level: uint8(l), Index: i, Hash: h})
		}
	}
	add(MemTreeDepth, 0) // the root, also when no page is given
	for _, p := range pages {
		if p >= 1<<MemTreeDepth {
			continue
		}
		i := p
		for l := 0; l < MemTreeDepth; l++ {
			add(l, i)
			add(l, i^1)
			i >>= 1
		}
	}
	return out
}

// MemTreeFromNodes builds a tree from nodes (Subtree's). Nodes must be
// within the tree and given once each; nothing else is checked (a wrong
// node gives another root, which the proof's public input then refuses).
func MemTreeFromNodes(nodes []TreeNode) (*MemTree, error) {
	t := NewMemTree()
	for _, n := range nodes {
		if int(n.Level) > MemTreeDepth || uint64(n.Index) >= uint64(1)<<(MemTreeDepth-int(n.Level)) {
			return nil, fmt.Errorf("memory tree node %d at level %d: outside the tree", n.Index, n.Level)
		}
		if _, dup := t.nodes[n.Level][n.Index]; dup {
			return nil, fmt.Errorf("memory tree node %d at level %d given twice", n.Index, n.Level)
		}
		if n.Hash != zeroNodes[n.Level] {
			t.nodes[n.Level][n.Index] = n.Hash
		}
	}
	return t, nil
}
