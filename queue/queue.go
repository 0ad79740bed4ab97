// Package queue is the node's durable job store on Badger: a FIFO of proving
// jobs with states queued, running, done, failed and cancelled, their opaque
// requests and their results, plus the programs the node knows.
//
// Guarantees: a job admitted by Enqueue is on disk before Enqueue returns
// (with Options.SyncWrites, also across power loss); jobs left running by a
// crash go back to the queue when the store is opened again; a job reaches a
// terminal state at most once (Finish only moves a running job, so a cancelled
// job's late result is refused); a job added with an idempotency key
// (NewJob.Key) is added once, the key stored in the job's transaction.
// Finished jobs are deleted by Sweep once older than the retention, their
// keys with them.
package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"

	"github.com/dgraph-io/badger/v4"
	"github.com/google/uuid"
	"github.com/rs/zerolog"
)

// State is the lifecycle state of a job.
type State string

// Job states. Queued and Running are active; the others are terminal.
const (
	Queued    State = "queued"
	Running   State = "running"
	Done      State = "done"
	Failed    State = "failed"
	Cancelled State = "cancelled"
)

// States lists every state, in lifecycle order.
var States = []State{Queued, Running, Done, Failed, Cancelled}

// Terminal reports whether no further transition is possible.
func (s State) Terminal() bool { return s == Done || s == Failed || s == Cancelled }

// Errors returned by the store. Callers map them to protocol results.
var (
	ErrNotFound   = errors.New("job not found")
	ErrQueueFull  = errors.New("queue is full")
	ErrTooLarge   = errors.New("request too large")
	ErrFinished   = errors.New("job already finished")
	ErrNotRunning = errors.New("job is not running")
	ErrClosed     = errors.New("queue closed")
	ErrNoProgram  = errors.New("program not found")
	// ErrProgramStoreFull: a new program would take the program store past
	// Options.MaxProgramBytes.
	ErrProgramStoreFull = errors.New("program store is full")
	// ErrDuplicate: Add was given a NewJob.Key that a stored job already
	// has. Add returns that job with it (and stores nothing).
	ErrDuplicate = errors.New("a job with this key exists")
)

// MaxKeyBytes bounds a NewJob.Key.
const MaxKeyBytes = 256

// Result is what a job produced. Proof and Public are opaque to the store
// (the node encodes them); Reason classifies failures for metrics and
// protocol codes.
type Result struct {
	ExitCode uint32            `json:"exit_code"`
	Output   []byte            `json:"output,omitempty"`
	Cycles   uint64            `json:"cycles,omitempty"`
	Counters map[string]uint64 `json:"counters,omitempty"`
	Proof    json.RawMessage   `json:"proof,omitempty"`
	Public   json.RawMessage   `json:"public,omitempty"`
	// Top is the run's top proof (longrun.EncodeTop) of a job proven for
	// aggregation (jobs.Request.Top), what its sequence is aggregated from.
	Top json.RawMessage `json:"top,omitempty"`
	// Reason is a short machine-readable class of failure ("program",
	// "internal", "verify", "cancelled", ...), empty on success.
	Reason string `json:"reason,omitempty"`
	// Error is the human-readable failure message, empty on success.
	Error string `json:"error,omitempty"`
	// ProveSeconds is the time spent proving (0 if no proof was made).
	ProveSeconds float64 `json:"prove_seconds,omitempty"`
}

// Job is one job's record (without its request bytes; see Store.Request).
type Job struct {
	ID       string `json:"id"`
	Seq      uint64 `json:"seq"`
	State    State  `json:"state"`
	Attempts int    `json:"attempts"`
	// Crashes counts the times the node stopped without finishing or
	// requeueing the job while it ran (killed, out of memory, power loss):
	// Open requeues such a job, up to Options.MaxCrashes.
	Crashes int `json:"crashes,omitempty"`
	// CrashParts is how many parts (kept segment proofs) the job had when
	// it was last found running: a long job that kept more since then made
	// progress, and its count of crashes starts again.
	CrashParts int       `json:"crash_parts,omitempty"`
	Size       int       `json:"size"`
	Owner      string    `json:"owner,omitempty"`   // who submitted it (an authenticated client's name; "" without authentication)
	Program    string    `json:"program,omitempty"` // the stored program it runs (its id), kept while the job is
	Key        string    `json:"key,omitempty"`     // its idempotency key (NewJob.Key), "" for none
	CreatedAt  time.Time `json:"created_at"`
	StartedAt  time.Time `json:"started_at,omitzero"`
	FinishedAt time.Time `json:"finished_at,omitzero"`
	Result     *Result   `json:"result,omitempty"`
	// Progress is how far a running long job is (SetProgress); kept when
	// it finishes.
	Progress *Progress `json:"progress,omitempty"`
}

