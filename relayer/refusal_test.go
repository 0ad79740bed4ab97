package relayer_test

import (
	"context"
	"math/big"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/txpool"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/contracts/bindings"
	"github.com/zkprover/zkprover/internal/testlog"
	"github.com/zkprover/zkprover/relayer"
)

// sendClient counts the transactions sent through it; while refuse > 0, it refuses (as the
// node's pool does, without forwarding) each replacement of a nonce already seen as
// underpriced, and counts down.
type sendClient struct {
	relayer.Client
	sends  atomic.Int32
	refuse atomic.Int32
	mu     sync.Mutex
	seen   map[uint64]bool
}

func (s *sendClient) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	s.sends.Add(1)
	s.mu.Lock()
	replacement := s.seen[tx.Nonce()]
	if s.seen == nil {
		s.seen = map[uint64]bool{}
	}
	s.seen[tx.Nonce()] = true
	s.mu.Unlock()
	if replacement && s.refuse.Load() > 0 {
		s.refuse.Add(-1)
		return txpool.ErrReplaceUnderpriced
	}
	return s.Client.SendTransaction(ctx, tx)
}

// fund sends value wei from the chain's user account to to, and mines it.
func (c *chain) fund(to common.Address, value *big.Int) {
	c.t.Helper()
	nonce, err := c.client.PendingNonceAt(c.ctx, c.userAddr)
	if err != nil {
		c.t.Fatal(err)
	}
	h, err := c.client.HeaderByNumber(c.ctx, nil)
	if err != nil {
		c.t.Fatal(err)
	}
	tip := big.NewInt(1e9)
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: c.chainID, Nonce: nonce, GasTipCap: tip,
		GasFeeCap: new(big.Int).Add(new(big.Int).Mul(h.BaseFee, big.NewInt(2)), tip), Gas: 21000, To: &to, Value: value})
	if tx, err = c.user.Signer(c.userAddr, tx); err != nil {
		c.t.Fatal(err)
	}
	if err := c.client.SendTransaction(c.ctx, tx); err != nil {
		c.t.Fatal(err)
	}
	c.mine(tx)
}

