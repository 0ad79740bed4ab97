package chain_test

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/contracts"
	bridge "github.com/zkprover/zkprover/doors/chain"
	"github.com/zkprover/zkprover/errs"
	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/jobs"
	"github.com/zkprover/zkprover/listener"
	"github.com/zkprover/zkprover/queue"
	"github.com/zkprover/zkprover/statement"
)

// failingJobs is a job service whose SubmitKeyed fails with err, and Get with getErr, while
// they are set.
type failingJobs struct {
	*jobs.Service
	err, getErr error
}

func (f *failingJobs) Get(ctx context.Context, id string) (queue.Job, error) {
	if f.getErr != nil {
		return queue.Job{}, f.getErr
	}
	return f.Service.Get(ctx, id)
}

func (f *failingJobs) SubmitKeyed(ctx context.Context, key string, r *jobs.Request) (queue.Job, bool, error) {
	if f.err != nil {
		return queue.Job{}, false, f.err
	}
	return f.Service.SubmitKeyed(ctx, key, r)
}

// queueErrFixture is a bridge over a job service whose errors a test sets (failingJobs),
// with the fibonacci program stored, and the chain requests it makes.
type queueErrFixture struct {
	store    *queue.Store
	js       *failingJobs
	b        *bridge.Bridge
	prog     []byte // the program id
	consumer common.Address
	nonce    uint64
}

func newQueueErrFixture(t *testing.T, o bridge.Options) *queueErrFixture {
	t.Helper()
	f := &queueErrFixture{store: openTestStore(t), consumer: common.HexToAddress("0x00000000000000000000000000000000000000c0")}
	f.js = &failingJobs{Service: jobs.New(f.store, jobs.Options{Logger: zerolog.Nop()})}
	elf, prog := fibProgram(t)
	if err := f.store.PutProgram(jobs.FieldHex(prog.ID), elf); err != nil {
		t.Fatal(err)
	}
	f.prog = contracts.ProgramIDBytes(prog.ID)
	o.ChainID = 1337
	b, err := bridge.Open(t.TempDir(), f.js, noRelay{}, o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = b.Close() })
	f.b = b
	return f
}

// request is the next onchain request (a new nonce) for the stored program.
func (f *queueErrFixture) request() listener.Job {
	f.nonce++
	return listener.Job{JobID: contracts.JobID(f.nonce, f.consumer), Nonce: f.nonce, Consumer: f.consumer, MaxCycles: 256,
		ProgramID: f.prog, OnchainInput: le32(10), Block: 7, Timestamp: 1_700_000_000}
}

// TestQueueingErrorTemporaryOrPermanent: a request the node refuses for what it is (invalid,
// unknown program, bad ELF or input, too large or long, a fault, not supported) is recorded
// rejected for good; any other error of the job service (a closed queue, a store's I/O error,
// a full disk, the node stopping, an unclassified one) is returned, nothing recorded, so that
// the listener delivers the request again, and it is queued once the node can.
func TestQueueingErrorTemporaryOrPermanent(t *testing.T) {
	ctx := context.Background()
	f := newQueueErrFixture(t, bridge.Options{})
	store, js, b, request := f.store, f.js, f.b, f.request

	for _, cause := range []error{
		fmt.Errorf("adding job: %w", queue.ErrClosed),
		&fs.PathError{Op: "write", Path: "000001.vlog", Err: syscall.EIO}, // Badger's I/O
		fmt.Errorf("job store: %w", queue.ErrDiskLow),
		errs.ErrShuttingDown,
		errs.ErrUnavailable,
		errors.New("something unclassified"),
	} {
		j := request()
		id := bridge.JobRelayID(j.JobID)
		js.err = cause
		if err := b.JobCreated(ctx, j); err == nil || !errors.Is(err, cause) {
			t.Fatalf("%v: JobCreated answered %v, want the error (temporary: the listener retries)", cause, err)
		}
		if st, err := b.Status(id); err == nil {
			t.Fatalf("%v: entry recorded: %s", cause, st.Summary())
		}
		js.err = nil
		if err := b.JobCreated(ctx, j); err != nil {
			t.Fatal(err)
		}
		if st, err := b.Status(id); err != nil || st.Stage != bridge.StageProving || st.NodeJob == "" {
			t.Fatalf("%v: after the retry %s (%v), want proving", cause, st.Summary(), err)
		}
	}

	for _, cause := range []error{
		errs.Invalidf("maxCycles is zero"),
		fmt.Errorf("%w 0x01: send its ELF with the job", errs.ErrUnknownProgram),
		fmt.Errorf("loading: %w", executor.ErrBadELF),
		fmt.Errorf("onchain input: %w", executor.ErrBadInput),
		fmt.Errorf("request: %w", queue.ErrTooLarge),
		fmt.Errorf("run: %w", executor.ErrTraceTooLong),
		fmt.Errorf("run: %w", &executor.Fault{Kind: executor.ErrIllegalInstruction}),
		fmt.Errorf("%w: no such thing here", errs.ErrNotSupported),
	} {
		j := request()
		js.err = cause
		if err := b.JobCreated(ctx, j); err != nil {
			t.Fatalf("%v: JobCreated answered %v, want the request recorded rejected", cause, err)
		}
		js.err = nil
		st, err := b.Status(bridge.JobRelayID(j.JobID))
		want := cause.Error()
		if errors.Is(cause, errs.ErrUnknownProgram) {
			want += "; a chain request is not sent again: cancel it on chain and request it again once the node holds the program (zkprover submit-program)"
		}
		if err != nil || st.Stage != bridge.StageRejected || st.Reason != want || st.NodeJob != "" {
			t.Fatalf("%v: %s (%v), want rejected with the error", cause, st.Summary(), err)
		}
	}

	// A queue closed under the bridge (the node stopping): retried, not rejected.
	if err := store.Close(); err != nil {
		t.Fatal(err)
	}
	j := request()
	if err := b.JobCreated(ctx, j); err == nil {
		t.Fatal("JobCreated answered though the job store is closed")
	} else {
		t.Logf("closed store: %v", err)
	}
	if st, err := b.Status(bridge.JobRelayID(j.JobID)); err == nil {
		t.Fatalf("entry recorded over a closed store: %s", st.Summary())
	}
}

