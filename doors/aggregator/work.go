package aggregator

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/google/uuid"
	"google.golang.org/protobuf/encoding/protojson"

	"github.com/zkprover/zkprover/auth"
	"github.com/zkprover/zkprover/errs"
	"github.com/zkprover/zkprover/jobs"
	pb "github.com/zkprover/zkprover/proto/aggregator/v1"
	"github.com/zkprover/zkprover/prover/longrun"
	"github.com/zkprover/zkprover/queue"
)

// Aggregations and sequence final proofs take minutes, so they are work
// items: GenAggregatedProof and GenFinalProof answer with an id at once,
// the item is kept on disk (a restart proves it again) and one worker
// proves the items in order (each holds the aggregation or final key's
// proving buffers: one at a time); GetProof answers for the id.
//
// An item belongs to the aggregator that asked for it (Owner, the stream's
// principal, "aggregator HOST:PORT", as its batch jobs): only that one sees
// it in GetStatus, reads it with GetProof and cancels it; to another
// aggregator its id is unknown. An item recorded before owners were (no
// Owner) stays visible to every aggregator, as it was, until retention
// sweeps it.

// Work kinds.
const (
	workAggregate = "aggregate"
	workFinal     = "final"
)

// Work states.
const (
	workPending   = "pending"
	workDone      = "done"
	workFailed    = "failed"
	workCancelled = "cancelled"
)

// workRecord is one work item.
type workRecord struct {
	ID         string    `json:"id"`
	Kind       string    `json:"kind"`
	State      string    `json:"state"`
	Created    time.Time `json:"created"`
	Inputs     []string  `json:"inputs"`               // the recursive proofs
	Aggregator string    `json:"aggregator,omitempty"` // final: aggregator_addr
	Owner      string    `json:"owner,omitempty"`      // the principal that asked for it ("": recorded before owners were)
	Result     string    `json:"result,omitempty"`     // aggregate: the recursive proof; final: the FinalProof (protojson)
	Reason     string    `json:"reason,omitempty"`     // failed: the error class (errs)
	Error      string    `json:"error,omitempty"`
}

// workStore keeps work items, one JSON file each, written atomically; the
// ids of pending items are also held in memory (GetStatus asks often).
type workStore struct {
	dir  string
	mu   sync.Mutex
	pend map[string]pendingItem // pending items
	// maxPending caps the pending items, maxEach one owner's (0: no cap):
	// add refuses more (room).
	maxPending, maxEach int
}

// pendingItem is what GetStatus needs of a pending item.
type pendingItem struct {
	created time.Time // when it was made
	owner   string
}

// ownedBy reports whether p may see and act on an item (or a final proof) of
// owner: its own, every one for an admin (the node itself), and those
// recorded before owners were ("") for anyone.
func ownedBy(p auth.Principal, owner string) bool { return owner == "" || p.Owns(owner) }

func openWorkStore(dir string) (*workStore, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("creating work folder %s: %w", dir, err)
	}
	s := &workStore{dir: dir}
	if err := s.scan(); err != nil {
		return nil, err
	}
	return s, nil
}

// scan rebuilds the set of pending items from the folder.
func (s *workStore) scan() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	ents, err := os.ReadDir(s.dir)
	if err != nil {
		return fmt.Errorf("listing work: %w", err)
	}
	s.pend = map[string]pendingItem{}
	for _, e := range ents {
		id, ok := strings.CutSuffix(e.Name(), ".json")
		if !ok {
			continue
		}
		if w, ok, err := s.read(id); err == nil && ok && w.State == workPending {
			s.pend[w.ID] = pendingItem{w.Created, w.Owner}
		}
	}
	return nil
}

// path is where item id is kept; ok is false when id is no UUID (no item).
func (s *workStore) path(id string) (string, bool) {
	u, err := uuid.Parse(id)
	if err != nil {
		return "", false
	}
	return filepath.Join(s.dir, u.String()+".json"), true
}

