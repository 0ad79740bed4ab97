package node

import (
	"context"
	"fmt"
	"time"

	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/config"
	"github.com/zkprover/zkprover/jobs"
	"github.com/zkprover/zkprover/prover"
)

// OpenProver loads (or on first start creates) the proving keys. It runs
// while the node reports BOOTING and must honour ctx.
type OpenProver func(ctx context.Context) (jobs.Prover, error)

// NoProver never loads a prover: the node queues jobs and stays BOOTING
// (tests of the doors).
func NoProver(ctx context.Context) (jobs.Prover, error) {
	<-ctx.Done()
	return nil, ctx.Err()
}

// OpenGnark returns the node's OpenProver for the Groth16 prover. With class
// > 0 it loads that class, setting it up on first start (an insecure
// single-party setup, see docs/proving.md); with class 0 it loads every class
// in dir, or sets up config.DefaultClass when there is none. Each class is
// checked against the current circuit (prover.WithCircuitCheck). opts come
// last (e.g. prover.WithWorker to prove in a killable worker process).
func OpenGnark(dir string, class int, log zerolog.Logger, opts ...prover.Option) OpenProver {
	return func(ctx context.Context) (jobs.Prover, error) {
		var classes []int
		if class > 0 {
			classes = []int{class}
		} else if found, err := prover.ListClasses(dir); err != nil || len(found) == 0 {
			classes = []int{config.DefaultClass}
		}
		// WithCircuitCheck: keys made for an older circuit are refused at start-up
		// ("run setup again") rather than failing every proof.
		all := []prover.Option{prover.WithLogger(log), prover.WithAutoSetup(len(classes) > 0), prover.WithCircuitCheck(true),
			prover.WithSetupProgress(setupLog(log.With().Str("component", "prover").Logger(), setupLogEvery))}
		if len(classes) > 0 {
			all = append(all, prover.WithClasses(classes...))
		}
		p, err := prover.Open(ctx, dir, append(all, opts...)...)
		if err != nil {
			return nil, err
		}
		if len(p.Classes()) == 0 {
			return nil, fmt.Errorf("no proving class in %s", dir)
		}
		return p, nil
	}
}

// setupLogEvery is how often a running key setup is logged.
const setupLogEvery = 15 * time.Second

// setupLog logs a key setup's progress: each stage as it starts, every
// `every` while it runs (elapsed time and the time left), and the end. state
// (optional) sees every report in words.
func setupLog(log zerolog.Logger, every time.Duration, state ...func(string)) prover.Progress {
	var stage prover.Stage
	var last time.Duration
	return func(r prover.SetupReport) {
		for _, f := range state {
			f(r.Family + " " + r.String())
		}
		if !r.Done && r.Stage == stage && r.Elapsed-last < every {
			return
		}
		stage, last = r.Stage, r.Elapsed
		ev := log.Info().Str("circuit", r.Family).Int("class", r.Class).Str("stage", string(r.Stage)).Int("constraints", r.Constraints).
			Float64("elapsed_s", r.Elapsed.Round(time.Millisecond).Seconds())
		if left, ok := r.Remaining(); ok {
			ev = ev.Float64("eta_s", left.Round(time.Second).Seconds())
		}
		ev.Msg("setting up proving keys: " + r.String())
	}
}
