package fleet

import (
	"context"
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/prover/provertest"

	"github.com/zkprover/zkprover/internal/testlog"
)

// The second lifecycle review's findings (docs/fleet.md "Faults"): a
// cluster with little disk, workers with other keys beside matching ones,
// attempt numbers, the tasks stream made again, full streams.

// streamBounds reads the byte bounds of the fleet's file streams.
func streamBounds(ctx context.Context, t *testing.T, f *Fleet) map[string]int64 {
	t.Helper()
	out := map[string]int64{}
	for _, name := range []string{TasksStream, ResultsStream, EventsStream, "OBJ_" + WitnessBucket} {
		s, err := f.js.Stream(ctx, name)
		if err != nil {
			t.Fatal(err)
		}
		out[name] = s.CachedInfo().Config.MaxBytes
	}
	return out
}

// TestLittleRoomOneServer: a server whose MaxStore is below the sum of the
// fleet's byte bounds gets the bounds that do not fit halved, in order:
// exactly these (MaxStore 1 GiB: 256 MiB of tasks fit, 1 GiB of results
// does not, 512 MiB does; 128 MiB of events; the object store's 8 GiB
// halved down to the 128 MiB left).
func TestLittleRoomOneServer(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	urls := oneServerStore(ctx, t, 1<<30)
	f := connectTest(ctx, t, urls, 30*time.Second, 5)
	want := map[string]int64{TasksStream: 256 << 20, ResultsStream: 512 << 20, EventsStream: 128 << 20, "OBJ_" + WitnessBucket: 128 << 20}
	got := streamBounds(ctx, t, f)
	for name, w := range want {
		if got[name] != w {
			t.Errorf("%s: max bytes %d, want %d", name, got[name], w)
		}
	}
}

// TestLittleRoomCluster: on a cluster of three servers with little disk
// (MaxStore 1 GiB each) and replicas 3, the servers refuse an oversized
// bound at peer placement (10005, "insufficient storage"), not with the
// resources codes a single server uses: the fleet never started, setup
// retrying for ever at debug level. The bounds are halved there too. On
// the same cluster, a worker of a member configured with one replica
// sets a deleted tasks stream up again with the fleet's three, and the
// bound the deleted one had.
func TestLittleRoomCluster(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: three servers")
	}
	// Generous deadlines: the placements' retries and three servers' elections
	// take minutes when the machine is loaded (make test runs packages in
	// parallel); the test checks what happens, not how fast.
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	const maxStore = 1 << 30
	urls := clientURLs(startCluster(ctx, t, 3, Auth{}, withMaxStore(maxStore)))
	sink := &testlog.Buffer{}
	cfg := testConfig(urls, "", 30*time.Second, zerolog.New(sink).Level(zerolog.WarnLevel))
	cctx, ccancel := context.WithTimeout(ctx, 6*time.Minute)
	defer ccancel()
	f, err := Connect(cctx, cfg)
	if err != nil {
		t.Fatalf("connecting to a 3-server cluster with little room: %v\nlog:\n%s", err, sink)
	}
	defer f.Close()
	if n := sink.Count("no room for the fleet's byte bound"); n == 0 {
		t.Errorf("no bound was halved:\n%s", sink)
	}
	// (Which bounds fit depends on how fresh the cluster's view of the
	// servers' room was at each placement: placementSettle; logged only.)
	bounds := streamBounds(ctx, t, f)
	for name, b := range bounds {
		if b == 0 || b > maxStore {
			t.Errorf("%s: max bytes %d, want a bound within the servers' %d, or none", name, b, int64(maxStore))
		}
	}
	t.Logf("bounds on servers of %d bytes: %v", int64(maxStore), bounds)
	for _, name := range []string{TasksStream, ResultsStream, EventsStream, "OBJ_" + WitnessBucket} {
		s, err := f.js.Stream(ctx, name)
		if err != nil {
			t.Fatal(err)
		}
		if r := s.CachedInfo().Config.Replicas; r != 3 {
			t.Errorf("%s: %d replicas, want 3", name, r)
		}
	}
	// A member configured with one replica sets the tasks stream up again
	// with the fleet's three (finding: with its own configuration's one).
	cfg1 := testConfig(urls, "", 30*time.Second, zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.WarnLevel))
	cfg1.Replicas = 1
	f1, err := Connect(cctx, cfg1)
	if err != nil {
		t.Fatal(err)
	}
	defer f1.Close()
	runWorker(ctx, t, f1, WorkerConfig{ID: "w-r1", Prover: newStub(0)})
	again := tasksStreamMadeAgain(ctx, t, f, "w-r1")
	if r := again.CachedInfo().Config.Replicas; r != 3 {
		t.Errorf("the tasks stream made again by a member of one replica has %d replicas, want the fleet's 3", r)
	}
	// The room the deleted stream left is found (CI: the cluster judged the
	// tries on usage from before the deletion, and the bound was halved down
	// to none within a millisecond). Its bound is the deleted one's, or half
	// of it on a machine so loaded that the servers' report came late.
	if b := again.CachedInfo().Config.MaxBytes; b <= 0 || b > bounds[TasksStream] {
		t.Errorf("the tasks stream made again has max bytes %d, want a bound up to the deleted one's %d", b, bounds[TasksStream])
	} else {
		t.Logf("the tasks stream made again: max bytes %d (the deleted one's %d)", b, bounds[TasksStream])
	}
	// The cluster's own refusal, as the servers send it.
	_, err = f.js.CreateStream(ctx, jetstream.StreamConfig{Name: "ROOM", Subjects: []string{"room.>"}, Replicas: 3,
		Storage: jetstream.FileStorage, MaxBytes: 2 * maxStore})
	var apiErr *jetstream.APIError
	if !errors.As(err, &apiErr) || apiErr.ErrorCode != 10005 || !isNoRoom(err) {
		t.Fatalf("an R3 stream over the servers' room: %v (%+v); want 10005 insufficient storage, taken for no room", err, apiErr)
	}
}

