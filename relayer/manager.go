package relayer

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/retrylog"
)

// Verdict is how a revert is read for a kind of delivery.
type Verdict struct {
	// Already: the chain already holds the delivery's effect; the record ends AlreadyDone.
	Already bool
	// Reason is a readable account of the revert.
	Reason string
}

// Classifier reads the revert data of a delivery of the given kind (data may be empty for a
// revert without data).
type Classifier func(kind string, data []byte) Verdict

// Confirmer reads from the chain's state whether it holds the effect of t (the job completed,
// the interval answered). A contract passes a callee's revert data through unchanged, so the
// error that reads as "already on chain" may come from a callback (a consumer's) while the
// delivery is still open: the revert data alone does not prove it.
type Confirmer func(ctx context.Context, t *Tx) (bool, error)

// Options configure a Manager. Zero values take the defaults noted.
type Options struct {
	// Confirmations is the depth at which an included transaction is final (default 2: its
	// block and one more).
	Confirmations uint64
	// WatchBlocks: a confirmed record's block is checked at every step until the head is
	// this many blocks past it (default 64, two epochs of Ethereum's beacon chain: past
	// finality); a block no longer canonical (a reorg deeper than Confirmations) puts the
	// record back to sent, its attempts followed again (re-included, or sent again at its
	// nonce), so that a delivery a deep reorg dropped is made again.
	WatchBlocks uint64
	// Retention: a record that ended (confirmed and no longer watched, already on chain,
	// failed) is deleted this long after it ended, from the store and from memory (0: kept
	// for ever). A request of its id submitted after that is a new record: simulated first,
	// it ends already_on_chain when the delivery is there. The node passes its retention.
	Retention time.Duration
	// BumpPercent is the fee increase of each resubmission (default and minimum 10).
	BumpPercent int64
	// BumpAfterBlocks: a sent transaction not included after this many new blocks is
	// resubmitted with bumped fees (default 3).
	BumpAfterBlocks uint64
	// MaxFeeCap caps the fee per gas of any attempt (default 500 gwei).
	MaxFeeCap *big.Int
	// TipCap is the priority fee of a first attempt (nil: the node's suggestion).
	TipCap *big.Int
	// FeeCapPercent: a first attempt's fee cap is this percentage of the base fee plus the tip
	// (default 200).
	FeeCapPercent int64
	// GasMarginPercent is added to the gas estimate (default 25), within MaxTxGas and the
	// block gas limit.
	GasMarginPercent uint64
	// MaxTxGas is the chain's cap on a transaction's gas limit (EIP-7825's 2^24 since Osaka).
	// An attempt's gas limit is the estimate plus GasMarginPercent, capped at this and at the
	// block gas limit; a delivery whose estimate alone is over either fails (class refused)
	// with nothing sent. Zero: 2^24 caps the margin of an estimate within it (a node that
	// enforces EIP-7825 estimates no more); a larger estimate comes from a chain that does not
	// enforce it and is bounded by the block gas limit only (should the node refuse it after
	// all, the record fails, refused, without holding its nonce).
	MaxTxGas uint64
	// MaxReverts: a transaction that reverted on chain this many times ends Failed even if a
	// fresh simulation passes (default 3).
	MaxReverts int
	// PollInterval is the pause between steps of Run (default 1 s).
	PollInterval time.Duration
	// RPCTimeout bounds each call to the node and to the Signer (default DefaultRPCTimeout,
	// 10 s). A call without an answer by then fails the step (a transport error, retried on the
	// next step) instead of holding it.
	RPCTimeout time.Duration
	// Classify reads reverts: the caller's knowledge of its contracts (the bridge's
	// ClassifyDelivery). Default ClassifyRaw: nothing is already done, the reason is the
	// revert data in hex.
	Classify Classifier
	// ConfirmAlready checks a revert that Classify reads as already on chain against the
	// chain's state before the record ends already_on_chain (the bridge's ConfirmDelivery):
	// true, it ends already_on_chain; false, it is a plain revert (failed, reverted, with the
	// classifier's reason); an error is a transport error, retried on the next step. Each call
	// runs under RPCTimeout. Default nil: the classifier's reading is trusted.
	ConfirmAlready Confirmer
	// Logger receives the manager's logs (component=relayer).
	Logger zerolog.Logger
}

func (o *Options) defaults() {
	if o.Confirmations == 0 {
		o.Confirmations = 2
	}
	if o.WatchBlocks == 0 {
		o.WatchBlocks = 64
	}
	o.WatchBlocks = max(o.WatchBlocks, o.Confirmations)
	if o.BumpPercent < 10 {
		o.BumpPercent = 10
	}
	if o.BumpAfterBlocks == 0 {
		o.BumpAfterBlocks = 3
	}
	if o.MaxFeeCap == nil || o.MaxFeeCap.Sign() <= 0 {
		o.MaxFeeCap = big.NewInt(500e9)
	}
	if o.FeeCapPercent <= 0 {
		o.FeeCapPercent = 200
	}
	if o.GasMarginPercent == 0 {
		o.GasMarginPercent = 25
	}
	if o.MaxReverts <= 0 {
		o.MaxReverts = 3
	}
	if o.PollInterval <= 0 {
		o.PollInterval = time.Second
	}
	if o.RPCTimeout <= 0 {
		o.RPCTimeout = DefaultRPCTimeout
	}
	if o.Classify == nil {
		o.Classify = ClassifyRaw
	}
}

// Manager is the transaction manager of one sender account. Exactly one Manager may use an
// account and a store directory at a time.
type Manager struct {
	client  timeoutClient // every call under its own Options.RPCTimeout
	sign    Signer
	from    common.Address
	chainID *big.Int
	signer  types.Signer
	opts    Options
	log     zerolog.Logger
	store   *store

	mu      sync.Mutex
	txs     map[string]*Tx
	changed chan struct{}
	closed  bool

	stepMu sync.Mutex // one step at a time
	// pruned is when the step last deleted the records past their retention.
	pruned time.Time
	// rechecked is the head at which the confirmed records' blocks were last checked
	// (recheckConfirmed: once per head).
	rechecked uint64
	nonce     uint64
	nonceOK   bool
	started   bool
	// rebroadcasted are the records sent again since the start (rebroadcast), until started.
	rebroadcasted map[string]bool
	// The sender's balance in this step (read once, when a first attempt is to be priced; only
	// with a client that is a BalanceReader): budget is what it leaves for new attempts besides
	// the worst cost of the transactions in flight (nil: not known); budgetStop is set once a
	// first attempt did not fit (or the pool refused one for want of balance): the later ones
	// of the step wait. toppedUp: the balance rose since the previous reading.
	budgetRead  bool
	budget      *big.Int
	budgetStop  bool
	toppedUp    bool
	lastBalance *big.Int
	chainNonce  uint64 // of this step
	// shown is the sender's balance the metrics show (zkprover_relay_sender_balance_wei,
	// under mu; nil: not read yet, or a client that cannot read it) and when it was read:
	// each step reads it at most every balanceEvery, whether or not anything is sent.
	shown   *big.Int
	shownAt time.Time
}

// balanceEvery is how often a step reads the sender's balance for the metrics when no
// delivery needed it.
const balanceEvery = 15 * time.Second

