package node

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/rs/zerolog"
)

// fakeWorker is a prover whose worker start takes until release is closed
// (or its ctx ends) and whose WaitIdle waits until idle is closed.
type fakeWorker struct {
	release chan struct{}
	idleCh  chan struct{}
	// loaded: the start has loaded its keys and returns once release is
	// closed, whatever its ctx (a start that finished its load just
	// before a cancel)
	loaded bool

	mu        sync.Mutex
	begun     int   // starts begun
	up        bool  // a start finished
	cancelled error // the ctx error of the last cancelled start
	stopped   int   // StopIdleWorker calls that stopped a worker
	begin     chan struct{}
}

func newFakeWorker() *fakeWorker {
	return &fakeWorker{release: make(chan struct{}), idleCh: make(chan struct{}), begin: make(chan struct{}, 16)}
}

func (f *fakeWorker) StartWorker(ctx context.Context) error {
	if err := ctx.Err(); err != nil { // as prover.Prover: a start cancelled before its turn starts nothing
		return err
	}
	f.mu.Lock()
	if f.up {
		f.mu.Unlock()
		return nil
	}
	f.begun++
	f.mu.Unlock()
	f.begin <- struct{}{}
	if f.loaded {
		<-f.release
		f.mu.Lock()
		f.up = true
		f.mu.Unlock()
		return nil
	}
	select {
	case <-f.release:
		f.mu.Lock()
		f.up = true
		f.mu.Unlock()
		return nil
	case <-ctx.Done():
		f.mu.Lock()
		f.cancelled = ctx.Err()
		f.mu.Unlock()
		return ctx.Err()
	}
}

func (f *fakeWorker) StopIdleWorker() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	if !f.up {
		return 0
	}
	f.up = false
	f.stopped++
	return 1234
}

func (f *fakeWorker) WaitIdle(ctx context.Context) error {
	select {
	case <-f.idleCh:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (f *fakeWorker) state() (begun int, up bool, stopped int, cancelled error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.begun, f.up, f.stopped, f.cancelled
}

// idleWarmer is a warmer of one segment worker whose aggregation and final
// provers are idle, their workers warmed too with recursion.
func idleWarmer(recursion bool) (seg, agg, fin *fakeWorker, w *warmer) {
	seg, agg, fin = newFakeWorker(), newFakeWorker(), newFakeWorker()
	close(agg.idleCh)
	close(fin.idleCh)
	w = &warmer{ctx: context.Background(), log: zerolog.Nop(), timeout: time.Hour,
		segments: []namedWorker{{"segment", seg}}, busy: []workerProver{agg, fin}}
	if recursion {
		w.recursion = []namedWorker{{"aggregate", agg}, {"final", fin}}
	}
	return seg, agg, fin, w
}

// waitBegin waits for a start of f to begin.
func waitBegin(t *testing.T, f *fakeWorker, what string) {
	t.Helper()
	select {
	case <-f.begin:
	case <-time.After(time.Minute):
		t.Fatalf("%s: no start began", what)
	}
}

// eventually polls cond for up to a minute.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(time.Millisecond)
	}
}

// TestWarmerIdleCancelsSegmentStart: a job that reaches its aggregations
// while a segment worker is being started ahead (a restart resuming from
// kept segments) cancels that start, so that the worker does not load its
// key beside the aggregations; the aggregation and final worker starts are
// not cancelled; the next warm starts the segment worker again.
func TestWarmerIdleCancelsSegmentStart(t *testing.T) {
	seg, agg, fin, w := idleWarmer(true)
	w.warm()
	waitBegin(t, seg, "segment worker")
	waitBegin(t, agg, "aggregation worker")
	waitBegin(t, fin, "final worker")
	w.idle()
	eventually(t, "the segment worker start cancelled", func() bool { _, _, _, c := seg.state(); return c != nil })
	if _, _, _, c := seg.state(); !errors.Is(c, context.Canceled) {
		t.Fatalf("segment start ended with %v, want cancelled", c)
	}
	close(agg.release)
	close(fin.release)
	eventually(t, "the aggregation and final workers up", func() bool {
		_, a, _, _ := agg.state()
		_, f, _, _ := fin.state()
		return a && f
	})
	if _, _, _, c := agg.state(); c != nil {
		t.Fatalf("the aggregation worker start was cancelled: %v", c)
	}
	// the job ends: the segment worker is started again, and comes up
	w.warm()
	waitBegin(t, seg, "segment worker after the job")
	close(seg.release)
	eventually(t, "the segment worker up", func() bool { _, up, _, _ := seg.state(); return up })
	if n, _, _, _ := agg.state(); n != 1 {
		t.Fatalf("the aggregation worker, up, was started %d times", n)
	}
	// the next job's segments are proven: the idle segment worker stops,
	// the aggregation and final workers stay
	w.idle()
	if _, up, stopped, _ := seg.state(); up || stopped != 1 {
		t.Fatalf("segment worker up %v after idle (stopped %d times)", up, stopped)
	}
	if _, up, stopped, _ := agg.state(); !up || stopped != 0 {
		t.Fatalf("aggregation worker up %v (stopped %d times) after idle", up, stopped)
	}
}

