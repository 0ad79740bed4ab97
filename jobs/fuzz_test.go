package jobs

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkprover/zkprover/errs"
	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/statement"
)

// Run each with (docs/security.md lists the runs made):
//
//	go test -run '^$' -fuzz '^FuzzDecodeJobRequest$' -fuzztime 90s ./jobs
//	go test -run '^$' -fuzz '^FuzzDecodeOffchainResult$' -fuzztime 90s ./jobs
//	go test -run '^$' -fuzz '^FuzzParseState$' -fuzztime 90s ./jobs

// FuzzDecodeJobRequest feeds arbitrary bytes to the ABI decoder of
// OffchainJobRequest (batch_l2_data) and to Build: no panic; what decodes is
// canonical (encoding it again gives the same bytes); what Build refuses is
// errs.ErrInvalid.
func FuzzDecodeJobRequest(f *testing.F) {
	for _, r := range []JobRequest{
		{Nonce: 1, MaxCycles: 1 << 20, ProgramID: bytes.Repeat([]byte{0x25}, 32), OnchainInput: []byte{10, 0, 0, 0}},
		{Nonce: 7, MaxCycles: 1, Consumer: common.HexToAddress("0x00000000000000000000000000000000000000aa"), ProgramID: make([]byte, 32),
			OnchainInput: make([]byte, statement.MaxOnchainInputBytes)},
		{MaxCycles: 3, ProgramID: []byte{1}},
	} {
		b, err := EncodeJobRequest(r)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte{})
	f.Add(make([]byte, 32*9))
	f.Fuzz(func(t *testing.T, data []byte) {
		jr, err := DecodeJobRequest(data)
		if err == nil {
			again, err := EncodeJobRequest(jr)
			if err != nil {
				t.Fatalf("a decoded request does not encode: %v", err)
			}
			if !bytes.Equal(again, data) {
				t.Fatalf("accepted a non-canonical encoding:\n%x\nencodes as\n%x", data, again)
			}
		}
		r, err := Build(Spec{JobRequest: data}, executor.Limits{})
		if err != nil {
			if !errors.Is(err, errs.ErrInvalid) {
				t.Fatalf("refusal is not errs.ErrInvalid: %v", err)
			}
			return
		}
		if len(data) > MaxJobRequestBytes || r.MaxCycles == 0 || len(r.Onchain) > statement.MaxOnchainInputBytes {
			t.Fatalf("accepted an out-of-bounds job request: %+v", r)
		}
	})
}

// FuzzDecodeOffchainResult feeds arbitrary bytes to the ABI decoder of
// OffchainResultWithMetadata: no panic, and what decodes is canonical.
func FuzzDecodeOffchainResult(f *testing.F) {
	in := OffchainResult{ProgramID: bytes.Repeat([]byte{7}, 32), Result: []byte{1, 0, 0, 0}, ExitCode: 3, ProofClass: 8,
		MaxCycles: 99, Proof: bytes.Repeat([]byte{9}, 384), VersionedBlobHashes: [][32]byte{{1}}}
	b, err := EncodeOffchainResult(in)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := DecodeOffchainResult(data)
		if err != nil {
			return
		}
		again, err := EncodeOffchainResult(r)
		if err != nil {
			t.Fatalf("a decoded result does not encode: %v", err)
		}
		if !bytes.Equal(again, data) {
			t.Fatalf("accepted a non-canonical encoding:\n%x\nencodes as\n%x", data, again)
		}
	})
}

// FuzzParseState feeds arbitrary db maps (the fuzzed text as "key=value"
// entries separated by ';') to ParseState: no panic; a refusal is
// errs.ErrInvalid; an accepted state has strictly ascending keys and no zero
// value, has at most one entry per db entry, and reads back the same from its
// own wire form (FormatState).
func FuzzParseState(f *testing.F) {
	f.Add("0x00000001=0x00000002;0x3=0xffffffff")
	f.Add("0x1=0x0")
	f.Add("0x1=0x1;0x00000001=0x2")
	f.Add("0X0000000A=0Xabcdef01")
	f.Add("=;x=y;0x123456789=1")
	f.Fuzz(func(t *testing.T, text string) {
		db := map[string]string{}
		for _, e := range strings.Split(text, ";") {
			k, v, _ := strings.Cut(e, "=")
			db[k] = v
		}
		st, err := ParseState(db)
		if err != nil {
			if !errors.Is(err, errs.ErrInvalid) {
				t.Fatalf("refusal is not errs.ErrInvalid: %v", err)
			}
			return
		}
		if len(st) > len(db) {
			t.Fatalf("%d entries from a db of %d", len(st), len(db))
		}
		for i, kv := range st {
			if kv.Value == 0 || (i > 0 && st[i-1].Key >= kv.Key) {
				t.Fatalf("accepted state not canonical at %d: %v", i, st)
			}
		}
		back, err := ParseState(FormatState(st))
		if err != nil {
			t.Fatalf("the wire form of an accepted state is refused: %v", err)
		}
		if len(back) != len(st) {
			t.Fatalf("round trip: %v -> %v", st, back)
		}
		for i := range st {
			if back[i] != st[i] {
				t.Fatalf("round trip: %v -> %v", st, back)
			}
		}
		if err := (&executor.Input{State: st}).Validate(executor.Limits{}); err != nil {
			t.Fatalf("the executor refuses an accepted state: %v", err)
		}
	})
}
