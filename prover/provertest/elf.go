package provertest

import "encoding/binary"

// A few RV32I instruction words for tests that write tiny programs.

// Addi is ADDI rd, rs1, imm.
func Addi(rd, rs1 uint32, imm int32) uint32 { return uint32(imm)<<20 | rs1<<15 | rd<<7 | 0x13 }

// Add is ADD rd, rs1, rs2.
func Add(rd, rs1, rs2 uint32) uint32 { return rs2<<20 | rs1<<15 | rd<<7 | 0x33 }

// Lw is LW rd, imm(rs1).
func Lw(rd, rs1 uint32, imm int32) uint32 { return uint32(imm)<<20 | rs1<<15 | 2<<12 | rd<<7 | 0x03 }

// Ecall is ECALL.
const Ecall = 0x00000073

// ELF is a statically linked RV32IM executable of one PT_LOAD segment (read
// and execute) holding words at base, its entry point.
func ELF(base uint32, words []uint32) []byte {
	const ehsize, phsize = 52, 32
	le := binary.LittleEndian
	b := make([]byte, ehsize+phsize, ehsize+phsize+4*len(words))
	copy(b, "\x7fELF\x01\x01\x01")
	le.PutUint16(b[16:], 2)    // ET_EXEC
	le.PutUint16(b[18:], 0xF3) // EM_RISCV
	le.PutUint32(b[20:], 1)    // EV_CURRENT
	le.PutUint32(b[24:], base) // entry
	le.PutUint32(b[28:], ehsize)
	le.PutUint16(b[40:], ehsize)
	le.PutUint16(b[42:], phsize)
	le.PutUint16(b[44:], 1)
	ph := b[ehsize:]
	le.PutUint32(ph[0:], 1) // PT_LOAD
	le.PutUint32(ph[4:], ehsize+phsize)
	le.PutUint32(ph[8:], base)
	le.PutUint32(ph[12:], base)
	le.PutUint32(ph[16:], uint32(4*len(words)))
	le.PutUint32(ph[20:], uint32(4*len(words)))
	le.PutUint32(ph[24:], 5) // R|X
	le.PutUint32(ph[28:], 4)
	for _, w := range words {
		b = le.AppendUint32(b, w)
	}
	return b
}
