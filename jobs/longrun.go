package jobs

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/prover/longrun"
	"github.com/zkprover/zkprover/queue"
)

// LongProver proves runs of any length in segments (*longrun.Runner): a
// verified final proof in its prover.Proof form (docs/recursion.md).
type LongProver interface {
	SegmentClass() int
	Prove(ctx context.Context, prog *executor.Program, in *executor.Input, run longrun.Run) (*prover.Proof, error)
	// ProveTop proves the run up to its top proof, a checked job-top
	// document (longrun.EncodeTop): a job for aggregation (Request.Top).
	ProveTop(ctx context.Context, prog *executor.Program, in *executor.Input, run longrun.Run) ([]byte, error)
}

// LongRuns is the node's long-run prover as it becomes available: its keys
// are made (or loaded) in the background after the node is ready, so small
// jobs are proven meanwhile; a job too long for every class waits for it.
// Options.LongRuns nil: long runs are off (such jobs fail as too long).
type LongRuns struct {
	ready chan struct{}
	once  sync.Once

	mu    sync.Mutex
	p     LongProver
	err   error
	state string
}

// NewLongRuns returns a LongRuns whose prover is not there yet.
func NewLongRuns() *LongRuns {
	return &LongRuns{ready: make(chan struct{}), state: "loading keys"}
}

// Set records the prover, or why there is none (err); only the first call
// counts.
func (l *LongRuns) Set(p LongProver, err error) {
	l.once.Do(func() {
		l.mu.Lock()
		l.p, l.err = p, err
		if err != nil {
			l.state = "unavailable: " + err.Error()
		} else {
			l.state = fmt.Sprintf("ready (segments of 2^%d steps)", p.SegmentClass())
		}
		l.mu.Unlock()
		close(l.ready)
	})
}

// SetState says what is being done to make the prover available (key setup
// progress), until Set.
func (l *LongRuns) SetState(s string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	select {
	case <-l.ready:
	default:
		l.state = s
	}
}

