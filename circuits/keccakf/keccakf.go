// Package keccakf is the Keccak-f[1600] permutation in R1CS on boolean
// variables, without lookups or commitments: 6,720 constraints per round
// (one per two-input XOR or χ product, one per θ column parity made a
// fresh variable), 167,960 per permutation with the 32-bit decompositions
// of the 50 input words and the compiler's splits of long expressions. The zkVM
// circuit proves the KECCAK_F system call with it (circuits/precompile.go).
package keccakf

import (
	"math/big"

	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"

	"github.com/zkprover/zkprover/circuits/nibble"
	"github.com/zkprover/zkprover/isa"
)

func init() {
	solver.RegisterHint(copyHint)
}

// copyHint: out[0] = in[0].
func copyHint(_ *big.Int, in, out []*big.Int) error {
	out[0].Set(in[0])
	return nil
}

// fresh returns a new variable equal to the expression e (one
// constraint). The round state is a linear expression that grows with
// every XOR; making the θ column parities fresh keeps it small, where the
// compiler would otherwise split long expressions itself at a higher cost
// (176,202 constraints a permutation instead of 167,960).
func (g Gadget) fresh(e frontend.Variable) frontend.Variable {
	z, err := g.API.Compiler().NewHint(copyHint, 1, e)
	if err != nil {
		panic(err)
	}
	g.API.AssertIsEqual(z[0], e)
	return z[0]
}

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
				c[x][z] = g.fresh(v)
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

// PermuteWords constrains out = Keccak-f[1600](in) on the state as 50
// 32-bit words (lane k = words 2k low, 2k+1 high, as the KECCAK_F call
// lays it out): every in word is decomposed into 32 bits, every out word
// is the value of 32 output bits.
func (g Gadget) PermuteWords(in, out *[isa.KeccakWords]frontend.Variable) {
	var a [isa.KeccakLanes]Lane
	for k := range a {
		a[k] = g.Lane(in[2*k], in[2*k+1])
	}
	g.Permute(&a)
	for k := range a {
		lo, hi := g.Halves(&a[k])
		g.API.AssertIsEqual(out[2*k], lo)
		g.API.AssertIsEqual(out[2*k+1], hi)
	}
}

// PermuteWordsLookup is PermuteWords with the state held as nibbles and
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
