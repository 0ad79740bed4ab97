package queue

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// vlogBytes is the disk space that the value log files in dir take (their
// allocated blocks: the file Badger writes to is mapped at twice
// Options.valueLogFileSize, but only what it wrote takes space), and how
// many they are.
func vlogBytes(t *testing.T, dir string) (int64, int) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.vlog"))
	if err != nil {
		t.Fatal(err)
	}
	var n int64
	for _, f := range files {
		fi, err := os.Stat(f)
		if err != nil {
			t.Fatal(err)
		}
		st, ok := fi.Sys().(*syscall.Stat_t)
		if !ok {
			t.Skip("no allocated size on this platform")
		}
		n += int64(st.Blocks) * 512 //nolint:unconvert // field types differ between platforms
	}
	return n, len(files)
}

// TestSweepReturnsValueLogSpace: requests, results and parts of 1 MiB and
// more live in Badger's value log, whose files only shrink when Badger
// rewrites them without their deleted values, which it counts only when a
// compaction reaches the deletions. A sweep that deletes large finished
// jobs gives their space back to the file system (compactDeletions,
// collectValueLog); the jobs that stay (running, their large requests and
// parts in the same files) read back whole, before and after a restart, and
// the swept ones stay deleted; jobs added meanwhile wait, none is refused.
func TestSweepReturnsValueLogSpace(t *testing.T) {
	dir := t.TempDir()
	opts := DefaultOptions()
	opts.SyncWrites = false
	opts.valueLogFileSize = 4 << 20
	s := open(t, dir, opts)
	defer s.Close()
	// the node sweeps at its start: the first sweep compacts whatever the
	// store holds, the next ones what they (and Finish) deleted
	if _, err := s.Sweep(time.Now()); err != nil {
		t.Fatal(err)
	}

	rng := rand.NewChaCha8([32]byte{1})
	blob := func(n int) []byte { // incompressible, as proofs are
		b := make([]byte, n)
		_, _ = rng.Read(b)
		return b
	}
	const jobs = 16
	live := map[string][][]byte{} // the jobs that stay (running): request, part
	var swept []string
	stays := func(i int) bool { return i%4 == 0 }
	for i := range jobs {
		// the value log files (4 MiB and the value that passes it) hold
		// three requests, one of a job that stays: smaller, so that each
		// file is more than half deleted (Badger rewrites those only)
		size := 2 << 20
		if stays(i) {
			size = 1280 << 10
		}
		if _, err := s.Add(NewJob{Request: blob(size)}); err != nil {
			t.Fatal(err)
		}
	}
	for i := range jobs {
		j, req := next(t, s)
		if stays(i) {
			part := blob(MaxPartBytes) // in the value log as well
			if err := s.PutPart(j.ID, "segment-0", part); err != nil {
				t.Fatal(err)
			}
			live[j.ID] = [][]byte{req, part}
			continue
		}
		proof, err := json.Marshal(fmt.Sprintf("%x", blob(700<<10))) // a 1.4 MiB result
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.Finish(j.ID, Done, Result{Proof: proof}); err != nil {
			t.Fatal(err)
		}
		swept = append(swept, j.ID)
	}
	before, files := vlogBytes(t, dir)
	t.Logf("before the sweep: %d value log files, %.1f MiB", files, float64(before)/(1<<20))
	if before < 40<<20 {
		t.Fatalf("the jobs took %d bytes of value log: too few for the test", before)
	}

	// Jobs come in while the sweep runs (it holds the store for the time
	// it compacts): they wait, none is refused.
	stop := make(chan struct{})
	added := make(chan int)
	go func() {
		n := 0
		defer func() { added <- n }()
		for {
			select {
			case <-stop:
				return
			default:
			}
			j, err := s.Add(NewJob{Request: []byte("small")})
			if err == nil {
				_, err = s.Get(j.ID)
			}
			if err != nil {
				t.Errorf("a job added while the sweep ran: %v", err)
				return
			}
			if n++; n == 500 { // within MaxPending
				return
			}
			time.Sleep(time.Millisecond)
		}
	}()
	start := time.Now()
	n, err := s.Sweep(time.Now().Add(opts.Retention + time.Hour))
	took := time.Since(start)
	close(stop)
	small := <-added
	if err != nil || n != len(swept) {
		t.Fatalf("swept %d jobs, want %d: %v", n, len(swept), err)
	}
	after, files := vlogBytes(t, dir)
	t.Logf("after the sweep (%v, %d jobs added meanwhile): %d value log files, %.1f MiB", took.Round(time.Millisecond), small, files, float64(after)/(1<<20))
	if after > before/3 {
		t.Fatalf("the value log takes %d bytes after the sweep, %d before: the swept jobs' space was not given back", after, before)
	}

	check := func(s *Store) {
		t.Helper()
		for id, want := range live {
			req, err := s.Request(id)
			if err != nil || !bytes.Equal(req, want[0]) {
				t.Fatalf("the request of running job %s after the sweep: %d bytes, %v", id, len(req), err)
			}
			parts, err := s.Parts(id)
			if err != nil || !bytes.Equal(parts["segment-0"], want[1]) {
				t.Fatalf("the part of running job %s after the sweep: %d bytes, %v", id, len(parts["segment-0"]), err)
			}
		}
		for _, id := range swept {
			if _, err := s.Get(id); !errors.Is(err, ErrNotFound) {
				t.Fatalf("swept job %s: %v", id, err)
			}
		}
		if c := s.Counts(); c[Running]+c[Queued] != len(live)+small || c[Done] != 0 {
			t.Fatalf("counts after the sweep: %v, want %d jobs", c, len(live)+small)
		}
	}
	check(s)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = open(t, dir, opts)
	defer s.Close()
	check(s)
}

