// Package jobs is the job service every front door calls: it validates and
// size-checks requests, submits them to the durable queue, waits for them,
// cancels them and reads their results, and its worker pool executes and
// proves them. A job is one canonical Request whatever door it came through
// (the zkprover.v1 service, the aggregator channel, the chain bridge).
//
// Errors wrap the sentinels of package errs, so every door answers them
// through the one error table.
package jobs

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/google/uuid"
	"github.com/rs/zerolog"
	"golang.org/x/time/rate"

	"github.com/zkprover/zkprover/auth"
	"github.com/zkprover/zkprover/errs"
	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/queue"
)

// Phase is where the service stands in the node's lifecycle.
type Phase int32

// Phases.
const (
	Booting Phase = iota // proving keys not loaded yet: jobs queue, nothing is proved
	Ready                // workers prove jobs
	Halting              // shutting down: no new job is accepted
)

// Options configure a Service.
type Options struct {
	Limits          executor.Limits // a zero limit: its executor default
	MaxCycles       uint64          // cap on any job's maxCycles (0: executor default)
	MaxRequestBytes int             // largest request a door may pass (0: no check)
	MaxWait         time.Duration   // cap on a wait for a job (0: no cap; the node sets config's max-wait)
	// AdmissionRate is the requests that submit or run work (GenProof,
	// Execute, the coprocessor's SubmitJob and SubmitProgram, ...: Admit)
	// one client (one principal, package auth) may make per second,
	// AdmissionBurst how many at once; 0: no limit.
	AdmissionRate  float64
	AdmissionBurst int
	// MaxWaiting is the most waits (Wait with a timeout on an active job) in
	// progress at once, all doors and streams together; more are refused
	// with errs.ErrTooManyWaits. 0: no cap. One authenticated client holds
	// at most a quarter of them (at least one; waitShare), so that one
	// cannot take every place from the others.
	MaxWaiting int
	// MaxExecutions is the most Execute calls (runs without a proof, each
	// up to the cycle cap and the executor's memory) in progress at once,
	// all doors and streams together; more are refused at once with
	// errs.ErrTooManyExecutions (the client may try again). 0: the number
	// of CPUs (runtime.NumCPU); negative: no cap. One authenticated client
	// holds at most half of them (at least one; execShare).
	MaxExecutions int
	// MaxTries is how many times a job that fails inside the node (reason
	// internal or verify: a prove worker that died, a store or disk
	// error, a proof that did not verify) is tried before it fails for
	// good; until then it is queued again, ahead of newer jobs, with the
	// segment proofs it kept. Only these failures count (queue.Job.Retries),
	// not a shutdown's requeue or a park for the long-run keys. Failures of the job itself (its program, its
	// size, its input) fail it at once. 0: DefaultMaxTries; 1: no retry.
	MaxTries int
	// OnCheck, when set, is called before each costly step of checking a
	// request (CheckProgram, CheckOffchain, CheckState) with its size:
	// instrumentation, and tests that sizes are refused before any of them.
	OnCheck func(step string, n int)
	Metrics *Metrics // nil: none
	// LongRuns proves runs too long for every class, in segments; nil: off.
	LongRuns *LongRuns
	Logger   zerolog.Logger
}

// DefaultMaxTries is Options.MaxTries' default.
const DefaultMaxTries = 3

// Service is job submission, lookup, waiting, cancelling and running over the
// durable queue.
type Service struct {
	store *queue.Store
	opts  Options
	log   zerolog.Logger

	phase    atomic.Int32
	mu       sync.Mutex
	running  map[string]context.CancelCauseFunc
	limiters map[string]*rate.Limiter // admission rate per client
	halt     chan struct{}
	haltOnce sync.Once
	waiting  atomic.Int64  // waits in progress (MaxWaiting)
	execs    chan struct{} // a slot per Execute in progress (MaxExecutions); nil: no cap
	// waitsBy and execsBy are the waits and executions each authenticated
	// client holds (their shares of MaxWaiting and MaxExecutions).
	waitsBy, execsBy shares

	// finish records a job's outcome (store.Finish; tests make it fail),
	// tried again after each of finishBackoff's waits (Pool.record).
	finish        func(id string, to queue.State, res queue.Result) (queue.Job, error)
	finishBackoff []time.Duration
}

