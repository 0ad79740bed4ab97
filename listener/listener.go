// Package listener follows the zkprover contracts on a chain and turns what they ask for into
// node work: JobManager JobCreated events become jobs, JobCancelled events cancel them, and
// every interval of an active Coordinator subscription becomes a job. It reads blocks only at
// a confirmation depth, remembers the last processed block (number and hash) in Badger, and
// rescans from before a reorg deeper than the depth. See docs/relayer.md.
package listener

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/big"
	"strings"
	"sync/atomic"
	"time"

	"github.com/dgraph-io/badger/v4"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/contracts"
	"github.com/zkprover/zkprover/contracts/bindings"
	"github.com/zkprover/zkprover/retrylog"
	"github.com/zkprover/zkprover/storefmt"
)

// Job is an onchain job request (a JobCreated event) with its block.
type Job struct {
	JobID        [32]byte
	Nonce        uint64
	Consumer     common.Address
	MaxCycles    uint64
	ProgramID    []byte
	OnchainInput []byte
	Block        uint64
	BlockHash    common.Hash
	Timestamp    uint64 // of the block: the statement context's timestamp
	TxHash       common.Hash
	// StateRoot is the consumer's latestStateRoot() (at the latest block) when it answers one
	// (a StatefulConsumer), nil otherwise: an onchain job's run starts from the empty state,
	// which a stateful consumer past its first job refuses.
	StateRoot *[32]byte
}

// Interval is one interval of a Coordinator subscription that has become current, with what
// the Coordinator will check a delivery by Options.Node against (Coordinator.intervalStatement,
// read at the processed block).
type Interval struct {
	SubscriptionID uint32
	Interval       uint32 // 1-based
	Owner          common.Address
	ContainerID    string
	// Inputs is the onchain input a delivery must carry: the subscription's inputs, or when
	// those are empty the owner's getContainerInputs for this interval and node.
	Inputs      []byte
	ActiveAt    uint32
	Period      uint32
	Frequency   uint32
	Redundancy  uint16
	MaxGasPrice uint64
	MaxGasLimit uint32
	// The subscription's terms as they apply to this interval and node.
	MaxProofClass     uint8
	Stateful          bool
	OffchainInputHash [32]byte // the offchain input hash the run must have read
	OldStateRoot      [32]byte // the state root the run must start from
	// Unavailable, when set, says why the interval's statement could not be read (the call
	// reverted, e.g. the owner's getContainerInputs): nothing can be delivered for it.
	Unavailable string
}

// Sink receives what the listener finds. Calls may repeat after a restart or a deep reorg and
// must be idempotent (a job id already known is not a new job).
type Sink interface {
	JobCreated(ctx context.Context, j Job) error
	JobCancelled(ctx context.Context, jobID [32]byte) error
	IntervalDue(ctx context.Context, iv Interval) error
}

// Options configure a Listener.
type Options struct {
	JobManager  common.Address // zero: not followed
	Coordinator common.Address // zero: not followed
	// Node is the account that delivers Coordinator results (the relayer's): the node whose
	// interval statement is read (the caller the owner's getContainerInputs sees).
	Node common.Address
	// Confirmations: a block is processed once it is this deep (default 2: one block on top).
	Confirmations uint64
	// StartBlock is the first block to scan on a fresh store (default 0).
	StartBlock uint64
	// MaxRange bounds the blocks of one log query (default 2000).
	MaxRange uint64
	// PollInterval is the pause between steps of Run (default 1 s).
	PollInterval time.Duration
	// RPCTimeout bounds each call to the node (default DefaultRPCTimeout, 10 s); a call
	// without an answer by then fails the step, which the next one retries.
	RPCTimeout time.Duration
	Logger     zerolog.Logger
}

// Listener follows the contracts. Use Step or Run from one goroutine.
type Listener struct {
	client Client // every call under its own Options.RPCTimeout
	opts   Options
	log    zerolog.Logger
	db     *badger.DB
	sink   Sink
	jm     *abi.ABI
	coord  *abi.ABI

	// For the metrics (Collector): the head block the last step read, the last processed
	// block (the cursor's), the steps that failed, and when a step last succeeded (unix
	// nanoseconds; 0: none yet).
	head         atomic.Uint64
	headSet      atomic.Bool
	processed    atomic.Uint64
	processedSet atomic.Bool
	failures     atomic.Uint64
	lastOK       atomic.Int64
}

