package jobs

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"
	"google.golang.org/grpc/codes"

	"github.com/zkprover/zkprover/errs"
	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/isa"
	"github.com/zkprover/zkprover/queue"
	"github.com/zkprover/zkprover/statement"
)

// checks counts the costly steps of checking requests (Options.OnCheck).
type checks struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *checks) record(step string, _ int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.n == nil {
		c.n = map[string]int{}
	}
	c.n[step]++
}

func (c *checks) total() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	t := 0
	for _, n := range c.n {
		t += n
	}
	return t
}

func newService(t *testing.T, o Options) *Service {
	t.Helper()
	return newServiceOn(t, queue.DefaultOptions(), o)
}

// newServiceOn is newService on a store opened with qo.
func newServiceOn(t *testing.T, qo queue.Options, o Options) *Service {
	t.Helper()
	store, err := queue.Open(t.TempDir(), qo)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = store.Close() })
	s := New(store, o)
	t.Cleanup(s.Halt)
	return s
}

func fibSpec(t *testing.T, in *executor.Input) (Spec, []byte) {
	t.Helper()
	elf, err := os.ReadFile(filepath.Join("..", "examples", "fibonacci", "fibonacci.elf"))
	if err != nil {
		t.Fatal(err)
	}
	prog, err := executor.LoadELF(elf, executor.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	sp, err := SpecOf(prog, in, 1, 1<<16, common.Address{})
	if err != nil {
		t.Fatal(err)
	}
	sp.Programs = map[string][]byte{prog.IDHex(): elf}
	return sp, elf
}

// TestMaxJobRequestBytes: the largest job request the node can accept has
// exactly MaxJobRequestBytes; one byte more is refused by its size, before
// it is decoded (its content here would decode).
func TestMaxJobRequestBytes(t *testing.T) {
	raw, err := EncodeJobRequest(JobRequest{MaxCycles: 1, ProgramID: make([]byte, 32), OnchainInput: make([]byte, statement.MaxOnchainInputBytes)})
	if err != nil {
		t.Fatal(err)
	}
	if len(raw) != MaxJobRequestBytes {
		t.Fatalf("largest job request has %d bytes, MaxJobRequestBytes is %d", len(raw), MaxJobRequestBytes)
	}
	if _, err := Build(Spec{JobRequest: raw}, executor.Limits{}); err != nil && strings.Contains(err.Error(), "job request of") {
		t.Fatalf("the largest job request refused by its size: %v", err)
	}
	_, err = Build(Spec{JobRequest: append(raw, 0)}, executor.Limits{})
	if !errors.Is(err, errs.ErrInvalid) || !strings.Contains(err.Error(), "job request of 609 bytes") {
		t.Fatalf("a job request one byte over the largest: %v", err)
	}
}

// TestSizesRefusedBeforeHashing: a request over a size bound is refused
// before any costly step (loading the ELF, hashing the offchain input or the
// state) runs, asserted through Options.OnCheck; a request within the
// bounds runs each of them, so the counter does see them.
func TestSizesRefusedBeforeHashing(t *testing.T) {
	var c checks
	s := newService(t, Options{OnCheck: c.record, Logger: testLogger()})

	good, _ := fibSpec(t, &executor.Input{Onchain: []byte{5, 0, 0, 0}, Offchain: []byte("x"), State: []statement.KV{{Key: 1, Value: 2}}})
	if _, err := s.Build(good); err != nil {
		t.Fatal(err)
	}
	if c.n[CheckProgram] != 1 || c.n[CheckOffchain] != 1 || c.n[CheckState] != 1 {
		t.Fatalf("a valid request's steps: %v", c.n)
	}

	bigState := make([]statement.KV, isa.MaxStateEntries+1)
	for i := range bigState {
		bigState[i] = statement.KV{Key: uint32(i), Value: 1}
	}
	cases := []struct {
		name string
		sp   func(Spec) Spec
		want string
	}{
		{"offchain input", func(sp Spec) Spec { sp.Offchain = make([]byte, isa.MaxOffchainBytes+1); return sp }, "offchain input of 1048577 bytes (max 1048576)"},
		{"state", func(sp Spec) Spec { sp.State = bigState; return sp }, "state of 4097 entries (max 4096)"},
		{"programs", func(sp Spec) Spec { sp.Programs = map[string][]byte{"0x01": nil, "0x02": nil}; return sp }, "2 programs sent"},
		{"job request", func(sp Spec) Spec { sp.JobRequest = make([]byte, MaxJobRequestBytes+1); return sp }, "job request of"},
	}
	for _, tc := range cases {
		before := c.total()
		_, err := s.Build(tc.sp(good))
		if !errors.Is(err, errs.ErrInvalid) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v", tc.name, err)
		}
		if c.total() != before {
			t.Errorf("%s: refused after %d costly steps", tc.name, c.total()-before)
		}
	}

	// The door-side check refuses on sizes alone: a million-entry db and an
	// oversized request are refused without even being parsed.
	for _, z := range []Sizes{{State: 1_000_000}, {Offchain: isa.MaxOffchainBytes + 1}, {JobRequest: 1 << 20}, {Programs: 2}} {
		if err := s.CheckSizes(z); !errors.Is(err, errs.ErrInvalid) {
			t.Errorf("CheckSizes(%+v): %v", z, err)
		}
	}
	s2 := newService(t, Options{MaxRequestBytes: 1000, Logger: testLogger()})
	if err := s2.CheckSizes(Sizes{Request: 1001}); !errors.Is(err, errs.ErrTooLarge) {
		t.Errorf("request over max-request-bytes: %v", err)
	}
	if err := s2.CheckSizes(Sizes{Request: 1000, JobRequest: MaxJobRequestBytes, Offchain: isa.MaxOffchainBytes, State: isa.MaxStateEntries, Programs: 1}); err != nil {
		t.Errorf("sizes at the bounds: %v", err)
	}
	// Lower configured limits are the bounds.
	s3 := newService(t, Options{Limits: executor.Limits{MaxOffchainBytes: 8, MaxStateEntries: 2}, Logger: testLogger()})
	if err := s3.CheckSizes(Sizes{Offchain: 9}); err == nil || !strings.Contains(err.Error(), "max 8") {
		t.Errorf("offchain over a configured limit: %v", err)
	}
	if err := s3.CheckSizes(Sizes{State: 3}); err == nil || !strings.Contains(err.Error(), "max 2") {
		t.Errorf("state over a configured limit: %v", err)
	}
}

