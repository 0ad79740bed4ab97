package executor

import (
	"errors"
	"fmt"
)

// ErrBadELF is wrapped by every error of LoadELF.
var ErrBadELF = errors.New("bad ELF")

// ErrBadInput is wrapped by every error about the host's input to a run
// (onchain input too long, unsorted or duplicate state keys, ...). It is a
// problem of the caller, not of the program.
var ErrBadInput = errors.New("bad input")

// ErrTraceTooLong reports a run too large to prove: its trace would exceed
// Config.MaxTraceSteps, or it does not fit a capacity of the circuit's class
// (package circuits wraps it). It is one error everywhere.
var ErrTraceTooLong = errors.New("run too large to prove")

// ErrBadConfig reports a Config or Limits outside what the zkVM allows
// (Config.Validate): a limit above the one the circuit enforces.
var ErrBadConfig = errors.New("bad executor configuration")

// Kinds of program faults. A *Fault wraps exactly one of them, so
// errors.Is(err, ErrCycleLimit) and friends tell what went wrong.
var (
	ErrCycleLimit         = errors.New("cycle limit exceeded")
	ErrIllegalInstruction = errors.New("illegal instruction")
	ErrBreakpoint         = errors.New("EBREAK")
	ErrCSR                = errors.New("CSR or privileged instruction")
	ErrMisaligned         = errors.New("misaligned memory access")
	ErrOutOfRange         = errors.New("memory access out of range")
	ErrPCOutsideImage     = errors.New("jump outside the image")
	ErrBadSyscall         = errors.New("bad system call")
	ErrInputIndex         = errors.New("input word index out of range")
	ErrOutputTooLarge     = errors.New("output too large")
	ErrStateTooLarge      = errors.New("state too large")
	ErrLogTooLarge        = errors.New("log too large")
	ErrMemoryLimit        = errors.New("memory limit exceeded")
)

// Fault is a run stopped by the program: an instruction the machine cannot
// execute, a bad access, a bad system call or an exhausted limit. It names the
// pc and the instruction word; Kind is one of the Err* sentinels above.
type Fault struct {
	PC     uint32 // pc of the faulting instruction
	Insn   uint32 // its instruction word (0 when pc is not in the image)
	Step   uint64 // 0-based index of the faulting step
	Kind   error  // ErrCycleLimit, ErrIllegalInstruction, ...
	Detail string // what exactly, e.g. the address of a misaligned access
}

func (f *Fault) Error() string {
	s := fmt.Sprintf("program fault at pc 0x%08x (insn 0x%08x %q, step %d): %v", f.PC, f.Insn, Disassemble(f.Insn, f.PC), f.Step, f.Kind)
	if f.Detail != "" {
		s += ": " + f.Detail
	}
	return s
}

// Unwrap returns the fault's kind, for errors.Is.
func (f *Fault) Unwrap() error { return f.Kind }
