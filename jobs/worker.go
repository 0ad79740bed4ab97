package jobs

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/errs"
	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/prover/longrun"
	"github.com/zkprover/zkprover/queue"
	"github.com/zkprover/zkprover/statement"
)

// Prover proves runs (*prover.Prover). It must honour ctx (a cancelled job
// stops proving) and verify what it made: a proof that does not verify is an
// error wrapping errs.ErrProofInvalid, a run too long for every class one
// wrapping errs.ErrTooLong.
type Prover interface {
	Prove(ctx context.Context, prog *executor.Program, in *executor.Input, cfg executor.Config) (*prover.Proof, error)
}

// PublicValues is what a done job stores beside its proof, in wire form.
type PublicValues struct {
	ProgramID    string            `json:"program_id"`     // 0x + 64 hex
	OldStateRoot string            `json:"old_state_root"` // 0x + 64 hex
	NewStateRoot string            `json:"new_state_root"`
	OffchainHash string            `json:"offchain_hash"`
	InputHash    string            `json:"input_hash"` // 0x + hex of statement Digest
	Context      statement.Context `json:"context"`
	Changed      map[string]string `json:"changed,omitempty"` // keys the run changed, "0x%08x"
	Logs         []string          `json:"logs,omitempty"`
	// ResultWithMetadata is "0x" + hex of abi.encode(OffchainResultWithMetadata).
	ResultWithMetadata string `json:"result_with_metadata,omitempty"`
}

// errShutdown is the cause of job contexts cancelled because the node stops
// before they finished: such jobs are requeued, not failed.
// (longrun.ErrShutdown: a long run's fleet job is kept for the restart).
var errShutdown = longrun.ErrShutdown

// Pool is the workers that take jobs from the queue in order, execute and
// prove them and record the outcome.
type Pool struct {
	s   *Service
	p   Prover
	log zerolog.Logger

	nextCtx    context.Context // workers take jobs while it lives
	nextCancel context.CancelFunc
	workCtx    context.Context // parent of every job context
	workCancel context.CancelCauseFunc
	wg         sync.WaitGroup

	mu       sync.Mutex
	parked   map[string]bool // queued jobs waiting for the long-run prover (park)
	failSeen bool            // next saw the long-run keys failed (parked jobs taken once more)
}

// StartWorkers starts n workers proving with p.
func (s *Service) StartWorkers(p Prover, n int) *Pool {
	pl := &Pool{s: s, p: p, log: s.opts.Logger.With().Str("component", "worker").Logger(), parked: map[string]bool{}}
	pl.nextCtx, pl.nextCancel = context.WithCancel(context.Background())
	pl.workCtx, pl.workCancel = context.WithCancelCause(context.Background())
	for i := 0; i < n; i++ {
		pl.wg.Add(1)
		go pl.worker(i)
	}
	// A halting service takes no further job, whenever Stop comes (the
	// node stops its other parts first, which can take seconds: a job
	// started meanwhile would only be stopped and requeued by the grace).
	go func() {
		select {
		case <-s.halt:
			pl.nextCancel()
		case <-pl.nextCtx.Done():
		}
	}()
	return pl
}

// Stop lets running jobs finish within grace, then stops them; jobs stopped
// so are requeued (a restart proves them). It returns when every worker has
// returned.
func (pl *Pool) Stop(grace time.Duration) {
	pl.nextCancel() // take no further job
	done := make(chan struct{})
	go func() { pl.wg.Wait(); close(done) }()
	if running := pl.s.store.Running(); len(running) > 0 {
		pl.log.Info().Int("running", len(running)).Dur("grace", grace).Msg("letting running jobs finish")
	}
	select {
	case <-done:
	case <-time.After(grace):
		pl.log.Warn().Msg("grace period over: requeueing running jobs")
		pl.workCancel(errShutdown)
		<-done
	}
	pl.workCancel(errShutdown)
}

// Abort stops every worker at once without waiting for its job (crash tests:
// the store is closed first, so nothing is recorded).
func (pl *Pool) Abort() {
	pl.nextCancel()
	pl.workCancel(errShutdown)
	pl.wg.Wait()
}

