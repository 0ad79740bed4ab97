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
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dgraph-io/badger/v4"
	"github.com/google/uuid"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/storefmt"
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

// storeFormat is the format of the job store's records (storefmt).
const storeFormat = 1

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
	// ErrOwnerProgramsFull: a new program would take its owner's programs
	// past Options.MaxProgramBytesPerOwner. It wraps ErrProgramStoreFull.
	ErrOwnerProgramsFull = fmt.Errorf("the client's share of the program store is full: %w", ErrProgramStoreFull)
	// ErrDuplicate: Add was given a NewJob.Key that a stored job already
	// has. Add returns that job with it (and stores nothing).
	ErrDuplicate = errors.New("a job with this key exists")
	// ErrStoreFull: the jobs kept (their requests and results, finished
	// ones until Sweep deletes them) fill Options.MaxStoredBytes. It wraps
	// ErrQueueFull: callers that map ErrQueueFull need nothing more.
	ErrStoreFull = fmt.Errorf("the jobs kept fill the job store's byte cap: %w", ErrQueueFull)
	// ErrDiskLow: the file system that holds the store has less free space
	// than Options.MinFreeBytes, so Add and StoreProgram refuse new work.
	// It wraps ErrQueueFull.
	ErrDiskLow = fmt.Errorf("the job store's disk is low on free space: %w", ErrQueueFull)
	// ErrOwnerFull: the owner of a new job has Options.MaxPendingPerOwner
	// jobs queued or running already. It wraps ErrQueueFull.
	ErrOwnerFull = fmt.Errorf("the client's share of the queue is full: %w", ErrQueueFull)
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
	// requeueing the job while it ran (killed, out of memory, power loss),
	// since the job last made progress (see CrashParts): Open requeues such
	// a job, up to Options.MaxCrashes. A clean stop (Close) while it ran is
	// not a crash and is not counted; nothing but progress lowers the count
	// (not Requeue: a long job parked for its keys after each start would
	// never be failed).
	Crashes int `json:"crashes,omitempty"`
	// CrashParts is how many parts (kept segment proofs) the job had when
	// it was last found running: a long job that kept more since then made
	// progress, and its count of crashes starts again.
	CrashParts int `json:"crash_parts,omitempty"`
	// Retries counts the times the job failed inside the node (a dead
	// prove worker, a store error) and was queued again (Retry), not the
	// other starts (a shutdown's requeue, a park for the long-run keys).
	Retries    int       `json:"retries,omitempty"`
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
	// how long a program no job refers to is kept after its last use. The
	// time the store was closed before the last Open does not count (see
	// Sweep); records moved aside (Quarantined) are kept this long too.
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
	// and the node never prove another. Only crashes count: a job running
	// when the store was closed cleanly (Close) is queued again without
	// one.
	MaxCrashes int
	// MaxStoredBytes bounds the bytes of all stored jobs' requests and
	// results, finished ones included until Sweep deletes them: past it,
	// Add refuses new jobs with ErrStoreFull (which wraps ErrQueueFull).
	// 0 (the default) is no bound.
	MaxStoredBytes int64
	// MinFreeBytes is the free space kept on the file system that holds
	// the store: while less is free, Add and StoreProgram refuse new jobs
	// and programs with ErrDiskLow (which wraps ErrQueueFull); jobs already
	// admitted go on. 0 (the default) is no reserve.
	MinFreeBytes int64
	// MaxProgramBytesPerOwner bounds the bytes of the programs one owner
	// stored first (StoreProgramFor; a program stored already costs
	// nothing more): past it, a new program is refused with
	// ErrOwnerProgramsFull (which wraps ErrProgramStoreFull), so that one
	// client cannot fill MaxProgramBytes for the others. Programs stored
	// without an owner are not bounded by it. 0 (the default) is no bound.
	MaxProgramBytesPerOwner int64
	// MaxPendingPerOwner bounds the queued plus running jobs of one owner
	// (NewJob.Owner): past it, Add refuses the owner's new jobs with
	// ErrOwnerFull (which wraps ErrQueueFull), so that one client cannot
	// take the whole queue (MaxPending) from the others. Jobs without an
	// owner (callers without authentication, the node's own) are not
	// bounded by it. 0 (the default) is no bound.
	MaxPendingPerOwner int
	// MaxStoredBytesPerOwner bounds the bytes (jobBytes) of one owner's
	// stored jobs, finished ones included until Sweep deletes them: past
	// it, Add refuses the owner's new jobs with ErrOwnerFull, so that one
	// client (submitting and cancelling, say) cannot fill MaxStoredBytes
	// for the others until the retention sweep. Jobs without an owner are
	// not bounded by it. 0 (the default) is no bound.
	MaxStoredBytesPerOwner int64
	// Logger receives the store's and Badger's logs.
	Logger zerolog.Logger

	// valueLogFileSize is the size of Badger's value log files (0: 256
	// MiB). Tests make it small, so that a few large jobs fill several.
	valueLogFileSize int64
	// free reads the free space of a folder's file system (nil: freeBytes);
	// tests fake a full disk with it.
	free func(dir string) (int64, error)
}

