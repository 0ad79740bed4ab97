package node

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/queue"
	"github.com/zkprover/zkprover/statement"
)

// Proof is one proof of a run in the forms the doors need.
type Proof struct {
	A             [2]string    `json:"a"`                        // decimal
	B             [2][2]string `json:"b"`                        // [[x0, x1], [y0, y1]], decimal
	C             [2]string    `json:"c"`                        // decimal
	Commitments   []string     `json:"commitments,omitempty"`    // decimal [x0, y0, x1, y1, ...]
	CommitmentPok []string     `json:"commitment_pok,omitempty"` // decimal [x, y]
	Solidity      []byte       `json:"solidity"`                 // the verifier's `bytes proof` (MarshalSolidity)
	Calldata      []byte       `json:"calldata"`                 // a complete verifyProof(bytes, uint256[n]) call
	Class         uint8        `json:"class"`                    // log2 of the circuit's step capacity
	Inputs        []string     `json:"inputs"`                   // the public input vector, decimal
	Raw           []byte       `json:"raw"`                      // gnark's raw form (WriteRawTo)
}

// Prover proves runs. The real implementation wraps prover.Prover; it
// must honour ctx (a cancelled job stops proving) and verify what it made,
// returning an error wrapping ErrProofInvalid if the proof does not verify.
type Prover interface {
	Prove(ctx context.Context, prog *executor.Program, in *executor.Input, cfg executor.Config) (*Proof, error)
}

// PublicValues is the statement of a finished job in wire form (stored with
// the result).
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

// Execution is the outcome of running a job without a proof.
type Execution struct {
	Program *executor.Program
	Result  *executor.Result
}

// Jobs is job submission, lookup, waiting and cancelling over the durable
// queue. Every front door (the zkprover service, the aggregator channel)
// calls it, so a job is one canonical job whatever door it came through.
type Jobs struct {
	store     *queue.Store
	limits    executor.Limits
	maxCycles uint64
	log       zerolog.Logger
	metrics   *Metrics

	mu       sync.Mutex
	running  map[string]context.CancelCauseFunc
	halt     chan struct{}
	haltOnce sync.Once
}

// errCancelledByUser is the cause of a job context cancelled by Cancel.
var errCancelledByUser = errors.New("cancelled by request")

// NewJobs returns the job front end over store. maxCycles caps any job's
// maxCycles (0: executor default).
func NewJobs(store *queue.Store, limits executor.Limits, maxCycles uint64, m *Metrics, log zerolog.Logger) *Jobs {
	if maxCycles == 0 {
		maxCycles = executor.DefaultMaxCycles
	}
	return &Jobs{
		store: store, limits: limits, maxCycles: maxCycles, metrics: m,
		log:     log.With().Str("component", "jobs").Logger(),
		running: map[string]context.CancelCauseFunc{},
		halt:    make(chan struct{}),
	}
}

// Store is the underlying queue.
func (j *Jobs) Store() *queue.Store { return j.store }

// Halt makes Submit refuse new jobs and releases every Wait at once.
func (j *Jobs) Halt() { j.haltOnce.Do(func() { close(j.halt) }) }

// Halting reports whether Halt was called.
func (j *Jobs) Halting() bool {
	select {
	case <-j.halt:
		return true
	default:
		return false
	}
}

// Program resolves the job's program: the supplied ELF (checked against the
// program id) or the one stored under the id. It returns the loaded program
// and the ELF bytes.
func (j *Jobs) Program(r *Request) (*executor.Program, []byte, error) {
	elf := r.ELF
	if elf == nil {
		var err error
		elf, err = j.store.Program(r.ProgramIDHex())
		if errors.Is(err, queue.ErrNoProgram) {
			return nil, nil, fmt.Errorf("%w %s: send its ELF in contracts_bytecode", ErrUnknownProgram, r.ProgramIDHex())
		}
		if err != nil {
			return nil, nil, err
		}
	}
	prog, err := executor.LoadELF(elf, j.limits)
	if err != nil {
		return nil, nil, invalidf("program %s: %v", r.ProgramIDHex(), err)
	}
	if FieldBytes(prog.ID) != r.ProgramID {
		return nil, nil, invalidf("program id mismatch: the job names %s, the ELF's id is %s", r.ProgramIDHex(), prog.IDHex())
	}
	return prog, elf, nil
}

// validate checks what RequestFromInput cannot (limits, the program).
func (j *Jobs) validate(r *Request) error {
	if r.MaxCycles == 0 {
		return invalidf("maxCycles is zero")
	}
	if err := r.Input().Validate(j.limits); err != nil {
		return invalidf("%v", err)
	}
	if r.ELF != nil {
		_, _, err := j.Program(r)
		return err
	}
	_, err := j.store.Program(r.ProgramIDHex())
	if errors.Is(err, queue.ErrNoProgram) {
		return fmt.Errorf("%w %s: send its ELF in contracts_bytecode", ErrUnknownProgram, r.ProgramIDHex())
	}
	return err
}

