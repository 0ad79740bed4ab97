// Package chain is the chain door: its bridge connects the node to a chain: it turns what the listener finds (onchain job
// requests, cancellations, due subscription intervals) into node jobs, hands every proven
// result to the relayer as the matching contract call, and answers where each result stands
// (proving, relay pending, sent, confirmed, failed with its reason). Its mapping between chain
// and node job ids is kept in Badger.
package chain

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/dgraph-io/badger/v4"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/contracts"
	"github.com/zkprover/zkprover/errs"
	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/jobs"
	"github.com/zkprover/zkprover/listener"
	"github.com/zkprover/zkprover/queue"
	"github.com/zkprover/zkprover/relayer"
	"github.com/zkprover/zkprover/retrylog"
	"github.com/zkprover/zkprover/statement"
	"github.com/zkprover/zkprover/storefmt"
)

// Jobs is the node's job service (jobs.Service).
type Jobs interface {
	// SubmitKeyed queues r once under key (jobs.Service.SubmitKeyed): a
	// later call with the key returns the job it queued, existed true.
	SubmitKeyed(ctx context.Context, key string, r *jobs.Request) (job queue.Job, existed bool, err error)
	Get(ctx context.Context, id string) (queue.Job, error)
	Cancel(ctx context.Context, id string) error
}

// Relayer is the transaction manager (relayer.Manager).
type Relayer interface {
	Submit(r relayer.Request) (relayer.Tx, error)
	Get(id string) (relayer.Tx, error)
}

// Options configure a Bridge.
type Options struct {
	ChainID     uint64
	JobManager  common.Address
	Coordinator common.Address
	// Sender is the account the relayer sends from. Coordinator intervals are proven with it
	// as the statement context's sequencer: the Coordinator accepts a delivery only from the
	// node bound in its proof. Required with a Coordinator.
	Sender common.Address
	// Ordered relays each consumer's (or subscription's) results in the order they were
	// requested, each after the previous one is final (for stateful apps).
	Ordered bool
	// SubscriptionMaxCycles caps the cycle budget of a subscription interval's job, which is
	// 2^maxProofClass of the subscription (default 1<<20).
	SubscriptionMaxCycles uint64
	// PollInterval is how often finished jobs are looked for (default 500 ms).
	PollInterval time.Duration
	// QueueRetryFor is how long a chain request is retried whose node job the job service
	// keeps refusing with an error that names neither the request (rejected at once:
	// refusesRequest) nor the node's state (shutting down, full, closed, rate limited:
	// retried as long as it lasts). Then it is recorded rejected, so that one request
	// cannot hold the listener's cursor, and every request after it, for good. 0: an hour.
	QueueRetryFor time.Duration
	// Epoch names the chain instance the bridge's node jobs belong to, in
	// their keys (NodeJobKey): "" for a real chain; the development chain,
	// new at every start with the same chain id, addresses and job ids,
	// gets a fresh one each time, so that a request is never answered with
	// the job of an earlier chain's request of the same id (whose proof
	// binds that chain's block).
	Epoch string
	// Retention: an entry that ended (rejected, no result, cancelled, or relaying with its
	// relay record ended or deleted by the relayer's retention) is deleted this long after
	// it ended, from the store and from memory (0: kept for ever). The node passes its
	// retention, which its jobs and relay records have too.
	Retention time.Duration
	Logger    zerolog.Logger
}

// Stage is where a chain request stands in the node.
type Stage string

// Stages.
const (
	StageProving   Stage = "proving"   // a node job runs (or waits)
	StageRelaying  Stage = "relaying"  // proven; the relayer owns it (see Relay)
	StageRejected  Stage = "rejected"  // the node refused the job (Reason)
	StageNoResult  Stage = "no_result" // the node job failed or was cancelled (Reason)
	StageCancelled Stage = "cancelled" // cancelled on chain
)

// Entry is one chain request and its node job.
type Entry struct {
	ID        string         `json:"id"` // the relay id: "job/0x.." or "sub/<id>/<interval>"
	NodeJob   string         `json:"node_job,omitempty"`
	Stage     Stage          `json:"stage"`
	Reason    string         `json:"reason,omitempty"`
	Consumer  common.Address `json:"consumer"`
	Nonce     uint64         `json:"nonce,omitempty"`
	MaxCycles uint64         `json:"max_cycles"`
	ProgramID []byte         `json:"program_id"`
	Input     []byte         `json:"input,omitempty"`
	Block     uint64         `json:"block,omitempty"`
	// Subscription deliveries.
	Subscription uint32 `json:"subscription,omitempty"`
	Interval     uint32 `json:"interval,omitempty"`
	MaxGasPrice  uint64 `json:"max_gas_price,omitempty"` // the subscription's, wei
	// Offchain jobs: the signed request (abi.encode(OffchainJobRequest)) and its signature.
	Request    []byte `json:"request,omitempty"`
	RequestSig []byte `json:"request_sig,omitempty"`
	// Ordered relays this result in request order among the consumer's (offchain requests
	// that ask for it; the node's Options.Ordered orders every result).
	Ordered bool `json:"ordered,omitempty"`

	CreatedAt time.Time `json:"created_at"`
	ProvenAt  time.Time `json:"proven_at,omitzero"`

	// owner is the owner of the node job (queue.Job.Owner: the client that
	// submitted it, "" for the node's own), when ownerKnown: entries written
	// before the bridge kept it do not know it. Kept in the store, not shown.
	owner      string
	ownerKnown bool
}

