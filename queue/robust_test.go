package queue

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/dgraph-io/badger/v4"
)

// TestCrashedJobFailedAfterMaxCrashes: a job found running at Open (the
// node died while it ran) is queued again, ahead of newer jobs, until it
// has been found so MaxCrashes times; then it is failed (reason internal),
// its parts deleted, and the jobs behind it are served: a job that kills the
// node does not keep it from ever proving another.
func TestCrashedJobFailedAfterMaxCrashes(t *testing.T) {
	dir := t.TempDir()
	o := DefaultOptions()
	o.MaxCrashes = 3
	s := open(t, dir, o)
	a := enqueue(t, s, "a")
	b := enqueue(t, s, "b")
	for crash := 1; crash < o.MaxCrashes; crash++ {
		if j, _ := next(t, s); j.ID != a.ID {
			t.Fatalf("after %d crashes the node took %s, want the crashed job %s first", crash-1, j.ID, a.ID)
		}
		if err := s.PutPart(a.ID, "segment-0", []byte("proof")); err != nil {
			t.Fatal(err)
		}
		_ = s.Abort() // the node dies with a running
		s = open(t, dir, o)
		if j, err := s.Get(a.ID); err != nil || j.State != Queued || j.Crashes != crash {
			t.Fatalf("after crash %d: %+v %v, want queued with %d crashes", crash, j, err, crash)
		}
	}
	next(t, s)
	_ = s.Abort()
	s = open(t, dir, o)
	defer s.Close()
	j, err := s.Get(a.ID)
	if err != nil || j.State != Failed || j.Result == nil || j.Result.Reason != "internal" || !strings.Contains(j.Result.Error, "3 times") {
		t.Fatalf("after %d crashes: %+v %v, want failed", o.MaxCrashes, j, err)
	}
	if parts, err := s.Parts(a.ID); err != nil || len(parts) != 0 {
		t.Fatalf("parts of the failed job: %v %v", parts, err)
	}
	if j, _ := next(t, s); j.ID != b.ID {
		t.Fatalf("next job %s, want %s", j.ID, b.ID)
	}
}

// TestNextFailsJobWithoutRequest: a queued job whose request is missing
// from the store is failed by Next, which serves the job behind it (it
// returned the error for that job forever, and the queue stalled).
func TestNextFailsJobWithoutRequest(t *testing.T) {
	s := open(t, t.TempDir(), DefaultOptions())
	defer s.Close()
	a := enqueue(t, s, "a")
	b := enqueue(t, s, "b")
	if err := s.db.Update(func(txn *badger.Txn) error { return txn.Delete([]byte(prefixReq + a.ID)) }); err != nil {
		t.Fatal(err)
	}
	if j, req := next(t, s); j.ID != b.ID || string(req) != "b" {
		t.Fatalf("Next gave %s %q, want %s", j.ID, req, b.ID)
	}
	if j, err := s.Get(a.ID); err != nil || j.State != Failed || j.Result == nil || j.Result.Reason != "internal" {
		t.Fatalf("the job without its request: %+v %v", j, err)
	}
}

// TestSweepOrphanPartsAndLast: Sweep deletes the parts of a job whose record
// is gone (a version before session 29 deleted the record first, and a
// crash in between left the parts for good), and GetStatus's last finished
// job is forgotten once swept (it named a job that read as unknown).
func TestSweepOrphanPartsAndLast(t *testing.T) {
	o := DefaultOptions()
	o.Retention = time.Millisecond
	s := open(t, t.TempDir(), o)
	defer s.Close()
	a := enqueue(t, s, "a")
	next(t, s)
	if err := s.PutPart(a.ID, "segment-0", []byte("x")); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Finish(a.ID, Done, Result{}); err != nil {
		t.Fatal(err)
	}
	// parts left by a crash between the record's deletion and theirs
	orphan := "00000000-0000-4000-8000-000000000001"
	if err := s.db.Update(func(txn *badger.Txn) error { return txn.Set([]byte(partPrefix(orphan)+"segment-0"), []byte("y")) }); err != nil {
		t.Fatal(err)
	}
	if last, ok := s.LastFinished(); !ok || last.ID != a.ID {
		t.Fatalf("last finished %+v %v", last, ok)
	}
	time.Sleep(5 * time.Millisecond)
	if n, err := s.Sweep(time.Now()); err != nil || n != 1 {
		t.Fatalf("sweep: %d %v", n, err)
	}
	if parts, err := s.Parts(orphan); err != nil || len(parts) != 0 {
		t.Fatalf("parts of a deleted job after a sweep: %v %v", parts, err)
	}
	if last, ok := s.LastFinished(); ok {
		t.Fatalf("last finished job %s after it was swept", last.ID)
	}
}

