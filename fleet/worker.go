package fleet

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/consensys/gnark/frontend"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/prover/longrun"
)

// WorkerConfig configures a Worker.
type WorkerConfig struct {
	// ID names the worker in results and in the members bucket (default
	// "<host>-<pid>"); letters, digits, '-' and '_'.
	ID string
	// Prover proves the assignments: a *prover.Prover opened on the segment
	// family's key store (it verifies its own proof too).
	Prover longrun.SegmentProver
	// Family builds the circuit a task's witness is assigned to (default
	// prover.RV32IMSegments).
	Family prover.Family
	// Classes are the segment classes the worker proves (one pull consumer each).
	Classes []int
	// PollWait is how long one pull waits for a task (default 2 s).
	PollWait time.Duration
	// TaskTimeout bounds one task (fetching, re-executing, proving,
	// publishing): past it the worker stops its in-progress acks, cancels
	// the proof and gives the task back (nak, one of its MaxDeliver
	// deliveries). Default (0): DefaultTaskTimeout plus TaskTimePerStep for
	// each of the class's 2^k steps; negative: no limit.
	TaskTimeout time.Duration
	// RetryTimeout bounds the retries of one request of a task (fetching an
	// object, looking up or publishing its result) while JetStream does not
	// answer (default DefaultRetryTimeout): then the task is given back for
	// later (nak with a delay, one of its deliveries).
	RetryTimeout time.Duration
	Log          zerolog.Logger
}

// Defaults of WorkerConfig.
const (
	DefaultTaskTimeout  = 30 * time.Minute
	TaskTimePerStep     = 10 * time.Millisecond // a 2^12 segment proof takes about 13 s on 2 CPU cores: 3 ms per step
	DefaultRetryTimeout = time.Minute
)

// Why a task's proof was stopped (context.Cause of its context).
var (
	errTaskGone    = errors.New("the task left the queue (its job ended, or its segment was proven by another worker)")
	errTaskTimeout = errors.New("the task ran past the worker's TaskTimeout")
)

// Member is a worker's record in the members bucket, refreshed every
// heartbeat; it expires after a few missed heartbeats.
type Member struct {
	ID       string    `json:"id"`
	Host     string    `json:"host"`
	PID      int       `json:"pid"`
	Classes  []int     `json:"classes"`
	Started  time.Time `json:"started"`
	Seen     time.Time `json:"seen"`
	Proofs   int64     `json:"proofs"`   // proofs published
	Failures int64     `json:"failures"` // error results published
	Skipped  int64     `json:"skipped"`  // redelivered tasks whose result was already in the stream
	Task     string    `json:"task,omitempty"`
	ProveMS  int64     `json:"prove_ms"` // total proving time
}

// Worker pulls segment tasks from the fleet, proves them and publishes
// their results.
type Worker struct {
	f   *Fleet
	cfg WorkerConfig
	log zerolog.Logger

	mu     sync.Mutex
	member Member
	runs   []*workerRun  // the last runs' data, oldest first
	poke   chan struct{} // a heartbeat now (the member's task changed)

	proofs atomic.Int64
}

// NewWorker returns a worker on the fleet connection.
func NewWorker(f *Fleet, cfg WorkerConfig) (*Worker, error) {
	if cfg.Prover == nil {
		return nil, errors.New("fleet worker: no prover")
	}
	if len(cfg.Classes) == 0 {
		return nil, errors.New("fleet worker: no class to prove")
	}
	if cfg.Family == nil {
		cfg.Family = prover.RV32IMSegments{}
	}
	if cfg.PollWait <= 0 {
		cfg.PollWait = 2 * time.Second
	}
	if cfg.RetryTimeout <= 0 {
		cfg.RetryTimeout = DefaultRetryTimeout
	}
	host, _ := os.Hostname()
	if cfg.ID == "" {
		cfg.ID = fmt.Sprintf("%s-%d", host, os.Getpid())
	}
	if err := CheckJobID(cfg.ID); err != nil {
		return nil, fmt.Errorf("fleet worker id: %w", err)
	}
	classes := append([]int(nil), cfg.Classes...)
	sort.Ints(classes)
	w := &Worker{f: f, cfg: cfg, log: f.log.With().Str("component", "fleet-worker").Str("worker", cfg.ID).Logger(),
		member: Member{ID: cfg.ID, Host: host, PID: os.Getpid(), Classes: classes, Started: time.Now().UTC()},
		poke:   make(chan struct{}, 1)}
	return w, nil
}

