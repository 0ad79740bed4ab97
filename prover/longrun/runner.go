package longrun

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"

	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/prover"
)

// Runner proves long runs for a node: the keys of one segment class and the
// segment provers (one per prove worker process).
type Runner struct {
	Keys    *Keys
	Provers []SegmentProver
	// ProversFor, when set, gives the segment provers of one job instead of
	// Provers (a fleet: docs/fleet.md); release is called when the job's
	// proof ends, purge false when it ended because the node stops
	// (ErrShutdown: a restart resumes the job).
	ProversFor func(ctx context.Context, job string) (provers []SegmentProver, release func(purge bool), err error)
	// Idle, when set, is called each time the last of the runner's jobs in
	// its segment stage leaves it (its segments proven, or its proof ended
	// before). It runs on that job's goroutine, before its first
	// aggregation, so it must not block; and a new job may have counted in
	// meanwhile, so it must tolerate segments being proven (the node stops
	// only idle prove workers: prover.StopIdleWorker), so that their memory
	// is the machine's while it aggregates, as the CLI does after its
	// segments.
	Idle func()
	// Quiet, when set, is called each time the last of the runner's jobs
	// ends (no job in any stage any more), on that job's goroutine after
	// its proof ended; it must not block. The node starts the segment
	// prove workers that Idle stopped again there, so that the next long
	// job's first segment does not wait for a key load.
	Quiet func()
	// Busy, when set, is called each time a job comes to a runner that had
	// none (the first job after Quiet), on that job's goroutine before its
	// first segment; it must not block. The node stops the timer that
	// stops idle prove workers there.
	Busy func()
	// Rest, when set, is called when the last of the runner's proofs ends
	// and that was a recursive proof made outside its jobs (Recursion) with
	// no job ended since the last Quiet; it must not block. The node arms
	// the timer that stops idle prove workers there.
	Rest func()

	mu         sync.Mutex
	segmenting int // jobs in their segment stage
	running    int // jobs in any stage, and Recursion's proofs
	ended      int // jobs ended since the last Quiet
}

// Running is the number of the runner's jobs in any stage.
func (r *Runner) Running() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.running
}

// ErrShutdown is the cancel cause of a job stopped because its node stops
// (it runs again after the restart).
var ErrShutdown = errors.New("node shutting down")

// Run is one long-run job for Runner.Prove: the parts kept from an earlier
// attempt (segment proofs by PartName, aggregations by AggPartName), where
// to keep new ones, and where to report progress.
type Run struct {
	Exec executor.Config
	// MaxCycles is the cycle budget the final proof binds: the job's
	// maxCycles, which the contract checks (0: MaxCycles(Exec)). Exec may
	// cap the run lower (the node's limit).
	MaxCycles uint64
	// Job is the job's id (for ProversFor).
	Job      string
	Kept     map[string][]byte
	Keep     func(name string, data []byte) error
	Progress func(Status)
	// Dropped is called for each kept part that could not be used (it is
	// proven again).
	Dropped func(name string, err error)
}

// SegmentClass is the runner's segment class (log2 of a segment's steps).
func (r *Runner) SegmentClass() int { return r.Keys.LogSteps }

// Prove proves a run of any length into a verified final proof, in its
// prover.Proof form. Segment proofs kept by an earlier attempt are used (after
// checking them) instead of being proven again.
func (r *Runner) Prove(ctx context.Context, prog *executor.Program, in *executor.Input, run Run) (*prover.Proof, error) {
	o, release, err := r.options(ctx, run)
	if err != nil {
		return nil, err
	}
	defer release()
	f, err := Prove(ctx, r.Keys, prog, in, o)
	if err != nil {
		return nil, err
	}
	return f.ProverProof()
}

// ProveTop proves a run of any length up to its top proof (no final
// proof: what a sequence of jobs aggregates) and returns it as a job-top
// document (EncodeTop), checked as a receiver checks it (DecodeTop). Kept
// segment proofs are used as by Prove.
func (r *Runner) ProveTop(ctx context.Context, prog *executor.Program, in *executor.Input, run Run) ([]byte, error) {
	o, release, err := r.options(ctx, run)
	if err != nil {
		return nil, err
	}
	defer release()
	top, err := ProveTop(ctx, r.Keys, prog, in, o)
	if err != nil {
		return nil, err
	}
	doc, err := EncodeTop(r.Keys.LogSteps, top)
	if err != nil {
		return nil, err
	}
	if _, err := DecodeTop(doc, r.Keys); err != nil {
		return nil, fmt.Errorf("checking the top proof made: %w", err)
	}
	if o.Progress != nil {
		st := top.status
		st.Stage = StageDone
		o.Progress(st)
	}
	return doc, nil
}

