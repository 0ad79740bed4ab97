// Package simtest holds test helpers for go-ethereum's simulated chain that
// hold on a loaded machine: the simulated node admits a sent transaction to
// its pool's queue at once but promotes it to pending, and drops mined ones,
// in the background, so a test that reads the pool right after a send or a
// block can see it stale.
package simtest

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
)

// wait is how long the helpers wait for the pool to catch up: as long as a
// loaded machine may take.
const wait = 30 * time.Second

// NonceReader is the part of a chain client WaitPending reads.
type NonceReader interface {
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
}

// WaitPending waits until the pool holds from's transactions up to nonce
// next-1 as pending (or mined): a replacement is checked against the
// pending ones only, and bind picks the next nonce from them.
func WaitPending(t testing.TB, ctx context.Context, c NonceReader, from common.Address, next uint64) {
	t.Helper()
	deadline := time.Now().Add(wait)
	for {
		n, err := c.PendingNonceAt(ctx, from)
		if err != nil {
			t.Fatal(err)
		}
		if n >= next {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the pool's next nonce for %s is %d after %s, want %d", from, n, wait, next)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// Advance moves the chain's clock by d and seals a block. AdjustTime
// refuses while the pool still lists a mined transaction ("could not adjust
// time on non-empty block"): it is tried again until the pool caught up.
func Advance(t testing.TB, sim *simulated.Backend, d time.Duration) {
	t.Helper()
	deadline := time.Now().Add(wait)
	for {
		err := sim.AdjustTime(d)
		if err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("adjust time by %v: %v", d, err)
		}
		time.Sleep(10 * time.Millisecond)
	}
	sim.Commit()
}