// TestWaitingCap: at most MaxWaiting waits are in progress at once; one more
// is refused at once with errs.ErrTooManyWaits (RESOURCE_EXHAUSTED), while a
// request without a wait, and a wait on a finished job, are answered; a
// place freed by an ended wait is taken again.
func TestWaitingCap(t *testing.T) {
	s := newService(t, Options{MaxWaiting: 2, MaxWait: time.Hour, Logger: testLogger()})
	sp, _ := fibSpec(t, &executor.Input{Onchain: []byte{5, 0, 0, 0}})
	submit := func(nonce uint64) queue.Job {
		t.Helper()
		jr, err := DecodeJobRequest(sp.JobRequest)
		if err != nil {
			t.Fatal(err)
		}
		jr.Nonce = nonce
		c := sp
		if c.JobRequest, err = EncodeJobRequest(jr); err != nil {
			t.Fatal(err)
		}
		r, err := s.Build(c)
		if err != nil {
			t.Fatal(err)
		}
		job, err := s.Submit(context.Background(), r)
		if err != nil {
			t.Fatal(err)
		}
		return job
	}
	a, b := submit(1), submit(2)

	ctx1, stop1 := context.WithCancel(context.Background())
	defer stop1()
	ctx2, stop2 := context.WithCancel(context.Background())
	defer stop2()
	ended := make(chan error, 2)
	go func() { _, err := s.Wait(ctx1, a.ID, time.Hour); ended <- err }()
	go func() { _, err := s.Wait(ctx2, b.ID, time.Hour); ended <- err }()
	waitUntil(t, "two waits", func() bool { return s.Waiting() == 2 })

	_, err := s.Wait(context.Background(), a.ID, time.Hour)
	if !errors.Is(err, errs.ErrTooManyWaits) || !strings.Contains(err.Error(), "max-waiting") {
		t.Fatalf("a third wait: %v", err)
	}
	if c := errs.Classify(err); c.Code != codes.ResourceExhausted || c.Reason != "too_many_waits" {
		t.Fatalf("a third wait classified %+v", c)
	}
	if job, err := s.Wait(context.Background(), a.ID, 0); err != nil || job.State != queue.Queued {
		t.Fatalf("a request without a wait: %+v %v", job, err)
	}
	if err := s.Cancel(context.Background(), b.ID); err != nil {
		t.Fatal(err)
	}
	if err := <-ended; err != nil { // b's wait ends with the cancel
		t.Fatal(err)
	}
	if job, err := s.Wait(context.Background(), b.ID, time.Hour); err != nil || job.State != queue.Cancelled {
		t.Fatalf("a wait on a finished job: %+v %v", job, err)
	}
	waitUntil(t, "the ended wait's place freed", func() bool { return s.Waiting() == 1 })
	ctx3, stop3 := context.WithCancel(context.Background())
	go func() { _, err := s.Wait(ctx3, a.ID, time.Hour); ended <- err }()
	waitUntil(t, "a new wait", func() bool { return s.Waiting() == 2 })
	stop1()
	stop3()
	for range 2 {
		if err := <-ended; err != nil {
			t.Fatal(err)
		}
	}
	if n := s.Waiting(); n != 0 {
		t.Fatalf("%d waits left", n)
	}
}

// TestSubmitRecordsProgram: a job records the program it runs (what keeps
// the program from the sweep while the job is kept).
func TestSubmitRecordsProgram(t *testing.T) {
	s := newService(t, Options{Logger: testLogger()})
	sp, elf := fibSpec(t, &executor.Input{Onchain: []byte{5, 0, 0, 0}})
	r, err := s.Build(sp)
	if err != nil {
		t.Fatal(err)
	}
	job, err := s.Submit(context.Background(), r)
	if err != nil {
		t.Fatal(err)
	}
	if job.Program != r.ProgramIDHex() {
		t.Fatalf("job records program %q, want %s", job.Program, r.ProgramIDHex())
	}
	got, err := s.Store().Program(job.Program)
	if err != nil || !bytes.Equal(got, elf) {
		t.Fatalf("stored program: %v", err)
	}
}

func testLogger() zerolog.Logger { return zerolog.Nop() }

func waitUntil(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(time.Millisecond)
	}
}
