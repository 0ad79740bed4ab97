package fleet

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/witness"
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
	// Keys are the verifying keys of the classes the worker proves
	// (default: Prover, when it is a VerifyingKeys, as *prover.Prover is).
	// Their digests (KeyDigest) are in the member record; a task whose
	// owner verifies with other keys (Task.Keys) is refused, not proven;
	// and a result found in the stream for a redelivered task is verified
	// with them before the task is acknowledged without proving it again.
	// None: the worker neither says nor checks its keys, and proves every
	// redelivered task again.
	Keys VerifyingKeys
	Log  zerolog.Logger
}

// Defaults of WorkerConfig.
const (
	DefaultTaskTimeout  = 30 * time.Minute
	TaskTimePerStep     = 10 * time.Millisecond // a 2^12 segment proof takes about 13 s on 2 CPU cores: 3 ms per step
	DefaultRetryTimeout = time.Minute
)

// How long a worker stops pulling a class's tasks so that other workers get
// them after publishing a failed result (failPause, doubling up to
// maxFailPause); a proof of the class ends the series. A task of an owner
// with other keys pauses nothing: it is refused (given back) and the
// worker goes on with the class's other tasks (those of owners with its
// keys); its owner publishes it again after a pause of its own
// (refusedPause). keysLogEvery bounds the worker's error logs about one
// owner's key digest.
const (
	failPause    = 500 * time.Millisecond
	maxFailPause = 30 * time.Second
	keysLogEvery = time.Minute
	// reopenPause bounds how often a worker sets its consumer up again
	// when it is deleted again and again (doubling from 250 ms).
	maxReopenPause = 30 * time.Second
)

// backoff is base doubled n-1 times, at most limit.
func backoff(base, limit time.Duration, n int) time.Duration {
	d := base
	for i := 1; i < n && d < limit; i++ {
		d *= 2
	}
	return min(d, limit)
}

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
	Skipped  int64     `json:"skipped"`  // redelivered tasks whose result was already in the stream (and verified)
	Refused  int64     `json:"refused"`  // tasks of owners with other keys, given back unproven
	Task     string    `json:"task,omitempty"`
	ProveMS  int64     `json:"prove_ms"` // total proving time
	// Keys are the digests of the worker's keys by class (KeyDigest):
	// a worker whose digest is not its owners' refuses their tasks.
	Keys map[int]string `json:"keys,omitempty"`
}

// Worker pulls segment tasks from the fleet, proves them and publishes
// their results.
type Worker struct {
	f       *Fleet
	cfg     WorkerConfig
	log     zerolog.Logger
	digests map[int]string // KeyDigest of cfg.Keys by class (a class missing: unknown)

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
	if cfg.Keys == nil {
		if vk, ok := cfg.Prover.(VerifyingKeys); ok {
			cfg.Keys = vk
		}
	}
	log := f.cfg.Log.With().Str("component", "fleet-worker").Str("worker", cfg.ID).Logger()
	digests := map[int]string{}
	if cfg.Keys != nil {
		for _, k := range classes {
			ks, err := cfg.Keys.Keys(k)
			if err == nil {
				digests[k], err = KeyDigest(ks)
			}
			if err != nil {
				delete(digests, k)
				log.Warn().Err(err).Int("class", k).Msg("the worker's keys of the class are unknown: it cannot check the tasks' keys")
			}
		}
	}
	w := &Worker{f: f, cfg: cfg, log: log, digests: digests,
		member: Member{ID: cfg.ID, Host: host, PID: os.Getpid(), Classes: classes, Started: time.Now().UTC()},
		poke:   make(chan struct{}, 1)}
	if len(digests) > 0 {
		w.member.Keys = maps.Clone(digests)
	}
	return w, nil
}

// ID is the worker's id.
func (w *Worker) ID() string { return w.cfg.ID }

// Proofs is the number of proofs the worker published.
func (w *Worker) Proofs() int64 { return w.proofs.Load() }

