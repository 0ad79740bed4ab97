package fleet

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/frontend"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/prover/longrun"
)

// VerifyingKeys gives the owner the verifying key of each segment class;
// *prover.Prover (opened on the segment family, even WithVerifyOnly) is one.
type VerifyingKeys interface {
	Keys(logSteps int) (*prover.Keys, error)
}

// JobStats counts what a Job saw.
type JobStats struct {
	Published   int // tasks published (first attempts and re-tasks)
	Queued      int // publishes refused because the segment's task was still queued (restart): that task is waited for
	Accepted    int // segments whose proof verified (one per segment)
	Resumed     int // of them: results already in the stream when the segment was asked for
	Rejected    int // results that failed verification or carried a worker's error (at most one per attempt published)
	Duplicates  int // results for segments already accepted (ignored)
	Redelivered int // accepted results whose task had been delivered more than once
	// Ignored counts the results that failed and were not counted as
	// rejections: for an attempt this owner never published (or adopted),
	// for an attempt already counted, and results dropped unread (too large,
	// or too many held for a segment not asked for yet).
	Ignored  int
	Missing  int // results of workers that found a task object missing: stored again and re-tasked, not counted
	Vanished int // tasks that left the queue without a result (a worker stopped, the task deleted or aged out): re-tasked
	// Refused counts the tasks given back unproven by workers whose keys
	// are not the owner's (Task.Keys): re-tasked after a pause, not
	// counted as rejections while a live member of the class has the
	// owner's keys, up to maxRetasks re-tasks of a segment (with Repeated;
	// past them each counts as a rejection).
	Refused int
	// Repeated counts the failed results of a worker whose failure already
	// counted for the segment, while other live workers of the class could
	// prove it: re-tasked, not counted (one worker adds at most
	// maxRejectionsPerWorker rejections to a segment while it is not
	// alone), up to maxRetasks re-tasks of a segment (with Refused).
	Repeated int

	// Over the segments proven for this Job (not resumed): the time from the
	// task's publication to its verified result, and the workers' proving
	// time alone; RoundTrip-Prove is the fleet's overhead (witness stored
	// and fetched, queues, result, verification) plus queueing for a worker.
	RoundTrip time.Duration
	Prove     time.Duration
	Witness   int // bytes of the checkpoints (or witnesses) published, uncompressed
	Stored    int // the same, as stored (zstd)
	RunData   int // bytes of the run's data (program, input, end), once per job, uncompressed
	RunStored int // the same, as stored
}

// Bounds on what a Job takes from the results stream (any fleet client can
// publish there) and on a segment's tasks.
const (
	maxResultProof    = 64 << 10 // a raw BN254 Groth16 proof is a few hundred bytes
	maxResultError    = 4 << 10  // a worker's error is kept up to this many bytes
	maxHeldPerSegment = 16       // unread results kept per segment
	maxHeld           = 1 << 16  // unread results kept per job
	maxAttemptNumber  = 1 << 20  // a queued task claiming more is not adopted
	maxVanished       = 10       // a segment's tasks that may leave the queue without a result
	// maxRejectionsPerWorker bounds the rejections one worker id adds to a
	// segment while other live workers of the class could prove it: a bad
	// or misconfigured worker alone cannot use up the segment's
	// MaxAttempts (alone in the fleet, its failures all count).
	maxRejectionsPerWorker = 1
	// pollEvery is how often the owner looks at the task it waits for:
	// still queued or gone. A task given up by its consumer (MaxDeliver)
	// stays in the stream: that is seen from its advisory (FLEET_EVENTS)
	// only, so a task that ran out of deliveries before that stream
	// existed waits for its max age.
	pollEvery = 5 * time.Second
	// tasksInfoEvery bounds how often a job reads the tasks stream's
	// creation time (the stream made again: tasksCreated).
	tasksInfoEvery = time.Second
	// A task given back by a worker with other keys is published again
	// after refusedPause, doubling with each refusal of the segment up to
	// maxRefusedPause: the refusing worker, idle, would take it back at
	// once, while a worker with the owner's keys is busy.
	refusedPause    = time.Second
	maxRefusedPause = 30 * time.Second
)

// maxRetasks bounds the re-tasks of one segment that are not counted as
// rejections: tasks refused for other keys and failed results repeated by
// a worker while others could prove (each publishes a new attempt).
// Past it each counts as a rejection, so a segment cannot go round for
// ever (about 4 hours of refusals at maxRefusedPause). A variable for the
// tests.
var maxRetasks = 500

// fullWait bounds how long an owner waits for room in a full tasks stream
// or object store (a stream at its byte bound refuses new messages) before
// the segment fails with ErrFull. A variable for the tests.
var fullWait = 2 * time.Minute

// Job is the owner's side of one job on the fleet: the SegmentProvers of
// its segments and the results that come back. Open it again with the same
// id after a restart: results already in the results stream are picked up
// and their segments are not proven again.
type Job struct {
	f    *Fleet
	id   string
	keys VerifyingKeys
	log  zerolog.Logger

	cc       jetstream.ConsumeContext // the job's results
	ec       jetstream.ConsumeContext // the tasks' events (EventsStream)
	caught   chan struct{}            // closed once the results present at Open were read
	mu       sync.Mutex
	got      map[int][]*Result // results not yet looked at, by segment
	held     int               // results in got
	seen     map[int]bool      // segments with results seen before they were asked for
	done     map[int]bool      // accepted segments
	wake     map[int]chan struct{}
	seqs     map[uint64]int       // tasks stream sequence -> segment (ours: published, or found queued and adopted)
	events   map[uint64]taskEvent // tasks stream sequence -> what JetStream said of the task (any job's)
	stats    JobStats
	pending  int  // results present at Open not yet read
	isCaught bool // caught is closed

	run     *longrun.RunData // the run whose data runObj holds (ProveTask)
	runObj  payload
	runSize int
	// segLimit bounds the segment indexes of the job's results (0: not known
	// yet): a run of c cycles has at most c segments (each at least one
	// step), so results for segments past it are dropped unread.
	segLimit int
	objs     map[string]bool // objects this Job stored (or, resumed, would have): Purge deletes them
	digests  map[int]string  // KeyDigest of keys by class

	// The tasks stream's creation time (zero: not known yet) and when it
	// was read: a stream made again restarts its sequences (tasksCreated).
	created        time.Time
	createdChecked time.Time
}