// Open opens (creating) the store in dir and returns the manager of the account from, whose
// transactions sign signs (KeySigner for a local key), on client's chain. Records left active
// by a previous run are resumed by Run.
func Open(ctx context.Context, client Client, from common.Address, sign Signer, dir string, opts Options) (*Manager, error) {
	if sign == nil || from == (common.Address{}) {
		return nil, fmt.Errorf("relayer: no sender (address and signer)")
	}
	opts.defaults()
	log := opts.Logger.With().Str("component", "relayer").Logger()
	tc := timeoutClient{c: client, d: opts.RPCTimeout}
	chainID, err := tc.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("relayer: reading the chain id: %w", err)
	}
	st, err := openStore(dir, log)
	if err != nil {
		return nil, err
	}
	all, err := st.all()
	if err != nil {
		_ = st.close()
		return nil, err
	}
	m := &Manager{
		client: tc, sign: sign, from: from, chainID: chainID,
		signer: types.LatestSignerForChainID(chainID), opts: opts, log: log, store: st,
		txs: map[string]*Tx{}, changed: make(chan struct{}),
	}
	active := 0
	for _, t := range all {
		m.txs[t.ID] = t
		if !t.State.Terminal() {
			active++
		}
	}
	log.Info().Str("from", m.from.Hex()).Uint64("chain_id", chainID.Uint64()).Int("records", len(all)).
		Int("active", active).Msg("relayer opened")
	return m, nil
}

// From is the sender's address.
func (m *Manager) From() common.Address { return m.from }

// ChainID is the chain's id.
func (m *Manager) ChainID() *big.Int { return new(big.Int).Set(m.chainID) }

// Close closes the store. Run must have returned.
func (m *Manager) Close() error {
	m.mu.Lock()
	if m.closed {
		m.mu.Unlock()
		return nil
	}
	m.closed = true
	close(m.changed)
	m.mu.Unlock()
	return m.store.close()
}

// Submit accepts a logical transaction. It is idempotent on the id: a known id returns its
// record unchanged (whatever the new request holds).
func (m *Manager) Submit(r Request) (Tx, error) {
	if r.ID == "" {
		return Tx{}, fmt.Errorf("relayer: empty transaction id")
	}
	if r.To == (common.Address{}) {
		return Tx{}, fmt.Errorf("relayer: transaction %s has no target", r.ID)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.closed {
		return Tx{}, fmt.Errorf("relayer: closed")
	}
	if t, ok := m.txs[r.ID]; ok {
		return t.clone(), nil
	}
	now := time.Now()
	t := &Tx{ID: r.ID, Kind: r.Kind, Group: r.Group, To: r.To, Data: append([]byte(nil), r.Data...),
		State: Pending, CreatedAt: now, UpdatedAt: now}
	if r.MaxFeeCap != nil && r.MaxFeeCap.Sign() > 0 {
		t.MaxFeeCap = new(big.Int).Set(r.MaxFeeCap)
	}
	if err := m.store.insert(t); err != nil {
		return Tx{}, err
	}
	m.txs[t.ID] = t
	m.notifyLocked()
	m.log.Info().Str("tx", t.ID).Str("kind", t.Kind).Str("to", t.To.Hex()).Msg("relay accepted")
	return t.clone(), nil
}

// Get returns the record of id.
func (m *Manager) Get(id string) (Tx, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	t, ok := m.txs[id]
	if !ok {
		return Tx{}, fmt.Errorf("%w: %s", ErrNotFound, id)
	}
	return t.clone(), nil
}

// List returns every record, oldest first.
func (m *Manager) List() []Tx {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := make([]Tx, 0, len(m.txs))
	for _, t := range m.txs {
		out = append(out, t.clone())
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Seq < out[j].Seq })
	return out
}

// Counts returns the number of records in each state.
func (m *Manager) Counts() map[State]int {
	m.mu.Lock()
	defer m.mu.Unlock()
	c := map[State]int{}
	for _, t := range m.txs {
		c[t.State]++
	}
	return c
}

// Wait blocks until id is terminal or ctx ends, and returns the record as it then is.
func (m *Manager) Wait(ctx context.Context, id string) (Tx, error) {
	for {
		m.mu.Lock()
		t, ok := m.txs[id]
		ch := m.changed
		closed := m.closed
		var c Tx
		if ok {
			c = t.clone()
		}
		m.mu.Unlock()
		if !ok {
			return Tx{}, fmt.Errorf("%w: %s", ErrNotFound, id)
		}
		if c.State.Terminal() {
			return c, nil
		}
		if closed {
			return c, fmt.Errorf("relayer: closed")
		}
		select {
		case <-ctx.Done():
			return c, ctx.Err()
		case <-ch:
		}
	}
}

// Retry puts a Failed record back to Pending (after the operator topped up the account or
// fixed the cause). It is simulated again before anything is sent.
func (m *Manager) Retry(id string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	t, ok := m.txs[id]
	if !ok {
		return fmt.Errorf("%w: %s", ErrNotFound, id)
	}
	if t.State != Failed {
		return fmt.Errorf("relayer: transaction %s is %s, only failed ones can be retried", id, t.State)
	}
	c := t.clone()
	c.State, c.Class, c.Reason, c.DoneAt, c.UpdatedAt = Pending, "", "", time.Time{}, time.Now()
	// Nothing sent before counts any more. A failed record holds no attempt that may still be
	// mined: one was mined and reverted (its replacements share its nonce), or each was refused
	// or abandoned. Were the mined one still followed, its old receipt would stand for the new
	// attempt until that is mined: read as another revert, it could fail the record again, or
	// abandon the new attempt and send a third while the second delivers.
	for i := range c.Attempts {
		c.Attempts[i].Abandoned = true
	}
	c.Hash, c.Block, c.BlockHash, c.GasUsed, c.Reverts = common.Hash{}, 0, common.Hash{}, 0, 0
	c.RetryAt, c.goneAt = 0, 0
	if err := m.store.put(&c); err != nil {
		return err
	}
	*t = c
	m.notifyLocked()
	return nil
}

func (m *Manager) notifyLocked() {
	if m.closed {
		return
	}
	close(m.changed)
	m.changed = make(chan struct{})
}

// save persists t and publishes it.
func (m *Manager) save(t *Tx) error {
	t.UpdatedAt = time.Now()
	if t.State.Terminal() && t.DoneAt.IsZero() {
		t.DoneAt = t.UpdatedAt
	}
	if err := m.store.put(t); err != nil {
		return err
	}
	m.mu.Lock()
	c := t.clone()
	m.txs[t.ID] = &c
	m.notifyLocked()
	m.mu.Unlock()
	return nil
}

func (t *Tx) clone() Tx {
	c := *t
	c.Attempts = append([]Attempt(nil), t.Attempts...)
	return c
}

// active returns copies of the active records, oldest first, and the groups that have an
// active record before each position.
func (m *Manager) active() []*Tx {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []*Tx
	for _, t := range m.txs {
		if !t.State.Terminal() {
			c := t.clone()
			c.goneAt = t.goneAt
			out = append(out, &c)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Seq < out[j].Seq })
	return out
}

