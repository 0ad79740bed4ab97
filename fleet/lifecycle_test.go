package fleet

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/frontend"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/prover/longrun"
	"github.com/zkprover/zkprover/prover/provertest"
)

// The lifecycle review's findings (docs/fleet.md "Faults"): workers with
// other keys, one bad worker, a consumer deleted under a worker, objects
// left after a purge, byte bounds, a redelivered task's claimed result.

// digestKeys is a VerifyingKeys whose keys have the digest it is (their
// manifest's verifying-key sha256) and an empty verifying key.
type digestKeys string

func (d digestKeys) Keys(k int) (*prover.Keys, error) {
	return &prover.Keys{Manifest: prover.Manifest{LogSteps: k, Files: map[string]string{prover.FileVK: string(d)}},
		VK: groth16.NewVerifyingKey(ecc.BN254)}, nil
}

func keysOf(c byte) digestKeys { return digestKeys(strings.Repeat(string(c), 64)) }

// member finds a member record in the fleet's status.
func member(ctx context.Context, f *Fleet, id string) (Member, bool) {
	st, err := f.Status(ctx)
	if err != nil {
		return Member{}, false
	}
	for _, m := range st.Members {
		if m.ID == id {
			return m, true
		}
	}
	return Member{}, false
}

// TestKeysDifferNotRejected: a worker whose segment keys are not the
// owner's gives the task back unproven (it proved it, and its proof was
// rejected: one bad worker failed jobs with a generic "results rejected"),
// shows its key digest in its member record, and the task goes to a worker
// with the owner's keys; nothing is counted as a rejection and no delivery
// is used (MaxDeliver 2). A live member with the owner's keys (busy
// elsewhere: a record kept by the test) is there from the start: without
// one the segment fails at the first refusal (TestKeysDifferEveryWorker).
func TestKeysDifferNotRejected(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	urls := oneServer(ctx, t)
	f := connectTest(ctx, t, urls, 30*time.Second, 2)
	run, st := sortTask(ctx, t)
	ownerKeys, otherKeys := keysOf('a'), keysOf('b')
	job, err := f.Job(ctx, "job-keys", ownerKeys)
	if err != nil {
		t.Fatal(err)
	}
	defer job.Close()
	stopBusy := keepMember(ctx, t, f, Member{ID: "w-busy", Classes: []int{provertest.SegmentClass},
		Keys: map[int]string{provertest.SegmentClass: string(ownerKeys)}})
	skewed := newStub(0)
	runWorker(ctx, t, connectTest(ctx, t, urls, 30*time.Second, 2), WorkerConfig{ID: "w-skewed", Prover: skewed, Keys: otherKeys})
	jctx, jcancel := context.WithCancel(ctx)
	defer jcancel()
	done := proveTask(jctx, job, run, st)
	if err := pollUntil(ctx, "the worker with other keys gives the task back", func() bool {
		s := job.Stats()
		return s.Refused >= 1 || s.Rejected > 0 || skewed.calls.Load() > 0
	}); err != nil {
		t.Fatal(err)
	}
	if n := skewed.calls.Load(); n != 0 {
		t.Fatalf("the worker with other keys proved the task (%d proofs started)", n)
	}
	if err := pollUntil(ctx, "the member record shows the keys and the refusal", func() bool {
		m, ok := member(ctx, f, "w-skewed")
		return ok && m.Keys[provertest.SegmentClass] == string(otherKeys) && m.Refused >= 1
	}); err != nil {
		t.Fatal(err)
	}
	honest := newStub(0)
	runWorker(ctx, t, connectTest(ctx, t, urls, 30*time.Second, 2), WorkerConfig{ID: "w-honest", Prover: honest, Keys: ownerKeys})
	select {
	case <-honest.started:
	case err := <-done:
		t.Fatalf("the segment ended: %v (stats %+v)", err, job.Stats())
	case <-time.After(2 * time.Minute):
		t.Fatalf("the worker with the owner's keys never got the task (stats %+v)", job.Stats())
	}
	stopBusy()
	if err := pollUntil(ctx, "the status shows the skew", func() bool {
		st, err := f.Status(ctx)
		return err == nil && strings.Contains(st.KeySkew(), "class 2^5 keys differ: aaaaaaaaaaaaaaaa…: w-honest; bbbbbbbbbbbbbbbb…: w-skewed")
	}); err != nil {
		t.Fatal(err)
	}
	if s := job.Stats(); s.Rejected != 0 || s.Vanished != 0 || s.Refused < 1 || skewed.calls.Load() != 0 {
		t.Fatalf("stats %+v, %d proofs by the worker with other keys: want the refusal re-tasked, nothing rejected", s, skewed.calls.Load())
	}
	jcancel()
	if err := waitErr(t, done, time.Minute); !errors.Is(err, context.Canceled) {
		t.Fatalf("ProveTask: %v", err)
	}
}

