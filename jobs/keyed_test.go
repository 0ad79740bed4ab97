package jobs

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

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
	s, r := shareOfOne(t)
	alice := asClient("alice")
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

// TestCheckRoom: a door's check before any costly work refuses a caller
// whose share of the queue is full (not another caller), answers a retry of
// a job queued under one of its keys, and refuses everything once the node
// halts.
func TestCheckRoom(t *testing.T) {
	s, r := shareOfOne(t)
	alice, bob := asClient("alice"), asClient("bob")
	if err := s.CheckRoom(alice); err != nil {
		t.Fatalf("room before any job: %v", err)
	}
	if _, _, err := s.SubmitKeyed(alice, "door:1", r); err != nil {
		t.Fatal(err)
	}
	if err := s.CheckRoom(alice); !errors.Is(err, queue.ErrOwnerFull) {
		t.Fatalf("alice's share full: %v", err)
	}
	if err := s.CheckRoom(alice, "", "door:2"); !errors.Is(err, queue.ErrOwnerFull) {
		t.Fatalf("alice's share full, a new key: %v", err)
	}
	if err := s.CheckRoom(alice, "door:2", "door:1"); err != nil {
		t.Fatalf("a retry under a key whose job exists: %v", err)
	}
	if err := s.CheckRoom(bob); err != nil {
		t.Fatalf("bob's share: %v", err)
	}
	s.Halt()
	if err := s.CheckRoom(bob); !errors.Is(err, errs.ErrShuttingDown) {
		t.Fatalf("halting: %v", err)
	}
	if err := s.CheckExecRoom(); !errors.Is(err, errs.ErrShuttingDown) {
		t.Fatalf("halting, a run without a proof: %v", err)
	}
}

// TestCheckExecRoom: with every place for runs without a proof taken, the
// check refuses at once (too_many_executions) before a door loads anything.
func TestCheckExecRoom(t *testing.T) {
	s := newService(t, Options{Logger: testLogger(), MaxExecutions: 1})
	if err := s.CheckExecRoom(); err != nil {
		t.Fatal(err)
	}
	s.execs <- struct{}{} // a run in progress
	if err := s.CheckExecRoom(); !errors.Is(err, errs.ErrTooManyExecutions) {
		t.Fatalf("every place taken: %v", err)
	}
	<-s.execs
	if err := s.CheckExecRoom(); err != nil {
		t.Fatalf("the place given back: %v", err)
	}
}

// TestIDSpellings: a job is found, waited on and cancelled under every
// spelling of its UUID (upper case, braces, urn:uuid:), as the aggregator
// channel already found it; a non-UUID is refused as invalid.
func TestIDSpellings(t *testing.T) {
	s := newService(t, Options{Logger: testLogger()})
	sp, _ := fibSpec(t, &executor.Input{Onchain: []byte{5, 0, 0, 0}})
	r, err := s.Build(sp)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	job, err := s.Submit(ctx, r)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{strings.ToUpper(job.ID), "{" + job.ID + "}", "urn:uuid:" + job.ID} {
		got, err := s.Get(ctx, id)
		if err != nil || got.ID != job.ID {
			t.Fatalf("Get(%s): %+v %v", id, got, err)
		}
		if got, err = s.Wait(ctx, id, time.Millisecond); err != nil || got.ID != job.ID {
			t.Fatalf("Wait(%s): %+v %v", id, got, err)
		}
	}
	if err := s.Cancel(ctx, strings.ToUpper(job.ID)); err != nil {
		t.Fatalf("Cancel under upper case: %v", err)
	}
	if got, err := s.Get(ctx, job.ID); err != nil || got.State != queue.Cancelled {
		t.Fatalf("after the cancel: %+v %v", got, err)
	}
	if _, err := s.Get(ctx, "job-1"); !errors.Is(err, errs.ErrInvalid) {
		t.Fatalf("a non-UUID: %v", err)
	}
}

// shareOfOne is a service whose clients may each have one job queued or
// running, and a fibonacci request with its ELF.
func shareOfOne(t *testing.T) (*Service, *Request) {
	t.Helper()
	o := queue.DefaultOptions()
	o.MaxPendingPerOwner = 1
	s := newServiceOn(t, o, Options{Logger: testLogger()})
	sp, _ := fibSpec(t, &executor.Input{Onchain: []byte{5, 0, 0, 0}})
	r, err := s.Build(sp)
	if err != nil {
		t.Fatal(err)
	}
	return s, r
}

// asClient is the context of an authenticated client with the submit role.
func asClient(name string) context.Context {
	return auth.With(context.Background(), auth.Principal{Name: name, Role: auth.Submit})
}
