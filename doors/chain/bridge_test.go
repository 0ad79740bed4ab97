package chain_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/contracts"
	bridge "github.com/zkprover/zkprover/doors/chain"
	"github.com/zkprover/zkprover/jobs"
	"github.com/zkprover/zkprover/listener"
	"github.com/zkprover/zkprover/queue"
	"github.com/zkprover/zkprover/relayer"
)

// noRelay is a relayer that holds nothing (these tests never reach relaying).
type noRelay struct{}

func (noRelay) Submit(relayer.Request) (relayer.Tx, error) { return relayer.Tx{}, os.ErrInvalid }
func (noRelay) Get(id string) (relayer.Tx, error)          { return relayer.Tx{}, relayer.ErrNotFound }

// TestRequestsToNodeJobs: the bridge over a real job queue (no prover): onchain requests
// become node jobs once, an unknown program is rejected with its reason, a cancellation on
// chain cancels the node job, and the mapping survives a restart.
func TestRequestsToNodeJobs(t *testing.T) {
	ctx := context.Background()
	qo := queue.DefaultOptions()
	qo.SyncWrites = false
	store, err := queue.Open(filepath.Join(t.TempDir(), "queue"), qo)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	js := jobs.New(store, jobs.Options{Logger: zerolog.Nop()})
	elf, prog := fibProgram(t)
	if err := store.PutProgram(jobs.FieldHex(prog.ID), elf); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	b, err := bridge.Open(dir, js, noRelay{}, bridge.Options{ChainID: 1337})
	if err != nil {
		t.Fatal(err)
	}
	consumer := common.HexToAddress("0x00000000000000000000000000000000000000c0")
	pid := contracts.ProgramIDBytes(prog.ID)
	j := listener.Job{JobID: contracts.JobID(1, consumer), Nonce: 1, Consumer: consumer, MaxCycles: 256, ProgramID: pid,
		OnchainInput: le32(10), Block: 7, Timestamp: 1_700_000_000}
	for i := 0; i < 2; i++ {
		if err := b.JobCreated(ctx, j); err != nil {
			t.Fatal(err)
		}
	}
	st, err := b.Status(common.Hash(j.JobID).Hex())
	if err != nil || st.Stage != bridge.StageProving || st.NodeJob == "" {
		t.Fatalf("%+v %v", st, err)
	}
	if ri, ok := b.RelayStatus(st.NodeJob); !ok || ri.State != "proving" || ri.RelayID != bridge.JobRelayID(j.JobID) || ri.TxHash != "" {
		t.Fatalf("relay status of the node job: %+v %v", ri, ok)
	}
	if ri, ok := b.RelayStatus("00000000-0000-0000-0000-000000000000"); ok {
		t.Fatalf("relay status of a job of no chain request: %+v", ri)
	}
	if c := store.Counts()[queue.Queued]; c != 1 {
		t.Fatalf("%d node jobs for one request seen twice", c)
	}
	raw, err := store.Request(st.NodeJob)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(raw), `"Timestamp":1700000000`) {
		t.Fatalf("the node job lacks the onchain context: %s", raw)
	}

	unknown := j
	unknown.JobID, unknown.Nonce, unknown.ProgramID = contracts.JobID(2, consumer), 2, make([]byte, 32)
	unknown.ProgramID[31] = 1
	if err := b.JobCreated(ctx, unknown); err != nil {
		t.Fatal(err)
	}
	if st, _ := b.Status(bridge.JobRelayID(unknown.JobID)); st.Stage != bridge.StageRejected || !strings.Contains(st.Reason, "program") {
		t.Fatalf("unknown program: %s", st.Summary())
	}

	if err := b.JobCancelled(ctx, j.JobID); err != nil {
		t.Fatal(err)
	}
	job, err := js.Get(ctx, st.NodeJob)
	if err != nil || job.State != queue.Cancelled {
		t.Fatalf("node job %s after the cancellation on chain (%v)", job.State, err)
	}
	_ = b.Close()
	b2, err := bridge.Open(dir, js, noRelay{}, bridge.Options{ChainID: 1337})
	if err != nil {
		t.Fatal(err)
	}
	defer b2.Close()
	if st, err := b2.Status(st.NodeJob); err != nil || st.Stage != bridge.StageCancelled {
		t.Fatalf("after restart: %s %v", st.Summary(), err)
	}
	if ri, ok := b2.RelayStatus(st.NodeJob); !ok || ri.State != "cancelled" || ri.Reason != "cancelled on chain" {
		t.Fatalf("relay status after restart: %+v %v", ri, ok)
	}
	if len(b2.List()) != 2 {
		t.Fatalf("%d entries after restart", len(b2.List()))
	}
}
