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

	"github.com/nats-io/nats.go/jetstream"
	"github.com/rs/zerolog"

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
	Log      zerolog.Logger
}

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
// progress when ctx ends is given back (nak) for another worker.
func (w *Worker) Run(ctx context.Context) error {
	cons := make([]jetstream.Consumer, len(w.cfg.Classes))
	for i, k := range w.cfg.Classes {
		c, err := w.f.ensureConsumer(ctx, k)
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return err
		}
		cons[i] = c
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
			w.handle(ctx, m)
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

// handle proves one task and publishes its result.
func (w *Worker) handle(ctx context.Context, m jetstream.Msg) {
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
	var delivered uint64 = 1
	if md, err := m.Metadata(); err == nil {
		delivered = md.NumDelivered
	}
	log := w.log.With().Str("task", task.ID).Int("attempt", task.Attempt).Uint64("delivered", delivered).Logger()

	// Keep the task ours while we prove: in-progress acks every AckWait/3.
	pctx, stop := context.WithCancel(ctx)
	defer stop()
	go func() {
		t := time.NewTicker(w.f.cfg.AckWait / 3)
		defer t.Stop()
		for {
			select {
			case <-pctx.Done():
				return
			case <-t.C:
				if err := m.InProgress(); err != nil {
					log.Debug().Err(err).Msg("in-progress ack")
				}
			}
		}
	}()

	// A task delivered again whose result is already in the stream (its
	// worker died between publishing and acknowledging) is not proven twice.
	if delivered > 1 {
		if r, err := w.f.Lookup(ctx, task.Job, task.Segment); err == nil && r != nil && r.Error == "" && r.Attempt >= task.Attempt {
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
	if ctx.Err() != nil {
		// Shutting down: give the task back at once.
		_ = m.Nak()
		log.Info().Msg("stopped mid-task: task given back")
		return
	}
	if err != nil && transient {
		log.Warn().Err(err).Msg("task failed on a transient error: given back for later")
		_ = m.NakWithDelay(w.f.cfg.AckWait / 3)
		return
	}
	res := Result{Task: task.ID, Job: task.Job, Segment: task.Segment, Attempt: task.Attempt, Worker: w.cfg.ID,
		Delivered: delivered, ProveMS: proveTime.Milliseconds(), TaskMS: time.Since(start).Milliseconds()}
	if err != nil {
		res.Error = err.Error()
		log.Warn().Err(err).Msg("segment proof failed; reporting the error to the owner")
	} else {
		res.Proof = proof
	}
	if err := w.publish(ctx, &res); err != nil {
		log.Warn().Err(err).Msg("publishing the result failed: task left for redelivery")
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

func (w *Worker) ack(ctx context.Context, m jetstream.Msg, log zerolog.Logger) {
	tctx, cancel := context.WithTimeout(ctx, w.f.cfg.Timeout)
	defer cancel()
	if err := m.DoubleAck(tctx); err != nil {
		// The task comes back after the ack wait; its result is in the stream,
		// so the next worker acknowledges it without proving.
		log.Warn().Err(err).Msg("acknowledging the task failed")
	}
}

// prove fetches the task's witness and proves it, returning the raw proof
// and the proving time alone; transient reports errors worth another try
// (the object store unreachable).
func (w *Worker) prove(ctx context.Context, task *Task) (proof []byte, proveTime time.Duration, transient bool, err error) {
	var packed []byte
	err = retry(ctx, w.log, "fetching witness "+task.Witness, func() error {
		tctx, cancel := context.WithTimeout(ctx, w.f.cfg.Timeout)
		defer cancel()
		var err error
		packed, err = w.f.objects.GetBytes(tctx, task.Witness)
		if errors.Is(err, jetstream.ErrObjectNotFound) {
			return permanent(err)
		}
		return err
	})
	if err != nil {
		return nil, 0, !errors.Is(err, jetstream.ErrObjectNotFound), err
	}
	full, err := decodeWitness(packed, task.Witness, task.WitnessSize)
	if err != nil {
		return nil, 0, false, err
	}
	circuit, err := w.cfg.Family.NewCircuit(task.Class)
	if err != nil {
		return nil, 0, false, err
	}
	if err := assignFromWitness(circuit, full); err != nil {
		return nil, 0, false, err
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

func (w *Worker) publish(ctx context.Context, r *Result) error {
	data, err := json.Marshal(r)
	if err != nil {
		return err
	}
	return retry(ctx, w.log, "publishing result "+r.Task, func() error {
		tctx, cancel := context.WithTimeout(ctx, w.f.cfg.Timeout)
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
