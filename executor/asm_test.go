package executor

// A tiny RV32IM assembler for tests: each helper returns one instruction word.

const (
	zero = 0
	ra   = 1
	sp   = 2
	t0   = 5
	t1   = 6
	t2   = 7
	a0   = 10
	a1   = 11
	a2   = 12
	a7   = 17
)

func rtype(f7, rs2, rs1, f3, rd, opc uint32) uint32 {
	return f7<<25 | rs2<<20 | rs1<<15 | f3<<12 | rd<<7 | opc
}

func itype(imm int32, rs1, f3, rd, opc uint32) uint32 {
	return uint32(imm)<<20 | rs1<<15 | f3<<12 | rd<<7 | opc
}

func stype(imm int32, rs2, rs1, f3 uint32) uint32 {
	u := uint32(imm)
	return (u>>5&0x7f)<<25 | rs2<<20 | rs1<<15 | f3<<12 | (u&0x1f)<<7 | 0x23
}

func btype(imm int32, rs2, rs1, f3 uint32) uint32 {
	u := uint32(imm)
	return (u>>12&1)<<31 | (u>>5&0x3f)<<25 | rs2<<20 | rs1<<15 | f3<<12 | (u>>1&0xf)<<8 | (u>>11&1)<<7 | 0x63
}

func jtype(imm int32, rd uint32) uint32 {
	u := uint32(imm)
	return (u>>20&1)<<31 | (u>>1&0x3ff)<<21 | (u>>11&1)<<20 | (u>>12&0xff)<<12 | rd<<7 | 0x6f
}