// options are Prove's options for run: the kept segment proofs that decode,
// the segment provers (release gives back a fleet's), the callbacks.
func (r *Runner) options(ctx context.Context, run Run) (Options, func(), error) {
	k := r.Keys.LogSteps
	have := map[int]*SegmentProof{}
	names := make([]string, 0, len(run.Kept))
	for name := range run.Kept {
		names = append(names, name)
	}
	sort.Strings(names)
	aggs := KeptAggregates{Have: map[[2]int]*Node{}}
	for _, name := range names {
		if IsAggPart(name) {
			n, err := DecodeAggregate(run.Kept[name], r.Keys)
			if err == nil && name != AggPartName(n.First, n.Last) {
				err = fmt.Errorf("kept under %s, is the aggregation of segments %d-%d", name, n.First, n.Last)
			}
			if err != nil {
				if run.Dropped != nil {
					run.Dropped(name, err)
				}
				continue
			}
			aggs.Have[[2]int{n.First, n.Last}] = n
			continue
		}
		sp, err := DecodeSegmentProof(run.Kept[name], k, r.Keys.SegVK)
		if err == nil && name != PartName(sp.Index) {
			err = fmt.Errorf("kept under %s, is segment %d", name, sp.Index)
		}
		if err != nil {
			if run.Dropped != nil {
				run.Dropped(name, err)
			}
			continue
		}
		have[sp.Index] = sp
	}
	provers, release := r.Provers, func() {}
	if r.ProversFor != nil {
		ps, rel, err := r.ProversFor(ctx, run.Job)
		if err != nil {
			return Options{}, nil, err
		}
		release = func() { rel(!errors.Is(context.Cause(ctx), ErrShutdown)) }
		provers = ps
	}
	var keep func(*SegmentProof) error
	if run.Keep != nil {
		keep = func(sp *SegmentProof) error {
			b, err := EncodeSegmentProof(k, sp)
			if err != nil {
				return err
			}
			return run.Keep(PartName(sp.Index), b)
		}
	}
	var dropped func(int, error)
	if run.Dropped != nil {
		dropped = func(i int, err error) { run.Dropped(PartName(i), err) }
		aggs.Dropped = func(first, last int, err error) { run.Dropped(AggPartName(first, last), err) }
	}
	if run.Keep != nil {
		aggs.Keep = func(n *Node) error {
			b, err := EncodeAggregate(k, n)
			if err != nil {
				return err
			}
			return run.Keep(AggPartName(n.First, n.Last), b)
		}
	}
	left, end := r.enter()
	return Options{Exec: run.Exec, MaxCycles: run.MaxCycles, Provers: provers, Have: have, OnProof: keep,
			Progress: run.Progress, Dropped: dropped, Aggregates: aggs, AfterSegments: left},
		func() {
			end()
			release()
		}, nil
}

// Recursion counts a recursive proof made with the runner's keys outside
// its jobs (an aggregator's aggregation or sequence final proof, package
// doors/aggregator) as running, and returns the function that counts it
// out (once its proof ended): Busy when it is the first (the node disarms
// its idle-stop timer), and when it ends as the last, Quiet if a job ended
// meanwhile (what that job's end owed), else Rest (the timer armed again;
// without it, a worker started by an aggregator's proof after that timer
// fired stayed up). It neither stops nor warms the segment workers: an
// aggregator's stream of items would stop and restart them (a key load
// each) for every item.
func (r *Runner) Recursion() (end func()) {
	r.mu.Lock()
	r.running++
	first := r.running == 1
	r.mu.Unlock()
	if first && r.Busy != nil {
		r.Busy()
	}
	var once sync.Once
	return func() {
		once.Do(func() {
			r.mu.Lock()
			r.running--
			last := r.running == 0
			owed := last && r.ended > 0
			if owed {
				r.ended = 0
			}
			r.mu.Unlock()
			switch {
			case owed && r.Quiet != nil:
				r.Quiet()
			case last && !owed && r.Rest != nil:
				r.Rest()
			}
		})
	}
}

// enter counts one more job, in its segment stage, and returns the
// functions that count it out of its segments (after them; the last one out
// calls Idle) and out of the runner (when its proof ends: out of its
// segments too if it was still in them; the last one out calls Quiet). Each
// counts once however often it is called. A job that ends in its segments
// as the last job calls Quiet but not Idle: nothing aggregates, and the
// workers that Idle would stop are the ones Quiet wants warm.
func (r *Runner) enter() (left, end func()) {
	r.mu.Lock()
	r.segmenting++
	r.running++
	first := r.running == 1
	r.mu.Unlock()
	if first && r.Busy != nil {
		r.Busy()
	}
	var inSegments, ended = true, false // guarded by r.mu
	left = func() {
		r.mu.Lock()
		if !inSegments {
			r.mu.Unlock()
			return
		}
		inSegments = false
		r.segmenting--
		idle := r.segmenting == 0
		r.mu.Unlock()
		if idle && r.Idle != nil {
			r.Idle()
		}
	}
	end = func() {
		r.mu.Lock()
		if ended {
			r.mu.Unlock()
			return
		}
		ended = true
		wasIn := inSegments
		if wasIn {
			inSegments = false
			r.segmenting--
		}
		r.running--
		quiet := r.running == 0
		r.ended++
		if quiet {
			r.ended = 0
		}
		idle := wasIn && r.segmenting == 0 && !quiet
		r.mu.Unlock()
		if idle && r.Idle != nil {
			r.Idle()
		}
		if quiet && r.Quiet != nil {
			r.Quiet()
		}
	}
	return left, end
}