// Options configure a store.
type Options struct {
	// MaxPending bounds the number of queued plus running jobs (default 1024).
	MaxPending int
	// MaxRequestBytes bounds one job's request (default 32 MiB).
	MaxRequestBytes int
	// Retention is how long finished jobs are kept (default 7 days), and
	// how long a program no job refers to is kept after its last use.
	Retention time.Duration
	// MaxProgramBytes bounds the bytes of all stored programs (default 1 GiB).
	MaxProgramBytes int64
	// SyncWrites fsyncs every write (default true via DefaultOptions).
	SyncWrites bool
	// MaxCrashes is how many times in a row a job may be found running at
	// Open (the node died while it ran) without progress (no part kept
	// since the last time) before it is failed rather than queued again
	// (default 3): a job that kills the node (its proof out of memory in the
	// node's process) would otherwise be taken first after every restart,
	// and the node never prove another.
	MaxCrashes int
	// Logger receives the store's and Badger's logs.
	Logger zerolog.Logger
}

// DefaultOptions returns the documented defaults.
func DefaultOptions() Options {
	return Options{
		MaxPending:      1024,
		MaxRequestBytes: 32 << 20,
		MaxProgramBytes: 1 << 30,
		MaxCrashes:      3,
		Retention:       7 * 24 * time.Hour,
		SyncWrites:      true,
		Logger:          zerolog.Nop(),
	}
}

const (
	prefixJob  = "job/"
	prefixReq  = "req/"
	prefixProg = "prog/"
	prefixUse  = "progmeta/" // a program's size and last use (programMeta)
	// prefixLastUse is a program's last use by a job (written blind, see useProgram).
	prefixLastUse = "proglastuse/"
	// prefixKey maps a job's idempotency key (NewJob.Key) to its id.
	prefixKey = "key/"
)

// Store is the durable job queue. It is safe for concurrent use.
type Store struct {
	db *badger.DB
	// rw guards db against use after Close: every database access holds it
	// for reading; Close takes it for writing.
	rw       sync.RWMutex
	dbClosed bool
	opts     Options
	log      zerolog.Logger

	mu       sync.Mutex
	closed   bool
	done     chan struct{}
	nextSeq  uint64
	reserved int             // admissions in flight (counted against MaxPending)
	active   map[string]*Job // queued and running jobs
	queue    []*Job          // queued jobs, ascending Seq
	wake     chan struct{}   // closed and replaced when a job is queued
	watch    map[string]chan struct{}
	counts   map[State]int
	last     Job // the most recently finished job (ID empty if none)

	progMu    sync.Mutex // orders changes of the program store's size
	progBytes int64      // bytes of the stored programs
}

// Open opens (or creates) the store in dir. Jobs found running are put back
// in the queue, ahead of newer jobs (they keep their sequence number).
func Open(dir string, opts Options) (*Store, error) {
	def := DefaultOptions()
	if opts.MaxPending <= 0 {
		opts.MaxPending = def.MaxPending
	}
	if opts.MaxRequestBytes <= 0 {
		opts.MaxRequestBytes = def.MaxRequestBytes
	}
	if opts.Retention <= 0 {
		opts.Retention = def.Retention
	}
	if opts.MaxProgramBytes <= 0 {
		opts.MaxProgramBytes = def.MaxProgramBytes
	}
	if opts.MaxCrashes <= 0 {
		opts.MaxCrashes = def.MaxCrashes
	}
	log := opts.Logger.With().Str("component", "queue").Logger()
	bopts := badger.DefaultOptions(dir).
		WithSyncWrites(opts.SyncWrites).
		WithLogger(badgerLogger{log}).
		WithLoggingLevel(badger.WARNING).
		WithMemTableSize(16 << 20).
		WithValueLogFileSize(256 << 20).
		WithNumCompactors(2)
	db, err := badger.Open(bopts)
	if err != nil {
		return nil, fmt.Errorf("opening job store %s: %w", dir, err)
	}
	s := &Store{
		db:     db,
		opts:   opts,
		log:    log,
		done:   make(chan struct{}),
		active: map[string]*Job{},
		wake:   make(chan struct{}),
		watch:  map[string]chan struct{}{},
		counts: map[State]int{},
	}
	if err := s.load(); err != nil {
		_ = db.Close()
		return nil, fmt.Errorf("loading job store %s: %w", dir, err)
	}
	if err := s.loadPrograms(); err != nil {
		_ = db.Close()
		return nil, fmt.Errorf("loading job store %s: %w", dir, err)
	}
	return s, nil
}

