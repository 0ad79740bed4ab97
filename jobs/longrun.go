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

// proveLong proves a job's run in segments, keeping each segment proof with
// the job (a restart resumes from them) and its progress. The run executes
// under cfg (the job's maxCycles capped by the node's, Service.runConfig);
// the final proof binds maxCycles, the job's own, which is what the
// contracts check it against (JobManager: the job's maxCycles). With top,
// the run is proven up to its top proof only (the job-top document is
// returned, no final proof).
func (pl *Pool) proveLong(ctx context.Context, log zerolog.Logger, jobID string, prog *executor.Program, in *executor.Input, cfg executor.Config, maxCycles uint64, top bool) (*prover.Proof, []byte, error) {
	s := pl.s
	lr := s.opts.LongRuns
	lp := lr.Ready()
	if lp == nil {
		log.Info().Str("long_runs", lr.State()).Msg("a long run: waiting for the long-run keys")
		if err := s.store.SetProgress(jobID, queue.Progress{Stage: StageKeys}); err != nil {
			log.Warn().Err(err).Msg("recording progress")
		}
		var err error
		if lp, err = lr.Wait(ctx); err != nil {
			return nil, nil, err
		}
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

// StageKeys is the progress stage of a long job waiting for the long-run
// keys (being made in the background).
const StageKeys = "keys"
