package circuits

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark/frontend"

	"github.com/zkprover/zkprover/circuits/keccakf"
	"github.com/zkprover/zkprover/circuits/nibble"
	"github.com/zkprover/zkprover/circuits/sha2"
	"github.com/zkprover/zkprover/isa"
)

// ShaRow is one SHA256_COMPRESS call of the SHA-256 table (all secret):
// the call's step timestamp TS (3i + 3, its slot D's), the word addresses of the
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
// timestamp range [0, 3N]).
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
// renaming of bits, every Out word is recomposed from bits; the bitwise
// functions (Σ0, Σ1, σ0, σ1 as XOR3, Ch, Maj) are evaluated nibble by
// nibble by the nibble table (sha2.CompressLookup, nibbleTable). SW and BW are
// checked so that every address is a RAM word (SW, SW+7, BW, BW+15 in
// [0, 2^28)), and TS is in the timestamp range [0, 3N], which makes the
// bus message's packing injective (docs/circuit.md, rule 6). Inactive rows
// compress zeros and touch nothing.
func (c *Circuit) shaTable(g *gadgets) error {
	api, b := g.api, g.bus
	sg := sha2.Gadget{API: api}
	nb := &nibbler{g: g}
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
		sg.CompressLookup(&st, &blk, nb)
		if nb.err != nil {
			return nb.err
		}
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
	return nil
}

// nibbleKey packs a nibble function's arguments: x + 16y + 256z + 4096 fn.
func nibbleKey(fn int, x, y, z uint32) uint32 { return x + 16*y + 256*z + 4096*uint32(fn) }

// nibbleFns are the nibble functions a class's precompile rows use: XOR3,
// Ch and Maj for SHA-256, XOR3 and χ for Keccak.
func (c Class) nibbleFns() []int {
	var fns []int
	if c.ShaRows > 0 || c.KeccakRows > 0 {
		fns = append(fns, nibble.Xor3)
	}
	if c.ShaRows > 0 {
		fns = append(fns, nibble.Ch, nibble.Maj)
	}
	if c.KeccakRows > 0 {
		fns = append(fns, nibble.Chi)
	}
	return fns
}

// nibbleTable adds the nibble table (tagNib): for each function of fns and
// all nibbles x, y, z, the key nibbleKey with the function's value in the
// β slot (4096 rows a function).
func nibbleTable(b *bus, fns []int) {
	if len(fns) == 0 {
		return
	}
	t := b.newTable(tagNib)
	for _, fn := range fns {
		for k := range uint32(4096) {
			x, y, z := k&15, k>>4&15, k>>8
			key := nibbleKey(fn, x, y, z)
			t.entry(key, key, &bval{v: nibble.Fn(fn, x, y, z)})
		}
	}
}

// nibbler evaluates the nibble functions by the nibble table (the
// precompile gadgets' nibble.Lookup): the value is a hint, committed with
// the circuit's inputs (bus.extra: the argument needs every value on the
// bus fixed before α, β, γ exist) and checked by the lookup of (fn, x, y,
// z) with the value in the β slot (two constraints; six with the value's
// four bits). x, y, z are nibbles (bits, looked-up
// values, split words, constants), so the key's digits are below 16 and
// the match is exact (docs/circuit.md, rule 6).
type nibbler struct {
	g   *gadgets
	err error
}

func (n *nibbler) fail(err error) {
	if n.err == nil {
		n.err = err
	}
}

func (n *nibbler) Nibble3Bits(fn int, x, y, z frontend.Variable) [4]frontend.Variable {
	api, b := n.g.api, n.g.bus
	var bits [4]frontend.Variable
	out, err := api.Compiler().NewHint(nibbleBitsHint, 4, fn, x, y, z)
	if err != nil {
		n.fail(fmt.Errorf("nibble hint: %w", err))
		return [4]frontend.Variable{0, 0, 0, 0}
	}
	copy(bits[:], out)
	b.extra = append(b.extra, out...) // committed before the challenges, as every bus value
	for _, v := range bits {
		n.g.boolean(v)
	}
	v := api.Add(bits[0], api.Mul(bits[1], 2), api.Mul(bits[2], 4), api.Mul(bits[3], 8))
	key := api.Add(x, api.Mul(y, 16), api.Mul(z, 256), 4096*fn)
	b.query(tagNib, 1, key, key, b.beta(v))
	return bits
}

