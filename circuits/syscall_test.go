package circuits

import (
	"fmt"
	"math/big"
	"testing"

	"github.com/consensys/gnark/frontend"

	"github.com/zkprover/zkprover/isa"
	"github.com/zkprover/zkprover/statement"
)

// setOutput makes a's statement and output columns claim out (words).
func setOutput(t *testing.T, a *Circuit, w *Witness, out []uint32) {
	t.Helper()
	f := *w
	f.Output = statement.WordsToBytes(out)
	pub := f.Public()
	elems, err := pub.Elements()
	if err != nil {
		t.Fatal(err)
	}
	for i := range elems {
		a.Pub[i] = elems[i].BigInt(new(big.Int))
	}
	fillOutput(a, w.ExitCode, out)
}

// TestSyscallOrder: the I/O rows are in step order (docs/circuit.md
// rule 5b), so the output counter numbers the words in the order the program
// writes them. The forgery swaps the rows of two WRITE_OUTPUT calls and
// renumbers them, so that the statement claims the words in the other
// order: every other rule holds (the rows' messages are the steps' own).
func TestSyscallOrder(t *testing.T) {
	c := NewClass(6)
	w := run(t, prog(li(a0, 11), syscall(isa.SysWriteOutput), li(a0, 22), syscall(isa.SysWriteOutput), halt(0)), runIn{})
	a := accept(t, c, w)
	if toBig(a.IO[0].S[ioOut]).Sign() == 0 || toBig(a.IO[1].S[ioOut]).Sign() == 0 {
		t.Fatal("I/O rows 0 and 1 are not the output calls")
	}
	a.IO[0], a.IO[1] = a.IO[1], a.IO[0]
	a.IO[0].OC, a.IO[1].OC = 0, 1
	setOutput(t, a, w, []uint32{22, 11})
	rejectAssigned(t, c, a, "output calls' rows swapped")

	// An active row after an inactive one: the second output's row moved
	// to the end of the table, the rows between inactive, the counters
	// following.
	a = accept(t, c, w)
	last := len(a.IO) - 1
	a.IO[1], a.IO[last] = a.IO[last], a.IO[1]
	for j := 1; j <= last; j++ {
		a.IO[j].OC = 1
	}
	rejectAssigned(t, c, a, "an active row after inactive rows")
}

// TestSyscallResults: a0 after a call is the READ word, the STATE_GET
// value, or a0 unchanged. Each forgery changes what the call leaves in a0,
// in the step (TV, the register write) and its system-call row alike;
// the program overwrites a0 right after the call, so nothing else sees the
// forged value.
func TestSyscallResults(t *testing.T) {
	c := NewClass(6)
	w := run(t, prog(
		li(a0, 1), syscall(isa.SysReadOnchain), li(a0, 0),
		li(a0, 7), syscall(isa.SysStateGet), li(a0, 0),
		li(a0, 5), syscall(isa.SysWriteOutput), li(a0, 0),
		li(a0, 7), li(a1, 9), syscall(isa.SysStateSet), li(a0, 0),
		halt(0)), runIn{onchain: []byte{1, 2, 3, 4, 5, 6, 7, 8}, state: []statement.KV{{Key: 7, Value: 40}}})
	accept(t, c, w)
	acceptAssigned(t, c, mustAssignTampered(t, c, w, &tamper{result: func(_ int, v uint32) uint32 { return v }}), "identity tamper")
	var calls []int
	for i, s := range w.Trace.Steps {
		if s.Insn == ecall {
			calls = append(calls, i)
		}
	}
	if len(calls) != 5 {
		t.Fatalf("%d calls", len(calls))
	}
	for k, what := range []string{"READ_ONCHAIN returns another word", "STATE_GET returns another value",
		"WRITE_OUTPUT changes a0", "STATE_SET changes a0"} {
		rejectTampered(t, c, w, what, &tamper{result: atStep(calls[k], func(v uint32) uint32 { return v + 1 })})
	}
}

