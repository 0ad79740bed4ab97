package node

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/rs/zerolog"
)

// workerProver is what the warmer needs of a prover whose proofs a worker
// process makes (*prover.Prover with prover.WithWorker).
type workerProver interface {
	StartWorker(ctx context.Context) error
	StopIdleWorker() int
	WaitIdle(ctx context.Context) error
}

// namedWorker is a prover with a worker process and what the log calls it.
type namedWorker struct {
	name string
	p    workerProver
}

// warmer starts the long-run prove workers ahead of jobs, so that a long
// job does not wait for their key loads (37 s for the segment key of class
// 2^15), and stops the idle segment workers while a job aggregates
// (docs/recursion.md, "In the node").
type warmer struct {
	ctx context.Context // the long-runs part: its end cancels every start
	log zerolog.Logger
	// segments are the segment provers with workers, recursion the
	// aggregation and final provers with workers (empty: they prove in
	// this process), busy the aggregation and final provers wherever they
	// prove: the segment workers start once those are idle (a cancelled
	// proof in this process runs on to its end, and holds its memory).
	segments  []namedWorker
	recursion []namedWorker
	busy      []workerProver
	// timeout bounds each start (a key load).
	timeout time.Duration
	// idleStop, when positive, stops every idle worker once no long job
	// has run for this long (rest, jobCame); keep, when set and true, keeps
	// them anyway (a fleet member's workers prove the fleet's tasks).
	idleStop time.Duration
	keep     func() bool
	// running, when set, is the number of long jobs under way: a timer
	// armed while one runs (its Busy came before the previous job's Quiet)
	// stops nothing.
	running func() int

	mu   sync.Mutex
	next int
	// starts are the segment worker starts under way, by warm call.
	starts map[int]warmStart
	// sleep is the timer that stops the workers (rest), nil when none is
	// armed; gen counts its arming, so that a timer stopped too late (its
	// function already running) does nothing.
	sleep *time.Timer
	gen   int
}

// rest arms the timer that stops every idle prove worker after idleStop
// (no long job left: at the start once the workers are warm, and when the
// last long job ends). A new long job disarms it (jobCame).
func (w *warmer) rest() {
	if w.idleStop <= 0 {
		return
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.sleep != nil {
		w.sleep.Stop()
	}
	w.gen++
	gen := w.gen
	w.sleep = time.AfterFunc(w.idleStop, func() { w.stopAll(gen) })
}

// jobCame disarms the timer of rest: a long job came.
func (w *warmer) jobCame() {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.sleep != nil {
		w.sleep.Stop()
		w.sleep = nil
	}
	w.gen++
}

// stopAll stops every idle prove worker, unless a long job came since rest
// armed it (gen) or the workers are to be kept: a worker that holds a proof
// or is being started is left alone (prover.StopIdleWorker), and a proof
// starts one again. It first cancels the segment worker starts under way.
func (w *warmer) stopAll(gen int) {
	w.mu.Lock()
	stale := gen != w.gen
	if !stale {
		w.sleep = nil
	}
	w.mu.Unlock()
	if stale || w.ctx.Err() != nil || (w.keep != nil && w.keep()) || (w.running != nil && w.running() > 0) {
		return
	}
	w.cancelStarts()
	for _, s := range append(append([]namedWorker(nil), w.segments...), w.recursion...) {
		if pid := s.p.StopIdleWorker(); pid != 0 {
			w.log.Info().Int("pid", pid).Str("worker", s.name).Dur("idle", w.idleStop).
				Msg("no long job for worker-idle-stop: idle prove worker stopped, its memory free (the next long job starts it again)")
		}
	}
}

// warmStart is one warm call's segment worker starts: cancel stops them,
// done is closed once they have all returned.
type warmStart struct {
	cancel context.CancelFunc
	done   chan struct{}
}

// warm starts every prove worker that is not up, in the background: the
// aggregation and final workers at once, the segment workers once the
// aggregation and final provers are idle. The node calls it once the keys
// are ready and each time the last long job ends (its segment workers were
// stopped for its aggregations; a cancel killed the worker of the proof in
// flight). A start under way is left to finish; a failed start is logged
// (the next proof starts a worker).
func (w *warmer) warm() {
	for _, r := range w.recursion {
		go func() {
			ctx, cancel := context.WithTimeout(w.ctx, w.timeout)
			defer cancel()
			w.start(ctx, r)
		}()
	}
	if len(w.segments) == 0 {
		return
	}
	w.mu.Lock()
	ctx, cancel := context.WithTimeout(w.ctx, w.timeout)
	id, done := w.next, make(chan struct{})
	w.next++
	if w.starts == nil {
		w.starts = map[int]warmStart{}
	}
	w.starts[id] = warmStart{cancel, done}
	w.mu.Unlock()
	var wg sync.WaitGroup
	for _, s := range w.segments {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, b := range w.busy {
				if b.WaitIdle(ctx) != nil {
					return
				}
			}
			w.start(ctx, s)
		}()
	}
	go func() {
		wg.Wait()
		w.mu.Lock()
		delete(w.starts, id)
		w.mu.Unlock()
		cancel()
		close(done)
	}()
}

func (w *warmer) start(ctx context.Context, nw namedWorker) {
	err := nw.p.StartWorker(ctx)
	switch {
	case err == nil:
	case w.ctx.Err() != nil: // the node stops
	case errors.Is(ctx.Err(), context.DeadlineExceeded):
		w.log.Warn().Str("worker", nw.name).Dur("after", w.timeout).Msg("prove worker start given up; the next proof starts one")
	case ctx.Err() != nil: // cancelled by idle
	default:
		w.log.Warn().Err(err).Str("worker", nw.name).Msg("prove worker did not start; the next proof starts one")
	}
}

// idle stops the segment workers that are idle (not one that holds a proof
// or is being started by a proof), once no job of the node proves
// segments, so that the aggregations have their memory; it first cancels
// the segment worker starts under way (a job that reached its aggregations
// during one: a restart resuming from kept segments), which kills those
// workers. The aggregation and final workers stay.
func (w *warmer) idle() {
	w.cancelStarts()
	for _, s := range w.segments {
		if pid := s.p.StopIdleWorker(); pid != 0 {
			w.log.Info().Int("pid", pid).Str("worker", s.name).Msg("segments proven: idle segment prove worker stopped, its memory free for the aggregations")
		}
	}
}

// cancelStarts cancels the segment worker starts under way and waits (a
// minute at most) for them to return.
func (w *warmer) cancelStarts() {
	w.mu.Lock()
	var cancelled []chan struct{}
	for id, st := range w.starts {
		st.cancel()
		cancelled = append(cancelled, st.done)
		delete(w.starts, id)
	}
	w.mu.Unlock()
	// A cancelled start returns at once (the worker it started is killed),
	// but one that finished its load just before the cancel holds the
	// worker start until it returns, and StopIdleWorker leaves a worker
	// being started alone: wait for them, so that such a worker is
	// stopped too.
	wait := time.NewTimer(time.Minute)
	defer wait.Stop()
waiting:
	for _, d := range cancelled {
		select {
		case <-d:
		case <-wait.C:
			w.log.Warn().Msg("a cancelled prove worker start did not return within a minute")
			break waiting
		}
	}
}