// testHookJobConsume, when set (tests), runs in Fleet.Job between reading
// the count of stored results and following them.
var testHookJobConsume func()

// Job opens the owner's side of job id (CheckJobID): it reads the results
// of the job already in the results stream (waiting, until ctx ends, until
// it has them all) and follows new ones. keys verify every proof. Close it
// when done.
func (f *Fleet) Job(ctx context.Context, id string, keys VerifyingKeys) (*Job, error) {
	if err := CheckJobID(id); err != nil {
		return nil, err
	}
	if keys == nil {
		return nil, errors.New("fleet job: no verifying keys")
	}
	j := &Job{f: f, id: id, keys: keys, log: f.log.With().Str("job", id).Logger(),
		caught: make(chan struct{}), got: map[int][]*Result{}, seen: map[int]bool{}, done: map[int]bool{},
		wake: map[int]chan struct{}{}, seqs: map[uint64]int{}, events: map[uint64]taskEvent{},
		objs: map[string]bool{}, digests: map[int]string{}}
	// The tasks' events (delivered MaxDeliver times: the segment fails;
	// terminated by a worker that stopped: the task is published again),
	// kept in a stream: those sent while this owner was down or
	// disconnected are read too.
	err := retry(ctx, j.log, "following the tasks' events", func() error {
		tctx, cancel := context.WithTimeout(ctx, f.cfg.Timeout)
		defer cancel()
		ev, err := f.js.OrderedConsumer(tctx, EventsStream, jetstream.OrderedConsumerConfig{
			FilterSubjects: []string{maxDeliveriesSubjects, terminatedSubjects}, DeliverPolicy: jetstream.DeliverAllPolicy,
		})
		if err != nil {
			return err
		}
		j.ec, err = ev.Consume(j.onEvent)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("fleet job %s: %w", id, err)
	}
	var cons jetstream.Consumer
	err = retry(ctx, j.log, "following the job's results", func() error {
		tctx, cancel := context.WithTimeout(ctx, f.cfg.Timeout)
		defer cancel()
		var err error
		cons, err = f.js.OrderedConsumer(tctx, ResultsStream, jetstream.OrderedConsumerConfig{
			FilterSubjects: []string{fmt.Sprintf("fleet.result.%s.>", id)}, DeliverPolicy: jetstream.DeliverAllPolicy,
		})
		if err != nil {
			return err
		}
		info, err := cons.Info(tctx)
		if err != nil {
			return err
		}
		j.pending = int(info.NumPending)
		return nil
	})
	if err != nil {
		j.Close()
		return nil, fmt.Errorf("fleet job %s: %w", id, err)
	}
	stored := j.pending
	if j.pending == 0 {
		j.catchUp()
	}
	j.tasksCreated(ctx, true)
	if testHookJobConsume != nil {
		testHookJobConsume()
	}
	j.cc, err = cons.Consume(j.onResult)
	if err != nil {
		j.Close()
		return nil, fmt.Errorf("fleet job %s: following results: %w", id, err)
	}
	if err := j.waitCaughtUp(ctx, cons); err != nil {
		j.Close()
		return nil, fmt.Errorf("fleet job %s: reading its %d stored results: %w", id, stored, err)
	}
	j.mu.Lock()
	j.log.Info().Int("stored_results", len(j.got)).Msg("fleet job opened")
	for seg := range j.got {
		j.seen[seg] = true
	}
	j.mu.Unlock()
	return j, nil
}

// catchUp ends the reading of the results present at Open (j.mu held).
func (j *Job) catchUp() {
	if !j.isCaught {
		j.isCaught = true
		close(j.caught)
	}
}

// waitCaughtUp waits until the results present at Open are read: counted
// as they come, or (results deleted or aged out after they were counted are
// never delivered) once the consumer has nothing left to deliver.
func (j *Job) waitCaughtUp(ctx context.Context, cons jetstream.Consumer) error {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-j.caught:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
		tctx, cancel := context.WithTimeout(ctx, j.f.cfg.Timeout)
		info, err := cons.Info(tctx)
		cancel()
		if err != nil {
			j.log.Debug().Err(err).Msg("reading the results consumer")
			continue
		}
		if info.NumPending == 0 {
			// Nothing left on the server; what it delivered was read by
			// now, or is read before any segment is asked for (the
			// segment is then not counted as resumed, nothing else).
			j.mu.Lock()
			j.catchUp()
			j.mu.Unlock()
		}
	}
}

// ID is the job's id.
func (j *Job) ID() string { return j.id }

// Close stops following results. It leaves the job's results in the stream
// (Purge removes them).
func (j *Job) Close() {
	if j.cc != nil {
		j.cc.Stop()
	}
	if j.ec != nil {
		j.ec.Stop()
	}
}

// Stats returns what the job saw so far.
func (j *Job) Stats() JobStats {
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.stats
}

func (j *Job) onResult(m jetstream.Msg) {
	var r Result
	err := json.Unmarshal(m.Data(), &r)
	seg := -1
	if err == nil {
		seg = r.Segment
	}
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.pending > 0 {
		if j.pending--; j.pending == 0 {
			j.catchUp()
		}
	}
	if md, err := m.Metadata(); err == nil && md.NumPending == 0 {
		j.catchUp()
	}
	if err != nil || r.Job != j.id || seg < 0 || m.Subject() != resultSubject(j.id, seg) {
		j.log.Warn().Err(err).Str("subject", m.Subject()).Msg("ignoring a malformed result")
		return
	}
	if j.segLimit > 0 && seg >= j.segLimit {
		j.stats.Ignored++
		j.log.Warn().Int("segment", seg).Int("segments_at_most", j.segLimit).Str("worker", r.Worker).Msg("result dropped: a segment past the run's end")
		return
	}
	if j.done[seg] {
		j.stats.Duplicates++
		j.log.Debug().Int("segment", seg).Str("worker", r.Worker).Msg("duplicate result ignored")
		return
	}
	// Any fleet client can publish results: keep what they can make this
	// owner hold bounded.
	if len(r.Proof) > maxResultProof || len(j.got[seg]) >= maxHeldPerSegment || j.held >= maxHeld {
		j.stats.Ignored++
		j.log.Warn().Int("segment", seg).Str("worker", r.Worker).Int("proof_bytes", len(r.Proof)).Int("held", len(j.got[seg])).
			Msg("result dropped: oversized, or too many unread results for the segment")
		return
	}
	if len(r.Error) > maxResultError {
		r.Error = strings.ToValidUTF8(r.Error[:maxResultError], "") + "..."
	}
	j.got[seg] = append(j.got[seg], &r)
	j.held++
	j.poke(seg)
}

