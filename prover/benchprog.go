package prover

import (
	"fmt"

	"github.com/zkprover/zkprover/executor"
)

// RISC-V encodings used by the built-in benchmark program.
func encADDI(rd, rs1 uint32, imm int32) uint32 {
	return uint32(imm)<<20 | rs1<<15 | rd<<7 | 0x13
}

func encLUI(rd, imm20 uint32) uint32 { return imm20<<12 | rd<<7 | 0x37 }

func encBNE(rs1, rs2 uint32, off int32) uint32 {
	o := uint32(off)
	return (o>>12&1)<<31 | (o>>5&0x3f)<<25 | rs2<<20 | rs1<<15 | 1<<12 | (o>>1&0xf)<<8 | (o>>11&1)<<7 | 0x63
}

const encECALL = 0x00000073

// LoopProgram returns a program that runs exactly `cycles` cycles (at least
// 8): it counts a register down in a two-instruction loop, pads with no-op
// additions, writes one output word and halts with exit code 0. Benchmarks use
// it to fill a class.
func LoopProgram(cycles int) (*executor.Program, error) {
	const t0, a0, a7 = 5, 10, 17
	// Fixed part: LUI+ADDI (2), loop 2*n, WRITE_OUTPUT (3: a0, a7, ecall), HALT (3).
	const fixed = 8
	if cycles < fixed {
		return nil, fmt.Errorf("a loop program runs at least %d cycles, not %d", fixed, cycles)
	}
	n := (cycles - fixed) / 2
	pad := (cycles - fixed) % 2
	if n == 0 {
		n, pad = 0, cycles-fixed
	}
	hi := uint32(n+0x800) >> 12
	lo := int32(n - int(hi<<12))
	words := []uint32{encLUI(t0, hi&0xfffff), encADDI(t0, t0, lo)}
	if n > 0 {
		words = append(words, encADDI(t0, t0, -1), encBNE(t0, 0, -4))
	}
	for i := 0; i < pad; i++ {
		words = append(words, encADDI(0, 0, 0))
	}
	words = append(words,
		encADDI(a0, t0, 0x55), encADDI(a7, 0, 4), encECALL, // WRITE_OUTPUT(t0 + 0x55)
		encADDI(a0, 0, 0), encADDI(a7, 0, 0), encECALL, // HALT(0)
	)
	return executor.NewProgram(0x1000, 0x1000, words)
}
