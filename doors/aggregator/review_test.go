package aggregator

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/zkprover/zkprover/auth"
	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/jobs"
	pb "github.com/zkprover/zkprover/proto/aggregator/v1"
	"github.com/zkprover/zkprover/queue"
	"github.com/zkprover/zkprover/statement"
)

// backdate sets the modification time of path to at.
func backdate(t *testing.T, path string, at time.Time) {
	t.Helper()
	if err := os.Chtimes(path, at, at); err != nil {
		t.Fatal(err)
	}
}

// TestInputsKeptWhileJobQueued: a job's inputs file is kept while the job
// is in the queue, however long ago it was submitted, and its proof carries
// the request's acc inputs (review finding: inputs files were swept by
// their modification time, the submission, while the queue keeps a job
// until retention after it FINISHES; a job queued longer than retention
// lost its inputs and GetProof answered COMPLETED_OK with zero acc inputs).
// The inputs of a job the queue has deleted are swept.
func TestInputsKeptWhileJobQueued(t *testing.T) {
	agg := startAgg(t, "127.0.0.1:0", 0)
	addr := agg.addr()
	dir := t.TempDir()
	// No prover: the job stays queued.
	tn := startNode(t, dir, nodeOpts{name: "q", aggs: []string{addr}})
	p := agg.next(t)
	bank := readExample(t, "bank")
	in := &executor.Input{
		Onchain: words(2, 1, 0, 30), State: []statement.KV{{Key: 1, Value: 100}},
		Context: statement.Context{ChainID: 1 << 40, Timestamp: 1_700_000_000, BatchNum: 1 << 33, Sequencer: [20]byte{0xaa, 0xbb}},
	}
	bin := aggInput(t, bank, in, 1, true)
	oldAcc := [32]byte{0: 0x11, 15: 0x5a, 31: 0x22}
	bin.PublicInputs.OldAccInputHash = oldAcc[:]
	r := p.genBatch(t, bin)
	if r.Result != pb.Result_RESULT_OK {
		t.Fatal(r)
	}
	inputsDir := filepath.Join(dir, "aggregator", "inputs")
	path := filepath.Join(inputsDir, r.Id+".json")
	long := time.Now().Add(-2 * tn.client.opts.Retention)
	backdate(t, path, long)
	// The inputs of a job the queue no longer has go.
	gone := filepath.Join(inputsDir, uuid.NewString()+".json")
	if err := os.WriteFile(gone, []byte(`{}`), 0o644); err != nil {
		t.Fatal(err)
	}
	backdate(t, gone, long)

	tn.client.sweep(t.Context())
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("the inputs of a queued job were swept: %v", err)
	}
	if _, err := os.Stat(gone); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("the inputs of a deleted job were kept: %v", err)
	}

	// Proven after a restart (whose sweep runs at start too).
	tn.stop()
	startNode(t, dir, nodeOpts{name: "q", aggs: []string{addr}, open: openShared(t)})
	p = agg.next(t)
	got := p.getProof(t, r.Id, 600)
	checkRecursive(t, got, r.Id, expected(t, bank, in))
	rec, err := parseRecursiveProof(got.GetRecursiveProof())
	if err != nil {
		t.Fatal(err)
	}
	newAcc := AccInputHash(oldAcc, bin.PublicInputs.BatchL2Data, [32]byte{}, in.Context.Timestamp, in.Context.Sequencer, [32]byte{})
	if rec.batch == nil || rec.batch.OldAccInputHash != hex32(oldAcc) || rec.batch.NewAccInputHash != hex32(newAcc) {
		t.Fatalf("proof's batch section %+v, want old_acc_input_hash %s, new %s", rec.batch, hex32(oldAcc), hex32(newAcc))
	}
	if _, err := os.Stat(path); err != nil {
		t.Errorf("the inputs of a done job (within retention) are gone: %v", err)
	}
}

// finishWithoutProof takes the queued job id and records it done (with no
// proof: what GetProof answers before it reads the proof is tested).
func finishWithoutProof(t *testing.T, tn *testNode, id string) queue.Job {
	t.Helper()
	job, _, err := tn.store.Next(t.Context())
	if err != nil || job.ID != id {
		t.Fatalf("next job %s %v, want %s", job.ID, err, id)
	}
	if job, err = tn.store.Finish(id, queue.Done, queue.Result{}); err != nil {
		t.Fatal(err)
	}
	return job
}