// poke wakes the prover of seg, if any (j.mu held).
func (j *Job) poke(seg int) {
	if w := j.wake[seg]; w != nil {
		select {
		case w <- struct{}{}:
		default:
		}
	}
}

// taskAdvisory is what JetStream's advisories about a task tell (max
// deliveries, terminated).
type taskAdvisory struct {
	Time       time.Time `json:"timestamp"`
	Stream     string    `json:"stream"`
	Consumer   string    `json:"consumer"`
	StreamSeq  uint64    `json:"stream_seq"`
	Deliveries uint64    `json:"deliveries"`
	Reason     string    `json:"reason"`
}

// taskEvent is what became of a task, from an advisory.
type taskEvent struct {
	taskAdvisory
	terminated bool // terminated by a worker; else delivered MaxDeliver times
}

// onEvent keeps an advisory about a task and wakes its segment's prover
// when the task is this job's.
func (j *Job) onEvent(m jetstream.Msg) {
	var e taskEvent
	if err := json.Unmarshal(m.Data(), &e.taskAdvisory); err != nil || e.Stream != TasksStream || e.StreamSeq == 0 {
		return
	}
	e.terminated = strings.HasPrefix(m.Subject(), "$JS.EVENT.ADVISORY.CONSUMER.MSG_TERMINATED.")
	j.mu.Lock()
	defer j.mu.Unlock()
	if len(j.events) >= maxEvents {
		j.pruneEvents()
	}
	j.events[e.StreamSeq] = e
	if seg, ok := j.seqs[e.StreamSeq]; ok {
		j.poke(seg)
	}
}

// pruneEvents drops the oldest tenth of the events kept about tasks that
// are not this job's (called with mu held, when maxEvents are kept): the
// newest, which a task adopted later may need, are kept rather than
// dropped.
func (j *Job) pruneEvents() {
	var others []uint64
	for seq := range j.events {
		if _, ours := j.seqs[seq]; !ours {
			others = append(others, seq)
		}
	}
	slices.Sort(others)
	for _, seq := range others[:max(len(others)/10, min(1, len(others)))] {
		delete(j.events, seq)
	}
}

// count adds one to a field of j.stats (under mu).
func (j *Job) count(field *int) {
	j.mu.Lock()
	*field++
	j.mu.Unlock()
}

// Prover is a longrun.SegmentProver and a longrun.TaskProver whose proofs
// are made by the fleet.
type Prover struct{ j *Job }

var _ longrun.TaskProver = (*Prover)(nil)

// Provers returns n SegmentProvers for longrun.ProveSegments: it keeps at
// most n segments of the job on the fleet at once (give at least the number
// of fleet workers, a few more to keep them busy while results travel).
func (j *Job) Provers(n int) []longrun.SegmentProver {
	if n < 1 {
		n = 1
	}
	out := make([]longrun.SegmentProver, n)
	for i := range out {
		out[i] = &Prover{j: j}
	}
	return out
}

// ProveAssignment proves a segment assignment on the fleet: the task id is
// the job's id and the segment's index (SegmentIndex), and the task carries
// the assignment's witness. A result already in the results stream is used
// without publishing anything. Every proof is verified against keys'
// verifying key of class k and the assignment's public witness; rejected
// results re-task the segment, up to MaxAttempts. ProveSegments calls
// ProveTask instead (a Prover is a longrun.TaskProver).
func (p *Prover) ProveAssignment(ctx context.Context, k int, a frontend.Circuit, t prover.Target) (groth16.Proof, witness.Witness, error) {
	seg, err := SegmentIndex(a, k)
	if err != nil {
		return nil, nil, err
	}
	pub, err := publicWitness(a)
	if err != nil {
		return nil, nil, fmt.Errorf("fleet task %s: %w", TaskID(p.j.id, seg), err)
	}
	proof, err := p.j.prove(ctx, seg, k, pub, t, nil, func() (*Task, []payload, error) {
		raw, w, err := encodeWitness(a)
		if err != nil {
			return nil, nil, err
		}
		return &Task{Witness: w.name, WitnessSize: len(raw), StoredSize: len(w.packed)}, []payload{w}, nil
	})
	return proof, pub, err
}

// ProveTask proves a segment on the fleet from its checkpoint: the task
// carries the run's data (stored once per job) and the segment's
// longrun.SegmentTask, and the worker re-executes the segment. The proof is
// verified against the task's Digest, as ProveAssignment's.
func (p *Prover) ProveTask(ctx context.Context, run *longrun.RunData, st *longrun.SegmentTask, t prover.Target) (groth16.Proof, error) {
	id := TaskID(p.j.id, st.Index)
	pub, err := digestWitness(st.Digest)
	if err != nil {
		return nil, fmt.Errorf("fleet task %s: %w", id, err)
	}
	rp, runSize, err := p.j.runPayload(run, st.Index)
	if err != nil {
		return nil, fmt.Errorf("fleet task %s: run data: %w", id, err)
	}
	raw, err := json.Marshal(st)
	if err != nil {
		return nil, fmt.Errorf("fleet task %s: encoding checkpoint: %w", id, err)
	}
	// The checkpoint's object is named by its bytes: known before it is
	// stored, so a segment resumed from a result stored before a restart
	// deletes the object the earlier owner stored.
	return p.j.prove(ctx, st.Index, run.LogSteps, pub, t, []string{objectName(raw)}, func() (*Task, []payload, error) {
		cp, err := pack(raw)
		if err != nil {
			return nil, nil, err
		}
		return &Task{Run: rp.name, RunSize: runSize, Checkpoint: cp.name, WitnessSize: len(raw), StoredSize: len(cp.packed)},
			[]payload{rp, cp}, nil
	})
}

