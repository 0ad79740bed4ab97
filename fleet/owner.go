package fleet

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/frontend"
	"github.com/nats-io/nats.go"
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
	Queued      int // publishes refused because the segment's task was still queued (restart)
	Accepted    int // segments whose proof verified (one per segment)
	Resumed     int // of them: results already in the stream when the segment was asked for
	Rejected    int // results that failed verification or carried a worker's error
	Duplicates  int // results for segments already accepted (ignored)
	Redelivered int // accepted results whose task had been delivered more than once

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

// Job is the owner's side of one job on the fleet: the SegmentProvers of
// its segments and the results that come back. Open it again with the same
// id after a restart: results already in the results stream are picked up
// and their segments are not proven again.
type Job struct {
	f    *Fleet
	id   string
	keys VerifyingKeys
	log  zerolog.Logger

	cc      jetstream.ConsumeContext
	adv     *nats.Subscription
	caught  chan struct{} // closed once the results present at Open were read
	mu      sync.Mutex
	got     map[int][]*Result // results not yet looked at, by segment
	seen    map[int]bool      // segments with results seen before they were asked for
	done    map[int]bool      // accepted segments
	wake    map[int]chan struct{}
	seqs    map[uint64]int // tasks stream sequence -> segment (ours, published)
	dead    map[int]string // segments whose task exceeded MaxDeliver
	stats   JobStats
	pending int // results present at Open not yet read

	run     *longrun.RunData // the run whose data runObj holds (ProveTask)
	runObj  payload
	runSize int
}

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
		wake: map[int]chan struct{}{}, seqs: map[uint64]int{}, dead: map[int]string{}}
	// Tasks delivered MaxDeliver times without an ack: fail their segment.
	adv, err := f.nc.Subscribe("$JS.EVENT.ADVISORY.CONSUMER.MAX_DELIVERIES."+TasksStream+".*", j.onMaxDeliveries)
	if err != nil {
		return nil, fmt.Errorf("fleet job %s: advisories: %w", id, err)
	}
	j.adv = adv
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
		_ = adv.Unsubscribe()
		return nil, fmt.Errorf("fleet job %s: %w", id, err)
	}
	if j.pending == 0 {
		close(j.caught)
	}
	j.cc, err = cons.Consume(j.onResult)
	if err != nil {
		_ = adv.Unsubscribe()
		return nil, fmt.Errorf("fleet job %s: following results: %w", id, err)
	}
	select {
	case <-j.caught:
	case <-ctx.Done():
		j.Close()
		return nil, fmt.Errorf("fleet job %s: reading its %d stored results: %w", id, j.pending, ctx.Err())
	}
	j.mu.Lock()
	j.log.Info().Int("stored_results", len(j.got)).Msg("fleet job opened")
	for seg := range j.got {
		j.seen[seg] = true
	}
	j.mu.Unlock()
	return j, nil
}

// ID is the job's id.
func (j *Job) ID() string { return j.id }

// Close stops following results. It leaves the job's results in the stream
// (Purge removes them).
func (j *Job) Close() {
	if j.cc != nil {
		j.cc.Stop()
	}
	if j.adv != nil {
		_ = j.adv.Unsubscribe()
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
			close(j.caught)
		}
	}
	if err != nil || r.Job != j.id || m.Subject() != resultSubject(j.id, seg) {
		j.log.Warn().Err(err).Str("subject", m.Subject()).Msg("ignoring a malformed result")
		return
	}
	if j.done[seg] {
		j.stats.Duplicates++
		j.log.Debug().Int("segment", seg).Str("worker", r.Worker).Msg("duplicate result ignored")
		return
	}
	j.got[seg] = append(j.got[seg], &r)
	if w := j.wake[seg]; w != nil {
		select {
		case w <- struct{}{}:
		default:
		}
	}
}