// TestKeysDifferOtherOwnersGoOn: a worker whose keys are not one owner's
// refuses that owner's tasks and goes on proving the tasks of an owner
// with its keys without a pause (it left its whole class to the other
// workers for 30 s, doubling with each refusal in a row up to 10 min:
// two nodes with other keys sharing a fleet hardly proved each other's
// tasks, and their own only between the pauses). The refused owner's
// segment waits for a member with its keys, publishing its task again
// after a growing pause.
func TestKeysDifferOtherOwnersGoOn(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	urls := oneServer(ctx, t)
	f := connectTest(ctx, t, urls, 30*time.Second, 5)
	keysA, keysB := keysOf('a'), keysOf('b')
	// A's keys are a live member's, busy elsewhere: A's segment waits for it.
	keepMember(ctx, t, f, Member{ID: "w-a-busy", Classes: []int{provertest.SegmentClass},
		Keys: map[int]string{provertest.SegmentClass: string(keysA)}})
	jobA, err := f.Job(ctx, "job-owner-a", keysA)
	if err != nil {
		t.Fatal(err)
	}
	defer jobA.Close()
	jobB, err := f.Job(ctx, "job-owner-b", keysB)
	if err != nil {
		t.Fatal(err)
	}
	defer jobB.Close()
	wb := newStub(100 * time.Millisecond) // fails each proof after 100 ms
	runWorker(ctx, t, connectTest(ctx, t, urls, 30*time.Second, 5), WorkerConfig{ID: "w-b", Prover: wb, Keys: keysB})

	runA, stA := fakeTask(0)
	actx, acancel := context.WithCancel(ctx)
	defer acancel()
	doneA := proveTask(actx, jobA, runA, stA)
	if err := pollUntil(ctx, "the worker with B's keys refuses A's task three times", func() bool { return jobA.Stats().Refused >= 3 }); err != nil {
		t.Fatal(err)
	}
	// B's segment: the worker with its keys proves it (and, its proofs
	// failing, A's refusals in between, three times: ErrRejected).
	runB, stB := sortTask(ctx, t)
	refusedBefore := jobA.Stats().Refused
	select {
	case err := <-proveTask(ctx, jobB, runB, stB):
		if s := jobB.Stats(); !errors.Is(err, ErrRejected) || s.Rejected != f.cfg.MaxAttempts {
			t.Fatalf("owner B: %v, stats %+v: want the worker's three failed proofs", err, s)
		}
	case err := <-doneA:
		t.Fatalf("owner A's segment ended: %v (stats %+v)", err, jobA.Stats())
	case <-time.After(90 * time.Second):
		t.Fatalf("the worker with B's keys did not prove B's task three times within 90 s (%d proofs started; B %+v): paused by its refusals of A's task",
			wb.calls.Load(), jobB.Stats())
	}
	if n := wb.calls.Load(); n != int32(f.cfg.MaxAttempts) {
		t.Fatalf("%d proofs by the worker with B's keys, want B's %d attempts only", n, f.cfg.MaxAttempts)
	}
	if err := pollUntil(ctx, "A's task still refused meanwhile", func() bool { return jobA.Stats().Refused > refusedBefore }); err != nil {
		t.Fatal(err)
	}
	if s := jobA.Stats(); s.Rejected != 0 || s.Published < s.Refused {
		t.Fatalf("owner A %+v: want every refusal re-tasked, none rejected", s)
	}
	acancel()
	if err := waitErr(t, doneA, time.Minute); !errors.Is(err, context.Canceled) {
		t.Fatalf("owner A: %v", err)
	}
}