// MinFreeToOpen is the free space the store's disk must have for Open: Badger
// writes through memory-mapped files, and on a disk without room for a write
// the process dies of SIGBUS instead of getting an error.
const MinFreeToOpen = 64 << 20

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
	// prefixQuarantine holds, under their own keys after it, records that
	// did not decode (and the requests of such jobs), moved aside by Open
	// or Sweep; they expire after the retention period.
	prefixQuarantine = "quarantine/"
	// keyClean is written by Close, and deleted by Open: jobs found running
	// at an Open that finds it were not running when the node died.
	keyClean = "meta/clean"
	// keyAlive is the time (time.Time binary) the store was last known in
	// use: written by Sweep and Close, read by Open to measure downtime.
	keyAlive = "meta/alive"
	// keyOutages is the list of the store's outages (JSON []outage) that
	// may still extend a retention.
	keyOutages = "meta/outages"
	// keyCompact is written and dropped (Badger's DropPrefix) by
	// compactDeletions, to have Badger flush and compact what it holds;
	// never found otherwise.
	keyCompact = "meta/compact"
)

// outage is a time the store was closed, or its process dead: from Start
// (the last time it was known alive, keyAlive) for Dur.
type outage struct {
	Start time.Time     `json:"start"`
	Dur   time.Duration `json:"dur"`
}

// extension is how long the retention of something that finished (or was
// last used) at t is extended: the outages since t.
func (s *Store) extension(t time.Time) time.Duration {
	var d time.Duration
	for _, o := range s.outages {
		if !o.Start.Before(t) {
			d += o.Dur
		}
	}
	return d
}

// expired reports whether the retention of something that finished (or was
// last used) at t is over at now, outages not counted.
func (s *Store) expired(t, now time.Time) bool {
	return t.Add(s.opts.Retention + s.extension(t)).Before(now)
}

// maxRequestReads is how many times in a row Next may fail to read a
// queued job's request (a read error, e.g. a damaged value log) before it
// fails the job and serves the jobs behind it.
const maxRequestReads = 3