// worker takes jobs in order and runs them until the pool stops.
func (pl *Pool) worker(idx int) {
	defer pl.wg.Done()
	log := pl.log.With().Int("worker", idx).Logger()
	for {
		job, raw, err := pl.next()
		if err != nil {
			if !errors.Is(err, context.Canceled) && !errors.Is(err, queue.ErrClosed) {
				log.Error().Err(err).Msg("taking the next job")
				// a broken job record must not stall the queue forever
				select {
				case <-pl.nextCtx.Done():
				case <-time.After(time.Second):
					continue
				}
			}
			return
		}
		pl.runJob(log.With().Str("job", job.ID).Logger(), job, raw)
	}
}

// runJob executes and proves one job and records the outcome.
func (pl *Pool) runJob(log zerolog.Logger, job queue.Job, raw []byte) {
	s, m := pl.s, pl.s.opts.Metrics
	ctx, cancel := context.WithCancelCause(pl.workCtx)
	defer cancel(nil)
	s.register(job.ID, cancel)
	defer s.unregister(job.ID)
	// Cancel may have landed between Next and register.
	if cur, err := s.store.Get(job.ID); err == nil && cur.State == queue.Cancelled {
		cancel(errCancelledByUser)
	}
	if m != nil {
		m.QueueWait.Observe(job.StartedAt.Sub(job.CreatedAt).Seconds())
	}
	log.Info().Int("attempt", job.Attempts).Msg("job started")
	start := time.Now()

	res, err := pl.prove(ctx, log, job.ID, raw)
	took := time.Since(start)

	if ctx.Err() == nil && needsKeys(err) {
		pl.park(log, job.ID, err)
		m.observeJob("requeued", took)
		return
	}
	if ctx.Err() != nil {
		if errors.Is(context.Cause(ctx), errShutdown) {
			if rerr := s.store.Requeue(job.ID); rerr != nil {
				log.Error().Err(rerr).Msg("requeueing job at shutdown")
			} else {
				log.Info().Dur("took", took).Msg("job stopped by shutdown; requeued")
			}
			m.observeJob("requeued", took)
			return
		}
		log.Info().Dur("took", took).Msg("job cancelled; work stopped")
		m.observeJob("cancelled", took)
		return
	}
	if err != nil && retryable(err) && job.Retries+1 < s.opts.MaxTries {
		// the node's failure, not the job's: try again (its kept segment
		// proofs stay), a bounded number of times
		rerr := s.store.Retry(job.ID)
		if rerr == nil {
			log.Warn().Err(err).Int("try", job.Retries+1).Int("max_tries", s.opts.MaxTries).Dur("took", took).
				Msg("job failed inside the node: queued again")
			m.observeJob("requeued", took)
			return
		}
		log.Error().Err(rerr).Msg("requeueing a job that failed inside the node: failing it")
	}
	state := queue.Done
	if err != nil {
		class := errs.Classify(err)
		state = queue.Failed
		res.Top = nil // a failed job has no proof to aggregate
		res.Reason = class.Reason
		res.Error = err.Error()
		if m != nil {
			m.Failures.WithLabelValues(class.Reason).Inc()
		}
		log.Warn().Err(err).Str("reason", class.Reason).Dur("took", took).Msg("job failed")
	} else {
		log.Info().Dur("took", took).Uint64("cycles", res.Cycles).Float64("prove_s", res.ProveSeconds).Msg("job done")
		if m != nil {
			m.ProveCycles.Observe(float64(res.Cycles))
		}
	}
	pl.record(log, job.ID, state, res, took)
}

// retryable tells a failure of the node (a prove worker that died, a
// store error, a proof that did not verify) from one of the job (its
// program faulted, it is too long, its input is wrong), which another try
// would only repeat.
func retryable(err error) bool {
	switch errs.Classify(err).Reason {
	case errs.Internal.Reason, "verify":
		return true
	}
	return false
}

