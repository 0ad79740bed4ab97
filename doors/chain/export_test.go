package chain

import (
	"context"
	"time"
)

// ConsumerCacheMax is consumerCacheMax, for the tests of package chain_test.
const ConsumerCacheMax = consumerCacheMax

// SetClock makes the checker read the time from now (tests).
func (c *RequestChecker) SetClock(now func() time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = now
}

// CachedConsumers is how many consumers' answers the checker holds, and
// the length of its expiry order (at least as many).
func (c *RequestChecker) CachedConsumers() (cached, ordered int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.cache), len(c.order)
}

// Prune is prune (tests: at a chosen time).
func (b *Bridge) Prune(now time.Time) error { return b.prune(context.Background(), now) }

// PutEntry stores e as it is (tests: an entry in a stage a test cannot reach without a
// prover).
func (b *Bridge) PutEntry(e Entry) error { return b.save(&e) }
