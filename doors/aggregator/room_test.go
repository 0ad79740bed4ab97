package aggregator

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/google/uuid"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/auth"
	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/jobs"
	pb "github.com/zkprover/zkprover/proto/aggregator/v1"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/queue"
	"github.com/zkprover/zkprover/statement"
)

// logBuffer is a logger whose lines a test reads back (refused logs the
// reason of a refusal: the answer's result alone does not tell which).
type logBuffer struct{ buf bytes.Buffer }

func (l *logBuffer) logger() zerolog.Logger { return zerolog.New(&l.buf) }

// last is the last line logged, decoded; reset empties the buffer.
func (l *logBuffer) last(t *testing.T) map[string]any {
	t.Helper()
	lines := strings.Split(strings.TrimSpace(l.buf.String()), "\n")
	l.buf.Reset()
	var m map[string]any
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &m); err != nil {
		t.Fatalf("log line %q: %v", lines[len(lines)-1], err)
	}
	return m
}

// TestBatchRefusedForRoomBeforeCostlyChecks: with the aggregator's share of
// the queue full, or the whole queue full, GenBatchProof is refused with the
// queue-full result (RESULT_INTERNAL_ERROR, reason client_queue_full or
// queue_full) before its ELF is loaded or its inputs hashed: the job
// service's OnCheck hook sees no program, offchain or state check (review
// finding: queueBatch built the job, every costly step, before Submit first
// checked the queue's bounds).
func TestBatchRefusedForRoomBeforeCostlyChecks(t *testing.T) {
	var costly atomic.Int32
	agg := startAgg(t, "127.0.0.1:0", 1)
	tn := startNode(t, t.TempDir(), nodeOpts{name: "p", forkID: 1, aggs: []string{agg.addr()}, pending: 2, pendingEach: 1,
		onCheck: func(string, int) { costly.Add(1) }})
	p := agg.next(t)
	fib := readExample(t, "fibonacci")
	in := func(n uint32) *pb.InputProver {
		return aggInput(t, fib, &executor.Input{Onchain: words(n)}, uint64(n), true)
	}

	if r := p.genBatch(t, in(1)); r.Result != pb.Result_RESULT_OK {
		t.Fatalf("the aggregator's first job: %v", r)
	}
	if n := costly.Load(); n < 3 {
		t.Fatalf("an accepted job ran %d costly steps, want at least 3", n)
	}
	// The aggregator's share (one job) is taken.
	costly.Store(0)
	if r := p.genBatch(t, in(2)); r.Result != pb.Result_RESULT_INTERNAL_ERROR || r.Id != "" {
		t.Fatalf("a job over the aggregator's share: %v", r)
	}
	if n := costly.Load(); n != 0 {
		t.Fatalf("a job over the aggregator's share was refused after %d costly steps", n)
	}
	var lb logBuffer
	a := auth.With(t.Context(), auth.Principal{Name: "aggregator " + agg.addr(), Role: auth.Submit})
	if r := tn.client.queueBatch(a, lb.logger(), kindBatch, in(3)); r.Result != pb.Result_RESULT_INTERNAL_ERROR {
		t.Fatalf("a job over the aggregator's share: %v", r)
	}
	if got := lb.last(t)["reason"]; got != "client_queue_full" {
		t.Errorf("refused for %v, want client_queue_full", got)
	}
	// Another aggregator takes the queue's last place; then the queue is
	// full for everyone.
	b := auth.With(t.Context(), auth.Principal{Name: "aggregator b", Role: auth.Submit})
	if r := tn.client.queueBatch(b, lb.logger(), kindBatch, in(4)); r.Result != pb.Result_RESULT_OK {
		t.Fatalf("another aggregator's job: %v", r)
	}
	costly.Store(0)
	c := auth.With(t.Context(), auth.Principal{Name: "aggregator c", Role: auth.Submit})
	if r := tn.client.queueBatch(c, lb.logger(), kindBatch, in(5)); r.Result != pb.Result_RESULT_INTERNAL_ERROR || r.Id != "" {
		t.Fatalf("a job with the queue full: %v", r)
	}
	if got := lb.last(t)["reason"]; got != "queue_full" {
		t.Errorf("refused for %v, want queue_full", got)
	}
	if n := costly.Load(); n != 0 {
		t.Fatalf("a job with the queue full was refused after %d costly steps", n)
	}
	if n := len(tn.store.Pending()); n != 2 {
		t.Fatalf("%d jobs queued, want 2", n)
	}
}

// countingVerifier refuses every proof and counts the verifications.
type countingVerifier struct{ verified *atomic.Int32 }

func (v countingVerifier) Verify(*prover.Proof) error {
	v.verified.Add(1)
	return fmt.Errorf("test verifier: %w", prover.ErrInvalidProof)
}

