package jobs

import (
	"context"
	"errors"
	"testing"

	"github.com/zkprover/zkprover/auth"
	"github.com/zkprover/zkprover/errs"
	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/queue"
)

// TestSubmitKeyed: a job is queued once under its key: a later SubmitKeyed
// (by another client, with another request) returns it with existed true and
// queues nothing; JobOfKey finds it; Submit (no key) always queues.
func TestSubmitKeyed(t *testing.T) {
	s := newService(t, Options{Logger: testLogger()})
	sp, _ := fibSpec(t, &executor.Input{Onchain: []byte{5, 0, 0, 0}})
	r, err := s.Build(sp)
	if err != nil {
		t.Fatal(err)
	}
	alice := auth.With(context.Background(), auth.Principal{Name: "alice", Role: auth.Submit})
	bob := auth.With(context.Background(), auth.Principal{Name: "bob", Role: auth.Submit})
	first, existed, err := s.SubmitKeyed(alice, "door:1", r)
	if err != nil || existed || first.Key != "door:1" {
		t.Fatalf("first: %+v %v %v", first, existed, err)
	}
	other := *r
	other.Onchain = []byte{6, 0, 0, 0}
	again, existed, err := s.SubmitKeyed(bob, "door:1", &other)
	if err != nil || !existed || again.ID != first.ID || again.Owner != "alice" {
		t.Fatalf("again: %+v %v %v, want job %s existing", again, existed, err, first.ID)
	}
	if j, err := s.JobOfKey("door:1"); err != nil || j.ID != first.ID {
		t.Fatalf("JobOfKey: %+v %v", j, err)
	}
	if _, err := s.JobOfKey("door:2"); !errors.Is(err, queue.ErrNotFound) {
		t.Fatalf("JobOfKey of an unused key: %v", err)
	}
	for range 2 {
		if _, err := s.Submit(alice, r); err != nil {
			t.Fatal(err)
		}
	}
	if n := len(s.Store().Pending()); n != 3 {
		t.Fatalf("%d jobs queued, want 3", n)
	}
}

// TestAdmissionOutsideCallersOnly: the admission rate limits callers that a
// door identified (anonymous ones included: one shared limit), not the
// node's own submissions (the chain door's requests, whose context carries
// no principal), which were refused for good once a burst of outside calls
// or a listener catching up used the shared limit.
func TestAdmissionOutsideCallersOnly(t *testing.T) {
	s := newService(t, Options{Logger: testLogger(), AdmissionRate: 0.0001, AdmissionBurst: 1})
	sp, _ := fibSpec(t, &executor.Input{Onchain: []byte{5, 0, 0, 0}})
	r, err := s.Build(sp)
	if err != nil {
		t.Fatal(err)
	}
	anon := auth.With(context.Background(), auth.Anonymous)
	if _, err := s.Submit(anon, r); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Submit(anon, r); !errors.Is(err, errs.ErrRateLimited) {
		t.Fatalf("an anonymous caller over the rate: %v", err)
	}
	for i := range 3 {
		if _, err := s.Submit(context.Background(), r); err != nil {
			t.Fatalf("the node's own submission %d: %v", i, err)
		}
	}
}

// TestSubmitKeyedWhenFull: with the caller's share of the queue full, a keyed request whose
// job exists is still answered with that job (the store's bounds are checked first, before
// the program is loaded and stored, but not for a retry), and a new one is refused.
func TestSubmitKeyedWhenFull(t *testing.T) {
	o := queue.DefaultOptions()
	o.MaxPendingPerOwner = 1
	s := newServiceOn(t, o, Options{Logger: testLogger()})
	sp, _ := fibSpec(t, &executor.Input{Onchain: []byte{5, 0, 0, 0}})
	r, err := s.Build(sp)
	if err != nil {
		t.Fatal(err)
	}
	alice := auth.With(context.Background(), auth.Principal{Name: "alice", Role: auth.Submit})
	first, _, err := s.SubmitKeyed(alice, "door:1", r)
	if err != nil {
		t.Fatal(err)
	}
	again, existed, err := s.SubmitKeyed(alice, "door:1", r)
	if err != nil || !existed || again.ID != first.ID {
		t.Fatalf("a retry with alice's share full: %+v %v %v", again, existed, err)
	}
	if _, _, err := s.SubmitKeyed(alice, "door:2", r); !errors.Is(err, queue.ErrOwnerFull) {
		t.Fatalf("a new keyed job with alice's share full: %v", err)
	}
	if _, err := s.Submit(alice, r); !errors.Is(err, queue.ErrOwnerFull) {
		t.Fatalf("a new job with alice's share full: %v", err)
	}
	// a request invalid on its face is told so, not told to retry later
	bad := *r
	bad.MaxCycles = 0
	if _, err := s.Submit(alice, &bad); !errors.Is(err, errs.ErrInvalid) {
		t.Fatalf("an invalid job with alice's share full: %v", err)
	}
}
