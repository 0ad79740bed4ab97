package isa

import "math/bits"

// Words of the SHA256_COMPRESS system call's two buffers.
const (
	Sha256StateWords = 8
	Sha256BlockWords = 16
)

// Sha256IV is the initial SHA-256 state (FIPS 180-4, 5.3.3).
var Sha256IV = [Sha256StateWords]uint32{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19}

// Sha256K are the SHA-256 round constants (FIPS 180-4, 4.2.2).
var Sha256K = [64]uint32{
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
	0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
	0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
	0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
	0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
	0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
	0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
	0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
}

// Sha256Compress applies the SHA-256 compression function (FIPS 180-4,
// 6.2.2 steps 1 to 4) to state with the message block, as the
// SHA256_COMPRESS system call does: state = state + rounds(state, block),
// word by word modulo 2^32.
func Sha256Compress(state *[Sha256StateWords]uint32, block *[Sha256BlockWords]uint32) {
	var w [64]uint32
	copy(w[:], block[:])
	for t := 16; t < 64; t++ {
		s0 := bits.RotateLeft32(w[t-15], -7) ^ bits.RotateLeft32(w[t-15], -18) ^ w[t-15]>>3
		s1 := bits.RotateLeft32(w[t-2], -17) ^ bits.RotateLeft32(w[t-2], -19) ^ w[t-2]>>10
		w[t] = w[t-16] + s0 + w[t-7] + s1
	}
	a, b, c, d, e, f, g, h := state[0], state[1], state[2], state[3], state[4], state[5], state[6], state[7]
	for t := 0; t < 64; t++ {
		s1 := bits.RotateLeft32(e, -6) ^ bits.RotateLeft32(e, -11) ^ bits.RotateLeft32(e, -25)
		ch := e&f ^ ^e&g
		t1 := h + s1 + ch + Sha256K[t] + w[t]
		s0 := bits.RotateLeft32(a, -2) ^ bits.RotateLeft32(a, -13) ^ bits.RotateLeft32(a, -22)
		maj := a&b ^ a&c ^ b&c
		t2 := s0 + maj
		h, g, f, e, d, c, b, a = g, f, e, d+t1, c, b, a, t1+t2
	}
	state[0] += a
	state[1] += b
	state[2] += c
	state[3] += d
	state[4] += e
	state[5] += f
	state[6] += g
	state[7] += h
}

// Sha256CompressCall is what the SHA256_COMPRESS system call computes: the
// block is the 64 message bytes as they lie in memory, so its words as the
// machine loads them (little-endian) are FIPS 180-4's big-endian words
// byte-reversed; the state words are plain words (H0..H7).
func Sha256CompressCall(state *[Sha256StateWords]uint32, mem *[Sha256BlockWords]uint32) {
	var block [Sha256BlockWords]uint32
	for j, v := range mem {
		block[j] = bits.ReverseBytes32(v)
	}
	Sha256Compress(state, &block)
}
