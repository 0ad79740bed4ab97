package chain_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkprover/zkprover/contracts"
	bridge "github.com/zkprover/zkprover/doors/chain"
	"github.com/zkprover/zkprover/jobs"
	"github.com/zkprover/zkprover/listener"
	"github.com/zkprover/zkprover/queue"
)

// slowJobs is a job service of one job whose Get, once armed, waits for a
// release before it answers (with the job's state at that moment).
type slowJobs struct {
	mu      sync.Mutex
	state   queue.State
	armed   bool
	entered chan struct{}
	release chan struct{}
}

func (s *slowJobs) SubmitKeyed(context.Context, string, *jobs.Request) (queue.Job, bool, error) {
	return queue.Job{ID: "00000000-0000-0000-0000-000000000001", State: queue.Queued}, false, nil
}

func (s *slowJobs) Get(_ context.Context, id string) (queue.Job, error) {
	s.mu.Lock()
	armed := s.armed
	s.armed = false
	s.mu.Unlock()
	if armed {
		close(s.entered)
		<-s.release
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return queue.Job{ID: id, State: s.state}, nil
}

func (s *slowJobs) Cancel(context.Context, string) error {
	s.mu.Lock()
	s.state = queue.Cancelled
	s.mu.Unlock()
	return nil
}

// TestCancelOnChainWhileStepReadsTheJob: a cancellation on chain that arrives
// while the bridge's step is reading the node job's state is not overwritten
// by the step (which would see the job cancelled and record "no result"):
// the request ends cancelled on chain, as it was.
func TestCancelOnChainWhileStepReadsTheJob(t *testing.T) {
	ctx := context.Background()
	js := &slowJobs{state: queue.Running, entered: make(chan struct{}), release: make(chan struct{})}
	b, err := bridge.Open(t.TempDir(), js, noRelay{}, bridge.Options{ChainID: 1337})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	consumer := common.HexToAddress("0x00000000000000000000000000000000000000c0")
	j := listener.Job{JobID: contracts.JobID(1, consumer), Nonce: 1, Consumer: consumer, MaxCycles: 256, ProgramID: make([]byte, 32)}
	if err := b.JobCreated(ctx, j); err != nil {
		t.Fatal(err)
	}
	js.mu.Lock()
	js.armed = true
	js.mu.Unlock()
	stepped := make(chan error, 1)
	go func() { stepped <- b.Step(ctx) }()
	<-js.entered // the step reads the node job (running)
	cancelled := make(chan error, 1)
	go func() { cancelled <- b.JobCancelled(ctx, j.JobID) }()
	// Let the cancellation run as far as it can while the step waits (not
	// far: the step holds the entry). A correct bridge passes however long
	// this is; a racy one, whose cancellation completes meanwhile, fails.
	var cancelErr error
	done := false
	select {
	case cancelErr = <-cancelled:
		done = true
	case <-time.After(200 * time.Millisecond):
	}
	close(js.release)
	if err := <-stepped; err != nil {
		t.Fatal(err)
	}
	if !done {
		cancelErr = <-cancelled
	}
	if cancelErr != nil {
		t.Fatal(cancelErr)
	}
	st, err := b.Status(bridge.JobRelayID(j.JobID))
	if err != nil || st.Stage != bridge.StageCancelled || st.Reason != "cancelled on chain" {
		t.Fatalf("after a cancellation on chain during a step: %s (%v)", st.Summary(), err)
	}
}