// finishBackoff is the waits between tries to record a job's outcome: about
// 40 s in all (a shutdown's grace is 30 s by default).
var finishBackoff = []time.Duration{100 * time.Millisecond, 500 * time.Millisecond, time.Second,
	2 * time.Second, 5 * time.Second, 10 * time.Second, 10 * time.Second, 10 * time.Second}

// errCancelledByUser is the cause of a job context cancelled by Cancel.
var errCancelledByUser = errors.New("cancelled by request")

// New returns the job service over store.
func New(store *queue.Store, opts Options) *Service {
	if opts.MaxCycles == 0 {
		opts.MaxCycles = executor.DefaultMaxCycles
	}
	// The limits a run is held to: the early checks (Build) apply the same
	// ones, so a zero limit is its default here too, never "unbounded".
	opts.Limits = opts.Limits.WithDefaults()
	if opts.MaxWait <= 0 {
		opts.MaxWait = time.Duration(math.MaxInt64)
	}
	if opts.MaxExecutions == 0 {
		opts.MaxExecutions = runtime.NumCPU()
	}
	if opts.MaxTries <= 0 {
		opts.MaxTries = DefaultMaxTries
	}
	var execs chan struct{}
	if opts.MaxExecutions > 0 {
		execs = make(chan struct{}, opts.MaxExecutions)
	}
	return &Service{
		store:    store,
		opts:     opts,
		log:      opts.Logger.With().Str("component", "jobs").Logger(),
		running:  map[string]context.CancelCauseFunc{},
		limiters: map[string]*rate.Limiter{},
		halt:     make(chan struct{}),
		execs:    execs,

		finish:        store.Finish,
		finishBackoff: finishBackoff,
	}
}

// Store is the underlying queue.
func (s *Service) Store() *queue.Store { return s.store }

// Limits are the executor limits every door maps requests with.
func (s *Service) Limits() executor.Limits { return s.opts.Limits }

// MaxCycles is the node's cap on a job's maxCycles.
func (s *Service) MaxCycles() uint64 { return s.opts.MaxCycles }

// AddProgram checks an ELF (the loader's checks, the node's limits) and
// stores it under the program id the node computes, which it returns with
// the loaded program. Storing the same ELF again is a no-op. It charges no
// admission: a door serving a client calls AddProgramFor (or Admit first).
func (s *Service) AddProgram(elf []byte) (*executor.Program, error) {
	return s.addProgram("", elf, nil)
}

// AddProgramFor is AddProgram for the caller of ctx: it charges the
// caller's admission rate first (Admit; nothing more when ctx was admitted
// already), then loads the ELF once; check, when set, sees the loaded
// program before anything is stored (e.g. a program id the client named)
// and its error refuses the request.
func (s *Service) AddProgramFor(ctx context.Context, elf []byte, check func(*executor.Program) error) (*executor.Program, error) {
	if _, err := s.Admit(ctx); err != nil {
		return nil, err
	}
	return s.addProgram(auth.From(ctx).Name, elf, check)
}

// addProgram loads and stores a program; a new one counts against owner's
// share of the program store (max-program-bytes-per-client).
func (s *Service) addProgram(owner string, elf []byte, check func(*executor.Program) error) (*executor.Program, error) {
	prog, err := s.LoadProgram(elf, check)
	if err != nil {
		return nil, err
	}
	if _, err := s.store.StoreProgramFor(owner, prog.IDHex(), elf); err != nil {
		return nil, fmt.Errorf("storing program %s: %w", prog.IDHex(), err)
	}
	return prog, nil
}