// load scans every job, rebuilds the in-memory index and requeues jobs that
// were running when the process stopped.
func (s *Store) load() error {
	var requeue []*Job
	err := s.view(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{PrefetchValues: true, PrefetchSize: 100, Prefix: []byte(prefixJob)})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			var j Job
			if err := it.Item().Value(func(v []byte) error { return json.Unmarshal(v, &j) }); err != nil {
				return fmt.Errorf("decoding job %s: %w", it.Item().Key(), err)
			}
			if j.Seq >= s.nextSeq {
				s.nextSeq = j.Seq + 1
			}
			switch j.State {
			case Queued:
				s.addActive(&j)
			case Running:
				requeue = append(requeue, &j)
			default:
				s.counts[j.State]++
				if j.State != Cancelled && j.FinishedAt.After(s.last.FinishedAt) {
					s.last = j
				}
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, j := range requeue {
		parts, err := s.countParts(j.ID)
		if err != nil {
			return fmt.Errorf("counting the parts of job %s: %w", j.ID, err)
		}
		if parts > j.CrashParts { // progress since its last crash: a long run resuming
			j.Crashes = 0
		}
		j.Crashes++
		j.CrashParts = parts
		if j.Crashes >= s.opts.MaxCrashes {
			j.State, j.FinishedAt = Failed, time.Now().UTC()
			j.Result = &Result{Reason: "internal", Error: fmt.Sprintf(
				"the node stopped %d times while it ran this job (killed: out of memory?); not tried again", j.Crashes)}
			if err := s.put(j); err != nil {
				return fmt.Errorf("failing job %s: %w", j.ID, err)
			}
			if err := s.deleteParts(j.ID); err != nil {
				s.log.Warn().Err(err).Str("job", j.ID).Msg("deleting the parts of a failed job")
			}
			s.log.Error().Str("job", j.ID).Int("crashes", j.Crashes).Msg("job was running each time the node stopped; failed, not queued again")
			s.counts[Failed]++
			s.last = *j
			continue
		}
		j.State = Queued
		if err := s.put(j); err != nil {
			return fmt.Errorf("requeueing job %s: %w", j.ID, err)
		}
		s.log.Warn().Str("job", j.ID).Int("attempts", j.Attempts).Int("crashes", j.Crashes).Msg("job was running when the node stopped; queued again")
		s.addActive(j)
	}
	sort.Slice(s.queue, func(a, b int) bool { return s.queue[a].Seq < s.queue[b].Seq })
	return nil
}

// addActive records a queued job in memory (caller holds mu or is loading).
func (s *Store) addActive(j *Job) {
	s.active[j.ID] = j
	s.counts[j.State]++
	if j.State == Queued {
		// insert keeping ascending Seq; new jobs almost always go last
		i := sort.Search(len(s.queue), func(k int) bool { return s.queue[k].Seq > j.Seq })
		s.queue = append(s.queue, nil)
		copy(s.queue[i+1:], s.queue[i:])
		s.queue[i] = j
	}
}

func (s *Store) removeQueued(id string) {
	for i, q := range s.queue {
		if q.ID == id {
			s.queue = append(s.queue[:i], s.queue[i+1:]...)
			return
		}
	}
}

func (s *Store) put(j *Job) error {
	b, err := json.Marshal(j)
	if err != nil {
		return fmt.Errorf("encoding job %s: %w", j.ID, err)
	}
	return s.update(func(txn *badger.Txn) error { return txn.Set([]byte(prefixJob+j.ID), b) })
}

// Enqueue stores a new job with the given request and returns it (state
// queued, a fresh UUID). Over the bounds it returns ErrTooLarge or
// ErrQueueFull and stores nothing.
func (s *Store) Enqueue(request []byte) (Job, error) { return s.Add(NewJob{Request: request}) }

// EnqueueFor is Enqueue of a job owned by owner (recorded with the job).
func (s *Store) EnqueueFor(owner string, request []byte) (Job, error) {
	return s.Add(NewJob{Owner: owner, Request: request})
}

// NewJob is a job for Add: its request and what is recorded with it.
type NewJob struct {
	Request []byte
	Owner   string // who submits it ("" without authentication)
	// Program is the id of the stored program the job runs ("" for none).
	// It must be stored (else ErrNoProgram, and nothing is stored); it is
	// then kept at least as long as the job (Sweep).
	Program string
	// Key, when not empty, makes the submission idempotent: a job with this
	// key is added once. While it is stored (until Sweep deletes it, which
	// frees the key), Add of the same key returns it with ErrDuplicate,
	// whatever the request and owner, and stores nothing. The key is
	// written in the job's transaction, so a crash leaves both or neither.
	// At most MaxKeyBytes bytes. Keys are the store's, not an owner's:
	// callers derive them from ids that name one job node-wide.
	Key string
}

// Add is Enqueue with what NewJob records with the job. With a Key already
// taken it returns the job that has it and an error wrapping ErrDuplicate
// (before any bound is checked: a retry of a stored job is answered even
// when the queue is full).
func (s *Store) Add(n NewJob) (Job, error) {
	request, owner := n.Request, n.Owner
	if len(n.Key) > MaxKeyBytes {
		return Job{}, fmt.Errorf("job key of %d bytes exceeds %d: %w", len(n.Key), MaxKeyBytes, ErrTooLarge)
	}
	if n.Key != "" {
		if id, err := s.keyed(n.Key); err != nil {
			return Job{}, err
		} else if id != "" {
			return s.duplicate(n.Key, id)
		}
	}
	if len(request) > s.opts.MaxRequestBytes {
		return Job{}, fmt.Errorf("request of %d bytes exceeds %d: %w", len(request), s.opts.MaxRequestBytes, ErrTooLarge)
	}
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return Job{}, ErrClosed
	}
	if len(s.active)+s.reserved >= s.opts.MaxPending {
		s.mu.Unlock()
		return Job{}, fmt.Errorf("%d jobs pending (max %d): %w", len(s.active)+s.reserved, s.opts.MaxPending, ErrQueueFull)
	}
	s.reserved++
	seq := s.nextSeq
	s.nextSeq++
	s.mu.Unlock()

	j := &Job{ID: uuid.NewString(), Seq: seq, State: Queued, Size: len(request), Owner: owner, Program: n.Program, Key: n.Key, CreatedAt: time.Now().UTC()}
	b, err := json.Marshal(j)
	var dup string // the id of the job that has the key, found in the transaction
	if err == nil {
		err = s.updateRetry(func(txn *badger.Txn) error {
			dup = ""
			if n.Key != "" {
				// read in the transaction: of two Adds of one key, the
				// later commit conflicts, retries and finds the first
				id, err := keyedIn(txn, n.Key)
				if err != nil {
					return err
				}
				if id != "" {
					dup = id
					return errKeyTaken
				}
				if err := txn.Set([]byte(prefixKey+n.Key), []byte(j.ID)); err != nil {
					return err
				}
			}
			if n.Program != "" {
				// the program is there and marked used, in the job's
				// transaction: a concurrent sweep either sees the use or
				// makes this transaction fail (a conflict) and retry
				if err := s.useProgram(txn, n.Program, j.CreatedAt); err != nil {
					return err
				}
			}
			if err := txn.Set([]byte(prefixReq+j.ID), request); err != nil {
				return err
			}
			return txn.Set([]byte(prefixJob+j.ID), b)
		})
	}

	s.mu.Lock()
	s.reserved--
	if errors.Is(err, errKeyTaken) {
		s.mu.Unlock()
		return s.duplicate(n.Key, dup)
	}
	defer s.mu.Unlock()
	if err != nil {
		return Job{}, fmt.Errorf("storing job: %w", err)
	}
	if s.closed {
		// stored but the store is closing: it will run after the next Open.
		return *j, nil
	}
	s.addActive(j)
	close(s.wake)
	s.wake = make(chan struct{})
	return *j, nil
}

