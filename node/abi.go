package node

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"reflect"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// JobRequest is the coprocessor API's OffchainJobRequest (contracts/src/Types.sol),
// carried ABI-encoded in InputProver.batch_l2_data.
type JobRequest struct {
	Nonce             uint64
	MaxCycles         uint64
	Consumer          common.Address
	ProgramID         []byte   // 32 bytes: the statement's program id, big-endian
	OnchainInput      []byte   // at most 256 bytes
	OffchainInputHash [32]byte // statement.OffchainHash of the offchain input, big-endian
	StateHash         [32]byte // statement.StateRoot of the state the run starts from
}

// OffchainResult is contracts/src/Types.sol's OffchainResultWithMetadata: what
// a relayer passes to JobManager.submitResultForOffchainJob.
type OffchainResult struct {
	JobID               [32]byte
	OnchainInputHash    [32]byte
	OffchainInputHash   [32]byte
	MaxCycles           uint64
	ProgramID           []byte
	Result              []byte
	VersionedBlobHashes [][32]byte
	ExitCode            uint32
	OldStateRoot        [32]byte
	NewStateRoot        [32]byte
	ProofClass          uint8
	Proof               []byte
}

func mustTuple(fields ...abi.ArgumentMarshaling) abi.Arguments {
	t, err := abi.NewType("tuple", "", fields)
	if err != nil {
		panic(fmt.Sprintf("node: bad ABI tuple definition: %v", err)) // static definition below
	}
	return abi.Arguments{{Type: t}}
}

// jobRequestABI and offchainResultABI are fixed type descriptions, built once
// per call (cheap) so that the package holds no global state.
func jobRequestABI() abi.Arguments {
	return mustTuple(
		abi.ArgumentMarshaling{Name: "nonce", Type: "uint64"},
		abi.ArgumentMarshaling{Name: "maxCycles", Type: "uint64"},
		abi.ArgumentMarshaling{Name: "consumer", Type: "address"},
		abi.ArgumentMarshaling{Name: "programID", Type: "bytes"},
		abi.ArgumentMarshaling{Name: "onchainInput", Type: "bytes"},
		abi.ArgumentMarshaling{Name: "offchainInputHash", Type: "bytes32"},
		abi.ArgumentMarshaling{Name: "stateHash", Type: "bytes32"},
	)
}

func offchainResultABI() abi.Arguments {
	return mustTuple(
		abi.ArgumentMarshaling{Name: "jobID", Type: "bytes32"},
		abi.ArgumentMarshaling{Name: "onchainInputHash", Type: "bytes32"},
		abi.ArgumentMarshaling{Name: "offchainInputHash", Type: "bytes32"},
		abi.ArgumentMarshaling{Name: "maxCycles", Type: "uint64"},
		abi.ArgumentMarshaling{Name: "programID", Type: "bytes"},
		abi.ArgumentMarshaling{Name: "result", Type: "bytes"},
		abi.ArgumentMarshaling{Name: "versionedBlobHashes", Type: "bytes32[]"},
		abi.ArgumentMarshaling{Name: "exitCode", Type: "uint32"},
		abi.ArgumentMarshaling{Name: "oldStateRoot", Type: "bytes32"},
		abi.ArgumentMarshaling{Name: "newStateRoot", Type: "bytes32"},
		abi.ArgumentMarshaling{Name: "proofClass", Type: "uint8"},
		abi.ArgumentMarshaling{Name: "proof", Type: "bytes"},
	)
}

// EncodeJobRequest returns abi.encode(OffchainJobRequest).
func EncodeJobRequest(r JobRequest) ([]byte, error) {
	b, err := jobRequestABI().Pack(r)
	if err != nil {
		return nil, fmt.Errorf("encoding job request: %w", err)
	}
	return b, nil
}