func LUI(rd, imm20 uint32) uint32   { return imm20<<12 | rd<<7 | 0x37 }
func AUIPC(rd, imm20 uint32) uint32 { return imm20<<12 | rd<<7 | 0x17 }
func JAL(rd uint32, off int32) uint32 {
	return jtype(off, rd)
}
func JALR(rd, rs1 uint32, off int32) uint32  { return itype(off, rs1, 0, rd, 0x67) }
func BEQ(rs1, rs2 uint32, off int32) uint32  { return btype(off, rs2, rs1, 0) }
func BNE(rs1, rs2 uint32, off int32) uint32  { return btype(off, rs2, rs1, 1) }
func BLT(rs1, rs2 uint32, off int32) uint32  { return btype(off, rs2, rs1, 4) }
func BGE(rs1, rs2 uint32, off int32) uint32  { return btype(off, rs2, rs1, 5) }
func BLTU(rs1, rs2 uint32, off int32) uint32 { return btype(off, rs2, rs1, 6) }
func BGEU(rs1, rs2 uint32, off int32) uint32 { return btype(off, rs2, rs1, 7) }
func LB(rd, rs1 uint32, off int32) uint32    { return itype(off, rs1, 0, rd, 0x03) }
func LH(rd, rs1 uint32, off int32) uint32    { return itype(off, rs1, 1, rd, 0x03) }
func LW(rd, rs1 uint32, off int32) uint32    { return itype(off, rs1, 2, rd, 0x03) }
func LBU(rd, rs1 uint32, off int32) uint32   { return itype(off, rs1, 4, rd, 0x03) }
func LHU(rd, rs1 uint32, off int32) uint32   { return itype(off, rs1, 5, rd, 0x03) }
func SB(rs2, rs1 uint32, off int32) uint32   { return stype(off, rs2, rs1, 0) }
func SH(rs2, rs1 uint32, off int32) uint32   { return stype(off, rs2, rs1, 1) }
func SW(rs2, rs1 uint32, off int32) uint32   { return stype(off, rs2, rs1, 2) }
func ADDI(rd, rs1 uint32, imm int32) uint32  { return itype(imm, rs1, 0, rd, 0x13) }
func SLTI(rd, rs1 uint32, imm int32) uint32  { return itype(imm, rs1, 2, rd, 0x13) }
func SLTIU(rd, rs1 uint32, imm int32) uint32 { return itype(imm, rs1, 3, rd, 0x13) }
func XORI(rd, rs1 uint32, imm int32) uint32  { return itype(imm, rs1, 4, rd, 0x13) }
func ORI(rd, rs1 uint32, imm int32) uint32   { return itype(imm, rs1, 6, rd, 0x13) }
func ANDI(rd, rs1 uint32, imm int32) uint32  { return itype(imm, rs1, 7, rd, 0x13) }
func SLLI(rd, rs1, sh uint32) uint32         { return itype(int32(sh), rs1, 1, rd, 0x13) }
func SRLI(rd, rs1, sh uint32) uint32         { return itype(int32(sh), rs1, 5, rd, 0x13) }
func SRAI(rd, rs1, sh uint32) uint32         { return itype(int32(sh|0x400), rs1, 5, rd, 0x13) }
func ADD(rd, rs1, rs2 uint32) uint32         { return rtype(0, rs2, rs1, 0, rd, 0x33) }
func SUB(rd, rs1, rs2 uint32) uint32         { return rtype(0x20, rs2, rs1, 0, rd, 0x33) }
func SLL(rd, rs1, rs2 uint32) uint32         { return rtype(0, rs2, rs1, 1, rd, 0x33) }
func SLT(rd, rs1, rs2 uint32) uint32         { return rtype(0, rs2, rs1, 2, rd, 0x33) }
func SLTU(rd, rs1, rs2 uint32) uint32        { return rtype(0, rs2, rs1, 3, rd, 0x33) }
func XOR(rd, rs1, rs2 uint32) uint32         { return rtype(0, rs2, rs1, 4, rd, 0x33) }
func SRL(rd, rs1, rs2 uint32) uint32         { return rtype(0, rs2, rs1, 5, rd, 0x33) }
func SRA(rd, rs1, rs2 uint32) uint32         { return rtype(0x20, rs2, rs1, 5, rd, 0x33) }
func OR(rd, rs1, rs2 uint32) uint32          { return rtype(0, rs2, rs1, 6, rd, 0x33) }
func AND(rd, rs1, rs2 uint32) uint32         { return rtype(0, rs2, rs1, 7, rd, 0x33) }
func MUL(rd, rs1, rs2 uint32) uint32         { return rtype(1, rs2, rs1, 0, rd, 0x33) }
func MULH(rd, rs1, rs2 uint32) uint32        { return rtype(1, rs2, rs1, 1, rd, 0x33) }
func MULHSU(rd, rs1, rs2 uint32) uint32      { return rtype(1, rs2, rs1, 2, rd, 0x33) }
func MULHU(rd, rs1, rs2 uint32) uint32       { return rtype(1, rs2, rs1, 3, rd, 0x33) }
func DIV(rd, rs1, rs2 uint32) uint32         { return rtype(1, rs2, rs1, 4, rd, 0x33) }
func DIVU(rd, rs1, rs2 uint32) uint32        { return rtype(1, rs2, rs1, 5, rd, 0x33) }
func REM(rd, rs1, rs2 uint32) uint32         { return rtype(1, rs2, rs1, 6, rd, 0x33) }
func REMU(rd, rs1, rs2 uint32) uint32        { return rtype(1, rs2, rs1, 7, rd, 0x33) }

const (
	ECALL  uint32 = 0x00000073
	EBREAK uint32 = 0x00100073
	FENCE  uint32 = 0x0ff0000f
)

// LI loads a 32-bit constant into rd with LUI+ADDI (always two words).
func LI(rd, v uint32) []uint32 {
	lo := int32(v<<20) >> 20
	hi := (v - uint32(lo)) >> 12
	return []uint32{LUI(rd, hi&0xfffff), ADDI(rd, rd, lo)}
}

// prog concatenates words and instruction lists.
func prog(parts ...any) []uint32 {
	var out []uint32
	for _, p := range parts {
		switch v := p.(type) {
		case uint32:
			out = append(out, v)
		case []uint32:
			out = append(out, v...)
		default:
			panic("prog: bad part")
		}
	}
	return out
}

// halt appends "a7 = 0; ecall" (exit code in a0).
func halt() []uint32 { return []uint32{ADDI(a7, zero, 0), ECALL} }

// outputReg appends "a0 = r; a7 = 4; ecall".
func outputReg(r uint32) []uint32 {
	return []uint32{ADDI(a0, r, 0), ADDI(a7, zero, SysWriteOutput), ECALL}
}