// TestSmallDeletionsDoNotCompact: deleted values under Badger's value threshold live in the
// LSM tree, not the value log: sweeping them does not count toward a compaction (which would
// stall the store at every sweep for nothing); a large one does.
func TestSmallDeletionsDoNotCompact(t *testing.T) {
	opts := DefaultOptions()
	opts.SyncWrites = false
	opts.Retention = time.Hour
	s := open(t, t.TempDir(), opts)
	defer s.Close()
	if _, err := s.Sweep(time.Now()); err != nil { // the first sweep after Open compacts
		t.Fatal(err)
	}
	// finish runs a job of request to its end; part, when set, is kept
	// as its part first (deleted with it at the end).
	finish := func(request, part []byte) {
		t.Helper()
		if _, err := s.Add(NewJob{Request: request}); err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		j, _, err := s.Next(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if part != nil {
			if err := s.PutPart(j.ID, "segment-0", part); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := s.Finish(j.ID, Done, Result{}); err != nil {
			t.Fatal(err)
		}
	}
	for i := 0; i < 64; i++ {
		finish(make([]byte, 64<<10), nil) // 4 MiB in all, each in the LSM tree
	}
	if n, err := s.Sweep(time.Now().Add(2 * time.Hour)); err != nil || n != 64 {
		t.Fatalf("swept %d (%v)", n, err)
	}
	if d := s.deleted.Load(); d != 0 {
		t.Fatalf("small deletions counted %d bytes toward a compaction", d)
	}
	// A job's large part, deleted when the job ends, counts; the sweep then compacts.
	finish([]byte("r"), make([]byte, 1<<20))
	if d := s.deleted.Load(); d < 1<<20 || d > 1<<20+64 {
		t.Fatalf("a deleted part of 1 MiB counted %d bytes", d)
	}
	if _, err := s.Sweep(time.Now().Add(4 * time.Hour)); err != nil {
		t.Fatal(err)
	}
	if d := s.deleted.Load(); d != 0 {
		t.Fatalf("%d bytes left counted after a sweep that compacted", d)
	}
}
