package relayer_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/zkprover/zkprover/relayer"
)

// hangClient is a node that stops answering: while hang is set every call blocks until its
// context ends; while hangSend is set only eth_sendRawTransaction does (and the transaction
// never reaches the node); hangNextSend does the same to one send only.
type hangClient struct {
	relayer.Client
	hang, hangSend, hangNextSend atomic.Bool
	hung                         atomic.Int32 // calls that hung
}

func (h *hangClient) wait(ctx context.Context, on *atomic.Bool) error {
	if !on.Load() {
		return nil
	}
	h.hung.Add(1)
	<-ctx.Done()
	return ctx.Err()
}

func (h *hangClient) ChainID(ctx context.Context) (*big.Int, error) {
	if err := h.wait(ctx, &h.hang); err != nil {
		return nil, err
	}
	return h.Client.ChainID(ctx)
}

func (h *hangClient) BlockNumber(ctx context.Context) (uint64, error) {
	if err := h.wait(ctx, &h.hang); err != nil {
		return 0, err
	}
	return h.Client.BlockNumber(ctx)
}

func (h *hangClient) NonceAt(ctx context.Context, a common.Address, n *big.Int) (uint64, error) {
	if err := h.wait(ctx, &h.hang); err != nil {
		return 0, err
	}
	return h.Client.NonceAt(ctx, a, n)
}

func (h *hangClient) CallContract(ctx context.Context, call ethereum.CallMsg, n *big.Int) ([]byte, error) {
	if err := h.wait(ctx, &h.hang); err != nil {
		return nil, err
	}
	return h.Client.CallContract(ctx, call, n)
}

func (h *hangClient) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if err := h.wait(ctx, &h.hang); err != nil {
		return err
	}
	if err := h.wait(ctx, &h.hangSend); err != nil {
		return err
	}
	if h.hangNextSend.CompareAndSwap(true, false) {
		h.hung.Add(1)
		<-ctx.Done()
		return ctx.Err()
	}
	return h.Client.SendTransaction(ctx, tx)
}

// TestHungSendDoesNotBlockTheNextDelivery: the send of a first delivery never gets an answer
// (its transaction never reaches the node); a second delivery submitted meanwhile is still
// sent by the next steps, and both are delivered, each exactly once (the first replaced at its
// nonce after BumpAfterBlocks).
func TestHungSendDoesNotBlockTheNextDelivery(t *testing.T) {
	c := newChain(t)
	h := &hangClient{Client: c.client}
	m := c.open(h, t.TempDir(), relayer.Options{RPCTimeout: 5 * time.Second, BumpAfterBlocks: 1})
	defer m.Close()
	if _, err := m.Submit(relayer.Request{ID: "first", To: c.jmAddr, Data: c.setOperatorCall(addr(3))}); err != nil {
		t.Fatal(err)
	}
	h.hangNextSend.Store(true)
	if err := m.Step(c.ctx); err != nil { // the attempt is recorded: it may have reached the node
		t.Fatal(err)
	}
	if tx, _ := m.Get("first"); h.hung.Load() != 1 || tx.State != relayer.Sent || !strings.Contains(tx.LastError, "no answer within") {
		t.Fatalf("after the hung send (%d calls hung): %s, last error %q", h.hung.Load(), tx.Status(), tx.LastError)
	}
	if _, err := m.Submit(relayer.Request{ID: "second", To: c.jmAddr, Data: c.setOperatorCall(addr(4))}); err != nil {
		t.Fatal(err)
	}
	second := c.steps(m, "second", 8)
	first := c.steps(m, "first", 8)
	if first.State != relayer.Confirmed || second.State != relayer.Confirmed {
		t.Fatalf("first %s, second %s", first.Status(), second.Status())
	}
	if c.operatorEvents(addr(3)) != 1 || c.operatorEvents(addr(4)) != 1 {
		t.Fatalf("deliveries: first %d, second %d; want one each", c.operatorEvents(addr(3)), c.operatorEvents(addr(4)))
	}
}