func (n *nibbler) Split(w frontend.Variable) [8]frontend.Variable {
	api := n.g.api
	var nibs [8]frontend.Variable
	out, err := api.Compiler().NewHint(nibblesHint, 8, w)
	if err != nil {
		n.fail(fmt.Errorf("nibbles hint: %w", err))
		return nibs
	}
	n.g.bus.extra = append(n.g.bus.extra, out...) // committed before the challenges
	var acc frontend.Variable = 0
	for k := range nibs {
		nibs[k] = out[k]
		n.g.bus.rng(4, out[k], 1)
		acc = api.Add(acc, api.Mul(out[k], uint64(1)<<(4*k)))
	}
	api.AssertIsEqual(acc, w)
	return nibs
}

func (n *nibbler) Nibble3(fn int, x, y, z frontend.Variable) frontend.Variable {
	api, b := n.g.api, n.g.bus
	out, err := api.Compiler().NewHint(nibbleHint, 1, fn, x, y, z)
	if err != nil {
		n.fail(fmt.Errorf("nibble hint: %w", err))
		return 0
	}
	b.extra = append(b.extra, out[0]) // committed before the challenges, as every bus value
	key := api.Add(x, api.Mul(y, 16), api.Mul(z, 256), 4096*fn)
	b.query(tagNib, 1, key, key, b.beta(out[0]))
	return out[0]
}

// nibbleHint: in = fn, x, y, z (nibbles); out = nibble.Fn(fn, x, y, z).
func nibbleHint(_ *big.Int, in, out []*big.Int) error {
	v, err := nibbleArgs(in)
	if err != nil {
		return err
	}
	out[0].SetUint64(uint64(v))
	return nil
}

// nibbleBitsHint is nibbleHint's value as four bits.
func nibbleBitsHint(_ *big.Int, in, out []*big.Int) error {
	v, err := nibbleArgs(in)
	if err != nil {
		return err
	}
	for i := range out {
		out[i].SetUint64(uint64(v >> i & 1))
	}
	return nil
}

func nibbleArgs(in []*big.Int) (uint32, error) {
	for _, v := range in[1:] {
		if !v.IsUint64() || v.Uint64() > 15 {
			return 0, fmt.Errorf("nibble %s out of range", v)
		}
	}
	if !in[0].IsUint64() || in[0].Uint64() >= nibble.NumFns {
		return 0, fmt.Errorf("nibble function %s unknown", in[0])
	}
	return nibble.Fn(int(in[0].Uint64()), uint32(in[1].Uint64()), uint32(in[2].Uint64()), uint32(in[3].Uint64())), nil
}

// nibblesHint splits in[0] (below 2^32) into 8 nibbles.
func nibblesHint(_ *big.Int, in, out []*big.Int) error {
	if !in[0].IsUint64() || in[0].Uint64() >= 1<<32 {
		return fmt.Errorf("word %s out of range", in[0])
	}
	for k := range out {
		out[k].SetUint64(in[0].Uint64() >> (4 * k) & 15)
	}
	return nil
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
// [0, 3N], SW and SW+49 are RAM words, the 50 words are read (In) and
// written (Out) at TS, and Out = Keccak-f[1600](In) (package keccakf,
// lane k = words 2k, 2k+1, each decomposed into 32 bits).
func (c *Circuit) keccakTable(g *gadgets) error {
	api, b := g.api, g.bus
	kg := keccakf.Gadget{API: api}
	nb := &nibbler{g: g}
	for i := range c.Keccak {
		r := &c.Keccak[i]
		g.preRow(r.Act, r.TS)
		g.ramBuffer(r.SW, isa.KeccakWords)
		b.add(r.Act, api.Add(r.TS, api.Mul(r.SW, pow2(34))), nil, tagKeccak)

		kg.PermuteWordsLookup(&r.In, &r.Out, nb)
		if nb.err != nil {
			return nb.err
		}
		for j := range r.In {
			g.access(r.Act, api.Add(r.SW, j), r.In[j], r.Out[j], r.TS, r.PrevTS[j], false)
		}
	}
	return nil
}
