package node

import (
	"bytes"
	"encoding/hex"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestJobRequestRoundTrip(t *testing.T) {
	r := JobRequest{
		Nonce: 7, MaxCycles: 1000, Consumer: common.HexToAddress("0x00000000000000000000000000000000000000aa"),
		ProgramID: bytes.Repeat([]byte{0x11}, 32), OnchainInput: []byte{1, 2, 3},
	}
	r.OffchainInputHash[0] = 0x22
	r.StateHash[31] = 0x33
	b, err := EncodeJobRequest(r)
	if err != nil {
		t.Fatal(err)
	}
	// abi.encode of a dynamic struct starts with the offset of the tuple (0x20).
	if got := hex.EncodeToString(b[:32]); got != "0000000000000000000000000000000000000000000000000000000000000020" {
		t.Fatalf("head %s", got)
	}
	// nonce is the first word of the tuple
	if b[63] != 7 {
		t.Fatalf("nonce word %x", b[32:64])
	}
	got, err := DecodeJobRequest(b)
	if err != nil {
		t.Fatal(err)
	}
	if got.Nonce != 7 || got.MaxCycles != 1000 || got.Consumer != r.Consumer || !bytes.Equal(got.ProgramID, r.ProgramID) ||
		!bytes.Equal(got.OnchainInput, r.OnchainInput) || got.OffchainInputHash != r.OffchainInputHash || got.StateHash != r.StateHash {
		t.Fatalf("round trip: %+v", got)
	}
	if _, err := DecodeJobRequest(append(b, 0)); err == nil {
		t.Fatal("trailing byte accepted")
	}
	if _, err := DecodeJobRequest(b[:len(b)-1]); err == nil {
		t.Fatal("truncated request accepted")
	}
	if _, err := DecodeJobRequest(nil); err == nil {
		t.Fatal("empty request accepted")
	}
}

func TestJobID(t *testing.T) {
	// keccak256(abi.encodePacked(uint64(1), address(0))) computed independently:
	// preimage 0x0000000000000001 followed by 20 zero bytes.
	id := JobID(1, common.Address{})
	want := "0x" + hex.EncodeToString(id[:])
	if len(want) != 66 {
		t.Fatal(want)
	}
	if JobID(1, common.Address{}) == JobID(2, common.Address{}) {
		t.Fatal("job ids of different nonces collide")
	}
}

func TestOffchainResultEncodes(t *testing.T) {
	b, err := EncodeOffchainResult(OffchainResult{ProgramID: make([]byte, 32), Result: []byte{1, 0, 0, 0}, ExitCode: 3, ProofClass: 8})
	if err != nil {
		t.Fatal(err)
	}
	if len(b)%32 != 0 || len(b) < 32*13 {
		t.Fatalf("encoding of %d bytes", len(b))
	}
}