// TestHungRPCDoesNotHoldTheStep: a node that accepts connections and never answers costs a
// step at most the RPC timeout per call (it returns context.DeadlineExceeded, naming the call),
// never the step lock for good; once the node answers, a later step delivers, exactly once.
// A hung eth_sendRawTransaction leaves the attempt recorded (it may have reached the node):
// it is replaced at the same nonce after BumpAfterBlocks.
func TestHungRPCDoesNotHoldTheStep(t *testing.T) {
	c := newChain(t)
	h := &hangClient{Client: c.client}
	const timeout = 5 * time.Second // long enough for an answering in-process node on a loaded machine

	h.hang.Store(true)
	from, sign := relayer.KeySigner(c.relayKey, c.chainID)
	if _, err := relayer.Open(c.ctx, h, from, sign, t.TempDir(), relayer.Options{RPCTimeout: timeout}); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Open against a hung node: %v", err)
	}
	// Open gave up at its first hung call (behaviour, not wall-clock time: under load a call
	// may take long, but nothing waits on more than the one call that hung).
	if n := h.hung.Load(); n != 1 {
		t.Fatalf("%d calls hung in Open, want it to end at the first", n)
	}
	h.hang.Store(false)

	m := c.open(h, t.TempDir(), relayer.Options{RPCTimeout: timeout, BumpAfterBlocks: 1})
	defer m.Close()
	if _, err := m.Submit(relayer.Request{ID: "h", To: c.jmAddr, Data: c.setOperatorCall(addr(1))}); err != nil {
		t.Fatal(err)
	}
	h.hang.Store(true)
	for i := 0; i < 2; i++ {
		before := h.hung.Load()
		done := make(chan error, 1)
		go func() { done <- m.Step(c.ctx) }() // c.ctx has no deadline: only the RPC timeout ends it
		select {
		case err := <-done:
			if !errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), "no answer within") {
				t.Fatalf("step against a hung node: %v", err)
			}
		case <-time.After(30 * time.Second):
			t.Fatal("the step is held by a hung RPC")
		}
		if n := h.hung.Load() - before; n != 1 {
			t.Fatalf("%d calls hung in one step, want the step to end at the first", n)
		}
	}
	if tx, _ := m.Get("h"); tx.State != relayer.Pending || len(tx.Attempts) != 0 {
		t.Fatalf("while the node hangs: %s", tx.Status())
	}

	// The node answers again, except for the send: the attempt is kept (sent, unknown).
	h.hang.Store(false)
	h.hangSend.Store(true)
	if err := m.Step(c.ctx); err != nil {
		t.Fatal(err)
	}
	tx, _ := m.Get("h")
	if tx.State != relayer.Sent || len(tx.Attempts) != 1 || tx.Errors != 1 || !strings.Contains(tx.LastError, "no answer within") {
		t.Fatalf("after a hung send: %s (errors %d, last %q)", tx.Status(), tx.Errors, tx.LastError)
	}
	h.hangSend.Store(false)
	tx = c.steps(m, "h", 6)
	if tx.State != relayer.Confirmed || len(tx.Attempts) != 2 || tx.Attempts[1].Nonce != tx.Attempts[0].Nonce {
		t.Fatalf("after the node came back: %s, %d attempts", tx.Status(), len(tx.Attempts))
	}
	if n := c.operatorEvents(addr(1)); n != 1 {
		t.Fatalf("delivered %d times", n)
	}
	if h.hung.Load() < 4 {
		t.Fatalf("only %d calls hung", h.hung.Load())
	}
}