// LoadProgram loads an ELF under the node's limits without storing it;
// check, when set, sees the loaded program and its error refuses it. A door
// that sends the program with a job (Request.SetProgram) has it stored by
// Submit, and dropped again when the job is refused.
func (s *Service) LoadProgram(elf []byte, check func(*executor.Program) error) (*executor.Program, error) {
	checking(s.opts.OnCheck, CheckProgram, len(elf))
	prog, err := executor.LoadELF(elf, s.opts.Limits)
	if err != nil {
		return nil, errs.Invalidf("program: %v", err)
	}
	if check != nil {
		if err := check(prog); err != nil {
			return nil, err
		}
	}
	return prog, nil
}

// HasProgram reports whether the program with this id ("0x" + 64 hex) is stored.
func (s *Service) HasProgram(id string) (bool, error) {
	_, err := s.store.Program(id)
	if errors.Is(err, queue.ErrNoProgram) {
		return false, nil
	}
	return err == nil, err
}

// Metrics are the service's metrics (nil when none).
func (s *Service) Metrics() *Metrics { return s.opts.Metrics }

// Phase is the current lifecycle phase.
func (s *Service) Phase() Phase { return Phase(s.phase.Load()) }

// SetReady moves Booting to Ready; false when the service halts meanwhile.
func (s *Service) SetReady() bool {
	ok := s.phase.CompareAndSwap(int32(Booting), int32(Ready))
	if ok && s.opts.Metrics != nil {
		s.opts.Metrics.ProverReady.Set(1)
	}
	return ok
}

// Halt makes Submit refuse new jobs and releases every Wait at once.
func (s *Service) Halt() {
	s.haltOnce.Do(func() {
		s.phase.Store(int32(Halting))
		if s.opts.Metrics != nil {
			s.opts.Metrics.ShutdownStates.Set(1)
		}
		close(s.halt)
	})
}

// Halting reports whether Halt was called.
func (s *Service) Halting() bool {
	select {
	case <-s.halt:
		return true
	default:
		return false
	}
}

// MaxRequestBytes is the largest encoded request the node takes (0: no
// bound).
func (s *Service) MaxRequestBytes() int { return s.opts.MaxRequestBytes }

// CheckSize refuses a request of n bytes over the node's bound (doors call it
// on the encoded request before decoding anything).
func (s *Service) CheckSize(n int) error {
	if s.opts.MaxRequestBytes > 0 && n > s.opts.MaxRequestBytes {
		return fmt.Errorf("request of %d bytes exceeds %d: %w", n, s.opts.MaxRequestBytes, errs.ErrTooLarge)
	}
	return nil
}

// CheckID refuses an id that is not a job id (a UUID).
func CheckID(id string) error {
	_, err := CanonicalID(id)
	return err
}

// CanonicalID returns a job id as the store keys it (a UUID in lower case
// with hyphens), however the client spelt it (upper case, braces,
// urn:uuid:), so that every door finds a job under every spelling; an id
// that is not a UUID is refused.
func CanonicalID(id string) (string, error) {
	u, err := uuid.Parse(id)
	if err != nil {
		return "", errs.Invalidf("invalid job id %q: want a UUID", id)
	}
	return u.String(), nil
}

// notFound words an unknown id the same on every door.
func notFound(id string, err error) error {
	if errors.Is(err, queue.ErrNotFound) {
		return fmt.Errorf("unknown id %s (never submitted, or removed after the retention period): %w", id, queue.ErrNotFound)
	}
	return err
}