// ID is the worker's id.
func (w *Worker) ID() string { return w.cfg.ID }

// Proofs is the number of proofs the worker published.
func (w *Worker) Proofs() int64 { return w.proofs.Load() }

// Run pulls and proves tasks until ctx ends (then it returns nil). A task in
// progress when ctx ends is given back: terminated, and its owner publishes
// it again (not one of its MaxDeliver deliveries).
func (w *Worker) Run(ctx context.Context) error {
	cons := make([]jetstream.Consumer, len(w.cfg.Classes))
	ackWaits := make([]time.Duration, len(w.cfg.Classes))
	for i, k := range w.cfg.Classes {
		c, err := w.f.ensureConsumer(ctx, k)
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return err
		}
		cons[i] = c
		// The consumer's ack wait is the one that counts: it was created
		// by the first member to connect, with that member's Config.
		ackWaits[i] = w.f.cfg.AckWait
		if info := c.CachedInfo(); info != nil && info.Config.AckWait > 0 {
			ackWaits[i] = info.Config.AckWait
		}
		if ackWaits[i] != w.f.cfg.AckWait {
			w.log.Warn().Int("class", k).Dur("consumer_ack_wait", ackWaits[i]).Dur("config_ack_wait", w.f.cfg.AckWait).
				Msg("the class's consumer has another ack wait than this member's configuration: in-progress acks follow the consumer's")
		}
	}
	hbCtx, stopHB := context.WithCancel(ctx)
	defer stopHB()
	go w.heartbeats(hbCtx)
	defer w.leave()
	w.log.Info().Ints("classes", w.cfg.Classes).Str("server", w.f.ConnectedURL()).Msg("fleet worker ready")
	for ctx.Err() == nil {
		for i, c := range cons {
			m, err := w.next(ctx, c)
			if err != nil {
				if ctx.Err() != nil {
					return nil
				}
				w.log.Debug().Err(err).Int("class", w.cfg.Classes[i]).Msg("pulling a task")
				select {
				case <-ctx.Done():
					return nil
				case <-time.After(500 * time.Millisecond):
				}
				continue
			}
			if m == nil {
				continue
			}
			w.handle(ctx, m, ackWaits[i])
		}
	}
	return nil
}

// next pulls one task from c (nil when none came within PollWait).
func (w *Worker) next(ctx context.Context, c jetstream.Consumer) (jetstream.Msg, error) {
	tctx, cancel := context.WithTimeout(ctx, w.cfg.PollWait)
	defer cancel()
	batch, err := c.Fetch(1, jetstream.FetchContext(tctx))
	if err != nil {
		return nil, err
	}
	for m := range batch.Messages() {
		return m, nil
	}
	if err := batch.Error(); err != nil && !errors.Is(err, context.DeadlineExceeded) && !errors.Is(err, jetstream.ErrNoMessages) {
		return nil, err
	}
	return nil, nil
}