// classPull is a worker's pull consumer of one class and what decides when
// it pulls next.
type classPull struct {
	k        int
	cons     jetstream.Consumer
	ackWait  time.Duration // the consumer's
	until    time.Time     // no pull before (other workers get the tasks meanwhile)
	failed   int           // failed results in a row
	reopened int           // consumer set up again in a row
	// refused are the owners' key digests this worker refused tasks of
	// (other keys than its own): how many, and when it last logged one at
	// error level.
	refused map[string]*refusal
}

// refusal counts the tasks of one key digest a worker refused.
type refusal struct {
	n      int64
	logged time.Time
}

// Run pulls and proves tasks until ctx ends (then it returns nil). A task in
// progress when ctx ends is given back: terminated, and its owner publishes
// it again (not one of its MaxDeliver deliveries). A class's consumer, or
// the tasks stream, deleted meanwhile is set up again.
func (w *Worker) Run(ctx context.Context) error {
	pulls := make([]*classPull, len(w.cfg.Classes))
	for i, k := range w.cfg.Classes {
		p := &classPull{k: k}
		if err := w.open(ctx, p, false); err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return err
		}
		pulls[i] = p
	}
	hbCtx, stopHB := context.WithCancel(ctx)
	defer stopHB()
	go w.heartbeats(hbCtx)
	defer w.leave()
	w.log.Info().Ints("classes", w.cfg.Classes).Interface("keys", w.digests).Str("server", w.f.ConnectedURL()).Msg("fleet worker ready")
	for ctx.Err() == nil {
		var next time.Time // the earliest pause's end, when every class pauses
		pulled := false
		for _, p := range pulls {
			if now := time.Now(); now.Before(p.until) {
				if next.IsZero() || p.until.Before(next) {
					next = p.until
				}
				continue
			}
			pulled = true
			m, err := w.next(ctx, p.cons)
			if err != nil {
				if ctx.Err() != nil {
					return nil
				}
				if w.f.consumerGone(ctx, p.cons, err) {
					if err := w.reopen(ctx, p); err != nil && ctx.Err() == nil {
						w.log.Error().Err(err).Int("class", p.k).Msg("setting up the class's consumer again")
					}
					continue
				}
				w.log.Debug().Err(err).Int("class", p.k).Msg("pulling a task")
				if !sleep(ctx, 500*time.Millisecond) {
					return nil
				}
				continue
			}
			p.reopened = 0
			if m == nil {
				continue
			}
			w.handle(ctx, m, p)
		}
		if !pulled && !sleep(ctx, time.Until(next)) {
			return nil
		}
	}
	return nil
}

// sleep waits d or until ctx ends (false).
func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(max(d, 0))
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}

// open opens (or creates) the class's consumer; again: it is gone (deleted,
// or the tasks stream deleted): the stream is set up again too.
func (w *Worker) open(ctx context.Context, p *classPull, again bool) error {
	var c jetstream.Consumer
	var err error
	if again {
		c, err = w.f.reopenConsumer(ctx, p.k)
	} else {
		c, err = w.f.ensureConsumer(ctx, p.k)
	}
	if err != nil {
		return err
	}
	p.cons = c
	// The consumer's ack wait is the one that counts: it was created by
	// the first member to connect, with that member's Config.
	p.ackWait = w.f.cfg.AckWait
	if info := c.CachedInfo(); info != nil && info.Config.AckWait > 0 {
		p.ackWait = info.Config.AckWait
	}
	if p.ackWait != w.f.cfg.AckWait {
		w.log.Warn().Int("class", p.k).Dur("consumer_ack_wait", p.ackWait).Dur("config_ack_wait", w.f.cfg.AckWait).
			Msg("the class's consumer has another ack wait than this member's configuration: in-progress acks follow the consumer's")
	}
	return nil
}

