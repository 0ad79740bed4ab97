package executor

import (
	"errors"
	"fmt"

	"github.com/zkprover/zkprover/isa"
)

// ErrBadTrace is wrapped by every error of CheckTrace.
var ErrBadTrace = errors.New("inconsistent trace")

// cell is an address's value and last-access timestamp during CheckTrace.
type cell struct{ val, ts uint32 }

// CheckTrace checks a trace against the rules of docs/zkvm.md ("Trace")
// independently of the executor's internals: the first step is at the entry
// point, each step's instruction is the image word at its pc, slot usage and
// addresses follow the instruction, every access continues the last access
// of its address (value and timestamp, reads unchanged, x0 stays zero), a
// SHA256_COMPRESS call's Step.Pre holds its 24 RAM accesses at slot M's
// timestamp with the new state the compression of the old state and the
// block, a KECCAK_F call's Step.Pre its 50 RAM accesses at slot M's
// timestamp with the new words the permutation of the old ones (every other
// step has Pre nil), the last step is a HALT, and the memory table holds exactly the image words,
// the initial state keys and the touched addresses with their initial and
// final values and last timestamps, sorted by address. It does not re-check
// the ALU results (that is the executor's own test suite). It is meant for
// tests, here and in the circuit.
func CheckTrace(p *Program, in *Input, tr *Trace) error {
	if in == nil {
		in = &Input{}
	}
	bad := func(format string, a ...any) error {
		return fmt.Errorf("%s: %w", fmt.Sprintf(format, a...), ErrBadTrace)
	}
	if len(tr.Steps) == 0 {
		return bad("no steps")
	}
	mem := make(map[uint64]cell, len(tr.Memory))
	initial := make(map[uint64]uint32)
	for i, w := range p.Words {
		a := uint64(p.Base/4) + uint64(i)
		initial[a] = w
	}
	for _, kv := range in.State {
		initial[StateBase+uint64(kv.Key)] = kv.Value
	}
	get := func(a uint64) cell {
		if c, ok := mem[a]; ok {
			return c
		}
		return cell{val: initial[a]}
	}
	if tr.Steps[0].PC != p.Entry {
		return bad("first step at pc 0x%08x, entry is 0x%08x", tr.Steps[0].PC, p.Entry)
	}
	for i := range tr.Steps {
		st := &tr.Steps[i]
		if st.PC%4 != 0 || st.PC < p.Base || st.PC >= p.End() {
			return bad("step %d: pc 0x%08x outside the image", i, st.PC)
		}
		if w := p.Words[(st.PC-p.Base)/4]; w != st.Insn {
			return bad("step %d: insn 0x%08x, the image has 0x%08x at 0x%08x", i, st.Insn, w, st.PC)
		}
		in := decode(st.Insn, st.PC)
		fl := opFlags[in.op]
		wantA, wantB, wantD := fl&fRs1 != 0, fl&fRs2 != 0, fl&fRd != 0
		addrA, addrB, addrD := RegBase+uint64(in.rs1), RegBase+uint64(in.rs2), RegBase+uint64(in.rd&31)
		wantM := in.op >= opLB && in.op <= opSW
		isEcall := in.op == opECALL
		if isEcall {
			wantA, wantB, addrA, addrB = true, true, RegBase+regA7, RegBase+regA0
			num := st.Acc[SlotA].Val
			switch num {
			case SysReadOnchain, SysReadOffch, SysReadContext, SysStateGet:
				wantD, addrD = true, RegBase+regA0
			case SysStateSet, SysLog, SysSha256Compress:
				wantD, addrD = true, RegBase+regA1
			}
			wantM = num == SysStateGet || num == SysStateSet
		}
		isSha := isEcall && st.Acc[SlotA].Val == SysSha256Compress
		isKeccak := isEcall && st.Acc[SlotA].Val == SysKeccakF
		if !isSha && !isKeccak && st.Pre != nil {
			return bad("step %d (%s): precompile accesses on a step that is not a SHA256_COMPRESS call or a KECCAK_F call", i, Disassemble(st.Insn, st.PC))
		}
		want := [NumSlots]bool{wantA, wantB, wantM, wantD}
		for s := 0; s < NumSlots; s++ {
			if s == SlotM && isSha {
				// The call's RAM accesses, at slot M's timestamp.
				if err := checkSha256Pre(st, i, get, func(a uint64, c cell) { mem[a] = c }); err != nil {
					return bad("%v", err)
				}
			}
			if s == SlotM && isKeccak {
				if err := checkKeccakPre(st, i, get, func(a uint64, c cell) { mem[a] = c }); err != nil {
					return bad("%v", err)
				}
			}
			acc := &st.Acc[s]
			if acc.Used != want[s] {
				return bad("step %d (%s): slot %d used=%v, want %v", i, Disassemble(st.Insn, st.PC), s, acc.Used, want[s])
			}
			if !acc.Used {
				if *acc != (Access{}) {
					return bad("step %d: unused slot %d is not zero", i, s)
				}
				continue
			}
			switch {
			case s == SlotA && acc.Addr != addrA, s == SlotB && acc.Addr != addrB, s == SlotD && acc.Addr != addrD:
				return bad("step %d: slot %d address 0x%x does not match the instruction", i, s, acc.Addr)
			}
			c := get(acc.Addr)
			if acc.Prev != c.val || acc.PrevTS != c.ts {
				return bad("step %d slot %d addr 0x%x: prev %#x@%d, last access was %#x@%d", i, s, acc.Addr, acc.Prev, acc.PrevTS, c.val, c.ts)
			}
			ts := TS(i, s)
			if acc.PrevTS >= ts {
				return bad("step %d slot %d: previous timestamp %d not before %d", i, s, acc.PrevTS, ts)
			}
			write := s == SlotD && (!isEcall || addrD != RegBase+regA1) ||
				s == SlotM && (in.op >= opSB && in.op <= opSW || isEcall && st.Acc[SlotA].Val == SysStateSet)
			if !write && acc.Val != acc.Prev {
				return bad("step %d slot %d: a read changed the value", i, s)
			}
			if acc.Addr == RegBase && acc.Val != 0 {
				return bad("step %d: x0 written with %#x", i, acc.Val)
			}
			mem[acc.Addr] = cell{val: acc.Val, ts: ts}
		}
		if i == len(tr.Steps)-1 && (!isEcall || st.Acc[SlotA].Val != SysHalt) {
			return bad("the last step is not a HALT call")
		}
	}
	for a := range mem {
		if _, ok := initial[a]; !ok {
			initial[a] = 0
		}
	}
	if len(tr.Memory) != len(initial) {
		return bad("memory table has %d rows, want %d (image words, initial state keys and touched addresses)", len(tr.Memory), len(initial))
	}
	for j, row := range tr.Memory {
		if j > 0 && tr.Memory[j-1].Addr >= row.Addr {
			return bad("memory table not strictly sorted at row %d", j)
		}
		init, ok := initial[row.Addr]
		if !ok {
			return bad("memory table row for address 0x%x that is neither image, state nor touched", row.Addr)
		}
		c := get(row.Addr)
		if row.Init != init || row.Final != c.val || row.FinalTS != c.ts {
			return bad("memory row 0x%x = %+v, want init %#x final %#x@%d", row.Addr, row, init, c.val, c.ts)
		}
	}
	return nil
}

