package longrun

import (
	"context"
	"errors"
	"testing"
)

// TestRunnerIdle: Runner.Idle is called when the last job in its segment
// stage leaves it (after its segments, or at its end when it ended
// before), once per job, and not while another job still proves segments;
// a job whose provers could not be had never counted.
func TestRunnerIdle(t *testing.T) {
	ctx := context.Background()
	idle := 0
	r := &Runner{Keys: &Keys{LogSteps: 5}, Idle: func() { idle++ }}
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
	check("job a past its segments, job b in them", 0)
	endA()
	check("job a ended, job b in its segments", 0)
	b.AfterSegments()
	check("job b past its segments too", 1)
	b.AfterSegments()
	endB()
	check("job b's segments counted out again and its end", 1)

	// a job that ends in its segment stage (an error, a cancel)
	_, endC := job()
	endC()
	check("job c ended in its segments", 2)

	// a fleet job whose provers could not be had is not counted
	boom := errors.New("no fleet")
	r.ProversFor = func(context.Context, string) ([]SegmentProver, func(bool), error) { return nil, nil, boom }
	if _, _, err := r.options(ctx, Run{Job: "x"}); !errors.Is(err, boom) {
		t.Fatalf("ProversFor's error: %v", err)
	}
	r.ProversFor = nil
	d, endD := job()
	d.AfterSegments()
	check("job d past its segments after the failed one", 3)
	endD()

	// no Idle: nothing to call
	r.Idle = nil
	e, endE := job()
	e.AfterSegments()
	endE()
	check("a runner without Idle", 3)
}
