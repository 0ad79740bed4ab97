package circuits

// A tiny RV32IM assembler for tests.

func rType(f7, rs2, rs1, f3, rd, op uint32) uint32 {
	return f7<<25 | rs2<<20 | rs1<<15 | f3<<12 | rd<<7 | op
}
func iType(imm int32, rs1, f3, rd, op uint32) uint32 {
	return uint32(imm)<<20 | rs1<<15 | f3<<12 | rd<<7 | op
}
func sType(imm int32, rs2, rs1, f3 uint32) uint32 {
	u := uint32(imm)
	return (u>>5&127)<<25 | rs2<<20 | rs1<<15 | f3<<12 | (u&31)<<7 | 0x23
}
func bType(imm int32, rs2, rs1, f3 uint32) uint32 {
	u := uint32(imm)
	return (u>>12&1)<<31 | (u>>5&63)<<25 | rs2<<20 | rs1<<15 | f3<<12 | (u>>1&15)<<8 | (u>>11&1)<<7 | 0x63
}
func uType(imm uint32, rd, op uint32) uint32 { return imm&0xfffff000 | rd<<7 | op }
func jType(imm int32, rd uint32) uint32 {
	u := uint32(imm)
	return (u>>20&1)<<31 | (u>>1&1023)<<21 | (u>>11&1)<<20 | (u>>12&255)<<12 | rd<<7 | 0x6f
}

const (
	zero, ra, sp, t0, t1, t2, s0, s1, a0, a1, a2, a3, a4, a5, a6, a7 = 0, 1, 2, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17
)

func addi(rd, rs1 uint32, imm int32) uint32 { return iType(imm, rs1, 0, rd, 0x13) }
func li(rd uint32, v int32) []uint32 {
	if v >= -2048 && v < 2048 {
		return []uint32{addi(rd, 0, v)}
	}
	hi := uint32(v+0x800) & 0xfffff000
	lo := int32(uint32(v) - hi)
	return []uint32{uType(hi, rd, 0x37), addi(rd, rd, lo)}
}
func add(rd, rs1, rs2 uint32) uint32               { return rType(0, rs2, rs1, 0, rd, 0x33) }
func sub(rd, rs1, rs2 uint32) uint32               { return rType(0x20, rs2, rs1, 0, rd, 0x33) }
func mulOp(f3, rd, rs1, rs2 uint32) uint32         { return rType(1, rs2, rs1, f3, rd, 0x33) }
func alu(f7, f3, rd, rs1, rs2 uint32) uint32       { return rType(f7, rs2, rs1, f3, rd, 0x33) }
func aluI(f3, rd, rs1 uint32, imm int32) uint32    { return iType(imm, rs1, f3, rd, 0x13) }
func load(f3, rd, rs1 uint32, imm int32) uint32    { return iType(imm, rs1, f3, rd, 0x03) }
func store(f3, rs2, rs1 uint32, imm int32) uint32  { return sType(imm, rs2, rs1, f3) }
func branch(f3, rs1, rs2 uint32, off int32) uint32 { return bType(off, rs2, rs1, f3) }
func jal(rd uint32, off int32) uint32              { return jType(off, rd) }
func jalr(rd, rs1 uint32, imm int32) uint32        { return iType(imm, rs1, 0, rd, 0x67) }

const ecall = 0x00000073

func syscall(num int32) []uint32 { return append(li(a7, num), ecall) }
func halt(code int32) []uint32 {
	return append(append(li(a0, code), li(a7, 0)...), ecall)
}
func prog(parts ...any) []uint32 {
	var out []uint32
	for _, p := range parts {
		switch x := p.(type) {
		case uint32:
			out = append(out, x)
		case []uint32:
			out = append(out, x...)
		}
	}
	return out
}
