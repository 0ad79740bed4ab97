package relayer_test

import (
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/zkprover/zkprover/relayer"
)

func addr(b byte) common.Address { return common.Address{19: b} }

func TestConfirmationDepthAndIdempotentSubmit(t *testing.T) {
	c := newChain(t)
	m := c.open(c.client, t.TempDir(), relayer.Options{Confirmations: 3})
	defer m.Close()
	req := relayer.Request{ID: "op-1", To: c.jmAddr, Data: c.setOperatorCall(addr(1))}
	if _, err := m.Submit(req); err != nil {
		t.Fatal(err)
	}
	if err := m.Step(c.ctx); err != nil {
		t.Fatal(err)
	}
	tx, _ := m.Get("op-1")
	if tx.State != relayer.Sent || len(tx.Attempts) != 1 {
		t.Fatalf("after one step: %s", tx.Status())
	}
	c.sim.Commit() // included: depth 1
	_ = m.Step(c.ctx)
	tx, _ = m.Get("op-1")
	if tx.State != relayer.Sent || tx.Block == 0 {
		t.Fatalf("included at depth 1 must stay sent with its block: %s", tx.Status())
	}
	c.sim.Commit() // depth 2
	_ = m.Step(c.ctx)
	if tx, _ = m.Get("op-1"); tx.State != relayer.Sent {
		t.Fatalf("depth 2 of 3: %s", tx.Status())
	}
	c.sim.Commit() // depth 3
	_ = m.Step(c.ctx)
	tx, _ = m.Get("op-1")
	if tx.State != relayer.Confirmed || tx.Hash != tx.Attempts[0].Hash {
		t.Fatalf("depth 3: %s", tx.Status())
	}
	again, err := m.Submit(relayer.Request{ID: "op-1", To: c.jmAddr, Data: c.setOperatorCall(addr(9))})
	if err != nil || again.State != relayer.Confirmed || again.Seq != tx.Seq {
		t.Fatalf("resubmitting a known id: %v %s", err, again.Status())
	}
	for i := 0; i < 3; i++ {
		_ = m.Step(c.ctx)
		c.sim.Commit()
	}
	if n := c.operatorEvents(addr(1)); n != 1 {
		t.Fatalf("delivered %d times", n)
	}
	if n := c.operatorEvents(addr(9)); n != 0 {
		t.Fatalf("a resubmitted id was sent")
	}
}

func TestRPCGoesAwayMidRelay(t *testing.T) {
	c := newChain(t)
	p := newProxy(t, c.url)
	m := c.open(dial(t, p.url), t.TempDir(), relayer.Options{})
	defer m.Close()
	base := c.senderNonce()

	// Down before the first send: nothing happens, the step reports the outage.
	if _, err := m.Submit(relayer.Request{ID: "a", To: c.jmAddr, Data: c.setOperatorCall(addr(1))}); err != nil {
		t.Fatal(err)
	}
	p.down.Store(true)
	if err := m.Step(c.ctx); err == nil {
		t.Fatal("a step with the node unreachable reported no error")
	}
	if tx, _ := m.Get("a"); tx.State != relayer.Pending {
		t.Fatalf("while down: %s", tx.Status())
	}
	// Back: sent; down again while it is mined and confirmed; back: confirmed.
	p.down.Store(false)
	if err := m.Step(c.ctx); err != nil {
		t.Fatal(err)
	}
	p.down.Store(true)
	for i := 0; i < 3; i++ {
		c.sim.Commit()
		_ = m.Step(c.ctx)
	}
	if tx, _ := m.Get("a"); tx.State != relayer.Sent {
		t.Fatalf("while down after sending: %s", tx.Status())
	}
	p.down.Store(false)
	if tx := c.steps(m, "a", 3); tx.State != relayer.Confirmed || len(tx.Attempts) != 1 {
		t.Fatalf("after the outage: %s, %d attempts", tx.Status(), len(tx.Attempts))
	}

	// The node receives the transaction but the answer is lost: it must not be sent twice.
	p.dropSend.Store(1)
	if _, err := m.Submit(relayer.Request{ID: "b", To: c.jmAddr, Data: c.setOperatorCall(addr(2))}); err != nil {
		t.Fatal(err)
	}
	tx := c.steps(m, "b", 8)
	if tx.State != relayer.Confirmed || tx.Errors == 0 {
		t.Fatalf("lost answer: %s (errors %d)", tx.Status(), tx.Errors)
	}
	if n := c.operatorEvents(addr(2)); n != 1 {
		t.Fatalf("delivered %d times", n)
	}
	if got := c.senderNonce() - base; got != 2 {
		t.Fatalf("%d transactions for two deliveries", got)
	}
}

