package queue

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/dgraph-io/badger/v4"

	"github.com/zkprover/zkprover/storefmt"
)

// setRaw writes value under key, as a torn write or a bug would.
func setRaw(t *testing.T, s *Store, key string, value []byte) {
	t.Helper()
	if err := s.db.Update(func(txn *badger.Txn) error { return txn.Set([]byte(key), value) }); err != nil {
		t.Fatal(err)
	}
}

// rawExists reports whether key is stored.
func rawExists(t *testing.T, s *Store, key string) bool {
	t.Helper()
	found := false
	err := s.db.View(func(txn *badger.Txn) error {
		_, err := txn.Get([]byte(key))
		if errors.Is(err, badger.ErrKeyNotFound) {
			return nil
		}
		found = err == nil
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return found
}

// finishOne adds a job, runs it and finishes it done.
func finishOne(t *testing.T, s *Store, req string) Job {
	t.Helper()
	j := enqueue(t, s, req)
	if got, _ := next(t, s); got.ID != j.ID {
		t.Fatalf("took %s, want %s", got.ID, j.ID)
	}
	j, err := s.Finish(j.ID, Done, Result{Output: []byte("out")})
	if err != nil {
		t.Fatal(err)
	}
	return j
}

// TestOpenQuarantinesBadJobRecords: a job record that does not decode (not
// JSON, or with no known state) made Open fail, and the node never started;
// one written while the store is open made every Sweep fail. Such records
// are moved aside with their requests (counted by Quarantined), the store
// opens, the good jobs run and Sweep deletes the expired ones; a record of
// an unknown state is neither counted under "" nor the last finished job.
func TestOpenQuarantinesBadJobRecords(t *testing.T) {
	dir := t.TempDir()
	o := DefaultOptions()
	o.Retention = time.Hour
	s := open(t, dir, o)
	old := finishOne(t, s, "old")
	good := enqueue(t, s, "good")
	torn := "00000000-0000-4000-8000-00000000000a"
	setRaw(t, s, prefixJob+torn, []byte(`{"id":"`+torn+`","seq":9,"sta`))
	setRaw(t, s, prefixReq+torn, []byte("torn request"))
	setRaw(t, s, prefixKey+"k-torn", []byte(torn))
	stateless := "00000000-0000-4000-8000-00000000000b"
	setRaw(t, s, prefixJob+stateless, fmt.Appendf(nil, `{"id":%q,"seq":10,"finished_at":%q}`,
		stateless, time.Now().Add(time.Minute).UTC().Format(time.RFC3339Nano)))
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s = open(t, dir, o)
	defer s.Close()
	if n := s.Quarantined(); n != 2 {
		t.Fatalf("quarantined %d, want 2", n)
	}
	for _, id := range []string{torn, stateless} {
		if rawExists(t, s, prefixJob+id) || !rawExists(t, s, prefixQuarantine+prefixJob+id) {
			t.Fatalf("record of %s not moved aside", id)
		}
	}
	if rawExists(t, s, prefixReq+torn) || !rawExists(t, s, prefixQuarantine+prefixReq+torn) {
		t.Fatal("request of the torn job not moved aside")
	}
	if _, err := s.JobOfKey("k-torn"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("key of the torn job: %v, want it free", err)
	}
	if c := s.Counts(); c[Done] != 1 || c[Queued] != 1 || len(c) != len(States) {
		t.Fatalf("counts %v", c)
	}
	if last, ok := s.LastFinished(); !ok || last.ID != old.ID {
		t.Fatalf("last finished %q, want %s", last.ID, old.ID)
	}
	if j, err := s.Get(good.ID); err != nil || j.State != Queued {
		t.Fatalf("good job: %+v %v", j, err)
	}
	if j, req := next(t, s); j.ID != good.ID || string(req) != "good" {
		t.Fatalf("Next gave %s %q, want %s", j.ID, req, good.ID)
	}

	// a record gone bad while the store is open: Sweep moves it aside
	// and sweeps the rest
	bad := "00000000-0000-4000-8000-00000000000c"
	setRaw(t, s, prefixJob+bad, []byte("not json"))
	if n, err := s.Sweep(time.Now().Add(2 * time.Hour)); err != nil || n != 1 {
		t.Fatalf("sweep: %d %v, want the expired job deleted", n, err)
	}
	if _, err := s.Get(old.ID); !errors.Is(err, ErrNotFound) {
		t.Fatalf("expired job after the sweep: %v", err)
	}
	if n := s.Quarantined(); n != 3 || rawExists(t, s, prefixJob+bad) {
		t.Fatalf("quarantined %d, want 3", n)
	}
}

// TestOpenQuarantinesBadProgramRecord: a program record that does not
// decode made Open fail (and every Sweep). It is moved aside and written
// anew from the ELF (used now); the store opens with the right size, and
// Sweep carries on past a record gone bad while open.
func TestOpenQuarantinesBadProgramRecord(t *testing.T) {
	dir := t.TempDir()
	o := DefaultOptions()
	o.Retention = time.Hour
	s := open(t, dir, o)
	if err := s.PutProgram("p", []byte("elf-p")); err != nil {
		t.Fatal(err)
	}
	if err := s.PutProgram("q", []byte("elf-qq")); err != nil {
		t.Fatal(err)
	}
	setRaw(t, s, prefixUse+"p", []byte("{torn"))
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = open(t, dir, o)
	defer s.Close()
	if n := s.Quarantined(); n != 1 || !rawExists(t, s, prefixQuarantine+prefixUse+"p") {
		t.Fatalf("quarantined %d, want the program record moved aside", n)
	}
	if b := s.ProgramBytes(); b != int64(len("elf-p")+len("elf-qq")) {
		t.Fatalf("program bytes %d", b)
	}
	if elf, err := s.Program("p"); err != nil || string(elf) != "elf-p" {
		t.Fatalf("program p: %q %v", elf, err)
	}
	j, err := s.Add(NewJob{Request: []byte("r"), Program: "p"})
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := next(t, s); got.ID != j.ID {
		t.Fatalf("took %s", got.ID)
	}

	setRaw(t, s, prefixUse+"q", []byte("{torn"))
	if _, err := s.Sweep(time.Now().Add(3 * time.Hour)); err != nil {
		t.Fatalf("sweep: %v", err)
	}
	if n := s.Quarantined(); n != 2 {
		t.Fatalf("quarantined %d, want 2", n)
	}
	if _, err := s.Program("p"); err != nil {
		t.Fatalf("program of a running job swept: %v", err)
	}
}

// TestSweepGoesOnPastAFailure: Sweep returned at the first job it failed to
// delete, and the jobs after it were never swept. It skips it, sweeps the
// others and reports the failure.
func TestSweepGoesOnPastAFailure(t *testing.T) {
	o := DefaultOptions()
	o.Retention = time.Hour
	s := open(t, t.TempDir(), o)
	defer s.Close()
	var ids []string
	for i := range 3 {
		ids = append(ids, finishOne(t, s, fmt.Sprint("r", i)).ID)
	}
	// the victims are deleted in key order: all but the last fail
	sort.Strings(ids)
	failing := errors.New("disk says no")
	del := s.deleteJob
	s.deleteJob = func(id, key string) error {
		if id != ids[2] {
			return failing
		}
		return del(id, key)
	}
	n, err := s.Sweep(time.Now().Add(2 * time.Hour))
	if !errors.Is(err, failing) || n != 1 {
		t.Fatalf("sweep: %d %v, want 1 deleted and the failure", n, err)
	}
	if _, err := s.Get(ids[2]); !errors.Is(err, ErrNotFound) {
		t.Fatalf("the job after the failing ones: %v, want swept", err)
	}
	s.deleteJob = del
	if n, err := s.Sweep(time.Now().Add(2 * time.Hour)); err != nil || n != 2 {
		t.Fatalf("next sweep: %d %v", n, err)
	}
}

// TestCrashCountOnlyCrashes: a clean stop (Close) while a job runs is not a
// crash (it was counted as one before the clean-stop mark), and nothing
// but progress lowers the count: not Requeue, which parks a long job for
// its keys after every start (a long job that kills the node would
// otherwise never be failed), nor a clean stop.
func TestCrashCountOnlyCrashes(t *testing.T) {
	dir := t.TempDir()
	o := DefaultOptions()
	o.MaxCrashes = 3
	s := open(t, dir, o)
	a := enqueue(t, s, "a")
	want := func(state State, crashes int, when string) {
		t.Helper()
		if j, err := s.Get(a.ID); err != nil || j.State != state || j.Crashes != crashes {
			t.Fatalf("%s: %s with %d crashes (%v), want %s with %d", when, j.State, j.Crashes, err, state, crashes)
		}
	}
	next(t, s)
	if err := s.Close(); err != nil { // clean, the job still running
		t.Fatal(err)
	}
	s = open(t, dir, o)
	want(Queued, 0, "after a clean stop while it ran")
	next(t, s)
	_ = s.Abort() // crash
	s = open(t, dir, o)
	want(Queued, 1, "after a crash")
	// parked for its keys after each start, then run, then a crash
	for crash := 2; crash <= 3; crash++ {
		next(t, s)
		if err := s.Requeue(a.ID); err != nil {
			t.Fatal(err)
		}
		want(Queued, crash-1, "parked")
		next(t, s)
		_ = s.Abort()
		s = open(t, dir, o)
	}
	defer s.Close()
	want(Failed, 3, "after three crashes, parked before each run")
}

// TestNextFailsJobWithUnreadableRequest: a queued job whose request does
// not read (an I/O error, e.g. a damaged value log) stayed at the head of
// the queue, and Next failed on it forever. After maxRequestReads tries it
// is failed (reason internal) and the job behind it served.
func TestNextFailsJobWithUnreadableRequest(t *testing.T) {
	s := open(t, t.TempDir(), DefaultOptions())
	defer s.Close()
	a := enqueue(t, s, "a")
	b := enqueue(t, s, "b")
	s.readRequest = func(txn *badger.Txn, id string) ([]byte, error) {
		if id == a.ID {
			return nil, fmt.Errorf("value log: %w", io.ErrUnexpectedEOF)
		}
		return readRequest(txn, id)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	for try := 1; try < maxRequestReads; try++ {
		if _, _, err := s.Next(ctx); !errors.Is(err, io.ErrUnexpectedEOF) {
			t.Fatalf("try %d: %v, want the read error", try, err)
		}
	}
	j, req, err := s.Next(ctx)
	if err != nil || j.ID != b.ID || string(req) != "b" {
		t.Fatalf("Next gave %s %q %v, want %s", j.ID, req, err, b.ID)
	}
	if j, err := s.Get(a.ID); err != nil || j.State != Failed || j.Result == nil || j.Result.Reason != "internal" {
		t.Fatalf("the job whose request does not read: %+v %v", j, err)
	}
}

// TestNextRequestReadFailuresInARow: a read that succeeds starts the count
// again: a job whose request failed to read now and then is not failed.
func TestNextRequestReadFailuresInARow(t *testing.T) {
	s := open(t, t.TempDir(), DefaultOptions())
	defer s.Close()
	a := enqueue(t, s, "a")
	fail := true
	s.readRequest = func(txn *badger.Txn, id string) ([]byte, error) {
		if fail {
			return nil, io.ErrUnexpectedEOF
		}
		return readRequest(txn, id)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	for round := range 2 {
		fail = true
		for try := 1; try < maxRequestReads; try++ {
			if _, _, err := s.Next(ctx); !errors.Is(err, io.ErrUnexpectedEOF) {
				t.Fatalf("round %d try %d: %v", round, try, err)
			}
		}
		fail = false
		if j, _ := next(t, s); j.ID != a.ID {
			t.Fatalf("took %s", j.ID)
		}
		if err := s.Requeue(a.ID); err != nil {
			t.Fatal(err)
		}
	}
}

// setAlive sets the store's last-alive time.
func setAlive(t *testing.T, s *Store, at time.Time) {
	t.Helper()
	b, err := at.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	setRaw(t, s, keyAlive, b)
}

// finishedAt rewrites job id's finish time (as if it finished then).
func finishedAt(t *testing.T, s *Store, id string, at time.Time) {
	t.Helper()
	j, err := s.Get(id)
	if err != nil {
		t.Fatal(err)
	}
	j.FinishedAt = at.UTC()
	if err := s.put(&j); err != nil {
		t.Fatal(err)
	}
}

// TestDowntimeNotCountedForRetention: retention ran by the wall clock from
// FinishedAt, so the first Sweep after a long stop deleted finished jobs
// whose results nobody could fetch while the node was down. The downtime
// (since the store was last alive) is added to the retention of what
// finished before it.
func TestDowntimeNotCountedForRetention(t *testing.T) {
	dir := t.TempDir()
	o := DefaultOptions()
	o.Retention = time.Hour
	s := open(t, dir, o)
	j := finishOne(t, s, "a")
	now := time.Now()
	finishedAt(t, s, j.ID, now.Add(-5*time.Hour-10*time.Minute)) // finished, then
	setAlive(t, s, now.Add(-5*time.Hour))                        // down for 5 h
	_ = s.Abort()
	s = open(t, dir, o)
	defer s.Close()
	if n, err := s.Sweep(now.Add(30 * time.Minute)); err != nil || n != 0 {
		t.Fatalf("sweep 30 min on: %d %v, want the job kept (50 min of its retention were left when the node went down)", n, err)
	}
	if _, err := s.Get(j.ID); err != nil {
		t.Fatal(err)
	}
	if n, err := s.Sweep(now.Add(time.Hour)); err != nil || n != 1 {
		t.Fatalf("sweep 1 h on: %d %v, want the job deleted", n, err)
	}
}

// TestDowntimeRememberedAcrossRestarts: the outage is stored, so a restart
// after the one that followed it still extends the retention of the jobs
// finished before it (the downtime lived in memory, and the next restart
// forgot it), and a job finished after the outage is not extended.
func TestDowntimeRememberedAcrossRestarts(t *testing.T) {
	dir := t.TempDir()
	o := DefaultOptions()
	o.Retention = time.Hour
	s := open(t, dir, o)
	before := finishOne(t, s, "a")
	now := time.Now()
	finishedAt(t, s, before.ID, now.Add(-5*time.Hour-10*time.Minute))
	setAlive(t, s, now.Add(-5*time.Hour))
	_ = s.Abort()
	s = open(t, dir, o)
	if _, err := s.Sweep(time.Now()); err != nil { // the sweep at start
		t.Fatal(err)
	}
	after := finishOne(t, s, "b")
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = open(t, dir, o)
	defer s.Close()
	if n, err := s.Sweep(now.Add(30 * time.Minute)); err != nil || n != 0 {
		t.Fatalf("sweep 30 min on, after a second restart: %d %v, want both jobs kept", n, err)
	}
	if n, err := s.Sweep(now.Add(55 * time.Minute)); err != nil || n != 1 {
		t.Fatalf("sweep 55 min on: %d %v, want the job finished before the outage deleted", n, err)
	}
	if _, err := s.Get(before.ID); err == nil {
		t.Fatal("the job finished before the outage was kept")
	}
	if _, err := s.Get(after.ID); err != nil {
		t.Fatalf("the job finished after the outage: %v", err)
	}
}

// TestCloseRecordsAlive: a clean Close records the time, so that the next
// Open measures the downtime from it.
func TestCloseRecordsAlive(t *testing.T) {
	dir := t.TempDir()
	o := DefaultOptions()
	o.Retention = time.Hour
	s := open(t, dir, o)
	finishOne(t, s, "a")
	setAlive(t, s, time.Now().Add(-5*time.Hour))
	if err := s.Close(); err != nil { // alive now
		t.Fatal(err)
	}
	s = open(t, dir, o)
	defer s.Close()
	if n, err := s.Sweep(time.Now().Add(2 * time.Hour)); err != nil || n != 1 {
		t.Fatalf("sweep: %d %v, want the job deleted (no downtime)", n, err)
	}
}

// TestFutureFinishedAtClamped: a job finished while the clock was ahead
// was kept until the clock caught up plus the retention. Open brings such
// a time back to now.
func TestFutureFinishedAtClamped(t *testing.T) {
	dir := t.TempDir()
	o := DefaultOptions()
	o.Retention = time.Hour
	s := open(t, dir, o)
	j := finishOne(t, s, "a")
	j.FinishedAt = time.Now().Add(100 * time.Hour).UTC()
	if err := s.put(&j); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = open(t, dir, o)
	defer s.Close()
	if got, err := s.Get(j.ID); err != nil || got.FinishedAt.After(time.Now()) {
		t.Fatalf("finished at %v (%v), want not after now", got.FinishedAt, err)
	}
	if n, err := s.Sweep(time.Now().Add(2 * time.Hour)); err != nil || n != 1 {
		t.Fatalf("sweep: %d %v, want the job deleted", n, err)
	}
}

// TestMaxStoredBytes: only active jobs were bounded (MaxPending), so a loop
// of Add and Cancel kept a request per turn for the retention period, with
// no bound, until the disk filled. Past MaxStoredBytes, Add is refused with
// ErrStoreFull (an ErrQueueFull); a sweep makes room again.
func TestMaxStoredBytes(t *testing.T) {
	dir := t.TempDir()
	o := DefaultOptions()
	o.MaxPending = 1
	o.MaxStoredBytes = 10 << 20
	o.Retention = time.Hour
	o.SyncWrites = false
	s := open(t, dir, o)
	req := bytes.Repeat([]byte{7}, 1<<20)
	added := 0
	for ; added < 100; added++ {
		j, err := s.Enqueue(req)
		if errors.Is(err, ErrQueueFull) {
			if !errors.Is(err, ErrStoreFull) {
				t.Fatalf("refused with %v, want ErrStoreFull", err)
			}
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.Cancel(j.ID, "loop"); err != nil {
			t.Fatal(err)
		}
	}
	if added < 9 || added > 10 {
		t.Fatalf("%d jobs of 1 MiB added under a 10 MiB cap", added)
	}
	// the bytes are counted again at Open
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = open(t, dir, o)
	defer s.Close()
	if _, err := s.Enqueue(req); !errors.Is(err, ErrStoreFull) {
		t.Fatalf("after a restart: %v, want ErrStoreFull", err)
	}
	if n, err := s.Sweep(time.Now().Add(2 * time.Hour)); err != nil || n != added {
		t.Fatalf("sweep: %d %v", n, err)
	}
	if b := s.StoredBytes(); b != 0 {
		t.Fatalf("stored bytes %d after the sweep", b)
	}
	if _, err := s.Enqueue(req); err != nil {
		t.Fatalf("after the sweep: %v", err)
	}
}

// TestSecondOpenNamesTheCause: a store already open (another node on the same
// data folder) is refused with a hint at the cause.
func TestSecondOpenNamesTheCause(t *testing.T) {
	dir := t.TempDir()
	first := open(t, dir, DefaultOptions())
	defer first.Close()
	s, err := Open(dir, DefaultOptions())
	if err == nil {
		_ = s.Close()
		t.Fatal("a second store on the same folder opened")
	}
	if !strings.Contains(err.Error(), "another node is probably running on this data folder") {
		t.Fatalf("second open: %v, want the hint", err)
	}
}

// TestNewerFormatRefused: a job store that a newer binary wrote in a format
// this one does not read is refused at open, nothing read or changed.
func TestNewerFormatRefused(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir, DefaultOptions())
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	db, err := badger.Open(badger.DefaultOptions(dir).WithLogger(nil))
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Update(func(txn *badger.Txn) error {
		return txn.Set([]byte(storefmt.Key), []byte{0, 0, 0, storeFormat + 1})
	}); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if s, err := Open(dir, DefaultOptions()); !errors.Is(err, storefmt.ErrNewer) {
		if s != nil {
			_ = s.Close()
		}
		t.Fatalf("open of a newer store: %v, want storefmt.ErrNewer", err)
	}
}

// TestOpenRefusedOnAFullDisk: a store whose disk has less than MinFreeToOpen free is not
// opened (Badger would die of SIGBUS writing to it), with the free space and the way out; with
// room it opens.
func TestOpenRefusedOnAFullDisk(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "queue") // not made yet: its parent's disk is read
	opts := DefaultOptions()
	opts.free = func(string) (int64, error) { return 1 << 20, nil }
	if s, err := Open(dir, opts); !errors.Is(err, ErrDiskLow) || !strings.Contains(err.Error(), "1048576 bytes free") {
		if s != nil {
			_ = s.Close()
		}
		t.Fatalf("open on a full disk: %v, want ErrDiskLow with the free space", err)
	}
	opts.free = func(string) (int64, error) { return MinFreeToOpen, nil }
	s, err := Open(dir, opts)
	if err != nil {
		t.Fatalf("open with room: %v", err)
	}
	_ = s.Close()
}
