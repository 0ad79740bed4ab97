package contracts

import (
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/zkprover/zkprover/contracts/bindings"
)

// Revert is a decoded revert reason: a custom error of one of the zkprover contracts (or of a
// gnark verifier), or a plain Error(string).
type Revert struct {
	Name string        // e.g. "ProofRejected", "IntervalMismatch", "Error" for require strings
	Args []interface{} // the error's arguments
	Data []byte        // the raw revert data
}

// Selector is the 4-byte id of the error.
func (r *Revert) Selector() [4]byte {
	var s [4]byte
	copy(s[:], r.Data)
	return s
}

func (r *Revert) String() string {
	var parts []string
	for _, a := range r.Args {
		switch v := a.(type) {
		case []byte:
			parts = append(parts, hexutil.Encode(v))
		case [32]byte: // bytes32: a job id, a state root
			parts = append(parts, hexutil.Encode(v[:]))
		default:
			parts = append(parts, fmt.Sprint(v))
		}
	}
	return r.Name + "(" + strings.Join(parts, ", ") + ")"
}

var errorABIs = func() []*abi.ABI {
	var out []*abi.ABI
	for _, md := range []interface{ GetAbi() (*abi.ABI, error) }{
		bindings.JobManagerMetaData, bindings.VerifierRegistryMetaData, bindings.CoordinatorMetaData,
		bindings.StatefulCounterMetaData, bindings.OutputConsumerMetaData, bindings.SubscriptionStoreMetaData,
		bindings.ToyVerifierMetaData, bindings.SequenceRollupMetaData,
	} {
		a, err := md.GetAbi()
		if err != nil {
			panic(fmt.Sprintf("contracts: generated ABI does not parse: %v", err))
		}
		out = append(out, a)
	}
	return out
}()

// RevertData extracts the revert data carried by an error from a node (eth_call or gas
// estimation of a reverting transaction); ok is false when err carries none.
func RevertData(err error) ([]byte, bool) {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil, false
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return nil, false
	}
	b, derr := hexutil.Decode(s)
	if derr != nil {
		return nil, false
	}
	return b, true
}

// DecodeRevert decodes revert data against the errors of the zkprover contracts and gnark's
// verifier, and Solidity's Error(string) and Panic(uint256). It returns an error for data it
// does not know.
func DecodeRevert(data []byte) (*Revert, error) {
	if len(data) < 4 {
		return nil, fmt.Errorf("revert data of %d bytes has no selector", len(data))
	}
	if msg, err := abi.UnpackRevert(data); err == nil {
		return &Revert{Name: "Error", Args: []interface{}{msg}, Data: data}, nil
	}
	var id [4]byte
	copy(id[:], data)
	for _, a := range errorABIs {
		e, err := a.ErrorByID(id)
		if err != nil {
			continue
		}
		args, err := e.Inputs.Unpack(data[4:])
		if err != nil {
			return nil, fmt.Errorf("decoding the arguments of %s: %w", e.Name, err)
		}
		return &Revert{Name: e.Name, Args: args, Data: data}, nil
	}
	return nil, fmt.Errorf("unknown revert selector %x", id)
}

// DecodeRevertError decodes the revert reason carried by an error from a node.
func DecodeRevertError(err error) (*Revert, error) {
	data, ok := RevertData(err)
	if !ok {
		return nil, fmt.Errorf("no revert data in %w", err)
	}
	return DecodeRevert(data)
}