// State is the long runs' state in words (GetStatus, logs).
func (l *LongRuns) State() string {
	if l == nil {
		return "off"
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.state
}

// Ready returns the prover if it is there (nil otherwise).
func (l *LongRuns) Ready() LongProver {
	if l == nil {
		return nil
	}
	select {
	case <-l.ready:
		l.mu.Lock()
		defer l.mu.Unlock()
		return l.p
	default:
		return nil
	}
}

// Wait returns the prover once it is there, or why there is none.
func (l *LongRuns) Wait(ctx context.Context) (LongProver, error) {
	select {
	case <-l.ready:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.err != nil {
		return nil, fmt.Errorf("%w: %w", ErrLongRunsUnavailable, l.err)
	}
	return l.p, nil
}

// ErrLongRunsUnavailable: the node has no long-run prover (its keys could
// not be made or loaded).
var ErrLongRunsUnavailable = errors.New("long runs are unavailable")

// ErrLongRunsOff marks a LongRuns.Set error that no later start of the
// node cures (a machine with too little memory for long runs): a long job
// then fails at once with it, as when long runs are turned off, instead of
// waiting in the queue for keys that will not come.
var ErrLongRunsOff = errors.New("long runs are off on this node")

// errKeysPending: the long-run keys are still being made or loaded.
var errKeysPending = errors.New("the long-run keys are not there yet")

// now returns the prover if it is there; otherwise an error wrapping
// errKeysPending while its keys are being made, or ErrLongRunsUnavailable
// once they could not be.
func (l *LongRuns) now() (LongProver, error) {
	select {
	case <-l.ready:
	default:
		return nil, fmt.Errorf("%w (%s)", errKeysPending, l.State())
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.err != nil {
		return nil, fmt.Errorf("%w: %w", ErrLongRunsUnavailable, l.err)
	}
	return l.p, nil
}

// proveLong proves a job's run in segments, keeping each segment proof with
// the job (a restart resumes from them) and its progress. The run executes
// under cfg (the job's maxCycles capped by the node's, Service.runConfig);
// the final proof binds maxCycles, the job's own, which is what the
// contracts check it against (JobManager: the job's maxCycles). With top,
// the run is proven up to its top proof only (the job-top document is
// returned, no final proof).
func (pl *Pool) proveLong(ctx context.Context, log zerolog.Logger, jobID string, prog *executor.Program, in *executor.Input, cfg executor.Config, maxCycles uint64, top bool) (*prover.Proof, []byte, error) {
	s := pl.s
	// Without the long-run prover (its keys being made, or they could not
	// be) the job does not wait here, holding a worker: runJob puts it
	// back in the queue (Pool.park).
	lp, err := s.opts.LongRuns.now()
	if err != nil {
		return nil, nil, err
	}
	kept, err := s.store.Parts(jobID)
	if err != nil {
		return nil, nil, err
	}
	log.Info().Int("segment_class", lp.SegmentClass()).Int("kept", len(kept)).Bool("top", top).Msg("proving a long run in segments")
	var last queue.Progress
	run := longrun.Run{
		Exec:      cfg,
		MaxCycles: maxCycles,
		Job:       jobID,
		Kept:      kept,
		Keep:      func(name string, data []byte) error { return s.store.PutPart(jobID, name, data) },
		Progress: func(st longrun.Status) {
			p := queue.Progress{Stage: string(st.Stage), SegmentsDone: st.SegmentsDone, Segments: st.Segments,
				AggregationsDone: st.AggregationsDone, Aggregations: st.Aggregates, Resumed: st.Resumed}
			if p == last || st.Stage == longrun.StageDone {
				return
			}
			last = p
			if err := s.store.SetProgress(jobID, p); err != nil {
				log.Warn().Err(err).Msg("recording progress")
			}
			log.Debug().Str("progress", p.String()).Msg("long run")
		},
		Dropped: func(name string, err error) {
			log.Warn().Err(err).Str("part", name).Msg("a kept segment proof is not usable: proving it again")
		},
	}
	if top {
		doc, err := lp.ProveTop(ctx, prog, in, run)
		return nil, doc, err
	}
	p, err := lp.Prove(ctx, prog, in, run)
	return p, nil, err
}

// StageKeys is the progress stage of a long job waiting (queued) for the
// long-run keys (Pool.park).
const StageKeys = "keys"

// needsKeys reports whether a job failed for want of the long-run prover
// (proveLong): not its fault, it is parked, not failed.
func needsKeys(err error) bool {
	return (errors.Is(err, errKeysPending) || errors.Is(err, ErrLongRunsUnavailable)) && !errors.Is(err, ErrLongRunsOff)
}

// park puts a job that needs the long-run prover, which this process does
// not have, back in the queue, in its place (ahead of newer jobs) with its
// kept segment proofs, and has the workers pass over it (Pool.next) until
// the prover is there: the jobs behind it are proven meanwhile instead of
// waiting for the whole key setup. If the keys could not be made or loaded
// (LongRuns.Set with an error; GetStatus says why), it stays queued until
// a start of the node that has them (or until cancelled): the cause is the
// node's, and may pass (a setup out of memory, keys to be made again); long
// runs turned off for good (segment-class 0, Options.LongRuns nil) fail such
// jobs as too long instead.
func (pl *Pool) park(log zerolog.Logger, jobID string, why error) {
	s := pl.s
	if err := s.store.SetProgress(jobID, queue.Progress{Stage: StageKeys}); err != nil {
		log.Warn().Err(err).Msg("recording progress")
	}
	pl.mu.Lock()
	pl.parked[jobID] = true // before it is queued: no worker takes it again
	pl.mu.Unlock()
	if err := s.store.Requeue(jobID); err != nil {
		pl.mu.Lock()
		delete(pl.parked, jobID)
		pl.mu.Unlock()
		if !errors.Is(err, queue.ErrNotRunning) { // not cancelled meanwhile
			log.Error().Err(err).Msg("putting a long job back in the queue to wait for the long-run keys")
		}
		return
	}
	log.Info().Err(why).Str("long_runs", s.opts.LongRuns.State()).
		Msg("a long run: back in the queue until the long-run keys are there; the jobs behind it are proven meanwhile")
}

// isParked is NextSkipping's skip (called with the store locked).
func (pl *Pool) isParked(j queue.Job) bool {
	pl.mu.Lock()
	defer pl.mu.Unlock()
	return pl.parked[j.ID]
}

// next takes the next job: the oldest queued one, passing over the parked
// jobs while the long-run prover is not there.
func (pl *Pool) next() (queue.Job, []byte, error) {
	lr := pl.s.opts.LongRuns
	for {
		var err error
		if lr != nil {
			_, err = lr.now()
		}
		switch {
		case err == nil, errors.Is(err, ErrLongRunsOff):
			// the keys are there, or never will be here: parked jobs are
			// taken in their place (and prove, or fail with the reason)
			pl.mu.Lock()
			clear(pl.parked)
			pl.mu.Unlock()
			return pl.s.store.Next(pl.nextCtx)
		case !errors.Is(err, errKeysPending):
			// The keys could not be made: parked until a restart. The jobs
			// parked while they were being made are taken once more
			// first: a job for aggregation that fits a class is proven by
			// its class then (as when the keys failed before it came),
			// the others park again.
			pl.mu.Lock()
			if !pl.failSeen {
				pl.failSeen = true
				clear(pl.parked)
			}
			pl.mu.Unlock()
			return pl.s.store.NextSkipping(pl.nextCtx, pl.isParked)
		}
		// Woken when the keys are there (or fail), to look again.
		ctx, cancel := context.WithCancel(pl.nextCtx)
		go func() {
			select {
			case <-lr.ready:
				cancel()
			case <-ctx.Done():
			}
		}()
		job, raw, err := pl.s.store.NextSkipping(ctx, pl.isParked)
		cancel()
		if err != nil && errors.Is(err, context.Canceled) && pl.nextCtx.Err() == nil {
			continue
		}
		return job, raw, err
	}
}
