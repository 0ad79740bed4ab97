package jobs

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"

	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/queue"
)

// waitWithin is waitUntil with its own deadline.
func waitWithin(t *testing.T, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(time.Millisecond)
	}
}

// resultError is a job's failure in words ("" for none).
func resultError(j queue.Job) string {
	if j.Result == nil {
		return ""
	}
	return j.Result.Error
}

// submitFib queues a run of the fibonacci example of input n.
func submitFib(t *testing.T, s *Service, n byte) queue.Job {
	t.Helper()
	sp, _ := fibSpec(t, &executor.Input{Onchain: []byte{n, 0, 0, 0}})
	r, err := s.Build(sp)
	if err != nil {
		t.Fatal(err)
	}
	job, err := s.Submit(context.Background(), r)
	if err != nil {
		t.Fatal(err)
	}
	return job
}

// flakyFinish makes the service's first fails records of an outcome fail
// as a full disk would.
func flakyFinish(s *Service, fails int) *int {
	var mu sync.Mutex
	calls := new(int)
	finish := s.finish
	s.finishBackoff = []time.Duration{time.Millisecond, 2 * time.Millisecond, 5 * time.Millisecond}
	s.finish = func(id string, to queue.State, res queue.Result) (queue.Job, error) {
		mu.Lock()
		*calls++
		fail := *calls <= fails
		mu.Unlock()
		if fail {
			return queue.Job{}, errors.New("writing job: no space left on device")
		}
		return finish(id, to, res)
	}
	return calls
}

// TestFinishRetried: a job whose outcome the store fails to record is not
// left running without a worker: the record is tried again and the job
// ends done; when every try fails, the job goes back to the queue and is
// proven again.
func TestFinishRetried(t *testing.T) {
	for _, tc := range []struct {
		name         string
		fails        int
		wantAttempts int
	}{{"a transient failure", 2, 1}, {"a failure past the tries", 4, 2}} {
		t.Run(tc.name, func(t *testing.T) {
			lr := NewLongRuns()
			fl := &fakeLong{}
			lr.Set(fl, nil)
			s := newService(t, Options{LongRuns: lr, Logger: testLogger()})
			flakyFinish(s, tc.fails)
			job := submitFib(t, s, 10)
			pl := s.StartWorkers(tooLong{}, 1)
			defer pl.Stop(time.Minute)
			var done queue.Job
			waitWithin(t, time.Minute, "the job is done", func() bool {
				var err error
				done, err = s.Get(context.Background(), job.ID)
				return err == nil && done.State.Terminal()
			})
			if done.State != queue.Done || done.Attempts != tc.wantAttempts {
				t.Fatalf("job %s after %d attempts, want done after %d (%s)", done.State, done.Attempts, tc.wantAttempts, resultError(done))
			}
			if n := s.Store().Counts(); n[queue.Running] != 0 || n[queue.Queued] != 0 {
				t.Fatalf("counts %v", n)
			}
			fl.mu.Lock()
			defer fl.mu.Unlock()
			if len(fl.runs) != tc.wantAttempts {
				t.Fatalf("%d long runs, want %d", len(fl.runs), tc.wantAttempts)
			}
		})
	}
}

// tinyClasses is a Prover with one class of 2^6 steps: it proves the runs
// that fit it (a final proof form, no real proof) and counts them; a
// longer run given to it is an error of the test.
type tinyClasses struct {
	t     *testing.T
	mu    sync.Mutex
	calls int
}

func (*tinyClasses) Classes() []prover.Manifest { return []prover.Manifest{{LogSteps: 6}} }

func (c *tinyClasses) Prove(ctx context.Context, prog *executor.Program, in *executor.Input, cfg executor.Config) (*prover.Proof, error) {
	res, err := executor.Run(ctx, prog, in, cfg)
	if err != nil {
		return nil, err
	}
	if res.Cycles > 1<<6 {
		c.t.Errorf("a run of %d cycles given to a class of 2^6", res.Cycles)
	}
	c.mu.Lock()
	c.calls++
	c.mu.Unlock()
	return prover.NewFinalProof(5, 1, res.Cycles, cfg.MaxCycles, res.Public(prog, in), &groth16bn254.Proof{})
}