// storedEntry is an entry as the store keeps it: with its node job's owner.
type storedEntry struct {
	Entry
	Owner *string `json:"owner,omitempty"`
}

// Status is an entry with its relay record.
type Status struct {
	Entry
	Relay *relayer.Tx `json:"relay,omitempty"`
}

// storeFormat is the format of the bridge's records (storefmt).
const storeFormat = 1

// Summary is a one-line account: the stage, or the relay's status once relaying.
func (s Status) Summary() string {
	if s.Stage == StageRelaying && s.Relay != nil {
		return "relay " + s.Relay.Status()
	}
	if s.Reason != "" {
		return string(s.Stage) + ": " + s.Reason
	}
	return string(s.Stage)
}

// Bridge is the node's link to a chain.
type Bridge struct {
	jobs Jobs
	rel  Relayer
	opts Options
	log  zerolog.Logger
	db   *badger.DB

	mu      sync.Mutex
	entries map[string]*Entry
	byNode  map[string]string
	// order is every entry's id, oldest first (entryBefore): the order of
	// the status API's pages.
	order []string
	// gone holds the node jobs that the job service no longer has (swept
	// after their retention: ids are not reused); visible asks no more.
	gone map[string]struct{}
	// failing holds when queueing each request first failed with an error
	// of neither the request nor the node's state (QueueRetryFor).
	failing map[string]time.Time
	// pruned is when Step last deleted the entries past their retention.
	pruned time.Time
	// moves orders the changes of a proving entry's stage (Step's advance,
	// JobCancelled): each reads the entry as the other left it, so a
	// cancellation on chain and the node job's end never overwrite each other.
	moves sync.Mutex
}

const keyEntry = "entry/"

// Open opens (creating) the bridge's store in dir.
func Open(dir string, jobs Jobs, rel Relayer, opts Options) (*Bridge, error) {
	if opts.SubscriptionMaxCycles == 0 {
		opts.SubscriptionMaxCycles = 1 << 20
	}
	if opts.QueueRetryFor <= 0 {
		opts.QueueRetryFor = time.Hour
	}
	if opts.PollInterval <= 0 {
		opts.PollInterval = 500 * time.Millisecond
	}
	if opts.Coordinator != (common.Address{}) && opts.Sender == (common.Address{}) {
		return nil, fmt.Errorf("bridge: a Coordinator needs Options.Sender, the relayer's address bound in its proofs")
	}
	db, err := badger.Open(badger.DefaultOptions(dir).WithSyncWrites(true).WithLogger(nil).WithValueLogFileSize(16 << 20))
	if err != nil {
		return nil, fmt.Errorf("opening bridge store %s: %w", dir, err)
	}
	if err := storefmt.Check(db, "bridge store "+dir, storeFormat); err != nil {
		_ = db.Close()
		return nil, err
	}
	b := &Bridge{jobs: jobs, rel: rel, opts: opts, db: db, entries: map[string]*Entry{}, byNode: map[string]string{},
		gone: map[string]struct{}{}, log: opts.Logger.With().Str("component", "bridge").Logger()}
	err = db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte(keyEntry), PrefetchValues: true})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			var se storedEntry
			if err := it.Item().Value(func(v []byte) error { return json.Unmarshal(v, &se) }); err != nil {
				return err
			}
			e := se.Entry
			if se.Owner != nil {
				e.owner, e.ownerKnown = *se.Owner, true
			}
			b.entries[e.ID] = &e
			b.order = append(b.order, e.ID)
			if e.NodeJob != "" {
				b.byNode[e.NodeJob] = e.ID
			}
		}
		return nil
	})
	if err != nil {
		_ = db.Close()
		return nil, fmt.Errorf("loading bridge entries: %w", err)
	}
	sort.Slice(b.order, func(i, j int) bool { return entryBefore(b.entries[b.order[i]], b.entries[b.order[j]]) })
	return b, nil
}

// Close closes the store.
func (b *Bridge) Close() error { return b.db.Close() }

