package chain_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/contracts"
	bridge "github.com/zkprover/zkprover/doors/chain"
	"github.com/zkprover/zkprover/errs"
	"github.com/zkprover/zkprover/jobs"
	"github.com/zkprover/zkprover/listener"
	"github.com/zkprover/zkprover/queue"
	"github.com/zkprover/zkprover/statement"
)

// crashingJobs is the job service of a node that stops right after a node
// job is stored, while crash is set: the job is queued, and the bridge gets
// an error instead of its id, so it writes no entry (as after a crash
// between the two).
type crashingJobs struct {
	*jobs.Service
	crash bool
}

func (c *crashingJobs) SubmitKeyed(ctx context.Context, key string, r *jobs.Request) (queue.Job, bool, error) {
	job, existed, err := c.Service.SubmitKeyed(ctx, key, r)
	if err == nil && c.crash {
		return queue.Job{}, false, fmt.Errorf("the node stopped after queueing %s: %w", job.ID, errs.ErrShuttingDown)
	}
	return job, existed, err
}

// TestCrashBetweenNodeJobAndEntry: a request whose node job was queued but
// whose entry was not written (the node stopped in between) gets, when seen
// again after a restart of the bridge, the node job queued the first time:
// one node job per request, its entry written; for an offchain request
// (SubmitOffchain, the coprocessor door's relay) and an onchain one
// (JobCreated, which the listener delivers again).
func TestCrashBetweenNodeJobAndEntry(t *testing.T) {
	ctx := context.Background()
	qo := queue.DefaultOptions()
	qo.SyncWrites = false
	store, err := queue.Open(filepath.Join(t.TempDir(), "queue"), qo)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	js := &crashingJobs{Service: jobs.New(store, jobs.Options{Logger: zerolog.Nop()})}
	elf, prog := fibProgram(t)
	if err := store.PutProgram(jobs.FieldHex(prog.ID), elf); err != nil {
		t.Fatal(err)
	}
	consumer := common.HexToAddress("0x00000000000000000000000000000000000000c0")
	pid := contracts.ProgramIDBytes(prog.ID)

	off := &contracts.OffchainJobRequest{Nonce: contracts.OffchainNonceMin + 1, MaxCycles: 256, Consumer: consumer, ProgramID: pid,
		OnchainInput: le32(10), OffchainInputHash: contracts.Bytes32(statement.OffchainHash(nil)), StateHash: contracts.Bytes32(statement.StateRoot(nil))}
	enc, err := off.Encode()
	if err != nil {
		t.Fatal(err)
	}
	r := &jobs.Request{Onchain: off.OnchainInput, MaxCycles: off.MaxCycles, Nonce: off.Nonce, Consumer: off.Consumer,
		Context: contracts.OffchainJobContext(1337, off), Signature: []byte{1}, JobRequest: enc}
	copy(r.ProgramID[:], pid)
	on := listener.Job{JobID: contracts.JobID(1, consumer), Nonce: 1, Consumer: consumer, MaxCycles: 256, ProgramID: pid,
		OnchainInput: le32(10), Block: 7, Timestamp: 1_700_000_000}
	offID, onID := bridge.JobRelayID(contracts.JobID(off.Nonce, consumer)), bridge.JobRelayID(on.JobID)

	dir := t.TempDir()
	b, err := bridge.Open(dir, js, noRelay{}, bridge.Options{ChainID: 1337})
	if err != nil {
		t.Fatal(err)
	}
	js.crash = true
	if _, err := b.SubmitOffchain(ctx, r, false); err == nil {
		t.Fatal("SubmitOffchain answered though the node stopped")
	}
	if err := b.JobCreated(ctx, on); err == nil {
		t.Fatal("JobCreated answered though the node stopped")
	}
	if n := len(store.Pending()); n != 2 || len(b.List()) != 0 {
		t.Fatalf("after the crash: %d node jobs (want 2), %d entries (want 0)", n, len(b.List()))
	}
	_ = b.Close()

	js.crash = false
	b, err = bridge.Open(dir, js, noRelay{}, bridge.Options{ChainID: 1337})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	got, err := b.SubmitOffchain(ctx, r, false)
	if err != nil {
		t.Fatal(err)
	}
	if err := b.JobCreated(ctx, on); err != nil {
		t.Fatal(err)
	}
	if n := len(store.Pending()); n != 2 {
		t.Fatalf("%d node jobs for two requests, each seen twice", n)
	}
	for _, id := range []string{offID, onID} {
		job, err := store.JobOfKey(bridge.NodeJobKey("", id))
		if err != nil {
			t.Fatal(err)
		}
		st, err := b.Status(id)
		if err != nil || st.NodeJob != job.ID || st.Stage != bridge.StageProving {
			t.Fatalf("%s: entry %+v (%v), want node job %s proving", id, st.Entry, err, job.ID)
		}
		if id == offID && got != job.ID {
			t.Fatalf("SubmitOffchain answered node job %s, want %s", got, job.ID)
		}
	}
}
