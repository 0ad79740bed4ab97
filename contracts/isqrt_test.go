package contracts_test

import (
	"context"
	"encoding/binary"
	"math"
	"testing"

	"github.com/zkprover/zkprover/executor"
)

// RV32IM encodings for the square-root program.
func rType(f7, rs2, rs1, f3, rd uint32) uint32 {
	return f7<<25 | rs2<<20 | rs1<<15 | f3<<12 | rd<<7 | 0x33
}

func iType(imm int32, rs1, f3, rd uint32) uint32 {
	return uint32(imm)&0xfff<<20 | rs1<<15 | f3<<12 | rd<<7 | 0x13
}

func bType(off int32, rs2, rs1, f3 uint32) uint32 {
	o := uint32(off)
	return (o>>12&1)<<31 | (o>>5&0x3f)<<25 | rs2<<20 | rs1<<15 | f3<<12 | (o>>1&0xf)<<8 | (o>>11&1)<<7 | 0x63
}

func jal0(off int32) uint32 {
	o := uint32(off)
	return (o>>20&1)<<31 | (o>>1&0x3ff)<<21 | (o>>11&1)<<20 | (o>>12&0xff)<<12 | 0x6f
}

// sqrtProgram reads onchain word 0 (a little-endian uint32 x), writes floor(sqrt(x)) as one
// word and halts with 0: the program of the SquareRootConsumer example. It runs at most ~200
// steps, so it fits class 2^8.
func sqrtProgram(t testing.TB) *executor.Program {
	const (
		zero, t0, t1, t2, a0, a7, t3 = 0, 5, 6, 7, 10, 17, 28
		beq, bltu, bgeu              = 0, 6, 7
		ecall                        = 0x00000073
	)
	words := []uint32{
		iType(1, zero, 0, a7),      //  0: a7 = READ_ONCHAIN
		iType(0, zero, 0, a0),      //  4: a0 = 0
		ecall,                      //  8: a0 = word 0
		iType(0, a0, 0, t0),        // 12: x = a0
		iType(0, zero, 0, t1),      // 16: res = 0
		0x40000<<12 | t2<<7 | 0x37, // 20: bit = 1 << 30
		bType(12, t2, t0, bgeu),    // 24: loop1: if x >= bit goto 36
		iType(2, t2, 5, t2),        // 28: bit >>= 2
		jal0(-8),                   // 32: goto 24
		bType(40, zero, t2, beq),   // 36: loop2: if bit == 0 goto 76
		rType(0, t2, t1, 0, t3),    // 40: t3 = res + bit
		bType(20, t3, t0, bltu),    // 44: if x < t3 goto 64
		rType(0x20, t3, t0, 0, t0), // 48: x -= t3
		iType(1, t1, 5, t1),        // 52: res >>= 1
		rType(0, t2, t1, 0, t1),    // 56: res += bit
		jal0(8),                    // 60: goto 68
		iType(1, t1, 5, t1),        // 64: res >>= 1
		iType(2, t2, 5, t2),        // 68: bit >>= 2
		jal0(-36),                  // 72: goto 36
		iType(4, zero, 0, a7),      // 76: a7 = WRITE_OUTPUT
		iType(0, t1, 0, a0),        // 80: a0 = res
		ecall,                      // 84
		iType(0, zero, 0, a7),      // 88: a7 = HALT
		iType(0, zero, 0, a0),      // 92: a0 = 0
		ecall,                      // 96
	}
	p, err := executor.NewProgram(0x1000, 0x1000, words)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func le32(x uint32) []byte {
	var b [4]byte
	binary.LittleEndian.PutUint32(b[:], x)
	return b[:]
}

func TestSqrtProgram(t *testing.T) {
	prog := sqrtProgram(t)
	maxCycles := uint64(0)
	for _, x := range []uint32{0, 1, 2, 3, 4, 15, 16, 17, 99, 1_000_000, 1<<31 + 12345, math.MaxUint32} {
		res, err := executor.Run(context.Background(), prog, &executor.Input{Onchain: le32(x)}, executor.Config{})
		if err != nil {
			t.Fatalf("sqrt(%d): %v", x, err)
		}
		want := uint32(math.Sqrt(float64(x)))
		if len(res.Output) != 4 || binary.LittleEndian.Uint32(res.Output) != want || res.ExitCode != 0 {
			t.Fatalf("sqrt(%d): output %x exit %d, want %d", x, res.Output, res.ExitCode, want)
		}
		maxCycles = max(maxCycles, res.Cycles)
	}
	if maxCycles > 256 {
		t.Fatalf("the program ran %d cycles; it must fit class 2^8", maxCycles)
	}
	t.Logf("at most %d cycles", maxCycles)
}