// TestRetasksBounded: a segment's re-tasks that are not counted (refusals
// for other keys, a worker's repeated failures) are bounded (maxRetasks):
// past the bound each counts as a rejection, and the segment fails with
// ErrRejected (each refusal published a new attempt for ever while a
// member with the owner's keys was listed).
func TestRetasksBounded(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	was := maxRetasks
	maxRetasks = 1
	t.Cleanup(func() { maxRetasks = was })
	urls := oneServer(ctx, t)
	f := connectTest(ctx, t, urls, 30*time.Second, 5)
	keysA := keysOf('a')
	keepMember(ctx, t, f, Member{ID: "w-a-busy", Classes: []int{provertest.SegmentClass},
		Keys: map[int]string{provertest.SegmentClass: string(keysA)}})
	job, err := f.Job(ctx, "job-retasks", keysA)
	if err != nil {
		t.Fatal(err)
	}
	defer job.Close()
	runWorker(ctx, t, f, WorkerConfig{ID: "w-b", Prover: newStub(0), Keys: keysOf('b')})
	run, st := fakeTask(0)
	err = waitErr(t, proveTask(ctx, job, run, st), 2*time.Minute)
	s := job.Stats()
	want := 1 + f.cfg.MaxAttempts
	if !errors.Is(err, ErrRejected) || s.Refused != want || s.Rejected != f.cfg.MaxAttempts || !strings.Contains(err.Error(), "keys differ") {
		t.Fatalf("%v; stats %+v: want %d refusals, the last %d counted as rejections", err, s, want, f.cfg.MaxAttempts)
	}
	// Each refusal published a new attempt: the last one is want.
	if s.Published != want {
		t.Fatalf("%d tasks published, want %d", s.Published, want)
	}
}

