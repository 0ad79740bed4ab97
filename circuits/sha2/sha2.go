// Package sha2 is SHA-256 in R1CS on boolean variables, without lookups
// or commitments (gnark's std/hash/sha2 needs a commitment for its byte
// tables): about 27k constraints per block. The final circuit (package
// recursion) hashes the statement layout with it; the zkVM circuit proves
// the SHA256_COMPRESS system call with it (circuits/precompile.go).
package sha2

import (
	"github.com/consensys/gnark/frontend"

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

func (s Gadget) xorWords(a, b, c Word) Word {
	var r Word
	for i := range r {
		r[i] = s.xor3(a[i], b[i], c[i])
	}
	return r
}

// Compress is the SHA-256 compression of one block (16 words) into
// state: state = state + rounds(state, block), word by word mod 2^32, as
// isa.Sha256Compress. The block words must be boolean (Bits does that).
func (s Gadget) Compress(state *[8]Word, block *[16]Word) {
	api := s.API
	var w [64]Word
	copy(w[:16], block[:])
	for t := 16; t < 64; t++ {
		s0 := s.xorWords(rotr(&w[t-15], 7), rotr(&w[t-15], 18), shr(&w[t-15], 3))
		s1 := s.xorWords(rotr(&w[t-2], 17), rotr(&w[t-2], 19), shr(&w[t-2], 10))
		w[t] = s.sum(2, s.Value(&s1), s.Value(&w[t-7]), s.Value(&s0), s.Value(&w[t-16]))
	}
	a, b, c, d, e, f, g, h := state[0], state[1], state[2], state[3], state[4], state[5], state[6], state[7]
	for t := range 64 {
		S1 := s.xorWords(rotr(&e, 6), rotr(&e, 11), rotr(&e, 25))
		var ch, maj Word
		for i := range ch {
			ch[i] = api.Add(g[i], api.Mul(e[i], api.Sub(f[i], g[i])))
			ab := api.Mul(a[i], b[i])
			x := api.Sub(api.Add(a[i], b[i]), api.Mul(2, ab))
			maj[i] = api.Add(ab, api.Mul(c[i], x))
		}
		S0 := s.xorWords(rotr(&a, 2), rotr(&a, 13), rotr(&a, 22))
		t1 := api.Add(s.Value(&h), s.Value(&S1), s.Value(&ch), isa.Sha256K[t], s.Value(&w[t]))
		t2 := api.Add(s.Value(&S0), s.Value(&maj))
		h, g, f = g, f, e
		e = s.sum(3, s.Value(&d), t1)
		d, c, b = c, b, a
		a = s.sum(3, t1, t2)
	}
	for i, x := range []Word{a, b, c, d, e, f, g, h} {
		state[i] = s.sum(1, s.Value(&state[i]), s.Value(&x))
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
