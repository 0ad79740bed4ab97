package queue

import (
	"context"
	"fmt"
	"testing"
	"time"
)

// TestNextSkipping: NextSkipping passes over the jobs skip names, which
// stay queued in their place; it waits when every queued job is skipped,
// and wakes when a job is queued.
func TestNextSkipping(t *testing.T) {
	s := open(t, t.TempDir(), DefaultOptions())
	defer s.Close()
	a, b := enqueue(t, s, "a"), enqueue(t, s, "b")
	skipA := func(j Job) bool { return j.ID == a.ID }
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	j, req, err := s.NextSkipping(ctx, skipA)
	if err != nil || j.ID != b.ID || string(req) != "b" {
		t.Fatalf("took %s %q, %v; want b", j.ID, req, err)
	}
	if got := s.Pending(); fmt.Sprint(got) != fmt.Sprint([]string{a.ID}) {
		t.Fatalf("pending %v, want [a]", got)
	}
	// Only skipped jobs queued: it waits, and takes the next job queued.
	got := make(chan Job, 1)
	go func() {
		j, _, err := s.NextSkipping(ctx, skipA)
		if err != nil {
			t.Error(err)
		}
		got <- j
	}()
	select {
	case j := <-got:
		t.Fatalf("took %s with only skipped jobs queued", j.ID)
	case <-time.After(50 * time.Millisecond):
	}
	c := enqueue(t, s, "c")
	if j := <-got; j.ID != c.ID {
		t.Fatalf("took %s, want c", j.ID)
	}
	if j, _ := next(t, s); j.ID != a.ID {
		t.Fatalf("Next took %s, want a (in its place)", j.ID)
	}
	if n := s.Counts(); n[Queued] != 0 || n[Running] != 3 {
		t.Fatalf("counts %v", n)
	}
}