// Program resolves the job's program: the supplied ELF (checked against the
// program id) or the one stored under the id. It returns the loaded program
// and the ELF bytes. A supplied ELF that Build loaded already is not loaded
// again: its program comes with the Request.
func (s *Service) Program(r *Request) (*executor.Program, []byte, error) {
	if prog := r.built(); prog != nil {
		if FieldBytes(prog.ID) != r.ProgramID {
			return nil, nil, errs.Invalidf("program id mismatch: the job names %s, the ELF's id is %s", r.ProgramIDHex(), prog.IDHex())
		}
		return prog, r.ELF, nil
	}
	elf := r.ELF
	if elf == nil {
		var err error
		elf, err = s.store.Program(r.ProgramIDHex())
		if errors.Is(err, queue.ErrNoProgram) {
			return nil, nil, fmt.Errorf("%w %s: send its ELF with the job, or store it first (SubmitProgram: zkprover submit-program)", errs.ErrUnknownProgram, r.ProgramIDHex())
		}
		if err != nil {
			return nil, nil, err
		}
	}
	checking(s.opts.OnCheck, CheckProgram, len(elf))
	prog, err := executor.LoadELF(elf, s.opts.Limits)
	if err != nil {
		return nil, nil, errs.Invalidf("program %s: %v", r.ProgramIDHex(), err)
	}
	if FieldBytes(prog.ID) != r.ProgramID {
		return nil, nil, errs.Invalidf("program id mismatch: the job names %s, the ELF's id is %s", r.ProgramIDHex(), prog.IDHex())
	}
	return prog, elf, nil
}

// Validate checks what Build cannot (limits, the program).
func (s *Service) Validate(r *Request) error {
	if err := s.validateFields(r); err != nil {
		return err
	}
	if r.ELF != nil {
		_, _, err := s.Program(r)
		return err
	}
	_, err := s.store.Program(r.ProgramIDHex())
	if errors.Is(err, queue.ErrNoProgram) {
		return fmt.Errorf("%w %s: send its ELF with the job, or store it first (SubmitProgram: zkprover submit-program)", errs.ErrUnknownProgram, r.ProgramIDHex())
	}
	return err
}

// CheckRoom tells a door, before it loads, hashes or asks the chain anything
// of a new job for the caller of ctx, whether the node would queue it now:
// the node is not halting and the store's bounds (max-pending and the
// caller's share, the stored bytes, the disk's reserve: queue.Store.CheckAdd)
// leave room. A retry of a job queued under one of keys (SubmitKeyed) by the
// caller (it owns the job) always has room: it is answered with that job;
// another caller's job under the key gives no room (so that a full share
// tells nothing of other clients' jobs). Nothing is reserved: Submit checks
// again, binding. A client refused over and over (its share full) so costs
// the node a map lookup per request.
func (s *Service) CheckRoom(ctx context.Context, keys ...string) error {
	if s.Halting() {
		return errs.ErrShuttingDown
	}
	err := s.store.CheckAdd(auth.From(ctx).Name, 0)
	if err == nil {
		return nil
	}
	for _, key := range keys {
		if key == "" {
			continue
		}
		if j, kerr := s.store.JobOfKey(key); kerr == nil && auth.From(ctx).Owns(j.Owner) {
			return nil
		}
	}
	return err
}

// CheckExecRoom is CheckRoom for a run without a proof (Execute): the node
// is not halting and not all of its MaxExecutions places are taken. Nothing
// is reserved: Execute takes its place, binding.
func (s *Service) CheckExecRoom() error {
	if s.Halting() {
		return errs.ErrShuttingDown
	}
	if s.execs != nil && len(s.execs) >= cap(s.execs) {
		return s.tooManyExecutions()
	}
	return nil
}

// tooManyExecutions is the refusal of a run without a proof when every
// place is taken.
func (s *Service) tooManyExecutions() error {
	return fmt.Errorf("%w: %d runs without a proof are in progress, the most this node holds; try again later",
		errs.ErrTooManyExecutions, cap(s.execs))
}

// validateFields checks what r says on its face (cycle limit, input sizes),
// without loading or looking up its program: cheap enough to come before
// the store's bounds, so that a request that can never run is told so
// rather than told to retry later.
func (s *Service) validateFields(r *Request) error {
	if r.MaxCycles == 0 {
		return errs.Invalidf("maxCycles is zero")
	}
	if err := r.Input().Validate(s.opts.Limits); err != nil {
		return errs.Invalidf("%v", err)
	}
	return nil
}