// TestRestartedOwnerSkipsUsedAttempts: an owner restarted after its
// predecessor used more than 64 attempt numbers of a segment within the
// duplicate window gets past them (it tried numbers 1 to 64 again on
// every tick, found them all duplicates and never published).
func TestRestartedOwnerSkipsUsedAttempts(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	urls := oneServer(ctx, t)
	f := connectTest(ctx, t, urls, 30*time.Second, 5)
	const jobID, used = "job-used-attempts", 100
	run, st := fakeTask(0)
	subject := taskSubject(provertest.SegmentClass, jobID, st.Index)
	// The predecessor's attempts, each taken by a worker (deleted here).
	for n := 1; n <= used; n++ {
		ack, err := f.js.Publish(ctx, subject, []byte(`{}`), jetstream.WithMsgID(TaskID(jobID, st.Index)+"#"+strconv.Itoa(n)))
		if err != nil {
			t.Fatal(err)
		}
		if err := f.tasks.DeleteMsg(ctx, ack.Sequence); err != nil {
			t.Fatal(err)
		}
	}
	job, err := f.Job(ctx, jobID, fakeKeys{})
	if err != nil {
		t.Fatal(err)
	}
	defer job.Close()
	jctx, jcancel := context.WithCancel(ctx)
	defer jcancel()
	done := proveTask(jctx, job, run, st)
	wctx, wcancel := context.WithTimeout(ctx, time.Minute)
	defer wcancel()
	if err := pollUntil(wctx, "the restarted owner publishes its task", func() bool { return job.Stats().Published == 1 }); err != nil {
		t.Fatal(err)
	}
	m, err := f.tasks.GetLastMsgForSubject(ctx, subject)
	if err != nil {
		t.Fatal(err)
	}
	var task Task
	if err := json.Unmarshal(m.Data, &task); err != nil || task.Attempt != used+1 {
		t.Fatalf("queued task %+v (%v): want attempt %d", task, err, used+1)
	}
	jcancel()
	if err := waitErr(t, done, time.Minute); !errors.Is(err, context.Canceled) {
		t.Fatalf("ProveTask: %v", err)
	}
}

// remakeTasks deletes the tasks stream and creates it again (as a worker
// that finds it gone does).
func remakeTasks(ctx context.Context, t *testing.T, f *Fleet) {
	t.Helper()
	if err := f.js.DeleteStream(ctx, TasksStream); err != nil {
		t.Fatal(err)
	}
	if _, err := f.assets().stream(ctx, f.tasksCfg); err != nil {
		t.Fatal(err)
	}
}

// TestTasksStreamMadeAgainRetasks: an owner whose task's stream was
// deleted and made again, another task now at its task's sequence
// (sequences restart), sees its task gone and publishes it again (it
// looked at the sequence only, found a task there and waited for ever).
func TestTasksStreamMadeAgainRetasks(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	urls := oneServer(ctx, t)
	f := connectTest(ctx, t, urls, 30*time.Second, 5)
	job, err := f.Job(ctx, "job-remade", fakeKeys{})
	if err != nil {
		t.Fatal(err)
	}
	defer job.Close()
	run, st := fakeTask(0)
	jctx, jcancel := context.WithCancel(ctx)
	defer jcancel()
	done := proveTask(jctx, job, run, st)
	if err := pollUntil(ctx, "the task is published", func() bool { return job.Stats().Published == 1 }); err != nil {
		t.Fatal(err)
	}
	job.mu.Lock()
	var seq uint64
	for s := range job.seqs {
		seq = s
	}
	job.mu.Unlock()
	remakeTasks(ctx, t, f)
	// Another job's task at the owner's task's sequence in the new stream.
	for {
		other, ost := fakeTask(int(seq) + 100)
		queueTask(ctx, t, f, "job-other", other, ost)
		m, err := f.tasks.GetLastMsgForSubject(ctx, taskSubject(provertest.SegmentClass, "job-other", ost.Index))
		if err != nil {
			t.Fatal(err)
		}
		if m.Sequence >= seq {
			break
		}
	}
	wctx, wcancel := context.WithTimeout(ctx, time.Minute)
	defer wcancel()
	if err := pollUntil(wctx, "the owner publishes its task again", func() bool { return job.Stats().Published == 2 }); err != nil {
		t.Fatalf("%v (stats %+v)", err, job.Stats())
	}
	if _, err := f.tasks.GetLastMsgForSubject(ctx, taskSubject(provertest.SegmentClass, "job-remade", st.Index)); err != nil {
		t.Fatalf("the owner's task in the new stream: %v", err)
	}
	if s := job.Stats(); s.Vanished != 1 {
		t.Fatalf("stats %+v: want the task counted as vanished once", s)
	}
	jcancel()
	if err := waitErr(t, done, time.Minute); !errors.Is(err, context.Canceled) {
		t.Fatalf("ProveTask: %v", err)
	}
}