func (s *workStore) write(w *workRecord) error {
	p, ok := s.path(w.ID)
	if !ok {
		return fmt.Errorf("work id %q is not a UUID", w.ID)
	}
	b, err := json.Marshal(w)
	if err != nil {
		return err
	}
	if err := writeAtomic(s.dir, p, b); err != nil {
		return fmt.Errorf("writing work %s: %w", w.ID, err)
	}
	return nil
}

// room refuses a new pending item of owner when the pending items are at
// the cap (an error wrapping queue.ErrQueueFull), or owner's are at its
// share (queue.ErrOwnerFull, which wraps it). Doors ask before they check
// the item's proofs; add asks again, binding.
func (s *workStore) room(owner string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.roomLocked(owner)
}

// roomLocked is room under s.mu.
func (s *workStore) roomLocked(owner string) error {
	if s.maxPending > 0 && len(s.pend) >= s.maxPending {
		return fmt.Errorf("%d aggregations and sequence final proofs pending (max %d); ask again when some are done: %w",
			len(s.pend), s.maxPending, queue.ErrQueueFull)
	}
	if s.maxEach > 0 && owner != "" {
		n := 0
		for _, it := range s.pend {
			if it.owner == owner {
				n++
			}
		}
		if n >= s.maxEach {
			return fmt.Errorf("%s has %d aggregations and sequence final proofs pending (max %d an aggregator); ask again when some are done: %w",
				owner, n, s.maxEach, queue.ErrOwnerFull)
		}
	}
	return nil
}

// add keeps a new pending item, if there is room for it (room).
func (s *workStore) add(w *workRecord) error {
	w.State, w.Created = workPending, time.Now().UTC()
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.roomLocked(w.Owner); err != nil {
		return err
	}
	if err := s.write(w); err != nil {
		return err
	}
	s.pend[w.ID] = pendingItem{w.Created, w.Owner}
	return nil
}

// get returns item id (ok false: no such item).
func (s *workStore) get(id string) (*workRecord, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.read(id)
}

// read is get under s.mu.
func (s *workStore) read(id string) (*workRecord, bool, error) {
	p, ok := s.path(id)
	if !ok {
		return nil, false, nil
	}
	b, err := os.ReadFile(p)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("reading work %s: %w", id, err)
	}
	var w workRecord
	if err := json.Unmarshal(b, &w); err != nil {
		return nil, false, fmt.Errorf("decoding %s: %w", p, err)
	}
	return &w, true, nil
}

// update applies f to item id unless it has ended; it returns whether f ran.
func (s *workStore) update(id string, f func(*workRecord)) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	w, ok, err := s.read(id)
	if err != nil || !ok || w.State != workPending {
		return false, err
	}
	f(w)
	if w.State != workPending {
		// A finished item answers with its result or its error: the
		// proofs it was asked for (up to max-request-bytes) go now, not
		// retention later.
		w.Inputs = nil
	}
	if err := s.write(w); err != nil {
		return true, err
	}
	if w.State != workPending {
		delete(s.pend, id)
	}
	return true, nil
}

// pending lists the pending items, oldest first.
func (s *workStore) pending() ([]*workRecord, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]*workRecord, 0, len(s.pend))
	for id := range s.pend {
		w, ok, err := s.read(id)
		if err != nil {
			return nil, err
		}
		if ok && w.State == workPending {
			out = append(out, w)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Created.Before(out[j].Created) })
	return out, nil
}

// pendingIDs are the ids of the pending items p owns (ownedBy), oldest
// first, and when the oldest was made (no file is read).
func (s *workStore) pendingIDs(p auth.Principal) ([]string, time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	ids := make([]string, 0, len(s.pend))
	for id, it := range s.pend {
		if ownedBy(p, it.owner) {
			ids = append(ids, id)
		}
	}
	sort.Slice(ids, func(i, j int) bool { return s.pend[ids[i]].created.Before(s.pend[ids[j]].created) })
	if len(ids) == 0 {
		return nil, time.Time{}
	}
	return ids, s.pend[ids[0]].created
}