// TestKeysDifferEveryWorker: when every worker of the class has other keys
// the segment fails with ErrKeysDiffer naming them, not with ErrRejected,
// at the first refusal (it took MaxAttempts refusals, each pausing the
// refusing worker's class for 30 s and more).
func TestKeysDifferEveryWorker(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	urls := oneServer(ctx, t)
	f := connectTest(ctx, t, urls, 30*time.Second, 5)
	job, err := f.Job(ctx, "job-keys-all", keysOf('a'))
	if err != nil {
		t.Fatal(err)
	}
	defer job.Close()
	for i, c := range []byte("bcd") {
		runWorker(ctx, t, connectTest(ctx, t, urls, 30*time.Second, 5),
			WorkerConfig{ID: fmt.Sprintf("w-other-%d", i), Prover: newStub(0), Keys: keysOf(c)})
	}
	run, st := fakeTask(0)
	err = waitErr(t, proveTask(ctx, job, run, st), 3*time.Minute)
	s := job.Stats()
	if !errors.Is(err, ErrKeysDiffer) || s.Rejected != 0 || s.Refused != 1 || s.Published != 1 || !strings.Contains(err.Error(), "keys differ: worker w-other-") {
		t.Fatalf("%v; stats %+v: want ErrKeysDiffer naming the workers' keys at the first refusal", err, s)
	}
}

// keepMember keeps a member record in the members bucket (a live worker
// busy elsewhere) until the returned stop is called.
func keepMember(ctx context.Context, t *testing.T, f *Fleet, m Member) (stop func()) {
	t.Helper()
	data, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.members.Put(ctx, m.ID, data); err != nil {
		t.Fatal(err)
	}
	mctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		tick := time.NewTicker(time.Second)
		defer tick.Stop()
		for {
			select {
			case <-mctx.Done():
				return
			case <-tick.C:
				_, _ = f.members.Put(mctx, m.ID, data)
			}
		}
	}()
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cancel()
			wg.Wait()
			dctx, dcancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer dcancel()
			if err := f.members.Delete(dctx, m.ID); err != nil {
				t.Error(err)
			}
		})
	}
	t.Cleanup(stop)
	return stop
}

// TestOneWorkerCannotExhaustAttempts: a worker that fails every task adds
// one rejection to a segment while another live worker of the class could
// prove it (its failures counted each time: three of them failed the
// segment with ErrRejected); alone, its failures count again.
func TestOneWorkerCannotExhaustAttempts(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	urls := oneServer(ctx, t)
	f := connectTest(ctx, t, urls, 30*time.Second, 5)
	job, err := f.Job(ctx, "job-bad-worker", fakeKeys{})
	if err != nil {
		t.Fatal(err)
	}
	defer job.Close()
	stopBusy := keepMember(ctx, t, f, Member{ID: "w-busy", Classes: []int{provertest.SegmentClass}})
	runWorker(ctx, t, f, WorkerConfig{ID: "w-bad", Prover: newStub(0)}) // fails every fake task
	run, st := fakeTask(0)
	done := proveTask(ctx, job, run, st)
	var early error
	returned := false
	maxAtt := f.cfg.MaxAttempts
	if err := pollUntil(ctx, "the bad worker fails the segment more than MaxAttempts times", func() bool {
		select {
		case early = <-done:
			returned = true
			return true
		default:
		}
		s := job.Stats()
		return s.Rejected+s.Repeated > maxAtt
	}); err != nil {
		t.Fatal(err)
	}
	if s := job.Stats(); returned || s.Rejected != 1 {
		t.Fatalf("returned %v (%v); stats %+v: want one rejection from the bad worker while another could prove", returned, early, s)
	}
	stopBusy()
	err = waitErr(t, done, 3*time.Minute)
	if s := job.Stats(); !errors.Is(err, ErrRejected) || s.Rejected != maxAtt {
		t.Fatalf("%v; stats %+v: want the lone worker's failures counted", err, s)
	}
}

