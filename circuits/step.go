package circuits

import (
	"github.com/consensys/gnark/frontend"

	"github.com/zkprover/zkprover/isa"
)

// The step checks load/store addresses as W1 < 2^30 (six bits of its top
// byte), and a step index fits the system-call message's 2^26 index range
// (syscall.go): compile-time checks.
var (
	_ = [1]struct{}{}[isa.RAMSize-1<<30]
	_ = [24 - MaxLogSteps]struct{}{}
)

// access adds one read-modify-write of the memory-checking argument:
// the tuple (addr, prev, prevTS) is consumed and (addr, next, ts) produced,
// with prevTS < ts. mult is 0 or 1.
func (g *gadgets) access(mult, addr, prev, next, ts, prevTS frontend.Variable, same bool) {
	api, b := g.api, g.bus
	bp := b.beta(prev)
	bn := bp
	if !same {
		bn = b.beta(next)
	}
	b.add(mult, api.Add(addr, api.Mul(ts, pow2(64))), bn, tagMem)
	b.sub(mult, api.Add(addr, api.Mul(prevTS, pow2(64))), bp, tagMem)
	d := api.Sub(ts, prevTS, 1)
	b.query(tagTS, mult, d, d, nil)
}

// steps constrains every step row: fetch, decode, execute, memory accesses,
// next pc, halting and padding.
func (c *Circuit) steps(g *gadgets) {
	api, b := g.api, g.bus
	N := len(c.Steps)
	api.AssertIsEqual(c.Steps[0].Act, 1)
	if c.sg == nil {
		api.AssertIsEqual(c.Steps[0].PC, c.entry)
	} else {
		api.AssertIsEqual(c.Steps[0].PC, c.sg.pcIn)
	}
	actives := make([]frontend.Variable, 0, N)
	halts := make([]frontend.Variable, 0, N)
	for i := range c.Steps {
		r := &c.Steps[i]
		fl := r.Flag
		act := r.Act
		g.boolean(act)
		actives = append(actives, act)

		// Decode: fields of the instruction word, range checked; flags from
		// the decode table.
		g.boolean(r.Rd0)
		g.boolean(r.Rs20)
		g.boolean(r.S7)
		b.rng(7, r.Op7, 1)
		b.rng(4, r.RdHi, 1)
		b.rng(3, r.F3, 1)
		b.rng(5, r.Rs1, 1)
		b.rng(4, r.Rs2Hi, 1)
		b.rng(6, r.F7Lo, 1)
		rd := api.Add(r.Rd0, api.Mul(r.RdHi, 2))
		rs2 := api.Add(r.Rs20, api.Mul(r.Rs2Hi, 2))
		f7 := api.Add(r.F7Lo, api.Mul(r.S7, 64))
		insn := api.Add(r.Op7, api.Mul(rd, 1<<7), api.Mul(r.F3, 1<<12), api.Mul(r.Rs1, 1<<15),
			api.Mul(rs2, 1<<20), api.Mul(f7, 1<<25))
		var F frontend.Variable = 0
		for k := range fl {
			g.boolean(fl[k])
			F = api.Add(F, api.Mul(fl[k], pow2(uint(k))))
		}
		f7m := api.Mul(f7, fl[fUsesF7])
		b.query(tagFetch, act, api.Add(r.PC, api.Mul(insn, pow2(32))), api.Add(r.PC, api.Mul(insn, pow2(32))), nil)

		isE := fl[fEcall]
		g.boolean(r.Hl)
		// v1 and operand B are 32-bit words without a decomposition here:
		// v1 is the value slot A reads, operand B the value VB slot B
		// reads or, when useImm, the decoded immediate (below), and memory
		// holds only words (rule (iii)). Only their tables split them (the
		// signs of a signed comparison come from the sign table).
		v1 := r.V1

		// Immediates and operand B.
		s7w := api.Mul(r.S7, new(bigInt).Sub(pow2(32), pow2(11)))
		immI := api.Add(rs2, api.Mul(r.F7Lo, 32), s7w)
		immU := api.Mul(api.Add(r.F3, api.Mul(r.Rs1, 8), api.Mul(rs2, 256), api.Mul(f7, 8192)), 4096)
		immB := api.Sub(api.Add(api.Mul(r.RdHi, 2), api.Mul(r.F7Lo, 32), api.Mul(r.Rd0, 2048)), api.Mul(r.S7, 4096))
		immJ := api.Sub(api.Add(api.Mul(r.Rs2Hi, 2), api.Mul(r.F7Lo, 32), api.Mul(r.Rs20, 2048),
			api.Mul(api.Add(r.F3, api.Mul(r.Rs1, 8)), 4096)), api.Mul(r.S7, 1<<20))
		isStore := api.Add(fl[fStoreW], fl[fStoreS]) // the S-type immediate: immI with rd in place of rs2
		imm := api.Add(immI, api.Mul(isStore, api.Sub(rd, rs2)), api.Mul(fl[fImmU], api.Sub(immU, immI)))
		// Operand B is the immediate itself when useImm or for a store (a
		// word: immI, immU or the store's offset; stores do not set
		// useImm: they read rs2, the value they store), else VB, the value
		// slot B reads (rs2, a0 for ECALL). VB is free on useImm rows and
		// used only by slot B, stores and the sub-word request. (It must
		// not enter the decode key: an undecomposed VB there, as an "opB −
		// imm" component, could absorb any key difference.)
		opB := api.Add(r.VB, api.Mul(api.Add(fl[fUseImm], isStore), api.Sub(imm, r.VB)))

		b.rng(aluCodeBits, r.AC, 1)
		e1 := api.Mul(isE, api.Add(rd, r.Rs1, rs2))

		// Adder and comparator, one unconditional linear equation
		//   xa + addend = W1 + 2^32 W2
		// that is the adder (addend = Y: W2 the carry) or the comparator
		// (xa = v1, addend = 2^32 - opB: W1 = v1 - opB mod 2^32, W2 = 1 -
		// LTU); any other row computes W1 = xa. Both sides are below 2^33,
		// so W1 (bytes) and the bit W2 are exact.
		g.boolean(r.A0)
		g.boolean(r.A1)
		b.rng(6, r.T6, 1)
		sb0 := api.Add(r.A0, api.Mul(r.A1, 2), api.Mul(r.T6, 4))
		w1 := api.Add(sb0, api.Mul(r.SB[0], 1<<8), api.Mul(r.SB[1], 1<<16), api.Mul(r.SB[2], 1<<24))
		for _, x := range r.SB {
			b.rng(8, x, 1)
		}
		w2 := r.W2
		g.boolean(w2)
		isMem := api.Add(fl[fLoadW], fl[fLoadS], isStore)
		isAddU := api.Add(isMem, fl[fRAdd], fl[fJalr])
		isCmp := api.Add(fl[fRSub], fl[fRSlx], fl[fBr])
		xa := api.Add(v1, api.Mul(fl[fImmU], api.Sub(r.PC, v1)))
		// TV is the value of the one table this step asks, if any: the
		// ALU table's result, the sub-word result, a0 after an ECALL. The
		// three requests have exclusive multiplicities (ALU, LoadS +
		// StoreS, ECALL: distinct instructions), so one column in the β
		// slot serves them all.
		tv := b.beta(r.TV)
		// addend: opB on adding rows, 2^32 − opB on comparing rows, else 0
		addend := api.Add(api.Mul(api.Sub(isAddU, isCmp), opB), api.Mul(isCmp, pow2(32)))
		api.AssertIsEqual(api.Add(xa, addend), api.Add(w1, api.Mul(w2, pow2(32))))
		ltu := api.Sub(1, w2)
		// signed less-than: ltu + sign(v1) − sign(opB), the signs' difference
		// given by the sign table as TV − 1 (fSgn: SLT, SLTI, BLT, BGE)
		lts := api.Add(ltu, api.Mul(fl[fSgn], api.Sub(r.TV, 1)))
		eqz := api.Sub(1, api.Mul(w1, r.DInv))
		g.gate(w1, eqz)

		// The decode key: (active, op7, f3, f7 where used, flags, ALU
		// code, halt) of a table row (only ECALL's rows have halt 1), a
		// component that every row has at zero:
		//   e1 = ECALL·(rd + rs1 + rs2)   (ECALL is exactly 0x00000073)
		// and the comparison (eqz, ltu, lts, Tk): every table row comes
		// with the 8 triples, and Tk is the branch condition for branches
		// (f3 0, 1, 4..7: BEQ, BNE, BLT, BGE, BLTU, BGEU), 0 for other
		// instructions (SLT's and SLTU's result is lts: ltu on SLTU). On
		// every row the comparator makes eqz, ltu and lts bits (lts is ltu
		// but on a signed comparison, where it is exact) and Tk is a bit.
		// Every component is bounded (the ALU code by its range check), so
		// the mixed-radix key is injective.
		g.boolean(r.Tk)
		cmp := api.Add(eqz, api.Mul(ltu, 2), api.Mul(lts, 4), api.Mul(r.Tk, 8))
		key := api.Add(act, api.Mul(api.Add(r.Op7, api.Mul(r.F3, 1<<7), api.Mul(f7m, 1<<10)), 2), api.Mul(F, pow2(18)),
			api.Mul(r.AC, pow2(aluShift)), api.Mul(e1, pow2(49)), api.Mul(r.Hl, pow2(56)), api.Mul(cmp, pow2(cmpShift)))
		b.query(tagDecode, 1, key, key, nil)

		// ALU tables: the multiplier (multiplier.go: shifts, MUL*), the
		// divider (divider.go) and the bitwise table (bitwise.go) prove
		// (v1, opB, ALU code) -> TV; the code from the decode table says
		// which operation. v1 and opB are 32-bit words and the code is
		// below 2^5, so the key is injective.
		b.sub(api.Add(fl[fAlu], fl[fSgn]), api.Add(v1, api.Mul(opB, pow2(32)), api.Mul(r.AC, pow2(64))), tv, tagAlu)

		// Loads and stores: address = sum = 4 w + o; a word access has
		// offset 0 (a half's even offset is the sub-word table's check).
		b.rng(6, r.SB[2], isMem) // address W1 < 2^30
		wW := api.Add(fl[fLoadW], fl[fStoreW])
		al := api.Add(r.A0, api.Mul(r.A1, 2), api.Mul(wW, 4)) // any offset, or a word access at offset 0 (with rd, below)
		waddr := api.Add(r.T6, api.Mul(r.SB[0], 64), api.Mul(r.SB[1], 1<<14), api.Mul(r.SB[2], 1<<22))
		// A load reads the word at the address in slot B (VB: rs2 is not
		// read, loads set useImm); a store reads rs2 in slot B and
		// rewrites the word in slot D (VD its value before: rd is not
		// written, stores write no rd). Neither word is decomposed: values
		// read from memory are 32-bit words (rule (iii)). A word load
		// writes VB to rd, a word store VB (rs2) to the word; byte and half
		// loads and stores get their value from the sub-word table
		// (subword.go): (VB, VD, offset, op) -> TV, the loaded value (from
		// the word VB; VD, rd's or the sink's value, is ignored) or the word after the
		// store (VD with VB's low byte or half); op = f3 + 8·store. The
		// system-call table does STATE_GET's and STATE_SET's access.
		isLoad := api.Add(fl[fLoadW], fl[fLoadS])
		sub := api.Add(fl[fLoadS], fl[fStoreS])
		subOp := api.Add(r.F3, api.Mul(fl[fStoreS], 8))
		subKey := api.Add(r.VB, api.Mul(r.VD, pow2(32)), api.Mul(api.Add(r.A0, api.Mul(r.A1, 2)), pow2(64)), api.Mul(subOp, pow2(66)))
		b.sub(sub, subKey, tv, tagSub)

		// System calls: (a7, halt, a0, step) and a0 after the call (TV)
		// to the system-call table (syscall.go), which does the call's
		// work at timestamp 3i+3 (slot A read a7, slot B a0; slot D
		// writes TV to a0, also at 3i+3).
		b.sub(isE, sysMsg(api, v1, r.Hl, r.VB, i), tv, tagSys)

		// Result and register write.
		pc4 := api.Add(r.PC, 4)
		rflags := []frontend.Variable{api.Add(fl[fRAdd], fl[fRSub]), fl[fRSlx],
			api.Add(fl[fAlu], isE, fl[fLoadS]), fl[fLoadW], api.Add(fl[fJal], fl[fJalr]), fl[fRLui]}
		outs := []frontend.Variable{w1, lts, r.TV, r.VB, pc4, immU}
		var writes frontend.Variable = 0
		res := make([]frontend.Variable, 0, len(outs))
		for k, f := range rflags {
			writes = api.Add(writes, f)
			res = append(res, api.Mul(f, outs[k]))
		}
		// An instruction that writes rd has exactly one result flag (the
		// decode table's flags are exclusive), so writes is 1 and rv is
		// that candidate, a 32-bit word: bytes, bits, pc + 4, the U
		// immediate, or a value matched exactly (β) on the bus (TV: ALU,
		// sub-word, I/O and system-call tables) or in memory (VB: LW).
		// Branches, stores, FENCE and inactive rows have none: writes is
		// 0 and slot D is not accessed.
		rv := api.Add(res[0], res[1], res[2:]...)
		rdp := api.Add(rd, api.Mul(isE, isa.RegA0)) // a0 for ECALL
		// One lookup checks the alignment (al) and gives rd's non-zero
		// flag: al < 8 (bits and a 0/1 flag sum), rdp < 64 (a 5-bit rd,
		// a0 for ECALL), RdNZ a bit: the key is injective.
		g.boolean(r.RdNZ)
		ak := api.Add(al, api.Mul(rdp, 8), api.Mul(r.RdNZ, 512))
		b.query(tagAlignRd, 1, ak, ak, nil)
		// A write to x0 (RdNZ 0) goes to the sink register, 32, which
		// no slot reads: x0 stays 0 (rule 3).
		newD := rv

		// Memory accesses of the three slots, at timestamps 3i+1 (A),
		// 3i+2 (B) and 3i+3 (D). An instruction uses at most three:
		//   A reads rs1 (a7 for ECALL) on every active row;
		//   B reads rs2 (a0 for ECALL) unless operand B is the immediate,
		//     or, for a load, the word at the address;
		//   D writes rd (a0 for ECALL) for an instruction with a result,
		//     or, for a store, rewrites the word at the address:
		//     rv (to the sink for x0) or VB (SW) or TV (SB, SH), exclusive.
		// The system-call table's accesses are at 3i+3 too, on a1, a state
		// key or RAM words, never a0 (docs/circuit.md rule 3).
		base := 3 * i
		reg := bigU(isa.RegBase)
		g.access(act, api.Add(reg, r.Rs1, api.Mul(isE, isa.RegA7)), v1, v1, base+1, r.TA, true)
		addrB := api.Add(reg, rs2, api.Mul(isE, isa.RegA0))
		g.access(api.Add(api.Sub(act, fl[fUseImm]), isLoad), api.Add(addrB, api.Mul(isLoad, api.Sub(waddr, addrB))),
			r.VB, r.VB, base+2, r.TB, true)
		addrD := api.Add(reg, rdp, api.Mul(api.Sub(1, r.RdNZ), sinkReg))
		nextD := api.Add(newD, api.Mul(fl[fStoreW], r.VB), api.Mul(fl[fStoreS], r.TV))
		g.access(api.Add(writes, isStore), api.Add(addrD, api.Mul(isStore, api.Sub(waddr, addrD))),
			r.VD, nextD, base+3, r.TD, false)

		// Next pc, halting.
		tgt := api.Sub(w1, r.A0)
		// Tk is the branch condition on a branch, 0 on any other row
		npc := api.Add(pc4, api.Mul(r.Tk, api.Sub(immB, 4)), api.Mul(fl[fJal], api.Sub(immJ, 4)),
			api.Mul(fl[fJalr], api.Sub(tgt, pc4)))
		halt := r.Hl
		halts = append(halts, halt)
		switch {
		case i+1 < N:
			nx := &c.Steps[i+1]
			api.AssertIsEqual(nx.PC, npc)
			if c.sg == nil {
				api.AssertIsEqual(api.Sub(act, nx.Act), halt)
			}
		case c.sg == nil:
			api.AssertIsEqual(act, halt)
		default:
			c.segSteps(g, actives, halts, npc)
		}
	}
}