// Run steps until ctx ends: every PollInterval and whenever a transaction is submitted.
// Errors of a step (an unreachable node) are logged and retried; Run returns nil when ctx
// ends.
func (m *Manager) Run(ctx context.Context) error {
	t := time.NewTicker(m.opts.PollInterval)
	defer t.Stop()
	rl := retrylog.New(m.log, "relay step", 0) // a failure that lasts: a line a minute, not one a step
	for {
		if err := m.Step(ctx); ctx.Err() == nil {
			rl.Step(err)
		}
		m.mu.Lock()
		ch := m.changed
		m.mu.Unlock()
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		case <-ch:
			// a submission or a state change: step again soon, without spinning
			select {
			case <-ctx.Done():
				return nil
			case <-time.After(m.opts.PollInterval / 10):
			}
		}
	}
}

// Step advances every active transaction once: checks receipts, confirms, bumps stuck ones,
// recovers lost nonces, simulates and sends pending ones. It returns an error when the node
// could not be reached; per-transaction errors are recorded on the transaction.
func (m *Manager) Step(ctx context.Context) error {
	m.stepMu.Lock()
	defer m.stepMu.Unlock()
	head, err := m.client.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("reading the head block: %w", err)
	}
	if !m.started { // once the node answers
		if err := m.rebroadcast(ctx); err != nil {
			return err // the node does not answer: the next step rebroadcasts
		}
		m.started = true
	}
	chainNonce, err := m.client.NonceAt(ctx, m.from, nil)
	if err != nil {
		return fmt.Errorf("reading the sender's nonce: %w", err)
	}
	m.chainNonce = chainNonce
	m.budgetRead, m.budget, m.budgetStop, m.toppedUp = false, nil, false, false
	if time.Since(m.shownAt) >= balanceEvery {
		if err := m.readBudget(ctx); err != nil {
			// the metric keeps its last reading, tried again in balanceEvery; a delivery
			// that needs the balance reads it again
			m.log.Warn().Err(err).Msg("reading the sender's balance")
			m.budgetRead = false
			m.mu.Lock()
			m.shownAt = time.Now()
			m.mu.Unlock()
		}
	}
	if head != m.rechecked {
		if err := m.recheckConfirmed(ctx, head); err != nil {
			// the next head checks again; the step goes on
			m.log.Warn().Err(err).Uint64("head", head).Msg("checking the blocks of confirmed deliveries")
		} else {
			m.rechecked = head
		}
	}
	if now := time.Now(); m.opts.Retention > 0 && now.Sub(m.pruned) >= min(pruneEvery, m.opts.Retention) {
		m.pruned = now
		if err := m.prune(now, head); err != nil {
			m.log.Warn().Err(err).Msg("deleting relay records past their retention")
		}
	}
	busy := map[string]bool{} // groups with an active record earlier in the order
	var firstErr error
	for _, t := range m.active() {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		blocked := t.Group != "" && busy[t.Group]
		if t.Group != "" {
			busy[t.Group] = true
		}
		var err error
		switch t.State {
		case Sent:
			err = m.checkSent(ctx, t, head, chainNonce)
		case Pending:
			if !blocked {
				err = m.pending(ctx, t, head, chainNonce)
			}
		}
		if errors.Is(err, context.DeadlineExceeded) {
			return err // the node does not answer: the rest waits for the next step
		}
		if err != nil && firstErr == nil {
			firstErr = err
		}
	}
	return firstErr
}

// pruneEvery is how often a step deletes the records past their retention (at most; a
// shorter retention, as in tests, is the period).
const pruneEvery = time.Minute

// prune deletes the records that ended more than Options.Retention before now (a confirmed
// one once it is no longer watched at head). Each is checked again and deleted under mu, as
// Submit and Retry write theirs: a record retried meanwhile stays, and a Submit of its id
// after the deletion makes a new one.
func (m *Manager) prune(now time.Time, head uint64) error {
	expired := func(t *Tx) bool {
		if !t.State.Terminal() || t.DoneAt.IsZero() || now.Sub(t.DoneAt) <= m.opts.Retention {
			return false
		}
		return t.State != Confirmed || head >= t.Block+m.opts.WatchBlocks
	}
	m.mu.Lock()
	var old []string
	for id, t := range m.txs {
		if expired(t) {
			old = append(old, id)
		}
	}
	m.mu.Unlock()
	n := 0
	for _, id := range old {
		m.mu.Lock()
		t, ok := m.txs[id]
		var err error
		if ok && expired(t) {
			if err = m.store.remove(id); err == nil {
				delete(m.txs, id)
				n++
			}
		}
		m.mu.Unlock()
		if err != nil {
			return err
		}
	}
	if n > 0 {
		m.log.Info().Int("records", n).Dur("retention", m.opts.Retention).Msg("relay records past their retention deleted")
	}
	return nil
}

// recheckConfirmed puts back to sent every confirmed record whose block is no longer
// canonical while it is watched (Options.WatchBlocks): a reorg deeper than the
// confirmations dropped or moved its transaction. Each watched block is read once; a block
// the node does not have (a load-balanced RPC answering from a node behind the head) is
// read again at the next head, not taken for a reorg. The record's latest attempt is sent
// again at once (the pool may have dropped it: its nonce would hold every later delivery).
func (m *Manager) recheckConfirmed(ctx context.Context, head uint64) error {
	m.mu.Lock()
	var watched []*Tx
	for _, t := range m.txs {
		if t.State == Confirmed && t.Block != 0 && t.Block <= head && head < t.Block+m.opts.WatchBlocks {
			c := t.clone()
			watched = append(watched, &c)
		}
	}
	m.mu.Unlock()
	sort.Slice(watched, func(i, j int) bool { return watched[i].Seq < watched[j].Seq })
	canonical := map[uint64]common.Hash{}
	for _, t := range watched {
		h, ok := canonical[t.Block]
		if !ok {
			hdr, err := m.client.HeaderByNumber(ctx, new(big.Int).SetUint64(t.Block))
			switch {
			case errors.Is(err, ethereum.NotFound):
				// a node behind the head: read again at the next head
			case err != nil:
				return fmt.Errorf("checking block %d of confirmed deliveries: %w", t.Block, err)
			default:
				h = hdr.Hash()
			}
			canonical[t.Block] = h
		}
		if h == (common.Hash{}) || h == t.BlockHash {
			continue
		}
		m.log.Warn().Str("tx", t.ID).Str("hash", t.Hash.Hex()).Uint64("block", t.Block).Str("block_hash", t.BlockHash.Hex()).
			Msg("a confirmed delivery's block is no longer canonical (a reorg deeper than the confirmations): following it again")
		t.State, t.Block, t.BlockHash, t.GasUsed, t.DoneAt = Sent, 0, common.Hash{}, 0, time.Time{}
		t.Reorged++
		for i := range t.Attempts { // the bump interval starts again
			t.Attempts[i].Head = head
		}
		if err := m.save(t); err != nil {
			return err
		}
		m.sendAgain(ctx, t)
	}
	return nil
}