// TestLongJobWaitsInQueue: with one worker, a long job that arrives while
// the long-run keys are being made does not hold the worker: it waits in
// the queue (stage keys) while the small job behind it is proven, and is
// proven once the keys are there.
func TestLongJobWaitsInQueue(t *testing.T) {
	lr := NewLongRuns()
	fl := &fakeLong{}
	s := newService(t, Options{LongRuns: lr, Logger: testLogger()})
	long, small := submitFib(t, s, 10), submitFib(t, s, 1) // 77 cycles, longer than the class; and a short run
	cp := &tinyClasses{t: t}
	pl := s.StartWorkers(cp, 1)
	defer pl.Stop(time.Minute)
	waitWithin(t, time.Minute, "the small job is done", func() bool {
		j, err := s.Get(context.Background(), small.ID)
		return err == nil && j.State == queue.Done
	})
	j, err := s.Get(context.Background(), long.ID)
	if err != nil || j.State != queue.Queued || j.Progress == nil || j.Progress.Stage != StageKeys {
		t.Fatalf("the long job: %s, progress %+v (%s), %v; want queued at stage keys", j.State, j.Progress, resultError(j), err)
	}
	// Another job queued meanwhile is proven too.
	third := submitFib(t, s, 2)
	waitWithin(t, time.Minute, "the third job is done", func() bool {
		j, err := s.Get(context.Background(), third.ID)
		return err == nil && j.State == queue.Done
	})
	lr.Set(fl, nil)
	waitWithin(t, time.Minute, "the long job is done", func() bool {
		j, err = s.Get(context.Background(), long.ID)
		return err == nil && j.State.Terminal()
	})
	if j.State != queue.Done {
		t.Fatalf("the long job: %s (%s)", j.State, resultError(j))
	}
	fl.mu.Lock()
	defer fl.mu.Unlock()
	cp.mu.Lock()
	defer cp.mu.Unlock()
	if len(fl.runs) != 1 || cp.calls != 2 {
		t.Fatalf("%d long runs, %d class proofs; want 1, 2", len(fl.runs), cp.calls)
	}
}

// TestLongJobLongRunsOff: long runs that no start of this node will have
// (a machine too small: ErrLongRunsOff) fail a long job at once with the
// reason, as when long runs are turned off, rather than leave it queued
// for keys that will not come.
func TestLongJobLongRunsOff(t *testing.T) {
	lr := NewLongRuns()
	lr.Set(nil, fmt.Errorf("%w: this machine has 8 GiB of memory", ErrLongRunsOff))
	s := newService(t, Options{LongRuns: lr, Logger: testLogger()})
	long := submitFib(t, s, 10)
	small := submitFib(t, s, 1)
	pl := s.StartWorkers(&tinyClasses{t: t}, 1)
	defer pl.Stop(time.Minute)
	var j queue.Job
	waitWithin(t, time.Minute, "the long job ends", func() bool {
		var err error
		j, err = s.Get(context.Background(), long.ID)
		return err == nil && j.State.Terminal()
	})
	if j.State != queue.Failed || !strings.Contains(resultError(j), "8 GiB") {
		t.Fatalf("the long job: %s (%s), want failed with the reason", j.State, resultError(j))
	}
	waitWithin(t, time.Minute, "the small job is done", func() bool {
		j, err := s.Get(context.Background(), small.ID)
		return err == nil && j.State == queue.Done
	})
}