// runPayload is the stored form of the job's run data (made once); seg is
// the segment asked for (the bound on the job's segments admits it).
func (j *Job) runPayload(run *longrun.RunData, seg int) (payload, int, error) {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.run == run {
		if seg >= j.segLimit {
			j.segLimit = seg + 1
		}
		return j.runObj, j.runSize, nil
	}
	raw, err := json.Marshal(run)
	if err != nil {
		return payload{}, 0, err
	}
	p, err := pack(raw)
	if err != nil {
		return payload{}, 0, err
	}
	j.run, j.runObj, j.runSize = run, p, len(raw)
	j.stats.RunData, j.stats.RunStored = len(raw), len(p.packed)
	j.objs[p.name] = true
	j.limitSegments(max(int(min(run.Cycles, 1<<40)), seg) + 1)
	return p, len(raw), nil
}

// limitSegments drops the results held for segments n and above and has
// onResult drop those that come later (j.mu held).
func (j *Job) limitSegments(n int) {
	if j.segLimit > 0 && j.segLimit <= n {
		return
	}
	j.segLimit = n
	for seg, rs := range j.got {
		if seg >= n {
			j.stats.Ignored += len(rs)
			j.held -= len(rs)
			delete(j.got, seg)
			delete(j.seen, seg)
		}
	}
}

// taskRef is a segment's task in the tasks stream: its sequence and attempt.
type taskRef struct {
	seq     uint64
	attempt int
	since   time.Time // when it was published (its events are later)
	created time.Time // the tasks stream's creation time then (zero: not known)
}

// owns reports that an advisory is about this task: about its sequence,
// sent after it was published, and from the stream it is in (a stream
// made again restarts its sequences: an advisory of the former stream's
// task of the same sequence is older than the stream).
func (t taskRef) owns(ev taskEvent) bool {
	return t.seq != 0 && ev.StreamSeq == t.seq && ev.Time.After(t.since) && (t.created.IsZero() || ev.Time.After(t.created))
}

// tasksCreated is the tasks stream's creation time (zero when it cannot be
// read), read from the servers at most once every tasksInfoEvery (fresh:
// now). A stream made again (deleted, and set up again by a worker)
// restarts its sequences: when the time changes the job's sequences and
// the events older than the new stream are dropped, and the segments see
// their tasks gone (taskGone).
func (j *Job) tasksCreated(ctx context.Context, fresh bool) time.Time {
	j.mu.Lock()
	created, checked := j.created, j.createdChecked
	j.mu.Unlock()
	if !fresh && !created.IsZero() && time.Since(checked) < tasksInfoEvery {
		return created
	}
	tctx, cancel := context.WithTimeout(ctx, j.f.cfg.Timeout)
	info, err := j.f.tasks.Info(tctx)
	cancel()
	if err != nil {
		j.log.Debug().Err(err).Msg("reading the tasks stream's info")
		return created
	}
	j.mu.Lock()
	defer j.mu.Unlock()
	j.createdChecked = time.Now()
	if now := info.Created; !now.Equal(j.created) {
		if !j.created.IsZero() {
			j.log.Warn().Time("was_created", j.created).Time("created", now).
				Msg("the tasks stream was made again: the job's queued tasks are gone with it (re-tasked); its former sequences and events dropped")
			clear(j.seqs)
			for seq, ev := range j.events {
				if !ev.Time.After(now) {
					delete(j.events, seq)
				}
			}
		}
		j.created = now
	}
	return j.created
}

