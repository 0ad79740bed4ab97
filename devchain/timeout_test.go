package devchain

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
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/rs/zerolog"
)

// hungClient answers nothing: every call it serves blocks until its context
// ends (the calls a deployment and the demo make).
type hungClient struct {
	simulated.Client
	calls atomic.Int32
}

func (h *hungClient) hang(ctx context.Context) error {
	h.calls.Add(1)
	<-ctx.Done()
	return ctx.Err()
}

func (h *hungClient) ChainID(ctx context.Context) (*big.Int, error) { return nil, h.hang(ctx) }
func (h *hungClient) SendTransaction(ctx context.Context, _ *types.Transaction) error {
	return h.hang(ctx)
}

func (h *hungClient) TransactionReceipt(ctx context.Context, _ common.Hash) (*types.Receipt, error) {
	return nil, h.hang(ctx)
}

func (h *hungClient) CallContract(ctx context.Context, _ ethereum.CallMsg, _ *big.Int) ([]byte, error) {
	return nil, h.hang(ctx)
}

func (h *hungClient) PendingNonceAt(ctx context.Context, _ common.Address) (uint64, error) {
	return 0, h.hang(ctx)
}

// TestClientCallsTimeOut: every call of the chain's client has its own
// deadline: against a chain that never answers, each call fails with
// context.DeadlineExceeded naming the method (the caller's context has none),
// and the caller's own cancellation still reads as its own.
func TestClientCallsTimeOut(t *testing.T) {
	h := &hungClient{}
	c := timeoutClient{c: h, d: 50 * time.Millisecond}
	ctx := context.Background()
	calls := []struct {
		method string
		call   func() error
	}{
		{"eth_chainId", func() error { _, err := c.ChainID(ctx); return err }},
		{"eth_sendRawTransaction", func() error { return c.SendTransaction(ctx, types.NewTx(&types.LegacyTx{})) }},
		{"eth_getTransactionReceipt", func() error { _, err := c.TransactionReceipt(ctx, common.Hash{}); return err }},
		{"eth_call", func() error { _, err := c.CallContract(ctx, ethereum.CallMsg{}, nil); return err }},
		{"eth_getTransactionCount pending", func() error { _, err := c.PendingNonceAt(ctx, common.Address{}); return err }},
	}
	for i, tc := range calls {
		done := make(chan error, 1)
		go func() { done <- tc.call() }()
		select {
		case err := <-done:
			if !errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), "devchain "+tc.method+": no answer within") {
				t.Errorf("%s against a hung chain: %v", tc.method, err)
			}
		case <-time.After(30 * time.Second):
			t.Fatalf("%s is held by a hung chain", tc.method)
		}
		if n := h.calls.Load(); n != int32(i+1) {
			t.Fatalf("%d calls reached the chain after %d", n, i+1)
		}
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := c.ChainID(cctx); !errors.Is(err, context.Canceled) || strings.Contains(err.Error(), "no answer") {
		t.Fatalf("a call the caller cancelled: %v", err)
	}
}

// TestStartBoundsClientCalls: the chain's Client is the bounded one, with
// the configured deadline (or the default), and answers.
func TestStartBoundsClientCalls(t *testing.T) {
	for _, d := range []time.Duration{0, 30 * time.Second} {
		c, err := Start(t.Context(), Options{Addr: "127.0.0.1:0", RPCTimeout: d, Logger: zerolog.Nop()})
		if err != nil {
			t.Fatal(err)
		}
		tc, ok := c.Client().(timeoutClient)
		want := d
		if d == 0 {
			want = DefaultRPCTimeout
		}
		if !ok || tc.d != want {
			t.Errorf("client %T with deadline %v, want timeoutClient with %v", c.Client(), tc.d, want)
		}
		if id, err := c.Client().ChainID(t.Context()); err != nil || id.Cmp(c.ChainID()) != 0 {
			t.Errorf("chain id %v %v", id, err)
		}
		_ = c.Close()
	}
}

// TestCommitAfterClose: sealing races a shutdown in the tests that seal blocks
// from a ticker: a Commit after Close (or during it) does nothing, and calls
// of the client after Close fail instead of panicking.
func TestCommitAfterClose(t *testing.T) {
	c, err := Start(t.Context(), Options{Addr: "127.0.0.1:0", Logger: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() { // a sealer racing the Close below
		defer close(done)
		for range 200 {
			c.Commit()
		}
	}()
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	<-done
	c.Commit()
	if err := c.Close(); err != nil {
		t.Fatalf("a second Close: %v", err)
	}
	if _, err := c.Client().BlockNumber(t.Context()); err == nil {
		t.Fatal("a call after Close answered")
	}
}