func (b *Bridge) save(e *Entry) error {
	se := storedEntry{Entry: *e}
	if e.ownerKnown {
		se.Owner = &e.owner
	}
	v, err := json.Marshal(se)
	if err != nil {
		return fmt.Errorf("encoding bridge entry %s: %w", e.ID, err)
	}
	if err := b.db.Update(func(txn *badger.Txn) error { return txn.Set([]byte(keyEntry+e.ID), v) }); err != nil {
		return fmt.Errorf("writing bridge entry %s: %w", e.ID, err)
	}
	b.mu.Lock()
	c := *e
	if old, ok := b.entries[e.ID]; !ok || !old.CreatedAt.Round(0).Equal(c.CreatedAt.Round(0)) {
		if ok { // written again as a new entry (two first sightings at once)
			b.unorder(old)
		}
		i := b.orderAfter(&c)
		b.order = slices.Insert(b.order, i, c.ID)
	}
	b.entries[e.ID] = &c
	if e.NodeJob != "" {
		b.byNode[e.NodeJob] = e.ID
	}
	b.mu.Unlock()
	return nil
}

// entryBefore is the order of the entries: by creation, then by relay id.
// Wall clock: an entry read back from the store has no monotonic reading.
func entryBefore(a, b *Entry) bool {
	if c := a.CreatedAt.Round(0).Compare(b.CreatedAt.Round(0)); c != 0 {
		return c < 0
	}
	return a.ID < b.ID
}

// orderAfter is the index in order of the first entry after e (under mu).
func (b *Bridge) orderAfter(e *Entry) int {
	return sort.Search(len(b.order), func(i int) bool { return entryBefore(e, b.entries[b.order[i]]) })
}

// unorder removes e, an entry as order placed it, from order (under mu).
func (b *Bridge) unorder(e *Entry) {
	i := sort.Search(len(b.order), func(i int) bool { return !entryBefore(b.entries[b.order[i]], e) })
	if i < len(b.order) && b.order[i] == e.ID {
		b.order = slices.Delete(b.order, i, i+1)
	}
}

func (b *Bridge) get(id string) (Entry, bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	e, ok := b.entries[id]
	if !ok {
		return Entry{}, false
	}
	return *e, true
}

// JobCreated (listener.Sink) queues a node job for an onchain request, once per job id.
// An onchain job of a consumer whose state root is not the empty state's is recorded as
// rejected with the reason: the node has no state to run it from.
func (b *Bridge) JobCreated(ctx context.Context, j listener.Job) error {
	id := JobRelayID(j.JobID)
	if _, ok := b.get(id); ok {
		return nil
	}
	e := &Entry{ID: id, Consumer: j.Consumer, Nonce: j.Nonce, MaxCycles: j.MaxCycles, ProgramID: j.ProgramID,
		Input: j.OnchainInput, Block: j.Block, CreatedAt: time.Now()}
	if j.StateRoot != nil && *j.StateRoot != emptyStateRoot {
		// An onchain job carries no state: its run starts from the empty state, which the
		// consumer would refuse (StaleStateRoot) after proving it for nothing.
		e.Stage, e.Reason = StageRejected, fmt.Sprintf("the consumer keeps a state (latestStateRoot 0x%x) and an onchain job "+
			"runs from the empty state, which it would refuse (StaleStateRoot): send its jobs offchain with their state "+
			"(coprocessor SubmitJob, zkprover submit-job --state)", *j.StateRoot)
		b.log.Warn().Str("request", e.ID).Str("reason", e.Reason).Msg("onchain job not proven")
		return b.save(e)
	}
	r := &jobs.Request{
		Onchain: j.OnchainInput, MaxCycles: j.MaxCycles, Nonce: j.Nonce, Consumer: j.Consumer,
		Context: contracts.OnchainJobContext(b.opts.ChainID, j.Timestamp, j.Nonce, j.Consumer),
	}
	return b.submit(ctx, e, r)
}

// IntervalDue (listener.Sink) queues a node job for a subscription interval: the program on
// the interval's input, in the interval's context with this node (Options.Sender) as the
// sequencer, within 2^maxProofClass cycles. Intervals the node cannot prove or deliver as the
// Coordinator requires (a stateful program, whose state it does not keep; an offchain input it
// does not have; a statement that could not be read; a maxGasPrice of 0, which no delivery
// transaction can pay) are recorded as rejected with the reason.
func (b *Bridge) IntervalDue(ctx context.Context, iv listener.Interval) error {
	id := SubscriptionRelayID(iv.SubscriptionID, iv.Interval)
	if _, ok := b.get(id); ok {
		return nil
	}
	maxCycles := b.opts.SubscriptionMaxCycles
	if iv.MaxProofClass < 64 && uint64(1)<<iv.MaxProofClass < maxCycles {
		maxCycles = uint64(1) << iv.MaxProofClass
	}
	pid, perr := hex.DecodeString(strings.TrimPrefix(iv.ContainerID, "0x"))
	e := &Entry{ID: id, Consumer: iv.Owner, MaxCycles: maxCycles, ProgramID: pid, Input: iv.Inputs,
		Subscription: iv.SubscriptionID, Interval: iv.Interval, MaxGasPrice: iv.MaxGasPrice, CreatedAt: time.Now()}
	if reason := unprovable(iv); reason != "" || perr != nil || len(pid) != 32 {
		if reason == "" {
			reason = fmt.Sprintf("container id %q does not name a program", iv.ContainerID)
		}
		e.Stage, e.Reason = StageRejected, reason
		b.log.Warn().Str("request", e.ID).Str("reason", reason).Msg("subscription interval not proven")
		return b.save(e)
	}
	// The Coordinator checks a final proof against 2^maxProofClass: that is
	// the job's MaxCycles; the node's own, lower limit caps the run.
	r := &jobs.Request{
		Onchain: iv.Inputs, MaxCycles: contracts.SubscriptionMaxCycles(iv.MaxProofClass), RunCap: maxCycles,
		Nonce: uint64(iv.Interval), Consumer: iv.Owner,
		Context: contracts.SubscriptionContext(b.opts.ChainID, iv.ActiveAt, iv.Period, iv.Interval, b.opts.Sender),
	}
	return b.submit(ctx, e, r)
}

