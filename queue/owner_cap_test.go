package queue

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"
)

// TestMaxPendingPerOwner: an owner with MaxPendingPerOwner jobs queued or running is refused
// a new one (ErrOwnerFull, a queue-full error) while other owners and jobs without an owner
// are still admitted; a finished job makes room; concurrent Adds of one owner never take it
// past its bound; a restart counts the stored jobs again.
func TestMaxPendingPerOwner(t *testing.T) {
	dir := t.TempDir()
	opts := DefaultOptions()
	opts.MaxPendingPerOwner = 2
	s := open(t, dir, opts)
	addFor := func(owner string) error {
		_, err := s.Add(NewJob{Request: []byte("r"), Owner: owner})
		return err
	}
	for i := 0; i < 2; i++ {
		if err := addFor("alice"); err != nil {
			t.Fatal(err)
		}
	}
	if err := addFor("alice"); !errors.Is(err, ErrOwnerFull) || !errors.Is(err, ErrQueueFull) {
		t.Fatalf("alice's third job: %v", err)
	}
	for i := 0; i < 3; i++ {
		if err := addFor(""); err != nil {
			t.Fatalf("a job without an owner: %v", err)
		}
	}
	if err := addFor("bob"); err != nil {
		t.Fatalf("bob's first job: %v", err)
	}
	// alice's first job runs (still hers), then finishes: room for one more.
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	j, _, err := s.Next(ctx)
	if err != nil || j.Owner != "alice" {
		t.Fatalf("next: %+v %v", j, err)
	}
	if err := addFor("alice"); !errors.Is(err, ErrOwnerFull) {
		t.Fatalf("alice's third job with one running: %v", err)
	}
	if _, err := s.Finish(j.ID, Done, Result{}); err != nil {
		t.Fatal(err)
	}
	if err := addFor("alice"); err != nil {
		t.Fatalf("alice's job after one finished: %v", err)
	}
	if err := addFor("alice"); !errors.Is(err, ErrOwnerFull) {
		t.Fatalf("alice past her bound again: %v", err)
	}
	// After a restart the stored jobs count.
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = open(t, dir, opts)
	defer s.Close()
	if err := addFor("alice"); !errors.Is(err, ErrOwnerFull) {
		t.Fatalf("alice past her bound after a restart: %v", err)
	}
	// Concurrent Adds of one owner: exactly the bound is admitted.
	var wg sync.WaitGroup
	var mu sync.Mutex
	admitted := 0
	for i := 0; i < 16; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			_, err := s.Add(NewJob{Request: []byte(fmt.Sprint(i)), Owner: "carol"})
			switch {
			case err == nil:
				mu.Lock()
				admitted++
				mu.Unlock()
			case !errors.Is(err, ErrOwnerFull):
				t.Error(err)
			}
		}(i)
	}
	wg.Wait()
	if admitted != 2 {
		t.Fatalf("%d of carol's concurrent jobs admitted, want 2", admitted)
	}
}