// sendAgain broadcasts t's latest attempt again (its answer, "already known" or "nonce too
// low" included, is only logged: checkSent follows the record).
func (m *Manager) sendAgain(ctx context.Context, t *Tx) {
	a, ok := t.LastAttempt()
	if !ok {
		return
	}
	var tx types.Transaction
	if err := tx.UnmarshalBinary(a.Raw); err != nil {
		m.log.Error().Err(err).Str("tx", t.ID).Msg("stored attempt does not decode")
		return
	}
	err := m.client.SendTransaction(ctx, &tx)
	m.log.Info().Str("tx", t.ID).Str("hash", a.Hash.Hex()).Uint64("nonce", a.Nonce).AnErr("result", err).
		Msg("reorged out: the latest attempt sent again")
}

// rebroadcast sends again the latest attempt of every sent record (after a restart the pool
// may have lost them; a transaction signed but never broadcast before a crash goes out now),
// each once. A send without an answer (the node hangs) ends it: the step returns, and the next
// step goes on with the records after it, rather than holding the step lock for a timeout per
// record (the record whose send hung is followed as any sent one: bumped if not mined).
func (m *Manager) rebroadcast(ctx context.Context) error {
	if m.rebroadcasted == nil {
		m.rebroadcasted = map[string]bool{}
	}
	for _, t := range m.active() {
		if t.State != Sent || m.rebroadcasted[t.ID] {
			continue
		}
		m.rebroadcasted[t.ID] = true
		a, ok := t.LastAttempt()
		if !ok {
			continue
		}
		var tx types.Transaction
		if err := tx.UnmarshalBinary(a.Raw); err != nil {
			m.log.Error().Err(err).Str("tx", t.ID).Msg("stored attempt does not decode")
			continue
		}
		err := m.client.SendTransaction(ctx, &tx)
		if errors.Is(err, context.DeadlineExceeded) || ctx.Err() != nil {
			return fmt.Errorf("rebroadcasting %s after the start: %w", t.ID, err)
		}
		m.log.Info().Str("tx", t.ID).Str("hash", a.Hash.Hex()).Uint64("nonce", a.Nonce).AnErr("result", err).
			Msg("resumed: rebroadcast the latest attempt")
	}
	return nil
}

// retryable records a transport error on t.
func (m *Manager) retryable(t *Tx, what string, err error) error {
	t.Errors++
	t.Class = Retryable
	t.LastError = fmt.Sprintf("%s: %v", what, err)
	if serr := m.save(t); serr != nil {
		return serr
	}
	return fmt.Errorf("%s (%s): %w", what, t.ID, err)
}

// fail ends t as Failed.
func (m *Manager) fail(t *Tx, class Class, reason string) error {
	t.State, t.Class, t.Reason = Failed, class, reason
	m.log.Warn().Str("tx", t.ID).Str("class", string(class)).Str("reason", reason).Msg("relay failed")
	return m.save(t)
}

// simulate runs the call at the latest block. ok: it succeeds; otherwise reverted (with its
// verdict) or a transport error.
func (m *Manager) simulate(ctx context.Context, t *Tx) (reverted bool, v Verdict, err error) {
	_, err = m.client.CallContract(ctx, ethereum.CallMsg{From: m.from, To: &t.To, Data: t.Data}, nil)
	if err == nil {
		return false, Verdict{}, nil
	}
	if data, ok := revertData(err); ok {
		v, err := m.verdict(ctx, t, data)
		return err == nil, v, err
	}
	if isRevert(err) {
		v, err := m.verdict(ctx, t, nil)
		return err == nil, v, err
	}
	return false, Verdict{}, err
}

// verdict reads t's revert data with the Classifier; a reading of already on chain stands only
// once ConfirmAlready (when set) finds the effect in the chain's state, and is a plain revert
// otherwise. An error: the state could not be read (a transport error).
func (m *Manager) verdict(ctx context.Context, t *Tx, data []byte) (Verdict, error) {
	v := m.opts.Classify(t.Kind, data)
	if !v.Already || m.opts.ConfirmAlready == nil {
		return v, nil
	}
	c := *t // the confirmer reads a copy
	ok, err := withTimeout(ctx, m.opts.RPCTimeout, "confirming already on chain", func(ctx context.Context) (bool, error) {
		return m.opts.ConfirmAlready(ctx, &c)
	})
	if err != nil {
		return Verdict{}, fmt.Errorf("confirming already on chain (%s): %w", v.Reason, err)
	}
	if !ok {
		m.log.Warn().Str("tx", t.ID).Str("reason", v.Reason).
			Msg("revert reads as already on chain but the chain's state does not hold it: a plain revert")
		return Verdict{Reason: v.Reason + " (not confirmed by the chain's state: a callee's revert)"}, nil
	}
	return v, nil
}

// nextNonce returns the nonce for a new transaction: the local counter, re-read from the chain
// (pending nonce, and past any nonce held by a sent record) when it is not trusted.
func (m *Manager) nextNonce(ctx context.Context, chainNonce uint64) (uint64, error) {
	if m.nonceOK {
		return m.nonce, nil
	}
	n, err := m.client.PendingNonceAt(ctx, m.from)
	if err != nil {
		return 0, err
	}
	n = max(n, chainNonce)
	for _, t := range m.active() {
		if t.State != Sent {
			continue
		}
		for _, a := range t.live() {
			if a.Nonce >= chainNonce && a.Nonce+1 > n {
				n = a.Nonce + 1
			}
		}
	}
	m.nonce, m.nonceOK = n, true
	return n, nil
}

// pending sends t's first attempt unless it waits: for its retry block after a refusal, or
// behind an earlier first attempt that the balance does not cover in this step.
func (m *Manager) pending(ctx context.Context, t *Tx, head, chainNonce uint64) error {
	if t.RetryAt > head {
		if t.Class != OutOfBudget {
			return nil
		}
		// Refused for want of balance: a top-up ends the wait. Until then the later first
		// attempts wait behind it (the pool would refuse them too).
		if err := m.readBudget(ctx); err != nil {
			return err
		}
		if !m.toppedUp {
			m.budgetStop = true
			return nil
		}
	}
	if m.budgetStop {
		return m.waitBudget(t, "waiting for balance: an earlier delivery is not covered by the sender's balance")
	}
	return m.sendNew(ctx, t, head, chainNonce)
}

// waitBudget keeps t pending for want of balance, with why in LastError.
func (m *Manager) waitBudget(t *Tx, why string) error {
	if t.Class == OutOfBudget && t.LastError == why {
		return nil
	}
	m.warnWaitingForFunds(t, why)
	t.Class, t.LastError = OutOfBudget, why
	return m.save(t)
}

// warnWaitingForFunds logs, once as t starts to wait for the sender's balance (its class not
// OutOfBudget yet), that it does: a record waiting for funds is otherwise silent.
func (m *Manager) warnWaitingForFunds(t *Tx, why string) {
	if t.Class == OutOfBudget {
		return
	}
	ev := m.log.Warn().Str("tx", t.ID).Str("from", m.from.Hex()).Str("reason", why)
	if m.lastBalance != nil {
		ev = ev.Str("balance_wei", m.lastBalance.String())
	}
	ev.Msg("a delivery waits for the relayer account's balance: fund it")
}

