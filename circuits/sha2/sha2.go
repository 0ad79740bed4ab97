// Package sha2 is SHA-256 in R1CS on boolean variables, without lookups
// or commitments (gnark's std/hash/sha2 needs a commitment for its byte
// tables): about 27k constraints per block. The final circuit (package
// recursion) hashes the statement layout with it; the zkVM circuit proves
// the SHA256_COMPRESS system call with it (circuits/precompile.go).
package sha2

import (
	"github.com/consensys/gnark/frontend"

	"github.com/zkprover/zkprover/circuits/nibble"
	"github.com/zkprover/zkprover/isa"
)

// Word is a 32-bit Word as 32 boolean variables, index i = bit i (LSB
// first).
type Word [32]frontend.Variable

// Gadget builds SHA-256 constraints with API.
type Gadget struct{ API frontend.API }

// ConstWord is the constant Word x.
func ConstWord(x uint32) Word {
	var w Word
	for i := range w {
		w[i] = (x >> i) & 1
	}
	return w
}

func (s Gadget) xor(a, b frontend.Variable) frontend.Variable {
	api := s.API
	return api.Sub(api.Add(a, b), api.Mul(2, api.Mul(a, b)))
}

func (s Gadget) xor3(a, b, c frontend.Variable) frontend.Variable {
	return s.xor(s.xor(a, b), c)
}

// Value is the Word as a linear combination (its integer value).
func (s Gadget) Value(w *Word) frontend.Variable {
	var acc frontend.Variable = 0
	for i := range w {
		acc = s.API.Add(acc, s.API.Mul(w[i], uint64(1)<<i))
	}
	return acc
}

// sum returns the low 32 bits of the sum of the terms (at most 2^extra terms).
func (s Gadget) sum(extra int, terms ...frontend.Variable) Word {
	var acc frontend.Variable = 0
	for _, t := range terms {
		acc = s.API.Add(acc, t)
	}
	bits := s.API.ToBinary(acc, 32+extra)
	var w Word
	copy(w[:], bits[:32])
	return w
}

func rotr(w *Word, n int) Word {
	var r Word
	for i := range r {
		r[i] = w[(i+n)%32]
	}
	return r
}

func shr(w *Word, n int) Word {
	var r Word
	for i := range r {
		if i+n < 32 {
			r[i] = w[i+n]
		} else {
			r[i] = 0
		}
	}
	return r
}

// Compress is the SHA-256 compression of one block (16 words) into
// state: state = state + rounds(state, block), word by word mod 2^32, as
// isa.Sha256Compress. The block words must be boolean (Bits does that).
// Every bitwise function is computed on the bits (about 27k constraints).
func (s Gadget) Compress(state *[8]Word, block *[16]Word) {
	s.compress(state, block, bitOps{s})
}

// CompressLookup is Compress with the bitwise functions evaluated nibble
// by nibble by n: about 13k constraints, tables apart.
func (s Gadget) CompressLookup(state *[8]Word, block *[16]Word, n nibble.Lookup) {
	s.compress(state, block, nibOps{s, n})
}

// wordOps gives the values of the bitwise functions of three words.
type wordOps interface {
	xor3(x, y, z *Word) frontend.Variable
	// chMaj is Ch(e, f, g) and Maj(a, b, c).
	chMaj(e, f, g, a, b, c *Word) (ch, maj frontend.Variable)
}

// bitOps computes the functions bit by bit: two constraints a bit for
// XOR3 and MAJ, one for CH. (Its constraints are made in the order of the
// first version, bit by bit for CH and MAJ together, so that the circuits
// that use Compress, and their keys, stay the same.)
type bitOps struct{ s Gadget }

func (o bitOps) xor3(x, y, z *Word) frontend.Variable {
	var r Word
	for i := range r {
		r[i] = o.s.xor3(x[i], y[i], z[i])
	}
	return o.s.Value(&r)
}

func (o bitOps) chMaj(e, f, g, a, b, c *Word) (frontend.Variable, frontend.Variable) {
	api := o.s.API
	var ch, maj Word
	for i := range ch {
		ch[i] = api.Add(g[i], api.Mul(e[i], api.Sub(f[i], g[i])))
		ab := api.Mul(a[i], b[i])
		x := api.Sub(api.Add(a[i], b[i]), api.Mul(2, ab))
		maj[i] = api.Add(ab, api.Mul(c[i], x))
	}
	return o.s.Value(&ch), o.s.Value(&maj)
}

// nibOps evaluates the functions on the eight nibbles of the words.
type nibOps struct {
	s Gadget
	n nibble.Lookup
}

func (o nibOps) xor3(x, y, z *Word) frontend.Variable { return o.apply(nibble.Xor3, x, y, z) }

func (o nibOps) chMaj(e, f, g, a, b, c *Word) (frontend.Variable, frontend.Variable) {
	return o.apply(nibble.Ch, e, f, g), o.apply(nibble.Maj, a, b, c)
}

func (o nibOps) apply(fn int, x, y, z *Word) frontend.Variable {
	api := o.s.API
	nib := func(w *Word, k int) frontend.Variable {
		return api.Add(w[4*k], api.Mul(w[4*k+1], 2), api.Mul(w[4*k+2], 4), api.Mul(w[4*k+3], 8))
	}
	var acc frontend.Variable = 0
	for k := range 8 {
		acc = api.Add(acc, api.Mul(o.n.Nibble3(fn, nib(x, k), nib(y, k), nib(z, k)), uint64(1)<<(4*k)))
	}
	return acc
}