// TestWorkerRecreatesConsumer: a worker whose class consumer is deleted,
// then whose tasks stream is deleted, sets them up again and takes the
// tasks queued since (it pulled from the deleted consumer for ever, its
// heartbeats making it look healthy).
func TestWorkerRecreatesConsumer(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	urls := oneServer(ctx, t)
	f := connectTest(ctx, t, urls, 30*time.Second, 5)
	runWorker(ctx, t, connectTest(ctx, t, urls, 30*time.Second, 5), WorkerConfig{ID: "w-reopen", Prover: newStub(0)})
	name := consumerName(provertest.SegmentClass)
	if err := pollUntil(ctx, "the worker is ready", func() bool {
		_, ok := member(ctx, f, "w-reopen")
		return ok
	}); err != nil {
		t.Fatal(err)
	}
	result := func(job string) {
		t.Helper()
		wctx, wcancel := context.WithTimeout(ctx, 90*time.Second)
		defer wcancel()
		if err := pollUntil(wctx, "the worker answers "+job, func() bool {
			r, err := f.Lookup(wctx, job, 0)
			return err == nil && r != nil && r.Worker == "w-reopen"
		}); err != nil {
			t.Fatal(err)
		}
	}
	run, st := fakeTask(0)

	if err := f.tasks.DeleteConsumer(ctx, name); err != nil {
		t.Fatal(err)
	}
	queueTask(ctx, t, f, "job-reopen-1", run, st)
	result("job-reopen-1")

	if err := f.js.DeleteStream(ctx, TasksStream); err != nil {
		t.Fatal(err)
	}
	if err := pollUntil(ctx, "the tasks stream is set up again", func() bool {
		_, err := request(ctx, func(ctx context.Context) (jetstream.Stream, error) { return f.js.Stream(ctx, TasksStream) })
		return err == nil
	}); err != nil {
		t.Fatal(err)
	}
	queueTask(ctx, t, f, "job-reopen-2", run, st)
	result("job-reopen-2")
}

// objectNames lists the object store's objects.
func objectNames(ctx context.Context, t *testing.T, f *Fleet) []string {
	t.Helper()
	infos, err := f.objects.List(ctx)
	if errors.Is(err, jetstream.ErrNoObjectsFound) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, i := range infos {
		out = append(out, i.Name)
	}
	return out
}

// TestPurgeDeletesObjects: a job cancelled with its tasks queued, then
// purged, leaves no object in the object store (its checkpoints stayed
// until the store's 24 h TTL: Purge deleted the run's data only).
func TestPurgeDeletesObjects(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	urls := oneServer(ctx, t)
	f := connectTest(ctx, t, urls, 30*time.Second, 5)
	job, err := f.Job(ctx, "job-purge-objects", fakeKeys{})
	if err != nil {
		t.Fatal(err)
	}
	defer job.Close()
	jctx, jcancel := context.WithCancel(ctx)
	run, _ := fakeTask(0)
	run.Cycles = 64
	var dones []<-chan error
	for seg := range 2 {
		_, st := fakeTask(seg)
		dones = append(dones, proveTask(jctx, job, run, st))
	}
	if err := pollUntil(ctx, "the tasks are published", func() bool { return job.Stats().Published == 2 }); err != nil {
		t.Fatal(err)
	}
	if n := len(objectNames(ctx, t, f)); n != 3 {
		t.Fatalf("%d objects stored, want the run's data and two checkpoints", n)
	}
	jcancel()
	for _, d := range dones {
		if err := waitErr(t, d, time.Minute); !errors.Is(err, context.Canceled) {
			t.Fatalf("ProveTask: %v", err)
		}
	}
	if err := job.Purge(ctx); err != nil {
		t.Fatal(err)
	}
	if left := objectNames(ctx, t, f); len(left) != 0 {
		t.Fatalf("objects left after the purge: %v", left)
	}
}