// TestMissingInputsIsInternalError: every job made through the channel has
// its inputs file, zero acc inputs too; a done job whose file is missing is
// RESULT_INTERNAL_ERROR naming the missing inputs, never a proof with zero
// acc inputs (review finding).
func TestMissingInputsIsInternalError(t *testing.T) {
	tn := startNode(t, t.TempDir(), nodeOpts{name: "m"})
	log := testLogger()
	r := tn.client.queueBatch(t.Context(), log, kindBatch, aggInput(t, counterELF(), &executor.Input{Onchain: words(3)}, 1, true))
	if r.Result != pb.Result_RESULT_OK {
		t.Fatal(r)
	}
	path, err := tn.client.inputs.path(r.Id)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("a job with zero acc inputs has no inputs file: %v", err)
	}
	if acc, err := tn.client.inputs.get(r.Id); err != nil || acc != (accInputs{}) {
		t.Fatalf("zero acc inputs read back as %+v %v", acc, err)
	}
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	job := finishWithoutProof(t, tn, r.Id)
	resp := tn.client.jobProof(log, job)
	if resp.Result != pb.GetProofResponse_RESULT_INTERNAL_ERROR || !strings.Contains(resp.ResultString, "acc inputs") {
		t.Fatalf("GetProof of a done job without its inputs: %v %q", resp.Result, resp.ResultString)
	}
}

// TestLegacyJobWithoutInputs: a job made before every channel job had an
// inputs file (created before the folder's format marker) had all-zero acc
// inputs when it has none, as it did then; a newer one is an error.
func TestLegacyJobWithoutInputs(t *testing.T) {
	tn := startNode(t, t.TempDir(), nodeOpts{name: "l"})
	log := testLogger()
	r := tn.client.queueBatch(t.Context(), log, kindBatch, aggInput(t, counterELF(), &executor.Input{Onchain: words(3)}, 1, true))
	if r.Result != pb.Result_RESULT_OK {
		t.Fatal(r)
	}
	path, _ := tn.client.inputs.path(r.Id)
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	job, err := tn.jobs.Get(t.Context(), r.Id)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tn.client.inputs.forJob(job); err == nil || !strings.Contains(err.Error(), "acc inputs") {
		t.Fatalf("a new job without inputs: %v", err)
	}
	// The folder's format started after the job: a legacy job.
	tn.client.inputs.since = job.CreatedAt.Add(time.Second)
	if acc, err := tn.client.inputs.forJob(job); err != nil || acc != (accInputs{}) {
		t.Fatalf("a legacy job without inputs: %+v %v", acc, err)
	}
	// The marker survives a reopen, and is not swept.
	dir := filepath.Dir(path)
	s, err := openInputStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	backdate(t, filepath.Join(dir, inputsMarker), time.Now().Add(-10*tn.client.opts.Retention))
	tn.client.sweep(t.Context())
	s2, err := openInputStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !s.since.Equal(s2.since) || s.since.IsZero() {
		t.Errorf("format marker %s, then %s", s.since, s2.since)
	}
}

