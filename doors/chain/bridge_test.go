package chain_test

import (
	"context"
	"encoding/json"
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
	"github.com/zkprover/zkprover/statement"
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
	// A stateful consumer past its first job: its onchain job would run from the empty state,
	// which it refuses; rejected with the reason, nothing queued. One still at the empty
	// state is proven.
	stateful, fresh := j, j
	stateful.JobID, stateful.Nonce = contracts.JobID(3, consumer), 3
	stateful.StateRoot = &[32]byte{31: 7}
	fresh.JobID, fresh.Nonce = contracts.JobID(4, consumer), 4
	emptyRoot := contracts.Bytes32(statement.StateRoot(nil))
	fresh.StateRoot = &emptyRoot
	queued := store.Counts()[queue.Queued]
	for _, sj := range []listener.Job{stateful, fresh} {
		if err := b.JobCreated(ctx, sj); err != nil {
			t.Fatal(err)
		}
	}
	if st, _ := b.Status(bridge.JobRelayID(stateful.JobID)); st.Stage != bridge.StageRejected || !strings.Contains(st.Reason, "submit-job --state") || st.NodeJob != "" {
		t.Fatalf("stateful consumer's onchain job: %s", st.Summary())
	}
	if st, _ := b.Status(bridge.JobRelayID(fresh.JobID)); st.Stage != bridge.StageProving {
		t.Fatalf("onchain job of a stateful consumer at the empty state: %s", st.Summary())
	}
	if c := store.Counts()[queue.Queued]; c != queued+1 {
		t.Fatalf("%d queued, want %d", c, queued+1)
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
	if len(b2.List()) != 4 {
		t.Fatalf("%d entries after restart, want 4", len(b2.List()))
	}
}

// TestIntervalsToNodeJobs: a subscription interval becomes a node job proven with the bridge's
// relayer address as the context's sequencer (what the Coordinator binds) within 2^maxProofClass
// cycles; intervals the node cannot prove or deliver as the Coordinator checks them (stateful,
// offchain input, unreadable, maxGasPrice 0) are rejected with the reason.
func TestIntervalsToNodeJobs(t *testing.T) {
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
	coord := common.HexToAddress("0x00000000000000000000000000000000000000c1")
	if _, err := bridge.Open(t.TempDir(), js, noRelay{}, bridge.Options{ChainID: 1337, Coordinator: coord}); err == nil {
		t.Fatal("a bridge with a Coordinator and no sender opened")
	}
	sender := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	b, err := bridge.Open(t.TempDir(), js, noRelay{}, bridge.Options{ChainID: 1337, Coordinator: coord, Sender: sender})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	owner := common.HexToAddress("0x00000000000000000000000000000000000000c0")
	iv := listener.Interval{SubscriptionID: 1, Interval: 3, Owner: owner, ContainerID: contracts.ContainerID(prog.ID),
		Inputs: le32(10), ActiveAt: 1_700_000_000, Period: 60, Frequency: 5, Redundancy: 1, MaxGasPrice: 100e9, MaxProofClass: 8,
		OffchainInputHash: contracts.Bytes32(statement.OffchainHash(nil)), OldStateRoot: contracts.Bytes32(statement.StateRoot(nil))}
	if err := b.IntervalDue(ctx, iv); err != nil {
		t.Fatal(err)
	}
	st, err := b.Status(bridge.SubscriptionRelayID(1, 3))
	if err != nil || st.Stage != bridge.StageProving || st.MaxCycles != 256 {
		t.Fatalf("%s %+v %v", st.Summary(), st, err)
	}
	raw, err := store.Request(st.NodeJob)
	if err != nil {
		t.Fatal(err)
	}
	var r jobs.Request
	if err := json.Unmarshal(raw, &r); err != nil {
		t.Fatal(err)
	}
	want := contracts.SubscriptionContext(1337, iv.ActiveAt, iv.Period, 3, sender)
	if r.Context != want || r.MaxCycles != 256 || string(r.Onchain) != string(le32(10)) {
		t.Fatalf("node job context %+v max cycles %d input %x, want %+v", r.Context, r.MaxCycles, r.Onchain, want)
	}

	for i, c := range []struct {
		change func(*listener.Interval)
		reason string
	}{
		{func(iv *listener.Interval) { iv.Stateful = true }, "stateful"},
		{func(iv *listener.Interval) { iv.OldStateRoot = [32]byte{1} }, "stateful"},
		{func(iv *listener.Interval) { iv.OffchainInputHash = [32]byte{2} }, "offchain input"},
		{func(iv *listener.Interval) { iv.Unavailable = "getContainerInputs reverted" }, "getContainerInputs reverted"},
		// The Coordinator requires tx.gasprice <= maxGasPrice: 0 admits no delivery.
		{func(iv *listener.Interval) { iv.MaxGasPrice = 0 }, "maxGasPrice is 0"},
	} {
		bad := iv
		bad.SubscriptionID = uint32(10 + i)
		c.change(&bad)
		if err := b.IntervalDue(ctx, bad); err != nil {
			t.Fatal(err)
		}
		st, err := b.Status(bridge.SubscriptionRelayID(bad.SubscriptionID, 3))
		if err != nil || st.Stage != bridge.StageRejected || !strings.Contains(st.Reason, c.reason) || st.NodeJob != "" {
			t.Fatalf("case %d: %s (%v), want rejected: %s", i, st.Summary(), err, c.reason)
		}
	}
}