// cursor is the last processed block.
type cursor struct {
	Number uint64      `json:"number"`
	Hash   common.Hash `json:"hash"`
	Set    bool        `json:"set"`
	// IntervalsPending: reading the subscriptions' intervals at this block failed for
	// some; the next step tries them again.
	IntervalsPending bool `json:"intervals_pending,omitempty"`
}

// subscription is a followed Coordinator subscription.
type subscription struct {
	ID       uint32 `json:"id"`
	LastDone uint32 `json:"last_done"` // last interval handed to the sink
}

const (
	keyCursor    = "cursor"
	keySubPrefix = "sub/"
)

// storeFormat is the format of the listener's records (storefmt).
const storeFormat = 1

// Open opens (creating) the listener's store in dir.
func Open(client Client, dir string, sink Sink, opts Options) (*Listener, error) {
	if opts.Confirmations == 0 {
		opts.Confirmations = 2
	}
	if opts.MaxRange == 0 {
		opts.MaxRange = 2000
	}
	if opts.PollInterval <= 0 {
		opts.PollInterval = time.Second
	}
	if opts.RPCTimeout <= 0 {
		opts.RPCTimeout = DefaultRPCTimeout
	}
	log := opts.Logger.With().Str("component", "listener").Logger()
	db, err := badger.Open(badger.DefaultOptions(dir).WithSyncWrites(true).WithLogger(nil).WithValueLogFileSize(16 << 20))
	if err != nil {
		return nil, fmt.Errorf("opening listener store %s: %w", dir, err)
	}
	if err := storefmt.Check(db, "listener store "+dir, storeFormat); err != nil {
		_ = db.Close()
		return nil, err
	}
	jm, err := bindings.JobManagerMetaData.GetAbi()
	if err != nil {
		_ = db.Close()
		return nil, fmt.Errorf("JobManager ABI: %w", err)
	}
	coord, err := bindings.CoordinatorMetaData.GetAbi()
	if err != nil {
		_ = db.Close()
		return nil, fmt.Errorf("parsing the Coordinator ABI: %w", err)
	}
	l := &Listener{client: timeoutClient{c: client, d: opts.RPCTimeout}, opts: opts, log: log, db: db, sink: sink, jm: jm, coord: coord}
	c, err := l.cursor()
	if err != nil {
		_ = db.Close()
		return nil, err
	}
	if err := l.sameContracts(dir, c); err != nil {
		_ = db.Close()
		return nil, err
	}
	l.showProcessed(c)
	return l, nil
}

// followed is what a store's cursor is of: the contracts whose events it processed.
type followed struct {
	JobManager  common.Address `json:"job_manager"`
	Coordinator common.Address `json:"coordinator"`
}

const keyFollowed = "followed"

// ErrOtherContracts refuses a store whose cursor is of other contracts than the ones to follow:
// their events before the cursor would never be read.
var ErrOtherContracts = errors.New("the listener store follows other contracts")

// sameContracts refuses to follow other contracts from a store whose cursor is past their
// blocks (a data folder used before with another --job-manager or --coordinator); a store
// without the record (a new one, or one made before it was kept) gets it.
func (l *Listener) sameContracts(dir string, c cursor) error {
	want := followed{JobManager: l.opts.JobManager, Coordinator: l.opts.Coordinator}
	var got followed
	found := false
	err := l.db.View(func(txn *badger.Txn) error {
		it, err := txn.Get([]byte(keyFollowed))
		if errors.Is(err, badger.ErrKeyNotFound) {
			return nil
		}
		if err != nil {
			return err
		}
		found = true
		return it.Value(func(v []byte) error { return json.Unmarshal(v, &got) })
	})
	if err != nil {
		return fmt.Errorf("reading the listener's contracts: %w", err)
	}
	// A contract followed now that the store did not follow to its cursor would have its
	// earlier events skipped; one no longer followed skips nothing.
	other := func(now, before common.Address) bool { return now != (common.Address{}) && now != before }
	if found && c.Set && (other(want.JobManager, got.JobManager) || other(want.Coordinator, got.Coordinator)) {
		return fmt.Errorf("%w: %s has processed up to block %d of job-manager %s and coordinator %s; this start follows job-manager %s and coordinator %s, whose events before that block would never be read: remove %s (the listener's store only) to scan from --start-block again, or give the new deployment a data folder of its own (--data, with --keys naming the keys folder and its programs stored again)",
			ErrOtherContracts, dir, c.Number, orNone(got.JobManager), orNone(got.Coordinator), orNone(want.JobManager), orNone(want.Coordinator), dir)
	}
	if found && got == want {
		return nil
	}
	return l.put(keyFollowed, want)
}