// TestSigner: the manager signs through its Signer. One that hangs costs the step the
// timeout; one that signs as another account, or for another chain, sends nothing; the
// sender's KeySigner delivers.
func TestSigner(t *testing.T) {
	c := newChain(t)
	from, good := relayer.KeySigner(c.relayKey, c.chainID)
	if from != c.relay {
		t.Fatalf("KeySigner address %s, want %s", from.Hex(), c.relay.Hex())
	}
	other, _ := crypto.GenerateKey()
	_, foreign := relayer.KeySigner(other, c.chainID)
	_, wrongChain := relayer.KeySigner(c.relayKey, big.NewInt(c.chainID.Int64()+1))
	hang := func(ctx context.Context, _ *types.Transaction) (*types.Transaction, error) {
		<-ctx.Done()
		return nil, ctx.Err()
	}
	var use atomic.Value
	use.Store(relayer.Signer(hang))
	sign := func(ctx context.Context, tx *types.Transaction) (*types.Transaction, error) {
		return use.Load().(relayer.Signer)(ctx, tx)
	}
	if _, err := relayer.Open(c.ctx, c.client, from, nil, t.TempDir(), relayer.Options{}); err == nil {
		t.Fatal("opened without a signer")
	}
	m, err := relayer.Open(c.ctx, c.client, from, sign, t.TempDir(), relayer.Options{RPCTimeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	if _, err := m.Submit(relayer.Request{ID: "s", To: c.jmAddr, Data: c.setOperatorCall(addr(2))}); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []struct {
		name string
		s    relayer.Signer
		want string
	}{{"hung", hang, "no answer within"}, {"foreign", foreign, "signed as"}, {"wrong chain", wrongChain, "chain id"}} {
		use.Store(bad.s)
		err := m.Step(c.ctx)
		if err == nil || !strings.Contains(err.Error(), bad.want) {
			t.Fatalf("%s signer: step error %v", bad.name, err)
		}
		if tx, _ := m.Get("s"); tx.State != relayer.Pending || len(tx.Attempts) != 0 {
			t.Fatalf("%s signer: %s", bad.name, tx.Status())
		}
	}
	use.Store(good)
	if tx := c.steps(m, "s", 4); tx.State != relayer.Confirmed {
		t.Fatalf("%s", tx.Status())
	}
	if c.operatorEvents(addr(2)) != 1 || c.senderNonce() != 3 {
		t.Fatalf("not exactly one delivery (sender nonce %d)", c.senderNonce())
	}
}

// TestRevertClassifiedByCaller: the manager knows no contract; the caller's Classifier reads a
// revert's data: a failure with the caller's reason, or already done. Without one (ClassifyRaw)
// the reason is the revert data.
func TestRevertClassifiedByCaller(t *testing.T) {
	c := newChain(t)
	var seen []string
	classify := func(kind string, data []byte) relayer.Verdict {
		seen = append(seen, kind)
		if len(data) < 4 {
			return relayer.Verdict{Reason: "no data"}
		}
		if kind == "done" {
			return relayer.Verdict{Already: true, Reason: "the caller says it is done"}
		}
		return relayer.Verdict{Reason: "caller's reading of " + common.Bytes2Hex(data[:4])}
	}
	m := c.open(c.client, t.TempDir(), relayer.Options{Classify: classify})
	defer m.Close()
	plain := c.open(c.client, t.TempDir(), relayer.Options{})
	defer plain.Close()
	for _, r := range []relayer.Request{
		{ID: "fails", Kind: "k", To: c.jmAddr, Data: c.cancelJobCall([32]byte{1})},
		{ID: "done", Kind: "done", To: c.jmAddr, Data: c.cancelJobCall([32]byte{2})},
	} {
		if _, err := m.Submit(r); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := plain.Submit(relayer.Request{ID: "raw", To: c.jmAddr, Data: c.cancelJobCall([32]byte{3})}); err != nil {
		t.Fatal(err)
	}
	f := c.steps(m, "fails", 3)
	d := c.steps(m, "done", 3)
	r := c.steps(plain, "raw", 3)
	if f.State != relayer.Failed || f.Class != relayer.Reverted || !strings.HasPrefix(f.Reason, "caller's reading of ") {
		t.Fatalf("fails: %s", f.Status())
	}
	if d.State != relayer.AlreadyDone || d.Reason != "the caller says it is done" {
		t.Fatalf("done: %s", d.Status())
	}
	if r.State != relayer.Failed || !strings.HasPrefix(r.Reason, "execution reverted with data 0x") {
		t.Fatalf("raw: %s", r.Status())
	}
	if len(f.Attempts)+len(d.Attempts)+len(r.Attempts) != 0 || c.senderNonce() != 2 {
		t.Fatal("a reverting call was sent")
	}
	if strings.Join(seen, ",") != "k,done" {
		t.Fatalf("classifier saw kinds %v", seen)
	}
}

// TestHungRebroadcastEndsTheStep: after a restart the first step sends again the latest
// attempt of every sent record; a node that hangs on sends ends that step at the first hung
// send (it used to wait a timeout per record, holding the step lock), and a later step, the
// node answering again, rebroadcasts and delivers each once.
func TestHungRebroadcastEndsTheStep(t *testing.T) {
	c := newChain(t)
	h := &hangClient{Client: c.client}
	dir := t.TempDir()
	opts := relayer.Options{RPCTimeout: 5 * time.Second}
	m := c.open(h, dir, opts)
	ids := []string{"a", "b", "c"}
	for i, id := range ids {
		if _, err := m.Submit(relayer.Request{ID: id, To: c.jmAddr, Data: c.setOperatorCall(addr(byte(10 + i)))}); err != nil {
			t.Fatal(err)
		}
	}
	if err := m.Step(c.ctx); err != nil { // all three sent, none mined (no block yet)
		t.Fatal(err)
	}
	for _, id := range ids {
		if tx, _ := m.Get(id); tx.State != relayer.Sent {
			t.Fatalf("%s: %s, want sent", id, tx.Status())
		}
	}
	_ = m.Close()

	h.hangSend.Store(true)
	m = c.open(h, dir, opts)
	defer m.Close()
	if err := m.Step(c.ctx); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("the first step against a node hanging on sends: %v", err)
	}
	if n := h.hung.Load(); n != 1 {
		t.Fatalf("%d sends hung in one step, want the step to end at the first", n)
	}
	// a node that keeps hanging on sends: each step goes on with the next record, and once
	// each was sent again the steps go on (a send that always hangs used to stop every later
	// step at the same record)
	for i := 2; i <= len(ids); i++ {
		if err := m.Step(c.ctx); !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("step %d: %v", i, err)
		}
	}
	if err := m.Step(c.ctx); err != nil {
		t.Fatalf("the step after every record was sent again: %v", err)
	}
	if n := h.hung.Load(); n != int32(len(ids)) {
		t.Fatalf("%d sends hung, want one a record", n)
	}
	h.hangSend.Store(false)
	for i, id := range ids {
		if tx := c.steps(m, id, 8); tx.State != relayer.Confirmed {
			t.Fatalf("%s: %s", id, tx.Status())
		}
		if n := c.operatorEvents(addr(byte(10 + i))); n != 1 {
			t.Fatalf("%s delivered %d times", id, n)
		}
	}
}
