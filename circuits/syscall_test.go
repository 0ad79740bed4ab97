package circuits

import (
	"math/big"
	"testing"

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

// TestSyscallOrder: the system-call rows are in step order (docs/circuit.md
// rule 5), so the output counter numbers the words in the order the program
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
// tables.
func TestSyscallTablesCover(t *testing.T) {
	seen := map[int]int{}
	for _, n := range ioCallNums {
		seen[n]++
	}
	for _, n := range sysCallNums {
		seen[n]++
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