// handle proves one task and publishes its result. ackWait is the task's
// consumer's.
func (w *Worker) handle(ctx context.Context, m jetstream.Msg, ackWait time.Duration) {
	var task Task
	if err := json.Unmarshal(m.Data(), &task); err != nil {
		w.log.Warn().Err(err).Str("subject", m.Subject()).Msg("malformed task: dropped")
		_ = m.TermWithReason("malformed task")
		return
	}
	if m.Subject() != taskSubject(task.Class, task.Job, task.Segment) || task.ID != TaskID(task.Job, task.Segment) {
		w.log.Warn().Str("subject", m.Subject()).Str("task", task.ID).Msg("task on another subject than its own: dropped")
		_ = m.TermWithReason("task on another subject")
		return
	}
	var delivered, seq uint64 = 1, 0
	if md, err := m.Metadata(); err == nil {
		delivered, seq = md.NumDelivered, md.Sequence.Stream
	}
	log := w.log.With().Str("task", task.ID).Int("attempt", task.Attempt).Uint64("delivered", delivered).Logger()

	// The task's context: cancelled when the worker stops, when the task
	// leaves the queue (errTaskGone) and at its deadline (errTaskTimeout).
	pctx, stop := context.WithCancelCause(ctx)
	defer stop(nil)
	timeout := w.taskTimeout(task.Class)
	if timeout > 0 {
		var cancel context.CancelFunc
		pctx, cancel = context.WithTimeoutCause(pctx, timeout, errTaskTimeout)
		defer cancel()
	}
	// Keep the task ours while we prove (in-progress acks every ackWait/3,
	// until the task's context ends), and stop if it leaves the queue.
	go w.keepAlive(pctx, stop, m, seq, ackWait, log)

	// A task delivered again whose result is already in the stream (its
	// worker died between publishing and acknowledging) is not proven twice.
	if delivered > 1 {
		lctx, cancel := context.WithTimeout(pctx, w.cfg.RetryTimeout)
		r, err := w.f.Lookup(lctx, task.Job, task.Segment)
		cancel()
		if err == nil && r != nil && r.Error == "" && r.Attempt >= task.Attempt {
			log.Info().Str("by", r.Worker).Msg("redelivered task already proven: acknowledged without proving")
			w.mu.Lock()
			w.member.Skipped++
			w.mu.Unlock()
			w.ack(ctx, m, log)
			return
		}
	}

	w.setTask(task.ID)
	defer w.setTask("")
	log.Info().Int("class", task.Class).Msg("proving segment")
	start := time.Now()
	proof, proveTime, transient, err := w.prove(pctx, &task)
	cause := context.Cause(pctx)
	switch {
	case ctx.Err() != nil:
		// Shutting down: the task is given back at once, terminated so that
		// this does not use up one of its MaxDeliver deliveries (a rolling
		// restart of the workers fails no segment): its owner publishes it
		// again. An owner of an earlier version would not: its task is
		// naked (delivered again).
		if task.Republishes {
			_ = m.TermWithReason("worker stopping")
		} else {
			_ = m.Nak()
		}
		log.Info().Msg("stopped mid-task: task given back to its owner")
		return
	case errors.Is(cause, errTaskGone):
		log.Info().Msg("the task left the queue: dropped without a result")
		return
	case errors.Is(cause, errTaskTimeout):
		log.Warn().Dur("timeout", timeout).Msg("the task ran past its deadline: given back")
		_ = m.Nak()
		return
	case err != nil && transient:
		log.Warn().Err(err).Msg("task failed on a transient error: given back for later")
		_ = m.NakWithDelay(ackWait / 3)
		return
	}
	// Its owner may have dropped it while it was proven (job cancelled,
	// failed or purged): publish no orphan result.
	if w.taskGone(pctx, seq, ackWait) {
		log.Info().Msg("the task left the queue: dropped without a result")
		return
	}
	res := Result{Task: task.ID, Job: task.Job, Segment: task.Segment, Attempt: task.Attempt, Worker: w.cfg.ID,
		Delivered: delivered, ProveMS: proveTime.Milliseconds(), TaskMS: time.Since(start).Milliseconds()}
	if err != nil {
		res.Error = err.Error()
		res.Missing = errors.Is(err, jetstream.ErrObjectNotFound)
		log.Warn().Err(err).Msg("segment proof failed; reporting the error to the owner")
	} else {
		res.Proof = proof
	}
	if err := w.publish(pctx, &res); err != nil {
		log.Warn().Err(err).Msg("publishing the result failed: task given back")
		_ = m.NakWithDelay(ackWait / 3)
		return
	}
	w.mu.Lock()
	if res.Error == "" {
		w.member.Proofs++
		w.member.ProveMS += res.ProveMS
		w.proofs.Add(1)
	} else {
		w.member.Failures++
	}
	w.mu.Unlock()
	w.ack(ctx, m, log)
	log.Info().Int64("prove_ms", res.ProveMS).Bool("ok", res.Error == "").Msg("segment result published")
}

// taskTimeout is the deadline of a task of class k (0: none).
func (w *Worker) taskTimeout(k int) time.Duration {
	switch {
	case w.cfg.TaskTimeout > 0:
		return w.cfg.TaskTimeout
	case w.cfg.TaskTimeout < 0:
		return 0
	}
	return DefaultTaskTimeout + time.Duration(uint64(1)<<min(max(k, 0), 32))*TaskTimePerStep
}

// keepAlive sends in-progress acks for m every ackWait/3 until ctx ends;
// when the task (stream sequence seq) has left the tasks stream it stops
// the task (stop with errTaskGone).
func (w *Worker) keepAlive(ctx context.Context, stop context.CancelCauseFunc, m jetstream.Msg, seq uint64, ackWait time.Duration, log zerolog.Logger) {
	t := time.NewTicker(max(ackWait/3, 100*time.Millisecond))
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if err := m.InProgress(); err != nil {
			log.Debug().Err(err).Msg("in-progress ack")
		}
		if w.taskGone(ctx, seq, ackWait) {
			log.Info().Msg("the task left the queue: stopping its proof")
			stop(errTaskGone)
			return
		}
	}
}