// prove runs one segment's task: build makes the task's payload-specific
// fields and the objects it needs (stored before every publish: a re-task
// finds them even if another job's owner deleted an identical one); names
// are the segment's own objects when known before build (deleted once the
// segment is done, also when it is resumed without a task).
//
// Failed results count against MaxAttempts once per attempt this owner
// published (or found queued and adopted after a restart), and at most
// maxRejectionsPerWorker per worker while another live worker of the class
// could prove the segment; results for other attempts are ignored, since
// any fleet client can publish them. A task given back by a worker with
// other keys (keysDifferReason) is published again without counting; once
// MaxAttempts were and no live worker of the class has the owner's keys,
// the segment fails with ErrKeysDiffer. The task waited for is looked at
// every pollEvery: given up by its consumer (MaxDeliver, when the advisory
// was missed) fails the segment, gone from the queue without a result
// re-tasks it.
//
// When ctx ends, the segment's task and objects stay (a node stopping
// resumes the job from them after its restart); Purge deletes them.
func (j *Job) prove(ctx context.Context, seg, k int, pub witness.Witness, t prover.Target, names []string, build func() (*Task, []payload, error)) (groth16.Proof, error) {
	id := TaskID(j.id, seg)
	keys, err := j.keys.Keys(k)
	if err != nil {
		return nil, fmt.Errorf("fleet task %s: %w", id, err)
	}
	digest := j.keyDigest(k, keys)
	wake := make(chan struct{}, 1)
	j.mu.Lock()
	if j.done[seg] {
		j.mu.Unlock()
		return nil, fmt.Errorf("fleet task %s: segment already proven in this job", id)
	}
	j.wake[seg] = wake
	resumed := j.seen[seg]
	for _, name := range names {
		j.objs[name] = true
	}
	j.mu.Unlock()
	defer func() {
		j.mu.Lock()
		delete(j.wake, seg)
		j.mu.Unlock()
	}()

	var (
		task       *Task
		objs       []payload
		attempt    int              // the highest attempt of the segment's tasks (published or adopted)
		ours       = map[int]bool{} // attempts published, or found queued and adopted
		judged     = map[int]bool{} // of them, those whose failed result was counted
		rejected   []string
		rejectedBy = map[string]int{} // rejections counted, by worker
		refused    int                // tasks given back by workers with other keys
		reasons    []string           // their distinct reasons (a few)
		retasks    int                // refusals and repeated failures re-tasked without counting (maxRetasks)
		missing    int                // failed results re-tasked without counting (an object missing)
		vanished   int                // tasks that left the queue without a result
		cur        taskRef            // the task waited for (seq 0: none)
		needTask   = true
		notBefore  time.Time // no publish before (after a refusal)
		lastTried  time.Time
		published  time.Time
		lastPoll   time.Time
		gone       int // consecutive looks that found cur gone
	)
	// The segment's objects: those named up front, and the task's.
	segObjects := func() []string {
		out := slices.Clone(names)
		if task != nil {
			for _, name := range []string{task.Witness, task.Checkpoint} {
				if name != "" && !slices.Contains(out, name) {
					out = append(out, name)
				}
			}
		}
		return out
	}
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	for {
		// Look at the results that came in.
		j.mu.Lock()
		rs := j.got[seg]
		delete(j.got, seg)
		j.held -= len(rs)
		ev, hasEv := j.events[cur.seq]
		j.mu.Unlock()
		// (An event of a task of the same sequence before this one was
		// published, or before its stream was created: of the stream
		// before it was made again.)
		hasEv = hasEv && cur.owns(ev)
		// A valid result wins over any number of rejected ones (a restarted
		// owner reads a forged result and its segment's later valid one),
		// whatever attempt it claims.
		var bad []*Result
		var errs []error
		for _, r := range rs {
			proof, verr := j.check(r, keys.VK, pub, t)
			if verr == nil {
				j.accept(seg, r, resumed && task == nil, keys, published)
				j.cleanup(ctx, k, seg, segObjects())
				return proof, nil
			}
			bad, errs = append(bad, r), append(errs, verr)
		}
		for i, r := range bad {
			if !ours[r.Attempt] || judged[r.Attempt] {
				j.count(&j.stats.Ignored)
				j.log.Debug().Str("task", id).Str("worker", r.Worker).Int("attempt", r.Attempt).Err(errs[i]).
					Msg("failed result ignored: for an attempt not published, or already counted")
				continue
			}
			judged[r.Attempt] = true
			if r.Attempt == cur.attempt {
				needTask, cur = true, taskRef{}
			}
			if r.Missing && missing < j.f.cfg.MaxAttempts {
				missing++
				j.count(&j.stats.Missing)
				j.log.Info().Str("task", id).Str("worker", r.Worker).Int("attempt", r.Attempt).Err(errs[i]).
					Msg("a task object was missing for the worker: stored again and re-tasked")
				continue
			}
			if rejectedBy[r.Worker] >= maxRejectionsPerWorker && retasks < maxRetasks && j.othersCanProve(ctx, k, digest, rejectedBy) {
				retasks++
				j.count(&j.stats.Repeated)
				j.log.Warn().Str("task", id).Str("worker", r.Worker).Int("attempt", r.Attempt).Err(errs[i]).
					Msg("segment result rejected again from the same worker: re-tasked for the other workers, not counted")
				continue
			}
			rejectedBy[r.Worker]++
			j.count(&j.stats.Rejected)
			rejected = append(rejected, fmt.Sprintf("%s: %v", r.Worker, errs[i]))
			j.log.Warn().Str("task", id).Str("worker", r.Worker).Int("attempt", r.Attempt).Err(errs[i]).Msg("segment result rejected")
		}
		// The task waited for, given back by a worker with other keys:
		// published again for another worker after a pause, not counted
		// as a rejection nor as a task that vanished, while a live member
		// of the class has the owner's keys (from the first refusal: a
		// fleet where none has them fails the segment at once), up to
		// maxRetasks re-tasks of the segment (then it counts).
		if hasEv && strings.HasPrefix(ev.Reason, keysDifferReason) {
			reason := ev.Reason
			refused++
			if len(reasons) < 4 && !slices.Contains(reasons, reason) {
				reasons = append(reasons, reason)
			}
			j.count(&j.stats.Refused)
			needTask, cur, gone, hasEv = true, taskRef{}, 0, false
			if !j.othersCanProve(ctx, k, digest, nil) {
				j.cleanup(ctx, k, seg, segObjects())
				return nil, fmt.Errorf("fleet task %s: refused by workers with other keys than the owner's (%s; %d refusals), and no live worker of class 2^%d has keys %s: %w",
					id, strings.Join(reasons, "; "), refused, k, shortDigest(digest), ErrKeysDiffer)
			}
			pause := backoff(refusedPause, maxRefusedPause, refused)
			notBefore = time.Now().Add(pause)
			if retasks < maxRetasks {
				retasks++
				level := zerolog.DebugLevel // the first refusal of the segment at error level, the others (every pause) at debug
				if refused == 1 {
					level = zerolog.ErrorLevel
				}
				j.log.WithLevel(level).Str("task", id).Int("refusals", refused).Str("reason", reason).Str("owner_keys", shortDigest(digest)).Dur("pause", pause).
					Msg("a worker with other segment keys gave the task back: re-tasked (copy the owner's keys of the class to that worker)")
			} else {
				j.count(&j.stats.Rejected)
				rejected = append(rejected, fmt.Sprintf("%s (after %d re-tasks of the segment)", reason, retasks))
				j.log.Warn().Str("task", id).Int("refusals", refused).Int("retasks", retasks).Str("reason", reason).
					Msg("a worker with other segment keys gave the task back: past the segment's re-tasks, counted as a rejection")
			}
		}
		if len(rejected) >= j.f.cfg.MaxAttempts {
			j.cleanup(ctx, k, seg, segObjects())
			return nil, fmt.Errorf("fleet task %s: %d results rejected (%s): %w", id, len(rejected), strings.Join(rejected, "; "), ErrRejected)
		}
		if hasEv && !ev.terminated {
			j.cleanup(ctx, k, seg, segObjects())
			return nil, fmt.Errorf("fleet: task %s was delivered %d times by consumer %s and never acknowledged (do the workers crash on it? see their logs): %w",
				id, ev.Deliveries, ev.Consumer, ErrUndeliverable)
		}
		// The task waited for: terminated by a worker that stopped, or, on
		// a look every pollEvery, gone from the queue without a result
		// (deleted, aged out; a result, if any, comes before the second
		// look), or gone with its stream (made again since: at once).
		if !needTask && cur.seq != 0 && (hasEv || time.Since(lastPoll) >= pollEvery) {
			lastPoll = time.Now()
			if hasEv {
				gone = 2
			} else if isGone, replaced, err := j.taskGone(ctx, cur, taskSubject(k, j.id, seg)); err != nil {
				j.log.Debug().Err(err).Str("task", id).Msg("looking at the queued task")
			} else if replaced {
				gone = 2
			} else if isGone {
				gone++
			} else {
				gone = 0
			}
			if gone >= 2 {
				if vanished++; vanished > maxVanished {
					j.cleanup(ctx, k, seg, segObjects())
					return nil, fmt.Errorf("fleet task %s: its task left the queue %d times without a result: %w", id, vanished, ErrUndeliverable)
				}
				j.count(&j.stats.Vanished)
				j.log.Info().Str("task", id).Int("attempt", cur.attempt).Bool("terminated", hasEv).Str("reason", ev.Reason).
					Msg("the task left the queue without a result: re-tasked")
				needTask, cur, gone = true, taskRef{}, 0
			}
		}
		// (Re)publish the task when needed; a refusal means the segment's
		// task is still queued: after a restart it is adopted and waited
		// for, after a rejected result (its task not acknowledged yet) the
		// publish is tried again on the next tick.
		if needTask && time.Since(lastTried) >= time.Second && !time.Now().Before(notBefore) {
			lastTried = time.Now()
			if task == nil {
				if task, objs, err = build(); err != nil {
					return nil, fmt.Errorf("fleet task %s: %w", id, err)
				}
				task.ID, task.Job, task.Segment, task.Class, task.Target = id, j.id, seg, k, t
				task.Owner, task.Created = j.f.cfg.Name, time.Now().UTC()
				task.Republishes = true
				task.Keys = digest
			}
			// Stored before every publish: on a re-task an object may be gone
			// (an identical segment of another job was accepted and its owner
			// deleted it).
			for _, o := range objs {
				if err := j.storeObject(ctx, o); err != nil {
					if errors.Is(err, ErrFull) {
						j.cleanup(ctx, k, seg, segObjects())
					}
					return nil, fmt.Errorf("fleet task %s: %w", id, err)
				}
			}
			ref, queued, tried, err := j.submit(ctx, task, attempt, judged)
			attempt = max(attempt, tried) // numbers an earlier owner used: not tried again
			switch {
			case err != nil && ctx.Err() != nil:
				return nil, fmt.Errorf("fleet task %s: %w", id, ctx.Err())
			case errors.Is(err, ErrFull):
				j.cleanup(ctx, k, seg, segObjects())
				return nil, fmt.Errorf("fleet task %s: %w", id, err)
			case err != nil:
				j.log.Warn().Err(err).Str("task", id).Msg("publishing the task failed; retrying")
			case ref.seq == 0:
				// A rejected attempt's task is still queued: next tick.
			default:
				ours[ref.attempt] = true
				attempt = max(attempt, ref.attempt)
				cur, needTask, gone, lastPoll = ref, false, 0, time.Now()
				j.mu.Lock()
				j.seqs[ref.seq] = seg
				if queued {
					j.stats.Queued++
				} else {
					j.stats.Published++
					if published.IsZero() {
						published = lastTried
						j.stats.Witness += task.WitnessSize
						j.stats.Stored += task.StoredSize
					}
				}
				j.mu.Unlock()
			}
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("fleet task %s: %w", id, ctx.Err())
		case <-wake:
		case <-tick.C:
		}
	}
}