// readBudget reads the sender's balance once a step (when the client is a BalanceReader) and
// sets budget: the balance less the worst cost (gas limit × fee cap) of the latest attempt of
// every sent record whose nonce the chain has not passed, as the pool counts them.
func (m *Manager) readBudget(ctx context.Context) error {
	if m.budgetRead {
		return nil
	}
	bal, err := m.client.BalanceAt(ctx, m.from, nil)
	if errors.Is(err, errUnsupported) {
		m.budgetRead = true
		return nil
	}
	if err != nil {
		return fmt.Errorf("reading the sender's balance: %w", err)
	}
	m.budgetRead = true
	m.toppedUp = m.lastBalance != nil && bal.Cmp(m.lastBalance) > 0
	m.lastBalance = bal
	m.mu.Lock()
	m.shown, m.shownAt = new(big.Int).Set(bal), time.Now()
	m.mu.Unlock()
	left := new(big.Int).Set(bal)
	for _, t := range m.active() {
		if t.State != Sent {
			continue
		}
		if a, ok := t.LastAttempt(); ok && a.Nonce >= m.chainNonce {
			left.Sub(left, worstCost(a.GasLimit, a.FeeCap))
		}
	}
	if left.Sign() < 0 {
		left.SetInt64(0)
	}
	m.budget = left
	return nil
}

// spend takes x from the step's budget (when known).
func (m *Manager) spend(x *big.Int) {
	if m.budget == nil || x.Sign() <= 0 {
		return
	}
	m.budget.Sub(m.budget, x)
	if m.budget.Sign() < 0 {
		m.budget.SetInt64(0)
	}
}

// worstCost is what the pool counts against the balance for an attempt: gas limit × fee cap.
func worstCost(gas uint64, feeCap *big.Int) *big.Int {
	return new(big.Int).Mul(new(big.Int).SetUint64(gas), feeCap)
}

// gasLimit is the gas limit of an attempt for the estimate est: est plus GasMarginPercent,
// within the per-transaction cap and the block gas limit. A reason (not empty): est alone is
// over one of them, and nothing can be sent.
func (m *Manager) gasLimit(est, blockGas uint64) (uint64, string) {
	txCap := m.opts.MaxTxGas
	if blockGas > 0 && est > blockGas {
		return 0, fmt.Sprintf("the call needs %d gas, over the block gas limit (%d)", est, blockGas)
	}
	if txCap > 0 && est > txCap {
		return 0, fmt.Sprintf("the call needs %d gas, over the chain's per-transaction gas cap (%d)", est, txCap)
	}
	if txCap == 0 && est <= params.MaxTxGas {
		txCap = params.MaxTxGas // EIP-7825: an estimate within it may come from a chain that enforces it
	}
	gas := est + est*m.opts.GasMarginPercent/100
	if txCap > 0 {
		gas = min(gas, txCap)
	}
	if blockGas > 0 {
		gas = min(gas, blockGas)
	}
	return gas, ""
}

// sendNew simulates a pending transaction and sends its first attempt at a fresh nonce.
func (m *Manager) sendNew(ctx context.Context, t *Tx, head, chainNonce uint64) error {
	reverted, v, err := m.simulate(ctx, t)
	if err != nil {
		return m.retryable(t, "simulating", err)
	}
	if reverted {
		return m.unsent(t, v)
	}
	est, err := m.client.EstimateGas(ctx, ethereum.CallMsg{From: m.from, To: &t.To, Data: t.Data})
	if err != nil {
		if data, ok := revertData(err); ok {
			// The chain changed since eth_call (another node's delivery may have landed
			// in between): read as a simulation's revert.
			v, err := m.verdict(ctx, t, data)
			if err != nil {
				return m.retryable(t, "estimating gas", err)
			}
			return m.unsent(t, v)
		}
		if isGasAllowance(err) {
			// Out of gas at the most a transaction may have on this chain.
			return m.fail(t, Refused, fmt.Sprintf("the call needs more gas than a transaction may have: %v", err))
		}
		return m.retryable(t, "estimating gas", err)
	}
	h, err := m.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return m.retryable(t, "reading the head block", err)
	}
	gas, over := m.gasLimit(est, h.GasLimit)
	if over != "" {
		return m.fail(t, Refused, over)
	}
	tip, feeCap, err := m.feesAt(ctx, h, m.capOf(t))
	if err != nil {
		return m.retryable(t, "pricing fees", err)
	}
	if feeCap == nil {
		t.Class, t.RetryAt = OutOfBudget, 0 // a wait on the fee cap, not on the balance
		t.LastError = fmt.Sprintf("base fee too close to (or above) the fee cap %s wei: waiting until the cap leaves room for the next block's base fee", m.capOf(t))
		return m.save(t)
	}
	worst := worstCost(gas, feeCap)
	if err := m.readBudget(ctx); err != nil {
		return m.retryable(t, "reading the balance", err)
	}
	if m.budget != nil && worst.Cmp(m.budget) > 0 {
		// Not sent: the pool would refuse it (it counts every pending transaction of the
		// account against the balance). It and the later ones wait for a top-up.
		m.budgetStop = true
		return m.waitBudget(t, fmt.Sprintf("not enough balance: the attempt may cost %s wei and the balance leaves %s wei "+
			"besides the transactions in flight; waiting for a top-up", worst, m.budget))
	}
	for try := 0; try < 2; try++ {
		nonce, err := m.nextNonce(ctx, chainNonce)
		if err != nil {
			return m.retryable(t, "reading the pending nonce", err)
		}
		res, err := m.sendAttempt(ctx, t, nonce, gas, tip, feeCap, head)
		if err != nil {
			return err
		}
		refused := t.Attempts[len(t.Attempts)-1].Rejected
		switch res {
		case sendOK:
			m.nonce = nonce + 1
			m.spend(worst)
			return nil
		case sendNonceTaken:
			m.nonceOK = false
			continue // re-read the nonce and try once more now
		case sendNoFunds:
			// In no pool: the nonce is not held. The record waits (it and the later first
			// attempts of the step) and tries again BumpAfterBlocks later, or once the balance
			// rose.
			m.nonceOK = false
			m.budgetStop = true
			t.Class = OutOfBudget
			t.RetryAt = head + m.opts.BumpAfterBlocks
			t.LastError = fmt.Sprintf("not enough balance for a first attempt (%s); waiting for a top-up (next try at block %d)",
				refused, t.RetryAt)
			return m.save(t)
		case sendInvalid:
			m.nonceOK = false
			return m.fail(t, Refused, fmt.Sprintf("the node refuses the transaction (gas limit %d): %s", gas, refused))
		case sendRefused:
			// In no pool: the nonce is not held; tried again BumpAfterBlocks later.
			m.nonceOK = false
			t.Class = Retryable
			t.RetryAt = head + m.opts.BumpAfterBlocks
			t.LastError = fmt.Sprintf("the node refused attempt %d (%s); next try at block %d", len(t.Attempts), refused, t.RetryAt)
			return m.save(t)
		case sendUnknown:
			m.nonceOK = false // re-read; the attempt counts as live
			m.spend(worst)
			return nil
		}
	}
	t.State = Pending
	return m.save(t)
}

