// Package isa holds the constants of the zkVM's machine interface, in one
// place for the executor (executor/), the circuit (circuits/) and the C guest
// header (guest/zkvm.h, kept in step by this package's tests): system-call
// numbers, context fields, the memory layout and the limits of a run.
// docs/zkvm.md is the specification; docs/circuit.md ("Limits") says which
// side enforces each limit. The package has no dependencies.
package isa

// System-call numbers: the value of a7 at an ECALL (docs/zkvm.md, "System
// calls"). Any other number stops the run.
const (
	SysHalt         = 0 // a0 = exit code
	SysReadOnchain  = 1 // a0 = word index -> a0 = word
	SysReadOffchain = 2 // a0 = word index -> a0 = word
	SysReadContext  = 3 // a0 = field -> a0 = value
	SysWriteOutput  = 4 // a0 = word appended to the output
	SysStateGet     = 5 // a0 = key -> a0 = value
	SysStateSet     = 6 // a0 = key, a1 = value
	SysLog          = 7 // a0 = pointer, a1 = length
	// SysSha256Compress is the SHA-256 compression precompile: a0 = pointer
	// to the 8-word state H0..H7 (updated in place), a1 = pointer to the
	// 64-byte message block as it lies in memory (FIPS 180-4's 16 big-endian
	// words W0..W15); both 4-aligned, inside RAM and not overlapping
	// (Sha256CompressCall).
	SysSha256Compress = 8
	// SysKeccakF is the Keccak-f[1600] precompile: a0 = pointer to the 25
	// 64-bit lanes (50 little-endian 32-bit words, lane k = words 2k, 2k+1),
	// permuted in place; 4-aligned and inside RAM.
	SysKeccakF  = 9
	NumSyscalls = 10 // the numbers are 0 .. NumSyscalls-1
)

// IsIOCall reports whether call num moves input or output words
// (READ_ONCHAIN, READ_OFFCHAIN, READ_CONTEXT, WRITE_OUTPUT): programs make
// these word by word, so the circuit proves them in a table of their own
// (its I/O table; the other calls go to its system-call table), and a
// segment's limits count them apart (executor.SegmentLimits IO and Sys).
func IsIOCall(num uint32) bool {
	switch num {
	case SysReadOnchain, SysReadOffchain, SysReadContext, SysWriteOutput:
		return true
	}
	return false
}

// Registers of the system-call ABI.
const (
	RegA0 = 10 // first argument and result
	RegA1 = 11 // second argument
	RegA7 = 17 // call number
)

// Fields of READ_CONTEXT (a0 = field).
const (
	CtxOnchainLen  = 0 // onchain input length in bytes
	CtxOffchainLen = 1 // offchain input length in bytes
	CtxChainIDLo   = 2
	CtxChainIDHi   = 3
	CtxTimestampLo = 4
	CtxTimestampHi = 5
	CtxBatchLo     = 6
	CtxBatchHi     = 7
	CtxSequencer   = 8  // 8..12: the 20-byte sequencer address as 5 big-endian words
	NumCtxFields   = 13 // the fields are 0 .. NumCtxFields-1
)

// Memory layout.
const (
	RAMSize  = 0x4000_0000 // RAM is the byte addresses [0, RAMSize)
	RAMWords = RAMSize / 4 // RAM word addresses are [0, RAMWords)
	StackTop = RAMSize     // initial sp set by the guest runtime's _start
	// PageBytes is the unit in which RAM use is counted (MaxMemoryBytes).
	PageBytes = 1 << 14

	// Memory-table addresses (docs/zkvm.md, "Trace"): RAM word w is w,
	// register r is RegBase + r, state key k is StateBase + k.
	RegBase   = 1 << 30
	StateBase = 1 << 31
)

// Limits of a run. The statement fixes the first three; the others are the
// executor's defaults and at the same time the most the circuit accepts: an
// executor configuration may lower them (it then refuses runs that others can
// prove) but never raise them (a run it accepted could not be proven).
const (
	MaxOnchainBytes  = 256 // onchain input (statement: 64 words)
	MaxOutputWords   = 64  // output words (statement)
	MaxOutputBytes   = 4 * MaxOutputWords
	MaxLogLine       = 1024     // bytes of one LOG call
	MaxLogBytes      = 64 << 10 // bytes of all LOG calls of a run
	MaxOffchainBytes = 1 << 20  // offchain input
	MaxStateEntries  = 4096     // non-zero state entries, before and after any STATE_SET
	MaxImageBytes    = 16 << 20 // loaded image [base, end)
	// MaxMemoryBytes caps the RAM a run uses, counted in whole pages of
	// PageBytes: every page that holds an image word or a word a load or a
	// store accessed.
	MaxMemoryBytes = 256 << 20
	MaxMemoryPages = MaxMemoryBytes / PageBytes
	// MaxSteps is the largest number of steps (cycles, HALT included) a
	// proof can cover: the step capacity of the largest circuit class.
	MaxSteps = 1 << 24
)