// Submit validates r and queues it, owned by the caller (auth.From(ctx)). On
// any error nothing of the job is stored (a supplied, valid program may be
// kept for later jobs).
func (s *Service) Submit(ctx context.Context, r *Request) (queue.Job, error) {
	job, _, err := s.SubmitKeyed(ctx, "", r)
	return job, err
}

// SubmitKeyed is Submit made idempotent under key (queue.NewJob.Key; "" is
// Submit): the first call queues the job; while that job is stored (until
// the sweep deletes it), every later call with the key returns it with
// existed true and queues nothing, whatever its request and whoever calls.
// The key is written with the job, so a door that records the job elsewhere
// after SubmitKeyed finds it again when a crash came in between. Keys are
// node-wide: a door derives them from ids that name one job (its own
// prefix, then the id).
func (s *Service) SubmitKeyed(ctx context.Context, key string, r *Request) (job queue.Job, existed bool, err error) {
	if s.Halting() {
		return queue.Job{}, false, errs.ErrShuttingDown
	}
	if err := ctx.Err(); err != nil {
		return queue.Job{}, false, err
	}
	// Charged here unless the door admitted the request first (Admit), as
	// every door does before it decodes anything.
	if _, err := s.Admit(ctx); err != nil {
		return queue.Job{}, false, err
	}
	caller := auth.From(ctx)
	// A request invalid on its face is refused as such, even when the queue
	// is full: a client told queue_full would retry it in vain.
	if err := s.validateFields(r); err != nil {
		return queue.Job{}, false, err
	}
	// Then the store's bounds, without reserving (Add checks them again),
	// before the ELF is loaded and stored: a client refused over and over
	// (its share of the queue full) costs the node little. A keyed request
	// whose job exists is answered whatever the bounds.
	if err := s.store.CheckAdd(caller.Name, 0); err != nil {
		if key != "" {
			if job, kerr := s.store.JobOfKey(key); kerr == nil {
				s.log.Info().Str("job", job.ID).Str("key", key).Str("owner", caller.Name).Msg("job exists under its key: not queued again")
				return job, true, nil
			}
		}
		return queue.Job{}, false, err
	}
	if err := s.Validate(r); err != nil {
		return queue.Job{}, false, err
	}
	raw, err := json.Marshal(r)
	if err != nil {
		return queue.Job{}, false, fmt.Errorf("encoding job: %w", err)
	}
	var put queue.ProgramPut
	if r.ELF != nil {
		if put, err = s.store.StoreProgramFor(caller.Name, r.ProgramIDHex(), r.ELF); err != nil {
			return queue.Job{}, false, err
		}
	}
	job, err = s.store.Add(queue.NewJob{Request: raw, Owner: caller.Name, Program: r.ProgramIDHex(), Key: key})
	if err != nil && !errors.Is(err, queue.ErrDuplicate) {
		// a program this refused job brought is not kept for the
		// retention period (a client refused over and over, the queue
		// full, would fill max-program-bytes for everyone)
		if derr := s.store.DropProgram(put); derr != nil {
			s.log.Warn().Err(derr).Str("program", r.ProgramIDHex()).Msg("dropping the program of a refused job")
		}
	}
	if errors.Is(err, queue.ErrDuplicate) {
		s.log.Info().Str("job", job.ID).Str("key", key).Str("owner", caller.Name).Msg("job exists under its key: not queued again")
		return job, true, nil
	}
	if errors.Is(err, queue.ErrNoProgram) { // swept since Validate
		return queue.Job{}, false, fmt.Errorf("%w %s: send its ELF with the job, or store it first (SubmitProgram: zkprover submit-program)", errs.ErrUnknownProgram, r.ProgramIDHex())
	}
	if err != nil {
		return queue.Job{}, false, err
	}
	s.log.Info().Str("job", job.ID).Str("owner", caller.Name).Str("key", key).Str("program", r.ProgramIDHex()).Uint64("nonce", r.Nonce).Uint64("max_cycles", r.MaxCycles).Msg("job queued")
	return job, false, nil
}

