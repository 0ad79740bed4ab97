package isa

// Instruction families that the circuit proves in tables of their own
// (circuits: one row per instruction, a capacity per class) and that
// executor.SegmentLimits bounds per segment. insn is the 32-bit
// instruction word; the predicates look at its opcode, funct3 and funct7
// only, so they are meant for instructions that decode (a trace's).

// IsMulShift reports whether insn is a shift (SLL, SRL, SRA, SLLI, SRLI,
// SRAI) or MUL, MULH, MULHSU, MULHU: the circuit's multiplier table.
func IsMulShift(insn uint32) bool {
	op, f3, f7 := insn&0x7f, insn>>12&7, insn>>25
	return (op == 0x13 || op == 0x33 && f7 != 1) && (f3 == 1 || f3 == 5) || op == 0x33 && f7 == 1 && f3 < 4
}

// IsSignedCmp reports whether insn is SLT, SLTI, BLT or BGE: the circuit's
// sign table.
func IsSignedCmp(insn uint32) bool {
	op, f3, f7 := insn&0x7f, insn>>12&7, insn>>25
	return op == 0x63 && (f3 == 4 || f3 == 5) || f3 == 2 && (op == 0x13 || op == 0x33 && f7 == 0)
}

// IsDivide reports whether insn is DIV, DIVU, REM or REMU: the circuit's
// divider.
func IsDivide(insn uint32) bool { return insn&0x7f == 0x33 && insn>>25 == 1 && insn>>12&7 >= 4 }

// IsBitwise reports whether insn is AND, OR, XOR, ANDI, ORI or XORI: the
// circuit's bitwise table.
func IsBitwise(insn uint32) bool {
	f3 := insn >> 12 & 7
	return (insn&0x7f == 0x13 || insn&0x7f == 0x33 && insn>>25 == 0) && (f3 == 4 || f3 == 6 || f3 == 7)
}

// IsSubword reports whether insn is LB, LH, LBU, LHU, SB or SH: the
// circuit's sub-word table.
func IsSubword(insn uint32) bool {
	return (insn&0x7f == 0x03 || insn&0x7f == 0x23) && insn>>12&7 != 2
}
