package executor

import "fmt"

// Operations of the predecoded image. The order groups them by class (see
// opClass), which the counters use.
const (
	opIllegal uint8 = iota // illegal encoding: faults when executed
	opEbreak
	opCSR     // CSR access or privileged SYSTEM instruction
	opFallOff // sentinel one word past the image: the previous instruction fell off the end

	opLUI   // imm = value
	opAUIPC // imm = pc + offset (precomputed)
	opADDI
	opSLTI
	opSLTIU
	opXORI
	opORI
	opANDI
	opSLLI // imm = shift amount
	opSRLI
	opSRAI
	opADD
	opSUB
	opSLL
	opSLT
	opSLTU
	opXOR
	opSRL
	opSRA
	opOR
	opAND

	opMUL
	opMULH
	opMULHSU
	opMULHU
	opDIV
	opDIVU
	opREM
	opREMU

	opLB
	opLH
	opLW
	opLBU
	opLHU

	opSB
	opSH
	opSW

	opBEQ // imm = absolute target
	opBNE
	opBLT
	opBGE
	opBLTU
	opBGEU

	opJAL  // imm = absolute target
	opJALR // imm = offset

	opFENCE
	opECALL

	numOps
)

var opNames = [numOps]string{
	opIllegal: "illegal", opEbreak: "ebreak", opCSR: "csr", opFallOff: "(end of image)",
	opLUI: "lui", opAUIPC: "auipc", opADDI: "addi", opSLTI: "slti", opSLTIU: "sltiu", opXORI: "xori",
	opORI: "ori", opANDI: "andi", opSLLI: "slli", opSRLI: "srli", opSRAI: "srai", opADD: "add",
	opSUB: "sub", opSLL: "sll", opSLT: "slt", opSLTU: "sltu", opXOR: "xor", opSRL: "srl", opSRA: "sra",
	opOR: "or", opAND: "and", opMUL: "mul", opMULH: "mulh", opMULHSU: "mulhsu", opMULHU: "mulhu",
	opDIV: "div", opDIVU: "divu", opREM: "rem", opREMU: "remu", opLB: "lb", opLH: "lh", opLW: "lw",
	opLBU: "lbu", opLHU: "lhu", opSB: "sb", opSH: "sh", opSW: "sw", opBEQ: "beq", opBNE: "bne",
	opBLT: "blt", opBGE: "bge", opBLTU: "bltu", opBGEU: "bgeu", opJAL: "jal", opJALR: "jalr",
	opFENCE: "fence", opECALL: "ecall",
}

// inst is one predecoded instruction word.
type inst struct {
	op  uint8
	rd  uint8 // destination register; 32 (a sink) when the encoding says x0
	rs1 uint8
	rs2 uint8
	imm uint32
}

// sinkReg receives writes to x0, so that x0 always reads zero.
const sinkReg = 32

func immI(w uint32) uint32 { return uint32(int32(w) >> 20) }
func immS(w uint32) uint32 { return uint32(int32(w)>>25)<<5 | (w>>7)&0x1f }
func immB(w uint32) uint32 {
	return uint32(int32(w)>>31)<<12 | (w>>7&1)<<11 | (w>>25&0x3f)<<5 | (w>>8&0xf)<<1
}
func immJ(w uint32) uint32 {
	return uint32(int32(w)>>31)<<20 | (w>>12&0xff)<<12 | (w>>20&1)<<11 | (w>>21&0x3ff)<<1
}

