package relayer_test

import (
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/zkprover/zkprover/relayer"
)

// TestDeepReorgFollowedAgain: a delivery confirmed at its depth whose block a deeper reorg
// then replaces goes back to sent (Options.WatchBlocks), is followed again and confirmed in
// its new block, delivered once on the canonical chain; past WatchBlocks the record is
// no longer checked.
func TestDeepReorgFollowedAgain(t *testing.T) {
	c := newChain(t)
	m := c.open(c.client, t.TempDir(), relayer.Options{Confirmations: 2, WatchBlocks: 8})
	defer m.Close()
	if _, err := m.Submit(relayer.Request{ID: "deep", To: c.jmAddr, Data: c.setOperatorCall(addr(7))}); err != nil {
		t.Fatal(err)
	}
	if err := m.Step(c.ctx); err != nil {
		t.Fatal(err)
	}
	c.sim.Commit()
	c.sim.Commit()
	tx := c.steps(m, "deep", 1)
	if tx.State != relayer.Confirmed {
		t.Fatalf("at depth 2: %s", tx.Status())
	}
	first := tx.BlockHash
	parent, err := c.client.HeaderByNumber(c.ctx, new(big.Int).SetUint64(tx.Block-1))
	if err != nil {
		t.Fatal(err)
	}
	// A reorg three blocks deep, from the block before the delivery's: the new branch is
	// longer, and its first block is empty (the delivery, back in the pool, comes after).
	if err := c.sim.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	for range 4 {
		c.sim.Commit()
	}
	if err := m.Step(c.ctx); err != nil {
		t.Fatal(err)
	}
	tx, _ = m.Get("deep")
	if tx.Reorged != 1 {
		t.Fatalf("after the reorg: %s, reorged %d times", tx.Status(), tx.Reorged)
	}
	for range 4 {
		c.sim.Commit()
		if err := m.Step(c.ctx); err != nil {
			t.Fatal(err)
		}
	}
	tx, _ = m.Get("deep")
	canon, err := c.client.HeaderByNumber(c.ctx, new(big.Int).SetUint64(tx.Block))
	if err != nil {
		t.Fatal(err)
	}
	if tx.State != relayer.Confirmed || tx.BlockHash == first || tx.BlockHash != canon.Hash() || tx.Reorged != 1 {
		t.Fatalf("after the reorg and blocks: %s, block %s (first %s, canonical %s), reorged %d", tx.Status(),
			tx.BlockHash.Hex(), first.Hex(), canon.Hash().Hex(), tx.Reorged)
	}
	if n := c.operatorEvents(addr(7)); n != 1 {
		t.Fatalf("delivered %d times on the canonical chain", n)
	}
	// Past WatchBlocks the block is no longer read: a reorg then is not followed.
	for range 8 {
		c.sim.Commit()
	}
	_ = m.Step(c.ctx)
	old := tx
	parent, err = c.client.HeaderByNumber(c.ctx, new(big.Int).SetUint64(old.Block-1))
	if err != nil {
		t.Fatal(err)
	}
	if err := c.sim.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	for range 12 {
		c.sim.Commit()
	}
	_ = m.Step(c.ctx)
	if tx, _ = m.Get("deep"); tx.State != relayer.Confirmed || tx.Reorged != 1 {
		t.Fatalf("a reorg past WatchBlocks: %s, reorged %d", tx.Status(), tx.Reorged)
	}
}

// TestRecordsPastRetentionDeleted: a record that ended more than Options.Retention ago is
// deleted from memory and from the store (a restart does not load it); one that is still
// followed, or confirmed and watched, is kept.
func TestRecordsPastRetentionDeleted(t *testing.T) {
	c := newChain(t)
	dir := t.TempDir()
	o := relayer.Options{Confirmations: 1, WatchBlocks: 2, Retention: 50 * time.Millisecond}
	m := c.open(c.client, dir, o)
	if _, err := m.Submit(relayer.Request{ID: "old", To: c.jmAddr, Data: c.setOperatorCall(addr(5))}); err != nil {
		t.Fatal(err)
	}
	if tx := c.steps(m, "old", 3); tx.State != relayer.Confirmed {
		t.Fatalf("%s", tx.Status())
	}
	// still watched (WatchBlocks): kept past its retention
	time.Sleep(100 * time.Millisecond)
	if err := m.Step(c.ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := m.Get("old"); err != nil {
		t.Fatalf("a watched record deleted: %v", err)
	}
	if _, err := m.Submit(relayer.Request{ID: "new", To: c.jmAddr, Data: c.setOperatorCall(addr(6))}); err != nil {
		t.Fatal(err)
	}
	if err := m.Step(c.ctx); err != nil { // "new" sent, not mined
		t.Fatal(err)
	}
	c.sim.Commit()
	c.sim.Commit()
	time.Sleep(100 * time.Millisecond)
	if err := m.Step(c.ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := m.Get("old"); !errors.Is(err, relayer.ErrNotFound) {
		t.Fatalf("a record past its retention: %v", err)
	}
	if tx, err := m.Get("new"); err != nil || tx.State != relayer.Confirmed {
		t.Fatalf("the record that just ended: %v %v", tx.Status(), err)
	}
	if err := m.Close(); err != nil {
		t.Fatal(err)
	}
	m2 := c.open(c.client, dir, relayer.Options{Confirmations: 1})
	defer m2.Close()
	if _, err := m2.Get("old"); !errors.Is(err, relayer.ErrNotFound) {
		t.Fatalf("a deleted record loaded again: %v", err)
	}
	if _, err := m2.Get("new"); err != nil {
		t.Fatalf("a kept record after the restart: %v", err)
	}
}
