package jobs

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"

	"github.com/zkprover/zkprover/errs"
	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/isa"
	"github.com/zkprover/zkprover/statement"
)

// Request is the canonical job, whatever door it came through (the zkprover
// service, the aggregator channel, the coprocessor API). It is what the queue
// stores (JSON) and what workers run. The program's ELF travels separately:
// ELF is set only when the caller supplied it, and it is stored once per
// program, never with the job.
type Request struct {
	ProgramID [32]byte          `json:"program_id"` // big-endian program id
	Onchain   []byte            `json:"onchain,omitempty"`
	Offchain  []byte            `json:"offchain,omitempty"`
	State     []statement.KV    `json:"state,omitempty"` // ascending keys, non-zero values
	Context   statement.Context `json:"context"`
	MaxCycles uint64            `json:"max_cycles"`
	// RunCap (optional) stops the run earlier than MaxCycles: MaxCycles is
	// the bound a final proof attests (what the contract hashes, e.g. a
	// subscription's 2^maxProofClass), RunCap the node's own lower limit
	// for this job. 0: none.
	RunCap     uint64         `json:"run_cap,omitempty"`
	Nonce      uint64         `json:"nonce"`
	Consumer   common.Address `json:"consumer"`
	Signature  []byte         `json:"signature,omitempty"`   // requester's signature on JobRequest
	JobRequest []byte         `json:"job_request,omitempty"` // abi.encode(OffchainJobRequest) as received
	// Top: prove the run in segments even when it fits a class, and keep
	// its top proof (queue.Result.Top) for aggregation with the jobs before
	// and after it (the aggregator channel; docs/aggregator.md). Ignored
	// when long runs are off.
	Top bool `json:"top,omitempty"`

	ELF []byte `json:"-"` // the program's ELF when the caller sent it

	// prog is ELF as Build loaded it (nil when none was sent or the Request
	// was not built): Validate, Submit and Execute use it rather than load
	// and hash the ELF again (built).
	prog    *executor.Program
	progELF []byte
}

// SetProgram names the program elf, which the caller loaded as prog
// (Service.AddProgramFor): Validate, Submit and Execute use prog rather
// than load and hash the ELF again.
func (r *Request) SetProgram(elf []byte, prog *executor.Program) {
	r.ProgramID = FieldBytes(prog.ID)
	r.ELF, r.prog, r.progELF = elf, prog, elf
}

// built is the program Build loaded from r.ELF, or nil: none, or r.ELF is
// not the slice it was loaded from any more.
func (r *Request) built() *executor.Program {
	if r.prog == nil || len(r.ELF) == 0 || len(r.ELF) != len(r.progELF) || &r.ELF[0] != &r.progELF[0] {
		return nil
	}
	return r.prog
}

// ProgramIDHex is the program id as "0x" + 64 hex digits.
func (r *Request) ProgramIDHex() string { return "0x" + hex.EncodeToString(r.ProgramID[:]) }

// Input is the executor input of the job.
func (r *Request) Input() *executor.Input {
	return &executor.Input{Onchain: r.Onchain, Offchain: r.Offchain, State: r.State, Context: r.Context}
}

// FieldBytes is the 32-byte big-endian form of a field element (program id,
// hashes, state roots) as used on the wire and on chain.
func FieldBytes(e fr.Element) [32]byte { return e.Bytes() }

// FieldHex is "0x" + the 64 hex digits of FieldBytes(e).
func FieldHex(e fr.Element) string {
	b := e.Bytes()
	return "0x" + hex.EncodeToString(b[:])
}

// DecodeHex parses "0x"-prefixed (or bare) hex. what names the value in errors,
// which wrap errs.ErrInvalid.
func DecodeHex(what, s string) ([]byte, error) {
	t := strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
	b, err := hex.DecodeString(t)
	if err != nil {
		return nil, errs.Invalidf("%s is not valid hex: %v", what, err)
	}
	return b, nil
}