// record stores a job's outcome. A write that fails (a full disk, ...) is
// tried again (Service.finishBackoff) until the outcome is recorded, the job
// is no longer running (cancelled meanwhile) or the store closes. A job
// whose outcome still cannot be recorded, or whose tries a shutdown cuts
// short, is put back in the queue to be proven again: never left running
// without a worker (holding a MaxPending place, its waiters waiting, until
// a restart).
func (pl *Pool) record(log zerolog.Logger, id string, state queue.State, res queue.Result, took time.Duration) {
	s, m := pl.s, pl.s.opts.Metrics
	for try := 0; ; try++ {
		_, err := s.finish(id, state, res)
		if err == nil {
			m.observeJob(string(state), took)
			return
		}
		if errors.Is(err, queue.ErrNotRunning) || errors.Is(err, queue.ErrClosed) {
			// cancelled at the last moment, or the store is closing: the
			// job's recorded state stands.
			log.Warn().Err(err).Msg("result not recorded")
			return
		}
		if try == len(s.finishBackoff) {
			log.Error().Err(err).Int("tries", try+1).Str("state", string(state)).Msg("the job's outcome could not be recorded: putting it back in the queue to prove it again")
			break
		}
		wait := s.finishBackoff[try]
		log.Error().Err(err).Int("try", try+1).Dur("retry_in", wait).Str("state", string(state)).Msg("recording the job's outcome failed: trying again")
		t := time.NewTimer(wait)
		select {
		case <-t.C:
			continue
		case <-pl.workCtx.Done():
			t.Stop()
			log.Error().Err(err).Str("state", string(state)).Msg("the job's outcome could not be recorded before the shutdown: putting it back in the queue to prove it again")
		}
		break
	}
	if err := s.store.Requeue(id); err != nil {
		log.Error().Err(err).Msg("requeueing the job whose outcome could not be recorded failed too: it stays running until the node restarts")
		return
	}
	m.observeJob("requeued", took)
}