func (s Gadget) compress(state *[8]Word, block *[16]Word, ops wordOps) {
	api := s.API
	var w [64]Word
	copy(w[:16], block[:])
	for t := 16; t < 64; t++ {
		r7, r18, s3 := rotr(&w[t-15], 7), rotr(&w[t-15], 18), shr(&w[t-15], 3)
		r17, r19, s10 := rotr(&w[t-2], 17), rotr(&w[t-2], 19), shr(&w[t-2], 10)
		s0 := ops.xor3(&r7, &r18, &s3)
		s1 := ops.xor3(&r17, &r19, &s10)
		w[t] = s.sum(2, s1, s.Value(&w[t-7]), s0, s.Value(&w[t-16]))
	}
	a, b, c, d, e, f, g, h := state[0], state[1], state[2], state[3], state[4], state[5], state[6], state[7]
	for t := range 64 {
		r6, r11, r25 := rotr(&e, 6), rotr(&e, 11), rotr(&e, 25)
		S1 := ops.xor3(&r6, &r11, &r25)
		ch, maj := ops.chMaj(&e, &f, &g, &a, &b, &c)
		r2, r13, r22 := rotr(&a, 2), rotr(&a, 13), rotr(&a, 22)
		S0 := ops.xor3(&r2, &r13, &r22)
		t1 := api.Add(s.Value(&h), S1, ch, isa.Sha256K[t], s.Value(&w[t]))
		t2 := api.Add(S0, maj)
		h, g, f = g, f, e
		e = s.sum(3, s.Value(&d), t1)
		d, c, b = c, b, a
		a = s.sum(3, t1, t2)
	}
	for i, x := range []Word{a, b, c, d, e, f, g, h} {
		state[i] = s.sum(1, s.Value(&state[i]), s.Value(&x))
	}
}

// CompressModel computes in Go what CompressLookup computes when the
// lookup answers f (nibble.Fn for the real compression; tests forge it).
func CompressModel(state *[8]uint32, block *[16]uint32, f func(fn int, x, y, z uint32) uint32) {
	apply := func(fn int, x, y, z uint32) uint32 {
		var r uint32
		for k := range 8 {
			r += f(fn, x>>(4*k)&15, y>>(4*k)&15, z>>(4*k)&15) << (4 * k)
		}
		return r
	}
	rotr := func(x uint32, n int) uint32 { return x>>n | x<<(32-n) }
	var w [64]uint32
	copy(w[:16], block[:])
	for t := 16; t < 64; t++ {
		s0 := apply(nibble.Xor3, rotr(w[t-15], 7), rotr(w[t-15], 18), w[t-15]>>3)
		s1 := apply(nibble.Xor3, rotr(w[t-2], 17), rotr(w[t-2], 19), w[t-2]>>10)
		w[t] = s1 + w[t-7] + s0 + w[t-16]
	}
	a, b, c, d, e, g6, g, h := state[0], state[1], state[2], state[3], state[4], state[5], state[6], state[7]
	for t := range 64 {
		S1 := apply(nibble.Xor3, rotr(e, 6), rotr(e, 11), rotr(e, 25))
		ch := apply(nibble.Ch, e, g6, g)
		maj := apply(nibble.Maj, a, b, c)
		S0 := apply(nibble.Xor3, rotr(a, 2), rotr(a, 13), rotr(a, 22))
		t1 := h + S1 + ch + isa.Sha256K[t] + w[t]
		t2 := S0 + maj
		h, g, g6 = g, g6, e
		e = d + t1
		d, c, b = c, b, a
		a = t1 + t2
	}
	for i, x := range []uint32{a, b, c, d, e, g6, g, h} {
		state[i] += x
	}
}

// Hash returns the SHA-256 of the message whose bytes are given as 8 bits
// each (LSB first, each boolean), as 8 words (big-endian order of the
// digest: Word 0 holds bytes 0..3).
func (s Gadget) Hash(msg [][8]frontend.Variable) [8]Word {
	n := len(msg)
	padded := make([][8]frontend.Variable, 0, (n+9+63)/64*64)
	padded = append(padded, msg...)
	constByte := func(b byte) [8]frontend.Variable {
		var r [8]frontend.Variable
		for i := range r {
			r[i] = (b >> i) & 1
		}
		return r
	}
	padded = append(padded, constByte(0x80))
	for len(padded)%64 != 56 {
		padded = append(padded, constByte(0))
	}
	bitLen := uint64(n) * 8
	for i := 7; i >= 0; i-- {
		padded = append(padded, constByte(byte(bitLen>>(8*i))))
	}
	var state [8]Word
	for i := range state {
		state[i] = ConstWord(isa.Sha256IV[i])
	}
	for blk := 0; blk < len(padded); blk += 64 {
		var block [16]Word
		for j := range block {
			for i := range 32 {
				block[j][i] = padded[blk+4*j+3-i/8][i%8]
			}
		}
		s.Compress(&state, &block)
	}
	return state
}

// Bits decomposes x, which must be below 2^32, into a word (x is
// constrained to 32 bits).
func (s Gadget) Bits(x frontend.Variable) Word {
	var w Word
	copy(w[:], s.API.ToBinary(x, 32))
	return w
}