func orNone(a common.Address) string {
	if a == (common.Address{}) {
		return "none"
	}
	return a.Hex()
}

// Close closes the store.
func (l *Listener) Close() error { return l.db.Close() }

// LastBlock is the last processed block (ok false before the first step).
func (l *Listener) LastBlock() (uint64, bool, error) {
	c, err := l.cursor()
	return c.Number, c.Set, err
}

// Run steps until ctx ends; errors are logged and retried.
func (l *Listener) Run(ctx context.Context) error {
	t := time.NewTicker(l.opts.PollInterval)
	defer t.Stop()
	rl := retrylog.New(l.log, "listener step", 0) // a failure that lasts: a line a minute, not one a step
	for {
		if err := l.Step(ctx); ctx.Err() == nil {
			rl.Step(err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

// Step processes every block that has reached the confirmation depth since the last step.
//
// Each range of blocks is read whole before anything of it is handed on: its logs (and the
// timestamps of their blocks, read by block hash), then the range's last block again, and the
// canonical hash of every block a log came from. Only when the range is one branch (its last
// block did not change while it was read, and every log's block is the canonical one of its
// number) do the sink and the followed subscriptions see its events; otherwise the step fails
// and the next one reads the range again. The subscriptions' due intervals follow, as of the
// range's last block, each subscription on its own: one whose read fails is tried again (at
// the next step, at the cursor's block if no new block came) without holding the others.
func (l *Listener) Step(ctx context.Context) error {
	err := l.step(ctx)
	if err != nil {
		if ctx.Err() == nil {
			l.failures.Add(1)
		}
		return err
	}
	l.lastOK.Store(time.Now().UnixNano())
	return nil
}

func (l *Listener) step(ctx context.Context) error {
	head, err := l.client.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("reading the head block: %w", err)
	}
	l.head.Store(head)
	l.headSet.Store(true)
	if head+1 < l.opts.Confirmations {
		return nil
	}
	target := head + 1 - l.opts.Confirmations
	cur, err := l.cursor()
	if err != nil {
		return err
	}
	from := l.opts.StartBlock
	var last *types.Header // the last processed block, while it is canonical
	if cur.Set {
		// A reorg deeper than the depth replaced the last processed block: rescan from a
		// depth before it (the sink is idempotent).
		if head < cur.Number {
			return fmt.Errorf("the chain's head %d is below the last processed block %d: a chain that started again, or another chain at this RPC URL (waiting for the head to pass it)", head, cur.Number)
		}
		h, err := l.client.HeaderByNumber(ctx, new(big.Int).SetUint64(cur.Number))
		if err != nil {
			return fmt.Errorf("reading block %d: %w", cur.Number, err)
		}
		if h.Hash() != cur.Hash {
			back := min(cur.Number, 4*l.opts.Confirmations+1)
			l.log.Warn().Uint64("block", cur.Number).Uint64("rescan_from", cur.Number-back).
				Msg("last processed block is no longer canonical: rescanning")
			from = cur.Number - back
		} else {
			from = cur.Number + 1
			last = h
		}
	}
	if from > target {
		if last == nil || !cur.IntervalsPending {
			return nil
		}
		// No new block: the subscriptions whose intervals failed at the last processed
		// block are tried again there (a new block would have them tried as of it).
		if err := l.intervals(ctx, last); err != nil {
			return err
		}
		cur.IntervalsPending = false
		return l.putCursor(cur)
	}
	var ivErr error
	for from <= target {
		if err := ctx.Err(); err != nil {
			return err
		}
		to := min(target, from+l.opts.MaxRange-1)
		// The cursor records the hash of the range's last block as it was
		// before the logs were read, and only when it still is after: a
		// reorg in between (the logs of one branch, the hash of another)
		// would go unnoticed by the next step's check. The hash of block to
		// commits to every block before it.
		before, err := l.client.HeaderByNumber(ctx, new(big.Int).SetUint64(to))
		if err != nil {
			return fmt.Errorf("reading block %d: %w", to, err)
		}
		evs, err := l.scan(ctx, from, to)
		if err != nil {
			return err
		}
		h, err := l.client.HeaderByNumber(ctx, new(big.Int).SetUint64(to))
		if err != nil {
			return fmt.Errorf("reading block %d: %w", to, err)
		}
		if h.Hash() != before.Hash() {
			return fmt.Errorf("blocks %d-%d changed while their logs were read (a reorg): reading them again", from, to)
		}
		if err := l.canonical(ctx, evs, from, to, h); err != nil {
			return err
		}
		if err := l.apply(ctx, evs, h.Number); err != nil {
			return err
		}
		ivErr = l.intervals(ctx, h)
		if err := l.putCursor(cursor{Number: to, Hash: h.Hash(), Set: true, IntervalsPending: ivErr != nil}); err != nil {
			return errors.Join(err, ivErr)
		}
		from = to + 1
	}
	// A failure of an earlier range's intervals is superseded by a later range's reading.
	return ivErr
}

// eventKind is what a log of a followed contract says.
type eventKind int

const (
	evJobCreated eventKind = iota
	evJobCancelled
	evSubCreated
	evSubCancelled
)

// event is one decoded log of a range, held until the range is known to be one branch.
type event struct {
	kind  eventKind
	block uint64
	// hash is the hash of the log's block as this client computes it from the header the
	// node answers for the log's block hash (comparable with HeaderByNumber's, whatever
	// the chain's own hashing of headers).
	hash  common.Hash
	job   Job      // evJobCreated
	jobID [32]byte // evJobCancelled
	sub   uint32   // evSubCreated, evSubCancelled
}

// scan reads and decodes the events of blocks [from, to], handing nothing on.
func (l *Listener) scan(ctx context.Context, from, to uint64) ([]event, error) {
	var addrs []common.Address
	var topics []common.Hash
	if l.opts.JobManager != (common.Address{}) {
		addrs = append(addrs, l.opts.JobManager)
		topics = append(topics, l.jm.Events["JobCreated"].ID, l.jm.Events["JobCancelled"].ID)
	}
	if l.opts.Coordinator != (common.Address{}) {
		addrs = append(addrs, l.opts.Coordinator)
		topics = append(topics, l.coord.Events["SubscriptionCreated"].ID, l.coord.Events["SubscriptionCancelled"].ID)
	}
	if len(addrs) == 0 {
		return nil, nil
	}
	logs, err := l.client.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
		Addresses: addrs, Topics: [][]common.Hash{topics},
	})
	if err != nil {
		return nil, fmt.Errorf("reading logs of blocks %d-%d: %w", from, to, err)
	}
	var evs []event
	blocks := map[common.Hash]*types.Header{}
	for _, lg := range logs {
		if lg.Removed || len(lg.Topics) == 0 {
			continue
		}
		ev := event{block: lg.BlockNumber}
		switch {
		case lg.Address == l.opts.JobManager && lg.Topics[0] == l.jm.Events["JobCreated"].ID:
			j, ok := l.jobCreated(lg)
			if !ok {
				continue
			}
			ev.kind, ev.job = evJobCreated, j
		case lg.Address == l.opts.JobManager && lg.Topics[0] == l.jm.Events["JobCancelled"].ID:
			if len(lg.Topics) < 2 {
				continue
			}
			ev.kind, ev.jobID = evJobCancelled, lg.Topics[1]
		case lg.Address == l.opts.Coordinator && lg.Topics[0] == l.coord.Events["SubscriptionCreated"].ID:
			if len(lg.Topics) < 2 {
				continue
			}
			ev.kind, ev.sub = evSubCreated, uint32(new(big.Int).SetBytes(lg.Topics[1][:]).Uint64())
		case lg.Address == l.opts.Coordinator && lg.Topics[0] == l.coord.Events["SubscriptionCancelled"].ID:
			if len(lg.Topics) < 2 {
				continue
			}
			ev.kind, ev.sub = evSubCancelled, uint32(new(big.Int).SetBytes(lg.Topics[1][:]).Uint64())
		default:
			continue
		}
		// The log's own block, by its hash: the block of that number may be another
		// branch's by now (canonical checks it is not).
		h, ok := blocks[lg.BlockHash]
		if !ok {
			if h, err = l.client.HeaderByHash(ctx, lg.BlockHash); err != nil {
				return nil, fmt.Errorf("reading block %d (%s): %w", lg.BlockNumber, lg.BlockHash.Hex(), err)
			}
			if h.Number == nil || h.Number.Uint64() != lg.BlockNumber {
				return nil, fmt.Errorf("reading block %d (%s): the node answered block %v", lg.BlockNumber, lg.BlockHash.Hex(), h.Number)
			}
			blocks[lg.BlockHash] = h
		}
		ev.hash = h.Hash()
		if ev.kind == evJobCreated {
			ev.job.Timestamp = h.Time
		}
		evs = append(evs, ev)
	}
	return evs, nil
}

// canonical checks that every event of blocks [from, to] comes from the branch whose block
// to is last (read after the logs): from the canonical block of its number.
func (l *Listener) canonical(ctx context.Context, evs []event, from, to uint64, last *types.Header) error {
	hashes := map[uint64]common.Hash{to: last.Hash()}
	for _, ev := range evs {
		want, ok := hashes[ev.block]
		if !ok {
			h, err := l.client.HeaderByNumber(ctx, new(big.Int).SetUint64(ev.block))
			if err != nil {
				return fmt.Errorf("reading block %d: %w", ev.block, err)
			}
			want = h.Hash()
			hashes[ev.block] = want
		}
		if ev.hash != want {
			return fmt.Errorf("blocks %d-%d: a log of block %d is of block %s, not of the canonical one %s (a reorg): reading them again",
				from, to, ev.block, ev.hash.Hex(), want.Hex())
		}
	}
	return nil
}

// apply hands the events of a range known to be one branch to the sink, in order, and
// follows or forgets the subscriptions they name.
func (l *Listener) apply(ctx context.Context, evs []event, at *big.Int) error {
	for _, ev := range evs {
		switch ev.kind {
		case evJobCreated:
			j := ev.job
			if status, err := l.jobStatus(ctx, j.JobID, at); err != nil {
				return err
			} else if status == jobCompleted {
				// Delivered since (a fresh store scanning history, a job another node
				// answered meanwhile): nothing to prove. A cancelled job is handed on: its
				// JobCancelled event follows and records it cancelled.
				l.log.Info().Str("job", common.Hash(j.JobID).Hex()).Uint64("block", j.Block).
					Msg("job requested on chain is completed already: skipped")
				continue
			}
			if err := l.consumerState(ctx, &j); err != nil {
				return err
			}
			l.log.Info().Str("job", common.Hash(j.JobID).Hex()).Str("consumer", j.Consumer.Hex()).Uint64("nonce", j.Nonce).
				Uint64("block", j.Block).Msg("job requested on chain")
			if err := l.sink.JobCreated(ctx, j); err != nil {
				return fmt.Errorf("handing job %s of block %d on: %w", common.Hash(j.JobID).Hex(), j.Block, err)
			}
		case evJobCancelled:
			l.log.Info().Str("job", common.Hash(ev.jobID).Hex()).Uint64("block", ev.block).Msg("job cancelled on chain")
			if err := l.sink.JobCancelled(ctx, ev.jobID); err != nil {
				return fmt.Errorf("handing the cancellation of job %s (block %d) on: %w", common.Hash(ev.jobID).Hex(), ev.block, err)
			}
		case evSubCreated:
			l.log.Info().Uint32("subscription", ev.sub).Uint64("block", ev.block).Msg("subscription created")
			if err := l.putSub(subscription{ID: ev.sub}); err != nil {
				return err
			}
		case evSubCancelled:
			l.log.Info().Uint32("subscription", ev.sub).Uint64("block", ev.block).Msg("subscription cancelled")
			if err := l.delSub(ev.sub); err != nil {
				return err
			}
		}
	}
	return nil
}

// jobCreated decodes a JobCreated log (ok false: not decodable, skipped); scan sets its
// Timestamp, of the log's own block.
func (l *Listener) jobCreated(lg types.Log) (Job, bool) {
	if len(lg.Topics) < 4 {
		return Job{}, false
	}
	vals, err := l.jm.Events["JobCreated"].Inputs.NonIndexed().Unpack(lg.Data)
	if err != nil || len(vals) != 3 {
		l.log.Error().Err(err).Str("tx", lg.TxHash.Hex()).Msg("undecodable JobCreated event: skipped")
		return Job{}, false
	}
	maxCycles, _ := vals[0].(uint64)
	pid, _ := vals[1].([]byte)
	input, _ := vals[2].([]byte)
	return Job{
		JobID: lg.Topics[1], Nonce: new(big.Int).SetBytes(lg.Topics[2][:]).Uint64(),
		Consumer: common.BytesToAddress(lg.Topics[3][:]), MaxCycles: maxCycles, ProgramID: pid, OnchainInput: input,
		Block: lg.BlockNumber, BlockHash: lg.BlockHash, TxHash: lg.TxHash,
	}, true
}

// intervals hands every newly current interval of the followed subscriptions to the sink, as
// of the processed block h. Each subscription is read on its own: the error of one (joined
// into the one returned) does not keep the others from being handled. Subscriptions that
// will have no more intervals are no longer followed.
func (l *Listener) intervals(ctx context.Context, h *types.Header) error {
	subs, err := l.subs()
	if err != nil {
		return err
	}
	var errs []error
	for _, s := range subs {
		if err := ctx.Err(); err != nil {
			return errors.Join(append(errs, err)...)
		}
		if err := l.subscriptionInterval(ctx, h, s); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// subscriptionInterval hands subscription s's interval to the sink if a new one is current
// as of block h, and stops following s when the Coordinator has no more intervals for it.
func (l *Listener) subscriptionInterval(ctx context.Context, h *types.Header, s subscription) error {
	at := h.Number
	out, err := l.client.CallContract(ctx, ethereum.CallMsg{To: &l.opts.Coordinator,
		Data: mustPack(l.coord, "subscriptions", s.ID)}, at)
	if err != nil {
		return fmt.Errorf("reading subscription %d: %w", s.ID, err)
	}
	v, err := l.coord.Unpack("subscriptions", out)
	if err != nil {
		return fmt.Errorf("decoding subscription %d: %w", s.ID, err)
	}
	if len(v) != 9 {
		return fmt.Errorf("decoding subscription %d: %d values, want 9", s.ID, len(v))
	}
	iv := Interval{SubscriptionID: s.ID, Owner: v[0].(common.Address), ActiveAt: v[1].(uint32), Period: v[2].(uint32),
		Frequency: v[3].(uint32), Redundancy: v[4].(uint16), MaxGasPrice: v[5].(*big.Int).Uint64(),
		MaxGasLimit: v[6].(uint32), ContainerID: v[7].(string), Inputs: v[8].([]byte)}
	switch {
	case iv.Owner == (common.Address{}):
		return l.unfollow(s.ID, h, "the Coordinator has no such subscription")
	case iv.ActiveAt == math.MaxUint32:
		// Coordinator.cancelSubscription: no interval accepts deliveries afterwards.
		return l.unfollow(s.ID, h, "cancelled")
	case uint64(iv.ActiveAt) > h.Time:
		return nil // not yet active
	}
	// The subscription's last interval: frequency, or 1 without a period (the interval is
	// 1 for ever).
	lastInterval := iv.Frequency
	if iv.Period == 0 {
		lastInterval = min(lastInterval, 1)
	}
	cur := uint64(1)
	if iv.Period != 0 {
		cur = (h.Time-uint64(iv.ActiveAt))/uint64(iv.Period) + 1
	}
	if s.LastDone >= lastInterval {
		return l.unfollow(s.ID, h, "every interval handed on")
	}
	if cur > uint64(lastInterval) {
		// Coordinator._admit: SubscriptionCompleted for every delivery from now on.
		return l.unfollow(s.ID, h, "completed: past its last interval")
	}
	if cur <= uint64(s.LastDone) {
		return nil
	}
	// Only the current interval can be delivered (the Coordinator rejects others).
	iv.Interval = uint32(cur)
	if err := l.intervalStatement(ctx, &iv, at); err != nil {
		return err
	}
	l.log.Info().Uint32("subscription", s.ID).Uint32("interval", iv.Interval).Str("unavailable", iv.Unavailable).
		Msg("subscription interval due")
	if err := l.sink.IntervalDue(ctx, iv); err != nil {
		return fmt.Errorf("handing subscription %d interval %d on: %w", s.ID, iv.Interval, err)
	}
	if iv.Interval >= lastInterval {
		return l.unfollow(s.ID, h, "its last interval handed on")
	}
	s.LastDone = iv.Interval
	return l.putSub(s)
}

// unfollow stops following subscription id, which has no intervals left to hand on as of
// block h. (A rescan after a deep reorg that sees it created again follows it again: the
// sink takes an interval handed on twice once.)
func (l *Listener) unfollow(id uint32, h *types.Header, why string) error {
	l.log.Info().Uint32("subscription", id).Uint64("block", h.Number.Uint64()).Str("reason", why).
		Msg("subscription no longer followed")
	return l.delSub(id)
}

// jobCompleted is the JobManager's status of a completed job (getJobMetadata: 1 pending,
// 2 cancelled, 3 completed).
const jobCompleted = 3

// jobStatus reads the status of jobID in the JobManager at block at.
func (l *Listener) jobStatus(ctx context.Context, jobID [32]byte, at *big.Int) (uint8, error) {
	data, err := l.jm.Pack("getJobMetadata", jobID)
	if err != nil {
		return 0, fmt.Errorf("encoding getJobMetadata: %w", err)
	}
	out, err := l.client.CallContract(ctx, ethereum.CallMsg{To: &l.opts.JobManager, Data: data}, at)
	if err != nil {
		return 0, fmt.Errorf("reading the status of job %s at block %v: %w", common.Hash(jobID).Hex(), at, err)
	}
	vals, err := l.jm.Unpack("getJobMetadata", out)
	if err != nil {
		return 0, fmt.Errorf("decoding the status of job %s: %w", common.Hash(jobID).Hex(), err)
	}
	if len(vals) != 1 {
		return 0, fmt.Errorf("decoding the status of job %s: %d values", common.Hash(jobID).Hex(), len(vals))
	}
	m := *abi.ConvertType(vals[0], new(bindings.JobMetadata)).(*bindings.JobMetadata)
	return m.Status, nil
}

// latestStateRootSel is the selector of StatefulConsumer.latestStateRoot().
var latestStateRootSel = crypto.Keccak256([]byte("latestStateRoot()"))[:4]

// consumerState sets j.StateRoot to the consumer's latestStateRoot() at the latest block (the
// root a delivery is checked against; the job's own block may be pruned from a node that keeps
// recent state only), when the call answers 32 bytes; a revert (a consumer without it) leaves
// it nil; any other error fails the step.
func (l *Listener) consumerState(ctx context.Context, j *Job) error {
	out, err := l.client.CallContract(ctx, ethereum.CallMsg{To: &j.Consumer, Data: latestStateRootSel}, nil)
	if err != nil {
		if _, ok := revertReason(err); ok {
			return nil
		}
		return fmt.Errorf("reading the state root of consumer %s for job %s: %w", j.Consumer.Hex(), common.Hash(j.JobID).Hex(), err)
	}
	if len(out) == 32 {
		var r [32]byte
		copy(r[:], out)
		j.StateRoot = &r
	}
	return nil
}

// intervalStatement fills iv with what the Coordinator checks a delivery by Options.Node
// against. A revert (the owner's views fail) is recorded in iv.Unavailable; any other error
// fails the step.
func (l *Listener) intervalStatement(ctx context.Context, iv *Interval, at *big.Int) error {
	out, err := l.client.CallContract(ctx, ethereum.CallMsg{From: l.opts.Node, To: &l.opts.Coordinator,
		Data: mustPack(l.coord, "intervalStatement", iv.SubscriptionID, iv.Interval, l.opts.Node)}, at)
	if err != nil {
		if reason, ok := revertReason(err); ok {
			iv.Unavailable = "Coordinator.intervalStatement reverted: " + reason
			return nil
		}
		return fmt.Errorf("reading the statement of subscription %d interval %d: %w", iv.SubscriptionID, iv.Interval, err)
	}
	v, err := l.coord.Unpack("intervalStatement", out)
	if err != nil || len(v) != 1 {
		return fmt.Errorf("decoding the statement of subscription %d interval %d: %d values (%w)", iv.SubscriptionID, iv.Interval, len(v), err)
	}
	st, ok := abi.ConvertType(v[0], new(bindings.IntervalStatement)).(*bindings.IntervalStatement)
	if !ok {
		return fmt.Errorf("decoding the statement of subscription %d interval %d: unexpected %T", iv.SubscriptionID, iv.Interval, v[0])
	}
	iv.Inputs, iv.MaxProofClass, iv.Stateful = st.Input, st.MaxProofClass, st.Stateful
	iv.OffchainInputHash, iv.OldStateRoot = st.OffchainInputHash, st.OldStateRoot
	return nil
}

// revertReason says whether err is a revert of the call (rather than a transport error), and
// its decoded reason.
func revertReason(err error) (string, bool) {
	if rv, derr := contracts.DecodeRevertError(err); derr == nil {
		return rv.String(), true
	}
	if data, ok := contracts.RevertData(err); ok {
		return fmt.Sprintf("revert data 0x%x", data), true
	}
	if strings.Contains(err.Error(), vm.ErrExecutionReverted.Error()) {
		return err.Error(), true
	}
	return "", false
}

func mustPack(a *abi.ABI, name string, args ...interface{}) []byte {
	b, err := a.Pack(name, args...)
	if err != nil {
		panic(fmt.Sprintf("listener: packing %s: %v", name, err)) // static signatures
	}
	return b
}

func (l *Listener) cursor() (cursor, error) {
	var c cursor
	err := l.db.View(func(txn *badger.Txn) error {
		it, err := txn.Get([]byte(keyCursor))
		if errors.Is(err, badger.ErrKeyNotFound) {
			return nil
		}
		if err != nil {
			return err
		}
		return it.Value(func(v []byte) error { return json.Unmarshal(v, &c) })
	})
	if err != nil {
		return c, fmt.Errorf("reading the listener cursor: %w", err)
	}
	return c, nil
}

func (l *Listener) putCursor(c cursor) error {
	if err := l.put(keyCursor, c); err != nil {
		return err
	}
	l.showProcessed(c)
	return nil
}

// showProcessed records the cursor's block for the metrics.
func (l *Listener) showProcessed(c cursor) {
	if c.Set {
		l.processed.Store(c.Number)
		l.processedSet.Store(true)
	}
}

func (l *Listener) put(key string, v interface{}) error {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encoding listener %s: %w", key, err)
	}
	if err := l.db.Update(func(txn *badger.Txn) error { return txn.Set([]byte(key), b) }); err != nil {
		return fmt.Errorf("writing listener %s: %w", key, err)
	}
	return nil
}

func (l *Listener) putSub(s subscription) error {
	old, err := l.subs()
	if err != nil {
		return err
	}
	for _, o := range old {
		if o.ID == s.ID && o.LastDone > s.LastDone {
			s.LastDone = o.LastDone // a rescan does not replay delivered intervals
		}
	}
	return l.put(fmt.Sprintf("%s%010d", keySubPrefix, s.ID), s)
}

func (l *Listener) delSub(id uint32) error {
	if err := l.db.Update(func(txn *badger.Txn) error {
		return txn.Delete([]byte(fmt.Sprintf("%s%010d", keySubPrefix, id)))
	}); err != nil {
		return fmt.Errorf("removing subscription %d: %w", id, err)
	}
	return nil
}

func (l *Listener) subs() ([]subscription, error) {
	var out []subscription
	err := l.db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte(keySubPrefix), PrefetchValues: true})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			var s subscription
			if err := it.Item().Value(func(v []byte) error { return json.Unmarshal(v, &s) }); err != nil {
				return err
			}
			out = append(out, s)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("reading subscriptions: %w", err)
	}
	return out, nil
}
