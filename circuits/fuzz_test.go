package circuits

import (
	"fmt"
	"math/big"
	"math/rand"
	"testing"

	"github.com/consensys/gnark/frontend"

	"github.com/zkprover/zkprover/statement"
)

// randomProgram emits valid straight-line RV32IM code (ALU, M extension,
// shifts, LUI/AUIPC, loads and stores of every width into a scratch area,
// forward branches and jumps, output writes) followed by HALT.
func randomProgram(rng *rand.Rand, n int) []uint32 {
	var p []uint32
	reg := func() uint32 { return uint32(1 + rng.Intn(15)) } // x1..x15; x31 is the scratch base
	p = append(p, uType(0x3000, 31, 0x37))
	for i := 1; i <= 15; i++ {
		p = append(p, li(uint32(i), int32(rng.Uint32()))...)
	}
	outs := 0
	for len(p) < n {
		switch rng.Intn(13) {
		case 10: // READ_CONTEXT of a random field into a random register
			p = append(p, li(a0, int32(rng.Intn(13)))...)
			p = append(p, syscall(3)...)
			p = append(p, addi(reg(), a0, 0))
		case 11: // STATE_SET then STATE_GET of a small key
			k := int32(rng.Intn(4))
			p = append(p, li(a0, k)...)
			p = append(p, addi(a1, reg(), 0))
			p = append(p, syscall(6)...)
			p = append(p, li(a0, k)...)
			p = append(p, syscall(5)...)
			p = append(p, addi(reg(), a0, 0))
		case 12: // a short countdown loop
			r := reg()
			p = append(p, li(r, int32(1+rng.Intn(4)))...)
			p = append(p, addi(r, r, -1), branch(1, r, zero, -4))
		case 0, 1:
			f7 := []uint32{0, 1}[rng.Intn(2)]
			f3 := uint32(rng.Intn(8))
			if f7 == 0 && (f3 == 0 || f3 == 5) && rng.Intn(2) == 0 {
				f7 = 0x20
			}
			p = append(p, alu(f7, f3, reg(), reg(), reg()))
		case 2:
			f3 := []uint32{0, 2, 3, 4, 6, 7}[rng.Intn(6)]
			p = append(p, aluI(f3, reg(), reg(), int32(rng.Intn(4096)-2048)))
		case 3:
			sh := int32(rng.Intn(32))
			switch rng.Intn(3) {
			case 0:
				p = append(p, aluI(1, reg(), reg(), sh))
			case 1:
				p = append(p, aluI(5, reg(), reg(), sh))
			default:
				p = append(p, aluI(5, reg(), reg(), sh|0x400))
			}
		case 4:
			if rng.Intn(2) == 0 {
				p = append(p, uType(rng.Uint32(), reg(), 0x37))
			} else {
				p = append(p, uType(rng.Uint32(), reg(), 0x17))
			}
		case 5:
			w := []uint32{0, 1, 2}[rng.Intn(3)]
			off := int32(rng.Intn(64)) &^ (1<<w - 1)
			p = append(p, store(w, reg(), 31, off))
		case 6:
			f3 := []uint32{0, 1, 2, 4, 5}[rng.Intn(5)]
			w := f3 & 3
			off := int32(rng.Intn(64)) &^ (1<<w - 1)
			p = append(p, load(f3, reg(), 31, off))
		case 7:
			f3 := []uint32{0, 1, 4, 5, 6, 7}[rng.Intn(6)]
			p = append(p, branch(f3, reg(), reg(), 8), addi(reg(), reg(), int32(rng.Intn(100))))
		case 8:
			if rng.Intn(2) == 0 {
				p = append(p, jal(reg(), 8), addi(reg(), reg(), 1))
			} else if outs < 8 {
				p = append(p, addi(a0, reg(), 0))
				p = append(p, syscall(4)...)
				outs++
			}
		case 9:
			p = append(p, mulOp(uint32(4+rng.Intn(4)), reg(), reg(), []uint32{0, reg()}[rng.Intn(2)]))
		}
	}
	return append(p, halt(int32(rng.Intn(256)))...)
}

