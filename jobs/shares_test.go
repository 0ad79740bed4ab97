package jobs

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkprover/zkprover/errs"
	"github.com/zkprover/zkprover/executor"
)

// TestWaitShare: an authenticated client holds at most a quarter of the
// node's waiting places (MaxWaiting 8: 2); its next wait is refused at
// once while another client's is still admitted, and a place it gives
// back is its again.
func TestWaitShare(t *testing.T) {
	s := newService(t, Options{MaxWaiting: 8, Logger: testLogger()})
	// no worker: the jobs stay queued
	submitAs := func(ctx context.Context, n byte) string {
		t.Helper()
		sp, _ := fibSpec(t, &executor.Input{Onchain: []byte{n, 0, 0, 0}})
		r, err := s.Build(sp)
		if err != nil {
			t.Fatal(err)
		}
		j, err := s.Submit(ctx, r)
		if err != nil {
			t.Fatal(err)
		}
		return j.ID
	}
	aliceJob, bobJob := submitAs(asClient("alice"), 5), submitAs(asClient("bob"), 6)
	ctx, cancel := context.WithCancel(asClient("alice"))
	defer cancel()
	var wg sync.WaitGroup
	defer wg.Wait()
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, _ = s.Wait(ctx, aliceJob, time.Hour)
		}()
	}
	waitUntil(t, "alice's two waits", func() bool { return s.Waiting() == 2 })
	// (a wait that is let in ends with the context: a failure, not a hang)
	tctx, tcancel := context.WithTimeout(asClient("alice"), 20*time.Second)
	defer tcancel()
	if _, err := s.Wait(tctx, aliceJob, time.Hour); !errors.Is(err, errs.ErrTooManyWaits) {
		t.Fatalf("alice's third wait: %v, want too many waits", err)
	}
	bctx, bcancel := context.WithCancel(asClient("bob"))
	wg.Add(1)
	go func() {
		defer wg.Done()
		_, _ = s.Wait(bctx, bobJob, time.Hour)
	}()
	waitUntil(t, "bob's wait", func() bool { return s.Waiting() == 3 })
	bcancel()
	waitUntil(t, "bob's wait ended", func() bool { return s.Waiting() == 2 })
	// the node's own waits are not a client's
	sctx, scancel := context.WithCancel(context.Background())
	wg.Add(1)
	go func() {
		defer wg.Done()
		_, _ = s.Wait(sctx, aliceJob, time.Hour)
	}()
	waitUntil(t, "the node's own wait", func() bool { return s.Waiting() == 3 })
	scancel()
	cancel()
	waitUntil(t, "the waits ended", func() bool { return s.Waiting() == 0 })
	wctx, wcancel := context.WithTimeout(asClient("alice"), 10*time.Millisecond)
	defer wcancel()
	if _, err := s.Wait(wctx, aliceJob, time.Hour); err != nil {
		t.Fatalf("alice's wait after hers ended: %v", err)
	}
}

// TestExecutionShare: an authenticated client runs at most half of the
// node's executions at once (MaxExecutions 4: 2); its next one is refused
// at once while another client's still runs.
func TestExecutionShare(t *testing.T) {
	s := newService(t, Options{MaxExecutions: 4, MaxCycles: 1 << 27, Logger: testLogger()})
	elf, err := os.ReadFile(filepath.Join("..", "examples", "fibonacci", "fibonacci.elf"))
	if err != nil {
		t.Fatal(err)
	}
	prog, err := executor.LoadELF(elf, executor.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	request := func(n byte, cycles uint64) *Request {
		t.Helper()
		in := []byte{n, 0, 0, 0}
		if n == 0xff {
			in = []byte{n, n, n, n}
		}
		sp, err := SpecOf(prog, &executor.Input{Onchain: in}, 1, cycles, common.Address{})
		if err != nil {
			t.Fatal(err)
		}
		sp.Programs = map[string][]byte{prog.IDHex(): elf}
		r, err := s.Build(sp)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	long := request(0xff, 1<<27) // stopped by its caller
	ctx, cancel := context.WithCancel(asClient("alice"))
	var wg sync.WaitGroup
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, _ = s.Execute(ctx, long)
		}()
	}
	waitUntil(t, "alice's two runs", func() bool { return s.Executing() == 2 })
	if _, err := s.Execute(asClient("alice"), request(5, 1<<16)); !errors.Is(err, errs.ErrTooManyExecutions) {
		t.Fatalf("alice's third run: %v, want too many executions", err)
	}
	if e, err := s.Execute(asClient("bob"), request(5, 1<<16)); err != nil || e.Result == nil {
		t.Fatalf("bob's run while alice holds her share: %+v %v", e, err)
	}
	cancel()
	wg.Wait()
	if e, err := s.Execute(asClient("alice"), request(5, 1<<16)); err != nil || e.Result == nil {
		t.Fatalf("alice's run after hers ended: %+v %v", e, err)
	}
}