// TestResumedSegmentDeletesCheckpoint: a segment proven while its owner
// was down is resumed by the restarted owner from its result, and its
// checkpoint object (stored by the first owner) is deleted then; Purge
// deletes the run's data. (A resumed segment's cleanup had no task, so
// its checkpoint stayed until the TTL.)
func TestResumedSegmentDeletesCheckpoint(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute)
	defer cancel()
	_, p := segKeys(t)
	urls := oneServer(ctx, t)
	f := connectTest(ctx, t, urls, 30*time.Second, 5)
	run, st := sortTask(ctx, t)
	const jobID = "job-resume-objects"
	job1, err := f.Job(ctx, jobID, p)
	if err != nil {
		t.Fatal(err)
	}
	jctx, jcancel := context.WithCancel(ctx)
	done := proveTask(jctx, job1, run, st)
	if err := pollUntil(ctx, "the first owner publishes the task", func() bool { return job1.Stats().Published == 1 }); err != nil {
		t.Fatal(err)
	}
	jcancel()
	if err := waitErr(t, done, time.Minute); !errors.Is(err, context.Canceled) {
		t.Fatalf("first owner: %v", err)
	}
	job1.Close()
	if n := len(objectNames(ctx, t, f)); n != 2 {
		t.Fatalf("%d objects stored, want the run's data and the checkpoint", n)
	}

	stop := runWorker(ctx, t, f, WorkerConfig{ID: "w-resume", Prover: p})
	if err := pollUntil(ctx, "the worker proves the queued task", func() bool {
		r, err := f.Lookup(ctx, jobID, st.Index)
		return err == nil && r != nil
	}); err != nil {
		t.Fatal(err)
	}
	stop()

	job2, err := f.Job(ctx, jobID, p)
	if err != nil {
		t.Fatal(err)
	}
	defer job2.Close()
	if err := waitErr(t, proveTask(ctx, job2, run, st), 2*time.Minute); err != nil {
		t.Fatal(err)
	}
	if s := job2.Stats(); s.Resumed != 1 || s.Published != 0 {
		t.Fatalf("stats %+v: want the segment resumed", s)
	}
	left := objectNames(ctx, t, f)
	job2.mu.Lock()
	runObj := job2.runObj.name
	job2.mu.Unlock()
	if len(left) != 1 || left[0] != runObj {
		t.Fatalf("objects after the resumed segment: %v, want only the run's data %s", left, runObj)
	}
	if err := job2.Purge(ctx); err != nil {
		t.Fatal(err)
	}
	if left := objectNames(ctx, t, f); len(left) != 0 {
		t.Fatalf("objects left after the purge: %v", left)
	}
}