// Store is the durable job queue. It is safe for concurrent use.
type Store struct {
	db  *badger.DB
	dir string
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
	reserved int // admissions in flight (counted against MaxPending)
	// reservedOf are the admissions in flight by owner (counted against
	// MaxPendingPerOwner).
	reservedOf map[string]int
	// activeBy are the queued and running jobs by owner (owners with at
	// least one; "" not counted).
	activeBy map[string]int
	active   map[string]*Job // queued and running jobs
	queue    []*Job          // queued jobs, ascending Seq
	wake     chan struct{}   // closed and replaced when a job is queued
	watch    map[string]chan struct{}
	counts   map[State]int
	last     Job // the most recently finished job (ID empty if none)

	progMu    sync.Mutex        // orders changes of the program store's size
	progBytes int64             // bytes of the stored programs
	charged   map[string]charge // what each program with an owner was charged, by program id

	quarantined int            // records set aside (under mu)
	reqFails    map[string]int // a queued job's failed reads of its request in a row (under mu)
	stored      int64          // jobBytes of the stored jobs (under mu)
	reservedB   int64          // request bytes of admissions in flight (under mu)
	// storedBy and reservedBBy are stored and reservedB by owner (owners
	// with some; "" not counted; under mu).
	storedBy, reservedBBy map[string]int64
	// outages are the times the store was closed (keyOutages, read and
	// extended by Open): Sweep does not count them toward the retention of
	// what finished (or was last used) before them.
	outages []outage

	// deleted counts the bytes of the values deleted (requests, job
	// records, parts, programs) since compactDeletions last ran: Sweep
	// runs it once they reach compactAfter. Open starts it there, as what
	// the last run deleted is not known.
	deleted atomic.Int64

	// readRequest reads a job's request in txn (a seam for tests).
	readRequest func(txn *badger.Txn, id string) ([]byte, error)
	// deleteJob deletes a swept job's record, request and key (a seam for
	// tests).
	deleteJob func(id, key string) error
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
	if opts.valueLogFileSize <= 0 {
		opts.valueLogFileSize = 256 << 20
	}
	if opts.free == nil {
		opts.free = freeBytes
	}
	// The nearest folder that exists (a new store's folder is made by Badger).
	at := dir
	for _, err := os.Stat(at); errors.Is(err, fs.ErrNotExist) && filepath.Dir(at) != at; _, err = os.Stat(at) {
		at = filepath.Dir(at)
	}
	if free, err := opts.free(at); err == nil && free < MinFreeToOpen {
		return nil, fmt.Errorf("opening job store %s: %w: %d bytes free on its disk, Badger needs at least %d to open and write safely (it dies of SIGBUS on a full disk): free space and start again",
			dir, ErrDiskLow, free, MinFreeToOpen)
	}
	log := opts.Logger.With().Str("component", "queue").Logger()
	bopts := badger.DefaultOptions(dir).
		WithSyncWrites(opts.SyncWrites).
		WithLogger(badgerLogger{log}).
		WithLoggingLevel(badger.WARNING).
		WithMemTableSize(16 << 20).
		WithValueLogFileSize(opts.valueLogFileSize).
		WithValueThreshold(valueThreshold).
		WithNumCompactors(2)
	db, err := badger.Open(bopts)
	if err != nil {
		if strings.Contains(err.Error(), "Cannot acquire directory lock") {
			// badger says so in words only (no sentinel error)
			return nil, fmt.Errorf("opening job store %s: %w (another node is probably running on this data folder: stop it, or give this one its own --data)", dir, err)
		}
		return nil, fmt.Errorf("opening job store %s: %w", dir, err)
	}
	if err := storefmt.Check(db, "job store "+dir, storeFormat); err != nil {
		_ = db.Close()
		return nil, err
	}
	s := &Store{
		db:          db,
		dir:         dir,
		opts:        opts,
		log:         log,
		done:        make(chan struct{}),
		active:      map[string]*Job{},
		wake:        make(chan struct{}),
		watch:       map[string]chan struct{}{},
		counts:      map[State]int{},
		reqFails:    map[string]int{},
		reservedOf:  map[string]int{},
		storedBy:    map[string]int64{},
		reservedBBy: map[string]int64{},
		activeBy:    map[string]int{},
		charged:     map[string]charge{},
		readRequest: readRequest,
	}
	s.deleteJob = s.deleteJobRecords
	s.deleted.Store(compactAfter)
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
// were running when the process stopped. A record that does not decode is
// moved aside (quarantine), one that cannot be read is skipped: either is
// logged and counted (Quarantined), and the store opens without it.
func (s *Store) load() error {
	now := time.Now().UTC()
	var requeue, clamped []*Job
	var bad []string // ids of job records that do not decode
	clean := false   // Close marked the last stop as clean
	var alive time.Time
	err := s.view(func(txn *badger.Txn) error {
		if _, err := txn.Get([]byte(keyClean)); err == nil {
			clean = true
		} else if !errors.Is(err, badger.ErrKeyNotFound) {
			return fmt.Errorf("reading the clean-stop mark: %w", err)
		}
		if item, err := txn.Get([]byte(keyOutages)); err == nil {
			if err := item.Value(func(v []byte) error { return json.Unmarshal(v, &s.outages) }); err != nil {
				s.log.Warn().Err(err).Msg("the store's outages do not read: earlier downtime no longer extends retention")
				s.outages = nil
			}
		} else if !errors.Is(err, badger.ErrKeyNotFound) {
			return fmt.Errorf("reading the outages: %w", err)
		}
		if item, err := txn.Get([]byte(keyAlive)); err == nil {
			if err := item.Value(func(v []byte) error { return alive.UnmarshalBinary(v) }); err != nil {
				s.log.Warn().Err(err).Msg("the store's last-alive time does not read: downtime not measured")
				alive = time.Time{}
			}
		} else if !errors.Is(err, badger.ErrKeyNotFound) {
			return fmt.Errorf("reading the last-alive time: %w", err)
		}
		it := txn.NewIterator(badger.IteratorOptions{PrefetchValues: true, PrefetchSize: 100, Prefix: []byte(prefixJob)})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			key := string(it.Item().Key())
			var j Job
			err := it.Item().Value(func(v []byte) error {
				var err error
				j, err = decodeJob(key, v)
				return err
			})
			if errors.Is(err, errBadRecord) {
				bad = append(bad, key[len(prefixJob):])
				continue
			}
			if err != nil {
				s.log.Error().Err(err).Str("key", key).Msg("job record unreadable: skipped")
				s.quarantined++
				continue
			}
			if j.Seq >= s.nextSeq {
				s.nextSeq = j.Seq + 1
			}
			switch j.State {
			case Queued:
				s.addStored(j.Owner, jobBytes(&j))
				s.addActive(&j)
			case Running:
				requeue = append(requeue, &j)
			default:
				if j.FinishedAt.After(now) { // the clock was ahead when it finished
					j.FinishedAt = now
					clamped = append(clamped, &j)
				}
				s.addStored(j.Owner, jobBytes(&j))
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
	if err := s.recordOutage(alive, now); err != nil {
		return err
	}
	s.quarantineJobs(bad)
	for _, j := range clamped {
		if err := s.put(j); err != nil {
			return fmt.Errorf("recording the finish time of job %s: %w", j.ID, err)
		}
	}
	for _, j := range requeue {
		if clean {
			// the node stopped cleanly while it ran: not a crash, so
			// not counted (the count is kept: only progress, a kept
			// part since the last crash, starts it again)
			j.State, j.Progress = Queued, requeuedProgress(j.Progress)
			if err := s.put(j); err != nil {
				return fmt.Errorf("requeueing job %s: %w", j.ID, err)
			}
			s.log.Info().Str("job", j.ID).Int("attempts", j.Attempts).Msg("job was running when the node stopped cleanly; queued again")
			s.addStored(j.Owner, jobBytes(j))
			s.addActive(j)
			continue
		}
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
			s.addStored(j.Owner, jobBytes(j))
			s.counts[Failed]++
			s.last = *j
			continue
		}
		j.State, j.Progress = Queued, requeuedProgress(j.Progress)
		if err := s.put(j); err != nil {
			return fmt.Errorf("requeueing job %s: %w", j.ID, err)
		}
		s.log.Warn().Str("job", j.ID).Int("attempts", j.Attempts).Int("crashes", j.Crashes).Msg("job was running when the node stopped; queued again")
		s.addStored(j.Owner, jobBytes(j))
		s.addActive(j)
	}
	sort.Slice(s.queue, func(a, b int) bool { return s.queue[a].Seq < s.queue[b].Seq })
	if clean {
		// from now on a stop without Close is a crash
		if err := s.update(func(txn *badger.Txn) error { return txn.Delete([]byte(keyClean)) }); err != nil {
			return fmt.Errorf("deleting the clean-stop mark: %w", err)
		}
	}
	return nil
}

// recordOutage adds the outage since alive (the store's last known life)
// to s.outages, drops the ones no retention can reach any more, and stores
// the list: the downtime extends the retention of what finished before it,
// in this process and the next ones.
func (s *Store) recordOutage(alive, now time.Time) error {
	changed := false
	if !alive.IsZero() && now.After(alive) {
		s.outages = append(s.outages, outage{Start: alive, Dur: now.Sub(alive)})
		changed = true
		s.log.Info().Dur("downtime", now.Sub(alive)).Msg("store was closed: the downtime does not count toward the retention of finished jobs")
	}
	var total time.Duration
	for _, o := range s.outages {
		total += o.Dur
	}
	keep := s.outages[:0]
	for _, o := range s.outages {
		// what finished before o was swept by now, however extended
		if o.Start.Add(s.opts.Retention + total).After(now) {
			keep = append(keep, o)
		} else {
			changed = true
		}
	}
	s.outages = keep
	if !changed {
		return nil
	}
	b, err := json.Marshal(s.outages)
	if err != nil {
		return fmt.Errorf("encoding the outages: %w", err)
	}
	if err := s.update(func(txn *badger.Txn) error { return txn.Set([]byte(keyOutages), b) }); err != nil {
		return fmt.Errorf("recording the outages: %w", err)
	}
	return nil
}

// errBadRecord: a stored record does not decode (a torn write, a bug).
var errBadRecord = errors.New("record does not decode")

// decodeJob decodes the job record stored under key. A record that is not
// JSON, names another id or has no known state wraps errBadRecord.
func decodeJob(key string, v []byte) (Job, error) {
	var j Job
	if err := json.Unmarshal(v, &j); err != nil {
		return Job{}, fmt.Errorf("decoding %s: %w: %w", key, errBadRecord, err)
	}
	if j.ID == "" || prefixJob+j.ID != key {
		return Job{}, fmt.Errorf("decoding %s: id %q: %w", key, j.ID, errBadRecord)
	}
	for _, st := range States {
		if j.State == st {
			return j, nil
		}
	}
	return Job{}, fmt.Errorf("decoding %s: state %q: %w", key, j.State, errBadRecord)
}

// jobBytes is what a job counts against Options.MaxStoredBytes: its
// request and the bytes of its result.
func jobBytes(j *Job) int64 {
	n := int64(j.Size)
	if r := j.Result; r != nil {
		n += int64(len(r.Output) + len(r.Proof) + len(r.Public) + len(r.Top) + len(r.Reason) + len(r.Error))
	}
	return n
}

// quarantineJobs moves the records of the jobs ids (that do not decode)
// aside, each with its request, and frees their keys (NewJob.Key). Failures
// are logged: the records stay where they are, skipped.
func (s *Store) quarantineJobs(ids []string) {
	if len(ids) == 0 {
		return
	}
	gone := map[string]bool{}
	for _, id := range ids {
		err := s.quarantine(prefixJob+id, prefixReq+id)
		s.mu.Lock()
		s.quarantined++
		s.mu.Unlock()
		if err != nil {
			s.log.Error().Err(err).Str("job", id).Msg("job record does not decode; moving it aside failed: skipped")
			continue
		}
		gone[id] = true
		s.log.Error().Str("job", id).Str("moved_to", prefixQuarantine+prefixJob+id).
			Msg("job record does not decode: moved aside with its request (kept for the retention period), the job is gone")
	}
	if err := s.freeKeys(gone); err != nil {
		s.log.Warn().Err(err).Msg("freeing the keys of jobs moved aside")
	}
}

// quarantine moves the values of keys (those present) under
// prefixQuarantine, in one transaction, to expire after the retention.
func (s *Store) quarantine(keys ...string) error {
	return s.updateRetry(func(txn *badger.Txn) error {
		for _, k := range keys {
			item, err := txn.Get([]byte(k))
			if errors.Is(err, badger.ErrKeyNotFound) {
				continue
			}
			if err != nil {
				return fmt.Errorf("reading %s: %w", k, err)
			}
			v, err := item.ValueCopy(nil)
			if err != nil {
				return fmt.Errorf("reading %s: %w", k, err)
			}
			e := badger.NewEntry([]byte(prefixQuarantine+k), v).WithTTL(s.opts.Retention)
			if err := txn.SetEntry(e); err != nil {
				return fmt.Errorf("moving %s aside: %w", k, err)
			}
			if err := txn.Delete([]byte(k)); err != nil {
				return fmt.Errorf("moving %s aside: %w", k, err)
			}
		}
		return nil
	})
}

// freeKeys deletes the idempotency keys (NewJob.Key) that name a job in ids.
func (s *Store) freeKeys(ids map[string]bool) error {
	if len(ids) == 0 {
		return nil
	}
	var keys [][]byte
	err := s.view(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{PrefetchValues: true, Prefix: []byte(prefixKey)})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			err := it.Item().Value(func(v []byte) error {
				if ids[string(v)] {
					keys = append(keys, it.Item().KeyCopy(nil))
				}
				return nil
			})
			if err != nil {
				return fmt.Errorf("reading %s: %w", it.Item().Key(), err)
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, k := range keys {
		err := s.updateRetry(func(txn *badger.Txn) error {
			item, err := txn.Get(k)
			if errors.Is(err, badger.ErrKeyNotFound) {
				return nil
			}
			if err != nil {
				return err
			}
			v, err := item.ValueCopy(nil)
			if err != nil || !ids[string(v)] { // given to another job meanwhile
				return err
			}
			return txn.Delete(k)
		})
		if err != nil {
			return fmt.Errorf("deleting %s: %w", k, err)
		}
	}
	return nil
}

// Quarantined is how many stored records this store set aside since it was
// opened: records that did not decode (moved under "quarantine/", with a
// job's request, kept for the retention period) and ones that could not be
// read (skipped). Each is logged at error level; the node reports the count.
func (s *Store) Quarantined() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.quarantined
}

// StoredBytes is what the stored jobs count against Options.MaxStoredBytes.
func (s *Store) StoredBytes() int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.stored
}

// addActive records a queued job in memory (caller holds mu or is loading).
func (s *Store) addActive(j *Job) {
	s.active[j.ID] = j
	if j.Owner != "" {
		s.activeBy[j.Owner]++
	}
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
	if err := s.checkDisk("a request", len(request)); err != nil {
		return Job{}, err
	}
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return Job{}, ErrClosed
	}
	if err := s.boundsLocked(owner, len(request)); err != nil {
		s.mu.Unlock()
		return Job{}, err
	}
	s.reserved++
	if owner != "" {
		s.reservedOf[owner]++
	}
	s.reservedB += int64(len(request))
	if owner != "" {
		s.reservedBBy[owner] += int64(len(request))
	}
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
	s.reservedB -= int64(len(request))
	if owner != "" {
		if s.reservedOf[owner]--; s.reservedOf[owner] == 0 {
			delete(s.reservedOf, owner)
		}
		if s.reservedBBy[owner] -= int64(len(request)); s.reservedBBy[owner] <= 0 {
			delete(s.reservedBBy, owner)
		}
	}
	if errors.Is(err, errKeyTaken) {
		s.mu.Unlock()
		return s.duplicate(n.Key, dup)
	}
	defer s.mu.Unlock()
	if err != nil {
		return Job{}, fmt.Errorf("storing job: %w", err)
	}
	s.addStored(j.Owner, jobBytes(j))
	if s.closed {
		// stored but the store is closing: it will run after the next Open.
		return *j, nil
	}
	s.addActive(j)
	close(s.wake)
	s.wake = make(chan struct{})
	return *j, nil
}

// activeOf is the number of owner's queued and running jobs (under mu).
func (s *Store) activeOf(owner string) int { return s.activeBy[owner] }

// CheckAdd tells, without reserving anything, whether Add would refuse a
// job of owner for a bound (ErrOwnerFull, ErrQueueFull, ErrStoreFull,
// ErrDiskLow): callers check it before expensive work (loading and storing
// a program), so that a client refused over and over costs little. Add
// checks again.
func (s *Store) CheckAdd(owner string, requestBytes int) error {
	if err := s.checkDisk("a request", requestBytes); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return ErrClosed
	}
	return s.boundsLocked(owner, requestBytes)
}