// parseWord parses a "0x%08x" state key or value (1 to 8 hex digits).
func parseWord(what, s string) (uint32, error) {
	t := strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
	if len(t) == 0 || len(t) > 8 {
		return 0, errs.Invalidf("%s %q is not a 32-bit hex word (\"0x%%08x\")", what, s)
	}
	v, err := strconv.ParseUint(t, 16, 32)
	if err != nil {
		return 0, errs.Invalidf("%s %q is not a 32-bit hex word: %v", what, s, err)
	}
	return uint32(v), nil
}

// ParseState turns the wire's db map into a sorted state (zero values are
// absent keys and are dropped; two spellings of one key are an error).
func ParseState(db map[string]string) ([]statement.KV, error) {
	// Bounded before any parsing (or hashing): no state of the zkVM has more
	// entries; a lower configured limit is checked by Build.
	if len(db) > isa.MaxStateEntries {
		return nil, errs.Invalidf("state of %d entries (at most %d)", len(db), isa.MaxStateEntries)
	}
	kv := make([]statement.KV, 0, len(db))
	seen := make(map[uint32]bool, len(db))
	for k, v := range db {
		key, err := parseWord("db key", k)
		if err != nil {
			return nil, err
		}
		val, err := parseWord(fmt.Sprintf("db value of key %s", k), v)
		if err != nil {
			return nil, err
		}
		if seen[key] {
			return nil, errs.Invalidf("db key 0x%08x appears twice", key)
		}
		seen[key] = true
		if val != 0 {
			kv = append(kv, statement.KV{Key: key, Value: val})
		}
	}
	sort.Slice(kv, func(a, b int) bool { return kv[a].Key < kv[b].Key })
	return kv, nil
}

// FormatState is the wire form of a state: "0x%08x" keys and values.
func FormatState(kv []statement.KV) map[string]string {
	m := make(map[string]string, len(kv))
	for _, e := range kv {
		m[fmt.Sprintf("0x%08x", e.Key)] = fmt.Sprintf("0x%08x", e.Value)
	}
	return m
}

// Spec is a job as a door received it, in the door's terms mapped onto the
// canonical fields; Build checks it and makes the Request.
type Spec struct {
	// JobRequest is abi.encode(OffchainJobRequest) (contracts/src/Types.sol).
	JobRequest []byte
	// Offchain is the offchain input; its hash must be the job request's.
	Offchain []byte
	// State is the program's state; its root must be the job request's stateHash.
	State []statement.KV
	// OldStateRoot, when set, must be the state's root too (a door's own field
	// for it, e.g. zkprover.v1 public_inputs.old_state_root).
	OldStateRoot []byte
	// Programs are the ELFs sent with the job, by the program id the caller
	// gives each (at most one: the job's).
	Programs map[string][]byte
	// Context is the statement's context.
	Context statement.Context
	// Signature is the requester's signature on JobRequest.
	Signature []byte
	// Top: see Request.Top.
	Top bool
}

// Build checks everything about a job that needs no store (the job request's
// encoding and bounds, the program id of a supplied ELF, the offchain input
// hash, the state's size and root) and returns the canonical Request. Every
// size is checked before anything is decoded beyond the job request's fixed
// head or hashed. Errors wrap errs.ErrInvalid.
func (s *Service) Build(sp Spec) (*Request, error) { return build(sp, s.opts.Limits, s.opts.OnCheck) }

// Build is Service.Build with explicit executor limits (a zero limit: its
// default).
func Build(sp Spec, lim executor.Limits) (*Request, error) { return build(sp, lim, nil) }

