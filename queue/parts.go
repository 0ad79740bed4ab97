package queue

import (
	"errors"
	"fmt"
	"strings"

	"github.com/dgraph-io/badger/v4"
)

// Parts are a running job's intermediate results kept across restarts: a
// long run's segment proofs and aggregations (docs/recursion.md, "In the
// node"). A job's parts
// are written while it runs, read back when it runs again after a restart,
// and deleted when it reaches a terminal state (and by Sweep). The store
// does not look inside them.
const (
	// MaxPartBytes bounds one part.
	MaxPartBytes = 1 << 20
	// MaxPartName bounds a part's name.
	MaxPartName = 64
)

// ErrPartTooLarge: a part over MaxPartBytes or a name over MaxPartName.
var ErrPartTooLarge = errors.New("job part too large")

const prefixPart = "part/"

func partPrefix(id string) string { return prefixPart + id + "/" }

// Progress is how far a running job is, for the doors (GetProof, GetStatus,
// the CLI). It is kept with the job, so it survives a restart.
type Progress struct {
	// Stage is what the job is doing: "keys" (waiting for the long-run
	// keys), "segments", "aggregate", "final" for a long run
	// (docs/recursion.md).
	Stage            string `json:"stage"`
	SegmentsDone     int    `json:"segments_done"`
	Segments         int    `json:"segments"`
	AggregationsDone int    `json:"aggregations_done"`
	Aggregations     int    `json:"aggregations"`
	// Resumed counts the segments found already proven when the job started
	// again (after a restart), included in SegmentsDone.
	Resumed int `json:"resumed,omitempty"`
	// AggregationsResumed counts the aggregations found already proven
	// when the job started again, included in AggregationsDone.
	AggregationsResumed int `json:"aggregations_resumed,omitempty"`
}

// String is the progress in words ("segments 3/8 proven (2 resumed)").
func (p *Progress) String() string {
	switch p.Stage {
	case "segments":
		s := fmt.Sprintf("segments %d/%d proven", p.SegmentsDone, p.Segments)
		if p.Resumed > 0 {
			s += fmt.Sprintf(" (%d kept from an earlier attempt)", p.Resumed)
		}
		return s
	case "aggregate":
		s := fmt.Sprintf("%d segments proven; aggregations %d/%d", p.Segments, p.AggregationsDone, p.Aggregations)
		if p.AggregationsResumed > 0 {
			s += fmt.Sprintf(" (%d kept from an earlier attempt)", p.AggregationsResumed)
		}
		return s
	case "final":
		return fmt.Sprintf("%d segments proven and aggregated; final proof", p.Segments)
	case StageKeys:
		s := "waiting for the long-run keys (being made or loaded in the background)"
		if p.Segments > 0 {
			s += fmt.Sprintf("; %d/%d segments proven and kept", p.SegmentsDone, p.Segments)
			if p.AggregationsDone > 0 {
				s += fmt.Sprintf(", %d/%d aggregations kept", p.AggregationsDone, p.Aggregations)
			}
		}
		return s
	case StageRequeued:
		s := fmt.Sprintf("queued again: %d/%d segments proven and kept", p.SegmentsDone, p.Segments)
		if p.AggregationsDone > 0 {
			s += fmt.Sprintf(", %d/%d aggregations kept", p.AggregationsDone, p.Aggregations)
		}
		return s + "; the rest resumes when a worker takes the job"
	default:
		return p.Stage
	}
}

// StageRequeued is the stage of a long job put back in the queue after it
// had started (a stop, a crash, a retry): its segment proofs and
// aggregations are kept (its final proof, not kept, starts again).
const StageRequeued = "requeued"

// StageKeys is the stage of a long job waiting in the queue for the long-run
// keys (jobs.Pool parks it), with what it kept (Parked).
const StageKeys = "keys"

// Parked is the progress of a long job parked to wait for the long-run keys,
// whose progress was p: what it kept is still said (review: a job that kept
// 2/3 segments read as none while the keys loaded after a restart).
func Parked(p *Progress) Progress {
	if p != nil && (p.Stage == StageRequeued || p.Stage == StageKeys) {
		return p.kept(StageKeys)
	}
	return Progress{Stage: StageKeys}
}

// kept is p's counts of what was proven and kept, at stage.
func (p *Progress) kept(stage string) Progress {
	return Progress{Stage: stage, SegmentsDone: p.SegmentsDone, Segments: p.Segments,
		AggregationsDone: p.AggregationsDone, Aggregations: p.Aggregations}
}

// Unpark ends the wait of queued job id for the long-run keys (stage "keys"):
// they are there, so its progress says what it kept, as a requeued job's, or
// nothing (it read "waiting for the long-run keys" until a worker took it). A
// job in any other state or stage is left alone.
func (s *Store) Unpark(id string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return ErrClosed
	}
	j, ok := s.active[id]
	if !ok || j.State != Queued || j.Progress == nil || j.Progress.Stage != StageKeys {
		return nil
	}
	next := *j
	next.Progress = nil
	if j.Progress.Segments > 0 {
		kept := j.Progress.kept(StageRequeued)
		next.Progress = &kept
	}
	if err := s.put(&next); err != nil {
		return fmt.Errorf("recording progress of job %s: %w", id, err)
	}
	*j = next
	return nil
}