func TestKilledBetweenSendAndConfirmation(t *testing.T) {
	c := newChain(t)
	dir := t.TempDir()
	base := c.senderNonce()
	a := c.open(c.client, dir, relayer.Options{})
	if _, err := a.Submit(relayer.Request{ID: "x", To: c.jmAddr, Data: c.setOperatorCall(addr(3))}); err != nil {
		t.Fatal(err)
	}
	if err := a.Step(c.ctx); err != nil {
		t.Fatal(err)
	}
	sent, _ := a.Get("x")
	if sent.State != relayer.Sent {
		t.Fatalf("%s", sent.Status())
	}
	if err := a.Close(); err != nil { // killed: nothing after the send ran
		t.Fatal(err)
	}
	c.sim.Commit()
	b := c.open(c.client, dir, relayer.Options{})
	defer b.Close()
	tx := c.steps(b, "x", 5)
	if tx.State != relayer.Confirmed || tx.Hash != sent.Attempts[0].Hash || len(tx.Attempts) != 1 {
		t.Fatalf("after restart: %s, %d attempts", tx.Status(), len(tx.Attempts))
	}

	// Killed after the attempt was recorded but before the node got it (the connection died):
	// the restart rebroadcasts the recorded transaction, at the same nonce.
	p := newProxy(t, c.url)
	d2 := t.TempDir()
	a2 := c.open(dial(t, p.url), d2, relayer.Options{})
	if _, err := a2.Submit(relayer.Request{ID: "y", To: c.jmAddr, Data: c.setOperatorCall(addr(4))}); err != nil {
		t.Fatal(err)
	}
	p.lostSend.Store(1)
	_ = a2.Step(c.ctx)
	lost, _ := a2.Get("y")
	if lost.State != relayer.Sent || len(lost.Attempts) != 1 {
		t.Fatalf("%s", lost.Status())
	}
	_ = a2.Close()
	c.sim.Commit()
	b2 := c.open(c.client, d2, relayer.Options{})
	defer b2.Close()
	tx = c.steps(b2, "y", 5)
	if tx.State != relayer.Confirmed || tx.Hash != lost.Attempts[0].Hash {
		t.Fatalf("after restart: %s", tx.Status())
	}
	if c.operatorEvents(addr(3)) != 1 || c.operatorEvents(addr(4)) != 1 || c.senderNonce()-base != 2 {
		t.Fatalf("not exactly once: %d, %d, %d transactions", c.operatorEvents(addr(3)), c.operatorEvents(addr(4)), c.senderNonce()-base)
	}
}

func TestStuckTransactionReplacedWithBump(t *testing.T) {
	c := newChain(t)
	// First attempts priced at 1% of the base fee: never minable as they are.
	m := c.open(c.client, t.TempDir(), relayer.Options{TipCap: big.NewInt(1e6), FeeCapPercent: 1, BumpPercent: 60, BumpAfterBlocks: 1})
	defer m.Close()
	if _, err := m.Submit(relayer.Request{ID: "s", To: c.jmAddr, Data: c.setOperatorCall(addr(5))}); err != nil {
		t.Fatal(err)
	}
	tx := c.steps(m, "s", 40)
	if tx.State != relayer.Confirmed {
		t.Fatalf("%s", tx.Status())
	}
	if len(tx.Attempts) < 2 || tx.Hash == tx.Attempts[0].Hash {
		t.Fatalf("the stuck transaction was not replaced: %d attempts", len(tx.Attempts))
	}
	for i := 1; i < len(tx.Attempts); i++ {
		prev, cur := tx.Attempts[i-1], tx.Attempts[i]
		if cur.Nonce != prev.Nonce {
			t.Fatalf("a replacement changed the nonce")
		}
		minCap := new(big.Int).Div(new(big.Int).Mul(prev.FeeCap, big.NewInt(110)), big.NewInt(100))
		minTip := new(big.Int).Div(new(big.Int).Mul(prev.TipCap, big.NewInt(110)), big.NewInt(100))
		if cur.FeeCap.Cmp(minCap) < 0 || cur.TipCap.Cmp(minTip) < 0 {
			t.Fatalf("attempt %d bumped by less than 10%%: %s -> %s", i, prev.FeeCap, cur.FeeCap)
		}
	}
	if c.operatorEvents(addr(5)) != 1 {
		t.Fatal("not delivered exactly once")
	}
	t.Logf("confirmed after %d attempts; fee caps %s .. %s", len(tx.Attempts), tx.Attempts[0].FeeCap, tx.Attempts[len(tx.Attempts)-1].FeeCap)
}

