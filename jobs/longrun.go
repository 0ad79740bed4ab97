package jobs

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
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
// A failed setup may be tried again (Retry), so the prover can come after a
// failure. Options.LongRuns nil: long runs are off (such jobs fail as too
// long).
type LongRuns struct {
	mu      sync.Mutex
	changed chan struct{} // closed, and replaced, at every Set and Retry
	settled bool          // Set was called (since the last Retry)
	p       LongProver
	err     error
	state   string
}

// NewLongRuns returns a LongRuns whose prover is not there yet.
func NewLongRuns() *LongRuns {
	return &LongRuns{changed: make(chan struct{}), state: "loading keys"}
}

// Set records the prover, or why there is none (err); only the first call
// after NewLongRuns or Retry counts.
func (l *LongRuns) Set(p LongProver, err error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.settled {
		return
	}
	l.settled, l.p, l.err = true, p, err
	if err != nil {
		l.p = nil
		l.state = "unavailable: " + err.Error()
	} else {
		l.state = fmt.Sprintf("ready (segments of 2^%d steps)", p.SegmentClass())
	}
	l.signal()
}

// Retry takes back a failure recorded by Set: the keys are being made again
// (state says how), and the next Set counts. It does nothing, and returns
// false, unless Set recorded an error that a later try may cure (not
// ErrLongRunsOff).
func (l *LongRuns) Retry(state string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.settled || l.err == nil || errors.Is(l.err, ErrLongRunsOff) {
		return false
	}
	l.settled, l.err, l.state = false, nil, state
	l.signal()
	return true
}

// signal wakes the waiters of the current state (called with mu held).
func (l *LongRuns) signal() {
	close(l.changed)
	l.changed = make(chan struct{})
}

// watch returns a channel closed at the next Set or Retry.
func (l *LongRuns) watch() <-chan struct{} {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.changed
}

// SetState says what is being done to make the prover available (key setup
// progress), until Set.
func (l *LongRuns) SetState(s string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.settled {
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
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.p
}

// Wait returns the prover once it is there, or why there is none (the first
// Set after the call, or before it).
func (l *LongRuns) Wait(ctx context.Context) (LongProver, error) {
	for {
		ch := l.watch()
		p, err := l.now()
		if !errors.Is(err, errKeysPending) {
			return p, err
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
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
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.settled {
		return nil, fmt.Errorf("%w (%s)", errKeysPending, l.state)
	}
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
				AggregationsDone: st.AggregationsDone, Aggregations: st.Aggregates, Resumed: st.Resumed,
				AggregationsResumed: st.AggResumed}
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
			log.Warn().Err(err).Str("part", name).Msg("a kept proof is not usable: proving it again")
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
const StageKeys = queue.StageKeys

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
// they are made on a later try (the node tries again: LongRuns.Retry) or by
// a later start (or until cancelled): the cause is the node's, and may pass
// (a setup out of memory, a full disk, keys to be made again); long
// runs turned off for good (segment-class 0, Options.LongRuns nil) fail such
// jobs as too long instead.
func (pl *Pool) park(log zerolog.Logger, jobID string, why error) {
	s := pl.s
	var was *queue.Progress
	if j, err := s.store.Get(jobID); err == nil {
		was = j.Progress
	}
	if err := s.store.SetProgress(jobID, queue.Parked(was)); err != nil {
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
		var changed <-chan struct{}
		if lr != nil {
			changed = lr.watch() // before now: a change after it wakes the wait below
			_, err = lr.now()
		}
		pl.mu.Lock()
		switch {
		case err == nil, errors.Is(err, ErrLongRunsOff):
			// the keys are there, or never will be here: parked jobs are
			// taken in their place (and prove, or fail with the reason),
			// no longer said to wait for the keys
			parked := slices.Collect(maps.Keys(pl.parked))
			clear(pl.parked)
			pl.failSeen = false
			pl.mu.Unlock()
			for _, id := range parked { // the store's lock after the pool's: isParked takes them the other way
				if err := pl.s.store.Unpark(id); err != nil {
					pl.s.log.Warn().Err(err).Str("job", id).Msg("recording progress")
				}
			}
			return pl.s.store.Next(pl.nextCtx)
		case errors.Is(err, errKeysPending):
			// being made (again, after a failure: Retry)
			pl.failSeen = false
		default:
			// The keys could not be made: parked until they are made
			// again (LongRuns.Retry, then Set) or a start of the node that
			// has them. The jobs parked while they were being made are
			// taken once more first: a job for aggregation that fits a
			// class is proven by its class then (as when the keys failed
			// before it came), the others park again.
			if !pl.failSeen {
				pl.failSeen = true
				clear(pl.parked)
			}
		}
		pl.mu.Unlock()
		// Woken when the long runs change (keys there, failed, made again),
		// to look again.
		ctx, cancel := context.WithCancel(pl.nextCtx)
		go func() {
			select {
			case <-changed:
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