// JobOfKey returns the job that has key (NewJob.Key), or an error wrapping
// ErrNotFound when none has (never added, or swept).
func (s *Store) JobOfKey(key string) (Job, error) {
	id, err := s.keyed(key)
	if err != nil {
		return Job{}, err
	}
	if id == "" {
		return Job{}, fmt.Errorf("job of key %q: %w", key, ErrNotFound)
	}
	return s.Get(id)
}

// errKeyTaken aborts Add's transaction when the key is taken.
var errKeyTaken = errors.New("key taken")

// keyed is the id of the job that has key ("" for none).
func (s *Store) keyed(key string) (string, error) {
	var id string
	err := s.view(func(txn *badger.Txn) error {
		var err error
		id, err = keyedIn(txn, key)
		return err
	})
	return id, err
}

func keyedIn(txn *badger.Txn, key string) (string, error) {
	item, err := txn.Get([]byte(prefixKey + key))
	if errors.Is(err, badger.ErrKeyNotFound) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("reading job key %q: %w", key, err)
	}
	v, err := item.ValueCopy(nil)
	if err != nil {
		return "", fmt.Errorf("reading job key %q: %w", key, err)
	}
	return string(v), nil
}

// duplicate is Add's answer for a key that job id has.
func (s *Store) duplicate(key, id string) (Job, error) {
	j, err := s.Get(id)
	if err != nil {
		return Job{}, fmt.Errorf("job %s of key %q: %w", id, key, err)
	}
	return j, fmt.Errorf("key %q: job %s: %w", key, id, ErrDuplicate)
}

