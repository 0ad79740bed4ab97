package zkprover

import (
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/isa"
	"github.com/zkprover/zkprover/jobs"
	pb "github.com/zkprover/zkprover/proto/zkprover/v1"
)

// TestOversizedRefusedUnhashed: a GenProof with a million-entry db, or an
// Execute with an offchain input over the limit, is refused by its sizes
// before anything of it is parsed or hashed: the job service's OnCheck hook
// sees no costly step (and sees every one of a valid request).
func TestOversizedRefusedUnhashed(t *testing.T) {
	var costly atomic.Int32
	td := startDoor(t, t.TempDir(), Reports{}, func(o *jobs.Options) {
		o.OnCheck = func(string, int) { costly.Add(1) }
	})
	ctx := ctxT(t)
	fib := readExample(t, "fibonacci")

	in := input(t, fib, &executor.Input{Onchain: words(5)}, InputOptions{IncludeELF: true})
	in.Db = make(map[string]string, 1_000_000)
	for i := range 1_000_000 {
		in.Db[fmt.Sprintf("0x%08x", i)] = "0x00000001"
	}
	// Called as the gRPC server calls it (a million entries pass no default
	// message size limit of a test client).
	g, err := td.door.GenProof(ctx, &pb.GenProofRequest{Input: in})
	if err != nil || g.Result != pb.GenProofResponse_RESULT_GEN_PROOF_ERROR || !strings.Contains(g.ResultString, "state of 1000000 entries (max 4096)") {
		t.Fatalf("a million-entry db: %v %v", g, err)
	}
	if n := costly.Load(); n != 0 {
		t.Fatalf("a million-entry db was refused after %d costly steps", n)
	}

	big := input(t, fib, &executor.Input{Onchain: words(5), Offchain: make([]byte, isa.MaxOffchainBytes+1)}, InputOptions{IncludeELF: true})
	stream, err := td.client.Execute(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := stream.Send(&pb.ExecuteRequest{Input: big}); err != nil {
		t.Fatal(err)
	}
	e, err := stream.Recv()
	if err != nil || e.Result != pb.ExecuteResponse_RESULT_EXECUTE_ERROR || !strings.Contains(e.ResultString, "offchain input of 1048577 bytes") {
		t.Fatalf("an oversized offchain input: %v %v", e, err)
	}
	if n := costly.Load(); n != 0 {
		t.Fatalf("an oversized offchain input was refused after %d costly steps", n)
	}

	// The same input within the bounds goes through every step.
	ok := input(t, fib, &executor.Input{Onchain: words(5), Offchain: []byte("in bounds")}, InputOptions{IncludeELF: true})
	if err := stream.Send(&pb.ExecuteRequest{Input: ok}); err != nil {
		t.Fatal(err)
	}
	if e, err := stream.Recv(); err != nil || e.Result != pb.ExecuteResponse_RESULT_EXECUTE_COMPLETED_OK {
		t.Fatalf("a request within the bounds: %v %v", e, err)
	}
	if n := costly.Load(); n < 3 {
		t.Fatalf("a valid request ran %d costly steps, want at least 3", n)
	}
}

// TestWaitingCapAcrossStreams: the node's cap on waiting GetProof calls holds
// across streams: with two waits in progress on one stream, a wait on another
// stream is answered at once with INTERNAL_ERROR (too many waits), while a
// request without a wait is answered as usual.
func TestWaitingCapAcrossStreams(t *testing.T) {
	td := startDoor(t, t.TempDir(), Reports{}, func(o *jobs.Options) { o.MaxWaiting = 2 })
	ctx := ctxT(t)
	fib := readExample(t, "fibonacci")
	g, err := td.client.GenProof(ctx, &pb.GenProofRequest{Input: input(t, fib, &executor.Input{Onchain: words(5)}, InputOptions{IncludeELF: true})})
	if err != nil || g.Result != pb.GenProofResponse_RESULT_GEN_PROOF_OK {
		t.Fatalf("%v %v", g, err)
	}
	a, err := td.client.GetProof(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if err := a.Send(&pb.GetProofRequest{Id: g.Id, Timeout: 300}); err != nil {
			t.Fatal(err)
		}
	}
	deadline := time.Now().Add(time.Minute)
	for td.jobs.Waiting() != 2 {
		if time.Now().After(deadline) {
			t.Fatalf("%d waits in progress, want 2", td.jobs.Waiting())
		}
		time.Sleep(time.Millisecond)
	}
	b, err := td.client.GetProof(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Send(&pb.GetProofRequest{Id: g.Id, Timeout: 300}); err != nil {
		t.Fatal(err)
	}
	r, err := b.Recv()
	if err != nil || r.Id != g.Id || r.Result != pb.GetProofResponse_RESULT_GET_PROOF_INTERNAL_ERROR || !strings.Contains(r.ResultString, "max-waiting") {
		t.Fatalf("a third wait: %v %v", r, err)
	}
	if err := b.Send(&pb.GetProofRequest{Id: g.Id}); err != nil {
		t.Fatal(err)
	}
	if r, err := b.Recv(); err != nil || r.Result != pb.GetProofResponse_RESULT_GET_PROOF_PENDING {
		t.Fatalf("a request without a wait: %v %v", r, err)
	}
	// The waits in progress end with the job.
	if c, err := td.client.Cancel(ctx, &pb.CancelRequest{Id: g.Id}); err != nil || c.Result != pb.CancelResponse_RESULT_CANCEL_OK {
		t.Fatalf("cancel: %v %v", c, err)
	}
	for range 2 {
		if r, err := a.Recv(); err != nil || r.Result != pb.GetProofResponse_RESULT_GET_PROOF_CANCEL {
			t.Fatalf("a wait in progress: %v %v", r, err)
		}
	}
}