// TestTasksStreamMadeAgainStaleEvent: an advisory about a task of the
// tasks stream before it was made again is not taken for one about the
// new stream's task at the same sequence (the owner failed that segment
// with ErrUndeliverable: another task's max deliveries).
func TestTasksStreamMadeAgainStaleEvent(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	urls := oneServer(ctx, t)
	f := connectTest(ctx, t, urls, 30*time.Second, 2)
	cons, err := f.ensureConsumer(ctx, provertest.SegmentClass)
	if err != nil {
		t.Fatal(err)
	}
	dead, dst := fakeTask(7)
	queueTask(ctx, t, f, "job-dead", dead, dst) // sequence 1
	failTask(ctx, t, cons, 2)
	if err := pollUntil(ctx, "the max-deliveries advisory is kept", func() bool {
		info, err := request(ctx, func(ctx context.Context) (*jetstream.StreamInfo, error) { return f.events.Info(ctx) })
		return err == nil && info.State.Msgs >= 1
	}); err != nil {
		t.Fatal(err)
	}
	remakeTasks(ctx, t, f)
	job, err := f.Job(ctx, "job-after", fakeKeys{})
	if err != nil {
		t.Fatal(err)
	}
	defer job.Close()
	if err := pollUntil(ctx, "the owner reads the advisory", func() bool {
		job.mu.Lock()
		defer job.mu.Unlock()
		return len(job.events) >= 1
	}); err != nil {
		t.Fatal(err)
	}
	run, st := fakeTask(0)
	jctx, jcancel := context.WithCancel(ctx)
	defer jcancel()
	done := proveTask(jctx, job, run, st) // sequence 1 of the new stream
	// A worker answers the task (a failed result: the task data is
	// fake): the owner counts it, its segment alive.
	runWorker(ctx, t, f, WorkerConfig{ID: "w-after", Prover: newStub(0)})
	var early error
	if err := pollUntil(ctx, "the worker's result is counted", func() bool {
		select {
		case early = <-done:
			return true
		default:
		}
		return job.Stats().Rejected >= 1
	}); err != nil || early != nil {
		t.Fatalf("%v; the segment ended: %v (stats %+v)", err, early, job.Stats())
	}
	jcancel()
	if err := waitErr(t, done, time.Minute); !errors.Is(err, context.Canceled) {
		t.Fatalf("ProveTask: %v", err)
	}
}

// TestTasksStreamAgainKeepsShape: a worker that sets the tasks stream up
// again gives it the max age of the fleet's other streams, not its own
// configuration's (on a cluster: their replicas, TestLittleRoomCluster).
func TestTasksStreamAgainKeepsShape(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	urls := oneServer(ctx, t)
	creator := testConfig(urls, "", 30*time.Second, zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.WarnLevel))
	creator.WitnessAge = 2 * time.Hour
	f, err := Connect(ctx, creator)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	wf := connectTest(ctx, t, urls, 30*time.Second, 5) // WitnessAge: the default, 24 h
	runWorker(ctx, t, wf, WorkerConfig{ID: "w-again", Prover: newStub(0)})
	s := tasksStreamMadeAgain(ctx, t, f, "w-again")
	if age := s.CachedInfo().Config.MaxAge; age != creator.WitnessAge {
		t.Fatalf("the tasks stream made again has max age %s, want the fleet's %s", age, creator.WitnessAge)
	}
}

// fillStream publishes messages of size bytes, then of none, on distinct
// subjects of prefix until the stream refuses one for want of room, and
// returns that refusal.
func fillStream(ctx context.Context, t *testing.T, f *Fleet, prefix string, size int) error {
	t.Helper()
	var last error
	for i := 0; i < 1000 && size >= 0; i++ {
		_, err := f.js.Publish(ctx, prefix+strconv.Itoa(i), make([]byte, size))
		if err != nil {
			last, size = err, size-1000
		}
	}
	if last == nil {
		t.Fatal("the stream never filled")
	}
	return last
}