// TestQueueingErrorGivenUp: a request the job service keeps refusing with an error that names
// neither the request nor the node's state (a store's I/O error on its program, say) is
// retried for QueueRetryFor, then recorded rejected with the error, so that it cannot hold the
// listener's cursor (and every later request) for good; the node's state (a full queue) is
// retried as long as it lasts.
func TestQueueingErrorGivenUp(t *testing.T) {
	ctx := context.Background()
	f := newQueueErrFixture(t, bridge.Options{QueueRetryFor: time.Nanosecond})
	js, b := f.js, f.b
	for _, c := range []struct {
		cause    error
		rejected bool
	}{
		{fmt.Errorf("job store: %w", queue.ErrQueueFull), false},
		{&fs.PathError{Op: "read", Path: "000001.vlog", Err: syscall.EIO}, true},
	} {
		j := f.request()
		js.err = c.cause
		if err := b.JobCreated(ctx, j); !errors.Is(err, c.cause) {
			t.Fatalf("%v: the first try answered %v, want the error", c.cause, err)
		}
		time.Sleep(time.Millisecond) // past QueueRetryFor
		err := b.JobCreated(ctx, j)
		st, serr := b.Status(bridge.JobRelayID(j.JobID))
		switch {
		case c.rejected && (err != nil || serr != nil || st.Stage != bridge.StageRejected || !strings.Contains(st.Reason, "could not queue it")):
			t.Fatalf("%v: after QueueRetryFor: %v, %s (%v), want rejected", c.cause, err, st.Summary(), serr)
		case !c.rejected && (!errors.Is(err, c.cause) || serr == nil):
			t.Fatalf("%v: after QueueRetryFor: %v, entry %v, want retried as long as it lasts", c.cause, err, serr)
		}
	}
}

// TestJobServiceErrorsSayWhat: an error of the job service reaches the bridge's caller with
// what the bridge was doing (and the cause, for errors.Is): queueing an offchain job, reading
// a proving entry's node job.
func TestJobServiceErrorsSayWhat(t *testing.T) {
	ctx := context.Background()
	f := newQueueErrFixture(t, bridge.Options{})
	js, b, consumer, pid := f.js, f.b, f.consumer, f.prog
	off := &contracts.OffchainJobRequest{Nonce: contracts.OffchainNonceMin + 1, MaxCycles: 256, Consumer: consumer, ProgramID: pid,
		OnchainInput: le32(10), OffchainInputHash: contracts.Bytes32(statement.OffchainHash(nil)), StateHash: contracts.Bytes32(statement.StateRoot(nil))}
	enc, err := off.Encode()
	if err != nil {
		t.Fatal(err)
	}
	r := &jobs.Request{Onchain: off.OnchainInput, MaxCycles: off.MaxCycles, Nonce: off.Nonce, Consumer: off.Consumer,
		Context: contracts.OffchainJobContext(1337, off), Signature: []byte{1}, JobRequest: enc}
	copy(r.ProgramID[:], pid)
	id := bridge.JobRelayID(contracts.JobID(off.Nonce, consumer))

	js.err = fmt.Errorf("adding job: %w", queue.ErrClosed)
	if _, err := b.SubmitOffchain(ctx, r, false); !errors.Is(err, queue.ErrClosed) || !strings.Contains(err.Error(), "queueing offchain job "+id) {
		t.Fatalf("SubmitOffchain over a closed queue: %v", err)
	}
	js.err = nil
	if _, err := b.SubmitOffchain(ctx, r, false); err != nil {
		t.Fatal(err)
	}
	st, err := b.Status(id)
	if err != nil || st.Stage != bridge.StageProving {
		t.Fatalf("%s (%v)", st.Summary(), err)
	}
	js.getErr = &fs.PathError{Op: "read", Path: "000001.vlog", Err: syscall.EIO}
	if err := b.Step(ctx); !errors.Is(err, syscall.EIO) || !strings.Contains(err.Error(), "reading node job "+st.NodeJob+" of "+id) {
		t.Fatalf("step whose node job cannot be read: %v", err)
	}
	if st, err := b.Status(id); err != nil || st.Stage != bridge.StageProving {
		t.Fatalf("after a failed read: %s (%v), want still proving", st.Summary(), err)
	}
}