// errNoRequest: a queued job's request is not in the store.
var errNoRequest = errors.New("request missing")

// Next blocks until a job is queued, marks the oldest one running and
// returns it with its request.
func (s *Store) Next(ctx context.Context) (Job, []byte, error) { return s.NextSkipping(ctx, nil) }

// NextSkipping is Next passing over the queued jobs for which skip is true
// (nil: none): they stay queued in their place, ahead of newer jobs. skip
// is called with the store locked (it must not call the store), again each
// time a job is queued; a change of its answers alone does not wake a
// waiting NextSkipping: the caller cancels ctx and calls again.
func (s *Store) NextSkipping(ctx context.Context, skip func(Job) bool) (Job, []byte, error) {
	for {
		if err := ctx.Err(); err != nil {
			return Job{}, nil, err
		}
		s.mu.Lock()
		if s.closed {
			s.mu.Unlock()
			return Job{}, nil, ErrClosed
		}
		i := 0
		for skip != nil && i < len(s.queue) && skip(*s.queue[i]) {
			i++
		}
		if i < len(s.queue) {
			j := s.queue[i]
			next := *j
			next.State = Running
			next.Attempts++
			next.StartedAt = time.Now().UTC()
			var req []byte
			err := s.update(func(txn *badger.Txn) error {
				item, err := txn.Get([]byte(prefixReq + j.ID))
				if errors.Is(err, badger.ErrKeyNotFound) {
					return errNoRequest
				}
				if err != nil {
					return fmt.Errorf("reading request: %w", err)
				}
				if req, err = item.ValueCopy(nil); err != nil {
					return fmt.Errorf("reading request: %w", err)
				}
				b, err := json.Marshal(&next)
				if err != nil {
					return err
				}
				return txn.Set([]byte(prefixJob+j.ID), b)
			})
			if errors.Is(err, errNoRequest) {
				// a record without its request is never runnable: failed,
				// so that the jobs behind it are served (only errors that
				// may pass, e.g. a full disk, leave it at the head)
				ferr := s.transition(j, Failed, &Result{Reason: "internal", Error: "the job's request is missing from the store"})
				s.mu.Unlock()
				if ferr != nil {
					return Job{}, nil, fmt.Errorf("failing job %s without its request: %w", j.ID, ferr)
				}
				s.log.Error().Str("job", j.ID).Msg("job without its request in the store: failed")
				continue
			}
			if err != nil {
				s.mu.Unlock()
				return Job{}, nil, fmt.Errorf("starting job %s: %w", j.ID, err)
			}
			if i == 0 {
				s.queue = s.queue[1:]
			} else {
				s.queue = append(s.queue[:i], s.queue[i+1:]...)
			}
			s.counts[Queued]--
			s.counts[Running]++
			*j = next
			s.mu.Unlock()
			return next, req, nil
		}
		wake := s.wake
		s.mu.Unlock()
		select {
		case <-wake:
		case <-ctx.Done():
			return Job{}, nil, ctx.Err()
		}
	}
}