// unsent ends t, which reverts before anything of it is sent, as v reads the revert: already on
// chain, or failed.
func (m *Manager) unsent(t *Tx, v Verdict) error {
	if v.Already {
		t.State, t.Reason = AlreadyDone, v.Reason
		m.log.Info().Str("tx", t.ID).Str("reason", v.Reason).Msg("already on chain: nothing to send")
		return m.save(t)
	}
	return m.fail(t, Reverted, v.Reason)
}

type sendResult int

// Each result but sendOK and sendUnknown is a refusal: the node answered, and the attempt is in
// no pool (it holds no nonce).
const (
	sendOK         sendResult = iota
	sendNonceTaken            // nonce too low / the nonce slot holds another transaction / a replacement's price
	sendNoFunds               // not enough balance
	sendInvalid               // refused as built (errsInvalid): sending it again cannot help
	sendRefused               // refused for now (a first attempt's price, a busy pool, an error the relayer does not know)
	sendUnknown               // transport error: it may or may not have reached the node
)

// sendAttempt signs and persists an attempt, then broadcasts it.
func (m *Manager) sendAttempt(ctx context.Context, t *Tx, nonce, gas uint64, tip, feeCap *big.Int, head uint64) (sendResult, error) {
	tx, err := m.signTx(ctx, types.NewTx(&types.DynamicFeeTx{
		ChainID: m.chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas, To: &t.To, Data: t.Data,
	}))
	if err != nil {
		return 0, fmt.Errorf("signing %s: %w", t.ID, err)
	}
	raw, err := tx.MarshalBinary()
	if err != nil {
		return 0, fmt.Errorf("encoding %s: %w", t.ID, err)
	}
	a := Attempt{Hash: tx.Hash(), Nonce: nonce, GasLimit: gas, TipCap: tip, FeeCap: feeCap, Head: head, At: time.Now(), Raw: raw}
	if n := len(t.Attempts); n > 0 && t.Attempts[n-1].Rejected != "" && (t.Attempts[n-1].Nonce == nonce || len(t.live()) == 0) {
		// The node refused the previous attempt (at this nonce, or a first attempt): it never
		// reached a pool. This one takes its place, so refusals repeated at each bump or retry
		// do not pile up in the record.
		t.Attempts[n-1] = a
	} else {
		t.Attempts = append(t.Attempts, a)
	}
	wasSent := t.State == Sent
	t.State = Sent
	if t.SentAt.IsZero() {
		t.SentAt = time.Now()
	}
	// On disk before it leaves: a crash after this point finds the hash and rebroadcasts.
	if err := m.save(t); err != nil {
		return 0, err
	}
	err = m.client.SendTransaction(ctx, tx)
	last := &t.Attempts[len(t.Attempts)-1]
	var res sendResult
	switch {
	case err == nil || isAlreadyKnown(err):
		m.log.Info().Str("tx", t.ID).Str("hash", tx.Hash().Hex()).Uint64("nonce", nonce).Str("fee_cap", feeCap.String()).
			Str("tip", tip.String()).Int("attempt", len(t.Attempts)).Msg("sent")
		t.LastError, t.Class, t.RetryAt = "", "", 0
		return sendOK, nil
	case isNonceTooLow(err) || (!wasSent && isUnderpriced(err)):
		last.Rejected = err.Error()
		res = sendNonceTaken
	case isNoFunds(err):
		last.Rejected = err.Error()
		res = sendNoFunds
	case isInvalid(err):
		last.Rejected = err.Error()
		res = sendInvalid
	case isUnderpriced(err) || (wasSent && isTooCheap(err)):
		last.Rejected = err.Error()
		res = sendNonceTaken
	case isNodeAnswer(err) && !isTooCheap(err) && !isBusy(err):
		// An answer that names no refusal of the pool: a proxy or a hosted RPC may answer
		// so (an upstream timeout, a rate limit) after it forwarded the transaction. The
		// node is asked whether it has it: a known one is followed as sent (forgetting it
		// would send the delivery again at the next nonce, or leave its nonce held by no
		// record); an unknown one is refused; no answer keeps it as it may have arrived.
		known, kerr := m.anyKnown(ctx, []Attempt{*last})
		switch {
		case kerr != nil:
			res = sendUnknown
			t.Errors++
			t.Class = Retryable
			t.RetryAt = 0
		case known:
			m.log.Info().Str("tx", t.ID).Str("hash", tx.Hash().Hex()).Uint64("nonce", nonce).AnErr("answer", err).
				Msg("sent: the node answered with an error but has the transaction")
			t.LastError, t.Class, t.RetryAt = "", "", 0
			return sendOK, nil
		default:
			last.Rejected = err.Error()
			res = sendRefused
		}
	case isTooCheap(err) || isBusy(err):
		// The pool refused it for now: the transaction is not in its pool.
		last.Rejected = err.Error()
		res = sendRefused
	default:
		res = sendUnknown
		t.Errors++
		t.Class = Retryable
		t.RetryAt = 0
	}
	t.LastError = fmt.Sprintf("sending attempt %d: %v", len(t.Attempts), err)
	if len(t.live()) == 0 {
		t.State = Pending
	}
	m.log.Warn().Str("tx", t.ID).Str("hash", tx.Hash().Hex()).Uint64("nonce", nonce).Err(err).Msg("send failed")
	if err := m.save(t); err != nil {
		return 0, err
	}
	return res, nil
}

// signTx signs tx with the Signer (under the call timeout) and checks that what came back is
// tx, signed by the sender, for this chain.
func (m *Manager) signTx(ctx context.Context, tx *types.Transaction) (*types.Transaction, error) {
	signed, err := withTimeout(ctx, m.opts.RPCTimeout, "signer", func(ctx context.Context) (*types.Transaction, error) {
		return m.sign(ctx, tx)
	})
	if err != nil {
		return nil, err
	}
	if signed == nil {
		return nil, fmt.Errorf("the signer returned no transaction")
	}
	from, err := types.Sender(m.signer, signed)
	if err != nil {
		return nil, fmt.Errorf("the signed transaction: %w", err)
	}
	if from != m.from {
		return nil, fmt.Errorf("the signer signed as %s, not as the sender %s", from.Hex(), m.from.Hex())
	}
	if signed.Type() != tx.Type() || signed.Nonce() != tx.Nonce() || signed.Gas() != tx.Gas() || *signed.To() != *tx.To() ||
		signed.GasFeeCap().Cmp(tx.GasFeeCap()) != 0 || signed.GasTipCap().Cmp(tx.GasTipCap()) != 0 ||
		signed.Value().Sign() != 0 || string(signed.Data()) != string(tx.Data()) {
		return nil, fmt.Errorf("the signer changed the transaction")
	}
	return signed, nil
}

func (m *Manager) capOf(t *Tx) *big.Int {
	if t.MaxFeeCap != nil && t.MaxFeeCap.Cmp(m.opts.MaxFeeCap) < 0 {
		return t.MaxFeeCap
	}
	return m.opts.MaxFeeCap
}

// fees prices a first attempt under feeCap limit. feeCap is nil when the base fee is above it.
func (m *Manager) fees(ctx context.Context, limit *big.Int) (tip, feeCap *big.Int, err error) {
	h, err := m.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, nil, err
	}
	return m.feesAt(ctx, h, limit)
}

