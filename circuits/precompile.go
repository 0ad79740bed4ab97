package circuits

import (
	"github.com/consensys/gnark/frontend"

	"github.com/zkprover/zkprover/circuits/sha2"
	"github.com/zkprover/zkprover/isa"
)

// ShaRow is one SHA256_COMPRESS call of the SHA-256 table (all secret):
// the call's step timestamp TS (its slot M's), the word addresses of the
// state (SW = a0/4) and of the block (BW = a1/4), the state words before
// (In) and after (Out), the block words (Blk), and the previous timestamps
// of the 24 words (state words first).
type ShaRow struct {
	Act, TS, SW, BW frontend.Variable
	In, Out         [isa.Sha256StateWords]frontend.Variable
	Blk             [isa.Sha256BlockWords]frontend.Variable
	PrevTS          [isa.Sha256StateWords + isa.Sha256BlockWords]frontend.Variable
}

// shaTable constrains the SHA-256 table. Each active row is one
// SHA256_COMPRESS call: it consumes the step's message (TS, a0, a1) from
// the bus (tagSha) and performs the call's 24 accesses of the memory
// argument at TS: the state words SW+j read In[j] and write Out[j], the
// block words BW+j are read (unchanged). Out = compress(In, Blk) word by
// word (package sha2: every In and Blk word decomposed into 32 bits, so
// each is below 2^32; every Out word is recomposed from bits). SW and BW
// are checked so that every address is a RAM word (SW, SW+7, BW, BW+15 in
// [0, 2^28)), and TS is in the timestamp range [0, 4N], which makes the
// bus message's packing injective (docs/circuit.md, rule P). Inactive rows
// compress zeros and touch nothing.
func (c *Circuit) shaTable(g *gadgets) {
	api, b := g.api, g.bus
	sg := sha2.Gadget{API: api}
	for i := range c.Sha {
		r := &c.Sha[i]
		g.boolean(r.Act)
		b.query(tagTS, 1, r.TS, r.TS, nil)
		g.rangeBits(r.SW, ramWordBits)
		g.rangeBits(api.Add(r.SW, isa.Sha256StateWords-1), ramWordBits)
		g.rangeBits(r.BW, ramWordBits)
		g.rangeBits(api.Add(r.BW, isa.Sha256BlockWords-1), ramWordBits)
		b.add(r.Act, api.Add(r.TS, api.Mul(r.SW, pow2(34)), api.Mul(r.BW, pow2(66))), nil, tagSha)

		var st [isa.Sha256StateWords]sha2.Word
		var blk [isa.Sha256BlockWords]sha2.Word
		for j := range st {
			st[j] = sg.Bits(r.In[j])
		}
		for j := range blk {
			blk[j] = sg.Bits(r.Blk[j])
		}
		sg.Compress(&st, &blk)
		for j := range st {
			api.AssertIsEqual(r.Out[j], sg.Value(&st[j]))
		}
		for j := range st {
			g.access(r.Act, api.Add(r.SW, j), r.In[j], r.Out[j], r.TS, r.PrevTS[j], false)
		}
		for j := range blk {
			g.access(r.Act, api.Add(r.BW, j), r.Blk[j], r.Blk[j], r.TS, r.PrevTS[isa.Sha256StateWords+j], true)
		}
	}
}