var (
	emptyOffchainHash = contracts.Bytes32(statement.OffchainHash(nil))
	emptyStateRoot    = contracts.Bytes32(statement.StateRoot(nil))
)

// unprovable is why the node cannot prove an interval the way the Coordinator checks it, or
// deliver it ("" if it can): the node proves stateless runs without offchain input, and
// delivers under a maxGasPrice above 0.
func unprovable(iv listener.Interval) string {
	switch {
	case iv.Unavailable != "":
		return iv.Unavailable
	case iv.Stateful || iv.OldStateRoot != emptyStateRoot:
		return fmt.Sprintf("stateful subscription (runs start from root 0x%x): the node keeps no program state for subscriptions", iv.OldStateRoot)
	case iv.OffchainInputHash != emptyOffchainHash:
		return fmt.Sprintf("the subscription's offchain input (hash 0x%x) is not available to the node", iv.OffchainInputHash)
	case iv.MaxGasPrice == 0:
		// Coordinator._admit: tx.gasprice > maxGasPrice reverts GasPriceExceeded; a simulation
		// (eth_call, gas price 0) passes, every sent transaction would revert.
		return "the subscription's maxGasPrice is 0: the Coordinator refuses every delivery paying more than 0 wei per gas (GasPriceExceeded)"
	}
	return ""
}

// NodeJobKey is the idempotency key of the node job of the chain request with
// relay id id (jobs.Service.SubmitKeyed). The bridge queues a request's node
// job under it before it writes the request's entry, so a request seen again
// after a crash between the two gets the node job queued the first time,
// not a second one.
func NodeJobKey(epoch, id string) string {
	if epoch == "" {
		return "chain:" + id
	}
	return "chain:" + epoch + "/" + id
}

// refusesRequest says whether err, from queueing a chain request's node job, is the node's
// answer to the request itself: the rows of the errs table that say the request is wrong or
// can never be served as it is (invalid, unknown program, bad ELF, bad input, too large, too
// long to prove, a program fault, not supported). Queueing it again would be refused again:
// the request is recorded rejected. Every other error is the node's state, not the request's
// (shutting down, a closed queue, a full queue or disk, the rate limit, a store's I/O error,
// anything unclassified): temporary, the listener retries the block.
func refusesRequest(err error) bool {
	var fault *executor.Fault
	for _, target := range []error{errs.ErrInvalid, errs.ErrUnknownProgram, executor.ErrBadELF, executor.ErrBadInput,
		errs.ErrTooLarge, errs.ErrTooLong, errs.ErrNotSupported} {
		if errors.Is(err, target) {
			return true
		}
	}
	return errors.As(err, &fault)
}

// nodeState reports an error that is the node's state, not the request's: it lasts as long
// as the state (the node stopping, a full queue or disk, a closed store, the rate limit).
func nodeState(err error) bool {
	for _, target := range []error{errs.ErrShuttingDown, queue.ErrQueueFull, queue.ErrDiskLow, queue.ErrClosed,
		errs.ErrRateLimited, errs.ErrUnavailable, queue.ErrProgramStoreFull, context.Canceled, context.DeadlineExceeded} {
		if errors.Is(err, target) {
			return true
		}
	}
	return false
}

// givenUp records a failure to queue request id with an error of neither the request nor
// the node's state, and reports whether it has failed so for QueueRetryFor.
func (b *Bridge) givenUp(id string) (bool, time.Duration) {
	b.mu.Lock()
	defer b.mu.Unlock()
	first, ok := b.failing[id]
	if !ok {
		if b.failing == nil {
			b.failing = map[string]time.Time{}
		}
		b.failing[id] = time.Now()
		return false, 0
	}
	d := time.Since(first)
	return d >= b.opts.QueueRetryFor, d
}

// queued forgets request id's failures.
func (b *Bridge) queued(id string) {
	b.mu.Lock()
	delete(b.failing, id)
	b.mu.Unlock()
}

