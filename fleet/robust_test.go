package fleet

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/frontend"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/prover/longrun"
	"github.com/zkprover/zkprover/prover/provertest"
)

// The tests of this file need no keys and prove nothing: the owner verifies
// with fakeKeys (no proof verifies: their results are errors, or never
// come), the workers prove with a stubProver.

// fakeKeys is a VerifyingKeys with an empty verifying key.
type fakeKeys struct{}

func (fakeKeys) Keys(k int) (*prover.Keys, error) {
	return &prover.Keys{Manifest: prover.Manifest{LogSteps: k}, VK: groth16.NewVerifyingKey(ecc.BN254)}, nil
}

// stubProver is a worker's SegmentProver that proves nothing: it sleeps
// (then fails) or, with sleep 0, blocks until its context ends. Each call
// is announced on started and its end (the context's cause, or nil) on ended.
type stubProver struct {
	sleep   time.Duration
	calls   atomic.Int32
	started chan struct{}
	ended   chan error
}

func newStub(sleep time.Duration) *stubProver {
	return &stubProver{sleep: sleep, started: make(chan struct{}, 16), ended: make(chan error, 16)}
}

func (s *stubProver) ProveAssignment(ctx context.Context, _ int, _ frontend.Circuit, _ prover.Target) (groth16.Proof, witness.Witness, error) {
	s.calls.Add(1)
	s.started <- struct{}{}
	if s.sleep > 0 {
		select {
		case <-time.After(s.sleep):
			s.ended <- nil
			return nil, nil, errors.New("stub prover: no proof")
		case <-ctx.Done():
		}
	} else {
		<-ctx.Done()
	}
	s.ended <- context.Cause(ctx)
	return nil, nil, ctx.Err()
}

// oneServer is an embedded server (cleaned up with the test).
func oneServer(ctx context.Context, t *testing.T) []string {
	t.Helper()
	return clientURLs(startCluster(ctx, t, 1, Auth{}))
}

// oneServerStore is an embedded server whose JetStream may use maxStore
// bytes of disk (whatever the machine's free disk).
func oneServerStore(ctx context.Context, t *testing.T, maxStore int64) []string {
	t.Helper()
	return clientURLs(startCluster(ctx, t, 1, Auth{}, withMaxStore(maxStore)))
}

// withMaxStore sets a server's JetStream MaxStore.
func withMaxStore(n int64) func(*EmbedConfig) {
	return func(c *EmbedConfig) { c.MaxStore = n }
}

// connectTest connects to urls with the tests' configuration, ackWait and
// maxDeliver.
func connectTest(ctx context.Context, t *testing.T, urls []string, ackWait time.Duration, maxDeliver int) *Fleet {
	t.Helper()
	cfg := testConfig(urls, "", ackWait, zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.WarnLevel))
	cfg.MaxDeliver = maxDeliver
	f, err := Connect(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(f.Close)
	return f
}

// runWorker runs a worker until the test ends (or stop is called).
func runWorker(ctx context.Context, t *testing.T, f *Fleet, cfg WorkerConfig) (stop func()) {
	t.Helper()
	if cfg.Classes == nil {
		cfg.Classes = []int{provertest.SegmentClass}
	}
	if cfg.PollWait == 0 {
		cfg.PollWait = 500 * time.Millisecond
	}
	cfg.Log = zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.WarnLevel)
	w, err := NewWorker(f, cfg)
	if err != nil {
		t.Fatal(err)
	}
	wctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := w.Run(wctx); err != nil {
			t.Errorf("worker %s: %v", cfg.ID, err)
		}
	}()
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cancel()
			select {
			case <-done:
			case <-time.After(time.Minute):
				t.Errorf("worker %s did not stop", cfg.ID)
			}
		})
	}
	t.Cleanup(stop)
	return stop
}

// fakeTask is a task whose data no worker can prove (its run data has no
// program): enough for an owner that is never answered with a proof.
func fakeTask(seg int) (*longrun.RunData, *longrun.SegmentTask) {
	return &longrun.RunData{LogSteps: provertest.SegmentClass}, &longrun.SegmentTask{Index: seg}
}

