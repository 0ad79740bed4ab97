package queue

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/dgraph-io/badger/v4"
	"github.com/google/uuid"
)

func open(t testing.TB, dir string, opts Options) *Store {
	t.Helper()
	s, err := Open(dir, opts)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func enqueue(t *testing.T, s *Store, req string) Job {
	t.Helper()
	j, err := s.Enqueue([]byte(req))
	if err != nil {
		t.Fatal(err)
	}
	return j
}

func next(t *testing.T, s *Store) (Job, []byte) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	j, req, err := s.Next(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return j, req
}

func TestFIFOAndUUIDs(t *testing.T) {
	s := open(t, t.TempDir(), DefaultOptions())
	defer s.Close()
	var ids []string
	for i := 0; i < 5; i++ {
		j, err := s.Enqueue([]byte(fmt.Sprint("req", i)))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := uuid.Parse(j.ID); err != nil {
			t.Fatalf("id %q is not a UUID: %v", j.ID, err)
		}
		if j.State != Queued {
			t.Fatalf("state %s", j.State)
		}
		ids = append(ids, j.ID)
	}
	if got := s.Pending(); fmt.Sprint(got) != fmt.Sprint(ids) {
		t.Fatalf("pending %v, want %v", got, ids)
	}
	for i, id := range ids {
		j, req := next(t, s)
		if j.ID != id || string(req) != fmt.Sprint("req", i) || j.State != Running || j.Attempts != 1 {
			t.Fatalf("job %d: got %+v %q", i, j, req)
		}
		if _, err := s.Finish(j.ID, Done, Result{Output: []byte{byte(i)}}); err != nil {
			t.Fatal(err)
		}
	}
	c := s.Counts()
	if c[Done] != 5 || c[Queued] != 0 || c[Running] != 0 {
		t.Fatalf("counts %v", c)
	}
	last, ok := s.LastFinished()
	if !ok || last.ID != ids[4] {
		t.Fatalf("last finished %v %v", last.ID, ok)
	}
}

func TestCrashRequeueAndFinishOnce(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir, DefaultOptions())
	a := enqueue(t, s, "a")
	b := enqueue(t, s, "b")
	j, _ := next(t, s)
	if j.ID != a.ID {
		t.Fatal("not FIFO")
	}
	// hard stop: close with a running and a queued job
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Finish(a.ID, Done, Result{}); !errors.Is(err, ErrClosed) {
		t.Fatalf("finish after close: %v", err)
	}

	s = open(t, dir, DefaultOptions())
	defer s.Close()
	if got := s.Pending(); len(got) != 2 || got[0] != a.ID || got[1] != b.ID {
		t.Fatalf("after restart pending %v, want [%s %s]", got, a.ID, b.ID)
	}
	j, req := next(t, s)
	if j.ID != a.ID || string(req) != "a" || j.Attempts != 2 {
		t.Fatalf("requeued job %+v %q", j, req)
	}
	if _, err := s.Finish(a.ID, Done, Result{ExitCode: 7}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Finish(a.ID, Failed, Result{}); !errors.Is(err, ErrNotRunning) {
		t.Fatalf("second finish: %v", err)
	}
	got, err := s.Get(a.ID)
	if err != nil || got.State != Done || got.Result.ExitCode != 7 {
		t.Fatalf("get %+v %v", got, err)
	}
}

func TestCancel(t *testing.T) {
	s := open(t, t.TempDir(), DefaultOptions())
	defer s.Close()
	a := enqueue(t, s, "a")
	b := enqueue(t, s, "b")
	c := enqueue(t, s, "c")
	if from, err := s.Cancel(b.ID, "by test"); err != nil || from != Queued {
		t.Fatalf("cancel queued: %v %v", from, err)
	}
	j, _ := next(t, s)
	if j.ID != a.ID {
		t.Fatal("wrong job")
	}
	if from, err := s.Cancel(a.ID, "by test"); err != nil || from != Running {
		t.Fatalf("cancel running: %v %v", from, err)
	}
	if _, err := s.Finish(a.ID, Done, Result{}); !errors.Is(err, ErrNotRunning) {
		t.Fatalf("finish of cancelled job: %v", err)
	}
	if _, err := s.Cancel(a.ID, ""); !errors.Is(err, ErrFinished) || !strings.Contains(err.Error(), "(cancelled)") {
		t.Fatalf("cancel finished: %v, want ErrFinished naming the state it ended in", err)
	}
	if _, err := s.Cancel(uuid.NewString(), ""); !errors.Is(err, ErrNotFound) {
		t.Fatalf("cancel unknown: %v", err)
	}
	j, _ = next(t, s)
	if j.ID != c.ID {
		t.Fatalf("next after cancels = %s, want %s", j.ID, c.ID)
	}
	for _, id := range []string{a.ID, b.ID} {
		got, _ := s.Get(id)
		if got.State != Cancelled || got.Result.Reason != "cancelled" {
			t.Fatalf("job %s: %+v", id, got)
		}
	}
}

func TestNextHonoursCancelledContext(t *testing.T) {
	s := open(t, t.TempDir(), DefaultOptions())
	defer s.Close()
	enqueue(t, s, "a")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := s.Next(ctx); !errors.Is(err, context.Canceled) {
		t.Fatalf("Next with a cancelled context: %v", err)
	}
	if len(s.Pending()) != 1 {
		t.Fatal("job taken by a cancelled Next")
	}
}

func TestBounds(t *testing.T) {
	dir := t.TempDir()
	opts := DefaultOptions()
	opts.MaxPending = 2
	opts.MaxRequestBytes = 10
	s := open(t, dir, opts)
	defer s.Close()
	if _, err := s.Enqueue(make([]byte, 11)); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("oversize: %v", err)
	}
	enqueue(t, s, "a")
	enqueue(t, s, "b")
	if _, err := s.Enqueue([]byte("c")); !errors.Is(err, ErrQueueFull) {
		t.Fatalf("full: %v", err)
	}
	if n := len(s.Pending()); n != 2 {
		t.Fatalf("%d pending after refusals", n)
	}
	// nothing from the refused requests is on disk
	n := 0
	if err := s.view(func(txn *badgerTxn) error {
		it := txn.NewIterator(badgerIterOpts())
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			n++
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if n != 5 { // 2 jobs x (record + request), and the store's format record
		t.Fatalf("%d keys on disk, want 5", n)
	}
}

func TestWaitWakesOnFinish(t *testing.T) {
	s := open(t, t.TempDir(), DefaultOptions())
	defer s.Close()
	a := enqueue(t, s, "a")
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	j, err := s.Wait(ctx, a.ID)
	cancel()
	if !errors.Is(err, context.DeadlineExceeded) || j.State != Queued {
		t.Fatalf("wait timeout: %v %v", j.State, err)
	}
	got := make(chan Job, 1)
	go func() {
		j, _ := s.Wait(context.Background(), a.ID)
		got <- j
	}()
	next(t, s)
	if _, err := s.Finish(a.ID, Failed, Result{Reason: "program", Error: "boom"}); err != nil {
		t.Fatal(err)
	}
	select {
	case j := <-got:
		if j.State != Failed || j.Result.Error != "boom" {
			t.Fatalf("woken with %+v", j)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Wait not woken")
	}
	if _, err := s.Wait(context.Background(), "nope"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("wait unknown: %v", err)
	}
}

func TestSweepRetention(t *testing.T) {
	dir := t.TempDir()
	opts := DefaultOptions()
	opts.Retention = time.Hour
	s := open(t, dir, opts)
	defer s.Close()
	a := enqueue(t, s, "a")
	b := enqueue(t, s, "b")
	next(t, s)
	if _, err := s.Finish(a.ID, Done, Result{}); err != nil {
		t.Fatal(err)
	}
	if n, err := s.Sweep(time.Now()); err != nil || n != 0 {
		t.Fatalf("sweep now: %d %v", n, err)
	}
	if n, err := s.Sweep(time.Now().Add(2 * time.Hour)); err != nil || n != 1 {
		t.Fatalf("sweep later: %d %v", n, err)
	}
	if _, err := s.Get(a.ID); !errors.Is(err, ErrNotFound) {
		t.Fatalf("swept job still there: %v", err)
	}
	if _, err := s.Request(a.ID); !errors.Is(err, ErrNotFound) {
		t.Fatalf("swept request still there: %v", err)
	}
	if j, err := s.Get(b.ID); err != nil || j.State != Queued {
		t.Fatalf("queued job swept: %v", err)
	}
	if c := s.Counts(); c[Done] != 0 {
		t.Fatalf("counts %v", c)
	}
}

func TestPrograms(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir, DefaultOptions())
	if _, err := s.Program("ab"); !errors.Is(err, ErrNoProgram) {
		t.Fatalf("missing program: %v", err)
	}
	if err := s.PutProgram("ab", []byte{1, 2, 3}); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = open(t, dir, DefaultOptions())
	defer s.Close()
	p, err := s.Program("ab")
	if err != nil || string(p) != "\x01\x02\x03" {
		t.Fatalf("program after reopen: %v %v", p, err)
	}
}

func TestClosedStore(t *testing.T) {
	s := open(t, t.TempDir(), DefaultOptions())
	a := enqueue(t, s, "a")
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Enqueue([]byte("b")); !errors.Is(err, ErrClosed) {
		t.Fatalf("enqueue after close: %v", err)
	}
	if _, err := s.Get(a.ID); !errors.Is(err, ErrClosed) {
		// a is active: served from memory; either answer is fine as long as no panic
		if err != nil {
			t.Fatalf("get after close: %v", err)
		}
	}
	if _, err := s.Program("x"); !errors.Is(err, ErrClosed) {
		t.Fatalf("program after close: %v", err)
	}
	if _, _, err := s.Next(context.Background()); !errors.Is(err, ErrClosed) {
		t.Fatalf("next after close: %v", err)
	}
}

func BenchmarkEnqueue(b *testing.B) {
	opts := DefaultOptions()
	opts.MaxPending = b.N + 1
	s := open(b, b.TempDir(), opts)
	defer s.Close()
	req := make([]byte, 2048)
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, err := s.Enqueue(req); err != nil {
				b.Error(err)
				return
			}
		}
	})
}

type badgerTxn = badger.Txn

func badgerIterOpts() badger.IteratorOptions { return badger.DefaultIteratorOptions }