// taskGone reports that the task at stream sequence seq is no longer in
// the tasks stream (its owner deleted it, or another worker acknowledged
// it); false when it cannot tell.
func (w *Worker) taskGone(ctx context.Context, seq uint64, ackWait time.Duration) bool {
	if seq == 0 {
		return false
	}
	tctx, cancel := context.WithTimeout(ctx, min(w.f.cfg.Timeout, max(ackWait/3, time.Second)))
	defer cancel()
	_, err := w.f.tasks.GetMsg(tctx, seq)
	return errors.Is(err, jetstream.ErrMsgNotFound)
}

func (w *Worker) ack(ctx context.Context, m jetstream.Msg, log zerolog.Logger) {
	tctx, cancel := context.WithTimeout(ctx, w.f.cfg.Timeout)
	defer cancel()
	if err := m.DoubleAck(tctx); err != nil {
		// The task comes back after the ack wait; its result is in the stream,
		// so the next worker acknowledges it without proving.
		log.Warn().Err(err).Msg("acknowledging the task failed")
	}
}

// prove fetches what the task carries (a checkpoint, or a witness), builds
// the assignment and proves it, returning the raw proof and the proving
// time alone; transient reports errors worth another try (the object store
// unreachable).
func (w *Worker) prove(ctx context.Context, task *Task) (proof []byte, proveTime time.Duration, transient bool, err error) {
	var circuit frontend.Circuit
	switch {
	case task.Checkpoint != "":
		circuit, transient, err = w.assignCheckpoint(ctx, task)
	case task.Witness != "":
		circuit, transient, err = w.assignWitness(ctx, task)
	default:
		err = errors.New("task without a checkpoint or a witness")
	}
	if err != nil {
		return nil, 0, transient, err
	}
	start := time.Now()
	p, _, err := w.cfg.Prover.ProveAssignment(ctx, task.Class, circuit, task.Target)
	proveTime = time.Since(start)
	if err != nil {
		return nil, proveTime, false, err
	}
	raw, err := encodeProof(p)
	return raw, proveTime, false, err
}

// fetch reads an object of the task, retrying for RetryTimeout at most
// (transient: the store did not answer, not the object missing).
func (w *Worker) fetch(ctx context.Context, name string, size int) (raw []byte, transient bool, err error) {
	var packed []byte
	fctx, cancel := context.WithTimeout(ctx, w.cfg.RetryTimeout)
	defer cancel()
	err = retry(fctx, w.log, "fetching object "+name, func() error {
		tctx, cancel := context.WithTimeout(fctx, w.f.cfg.Timeout)
		defer cancel()
		var err error
		packed, err = w.f.objects.GetBytes(tctx, name)
		if errors.Is(err, jetstream.ErrObjectNotFound) {
			return permanent(err)
		}
		return err
	})
	if err != nil {
		return nil, !errors.Is(err, jetstream.ErrObjectNotFound), err
	}
	raw, err = unpack(packed, name, size)
	return raw, false, err
}

// assignWitness assigns a fresh circuit of the task's class from the task's
// witness.
func (w *Worker) assignWitness(ctx context.Context, task *Task) (frontend.Circuit, bool, error) {
	raw, transient, err := w.fetch(ctx, task.Witness, task.WitnessSize)
	if err != nil {
		return nil, transient, err
	}
	full, err := witnessFromRaw(raw)
	if err != nil {
		return nil, false, err
	}
	circuit, err := w.cfg.Family.NewCircuit(task.Class)
	if err != nil {
		return nil, false, err
	}
	if err := assignFromWitness(circuit, full); err != nil {
		return nil, false, err
	}
	return circuit, false, nil
}

// workerRun is a run's data as a worker keeps it between its tasks.
type workerRun struct {
	name string
	data *longrun.RunData
	prog *executor.Program
}