// sweep deletes the items that finished before cutoff, and leftover
// temporary files. A pending item is kept however old it is: it is proven
// (again, after a restart) or cancelled first. A finished item's file was
// last written when it finished: its modification time is when.
func (s *workStore) sweep(cutoff time.Time) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	ents, err := os.ReadDir(s.dir)
	if err != nil {
		return 0, fmt.Errorf("listing work: %w", err)
	}
	n := 0
	for _, e := range ents {
		name := e.Name()
		id, isJSON := strings.CutSuffix(name, ".json")
		if !isJSON && !strings.HasPrefix(name, ".tmp-") {
			continue
		}
		info, err := e.Info()
		if err != nil || !info.ModTime().Before(cutoff) {
			continue
		}
		if isJSON {
			if _, pending := s.pend[id]; pending {
				continue
			}
			b, err := os.ReadFile(filepath.Join(s.dir, name))
			if err != nil {
				continue
			}
			// An undecodable record is no item (scan lists none): it goes.
			var w workRecord
			if json.Unmarshal(b, &w) == nil && w.State == workPending {
				continue
			}
		}
		if err := os.Remove(filepath.Join(s.dir, name)); err == nil {
			n++
		}
	}
	return n, nil
}

// kickWork wakes the work loop.
func (c *Client) kickWork() {
	select {
	case c.workKick <- struct{}{}:
	default:
	}
}

// workLoop proves pending items one at a time, oldest first, until ctx
// ends; items left pending (the node stopped) are proven after a restart.
func (c *Client) workLoop(ctx context.Context) {
	log := c.log.With().Str("stage", "work").Logger()
	for {
		items, err := c.work.pending()
		if err != nil {
			log.Error().Err(err).Msg("listing pending work")
		}
		for _, w := range items {
			if ctx.Err() != nil {
				return
			}
			c.runWork(ctx, w)
		}
		select {
		case <-ctx.Done():
			return
		case <-c.workKick:
		case <-time.After(time.Minute):
		}
	}
}

// runWork proves one item and records its outcome.
func (c *Client) runWork(ctx context.Context, w *workRecord) {
	log := c.log.With().Str("work", w.ID).Str("kind", w.Kind).Logger()
	wctx, cancel := context.WithCancel(ctx)
	defer cancel()
	c.wmu.Lock()
	c.running[w.ID] = cancel
	c.wmu.Unlock()
	defer func() {
		c.wmu.Lock()
		delete(c.running, w.ID)
		c.wmu.Unlock()
	}()
	// Cancelled between the listing and now?
	if cur, ok, err := c.work.get(w.ID); err != nil || !ok || cur.State != workPending {
		return
	}
	start := time.Now()
	log.Info().Msg("proving")
	ks, err := c.longRunKeys()
	var result string
	if err == nil {
		result, err = c.prove(wctx, ks, w)
	}
	if ctx.Err() != nil {
		log.Info().Msg("stopped by shutdown: proven again after the restart")
		return
	}
	if wctx.Err() != nil {
		log.Info().Msg("cancelled")
		c.metrics.work.WithLabelValues(w.Kind, workCancelled).Observe(time.Since(start).Seconds())
		return
	}
	if errors.Is(err, errs.ErrUnavailable) {
		// The keys are not loaded yet: the item waits for them.
		log.Info().Err(err).Msg("waiting for the long-run keys")
		select {
		case <-ctx.Done():
		case <-time.After(10 * time.Second):
		}
		return
	}
	_, uerr := c.work.update(w.ID, func(r *workRecord) {
		if err != nil {
			cl := errs.Classify(err)
			r.State, r.Reason, r.Error = workFailed, cl.Reason, err.Error()
			return
		}
		r.State, r.Result = workDone, result
	})
	if uerr != nil {
		log.Error().Err(uerr).Msg("recording the outcome")
	}
	if err != nil {
		c.metrics.work.WithLabelValues(w.Kind, workFailed).Observe(time.Since(start).Seconds())
		log.Warn().Err(err).Dur("took", time.Since(start)).Msg("failed")
		return
	}
	c.metrics.work.WithLabelValues(w.Kind, workDone).Observe(time.Since(start).Seconds())
	log.Info().Dur("took", time.Since(start)).Msg("done")
}