// TestFullTasksStream: an owner whose tasks stream is at its byte bound
// (new tasks refused: DiscardNew) waits fullWait for room, with a warning,
// then fails the segment with ErrFull naming the stream (it retried
// silently until its context ended).
func TestFullTasksStream(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	was := fullWait
	fullWait = 3 * time.Second
	t.Cleanup(func() { fullWait = was })
	urls := oneServer(ctx, t)
	nc, err := nats.Connect(urls[0])
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	// The tasks stream as a member makes it, with a bound of 8 KiB.
	if _, err := js.CreateStream(ctx, jetstream.StreamConfig{Name: TasksStream, Subjects: []string{taskSubjects},
		Retention: jetstream.WorkQueuePolicy, MaxMsgsPerSubject: 1, Discard: jetstream.DiscardNew, DiscardNewPerSubject: true,
		MaxBytes: 8 << 10}); err != nil {
		t.Fatal(err)
	}
	f := connectTest(ctx, t, urls, 30*time.Second, 5)
	full := fillStream(ctx, t, f, "fleet.task.5.job-filler.", 1000) // then messages with no data
	if !isFull(full) {
		t.Fatalf("the full stream's refusal %v is not recognised", full)
	}
	job, err := f.Job(ctx, "job-full", fakeKeys{})
	if err != nil {
		t.Fatal(err)
	}
	defer job.Close()
	run, st := fakeTask(0)
	err = waitErr(t, proveTask(ctx, job, run, st), 2*time.Minute)
	if !errors.Is(err, ErrFull) || !strings.Contains(err.Error(), TasksStream) || !strings.Contains(err.Error(), "maximum bytes exceeded") {
		t.Fatalf("ProveTask: %v; want ErrFull naming the tasks stream", err)
	}
	if left := objectNames(ctx, t, f); len(left) != 1 {
		t.Fatalf("objects left: %v, want only the run's data (the failed segment's checkpoint deleted)", left)
	}
}

// TestFullObjectStore: an owner whose object store is at its byte bound
// fails the segment with ErrFull after fullWait.
func TestFullObjectStore(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	was := fullWait
	fullWait = 3 * time.Second
	t.Cleanup(func() { fullWait = was })
	urls := oneServer(ctx, t)
	nc, err := nats.Connect(urls[0])
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	obj, err := js.CreateObjectStore(ctx, jetstream.ObjectStoreConfig{Bucket: WitnessBucket, MaxBytes: 8 << 10})
	if err != nil {
		t.Fatal(err)
	}
	f := connectTest(ctx, t, urls, 30*time.Second, 5)
	var full error
	for i := 0; full == nil && i < 100; i++ {
		_, full = obj.PutBytes(ctx, "filler-"+strconv.Itoa(i), make([]byte, 1000))
	}
	if !isFull(full) {
		t.Fatalf("the full object store's refusal %v is not recognised", full)
	}
	job, err := f.Job(ctx, "job-full-objects", fakeKeys{})
	if err != nil {
		t.Fatal(err)
	}
	defer job.Close()
	run, st := fakeTask(0)
	err = waitErr(t, proveTask(ctx, job, run, st), 2*time.Minute)
	if !errors.Is(err, ErrFull) || !strings.Contains(err.Error(), WitnessBucket) {
		t.Fatalf("ProveTask: %v; want ErrFull naming the object store", err)
	}
}

// tasksStreamMadeAgain waits until worker is a member, deletes the tasks stream and returns it
// once the worker has set it up again.
func tasksStreamMadeAgain(ctx context.Context, t *testing.T, f *Fleet, worker string) jetstream.Stream {
	t.Helper()
	if err := pollUntil(ctx, "the worker is ready", func() bool {
		_, ok := member(ctx, f, worker)
		return ok
	}); err != nil {
		t.Fatal(err)
	}
	if err := f.js.DeleteStream(ctx, TasksStream); err != nil {
		t.Fatal(err)
	}
	var again jetstream.Stream
	if err := pollUntil(ctx, "the worker sets the tasks stream up again", func() bool {
		var err error
		again, err = request(ctx, func(ctx context.Context) (jetstream.Stream, error) { return f.js.Stream(ctx, TasksStream) })
		return err == nil
	}); err != nil {
		t.Fatal(err)
	}
	return again
}
