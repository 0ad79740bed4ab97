package errs

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"testing"

	"google.golang.org/grpc/codes"

	"github.com/zkprover/zkprover/executor"
	aggpb "github.com/zkprover/zkprover/proto/aggregator/v1"
	pb "github.com/zkprover/zkprover/proto/zkprover/v1"
	"github.com/zkprover/zkprover/queue"
)

func TestClassify(t *testing.T) {
	cases := []struct {
		err  error
		want string
	}{
		{Invalidf("x"), "invalid"},
		{fmt.Errorf("wrap: %w", queue.ErrQueueFull), "queue_full"},
		{fmt.Errorf("a request: %w", queue.ErrDiskLow), "disk_low"},
		{fmt.Errorf("alice: %w", queue.ErrOwnerFull), "client_queue_full"},
		{fmt.Errorf("alice: %w", queue.ErrOwnerProgramsFull), "client_program_store_full"},
		{fmt.Errorf("run: %w", &executor.Fault{Kind: executor.ErrCycleLimit}), "program"},
		{fmt.Errorf("proving: %w", ErrTooLong), "too_long"},
		{fmt.Errorf("proving: %w", ErrProofInvalid), "verify"},
		{context.Canceled, "cancelled"},
		{errors.New("disk on fire"), "internal"},
	}
	for _, c := range cases {
		if got := Classify(c.err); got.Reason != c.want {
			t.Errorf("Classify(%v) = %s, want %s", c.err, got.Reason, c.want)
		}
	}
	if Classify(nil) != (Class{}) {
		t.Error("nil error has a class")
	}
	f := Classify(&executor.Fault{Kind: executor.ErrBreakpoint})
	if f.Execute != pb.ExecuteResponse_RESULT_EXECUTE_COMPLETED_ERR || f.AggGetProof != aggpb.GetProofResponse_RESULT_COMPLETED_ERROR {
		t.Error("a fault is not COMPLETED_ERR on both protocols")
	}
	nf := Classify(queue.ErrNotFound)
	if nf.GetProof != pb.GetProofResponse_RESULT_GET_PROOF_ERROR || nf.Code != codes.NotFound || nf.HTTP() != http.StatusNotFound {
		t.Errorf("unknown id: %+v", nf)
	}
	sd := Classify(ErrShuttingDown)
	if sd.Agg != aggpb.Result_RESULT_INTERNAL_ERROR || sd.HTTP() != http.StatusServiceUnavailable {
		t.Errorf("shutting down: %+v", sd)
	}
}

// TestByReason: a stored reason reads back as the class it was stored from,
// for every row of the table.
func TestByReason(t *testing.T) {
	for _, r := range table {
		if got := ByReason(r.class.Reason); got.Reason != r.class.Reason {
			t.Errorf("ByReason(%s) = %s", r.class.Reason, got.Reason)
		}
	}
	if ByReason("no such reason") != Internal {
		t.Error("an unknown reason is not internal")
	}
	if len(Reasons()) < 10 {
		t.Errorf("reasons %v", Reasons())
	}
}

// TestColumnsAgree: the aggregator.v1 column says what the zkprover.v1 one
// says (OK/ERROR/INTERNAL_ERROR mean the same on both protocols).
func TestColumnsAgree(t *testing.T) {
	for _, r := range append(table, row{class: Internal}) {
		c := r.class
		wantAgg := aggpb.Result_RESULT_INTERNAL_ERROR
		if c.GenProof == pb.GenProofResponse_RESULT_GEN_PROOF_ERROR {
			wantAgg = aggpb.Result_RESULT_ERROR
		}
		if c.Agg != wantAgg {
			t.Errorf("%s: aggregator result %v, zkprover GenProof %v", c.Reason, c.Agg, c.GenProof)
		}
		if c.GetProof.String()[len("RESULT_GET_PROOF_"):] != c.AggGetProof.String()[len("RESULT_"):] {
			t.Errorf("%s: GetProof %v vs %v", c.Reason, c.GetProof, c.AggGetProof)
		}
	}
}