// TestCrashCountResetsOnProgress: a long job that kept another segment
// proof between two crashes made progress: its count starts again, so a
// long run that resumes across several crashes (each for another cause) is
// not failed by the cap.
func TestCrashCountResetsOnProgress(t *testing.T) {
	dir := t.TempDir()
	o := DefaultOptions()
	o.MaxCrashes = 2
	s := open(t, dir, o)
	a := enqueue(t, s, "a")
	for i := range 5 {
		if j, _ := next(t, s); j.ID != a.ID {
			t.Fatalf("took %s", j.ID)
		}
		if err := s.PutPart(a.ID, fmt.Sprintf("segment-%d", i), []byte("proof")); err != nil {
			t.Fatal(err)
		}
		_ = s.Abort()
		s = open(t, dir, o)
		if j, err := s.Get(a.ID); err != nil || j.State != Queued || j.Crashes != 1 {
			t.Fatalf("after crash %d with progress: %+v %v", i+1, j, err)
		}
	}
	_ = s.Close()
}

// TestRequeuedProgress: a long job put back in the queue (Requeue, a clean
// stop, a crash) no longer reads as under way ("final proof" while queued):
// its stage says it was queued again with the segments and aggregations it
// proved and kept; a job parked to wait for the keys says what it kept, and
// reads as requeued once they are there.
func TestRequeuedProgress(t *testing.T) {
	dir := t.TempDir()
	o := DefaultOptions()
	s := open(t, dir, o)
	a := enqueue(t, s, "a")
	check := func(when, stage string, done int, says string) {
		t.Helper()
		j, err := s.Get(a.ID)
		if err != nil || j.State != Queued || j.Progress == nil || j.Progress.Stage != stage || j.Progress.SegmentsDone != done || j.Progress.Segments != 8 {
			t.Fatalf("%s: %+v %+v %v", when, j, j.Progress, err)
		}
		if !strings.HasPrefix(j.Progress.String(), says) {
			t.Fatalf("%s: %q, want %q", when, j.Progress.String(), says)
		}
	}
	for _, c := range []struct {
		name string
		p    Progress
		stop func()
		done int
		says string
	}{
		{"requeued in the final stage", Progress{Stage: "final", SegmentsDone: 8, Segments: 8, AggregationsDone: 7, Aggregations: 7}, func() {
			if err := s.Requeue(a.ID); err != nil {
				t.Fatal(err)
			}
		}, 8, "queued again: 8/8 segments proven and kept, 7/7 aggregations kept; the rest resumes"},
		{"a clean stop while aggregating", Progress{Stage: "aggregate", SegmentsDone: 8, Segments: 8, AggregationsDone: 3, Aggregations: 7}, func() {
			_ = s.Close()
			s = open(t, dir, o)
		}, 8, "queued again: 8/8 segments proven and kept, 3/7 aggregations kept; the rest resumes"},
		{"a crash while proving segments", Progress{Stage: "segments", SegmentsDone: 5, Segments: 8, Aggregations: 7}, func() {
			_ = s.Abort()
			s = open(t, dir, o)
		}, 5, "queued again: 5/8 segments proven and kept; the rest resumes"},
	} {
		if j, _ := next(t, s); j.ID != a.ID {
			t.Fatalf("took %s", j.ID)
		}
		if err := s.SetProgress(a.ID, c.p); err != nil {
			t.Fatal(err)
		}
		c.stop()
		check(c.name, StageRequeued, c.done, c.says)
	}
	// Parked to wait for the keys (jobs.Pool.park) after the crash: what it kept is still said
	// (review: it read as nothing kept), then, the keys there (Unpark), as a requeued job's.
	if j, _ := next(t, s); j.ID != a.ID {
		t.Fatalf("took %s", j.ID)
	}
	was, err := s.Get(a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SetProgress(a.ID, Parked(was.Progress)); err != nil {
		t.Fatal(err)
	}
	if err := s.Requeue(a.ID); err != nil {
		t.Fatal(err)
	}
	check("parked for the keys", StageKeys, 5, "waiting for the long-run keys (being made or loaded in the background); 5/8 segments proven and kept")
	if err := s.Unpark(a.ID); err != nil {
		t.Fatal(err)
	}
	check("the keys there", StageRequeued, 5, "queued again: 5/8 segments proven and kept")
	// A job that kept nothing says nothing once the keys are there.
	if j, _ := next(t, s); j.ID != a.ID {
		t.Fatalf("took %s", j.ID)
	}
	if err := s.SetProgress(a.ID, Parked(nil)); err != nil {
		t.Fatal(err)
	}
	if err := s.Requeue(a.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.Unpark(a.ID); err != nil {
		t.Fatal(err)
	}
	if j, err := s.Get(a.ID); err != nil || j.State != Queued || j.Progress != nil {
		t.Fatalf("unparked, nothing kept: %+v (%v)", j.Progress, err)
	}
	_ = s.Close()
}
