package executor

import "github.com/zkprover/zkprover/isa"

// Memory-table address spaces (docs/zkvm.md, "Trace"). A memory-table address
// is a RAM word index, a register, or a state key, kept apart by offsets.
const (
	RegBase   uint64 = isa.RegBase   // register r lives at RegBase + r
	StateBase uint64 = isa.StateBase // state key k lives at StateBase + k
)

// Access slots of a step.
const (
	SlotA    = 0 // register read: rs1, or a7 for ECALL
	SlotB    = 1 // register read: rs2, or a0 for ECALL
	SlotM    = 2 // memory access: RAM word of a load/store, state[key] for STATE_GET/SET (unused by SHA256_COMPRESS and KECCAK_F: Step.Pre)
	SlotD    = 3 // register write: rd (or a0/a1 for ECALL, see docs/zkvm.md)
	NumSlots = 4
)

// TS is the timestamp of slot s of step i (0-based). Initial values have
// timestamp 0.
func TS(step int, slot int) uint32 { return uint32(4*step + slot + 1) }

// Access is one read-modify-write access of a memory-table address.
// Fields are ordered to pack into 24 bytes (a Step is 112 bytes: pc, insn,
// four accesses and the Pre pointer).
type Access struct {
	Addr   uint64 // memory-table address
	Prev   uint32 // value before the access
	Val    uint32 // value after the access (== Prev for reads)
	PrevTS uint32 // timestamp of the previous access to Addr, 0 for the initial value
	Used   bool
}

// Step is one executed instruction with everything the circuit needs.
type Step struct {
	PC   uint32
	Insn uint32
	Acc  [NumSlots]Access
	// Pre is the memory part of a precompile call (SHA256_COMPRESS,
	// KECCAK_F), nil for every other step.
	Pre *Precompile
}

// Precompile is the memory part of a precompile system call: its accesses
// of RAM words, all at the timestamp of the step's slot M (TS(step,
// SlotM)), each address once. SHA256_COMPRESS (isa.SysSha256Compress):
// Acc[0..7] are the state words a0/4+j (read and written: Prev is the old
// state word, Val the new), Acc[8..23] the block words a1/4+j (read:
// Val == Prev). KECCAK_F (isa.SysKeccakF): Acc[j] for j < 50 is the word
// a0/4+j of the 25 lanes (lane k = words 2k, low half, and 2k+1, high half;
// lanes in FIPS 202 order x + 5y), read and written: Prev is the old word,
// Val the word after the Keccak-f[1600] permutation.
type Precompile struct {
	Acc []Access
}

// MemRow is one row of the final memory table.
type MemRow struct {
	Addr    uint64 // memory-table address; rows are sorted by Addr, strictly increasing
	Init    uint32 // initial value (image word, initial state value, or zero)
	Final   uint32 // value after the run
	FinalTS uint32 // timestamp of the last access, 0 if never accessed
}

// Trace is a run recorded for proving.
type Trace struct {
	Steps  []Step   // one per cycle, the last one is the HALT call
	Memory []MemRow // every image word, touched RAM word, touched register and state key (touched or initial)
}
