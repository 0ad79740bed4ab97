package aggregator

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/isa"
	pb "github.com/zkprover/zkprover/proto/aggregator/v1"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/queue"
)

// TestOversizedBatchRefusedUnhashed: GenBatchProof with a million-entry db,
// or with an offchain input over the limit, is refused (RESULT_ERROR) by its
// sizes before anything of it is parsed or hashed; the stream stays, and a
// request within the bounds then runs every costly step.
func TestOversizedBatchRefusedUnhashed(t *testing.T) {
	var costly atomic.Int32
	agg := startAgg(t, "127.0.0.1:0", 1)
	startNode(t, t.TempDir(), nodeOpts{name: "p", forkID: 1, aggs: []string{agg.addr()},
		onCheck: func(string, int) { costly.Add(1) }})
	p := agg.next(t)
	fib := readExample(t, "fibonacci")

	in := aggInput(t, fib, &executor.Input{Onchain: words(5)}, 1, true)
	in.Db = make(map[string]string, 1_000_000)
	for i := range 1_000_000 {
		in.Db[fmt.Sprintf("0x%08x", i)] = "0x00000001"
	}
	if r := p.genBatch(t, in); r.Result != pb.Result_RESULT_ERROR || r.Id != "" {
		t.Fatalf("a million-entry db: %v", r)
	}
	big := aggInput(t, fib, &executor.Input{Onchain: words(5), Offchain: make([]byte, isa.MaxOffchainBytes+1)}, 2, true)
	if r := p.genBatch(t, big); r.Result != pb.Result_RESULT_ERROR || r.Id != "" {
		t.Fatalf("an oversized offchain input: %v", r)
	}
	if n := costly.Load(); n != 0 {
		t.Fatalf("oversized requests refused after %d costly steps", n)
	}
	ok := aggInput(t, fib, &executor.Input{Onchain: words(5), Offchain: []byte("in bounds")}, 3, true)
	if r := p.genBatch(t, ok); r.Result != pb.Result_RESULT_OK {
		t.Fatalf("a request within the bounds: %v", r)
	}
	if n := costly.Load(); n < 3 {
		t.Fatalf("a valid request ran %d costly steps, want at least 3", n)
	}
}

// TestWaitingCapAcrossDoors: the waiting cap is the job service's, shared by
// every door: with the places taken by waits of another door, the
// aggregator's GetProof with a timeout is answered at once with
// RESULT_INTERNAL_ERROR; without a timeout it is answered as usual.
func TestWaitingCapAcrossDoors(t *testing.T) {
	agg := startAgg(t, "127.0.0.1:0", 1)
	tn := startNode(t, t.TempDir(), nodeOpts{name: "p", forkID: 1, aggs: []string{agg.addr()}, maxWaiting: 2})
	p := agg.next(t)
	fib := readExample(t, "fibonacci")
	r := p.genBatch(t, aggInput(t, fib, &executor.Input{Onchain: words(5)}, 1, true))
	if r.Result != pb.Result_RESULT_OK {
		t.Fatalf("%v", r)
	}
	ctx, cancel := context.WithCancel(context.Background())
	ended := make(chan error, 2)
	for range 2 { // another door's waits (the zkprover.v1 GetProof calls the same Wait)
		go func() { _, err := tn.jobs.Wait(ctx, r.Id, time.Hour); ended <- err }()
	}
	waitFor(t, "two waits", func() bool { return tn.jobs.Waiting() == 2 })
	g := p.getProof(t, r.Id, 300)
	if g.Result != pb.GetProofResponse_RESULT_INTERNAL_ERROR || g.Id != r.Id {
		t.Fatalf("a wait over the cap: %v", g)
	}
	if g := p.getProof(t, r.Id, 0); g.Result != pb.GetProofResponse_RESULT_PENDING {
		t.Fatalf("a request without a wait: %v", g)
	}
	cancel()
	for range 2 {
		if err := <-ended; err != nil {
			t.Fatal(err)
		}
	}
	waitFor(t, "the places freed", func() bool { return tn.jobs.Waiting() == 0 })
	if j, err := tn.store.Get(r.Id); err != nil || j.State != queue.Queued {
		t.Fatalf("job %+v %v", j, err)
	}
}

// TestOversizedRecursiveProofRefused: GenFinalProof bounds recursive_proof by
// max-request-bytes before decoding it: the node's own proof is accepted, the
// same document padded past the bound (still valid JSON) is refused.
func TestOversizedRecursiveProofRefused(t *testing.T) {
	const limit = 64 << 10
	tn := startNode(t, t.TempDir(), nodeOpts{name: "p", maxRequest: limit})
	raw, err := os.ReadFile(filepath.Join("..", "..", "prover", "testdata", "proof.json"))
	if err != nil {
		t.Fatal(err)
	}
	var p prover.Proof
	if err := json.Unmarshal(raw, &p); err != nil {
		t.Fatal(err)
	}
	stored, err := json.Marshal(&p)
	if err != nil {
		t.Fatal(err)
	}
	// A done job of this node with that proof.
	job, err := tn.store.Enqueue([]byte("{}"))
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := tn.store.Next(t.Context()); err != nil {
		t.Fatal(err)
	}
	if _, err := tn.store.Finish(job.ID, queue.Done, queue.Result{Proof: stored}); err != nil {
		t.Fatal(err)
	}
	rp, err := recursiveProofJSON(job.ID, &p, batchFor(t, &p, accInputs{}, 0), nil)
	if err != nil {
		t.Fatal(err)
	}
	log := testLogger()
	if r := tn.client.genFinalProof(t.Context(), log, &pb.GenFinalProofRequest{RecursiveProof: rp}); r.Result != pb.Result_RESULT_OK {
		t.Fatalf("the node's own proof: %v", r)
	}
	padded := rp + strings.Repeat(" ", limit)
	if _, err := parseRecursiveProof(padded); err != nil {
		t.Fatalf("the padded proof does not parse: %v", err)
	}
	if r := tn.client.genFinalProof(t.Context(), log, &pb.GenFinalProofRequest{RecursiveProof: padded}); r.Result != pb.Result_RESULT_ERROR {
		t.Fatalf("a recursive proof over max-request-bytes: %v", r)
	}
}
