package coprocessor

import (
	"encoding/binary"
	"fmt"
	"sort"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/zkprover/zkprover/contracts"
	"github.com/zkprover/zkprover/errs"
	"github.com/zkprover/zkprover/isa"
	"github.com/zkprover/zkprover/statement"
)

// Bounds of a SubmitJob request, checked before anything is decoded or
// hashed. The request's own fields are bounded by the ABI decoder's
// canonical-encoding check and by the statement (onchain input <= 256 bytes).
const (
	MaxRequestBytes   = 4096 // abi.encode(OffchainJobRequest): 7 words, a 32-byte program id, <= 256 bytes of input
	MaxSignatureBytes = 1024 // 65 bytes for an ECDSA signature; EIP-1271 signatures may be longer
	stateEntryBytes   = 8    // key and value, little-endian uint32 each
)

// sixFieldArgs is upstream's OffchainJobRequest without stateHash.
var sixFieldArgs = func() abi.Arguments {
	t, err := abi.NewType("tuple", "", []abi.ArgumentMarshaling{
		{Name: "nonce", Type: "uint64"}, {Name: "maxCycles", Type: "uint64"}, {Name: "consumer", Type: "address"},
		{Name: "programID", Type: "bytes"}, {Name: "onchainInput", Type: "bytes"}, {Name: "offchainInputHash", Type: "bytes32"},
	})
	if err != nil {
		panic(err)
	}
	return abi.Arguments{{Type: t}}
}()

// sixFields is upstream's OffchainJobRequest (no stateHash).
type sixFields struct {
	Nonce             uint64
	MaxCycles         uint64
	Consumer          common.Address
	ProgramID         []byte
	OnchainInput      []byte
	OffchainInputHash [32]byte
}

// DecodeRequest decodes abi.encode(OffchainJobRequest) in either form: the
// seven fields of seed 000 (with stateHash), or upstream's six (without; the
// state is then the empty state). sevenField says which. The encoding must
// be canonical (re-encoding gives the same bytes).
func DecodeRequest(b []byte) (req *contracts.OffchainJobRequest, sevenField bool, err error) {
	if len(b) > MaxRequestBytes {
		return nil, false, errs.Invalidf("request of %d bytes (at most %d)", len(b), MaxRequestBytes)
	}
	if q, err7 := contracts.DecodeOffchainJobRequest(b); err7 == nil {
		return q, true, nil
	}
	vals, err := sixFieldArgs.Unpack(b)
	if err != nil || len(vals) != 1 {
		return nil, false, errs.Invalidf("request is neither abi.encode(OffchainJobRequest) with stateHash (7 fields) nor without (6 fields)")
	}
	six, ok := abi.ConvertType(vals[0], new(sixFields)).(*sixFields)
	if !ok {
		return nil, false, errs.Invalidf("request (6 fields) does not decode")
	}
	again, err := sixFieldArgs.Pack(six)
	if err != nil || string(again) != string(b) {
		return nil, false, errs.Invalidf("request (6 fields) is not canonically encoded")
	}
	return &contracts.OffchainJobRequest{
		Nonce: six.Nonce, MaxCycles: six.MaxCycles, Consumer: six.Consumer, ProgramID: six.ProgramID,
		OnchainInput: six.OnchainInput, OffchainInputHash: six.OffchainInputHash,
		StateHash: contracts.Bytes32(statement.StateRoot(nil)),
	}, false, nil
}

// DecodeState reads the canonical state bytes: entries of 8 bytes (key, then
// value, little-endian uint32), keys strictly ascending, values non-zero. The
// size is checked first.
func DecodeState(b []byte) ([]statement.KV, error) {
	if len(b)%stateEntryBytes != 0 {
		return nil, errs.Invalidf("state of %d bytes: want 8-byte entries (key, value: little-endian uint32)", len(b))
	}
	n := len(b) / stateEntryBytes
	if n > isa.MaxStateEntries {
		return nil, errs.Invalidf("state of %d entries (at most %d)", n, isa.MaxStateEntries)
	}
	kv := make([]statement.KV, n)
	for i := range kv {
		kv[i] = statement.KV{Key: binary.LittleEndian.Uint32(b[8*i:]), Value: binary.LittleEndian.Uint32(b[8*i+4:])}
		if kv[i].Value == 0 {
			return nil, errs.Invalidf("state entry %d (key 0x%08x) has value 0: absent keys are left out", i, kv[i].Key)
		}
		if i > 0 && kv[i].Key <= kv[i-1].Key {
			return nil, errs.Invalidf("state keys not strictly ascending at entry %d", i)
		}
	}
	return kv, nil
}

// EncodeState is the canonical state bytes of a state (zero values dropped).
func EncodeState(kv []statement.KV) []byte {
	s := make([]statement.KV, 0, len(kv))
	for _, e := range kv {
		if e.Value != 0 {
			s = append(s, e)
		}
	}
	sort.Slice(s, func(a, b int) bool { return s[a].Key < s[b].Key })
	out := make([]byte, 0, stateEntryBytes*len(s))
	for _, e := range s {
		out = binary.LittleEndian.AppendUint32(out, e.Key)
		out = binary.LittleEndian.AppendUint32(out, e.Value)
	}
	return out
}

func hexAddr(a common.Address) string { return fmt.Sprintf("%x", a[:]) }
