package aggregator

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/zkprover/zkprover/executor"
	pb "github.com/zkprover/zkprover/proto/aggregator/v1"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/queue"
	"github.com/zkprover/zkprover/statement"
)

// expected is the statement of running elf on in.
func expected(t *testing.T, elf []byte, in *executor.Input) statement.Public {
	t.Helper()
	prog, err := executor.LoadELF(elf, executor.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	res, err := executor.Run(context.Background(), prog, in, executor.Config{})
	if err != nil {
		t.Fatal(err)
	}
	return res.Public(prog, in)
}

// checkRecursive parses a COMPLETED_OK answer's recursive proof, checks that
// it attests want and verifies it with the verifying key.
func checkRecursive(t *testing.T, r *pb.GetProofResponse, id string, want statement.Public) *prover.Proof {
	t.Helper()
	if r.Result != pb.GetProofResponse_RESULT_COMPLETED_OK {
		t.Fatalf("GetProof %s: %v %s", id, r.Result, r.ResultString)
	}
	rp := r.GetRecursiveProof()
	rec, err := parseRecursiveProof(rp)
	if err != nil {
		t.Fatal(err)
	}
	p := rec.proof
	if rec.jobID != id {
		t.Errorf("recursive proof names job %q, want %q", rec.jobID, id)
	}
	if prover.ToJSON(p.Public) != prover.ToJSON(want) {
		t.Fatalf("proof attests %+v, want %+v", prover.ToJSON(p.Public), prover.ToJSON(want))
	}
	if err := realProver(t).Verify(p); err != nil {
		t.Fatalf("recursive proof does not verify: %v", err)
	}
	return p
}

func TestBatchAndFinalProofEndToEnd(t *testing.T) {
	open := openShared(t)
	verifier := func(context.Context) (Verifier, error) { return realProver(t), nil }
	agg := startAgg(t, "127.0.0.1:0", 5)
	tn := startNode(t, t.TempDir(), nodeOpts{name: "e2e", forkID: 5, aggs: []string{agg.addr()}, open: open, verifier: verifier})
	p := agg.next(t)
	waitFor(t, "IDLE", func() bool { return p.mustStatus(t).Status == pb.GetStatusResponse_STATUS_IDLE })

	bank := readExample(t, "bank")
	in := &executor.Input{
		Onchain: words(2, 1, 0, 30), State: []statement.KV{{Key: 1, Value: 100}},
		Context: statement.Context{ChainID: 1 << 40, Timestamp: 1_700_000_000, BatchNum: 1 << 33, Sequencer: [20]byte{0xaa, 0xbb}},
	}
	want := expected(t, bank, in)
	bin := aggInput(t, bank, in, 1, true)
	r := p.genBatch(t, bin)
	if r.Result != pb.Result_RESULT_OK {
		t.Fatal(r)
	}
	// A GetProof timeout waits for the job (lockstep: the next answer
	// follows it).
	got := p.getProof(t, r.Id, 600)
	proof := checkRecursive(t, got, r.Id, want)
	if st := p.mustStatus(t); st.Status != pb.GetStatusResponse_STATUS_IDLE || st.LastComputedRequestId != r.Id {
		t.Errorf("status after the proof %v", st)
	}

	// The final proof: calldata of the proof, public values of the statement.
	resp, err := p.call("", finalReq(got.GetRecursiveProof(), "0x00000000000000000000000000000000000000a1"))
	if err != nil {
		t.Fatal(err)
	}
	fr := resp.GetGenFinalProofResponse()
	if fr.GetResult() != pb.Result_RESULT_OK || fr.GetId() == "" {
		t.Fatalf("GenFinalProof: %v", resp)
	}
	fin := p.getProof(t, fr.Id, 0)
	fp := fin.GetFinalProof()
	if fin.Result != pb.GetProofResponse_RESULT_COMPLETED_OK || fp == nil {
		t.Fatalf("GetProof of the final proof: %v", fin)
	}
	if fp.Proof != "0x"+hex.EncodeToString(proof.Calldata) || len(proof.Calldata) < 4+32*8 {
		t.Errorf("final proof is not the verifier calldata")
	}
	// No acc inputs in the request: they are zero.
	acc := AccInputHash([32]byte{}, bin.PublicInputs.BatchL2Data, [32]byte{}, in.Context.Timestamp, in.Context.Sequencer, [32]byte{})
	pub := fp.Public
	nr := want.NewStateRoot.Bytes()
	if string(pub.NewStateRoot) != string(nr[:]) || string(pub.NewAccInputHash) != string(acc[:]) ||
		pub.NewBatchNum != 1<<33+1 || string(pub.NewLocalExitRoot) != string(make([]byte, 32)) ||
		string(pub.PublicInputs.OldAccInputHash) != string(make([]byte, 32)) ||
		string(pub.Output) != string(want.Output) || pub.ExitCode != want.ExitCode ||
		pub.PublicInputs.ChainId != 1<<40 || pub.PublicInputs.OldBatchNum != 1<<33 || pub.PublicInputs.TimestampLimit != 1_700_000_000 ||
		pub.PublicInputs.ForkId != 5 || pub.PublicInputs.AggregatorAddr != "0x00000000000000000000000000000000000000a1" ||
		strings.Join(pub.PublicInputElements, ",") != strings.Join(proof.PublicInputs, ",") {
		t.Errorf("final public values %v", pub)
	}
	if j, _ := tn.Jobs().Get(context.Background(), r.Id); j.State != queue.Done {
		t.Errorf("job %s", j.State)
	}

	// A proof with an edited statement is refused, also through the verifier.
	var m map[string]any
	if err := json.Unmarshal([]byte(got.GetRecursiveProof()), &m); err != nil {
		t.Fatal(err)
	}
	m["statement"].(map[string]any)["exit_code"] = 7
	bad, _ := json.Marshal(m)
	resp, err = p.call("", finalReq(string(bad), ""))
	if err != nil || resp.GetGenFinalProofResponse().GetResult() != pb.Result_RESULT_ERROR {
		t.Errorf("edited proof: %v %v", resp, err)
	}
	// Cancel stops a running job; the node is IDLE again and proves the next.
	fib := readExample(t, "fibonacci")
	r = p.genBatch(t, aggInput(t, fib, &executor.Input{Onchain: words(10)}, 3, true))
	waitFor(t, "the job to run", func() bool { j, _ := tn.Jobs().Get(context.Background(), r.Id); return j.State != queue.Queued })
	resp, err = p.call("", cancelReq(r.Id))
	if err != nil || resp.GetCancelResponse().GetResult() != pb.Result_RESULT_OK {
		t.Fatalf("Cancel of a running job: %v %v", resp, err)
	}
	if g := p.getProof(t, r.Id, 0); g.Result != pb.GetProofResponse_RESULT_CANCEL {
		t.Errorf("GetProof after Cancel: %v", g)
	}
	waitFor(t, "IDLE after cancel", func() bool { return p.mustStatus(t).Status == pb.GetStatusResponse_STATUS_IDLE })

	// A program fault is COMPLETED_ERROR.
	r = p.genBatch(t, aggInput(t, readExample(t, "fault"), &executor.Input{}, 2, true))
	if r.Result != pb.Result_RESULT_OK {
		t.Fatal(r)
	}
	if g := p.poll(t, r.Id); g.Result != pb.GetProofResponse_RESULT_COMPLETED_ERROR || g.ResultString == "" {
		t.Errorf("faulting program: %v", g)
	}
}

func TestRestartsKeepJobs(t *testing.T) {
	open := openShared(t)
	agg := startAgg(t, "127.0.0.1:0", 0)
	addr := agg.addr()
	dir := t.TempDir()
	tn := startNode(t, dir, nodeOpts{name: "r", aggs: []string{addr}, open: open})
	p := agg.next(t)
	fib := readExample(t, "fibonacci")
	in1 := &executor.Input{Onchain: words(9)}
	r1 := p.genBatch(t, aggInput(t, fib, in1, 1, true))
	if r1.Result != pb.Result_RESULT_OK {
		t.Fatal(r1)
	}
	// The aggregator restarts mid-proof; the node redials the new one, which
	// asks for the id the old one was given.
	agg.srv.Stop()
	agg2 := startAgg(t, addr, 0)
	p2 := agg2.next(t)
	if p2.id != p.id {
		t.Errorf("prover id changed without a restart")
	}
	checkRecursive(t, p2.poll(t, r1.Id), r1.Id, expected(t, fib, in1))

	// The node restarts with a job queued or running; the job survives, the
	// prover id changes, the name does not.
	in2 := &executor.Input{Onchain: words(8)}
	r2 := p2.genBatch(t, aggInput(t, fib, in2, 2, false))
	if r2.Result != pb.Result_RESULT_OK {
		t.Fatal(r2)
	}
	tn.stop()
	tn2 := startNode(t, dir, nodeOpts{name: "r", aggs: []string{addr}, open: open})
	p3 := agg2.next(t)
	if p3.id == p.id || p3.id != tn2.client.ProverID() || p3.name != "r" {
		t.Errorf("after restart: name %s id %s (before %s)", p3.name, p3.id, p.id)
	}
	checkRecursive(t, p3.poll(t, r2.Id), r2.Id, expected(t, fib, in2))
	old := p3.getProof(t, r1.Id, 0)
	checkRecursive(t, old, r1.Id, expected(t, fib, in1))

	// This node has no verifier configured: it makes final proofs of its own
	// jobs only, and answers for them after a restart too.
	resp, err := p3.call("", finalReq(old.GetRecursiveProof(), ""))
	if err != nil || resp.GetGenFinalProofResponse().GetResult() != pb.Result_RESULT_OK {
		t.Fatalf("GenFinalProof of an own job without a verifier: %v %v", resp, err)
	}
	finalID := resp.GetGenFinalProofResponse().GetId()
	tn2.stop()
	startNode(t, dir, nodeOpts{name: "r", aggs: []string{addr}, open: open})
	p4 := agg2.next(t)
	if g := p4.getProof(t, finalID, 0); g.Result != pb.GetProofResponse_RESULT_COMPLETED_OK || g.GetFinalProof() == nil {
		t.Errorf("final proof after a restart: %v", g)
	}
	startNode(t, t.TempDir(), nodeOpts{name: "other", aggs: []string{addr}, open: open})
	p5 := agg2.next(t)
	if p5.name != "other" {
		t.Fatalf("expected the other node, got %s", p5.name)
	}
	resp, err = p5.call("", finalReq(old.GetRecursiveProof(), ""))
	if err != nil || resp.GetGenFinalProofResponse().GetResult() != pb.Result_RESULT_ERROR {
		t.Errorf("GenFinalProof of another node's proof without a verifier: %v %v", resp, err)
	}
}

// serveBatches is the upstream aggregator's loop for one prover: ask the
// status; when IDLE, hand out the next batch and poll GetProof until it is
// no longer PENDING.
func serveBatches(t *testing.T, p *proverConn, batches <-chan *pb.InputProver, done func(prover string, r *pb.GetProofResponse)) {
	for {
		st, err := p.status()
		if err != nil {
			t.Errorf("%s: %v", p.name, err)
			return
		}
		if st.Status != pb.GetStatusResponse_STATUS_IDLE {
			time.Sleep(20 * time.Millisecond)
			continue
		}
		in, ok := <-batches
		if !ok {
			return
		}
		resp, err := p.call("", batchReq(in))
		if err != nil || resp.GetGenBatchProofResponse().GetResult() != pb.Result_RESULT_OK {
			t.Errorf("%s: GenBatchProof %v %v", p.name, resp, err)
			return
		}
		id := resp.GetGenBatchProofResponse().GetId()
		for {
			resp, err := p.call("", getProofReq(id, 0))
			if err != nil {
				t.Errorf("%s: GetProof %v", p.name, err)
				return
			}
			if g := resp.GetGetProofResponse(); g.GetResult() != pb.GetProofResponse_RESULT_PENDING {
				done(p.name, g)
				break
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
}

func TestTwoProversShareWork(t *testing.T) {
	open := openShared(t)
	agg := startAgg(t, "127.0.0.1:0", 2)
	startNode(t, t.TempDir(), nodeOpts{name: "one", forkID: 2, aggs: []string{agg.addr()}, open: open})
	startNode(t, t.TempDir(), nodeOpts{name: "two", forkID: 2, aggs: []string{agg.addr()}, open: open})
	p1, p2 := agg.next(t), agg.next(t)
	if p1.id == p2.id {
		t.Fatal("two nodes with one prover id")
	}
	fib := readExample(t, "fibonacci")
	const n = 4
	batches := make(chan *pb.InputProver, n)
	wants := map[uint32]statement.Public{}
	for i := uint32(0); i < n; i++ {
		in := &executor.Input{Onchain: words(5 + i)}
		wants[5+i] = expected(t, fib, in)
		batches <- aggInput(t, fib, in, uint64(i), true)
	}
	close(batches)
	var mu sync.Mutex
	by := map[string]int{}
	var results []*pb.GetProofResponse
	var wg sync.WaitGroup
	for _, p := range []*proverConn{p1, p2} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			serveBatches(t, p, batches, func(name string, r *pb.GetProofResponse) {
				mu.Lock()
				defer mu.Unlock()
				by[name]++
				results = append(results, r)
			})
		}()
	}
	wg.Wait()
	if len(results) != n || by["one"] == 0 || by["two"] == 0 {
		t.Fatalf("proofs by prover %v (%d results)", by, len(results))
	}
	seen := map[uint32]bool{}
	for _, r := range results {
		rec, err := parseRecursiveProof(r.GetRecursiveProof())
		if err != nil || r.Result != pb.GetProofResponse_RESULT_COMPLETED_OK {
			t.Fatalf("%v %v", r.Result, err)
		}
		p := rec.proof
		k := uint32(p.Public.OnchainInput[0])
		if seen[k] || prover.ToJSON(p.Public) != prover.ToJSON(wants[k]) {
			t.Errorf("result for input %d: %+v", k, prover.ToJSON(p.Public))
		}
		seen[k] = true
		if err := realProver(t).Verify(p); err != nil {
			t.Error(err)
		}
	}
}
