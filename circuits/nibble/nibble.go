// Package nibble names the functions of three 4-bit values that the
// precompile tables evaluate by lookup (package circuits: the nibble
// table) and the interface through which the SHA-256 and Keccak gadgets
// (packages sha2, keccakf) ask for them.
package nibble

import "github.com/consensys/gnark/frontend"

// The functions of three nibbles.
const (
	Xor3 = iota // x ^ y ^ z (SHA-256's Σ0, Σ1, σ0, σ1; Keccak's θ and ι)
	Ch          // (x & y) ^ (^x & z)
	Maj         // (x & y) ^ (x & z) ^ (y & z)
	Chi         // x ^ (^y & z) (Keccak's χ)
	NumFns
)

// Fn is function fn of the nibbles x, y, z (each below 16).
func Fn(fn int, x, y, z uint32) uint32 {
	switch fn {
	case Xor3:
		return x ^ y ^ z
	case Ch:
		return (x & y) ^ (^x & z & 15)
	case Maj:
		return (x & y) ^ (x & z) ^ (y & z)
	default:
		return x ^ (^y & z & 15)
	}
}

// Apply is fn applied to every nibble of three 64-bit values.
func Apply(f func(fn int, x, y, z uint32) uint32, fn int, x, y, z uint64) uint64 {
	var r uint64
	for k := range 16 {
		s := 4 * uint(k)
		r |= uint64(f(fn, uint32(x>>s&15), uint32(y>>s&15), uint32(z>>s&15))) << s
	}
	return r
}

// A Lookup evaluates the functions in a circuit. x, y and z must be
// nibbles: linear combinations of four boolean variables with weights 1,
// 2, 4, 8, values a Lookup returned, values Split returned, or constants
// below 16.
type Lookup interface {
	// Nibble3 is Fn(fn, x, y, z).
	Nibble3(fn int, x, y, z frontend.Variable) frontend.Variable
	// Nibble3Bits is Fn(fn, x, y, z) as four boolean variables, least
	// significant first.
	Nibble3Bits(fn int, x, y, z frontend.Variable) [4]frontend.Variable
	// Split decomposes w, which must be below 2^32, into its eight
	// nibbles (least significant first), each checked below 16.
	Split(w frontend.Variable) [8]frontend.Variable
}