// TestSyscallMessage: the step's message (a7, halt, a0, index; a0 after)
// binds its system-call row. Changing one field of the row alone is
// rejected.
func TestSyscallMessage(t *testing.T) {
	c := NewClass(6)
	w := run(t, prog(li(a0, 3), syscall(isa.SysWriteOutput), li(a0, 7), li(a1, 9), syscall(isa.SysStateSet), halt(0)), runIn{})
	accept(t, c, w)
	reject(t, c, w, "I/O row at the next step", func(a *Circuit) { a.IO[0].Idx = toBig(a.IO[0].Idx).Int64() + 1 })
	reject(t, c, w, "system-call row at the next step", func(a *Circuit) { a.Sys[0].Idx = toBig(a.Sys[0].Idx).Int64() + 1 })
	reject(t, c, w, "another a0 (output word)", func(a *Circuit) { a.IO[0].AB = bytes4(4) })
	reject(t, c, w, "another a0 (the key set)", func(a *Circuit) { a.Sys[0].AB = bytes4(8) })
	reject(t, c, w, "another a1 (the value set)", func(a *Circuit) { a.Sys[0].A1 = 10 })
	reject(t, c, w, "a0 byte out of range", func(a *Circuit) {
		// a0 = 3 written as 259 − 256: 259 and −1 are not bytes
		a.IO[0].AB[0], a.IO[0].AB[1] = 259, new(big.Int).Sub(modulus, big.NewInt(1))
	})
	reject(t, c, w, "halt flag on the output call's step", func(a *Circuit) { a.Steps[int(toBig(a.IO[0].Idx).Int64())].Hl = 1 })
	// The output call taken by a system-call row: a row claiming call
	// number 4 has no flag for it, so the message's a7 digit differs.
	reject(t, c, w, "STATE_SET row for the output call", func(a *Circuit) {
		io := a.IO[0]
		a.IO[0].Act, a.IO[0].S[ioOut] = 0, 0
		s := &a.Sys[len(a.Sys)-1]
		s.Act, s.S[sysSet], s.Idx, s.AB, s.Dv = 1, 1, io.Idx, io.AB, io.Dv
	})
}

// TestSyscallTablesCover: every call number is in exactly one of the two
// tables, the I/O table's being those isa.IsIOCall names (the executor's
// segment limits and Class.Fits count by it).
func TestSyscallTablesCover(t *testing.T) {
	seen := map[int]int{}
	for _, n := range ioCallNums {
		seen[n]++
		if !isa.IsIOCall(uint32(n)) {
			t.Errorf("call %d in the I/O table, not an I/O call for isa", n)
		}
	}
	for _, n := range sysCallNums {
		seen[n]++
		if isa.IsIOCall(uint32(n)) {
			t.Errorf("call %d in the system-call table, an I/O call for isa", n)
		}
	}
	for n := range isa.NumSyscalls {
		if seen[n] != 1 {
			t.Errorf("call %d in %d tables", n, seen[n])
		}
	}
	if len(seen) != isa.NumSyscalls {
		t.Errorf("%d call numbers in the tables, want %d", len(seen), isa.NumSyscalls)
	}
}

// firstFree returns the first inactive row of acts.
func firstFree(t *testing.T, acts func(j int) frontend.Variable, n int) int {
	t.Helper()
	for j := range n {
		if toBig(acts(j)).Sign() == 0 {
			return j
		}
	}
	t.Fatal("no inactive row")
	return 0
}

func ecallSteps(w *Witness) []int {
	var out []int
	for i, s := range w.Trace.Steps {
		if s.Insn == ecall {
			out = append(out, i)
		}
	}
	return out
}