// sortTask is the real task of the sort run's second segment (class 2^5):
// a worker re-executes it and hands its assignment to its prover.
func sortTask(ctx context.Context, t *testing.T) (*longrun.RunData, *longrun.SegmentTask) {
	t.Helper()
	prog, in := sortRun(t)
	plan, err := longrun.NewPlan(ctx, prog, in, executor.Config{}, provertest.SegmentClass)
	if err != nil {
		t.Fatal(err)
	}
	keep := &keepTask{keepOne: keepOne{idx: 1}}
	if _, err := longrun.ProveSegments(ctx, plan, prog, in, executor.Config{}, []longrun.SegmentProver{keep}, nil, nil, nil); err != nil {
		t.Fatal(err)
	}
	if keep.task == nil {
		t.Fatal("no second segment")
	}
	return keep.run, keep.task
}

// proveTask runs job's ProveTask in a goroutine; its error comes on the channel.
func proveTask(ctx context.Context, job *Job, run *longrun.RunData, st *longrun.SegmentTask) <-chan error {
	out := make(chan error, 1)
	go func() {
		_, err := job.Provers(1)[0].(*Prover).ProveTask(ctx, run, st, prover.TargetRecursion)
		out <- err
	}()
	return out
}

// publishAndStop opens job on f, has it publish its segment's task, and
// stops it (as an owner that dies) with the task still queued.
func publishAndStop(ctx context.Context, t *testing.T, f *Fleet, job string, run *longrun.RunData, st *longrun.SegmentTask) {
	t.Helper()
	j, err := f.Job(ctx, job, fakeKeys{})
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	c, cancel := context.WithCancel(ctx)
	defer cancel()
	done := proveTask(c, j, run, st)
	if err := pollUntil(ctx, "the first owner publishes the task", func() bool { return j.Stats().Published == 1 }); err != nil {
		t.Fatal(err)
	}
	cancel()
	if err := waitErr(t, done, time.Minute); !errors.Is(err, context.Canceled) || j.Stats().Published != 1 {
		t.Fatalf("first owner: %v, %+v", err, j.Stats())
	}
}

// waitErr waits for a ProveTask's error.
func waitErr(t *testing.T, ch <-chan error, within time.Duration) error {
	t.Helper()
	select {
	case err := <-ch:
		return err
	case <-time.After(within):
		t.Fatalf("ProveTask did not return within %s", within)
		return nil
	}
}

// queueTask publishes a task for st directly (attempt 1, no owner).
func queueTask(ctx context.Context, t *testing.T, f *Fleet, job string, run *longrun.RunData, st *longrun.SegmentTask) {
	t.Helper()
	rawRun, err := json.Marshal(run)
	if err != nil {
		t.Fatal(err)
	}
	rawTask, err := json.Marshal(st)
	if err != nil {
		t.Fatal(err)
	}
	rp, err := pack(rawRun)
	if err != nil {
		t.Fatal(err)
	}
	cp, err := pack(rawTask)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []payload{rp, cp} {
		if _, err := f.objects.PutBytes(ctx, p.name, p.packed); err != nil {
			t.Fatal(err)
		}
	}
	k := run.LogSteps
	task := Task{ID: TaskID(job, st.Index), Job: job, Segment: st.Index, Class: k, Target: prover.TargetRecursion, Attempt: 1,
		Owner: "test", Run: rp.name, RunSize: len(rawRun), Checkpoint: cp.name, WitnessSize: len(rawTask), StoredSize: len(cp.packed)}
	data, err := json.Marshal(task)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.js.Publish(ctx, taskSubject(k, job, st.Index), data); err != nil {
		t.Fatal(err)
	}
}