// DecodeJobRequest decodes abi.encode(OffchainJobRequest). The encoding must
// be canonical: re-encoding the decoded request gives the same bytes, so one
// request has exactly one encoding (the one its signature covers).
func DecodeJobRequest(b []byte) (JobRequest, error) {
	vals, err := jobRequestABI().Unpack(b)
	if err != nil {
		return JobRequest{}, fmt.Errorf("decoding job request (%d bytes): %w", len(b), err)
	}
	if len(vals) != 1 {
		return JobRequest{}, fmt.Errorf("decoding job request: %d values, want 1", len(vals))
	}
	// The decoded value is an anonymous struct with exactly JobRequest's
	// fields; copy it field by field through a re-pack to stay panic-free.
	var r JobRequest
	if err := abiCopy(vals[0], &r); err != nil {
		return JobRequest{}, fmt.Errorf("decoding job request: %w", err)
	}
	again, err := EncodeJobRequest(r)
	if err != nil {
		return JobRequest{}, err
	}
	if !bytes.Equal(again, b) {
		return JobRequest{}, fmt.Errorf("decoding job request: not a canonical abi.encode(OffchainJobRequest) (%d bytes, canonical form has %d)", len(b), len(again))
	}
	return r, nil
}

// EncodeOffchainResult returns abi.encode(OffchainResultWithMetadata).
func EncodeOffchainResult(r OffchainResult) ([]byte, error) {
	if r.VersionedBlobHashes == nil {
		r.VersionedBlobHashes = [][32]byte{}
	}
	b, err := offchainResultABI().Pack(r)
	if err != nil {
		return nil, fmt.Errorf("encoding result with metadata: %w", err)
	}
	return b, nil
}

// JobID is the coprocessor job id: keccak256(abi.encodePacked(uint64 nonce, address consumer)).
func JobID(nonce uint64, consumer common.Address) [32]byte {
	var pre [28]byte
	binary.BigEndian.PutUint64(pre[:8], nonce)
	copy(pre[8:], consumer[:])
	return crypto.Keccak256Hash(pre[:])
}

// abiCopy copies the fields of a struct decoded by go-ethereum's abi package
// into dst (a pointer to a struct with the same field names and types),
// returning an error instead of panicking on any mismatch.
func abiCopy(src any, dst any) error {
	sv := reflect.ValueOf(src)
	dv := reflect.ValueOf(dst)
	if dv.Kind() != reflect.Pointer || dv.Elem().Kind() != reflect.Struct || sv.Kind() != reflect.Struct {
		return fmt.Errorf("unexpected decoded value of type %T", src)
	}
	dv = dv.Elem()
	if sv.NumField() != dv.NumField() {
		return fmt.Errorf("decoded %d fields, want %d", sv.NumField(), dv.NumField())
	}
	for i := 0; i < dv.NumField(); i++ {
		name := dv.Type().Field(i).Name
		f := sv.FieldByName(name)
		if !f.IsValid() {
			return fmt.Errorf("decoded value has no field %s", name)
		}
		if !f.Type().AssignableTo(dv.Field(i).Type()) {
			return fmt.Errorf("field %s: decoded %s, want %s", name, f.Type(), dv.Field(i).Type())
		}
		dv.Field(i).Set(f)
	}
	return nil
}

// DecodeOffchainResult decodes abi.encode(OffchainResultWithMetadata).
func DecodeOffchainResult(b []byte) (OffchainResult, error) {
	vals, err := offchainResultABI().Unpack(b)
	if err != nil {
		return OffchainResult{}, fmt.Errorf("decoding result with metadata (%d bytes): %w", len(b), err)
	}
	if len(vals) != 1 {
		return OffchainResult{}, fmt.Errorf("decoding result with metadata: %d values, want 1", len(vals))
	}
	var r OffchainResult
	if err := abiCopy(vals[0], &r); err != nil {
		return OffchainResult{}, fmt.Errorf("decoding result with metadata: %w", err)
	}
	return r, nil
}
