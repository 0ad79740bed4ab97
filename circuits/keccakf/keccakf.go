// Package keccakf is the Keccak-f[1600] permutation in R1CS on boolean
// variables, without lookups or commitments: about 6,400 constraints per
// round, 153,600 per permutation. The zkVM circuit proves the KECCAK_F
// system call with it (circuits/precompile.go).
package keccakf

import (
	"github.com/consensys/gnark/frontend"

	"github.com/zkprover/zkprover/isa"
)

// Lane is a 64-bit lane as 64 boolean variables, index i = bit i (LSB
// first).
type Lane [64]frontend.Variable

// Gadget builds Keccak-f constraints with API.
type Gadget struct{ API frontend.API }

// xor of two booleans: a + b − 2ab (one constraint).
func (g Gadget) xor(a, b frontend.Variable) frontend.Variable {
	api := g.API
	return api.Sub(api.Add(a, b), api.Mul(2, api.Mul(a, b)))
}

// Permute applies Keccak-f[1600] (24 rounds) to the state, lanes in the
// order x + 5y, as isa.KeccakF1600. The lanes must be boolean.
func (g Gadget) Permute(a *[isa.KeccakLanes]Lane) {
	api := g.API
	for _, rc := range isa.KeccakRC {
		// θ
		var c [5]Lane
		for x := range 5 {
			for z := range 64 {
				v := a[x][z]
				for y := 5; y < 25; y += 5 {
					v = g.xor(v, a[x+y][z])
				}
				c[x][z] = v
			}
		}
		for x := range 5 {
			var d Lane
			for z := range 64 {
				d[z] = g.xor(c[(x+4)%5][z], c[(x+1)%5][(z+63)%64]) // rot(C[x+1], 1)
			}
			for y := 0; y < 25; y += 5 {
				for z := range 64 {
					a[x+y][z] = g.xor(a[x+y][z], d[z])
				}
			}
		}
		// ρ and π: B[y, 2x+3y] = rot(A[x, y], r[x, y])
		var b [isa.KeccakLanes]Lane
		for x := range 5 {
			for y := range 5 {
				r := isa.KeccakRot[x+5*y]
				dst := y + 5*((2*x+3*y)%5)
				for z := range 64 {
					b[dst][z] = a[x+5*y][(z-r+64)%64]
				}
			}
		}
		// χ: A = B ^ (¬B[x+1] & B[x+2])
		for y := 0; y < 25; y += 5 {
			for x := range 5 {
				for z := range 64 {
					t := api.Mul(api.Sub(1, b[(x+1)%5+y][z]), b[(x+2)%5+y][z])
					a[x+y][z] = g.xor(b[x+y][z], t)
				}
			}
		}
		// ι
		for z := range 64 {
			if rc>>z&1 == 1 {
				a[0][z] = api.Sub(1, a[0][z])
			}
		}
	}
}

// Lane returns the lane whose low and high 32-bit halves are lo and hi,
// each constrained to 32 bits.
func (g Gadget) Lane(lo, hi frontend.Variable) Lane {
	var l Lane
	copy(l[:32], g.API.ToBinary(lo, 32))
	copy(l[32:], g.API.ToBinary(hi, 32))
	return l
}

// Halves returns the values of the lane's low and high 32 bits.
func (g Gadget) Halves(l *Lane) (lo, hi frontend.Variable) {
	api := g.API
	lo, hi = frontend.Variable(0), frontend.Variable(0)
	for i := range 32 {
		lo = api.Add(lo, api.Mul(l[i], uint64(1)<<i))
		hi = api.Add(hi, api.Mul(l[32+i], uint64(1)<<i))
	}
	return lo, hi
}