// failTask fetches the next task of class k and naks it, n times, then
// pulls once more (the pull on which JetStream sees the task's deliveries
// exhausted: it delivers nothing).
func failTask(ctx context.Context, t *testing.T, c jetstream.Consumer, n int) {
	t.Helper()
	for i := 0; i < n; i++ {
		batch, err := c.Fetch(1, jetstream.FetchMaxWait(10*time.Second))
		if err != nil {
			t.Fatal(err)
		}
		var got jetstream.Msg
		for m := range batch.Messages() {
			got = m
		}
		if got == nil {
			t.Fatalf("delivery %d: no task (%v)", i+1, batch.Error())
		}
		if md, err := got.Metadata(); err != nil || md.NumDelivered != uint64(i+1) {
			t.Fatalf("delivery %d: metadata %+v, %v", i+1, md, err)
		}
		if err := got.Nak(); err != nil {
			t.Fatal(err)
		}
	}
	batch, err := c.Fetch(1, jetstream.FetchMaxWait(2*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	for m := range batch.Messages() {
		t.Fatalf("delivered once more than MaxDeliver: %s", m.Subject())
	}
	if ctx.Err() != nil {
		t.Fatal(ctx.Err())
	}
}

// TestQueuedTaskUndeliverableAfterRestart: an owner restarted while its
// segment's task is still queued (its publish refused) adopts that task;
// when the task then exhausts its deliveries the segment fails with
// ErrUndeliverable (it waited forever: the sequence was only known to the
// first owner).
func TestQueuedTaskUndeliverableAfterRestart(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	urls := oneServer(ctx, t)
	f := connectTest(ctx, t, urls, time.Second, 2)
	cons, err := f.ensureConsumer(ctx, provertest.SegmentClass)
	if err != nil {
		t.Fatal(err)
	}
	run, st := fakeTask(3)
	publishAndStop(ctx, t, f, "job-restart", run, st)

	job2, err := f.Job(ctx, "job-restart", fakeKeys{})
	if err != nil {
		t.Fatal(err)
	}
	defer job2.Close()
	done := proveTask(ctx, job2, run, st)
	if err := pollUntil(ctx, "the second owner finds the task queued", func() bool { return job2.Stats().Queued == 1 }); err != nil {
		t.Fatal(err)
	}
	failTask(ctx, t, cons, 2)
	if err := waitErr(t, done, 40*time.Second); !errors.Is(err, ErrUndeliverable) {
		t.Fatalf("restarted owner: %v, want ErrUndeliverable", err)
	}
	if s := job2.Stats(); s.Published != 0 {
		t.Fatalf("restarted owner published a task: %+v", s)
	}
}

// TestUndeliverableWhileOwnerDown: a task that exhausts its deliveries
// while its owner is down (the max-deliveries advisory is a plain message,
// sent to nobody) fails its segment once the owner is back: it held the
// segment until the task aged out.
func TestUndeliverableWhileOwnerDown(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	urls := oneServer(ctx, t)
	f := connectTest(ctx, t, urls, time.Second, 2)
	cons, err := f.ensureConsumer(ctx, provertest.SegmentClass)
	if err != nil {
		t.Fatal(err)
	}
	run, st := fakeTask(0)
	publishAndStop(ctx, t, f, "job-down", run, st)
	failTask(ctx, t, cons, 2) // no owner running

	job2, err := f.Job(ctx, "job-down", fakeKeys{})
	if err != nil {
		t.Fatal(err)
	}
	defer job2.Close()
	if err := waitErr(t, proveTask(ctx, job2, run, st), 40*time.Second); !errors.Is(err, ErrUndeliverable) {
		t.Fatalf("restarted owner: %v, want ErrUndeliverable", err)
	}
}

// failingObjects is an object store whose reads always fail (a store that
// does not answer).
type failingObjects struct {
	jetstream.ObjectStore
	gets atomic.Int32
}

func (o *failingObjects) GetBytes(ctx context.Context, name string, _ ...jetstream.GetObjectOpt) ([]byte, error) {
	o.gets.Add(1)
	return nil, errors.New("object store unavailable")
}

// TestWorkerFetchFailureGivesTaskBack: a worker whose object store does not
// answer gives the task back after RetryTimeout (it retried until it
// stopped, holding the task with in-progress acks); the task's deliveries
// run out and the owner fails the segment.
func TestWorkerFetchFailureGivesTaskBack(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	urls := oneServer(ctx, t)
	f := connectTest(ctx, t, urls, 3*time.Second, 2)
	fw := connectTest(ctx, t, urls, 3*time.Second, 2)
	broken := &failingObjects{ObjectStore: fw.objects}
	fw.objects = broken
	job, err := f.Job(ctx, "job-fetch", fakeKeys{})
	if err != nil {
		t.Fatal(err)
	}
	defer job.Close()
	run, st := fakeTask(0)
	done := proveTask(ctx, job, run, st)
	stub := newStub(0)
	runWorker(ctx, t, fw, WorkerConfig{ID: "w-fetch", Prover: stub, RetryTimeout: time.Second})
	if err := waitErr(t, done, time.Minute); !errors.Is(err, ErrUndeliverable) {
		t.Fatalf("owner: %v, want ErrUndeliverable", err)
	}
	if broken.gets.Load() < 2 || stub.calls.Load() != 0 {
		t.Fatalf("%d fetches, %d proofs", broken.gets.Load(), stub.calls.Load())
	}
}

// TestWorkerTaskTimeout: a proof that runs past the worker's TaskTimeout is
// cancelled and its task given back (delivered again).
func TestWorkerTaskTimeout(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	urls := oneServer(ctx, t)
	f := connectTest(ctx, t, urls, 3*time.Second, 5)
	run, st := sortTask(ctx, t)
	queueTask(ctx, t, f, "job-timeout", run, st)
	stub := newStub(0)
	runWorker(ctx, t, f, WorkerConfig{ID: "w-timeout", Prover: stub, TaskTimeout: 2 * time.Second})
	for i := range 2 {
		select {
		case <-stub.started:
		case <-time.After(time.Minute):
			t.Fatalf("proof %d never started", i+1)
		}
		if i == 1 {
			break
		}
		select {
		case cause := <-stub.ended:
			if !errors.Is(cause, errTaskTimeout) {
				t.Fatalf("first proof ended with %v", cause)
			}
		case <-time.After(time.Minute):
			t.Fatal("the first proof was never stopped")
		}
	}
}

// TestInProgressFollowsConsumerAckWait: the consumer was created with an ack
// wait of 8 s (by the first member), the workers are configured with 30 s:
// their in-progress acks follow the consumer's (every 8/3 s), so a 20 s
// proof keeps its task. Had they followed their own 30 s (a first
// in-progress ack at 10 s), the task would have been delivered again to the
// other worker mid-proof, at 8 s. (The ack wait leaves an in-progress ack
// more than 5 s of scheduling delay on a loaded machine.)
func TestInProgressFollowsConsumerAckWait(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	urls := oneServer(ctx, t)
	f := connectTest(ctx, t, urls, 8*time.Second, 5)
	if _, err := f.ensureConsumer(ctx, provertest.SegmentClass); err != nil {
		t.Fatal(err)
	}
	run, st := sortTask(ctx, t)
	const job = "job-ackwait"
	stub := newStub(20 * time.Second)
	for _, id := range []string{"w-a", "w-b"} {
		fw := connectTest(ctx, t, urls, 30*time.Second, 5)
		runWorker(ctx, t, fw, WorkerConfig{ID: id, Prover: stub})
	}
	queueTask(ctx, t, f, job, run, st)
	select {
	case cause := <-stub.ended:
		if cause != nil {
			t.Fatalf("the proof was cancelled: %v", cause)
		}
	case <-time.After(2 * time.Minute):
		t.Fatal("the proof never ended")
	}
	var r *Result
	if err := pollUntil(ctx, "the result", func() bool {
		var err error
		r, err = f.Lookup(ctx, job, st.Index)
		return err == nil && r != nil
	}); err != nil {
		t.Fatal(err)
	}
	time.Sleep(2 * time.Second) // a second proof, had there been one, is started by now
	if n := stub.calls.Load(); n != 1 || r.Delivered != 1 {
		t.Fatalf("%d proofs, the result's task delivered %d times: redelivered mid-proof", n, r.Delivered)
	}
}

// TestPurgeStopsWorker: a job cancelled and purged while a worker proves
// one of its tasks: the worker's proof is cancelled and it publishes no
// result.
func TestPurgeStopsWorker(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	urls := oneServer(ctx, t)
	f := connectTest(ctx, t, urls, 3*time.Second, 5)
	run, st := sortTask(ctx, t)
	stub := newStub(0)
	runWorker(ctx, t, f, WorkerConfig{ID: "w-purge", Prover: stub})
	job, err := f.Job(ctx, "job-purge", fakeKeys{})
	if err != nil {
		t.Fatal(err)
	}
	defer job.Close()
	jctx, jcancel := context.WithCancel(ctx)
	done := proveTask(jctx, job, run, st)
	select {
	case <-stub.started:
	case <-time.After(time.Minute):
		t.Fatal("the proof never started")
	}
	jcancel()
	if err := waitErr(t, done, time.Minute); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled job: %v", err)
	}
	if err := job.Purge(ctx); err != nil {
		t.Fatal(err)
	}
	select {
	case cause := <-stub.ended:
		if !errors.Is(cause, errTaskGone) {
			t.Fatalf("proof ended with %v", cause)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("the purged task's proof was not stopped")
	}
	time.Sleep(2 * time.Second)
	if r, err := f.Lookup(ctx, job.ID(), st.Index); err != nil || r != nil {
		t.Fatalf("a result after the purge: %+v, %v", r, err)
	}
}

// publishResult publishes a result from a plain NATS connection (any fleet
// client can).
func publishResult(t *testing.T, nc *nats.Conn, job string, seg int, r any) {
	t.Helper()
	data, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := nc.Request(resultSubject(job, seg), data, 10*time.Second); err != nil {
		t.Fatal(err)
	}
}

// TestForgedResultsNotCounted: failed results published by any client for
// attempts the owner never published (one near MaxInt) are ignored, and a
// published attempt counts one rejection however many results fail it; the
// segment is re-tasked once and does not fail with ErrRejected.
func TestForgedResultsNotCounted(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	urls := oneServer(ctx, t)
	f := connectTest(ctx, t, urls, 30*time.Second, 5)
	cons, err := f.ensureConsumer(ctx, provertest.SegmentClass)
	if err != nil {
		t.Fatal(err)
	}
	const jobID = "job-forged"
	job, err := f.Job(ctx, jobID, fakeKeys{})
	if err != nil {
		t.Fatal(err)
	}
	defer job.Close()
	run, st := fakeTask(2)
	jctx, jcancel := context.WithCancel(ctx)
	defer jcancel()
	done := proveTask(jctx, job, run, st)
	if err := pollUntil(ctx, "the task is published", func() bool { return job.Stats().Published == 1 }); err != nil {
		t.Fatal(err)
	}
	nc, err := nats.Connect(urls[0])
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	forged := func(attempt int) Result {
		return Result{Task: TaskID(jobID, 2), Job: jobID, Segment: 2, Attempt: attempt, Worker: "mallory", Error: "forged failure"}
	}
	for range 3 {
		publishResult(t, nc, jobID, 2, forged(7)) // never published
	}
	publishResult(t, nc, jobID, 2, forged(math.MaxInt))
	for range 3 {
		publishResult(t, nc, jobID, 2, forged(1)) // published: one rejection
	}
	returned := false
	var early error
	if err := pollUntil(ctx, "the owner read the results", func() bool {
		select {
		case early = <-done:
			returned = true
			return true
		default:
		}
		s := job.Stats()
		return s.Rejected+s.Ignored >= 7
	}); err != nil {
		t.Fatal(err)
	}
	if returned {
		t.Fatalf("ProveTask returned: %v", early)
	}
	// The worker of a failed attempt acknowledges its task after publishing
	// its result: then the owner re-tasks the segment (once).
	batch, err := cons.Fetch(1, jetstream.FetchMaxWait(10*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	for m := range batch.Messages() {
		if err := m.DoubleAck(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if err := pollUntil(ctx, "the segment is re-tasked", func() bool { return job.Stats().Published >= 2 }); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-done:
		t.Fatalf("ProveTask returned: %v", err)
	case <-time.After(2 * time.Second):
	}
	if s := job.Stats(); s.Rejected != 1 || s.Ignored != 6 || s.Published != 2 {
		t.Fatalf("stats %+v: want 1 rejected, 6 ignored, 2 published", s)
	}
	jcancel()
	if err := waitErr(t, done, time.Minute); errors.Is(err, ErrRejected) || !errors.Is(err, context.Canceled) {
		t.Fatalf("ProveTask: %v", err)
	}
}

// TestUnaskedResultsBounded: results for a segment nobody asked for (yet)
// are held up to a bound; oversized ones are dropped.
func TestUnaskedResultsBounded(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	urls := oneServer(ctx, t)
	f := connectTest(ctx, t, urls, 30*time.Second, 5)
	const jobID = "job-flood"
	job, err := f.Job(ctx, jobID, fakeKeys{})
	if err != nil {
		t.Fatal(err)
	}
	defer job.Close()
	nc, err := nats.Connect(urls[0])
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	const n = 100
	for i := range n {
		r := Result{Task: TaskID(jobID, 9), Job: jobID, Segment: 9, Attempt: i + 1, Worker: "mallory", Error: "flood"}
		if i == 0 {
			r.Proof = make([]byte, maxResultProof+1)
		}
		publishResult(t, nc, jobID, 9, r)
	}
	held := func() int {
		job.mu.Lock()
		defer job.mu.Unlock()
		return len(job.got[9])
	}
	if err := pollUntil(ctx, "the owner read the results", func() bool { return held()+job.Stats().Ignored >= n }); err != nil {
		t.Fatal(err)
	}
	if h := held(); h > maxHeldPerSegment {
		t.Fatalf("%d results held for a segment not asked for", h)
	}
}

// TestMissingObjectNotRejected: a worker that finds a task's object missing
// (deleted by another job's owner) reports it; the owner stores the objects
// again and re-tasks without counting a rejection. The task's data cannot
// be proven here, so the segment still fails, after MaxAttempts rejections
// of its later attempts.
func TestMissingObjectNotRejected(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	urls := oneServer(ctx, t)
	f := connectTest(ctx, t, urls, 30*time.Second, 5)
	job, err := f.Job(ctx, "job-missing", fakeKeys{})
	if err != nil {
		t.Fatal(err)
	}
	defer job.Close()
	run, st := fakeTask(0)
	done := proveTask(ctx, job, run, st)
	if err := pollUntil(ctx, "the task is published", func() bool { return job.Stats().Published == 1 }); err != nil {
		t.Fatal(err)
	}
	job.mu.Lock()
	runObj := job.runObj.name
	job.mu.Unlock()
	if err := f.objects.Delete(ctx, runObj); err != nil {
		t.Fatal(err)
	}
	runWorker(ctx, t, f, WorkerConfig{ID: "w-missing", Prover: newStub(0)})
	err = waitErr(t, done, 2*time.Minute)
	s := job.Stats()
	if !errors.Is(err, ErrRejected) || s.Missing != 1 || s.Rejected != f.cfg.MaxAttempts || s.Published != f.cfg.MaxAttempts+1 {
		t.Fatalf("%v; stats %+v: want the missing object re-tasked without counting", err, s)
	}
}

// TestWorkerStopGivesTaskBack: workers stopped (SIGTERM) mid-task more
// times than MaxDeliver, as in a rolling restart: each gives its task back
// without using up its deliveries, the owner publishes it again, and the
// segment does not fail.
func TestWorkerStopGivesTaskBack(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	urls := oneServer(ctx, t)
	f := connectTest(ctx, t, urls, 3*time.Second, 2)
	run, st := sortTask(ctx, t)
	job, err := f.Job(ctx, "job-rolling", fakeKeys{})
	if err != nil {
		t.Fatal(err)
	}
	defer job.Close()
	jctx, jcancel := context.WithCancel(ctx)
	defer jcancel()
	done := proveTask(jctx, job, run, st)
	stub := newStub(0)
	for i := range 3 {
		stop := runWorker(ctx, t, f, WorkerConfig{ID: fmt.Sprintf("w-%d", i), Prover: stub})
		select {
		case <-stub.started:
		case err := <-done:
			t.Fatalf("worker %d: the segment failed: %v", i, err)
		case <-time.After(time.Minute):
			t.Fatalf("worker %d never got the task", i)
		}
		stop()
	}
	select {
	case err := <-done:
		t.Fatalf("the segment failed: %v", err)
	case <-time.After(2 * time.Second):
	}
	if s := job.Stats(); s.Vanished < 2 || s.Published < 3 {
		t.Fatalf("stats %+v: want the stopped workers' tasks published again", s)
	}
}

// TestJobOpenResultsVanish: results counted when a job opens but deleted
// before they are read (purged, aged out) do not hold Job up.
func TestJobOpenResultsVanish(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	urls := oneServer(ctx, t)
	f := connectTest(ctx, t, urls, 30*time.Second, 5)
	const jobID = "job-vanish"
	nc, err := nats.Connect(urls[0])
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	for seg := range 3 {
		publishResult(t, nc, jobID, seg, Result{Task: TaskID(jobID, seg), Job: jobID, Segment: seg, Attempt: 1, Worker: "w", Error: "x"})
	}
	testHookJobConsume = func() {
		for seg := range 3 {
			if err := deleteSubject(ctx, f.results, resultSubject(jobID, seg)); err != nil {
				t.Error(err)
			}
		}
	}
	defer func() { testHookJobConsume = nil }()
	octx, ocancel := context.WithTimeout(ctx, 30*time.Second)
	defer ocancel()
	job, err := f.Job(octx, jobID, fakeKeys{})
	if err != nil {
		t.Fatal(err)
	}
	job.Close()
}

// TestDeadForeignTaskCleared: another task on the segment's subject (not
// this owner's: other objects) that ran out of deliveries is deleted, and
// the owner's own task published (it waited for ever).
func TestDeadForeignTaskCleared(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	urls := oneServer(ctx, t)
	f := connectTest(ctx, t, urls, time.Second, 2)
	cons, err := f.ensureConsumer(ctx, provertest.SegmentClass)
	if err != nil {
		t.Fatal(err)
	}
	const jobID = "job-foreign"
	run, st := fakeTask(0)
	other := *run
	other.Cycles = 1
	queueTask(ctx, t, f, jobID, &other, st)
	failTask(ctx, t, cons, 2)
	job, err := f.Job(ctx, jobID, fakeKeys{})
	if err != nil {
		t.Fatal(err)
	}
	defer job.Close()
	jctx, jcancel := context.WithCancel(ctx)
	defer jcancel()
	done := proveTask(jctx, job, run, st)
	wctx, wcancel := context.WithTimeout(ctx, 30*time.Second)
	defer wcancel()
	if err := pollUntil(wctx, "the owner's task is published", func() bool { return job.Stats().Published == 1 }); err != nil {
		t.Fatal(err)
	}
	jcancel()
	if err := waitErr(t, done, time.Minute); !errors.Is(err, context.Canceled) {
		t.Fatalf("ProveTask: %v", err)
	}
}

// TestWorkerStopNaksOldOwnersTask: a task from an owner of an earlier
// version (no Republishes) is naked, not terminated, by a worker that stops
// mid-task: such an owner does not publish a terminated task again, and it
// was lost (its segment waited until the job was cancelled).
func TestWorkerStopNaksOldOwnersTask(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	urls := oneServer(ctx, t)
	f := connectTest(ctx, t, urls, 30*time.Second, 5)
	run, st := sortTask(ctx, t)
	first := newStub(0)
	stop := runWorker(ctx, t, connectTest(ctx, t, urls, 30*time.Second, 5), WorkerConfig{ID: "w-old-1", Prover: first})
	queueTask(ctx, t, f, "job-old-owner", run, st) // as an earlier owner publishes it
	select {
	case <-first.started:
	case <-time.After(time.Minute):
		t.Fatal("the first worker never took the task")
	}
	stop()
	second := newStub(0)
	runWorker(ctx, t, connectTest(ctx, t, urls, 30*time.Second, 5), WorkerConfig{ID: "w-old-2", Prover: second})
	select {
	case <-second.started:
	case <-time.After(time.Minute):
		t.Fatal("the task was lost when the first worker stopped")
	}
}

// TestEventsPruned: once maxEvents advisories are kept, the oldest of other
// jobs' are dropped to make room (a new one was dropped instead, so an
// advisory about a task adopted later could be lost), and this job's are
// kept.
func TestEventsPruned(t *testing.T) {
	j := &Job{events: map[uint64]taskEvent{}, seqs: map[uint64]int{}}
	for seq := uint64(1); seq <= maxEvents; seq++ {
		j.events[seq] = taskEvent{}
	}
	j.seqs[5] = 0 // this job's task
	j.pruneEvents()
	if n := len(j.events); n >= maxEvents || n < maxEvents*8/10 {
		t.Fatalf("%d events kept after pruning %d", n, maxEvents)
	}
	for _, seq := range []uint64{5, maxEvents} {
		if _, ok := j.events[seq]; !ok {
			t.Errorf("event %d dropped", seq)
		}
	}
	if _, ok := j.events[1]; ok {
		t.Error("the oldest event of another job kept")
	}
}