// TestBumpRefusedForFundsWaitsOnTheSentAttempt: a stuck first attempt whose replacement the
// node refuses for want of balance (another process with the same key queued a transfer behind
// it). The record keeps following the attempt it sent (it may still be mined, so it is neither
// failed nor sent again at another nonce), holds the refused one once (not one more at every
// step), tries again only after BumpAfterBlocks, and once the account is topped up the
// replacement goes out and is delivered, exactly once.
func TestBumpRefusedForFundsWaitsOnTheSentAttempt(t *testing.T) {
	c := newChain(t)
	key, _ := crypto.GenerateKey()
	from, sign := relayer.KeySigner(key, c.chainID)
	funded := big.NewInt(1e18)
	c.fund(from, funded)
	sc := &sendClient{Client: c.client}
	const after = 3
	// First attempts priced at 1 % of the base fee: never mined as they are.
	m, err := relayer.Open(c.ctx, sc, from, sign, t.TempDir(), relayer.Options{TipCap: big.NewInt(1e6), FeeCapPercent: 1,
		BumpPercent: 100, BumpAfterBlocks: after, Logger: zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.InfoLevel)})
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	if _, err := m.Submit(relayer.Request{ID: "poor", To: c.userAddr, Data: []byte{1, 2, 3}}); err != nil {
		t.Fatal(err)
	}
	if err := m.Step(c.ctx); err != nil {
		t.Fatal(err)
	}
	first, _ := m.Get("poor")
	if first.State != relayer.Sent || len(first.Attempts) != 1 {
		t.Fatalf("first attempt: %s", first.Status())
	}
	// The same key, elsewhere, queues a transfer at the next nonce that leaves a twentieth of
	// the first attempt's cost: a replacement (twice the fees) is more than the balance.
	a0 := first.Attempts[0]
	cost := new(big.Int).Mul(new(big.Int).SetUint64(a0.GasLimit), a0.FeeCap)
	h, err := c.client.HeaderByNumber(c.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	fc := new(big.Int).Add(new(big.Int).Mul(h.BaseFee, big.NewInt(2)), big.NewInt(1e9))
	value := new(big.Int).Sub(funded, cost)
	value.Sub(value, new(big.Int).Mul(big.NewInt(21000), fc))
	value.Sub(value, new(big.Int).Div(cost, big.NewInt(20)))
	drain, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: c.chainID, Nonce: a0.Nonce + 1, GasTipCap: big.NewInt(1e9),
		GasFeeCap: fc, Gas: 21000, To: &c.userAddr, Value: value}), types.LatestSignerForChainID(c.chainID), key)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.client.SendTransaction(c.ctx, drain); err != nil {
		t.Fatal(err)
	}
	c.waitPending(from, a0.Nonce+2) // the attempt and the transfer both pending
	for i := 0; i < after; i++ {
		c.sim.Commit()
	}
	for i := 0; i < 5; i++ { // no new block: one bump, refused, then waiting
		_ = m.Step(c.ctx)
	}
	tx, _ := m.Get("poor")
	if tx.State != relayer.Sent || tx.Class != relayer.OutOfBudget || !strings.Contains(tx.LastError, "not enough balance") {
		t.Fatalf("after a refused bump: %s (class %s, last error %q)", tx.Status(), tx.Class, tx.LastError)
	}
	if len(tx.Attempts) != 2 || !strings.Contains(tx.Attempts[1].Rejected, "insufficient funds") || sc.sends.Load() != 2 {
		t.Fatalf("%d attempts, %d sends after one refused bump and four idle steps", len(tx.Attempts), sc.sends.Load())
	}
	if a, _ := tx.LastAttempt(); a.Hash != a0.Hash || a.Head != a0.Head+after {
		t.Fatalf("the live attempt %s waits from block %d", a.Hash, a.Head)
	}
	// Topped up: the next bump, BumpAfterBlocks after the refused one, goes out.
	c.fund(from, funded)
	_ = m.Step(c.ctx)
	if tx, _ = m.Get("poor"); len(tx.Attempts) != 2 || tx.Attempts[1].Rejected == "" || sc.sends.Load() != 2 {
		t.Fatalf("bumped again before BumpAfterBlocks: %d attempts, %d sends", len(tx.Attempts), sc.sends.Load())
	}
	tx = c.steps(m, "poor", 40)
	if tx.State != relayer.Confirmed || tx.Hash != tx.Attempts[len(tx.Attempts)-1].Hash || tx.Attempts[1].Rejected != "" {
		t.Fatalf("after the top-up: %s, %d attempts", tx.Status(), len(tx.Attempts))
	}
	for _, a := range tx.Attempts {
		if a.Nonce != a0.Nonce || a.Rejected != "" {
			t.Fatalf("attempt %s at nonce %d (refused: %q)", a.Hash, a.Nonce, a.Rejected)
		}
	}
	if n, err := c.client.NonceAt(c.ctx, from, nil); err != nil || n != 2 { // the delivery and the transfer
		t.Fatalf("the sender has %d transactions on chain (%v), want 2", n, err)
	}
}