// assignCheckpoint re-executes the task's segment from its checkpoint
// (longrun.AssignTask) with the run's data, fetched once per run.
func (w *Worker) assignCheckpoint(ctx context.Context, task *Task) (frontend.Circuit, bool, error) {
	run, transient, err := w.runData(ctx, task.Run, task.RunSize)
	if err != nil {
		return nil, transient, fmt.Errorf("run data: %w", err)
	}
	if run.data.LogSteps != task.Class {
		return nil, false, fmt.Errorf("run data of segment class %d for a task of class %d", run.data.LogSteps, task.Class)
	}
	raw, transient, err := w.fetch(ctx, task.Checkpoint, task.WitnessSize)
	if err != nil {
		return nil, transient, fmt.Errorf("checkpoint: %w", err)
	}
	var st longrun.SegmentTask
	if err := decodeJSON(raw, &st); err != nil {
		return nil, false, fmt.Errorf("decoding checkpoint: %w", err)
	}
	if st.Index != task.Segment {
		return nil, false, fmt.Errorf("checkpoint of segment %d for task %s", st.Index, task.ID)
	}
	a, _, err := longrun.AssignTask(ctx, run.data, run.prog, &st)
	if err != nil {
		return nil, false, err
	}
	return a, false, nil
}

// runData returns the run's data, from the worker's last runs or fetched.
func (w *Worker) runData(ctx context.Context, name string, size int) (*workerRun, bool, error) {
	w.mu.Lock()
	for _, r := range w.runs {
		if r.name == name {
			w.mu.Unlock()
			return r, false, nil
		}
	}
	w.mu.Unlock()
	raw, transient, err := w.fetch(ctx, name, size)
	if err != nil {
		return nil, transient, err
	}
	var d longrun.RunData
	if err := decodeJSON(raw, &d); err != nil {
		return nil, false, fmt.Errorf("decoding: %w", err)
	}
	prog, err := d.Program()
	if err != nil {
		return nil, false, err
	}
	r := &workerRun{name: name, data: &d, prog: prog}
	w.mu.Lock()
	w.runs = append(w.runs, r)
	if len(w.runs) > keptRuns {
		w.runs = w.runs[1:]
	}
	w.mu.Unlock()
	return r, false, nil
}

// keptRuns is how many runs' data a worker keeps between tasks.
const keptRuns = 4

func (w *Worker) publish(ctx context.Context, r *Result) error {
	data, err := json.Marshal(r)
	if err != nil {
		return err
	}
	pctx, cancel := context.WithTimeout(ctx, w.cfg.RetryTimeout)
	defer cancel()
	return retry(pctx, w.log, "publishing result "+r.Task, func() error {
		tctx, cancel := context.WithTimeout(pctx, w.f.cfg.Timeout)
		defer cancel()
		_, err := w.f.js.Publish(tctx, resultSubject(r.Job, r.Segment), data,
			jetstream.WithMsgID(r.Task+"#"+strconv.Itoa(r.Attempt)+"@"+w.cfg.ID+"/"+strconv.FormatUint(r.Delivered, 10)),
			jetstream.WithExpectStream(ResultsStream))
		return err
	})
}

func (w *Worker) setTask(id string) {
	w.mu.Lock()
	w.member.Task = id
	w.mu.Unlock()
	select {
	case w.poke <- struct{}{}:
	default:
	}
}

// heartbeats refreshes the member record until ctx ends.
func (w *Worker) heartbeats(ctx context.Context) {
	t := time.NewTicker(w.f.cfg.Heartbeat)
	defer t.Stop()
	for {
		w.beat(ctx)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-w.poke:
		}
	}
}

func (w *Worker) beat(ctx context.Context) {
	w.mu.Lock()
	w.member.Seen = time.Now().UTC()
	data, err := json.Marshal(w.member)
	w.mu.Unlock()
	if err != nil {
		return
	}
	tctx, cancel := context.WithTimeout(ctx, w.f.cfg.Timeout)
	defer cancel()
	if _, err := w.f.members.Put(tctx, w.cfg.ID, data); err != nil {
		w.log.Debug().Err(err).Msg("heartbeat")
	}
}

// leave removes the member record (best effort).
func (w *Worker) leave() {
	ctx, cancel := context.WithTimeout(context.Background(), min(w.f.cfg.Timeout, 2*time.Second))
	defer cancel()
	if err := w.f.members.Delete(ctx, w.cfg.ID); err != nil {
		w.log.Debug().Err(err).Msg("leaving the members bucket")
	}
	w.log.Info().Int64("proofs", w.proofs.Load()).Msg("fleet worker stopped")
}
