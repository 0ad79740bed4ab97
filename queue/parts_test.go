package queue

import (
	"bytes"
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestPartsAcrossRestart: a running job's parts and progress survive a crash
// (the store closed while the job runs), the job runs again with them, and
// they are deleted when it finishes.
func TestPartsAcrossRestart(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir, DefaultOptions())
	j := enqueue(t, s, "long")
	other := enqueue(t, s, "other")
	if err := s.PutPart(j.ID, "seg-0", []byte("x")); !errors.Is(err, ErrNotRunning) {
		t.Fatalf("part of a queued job: %v", err)
	}
	if got, _ := next(t, s); got.ID != j.ID {
		t.Fatalf("next %s", got.ID)
	}
	for _, name := range []string{"seg-0", "seg-1"} {
		if err := s.PutPart(j.ID, name, []byte("proof of "+name)); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.PutPart(j.ID, "seg-1", []byte("again")); err != nil { // replaced
		t.Fatal(err)
	}
	if err := s.SetProgress(j.ID, Progress{Stage: "segments", SegmentsDone: 2, Segments: 5}); err != nil {
		t.Fatal(err)
	}
	if err := s.SetProgress(other.ID, Progress{Stage: "segments"}); !errors.Is(err, ErrNotRunning) {
		t.Fatalf("progress of a queued job: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s = open(t, dir, DefaultOptions())
	defer s.Close()
	got, _ := next(t, s)
	if got.ID != j.ID || got.Progress == nil || got.Progress.SegmentsDone != 2 || got.Progress.Segments != 5 {
		t.Fatalf("after restart: job %s progress %+v", got.ID, got.Progress)
	}
	parts, err := s.Parts(j.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(parts) != 2 || string(parts["seg-0"]) != "proof of seg-0" || string(parts["seg-1"]) != "again" {
		t.Fatalf("parts after restart: %q", parts)
	}
	if p, err := s.Parts(other.ID); err != nil || len(p) != 0 {
		t.Fatalf("another job's parts: %q %v", p, err)
	}
	if _, err := s.Finish(j.ID, Done, Result{}); err != nil {
		t.Fatal(err)
	}
	if p, err := s.Parts(j.ID); err != nil || len(p) != 0 {
		t.Fatalf("parts of a finished job: %q %v", p, err)
	}
	if err := s.PutPart(j.ID, "seg-2", []byte("late")); !errors.Is(err, ErrNotRunning) {
		t.Fatalf("part of a finished job: %v", err)
	}
	if done, err := s.Get(j.ID); err != nil || done.Progress == nil || done.Progress.Segments != 5 {
		t.Fatalf("finished job keeps its last progress: %+v %v", done.Progress, err)
	}
}

// TestPartsCancelledAndSwept: cancelling a running job deletes its parts;
// bounds on names and sizes hold.
func TestPartsCancelledAndSwept(t *testing.T) {
	s := open(t, t.TempDir(), DefaultOptions())
	defer s.Close()
	j := enqueue(t, s, "long")
	next(t, s)
	for _, bad := range []struct {
		name string
		data []byte
	}{
		{"", []byte("x")},
		{"a/b", []byte("x")},
		{strings.Repeat("n", MaxPartName+1), []byte("x")},
		{"big", bytes.Repeat([]byte{1}, MaxPartBytes+1)},
	} {
		if err := s.PutPart(j.ID, bad.name, bad.data); !errors.Is(err, ErrPartTooLarge) {
			t.Fatalf("part %.10q of %d bytes: %v", bad.name, len(bad.data), err)
		}
	}
	for i := range 1500 { // more than one deletion batch
		if err := s.PutPart(j.ID, "seg-"+strconv.Itoa(i), []byte{byte(i)}); err != nil {
			t.Fatal(err)
		}
	}
	if p, _ := s.Parts(j.ID); len(p) != 1500 {
		t.Fatalf("%d parts", len(p))
	}
	if _, err := s.Cancel(j.ID, "by the test"); err != nil {
		t.Fatal(err)
	}
	if p, err := s.Parts(j.ID); err != nil || len(p) != 0 {
		t.Fatalf("parts of a cancelled job: %d %v", len(p), err)
	}
	if n, err := s.Sweep(time.Now().Add(30 * 24 * time.Hour)); err != nil || n != 1 {
		t.Fatalf("sweep: %d %v", n, err)
	}
}

// TestProgressString: what GetProof and the CLI show of a long run's
// progress, segments and aggregations kept from an earlier attempt
// included.
func TestProgressString(t *testing.T) {
	for _, c := range []struct {
		p    Progress
		want string
	}{
		{Progress{Stage: "segments", SegmentsDone: 3, Segments: 8}, "segments 3/8 proven"},
		{Progress{Stage: "segments", SegmentsDone: 3, Segments: 8, Resumed: 2}, "segments 3/8 proven (2 kept from an earlier attempt)"},
		{Progress{Stage: "aggregate", SegmentsDone: 8, Segments: 8, AggregationsDone: 2, Aggregations: 7},
			"8 segments proven; aggregations 2/7"},
		{Progress{Stage: "aggregate", SegmentsDone: 8, Segments: 8, AggregationsDone: 5, Aggregations: 7, Resumed: 8, AggregationsResumed: 4},
			"8 segments proven; aggregations 5/7 (4 kept from an earlier attempt)"},
		{Progress{Stage: "final", SegmentsDone: 8, Segments: 8, AggregationsDone: 7, Aggregations: 7}, "8 segments proven and aggregated; final proof"},
	} {
		if got := c.p.String(); got != c.want {
			t.Errorf("%+v: %q, want %q", c.p, got, c.want)
		}
	}
}
