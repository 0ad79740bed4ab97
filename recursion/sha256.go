package recursion

import (
	"github.com/consensys/gnark/frontend"
)

// SHA-256 in R1CS on boolean variables, without lookups or commitments
// (written for a commitment-free final circuit; gnark's std/hash/sha2 needs
// a commitment for its byte tables). About 27k constraints per block. A word
// is 32 bits, index i = bit i (LSB first).

type word [32]frontend.Variable

var sha256K = [64]uint32{
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
	0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
	0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
	0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
	0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
	0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
	0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
	0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
}

var sha256IV = [8]uint32{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19}

type sha256Circuit struct{ api frontend.API }

func constWord(x uint32) word {
	var w word
	for i := range w {
		w[i] = (x >> i) & 1
	}
	return w
}

func (s sha256Circuit) xor(a, b frontend.Variable) frontend.Variable {
	api := s.api
	return api.Sub(api.Add(a, b), api.Mul(2, api.Mul(a, b)))
}

func (s sha256Circuit) xor3(a, b, c frontend.Variable) frontend.Variable {
	return s.xor(s.xor(a, b), c)
}

// value is the word as a linear combination.
func (s sha256Circuit) value(w *word) frontend.Variable {
	var acc frontend.Variable = 0
	for i := range w {
		acc = s.api.Add(acc, s.api.Mul(w[i], uint64(1)<<i))
	}
	return acc
}

// sum returns the low 32 bits of the sum of the terms (at most 2^extra terms).
func (s sha256Circuit) sum(extra int, terms ...frontend.Variable) word {
	var acc frontend.Variable = 0
	for _, t := range terms {
		acc = s.api.Add(acc, t)
	}
	bits := s.api.ToBinary(acc, 32+extra)
	var w word
	copy(w[:], bits[:32])
	return w
}

func rotr(w *word, n int) word {
	var r word
	for i := range r {
		r[i] = w[(i+n)%32]
	}
	return r
}

func shr(w *word, n int) word {
	var r word
	for i := range r {
		if i+n < 32 {
			r[i] = w[i+n]
		} else {
			r[i] = 0
		}
	}
	return r
}

func (s sha256Circuit) xorWords(a, b, c word) word {
	var r word
	for i := range r {
		r[i] = s.xor3(a[i], b[i], c[i])
	}
	return r
}

// compress is the SHA-256 compression of one block (16 words) into state.
func (s sha256Circuit) compress(state *[8]word, block *[16]word) {
	api := s.api
	var w [64]word
	copy(w[:16], block[:])
	for t := 16; t < 64; t++ {
		s0 := s.xorWords(rotr(&w[t-15], 7), rotr(&w[t-15], 18), shr(&w[t-15], 3))
		s1 := s.xorWords(rotr(&w[t-2], 17), rotr(&w[t-2], 19), shr(&w[t-2], 10))
		w[t] = s.sum(2, s.value(&s1), s.value(&w[t-7]), s.value(&s0), s.value(&w[t-16]))
	}
	a, b, c, d, e, f, g, h := state[0], state[1], state[2], state[3], state[4], state[5], state[6], state[7]
	for t := range 64 {
		S1 := s.xorWords(rotr(&e, 6), rotr(&e, 11), rotr(&e, 25))
		var ch, maj word
		for i := range ch {
			ch[i] = api.Add(g[i], api.Mul(e[i], api.Sub(f[i], g[i])))
			ab := api.Mul(a[i], b[i])
			x := api.Sub(api.Add(a[i], b[i]), api.Mul(2, ab))
			maj[i] = api.Add(ab, api.Mul(c[i], x))
		}
		S0 := s.xorWords(rotr(&a, 2), rotr(&a, 13), rotr(&a, 22))
		t1 := api.Add(s.value(&h), s.value(&S1), s.value(&ch), sha256K[t], s.value(&w[t]))
		t2 := api.Add(s.value(&S0), s.value(&maj))
		h, g, f = g, f, e
		e = s.sum(3, s.value(&d), t1)
		d, c, b = c, b, a
		a = s.sum(3, t1, t2)
	}
	for i, x := range []word{a, b, c, d, e, f, g, h} {
		state[i] = s.sum(1, s.value(&state[i]), s.value(&x))
	}
}

// hash returns the SHA-256 of the message whose bytes are given as 8 bits
// each (LSB first, each boolean), as 8 words (big-endian order of the
// digest: word 0 holds bytes 0..3).
func (s sha256Circuit) hash(msg [][8]frontend.Variable) [8]word {
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
	var state [8]word
	for i := range state {
		state[i] = constWord(sha256IV[i])
	}
	for blk := 0; blk < len(padded); blk += 64 {
		var block [16]word
		for j := range block {
			for i := range 32 {
				block[j][i] = padded[blk+4*j+3-i/8][i%8]
			}
		}
		s.compress(&state, &block)
	}
	return state
}