// TestFinalProofBatchCheckedBeforeProof: GenFinalProof of a proof that is
// no job of this node, with a wrong "batch" section, is refused for the
// batch section without the verifying keys being opened or the proof
// verified; with a right section the proof is verified, and refused (review
// finding: GenFinalProof verified the proof, loading the keys on first use,
// before the parse-and-hash checks of its batch section).
func TestFinalProofBatchCheckedBeforeProof(t *testing.T) {
	const fork = 3
	var opened, verified atomic.Int32
	tn := startNode(t, t.TempDir(), nodeOpts{name: "p", forkID: fork, verifier: func(context.Context) (Verifier, error) {
		opened.Add(1)
		return countingVerifier{&verified}, nil
	}})
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
	batch, err := batchOf(pub, mustRequest(t, in, 1), accInputs{}, fork)
	if err != nil {
		t.Fatal(err)
	}
	proof := &prover.Proof{Version: prover.ProofVersion, Public: pub} // no job's: it goes to the verifier
	final := func(b batchPublics) (pb.Result, string) {
		t.Helper()
		rp, err := recursiveProofJSON("", proof, b, nil)
		if err != nil {
			t.Fatal(err)
		}
		var lb logBuffer
		r := tn.client.genFinalProof(t.Context(), lb.logger(), &pb.GenFinalProofRequest{RecursiveProof: rp})
		msg, _ := lb.last(t)["error"].(string)
		return r.Result, msg
	}

	wrong := batch
	wrong.NewBatchNum++ // its publics follow it: only the section is wrong
	res, msg := final(wrong)
	if res != pb.Result_RESULT_ERROR || !strings.Contains(msg, "batch section") {
		t.Fatalf("a wrong batch section and an invalid proof: %v %q, want RESULT_ERROR for the batch section", res, msg)
	}
	if o, v := opened.Load(), verified.Load(); o != 0 || v != 0 {
		t.Fatalf("a wrong batch section was refused after %d key loads and %d verifications", o, v)
	}
	// Control: a right section, the invalid proof is verified and refused.
	res, msg = final(batch)
	if res != pb.Result_RESULT_ERROR || !strings.Contains(msg, "test verifier") {
		t.Fatalf("a right batch section and an invalid proof: %v %q", res, msg)
	}
	if o, v := opened.Load(), verified.Load(); o != 1 || v != 1 {
		t.Fatalf("%d key loads and %d verifications, want 1 each", o, v)
	}
}