// TestLongJobKeysFail: when the long-run keys cannot be made (before the
// long job arrives, or while it waits), the long job is not failed and
// keeps its segment proofs: it stays queued, the jobs behind it are proven,
// and a start of the node with the keys proves it from its kept proofs.
func TestLongJobKeysFail(t *testing.T) {
	for _, failFirst := range []bool{true, false} {
		name := "keys failed before"
		if !failFirst {
			name = "keys fail while it waits"
		}
		t.Run(name, func(t *testing.T) {
			lr := NewLongRuns()
			s := newService(t, Options{LongRuns: lr, Logger: testLogger()})
			st := s.Store()
			long := submitFib(t, s, 10)
			// An earlier attempt kept a segment proof.
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			if j, _, err := st.Next(ctx); err != nil || j.ID != long.ID {
				t.Fatalf("taking the job: %v", err)
			}
			if err := st.PutPart(long.ID, "segment-0", []byte("kept")); err != nil {
				t.Fatal(err)
			}
			if err := st.Requeue(long.ID); err != nil {
				t.Fatal(err)
			}
			if failFirst {
				lr.Set(nil, errors.New("the key setup ran out of memory"))
			}
			small := submitFib(t, s, 1)
			cp := &tinyClasses{t: t}
			pl := s.StartWorkers(cp, 1)
			waitWithin(t, time.Minute, "the small job is done", func() bool {
				j, err := s.Get(context.Background(), small.ID)
				return err == nil && j.State == queue.Done
			})
			if !failFirst {
				lr.Set(nil, errors.New("the key setup ran out of memory"))
			}
			other := submitFib(t, s, 2)
			waitWithin(t, time.Minute, "another small job is done", func() bool {
				j, err := s.Get(context.Background(), other.ID)
				return err == nil && j.State == queue.Done
			})
			j, err := s.Get(context.Background(), long.ID)
			if err != nil || j.State != queue.Queued {
				t.Fatalf("the long job: %s (%s), %v; want queued", j.State, resultError(j), err)
			}
			if parts, err := st.Parts(long.ID); err != nil || len(parts) != 1 {
				t.Fatalf("the long job's parts: %v, %v; want its kept segment proof", parts, err)
			}
			pl.Stop(time.Minute)

			// The next start has the keys.
			lr2 := NewLongRuns()
			fl := &fakeLong{}
			lr2.Set(fl, nil)
			s2 := New(st, Options{LongRuns: lr2, Logger: testLogger()})
			pl2 := s2.StartWorkers(cp, 1)
			defer pl2.Stop(time.Minute)
			waitWithin(t, time.Minute, "the long job is done", func() bool {
				j, err = s2.Get(context.Background(), long.ID)
				return err == nil && j.State.Terminal()
			})
			if j.State != queue.Done {
				t.Fatalf("the long job: %s (%s)", j.State, resultError(j))
			}
			fl.mu.Lock()
			defer fl.mu.Unlock()
			if len(fl.runs) != 1 || string(fl.runs[0].Kept["segment-0"]) != "kept" {
				t.Fatalf("long runs %+v: want one, from the kept segment proof", fl.runs)
			}
		})
	}
}

// TestLongJobKeysRetried: keys that failed and are made on a later try
// (LongRuns.Retry, then Set) prove the long job that waited in the queue,
// in the same process and from its place; Retry does nothing once the keys
// are there or when long runs are off.
func TestLongJobKeysRetried(t *testing.T) {
	lr := NewLongRuns()
	s := newService(t, Options{LongRuns: lr, Logger: testLogger()})
	lr.Set(nil, errors.New("no space left on device"))
	long := submitFib(t, s, 10)
	cp := &tinyClasses{t: t}
	pl := s.StartWorkers(cp, 1)
	defer pl.Stop(time.Minute)
	small := submitFib(t, s, 1)
	waitWithin(t, time.Minute, "the small job is done", func() bool {
		j, err := s.Get(context.Background(), small.ID)
		return err == nil && j.State == queue.Done
	})
	if j, err := s.Get(context.Background(), long.ID); err != nil || j.State != queue.Queued {
		t.Fatalf("the long job: %s (%s), %v; want queued", j.State, resultError(j), err)
	}
	if !lr.Retry("making keys again") {
		t.Fatal("Retry after a failure did nothing")
	}
	if st := lr.State(); st != "making keys again" {
		t.Fatalf("state %q after Retry", st)
	}
	if _, err := lr.now(); !errors.Is(err, errKeysPending) {
		t.Fatalf("after Retry: %v, want the keys pending", err)
	}
	// A small job is still proven while the keys are made again.
	other := submitFib(t, s, 2)
	waitWithin(t, time.Minute, "another small job is done", func() bool {
		j, err := s.Get(context.Background(), other.ID)
		return err == nil && j.State == queue.Done
	})
	fl := &fakeLong{}
	lr.Set(fl, nil)
	var j queue.Job
	waitWithin(t, time.Minute, "the long job is done", func() bool {
		var err error
		j, err = s.Get(context.Background(), long.ID)
		return err == nil && j.State.Terminal()
	})
	if j.State != queue.Done {
		t.Fatalf("the long job: %s (%s)", j.State, resultError(j))
	}
	if lr.Retry("again") || !strings.HasPrefix(lr.State(), "ready") {
		t.Fatalf("Retry with the keys there: state %q", lr.State())
	}
	off := NewLongRuns()
	off.Set(nil, fmt.Errorf("%w: too small", ErrLongRunsOff))
	if off.Retry("again") {
		t.Fatal("Retry of long runs that are off")
	}
	if off.Retry("x"); !strings.HasPrefix(off.State(), "unavailable") {
		t.Fatalf("state %q", off.State())
	}
}

