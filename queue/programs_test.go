package queue

import (
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dgraph-io/badger/v4"
)

func add(t *testing.T, s *Store, prog string) Job {
	t.Helper()
	j, err := s.Add(NewJob{Request: []byte("r-" + prog), Program: prog})
	if err != nil {
		t.Fatal(err)
	}
	return j
}

func hasProgram(t *testing.T, s *Store, id string) bool {
	t.Helper()
	_, err := s.Program(id)
	if err != nil && !errors.Is(err, ErrNoProgram) {
		t.Fatal(err)
	}
	return err == nil
}

// TestProgramSweep: Sweep deletes a program once no remaining job names it
// and it was last used before the retention cutoff; a queued job's program,
// and a program used by a job kept within the retention, stay.
func TestProgramSweep(t *testing.T) {
	dir := t.TempDir()
	opts := DefaultOptions()
	opts.Retention = time.Hour
	s := open(t, dir, opts)
	defer s.Close()
	for _, id := range []string{"queued", "done", "kept", "unused"} {
		if err := s.PutProgram(id, []byte("elf of "+id)); err != nil {
			t.Fatal(err)
		}
	}
	queued := add(t, s, "queued")
	done := add(t, s, "done")
	kept := add(t, s, "kept")
	for _, j := range []Job{queued, done, kept} {
		if j.Program == "" {
			t.Fatalf("job %s records no program", j.ID)
		}
	}
	for range 2 {
		j, _ := next(t, s)
		time.Sleep(time.Millisecond) // a finish time strictly after the program's last use
		if _, err := s.Finish(j.ID, Done, Result{}); err != nil {
			t.Fatal(err)
		}
	}
	// The first job ran and finished: a new queued job names its program.
	again := add(t, s, "queued")
	before := s.ProgramBytes()

	// Within the retention nothing goes.
	if _, err := s.Sweep(time.Now()); err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"queued", "done", "kept", "unused"} {
		if !hasProgram(t, s, id) {
			t.Fatalf("program %s swept within the retention", id)
		}
	}

	// A cutoff between the first job's end and the "done" job's end (both
	// after the "done" program's last use, its job's creation): the first
	// job goes; the "done" job stays, so does its program. The cutoff is
	// taken from the recorded times, so the outcome does not depend on how
	// long anything took.
	keptJob, err := s.Get(kept.ID)
	if err != nil || keptJob.State != Queued {
		t.Fatalf("kept job %+v %v", keptJob, err)
	}
	doneJob, _ := s.Get(done.ID)
	firstJob, _ := s.Get(queued.ID)
	if doneJob.State != Done || firstJob.State != Done || !firstJob.FinishedAt.Before(doneJob.FinishedAt) || !doneJob.CreatedAt.Before(firstJob.FinishedAt) {
		t.Fatalf("jobs %+v %+v", firstJob, doneJob)
	}
	cutoff := firstJob.FinishedAt.Add(doneJob.FinishedAt.Sub(firstJob.FinishedAt) / 2)
	if n, err := s.Sweep(cutoff.Add(opts.Retention)); err != nil || n != 1 {
		t.Fatalf("sweep at the cutoff: %d jobs, %v", n, err)
	}
	if !hasProgram(t, s, "done") {
		t.Fatal("the program of a job kept within the retention was swept")
	}
	if hasProgram(t, s, "unused") {
		t.Fatal("a program no job names, last used before the cutoff, was kept")
	}

	// Much later: every finished job goes, and with them the programs no
	// remaining job names; the queued jobs keep theirs.
	if n, err := s.Sweep(time.Now().Add(10 * opts.Retention)); err != nil || n != 1 {
		t.Fatalf("sweep later: %d jobs, %v", n, err)
	}
	if !hasProgram(t, s, "queued") || !hasProgram(t, s, "kept") {
		t.Fatal("the program of a queued job was swept")
	}
	if hasProgram(t, s, "done") {
		t.Fatal("a program whose jobs are all swept was kept")
	}
	if got, want := s.ProgramBytes(), before-int64(len("elf of unused")+len("elf of done")); got != want {
		t.Fatalf("program bytes %d after the sweep, want %d", got, want)
	}
	// A new job of a swept program is refused, and nothing is stored.
	if _, err := s.Add(NewJob{Request: []byte("x"), Program: "done"}); !errors.Is(err, ErrNoProgram) {
		t.Fatalf("job of a swept program: %v", err)
	}
	if p := s.Pending(); len(p) != 2 || p[0] != kept.ID || p[1] != again.ID {
		t.Fatalf("pending %v", p)
	}
	// The sizes survive a restart.
	want := s.ProgramBytes()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = open(t, dir, opts)
	if got := s.ProgramBytes(); got != want {
		t.Fatalf("program bytes %d after reopening, want %d", got, want)
	}
}