// TestPendingWorkCapped: the aggregations and sequence final proofs pending
// at once are capped, overall and per aggregator: over either cap
// GenAggregatedProof and GenFinalProof are refused with the queue-full
// result (RESULT_INTERNAL_ERROR, reason client_queue_full or queue_full)
// before the proofs are checked with the keys, and the store refuses the
// item itself (queue.ErrQueueFull); an item that ends makes room, and keeps
// no longer the proofs it was asked for (review finding: work items, up to
// max-request-bytes of proofs each, had no cap).
func TestPendingWorkCapped(t *testing.T) {
	const fork = 9
	// Long runs whose keys never load: requests with room are refused as
	// unavailable past the room check, and items stay pending.
	tn := startNode(t, t.TempDir(), nodeOpts{name: "p", forkID: fork, long: jobs.NewLongRuns(), maxWork: 3, maxWorkEach: 2})
	c := tn.client
	a := rangeOf(1, 10, 12, fork)
	b := rangeOf(20, 12, 14, fork)
	follow(&a, &b)
	pa, pbb := aggregatedJSON(t, a, nil), aggregatedJSON(t, b, nil)
	who := func(name string) context.Context {
		return auth.With(t.Context(), auth.Principal{Name: name, Role: auth.Submit})
	}
	aggA, aggB := who("aggregator a"), who("aggregator b")
	// reasons are the refusals of an aggregation and of a sequence final
	// proof asked for by ctx.
	reasons := func(ctx context.Context) [2]any {
		t.Helper()
		var lb logBuffer
		r := c.genAggregatedProof(ctx, lb.logger(), &pb.GenAggregatedProofRequest{RecursiveProof_1: pa, RecursiveProof_2: pbb})
		ra := lb.last(t)["reason"]
		f := c.genFinalProof(ctx, lb.logger(), &pb.GenFinalProofRequest{RecursiveProof: pa})
		rf := lb.last(t)["reason"]
		if r.Result != pb.Result_RESULT_INTERNAL_ERROR || f.Result != pb.Result_RESULT_INTERNAL_ERROR {
			t.Fatalf("GenAggregatedProof %v, GenFinalProof %v: want RESULT_INTERNAL_ERROR", r, f)
		}
		return [2]any{ra, rf}
	}
	room := [2]any{"unavailable", "unavailable"}
	if got := reasons(aggA); got != room {
		t.Fatalf("with room: %v", got)
	}
	add := func(owner string) (string, error) {
		id := uuid.NewString()
		return id, c.work.add(&workRecord{ID: id, Kind: workAggregate, Inputs: []string{pa, pbb}, Owner: owner})
	}
	var ownA []string
	for range 2 {
		id, err := add("aggregator a")
		if err != nil {
			t.Fatal(err)
		}
		ownA = append(ownA, id)
	}
	if _, err := add("aggregator a"); !errors.Is(err, queue.ErrOwnerFull) || !errors.Is(err, queue.ErrQueueFull) {
		t.Fatalf("an item over the aggregator's cap: %v", err)
	}
	if got := reasons(aggA); got != [2]any{"client_queue_full", "client_queue_full"} {
		t.Fatalf("over the aggregator's cap: %v", got)
	}
	if got := reasons(aggB); got != room {
		t.Fatalf("another aggregator: %v", got)
	}
	if _, err := add("aggregator b"); err != nil {
		t.Fatal(err)
	}
	if got := reasons(aggB); got != [2]any{"queue_full", "queue_full"} {
		t.Fatalf("over the overall cap: %v", got)
	}
	if _, err := add(""); !errors.Is(err, queue.ErrQueueFull) {
		t.Fatalf("an item over the overall cap: %v", err)
	}
	// An item that ends makes room.
	if ok, err := c.cancelWork(aggA, ownA[0]); !ok || err != nil {
		t.Fatalf("cancel: %v %v", ok, err)
	}
	if got := reasons(aggA); got != room {
		t.Fatalf("after a cancel, aggregator a: %v", got)
	}
	if got := reasons(aggB); got != room {
		t.Fatalf("after a cancel, aggregator b: %v", got)
	}
	if w, ok, err := c.work.get(ownA[0]); !ok || err != nil || w.State != workCancelled || w.Inputs != nil {
		t.Fatalf("the cancelled item: %+v %v %v, want cancelled without its proofs", w, ok, err)
	}
	if w, _, _ := c.work.get(ownA[1]); len(w.Inputs) != 2 {
		t.Fatalf("a pending item lost its proofs: %+v", w)
	}
	// The defaults.
	bare, _ := bareClient(t)
	if bare.work.maxPending != DefaultMaxPendingWork || bare.work.maxEach != DefaultMaxPendingWork/4 {
		t.Fatalf("default caps %d, %d", bare.work.maxPending, bare.work.maxEach)
	}
}

// TestRecvLimit: the node receives aggregator messages up to its
// max-request-bytes plus RecvHeadroom, not up to 1 GiB: a request within
// that whose input is over max-request-bytes is answered RESULT_ERROR on
// the stream; a message over it is refused by gRPC from its length prefix,
// unread, which ends the stream (the request is not answered), and the node
// redials (review finding: the node buffered messages up to 1 GiB before it
// checked them).
func TestRecvLimit(t *testing.T) {
	const limit = 64 << 10
	agg := startAgg(t, "127.0.0.1:0", 0)
	tn := startNode(t, t.TempDir(), nodeOpts{name: "p", aggs: []string{agg.addr()}, maxRequest: limit})
	if got := tn.client.recvLimit; got != limit+RecvHeadroom {
		t.Fatalf("receive bound %d, want %d", got, limit+RecvHeadroom)
	}
	p := agg.next(t)
	fib := readExample(t, "fibonacci")
	over := aggInput(t, fib, &executor.Input{Onchain: words(5)}, 1, true)
	over.OffchainInput = make([]byte, limit+RecvHeadroom/2)
	if r := p.genBatch(t, over); r.Result != pb.Result_RESULT_ERROR {
		t.Fatalf("an input over max-request-bytes, within the receive bound: %v", r)
	}
	p.mustStatus(t) // the stream stays

	huge := aggInput(t, fib, &executor.Input{Onchain: words(5)}, 2, true)
	huge.OffchainInput = make([]byte, 4*limit)
	if resp, err := p.call("", batchReq(huge)); err == nil {
		t.Fatalf("a message over the receive bound was answered: %v", resp)
	}
	p2 := agg.next(t) // redialled
	p2.mustStatus(t)
	if c := tn.Aggregators()[0]; c.Connects != 2 || !strings.Contains(c.LastError, "larger than max") {
		t.Errorf("connection %+v", c)
	}

	if got := recvLimit(tn.jobs); got != limit+RecvHeadroom {
		t.Errorf("receive bound %d, want %d", got, limit+RecvHeadroom)
	}
	unbounded := jobs.New(tn.store, jobs.Options{})
	if got := recvLimit(unbounded); got != MaxRecvMsgSize {
		t.Errorf("no bound on requests: receive bound %d, want %d", got, MaxRecvMsgSize)
	}
}