func (b *Bridge) submit(ctx context.Context, e *Entry, r *jobs.Request) error {
	if len(e.ProgramID) != 32 {
		e.Stage, e.Reason = StageRejected, fmt.Sprintf("program id of %d bytes", len(e.ProgramID))
		return b.save(e)
	}
	copy(r.ProgramID[:], e.ProgramID)
	job, _, err := b.jobs.SubmitKeyed(ctx, NodeJobKey(b.opts.Epoch, e.ID), r)
	switch {
	case err == nil:
		e.NodeJob, e.Stage = job.ID, StageProving
		e.owner, e.ownerKnown = job.Owner, true
		b.log.Info().Str("request", e.ID).Str("job", job.ID).Msg("chain request queued as a node job")
	case ctx.Err() != nil || nodeState(err):
		return fmt.Errorf("queueing %s: %w", e.ID, err) // the listener retries the block
	case !refusesRequest(err):
		over, d := b.givenUp(e.ID)
		if !over {
			return fmt.Errorf("queueing %s: %w", e.ID, err) // the listener retries the block
		}
		e.Stage, e.Reason = StageRejected, fmt.Sprintf("the node could not queue it for %s: %v", d.Round(time.Second), err)
		b.log.Error().Str("request", e.ID).Err(err).Dur("for", d).Msg("chain request rejected: the node kept failing to queue it")
	default:
		e.Stage, e.Reason = StageRejected, err.Error()
		if errors.Is(err, errs.ErrUnknownProgram) {
			// The door's advice is for clients that send the job; a chain request is not sent
			// again (review: the operator stored the program and the request stayed rejected).
			if e.Subscription != 0 {
				e.Reason += "; this interval stays unproven: the next ones are proven once the node holds the program (zkprover submit-program)"
			} else {
				e.Reason += "; a chain request is not sent again: cancel it on chain and request it again once the node holds the program (zkprover submit-program)"
			}
		}
		b.log.Warn().Str("request", e.ID).Err(err).Msg("chain request rejected by the node")
	}
	b.queued(e.ID)
	return b.save(e)
}

// SubmitOffchain queues a signed offchain job (r.JobRequest = abi.encode(OffchainJobRequest),
// r.Signature its signature by the consumer's signer: EIP-712 typed data for the JobManager,
// contracts.SignOffchainRequest, or the bare EIP-191 form for consumers that opt in) and relays its proven result with
// JobManager.submitResultForOffchainJob. It is what a front door for offchain requests calls
// instead of Jobs.Submit when the result must reach the chain. A request whose job id is known
// returns the existing node job, also when a crash came after its node job was queued and
// before its entry was written (the node job is queued under NodeJobKey: it is found and
// its entry written then). ordered relays its result in request order among the consumer's
// ordered results.
func (b *Bridge) SubmitOffchain(ctx context.Context, r *jobs.Request, ordered bool) (string, error) {
	req, err := contracts.DecodeOffchainJobRequest(r.JobRequest)
	if err != nil {
		return "", fmt.Errorf("offchain job: decoding the signed JobRequest: %w", err)
	}
	if req.Consumer != r.Consumer || req.Nonce != r.Nonce || req.MaxCycles != r.MaxCycles || string(req.ProgramID) != string(r.ProgramID[:]) ||
		string(req.OnchainInput) != string(r.Onchain) {
		return "", fmt.Errorf("offchain job: the request's fields differ from the signed JobRequest")
	}
	if req.Nonce < contracts.OffchainNonceMin {
		return "", fmt.Errorf("offchain job: nonce %d is in the onchain nonce space (offchain requests use nonces from 2^63, the consumer's getNextOffchainNonce())", req.Nonce)
	}
	id := JobRelayID(contracts.JobID(req.Nonce, req.Consumer))
	if e, ok := b.get(id); ok {
		return e.NodeJob, nil
	}
	e := &Entry{ID: id, Consumer: req.Consumer, Nonce: req.Nonce, MaxCycles: req.MaxCycles, ProgramID: req.ProgramID,
		Input: req.OnchainInput, Request: r.JobRequest, RequestSig: r.Signature, Ordered: ordered, CreatedAt: time.Now()}
	if len(e.ProgramID) != 32 {
		return "", fmt.Errorf("offchain job: program id of %d bytes", len(e.ProgramID))
	}
	job, existed, err := b.jobs.SubmitKeyed(ctx, NodeJobKey(b.opts.Epoch, e.ID), r)
	if err != nil {
		return "", fmt.Errorf("queueing offchain job %s: %w", e.ID, err)
	}
	if existed {
		b.log.Warn().Str("request", e.ID).Str("job", job.ID).Msg("offchain job already queued (its entry was not written): entry recorded")
	}
	e.NodeJob, e.Stage = job.ID, StageProving
	e.owner, e.ownerKnown = job.Owner, true
	if err := b.save(e); err != nil {
		return "", err
	}
	b.log.Info().Str("request", e.ID).Str("job", job.ID).Msg("offchain job queued for relay")
	return job.ID, nil
}

