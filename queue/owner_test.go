package queue

import (
	"reflect"
	"testing"
)

// TestOwner: a job's owner is stored with it, survives a restart, and
// PendingOf lists an owner's queued jobs in order.
func TestOwner(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir, DefaultOptions())
	a1, err := s.EnqueueFor("alice", []byte("1"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.EnqueueFor("bob", []byte("2")); err != nil {
		t.Fatal(err)
	}
	a2, err := s.EnqueueFor("alice", []byte("3"))
	if err != nil {
		t.Fatal(err)
	}
	anon, err := s.Enqueue([]byte("4"))
	if err != nil {
		t.Fatal(err)
	}
	if got := s.PendingOf("alice"); !reflect.DeepEqual(got, []string{a1.ID, a2.ID}) {
		t.Fatalf("alice's pending %v", got)
	}
	if got := s.PendingOf(""); !reflect.DeepEqual(got, []string{anon.ID}) {
		t.Fatalf("unowned pending %v", got)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = open(t, dir, DefaultOptions())
	if j, err := s.Get(a2.ID); err != nil || j.Owner != "alice" {
		t.Fatalf("after a restart: owner %q (%v)", j.Owner, err)
	}
}
