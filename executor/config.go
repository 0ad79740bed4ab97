package executor

import (
	"fmt"

	"github.com/zkprover/zkprover/isa"
)

// Machine constants (docs/zkvm.md, "Machine"); package isa holds them for the
// executor, the circuit and the guest header.
const (
	RAMSize  uint32 = isa.RAMSize  // RAM is [0, RAMSize)
	StackTop uint32 = isa.StackTop // initial sp set by the guest runtime
)

// Default limits (docs/zkvm.md, "Limits"). Each is the zkVM's maximum
// (package isa), which the circuit enforces too: a configuration may lower a
// limit but not raise it (Limits.Validate).
const (
	DefaultMaxCycles        = 1 << 27              // steps of a run (not a proof: see MaxTraceSteps)
	DefaultMaxTraceSteps    = isa.MaxSteps         // steps recorded by RunTrace: the largest class (about 2.2 GB of trace)
	DefaultMaxImageBytes    = isa.MaxImageBytes    // bytes of [base, end)
	DefaultMaxOffchainBytes = isa.MaxOffchainBytes // offchain input bytes
	DefaultMaxStateEntries  = isa.MaxStateEntries  // non-zero state entries
	DefaultMaxLogLine       = isa.MaxLogLine       // bytes of one LOG call
	DefaultMaxLogBytes      = isa.MaxLogBytes      // bytes of all LOG calls
	DefaultMaxMemoryBytes   = isa.MaxMemoryBytes   // RAM pages a run may use, image included
)

// Limits caps what a program may use. A zero field means its default, which
// is also the most it may be (Validate).
type Limits struct {
	MaxImageBytes    uint32 // size of the loaded image [base, end)
	MaxOffchainBytes int    // offchain input
	MaxStateEntries  int    // non-zero state entries, before and after any STATE_SET
	MaxLogLine       uint32 // bytes of one LOG call
	MaxLogBytes      int    // bytes of all LOG calls of a run
	MaxMemoryBytes   uint64 // RAM a run may use, counted in pages of PageBytes: every page holding an image word or a word a load, a store or a precompile call (SHA256_COMPRESS, KECCAK_F) accessed
}

// DefaultLimits returns the documented default limits.
func DefaultLimits() Limits {
	return Limits{
		MaxImageBytes:    DefaultMaxImageBytes,
		MaxOffchainBytes: DefaultMaxOffchainBytes,
		MaxStateEntries:  DefaultMaxStateEntries,
		MaxLogLine:       DefaultMaxLogLine,
		MaxLogBytes:      DefaultMaxLogBytes,
		MaxMemoryBytes:   DefaultMaxMemoryBytes,
	}
}

// WithDefaults is l with each zero limit replaced by its default (the
// limits a run is held to).
func (l Limits) WithDefaults() Limits {
	d := DefaultLimits()
	if l.MaxImageBytes == 0 {
		l.MaxImageBytes = d.MaxImageBytes
	}
	if l.MaxOffchainBytes == 0 {
		l.MaxOffchainBytes = d.MaxOffchainBytes
	}
	if l.MaxStateEntries == 0 {
		l.MaxStateEntries = d.MaxStateEntries
	}
	if l.MaxLogLine == 0 {
		l.MaxLogLine = d.MaxLogLine
	}
	if l.MaxLogBytes == 0 {
		l.MaxLogBytes = d.MaxLogBytes
	}
	if l.MaxMemoryBytes == 0 {
		l.MaxMemoryBytes = d.MaxMemoryBytes
	}
	return l
}

// Validate rejects a limit above the zkVM's maximum (package isa), which is
// what the circuit enforces: with a higher limit the executor would accept
// runs that no proof can cover. Lower limits are allowed (such an executor
// refuses some runs that others can prove). Negative limits are rejected
// too. Errors wrap ErrBadConfig.
func (l Limits) Validate() error {
	for _, c := range []struct {
		name     string
		val, max int64
	}{
		{"MaxImageBytes", int64(l.MaxImageBytes), isa.MaxImageBytes},
		{"MaxOffchainBytes", int64(l.MaxOffchainBytes), isa.MaxOffchainBytes},
		{"MaxStateEntries", int64(l.MaxStateEntries), isa.MaxStateEntries},
		{"MaxLogLine", int64(l.MaxLogLine), isa.MaxLogLine},
		{"MaxLogBytes", int64(l.MaxLogBytes), isa.MaxLogBytes},
		{"MaxMemoryBytes", int64(min(l.MaxMemoryBytes, 1<<62)), isa.MaxMemoryBytes},
	} {
		if c.val < 0 || c.val > c.max {
			return fmt.Errorf("limit %s = %d outside [0, %d], the zkVM's maximum that the circuit enforces: %w", c.name, c.val, c.max, ErrBadConfig)
		}
	}
	return nil
}

// Config configures a run. A zero field means its default, so Config{} is
// the default configuration.
type Config struct {
	MaxCycles     uint64 // a run not halted after this many steps stops with ErrCycleLimit
	MaxTraceSteps uint64 // RunTrace refuses runs longer than this (ErrTraceTooLong); at most isa.MaxSteps
	Limits        Limits
}

// DefaultConfig returns the documented defaults.
func DefaultConfig() Config {
	return Config{MaxCycles: DefaultMaxCycles, MaxTraceSteps: DefaultMaxTraceSteps, Limits: DefaultLimits()}
}

// Validate checks the limits (Limits.Validate) and that MaxTraceSteps is at
// most isa.MaxSteps, the largest run a proof covers. MaxCycles has no
// maximum: a run longer than isa.MaxSteps executes but cannot be proven
// (RunTrace reports ErrTraceTooLong). Errors wrap ErrBadConfig.
func (c Config) Validate() error {
	if c.MaxTraceSteps > isa.MaxSteps {
		return fmt.Errorf("MaxTraceSteps = %d over %d, the largest class of the circuit: %w", c.MaxTraceSteps, isa.MaxSteps, ErrBadConfig)
	}
	return c.Limits.Validate()
}

func (c Config) WithDefaults() Config {
	if c.MaxCycles == 0 {
		c.MaxCycles = DefaultMaxCycles
	}
	if c.MaxTraceSteps == 0 {
		c.MaxTraceSteps = DefaultMaxTraceSteps
	}
	c.Limits = c.Limits.WithDefaults()
	return c
}