// reopen sets the class's consumer (and the tasks stream) up again after
// it was found gone, with a growing pause when that happens again and
// again.
func (w *Worker) reopen(ctx context.Context, p *classPull) error {
	if p.reopened > 0 && !sleep(ctx, backoff(250*time.Millisecond, maxReopenPause, p.reopened)) {
		return ctx.Err()
	}
	p.reopened++
	w.log.Warn().Int("class", p.k).Str("consumer", consumerName(p.k)).Int("times", p.reopened).
		Msg("the class's consumer (or the tasks stream) is gone: setting it up again")
	if err := w.open(ctx, p, true); err != nil {
		return fmt.Errorf("fleet worker %s: class %d: %w", w.cfg.ID, p.k, err)
	}
	w.log.Info().Int("class", p.k).Str("consumer", consumerName(p.k)).Msg("the class's consumer is set up again")
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

// handle proves one task of p's class and publishes its result.
func (w *Worker) handle(ctx context.Context, m jetstream.Msg, p *classPull) {
	ackWait := p.ackWait
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

	// A task of an owner that verifies with other keys than this worker
	// proves with: every proof of this worker would be rejected. Given
	// back (terminated: not one of its deliveries; the owner publishes it
	// again, after a pause, for another worker, without counting a
	// rejection). The class is not paused: the tasks of owners with this
	// worker's keys go on being proven; the refused digests are remembered
	// for the logs (an error per digest and keysLogEvery, with the count).
	if own := w.digests[task.Class]; task.Keys != "" && own != "" && task.Keys != own {
		w.refuse(m, &task, p, own, ackWait, log)
		return
	}

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
		if err == nil && r != nil && r.Error == "" && r.Attempt >= task.Attempt && w.verifies(pctx, &task, r, log) {
			log.Info().Str("by", r.Worker).Msg("redelivered task already proven (its proof verified): acknowledged without proving")
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
	if w.taskGone(pctx, seq, m.Subject(), ackWait) {
		log.Info().Msg("the task left the queue: dropped without a result")
		return
	}
	res := Result{Task: task.ID, Job: task.Job, Segment: task.Segment, Attempt: task.Attempt, Worker: w.cfg.ID,
		Delivered: delivered, ProveMS: proveTime.Milliseconds(), TaskMS: time.Since(start).Milliseconds()}
	if err != nil {
		// (Cut as the owner cuts it: the message stays under the results
		// stream's maxResultMsg.)
		res.Error = err.Error()
		if len(res.Error) > maxResultError {
			res.Error = strings.ToValidUTF8(res.Error[:maxResultError], "") + "..."
		}
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
	// A worker that fails tasks (broken prover, machine, or data) leaves the
	// class to the other workers for a while: the re-tasked segment goes to
	// one of them rather than back to it at once.
	switch {
	case res.Error == "":
		p.failed = 0
	case !res.Missing:
		p.failed++
		p.until = time.Now().Add(backoff(failPause, maxFailPause, p.failed))
	}
	w.ack(ctx, m, log)
	log.Info().Int64("prove_ms", res.ProveMS).Bool("ok", res.Error == "").Msg("segment result published")
}

// refuse gives back a task of an owner with other keys than own.
func (w *Worker) refuse(m jetstream.Msg, task *Task, p *classPull, own string, ackWait time.Duration, log zerolog.Logger) {
	if p.refused == nil {
		p.refused = map[string]*refusal{}
	}
	r := p.refused[task.Keys]
	if r == nil {
		if len(p.refused) >= 64 { // any client can publish tasks naming digests: bounded
			clear(p.refused)
		}
		r = &refusal{}
		p.refused[task.Keys] = r
	}
	r.n++
	w.mu.Lock()
	w.member.Refused++
	w.mu.Unlock()
	level := zerolog.DebugLevel
	if time.Since(r.logged) >= keysLogEvery {
		r.logged = time.Now()
		level = zerolog.ErrorLevel
	}
	log.WithLevel(level).Int("class", task.Class).Str("worker_keys", own).Str("task_keys", task.Keys).Str("owner", task.Owner).Int64("refused", r.n).
		Msg("the task's owner verifies with other segment keys than this worker's: task given back unproven (copy the owner's keys of the class to this worker)")
	reason := fmt.Sprintf("%s: worker %s proves class 2^%d with keys %s, the owner verifies with %s",
		keysDifferReason, w.cfg.ID, task.Class, shortDigest(own), shortDigest(task.Keys))
	if task.Republishes {
		_ = m.TermWithReason(reason)
	} else {
		// (An owner that does not publish a terminated task again: given
		// back late, so that this worker does not take it back at once.)
		_ = m.NakWithDelay(ackWait)
	}
}

// verifies reports that r, a result in the stream claiming a proof of the
// task, verifies against this worker's verifying key of the class and the
// task's public input (the checkpoint's digest, or the witness's public
// part): only then is a redelivered task acknowledged without proving it
// (any fleet client can publish a result claiming success). Without keys
// it cannot tell: false.
func (w *Worker) verifies(ctx context.Context, task *Task, r *Result, log zerolog.Logger) bool {
	if w.cfg.Keys == nil {
		return false
	}
	ok, err := w.verify(ctx, task, r)
	if err != nil {
		log.Warn().Err(err).Str("by", r.Worker).Msg("the result in the stream for this redelivered task does not verify: proving it again")
	}
	return ok
}

func (w *Worker) verify(ctx context.Context, task *Task, r *Result) (bool, error) {
	ks, err := w.cfg.Keys.Keys(task.Class)
	if err != nil {
		return false, err
	}
	var pub witness.Witness
	switch {
	case task.Checkpoint != "":
		raw, _, err := w.fetch(ctx, task.Checkpoint, task.WitnessSize)
		if err != nil {
			return false, fmt.Errorf("checkpoint: %w", err)
		}
		var st longrun.SegmentTask
		if err := decodeJSON(raw, &st); err != nil {
			return false, fmt.Errorf("decoding checkpoint: %w", err)
		}
		if pub, err = digestWitness(st.Digest); err != nil {
			return false, err
		}
	case task.Witness != "":
		raw, _, err := w.fetch(ctx, task.Witness, task.WitnessSize)
		if err != nil {
			return false, fmt.Errorf("witness: %w", err)
		}
		full, err := witnessFromRaw(raw)
		if err != nil {
			return false, err
		}
		if pub, err = full.Public(); err != nil {
			return false, fmt.Errorf("public witness: %w", err)
		}
	default:
		return false, errors.New("task without a checkpoint or a witness")
	}
	proof, err := decodeProof(r.Proof)
	if err != nil {
		return false, err
	}
	if err := groth16.Verify(proof, ks.VK, pub, task.Target.VerifierOptions()...); err != nil {
		return false, fmt.Errorf("%w: %w", prover.ErrInvalidProof, err)
	}
	return true, nil
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
		if w.taskGone(ctx, seq, m.Subject(), ackWait) {
			log.Info().Msg("the task left the queue: stopping its proof")
			stop(errTaskGone)
			return
		}
	}
}

// taskGone reports that the task at stream sequence seq (on subject) is no
// longer in the tasks stream (its owner deleted it, or another worker
// acknowledged it; or the stream was made again, its sequences restarted:
// another task at seq); false when it cannot tell.
func (w *Worker) taskGone(ctx context.Context, seq uint64, subject string, ackWait time.Duration) bool {
	if seq == 0 {
		return false
	}
	tctx, cancel := context.WithTimeout(ctx, min(w.f.cfg.Timeout, max(ackWait/3, time.Second)))
	defer cancel()
	m, err := w.f.tasks.GetMsg(tctx, seq)
	return errors.Is(err, jetstream.ErrMsgNotFound) || (err == nil && m.Subject != subject)
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
