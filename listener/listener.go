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
	"math/big"
	"strings"
	"time"

	"github.com/dgraph-io/badger/v4"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/contracts"
	"github.com/zkprover/zkprover/contracts/bindings"
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
}

// cursor is the last processed block.
type cursor struct {
	Number uint64      `json:"number"`
	Hash   common.Hash `json:"hash"`
	Set    bool        `json:"set"`
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
	return &Listener{client: timeoutClient{c: client, d: opts.RPCTimeout}, opts: opts, log: log, db: db, sink: sink, jm: jm, coord: coord}, nil
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
	for {
		if err := l.Step(ctx); err != nil && ctx.Err() == nil {
			l.log.Warn().Err(err).Msg("listener step failed; retrying")
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

// Step processes every block that has reached the confirmation depth since the last step.
func (l *Listener) Step(ctx context.Context) error {
	head, err := l.client.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("reading the head block: %w", err)
	}
	if head+1 < l.opts.Confirmations {
		return nil
	}
	target := head + 1 - l.opts.Confirmations
	cur, err := l.cursor()
	if err != nil {
		return err
	}
	from := l.opts.StartBlock
	if cur.Set {
		// A reorg deeper than the depth replaced the last processed block: rescan from a
		// depth before it (the sink is idempotent).
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
		}
	}
	for from <= target {
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
		if err := l.scan(ctx, from, to); err != nil {
			return err
		}
		h, err := l.client.HeaderByNumber(ctx, new(big.Int).SetUint64(to))
		if err != nil {
			return fmt.Errorf("reading block %d: %w", to, err)
		}
		if h.Hash() != before.Hash() {
			return fmt.Errorf("blocks %d-%d changed while their logs were read (a reorg): reading them again", from, to)
		}
		if err := l.putCursor(cursor{Number: to, Hash: h.Hash(), Set: true}); err != nil {
			return err
		}
		if err := l.intervals(ctx, h); err != nil {
			return err
		}
		from = to + 1
	}
	return nil
}

// scan hands the events of blocks [from, to] to the sink.
func (l *Listener) scan(ctx context.Context, from, to uint64) error {
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
		return nil
	}
	logs, err := l.client.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
		Addresses: addrs, Topics: [][]common.Hash{topics},
	})
	if err != nil {
		return fmt.Errorf("reading logs of blocks %d-%d: %w", from, to, err)
	}
	times := map[common.Hash]uint64{}
	for _, lg := range logs {
		if lg.Removed || len(lg.Topics) == 0 {
			continue
		}
		var err error
		switch {
		case lg.Address == l.opts.JobManager && lg.Topics[0] == l.jm.Events["JobCreated"].ID:
			err = l.jobCreated(ctx, lg, times)
		case lg.Address == l.opts.JobManager && lg.Topics[0] == l.jm.Events["JobCancelled"].ID:
			if len(lg.Topics) < 2 {
				continue
			}
			l.log.Info().Str("job", lg.Topics[1].Hex()).Uint64("block", lg.BlockNumber).Msg("job cancelled on chain")
			err = l.sink.JobCancelled(ctx, lg.Topics[1])
		case lg.Address == l.opts.Coordinator && lg.Topics[0] == l.coord.Events["SubscriptionCreated"].ID:
			if len(lg.Topics) < 2 {
				continue
			}
			id := uint32(new(big.Int).SetBytes(lg.Topics[1][:]).Uint64())
			l.log.Info().Uint32("subscription", id).Uint64("block", lg.BlockNumber).Msg("subscription created")
			err = l.putSub(subscription{ID: id})
		case lg.Address == l.opts.Coordinator && lg.Topics[0] == l.coord.Events["SubscriptionCancelled"].ID:
			if len(lg.Topics) < 2 {
				continue
			}
			id := uint32(new(big.Int).SetBytes(lg.Topics[1][:]).Uint64())
			l.log.Info().Uint32("subscription", id).Msg("subscription cancelled")
			err = l.delSub(id)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func (l *Listener) jobCreated(ctx context.Context, lg types.Log, times map[common.Hash]uint64) error {
	if len(lg.Topics) < 4 {
		return nil
	}
	vals, err := l.jm.Events["JobCreated"].Inputs.NonIndexed().Unpack(lg.Data)
	if err != nil || len(vals) != 3 {
		l.log.Error().Err(err).Str("tx", lg.TxHash.Hex()).Msg("undecodable JobCreated event: skipped")
		return nil
	}
	maxCycles, _ := vals[0].(uint64)
	pid, _ := vals[1].([]byte)
	input, _ := vals[2].([]byte)
	ts, ok := times[lg.BlockHash]
	if !ok {
		h, err := l.client.HeaderByNumber(ctx, new(big.Int).SetUint64(lg.BlockNumber))
		if err != nil {
			return fmt.Errorf("reading block %d: %w", lg.BlockNumber, err)
		}
		ts = h.Time
		times[lg.BlockHash] = ts
	}
	j := Job{
		JobID: lg.Topics[1], Nonce: new(big.Int).SetBytes(lg.Topics[2][:]).Uint64(),
		Consumer: common.BytesToAddress(lg.Topics[3][:]), MaxCycles: maxCycles, ProgramID: pid, OnchainInput: input,
		Block: lg.BlockNumber, BlockHash: lg.BlockHash, Timestamp: ts, TxHash: lg.TxHash,
	}
	l.log.Info().Str("job", common.Hash(j.JobID).Hex()).Str("consumer", j.Consumer.Hex()).Uint64("nonce", j.Nonce).
		Uint64("block", j.Block).Msg("job requested on chain")
	return l.sink.JobCreated(ctx, j)
}

// intervals hands every newly current interval of the followed subscriptions to the sink, as
// of the processed block h.
func (l *Listener) intervals(ctx context.Context, h *types.Header) error {
	subs, err := l.subs()
	if err != nil || len(subs) == 0 {
		return err
	}
	at := h.Number
	for _, s := range subs {
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
		if iv.Owner == (common.Address{}) || uint64(iv.ActiveAt) > h.Time {
			continue // not (yet) active, or cancelled (activeAt = max)
		}
		cur := uint32(1)
		if iv.Period != 0 {
			cur = uint32((h.Time-uint64(iv.ActiveAt))/uint64(iv.Period)) + 1
		}
		if cur > iv.Frequency {
			cur = iv.Frequency
		}
		if cur <= s.LastDone {
			continue
		}
		// Only the current interval can be delivered (the Coordinator rejects others).
		iv.Interval = cur
		if err := l.intervalStatement(ctx, &iv, at); err != nil {
			return err
		}
		l.log.Info().Uint32("subscription", s.ID).Uint32("interval", cur).Str("unavailable", iv.Unavailable).
			Msg("subscription interval due")
		if err := l.sink.IntervalDue(ctx, iv); err != nil {
			return err
		}
		s.LastDone = cur
		if err := l.putSub(s); err != nil {
			return err
		}
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
	return l.put(keyCursor, c)
}

func (l *Listener) put(key string, v interface{}) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
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
