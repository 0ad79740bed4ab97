package circuits

// Decoded control flags of an instruction. The decode table maps
// (opcode, funct3, funct7 where the opcode uses it) to these flags; a step
// looks its instruction up in it, so an encoding outside the table (illegal,
// EBREAK, CSR, ...) cannot be proven.
const (
	fUseImm = iota // operand B is the immediate (else rs2)
	fImmU          // the immediate is U-type; the adder's first operand is pc (else I-type, S-type for stores)
	fRAdd          // rd = adder sum
	fRSub          // rd = v1 - opB
	fRSlx          // rd = signed (funct3 2) or unsigned (3) v1 < opB: Tk from the compare table
	fAlu           // rd = TV from an ALU table: multiplier (shifts, MUL*), divider or bitwise; the ALU code says which operation
	fSgn           // signed comparison (SLT, SLTI, BLT, BGE): the sign table gives the operands' signs (TV = 1 + sign(v1) - sign(opB))
	fRLui          // rd = U immediate
	fBr            // conditional branch: taken = Tk from the compare table (funct3 says which)
	fJal           // pc += J immediate
	fJalr          // pc = (v1 + imm) & ~1
	fLoadW         // LW
	fLoadS         // LB, LH, LBU, LHU: the value from the sub-word table (funct3 says which)
	fStoreW        // SW
	fStoreS        // SB, SH: the new word from the sub-word table (funct3 says which)
	fEcall         // ECALL
	fUsesF7        // funct7 is part of the opcode
	numFlags
)

// resultFlags are the flags of the instructions that write rd (a0 for
// ECALL), exclusive in every decode row: their sum is slot D's
// multiplicity (step.go).
var resultFlags = []int{fRAdd, fRSub, fRSlx, fAlu, fEcall, fLoadS, fLoadW, fJal, fJalr, fRLui}

// writesRd says whether flags fl write rd.
func writesRd(fl uint64) bool { return fl&bit(resultFlags...) != 0 }

// ALU codes: the operation of an fAlu instruction, a component of the
// decode key and of the (a, b, code; result) message to the ALU tables
// (tagAlu). The multiplier's code is its four operation bits (mulCode);
// the bitwise table's 16 + funct3 (XOR 20, OR 22, AND 23); the divider's
// 24 + (funct3 - 4) (DIV 24, DIVU 25, REM 26, REMU 27); the sign table's
// 28 (the signed comparisons, flag fSgn). All are below 2^aluCodeBits.
const (
	aluBit      = 16
	aluDiv      = 20 // + funct3: 24..27
	aluSgn      = 28
	aluCodeBits = 5
)

// aluTable names the table that answers an ALU code.
type aluTable int

const (
	aluNone aluTable = iota // not a code any table offers
	aluMulTable
	aluBitTable
	aluDivTable
	aluSgnTable
)

// aluTableOf is the table whose rows offer code c (the code ranges are
// disjoint: multiplier 0..15, bitwise 20..23, divider 24..27, sign 28).
func aluTableOf(c uint32) aluTable {
	switch {
	case c < aluBit:
		return aluMulTable
	case c >= aluBit+4 && c < aluDiv+4:
		return aluBitTable
	case c >= aluDiv+4 && c < aluSgn:
		return aluDivTable
	case c == aluSgn:
		return aluSgnTable
	}
	return aluNone
}

// Multiplier operation bits (the multiplier table's row flags).
const (
	mulHi = 1 << iota // the result is the high word of the product
	mulSA             // operand A is signed
	mulSB             // operand B is signed
	mulSh             // operand B is the power of two of the shift amount (2^(32-shamt) with mulHi: a right shift)
)

// mulCode is the multiplier's ALU code of funct3 f3 for MUL* (m) or a shift.
func mulCode(f3 uint32, f7 uint32, m bool) uint32 {
	if m {
		return [4]uint32{0, mulHi | mulSA | mulSB, mulHi | mulSA, mulHi}[f3]
	}
	if f3 == 1 {
		return mulSh // SLL
	}
	if f7 == 0x20 {
		return mulSh | mulHi | mulSA // SRA
	}
	return mulSh | mulHi // SRL
}

func bit(fs ...int) uint64 {
	var x uint64
	for _, f := range fs {
		x |= 1 << uint(f)
	}
	return x
}

// usesF7 says whether (op7, f3) takes funct7 as part of the opcode.
func usesF7(op7, f3 uint32) bool {
	switch op7 {
	case 0x33:
		return true
	case 0x13:
		return f3 == 1 || f3 == 5
	case 0x73:
		return true
	}
	return false
}

// classify returns the flags and the ALU code of (op7, f3, f7); f7 is
// ignored unless usesF7. ok is false for encodings the machine rejects.
func classify(op7, f3, f7 uint32) (uint64, uint32, bool) {
	fl, ok := classifyFlags(op7, f3, f7)
	if ok && has(fl, fSgn) {
		return fl, aluSgn, true
	}
	if !ok || !has(fl, fAlu) {
		return fl, 0, ok
	}
	switch {
	case op7 == 0x33 && f7 == 1 && f3 >= 4:
		return fl, aluDiv + f3, true
	case op7 == 0x33 && f7 == 1:
		return fl, mulCode(f3, f7, true), true
	case f3 == 1 || f3 == 5:
		return fl, mulCode(f3, f7, false), true
	}
	return fl, aluBit + f3, true
}