// TestByteLimits: the streams and the object store are created with byte
// bounds; a result over maxResultMsg and a task over maxTaskMsg are refused
// by the servers; results for segments past the run's end are dropped,
// including those held before the run was known. (The server may use 16
// GiB whatever the machine's free disk: its default share of a small disk
// would halve the bounds.)
func TestByteLimits(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	urls := oneServerStore(ctx, t, 16<<30)
	f := connectTest(ctx, t, urls, 30*time.Second, 5)
	for _, c := range []struct {
		stream        string
		msg, maxBytes int64
	}{
		{TasksStream, maxTaskMsg, tasksMaxBytes},
		{ResultsStream, maxResultMsg, resultsMaxBytes},
		{EventsStream, -1, eventsMaxBytes},
		{"OBJ_" + WitnessBucket, -1, objectsMaxBytes},
		{"KV_" + MembersBucket, maxMemberValue, membersMaxBytes},
	} {
		s, err := f.js.Stream(ctx, c.stream)
		if err != nil {
			t.Fatal(err)
		}
		cfg := s.CachedInfo().Config
		if (c.msg > 0 && int64(cfg.MaxMsgSize) != c.msg) || cfg.MaxBytes != c.maxBytes {
			t.Errorf("%s: max message %d, max bytes %d; want %d, %d", c.stream, cfg.MaxMsgSize, cfg.MaxBytes, c.msg, c.maxBytes)
		}
	}
	const jobID = "job-limits"
	if _, err := f.js.Publish(ctx, resultSubject(jobID, 0), make([]byte, maxResultMsg+1)); err == nil {
		t.Error("a result over the results stream's message bound was stored")
	}
	if _, err := f.js.Publish(ctx, taskSubject(provertest.SegmentClass, jobID, 0), make([]byte, maxTaskMsg+1)); err == nil {
		t.Error("a task over the tasks stream's message bound was stored")
	}

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
	held := func(seg int) int {
		job.mu.Lock()
		defer job.mu.Unlock()
		return len(job.got[seg])
	}
	res := func(seg int) Result {
		return Result{Task: TaskID(jobID, seg), Job: jobID, Segment: seg, Attempt: 1, Worker: "mallory", Error: "x"}
	}
	publishResult(t, nc, jobID, 70, res(70))
	if err := pollUntil(ctx, "the result is held", func() bool { return held(70) == 1 }); err != nil {
		t.Fatal(err)
	}
	run, st := fakeTask(0)
	run.Cycles = 64 // at most 64 segments
	jctx, jcancel := context.WithCancel(ctx)
	defer jcancel()
	done := proveTask(jctx, job, run, st)
	if err := pollUntil(ctx, "the task is published", func() bool { return job.Stats().Published == 1 }); err != nil {
		t.Fatal(err)
	}
	publishResult(t, nc, jobID, 90, res(90))
	publishResult(t, nc, jobID, 3, res(3))
	if err := pollUntil(ctx, "the results are read", func() bool { return held(3) == 1 }); err != nil {
		t.Fatal(err)
	}
	if h70, h90, ign := held(70), held(90), job.Stats().Ignored; h70 != 0 || h90 != 0 || ign != 2 {
		t.Fatalf("held for segments 70 and 90 of a 64-cycle run: %d, %d; %d ignored (want 0, 0, 2)", h70, h90, ign)
	}
	jcancel()
	if err := waitErr(t, done, time.Minute); !errors.Is(err, context.Canceled) {
		t.Fatalf("ProveTask: %v", err)
	}
}