// JobCancelled (listener.Sink) cancels the node job of a job cancelled on chain.
func (b *Bridge) JobCancelled(ctx context.Context, jobID [32]byte) error {
	b.moves.Lock()
	defer b.moves.Unlock()
	e, ok := b.get(JobRelayID(jobID))
	if !ok || e.Stage == StageCancelled || e.Stage == StageRelaying {
		return nil
	}
	if e.NodeJob != "" {
		if err := b.jobs.Cancel(ctx, e.NodeJob); err != nil && !errors.Is(err, queue.ErrFinished) && !errors.Is(err, queue.ErrNotFound) {
			return fmt.Errorf("cancelling node job %s: %w", e.NodeJob, err)
		}
	}
	e.Stage, e.Reason = StageCancelled, "cancelled on chain"
	b.log.Info().Str("request", e.ID).Str("job", e.NodeJob).Msg("cancelled on chain: node job cancelled")
	return b.save(&e)
}

// Run hands proven results to the relayer until ctx ends.
func (b *Bridge) Run(ctx context.Context) error {
	t := time.NewTicker(b.opts.PollInterval)
	defer t.Stop()
	rl := retrylog.New(b.log, "bridge step", 0) // a failure that lasts: a line a minute, not one a step
	for {
		if err := b.Step(ctx); ctx.Err() == nil {
			rl.Step(err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

// Step looks at every entry still proving and relays the finished ones, and deletes the
// entries past their retention (at most once a minute).
func (b *Bridge) Step(ctx context.Context) error {
	if now := time.Now(); b.opts.Retention > 0 && now.Sub(b.pruned) >= min(time.Minute, b.opts.Retention) {
		b.pruned = now
		if err := b.prune(ctx, now); err != nil {
			b.log.Warn().Err(err).Msg("deleting chain requests past their retention")
		}
	}
	b.mu.Lock()
	var todo []Entry
	for _, e := range b.entries {
		if e.Stage == StageProving {
			todo = append(todo, *e)
		}
	}
	b.mu.Unlock()
	sort.Slice(todo, func(i, j int) bool { return todo[i].CreatedAt.Before(todo[j].CreatedAt) })
	var firstErr error
	for i := range todo {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err := b.advanceIfProving(ctx, todo[i].ID); err != nil && firstErr == nil {
			firstErr = err
		}
	}
	return firstErr
}

// prune deletes the entries that ended and whose node job the job service swept (its
// retention after the job finished): rejected, without result, cancelled, or relaying with a
// relay record that ended (or that the relayer deleted); an entry rejected before it had a
// node job, Options.Retention after it was created. So an entry answers (the status API,
// GetProof's relay field, the coprocessor's GetResult) as long as its node job does.
func (b *Bridge) prune(ctx context.Context, now time.Time) error {
	b.mu.Lock()
	var cands []Entry
	for _, e := range b.entries {
		if e.Stage != StageProving && now.Sub(e.CreatedAt) > b.opts.Retention {
			cands = append(cands, *e)
		}
	}
	b.mu.Unlock()
	n := 0
	for _, e := range cands {
		if e.NodeJob != "" {
			_, err := b.jobs.Get(ctx, e.NodeJob)
			switch {
			case errors.Is(err, queue.ErrNotFound): // swept
			case err != nil:
				return fmt.Errorf("looking up node job %s: %w", e.NodeJob, err)
			default:
				continue // still kept by the job service
			}
		}
		if e.Stage == StageRelaying {
			tx, err := b.rel.Get(e.ID)
			switch {
			case errors.Is(err, relayer.ErrNotFound):
			case err != nil:
				return err
			case !tx.State.Terminal():
				continue // still followed
			}
		}
		b.moves.Lock() // not while a move reads it
		err := b.db.Update(func(txn *badger.Txn) error { return txn.Delete([]byte(keyEntry + e.ID)) })
		if err == nil {
			b.mu.Lock()
			if cur, ok := b.entries[e.ID]; ok {
				b.unorder(cur)
				delete(b.entries, e.ID)
				if cur.NodeJob != "" && b.byNode[cur.NodeJob] == e.ID {
					delete(b.byNode, cur.NodeJob)
					delete(b.gone, cur.NodeJob)
				}
				delete(b.failing, e.ID)
			}
			b.mu.Unlock()
		}
		b.moves.Unlock()
		if err != nil {
			return fmt.Errorf("deleting bridge entry %s: %w", e.ID, err)
		}
		n++
	}
	if n > 0 {
		b.log.Info().Int("entries", n).Dur("retention", b.opts.Retention).Msg("chain requests past their retention deleted")
	}
	return nil
}

// advanceIfProving advances entry id if it is still proving (under moves).
func (b *Bridge) advanceIfProving(ctx context.Context, id string) error {
	b.moves.Lock()
	defer b.moves.Unlock()
	e, ok := b.get(id)
	if !ok || e.Stage != StageProving {
		return nil
	}
	return b.advance(ctx, &e)
}

func (b *Bridge) advance(ctx context.Context, e *Entry) error {
	job, err := b.jobs.Get(ctx, e.NodeJob)
	if err != nil {
		if errors.Is(err, queue.ErrNotFound) {
			e.Stage, e.Reason = StageNoResult, "the node job is gone"
			return b.save(e)
		}
		return fmt.Errorf("reading node job %s of %s: %w", e.NodeJob, e.ID, err)
	}
	switch job.State {
	case queue.Done:
	case queue.Failed, queue.Cancelled:
		e.Stage = StageNoResult
		e.Reason = fmt.Sprintf("node job %s", job.State)
		if job.Result != nil && job.Result.Error != "" {
			e.Reason += ": " + job.Result.Error
		}
		return b.save(e)
	default:
		return nil
	}
	req, err := b.relayRequest(e, job)
	if err != nil {
		e.Stage, e.Reason = StageNoResult, err.Error()
		return b.save(e)
	}
	if _, err := b.rel.Submit(req); err != nil {
		return fmt.Errorf("handing %s to the relayer: %w", e.ID, err)
	}
	e.Stage, e.ProvenAt = StageRelaying, time.Now()
	b.log.Info().Str("request", e.ID).Str("job", e.NodeJob).Msg("proven: relaying")
	return b.save(e)
}

// relayRequest builds the contract call delivering a done job's result.
func (b *Bridge) relayRequest(e *Entry, job queue.Job) (relayer.Request, error) {
	done, err := jobs.DecodeResult(job.Result)
	if err != nil {
		return relayer.Request{}, err
	}
	proof, pub := done.Proof, done.Public
	if len(proof.SolidityProof) == 0 {
		return relayer.Request{}, fmt.Errorf("node job %s has no proof", job.ID)
	}
	oldRoot, err1 := field32(pub.OldStateRoot)
	newRoot, err2 := field32(pub.NewStateRoot)
	offHash, err3 := field32(pub.OffchainHash)
	if err := errors.Join(err1, err2, err3); err != nil {
		return relayer.Request{}, fmt.Errorf("node job %s: %w", job.ID, err)
	}
	if e.Subscription != 0 {
		cp := &contracts.ComputeProof{ProofClass: proof.ProofClass(), ExitCode: job.Result.ExitCode, OffchainInputHash: offHash,
			OldStateRoot: oldRoot, NewStateRoot: newRoot, Proof: proof.SolidityProof}
		return DeliverCompute(b.opts.Coordinator, e.Subscription, e.Interval, e.Input, job.Result.Output, cp, e.MaxGasPrice, b.opts.Ordered)
	}
	if len(e.Request) > 0 {
		req, err := contracts.DecodeOffchainJobRequest(e.Request)
		if err != nil {
			return relayer.Request{}, err
		}
		res := &contracts.OffchainResultWithMetadata{
			JobID: contracts.JobID(req.Nonce, req.Consumer), OnchainInputHash: crypto.Keccak256Hash(req.OnchainInput),
			OffchainInputHash: offHash, MaxCycles: req.MaxCycles, ProgramID: req.ProgramID, Result: nonNil(job.Result.Output),
			VersionedBlobHashes: [][32]byte{}, ExitCode: job.Result.ExitCode, OldStateRoot: oldRoot, NewStateRoot: newRoot,
			ProofClass: proof.ProofClass(), Proof: proof.SolidityProof,
		}
		return SubmitOffchainResult(b.opts.JobManager, res, nil, e.Request, e.RequestSig, req.Consumer, b.opts.Ordered || e.Ordered)
	}
	res, err := OnchainResult(*e, job)
	if err != nil {
		return relayer.Request{}, err
	}
	return SubmitResult(b.opts.JobManager, res, nil, e.Consumer, b.opts.Ordered)
}

// OnchainResult is the result the node delivers for the onchain job of entry e (relay id
// "job/0x…", taken from a JobCreated event) that node job job proved.
func OnchainResult(e Entry, job queue.Job) (*contracts.ResultWithMetadata, error) {
	done, err := jobs.DecodeResult(job.Result)
	if err != nil {
		return nil, err
	}
	proof, pub := done.Proof, done.Public
	if len(proof.SolidityProof) == 0 {
		return nil, fmt.Errorf("node job %s has no proof", job.ID)
	}
	oldRoot, err1 := field32(pub.OldStateRoot)
	newRoot, err2 := field32(pub.NewStateRoot)
	if err := errors.Join(err1, err2); err != nil {
		return nil, fmt.Errorf("node job %s: %w", job.ID, err)
	}
	var jobID [32]byte
	raw, err := hex.DecodeString(strings.TrimPrefix(e.ID, "job/0x"))
	if err != nil || len(raw) != 32 {
		return nil, fmt.Errorf("bad request id %s", e.ID)
	}
	copy(jobID[:], raw)
	return &contracts.ResultWithMetadata{
		JobID: jobID, OnchainInputHash: crypto.Keccak256Hash(e.Input), MaxCycles: e.MaxCycles, ProgramID: e.ProgramID,
		Result: nonNil(job.Result.Output), ExitCode: job.Result.ExitCode, OldStateRoot: oldRoot, NewStateRoot: newRoot,
		ProofClass: proof.ProofClass(), Proof: proof.SolidityProof,
	}, nil
}

func field32(s string) ([32]byte, error) {
	var out [32]byte
	raw, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil || len(raw) != 32 {
		return out, fmt.Errorf("field element %q is not 32 bytes of hex", s)
	}
	copy(out[:], raw)
	return out, nil
}

// Status returns where a chain request stands, by its relay id ("job/0x..", "sub/1/2"), its
// onchain job id (0x + 64 hex) or its node job id.
func (b *Bridge) Status(id string) (Status, error) {
	key := id
	if strings.HasPrefix(id, "0x") && len(id) == 66 {
		key = "job/" + strings.ToLower(id)
	}
	b.mu.Lock()
	if k, ok := b.byNode[id]; ok {
		key = k
	}
	b.mu.Unlock()
	e, ok := b.get(key)
	if !ok {
		return Status{}, fmt.Errorf("no chain request %s", id)
	}
	return b.status(e), nil
}

func (b *Bridge) status(e Entry) Status {
	s := Status{Entry: e}
	if e.Stage == StageRelaying {
		if tx, err := b.rel.Get(e.ID); err == nil {
			s.Relay = &tx
		}
	}
	return s
}

// List returns every chain request, oldest first (by creation, then relay id).
func (b *Bridge) List() []Status {
	b.mu.Lock()
	es := make([]Entry, len(b.order))
	for i, id := range b.order {
		es[i] = *b.entries[id]
	}
	b.mu.Unlock()
	out := make([]Status, len(es))
	for i, e := range es {
		out[i] = b.status(e)
	}
	return out
}

// errUnknownCursor: a page's cursor is no entry the caller may see.
var errUnknownCursor = errors.New("unknown cursor")

// pageChunk is how many entries page copies at a time under mu.
const pageChunk = 256

// page returns the chain requests that visible lets the caller see, in List's order: at
// most limit of them, those after the entry whose relay id is after ("": from the first),
// and next, the relay id of the page's last entry when more follow ("" on the last page).
// after must be an entry visible lets the caller see, else the error is errUnknownCursor.
// visible is asked (without mu held) about the entries in order from after until the page
// is full and one more entry is visible; only the page's entries are read with their relay
// record.
func (b *Bridge) page(after string, limit int, visible, cursor func(Entry) bool) (page []Status, next string, err error) {
	limit = max(limit, 1)
	var from *Entry // the page starts after it
	if after != "" {
		e, ok := b.get(after)
		if !ok || !cursor(e) {
			return nil, "", errUnknownCursor
		}
		from = &e
	}
	var es []Entry
	for {
		b.mu.Lock()
		i := 0
		if from != nil {
			i = b.orderAfter(from)
		}
		chunk := make([]Entry, min(pageChunk, len(b.order)-i))
		for k := range chunk {
			chunk[k] = *b.entries[b.order[i+k]]
		}
		b.mu.Unlock()
		if len(chunk) == 0 {
			break
		}
		for k := range chunk {
			from = &chunk[k]
			if !visible(chunk[k]) {
				continue
			}
			if len(es) == limit {
				next = es[len(es)-1].ID
				break
			}
			es = append(es, chunk[k])
		}
		if next != "" {
			break
		}
	}
	page = make([]Status, len(es))
	for i, e := range es {
		page[i] = b.status(e)
	}
	return page, next, nil
}

// RelayStatus (jobs.RelayStatuses) is where the chain request answered by node job jobID
// stands: the relayer's transaction state once relaying (pending, sent, confirmed,
// already_on_chain, failed), else the bridge's stage (proving, rejected, no_result,
// cancelled). ok is false when the node job answers no chain request.
func (b *Bridge) RelayStatus(jobID string) (*jobs.RelayInfo, bool) {
	b.mu.Lock()
	key, ok := b.byNode[jobID]
	b.mu.Unlock()
	if !ok {
		return nil, false
	}
	e, ok := b.get(key)
	if !ok {
		return nil, false
	}
	return relayInfo(b.status(e)), true
}

func relayInfo(s Status) *jobs.RelayInfo {
	info := &jobs.RelayInfo{State: string(s.Stage), Reason: s.Reason, RelayID: s.ID, Summary: s.Summary(), UpdatedAt: s.CreatedAt}
	if !s.ProvenAt.IsZero() {
		info.UpdatedAt = s.ProvenAt
	}
	if s.Stage != StageRelaying {
		return info
	}
	tx := s.Relay
	if tx == nil { // handed over, the relayer's record not readable now
		info.State = string(relayer.Pending)
		return info
	}
	info.State, info.Block, info.Attempts, info.UpdatedAt = string(tx.State), tx.Block, len(tx.Attempts), tx.UpdatedAt
	info.Reason = tx.Reason
	if tx.State == relayer.Pending && tx.LastError != "" {
		info.Reason = tx.LastError
	}
	if tx.Hash != (common.Hash{}) {
		info.TxHash = tx.Hash.Hex()
	} else if a, ok := tx.LastAttempt(); ok {
		info.TxHash = a.Hash.Hex()
	}
	return info
}

var _ jobs.RelayStatuses = (*Bridge)(nil)
