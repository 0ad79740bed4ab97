package jobs

import (
	"bytes"
	"encoding/hex"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
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
	// abi.encodePacked(uint64 nonce, address consumer) is the 8-byte
	// big-endian nonce followed by the 20 address bytes.
	consumer := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	pre, _ := hex.DecodeString("0000000000000102" + "00000000000000000000000000000000000000aa")
	if got, want := JobID(0x102, consumer), crypto.Keccak256Hash(pre); got != [32]byte(want) {
		t.Fatalf("JobID = %x, want %x", got, want)
	}
	if JobID(1, common.Address{}) == JobID(2, common.Address{}) {
		t.Fatal("job ids of different nonces collide")
	}
}

func TestOffchainResultRoundTrip(t *testing.T) {
	in := OffchainResult{ProgramID: bytes.Repeat([]byte{7}, 32), Result: []byte{1, 0, 0, 0}, ExitCode: 3, ProofClass: 8,
		MaxCycles: 99, Proof: bytes.Repeat([]byte{9}, 384), VersionedBlobHashes: [][32]byte{{1}}}
	in.JobID[0], in.NewStateRoot[31] = 1, 2
	b, err := EncodeOffchainResult(in)
	if err != nil {
		t.Fatal(err)
	}
	if len(b)%32 != 0 || len(b) < 32*13 {
		t.Fatalf("encoding of %d bytes", len(b))
	}
	out, err := DecodeOffchainResult(b)
	if err != nil {
		t.Fatal(err)
	}
	if out.JobID != in.JobID || out.NewStateRoot != in.NewStateRoot || out.ExitCode != 3 || out.ProofClass != 8 || out.MaxCycles != 99 ||
		!bytes.Equal(out.Proof, in.Proof) || !bytes.Equal(out.ProgramID, in.ProgramID) || len(out.VersionedBlobHashes) != 1 {
		t.Fatalf("round trip: %+v", out)
	}
	if _, err := DecodeOffchainResult(b[:100]); err == nil {
		t.Fatal("truncated result decoded")
	}
}