// TestRedeliveredClaimVerified: a task delivered again whose last result
// in the stream claims a proof that does not verify is proven again (it was
// acknowledged without proving: a forged "success" result, or one under
// other keys, dropped the task).
func TestRedeliveredClaimVerified(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	urls := oneServer(ctx, t)
	f := connectTest(ctx, t, urls, 30*time.Second, 5)
	cons, err := f.ensureConsumer(ctx, provertest.SegmentClass)
	if err != nil {
		t.Fatal(err)
	}
	const jobID = "job-claim"
	run, st := fakeTask(0)
	queueTask(ctx, t, f, jobID, run, st)
	nc, err := nats.Connect(urls[0])
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	publishResult(t, nc, jobID, 0, Result{Task: TaskID(jobID, 0), Job: jobID, Segment: 0, Attempt: 1, Worker: "mallory",
		Proof: []byte("not a proof")})
	// A first worker takes the task and dies (naks): the next delivery is the second.
	batch, err := cons.Fetch(1, jetstream.FetchMaxWait(10*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	got := false
	for m := range batch.Messages() {
		got = true
		if err := m.Nak(); err != nil {
			t.Fatal(err)
		}
	}
	if !got {
		t.Fatalf("no task: %v", batch.Error())
	}
	runWorker(ctx, t, f, WorkerConfig{ID: "w-claim", Prover: newStub(0), Keys: fakeKeys{}})
	wctx, wcancel := context.WithTimeout(ctx, 90*time.Second)
	defer wcancel()
	if err := pollUntil(wctx, "the worker answers the task itself", func() bool {
		r, err := f.Lookup(wctx, jobID, 0)
		return err == nil && r != nil && r.Worker == "w-claim"
	}); err != nil {
		m, _ := member(ctx, f, "w-claim")
		t.Fatalf("%v (member %+v)", err, m)
	}
}

// TestRedeliveredValidClaimSkipped: a task delivered again whose last
// result in the stream holds a proof that verifies (its worker died
// between publishing and acknowledging) is acknowledged without proving it
// again: the worker's prover is never called, its member record counts the
// skip and the task leaves the queue.
func TestRedeliveredValidClaimSkipped(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	_, p := segKeys(t)
	urls := oneServer(ctx, t)
	f := connectTest(ctx, t, urls, 30*time.Second, 5)
	cons, err := f.ensureConsumer(ctx, provertest.SegmentClass)
	if err != nil {
		t.Fatal(err)
	}
	run, st := sortTask(ctx, t)
	// The segment's real proof, as the worker that died published it.
	prog, err := run.Program()
	if err != nil {
		t.Fatal(err)
	}
	a, _, err := longrun.AssignTask(ctx, run, prog, st)
	if err != nil {
		t.Fatal(err)
	}
	proof, _, err := p.ProveAssignment(ctx, run.LogSteps, a, prover.TargetRecursion)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := encodeProof(proof)
	if err != nil {
		t.Fatal(err)
	}
	const jobID = "job-claim-valid"
	queueTask(ctx, t, f, jobID, run, st)
	nc, err := nats.Connect(urls[0])
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	publishResult(t, nc, jobID, st.Index, Result{Task: TaskID(jobID, st.Index), Job: jobID, Segment: st.Index, Attempt: 1,
		Worker: "w-died", Proof: raw})
	// The worker that died: it took the task and never acknowledged it
	// (naked here, so the next delivery is the second without the ack wait).
	batch, err := cons.Fetch(1, jetstream.FetchMaxWait(10*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	got := false
	for m := range batch.Messages() {
		got = true
		if err := m.Nak(); err != nil {
			t.Fatal(err)
		}
	}
	if !got {
		t.Fatalf("no task: %v", batch.Error())
	}
	stub := newStub(0)
	runWorker(ctx, t, f, WorkerConfig{ID: "w-skip", Prover: stub, Keys: p})
	if err := pollUntil(ctx, "the worker acknowledges the task without proving it", func() bool {
		m, ok := member(ctx, f, "w-skip")
		return ok && m.Skipped >= 1
	}); err != nil {
		t.Fatal(err)
	}
	if err := pollUntil(ctx, "the task leaves the queue", func() bool {
		_, err := f.tasks.GetLastMsgForSubject(ctx, taskSubject(provertest.SegmentClass, jobID, st.Index))
		return errors.Is(err, jetstream.ErrMsgNotFound)
	}); err != nil {
		t.Fatal(err)
	}
	if n := stub.calls.Load(); n != 0 {
		t.Fatalf("the worker proved the task again (%d proofs started)", n)
	}
	if r, err := f.Lookup(ctx, jobID, st.Index); err != nil || r == nil || r.Worker != "w-died" {
		t.Fatalf("last result %+v, %v: want the dead worker's only", r, err)
	}
}

// longErrProver fails every proof with an error of n bytes.
type longErrProver int

func (n longErrProver) ProveAssignment(context.Context, int, frontend.Circuit, prover.Target) (groth16.Proof, witness.Witness, error) {
	return nil, nil, errors.New(strings.Repeat("e", int(n)))
}

// TestLongErrorResult: a worker's error longer than the results stream's
// message bound is cut, and its result published (refused by the stream,
// the task went back and forth until its deliveries ran out).
func TestLongErrorResult(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	urls := oneServer(ctx, t)
	f := connectTest(ctx, t, urls, 30*time.Second, 5)
	run, st := sortTask(ctx, t)
	const jobID = "job-long-error"
	runWorker(ctx, t, f, WorkerConfig{ID: "w-long", Prover: longErrProver(2 * maxResultMsg), RetryTimeout: 5 * time.Second})
	queueTask(ctx, t, f, jobID, run, st)
	wctx, wcancel := context.WithTimeout(ctx, 90*time.Second)
	defer wcancel()
	var r *Result
	if err := pollUntil(wctx, "the worker's result", func() bool {
		var err error
		r, err = f.Lookup(wctx, jobID, st.Index)
		return err == nil && r != nil
	}); err != nil {
		t.Fatal(err)
	}
	if r.Error == "" || len(r.Error) > maxResultError+3 {
		t.Fatalf("error of %d bytes in the result", len(r.Error))
	}
}