// classifyFlags returns the decode flags of (op7, f3, f7) (classify adds
// the ALU code).
func classifyFlags(op7, f3, f7 uint32) (uint64, bool) {
	var fl uint64
	switch op7 {
	case 0x37: // LUI
		fl = bit(fRLui, fImmU, fUseImm)
	case 0x17: // AUIPC
		fl = bit(fRAdd, fImmU, fUseImm)
	case 0x6f:
		fl = bit(fJal)
	case 0x67:
		if f3 != 0 {
			return 0, false
		}
		fl = bit(fJalr, fUseImm)
	case 0x63:
		if f3 == 2 || f3 == 3 {
			return 0, false
		}
		fl = bit(fBr)
		if f3 == 4 || f3 == 5 { // BLT, BGE
			fl |= bit(fSgn)
		}
	case 0x03:
		switch f3 {
		case 0, 1, 4, 5:
			fl = bit(fLoadS)
		case 2:
			fl = bit(fLoadW)
		default:
			return 0, false
		}
		fl |= bit(fUseImm)
	case 0x23:
		switch f3 {
		case 0, 1:
			fl = bit(fStoreS)
		case 2:
			fl = bit(fStoreW)
		default:
			return 0, false
		}
	case 0x13:
		fl = bit(fUseImm)
		switch f3 {
		case 0:
			fl |= bit(fRAdd)
		case 2:
			fl |= bit(fRSlx, fSgn)
		case 3:
			fl |= bit(fRSlx)
		case 4, 6, 7:
			fl |= bit(fAlu)
		case 1:
			if f7 != 0 {
				return 0, false
			}
			fl |= bit(fAlu, fUsesF7)
		case 5:
			if f7 != 0 && f7 != 0x20 {
				return 0, false
			}
			fl |= bit(fAlu, fUsesF7)
		}
	case 0x33:
		fl = bit(fUsesF7)
		switch f7 {
		case 0:
			fl |= [8]uint64{bit(fRAdd), bit(fAlu), bit(fRSlx, fSgn), bit(fRSlx), bit(fAlu),
				bit(fAlu), bit(fAlu), bit(fAlu)}[f3]
		case 0x20:
			switch f3 {
			case 0:
				fl |= bit(fRSub)
			case 5:
				fl |= bit(fAlu)
			default:
				return 0, false
			}
		case 1:
			fl |= bit(fAlu) // MUL, MULH, MULHSU, MULHU, DIV, DIVU, REM, REMU
		default:
			return 0, false
		}
	case 0x0f:
		if f3 > 1 {
			return 0, false
		}
		fl = 0 // FENCE, FENCE.I: no-op
	case 0x73:
		if f3 != 0 || f7 != 0 {
			return 0, false
		}
		fl = bit(fEcall, fUsesF7) // and rd = rs1 = rs2 = 0, checked by the step
	default:
		return 0, false
	}
	return fl, true
}

// decodeRow is one instruction of the decode table, whose keys pack
// (valid, op7, f3, f7m, flags, ALU code) as the step does: valid + 2*(op7 +
// 2^7 f3 + 2^10 f7m) + 2^18 flags + 2^aluShift code, plus 2^56 for the
// halting ECALL and 2^cmpShift·(eqz + 2 ltu + 4 lts + 8 Tk) for each of the
// 8 comparator triples (circuit.go, tables).
type decodeRow struct {
	op7, f3, f7m uint32
	flags        uint64
	code         uint32
}

// aluShift is the ALU code's position in the decode key, above the flags;
// cmpShift the comparison's (eqz + 2 ltu + 4 lts + 8 Tk), above the halt
// bit (2^56).
const (
	aluShift = 18 + numFlags
	cmpShift = 57
)

// decodeTable lists every valid (op7, f3, f7m) with its flags.
func decodeTable() []decodeRow {
	var rows []decodeRow
	ops := []uint32{0x37, 0x17, 0x6f, 0x67, 0x63, 0x03, 0x23, 0x13, 0x33, 0x0f, 0x73}
	for _, op := range ops {
		for f3 := uint32(0); f3 < 8; f3++ {
			if usesF7(op, f3) {
				for f7 := uint32(0); f7 < 128; f7++ {
					if fl, code, ok := classify(op, f3, f7); ok {
						rows = append(rows, decodeRow{op, f3, f7, fl, code})
					}
				}
				continue
			}
			if fl, code, ok := classify(op, f3, 0); ok {
				rows = append(rows, decodeRow{op, f3, 0, fl, code})
			}
		}
	}
	return rows
}

// cmpBit is what the compare table gives for funct3 f3 of a branch (0, 1,
// 4..7: BEQ, BNE, BLT, BGE, BLTU, BGEU: taken) or of SLT, SLTU (2, 3: the
// result), from eqz (v1 == v2), ltu (unsigned v1 < v2), lts (signed).
func cmpBit(f3 uint32, eqz, ltu, lts bool) bool {
	switch f3 {
	case 0:
		return eqz
	case 1:
		return !eqz
	case 2, 4:
		return lts
	case 5:
		return !lts
	case 3, 6:
		return ltu
	default:
		return !ltu
	}
}