// transition moves an active job to a new state under mu and persists it.
func (s *Store) transition(j *Job, to State, res *Result) error {
	next := *j
	from := j.State
	next.State = to
	if res != nil {
		next.Result = res
	}
	if to.Terminal() {
		next.FinishedAt = time.Now().UTC()
	}
	if err := s.put(&next); err != nil {
		return err
	}
	*j = next
	s.counts[from]--
	s.counts[to]++
	if from == Queued {
		s.removeQueued(j.ID)
	}
	switch {
	case to.Terminal():
		if err := s.deleteParts(j.ID); err != nil {
			// Sweep deletes them with the job at the latest.
			s.log.Warn().Err(err).Str("job", j.ID).Msg("deleting the parts of a finished job")
		}
		delete(s.active, j.ID)
		if to != Cancelled {
			s.last = next
		}
		if ch, ok := s.watch[j.ID]; ok {
			close(ch)
			delete(s.watch, j.ID)
		}
	case to == Queued:
		s.addActiveQueued(j)
	}
	return nil
}

func (s *Store) addActiveQueued(j *Job) {
	i := sort.Search(len(s.queue), func(k int) bool { return s.queue[k].Seq > j.Seq })
	s.queue = append(s.queue, nil)
	copy(s.queue[i+1:], s.queue[i:])
	s.queue[i] = j
	close(s.wake)
	s.wake = make(chan struct{})
}

// Finish records the result of a running job and moves it to done, failed or
// cancelled. A job that is no longer running (cancelled meanwhile) is left
// alone and ErrNotRunning is returned.
func (s *Store) Finish(id string, to State, res Result) (Job, error) {
	if !to.Terminal() {
		return Job{}, fmt.Errorf("finishing job %s in non-terminal state %s", id, to)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return Job{}, ErrClosed
	}
	j, ok := s.active[id]
	if !ok || j.State != Running {
		return Job{}, fmt.Errorf("finishing job %s: %w", id, ErrNotRunning)
	}
	if err := s.transition(j, to, &res); err != nil {
		return Job{}, fmt.Errorf("finishing job %s: %w", id, err)
	}
	return *j, nil
}

// Requeue puts a running job back in the queue (ahead of newer jobs), e.g.
// when the node stops before the job finished.
func (s *Store) Requeue(id string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return ErrClosed
	}
	j, ok := s.active[id]
	if !ok || j.State != Running {
		return fmt.Errorf("requeueing job %s: %w", id, ErrNotRunning)
	}
	if err := s.transition(j, Queued, nil); err != nil {
		return fmt.Errorf("requeueing job %s: %w", id, err)
	}
	return nil
}

// Cancel moves a queued or running job to cancelled and returns the state it
// had. The caller stops a running job's work; its later Finish is refused.
// Unknown ids give ErrNotFound, finished ones ErrFinished.
func (s *Store) Cancel(id string, reason string) (State, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return "", ErrClosed
	}
	j, ok := s.active[id]
	if !ok {
		if _, err := s.get(id); err != nil {
			return "", err
		}
		return "", fmt.Errorf("cancelling job %s: %w", id, ErrFinished)
	}
	from := j.State
	if err := s.transition(j, Cancelled, &Result{Reason: "cancelled", Error: reason}); err != nil {
		return "", fmt.Errorf("cancelling job %s: %w", id, err)
	}
	return from, nil
}

// Get returns a job's record.
func (s *Store) Get(id string) (Job, error) {
	s.mu.Lock()
	if j, ok := s.active[id]; ok {
		c := *j
		s.mu.Unlock()
		return c, nil
	}
	s.mu.Unlock()
	return s.get(id)
}