// feesAt is fees at the head h.
func (m *Manager) feesAt(ctx context.Context, h *types.Header, limit *big.Int) (tip, feeCap *big.Int, err error) {
	base := h.BaseFee
	if base == nil {
		base = new(big.Int)
	}
	if m.opts.TipCap != nil {
		tip = new(big.Int).Set(m.opts.TipCap)
	} else if tip, err = m.client.SuggestGasTipCap(ctx); err != nil {
		return nil, nil, err
	}
	feeCap = new(big.Int).Mul(base, big.NewInt(m.opts.FeeCapPercent))
	feeCap.Div(feeCap, big.NewInt(100))
	feeCap.Add(feeCap, tip)
	// Sent only with room for the next block's base fee (up 12.5% at most,
	// EIP-1559): a transaction capped at about the base fee is stuck at its
	// nonce once the base fee rises, and every later delivery waits behind
	// it (a subscriber's maxGasPrice can be that low).
	if next := new(big.Int).Add(base, new(big.Int).Div(base, big.NewInt(8))); next.Cmp(limit) > 0 {
		return tip, nil, nil
	}
	if feeCap.Cmp(limit) > 0 {
		feeCap.Set(limit)
	}
	if tip.Cmp(feeCap) > 0 {
		tip = new(big.Int).Set(feeCap)
	}
	return tip, feeCap, nil
}

// bumped raises x by the bump percentage, rounding up, by at least 1.
func (m *Manager) bumped(x *big.Int) *big.Int {
	y := new(big.Int).Mul(x, big.NewInt(100+m.opts.BumpPercent))
	y.Add(y, big.NewInt(99))
	y.Div(y, big.NewInt(100))
	if y.Cmp(x) <= 0 {
		y.Add(x, big.NewInt(1))
	}
	return y
}

// checkSent follows a sent transaction: inclusion, confirmation, loss of its nonce, bumping.
func (m *Manager) checkSent(ctx context.Context, t *Tx, head, chainNonce uint64) error {
	live := t.live()
	if len(live) == 0 {
		t.State = Pending
		return m.save(t)
	}
	for i := len(live) - 1; i >= 0; i-- {
		r, err := m.client.TransactionReceipt(ctx, live[i].Hash)
		if errors.Is(err, ethereum.NotFound) {
			continue
		}
		if err != nil {
			return m.retryable(t, "reading a receipt", err)
		}
		return m.included(ctx, t, r, head)
	}
	changed := t.Block != 0
	t.Block, t.BlockHash, t.Hash, t.GasUsed = 0, common.Hash{}, common.Hash{}, 0 // reorged out, or not yet
	last := live[len(live)-1]
	if chainNonce > last.Nonce {
		// The nonce is used and no receipt of ours is found: another transaction of this sender
		// took it, or the receipt lags its block (a load-balanced RPC may answer the nonce from
		// a node that has the block and the receipt from one that has not). Only once the nonce
		// has been used for goneDepth blocks and the node knows none of our hashes does the
		// record go back to pending: simulated again and sent at a fresh nonce.
		if t.goneAt == 0 || t.goneAt > head {
			t.goneAt = head
			m.setGone(t.ID, head)
		}
		wait := head < t.goneAt+m.goneDepth()
		if !wait {
			known, err := m.anyKnown(ctx, live)
			if err != nil {
				return m.retryable(t, "looking up a sent transaction", err)
			}
			wait = known
		}
		if wait {
			if changed {
				return m.save(t)
			}
			return nil
		}
		for i := range t.Attempts {
			t.Attempts[i].Abandoned = true
		}
		t.NonceLost++
		t.State = Pending
		t.goneAt = 0
		m.setGone(t.ID, 0)
		m.log.Warn().Str("tx", t.ID).Uint64("nonce", last.Nonce).Msg("nonce taken by another transaction: resending")
		if err := m.save(t); err != nil {
			return err
		}
		return m.pending(ctx, t, head, chainNonce)
	}
	if t.goneAt != 0 {
		t.goneAt = 0
		m.setGone(t.ID, 0)
	}
	if head < last.Head+m.opts.BumpAfterBlocks {
		if changed {
			return m.save(t)
		}
		return nil
	}
	return m.bump(ctx, t, last, head)
}

func (m *Manager) setGone(id string, head uint64) {
	m.mu.Lock()
	if t, ok := m.txs[id]; ok {
		t.goneAt = head
	}
	m.mu.Unlock()
}

// goneDepth is how many blocks the chain's nonce must have passed a sent record's nonce, with
// no receipt of its attempts found, before they are given up: the confirmation depth, at least
// 2.
func (m *Manager) goneDepth() uint64 { return max(m.opts.Confirmations, 2) }

// anyKnown reports whether the node knows one of the attempts (eth_getTransactionByHash: in its
// pool or mined). A client without the method knows none.
func (m *Manager) anyKnown(ctx context.Context, live []Attempt) (bool, error) {
	for _, a := range live {
		_, _, err := m.client.TransactionByHash(ctx, a.Hash)
		switch {
		case err == nil:
			m.log.Debug().Str("hash", a.Hash.Hex()).Uint64("nonce", a.Nonce).
				Msg("the chain's nonce passed a sent transaction the node still knows: waiting for its receipt")
			return true, nil
		case errors.Is(err, ethereum.NotFound):
		case errors.Is(err, errUnsupported):
			return false, nil
		default:
			return false, err
		}
	}
	return false, nil
}

