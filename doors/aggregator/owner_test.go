package aggregator

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/uuid"
	"google.golang.org/protobuf/encoding/protojson"

	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/jobs"
	pb "github.com/zkprover/zkprover/proto/aggregator/v1"
	"github.com/zkprover/zkprover/prover"
)

// acceptAll is a verifier that accepts every proof: the ownership test needs
// a final proof made, not a real one.
type acceptAll struct{}

func (acceptAll) Verify(*prover.Proof) error { return nil }

// TestWorkOwnedByItsAggregator: with two aggregators, each one's
// aggregations, sequence final proofs and final proofs are its own, as its
// batch jobs are: the other does not see them in GetStatus, reads them as
// unknown ids and cannot cancel them; items and final proofs recorded before
// owners were stay visible to both (review finding: every pending work id
// was listed to every stream, and any aggregator could read and cancel
// another's).
func TestWorkOwnedByItsAggregator(t *testing.T) {
	a1 := startAgg(t, "127.0.0.1:0", 3)
	a2 := startAgg(t, "127.0.0.1:0", 3)
	// Long runs whose keys never load: the work loop leaves items pending.
	tn := startNode(t, t.TempDir(), nodeOpts{name: "both", forkID: 3, aggs: []string{a1.addr(), a2.addr()}, long: jobs.NewLongRuns(),
		verifier: func(context.Context) (Verifier, error) { return acceptAll{}, nil }})
	tn.jobs.SetReady()
	p1, p2 := a1.next(t), a2.next(t)
	c := tn.client

	// A final proof made on p1's stream.
	in := &executor.Input{Onchain: words(5)}
	prog, err := executor.LoadELF(counterELF(), executor.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	run, err := executor.Run(t.Context(), prog, in, executor.Config{})
	if err != nil {
		t.Fatal(err)
	}
	pub := run.Public(prog, in)
	batch, err := batchOf(pub, mustRequest(t, in, 1), accInputs{}, 3)
	if err != nil {
		t.Fatal(err)
	}
	rp, err := recursiveProofJSON("", &prover.Proof{Version: prover.ProofVersion, Public: pub}, batch, nil)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := p1.call("", finalReq(rp, ""))
	if err != nil {
		t.Fatal(err)
	}
	fr := resp.GetGenFinalProofResponse()
	if fr.GetResult() != pb.Result_RESULT_OK {
		t.Fatalf("GenFinalProof: %v", fr)
	}
	final := fr.Id

	// Aggregations of each aggregator (as GenAggregatedProof records them:
	// long-run keys are too costly here) and one recorded before owners were.
	own1, own2, legacy := uuid.NewString(), uuid.NewString(), uuid.NewString()
	for id, owner := range map[string]string{own1: "aggregator " + a1.addr(), own2: "aggregator " + a2.addr(), legacy: ""} {
		if err := c.work.add(&workRecord{ID: id, Kind: workAggregate, Inputs: []string{"a", "b"}, Owner: owner}); err != nil {
			t.Fatal(err)
		}
	}
	// A final proof file written before owners were: the FinalProof alone.
	legacyFinal := uuid.NewString()
	raw, err := protojson.Marshal(&pb.FinalProof{Proof: "0x00"})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(c.opts.FinalDir, legacyFinal+".json"), raw, 0o644); err != nil {
		t.Fatal(err)
	}

	for _, x := range []struct {
		p           *proverConn
		own, others string
	}{{p1, own1, own2}, {p2, own2, own1}} {
		ids := x.p.mustStatus(t).PendingRequestQueueIds
		if !slices.Contains(ids, x.own) || !slices.Contains(ids, legacy) || slices.Contains(ids, x.others) {
			t.Errorf("GetStatus lists %v: want its own %s and the legacy %s, not %s", ids, x.own, legacy, x.others)
		}
		if g := x.p.getProof(t, x.others, 0); g.Result != pb.GetProofResponse_RESULT_ERROR || !strings.Contains(g.ResultString, "unknown id") {
			t.Errorf("GetProof of the other aggregator's aggregation: %v", g)
		}
		if g := x.p.getProof(t, x.own, 0); g.Result != pb.GetProofResponse_RESULT_PENDING {
			t.Errorf("GetProof of its own aggregation: %v", g)
		}
		if g := x.p.getProof(t, legacy, 0); g.Result != pb.GetProofResponse_RESULT_PENDING {
			t.Errorf("GetProof of an aggregation recorded before owners: %v", g)
		}
		if g := x.p.getProof(t, legacyFinal, 0); g.Result != pb.GetProofResponse_RESULT_COMPLETED_OK || g.GetFinalProof().GetProof() != "0x00" {
			t.Errorf("GetProof of a final proof stored before owners: %v", g)
		}
	}
	// p2 cannot cancel p1's aggregation; p1 can.
	cancel := func(p *proverConn, id string) pb.Result {
		t.Helper()
		resp, err := p.call("", cancelReq(id))
		if err != nil {
			t.Fatal(err)
		}
		return resp.GetCancelResponse().GetResult()
	}
	if r := cancel(p2, own1); r == pb.Result_RESULT_OK {
		t.Error("p2 cancelled p1's aggregation")
	}
	if w, ok, err := c.work.get(own1); err != nil || !ok || w.State != workPending {
		t.Fatalf("p1's aggregation after p2's cancel: %+v %v %v", w, ok, err)
	}
	if r := cancel(p1, own1); r != pb.Result_RESULT_OK {
		t.Errorf("p1's cancel of its aggregation: %v", r)
	}
	if g := p1.getProof(t, own1, 0); g.Result != pb.GetProofResponse_RESULT_CANCEL {
		t.Errorf("GetProof of a cancelled aggregation: %v", g)
	}
	// The final proof: p1's, an unknown id to p2.
	if g := p2.getProof(t, final, 0); g.Result != pb.GetProofResponse_RESULT_ERROR || !strings.Contains(g.ResultString, "unknown id") {
		t.Errorf("GetProof of the other aggregator's final proof: %v", g)
	}
	if g := p1.getProof(t, final, 0); g.Result != pb.GetProofResponse_RESULT_COMPLETED_OK || g.GetFinalProof() == nil {
		t.Errorf("GetProof of its own final proof: %v", g)
	}
}