// JobOfKey returns the job queued under key (SubmitKeyed), whoever owns it,
// or an error wrapping queue.ErrNotFound when there is none (never queued,
// or swept).
func (s *Service) JobOfKey(key string) (queue.Job, error) {
	if key == "" {
		return queue.Job{}, fmt.Errorf("job of an empty key: %w", queue.ErrNotFound)
	}
	return s.store.JobOfKey(key)
}

// admittedKey marks a context whose request was charged its admission
// (Admit).
type admittedKey struct{}

// Admit charges the caller of ctx one request of its admission rate
// (Options.AdmissionRate, per principal) and returns ctx marked as charged:
// SubmitKeyed, Submit, Execute and AddProgramFor called with the returned
// context do not charge it again. A door calls it first thing for each
// request that submits or runs work (before it decodes, loads or hashes
// anything, or asks the chain), so that a client over its rate costs the
// node nothing; the calls above charge a context that was not admitted, so
// a door that does not call it is limited all the same, only later. Every
// request counts, refused or not. The node's own work (a context without a
// principal, auth.FromCaller: the chain door's requests) is not limited:
// ctx comes back unchanged. Over the rate it returns an error wrapping
// errs.ErrRateLimited.
func (s *Service) Admit(ctx context.Context) (context.Context, error) {
	caller, outside := auth.FromCaller(ctx)
	if !outside {
		return ctx, nil
	}
	if admitted, _ := ctx.Value(admittedKey{}).(bool); admitted {
		return ctx, nil
	}
	if err := s.admit(caller); err != nil {
		return ctx, err
	}
	return context.WithValue(ctx, admittedKey{}, true), nil
}

// admit applies the caller's admission rate.
func (s *Service) admit(p auth.Principal) error {
	if s.opts.AdmissionRate <= 0 {
		return nil
	}
	s.mu.Lock()
	l := s.limiters[p.Name]
	if l == nil {
		l = rate.NewLimiter(rate.Limit(s.opts.AdmissionRate), max(1, s.opts.AdmissionBurst))
		s.limiters[p.Name] = l
	}
	s.mu.Unlock()
	if !l.Allow() {
		return fmt.Errorf("%w: at most %g requests a second (burst %d) for %q", errs.ErrRateLimited, s.opts.AdmissionRate, s.opts.AdmissionBurst, p.Name)
	}
	return nil
}

// Get returns a job's record, if the caller (auth.From(ctx)) may see it: a
// job of another client reads as unknown.
func (s *Service) Get(ctx context.Context, id string) (queue.Job, error) {
	id, err := CanonicalID(id)
	if err != nil {
		return queue.Job{}, err
	}
	job, err := s.store.Get(id)
	if err == nil && !auth.From(ctx).Owns(job.Owner) {
		return queue.Job{}, notFound(id, queue.ErrNotFound)
	}
	return job, notFound(id, err)
}

// Request returns the stored request of a job.
func (s *Service) Request(id string) (*Request, error) {
	raw, err := s.store.Request(id)
	if err != nil {
		return nil, notFound(id, err)
	}
	var r Request
	if err := json.Unmarshal(raw, &r); err != nil {
		return nil, fmt.Errorf("decoding the request of job %s: %w", id, err)
	}
	return &r, nil
}

// WaitFor is the wait of a request that asks for timeoutSeconds (the
// zkprover.v1 and aggregator.v1 GetProof timeout): zero is no wait, longer
// than the node's MaxWait is MaxWait.
func (s *Service) WaitFor(timeoutSeconds uint64) time.Duration {
	if timeoutSeconds == 0 {
		return 0
	}
	if timeoutSeconds >= uint64(s.opts.MaxWait/time.Second) {
		return s.opts.MaxWait
	}
	return time.Duration(timeoutSeconds) * time.Second
}

