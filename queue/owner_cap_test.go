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

// TestMaxProgramBytesPerOwner: a new program that would take its owner's programs past
// MaxProgramBytesPerOwner is refused (ErrOwnerProgramsFull, a program-store-full error) and
// not stored; a program stored already costs nothing more, whoever stored it; other owners and
// programs without an owner are not bounded by it; a deleted program frees its owner's share;
// a restart counts the stored programs of each owner again.
func TestMaxProgramBytesPerOwner(t *testing.T) {
	dir := t.TempDir()
	opts := DefaultOptions()
	opts.MaxProgramBytesPerOwner = 10
	opts.Retention = time.Hour
	s := open(t, dir, opts)
	elf := func(n int, b byte) []byte {
		e := make([]byte, n)
		for i := range e {
			e[i] = b
		}
		return e
	}
	if _, err := s.StoreProgramFor("alice", "a1", elf(6, 1)); err != nil {
		t.Fatal(err)
	}
	_, err := s.StoreProgramFor("alice", "a2", elf(6, 2))
	if !errors.Is(err, ErrOwnerProgramsFull) || !errors.Is(err, ErrProgramStoreFull) {
		t.Fatalf("alice past her share: %v", err)
	}
	if hasProgram(t, s, "a2") || s.ProgramBytesOf("alice") != 6 {
		t.Fatalf("a refused program stored (alice holds %d bytes)", s.ProgramBytesOf("alice"))
	}
	if _, err := s.StoreProgramFor("alice", "a1", elf(6, 1)); err != nil {
		t.Fatalf("alice's own program again: %v", err)
	}
	if _, err := s.StoreProgramFor("bob", "a1", elf(6, 1)); err != nil || s.ProgramBytesOf("bob") != 0 {
		t.Fatalf("bob using alice's program: %v, bob holds %d bytes", err, s.ProgramBytesOf("bob"))
	}
	if _, err := s.StoreProgramFor("bob", "b1", elf(8, 3)); err != nil {
		t.Fatalf("bob's program: %v", err)
	}
	if _, err := s.StoreProgramFor("", "n1", elf(20, 4)); err != nil {
		t.Fatalf("a program without an owner: %v", err)
	}
	// A restart counts them again.
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = open(t, dir, opts)
	defer s.Close()
	if a, b := s.ProgramBytesOf("alice"), s.ProgramBytesOf("bob"); a != 6 || b != 8 {
		t.Fatalf("after a restart alice holds %d bytes, bob %d", a, b)
	}
	if _, err := s.StoreProgramFor("alice", "a2", elf(6, 2)); !errors.Is(err, ErrOwnerProgramsFull) {
		t.Fatalf("alice past her share after a restart: %v", err)
	}
	// Swept (unused past the retention): alice's share is free again.
	if _, err := s.Sweep(time.Now().Add(2 * time.Hour)); err != nil {
		t.Fatal(err)
	}
	if hasProgram(t, s, "a1") || s.ProgramBytesOf("alice") != 0 {
		t.Fatalf("after the sweep: a1 stored %v, alice holds %d bytes", hasProgram(t, s, "a1"), s.ProgramBytesOf("alice"))
	}
	if _, err := s.StoreProgramFor("alice", "a2", elf(6, 2)); err != nil {
		t.Fatalf("alice after her program was swept: %v", err)
	}
	// A refused job's program is dropped, and its bytes freed.
	put, err := s.StoreProgramFor("bob", "b2", elf(2, 5))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.DropProgram(put); err != nil {
		t.Fatal(err)
	}
	if s.ProgramBytesOf("bob") != 0 {
		t.Fatalf("bob holds %d bytes after his programs were swept and dropped", s.ProgramBytesOf("bob"))
	}
}

// TestOwnerShareSurvivesQuarantine: a program whose record stops decoding after Open is moved
// aside by a sweep and gets a new record that keeps its owner, so the owner's share neither
// drifts (a charge nobody frees) nor is lost; deleting it later frees the share.
func TestOwnerShareSurvivesQuarantine(t *testing.T) {
	opts := DefaultOptions()
	opts.MaxProgramBytesPerOwner = 10
	opts.Retention = time.Hour
	s := open(t, t.TempDir(), opts)
	defer s.Close()
	if _, err := s.StoreProgramFor("alice", "a1", []byte("elf-a1")); err != nil {
		t.Fatal(err)
	}
	setRaw(t, s, prefixUse+"a1", []byte("{torn"))
	if _, err := s.Sweep(time.Now()); err != nil {
		t.Fatal(err)
	}
	if s.Quarantined() != 1 || s.ProgramBytesOf("alice") != 6 {
		t.Fatalf("after the quarantine: %d moved aside, alice holds %d bytes", s.Quarantined(), s.ProgramBytesOf("alice"))
	}
	if _, err := s.StoreProgramFor("alice", "a2", []byte("elf-a2")); !errors.Is(err, ErrOwnerProgramsFull) {
		t.Fatalf("alice past her share after the quarantine: %v", err)
	}
	if _, err := s.Sweep(time.Now().Add(3 * time.Hour)); err != nil {
		t.Fatal(err)
	}
	if hasProgram(t, s, "a1") || s.ProgramBytesOf("alice") != 0 {
		t.Fatalf("after the program was swept alice holds %d bytes", s.ProgramBytesOf("alice"))
	}
}

// TestMaxStoredBytesPerOwner: an owner whose stored jobs (cancelled and
// finished ones included, until the sweep deletes them) hold
// MaxStoredBytesPerOwner is refused a new job (ErrOwnerFull, a queue-full
// error) while another owner is still admitted: one client submitting and
// cancelling cannot fill MaxStoredBytes for everyone until the retention
// sweep. A restart counts the stored jobs again; the sweep frees the room.
func TestMaxStoredBytesPerOwner(t *testing.T) {
	dir := t.TempDir()
	opts := DefaultOptions()
	opts.MaxStoredBytes = 100 << 10
	opts.MaxStoredBytesPerOwner = 35 << 10 // three 10 KiB requests with their results
	s := open(t, dir, opts)
	req := make([]byte, 10<<10)
	addFor := func(owner string) (Job, error) { return s.Add(NewJob{Request: req, Owner: owner}) }
	for i := 0; i < 3; i++ {
		j, err := addFor("alice")
		if err != nil {
			t.Fatalf("alice's job %d: %v", i, err)
		}
		if _, err := s.Cancel(j.ID, "test"); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := addFor("alice"); !errors.Is(err, ErrOwnerFull) || !errors.Is(err, ErrQueueFull) {
		t.Fatalf("alice's fourth job, three cancelled ones kept: %v", err)
	}
	if err := s.CheckAdd("alice", len(req)); !errors.Is(err, ErrOwnerFull) {
		t.Fatalf("CheckAdd for alice: %v", err)
	}
	for i := 0; i < 3; i++ {
		if _, err := addFor("bob"); err != nil {
			t.Fatalf("bob's job %d: %v", i, err)
		}
	}
	if _, err := addFor(""); err != nil {
		t.Fatalf("a job without an owner: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = open(t, dir, opts)
	defer s.Close()
	if _, err := addFor("alice"); !errors.Is(err, ErrOwnerFull) {
		t.Fatalf("alice after a restart: %v", err)
	}
	// The sweep deletes alice's cancelled jobs once their retention is
	// over: room again.
	if _, err := s.Sweep(time.Now().Add(365 * 24 * time.Hour)); err != nil {
		t.Fatal(err)
	}
	if _, err := addFor("alice"); err != nil {
		t.Fatalf("alice after the sweep: %v", err)
	}
}