// requeuedProgress is the progress of a job put back in the queue: a long
// run's stage under way is no longer under way (it read "final proof" while
// queued), what it proved and kept is said; other progress (waiting for the
// keys) is kept as it is.
func requeuedProgress(p *Progress) *Progress {
	if p == nil {
		return nil
	}
	done := p.Segments // every segment proven, in the aggregate and final stages
	switch p.Stage {
	case "segments":
		done = p.SegmentsDone
	case "aggregate", "final":
	default:
		return p
	}
	r := &Progress{Stage: StageRequeued, SegmentsDone: done, Segments: p.Segments}
	if p.Stage != "segments" { // aggregations are kept as they are made
		r.AggregationsDone, r.Aggregations = p.AggregationsDone, p.Aggregations
	}
	return r
}

// SetProgress records a running job's progress (persisted with the job). A
// job that is not running is left alone (ErrNotRunning).
func (s *Store) SetProgress(id string, p Progress) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return ErrClosed
	}
	j, ok := s.active[id]
	if !ok || j.State != Running {
		return fmt.Errorf("recording progress of job %s: %w", id, ErrNotRunning)
	}
	next := *j
	next.Progress = &p
	if err := s.put(&next); err != nil {
		return fmt.Errorf("recording progress of job %s: %w", id, err)
	}
	*j = next
	return nil
}

// PutPart stores (or replaces) a part of a running job. A job that is not
// running is refused (ErrNotRunning): a cancelled job's late parts are not
// kept.
func (s *Store) PutPart(id, name string, data []byte) error {
	if len(name) == 0 || len(name) > MaxPartName || strings.Contains(name, "/") {
		return fmt.Errorf("part name %q: empty, over %d bytes or with a slash: %w", name, MaxPartName, ErrPartTooLarge)
	}
	if len(data) > MaxPartBytes {
		return fmt.Errorf("part %s of job %s: %d bytes, over %d: %w", name, id, len(data), MaxPartBytes, ErrPartTooLarge)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return ErrClosed
	}
	if j, ok := s.active[id]; !ok || j.State != Running {
		return fmt.Errorf("keeping part %s of job %s: %w", name, id, ErrNotRunning)
	}
	if err := s.update(func(txn *badger.Txn) error { return txn.Set([]byte(partPrefix(id)+name), data) }); err != nil {
		return fmt.Errorf("keeping part %s of job %s: %w", name, id, err)
	}
	return nil
}

// Parts returns a job's parts by name (none: an empty map).
func (s *Store) Parts(id string) (map[string][]byte, error) {
	out := map[string][]byte{}
	pre := []byte(partPrefix(id))
	err := s.view(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{PrefetchValues: true, PrefetchSize: 16, Prefix: pre})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			v, err := it.Item().ValueCopy(nil)
			if err != nil {
				return err
			}
			out[string(it.Item().Key()[len(pre):])] = v
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("reading the parts of job %s: %w", id, err)
	}
	return out, nil
}

// deleteParts deletes a job's parts (in batches: a long run has thousands).
func (s *Store) deleteParts(id string) error {
	pre := []byte(partPrefix(id))
	for {
		var keys [][]byte
		var size int64 // of their values (for Sweep's compactDeletions)
		err := s.view(func(txn *badger.Txn) error {
			it := txn.NewIterator(badger.IteratorOptions{Prefix: pre})
			defer it.Close()
			for it.Rewind(); it.Valid() && len(keys) < 1000; it.Next() {
				keys = append(keys, it.Item().KeyCopy(nil))
				size += inValueLog(it.Item().ValueSize())
			}
			return nil
		})
		if err != nil || len(keys) == 0 {
			return err
		}
		if err := s.update(func(txn *badger.Txn) error {
			for _, k := range keys {
				if err := txn.Delete(k); err != nil {
					return err
				}
			}
			return nil
		}); err != nil {
			return err
		}
		s.deleted.Add(size)
	}
}

// orphanParts returns the ids of jobs that have parts but no record (their
// record deleted before their parts by a version before session 29, with a
// crash in between): Sweep deletes those parts, which nothing else finds.
func (s *Store) orphanParts() ([]string, error) {
	var ids []string
	err := s.view(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte(prefixPart)})
		defer it.Close()
		last := ""
		for it.Rewind(); it.Valid(); it.Next() {
			rest := string(it.Item().Key()[len(prefixPart):])
			id, _, ok := strings.Cut(rest, "/")
			if !ok || id == last {
				continue
			}
			last = id
			if _, err := txn.Get([]byte(prefixJob + id)); errors.Is(err, badger.ErrKeyNotFound) {
				ids = append(ids, id)
			} else if err != nil {
				return err
			}
		}
		return nil
	})
	return ids, err
}

// countParts counts a job's parts (keys only).
func (s *Store) countParts(id string) (int, error) {
	n := 0
	err := s.view(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte(partPrefix(id))})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			n++
		}
		return nil
	})
	return n, err
}