// taskGone reports that the task t (on subject) is not in the tasks
// stream any more (acknowledged, terminated, deleted or aged out);
// replaced: its stream was made again since it was published, or its
// sequence holds another task (sequences restart with the stream).
func (j *Job) taskGone(ctx context.Context, t taskRef, subject string) (gone, replaced bool, err error) {
	if created := j.tasksCreated(ctx, false); !t.created.IsZero() && !created.IsZero() && !created.Equal(t.created) {
		return true, true, nil
	}
	tctx, cancel := context.WithTimeout(ctx, j.f.cfg.Timeout)
	defer cancel()
	m, err := j.f.tasks.GetMsg(tctx, t.seq)
	if errors.Is(err, jetstream.ErrMsgNotFound) {
		return true, false, nil
	}
	if err != nil {
		return false, false, fmt.Errorf("reading task #%d: %w", t.seq, err)
	}
	if m.Subject != subject {
		return true, true, nil
	}
	return false, false, nil
}

// submit publishes the segment's task as attempt after+1, skipping the
// attempt numbers an earlier owner of the job used within the duplicate
// window, or finds the segment's task already queued (queued: adopted, an
// earlier owner's). ref.seq is 0 when the queued task is one of judged (a
// rejected attempt's, not acknowledged yet), or when every number tried
// was used before: try again later. tried is the highest attempt number
// known used (the caller goes on from it: a restarted owner whose
// predecessor used more than 64 numbers within the duplicate window gets
// past them over a few ticks).
func (j *Job) submit(ctx context.Context, task *Task, after int, judged map[int]bool) (ref taskRef, queued bool, tried int, err error) {
	for range 64 {
		if after < 0 || after >= maxAttemptNumber {
			return taskRef{}, false, after, fmt.Errorf("attempt %d: too many attempts", after)
		}
		task.Attempt = after + 1
		created := j.tasksCreated(ctx, false)
		seq, refused, err := j.publish(ctx, task)
		if err != nil {
			return taskRef{}, false, after, err
		}
		if seq != 0 {
			// (A minute's margin for the servers' clocks against this one's.)
			return taskRef{seq: seq, attempt: task.Attempt, since: time.Now().Add(-time.Minute), created: created}, false, task.Attempt, nil
		}
		q, foreign, err := j.queuedTask(ctx, task)
		if err != nil {
			return taskRef{}, false, after, err
		}
		switch {
		case q.seq != 0 && (foreign || judged[q.attempt]):
			// Not one to wait for. Delivered MaxDeliver times, it would
			// hold the segment's subject for ever: deleted.
			if !j.deadTask(q) {
				return taskRef{}, false, after, nil
			}
			tctx, cancel := context.WithTimeout(ctx, j.f.cfg.Timeout)
			err := j.f.tasks.DeleteMsg(tctx, q.seq)
			cancel()
			if err != nil && !errors.Is(err, jetstream.ErrMsgNotFound) {
				return taskRef{}, false, after, fmt.Errorf("deleting the dead task #%d: %w", q.seq, err)
			}
			j.log.Info().Str("task", task.ID).Uint64("seq", q.seq).Bool("foreign", foreign).Msg("a dead task held the segment: deleted")
			continue
		case q.seq != 0:
			j.log.Debug().Str("task", task.ID).Int("attempt", q.attempt).Msg("the segment's task is already queued: waiting for it")
			return q, true, after, nil
		case refused:
			return taskRef{}, false, after, nil // acknowledged meanwhile: next tick
		}
		// A duplicate: an earlier owner of the job published this attempt
		// (within the duplicate window) and it is not queued any more.
		after = task.Attempt
	}
	j.log.Info().Str("task", task.ID).Int("attempt", after).Msg("64 attempt numbers in a row were published before (an earlier owner of the job): going on from there")
	return taskRef{}, false, after, nil
}