// mutable lists the step columns whose every change must be rejected.
func mutable(a *Circuit, i int, rng *rand.Rand) (string, *frontend.Variable) {
	r := &a.Steps[i]
	type col struct {
		name string
		v    *frontend.Variable
	}
	cols := []col{{"PC", &r.PC}, {"Op7", &r.Op7}, {"RdHi", &r.RdHi}, {"F3", &r.F3}, {"Rs1", &r.Rs1},
		{"Rs2Hi", &r.Rs2Hi}, {"F7Lo", &r.F7Lo}, {"TA", &r.TA},
		{"W2", &r.W2}, {"AC", &r.AC}, {"A0", &r.A0}, {"A1", &r.A1}, {"T6", &r.T6},
		{"RdNZ", &r.RdNZ}, {"Hl", &r.Hl}, {"V1", &r.V1}}
	for k := range r.Flag {
		cols = append(cols, col{fmt.Sprintf("Flag%d", k), &r.Flag[k]})
	}
	writes := false // slot D is accessed only when the instruction writes rd
	for _, f := range resultFlags {
		writes = writes || toBig(r.Flag[f]).Sign() != 0
	}
	isLoad := toBig(r.Flag[fLoadW]).Sign() != 0 || toBig(r.Flag[fLoadS]).Sign() != 0
	isStore := toBig(r.Flag[fStoreW]).Sign() != 0 || toBig(r.Flag[fStoreS]).Sign() != 0
	if writes || isStore { // slot D is used: rd, or the stored word
		cols = append(cols, col{"VD", &r.VD}, col{"TD", &r.TD})
	}
	if toBig(r.Flag[fUseImm]).Sign() == 0 || isLoad { // slot B is used: rs2, or the loaded word
		cols = append(cols, col{"TB", &r.TB}, col{"VB", &r.VB})
	}
	for k := range 3 {
		cols = append(cols, col{fmt.Sprintf("SB%d", k), &r.SB[k]})
	}
	if toBig(r.Flag[fLoadS]).Sign() != 0 || toBig(r.Flag[fStoreS]).Sign() != 0 {
		cols = append(cols, col{"TV", &r.TV})
	}
	cols = append(cols, col{"Tk", &r.Tk}) // the comparison bit, or 0 (the decode rows)
	if toBig(r.Flag[fAlu]).Sign() != 0 || toBig(r.Flag[fSgn]).Sign() != 0 || toBig(r.Flag[fEcall]).Sign() != 0 {
		cols = append(cols, col{"TV", &r.TV})
	}
	c := cols[rng.Intn(len(cols))]
	return c.name, c.v
}

func TestDifferentialFuzz(t *testing.T) {
	c := NewClass(7)
	rng := rand.New(rand.NewSource(7))
	programs, mutations := 6, 30
	if testing.Short() {
		programs, mutations = 1, 4
	}
	for k := 0; k < programs; k++ {
		p := randomProgram(rng, 60+rng.Intn(20))
		w := run(t, p, runIn{state: []statement.KV{{Key: 1, Value: 11}}, ctx: statement.Context{ChainID: 5, Timestamp: 1 << 40}})
		accept(t, c, w)
		n := len(w.Trace.Steps)
		for j := 0; j < mutations; j++ {
			i := rng.Intn(n)
			a := mustAssign(t, c, w)
			name, v := mutable(a, i, rng)
			old := toBig(*v)
			*v = new(big.Int).Add(old, big.NewInt(int64(1+rng.Intn(3))))
			if err := solve(t, c, a); err == nil {
				t.Errorf("program %d: step %d (insn %08x): %s %s -> %s accepted", k, i, w.Trace.Steps[i].Insn, name, old, *v)
			}
		}
	}
}