// boundsLocked refuses a new job of owner with a request of n bytes past a
// bound: MaxPending, MaxPendingPerOwner, MaxStoredBytesPerOwner,
// MaxStoredBytes (under mu; the admissions in flight count).
func (s *Store) boundsLocked(owner string, n int) error {
	if len(s.active)+s.reserved >= s.opts.MaxPending {
		return fmt.Errorf("%d jobs pending (max %d): %w", len(s.active)+s.reserved, s.opts.MaxPending, ErrQueueFull)
	}
	if limit := s.opts.MaxPendingPerOwner; limit > 0 && owner != "" {
		if k := s.activeOf(owner) + s.reservedOf[owner]; k >= limit {
			return fmt.Errorf("%s has %d jobs pending (max %d a client): %w", owner, k, limit, ErrOwnerFull)
		}
	}
	if limit := s.opts.MaxStoredBytesPerOwner; limit > 0 && owner != "" {
		if held := s.storedBy[owner] + s.reservedBBy[owner]; held+int64(n) > limit {
			return fmt.Errorf("a request of %d bytes: %s's jobs kept hold %d bytes (max %d a client; finished and cancelled jobs count until they are deleted after the retention period): %w",
				n, owner, held, limit, ErrOwnerFull)
		}
	}
	if held := s.stored + s.reservedB; s.opts.MaxStoredBytes > 0 && held+int64(n) > s.opts.MaxStoredBytes {
		return fmt.Errorf("a request of %d bytes: the jobs kept hold %d bytes (max %d; finished jobs are deleted after the retention period): %w",
			n, held, s.opts.MaxStoredBytes, ErrStoreFull)
	}
	return nil
}

