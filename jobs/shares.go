package jobs

import (
	"context"
	"sync"

	"github.com/zkprover/zkprover/auth"
)

// waitShare is an authenticated client's share of max waits: a quarter, at
// least one.
func waitShare(n int) int { return (n + 3) / 4 }

// execShare is an authenticated client's share of max executions: half, at
// least one.
func execShare(n int) int { return (n + 1) / 2 }

// callerName is the name of the authenticated client of ctx ("" for the
// node's own calls and anonymous callers, which the shares do not bound).
func callerName(ctx context.Context) string {
	if p, ok := auth.FromCaller(ctx); ok {
		return p.Name
	}
	return ""
}

// shares counts the places of a node-wide bound each client holds.
type shares struct {
	mu   sync.Mutex
	held map[string]int
}

// take takes a place for owner if it holds fewer than limit; owner ""
// always gets one (not counted).
func (sh *shares) take(owner string, limit int) bool {
	if owner == "" {
		return true
	}
	sh.mu.Lock()
	defer sh.mu.Unlock()
	if sh.held[owner] >= limit {
		return false
	}
	if sh.held == nil {
		sh.held = map[string]int{}
	}
	sh.held[owner]++
	return true
}

// give gives back a place owner took.
func (sh *shares) give(owner string) {
	if owner == "" {
		return
	}
	sh.mu.Lock()
	defer sh.mu.Unlock()
	if sh.held[owner]--; sh.held[owner] <= 0 {
		delete(sh.held, owner)
	}
}
