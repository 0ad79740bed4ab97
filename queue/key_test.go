package queue

import (
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dgraph-io/badger/v4"
)

// TestAddKeyOnce: a second Add with a key is recognisable (ErrDuplicate) and
// returns the first job, stores nothing, and is answered even when the queue
// is full; other keys and unkeyed jobs are unaffected; the key and its job
// survive a reopen of the store.
func TestAddKeyOnce(t *testing.T) {
	dir := t.TempDir()
	opts := DefaultOptions()
	opts.MaxPending = 2
	s := open(t, dir, opts)
	first, err := s.Add(NewJob{Request: []byte("a"), Owner: "alice", Key: "door:1"})
	if err != nil || first.Key != "door:1" {
		t.Fatalf("first add: %+v %v", first, err)
	}
	again, err := s.Add(NewJob{Request: []byte("other"), Owner: "bob", Key: "door:1"})
	if !errors.Is(err, ErrDuplicate) || again.ID != first.ID || again.Owner != "alice" {
		t.Fatalf("second add: %+v %v, want job %s and ErrDuplicate", again, err, first.ID)
	}
	if req, err := s.Request(first.ID); err != nil || string(req) != "a" {
		t.Fatalf("the first request was replaced: %q %v", req, err)
	}
	if _, err := s.Add(NewJob{Request: []byte("b"), Key: "door:2"}); err != nil {
		t.Fatal(err)
	}
	// full now: a new key is refused, the known one still answered
	if _, err := s.Add(NewJob{Request: []byte("c"), Key: "door:3"}); !errors.Is(err, ErrQueueFull) {
		t.Fatalf("a new key in a full queue: %v", err)
	}
	if j, err := s.Add(NewJob{Request: []byte("a"), Key: "door:1"}); !errors.Is(err, ErrDuplicate) || j.ID != first.ID {
		t.Fatalf("a known key in a full queue: %+v %v", j, err)
	}
	if got := s.Pending(); len(got) != 2 {
		t.Fatalf("pending %v, want 2 jobs", got)
	}
	if _, err := s.Add(NewJob{Request: []byte("x"), Key: strings.Repeat("k", MaxKeyBytes+1)}); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("an oversize key: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s = open(t, dir, opts)
	defer s.Close()
	if j, err := s.JobOfKey("door:1"); err != nil || j.ID != first.ID {
		t.Fatalf("the key after a reopen: %+v %v", j, err)
	}
	if j, err := s.Add(NewJob{Request: []byte("a"), Key: "door:1"}); !errors.Is(err, ErrDuplicate) || j.ID != first.ID {
		t.Fatalf("add after a reopen: %+v %v, want job %s and ErrDuplicate", j, err, first.ID)
	}
	if _, err := s.JobOfKey("door:3"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("a refused key: %v", err)
	}
	if got := s.Pending(); len(got) != 2 {
		t.Fatalf("pending after a reopen %v, want 2 jobs", got)
	}
}

// TestAddKeyConcurrent: of many Adds of one key at once, one job is stored
// and every call gets it.
func TestAddKeyConcurrent(t *testing.T) {
	s := open(t, t.TempDir(), DefaultOptions())
	defer s.Close()
	const n = 16
	ids := make([]string, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			j, err := s.Add(NewJob{Request: []byte("r"), Key: "k"})
			ids[i], errs[i] = j.ID, err
		})
	}
	wg.Wait()
	added := 0
	for i := range n {
		switch {
		case errs[i] == nil:
			added++
		case !errors.Is(errs[i], ErrDuplicate):
			t.Fatalf("add %d: %v", i, errs[i])
		}
		if ids[i] != ids[0] {
			t.Fatalf("add %d got job %s, add 0 job %s", i, ids[i], ids[0])
		}
	}
	if added != 1 || len(s.Pending()) != 1 {
		t.Fatalf("%d adds stored a job, %d pending; want 1", added, len(s.Pending()))
	}
}

// TestSweepFreesKey: a swept job's key is deleted with it (no key is left in
// the store), and the key can then be used again; a kept job keeps its key.
func TestSweepFreesKey(t *testing.T) {
	opts := DefaultOptions()
	opts.Retention = time.Hour
	s := open(t, t.TempDir(), opts)
	defer s.Close()
	a, err := s.Add(NewJob{Request: []byte("a"), Key: "door:a"})
	if err != nil {
		t.Fatal(err)
	}
	b, err := s.Add(NewJob{Request: []byte("b"), Key: "door:b"})
	if err != nil {
		t.Fatal(err)
	}
	if j, _ := next(t, s); j.ID != a.ID {
		t.Fatalf("ran %s, want %s", j.ID, a.ID)
	}
	if _, err := s.Finish(a.ID, Done, Result{}); err != nil {
		t.Fatal(err)
	}
	if n, err := s.Sweep(time.Now().Add(2 * time.Hour)); err != nil || n != 1 {
		t.Fatalf("sweep: %d %v", n, err)
	}
	if _, err := s.JobOfKey("door:a"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("the swept job's key: %v", err)
	}
	if keys := storedKeys(t, s); len(keys) != 1 || keys[0] != prefixKey+"door:b" {
		t.Fatalf("keys left %q, want only door:b's", keys)
	}
	if j, err := s.JobOfKey("door:b"); err != nil || j.ID != b.ID {
		t.Fatalf("the kept job's key: %+v %v", j, err)
	}
	c, err := s.Add(NewJob{Request: []byte("a2"), Key: "door:a"})
	if err != nil || c.ID == a.ID {
		t.Fatalf("the freed key again: %+v %v", c, err)
	}
}

func storedKeys(t *testing.T, s *Store) []string {
	t.Helper()
	var keys []string
	err := s.view(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte(prefixKey)})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			keys = append(keys, string(it.Item().KeyCopy(nil)))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return keys
}