// gateProver holds each proof until released, and says when one starts.
type gateProver struct {
	started chan struct{}
	release chan struct{}
}

func (g *gateProver) Prove(ctx context.Context, _ *executor.Program, _ *executor.Input, _ executor.Config) (*prover.Proof, error) {
	g.started <- struct{}{}
	select {
	case <-g.release:
	case <-ctx.Done():
	}
	return nil, errors.New("released")
}

// TestHaltTakesNoFurtherJob: once the service halts, a worker whose job
// ends takes no further job, though the pool's Stop comes later (the node
// stops its other parts first): the queued job stays queued for the next
// start rather than being started and cut short by the grace.
func TestHaltTakesNoFurtherJob(t *testing.T) {
	s := newService(t, Options{Logger: testLogger()})
	first, second := submitFib(t, s, 1), submitFib(t, s, 2)
	g := &gateProver{started: make(chan struct{}, 2), release: make(chan struct{})}
	pl := s.StartWorkers(g, 1)
	<-g.started // the first job runs
	s.Halt()
	close(g.release)
	waitWithin(t, time.Minute, "the first job stops running", func() bool {
		j, err := s.store.Get(first.ID)
		return err == nil && j.State != queue.Running
	})
	select {
	case <-g.started:
		t.Fatal("a job started after the service halted")
	case <-time.After(time.Second):
	}
	pl.Stop(time.Minute)
	if j, err := s.store.Get(second.ID); err != nil || j.State != queue.Queued {
		t.Fatalf("the second job: %+v %v, want it queued", j, err)
	}
}

// flakyProver fails its first proofs with fail, then proves as tinyClasses.
type flakyProver struct {
	tinyClasses
	mu    sync.Mutex
	fails int
	fail  error
	tries int
}

func (f *flakyProver) Prove(ctx context.Context, prog *executor.Program, in *executor.Input, cfg executor.Config) (*prover.Proof, error) {
	f.mu.Lock()
	f.tries++
	failing := f.tries <= f.fails
	f.mu.Unlock()
	if failing {
		return nil, f.fail
	}
	return f.tinyClasses.Prove(ctx, prog, in, cfg)
}

// TestNodeFailureRetried: a job that fails inside the node (a prove worker
// that died: reason internal) is queued again and proven at its next try;
// one that keeps failing so fails for good at MaxTries; a failure of the
// job itself (its proof did not fit any class: too_long) is not tried again.
func TestNodeFailureRetried(t *testing.T) {
	died := errors.New("prove worker died: signal: killed")
	for _, c := range []struct {
		name     string
		fails    int
		fail     error
		state    queue.State
		tries    int
		reason   string
		requeues int // starts before, ended by a shutdown's requeue: not counted
	}{
		{"once", 1, died, queue.Done, 2, "", 0},
		{"always", 100, died, queue.Failed, 3, "internal", 0},
		{"the job's", 100, fmt.Errorf("proving: %w", executor.ErrTraceTooLong), queue.Failed, 1, "too_long", 0},
		{"once, after two shutdowns", 1, died, queue.Done, 2, "", 2},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := newService(t, Options{Logger: testLogger(), MaxTries: 3})
			job := submitFib(t, s, 1)
			for range c.requeues {
				if _, _, err := s.store.Next(context.Background()); err != nil {
					t.Fatal(err)
				}
				if err := s.store.Requeue(job.ID); err != nil {
					t.Fatal(err)
				}
			}
			fp := &flakyProver{tinyClasses: tinyClasses{t: t}, fails: c.fails, fail: c.fail}
			pl := s.StartWorkers(fp, 1)
			defer pl.Stop(time.Minute)
			var j queue.Job
			waitWithin(t, time.Minute, "the job ends", func() bool {
				var err error
				j, err = s.store.Get(job.ID)
				return err == nil && j.State.Terminal()
			})
			fp.mu.Lock()
			tries := fp.tries
			fp.mu.Unlock()
			if j.State != c.state || tries != c.tries || j.Attempts != c.tries+c.requeues || j.Retries != min(c.tries-1, 2) ||
				(c.reason != "" && (j.Result == nil || j.Result.Reason != c.reason)) {
				t.Fatalf("%s after %d tries (%d attempts, %d retries, %+v); want %s after %d, reason %q", j.State, tries, j.Attempts, j.Retries, j.Result, c.state, c.tries, c.reason)
			}
		})
	}
}