func TestNonceTakenByAnotherSender(t *testing.T) {
	c := newChain(t)
	m := c.open(c.client, t.TempDir(), relayer.Options{})
	defer m.Close()
	if _, err := m.Submit(relayer.Request{ID: "1", To: c.jmAddr, Data: c.setOperatorCall(addr(1))}); err != nil {
		t.Fatal(err)
	}
	c.steps(m, "1", 4)
	other, err := bind.NewKeyedTransactorWithChainID(c.relayKey, c.chainID)
	if err != nil {
		t.Fatal(err)
	}
	// Another process with the same key uses the next nonce: the local counter is stale.
	tx, err := c.jm.SetOperator(other, addr(100), false)
	if err != nil {
		t.Fatal(err)
	}
	c.mine(tx)
	if _, err := m.Submit(relayer.Request{ID: "2", To: c.jmAddr, Data: c.setOperatorCall(addr(2))}); err != nil {
		t.Fatal(err)
	}
	r := c.steps(m, "2", 5)
	if r.State != relayer.Confirmed || r.Attempts[len(r.Attempts)-1].Nonce != tx.Nonce()+1 {
		t.Fatalf("stale nonce: %s", r.Status())
	}

	// Our transaction is in the pool and another one replaces it at its nonce.
	if _, err := m.Submit(relayer.Request{ID: "3", To: c.jmAddr, Data: c.setOperatorCall(addr(3))}); err != nil {
		t.Fatal(err)
	}
	_ = m.Step(c.ctx)
	ours, _ := m.Get("3")
	a := ours.Attempts[0]
	o := *other
	o.Nonce = new(big.Int).SetUint64(a.Nonce)
	o.GasTipCap = new(big.Int).Mul(a.TipCap, big.NewInt(3))
	o.GasFeeCap = new(big.Int).Mul(a.FeeCap, big.NewInt(3))
	rep, err := c.jm.SetOperator(&o, addr(101), false)
	if err != nil {
		t.Fatal(err)
	}
	c.mine(rep)
	r = c.steps(m, "3", 8)
	if r.State != relayer.Confirmed || r.NonceLost != 1 || r.Attempts[len(r.Attempts)-1].Nonce == a.Nonce {
		t.Fatalf("nonce taken in the pool: %s (lost %d)", r.Status(), r.NonceLost)
	}
	if c.operatorEvents(addr(3)) != 1 || c.operatorEvents(addr(101)) != 1 {
		t.Fatal("not exactly once")
	}
}

