// Package keccakf is the Keccak-f[1600] permutation in R1CS with its
// XORs and χ evaluated nibble by nibble through a lookup (nibble.Lookup):
// the zkVM circuit proves the KECCAK_F system call with it
// (circuits/precompile.go), about 82,000 constraints a permutation. Until
// session 20 the package also had the permutation on boolean variables
// (168,000 constraints, one per two-input XOR or χ product), which nothing
// used after session 19; PermuteModel is the Go model of the lookup
// version, checked against isa.KeccakF1600.
package keccakf

import (
	"github.com/consensys/gnark/frontend"

	"github.com/zkprover/zkprover/circuits/nibble"
	"github.com/zkprover/zkprover/isa"
)

// Gadget builds Keccak-f constraints with API.
type Gadget struct{ API frontend.API }

// PermuteWordsLookup constrains out = Keccak-f[1600](in) on the state as
// 50 32-bit words (lane k = words 2k low, 2k+1 high, as the KECCAK_F call
// lays it out), with the state held as nibbles and
// every XOR and χ evaluated nibble by nibble by n: each round takes the
// column parities (two XOR3 of nibbles, the second as bits), θ's XOR of a
// lane with C[x−1] and rot(C[x+1], 1) (as bits when ρ then rotates the lane
// by an amount that is not a multiple of 4, as a nibble when it is),
// ρ and π as renamings of bits or nibbles, χ one lookup a nibble, ι one
// XOR3 with the round constant's non-zero nibbles. The input words are
// split into nibbles (n.Split); the output words are sums of nibbles.
func (g Gadget) PermuteWordsLookup(in, out *[isa.KeccakWords]frontend.Variable, n nibble.Lookup) {
	api := g.API
	var a [isa.KeccakLanes][16]frontend.Variable
	for k := range a {
		lo, hi := n.Split(in[2*k]), n.Split(in[2*k+1])
		copy(a[k][:8], lo[:])
		copy(a[k][8:], hi[:])
	}
	nib := func(b *[64]frontend.Variable, k int, rot int) frontend.Variable {
		// nibble k of the lane whose bit z is b[(z − rot) mod 64]
		var v frontend.Variable = 0
		for i := range 4 {
			v = api.Add(v, api.Mul(b[(4*k+i-rot+128)%64], 1<<i))
		}
		return v
	}
	val := func(bits [4]frontend.Variable) frontend.Variable {
		return api.Add(bits[0], api.Mul(bits[1], 2), api.Mul(bits[2], 4), api.Mul(bits[3], 8))
	}
	for _, rc := range isa.KeccakRC {
		var cb [5][64]frontend.Variable
		var cn [5][16]frontend.Variable
		for x := range 5 {
			for k := range 16 {
				t := n.Nibble3(nibble.Xor3, a[x][k], a[x+5][k], a[x+10][k])
				bits := n.Nibble3Bits(nibble.Xor3, t, a[x+15][k], a[x+20][k])
				copy(cb[x][4*k:4*k+4], bits[:])
				cn[x][k] = val(bits)
			}
		}
		var ab [isa.KeccakLanes][64]frontend.Variable
		var an [isa.KeccakLanes][16]frontend.Variable
		for x := range 5 {
			for k := range 16 {
				rn := nib(&cb[(x+1)%5], k, 1) // rot(C[x+1], 1)
				for y := 0; y < 25; y += 5 {
					if isa.KeccakRot[x+y]%4 == 0 {
						an[x+y][k] = n.Nibble3(nibble.Xor3, a[x+y][k], cn[(x+4)%5][k], rn)
					} else {
						bits := n.Nibble3Bits(nibble.Xor3, a[x+y][k], cn[(x+4)%5][k], rn)
						copy(ab[x+y][4*k:4*k+4], bits[:])
					}
				}
			}
		}
		var bn [isa.KeccakLanes][16]frontend.Variable
		for x := range 5 {
			for y := range 5 {
				src, r := x+5*y, isa.KeccakRot[x+5*y]
				dst := y + 5*((2*x+3*y)%5)
				for k := range 16 {
					if r%4 == 0 {
						bn[dst][k] = an[src][(k-r/4+16)%16]
					} else {
						bn[dst][k] = nib(&ab[src], k, r)
					}
				}
			}
		}
		for y := 0; y < 25; y += 5 {
			for x := range 5 {
				for k := range 16 {
					a[x+y][k] = n.Nibble3(nibble.Chi, bn[x+y][k], bn[(x+1)%5+y][k], bn[(x+2)%5+y][k])
				}
			}
		}
		for k := range 16 {
			if c := rc >> (4 * k) & 15; c != 0 {
				a[0][k] = n.Nibble3(nibble.Xor3, a[0][k], c, 0)
			}
		}
	}
	for k := range a {
		var lo, hi frontend.Variable = 0, 0
		for j := range 8 {
			lo = api.Add(lo, api.Mul(a[k][j], uint64(1)<<(4*j)))
			hi = api.Add(hi, api.Mul(a[k][8+j], uint64(1)<<(4*j)))
		}
		api.AssertIsEqual(out[2*k], lo)
		api.AssertIsEqual(out[2*k+1], hi)
	}
}

// PermuteModel computes in Go what PermuteWordsLookup computes when the
// lookup answers f (nibble.Fn for Keccak-f[1600]; tests forge it).
func PermuteModel(st *[isa.KeccakLanes]uint64, f func(fn int, x, y, z uint32) uint32) {
	rotl := func(x uint64, r int) uint64 { return x<<uint(r) | x>>uint((64-r)%64) }
	for _, rc := range isa.KeccakRC {
		var c [5]uint64
		for x := range 5 {
			t := nibble.Apply(f, nibble.Xor3, st[x], st[x+5], st[x+10])
			c[x] = nibble.Apply(f, nibble.Xor3, t, st[x+15], st[x+20])
		}
		var a [isa.KeccakLanes]uint64
		for x := range 5 {
			for y := 0; y < 25; y += 5 {
				a[x+y] = nibble.Apply(f, nibble.Xor3, st[x+y], c[(x+4)%5], rotl(c[(x+1)%5], 1))
			}
		}
		var b [isa.KeccakLanes]uint64
		for x := range 5 {
			for y := range 5 {
				b[y+5*((2*x+3*y)%5)] = rotl(a[x+5*y], isa.KeccakRot[x+5*y])
			}
		}
		for y := 0; y < 25; y += 5 {
			for x := range 5 {
				st[x+y] = nibble.Apply(f, nibble.Chi, b[x+y], b[(x+1)%5+y], b[(x+2)%5+y])
			}
		}
		var rcm uint64 // the nibbles of rc that are not zero, as an all-ones mask
		for k := range 16 {
			if rc>>(4*k)&15 != 0 {
				rcm |= 15 << (4 * k)
			}
		}
		x := nibble.Apply(f, nibble.Xor3, st[0], rc, 0)
		st[0] = st[0]&^rcm | x&rcm
	}
}
