package executor

// Machine constants (docs/zkvm.md, "Machine").
const (
	RAMSize  uint32 = 0x4000_0000 // RAM is [0, RAMSize)
	StackTop uint32 = RAMSize     // initial sp set by the guest runtime
)

// Default limits (docs/zkvm.md, "Limits").
const (
	DefaultMaxCycles        = 1 << 27  // steps
	DefaultMaxTraceSteps    = 1 << 24  // steps recorded by RunTrace (about 2.2 GB of trace)
	DefaultMaxImageBytes    = 16 << 20 // bytes of [base, end)
	DefaultMaxOffchainBytes = 1 << 20
	DefaultMaxStateEntries  = 4096
	DefaultMaxLogLine       = 1024
	DefaultMaxLogBytes      = 64 << 10
	DefaultMaxMemoryBytes   = 256 << 20 // RAM pages a run may touch, image included
)

// Limits caps what a program may use. A zero field means its default.
type Limits struct {
	MaxImageBytes    uint32 // size of the loaded image [base, end)
	MaxOffchainBytes int    // offchain input
	MaxStateEntries  int    // non-zero state entries, before and after any STATE_SET
	MaxLogLine       uint32 // bytes of one LOG call
	MaxLogBytes      int    // bytes of all LOG calls of a run
	MaxMemoryBytes   uint64 // RAM a run may touch (counted in pages of PageBytes)
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

func (l Limits) withDefaults() Limits {
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

// Config configures a run. A zero field means its default, so Config{} is
// the default configuration.
type Config struct {
	MaxCycles     uint64 // a run not halted after this many steps stops with ErrCycleLimit
	MaxTraceSteps uint64 // RunTrace refuses runs longer than this (ErrTraceTooLong)
	Limits        Limits
}

// DefaultConfig returns the documented defaults.
func DefaultConfig() Config {
	return Config{MaxCycles: DefaultMaxCycles, MaxTraceSteps: DefaultMaxTraceSteps, Limits: DefaultLimits()}
}

func (c Config) withDefaults() Config {
	if c.MaxCycles == 0 {
		c.MaxCycles = DefaultMaxCycles
	}
	if c.MaxTraceSteps == 0 {
		c.MaxTraceSteps = DefaultMaxTraceSteps
	}
	c.Limits = c.Limits.withDefaults()
	return c
}
