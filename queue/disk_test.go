package queue

import (
	"context"
	"errors"
	"testing"
	"time"
)

// TestDiskReserve: while the store's disk has less free space than
// MinFreeBytes, Add and StoreProgram refuse new work with ErrDiskLow (a
// queue-full error), store nothing and leave admitted jobs running; with
// room again they are accepted.
func TestDiskReserve(t *testing.T) {
	dir := t.TempDir()
	opts := DefaultOptions()
	s := open(t, dir, opts)
	defer s.Close()
	if _, err := s.StoreProgram("p", []byte("elf")); err != nil {
		t.Fatal(err)
	}
	admitted := add(t, s, "p")
	free := s.FreeBytes()
	if free <= 0 {
		t.Fatalf("free bytes %d", free)
	}
	s.opts.MinFreeBytes = free + 1<<40 // a reserve this disk cannot meet
	if _, err := s.Add(NewJob{Request: []byte("refused")}); !errors.Is(err, ErrDiskLow) || !errors.Is(err, ErrQueueFull) {
		t.Fatalf("Add with the disk below its reserve: %v", err)
	}
	if _, err := s.StoreProgram("new", []byte("new elf")); !errors.Is(err, ErrDiskLow) {
		t.Fatalf("a new program with the disk below its reserve: %v", err)
	}
	if hasProgram(t, s, "new") || s.Counts()[Queued] != 1 || len(s.Pending()) != 1 {
		t.Fatalf("a refusal stored something: %v, pending %v", s.Counts(), s.Pending())
	}
	// A program already stored is only used again: no new bytes, accepted.
	if _, err := s.StoreProgram("p", []byte("elf")); err != nil {
		t.Fatalf("a known program with the disk below its reserve: %v", err)
	}
	// Admitted work goes on.
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	j, _, err := s.Next(ctx)
	if err != nil || j.ID != admitted.ID {
		t.Fatalf("next: %v %v", j.ID, err)
	}
	if _, err := s.Finish(j.ID, Done, Result{Proof: []byte(`"proof"`)}); err != nil {
		t.Fatalf("finishing an admitted job with the disk below its reserve: %v", err)
	}
	s.opts.MinFreeBytes = 1
	if _, err := s.Add(NewJob{Request: []byte("accepted")}); err != nil {
		t.Fatalf("Add with room: %v", err)
	}
	if _, err := s.StoreProgram("new", []byte("new elf")); err != nil {
		t.Fatalf("a new program with room: %v", err)
	}
}