// TestWorkSweptOnlyWhenFinished: a pending work item is never swept,
// however old; a finished one is, retention after it finished (review
// finding: pending items were swept by their creation time).
func TestWorkSweptOnlyWhenFinished(t *testing.T) {
	s, err := openWorkStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	pend := &workRecord{ID: uuid.NewString(), Kind: workAggregate}
	done := &workRecord{ID: uuid.NewString(), Kind: workAggregate}
	recent := &workRecord{ID: uuid.NewString(), Kind: workAggregate}
	for _, w := range []*workRecord{pend, done, recent} {
		if err := s.add(w); err != nil {
			t.Fatal(err)
		}
	}
	for _, w := range []*workRecord{done, recent} {
		if _, err := s.update(w.ID, func(r *workRecord) { r.State, r.Result = workDone, "x" }); err != nil {
			t.Fatal(err)
		}
	}
	long := time.Now().Add(-48 * time.Hour)
	for _, w := range []*workRecord{pend, done} {
		p, _ := s.path(w.ID)
		backdate(t, p, long)
	}
	n, err := s.sweep(time.Now().Add(-24 * time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if _, ok, err := s.get(pend.ID); !ok || err != nil {
		t.Fatalf("a pending item was swept: %v", err)
	}
	if ids, _ := s.pendingIDs(auth.System); !slices.Equal(ids, []string{pend.ID}) {
		t.Errorf("pending %v", ids)
	}
	if _, ok, _ := s.get(done.ID); ok {
		t.Errorf("an item finished before retention was kept")
	}
	if _, ok, _ := s.get(recent.ID); !ok {
		t.Errorf("an item finished within retention was swept")
	}
	if n != 1 {
		t.Errorf("swept %d", n)
	}
}

// TestStreamLossWhileAnswering: an aggregator stream that dies while the
// node answers a request (a GetProof waiting for a job) is noticed at once
// and redialled, not after the wait (review finding: the node noticed only
// when it sent the answer, up to max-wait later).
func TestStreamLossWhileAnswering(t *testing.T) {
	agg := startAgg(t, "127.0.0.1:0", 0)
	tn := startNode(t, t.TempDir(), nodeOpts{aggs: []string{agg.addr()}}) // no workers: the job stays queued
	p := agg.next(t)
	r := p.genBatch(t, aggInput(t, readExample(t, "fibonacci"), &executor.Input{Onchain: words(6)}, 1, true))
	if r.Result != pb.Result_RESULT_OK {
		t.Fatal(r)
	}
	msg := &pb.AggregatorMessage{}
	getProofReq(r.Id, 3600).set(msg)
	if err := p.stream.Send(msg); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the GetProof to wait", func() bool { return tn.jobs.Waiting() == 1 })
	p.close() // the aggregator ends the stream
	start := time.Now()
	select {
	case p2 := <-agg.provers:
		t.Cleanup(p2.close)
		if p2.id != p.id {
			t.Errorf("prover id changed: %s -> %s", p.id, p2.id)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no new stream 10 s after the aggregator closed the stream")
	}
	t.Logf("redialled after %s", time.Since(start))
	waitFor(t, "the wait to end", func() bool { return tn.jobs.Waiting() == 0 })
	if c := tn.Aggregators()[0]; c.Connects != 2 || !strings.Contains(c.LastError, "closed the stream") {
		t.Errorf("connection %+v", c)
	}
}

// bareClient is a Client that is not running (no stream, no work loop):
// tests drive its handlers.
func bareClient(t *testing.T) (*Client, *queue.Store) {
	t.Helper()
	dir := t.TempDir()
	store, err := queue.Open(filepath.Join(dir, "queue"), queue.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = store.Close() })
	js := jobs.New(store, jobs.Options{MaxWait: time.Minute, Logger: testLogger()})
	c, err := New(js, Options{Watchdog: time.Minute, Backoff: time.Second, BackoffMax: time.Second, DialTimeout: time.Second,
		Retention: time.Hour, FinalDir: filepath.Join(dir, "aggregator", "final"), Logger: testLogger(), Registry: prometheus.NewRegistry()})
	if err != nil {
		t.Fatal(err)
	}
	return c, store
}

// TestNonCanonicalIDs: Cancel and GetProof with an id spelt otherwise than
// the node spells it (upper case, braces, urn:uuid:) act on the item or job
// of that id (review finding: Cancel of a work item answered OK without
// stopping it, GetProof and Cancel of a job read it as unknown).
func TestNonCanonicalIDs(t *testing.T) {
	c, _ := bareClient(t)
	log := testLogger()
	owner := auth.Principal{Name: "aggregator x", Role: auth.Submit}
	ctx := auth.With(t.Context(), owner)
	spell := map[string]func(string) string{
		"upper":  strings.ToUpper,
		"braces": func(id string) string { return "{" + id + "}" },
		"urn":    func(id string) string { return "urn:uuid:" + strings.ToUpper(id) },
	}
	for name, sp := range spell {
		t.Run(name, func(t *testing.T) {
			// A work item being proven (as runWork registers it).
			id := uuid.NewString()
			if err := c.work.add(&workRecord{ID: id, Kind: workAggregate, Owner: owner.Name}); err != nil {
				t.Fatal(err)
			}
			wctx, cancel := context.WithCancel(t.Context())
			defer cancel()
			c.wmu.Lock()
			c.running[id] = cancel
			c.wmu.Unlock()
			if resp := c.cancel(ctx, log, &pb.CancelRequest{Id: sp(id)}); resp.Result != pb.Result_RESULT_OK {
				t.Fatalf("Cancel %s: %v", sp(id), resp)
			}
			if wctx.Err() == nil {
				t.Errorf("Cancel %s answered OK, the item is still being proven", sp(id))
			}
			if ids, _ := c.work.pendingIDs(owner); slices.Contains(ids, id) {
				t.Errorf("cancelled item still pending: %v", ids)
			}
			if g := c.getProof(ctx, log, &pb.GetProofRequest{Id: sp(id)}); g.Result != pb.GetProofResponse_RESULT_CANCEL {
				t.Errorf("GetProof %s of a cancelled item: %v", sp(id), g)
			}

			// A batch job.
			r := c.queueBatch(ctx, log, kindBatch, aggInput(t, counterELF(), &executor.Input{Onchain: words(3)}, uint64(len(name)), true))
			if r.Result != pb.Result_RESULT_OK {
				t.Fatal(r)
			}
			if g := c.getProof(ctx, log, &pb.GetProofRequest{Id: sp(r.Id)}); g.Result != pb.GetProofResponse_RESULT_PENDING {
				t.Errorf("GetProof %s of a queued job: %v %s", sp(r.Id), g.Result, g.ResultString)
			}
			if resp := c.cancel(ctx, log, &pb.CancelRequest{Id: sp(r.Id)}); resp.Result != pb.Result_RESULT_OK {
				t.Errorf("Cancel %s of a queued job: %v", sp(r.Id), resp)
			}
			if j, err := c.jobs.Get(ctx, r.Id); err != nil || j.State != queue.Cancelled {
				t.Errorf("job after Cancel: %s %v", j.State, err)
			}
		})
	}
}