// onMaxDeliveries fails the segment whose task JetStream gave up on.
func (j *Job) onMaxDeliveries(m *nats.Msg) {
	var a struct {
		Stream     string `json:"stream"`
		Consumer   string `json:"consumer"`
		StreamSeq  uint64 `json:"stream_seq"`
		Deliveries uint64 `json:"deliveries"`
	}
	if err := json.Unmarshal(m.Data, &a); err != nil || a.Stream != TasksStream {
		return
	}
	j.mu.Lock()
	defer j.mu.Unlock()
	seg, ok := j.seqs[a.StreamSeq]
	if !ok || j.done[seg] {
		return
	}
	j.dead[seg] = fmt.Sprintf("task %s was delivered %d times by consumer %s and never acknowledged (do the workers crash on it? see their logs)",
		TaskID(j.id, seg), a.Deliveries, a.Consumer)
	if w := j.wake[seg]; w != nil {
		select {
		case w <- struct{}{}:
		default:
		}
	}
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
	proof, err := p.j.prove(ctx, seg, k, pub, t, func() (*Task, []payload, error) {
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
	rp, runSize, err := p.j.runPayload(run)
	if err != nil {
		return nil, fmt.Errorf("fleet task %s: run data: %w", id, err)
	}
	return p.j.prove(ctx, st.Index, run.LogSteps, pub, t, func() (*Task, []payload, error) {
		raw, err := json.Marshal(st)
		if err != nil {
			return nil, nil, fmt.Errorf("encoding checkpoint: %w", err)
		}
		cp, err := pack(raw)
		if err != nil {
			return nil, nil, err
		}
		return &Task{Run: rp.name, RunSize: runSize, Checkpoint: cp.name, WitnessSize: len(raw), StoredSize: len(cp.packed)},
			[]payload{rp, cp}, nil
	})
}

// runPayload is the stored form of the job's run data (made once).
func (j *Job) runPayload(run *longrun.RunData) (payload, int, error) {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.run == run {
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
	return p, len(raw), nil
}

// prove runs one segment's task: build makes the task's payload-specific
// fields and the objects it needs (stored before every publish: a re-task
// finds them even if another job's owner deleted an identical one).
func (j *Job) prove(ctx context.Context, seg, k int, pub witness.Witness, t prover.Target, build func() (*Task, []payload, error)) (groth16.Proof, error) {
	id := TaskID(j.id, seg)
	keys, err := j.keys.Keys(k)
	if err != nil {
		return nil, fmt.Errorf("fleet task %s: %w", id, err)
	}
	wake := make(chan struct{}, 1)
	j.mu.Lock()
	if j.done[seg] {
		j.mu.Unlock()
		return nil, fmt.Errorf("fleet task %s: segment already proven in this job", id)
	}
	j.wake[seg] = wake
	resumed := j.seen[seg]
	j.mu.Unlock()
	defer func() {
		j.mu.Lock()
		delete(j.wake, seg)
		j.mu.Unlock()
	}()

	var (
		task      *Task
		objs      []payload
		attempt   int
		rejected  []string
		needTask  = true
		lastTried time.Time
		published time.Time
	)
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	for {
		// Look at the results that came in.
		j.mu.Lock()
		rs := j.got[seg]
		delete(j.got, seg)
		dead := j.dead[seg]
		j.mu.Unlock()
		// A valid result wins over any number of rejected ones (a restarted
		// owner reads a forged result and its segment's later valid one).
		var bad []*Result
		var errs []error
		for _, r := range rs {
			if r.Attempt > attempt {
				attempt = r.Attempt
			}
			proof, verr := j.check(r, keys.VK, pub, t)
			if verr == nil {
				j.accept(seg, r, resumed && task == nil, keys, published)
				j.cleanup(ctx, k, seg, task)
				return proof, nil
			}
			bad, errs = append(bad, r), append(errs, verr)
		}
		for i, r := range bad {
			j.mu.Lock()
			j.stats.Rejected++
			j.mu.Unlock()
			rejected = append(rejected, fmt.Sprintf("%s: %v", r.Worker, errs[i]))
			j.log.Warn().Str("task", id).Str("worker", r.Worker).Int("attempt", r.Attempt).Err(errs[i]).Msg("segment result rejected")
			needTask = true
		}
		if len(rejected) >= j.f.cfg.MaxAttempts {
			j.cleanup(ctx, k, seg, task)
			return nil, fmt.Errorf("fleet task %s: %d results rejected (%s): %w", id, len(rejected), strings.Join(rejected, "; "), ErrRejected)
		}
		if dead != "" {
			j.cleanup(ctx, k, seg, task)
			return nil, fmt.Errorf("fleet: %s: %w", dead, ErrUndeliverable)
		}
		// (Re)publish the task when needed; a refusal means the segment's
		// task is still queued (after a restart, or a rejected result
		// whose task is not acknowledged yet): try again on the next tick.
		if needTask && time.Since(lastTried) >= time.Second {
			lastTried = time.Now()
			if task == nil {
				if task, objs, err = build(); err != nil {
					return nil, fmt.Errorf("fleet task %s: %w", id, err)
				}
				task.ID, task.Job, task.Segment, task.Class, task.Target = id, j.id, seg, k, t
				task.Owner, task.Created = j.f.cfg.Name, time.Now().UTC()
			}
			// Stored before every publish: on a re-task an object may be gone
			// (an identical segment of another job was accepted and its owner
			// deleted it).
			for _, o := range objs {
				if err := j.storeObject(ctx, o); err != nil {
					return nil, fmt.Errorf("fleet task %s: %w", id, err)
				}
			}
			task.Attempt = attempt + 1
			queued, err := j.publish(ctx, task)
			switch {
			case err != nil && ctx.Err() != nil:
				return nil, fmt.Errorf("fleet task %s: %w", id, ctx.Err())
			case err != nil:
				j.log.Warn().Err(err).Str("task", id).Msg("publishing the task failed; retrying")
			case queued && len(rejected) == 0:
				needTask = false // the queued task is this segment's: wait for its result
			case !queued:
				needTask = false
				if published.IsZero() {
					published = lastTried
					j.mu.Lock()
					j.stats.Witness += task.WitnessSize
					j.stats.Stored += task.StoredSize
					j.mu.Unlock()
				}
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
// still queued (re-tasked after a rejection) and the witness.
func (j *Job) cleanup(ctx context.Context, k, seg int, task *Task) {
	tctx, cancel := context.WithTimeout(ctx, j.f.cfg.Timeout)
	defer cancel()
	if err := deleteSubject(tctx, j.f.tasks, taskSubject(k, j.id, seg)); err != nil {
		j.log.Debug().Err(err).Int("segment", seg).Msg("removing the segment's queued task")
	}
	if task != nil {
		for _, name := range []string{task.Witness, task.Checkpoint} {
			if name == "" {
				continue
			}
			if err := j.f.objects.Delete(tctx, name); err != nil && !errors.Is(err, jetstream.ErrObjectNotFound) {
				j.log.Debug().Err(err).Int("segment", seg).Msg("deleting the segment's task object")
			}
		}
	}
}

// storeObject puts a task object into the object store unless it is there.
func (j *Job) storeObject(ctx context.Context, o payload) error {
	return retry(ctx, j.log, "storing object "+o.name, func() error {
		tctx, cancel := context.WithTimeout(ctx, j.f.cfg.Timeout)
		defer cancel()
		if info, err := j.f.objects.GetInfo(tctx, o.name); err == nil && info.Size == uint64(len(o.packed)) {
			return nil // content-addressed: already there
		}
		_, err := j.f.objects.PutBytes(tctx, o.name, o.packed)
		return err
	})
}

// publish queues the task; queued reports that the segment already had a
// task in the queue (the publish was refused).
func (j *Job) publish(ctx context.Context, task *Task) (queued bool, err error) {
	data, err := json.Marshal(task)
	if err != nil {
		return false, err
	}
	subject := taskSubject(task.Class, task.Job, task.Segment)
	err = retry(ctx, j.log, "publishing task "+task.ID, func() error {
		tctx, cancel := context.WithTimeout(ctx, j.f.cfg.Timeout)
		defer cancel()
		ack, err := j.f.js.Publish(tctx, subject, data,
			jetstream.WithMsgID(task.ID+"#"+strconv.Itoa(task.Attempt)), jetstream.WithExpectStream(TasksStream))
		if err != nil {
			if isQueuedError(err) {
				queued = true
				return nil
			}
			return err
		}
		if ack.Duplicate {
			queued = true
			return nil
		}
		j.mu.Lock()
		j.seqs[ack.Sequence] = task.Segment
		j.stats.Published++
		j.mu.Unlock()
		return nil
	})
	if err == nil && queued {
		j.mu.Lock()
		j.stats.Queued++
		j.mu.Unlock()
		j.log.Debug().Str("task", task.ID).Msg("the segment's task is already queued")
	} else if err == nil {
		j.log.Debug().Str("task", task.ID).Int("attempt", task.Attempt).Int("witness_bytes", task.StoredSize).Msg("task published")
	}
	return queued, err
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

// Purge removes the job's results, any task of it still queued and its run
// data: call it once the owner has kept the segment proofs elsewhere (the
// node's store).
func (j *Job) Purge(ctx context.Context) error {
	j.mu.Lock()
	runObj := j.runObj.name
	j.mu.Unlock()
	return retry(ctx, j.log, "purging the job", func() error {
		if runObj != "" {
			tctx, cancel := context.WithTimeout(ctx, j.f.cfg.Timeout)
			err := j.f.objects.Delete(tctx, runObj)
			cancel()
			if err != nil && !errors.Is(err, jetstream.ErrObjectNotFound) {
				return err
			}
		}
		for _, s := range []struct {
			stream jetstream.Stream
			filter string
		}{{j.f.results, fmt.Sprintf("fleet.result.%s.>", j.id)}, {j.f.tasks, fmt.Sprintf("fleet.task.*.%s.>", j.id)}} {
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