// queuedTask is the segment's task in the queue (seq 0: none); foreign: it
// is not task's (other objects, or malformed), so not one to adopt.
func (j *Job) queuedTask(ctx context.Context, task *Task) (ref taskRef, foreign bool, err error) {
	tctx, cancel := context.WithTimeout(ctx, j.f.cfg.Timeout)
	defer cancel()
	m, err := j.f.tasks.GetLastMsgForSubject(tctx, taskSubject(task.Class, task.Job, task.Segment))
	if errors.Is(err, jetstream.ErrMsgNotFound) {
		return taskRef{}, false, nil
	}
	if err != nil {
		return taskRef{}, false, fmt.Errorf("reading the queued task: %w", err)
	}
	var q Task
	err = json.Unmarshal(m.Data, &q)
	foreign = err != nil || q.Attempt < 1 || q.Attempt > maxAttemptNumber ||
		q.Run != task.Run || q.Checkpoint != task.Checkpoint || q.Witness != task.Witness
	if foreign {
		j.log.Debug().Str("task", task.ID).Uint64("seq", m.Sequence).Msg("the segment's subject holds another task: waiting for a worker to take it")
	}
	return taskRef{seq: m.Sequence, attempt: q.Attempt, since: m.Time.Add(-time.Minute), created: j.tasksCreated(ctx, false)}, foreign, nil
}

// deadTask reports a max-deliveries advisory about the task.
func (j *Job) deadTask(t taskRef) bool {
	j.mu.Lock()
	defer j.mu.Unlock()
	ev, ok := j.events[t.seq]
	return ok && !ev.terminated && t.owns(ev)
}

// check verifies a result's proof for the segment.
func (j *Job) check(r *Result, vk groth16.VerifyingKey, pub witness.Witness, t prover.Target) (groth16.Proof, error) {
	if r.Error != "" {
		return nil, fmt.Errorf("the worker failed: %s", r.Error)
	}
	proof, err := decodeProof(r.Proof)
	if err != nil {
		return nil, err
	}
	if err := groth16.Verify(proof, vk, pub, t.VerifierOptions()...); err != nil {
		return nil, fmt.Errorf("%w: %w", prover.ErrInvalidProof, err)
	}
	return proof, nil
}

func (j *Job) accept(seg int, r *Result, resumed bool, keys *prover.Keys, published time.Time) {
	j.mu.Lock()
	j.done[seg] = true
	j.stats.Accepted++
	if !published.IsZero() {
		j.stats.RoundTrip += time.Since(published)
		j.stats.Prove += time.Duration(r.ProveMS) * time.Millisecond
	}
	if resumed {
		j.stats.Resumed++
	}
	if r.Delivered > 1 {
		j.stats.Redelivered++
	}
	j.mu.Unlock()
	j.log.Debug().Int("segment", seg).Int("class", keys.Manifest.LogSteps).Str("worker", r.Worker).Uint64("delivered", r.Delivered).
		Bool("resumed", resumed).Int64("prove_ms", r.ProveMS).Msg("segment proof accepted")
}

// cleanup removes what is left of a segment's task (best effort): a task
// still queued (re-tasked after a rejection) and the segment's objects. It
// runs to its end (within the request timeout) even when ctx ends
// meanwhile.
func (j *Job) cleanup(ctx context.Context, k, seg int, names []string) {
	tctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), j.f.cfg.Timeout)
	defer cancel()
	if err := deleteSubject(tctx, j.f.tasks, taskSubject(k, j.id, seg)); err != nil {
		j.log.Debug().Err(err).Int("segment", seg).Msg("removing the segment's queued task")
	}
	for _, name := range names {
		err := j.f.objects.Delete(tctx, name)
		if err != nil && !errors.Is(err, jetstream.ErrObjectNotFound) {
			j.log.Debug().Err(err).Int("segment", seg).Str("object", name).Msg("deleting the segment's task object")
			continue // Purge tries again
		}
		j.mu.Lock()
		delete(j.objs, name)
		j.mu.Unlock()
	}
}

// storeObject puts a task object into the object store unless it is there,
// and records it for Purge. An object store with no room is waited for
// fullWait at most (ErrFull).
func (j *Job) storeObject(ctx context.Context, o payload) error {
	j.mu.Lock()
	j.objs[o.name] = true
	j.mu.Unlock()
	var full time.Time
	return retry(ctx, j.log, "storing object "+o.name, func() error {
		tctx, cancel := context.WithTimeout(ctx, j.f.cfg.Timeout)
		defer cancel()
		if info, err := j.f.objects.GetInfo(tctx, o.name); err == nil && info.Size == uint64(len(o.packed)) {
			return nil // content-addressed: already there
		}
		_, err := j.f.objects.PutBytes(tctx, o.name, o.packed)
		if isFull(err) {
			return j.whileFull(&full, "the object store "+WitnessBucket, err)
		}
		return err
	})
}

// whileFull is what a retried request does with a refusal for want of
// room (isFull): retried, with a warning the first time, until it has
// lasted fullWait, then ErrFull (permanent).
func (j *Job) whileFull(since *time.Time, what string, err error) error {
	if since.IsZero() {
		*since = time.Now()
		j.log.Warn().Err(err).Str("asset", what).Dur("wait", fullWait).
			Msg("no room in the fleet's streams: waiting for room (tasks taken by workers, objects aged out or purged)")
		return err
	}
	if waited := time.Since(*since); waited >= fullWait {
		return permanent(fmt.Errorf("%s: no room for %s: %w (%w)", what, waited.Round(time.Second), ErrFull, err))
	}
	return err
}