// prove runs the job: decode, resolve the program, execute (fast mode, to
// classify program faults cheaply), prove, check the proof's statement is
// the executed one, and package the result.
func (pl *Pool) prove(ctx context.Context, log zerolog.Logger, jobID string, raw []byte) (queue.Result, error) {
	s, m := pl.s, pl.s.opts.Metrics
	var r Request
	if err := json.Unmarshal(raw, &r); err != nil {
		return queue.Result{}, fmt.Errorf("decoding stored job: %w", err)
	}
	prog, _, err := s.Program(&r)
	if err != nil {
		return queue.Result{}, err
	}
	in := r.Input()
	cfg := s.runConfig(&r)
	t0 := time.Now()
	run, err := executor.Run(ctx, prog, in, cfg)
	if m != nil {
		m.ExecDuration.Observe(time.Since(t0).Seconds())
	}
	if err != nil {
		return queue.Result{}, fmt.Errorf("executing program %s: %w", r.ProgramIDHex(), err)
	}
	res := queue.Result{ExitCode: run.ExitCode, Output: run.Output, Cycles: run.Cycles, Counters: CounterMap(run)}
	log.Debug().Uint64("cycles", run.Cycles).Uint32("exit_code", run.ExitCode).Msg("executed; proving")

	t1 := time.Now()
	var proof *prover.Proof
	switch {
	case r.Top && s.opts.LongRuns != nil:
		// A job for aggregation: proven in segments whatever its length,
		// up to its run's top proof (what its sequence is aggregated from).
		proof, res.Top, err = pl.proveLong(ctx, log, jobID, prog, in, cfg, r.MaxCycles, true)
		if errors.Is(err, ErrLongRunsUnavailable) && !pl.fitsNoClass(run.Cycles) {
			log.Warn().Err(err).Msg("a job for aggregation proven by its class: no top proof")
			p, perr := pl.p.Prove(ctx, prog, in, cfg)
			// Too long for the classes the prover may take (a node whose chain verifies
			// only some): it waits for the long-run keys as it would have.
			if !errors.Is(perr, errs.ErrTooLong) {
				proof, err = p, perr
			}
		}
	case pl.fitsNoClass(run.Cycles) && s.opts.LongRuns != nil:
		proof, _, err = pl.proveLong(ctx, log, jobID, prog, in, cfg, r.MaxCycles, false)
	default:
		proof, err = pl.p.Prove(ctx, prog, in, cfg)
		if errors.Is(err, errs.ErrTooLong) && s.opts.LongRuns != nil && ctx.Err() == nil {
			log.Info().Err(err).Msg("the run fits no class: proving it in segments")
			proof, _, err = pl.proveLong(ctx, log, jobID, prog, in, cfg, r.MaxCycles, false)
		}
	}
	res.ProveSeconds = time.Since(t1).Seconds()
	if err != nil {
		return res, fmt.Errorf("proving: %w", err)
	}
	if m != nil {
		m.ProofDuration.Observe(res.ProveSeconds)
	}
	pub := run.Public(prog, in)
	if res.Top != nil {
		return topResult(res, &r, run, &pub)
	}

	// The proof must be of the executed statement, its public inputs those
	// of that statement (the statement's elements, or its final digest).
	if err := sameStatement(proof, &pub); err != nil {
		return res, err
	}
	// A final proof binds a cycle budget: the job's maxCycles.
	if proof.Kind == prover.KindFinal && proof.MaxCycles != r.MaxCycles {
		return res, fmt.Errorf("%w: the final proof is for maxCycles %d, the job's is %d", errs.ErrProofInvalid, proof.MaxCycles, r.MaxCycles)
	}
	digest, err := pub.Digest()
	if err != nil {
		return res, fmt.Errorf("building the statement digest: %w", err)
	}
	pv := PublicValues{
		ProgramID:    FieldHex(prog.ID),
		OldStateRoot: FieldHex(run.OldStateRoot),
		NewStateRoot: FieldHex(run.StateRoot),
		OffchainHash: FieldHex(pub.OffchainHash),
		InputHash:    FieldHex(digest),
		Context:      pub.Context,
		Changed:      FormatState(run.Changed),
		Logs:         run.Logs,
	}
	// Offchain requests carry their signed JobRequest; jobs taken from the chain by the
	// listener (the chain door) have none: the bridge builds their contract call itself.
	if len(r.JobRequest) > 0 {
		rwm, err := ResultWithMetadata(&r, run.ExitCode, run.Output, FieldBytes(run.OldStateRoot), FieldBytes(run.StateRoot), proof.ProofClass(), proof.SolidityProof)
		if err != nil {
			return res, fmt.Errorf("encoding the result with metadata: %w", err)
		}
		pv.ResultWithMetadata = "0x" + hex.EncodeToString(rwm)
	}
	if res.Proof, err = json.Marshal(proof); err != nil {
		return res, fmt.Errorf("encoding proof: %w", err)
	}
	if res.Public, err = json.Marshal(pv); err != nil {
		return res, fmt.Errorf("encoding public values: %w", err)
	}
	return res, nil
}

// topResult completes the result of a job proven up to its top proof: the
// document's statement must be the executed one, for the job's maxCycles;
// the public values are stored as for every job, without a result with
// metadata (no proof to deliver on chain: the job's proof is its
// aggregation's).
func topResult(res queue.Result, r *Request, run *executor.Result, pub *statement.Public) (queue.Result, error) {
	got, maxCycles, err := longrun.TopStatement(res.Top)
	if err != nil {
		return res, fmt.Errorf("%w: %w", errs.ErrProofInvalid, err)
	}
	want, err := pub.Digest()
	if err != nil {
		return res, fmt.Errorf("building the statement digest: %w", err)
	}
	if d, err := got.Digest(); err != nil || d != want || maxCycles != r.MaxCycles {
		return res, fmt.Errorf("%w: the top proof is not of the executed statement and the job's maxCycles", errs.ErrProofInvalid)
	}
	pv := PublicValues{
		ProgramID:    FieldHex(pub.ProgramID),
		OldStateRoot: FieldHex(run.OldStateRoot),
		NewStateRoot: FieldHex(run.StateRoot),
		OffchainHash: FieldHex(pub.OffchainHash),
		InputHash:    FieldHex(want),
		Context:      pub.Context,
		Changed:      FormatState(run.Changed),
		Logs:         run.Logs,
	}
	if res.Public, err = json.Marshal(pv); err != nil {
		return res, fmt.Errorf("encoding public values: %w", err)
	}
	return res, nil
}

