package node

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"

	"github.com/zkprover/zkprover/executor"
	pb "github.com/zkprover/zkprover/proto/zkprover/v1"
	"github.com/zkprover/zkprover/statement"
)

// Request is the canonical job, whatever door it came through (the zkprover
// service, the aggregator channel, the coprocessor API). It is what the queue
// stores (JSON) and what workers run. The program's ELF travels separately:
// ELF is set only when the caller supplied it, and it is stored once per
// program, never with the job.
type Request struct {
	ProgramID  [32]byte          `json:"program_id"` // big-endian program id
	Onchain    []byte            `json:"onchain,omitempty"`
	Offchain   []byte            `json:"offchain,omitempty"`
	State      []statement.KV    `json:"state,omitempty"` // ascending keys, non-zero values
	Context    statement.Context `json:"context"`
	MaxCycles  uint64            `json:"max_cycles"`
	Nonce      uint64            `json:"nonce"`
	Consumer   common.Address    `json:"consumer"`
	Signature  []byte            `json:"signature,omitempty"`   // requester's signature on JobRequest
	JobRequest []byte            `json:"job_request,omitempty"` // abi.encode(OffchainJobRequest) as received

	ELF []byte `json:"-"` // the program's ELF when the caller sent it
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

// decodeHex parses "0x"-prefixed (or bare) hex. what names the value in errors.
func decodeHex(what, s string) ([]byte, error) {
	t := strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
	b, err := hex.DecodeString(t)
	if err != nil {
		return nil, invalidf("%s is not valid hex: %v", what, err)
	}
	return b, nil
}

// parseWord parses a "0x%08x" state key or value (1 to 8 hex digits).
func parseWord(what, s string) (uint32, error) {
	t := strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
	if len(t) == 0 || len(t) > 8 {
		return 0, invalidf("%s %q is not a 32-bit hex word (\"0x%%08x\")", what, s)
	}
	v, err := strconv.ParseUint(t, 16, 32)
	if err != nil {
		return 0, invalidf("%s %q is not a 32-bit hex word: %v", what, s, err)
	}
	return uint32(v), nil
}

// ParseState turns the wire's db map into a sorted state (zero values are
// absent keys and are dropped; two spellings of one key are an error).
func ParseState(db map[string]string) ([]statement.KV, error) {
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
			return nil, invalidf("db key 0x%08x appears twice", key)
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

// RequestFromInput maps an InputProver onto the canonical job (the wire
// mapping of docs/node.md) and checks everything that needs no store: hex,
// the job request's encoding, the program id of a supplied ELF, the offchain
// input hash and the state root. Errors wrap ErrInvalid.
func RequestFromInput(in *pb.InputProver, lim executor.Limits) (*Request, error) {
	if in == nil {
		return nil, invalidf("input is missing")
	}
	if in.BatchL2Data == "" {
		return nil, invalidf("batch_l2_data is empty: it must carry \"0x\" + hex of abi.encode(OffchainJobRequest)")
	}
	raw, err := decodeHex("batch_l2_data", in.BatchL2Data)
	if err != nil {
		return nil, err
	}
	jr, err := DecodeJobRequest(raw)
	if err != nil {
		return nil, invalidf("batch_l2_data: %v", err)
	}
	if len(jr.ProgramID) != 32 {
		return nil, invalidf("job request programID has %d bytes, want 32", len(jr.ProgramID))
	}
	if jr.MaxCycles == 0 {
		return nil, invalidf("job request maxCycles is zero")
	}
	if len(jr.OnchainInput) > statement.MaxOnchainInputBytes {
		return nil, invalidf("onchain input of %d bytes (max %d)", len(jr.OnchainInput), statement.MaxOnchainInputBytes)
	}
	r := &Request{
		Onchain:    jr.OnchainInput,
		Offchain:   in.OffchainInput,
		MaxCycles:  jr.MaxCycles,
		Nonce:      jr.Nonce,
		Consumer:   jr.Consumer,
		Signature:  in.Signature,
		JobRequest: raw,
	}
	copy(r.ProgramID[:], jr.ProgramID)

	// The program, when sent: "0x"+id -> "0x"+ELF, the id must be the job's
	// and the one the node computes from the ELF.
	if n := len(in.ContractsBytecode); n > 1 {
		return nil, invalidf("contracts_bytecode has %d programs; send at most the job's one", n)
	}
	for k, v := range in.ContractsBytecode {
		id, err := decodeHex("contracts_bytecode key", k)
		if err != nil {
			return nil, err
		}
		if !bytes.Equal(id, r.ProgramID[:]) {
			return nil, invalidf("contracts_bytecode key 0x%x is not the job's program id %s", id, r.ProgramIDHex())
		}
		elf, err := decodeHex("contracts_bytecode value (program ELF)", v)
		if err != nil {
			return nil, err
		}
		prog, err := executor.LoadELF(elf, lim)
		if err != nil {
			return nil, invalidf("program %s: %v", k, err)
		}
		if got := FieldBytes(prog.ID); got != r.ProgramID {
			return nil, invalidf("program id mismatch: contracts_bytecode says %s, the ELF's id is %s", r.ProgramIDHex(), prog.IDHex())
		}
		r.ELF = elf
	}

	if len(r.Offchain) > lim.MaxOffchainBytes && lim.MaxOffchainBytes > 0 {
		return nil, invalidf("offchain input of %d bytes (max %d)", len(r.Offchain), lim.MaxOffchainBytes)
	}
	if got := FieldBytes(statement.OffchainHash(r.Offchain)); got != jr.OffchainInputHash {
		return nil, invalidf("offchain input hash mismatch: job request has 0x%x, offchain_input (%d bytes) hashes to 0x%x", jr.OffchainInputHash, len(r.Offchain), got)
	}

	if r.State, err = ParseState(in.Db); err != nil {
		return nil, err
	}
	if lim.MaxStateEntries > 0 && len(r.State) > lim.MaxStateEntries {
		return nil, invalidf("state of %d entries (max %d)", len(r.State), lim.MaxStateEntries)
	}
	root := FieldBytes(statement.StateRoot(r.State))
	if root != jr.StateHash {
		return nil, invalidf("state root mismatch: job request stateHash is 0x%x, db (%d entries) has root 0x%x", jr.StateHash, len(r.State), root)
	}

	pi := in.PublicInputs
	if pi == nil {
		pi = &pb.PublicInputs{}
	}
	if pi.OldStateRoot != "" {
		old, err := decodeHex("public_inputs.old_state_root", pi.OldStateRoot)
		if err != nil {
			return nil, err
		}
		if !bytes.Equal(old, root[:]) {
			return nil, invalidf("public_inputs.old_state_root 0x%x does not match the state root of db 0x%x", old, root)
		}
	}
	r.Context = statement.Context{ChainID: uint64(pi.ChainId), Timestamp: pi.EthTimestamp, BatchNum: uint64(pi.BatchNum)}
	if pi.SequencerAddr != "" {
		a, err := decodeHex("public_inputs.sequencer_addr", pi.SequencerAddr)
		if err != nil {
			return nil, err
		}
		if len(a) != 20 {
			return nil, invalidf("public_inputs.sequencer_addr has %d bytes, want 20", len(a))
		}
		copy(r.Context.Sequencer[:], a)
	}
	return r, nil
}

// InputOptions describe a job for NewInput (clients and tests).
type InputOptions struct {
	Nonce     uint64
	MaxCycles uint64
	Consumer  common.Address
	Signature []byte
	// IncludeELF sends the ELF in contracts_bytecode; leave it false when the
	// node already knows the program.
	IncludeELF bool
}

// NewInput builds the InputProver for running prog (loaded from elf) on in:
// the ABI-encoded job request, the db, the old state root and the context.
func NewInput(elf []byte, prog *executor.Program, in *executor.Input, o InputOptions) (*pb.InputProver, error) {
	id := FieldBytes(prog.ID)
	jr := JobRequest{
		Nonce:             o.Nonce,
		MaxCycles:         o.MaxCycles,
		Consumer:          o.Consumer,
		ProgramID:         id[:],
		OnchainInput:      in.Onchain,
		OffchainInputHash: FieldBytes(statement.OffchainHash(in.Offchain)),
		StateHash:         FieldBytes(statement.StateRoot(in.State)),
	}
	if jr.MaxCycles == 0 {
		jr.MaxCycles = executor.DefaultMaxCycles
	}
	raw, err := EncodeJobRequest(jr)
	if err != nil {
		return nil, err
	}
	ctx := in.Context
	if ctx.ChainID > 0xffffffff || ctx.BatchNum > 0xffffffff {
		return nil, fmt.Errorf("chain id %d or batch number %d does not fit the wire's uint32", ctx.ChainID, ctx.BatchNum)
	}
	out := &pb.InputProver{
		PublicInputs: &pb.PublicInputs{
			OldStateRoot:  "0x" + hex.EncodeToString(jr.StateHash[:]),
			SequencerAddr: "0x" + hex.EncodeToString(ctx.Sequencer[:]),
			ChainId:       uint32(ctx.ChainID),
			BatchNum:      uint32(ctx.BatchNum),
			EthTimestamp:  ctx.Timestamp,
		},
		BatchL2Data:   "0x" + hex.EncodeToString(raw),
		Db:            FormatState(in.State),
		OffchainInput: in.Offchain,
		Signature:     o.Signature,
	}
	if o.IncludeELF {
		out.ContractsBytecode = map[string]string{"0x" + hex.EncodeToString(id[:]): "0x" + hex.EncodeToString(elf)}
	}
	return out, nil
}
