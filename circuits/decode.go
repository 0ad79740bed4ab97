package circuits

// Decoded control flags of an instruction. The decode table maps
// (opcode, funct3, funct7 where the opcode uses it) to these flags; a step
// looks its instruction up in it, so an encoding outside the table (illegal,
// EBREAK, CSR, ...) cannot be proven.
const (
	fUseImm   = iota // operand B is the immediate (else rs2)
	fImmS            // the immediate is S-type (else I-type, unless fImmU)
	fImmU            // the immediate is U-type; the adder's first operand is pc
	fRAdd            // rd = adder sum
	fRSub            // rd = v1 - opB
	fRSlt            // rd = signed v1 < opB
	fRSltu           // rd = unsigned v1 < opB
	fRBit            // rd = v1 & opB, v1 | opB or v1 ^ opB (funct3 7, 6, 4) from the bitwise table
	fRLo             // rd = low word of the multiplier
	fRHi             // rd = high word of the multiplier
	fRLui            // rd = U immediate
	fSignA           // multiplier operand A is signed
	fSignB           // multiplier operand B is signed
	fShift           // multiplier operand B is a power of two from the shift amount
	fShRight         // the power is 2^(32-shamt)
	fDiv             // DIV, DIVU, REM, REMU: rd from the divider table (op = funct3 - 4)
	fBEq             // branch condition v1 == v2
	fBLt             // branch condition signed v1 < v2
	fBLtu            // branch condition unsigned v1 < v2
	fBNeg            // negate the branch condition
	fJal             // pc += J immediate
	fJalr            // pc = (v1 + imm) & ~1
	fLoad            // load
	fStore           // store
	fWB              // byte width
	fWH              // half width (word when neither)
	fLdSigned        // sign-extending load
	fEcall           // ECALL
	fUsesF7          // funct7 is part of the opcode
	numFlags
)

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

// classify returns the flags of (op7, f3, f7); f7 is ignored unless usesF7.
// ok is false for encodings the machine rejects.
func classify(op7, f3, f7 uint32) (uint64, bool) {
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
		switch f3 {
		case 0:
			fl = bit(fBEq)
		case 1:
			fl = bit(fBEq, fBNeg)
		case 4:
			fl = bit(fBLt)
		case 5:
			fl = bit(fBLt, fBNeg)
		case 6:
			fl = bit(fBLtu)
		case 7:
			fl = bit(fBLtu, fBNeg)
		default:
			return 0, false
		}
	case 0x03:
		switch f3 {
		case 0:
			fl = bit(fWB, fLdSigned)
		case 1:
			fl = bit(fWH, fLdSigned)
		case 2:
		case 4:
			fl = bit(fWB)
		case 5:
			fl = bit(fWH)
		default:
			return 0, false
		}
		fl |= bit(fLoad, fUseImm)
	case 0x23:
		switch f3 {
		case 0:
			fl = bit(fWB)
		case 1:
			fl = bit(fWH)
		case 2:
		default:
			return 0, false
		}
		fl |= bit(fStore, fImmS)
	case 0x13:
		fl = bit(fUseImm)
		switch f3 {
		case 0:
			fl |= bit(fRAdd)
		case 2:
			fl |= bit(fRSlt)
		case 3:
			fl |= bit(fRSltu)
		case 4, 6, 7:
			fl |= bit(fRBit)
		case 1:
			if f7 != 0 {
				return 0, false
			}
			fl |= bit(fShift, fRLo, fUsesF7)
		case 5:
			switch f7 {
			case 0:
				fl |= bit(fShift, fShRight, fRHi, fUsesF7)
			case 0x20:
				fl |= bit(fShift, fShRight, fRHi, fSignA, fUsesF7)
			default:
				return 0, false
			}
		}
	case 0x33:
		fl = bit(fUsesF7)
		switch f7 {
		case 0:
			fl |= [8]uint64{bit(fRAdd), bit(fShift, fRLo), bit(fRSlt), bit(fRSltu), bit(fRBit),
				bit(fShift, fShRight, fRHi), bit(fRBit), bit(fRBit)}[f3]
		case 0x20:
			switch f3 {
			case 0:
				fl |= bit(fRSub)
			case 5:
				fl |= bit(fShift, fShRight, fRHi, fSignA)
			default:
				return 0, false
			}
		case 1:
			fl |= [8]uint64{bit(fRLo), bit(fRHi, fSignA, fSignB), bit(fRHi, fSignA), bit(fRHi),
				bit(fDiv), bit(fDiv), bit(fDiv), bit(fDiv)}[f3]
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

// decodeKey packs (valid, op7, f3, f7m, flags) as the decode table and the
// step do: valid + 2*(op7 + 2^7 f3 + 2^10 f7m) + 2^18 * flags.
type decodeRow struct {
	op7, f3, f7m uint32
	flags        uint64
}

// decodeTable lists every valid (op7, f3, f7m) with its flags.
func decodeTable() []decodeRow {
	var rows []decodeRow
	ops := []uint32{0x37, 0x17, 0x6f, 0x67, 0x63, 0x03, 0x23, 0x13, 0x33, 0x0f, 0x73}
	for _, op := range ops {
		for f3 := uint32(0); f3 < 8; f3++ {
			if usesF7(op, f3) {
				for f7 := uint32(0); f7 < 128; f7++ {
					if fl, ok := classify(op, f3, f7); ok {
						rows = append(rows, decodeRow{op, f3, f7, fl})
					}
				}
				continue
			}
			if fl, ok := classify(op, f3, 0); ok {
				rows = append(rows, decodeRow{op, f3, 0, fl})
			}
		}
	}
	return rows
}
