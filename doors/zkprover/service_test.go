package zkprover

import (
	"context"
	"strings"
	"testing"

	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/jobs"
	pb "github.com/zkprover/zkprover/proto/zkprover/v1"
	"github.com/zkprover/zkprover/queue"
)

// TestRemainingResultCodes covers the result codes the flows above do not
// reach: INTERNAL_ERROR of GenProof, GetProof and Execute, and CANCEL of Execute.
func TestRemainingResultCodes(t *testing.T) {
	tn := startDoor(t, t.TempDir(), Reports{}, func(o *jobs.Options) { o.MaxCycles = 1 << 27 })
	ctx := ctxT(t)
	fib := readExample(t, "fibonacci")
	svc := tn.door

	// GetProof of a job that failed inside the node: INTERNAL_ERROR with the reason.
	r, err := tn.client.GenProof(ctx, &pb.GenProofRequest{Input: input(t, fib, &executor.Input{Onchain: words(1)}, InputOptions{IncludeELF: true})})
	if err != nil || r.Result != pb.GenProofResponse_RESULT_GEN_PROOF_OK {
		t.Fatalf("%v %v", r, err)
	}
	if _, _, err := tn.store.Next(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := tn.store.Finish(r.Id, queue.Failed, queue.Result{Reason: "internal", Error: "disk on fire"}); err != nil {
		t.Fatal(err)
	}
	resp := svc.getProof(ctx, &pb.GetProofRequest{Id: r.Id})
	if resp.Result != pb.GetProofResponse_RESULT_GET_PROOF_INTERNAL_ERROR || resp.ResultString != "disk on fire" || resp.JobState != "failed" {
		t.Fatalf("internal failure: %v", resp)
	}

	// Execute stopped by its caller: CANCEL (a run of 2^27 cycles, cancelled first).
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	long := input(t, fib, &executor.Input{Onchain: words(0xffffffff)}, InputOptions{IncludeELF: true, MaxCycles: 1 << 27})
	if e := svc.execute(cctx, &pb.ExecuteRequest{Input: long}); e.Result != pb.ExecuteResponse_RESULT_EXECUTE_CANCEL {
		t.Fatalf("cancelled Execute: %v %s", e.Result, e.ResultString)
	}

	// Halting: GenProof INTERNAL_ERROR, no id; a GetProof of a queued job
	// is PENDING at once and says the node is shutting down.
	queued, err := tn.client.GenProof(ctx, &pb.GenProofRequest{Input: input(t, fib, &executor.Input{Onchain: words(3)}, InputOptions{})})
	if err != nil || queued.Result != pb.GenProofResponse_RESULT_GEN_PROOF_OK {
		t.Fatalf("%v %v", queued, err)
	}
	tn.jobs.Halt()
	if p := svc.getProof(ctx, &pb.GetProofRequest{Id: queued.Id, Timeout: 600}); p.Result != pb.GetProofResponse_RESULT_GET_PROOF_PENDING ||
		!strings.Contains(p.ResultString, "shutting down") {
		t.Fatalf("GetProof while halting: %v", p)
	}
	g := svc.genProof(ctx, &pb.GenProofRequest{Input: input(t, fib, &executor.Input{Onchain: words(2)}, InputOptions{})})
	if g.Result != pb.GenProofResponse_RESULT_GEN_PROOF_INTERNAL_ERROR || g.Id != "" || !strings.Contains(g.ResultString, "shutting down") {
		t.Fatalf("GenProof while halting: %v", g)
	}

	// Store gone: Execute of a known program cannot load it: INTERNAL_ERROR.
	_ = tn.store.Close()
	e := svc.execute(ctx, &pb.ExecuteRequest{Input: input(t, fib, &executor.Input{Onchain: words(2)}, InputOptions{})})
	if e.Result != pb.ExecuteResponse_RESULT_EXECUTE_INTERNAL_ERROR || e.ResultString == "" {
		t.Fatalf("Execute without a store: %v %s", e.Result, e.ResultString)
	}
}

// TestProgressOfCarriesEveryCount: each count of a long run's progress reaches the wire, the
// kept aggregations included, with the CLI's line.
func TestProgressOfCarriesEveryCount(t *testing.T) {
	if ProgressOf(nil) != nil {
		t.Fatal("no progress should be absent on the wire")
	}
	p := &queue.Progress{Stage: "aggregate", SegmentsDone: 8, Segments: 8, AggregationsDone: 5, Aggregations: 7, Resumed: 6, AggregationsResumed: 4}
	w := ProgressOf(p)
	if w.GetStage() != "aggregate" || w.GetSegmentsDone() != 8 || w.GetSegments() != 8 || w.GetAggregationsDone() != 5 ||
		w.GetAggregations() != 7 || w.GetResumed() != 6 || w.GetAggregationsResumed() != 4 || w.GetSummary() != p.String() {
		t.Fatalf("wire progress %+v from %+v", w, p)
	}
}
