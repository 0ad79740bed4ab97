package jobs

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"

	"github.com/zkprover/zkprover/errs"
	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/prover/longrun"
	"github.com/zkprover/zkprover/queue"
	"github.com/zkprover/zkprover/recursion"
)

// tooLong is a Prover whose classes fit no run: every job goes to the long
// runs.
type tooLong struct{}

func (tooLong) Prove(context.Context, *executor.Program, *executor.Input, executor.Config) (*prover.Proof, error) {
	return nil, errs.ErrTooLong
}

// fakeLong is a LongProver that records the run it is given and returns a
// final proof form (no real proof) of the executed statement for the cycle
// budget it was asked for, plus skew.
type fakeLong struct {
	skew uint64
	mu   sync.Mutex
	runs []longrun.Run
}

func (f *fakeLong) SegmentClass() int { return 5 }

func (f *fakeLong) Prove(ctx context.Context, prog *executor.Program, in *executor.Input, run longrun.Run) (*prover.Proof, error) {
	f.mu.Lock()
	f.runs = append(f.runs, run)
	f.mu.Unlock()
	res, err := executor.Run(ctx, prog, in, run.Exec)
	if err != nil {
		return nil, err
	}
	return prover.NewFinalProof(5, 3, res.Cycles, run.MaxCycles+f.skew, res.Public(prog, in), &groth16bn254.Proof{})
}

// ProveTop returns a job-top document (no real proof) of the executed
// statement for the cycle budget it was asked for, plus skew.
func (f *fakeLong) ProveTop(ctx context.Context, prog *executor.Program, in *executor.Input, run longrun.Run) ([]byte, error) {
	f.mu.Lock()
	f.runs = append(f.runs, run)
	f.mu.Unlock()
	res, err := executor.Run(ctx, prog, in, run.Exec)
	if err != nil {
		return nil, err
	}
	return longrun.EncodeTop(5, &longrun.Top{Node: &longrun.Node{ChildInput: recursion.ChildInput{Proof: &groth16bn254.Proof{}}},
		Public: res.Public(prog, in), MaxCycles: run.MaxCycles + f.skew, Segments: 1})
}

// TestLongRunJobMaxCycles: a long job's final proof is made for the job's
// maxCycles (what the contracts hash into the final digest), not the
// node's lower cap the program runs under; a final proof for another
// budget fails the job.
func TestLongRunJobMaxCycles(t *testing.T) {
	const nodeCap = 1000
	for _, tc := range []struct {
		name string
		skew uint64
		want queue.State
	}{{"the job's maxCycles", 0, queue.Done}, {"another maxCycles", 1, queue.Failed}} {
		t.Run(tc.name, func(t *testing.T) {
			lr := NewLongRuns()
			fl := &fakeLong{skew: tc.skew}
			lr.Set(fl, nil)
			s := newService(t, Options{MaxCycles: nodeCap, LongRuns: lr, MaxTries: 1, Logger: testLogger()})
			sp, _ := fibSpec(t, &executor.Input{Onchain: []byte{10, 0, 0, 0}}) // maxCycles 2^16
			r, err := s.Build(sp)
			if err != nil {
				t.Fatal(err)
			}
			if r.MaxCycles != 1<<16 {
				t.Fatalf("the job's maxCycles is %d", r.MaxCycles)
			}
			job, err := s.Submit(context.Background(), r)
			if err != nil {
				t.Fatal(err)
			}
			pl := s.StartWorkers(tooLong{}, 1)
			defer pl.Stop(time.Minute)
			var done queue.Job
			waitUntil(t, "the job ends", func() bool {
				done, err = s.Get(context.Background(), job.ID)
				return err == nil && (done.State == queue.Done || done.State == queue.Failed)
			})
			if done.State != tc.want {
				t.Fatalf("job %s: %+v", done.State, done)
			}
			fl.mu.Lock()
			defer fl.mu.Unlock()
			if len(fl.runs) != 1 || fl.runs[0].Exec.MaxCycles != nodeCap || fl.runs[0].MaxCycles != 1<<16 {
				t.Fatalf("long runs %+v: want one, run under the node's cap %d, proven for the job's maxCycles %d", fl.runs, nodeCap, 1<<16)
			}
			if tc.want == queue.Failed && (done.Result == nil || !strings.Contains(done.Result.Error, "maxCycles")) {
				t.Fatalf("failed with %+v", done.Result)
			}
		})
	}
}

// TestRunCap: a job's RunCap stops its run below its MaxCycles (the bound a
// final proof attests, e.g. a subscription's 2^maxProofClass), and the
// node's cap still applies.
func TestRunCap(t *testing.T) {
	s := newService(t, Options{MaxCycles: 1000, Logger: testLogger()})
	for _, tc := range []struct{ max, cap, want uint64 }{
		{1 << 20, 0, 1000}, {1 << 20, 300, 300}, {200, 300, 200}, {1 << 20, 5000, 1000},
	} {
		if got := s.runConfig(&Request{MaxCycles: tc.max, RunCap: tc.cap}).MaxCycles; got != tc.want {
			t.Errorf("maxCycles %d, run cap %d: the run is capped at %d, want %d", tc.max, tc.cap, got, tc.want)
		}
	}
	// Executed: a run over its cap fails as too long.
	sp, _ := fibSpec(t, &executor.Input{Onchain: []byte{10, 0, 0, 0}})
	r, err := s.Build(sp)
	if err != nil {
		t.Fatal(err)
	}
	r.RunCap = 20
	if _, err := s.Execute(context.Background(), r); err == nil || !strings.Contains(err.Error(), "cycle") {
		t.Fatalf("a run over its cap: %v", err)
	}
}