func build(sp Spec, lim executor.Limits, onCheck func(step string, n int)) (*Request, error) {
	if len(sp.JobRequest) == 0 {
		return nil, errs.Invalidf("the job request is empty: it must be abi.encode(OffchainJobRequest)")
	}
	// Sizes first: what follows decodes and hashes.
	if err := checkSizes(Sizes{JobRequest: len(sp.JobRequest), Offchain: len(sp.Offchain), State: len(sp.State), Programs: len(sp.Programs)}, lim); err != nil {
		return nil, err
	}
	jr, err := DecodeJobRequest(sp.JobRequest)
	if err != nil {
		return nil, errs.Invalidf("%v", err)
	}
	if len(jr.ProgramID) != 32 {
		return nil, errs.Invalidf("job request programID has %d bytes, want 32", len(jr.ProgramID))
	}
	if jr.MaxCycles == 0 {
		return nil, errs.Invalidf("job request maxCycles is zero")
	}
	if len(jr.OnchainInput) > statement.MaxOnchainInputBytes {
		return nil, errs.Invalidf("onchain input of %d bytes (max %d)", len(jr.OnchainInput), statement.MaxOnchainInputBytes)
	}
	r := &Request{
		Onchain:    jr.OnchainInput,
		Offchain:   sp.Offchain,
		MaxCycles:  jr.MaxCycles,
		Nonce:      jr.Nonce,
		Consumer:   jr.Consumer,
		Signature:  sp.Signature,
		Top:        sp.Top,
		JobRequest: sp.JobRequest,
		Context:    sp.Context,
	}
	copy(r.ProgramID[:], jr.ProgramID)

	// The program, when sent: the id must be the job's and the one the node
	// computes from the ELF.
	for k, elf := range sp.Programs {
		id, err := DecodeHex("program id", k)
		if err != nil {
			return nil, err
		}
		if !bytes.Equal(id, r.ProgramID[:]) {
			return nil, errs.Invalidf("program 0x%x is not the job's program id %s", id, r.ProgramIDHex())
		}
		checking(onCheck, CheckProgram, len(elf))
		prog, err := executor.LoadELF(elf, lim)
		if err != nil {
			return nil, errs.Invalidf("program %s: %v", k, err)
		}
		if got := FieldBytes(prog.ID); got != r.ProgramID {
			return nil, errs.Invalidf("program id mismatch: the job names %s, the ELF's id is %s", r.ProgramIDHex(), prog.IDHex())
		}
		r.ELF, r.prog, r.progELF = elf, prog, elf
	}

	checking(onCheck, CheckOffchain, len(r.Offchain))
	if got := FieldBytes(statement.OffchainHash(r.Offchain)); got != jr.OffchainInputHash {
		return nil, errs.Invalidf("offchain input hash mismatch: job request has 0x%x, the offchain input (%d bytes) hashes to 0x%x", jr.OffchainInputHash, len(r.Offchain), got)
	}
	r.State = sp.State
	checking(onCheck, CheckState, len(r.State))
	root := FieldBytes(statement.StateRoot(r.State))
	if root != jr.StateHash {
		return nil, errs.Invalidf("state root mismatch: job request stateHash is 0x%x, the state (%d entries) has root 0x%x", jr.StateHash, len(r.State), root)
	}
	if sp.OldStateRoot != nil && !bytes.Equal(sp.OldStateRoot, root[:]) {
		return nil, errs.Invalidf("old state root 0x%x does not match the state's root 0x%x", sp.OldStateRoot, root)
	}
	return r, nil
}

// SpecOf is the Spec of running prog on in (clients and tests): the
// ABI-encoded job request with the input's hashes.
func SpecOf(prog *executor.Program, in *executor.Input, nonce, maxCycles uint64, consumer common.Address) (Spec, error) {
	id := FieldBytes(prog.ID)
	if maxCycles == 0 {
		maxCycles = executor.DefaultMaxCycles
	}
	raw, err := EncodeJobRequest(JobRequest{
		Nonce:             nonce,
		MaxCycles:         maxCycles,
		Consumer:          consumer,
		ProgramID:         id[:],
		OnchainInput:      in.Onchain,
		OffchainInputHash: FieldBytes(statement.OffchainHash(in.Offchain)),
		StateHash:         FieldBytes(statement.StateRoot(in.State)),
	})
	if err != nil {
		return Spec{}, err
	}
	return Spec{JobRequest: raw, Offchain: in.Offchain, State: in.State, Context: in.Context}, nil
}