// checkSha256Pre checks the precompile accesses of step i, a SHA256_COMPRESS
// call whose slots B (a0) and D (a1) are checked by the caller: slot D
// reads a1, a0 and a1
// satisfy the call's rules (docs/zkvm.md), Acc[0..7] are the state words
// a0/4+j and Acc[8..23] the block words a1/4+j, each continuing the last
// access of its address (get) at TS(i, SlotM), the block read unchanged and
// the state replaced by its compression with the block. set records each
// access.
func checkSha256Pre(st *Step, i int, get func(uint64) cell, set func(uint64, cell)) error {
	if d := &st.Acc[SlotD]; !d.Used || d.Addr != RegBase+regA1 {
		return fmt.Errorf("step %d: SHA256_COMPRESS without the read of a1 in slot D", i)
	}
	a0, a1 := st.Acc[SlotB].Val, st.Acc[SlotD].Val
	switch {
	case a0&3 != 0 || a1&3 != 0:
		return fmt.Errorf("step %d: SHA256_COMPRESS with misaligned a0 0x%08x or a1 0x%08x did not fault", i, a0, a1)
	case a0 > RAMSize-shaStateBytes || a1 > RAMSize-shaBlockBytes:
		return fmt.Errorf("step %d: SHA256_COMPRESS with a0 0x%08x or a1 0x%08x outside RAM did not fault", i, a0, a1)
	case a0 < a1+shaBlockBytes && a1 < a0+shaStateBytes:
		return fmt.Errorf("step %d: SHA256_COMPRESS with overlapping a0 0x%08x and a1 0x%08x did not fault", i, a0, a1)
	}
	if st.Pre == nil {
		return fmt.Errorf("step %d: SHA256_COMPRESS without precompile accesses", i)
	}
	if len(st.Pre.Acc) != shaAccesses {
		return fmt.Errorf("step %d: SHA256_COMPRESS with %d precompile accesses, want %d", i, len(st.Pre.Acc), shaAccesses)
	}
	acc := st.Pre.Acc
	ts := TS(i, SlotM)
	var state [isa.Sha256StateWords]uint32
	var block [isa.Sha256BlockWords]uint32
	for j := range acc {
		a := &acc[j]
		want := uint64(a0/4) + uint64(j)
		if j >= isa.Sha256StateWords {
			want = uint64(a1/4) + uint64(j-isa.Sha256StateWords)
		}
		if err := checkPreAccess("SHA256_COMPRESS", i, j, a, want, ts, get); err != nil {
			return err
		}
		if j < isa.Sha256StateWords {
			state[j] = a.Prev
		} else {
			block[j-isa.Sha256StateWords] = a.Prev
			if a.Val != a.Prev {
				return fmt.Errorf("step %d: SHA256_COMPRESS changed block word %d", i, j-isa.Sha256StateWords)
			}
		}
	}
	isa.Sha256CompressCall(&state, &block)
	for j, w := range state {
		if acc[j].Val != w {
			return fmt.Errorf("step %d: SHA256_COMPRESS state word %d is %#x, the compression gives %#x", i, j, acc[j].Val, w)
		}
	}
	for j := range acc {
		set(acc[j].Addr, cell{val: acc[j].Val, ts: ts})
	}
	return nil
}

