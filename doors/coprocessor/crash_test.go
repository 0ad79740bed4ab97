package coprocessor

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"testing"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/zkprover/zkprover/contracts"
	"github.com/zkprover/zkprover/doors/chain"
	"github.com/zkprover/zkprover/errs"
	"github.com/zkprover/zkprover/jobs"
	pb "github.com/zkprover/zkprover/proto/coprocessor_node/v1"
	"github.com/zkprover/zkprover/queue"
	"github.com/zkprover/zkprover/relayer"
)

// failPut makes the door's next index writes fail, as if the node stopped
// after queueing the node job and before writing the entry.
func (td *testDoor) failPut() {
	td.door.index.beforePut = func(*entry) error { return errors.New("the node stopped") }
}

// indexed is the door's entry of a job id, failing the test when there is none.
func (td *testDoor) indexed(t *testing.T, id [32]byte) *entry {
	t.Helper()
	e, err := td.door.index.get(jobIDHex(id))
	if err != nil {
		t.Fatalf("index entry of 0x%x: %v", id, err)
	}
	return e
}

// TestCrashBeforeIndexEntry: SubmitJob queues the node job, then the node
// stops before it writes the job's index entry. The same request submitted
// again after a restart is answered as the first would have been (the job
// id), with no second node job: the one queued the first time is indexed.
// Then the job exists (AlreadyExists). A different request for the job id
// in that window is refused with AlreadyExists, and the job id indexed to
// the node job that exists.
func TestCrashBeforeIndexEntry(t *testing.T) {
	dir := t.TempDir()
	td := startDoor(t, dir, false)
	ctx := context.Background()
	elf := readExample(t, "fibonacci")
	if _, err := td.client.SubmitProgram(ctx, &pb.SubmitProgramRequest{ProgramElf: elf}); err != nil {
		t.Fatal(err)
	}
	prog := programID(t, elf)
	req := td.job(t, prog, 1<<63+7, le32(10), nil, nil)
	other := td.job(t, prog, 1<<63+8, le32(10), nil, nil)
	otherAgain := td.job(t, prog, 1<<63+8, le32(11), nil, nil)
	td.failPut()
	for _, r := range []*pb.SubmitJobRequest{req, other} {
		if _, err := td.client.SubmitJob(ctx, r); err == nil {
			t.Fatal("SubmitJob answered though its index entry was not written")
		}
	}
	if n := len(td.store.Pending()); n != 2 {
		t.Fatalf("%d node jobs queued before the crash, want 2", n)
	}
	td.stop()

	td = startDoor(t, dir, false)
	resp, err := td.client.SubmitJob(ctx, req)
	if err != nil {
		t.Fatalf("the same request after the crash: %v", err)
	}
	id := contracts.JobID(1<<63+7, consumer)
	if string(resp.JobId) != string(id[:]) {
		t.Fatalf("job id %x, want %x", resp.JobId, id)
	}
	if _, err := td.client.SubmitJob(ctx, otherAgain); status.Code(err) != codes.AlreadyExists {
		t.Fatalf("another request for a job id queued before the crash: %v, want AlreadyExists", err)
	}
	if n := len(td.store.Pending()); n != 2 {
		t.Fatalf("%d node jobs after the resubmissions, want 2 (one per job id)", n)
	}
	for nonce, onchain := range map[uint64][]byte{1<<63 + 7: le32(10), 1<<63 + 8: le32(10)} {
		jid := contracts.JobID(nonce, consumer)
		e := td.indexed(t, jid)
		job, err := td.store.JobOfKey(NodeJobKey("", jid))
		if err != nil || e.NodeJob != job.ID || e.Relayed || e.Nonce != nonce {
			t.Fatalf("nonce %d: entry %+v, node job %s (%v)", nonce, e, job.ID, err)
		}
		res, err := td.client.GetResult(ctx, &pb.GetResultRequest{JobId: jid[:]})
		if err != nil || res.JobResult.Status.Status != pb.JobStatusType_JOB_STATUS_TYPE_PENDING || string(res.JobResult.OnchainInput) != string(onchain) {
			t.Fatalf("nonce %d: GetResult %v %v", nonce, res, err)
		}
	}
	for _, r := range []*pb.SubmitJobRequest{req, other} {
		if _, err := td.client.SubmitJob(ctx, r); status.Code(err) != codes.AlreadyExists {
			t.Fatalf("an indexed job again: %v, want AlreadyExists", err)
		}
	}
	if n := len(td.store.Pending()); n != 2 {
		t.Fatalf("%d node jobs at the end, want 2", n)
	}
}