// cancelWork cancels a pending or running item of the caller (ctx's
// principal); ok is false when id is no work item, or another aggregator's.
func (c *Client) cancelWork(ctx context.Context, id string) (ok bool, err error) {
	id, err = jobs.CanonicalID(id) // the key of c.running and of the pending set
	if err != nil {
		return false, nil //nolint:nilerr // an id that is not a UUID names no work item
	}
	w, ok, err := c.work.get(id)
	if err != nil || !ok {
		return ok, err
	}
	if !ownedBy(auth.From(ctx), w.Owner) {
		return false, nil
	}
	ran, err := c.work.update(id, func(r *workRecord) { r.State, r.Error = workCancelled, "cancelled" })
	if err != nil {
		return true, err
	}
	if !ran {
		return true, fmt.Errorf("work %s is %s: %w", id, w.State, queue.ErrFinished)
	}
	c.wmu.Lock()
	if cancel := c.running[id]; cancel != nil {
		cancel()
	}
	c.wmu.Unlock()
	return true, nil
}

// workProof is GetProof's answer for a work item of the caller (ctx's
// principal), waiting up to wait for a pending one to end; ok is false when
// id is no work item, or another aggregator's.
func (c *Client) workProof(ctx context.Context, id string, wait time.Duration) (*pb.GetProofResponse, bool) {
	id, err := jobs.CanonicalID(id)
	if err != nil {
		return nil, false // an id that is not a UUID names no work item
	}
	deadline := time.Now().Add(wait)
	caller := auth.From(ctx)
	for {
		w, ok, err := c.work.get(id)
		if err != nil {
			return &pb.GetProofResponse{Id: id, Result: pb.GetProofResponse_RESULT_INTERNAL_ERROR, ResultString: err.Error()}, true
		}
		if !ok || !ownedBy(caller, w.Owner) {
			return nil, false
		}
		switch w.State {
		case workDone:
			if w.Kind == workAggregate {
				return &pb.GetProofResponse{Id: id, Result: pb.GetProofResponse_RESULT_COMPLETED_OK,
					Proof: &pb.GetProofResponse_RecursiveProof{RecursiveProof: w.Result}}, true
			}
			var fp pb.FinalProof
			if err := protojson.Unmarshal([]byte(w.Result), &fp); err != nil {
				return &pb.GetProofResponse{Id: id, Result: pb.GetProofResponse_RESULT_INTERNAL_ERROR, ResultString: "decoding the final proof: " + err.Error()}, true
			}
			return &pb.GetProofResponse{Id: id, Result: pb.GetProofResponse_RESULT_COMPLETED_OK, Proof: &pb.GetProofResponse_FinalProof{FinalProof: &fp}}, true
		case workFailed:
			return &pb.GetProofResponse{Id: id, Result: errs.ByReason(w.Reason).AggGetProof, ResultString: w.Error}, true
		case workCancelled:
			return &pb.GetProofResponse{Id: id, Result: pb.GetProofResponse_RESULT_CANCEL, ResultString: "cancelled"}, true
		}
		if !time.Now().Before(deadline) {
			return &pb.GetProofResponse{Id: id, Result: pb.GetProofResponse_RESULT_PENDING, ResultString: "proving " + w.Kind}, true
		}
		select {
		case <-ctx.Done():
			return &pb.GetProofResponse{Id: id, Result: pb.GetProofResponse_RESULT_PENDING, ResultString: "proving " + w.Kind}, true
		case <-time.After(min(250*time.Millisecond, time.Until(deadline))):
		}
	}
}

// prove proves a work item with the long-run keys ks, counted as long-run
// work while it runs (Options.Recursing).
func (c *Client) prove(ctx context.Context, ks *longrun.Keys, w *workRecord) (string, error) {
	if c.opts.Recursing != nil {
		defer c.opts.Recursing()()
	}
	switch w.Kind {
	case workAggregate:
		return c.aggregate(ctx, ks, w)
	case workFinal:
		return c.seqFinal(ctx, ks, w)
	default:
		return "", fmt.Errorf("unknown work kind %q", w.Kind)
	}
}