// TestSyscallWrongTable: a call taken by a row of the other table, with
// each of that table's flags, everything else kept consistent, is refused
// by the message's a7 and halt digits (session 20's review of the split).
// A READ_ONCHAIN of index 0 and word 0 (a0 = Dv = 0, so that a HALT row
// adds 0 to the exit code and every keep gate holds) taken by a
// system-call row; the HALT of a0 = 2 taken by an I/O row, with inputs
// that make every READ of index 2 return 2 and the statement's exit code
// 0 (and the extra output word when the row claims WRITE_OUTPUT).
func TestSyscallWrongTable(t *testing.T) {
	c := NewClass(6)
	w := run(t, prog(li(a0, 0), syscall(isa.SysReadOnchain), li(a0, 0), halt(0)), runIn{onchain: []byte{0, 0, 0, 0}})
	accept(t, c, w)
	rd := ecallSteps(w)[0]
	for k := range sysCallNums {
		a := mustAssign(t, c, w)
		j := ioRowOf(t, a, rd)
		io := a.IO[j]
		a.IO[j].Act, a.IO[j].S[ioReadOn] = 0, 0
		s := &a.Sys[firstFree(t, func(j int) frontend.Variable { return a.Sys[j].Act }, len(a.Sys))]
		s.Act, s.S[k], s.Idx, s.AB, s.Dv = 1, 1, io.Idx, io.AB, io.Dv
		rejectAssigned(t, c, a, fmt.Sprintf("READ_ONCHAIN taken by a system-call row as call %d", sysCallNums[k]))
	}

	in := runIn{onchain: []byte{0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0}, offchain: []byte{0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0},
		ctx: statement.Context{ChainID: 2}}
	w = run(t, prog(li(a0, 5), syscall(isa.SysWriteOutput), halt(2)), in)
	accept(t, c, w)
	calls := ecallSteps(w)
	h := calls[len(calls)-1]
	for k := range ioCallNums {
		a := mustAssign(t, c, w)
		j := sysRowOf(t, a, h)
		sr := a.Sys[j]
		a.Sys[j].Act, a.Sys[j].S[sysHalt] = 0, 0
		free := firstFree(t, func(j int) frontend.Variable { return a.IO[j].Act }, len(a.IO)) // after the output's row: in order
		r := &a.IO[free]
		r.Act, r.S[k], r.Idx, r.AB, r.Dv = 1, 1, sr.Idx, sr.AB, sr.Dv
		out := []uint32{5}
		if k == ioOut {
			out = append(out, 2)
			for q := free + 1; q < len(a.IO); q++ {
				a.IO[q].OC = 2
			}
		}
		f := *w
		f.ExitCode = 0
		setOutput(t, a, &f, out)
		rejectAssigned(t, c, a, fmt.Sprintf("HALT taken by an I/O row as call %d", ioCallNums[k]))
	}
}

// TestSyscallInactiveRows: a call flag on an inactive I/O row (an extra
// output word the statement claims, the counters following) is refused by
// Σ S = Act; junk in the columns of inactive rows that no term reads is
// harmless (accepted).
func TestSyscallInactiveRows(t *testing.T) {
	c := NewClass(6)
	w := run(t, prog(li(a0, 11), syscall(isa.SysWriteOutput), li(a0, 0), halt(0)), runIn{})
	accept(t, c, w)
	a := mustAssign(t, c, w)
	j := firstFree(t, func(j int) frontend.Variable { return a.IO[j].Act }, len(a.IO))
	a.IO[j].S[ioOut], a.IO[j].AB, a.IO[j].Dv, a.IO[j].OC = 1, bytes4(22), 22, 1
	for q := j + 1; q < len(a.IO); q++ {
		a.IO[q].OC = 2
	}
	setOutput(t, a, w, []uint32{11, 22})
	rejectAssigned(t, c, a, "WRITE_OUTPUT flag on an inactive I/O row")

	a = mustAssign(t, c, w)
	minus1 := new(big.Int).Sub(modulus, big.NewInt(1))
	for q := firstFree(t, func(j int) frontend.Variable { return a.IO[j].Act }, len(a.IO)); q < len(a.IO); q++ {
		a.IO[q].Idx, a.IO[q].Dv = minus1, 12345
	}
	for q := firstFree(t, func(j int) frontend.Variable { return a.Sys[j].Act }, len(a.Sys)); q < len(a.Sys); q++ {
		a.Sys[q].Idx, a.Sys[q].M, a.Sys[q].A1, a.Sys[q].TM = minus1, 8, 9, minus1
	}
	acceptAssigned(t, c, a, "junk Idx, Dv (I/O), M, A1, TM on inactive rows")
}

// TestSyscallHaltOnlyByECALL: a run that stops at an ADDI with its halt
// flag set (the trace cut after it, the statement's exit code 0 as the
// HALT it skips would give, no system-call row) is refused by the decode
// lookup: only ECALL has a decode entry with halt 1 (rule 1).
func TestSyscallHaltOnlyByECALL(t *testing.T) {
	c := NewClass(6)
	w := run(t, prog(li(a0, 0), addi(t0, t0, 1), halt(0)), runIn{})
	accept(t, c, w)
	k := findStep(t, w, func(insn uint32) bool { return insn == addi(t0, t0, 1) }) + 1
	tr := *w.Trace
	tr.Steps = tr.Steps[:k]
	f := *w
	f.Trace = &tr
	a := assignFrom(t, c, &f, nil, &SegStart{})
	if toBig(a.Steps[k-1].Act).Int64() != 1 || toBig(a.Steps[k].Act).Sign() != 0 {
		t.Fatal("the forged run does not end at the ADDI")
	}
	a.Steps[k-1].Hl = 1
	rejectAssigned(t, c, a, "halt at an ADDI")
}
