package relayer_test

import (
	"context"
	"io"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/relayer"

	"github.com/zkprover/zkprover/internal/testlog"
)

// noBalance is a node client without eth_getBalance (the relayer cannot count the balance
// before it sends: only the pool's refusals tell).
type noBalance struct{ relayer.Client }

// inflated is a node whose eth_getBalance answers more than the balance (a lagging backend):
// the relayer sends what the pool then refuses.
type inflated struct {
	relayer.Client
	bal   relayer.BalanceReader
	extra *big.Int
}

func (i inflated) BalanceAt(ctx context.Context, a common.Address, n *big.Int) (*big.Int, error) {
	b, err := i.bal.BalanceAt(ctx, a, n)
	if err != nil {
		return nil, err
	}
	return new(big.Int).Add(b, i.extra), nil
}

// TestBurstBeyondTheBalance: a fresh sender with the balance for 2.5 worst-case first attempts
// and five deliveries submitted at once. The first step sends two; the other three stay
// pending (out_of_budget, why in last_error), none fails; the two are confirmed and the rest
// still wait (what the two cost leaves less than a third attempt's worst case); once the
// account is topped up all five are confirmed, each with one transaction. Three nodes: one
// that answers eth_getBalance (nothing beyond the balance is sent), one that does not (the pool
// refuses the third; it is tried again BumpAfterBlocks later), and one whose balance reads too
// high (the pool refuses the third; the top-up, seen in the balance, ends its wait long before
// BumpAfterBlocks).
func TestBurstBeyondTheBalance(t *testing.T) {
	c := newChain(t)
	for _, tc := range []struct {
		name string
		wrap func(relayer.Client) relayer.Client
		opts relayer.Options
	}{
		{"balance read", func(cl relayer.Client) relayer.Client { return cl }, relayer.Options{}},
		{"no balance", func(cl relayer.Client) relayer.Client { return noBalance{cl} }, relayer.Options{BumpAfterBlocks: 2}},
		{"inflated balance", func(cl relayer.Client) relayer.Client {
			return inflated{Client: cl, bal: c.client, extra: big.NewInt(1e18)}
		}, relayer.Options{BumpAfterBlocks: 1000}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			key, _ := crypto.GenerateKey()
			from, sign := relayer.KeySigner(key, c.chainID)
			data := []byte{1, 2, 3}
			est, err := c.client.EstimateGas(c.ctx, ethereum.CallMsg{From: from, To: &c.userAddr, Data: data})
			if err != nil {
				t.Fatal(err)
			}
			h, err := c.client.HeaderByNumber(c.ctx, nil)
			if err != nil {
				t.Fatal(err)
			}
			// A tip far above the base fee: what a mined attempt costs (gas used × (base fee +
			// tip)) is near its worst case (gas limit × fee cap), whatever the base fee does.
			tip := big.NewInt(100e9)
			feeCap := new(big.Int).Add(new(big.Int).Mul(h.BaseFee, big.NewInt(2)), tip)
			worst := new(big.Int).Mul(new(big.Int).SetUint64(est+est*25/100), feeCap)
			c.fund(from, new(big.Int).Div(new(big.Int).Mul(worst, big.NewInt(25)), big.NewInt(10)))
			o := tc.opts
			o.TipCap = tip
			var logs testlog.Buffer
			o.Logger = zerolog.New(io.MultiWriter(zerolog.NewTestWriter(t), &logs)).Level(zerolog.InfoLevel)
			m, err := relayer.Open(c.ctx, tc.wrap(c.client), from, sign, t.TempDir(), o)
			if err != nil {
				t.Fatal(err)
			}
			defer m.Close()
			ids := []string{"r0", "r1", "r2", "r3", "r4"}
			for _, id := range ids {
				if _, err := m.Submit(relayer.Request{ID: id, To: c.userAddr, Data: data}); err != nil {
					t.Fatal(err)
				}
			}
			_ = m.Step(c.ctx)
			for i, id := range ids {
				tx, _ := m.Get(id)
				_, live := tx.LastAttempt()
				if i < 2 && (tx.State != relayer.Sent || !live) {
					t.Fatalf("after one step: %s %s", id, tx.Status())
				}
				if i >= 2 && (tx.State != relayer.Pending || live || tx.Class != relayer.OutOfBudget || tx.LastError == "") {
					t.Fatalf("after one step: %s %s (class %s)", id, tx.Status(), tx.Class)
				}
				// Counting the balance, nothing is sent beyond it; otherwise the pool refuses the
				// third, and the rest wait behind it.
				if want := map[bool]int{true: 1}[i == 2 && tc.name != "balance read"]; i >= 2 && len(tx.Attempts) != want {
					t.Fatalf("after one step: %s has %d attempts, want %d", id, len(tx.Attempts), want)
				}
			}
			for i := 0; i < 6; i++ {
				c.sim.Commit()
				_ = m.Step(c.ctx)
			}
			for i, id := range ids {
				tx, _ := m.Get(id)
				if i < 2 && tx.State != relayer.Confirmed {
					t.Fatalf("before the top-up: %s %s", id, tx.Status())
				}
				if i >= 2 && (tx.State != relayer.Pending || tx.Class != relayer.OutOfBudget) {
					t.Fatalf("before the top-up: %s %s (class %s)", id, tx.Status(), tx.Class)
				}
			}
			// Each record that waits for funds says so once, not at every step.
			if n := strings.Count(logs.String(), "a delivery waits for the relayer account's balance"); n < 1 || n > 3 {
				t.Fatalf("%d warnings of deliveries waiting for balance, want one per waiting record (1 to 3):\n%s", n, logs.String())
			}
			c.fund(from, big.NewInt(1e18))
			for _, id := range ids {
				tx := c.steps(m, id, 10)
				if tx.State != relayer.Confirmed || len(tx.Attempts) != 1 || tx.Attempts[0].Rejected != "" || tx.Hash != tx.Attempts[0].Hash {
					t.Fatalf("after the top-up: %s %s, %d attempts", id, tx.Status(), len(tx.Attempts))
				}
			}
			if n, err := c.client.NonceAt(c.ctx, from, nil); err != nil || n != uint64(len(ids)) {
				t.Fatalf("the sender has %d transactions on chain (%v), want %d", n, err, len(ids))
			}
		})
	}
}
