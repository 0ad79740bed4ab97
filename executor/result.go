package executor

import (
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkprover/zkprover/isa"
	"github.com/zkprover/zkprover/statement"
)

// Input is what a run reads besides its program.
type Input struct {
	Onchain  []byte         // at most 256 bytes; public in full
	Offchain []byte         // at most Limits.MaxOffchainBytes; bound by its hash
	State    []statement.KV // the state before the run: ascending distinct keys, non-zero values
	Context  statement.Context
}

// Validate checks the input against the statement's fixed sizes and lim.
// Errors wrap ErrBadInput, or ErrBadConfig for a lim above the zkVM's
// maximum (Limits.Validate).
func (in *Input) Validate(lim Limits) error {
	if err := lim.Validate(); err != nil {
		return err
	}
	lim = lim.WithDefaults()
	if len(in.Onchain) > isa.MaxOnchainBytes {
		return fmt.Errorf("onchain input of %d bytes (max %d): %w", len(in.Onchain), isa.MaxOnchainBytes, ErrBadInput)
	}
	if len(in.Offchain) > lim.MaxOffchainBytes {
		return fmt.Errorf("offchain input of %d bytes (max %d): %w", len(in.Offchain), lim.MaxOffchainBytes, ErrBadInput)
	}
	if len(in.State) > lim.MaxStateEntries {
		return fmt.Errorf("state of %d entries (max %d): %w", len(in.State), lim.MaxStateEntries, ErrBadInput)
	}
	for i, kv := range in.State {
		if kv.Value == 0 {
			return fmt.Errorf("state key 0x%08x has value zero (absent keys are left out): %w", kv.Key, ErrBadInput)
		}
		if i > 0 && in.State[i-1].Key >= kv.Key {
			return fmt.Errorf("state keys not strictly ascending at 0x%08x after 0x%08x: %w", kv.Key, in.State[i-1].Key, ErrBadInput)
		}
	}
	return nil
}

// SyscallCounters counts system calls by number.
type SyscallCounters struct {
	Halt         uint64 `json:"halt"`
	ReadOnchain  uint64 `json:"read_onchain"`
	ReadOffchain uint64 `json:"read_offchain"`
	ReadContext  uint64 `json:"read_context"`
	WriteOutput  uint64 `json:"write_output"`
	StateGet     uint64 `json:"state_get"`
	StateSet     uint64 `json:"state_set"`
	Log          uint64 `json:"log"`
	// Sha256Compress counts SHA256_COMPRESS calls (each reads 24 RAM words
	// and writes 8, counted in Counters.MemReads and MemWrites).
	Sha256Compress uint64 `json:"sha256_compress"`
	// KeccakF counts KECCAK_F calls (each reads and writes 50 RAM words,
	// counted in Counters.MemReads and MemWrites).
	KeccakF uint64 `json:"keccak_f"`
}

// Counters describe what a run did.
type Counters struct {
	ALU       uint64          `json:"alu"`        // arithmetic, logic, shifts, compares, LUI, AUIPC
	MulDiv    uint64          `json:"mul_div"`    // M extension
	Load      uint64          `json:"load"`       // LB, LH, LW, LBU, LHU
	Store     uint64          `json:"store"`      // SB, SH, SW
	Branch    uint64          `json:"branch"`     // conditional branches
	Jump      uint64          `json:"jump"`       // JAL, JALR
	Fence     uint64          `json:"fence"`      // FENCE (no-op)
	Ecall     uint64          `json:"ecall"`      // system calls
	MemReads  uint64          `json:"mem_reads"`  // RAM word reads (loads, 24 per SHA256_COMPRESS: 8 state and 16 block words, 50 per KECCAK_F) plus bytes read by LOG
	MemWrites uint64          `json:"mem_writes"` // RAM word writes (stores, 8 state words per SHA256_COMPRESS, 50 per KECCAK_F)
	MemBytes  uint64          `json:"mem_bytes"`  // RAM in use at the end: pages of the image and of loaded or stored words
	Syscalls  SyscallCounters `json:"syscalls"`
}

// Result is the outcome of a halted run.
type Result struct {
	ExitCode     uint32
	Output       []byte // a whole number of words, at most 256 bytes
	OldStateRoot fr.Element
	StateRoot    fr.Element
	State        []statement.KV // the new state: ascending keys, non-zero values
	Changed      []statement.KV // keys whose value changed, with the new value (0 = removed)
	Logs         []string
	Cycles       uint64 // steps up to and including HALT
	Counters     Counters
}

// Public is the statement this run attests, for program p and input in.
func (r *Result) Public(p *Program, in *Input) statement.Public {
	return statement.Public{
		ProgramID:    p.ID,
		Context:      in.Context,
		OnchainInput: in.Onchain,
		OffchainHash: statement.OffchainHash(in.Offchain),
		OldStateRoot: r.OldStateRoot,
		NewStateRoot: r.StateRoot,
		ExitCode:     r.ExitCode,
		Output:       r.Output,
	}
}