func TestOrderedGroup(t *testing.T) {
	c := newChain(t)
	m := c.open(c.client, t.TempDir(), relayer.Options{})
	defer m.Close()
	for i, id := range []string{"g1", "g2"} {
		if _, err := m.Submit(relayer.Request{ID: id, To: c.jmAddr, Data: c.setOperatorCall(addr(byte(10 + i))), Group: "consumer/x"}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := m.Submit(relayer.Request{ID: "free", To: c.jmAddr, Data: c.setOperatorCall(addr(20))}); err != nil {
		t.Fatal(err)
	}
	_ = m.Step(c.ctx)
	g2, _ := m.Get("g2")
	free, _ := m.Get("free")
	if g2.State != relayer.Pending || free.State != relayer.Sent {
		t.Fatalf("g2 %s, free %s", g2.Status(), free.Status())
	}
	g1 := c.steps(m, "g1", 4)
	g2 = c.steps(m, "g2", 4)
	if g1.State != relayer.Confirmed || g2.State != relayer.Confirmed || g2.Block <= g1.Block {
		t.Fatalf("order: g1 in %d, g2 in %d", g1.Block, g2.Block)
	}
	_ = types.ReceiptStatusSuccessful
}

func TestPerRequestFeeCap(t *testing.T) {
	c := newChain(t)
	m := c.open(c.client, t.TempDir(), relayer.Options{})
	defer m.Close()
	h, err := c.client.HeaderByNumber(c.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	// Under the base fee: nothing is sent, the record says why and waits.
	low := new(big.Int).Div(h.BaseFee, big.NewInt(2))
	if _, err := m.Submit(relayer.Request{ID: "low", To: c.jmAddr, Data: c.setOperatorCall(addr(1)), MaxFeeCap: low}); err != nil {
		t.Fatal(err)
	}
	_ = m.Step(c.ctx)
	tx, _ := m.Get("low")
	if tx.State != relayer.Pending || len(tx.Attempts) != 0 || tx.Class != relayer.OutOfBudget || !strings.Contains(tx.LastError, "fee cap") {
		t.Fatalf("under the base fee: %s (%s)", tx.Status(), tx.Class)
	}
	// A cap just above the base fee: not sent while the next block's base fee (up to 12.5%
	// more) could pass it (the transaction would be stuck at its nonce, every later delivery
	// behind it); sent once the base fee has come down (empty blocks), every attempt under the
	// cap.
	capped := new(big.Int).Add(h.BaseFee, big.NewInt(1000))
	if _, err := m.Submit(relayer.Request{ID: "capped", To: c.jmAddr, Data: c.setOperatorCall(addr(2)), MaxFeeCap: capped}); err != nil {
		t.Fatal(err)
	}
	if now, err := c.client.HeaderByNumber(c.ctx, nil); err != nil || now.BaseFee.Cmp(h.BaseFee) != 0 {
		t.Fatalf("the base fee moved: %v", err)
	}
	_ = m.Step(c.ctx)
	if tx, _ = m.Get("capped"); tx.State != relayer.Pending || len(tx.Attempts) != 0 || !strings.Contains(tx.LastError, "next block's base fee") {
		t.Fatalf("a cap with no room for the next base fee: %s (%s)", tx.Status(), tx.LastError)
	}
	tx = c.steps(m, "capped", 10)
	if tx.State != relayer.Confirmed {
		t.Fatalf("%s", tx.Status())
	}
	for _, a := range tx.Attempts {
		if a.FeeCap.Cmp(capped) > 0 {
			t.Fatalf("attempt fee cap %s above the request's cap %s", a.FeeCap, capped)
		}
	}
}

func TestCollector(t *testing.T) {
	c := newChain(t)
	m := c.open(c.client, t.TempDir(), relayer.Options{})
	defer m.Close()
	if _, err := m.Submit(relayer.Request{ID: "m", To: c.jmAddr, Data: c.setOperatorCall(addr(1))}); err != nil {
		t.Fatal(err)
	}
	c.steps(m, "m", 4)
	got := gatherMetrics(t, m)
	if got["zkprover_relay_transactions/confirmed"] != 1 || got["zkprover_relay_transactions/pending"] != 0 ||
		got["zkprover_relay_attempts"] != 1 || got["zkprover_relay_failed/reverted"] != 0 {
		t.Fatalf("metrics %v", got)
	}
	// the sender's balance, as the chain had it at some block when a step read it
	head, err := c.client.BlockNumber(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var seen []float64
	for b := int64(0); b <= int64(head); b++ {
		bal, err := c.client.BalanceAt(context.Background(), m.From(), big.NewInt(b))
		if err != nil {
			t.Fatal(err)
		}
		f, _ := new(big.Float).SetInt(bal).Float64()
		if f == got["zkprover_relay_sender_balance_wei"] {
			return
		}
		seen = append(seen, f)
	}
	t.Fatalf("zkprover_relay_sender_balance_wei %v, want one of the sender's balances %v", got["zkprover_relay_sender_balance_wei"], seen)
}

// gatherMetrics reads m's metrics: name (and "/"-joined label values) to value.
func gatherMetrics(t *testing.T, m *relayer.Manager) map[string]float64 {
	t.Helper()
	reg := prometheus.NewRegistry()
	if err := reg.Register(m.Collector()); err != nil {
		t.Fatal(err)
	}
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]float64{}
	for _, mf := range mfs {
		for _, mt := range mf.GetMetric() {
			key := mf.GetName()
			for _, l := range mt.GetLabel() {
				key += "/" + l.GetValue()
			}
			if mt.Gauge != nil {
				got[key] = mt.GetGauge().GetValue()
			} else {
				got[key] = mt.GetCounter().GetValue()
			}
		}
	}
	return got
}