// smallClasses is a Prover with one class of 2^6 steps that must not be
// asked to prove a run longer than that.
type smallClasses struct{ t *testing.T }

func (smallClasses) Classes() []prover.Manifest { return []prover.Manifest{{LogSteps: 6}} }

func (s smallClasses) Prove(context.Context, *executor.Program, *executor.Input, executor.Config) (*prover.Proof, error) {
	s.t.Error("a run longer than every class was given to the class prover")
	return nil, errs.ErrTooLong
}

// TestLongerThanEveryClass: a run longer than the prover's largest class
// goes straight to the long runs.
func TestLongerThanEveryClass(t *testing.T) {
	lr := NewLongRuns()
	fl := &fakeLong{}
	lr.Set(fl, nil)
	s := newService(t, Options{LongRuns: lr, Logger: testLogger()})
	sp, _ := fibSpec(t, &executor.Input{Onchain: []byte{10, 0, 0, 0}}) // 77 cycles > 2^6
	r, err := s.Build(sp)
	if err != nil {
		t.Fatal(err)
	}
	job, err := s.Submit(context.Background(), r)
	if err != nil {
		t.Fatal(err)
	}
	pl := s.StartWorkers(smallClasses{t}, 1)
	defer pl.Stop(time.Minute)
	waitUntil(t, "the job ends", func() bool {
		done, err := s.Get(context.Background(), job.ID)
		return err == nil && done.State.Terminal()
	})
	fl.mu.Lock()
	defer fl.mu.Unlock()
	if len(fl.runs) != 1 {
		t.Fatalf("%d long runs, want 1", len(fl.runs))
	}
}

// bigClasses is a Prover with a class every run here fits; it records the
// jobs it is asked to prove and fails them.
type bigClasses struct {
	mu    sync.Mutex
	calls int
}

func (*bigClasses) Classes() []prover.Manifest { return []prover.Manifest{{LogSteps: 16}} }

func (b *bigClasses) Prove(context.Context, *executor.Program, *executor.Input, executor.Config) (*prover.Proof, error) {
	b.mu.Lock()
	b.calls++
	b.mu.Unlock()
	return nil, errors.New("class prover asked")
}

// TestTopJobs: a job for aggregation (Request.Top) is proven by the long
// runs even when it fits a class, and keeps its top proof with its result;
// with long runs unavailable it is proven by its class, without a top; a
// job without Top that fits a class never reaches the long runs.
func TestTopJobs(t *testing.T) {
	for _, tc := range []struct {
		name      string
		top       bool
		available bool
		wantLong  int
		wantClass int
		skew      uint64 // the top proof's budget is the job's plus skew
		later     bool   // the keys fail once the job waits for them
	}{
		{"for aggregation", true, true, 1, 0, 0, false},
		{"for aggregation, a top proof of another budget", true, true, 1, 0, 1, false},
		{"for aggregation, long runs unavailable", true, false, 0, 1, 0, false},
		// the keys fail while the job waits for them (parked): it is taken
		// again and proven by its class, not left parked
		{"for aggregation, long runs failing while it waits", true, false, 0, 1, 0, true},
		{"an ordinary job", false, true, 0, 1, 0, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lr := NewLongRuns()
			fl := &fakeLong{skew: tc.skew}
			switch {
			case tc.available:
				lr.Set(fl, nil)
			case !tc.later:
				lr.Set(nil, errors.New("not enough memory"))
			}
			s := newService(t, Options{LongRuns: lr, MaxTries: 1, Logger: testLogger()})
			sp, _ := fibSpec(t, &executor.Input{Onchain: []byte{10, 0, 0, 0}})
			sp.Top = tc.top
			r, err := s.Build(sp)
			if err != nil || r.Top != tc.top {
				t.Fatalf("build: %v, top %v", err, r.Top)
			}
			job, err := s.Submit(context.Background(), r)
			if err != nil {
				t.Fatal(err)
			}
			cp := &bigClasses{}
			pl := s.StartWorkers(cp, 1)
			defer pl.Stop(time.Minute)
			if tc.later {
				waitUntil(t, "the job waits for the keys", func() bool {
					j, err := s.Get(context.Background(), job.ID)
					return err == nil && j.State == queue.Queued && j.Progress != nil && j.Progress.Stage == StageKeys
				})
				lr.Set(nil, errors.New("the key setup ran out of memory"))
			}
			var done queue.Job
			waitUntil(t, "the job ends", func() bool {
				done, err = s.Get(context.Background(), job.ID)
				return err == nil && done.State.Terminal()
			})
			fl.mu.Lock()
			defer fl.mu.Unlock()
			cp.mu.Lock()
			defer cp.mu.Unlock()
			if len(fl.runs) != tc.wantLong || cp.calls != tc.wantClass {
				t.Fatalf("%d long runs, %d class proofs; want %d, %d", len(fl.runs), cp.calls, tc.wantLong, tc.wantClass)
			}
			hasTop := done.Result != nil && len(done.Result.Top) > 0
			wantDone := tc.wantLong == 1 && tc.skew == 0
			if hasTop != wantDone || (done.State == queue.Done) != wantDone {
				t.Fatalf("job %s, top kept %v: %+v", done.State, hasTop, done.Result)
			}
			if wantDone && (len(done.Result.Proof) != 0 || len(done.Result.Public) == 0) {
				t.Fatalf("a job proven up to its top has a proof or no public values: %+v", done.Result)
			}
		})
	}
}
