package listener_test

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/listener"
)

// flakyClient fails BlockNumber while down is set, FilterLogs while logsDown is.
type flakyClient struct {
	listener.Client
	down, logsDown atomic.Bool
}

func (f *flakyClient) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if f.logsDown.Load() {
		return nil, errors.New("logs unavailable")
	}
	return f.Client.FilterLogs(ctx, q)
}

func (f *flakyClient) BlockNumber(ctx context.Context) (uint64, error) {
	if f.down.Load() {
		return 0, errors.New("node down")
	}
	return f.Client.BlockNumber(ctx)
}

// gather reads the listener's metrics by name (absent ones are missing from the map).
func gather(t *testing.T, l *listener.Listener) map[string]float64 {
	t.Helper()
	reg := prometheus.NewRegistry()
	if err := reg.Register(l.Collector()); err != nil {
		t.Fatal(err)
	}
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]float64{}
	for _, mf := range mfs {
		for _, m := range mf.GetMetric() {
			if m.Gauge != nil {
				got[mf.GetName()] = m.GetGauge().GetValue()
			} else {
				got[mf.GetName()] = m.GetCounter().GetValue()
			}
		}
	}
	return got
}

// TestMetrics: the listener's metrics follow its steps: the head it read, the last processed
// block (also after a restart, before any step), the lag while steps fail, the failed steps.
func TestMetrics(t *testing.T) {
	e := newEnv(t)
	dir := t.TempDir()
	fc := &flakyClient{Client: e.client}
	open := func() *listener.Listener {
		l, err := listener.Open(fc, dir, &sink{}, listener.Options{JobManager: e.jmAddr, Coordinator: e.coordAddr,
			Node: testNode, Confirmations: 2, Logger: zerolog.New(zerolog.NewTestWriter(t))})
		if err != nil {
			t.Fatal(err)
		}
		return l
	}
	l := open()
	if got := gather(t, l); len(got) != 1 || got["zkprover_listener_step_failures_total"] != 0 {
		t.Fatalf("metrics before a step: %v", got)
	}
	for range 3 {
		e.sim.Commit()
	}
	if err := l.Step(e.ctx); err != nil {
		t.Fatal(err)
	}
	head, err := e.client.BlockNumber(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	got := gather(t, l)
	if got["zkprover_listener_head_block"] != float64(head) || got["zkprover_listener_processed_block"] != float64(head-1) ||
		got["zkprover_listener_lag_blocks"] != 0 || got["zkprover_listener_last_success_timestamp_seconds"] == 0 {
		t.Fatalf("metrics after a step at head %d: %v", head, got)
	}
	// The node fails: steps fail, counted; blocks come; the next good step catches up.
	fc.down.Store(true)
	for range 2 {
		e.sim.Commit()
		if err := l.Step(e.ctx); err == nil {
			t.Fatal("a step without the head block succeeded")
		}
	}
	if got := gather(t, l); got["zkprover_listener_step_failures_total"] != 2 || got["zkprover_listener_head_block"] != float64(head) {
		t.Fatalf("metrics after two failed steps: %v", got)
	}
	// The head is read again but the logs fail: the lag shows the blocks waiting.
	fc.down.Store(false)
	fc.logsDown.Store(true)
	if err := l.Step(e.ctx); err == nil {
		t.Fatal("a step without logs succeeded")
	}
	if got := gather(t, l); got["zkprover_listener_step_failures_total"] != 3 || got["zkprover_listener_head_block"] != float64(head+2) ||
		got["zkprover_listener_processed_block"] != float64(head-1) || got["zkprover_listener_lag_blocks"] != 2 {
		t.Fatalf("metrics while the logs fail: %v", got)
	}
	fc.logsDown.Store(false)
	if err := l.Step(e.ctx); err != nil {
		t.Fatal(err)
	}
	if got := gather(t, l); got["zkprover_listener_head_block"] != float64(head+2) || got["zkprover_listener_processed_block"] != float64(head+1) ||
		got["zkprover_listener_lag_blocks"] != 0 {
		t.Fatalf("metrics after catching up: %v", got)
	}
	_ = l.Close()
	// Restarted: the processed block is known before the first step; head and lag are not.
	l = open()
	defer l.Close()
	if got := gather(t, l); got["zkprover_listener_processed_block"] != float64(head+1) || len(got) != 2 {
		t.Fatalf("metrics after a restart: %v", got)
	}
}