// Wait waits up to timeout (capped by MaxWait) for the job to finish and
// returns it as it is then. A job still active when the time is up (or when
// the node halts) is returned with a nil error; only lookup failures are
// errors.
func (s *Service) Wait(ctx context.Context, id string, timeout time.Duration) (queue.Job, error) {
	job, err := s.Get(ctx, id) // the caller may see it
	if err != nil || timeout <= 0 || job.State.Terminal() {
		return job, err
	}
	id = job.ID // as the store keys it
	release, err := s.enterWait(callerName(ctx))
	if err != nil {
		return queue.Job{}, err
	}
	defer release()
	timeout = min(timeout, s.opts.MaxWait)
	wctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	go func() {
		select {
		case <-s.halt:
			cancel()
		case <-wctx.Done():
		}
	}()
	if m := s.opts.Metrics; m != nil {
		m.GetProofWaits.Inc()
		defer m.GetProofWaits.Dec()
	}
	job, err = s.store.Wait(wctx, id)
	if err != nil && job.ID != "" && (wctx.Err() != nil || errors.Is(err, queue.ErrClosed)) {
		// still active: the time is up, the caller left, or the node halts
		return job, nil
	}
	return job, notFound(id, err)
}

// Cancel stops a queued or running job. A running job's context is
// cancelled, so its execution or proof stops and the worker takes the next
// job. Unknown ids (and jobs of other clients) give queue.ErrNotFound,
// finished ones queue.ErrFinished.
func (s *Service) Cancel(ctx context.Context, id string) error {
	job, err := s.Get(ctx, id)
	if err != nil {
		return err
	}
	id = job.ID // as the store keys it
	from, err := s.store.Cancel(id, "cancelled by request")
	if err != nil {
		return notFound(id, err)
	}
	if from == queue.Running {
		s.mu.Lock()
		cancel := s.running[id]
		s.mu.Unlock()
		if cancel != nil {
			cancel(errCancelledByUser)
		}
	}
	s.log.Info().Str("job", id).Str("was", string(from)).Msg("job cancelled")
	return nil
}

// register records the cancel function of a running job.
func (s *Service) register(id string, cancel context.CancelCauseFunc) {
	s.mu.Lock()
	s.running[id] = cancel
	s.mu.Unlock()
}

func (s *Service) unregister(id string) {
	s.mu.Lock()
	delete(s.running, id)
	s.mu.Unlock()
}

// Execution is the outcome of running a job without a proof.
type Execution struct {
	Program *executor.Program
	Result  *executor.Result
}

// Execute runs r without a proof. The program is resolved as for Submit but
// nothing is stored. A program fault is returned as an error wrapping the
// *executor.Fault, with the program in the Execution. The caller is charged
// its admission (Admit, unless ctx was admitted), and at most
// Options.MaxExecutions run at once: over it the call is refused at once
// with errs.ErrTooManyExecutions.
func (s *Service) Execute(ctx context.Context, r *Request) (*Execution, error) {
	if s.Halting() {
		return nil, errs.ErrShuttingDown
	}
	if _, err := s.Admit(ctx); err != nil {
		return nil, err
	}
	if s.execs != nil {
		owner := callerName(ctx)
		if !s.execsBy.take(owner, execShare(cap(s.execs))) {
			return nil, fmt.Errorf("%w: %s runs %d without a proof already, a client's share of this node's %d places; try again later",
				errs.ErrTooManyExecutions, owner, execShare(cap(s.execs)), cap(s.execs))
		}
		defer s.execsBy.give(owner)
		select {
		case s.execs <- struct{}{}:
			defer func() { <-s.execs }()
		default:
			return nil, s.tooManyExecutions()
		}
	}
	if r.MaxCycles == 0 {
		return nil, errs.Invalidf("maxCycles is zero")
	}
	in := r.Input()
	if err := in.Validate(s.opts.Limits); err != nil {
		return nil, errs.Invalidf("%v", err)
	}
	prog, _, err := s.Program(r)
	if err != nil {
		return nil, err
	}
	start := time.Now()
	res, err := executor.Run(ctx, prog, in, s.runConfig(r))
	if s.opts.Metrics != nil {
		s.opts.Metrics.ExecDuration.Observe(time.Since(start).Seconds())
	}
	if err != nil {
		if ctx.Err() != nil {
			return &Execution{Program: prog}, fmt.Errorf("executing %s: %w", r.ProgramIDHex(), context.Cause(ctx))
		}
		return &Execution{Program: prog}, fmt.Errorf("executing %s: %w", r.ProgramIDHex(), err)
	}
	return &Execution{Program: prog, Result: res}, nil
}

