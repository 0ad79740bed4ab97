package isa

import "math/bits"

// KeccakLanes is the number of 64-bit lanes of the Keccak-f[1600] state;
// the KECCAK_F system call's buffer is KeccakWords 32-bit words, lane k
// being words 2k (low half) and 2k+1 (high half), lanes in the order
// x + 5y of FIPS 202.
const (
	KeccakLanes = 25
	KeccakWords = 2 * KeccakLanes
)

// KeccakRC are the round constants of Keccak-f[1600] (FIPS 202, 3.2.5).
var KeccakRC = [24]uint64{
	0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000,
	0x000000000000808B, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
	0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
	0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003,
	0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
	0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
}

// KeccakRot are the rotation offsets of ρ, by lane index x + 5y.
var KeccakRot = [KeccakLanes]int{
	0, 1, 62, 28, 27,
	36, 44, 6, 55, 20,
	3, 10, 43, 25, 39,
	41, 45, 15, 21, 8,
	18, 2, 61, 56, 14,
}

// KeccakF1600 permutes the state in place (FIPS 202, Keccak-p[1600, 24]),
// as the KECCAK_F system call does.
func KeccakF1600(a *[KeccakLanes]uint64) {
	for _, rc := range KeccakRC {
		// θ
		var c [5]uint64
		for x := range 5 {
			c[x] = a[x] ^ a[x+5] ^ a[x+10] ^ a[x+15] ^ a[x+20]
		}
		for x := range 5 {
			d := c[(x+4)%5] ^ bits.RotateLeft64(c[(x+1)%5], 1)
			for y := 0; y < 25; y += 5 {
				a[x+y] ^= d
			}
		}
		// ρ and π: B[y, 2x+3y] = rot(A[x, y], r[x, y])
		var b [KeccakLanes]uint64
		for x := range 5 {
			for y := range 5 {
				b[y+5*((2*x+3*y)%5)] = bits.RotateLeft64(a[x+5*y], KeccakRot[x+5*y])
			}
		}
		// χ
		for y := 0; y < 25; y += 5 {
			for x := range 5 {
				a[x+y] = b[x+y] ^ ^b[(x+1)%5+y]&b[(x+2)%5+y]
			}
		}
		// ι
		a[0] ^= rc
	}
}