// bump replaces the latest attempt with one at the same nonce and fees raised by at least
// BumpPercent (and at least what the chain asks now), up to MaxFeeCap. At the cap it
// rebroadcasts the latest attempt instead. A replacement the node refuses changes nothing sent:
// the record waits on the attempts already sent and tries again after BumpAfterBlocks.
func (m *Manager) bump(ctx context.Context, t *Tx, last Attempt, head uint64) error {
	from := last // the fees to raise
	if n := len(t.Attempts); n > 0 {
		// A replacement refused as underpriced (a pool asking more than 10 %): raise its fees,
		// not those of the live attempt again.
		if r := t.Attempts[n-1]; r.Rejected != "" && r.Nonce == last.Nonce &&
			(isUnderpriced(errors.New(r.Rejected)) || isTooCheap(errors.New(r.Rejected))) &&
			r.FeeCap.Cmp(last.FeeCap) >= 0 && r.TipCap.Cmp(last.TipCap) >= 0 {
			from = r
		}
	}
	tip := m.bumped(from.TipCap)
	feeCap := m.bumped(from.FeeCap)
	limit := m.capOf(t)
	if st, sf, err := m.fees(ctx, limit); err == nil && sf != nil {
		if st.Cmp(tip) > 0 {
			tip = st
		}
		if sf.Cmp(feeCap) > 0 {
			feeCap = sf
		}
	}
	if feeCap.Cmp(limit) > 0 {
		feeCap = new(big.Int).Set(limit)
	}
	if tip.Cmp(feeCap) > 0 {
		tip = new(big.Int).Set(feeCap)
	}
	minCap := new(big.Int).Mul(last.FeeCap, big.NewInt(110))
	minCap.Div(minCap, big.NewInt(100))
	minTip := new(big.Int).Mul(last.TipCap, big.NewInt(110))
	minTip.Div(minTip, big.NewInt(100))
	// A replacement must raise both by at least 10 % (the pool's rule: new >= old × 110 / 100)
	// and by something.
	if feeCap.Cmp(minCap) < 0 || tip.Cmp(minTip) < 0 || feeCap.Cmp(last.FeeCap) <= 0 || tip.Cmp(last.TipCap) <= 0 {
		// At the cap: no valid replacement is possible. Rebroadcast and wait.
		var tx types.Transaction
		if err := tx.UnmarshalBinary(last.Raw); err == nil {
			_ = m.client.SendTransaction(ctx, &tx)
		}
		t.Class = OutOfBudget
		t.LastError = fmt.Sprintf("fee cap %s wei reached; waiting for inclusion of %s", limit, last.Hash.Hex())
		waitOn(t, last.Hash, head)
		return m.save(t)
	}
	// A replacement the balance does not cover is not sent (the pool would refuse it, and
	// each refusal would be logged every bump interval): the record waits on what it sent,
	// saying so once, until the balance covers the raise.
	if err := m.readBudget(ctx); err == nil && m.budget != nil {
		extra := new(big.Int).Sub(worstCost(last.GasLimit, feeCap), worstCost(last.GasLimit, last.FeeCap))
		if extra.Cmp(m.budget) > 0 {
			why := fmt.Sprintf("not enough balance for a replacement (it needs %s wei more); waiting for inclusion of %s", extra, last.Hash.Hex())
			m.warnWaitingForFunds(t, why)
			t.Class, t.LastError = OutOfBudget, why
			waitOn(t, last.Hash, head)
			return m.save(t)
		}
	}
	m.log.Info().Str("tx", t.ID).Uint64("nonce", last.Nonce).Str("old_fee_cap", last.FeeCap.String()).
		Str("fee_cap", feeCap.String()).Msg("not included: replacing with bumped fees")
	res, err := m.sendAttempt(ctx, t, last.Nonce, last.GasLimit, tip, feeCap, head)
	if err != nil {
		return err
	}
	switch res {
	case sendOK:
		m.spend(new(big.Int).Sub(worstCost(last.GasLimit, feeCap), worstCost(last.GasLimit, last.FeeCap)))
	case sendNoFunds, sendNonceTaken, sendInvalid, sendRefused:
		// Refused (not enough balance for the higher fees; underpriced; the nonce is used,
		// which the next step reads from the chain; or any other refusal): it never reached a
		// pool, and what was sent before may still be mined. Ending the record here would stop
		// following those, and a Retry would send the delivery again at a fresh nonce: it waits
		// on them, and tries a replacement again only after BumpAfterBlocks (the refused
		// attempt stays the record's last; the next one takes its place).
		switch res {
		case sendNoFunds:
			why := fmt.Sprintf("not enough balance for a replacement (%s); waiting for inclusion of %s",
				t.Attempts[len(t.Attempts)-1].Rejected, last.Hash.Hex())
			m.warnWaitingForFunds(t, why)
			t.Class, t.LastError = OutOfBudget, why
		case sendInvalid, sendRefused:
			t.LastError = fmt.Sprintf("the node refused a replacement (%s); waiting for inclusion of %s",
				t.Attempts[len(t.Attempts)-1].Rejected, last.Hash.Hex())
		}
		waitOn(t, last.Hash, head)
		return m.save(t)
	}
	return nil
}

// waitOn restarts the bump interval of the attempt hash at head.
func waitOn(t *Tx, hash common.Hash, head uint64) {
	for i := range t.Attempts {
		if t.Attempts[i].Hash == hash {
			t.Attempts[i].Head = head
		}
	}
}

// outOfGas reports whether the mined attempt of receipt r ran out of gas: it used all its gas
// limit, or all but what a call leaves its caller (1/64: an inner call that ran out made the
// outer one revert). An attempt whose limit is unknown counts as out of gas (sent again, as
// before).
func (m *Manager) outOfGas(t *Tx, r *types.Receipt) bool {
	limit := gasLimitOf(t, r.TxHash)
	return limit == 0 || r.GasUsed*64 >= limit*63
}

// gasLimitOf is the gas limit of t's attempt of hash h (0: not found).
func gasLimitOf(t *Tx, h common.Hash) uint64 {
	for _, a := range t.Attempts {
		if a.Hash != h {
			continue
		}
		var tx types.Transaction
		if err := tx.UnmarshalBinary(a.Raw); err == nil {
			return tx.Gas()
		}
	}
	return 0
}

// included handles a receipt of one of t's attempts.
func (m *Manager) included(ctx context.Context, t *Tx, r *types.Receipt, head uint64) error {
	changed := t.BlockHash != r.BlockHash || t.Hash != r.TxHash
	t.Hash, t.Block, t.BlockHash, t.GasUsed = r.TxHash, r.BlockNumber.Uint64(), r.BlockHash, r.GasUsed
	if head+1 < t.Block+m.opts.Confirmations {
		if !changed {
			return nil
		}
		return m.save(t)
	}
	if r.Status == types.ReceiptStatusSuccessful {
		t.State = Confirmed
		t.LastError, t.Class = "", ""
		m.log.Info().Str("tx", t.ID).Str("hash", t.Hash.Hex()).Uint64("block", t.Block).Uint64("gas", t.GasUsed).
			Msg("confirmed")
		return m.save(t)
	}
	// Reverted on chain: ask the chain why, at the latest state.
	reverted, v, err := m.simulate(ctx, t)
	if err != nil {
		return m.retryable(t, "simulating a reverted transaction", err)
	}
	t.Reverts++
	switch {
	case reverted && v.Already:
		t.State, t.Reason = AlreadyDone, v.Reason
		return m.save(t)
	case reverted:
		return m.fail(t, Reverted, fmt.Sprintf("reverted on chain in %s (block %d): %s", t.Hash.Hex(), t.Block, v.Reason))
	case t.Reverts >= m.opts.MaxReverts:
		return m.fail(t, Reverted, fmt.Sprintf("reverted on chain in %s (block %d, gas %d), %d times", t.Hash.Hex(), t.Block, t.GasUsed, t.Reverts))
	case !m.outOfGas(t, r):
		// Not out of gas, yet the call passes now: what the chain ran is not what a simulation
		// runs (a callee that reads the gas price, the block, the coinbase or the gas left, as a
		// consumer's callback may, to make the relayer pay for reverts). Sent again, it would
		// revert again at the relayer's cost: it fails, for the operator to look at (Retry).
		return m.fail(t, Reverted, fmt.Sprintf("reverted on chain in %s (block %d, gas %d of %d) though a simulation passes: the call depends on the transaction's environment (gas price, block, gas left); not sent again",
			t.Hash.Hex(), t.Block, t.GasUsed, gasLimitOf(t, r.TxHash)))
	default:
		// The call passes now (out of gas, or state changed): send again.
		for i := range t.Attempts {
			t.Attempts[i].Abandoned = true
		}
		t.LastError = fmt.Sprintf("reverted on chain in %s (block %d); the call passes now: resending", t.Hash.Hex(), t.Block)
		t.State = Pending
		t.Hash, t.Block, t.BlockHash, t.GasUsed = common.Hash{}, 0, common.Hash{}, 0
		return m.save(t)
	}
}