// Executing is the number of Execute calls running (holding one of the
// MaxExecutions places), all doors together.
func (s *Service) Executing() int { return len(s.execs) }

// runConfig is the executor configuration of a job: the node's limits and
// the job's maxCycles, capped by the node's.
func (s *Service) runConfig(r *Request) executor.Config {
	cfg := executor.DefaultConfig()
	cfg.Limits = s.opts.Limits
	cfg.MaxCycles = min(r.MaxCycles, s.opts.MaxCycles)
	if r.RunCap > 0 {
		cfg.MaxCycles = min(cfg.MaxCycles, r.RunCap)
	}
	return cfg
}

// Status is the service's report for status calls.
type Status struct {
	Phase   Phase
	Pending []string    // ids of queued jobs, in order
	Running []queue.Job // jobs being proved
	Last    *queue.Job  // the job that finished last, if any
	// Busy: a job (of anyone) is queued or running.
	Busy bool
	// LongRuns is the state of long runs (LongRuns.State; "off" without).
	LongRuns string
}

// Status reports the phase and the queue as the caller (auth.From(ctx)) may
// see it: its own jobs, every job for an admin.
func (s *Service) Status(ctx context.Context) Status {
	p := auth.From(ctx)
	st := Status{Phase: s.Phase(), LongRuns: s.opts.LongRuns.State()}
	all, running := s.store.Pending(), s.store.Running()
	st.Busy = len(all) > 0 || len(running) > 0
	if p.Role == auth.Admin {
		st.Pending = all
	} else {
		st.Pending = s.store.PendingOf(p.Name)
	}
	for _, j := range running {
		if p.Owns(j.Owner) {
			st.Running = append(st.Running, j)
		}
	}
	if last, ok := s.store.LastFinished(); ok && p.Owns(last.Owner) {
		st.Last = &last
	}
	return st
}

// Result is the outcome of a done job: the proof (prover's form, the same
// as proof.json) and the public values stored with it.
type Result struct {
	Proof  *prover.Proof
	Public *PublicValues
}

// DecodeResult returns the proof and public values stored with a done job.
func DecodeResult(res *queue.Result) (*Result, error) {
	if res == nil {
		return nil, fmt.Errorf("job has no result")
	}
	out := &Result{Proof: &prover.Proof{}, Public: &PublicValues{}}
	if len(res.Proof) > 0 {
		if err := json.Unmarshal(res.Proof, out.Proof); err != nil {
			return nil, fmt.Errorf("decoding stored proof: %w", err)
		}
	}
	if len(res.Public) > 0 {
		if err := json.Unmarshal(res.Public, out.Public); err != nil {
			return nil, fmt.Errorf("decoding stored public values: %w", err)
		}
	}
	return out, nil
}

// Failure is how a job that ended without a result (failed or cancelled)
// shows on the doors: its error class (by the reason stored with it) and the
// message. ok is false for jobs that are active or done.
func Failure(job queue.Job) (class errs.Class, msg string, ok bool) {
	switch job.State {
	case queue.Cancelled:
		msg = "cancelled"
		if job.Result != nil && job.Result.Error != "" {
			msg = job.Result.Error
		}
		return errs.Classify(context.Canceled), msg, true
	case queue.Failed:
		res := job.Result
		if res == nil {
			res = &queue.Result{Reason: errs.Internal.Reason, Error: "failed without a recorded reason"}
		}
		return errs.ByReason(res.Reason), res.Error, true
	case queue.Queued, queue.Running, queue.Done:
		return errs.Class{}, "", false
	}
	return errs.Internal, fmt.Sprintf("job in unknown state %q", job.State), true
}