func (s *Store) get(id string) (Job, error) {
	var j Job
	err := s.view(func(txn *badger.Txn) error {
		item, err := txn.Get([]byte(prefixJob + id))
		if errors.Is(err, badger.ErrKeyNotFound) {
			return fmt.Errorf("job %q: %w", id, ErrNotFound)
		}
		if err != nil {
			return fmt.Errorf("reading job %s: %w", id, err)
		}
		return item.Value(func(v []byte) error { return json.Unmarshal(v, &j) })
	})
	return j, err
}

// Request returns a job's request bytes.
func (s *Store) Request(id string) ([]byte, error) {
	return s.value(prefixReq+id, fmt.Sprintf("request of job %q", id), ErrNotFound)
}

// value returns a copy of the value under key, or an error wrapping notFound
// when there is none; what names the value in errors.
func (s *Store) value(key, what string, notFound error) ([]byte, error) {
	var out []byte
	err := s.view(func(txn *badger.Txn) error {
		item, err := txn.Get([]byte(key))
		if errors.Is(err, badger.ErrKeyNotFound) {
			return fmt.Errorf("%s: %w", what, notFound)
		}
		if err != nil {
			return fmt.Errorf("reading %s: %w", what, err)
		}
		out, err = item.ValueCopy(nil)
		return err
	})
	return out, err
}

// Wait blocks until the job is in a terminal state or ctx ends, and returns
// the job as it is then (possibly still active when ctx ended: the returned
// error is then ctx.Err()).
func (s *Store) Wait(ctx context.Context, id string) (Job, error) {
	for {
		s.mu.Lock()
		if s.closed {
			s.mu.Unlock()
			return Job{}, ErrClosed
		}
		j, ok := s.active[id]
		if !ok {
			s.mu.Unlock()
			return s.get(id)
		}
		cur := *j
		ch, ok := s.watch[id]
		if !ok {
			ch = make(chan struct{})
			s.watch[id] = ch
		}
		done := s.done
		s.mu.Unlock()
		select {
		case <-ch:
		case <-done:
			return cur, ErrClosed
		case <-ctx.Done():
			return cur, ctx.Err()
		}
	}
}

// Pending returns the ids of queued jobs in the order they will run.
func (s *Store) Pending() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	ids := make([]string, len(s.queue))
	for i, j := range s.queue {
		ids[i] = j.ID
	}
	return ids
}

// PendingOf returns the ids of the queued jobs of owner, in the order they will run.
func (s *Store) PendingOf(owner string) []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var ids []string
	for _, j := range s.queue {
		if j.Owner == owner {
			ids = append(ids, j.ID)
		}
	}
	return ids
}

// Running returns the running jobs.
func (s *Store) Running() []Job {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Job
	for _, j := range s.active {
		if j.State == Running {
			out = append(out, *j)
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Seq < out[b].Seq })
	return out
}

// Counts returns the number of jobs in each state.
func (s *Store) Counts() map[State]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[State]int, len(States))
	for _, st := range States {
		out[st] = s.counts[st]
	}
	return out
}

// LastFinished returns the most recently computed job (done or failed, not
// cancelled), ok false if none.
func (s *Store) LastFinished() (Job, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.last, s.last.ID != ""
}

