package coprocessor

import (
	"bytes"
	"testing"

	"github.com/zkprover/zkprover/contracts"
	"github.com/zkprover/zkprover/statement"
)

// FuzzDecodeRequest: any bytes either decode to a request that re-encodes
// to the same bytes (seven fields) or are refused; never a panic.
//
//	go test -run '^$' -fuzz FuzzDecodeRequest -fuzztime 60s ./doors/coprocessor
func FuzzDecodeRequest(f *testing.F) {
	r := &contracts.OffchainJobRequest{Nonce: 1, MaxCycles: 2, ProgramID: make([]byte, 32), OnchainInput: []byte{1, 2, 3}}
	seven, err := r.Encode()
	if err != nil {
		f.Fatal(err)
	}
	six, err := sixFieldArgs.Pack(sixFields{Nonce: 1, MaxCycles: 2, ProgramID: make([]byte, 32)})
	if err != nil {
		f.Fatal(err)
	}
	f.Add(seven)
	f.Add(six)
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		req, isSeven, err := DecodeRequest(b)
		if err != nil {
			return
		}
		if isSeven {
			again, err := req.Encode()
			if err != nil || !bytes.Equal(again, b) {
				t.Fatalf("seven-field request does not re-encode: %v", err)
			}
		} else if req.StateHash != contracts.Bytes32(statement.StateRoot(nil)) {
			t.Fatal("a six-field request without the empty state")
		}
	})
}

// FuzzDecodeState: the canonical state bytes round-trip; anything else is
// refused.
func FuzzDecodeState(f *testing.F) {
	f.Add(EncodeState([]statement.KV{{Key: 1, Value: 2}, {Key: 9, Value: 1}}))
	f.Add([]byte{1, 2, 3})
	f.Fuzz(func(t *testing.T, b []byte) {
		kv, err := DecodeState(b)
		if err != nil {
			return
		}
		if !bytes.Equal(EncodeState(kv), b) {
			t.Fatal("state bytes do not round-trip")
		}
	})
}