// TestBumpRefusedAsUnderpricedIsNotRecordedEachStep: a node that refuses replacements as
// underpriced. The record holds the latest refused replacement only, tries again after
// BumpAfterBlocks from the refused fees, and delivers exactly once when one is accepted.
func TestBumpRefusedAsUnderpricedIsNotRecordedEachStep(t *testing.T) {
	c := newChain(t)
	sc := &sendClient{Client: c.client}
	const after = 2
	m := c.open(sc, t.TempDir(), relayer.Options{TipCap: big.NewInt(1e6), FeeCapPercent: 1, BumpPercent: 100, BumpAfterBlocks: after})
	defer m.Close()
	if _, err := m.Submit(relayer.Request{ID: "u", To: c.jmAddr, Data: c.setOperatorCall(addr(6))}); err != nil {
		t.Fatal(err)
	}
	sc.refuse.Store(2)
	_ = m.Step(c.ctx)
	var refused []*big.Int
	for round := 0; round < 2; round++ {
		for i := 0; i < after; i++ {
			c.sim.Commit()
		}
		for i := 0; i < 4; i++ {
			_ = m.Step(c.ctx)
		}
		tx, _ := m.Get("u")
		if tx.State != relayer.Sent || len(tx.Attempts) != 2 || !strings.Contains(tx.Attempts[1].Rejected, "underpriced") {
			t.Fatalf("round %d: %s, %d attempts", round, tx.Status(), len(tx.Attempts))
		}
		refused = append(refused, tx.Attempts[1].FeeCap)
	}
	if sc.sends.Load() != 3 {
		t.Fatalf("%d sends, want the first attempt and one refused replacement per interval", sc.sends.Load())
	}
	if refused[1].Cmp(refused[0]) <= 0 {
		t.Fatalf("the second replacement (fee cap %s) does not raise the refused one (%s)", refused[1], refused[0])
	}
	tx := c.steps(m, "u", 40)
	if tx.State != relayer.Confirmed || tx.Hash != tx.Attempts[len(tx.Attempts)-1].Hash {
		t.Fatalf("%s, %d attempts", tx.Status(), len(tx.Attempts))
	}
	for _, a := range tx.Attempts {
		if a.Rejected != "" {
			t.Fatalf("a refused attempt %s stays in the delivered record", a.Hash)
		}
	}
	if c.operatorEvents(addr(6)) != 1 {
		t.Fatal("not delivered exactly once")
	}
}

func (c *chain) jmCall(method string, args ...any) []byte {
	c.t.Helper()
	a, err := bindings.JobManagerMetaData.GetAbi()
	if err != nil {
		c.t.Fatal(err)
	}
	data, err := a.Pack(method, args...)
	if err != nil {
		c.t.Fatal(err)
	}
	return data
}

