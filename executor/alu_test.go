package executor

import (
	"math/big"
	"math/rand"
	"testing"
)

// TestMulDivAgainstBigInt checks the M extension against arbitrary-precision
// arithmetic on random and edge operands.
func TestMulDivAgainstBigInt(t *testing.T) {
	rng := rand.New(rand.NewSource(4))
	edges := []uint32{0, 1, 2, 3, 0x7fffffff, 0x80000000, 0x80000001, 0xfffffffe, 0xffffffff, 10, 0xfffffff6}
	var vals []uint32
	vals = append(vals, edges...)
	for i := 0; i < 60; i++ {
		vals = append(vals, rng.Uint32())
	}
	s := func(x uint32) *big.Int { return big.NewInt(int64(int32(x))) }
	u := func(x uint32) *big.Int { return new(big.Int).SetUint64(uint64(x)) }
	mask := new(big.Int).SetUint64(0xffffffff)
	word := func(x *big.Int) uint32 {
		m := new(big.Int).Mod(x, new(big.Int).Lsh(big.NewInt(1), 64)) // two's complement
		return uint32(new(big.Int).And(m, mask).Uint64())
	}
	high := func(x *big.Int) uint32 {
		m := new(big.Int).Mod(x, new(big.Int).Lsh(big.NewInt(1), 64))
		return uint32(new(big.Int).Rsh(m, 32).Uint64())
	}
	for _, a := range vals {
		for _, b := range vals {
			check := func(name string, op uint8, want uint32) {
				if got := alu(op, a, b); got != want {
					t.Fatalf("%s(%#x, %#x) = %#x, want %#x", name, a, b, got, want)
				}
			}
			check("mul", opMUL, word(new(big.Int).Mul(u(a), u(b))))
			check("mulh", opMULH, high(new(big.Int).Mul(s(a), s(b))))
			check("mulhsu", opMULHSU, high(new(big.Int).Mul(s(a), u(b))))
			check("mulhu", opMULHU, high(new(big.Int).Mul(u(a), u(b))))
			switch {
			case b == 0:
				check("div", opDIV, 0xffffffff)
				check("divu", opDIVU, 0xffffffff)
				check("rem", opREM, a)
				check("remu", opREMU, a)
			case a == 0x80000000 && b == 0xffffffff:
				check("div", opDIV, 0x80000000)
				check("rem", opREM, 0)
				check("divu", opDIVU, 0)
				check("remu", opREMU, 0x80000000)
			default:
				q, r := new(big.Int).QuoRem(s(a), s(b), new(big.Int)) // truncated, like RISC-V
				check("div", opDIV, word(q))
				check("rem", opREM, word(r))
				check("divu", opDIVU, a/b)
				check("remu", opREMU, a%b)
			}
		}
	}
}