// fitsNoClass reports whether a run of this many cycles is longer than
// the largest class of the prover (when it says which classes it has).
func (pl *Pool) fitsNoClass(cycles uint64) bool {
	c, ok := pl.p.(interface{ Classes() []prover.Manifest })
	if !ok {
		return false
	}
	largest := -1
	for _, m := range c.Classes() {
		largest = max(largest, m.LogSteps)
	}
	return largest >= 0 && cycles > uint64(1)<<largest
}

// sameStatement checks that a proof is of the statement pub and that its
// public inputs are that statement's.
func sameStatement(proof *prover.Proof, pub *statement.Public) error {
	want, err := pub.Digest()
	if err != nil {
		return fmt.Errorf("building the statement digest: %w", err)
	}
	got, err := proof.Public.Digest()
	if err != nil || got != want {
		return fmt.Errorf("%w: the proof's statement is not the executed one", errs.ErrProofInvalid)
	}
	elems, err := proof.Inputs()
	if err != nil {
		return fmt.Errorf("%w: %w", errs.ErrProofInvalid, err)
	}
	if len(proof.PublicInputs) != len(elems) {
		return fmt.Errorf("%w: the proof has %d public inputs, the statement %d", errs.ErrProofInvalid, len(proof.PublicInputs), len(elems))
	}
	for i := range elems {
		if proof.PublicInputs[i] != elems[i].String() {
			return fmt.Errorf("%w: public input %d of the proof (%s) is not the executed statement's (%s)", errs.ErrProofInvalid, i, proof.PublicInputs[i], elems[i].String())
		}
	}
	return nil
}

// CounterMap flattens a run's counters (plus cycles) into name -> value.
func CounterMap(r *executor.Result) map[string]uint64 {
	c := r.Counters
	return map[string]uint64{
		"cycles": r.Cycles, "alu": c.ALU, "mul_div": c.MulDiv, "load": c.Load, "store": c.Store,
		"branch": c.Branch, "jump": c.Jump, "fence": c.Fence, "ecall": c.Ecall,
		"mem_reads": c.MemReads, "mem_writes": c.MemWrites, "mem_bytes": c.MemBytes,
		"syscall_halt": c.Syscalls.Halt, "syscall_read_onchain": c.Syscalls.ReadOnchain,
		"syscall_read_offchain": c.Syscalls.ReadOffchain, "syscall_read_context": c.Syscalls.ReadContext,
		"syscall_write_output": c.Syscalls.WriteOutput, "syscall_state_get": c.Syscalls.StateGet,
		"syscall_state_set": c.Syscalls.StateSet, "syscall_log": c.Syscalls.Log,
		"syscall_sha256_compress": c.Syscalls.Sha256Compress, "syscall_keccak_f": c.Syscalls.KeccakF,
	}
}

// ResultWithMetadata is abi.encode(OffchainResultWithMetadata) for a run of
// request r with the given outcome; proof and class are empty for runs
// without a proof.
func ResultWithMetadata(r *Request, exitCode uint32, output []byte, oldRoot, newRoot [32]byte, class uint8, proof []byte) ([]byte, error) {
	jr, err := DecodeJobRequest(r.JobRequest)
	if err != nil {
		return nil, err
	}
	return EncodeOffchainResult(OffchainResult{
		JobID:             JobID(r.Nonce, r.Consumer),
		OnchainInputHash:  crypto.Keccak256Hash(r.Onchain),
		OffchainInputHash: jr.OffchainInputHash,
		MaxCycles:         r.MaxCycles,
		ProgramID:         r.ProgramID[:],
		Result:            output,
		ExitCode:          exitCode,
		OldStateRoot:      oldRoot,
		NewStateRoot:      newRoot,
		ProofClass:        class,
		Proof:             proof,
	})
}