// TestRetryAfterRevertOnChain: a delivery simulated with success is mined and reverts (an
// earlier transaction of the sender took the JobManager's ownership away in the same block):
// failed. The owner hands it back and the operator retries: only the new attempt counts, so the
// old reverted receipt is not read again while the new attempt is in the pool, and the delivery
// lands exactly once.
func TestRetryAfterRevertOnChain(t *testing.T) {
	c := newChain(t)
	m := c.open(c.client, t.TempDir(), relayer.Options{})
	defer m.Close()
	for _, r := range []relayer.Request{
		{ID: "give", To: c.jmAddr, Data: c.jmCall("transferOwnership", c.userAddr)},
		{ID: "op", To: c.jmAddr, Data: c.setOperatorCall(addr(7))},
	} {
		if _, err := m.Submit(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := m.Step(c.ctx); err != nil { // both simulated at the same state, sent in order
		t.Fatal(err)
	}
	failed := c.steps(m, "op", 5)
	if failed.State != relayer.Failed || failed.Class != relayer.Reverted || failed.Reverts != 1 || failed.Block == 0 {
		t.Fatalf("mined after losing ownership: %s (reverts %d)", failed.Status(), failed.Reverts)
	}
	if g, _ := m.Get("give"); g.State != relayer.Confirmed {
		t.Fatalf("give: %s", g.Status())
	}
	back, err := c.jm.TransferOwnership(c.user, c.relay)
	if err != nil {
		t.Fatal(err)
	}
	c.mine(back)

	if err := m.Retry("op"); err != nil {
		t.Fatal(err)
	}
	tx, _ := m.Get("op")
	if tx.State != relayer.Pending || tx.Reverts != 0 || tx.Block != 0 || tx.Hash != (common.Hash{}) {
		t.Fatalf("after Retry: %s (reverts %d)", tx.Status(), tx.Reverts)
	}
	if a, ok := tx.LastAttempt(); ok {
		t.Fatalf("attempt %s still followed after Retry", a.Hash)
	}
	for i := 0; i < 3; i++ { // sent; steps while it waits in the pool
		_ = m.Step(c.ctx)
	}
	tx = c.steps(m, "op", 5)
	if tx.State != relayer.Confirmed || tx.Reverts != 0 || tx.Hash != tx.Attempts[len(tx.Attempts)-1].Hash {
		t.Fatalf("after Retry: %s (reverts %d)", tx.Status(), tx.Reverts)
	}
	if n := c.operatorEvents(addr(7)); n != 1 {
		t.Fatalf("delivered %d times after Retry", n)
	}
}

// raceClient runs hook once, after the first eth_call that passes: the chain changes between
// the simulation and the gas estimate.
type raceClient struct {
	relayer.Client
	hook func()
	once sync.Once
}

func (r *raceClient) CallContract(ctx context.Context, call ethereum.CallMsg, n *big.Int) ([]byte, error) {
	out, err := r.Client.CallContract(ctx, call, n)
	if err == nil && r.hook != nil {
		r.once.Do(r.hook)
	}
	return out, err
}

// TestEstimateRevertAlreadyOnChain: the call passes in simulation, then another delivery lands
// before eth_estimateGas, which reverts: the caller's classifier reads it as already done, and
// the record ends already_on_chain, as after a simulation's revert, with nothing sent.
func TestEstimateRevertAlreadyOnChain(t *testing.T) {
	c := newChain(t)
	rc := c.ownershipRace(t)
	classify := func(kind string, data []byte) relayer.Verdict {
		if kind == "done" && len(data) >= 4 {
			return relayer.Verdict{Already: true, Reason: "the caller says it is done"}
		}
		return relayer.Verdict{Reason: "not done"}
	}
	m := c.open(rc, t.TempDir(), relayer.Options{Classify: classify})
	defer m.Close()
	if _, err := m.Submit(relayer.Request{ID: "race", Kind: "done", To: c.jmAddr, Data: c.setOperatorCall(addr(8))}); err != nil {
		t.Fatal(err)
	}
	before := c.senderNonce()
	_ = m.Step(c.ctx)
	tx, _ := m.Get("race")
	if tx.State != relayer.AlreadyDone || tx.Reason != "the caller says it is done" || len(tx.Attempts) != 0 {
		t.Fatalf("estimate reverted as already done: %s", tx.Status())
	}
	if n := c.senderNonce() - before; n != 1 { // the racing transaction only
		t.Fatalf("%d transactions sent", n)
	}
}

// ownershipRace is a client whose hook, run between eth_call and
// eth_estimateGas, mines a transfer of the JobManager's ownership away from
// the relayer's account: a call of an owner-only method passes eth_call and
// then reverts.
func (c *chain) ownershipRace(t *testing.T) *raceClient {
	t.Helper()
	owner, err := bind.NewKeyedTransactorWithChainID(c.relayKey, c.chainID)
	if err != nil {
		t.Fatal(err)
	}
	rc := &raceClient{Client: c.client}
	rc.hook = func() {
		tx, err := c.jm.TransferOwnership(owner, c.userAddr) // lands first: the call reverts now
		if err != nil {
			t.Error(err)
			return
		}
		c.sim.Commit()
		if r, err := c.client.TransactionReceipt(c.ctx, tx.Hash()); err != nil || r.Status != types.ReceiptStatusSuccessful {
			t.Errorf("the racing transaction: %v", err)
		}
	}
	return rc
}

// TestBumpNotSentBeyondTheBalance: a stuck attempt whose replacement the sender's balance does
// not cover is not replaced (nothing is sent for the pool to refuse, and nothing logged at each
// bump interval): the record waits on its attempt as out_of_budget, says so once, is counted in
// zkprover_relay_waiting_for_funds, and is replaced and delivered once the account is topped up.
func TestBumpNotSentBeyondTheBalance(t *testing.T) {
	c := newChain(t)
	const after = 2
	opts := relayer.Options{TipCap: big.NewInt(1e6), FeeCapPercent: 1, BumpPercent: 100, BumpAfterBlocks: after}
	// What the first attempt costs at worst (gas limit × fee cap), from another account's
	// first attempt of the same call (never mined: priced at 1 % of the base fee).
	probeKey, _ := crypto.GenerateKey()
	probeFrom, probeSign := relayer.KeySigner(probeKey, c.chainID)
	c.fund(probeFrom, big.NewInt(1e18))
	probe, err := relayer.Open(c.ctx, c.client, probeFrom, probeSign, t.TempDir(), opts)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := probe.Submit(relayer.Request{ID: "probe", To: c.userAddr, Data: []byte{1, 2, 3}}); err != nil {
		t.Fatal(err)
	}
	_ = probe.Step(c.ctx)
	pt, _ := probe.Get("probe")
	_ = probe.Close()
	if len(pt.Attempts) != 1 {
		t.Fatalf("probe: %s", pt.Status())
	}
	worst := new(big.Int).Mul(new(big.Int).SetUint64(pt.Attempts[0].GasLimit), pt.Attempts[0].FeeCap)

	key, _ := crypto.GenerateKey()
	from, sign := relayer.KeySigner(key, c.chainID)
	var logs testlog.Buffer
	opts.Logger = zerolog.New(&logs).Level(zerolog.InfoLevel)
	m, err := relayer.Open(c.ctx, c.client, from, sign, t.TempDir(), opts) // reads the balance
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	// One and a half times the first attempt's worst cost: the attempt, not a replacement at
	// twice its fees (the base fee only fell since the probe: fewer blocks full).
	c.fund(from, new(big.Int).Div(new(big.Int).Mul(worst, big.NewInt(3)), big.NewInt(2)))
	if _, err := m.Submit(relayer.Request{ID: "poor", To: c.userAddr, Data: []byte{1, 2, 3}}); err != nil {
		t.Fatal(err)
	}
	_ = m.Step(c.ctx)
	if tx, _ := m.Get("poor"); tx.State != relayer.Sent || len(tx.Attempts) != 1 {
		t.Fatalf("first attempt: %s", tx.Status())
	}
	for round := 0; round < 3; round++ { // three bump intervals
		for i := 0; i < after; i++ {
			c.sim.Commit()
		}
		for i := 0; i < 3; i++ {
			_ = m.Step(c.ctx)
		}
	}
	tx, _ := m.Get("poor")
	if tx.State != relayer.Sent || tx.Class != relayer.OutOfBudget || !strings.Contains(tx.LastError, "not enough balance for a replacement") || len(tx.Attempts) != 1 {
		t.Fatalf("after three bump intervals without funds: %s (class %s, %q, %d attempts)", tx.Status(), tx.Class, tx.LastError, len(tx.Attempts))
	}
	if n := logs.Count("a delivery waits for the relayer account's balance"); n != 1 {
		t.Fatalf("%d warnings of the wait, want 1:\n%s", n, logs.String())
	}
	if n := logs.Count("send failed") + logs.Count("replacing with bumped fees"); n != 0 {
		t.Fatalf("%d lines of refused or attempted replacements:\n%s", n, logs.String())
	}
	waiting, ok := gatherMetrics(t, m)["zkprover_relay_waiting_for_funds"]
	if !ok {
		waiting = -1
	}
	if waiting != 1 {
		t.Fatalf("zkprover_relay_waiting_for_funds %v, want 1", waiting)
	}
	c.fund(from, big.NewInt(1e18))
	tx = c.steps(m, "poor", 40)
	if tx.State != relayer.Confirmed || len(tx.Attempts) < 2 {
		t.Fatalf("after the top-up: %s, %d attempts", tx.Status(), len(tx.Attempts))
	}
}