// checkPreAccess checks access j of step i's precompile call: used, of the
// word want, continuing the last access of its address (get) from before
// ts.
func checkPreAccess(call string, i, j int, a *Access, want uint64, ts uint32, get func(uint64) cell) error {
	if !a.Used || a.Addr != want {
		return fmt.Errorf("step %d: %s access %d: used=%v address 0x%x, want word 0x%x", i, call, j, a.Used, a.Addr, want)
	}
	c := get(a.Addr)
	if a.Prev != c.val || a.PrevTS != c.ts {
		return fmt.Errorf("step %d: %s access %d addr 0x%x: prev %#x@%d, last access was %#x@%d", i, call, j, a.Addr, a.Prev, a.PrevTS, c.val, c.ts)
	}
	if a.PrevTS >= ts {
		return fmt.Errorf("step %d: %s access %d: previous timestamp %d not before %d", i, call, j, a.PrevTS, ts)
	}
	return nil
}

// checkKeccakPre checks the precompile accesses of step i, a KECCAK_F call
// whose slot B (a0) is checked by the caller (slot D is unused: the call
// returns nothing): a0 satisfies the call's rules (docs/zkvm.md), Acc[j]
// is the word a0/4+j for j < 50, each continuing the last access of its
// address (get) at TS(i, SlotM), and the new words are the Keccak-f[1600]
// permutation of the old ones (lane k = words 2k, 2k+1). set records each
// access.
func checkKeccakPre(st *Step, i int, get func(uint64) cell, set func(uint64, cell)) error {
	a0 := st.Acc[SlotB].Val
	switch {
	case a0&3 != 0:
		return fmt.Errorf("step %d: KECCAK_F with misaligned a0 0x%08x did not fault", i, a0)
	case a0 > RAMSize-keccakBytes:
		return fmt.Errorf("step %d: KECCAK_F with a0 0x%08x outside RAM did not fault", i, a0)
	}
	if st.Pre == nil {
		return fmt.Errorf("step %d: KECCAK_F without precompile accesses", i)
	}
	if len(st.Pre.Acc) != keccakAccesses {
		return fmt.Errorf("step %d: KECCAK_F with %d precompile accesses, want %d", i, len(st.Pre.Acc), keccakAccesses)
	}
	acc := st.Pre.Acc
	ts := TS(i, SlotM)
	var lanes [isa.KeccakLanes]uint64
	for j := range acc {
		a := &acc[j]
		want := uint64(a0/4) + uint64(j)
		if err := checkPreAccess("KECCAK_F", i, j, a, want, ts, get); err != nil {
			return err
		}
		lanes[j/2] |= uint64(a.Prev) << (32 * (j % 2))
	}
	isa.KeccakF1600(&lanes)
	for j := range acc {
		if w := uint32(lanes[j/2] >> (32 * (j % 2))); acc[j].Val != w {
			return fmt.Errorf("step %d: KECCAK_F word %d is %#x, the permutation gives %#x", i, j, acc[j].Val, w)
		}
	}
	for j := range acc {
		set(acc[j].Addr, cell{val: acc[j].Val, ts: ts})
	}
	return nil
}