// Submit validates r and queues it. On any error nothing of the job is
// stored (a supplied, valid program may be kept for later jobs).
func (j *Jobs) Submit(ctx context.Context, r *Request) (queue.Job, error) {
	if j.Halting() {
		return queue.Job{}, ErrShuttingDown
	}
	if err := ctx.Err(); err != nil {
		return queue.Job{}, err
	}
	if err := j.validate(r); err != nil {
		return queue.Job{}, err
	}
	raw, err := json.Marshal(r)
	if err != nil {
		return queue.Job{}, fmt.Errorf("encoding job: %w", err)
	}
	if r.ELF != nil {
		if err := j.store.PutProgram(r.ProgramIDHex(), r.ELF); err != nil {
			return queue.Job{}, err
		}
	}
	job, err := j.store.Enqueue(raw)
	if err != nil {
		return queue.Job{}, err
	}
	j.log.Info().Str("job", job.ID).Str("program", r.ProgramIDHex()).Uint64("nonce", r.Nonce).Uint64("max_cycles", r.MaxCycles).Msg("job queued")
	return job, nil
}

// Get returns a job's record.
func (j *Jobs) Get(id string) (queue.Job, error) { return j.store.Get(id) }

// Wait waits up to timeout for the job to finish and returns it as it is
// then. A job still active when the time is up (or when the node halts) is
// returned with a nil error; only lookup failures are errors.
func (j *Jobs) Wait(ctx context.Context, id string, timeout time.Duration) (queue.Job, error) {
	if timeout <= 0 {
		return j.store.Get(id)
	}
	wctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	go func() {
		select {
		case <-j.halt:
			cancel()
		case <-wctx.Done():
		}
	}()
	if j.metrics != nil {
		j.metrics.GetProofWaits.Inc()
		defer j.metrics.GetProofWaits.Dec()
	}
	job, err := j.store.Wait(wctx, id)
	if err != nil && job.ID != "" && (wctx.Err() != nil || errors.Is(err, queue.ErrClosed)) {
		// still active: the time is up, the caller left, or the node halts
		return job, nil
	}
	return job, err
}

// Cancel stops a queued or running job. A running job's context is
// cancelled, so its execution or proof stops and the worker takes the next
// job. Unknown ids give queue.ErrNotFound, finished ones queue.ErrFinished.
func (j *Jobs) Cancel(id string) error {
	from, err := j.store.Cancel(id, "cancelled by request")
	if err != nil {
		return err
	}
	if from == queue.Running {
		j.mu.Lock()
		cancel := j.running[id]
		j.mu.Unlock()
		if cancel != nil {
			cancel(errCancelledByUser)
		}
	}
	j.log.Info().Str("job", id).Str("was", string(from)).Msg("job cancelled")
	return nil
}

// register records the cancel function of a running job.
func (j *Jobs) register(id string, cancel context.CancelCauseFunc) {
	j.mu.Lock()
	j.running[id] = cancel
	j.mu.Unlock()
}

func (j *Jobs) unregister(id string) {
	j.mu.Lock()
	delete(j.running, id)
	j.mu.Unlock()
}

// Execute runs r without a proof. The program is resolved as for Submit but
// nothing is stored. A program fault is returned as an error wrapping the
// *executor.Fault, with the program in the Execution.
func (j *Jobs) Execute(ctx context.Context, r *Request) (*Execution, error) {
	if r.MaxCycles == 0 {
		return nil, invalidf("maxCycles is zero")
	}
	in := r.Input()
	if err := in.Validate(j.limits); err != nil {
		return nil, invalidf("%v", err)
	}
	prog, _, err := j.Program(r)
	if err != nil {
		return nil, err
	}
	start := time.Now()
	res, err := executor.Run(ctx, prog, in, j.runConfig(r))
	if j.metrics != nil {
		j.metrics.ExecDuration.Observe(time.Since(start).Seconds())
	}
	if err != nil {
		if ctx.Err() != nil {
			return &Execution{Program: prog}, fmt.Errorf("executing %s: %w", r.ProgramIDHex(), context.Cause(ctx))
		}
		return &Execution{Program: prog}, fmt.Errorf("executing %s: %w", r.ProgramIDHex(), err)
	}
	return &Execution{Program: prog, Result: res}, nil
}

// runConfig is the executor configuration of a job: the node's limits and
// the job's maxCycles, capped by the node's.
func (j *Jobs) runConfig(r *Request) executor.Config {
	cfg := executor.DefaultConfig()
	cfg.Limits = j.limits
	cfg.MaxCycles = min(r.MaxCycles, j.maxCycles)
	return cfg
}

// DecodeResult returns the proof and public values stored with a done job.
func DecodeResult(res *queue.Result) (*Proof, *PublicValues, error) {
	if res == nil {
		return nil, nil, fmt.Errorf("job has no result")
	}
	var p Proof
	var pub PublicValues
	if len(res.Proof) > 0 {
		if err := json.Unmarshal(res.Proof, &p); err != nil {
			return nil, nil, fmt.Errorf("decoding stored proof: %w", err)
		}
	}
	if len(res.Public) > 0 {
		if err := json.Unmarshal(res.Public, &pub); err != nil {
			return nil, nil, fmt.Errorf("decoding stored public values: %w", err)
		}
	}
	return &p, &pub, nil
}
