package coprocessor

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/zkprover/zkprover/doors/chain"
	"github.com/zkprover/zkprover/jobs"
	pb "github.com/zkprover/zkprover/proto/coprocessor_node/v1"
)

// fakeOnchain is the chain door's bridge with onchain jobs only, by "0x" + job id.
type fakeOnchain map[string]chain.Status

func (f fakeOnchain) RelayStatus(string) (*jobs.RelayInfo, bool) { return nil, false }

func (f fakeOnchain) Status(id string) (chain.Status, error) {
	if st, ok := f[id]; ok {
		return st, nil
	}
	return chain.Status{}, errors.New("no chain request")
}

// TestGetResultOnchainJobs: GetResult answers for the onchain jobs the node follows that never
// had a node job: rejected by the node (a consumer with a state: review, they read as
// NotFound while the docs promised FAILED) or cancelled on chain; an offchain request's entry
// and an id the chain door does not know stay NotFound.
func TestGetResultOnchainJobs(t *testing.T) {
	td := startDoor(t, t.TempDir(), false)
	ids := map[string][32]byte{"rejected": {1}, "cancelled": {2}, "offchain": {3}, "unknown": {4}}
	hexID := func(id [32]byte) string { return "0x" + common.Bytes2Hex(id[:]) }
	src := fakeOnchain{
		hexID(ids["rejected"]): {Entry: chain.Entry{ID: "job/" + hexID(ids["rejected"]), Stage: chain.StageRejected,
			Reason: "the consumer's state root is not the empty state's", Nonce: 4, MaxCycles: 1 << 20, Consumer: consumer, Input: []byte{7}}},
		hexID(ids["cancelled"]): {Entry: chain.Entry{ID: "job/" + hexID(ids["cancelled"]), Stage: chain.StageCancelled, Nonce: 5, Consumer: consumer}},
		hexID(ids["offchain"]):  {Entry: chain.Entry{ID: "job/" + hexID(ids["offchain"]), Stage: chain.StageRejected, Request: []byte{1}}},
	}
	door, err := New(Options{Jobs: td.jobs, Dir: filepath.Join(t.TempDir(), "index"), Bridge: func() Bridge { return src }, Logger: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	defer door.Close()
	ctx := context.Background()
	for name, want := range map[string]string{"rejected": "rejected by the node: the consumer's state root", "cancelled": "cancelled on chain"} {
		id := ids[name]
		res, err := door.GetResult(ctx, &pb.GetResultRequest{JobId: id[:]})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		r := res.JobResult
		if r.Status.Status != pb.JobStatusType_JOB_STATUS_TYPE_FAILED || !strings.Contains(r.Status.GetFailureReason(), want) ||
			r.Nonce != src[hexID(id)].Nonce || common.BytesToAddress(r.ConsumerAddress) != consumer {
			t.Fatalf("%s: %+v, want FAILED naming %q", name, r, want)
		}
	}
	for _, name := range []string{"offchain", "unknown"} {
		id := ids[name]
		if _, err := door.GetResult(ctx, &pb.GetResultRequest{JobId: id[:]}); status.Code(err) != codes.NotFound {
			t.Fatalf("%s: %v, want NotFound", name, err)
		}
	}
}
