package node

import (
	"context"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/internal/testlog"
)

// TestGuardDisk: below min-free-disk the guard warns (once, not at every check); below the
// floor it stops with the reason; an unreadable free space stops nothing.
func TestGuardDisk(t *testing.T) {
	var free atomic.Int64
	free.Store(-1)
	var logs testlog.Buffer
	done := make(chan error, 1)
	go func() {
		done <- guardDisk(context.Background(), free.Load, 100, 1000, time.Millisecond, zerolog.New(&logs))
	}()
	time.Sleep(20 * time.Millisecond)
	free.Store(500) // below the reserve: a warning
	deadline := time.Now().Add(time.Minute)
	for !strings.Contains(logs.String(), "below min-free-disk") {
		if time.Now().After(deadline) {
			t.Fatal("no warning below min-free-disk")
		}
		time.Sleep(5 * time.Millisecond)
	}
	time.Sleep(20 * time.Millisecond)
	if n := strings.Count(logs.String(), "below min-free-disk"); n != 1 {
		t.Fatalf("%d warnings, want 1", n)
	}
	select {
	case err := <-done:
		t.Fatalf("stopped above the floor: %v", err)
	default:
	}
	free.Store(99) // below the floor: stop
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "99 bytes free") {
			t.Fatalf("guard stopped with %v", err)
		}
	case <-time.After(time.Minute):
		t.Fatal("the guard did not stop below the floor")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := guardDisk(ctx, func() int64 { return 1 << 40 }, 100, 1000, time.Millisecond, zerolog.Nop()); err != nil {
		t.Fatalf("a cancelled guard: %v", err)
	}
}