// TestWarmerSegmentsAfterRecursionIdle: the segment workers start only once
// the aggregation and final provers are idle (a proof of theirs still under
// way holds its memory), and a warm cancelled by the node's end starts
// nothing.
func TestWarmerSegmentsAfterRecursionIdle(t *testing.T) {
	seg, agg, fin := newFakeWorker(), newFakeWorker(), newFakeWorker()
	close(fin.idleCh)
	ctx, cancel := context.WithCancel(context.Background())
	w := &warmer{ctx: ctx, log: zerolog.Nop(), timeout: time.Hour,
		segments: []namedWorker{{"segment", seg}}, busy: []workerProver{agg, fin}}
	w.warm()
	time.Sleep(50 * time.Millisecond)
	if n, _, _, _ := seg.state(); n != 0 {
		t.Fatal("the segment worker started while an aggregation was under way")
	}
	close(agg.idleCh)
	waitBegin(t, seg, "segment worker once the aggregation ended")
	cancel() // the node stops
	eventually(t, "the start under way cancelled by the node's end", func() bool { _, _, _, c := seg.state(); return c != nil })
	w.warm()
	time.Sleep(50 * time.Millisecond)
	if n, _, _, _ := seg.state(); n != 1 {
		t.Fatalf("%d segment worker starts, want 1: a warm after the node's end starts nothing", n)
	}
}

// TestWarmerKeepsStartUnderWay: a second warm (the last long job ended
// while the worker started ahead was still loading) leaves the start under
// way alone rather than killing a half-loaded worker, and every warm's
// starts are forgotten once they returned.
func TestWarmerKeepsStartUnderWay(t *testing.T) {
	seg, _, _, w := idleWarmer(false)
	w.warm()
	waitBegin(t, seg, "segment worker")
	w.warm()
	waitBegin(t, seg, "segment worker, second warm") // the fake has no start semaphore: both begin
	time.Sleep(50 * time.Millisecond)
	if _, _, _, c := seg.state(); c != nil {
		t.Fatalf("a second warm cancelled the start under way: %v", c)
	}
	close(seg.release)
	eventually(t, "the segment worker up and the warms forgotten", func() bool {
		_, up, _, _ := seg.state()
		w.mu.Lock()
		defer w.mu.Unlock()
		return up && len(w.starts) == 0
	})
}

// TestWarmerIdleWaitsForCancelledStart: a segment worker start that
// finished its load just before idle cancelled it still returns a live
// worker; idle waits for it and stops that worker too, so that it does not
// hold its key through the aggregations.
func TestWarmerIdleWaitsForCancelledStart(t *testing.T) {
	seg, _, _, w := idleWarmer(false)
	seg.loaded = true
	w.warm()
	waitBegin(t, seg, "segment worker")
	idled := make(chan struct{})
	go func() { w.idle(); close(idled) }()
	select {
	case <-idled:
		t.Fatal("idle returned while a cancelled start was still returning")
	case <-time.After(50 * time.Millisecond):
	}
	close(seg.release)
	select {
	case <-idled:
	case <-time.After(time.Minute):
		t.Fatal("idle did not return once the start had")
	}
	if _, up, stopped, _ := seg.state(); up || stopped != 1 {
		t.Fatalf("the worker the cancelled start left: up %v, stopped %d times; want stopped", up, stopped)
	}
}

// TestWarmerIdleStop: with worker-idle-stop, every idle prove worker (segment, aggregation,
// final) is stopped once no long job came for that long after rest; a long job that comes
// first (jobCame) keeps them; a fleet member (keep) keeps them; rest again arms it anew.
func TestWarmerIdleStop(t *testing.T) {
	seg, agg, fin, w := idleWarmer(true)
	w.idleStop = time.Second      // far longer than the two calls between rest and jobCame take
	var running, keep atomic.Bool // set before any timer: the timers' goroutines read them
	w.running = func() int {
		if running.Load() {
			return 1
		}
		return 0
	}
	w.keep = keep.Load
	for _, f := range []*fakeWorker{seg, agg, fin} {
		close(f.release)
	}
	up := func() bool {
		_, s, _, _ := seg.state()
		_, a, _, _ := agg.state()
		_, f, _, _ := fin.state()
		return s && a && f
	}
	w.warm()
	eventually(t, "the workers up", up)
	w.rest()
	w.jobCame() // a long job before the timer: the workers stay
	time.Sleep(1500 * time.Millisecond)
	if !up() {
		t.Fatal("a worker was stopped although a long job came")
	}
	w.rest() // the job ended
	eventually(t, "every worker stopped", func() bool {
		_, s, ns, _ := seg.state()
		_, a, na, _ := agg.state()
		_, f, nf, _ := fin.state()
		return !s && !a && !f && ns == 1 && na == 1 && nf == 1
	})
	// Started again by the next warm; a timer armed while a long job runs
	// (its Busy before the last job's Quiet) stops nothing; a fleet member
	// keeps them.
	w.warm()
	eventually(t, "the workers up again", up)
	running.Store(true)
	w.rest()
	time.Sleep(1500 * time.Millisecond)
	if !up() {
		t.Fatal("a worker was stopped while a long job runs")
	}
	running.Store(false)
	keep.Store(true)
	w.rest()
	time.Sleep(1500 * time.Millisecond)
	if !up() {
		t.Fatal("a fleet member's worker was stopped")
	}
}