// Sweep deletes finished jobs whose FinishedAt is older than now minus the
// retention, and returns how many it deleted. Then it deletes the programs
// that no remaining job runs and that were last used (stored, or named by a
// new job) before that cutoff (sweepPrograms).
func (s *Store) Sweep(now time.Time) (int, error) {
	cutoff := now.Add(-s.opts.Retention)
	type old struct {
		id    string
		state State
		key   string
	}
	var victims []old
	var oldProgs map[string]time.Time
	err := s.view(func(txn *badger.Txn) error {
		used := map[string]bool{} // programs of the jobs that stay
		it := txn.NewIterator(badger.IteratorOptions{PrefetchValues: true, PrefetchSize: 100, Prefix: []byte(prefixJob)})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			var j Job
			if err := it.Item().Value(func(v []byte) error { return json.Unmarshal(v, &j) }); err != nil {
				return fmt.Errorf("decoding job %s: %w", it.Item().Key(), err)
			}
			if j.State.Terminal() && j.FinishedAt.Before(cutoff) {
				victims = append(victims, old{j.ID, j.State, j.Key})
			} else if j.Program != "" {
				used[j.Program] = true
			}
		}
		it.Close()
		var err error
		oldProgs, err = oldPrograms(txn, cutoff, used)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("sweeping job store: %w", err)
	}
	n := 0
	for _, v := range victims {
		// the parts first: they are found through the job record, so a
		// crash between the two would leave them for good
		if err := s.deleteParts(v.id); err != nil {
			return n, fmt.Errorf("deleting the parts of job %s: %w", v.id, err)
		}
		err := s.updateRetry(func(txn *badger.Txn) error {
			if err := txn.Delete([]byte(prefixJob + v.id)); err != nil {
				return err
			}
			if v.key != "" {
				// the key goes with its job (and is free again)
				if id, err := keyedIn(txn, v.key); err != nil {
					return err
				} else if id == v.id {
					if err := txn.Delete([]byte(prefixKey + v.key)); err != nil {
						return err
					}
				}
			}
			return txn.Delete([]byte(prefixReq + v.id))
		})
		if err != nil {
			return n, fmt.Errorf("deleting job %s: %w", v.id, err)
		}
		s.mu.Lock()
		s.counts[v.state]--
		if s.last.ID == v.id {
			s.last = Job{} // GetStatus names no job that reads as unknown
		}
		s.mu.Unlock()
		n++
	}
	if n > 0 {
		s.log.Info().Int("deleted", n).Dur("retention", s.opts.Retention).Msg("swept finished jobs")
	}
	if err := s.sweepPrograms(oldProgs); err != nil {
		return n, fmt.Errorf("sweeping programs: %w", err)
	}
	orphans, err := s.orphanParts()
	if err != nil {
		return n, fmt.Errorf("finding parts without a job: %w", err)
	}
	for _, id := range orphans {
		if err := s.deleteParts(id); err != nil {
			return n, fmt.Errorf("deleting the parts of deleted job %s: %w", id, err)
		}
		s.log.Info().Str("job", id).Msg("parts of a deleted job swept")
	}
	s.collectValueLog()
	return n, nil
}

// collectValueLog has Badger rewrite the value log files that are mostly
// deleted values: values of 1 MiB and more (large requests and ELFs,
// segment proofs) live there, and only this frees their disk space once
// Sweep deleted them; before session 29 nothing asked, and the job store's
// value log only grew. Badger picks the files by the deleted values its
// compactions have counted, so the space of a sweep's deletions is freed
// at a later sweep, once they are compacted (not tested: a test store does
// not reach a compaction). Errors are logged.
func (s *Store) collectValueLog() {
	for i := 0; i < 64; i++ { // one file a call; a bound for a store being closed
		err := s.db.RunValueLogGC(0.5)
		if err == nil {
			continue
		}
		if !errors.Is(err, badger.ErrNoRewrite) && !errors.Is(err, badger.ErrRejected) {
			s.log.Warn().Err(err).Msg("value log not collected")
		}
		return
	}
}

// Close closes the store without touching job states: running jobs stay
// running on disk and are requeued by the next Open. Waiters get ErrClosed.
func (s *Store) Close() error {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return nil
	}
	s.closed = true
	close(s.done)
	close(s.wake)
	s.mu.Unlock()
	s.rw.Lock()
	defer s.rw.Unlock()
	s.dbClosed = true
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("closing job store: %w", err)
	}
	return nil
}

func (s *Store) view(fn func(*badger.Txn) error) error {
	s.rw.RLock()
	defer s.rw.RUnlock()
	if s.dbClosed {
		return ErrClosed
	}
	return s.db.View(fn)
}

func (s *Store) update(fn func(*badger.Txn) error) error {
	s.rw.RLock()
	defer s.rw.RUnlock()
	if s.dbClosed {
		return ErrClosed
	}
	return s.db.Update(fn)
}

// badgerLogger routes Badger's logs to zerolog.
type badgerLogger struct{ l zerolog.Logger }

func (b badgerLogger) Errorf(f string, a ...any)   { b.l.Error().Msgf(f, a...) }
func (b badgerLogger) Warningf(f string, a ...any) { b.l.Warn().Msgf(f, a...) }
func (b badgerLogger) Infof(f string, a ...any)    { b.l.Info().Msgf(f, a...) }
func (b badgerLogger) Debugf(f string, a ...any)   { b.l.Debug().Msgf(f, a...) }