// publish queues the task: seq is its sequence in the tasks stream, 0 when
// the stream did not take it: refused because the segment has a task
// queued, or else a duplicate (its message id, the attempt, was published
// before within the duplicate window).
func (j *Job) publish(ctx context.Context, task *Task) (seq uint64, refused bool, err error) {
	data, err := json.Marshal(task)
	if err != nil {
		return 0, false, err
	}
	subject := taskSubject(task.Class, task.Job, task.Segment)
	var full time.Time
	err = retry(ctx, j.log, "publishing task "+task.ID, func() error {
		tctx, cancel := context.WithTimeout(ctx, j.f.cfg.Timeout)
		defer cancel()
		ack, err := j.f.js.Publish(tctx, subject, data,
			jetstream.WithMsgID(task.ID+"#"+strconv.Itoa(task.Attempt)), jetstream.WithExpectStream(TasksStream))
		switch {
		case err != nil && isQueuedError(err):
			refused = true
			return nil
		case isFull(err):
			return j.whileFull(&full, "the tasks stream "+TasksStream, err)
		case err != nil:
			return err
		case !ack.Duplicate:
			seq = ack.Sequence
		}
		return nil
	})
	if err == nil && seq != 0 {
		j.log.Debug().Str("task", task.ID).Int("attempt", task.Attempt).Int("witness_bytes", task.StoredSize).Msg("task published")
	}
	return seq, refused, err
}

// isQueuedError recognises the refusal of a second message on a task's
// subject (MaxMsgsPerSubject 1 with DiscardNewPerSubject).
func isQueuedError(err error) bool {
	var apiErr *jetstream.APIError
	if errors.As(err, &apiErr) && apiErr.ErrorCode == 10077 { // JSStreamStoreFailedF: "maximum messages per subject exceeded"
		return strings.Contains(apiErr.Description, "per subject")
	}
	return strings.Contains(err.Error(), "maximum messages per subject exceeded")
}

// Proven lists the segments of the job that have a result in the results
// stream (not verified: ProveAssignment verifies each before using it).
func (j *Job) Proven() []int {
	j.mu.Lock()
	defer j.mu.Unlock()
	var out []int
	for seg := range j.done {
		out = append(out, seg)
	}
	for seg := range j.got {
		if !j.done[seg] {
			out = append(out, seg)
		}
	}
	return out
}

// Lookup returns the last result of task TaskID(job, seg) in the results
// stream, or nil when there is none (a restarted owner's direct look-up; a
// Job does it for all its segments when it opens).
func (f *Fleet) Lookup(ctx context.Context, job string, seg int) (*Result, error) {
	if err := CheckJobID(job); err != nil {
		return nil, err
	}
	var r *Result
	err := retry(ctx, f.log, "looking up task "+TaskID(job, seg), func() error {
		tctx, cancel := context.WithTimeout(ctx, f.cfg.Timeout)
		defer cancel()
		m, err := f.results.GetLastMsgForSubject(tctx, resultSubject(job, seg))
		if errors.Is(err, jetstream.ErrMsgNotFound) {
			return nil
		}
		if err != nil {
			return err
		}
		r = &Result{}
		if err := json.Unmarshal(m.Data, r); err != nil {
			return permanent(fmt.Errorf("malformed result: %w", err))
		}
		return nil
	})
	return r, err
}

// Purge removes the job's results, any task of it still queued and every
// object this Job stored (the run's data, the checkpoints or witnesses of
// segments not finished, as when the job was cancelled mid-way): call it
// once the owner has kept the segment proofs elsewhere (the node's store).
// The tasks go first: a worker proving one of them sees it gone, stops and
// publishes nothing. (Objects stored by an earlier process of the job that
// this one never asked for age out with the object store's TTL.)
func (j *Job) Purge(ctx context.Context) error {
	return retry(ctx, j.log, "purging the job", func() error {
		for _, s := range []struct {
			stream jetstream.Stream
			filter string
		}{{j.f.tasks, fmt.Sprintf("fleet.task.*.%s.>", j.id)}, {j.f.results, fmt.Sprintf("fleet.result.%s.>", j.id)}} {
			tctx, cancel := context.WithTimeout(ctx, j.f.cfg.Timeout)
			info, err := s.stream.Info(tctx, jetstream.WithSubjectFilter(s.filter))
			cancel()
			if err != nil {
				return err
			}
			for subject := range info.State.Subjects {
				tctx, cancel := context.WithTimeout(ctx, j.f.cfg.Timeout)
				err := deleteSubject(tctx, s.stream, subject)
				cancel()
				if err != nil {
					return err
				}
			}
		}
		j.mu.Lock()
		names := slices.Collect(maps.Keys(j.objs))
		j.mu.Unlock()
		slices.Sort(names)
		for _, name := range names {
			tctx, cancel := context.WithTimeout(ctx, j.f.cfg.Timeout)
			err := j.f.objects.Delete(tctx, name)
			cancel()
			if err != nil && !errors.Is(err, jetstream.ErrObjectNotFound) {
				return fmt.Errorf("deleting object %s: %w", name, err)
			}
			j.mu.Lock()
			delete(j.objs, name)
			j.mu.Unlock()
		}
		return nil
	})
}

// deleteSubject deletes the messages of one subject, last first. (Not a
// purge with a subject filter: on a work-queue stream that moves the
// consumers' ack floor over other subjects' messages in flight, which then
// are never delivered again.)
func deleteSubject(ctx context.Context, s jetstream.Stream, subject string) error {
	for range 1000 {
		m, err := s.GetLastMsgForSubject(ctx, subject)
		if errors.Is(err, jetstream.ErrMsgNotFound) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("reading %s: %w", subject, err)
		}
		if err := s.DeleteMsg(ctx, m.Sequence); err != nil && !errors.Is(err, jetstream.ErrMsgNotFound) {
			return fmt.Errorf("deleting %s #%d: %w", subject, m.Sequence, err)
		}
	}
	return fmt.Errorf("%s: too many messages to delete", subject)
}
