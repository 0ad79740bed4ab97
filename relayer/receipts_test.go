package relayer_test

import (
	"context"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/zkprover/zkprover/relayer"
)

// laggingReceipts is a load-balanced RPC whose receipts lag: while hide > 0 each
// eth_getTransactionReceipt answers not found (and counts down), while the nonce comes from a
// node that has the block. It counts the transactions sent through it.
type laggingReceipts struct {
	relayer.Client
	hide  atomic.Int32
	sends atomic.Int32
}

func (l *laggingReceipts) TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	if l.hide.Load() > 0 {
		l.hide.Add(-1)
		return nil, ethereum.NotFound
	}
	return l.Client.TransactionReceipt(ctx, h)
}

func (l *laggingReceipts) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	l.sends.Add(1)
	return l.Client.SendTransaction(ctx, tx)
}

// withTxReader is laggingReceipts with eth_getTransactionByHash (the node's).
type withTxReader struct {
	*laggingReceipts
	txs relayer.TxReader
}

func (w withTxReader) TransactionByHash(ctx context.Context, h common.Hash) (*types.Transaction, bool, error) {
	return w.txs.TransactionByHash(ctx, h)
}

// TestLateReceiptNotSentAgain: a delivery is mined, then the node answers the sender's nonce
// past it but no receipt for a while. Steps without a new block never give it up (blocks are
// counted, not steps); with eth_getTransactionByHash, blocks past the confirmation depth do not
// either while the node knows the hash. Once the receipt comes, the record is confirmed with the
// hash first sent, and nothing was sent again.
func TestLateReceiptNotSentAgain(t *testing.T) {
	c := newChain(t)
	for i, withReader := range []bool{false, true} {
		lr := &laggingReceipts{Client: c.client}
		var cl relayer.Client = lr
		if withReader {
			cl = withTxReader{laggingReceipts: lr, txs: c.client}
		}
		m := c.open(cl, t.TempDir(), relayer.Options{})
		op := addr(byte(30 + i))
		base := c.senderNonce()
		if _, err := m.Submit(relayer.Request{ID: "x", To: c.jmAddr, Data: c.setOperatorCall(op)}); err != nil {
			t.Fatal(err)
		}
		if err := m.Step(c.ctx); err != nil {
			t.Fatal(err)
		}
		c.sim.Commit() // mined
		if c.senderNonce() != base+1 {
			t.Fatalf("not mined")
		}
		lr.hide.Store(1000)
		for s := 0; s < 5; s++ { // many steps, no new block
			_ = m.Step(c.ctx)
		}
		if withReader {
			for b := 0; b < 5; b++ { // blocks past the depth: the node knows the hash
				c.sim.Commit()
				_ = m.Step(c.ctx)
			}
		}
		tx, _ := m.Get("x")
		if tx.State != relayer.Sent || len(tx.Attempts) != 1 || tx.NonceLost != 0 || lr.sends.Load() != 1 {
			t.Fatalf("reader %v, receipts lagging: %s, %d attempts, nonce lost %d, %d sends", withReader, tx.Status(),
				len(tx.Attempts), tx.NonceLost, lr.sends.Load())
		}
		lr.hide.Store(0)
		tx = c.steps(m, "x", 4)
		if tx.State != relayer.Confirmed || tx.Hash != tx.Attempts[0].Hash || len(tx.Attempts) != 1 || lr.sends.Load() != 1 {
			t.Fatalf("reader %v: %s, %d attempts, %d sends", withReader, tx.Status(), len(tx.Attempts), lr.sends.Load())
		}
		if n := c.operatorEvents(op); n != 1 || c.senderNonce() != base+1 {
			t.Fatalf("reader %v: delivered %d times, %d transactions", withReader, n, c.senderNonce()-base)
		}
		_ = m.Close()
	}
}

// proxyErr is a JSON-RPC error object that names no refusal of the pool, as a hosted RPC or a
// proxy answers after it forwarded the transaction (an upstream timeout).
type proxyErr struct{}

func (proxyErr) Error() string  { return "upstream request timeout" }
func (proxyErr) ErrorCode() int { return -32603 }

// forwardThenErr forwards the first send to the node and answers it with proxyErr; it has the
// node's eth_getTransactionByHash when txs is set.
type forwardThenErr struct {
	relayer.Client
	once  atomic.Bool
	sends atomic.Int32
}

func (f *forwardThenErr) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	f.sends.Add(1)
	if err := f.Client.SendTransaction(ctx, tx); err != nil {
		return err
	}
	if f.once.CompareAndSwap(false, true) {
		return proxyErr{}
	}
	return nil
}

type forwardThenErrReader struct {
	*forwardThenErr
	txs relayer.TxReader
}

func (f forwardThenErrReader) TransactionByHash(ctx context.Context, h common.Hash) (*types.Transaction, bool, error) {
	return f.txs.TransactionByHash(ctx, h)
}

// TestErrorAnswerForAForwardedSend: the node's answer to a first send is an error that names
// no refusal, but the transaction reached its pool. The node is asked for the hash: the attempt
// is followed as sent and confirmed, and the delivery made once (it used to be taken as
// refused, and sent again at the next nonce).
func TestErrorAnswerForAForwardedSend(t *testing.T) {
	c := newChain(t)
	f := &forwardThenErr{Client: c.client}
	m := c.open(forwardThenErrReader{forwardThenErr: f, txs: c.client}, t.TempDir(), relayer.Options{BumpAfterBlocks: 1})
	defer m.Close()
	if _, err := m.Submit(relayer.Request{ID: "p", To: c.jmAddr, Data: c.setOperatorCall(addr(7))}); err != nil {
		t.Fatal(err)
	}
	tx := c.steps(m, "p", 8)
	if tx.State != relayer.Confirmed || len(tx.Attempts) != 1 || tx.Attempts[0].Rejected != "" {
		t.Fatalf("%s, attempts %+v", tx.Status(), tx.Attempts)
	}
	if n := c.operatorEvents(addr(7)); n != 1 || f.sends.Load() != 1 {
		t.Fatalf("delivered %d times in %d sends, want once in one", n, f.sends.Load())
	}
}
