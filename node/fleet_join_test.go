package node

import (
	"context"
	"testing"
	"time"
)

// TestFleetJoinWait: long runs wait for the fleet join to end (joined or
// given up) before they take jobs, up to a bound: a join that ends wakes
// the wait at once and says whether the node joined; one that does not end
// within the bound (a fleet that does not answer) lets long runs start
// alone; a stop ends the wait.
func TestFleetJoinWait(t *testing.T) {
	ctx := context.Background()
	joined := newFleetJoin()
	go func() {
		joined.mu.Lock()
		joined.m = &fleetMember{}
		joined.mu.Unlock()
		close(joined.ended)
	}()
	if !joined.wait(ctx, time.Hour) {
		t.Fatal("a join that ended with a membership: not joined")
	}
	gaveUp := newFleetJoin()
	close(gaveUp.ended)
	if gaveUp.wait(ctx, time.Hour) {
		t.Fatal("a join that gave up: joined")
	}
	if newFleetJoin().wait(ctx, time.Millisecond) {
		t.Fatal("a join still under way at the bound: joined")
	}
	stopped, cancel := context.WithCancel(ctx)
	cancel()
	if newFleetJoin().wait(stopped, time.Hour) {
		t.Fatal("a stopped wait: joined")
	}
}
