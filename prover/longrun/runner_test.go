package longrun

import (
	"context"
	"errors"
	"testing"
)

// TestRunnerIdle: Runner.Idle is called when the last job in its segment
// stage leaves it (after its segments, or at its end when it ended
// before, unless it was the last job), once per job, and not while another
// job still proves segments; Runner.Quiet when the last job ends, not while
// another job is in any stage; a job whose provers could not be had never
// counted.
func TestRunnerIdle(t *testing.T) {
	ctx := context.Background()
	idle, quiet := 0, 0
	r := &Runner{Keys: &Keys{LogSteps: 5}, Idle: func() { idle++ }, Quiet: func() { quiet++ }}
	checkQ := func(step string, wantIdle, wantQuiet int) {
		t.Helper()
		if idle != wantIdle || quiet != wantQuiet {
			t.Fatalf("%s: Idle called %d times, Quiet %d, want %d and %d", step, idle, quiet, wantIdle, wantQuiet)
		}
	}
	check := func(step string, want int) {
		t.Helper()
		if idle != want {
			t.Fatalf("%s: Idle called %d times, want %d", step, idle, want)
		}
	}
	// job starts one: its options (AfterSegments counts it out) and its end
	job := func() (Options, func()) {
		t.Helper()
		o, end, err := r.options(ctx, Run{})
		if err != nil {
			t.Fatal(err)
		}
		return o, end
	}
	a, endA := job()
	b, endB := job()
	a.AfterSegments()
	checkQ("job a past its segments, job b in them", 0, 0)
	endA()
	checkQ("job a ended, job b in its segments", 0, 0)
	b.AfterSegments()
	checkQ("job b past its segments too (aggregating)", 1, 0)
	b.AfterSegments()
	endB()
	checkQ("job b's segments counted out again and its end", 1, 1)
	endB()
	checkQ("job b's end counted again", 1, 1)

	// a job that ends in its segment stage (an error, a cancel) as the
	// last job: Quiet, not Idle (nothing aggregates)
	_, endC := job()
	endC()
	checkQ("job c ended in its segments, the last job", 1, 2)
	// one that ends in its segments while another job aggregates: Idle
	agg, endAgg := job()
	agg.AfterSegments()
	checkQ("job agg past its segments", 2, 2)
	_, endC2 := job()
	endC2()
	checkQ("job c2 ended in its segments while agg aggregates", 3, 2)
	endAgg()
	checkQ("job agg ended", 3, 3)

	// a fleet job whose provers could not be had is not counted
	boom := errors.New("no fleet")
	r.ProversFor = func(context.Context, string) ([]SegmentProver, func(bool), error) { return nil, nil, boom }
	if _, _, err := r.options(ctx, Run{Job: "x"}); !errors.Is(err, boom) {
		t.Fatalf("ProversFor's error: %v", err)
	}
	r.ProversFor = nil
	d, endD := job()
	d.AfterSegments()
	checkQ("job d past its segments after the failed one", 4, 3)
	endD()
	checkQ("job d ended", 4, 4)

	// no Idle, no Quiet: nothing to call
	r.Idle, r.Quiet = nil, nil
	e, endE := job()
	e.AfterSegments()
	endE()
	check("a runner without Idle", 4)
}

// TestRunnerBusy: Runner.Busy is called when a job comes to a runner that had none, not for
// a job that comes while another runs.
func TestRunnerBusy(t *testing.T) {
	ctx := context.Background()
	busy := 0
	r := &Runner{Keys: &Keys{LogSteps: 5}, Busy: func() { busy++ }}
	job := func() func() {
		t.Helper()
		_, end, err := r.options(ctx, Run{})
		if err != nil {
			t.Fatal(err)
		}
		return end
	}
	endA := job()
	endB := job()
	if busy != 1 {
		t.Fatalf("two jobs in a row: Busy called %d times, want 1", busy)
	}
	endA()
	endB()
	endC := job()
	if busy != 2 {
		t.Fatalf("a job after the runner was quiet: Busy called %d times, want 2", busy)
	}
	endC()
}

// TestRunnerRecursion: a recursive proof made outside the runner's jobs (an
// aggregator's) counts as running: Busy when it is the first, Rest when it
// ends as the last (the node arms its idle-stop timer again), Quiet instead
// when a job ended while it ran; it never calls Idle (an aggregator's items
// would stop and restart the segment workers one by one).
func TestRunnerRecursion(t *testing.T) {
	busy, idle, quiet, rest := 0, 0, 0, 0
	r := &Runner{Keys: &Keys{LogSteps: 5}, Busy: func() { busy++ }, Idle: func() { idle++ }, Quiet: func() { quiet++ },
		Rest: func() { rest++ }}
	check := func(step string, b, i, q, re int) {
		t.Helper()
		if busy != b || idle != i || quiet != q || rest != re {
			t.Fatalf("%s: Busy %d, Idle %d, Quiet %d, Rest %d; want %d, %d, %d, %d", step, busy, idle, quiet, rest, b, i, q, re)
		}
	}
	end := r.Recursion()
	check("an aggregator's aggregation alone", 1, 0, 0, 0)
	if r.Running() != 1 {
		t.Fatalf("%d running", r.Running())
	}
	end()
	end()
	check("it ended (counted once)", 1, 0, 0, 1)

	// beside a job: the job's end owes Quiet, which the aggregation's end pays
	o, endJob, err := r.options(context.Background(), Run{})
	if err != nil {
		t.Fatal(err)
	}
	check("a job", 2, 0, 0, 1)
	end = r.Recursion()
	o.AfterSegments()
	check("the job past its segments, an aggregation beside it", 2, 1, 0, 1)
	endJob()
	check("the job ended, the aggregation runs", 2, 1, 0, 1)
	end()
	check("the aggregation ended, the last", 2, 1, 1, 1)

	// a job that starts and ends while an aggregation runs, the aggregation
	// ending last, then one alone again: Rest
	end = r.Recursion()
	_, endJob, err = r.options(context.Background(), Run{})
	if err != nil {
		t.Fatal(err)
	}
	endJob()
	end()
	// (the job ended in its segments while something else ran: Idle, as
	// beside another job's aggregations)
	check("a job within an aggregation", 3, 2, 2, 1)
	end = r.Recursion()
	end()
	check("an aggregation alone again", 4, 2, 2, 2)
}