// crashingJobs is the job service as the chain door sees it, in a node
// that stops right after a node job is stored (while crash is set).
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

type noRelayer struct{}

func (noRelayer) Submit(relayer.Request) (relayer.Tx, error) {
	return relayer.Tx{}, errors.New("no relayer")
}
func (noRelayer) Get(string) (relayer.Tx, error) { return relayer.Tx{}, relayer.ErrNotFound }

// TestCrashRelayed: the same for relayed jobs (the chain door queues them):
// a stop after the chain door queued the node job and before it wrote its
// entry, and a stop after the chain door answered and before the index
// entry; and a job queued without relay before a stop, submitted again to a
// node that relays. Each time the resubmission is answered, one node job
// exists for the job id and the entries are written.
func TestCrashRelayed(t *testing.T) {
	td := startDoor(t, t.TempDir(), false)
	ctx := context.Background()
	elf := readExample(t, "fibonacci")
	if _, err := td.client.SubmitProgram(ctx, &pb.SubmitProgramRequest{ProgramElf: elf}); err != nil {
		t.Fatal(err)
	}
	prog := programID(t, elf)
	cj := &crashingJobs{Service: td.jobs}
	bridgeDir := filepath.Join(t.TempDir(), "bridge")
	br, err := chain.Open(bridgeDir, cj, noRelayer{}, chain.Options{ChainID: 1337})
	if err != nil {
		t.Fatal(err)
	}
	td.door.opts.Relay = br
	nonces := []uint64{1<<63 + 20, 1<<63 + 21, 1<<63 + 22}
	reqs := make([]*pb.SubmitJobRequest, len(nonces))
	for i, n := range nonces {
		reqs[i] = td.job(t, prog, n, le32(10), nil, nil)
	}

	// 1: the chain door queues the node job and stops before its entry.
	cj.crash = true
	if _, err := td.client.SubmitJob(ctx, reqs[0]); err == nil {
		t.Fatal("SubmitJob answered though the chain door stopped")
	}
	cj.crash = false
	// 2: the chain door answers; the door stops before its index entry.
	td.failPut()
	if _, err := td.client.SubmitJob(ctx, reqs[1]); err == nil {
		t.Fatal("SubmitJob answered though its index entry was not written")
	}
	// 3: queued without relay, then the node relays.
	td.door.opts.Relay = nil
	if _, err := td.client.SubmitJob(ctx, reqs[2]); err == nil {
		t.Fatal("SubmitJob answered though its index entry was not written")
	}
	if n := len(td.store.Pending()); n != 3 {
		t.Fatalf("%d node jobs queued before the stops, want 3", n)
	}

	// The restart: the chain door reopens its store, the index writes work.
	_ = br.Close()
	if br, err = chain.Open(bridgeDir, cj, noRelayer{}, chain.Options{ChainID: 1337}); err != nil {
		t.Fatal(err)
	}
	defer br.Close()
	td.door.opts.Relay = br
	td.door.index.beforePut = nil
	for i, r := range reqs {
		if _, err := td.client.SubmitJob(ctx, r); err != nil {
			t.Fatalf("request %d after the stop: %v", i+1, err)
		}
	}
	if n := len(td.store.Pending()); n != 3 {
		t.Fatalf("%d node jobs after the resubmissions, want 3 (one per job id)", n)
	}
	for i, n := range nonces {
		jid := contracts.JobID(n, consumer)
		e := td.indexed(t, jid)
		key, relayed := chain.NodeJobKey("", chain.JobRelayID(jid)), true
		if i == 2 {
			key, relayed = NodeJobKey("", jid), false
		}
		job, err := td.store.JobOfKey(key)
		if err != nil || e.NodeJob != job.ID || e.Relayed != relayed {
			t.Fatalf("request %d: entry %+v, node job %s (%v), want relayed %v", i+1, e, job.ID, err, relayed)
		}
		st, err := br.Status(chain.JobRelayID(jid))
		switch {
		case relayed && (err != nil || st.NodeJob != job.ID || st.Stage != chain.StageProving):
			t.Fatalf("request %d: the chain door's entry %+v (%v), want node job %s proving", i+1, st.Entry, err, job.ID)
		case !relayed && err == nil:
			t.Fatalf("request %d, queued without relay: the chain door has an entry %+v", i+1, st.Entry)
		}
		if _, err := td.client.SubmitJob(ctx, reqs[i]); status.Code(err) != codes.AlreadyExists {
			t.Fatalf("request %d again: %v, want AlreadyExists", i+1, err)
		}
	}
}