// TestSequenceAccPerAggregator: the sequence acc a batch job continues,
// found by the upstream acc input hash its request continues, is the one
// the same aggregator's earlier job recorded: two aggregators whose jobs
// end at the same upstream acc each continue their own sequence (review
// finding: the records were keyed by the upstream acc alone, so the later
// job's aggregator overwrote the other's, whose aggregation then failed as
// not adjacent). A record written before records had owners is read when
// the aggregator has none of its own.
func TestSequenceAccPerAggregator(t *testing.T) {
	tn := startNode(t, t.TempDir(), nodeOpts{name: "p"})
	c := tn.client
	log := testLogger()
	elf := counterELF()
	sctx := statement.Context{ChainID: 5, Timestamp: 1_700_000_000, BatchNum: 1, Sequencer: [20]byte{1}}
	in1 := &executor.Input{Onchain: words(3), State: []statement.KV{{Key: 1, Value: 1}}, Context: sctx}
	who := func(name string) context.Context {
		return auth.With(t.Context(), auth.Principal{Name: name, Role: auth.Submit})
	}
	aggA, aggB := who("aggregator a"), who("aggregator b")
	upOld := [32]byte{0: 0x11, 31: 0x22}
	givenB := [32]byte{0: 0x1f, 31: 9} // B's sequence started elsewhere

	// The same job, with the same upstream acc inputs, for A then for B
	// (B's sequence acc given): both end at the same upstream acc.
	first := func(ctx context.Context, seq []byte) {
		t.Helper()
		req := aggInput(t, elf, in1, 1, true)
		req.PublicInputs.OldAccInputHash, req.SeqAccInputHash = upOld[:], seq
		if r := c.queueBatch(ctx, log, kindBatch, req); r.Result != pb.Result_RESULT_OK {
			t.Fatal(r)
		}
	}
	first(aggA, nil)
	first(aggB, givenB[:])
	r, err := jobs.Build(jobs.Spec{JobRequest: mustRequest(t, in1, 1), Context: sctx, State: in1.State}, executor.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	pub1 := jobInputs(r)
	wantA, err := seqAccNext([32]byte{}, &pub1)
	if err != nil {
		t.Fatal(err)
	}
	wantB, err := seqAccNext(givenB, &pub1)
	if err != nil {
		t.Fatal(err)
	}
	if wantA == wantB {
		t.Fatal("the two sequences do not differ")
	}
	up1 := AccInputHash(upOld, mustRequest(t, in1, 1), [32]byte{}, sctx.Timestamp, sctx.Sequencer, [32]byte{})

	// Each one's next job continues its own sequence.
	in2 := &executor.Input{Onchain: words(4), State: []statement.KV{{Key: 1, Value: 4}}, Context: sctx}
	in2.Context.BatchNum = 2
	next := func(ctx context.Context, nonce uint64) [32]byte {
		t.Helper()
		req := aggInput(t, elf, in2, nonce, false)
		req.PublicInputs.OldAccInputHash = up1[:]
		r := c.queueBatch(ctx, log, kindBatch, req)
		if r.Result != pb.Result_RESULT_OK {
			t.Fatal(r)
		}
		acc, err := c.inputs.get(r.Id)
		if err != nil {
			t.Fatal(err)
		}
		return acc.SeqOldAcc
	}
	if got := next(aggA, 2); got != wantA {
		t.Errorf("aggregator a's next job continues %x, want its own %x (b's is %x)", got, wantA, wantB)
	}
	if got := next(aggB, 3); got != wantB {
		t.Errorf("aggregator b's next job continues %x, want its own %x", got, wantB)
	}

	// A record written before owners were: read by an aggregator without
	// its own record for that acc, not over its own.
	legacyUp, legacySeq, ownSeq := [32]byte{31: 0x33}, [32]byte{31: 0x44}, [32]byte{31: 0x55}
	if err := c.inputs.putSeq("", legacyUp, legacySeq); err != nil {
		t.Fatal(err)
	}
	if err := c.inputs.putSeq("aggregator a", legacyUp, ownSeq); err != nil {
		t.Fatal(err)
	}
	if got, ok, err := c.inputs.seqAfter("aggregator c", legacyUp); !ok || err != nil || got != legacySeq {
		t.Errorf("an aggregator without its own record: %x %v %v, want the earlier record %x", got, ok, err, legacySeq)
	}
	if got, ok, err := c.inputs.seqAfter("aggregator a", legacyUp); !ok || err != nil || got != ownSeq {
		t.Errorf("an aggregator with its own record: %x %v %v, want %x", got, ok, err, ownSeq)
	}
}