// decode predecodes the instruction word w at address pc.
func decode(w, pc uint32) inst {
	rd := uint8(w >> 7 & 31)
	in := inst{rd: rd, rs1: uint8(w >> 15 & 31), rs2: uint8(w >> 20 & 31)}
	if rd == 0 {
		in.rd = sinkReg
	}
	f3 := w >> 12 & 7
	f7 := w >> 25
	switch w & 0x7f {
	case 0x37:
		in.op, in.imm = opLUI, w&0xfffff000
	case 0x17:
		in.op, in.imm = opAUIPC, pc+w&0xfffff000
	case 0x6f:
		in.op, in.imm = opJAL, pc+immJ(w)
	case 0x67:
		if f3 == 0 {
			in.op, in.imm = opJALR, immI(w)
		}
	case 0x63:
		in.imm = pc + immB(w)
		switch f3 {
		case 0:
			in.op = opBEQ
		case 1:
			in.op = opBNE
		case 4:
			in.op = opBLT
		case 5:
			in.op = opBGE
		case 6:
			in.op = opBLTU
		case 7:
			in.op = opBGEU
		}
	case 0x03:
		in.imm = immI(w)
		switch f3 {
		case 0:
			in.op = opLB
		case 1:
			in.op = opLH
		case 2:
			in.op = opLW
		case 4:
			in.op = opLBU
		case 5:
			in.op = opLHU
		}
	case 0x23:
		in.imm = immS(w)
		switch f3 {
		case 0:
			in.op = opSB
		case 1:
			in.op = opSH
		case 2:
			in.op = opSW
		}
	case 0x13:
		in.imm = immI(w)
		switch f3 {
		case 0:
			in.op = opADDI
		case 2:
			in.op = opSLTI
		case 3:
			in.op = opSLTIU
		case 4:
			in.op = opXORI
		case 6:
			in.op = opORI
		case 7:
			in.op = opANDI
		case 1:
			if f7 == 0 {
				in.op, in.imm = opSLLI, w>>20&31
			}
		case 5:
			switch f7 {
			case 0:
				in.op, in.imm = opSRLI, w>>20&31
			case 0x20:
				in.op, in.imm = opSRAI, w>>20&31
			}
		}
	case 0x33:
		switch f7 {
		case 0:
			in.op = [8]uint8{opADD, opSLL, opSLT, opSLTU, opXOR, opSRL, opOR, opAND}[f3]
		case 0x20:
			switch f3 {
			case 0:
				in.op = opSUB
			case 5:
				in.op = opSRA
			}
		case 1:
			in.op = [8]uint8{opMUL, opMULH, opMULHSU, opMULHU, opDIV, opDIVU, opREM, opREMU}[f3]
		}
	case 0x0f:
		if f3 == 0 || f3 == 1 { // FENCE, FENCE.I
			in.op = opFENCE
		}
	case 0x73:
		switch w {
		case 0x00000073:
			in.op = opECALL
		case 0x00100073:
			in.op = opEbreak
		default:
			in.op = opCSR
		}
	}
	if in.op == opIllegal || in.op == opEbreak || in.op == opCSR {
		in.rd, in.rs1, in.rs2, in.imm = sinkReg, 0, 0, 0
	}
	return in
}

// Access pattern of each op (docs/zkvm.md, "Trace").
func (in *inst) readsRs1() bool {
	switch in.op {
	case opLUI, opAUIPC, opJAL, opFENCE, opECALL, opIllegal, opEbreak, opCSR, opFallOff:
		return false
	}
	return true
}

func (in *inst) readsRs2() bool {
	return (in.op >= opADD && in.op <= opREMU) || (in.op >= opSB && in.op <= opBGEU)
}

func (in *inst) writesRd() bool {
	switch {
	case in.op >= opLUI && in.op <= opLHU, in.op == opJAL, in.op == opJALR:
		return true
	}
	return false
}

// Disassemble returns a short assembly-like text of the instruction word w at
// pc, for error messages and debugging.
func Disassemble(w, pc uint32) string {
	in := decode(w, pc)
	rd := in.rd & 31
	name := opNames[in.op]
	switch {
	case in.op == opIllegal || in.op == opCSR || in.op == opEbreak || in.op == opFENCE || in.op == opECALL:
		return name
	case in.op == opLUI || in.op == opAUIPC:
		return fmt.Sprintf("%s x%d, 0x%x", name, rd, in.imm)
	case in.op == opJAL:
		return fmt.Sprintf("%s x%d, 0x%x", name, rd, in.imm)
	case in.op >= opBEQ && in.op <= opBGEU:
		return fmt.Sprintf("%s x%d, x%d, 0x%x", name, in.rs1, in.rs2, in.imm)
	case in.op >= opSB && in.op <= opSW:
		return fmt.Sprintf("%s x%d, %d(x%d)", name, in.rs2, int32(in.imm), in.rs1)
	case in.op >= opLB && in.op <= opLHU, in.op == opJALR:
		return fmt.Sprintf("%s x%d, %d(x%d)", name, rd, int32(in.imm), in.rs1)
	case in.op >= opADDI && in.op <= opSRAI:
		return fmt.Sprintf("%s x%d, x%d, %d", name, rd, in.rs1, int32(in.imm))
	default:
		return fmt.Sprintf("%s x%d, x%d, x%d", name, rd, in.rs1, in.rs2)
	}
}