// addStored counts delta more bytes (jobBytes) of owner's stored jobs
// (under mu, or while loading).
func (s *Store) addStored(owner string, delta int64) {
	s.stored += delta
	if owner == "" {
		return
	}
	if s.storedBy[owner] += delta; s.storedBy[owner] <= 0 {
		delete(s.storedBy, owner)
	}
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

// errUnreadable: a queued job's request is there but could not be read.
var errUnreadable = errors.New("request unreadable")

// readRequest reads job id's request in txn: errNoRequest when it has none.
func readRequest(txn *badger.Txn, id string) ([]byte, error) {
	item, err := txn.Get([]byte(prefixReq + id))
	if errors.Is(err, badger.ErrKeyNotFound) {
		return nil, errNoRequest
	}
	if err != nil {
		return nil, err
	}
	return item.ValueCopy(nil)
}

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
				var err error
				req, err = s.readRequest(txn, j.ID)
				if errors.Is(err, errNoRequest) {
					return errNoRequest
				}
				if err != nil {
					return fmt.Errorf("reading request: %w: %w", errUnreadable, err)
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
			if errors.Is(err, errUnreadable) {
				// a request that does not read (a damaged value log) may
				// never read: after a few tries in a row the job is
				// failed, so that the jobs behind it are served
				s.reqFails[j.ID]++
				if tries := s.reqFails[j.ID]; tries >= maxRequestReads {
					ferr := s.transition(j, Failed, &Result{Reason: "internal", Error: fmt.Sprintf(
						"the job's request could not be read from the store (%d tries): %v", tries, err)})
					s.mu.Unlock()
					if ferr != nil {
						return Job{}, nil, fmt.Errorf("failing job %s whose request does not read: %w", j.ID, ferr)
					}
					s.log.Error().Err(err).Str("job", j.ID).Int("tries", tries).Msg("job whose request does not read: failed")
					continue
				}
			}
			if err != nil {
				s.mu.Unlock()
				return Job{}, nil, fmt.Errorf("starting job %s: %w", j.ID, err)
			}
			delete(s.reqFails, j.ID)
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
	if to == Queued {
		next.Progress = requeuedProgress(j.Progress)
	}
	if to.Terminal() {
		next.FinishedAt = time.Now().UTC()
	}
	if err := s.put(&next); err != nil {
		return err
	}
	s.addStored(j.Owner, jobBytes(&next)-jobBytes(j))
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
		if j.Owner != "" {
			if s.activeBy[j.Owner]--; s.activeBy[j.Owner] <= 0 {
				delete(s.activeBy, j.Owner)
			}
		}
		delete(s.reqFails, j.ID)
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

// Retry puts a running job that failed inside the node back in the queue
// (ahead of newer jobs, with its parts) and counts it in its Retries.
func (s *Store) Retry(id string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return ErrClosed
	}
	j, ok := s.active[id]
	if !ok || j.State != Running {
		return fmt.Errorf("retrying job %s: %w", id, ErrNotRunning)
	}
	j.Retries++
	if err := s.transition(j, Queued, nil); err != nil {
		j.Retries--
		return fmt.Errorf("retrying job %s: %w", id, err)
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
		done, err := s.get(id)
		if err != nil {
			return "", err
		}
		return "", fmt.Errorf("cancelling job %s: %w (%s)", id, ErrFinished, done.State)
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
// new job) before that cutoff (sweepPrograms). The time the store was closed
// before this Open does not count toward the retention: a job finished just
// before a long stop is kept for its full retention after it. A job or
// program that cannot be deleted is left for the next sweep and the others
// are swept: the error returned joins their errors. Records that do not
// decode are moved aside (Quarantined). Last it gives the disk space of the
// large values deleted back to the file system (compactDeletions, once
// enough was deleted, then collectValueLog): the store's other calls wait
// for the compaction (tens of milliseconds on a small store; up to seconds
// on a large one, as Badger first finishes the compactions it runs), not
// for the value log's rewrites.
func (s *Store) Sweep(now time.Time) (int, error) {
	var errs []error
	if err := s.markAlive(); err != nil {
		errs = append(errs, err)
	}

	type old struct {
		id    string
		state State
		key   string
		owner string
		bytes int64 // jobBytes
		size  int64 // of its request and record as stored
	}
	var victims []old
	var oldProgs map[string]time.Time
	var badJobs, badProgs []string
	err := s.view(func(txn *badger.Txn) error {
		used := map[string]bool{} // programs of the jobs that stay
		it := txn.NewIterator(badger.IteratorOptions{PrefetchValues: true, PrefetchSize: 100, Prefix: []byte(prefixJob)})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			key := string(it.Item().Key())
			var j Job
			record := it.Item().ValueSize()
			err := it.Item().Value(func(v []byte) error {
				var err error
				j, err = decodeJob(key, v)
				return err
			})
			if errors.Is(err, errBadRecord) {
				badJobs = append(badJobs, key[len(prefixJob):])
				continue
			}
			if err != nil {
				errs = append(errs, fmt.Errorf("reading %s: %w", key, err))
				continue
			}
			if j.State.Terminal() && s.expired(j.FinishedAt, now) {
				victims = append(victims, old{j.ID, j.State, j.Key, j.Owner, jobBytes(&j), inValueLog(int64(j.Size)) + inValueLog(record)})
			} else if j.Program != "" {
				used[j.Program] = true
			}
		}
		it.Close()
		var perrs []error
		oldProgs, badProgs, perrs = oldPrograms(txn, func(last time.Time) bool { return s.expired(last, now) }, used)
		errs = append(errs, perrs...)
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("sweeping job store: %w", err)
	}
	s.quarantineSwept(badJobs)
	for _, id := range badProgs {
		if _, err := s.quarantineProgram(id); err != nil {
			errs = append(errs, err)
		}
	}
	n := 0
	for _, v := range victims {
		// the parts first: they are found through the job record, so a
		// crash between the two would leave them for good
		if err := s.deleteParts(v.id); err != nil {
			errs = append(errs, fmt.Errorf("deleting the parts of job %s: %w", v.id, err))
			continue
		}
		if err := s.deleteJob(v.id, v.key); err != nil {
			errs = append(errs, fmt.Errorf("deleting job %s: %w", v.id, err))
			continue
		}
		s.deleted.Add(v.size)
		s.mu.Lock()
		s.counts[v.state]--
		s.addStored(v.owner, -v.bytes)
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
		errs = append(errs, fmt.Errorf("sweeping programs: %w", err))
	}
	orphans, err := s.orphanParts()
	if err != nil {
		errs = append(errs, fmt.Errorf("finding parts without a job: %w", err))
	}
	for _, id := range orphans {
		if err := s.deleteParts(id); err != nil {
			errs = append(errs, fmt.Errorf("deleting the parts of deleted job %s: %w", id, err))
			continue
		}
		s.log.Info().Str("job", id).Msg("parts of a deleted job swept")
	}
	if s.deleted.Load() >= compactAfter {
		if err := s.compactDeletions(); err != nil && !errors.Is(err, ErrClosed) {
			s.log.Warn().Err(err).Msg("the deletions not compacted: their value log space is freed later")
		}
	}
	s.collectValueLog()
	if err := errors.Join(errs...); err != nil {
		return n, fmt.Errorf("sweeping job store: %w", err)
	}
	return n, nil
}

// deleteJobRecords deletes a swept job's record, request and key (if key
// still names it), in one transaction.
func (s *Store) deleteJobRecords(id, key string) error {
	return s.updateRetry(func(txn *badger.Txn) error {
		if err := txn.Delete([]byte(prefixJob + id)); err != nil {
			return err
		}
		if key != "" {
			// the key goes with its job (and is free again)
			if kid, err := keyedIn(txn, key); err != nil {
				return err
			} else if kid == id {
				if err := txn.Delete([]byte(prefixKey + key)); err != nil {
					return err
				}
			}
		}
		return txn.Delete([]byte(prefixReq + id))
	})
}

// quarantineSwept moves aside the job records ids that Sweep found not to
// decode, except those of active jobs: their record in memory is the job's,
// and the next change of the job writes it again.
func (s *Store) quarantineSwept(ids []string) {
	var gone []string
	s.mu.Lock()
	for _, id := range ids {
		if _, ok := s.active[id]; ok {
			s.log.Error().Str("job", id).Msg("the record of an active job does not decode: kept, written again at its next change")
			continue
		}
		gone = append(gone, id)
	}
	s.mu.Unlock()
	s.quarantineJobs(gone)
}

// markAlive records now as the last time the store was in use (keyAlive).
func (s *Store) markAlive() error {
	b, err := time.Now().UTC().MarshalBinary()
	if err != nil {
		return fmt.Errorf("encoding the last-alive time: %w", err)
	}
	if err := s.update(func(txn *badger.Txn) error { return txn.Set([]byte(keyAlive), b) }); err != nil {
		return fmt.Errorf("recording the last-alive time: %w", err)
	}
	return nil
}

// compactAfter is how many bytes of deleted values make Sweep compact
// (compactDeletions): half the least a value in the value log takes
// (Badger's ValueThreshold, 1 MiB), so that any such value deleted is
// compacted at the next sweep, and a store of small values is not compacted
// for nothing (its deleted values are in the LSM tree, whose own
// compactions free them).
const compactAfter = 512 << 10

// valueThreshold is Badger's ValueThreshold (set at Open; its default, 1
// MiB): values of this size and more live in the value log, smaller ones in
// the LSM tree.
const valueThreshold = 1 << 20

// inValueLog is n when a value of n bytes lives in the value log, else 0:
// only those count toward compactAfter (deleted small values are freed by
// Badger's own compactions, and counting them would compact a store of
// small jobs at every sweep for nothing).
func inValueLog(n int64) int64 {
	if n >= valueThreshold {
		return n
	}
	return 0
}

// compactDeletions has Badger count the value log space of the values
// deleted so far, for collectValueLog. Badger counts it (its discard stats)
// only when a compaction drops a deleted value's older version, and nothing
// else would compact deletions soon: they wait in the memtable (16 MiB of
// small records and value pointers, which a store of large requests fills
// slowly) and then in level 0 (compacted at 5 tables), so the value log of
// such a store only grew. Badger has no call to flush the memtable but
// DropPrefix (and Close): given a prefix that some key has, it flushes the
// memtables and compacts all of level 0 into the base level, which drops
// the versions that the deletions hide there and counts their space. So a
// sentinel key (keyCompact) is written and its prefix dropped. DB.Flatten
// would also compact the levels below the base one, but it rewrites the
// whole tree each time, and it flushes nothing. The cost is bounded by the
// memtable, level 0 and the base level (about 10 MiB), not by the store's
// size (tens of milliseconds for a small store; DropPrefix first waits for
// the compactions Badger runs, seconds on a large store). A store small enough to
// have its base level at the last level (as one whose large values are in
// the value log) has all its deletions counted; in a larger one, a deletion
// whose value was compacted below the base level is counted when Badger's
// own compactions take it down, and freed at a later sweep. DropPrefix
// refuses writes while it runs (and blocks reads), and must not run with
// Close: it runs with the store's lock held (rw), so that other calls wait
// for it rather than fail.
func (s *Store) compactDeletions() error {
	s.rw.Lock()
	defer s.rw.Unlock()
	if s.dbClosed {
		return ErrClosed
	}
	start := time.Now()
	// what is deleted from now on is written after the flush below, for
	// the next time (nothing is written meanwhile: rw is held)
	pending := s.deleted.Swap(0)
	err := s.db.Update(func(txn *badger.Txn) error { return txn.Set([]byte(keyCompact), nil) })
	if err == nil {
		err = s.db.DropPrefix([]byte(keyCompact))
	}
	if err != nil {
		s.deleted.Add(pending) // the next sweep tries again
		return fmt.Errorf("compacting the store: %w", err)
	}
	s.log.Debug().Dur("took", time.Since(start)).Int64("deleted_bytes", pending).Msg("deletions compacted")
	return nil
}

// collectValueLog has Badger rewrite the value log files that are mostly
// deleted values (half or more, by the counts of compactDeletions and
// Badger's compactions), and delete them: values of 1 MiB and more (large
// requests, results and ELFs, segment proofs) live there, and only this
// gives their disk space back once they are deleted; before session 29
// nothing asked, and the job store's value log only grew
// (TestSweepReturnsValueLogSpace). Badger takes the file with the most
// deleted bytes counted, and stops when that one is less than half deleted
// (at most as much again as the live values is kept) or is the file it
// writes to, which it never collects (up to 256 MiB; a new one at every
// Open). Each rewrite holds the store's lock for reading, so that Close
// waits for it (and compactDeletions does not run with it); a closing store
// stops it. Errors are logged.
func (s *Store) collectValueLog() {
	for i := 0; i < 64; i++ { // one file a call; a bound
		err := s.runValueLogGC()
		if err == nil {
			continue
		}
		if !errors.Is(err, badger.ErrNoRewrite) && !errors.Is(err, badger.ErrRejected) && !errors.Is(err, ErrClosed) {
			s.log.Warn().Err(err).Msg("value log not collected")
		}
		return
	}
}

// runValueLogGC has Badger collect one value log file (ErrNoRewrite: none
// is due).
func (s *Store) runValueLogGC() error {
	s.rw.RLock()
	defer s.rw.RUnlock()
	if s.dbClosed {
		return ErrClosed
	}
	return s.db.RunValueLogGC(0.5)
}

// Close closes the store without touching job states: running jobs stay
// running on disk and are requeued by the next Open, which does not count
// them as crashed (Options.MaxCrashes): Close marks the stop as clean. It
// also records the time, so that the next Open measures the downtime.
// Waiters get ErrClosed.
func (s *Store) Close() error { return s.close(true) }

// Abort closes the store as a crash leaves it: no clean-stop mark and no
// last-alive time are written, so the next Open counts the jobs found
// running as crashed. For tests of crash recovery.
func (s *Store) Abort() error { return s.close(false) }

func (s *Store) close(clean bool) error {
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
	if clean {
		// the last write: nothing is written after it (closed, and rw
		// held)
		err := s.db.Update(func(txn *badger.Txn) error {
			b, err := time.Now().UTC().MarshalBinary()
			if err != nil {
				return err
			}
			if err := txn.Set([]byte(keyAlive), b); err != nil {
				return err
			}
			return txn.Set([]byte(keyClean), nil)
		})
		if err != nil {
			s.log.Warn().Err(err).Msg("marking the stop as clean failed: the next start counts the running jobs as crashed")
		}
	}
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
