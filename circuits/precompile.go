package circuits

import (
	"github.com/consensys/gnark/frontend"

	"github.com/zkprover/zkprover/circuits/keccakf"
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

// preRow constrains a precompile row's Act (a bit) and TS (in the
// timestamp range [0, 4N]).
func (g *gadgets) preRow(act, ts frontend.Variable) {
	g.boolean(act)
	g.bus.query(tagTS, 1, ts, ts, nil)
}

// ramBuffer checks that the words w, ..., w+n-1 are RAM words: w and
// w+n-1 in [0, 2^28).
func (g *gadgets) ramBuffer(w frontend.Variable, n int) {
	g.rangeBits(w, ramWordBits)
	g.rangeBits(g.api.Add(w, n-1), ramWordBits)
}

// shaTable constrains the SHA-256 table. Each active row is one
// SHA256_COMPRESS call: it consumes the step's message (TS, a0, a1) from
// the bus (tagSha) and performs the call's 24 accesses of the memory
// argument at TS: the state words SW+j read In[j] and write Out[j], the
// block words BW+j are read (unchanged). Out = compress(In, W) word by
// word with W_j = Blk[j] byte-reversed (the block is the message bytes in
// memory; isa.Sha256CompressCall), by package sha2: every In and Blk word
// is decomposed into 32 bits, so each is below 2^32, the reversal is a
// renaming of bits, every Out word is recomposed from bits. SW and BW are
// checked so that every address is a RAM word (SW, SW+7, BW, BW+15 in
// [0, 2^28)), and TS is in the timestamp range [0, 4N], which makes the
// bus message's packing injective (docs/circuit.md, rule 6). Inactive rows
// compress zeros and touch nothing.
func (c *Circuit) shaTable(g *gadgets) {
	api, b := g.api, g.bus
	sg := sha2.Gadget{API: api}
	for i := range c.Sha {
		r := &c.Sha[i]
		g.preRow(r.Act, r.TS)
		g.ramBuffer(r.SW, isa.Sha256StateWords)
		g.ramBuffer(r.BW, isa.Sha256BlockWords)
		b.add(r.Act, api.Add(r.TS, api.Mul(r.SW, pow2(34)), api.Mul(r.BW, pow2(66))), nil, tagSha)

		var st [isa.Sha256StateWords]sha2.Word
		var blk [isa.Sha256BlockWords]sha2.Word
		for j := range st {
			st[j] = sg.Bits(r.In[j])
		}
		for j := range blk {
			// the memory word's bytes are the big-endian word's, reversed
			m := sg.Bits(r.Blk[j])
			for k := range 32 {
				blk[j][k] = m[8*(3-k/8)+k%8]
			}
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

// KeccakRow is one KECCAK_F call of the Keccak table (all secret): the
// call's step timestamp TS, the word address SW = a0/4 of the 50-word
// state, the words before (In) and after (Out), their previous timestamps.
type KeccakRow struct {
	Act, TS, SW frontend.Variable
	In, Out     [isa.KeccakWords]frontend.Variable
	PrevTS      [isa.KeccakWords]frontend.Variable
}

// keccakTable constrains the Keccak table like the SHA-256 table: each
// active row consumes the step's message (TS, a0) (tagKeccak), TS is in
// [0, 4N], SW and SW+49 are RAM words, the 50 words are read (In) and
// written (Out) at TS, and Out = Keccak-f[1600](In) (package keccakf,
// lane k = words 2k, 2k+1, each decomposed into 32 bits).
func (c *Circuit) keccakTable(g *gadgets) {
	api, b := g.api, g.bus
	kg := keccakf.Gadget{API: api}
	for i := range c.Keccak {
		r := &c.Keccak[i]
		g.preRow(r.Act, r.TS)
		g.ramBuffer(r.SW, isa.KeccakWords)
		b.add(r.Act, api.Add(r.TS, api.Mul(r.SW, pow2(34))), nil, tagKeccak)

		kg.PermuteWords(&r.In, &r.Out)
		for j := range r.In {
			g.access(r.Act, api.Add(r.SW, j), r.In[j], r.Out[j], r.TS, r.PrevTS[j], false)
		}
	}
}
