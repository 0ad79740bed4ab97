package zkprover

import (
	"encoding/json"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/jobs"
	pb "github.com/zkprover/zkprover/proto/zkprover/v1"
	"github.com/zkprover/zkprover/queue"
	"github.com/zkprover/zkprover/statement"
)

// relayTable is a RelayStatuses over a map, changed while the node serves.
type relayTable struct {
	mu sync.Mutex
	m  map[string]jobs.RelayInfo
}

func (r *relayTable) RelayStatus(id string) (*jobs.RelayInfo, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	i, ok := r.m[id]
	if !ok {
		return nil, false
	}
	return &i, true
}

func (r *relayTable) set(id string, i jobs.RelayInfo) {
	r.mu.Lock()
	r.m[id] = i
	r.mu.Unlock()
}

func TestGetProofRelayStatus(t *testing.T) {
	var relays atomic.Pointer[relayTable]
	tn := startDoor(t, t.TempDir(), Reports{Relays: func() jobs.RelayStatuses {
		if r := relays.Load(); r != nil {
			return r
		}
		return nil
	}}, nil)
	ctx := ctxT(t)
	elf := readExample(t, "fibonacci")
	var ids []string
	for i := range 2 {
		r, err := tn.client.GenProof(ctx, &pb.GenProofRequest{Input: input(t, elf, &executor.Input{Onchain: words(uint32(5 + i))},
			InputOptions{IncludeELF: true, Nonce: uint64(i)})})
		if err != nil || r.Result != pb.GenProofResponse_RESULT_GEN_PROOF_OK {
			t.Fatalf("GenProof: %v %v", r, err)
		}
		ids = append(ids, r.Id)
	}
	stream, err := tn.client.GetProof(ctx)
	if err != nil {
		t.Fatal(err)
	}
	ask := func(id string) *pb.GetProofResponse {
		t.Helper()
		if err := stream.Send(&pb.GetProofRequest{Id: id}); err != nil {
			t.Fatal(err)
		}
		resp, err := stream.Recv()
		if err != nil || resp.Id != id {
			t.Fatalf("GetProof %s: %v %v", id, resp, err)
		}
		return resp
	}

	// No chain side: no relay field.
	if r := ask(ids[0]); r.Relay != nil {
		t.Fatalf("relay status without a chain side: %v", r.Relay)
	}

	table := &relayTable{m: map[string]jobs.RelayInfo{}}
	relays.Store(table)
	at := time.Unix(1_700_000_000, 0)
	table.set(ids[0], jobs.RelayInfo{State: "proving", RelayID: "job/0x01", Summary: "proving", UpdatedAt: at})
	r := ask(ids[0])
	if r.Result != pb.GetProofResponse_RESULT_GET_PROOF_PENDING || r.Relay.GetState() != "proving" ||
		r.Relay.GetRelayId() != "job/0x01" || r.Relay.GetUpdatedAt() != uint64(at.Unix()) || r.Relay.GetTxHash() != "" {
		t.Fatalf("proving: %v", r)
	}
	// A job of no chain request: state none.
	if r := ask(ids[1]); r.Relay.GetState() != jobs.RelayNone {
		t.Fatalf("job of no chain request: %v", r.Relay)
	}
	// The answer follows the source as the delivery moves on.
	hash := "0x5a1e000000000000000000000000000000000000000000000000000000000042"
	table.set(ids[0], jobs.RelayInfo{State: "confirmed", TxHash: hash, Block: 42, Attempts: 2, RelayID: "job/0x01",
		Summary: "confirmed in block 42 (" + hash + ")", UpdatedAt: at.Add(time.Minute)})
	r = ask(ids[0])
	if g := r.Relay; g.GetState() != "confirmed" || g.GetTxHash() != hash || g.GetBlockNumber() != 42 || g.GetAttempts() != 2 ||
		g.GetUpdatedAt() != uint64(at.Unix()+60) || g.GetSummary() == "" {
		t.Fatalf("confirmed: %v", g)
	}
	table.set(ids[0], jobs.RelayInfo{State: "failed", Reason: "reverted: JobAlreadyCompleted", Attempts: 1, RelayID: "job/0x01"})
	if g := ask(ids[0]).Relay; g.GetState() != "failed" || g.GetReason() != "reverted: JobAlreadyCompleted" || g.GetUpdatedAt() != 0 {
		t.Fatalf("failed: %v", g)
	}

	// The chain side stops: no relay field again.
	relays.Store(nil)
	if r := ask(ids[0]); r.Relay != nil {
		t.Fatalf("relay status after the chain side stopped: %v", r.Relay)
	}
	if err := stream.CloseSend(); err != nil {
		t.Fatal(err)
	}
}

// TestJobTopResponse: a job proven up to its run's top proof (aggregator
// channel) answers COMPLETED_OK with its public values and output, proof
// kind "job-top" and no proof.
func TestJobTopResponse(t *testing.T) {
	pv := jobs.PublicValues{ProgramID: "0x01", OldStateRoot: "0x02", NewStateRoot: "0x03", InputHash: "0x04",
		Context: statement.Context{ChainID: 7, BatchNum: 3, Timestamp: 9}}
	raw, err := json.Marshal(pv)
	if err != nil {
		t.Fatal(err)
	}
	job := queue.Job{ID: "j", State: queue.Done, Result: &queue.Result{ExitCode: 2, Output: []byte{5}, Cycles: 14,
		Public: raw, Top: json.RawMessage(`{"version":1,"kind":"job-top"}`)}}
	r := JobResponse(job)
	if r.Result != pb.GetProofResponse_RESULT_GET_PROOF_COMPLETED_OK || r.ProofKind != KindJobTop || r.Proof != nil ||
		r.SolidityCalldata != "" || r.Output != "0x05" || r.ExitCode != 2 || r.ProgramId != "0x01" ||
		r.Public.GetPublicInputs().GetNewStateRoot() != "0x03" || r.Public.GetPublicInputs().GetBatchNum() != 3 {
		t.Fatalf("%v", r)
	}
}