// TestProgramStoreCap: a new program over the store's byte cap is refused
// (ErrProgramStoreFull, with the numbers) and not stored; storing a known
// program again costs nothing; swept programs free their bytes.
func TestProgramStoreCap(t *testing.T) {
	dir := t.TempDir()
	opts := DefaultOptions()
	opts.MaxProgramBytes = 10
	opts.Retention = time.Hour
	s := open(t, dir, opts)
	defer s.Close()
	if err := s.PutProgram("a", []byte("123456")); err != nil {
		t.Fatal(err)
	}
	err := s.PutProgram("b", []byte("12345"))
	if !errors.Is(err, ErrProgramStoreFull) || !strings.Contains(err.Error(), "11 bytes") || !strings.Contains(err.Error(), "cap of 10") {
		t.Fatalf("over the cap: %v", err)
	}
	if hasProgram(t, s, "b") {
		t.Fatal("a refused program was stored")
	}
	if err := s.PutProgram("a", []byte("123456")); err != nil {
		t.Fatalf("storing a known program again: %v", err)
	}
	if err := s.PutProgram("c", []byte("1234")); err != nil {
		t.Fatalf("filling the cap exactly: %v", err)
	}
	if got := s.ProgramBytes(); got != 10 {
		t.Fatalf("program bytes %d, want 10", got)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = open(t, dir, opts)
	if err := s.PutProgram("d", []byte("1")); !errors.Is(err, ErrProgramStoreFull) {
		t.Fatalf("over the cap after reopening: %v", err)
	}
	if _, err := s.Sweep(time.Now().Add(2 * opts.Retention)); err != nil {
		t.Fatal(err)
	}
	if err := s.PutProgram("d", []byte("1")); err != nil {
		t.Fatalf("after the sweep freed the store: %v", err)
	}
}

// TestLegacyProgramsRecorded: a program stored by a version that kept no
// record beside it counts in the store's bytes and is kept for a retention
// period from the first start that records it.
func TestLegacyProgramsRecorded(t *testing.T) {
	dir := t.TempDir()
	opts := DefaultOptions()
	opts.Retention = time.Hour
	s := open(t, dir, opts)
	if err := s.db.Update(func(txn *badger.Txn) error { return txn.Set([]byte(prefixProg+"old"), []byte("1234567")) }); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = open(t, dir, opts)
	defer s.Close()
	if got := s.ProgramBytes(); got != 7 {
		t.Fatalf("program bytes %d, want 7", got)
	}
	if _, err := s.Sweep(time.Now()); err != nil || !hasProgram(t, s, "old") {
		t.Fatalf("legacy program swept at once: %v", err)
	}
	if _, err := s.Sweep(time.Now().Add(2 * opts.Retention)); err != nil || hasProgram(t, s, "old") {
		t.Fatalf("legacy program kept past the retention: %v", err)
	}
}

// TestAddRacesProgramSweep: a job added while a sweep deletes its program
// either keeps the program (the sweep sees the use) or is refused with
// ErrNoProgram; never is a job stored whose program is gone.
func TestAddRacesProgramSweep(t *testing.T) {
	opts := DefaultOptions()
	opts.Retention = time.Hour
	opts.SyncWrites = false
	s := open(t, t.TempDir(), opts)
	defer s.Close()
	later := time.Now().Add(2 * opts.Retention) // every program is past the cutoff
	added, refused := 0, 0
	for i := range 200 {
		if err := s.PutProgram("p", []byte("elf")); err != nil {
			t.Fatal(err)
		}
		var wg sync.WaitGroup
		var addErr, sweepErr error
		var job Job
		wg.Add(2)
		go func() { defer wg.Done(); job, addErr = s.Add(NewJob{Request: []byte{byte(i)}, Program: "p"}) }()
		go func() { defer wg.Done(); _, sweepErr = s.Sweep(later) }()
		wg.Wait()
		if sweepErr != nil {
			t.Fatal(sweepErr)
		}
		switch {
		case addErr == nil:
			added++
			if !hasProgram(t, s, "p") {
				t.Fatalf("round %d: job %s stored, its program deleted", i, job.ID)
			}
			if _, err := s.Cancel(job.ID, "done with it"); err != nil {
				t.Fatal(err)
			}
			if _, err := s.Sweep(time.Now().Add(4 * opts.Retention)); err != nil {
				t.Fatal(err)
			}
		case errors.Is(addErr, ErrNoProgram):
			refused++
			if len(s.Pending()) != 0 {
				t.Fatalf("round %d: a refused job is queued", i)
			}
		default:
			t.Fatal(addErr)
		}
		if hasProgram(t, s, "p") {
			t.Fatalf("round %d: program kept with no job naming it", i)
		}
	}
	t.Logf("%d jobs added before the sweep, %d refused after it", added, refused)
}
