package chain_test

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/contracts"
	bridge "github.com/zkprover/zkprover/doors/chain"
	"github.com/zkprover/zkprover/jobs"
	"github.com/zkprover/zkprover/listener"
	"github.com/zkprover/zkprover/relayer"
)

// heldRelays is a relayer whose records a test sets.
type heldRelays map[string]relayer.Tx

func (h heldRelays) Submit(relayer.Request) (relayer.Tx, error) {
	return relayer.Tx{}, relayer.ErrNotFound
}
func (h heldRelays) Get(id string) (relayer.Tx, error) {
	if t, ok := h[id]; ok {
		return t, nil
	}
	return relayer.Tx{}, relayer.ErrNotFound
}

// TestEntriesPastRetentionDeleted: the bridge deletes the chain requests that ended, once
// their node job is swept (rejected before a node job: its retention after it was created;
// cancelled; relayed with a relay record that ended or that the relayer deleted), from memory
// and from its store; one still proving, whose node job is kept, or whose relay is still
// followed is kept.
func TestEntriesPastRetentionDeleted(t *testing.T) {
	ctx := context.Background()
	store := openTestStore(t)
	js := jobs.New(store, jobs.Options{Logger: zerolog.Nop()})
	elf, prog := fibProgram(t)
	if err := store.PutProgram(jobs.FieldHex(prog.ID), elf); err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	rel := heldRelays{
		"job/relayed-ended":    {State: relayer.Confirmed, DoneAt: now},
		"job/relayed-followed": {State: relayer.Sent},
	}
	dir := t.TempDir()
	o := bridge.Options{ChainID: 1337, Retention: time.Hour}
	b, err := bridge.Open(dir, js, rel, o)
	if err != nil {
		t.Fatal(err)
	}
	consumer := common.HexToAddress("0x00000000000000000000000000000000000000c0")
	job := func(nonce uint64, pid []byte) listener.Job {
		return listener.Job{JobID: contracts.JobID(nonce, consumer), Nonce: nonce, Consumer: consumer, MaxCycles: 256, ProgramID: pid,
			OnchainInput: le32(10), Block: 7, Timestamp: 1_700_000_000}
	}
	proving, cancelled := job(1, contracts.ProgramIDBytes(prog.ID)), job(2, contracts.ProgramIDBytes(prog.ID))
	rejected := job(3, make([]byte, 32)) // an unknown program
	for _, j := range []listener.Job{proving, cancelled, rejected} {
		if err := b.JobCreated(ctx, j); err != nil {
			t.Fatal(err)
		}
	}
	if err := b.JobCancelled(ctx, cancelled.JobID); err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"job/relayed-ended", "job/relayed-followed", "job/relayed-gone"} {
		if err := b.PutEntry(bridge.Entry{ID: id, Stage: bridge.StageRelaying, CreatedAt: now, ProvenAt: now}); err != nil {
			t.Fatal(err)
		}
	}
	if n := len(b.List()); n != 6 {
		t.Fatalf("%d entries, want 6", n)
	}
	// Within the retention nothing goes.
	if err := b.Prune(now.Add(30 * time.Minute)); err != nil {
		t.Fatal(err)
	}
	if n := len(b.List()); n != 6 {
		t.Fatalf("within the retention: %d entries, want 6", n)
	}
	if err := b.Prune(now.Add(2 * time.Hour)); err != nil {
		t.Fatal(err)
	}
	kept := func(b *bridge.Bridge) map[string]bool {
		out := map[string]bool{}
		for _, s := range b.List() {
			out[s.ID] = true
		}
		return out
	}
	// the cancelled request's node job is still kept by the job service: so is its entry
	want := map[string]bool{bridge.JobRelayID(proving.JobID): true, "job/relayed-followed": true, bridge.JobRelayID(cancelled.JobID): true}
	check := func(when string, got map[string]bool) {
		t.Helper()
		if len(got) != len(want) {
			t.Fatalf("%s: entries %v, want %v", when, got, want)
		}
		for id := range want {
			if !got[id] {
				t.Fatalf("%s: entries %v, want %v", when, got, want)
			}
		}
	}
	check("after the retention", kept(b))
	// once the job service swept it, the entry goes too
	if _, err := store.Sweep(now.Add(365 * 24 * time.Hour)); err != nil {
		t.Fatal(err)
	}
	if err := b.Prune(now.Add(2 * time.Hour)); err != nil {
		t.Fatal(err)
	}
	delete(want, bridge.JobRelayID(cancelled.JobID))
	check("after the node job's sweep", kept(b))
	if _, err := b.Status(bridge.JobRelayID(rejected.JobID)); err == nil {
		t.Fatal("a deleted entry still answers its status")
	}
	_ = b.Close()
	b2, err := bridge.Open(dir, js, rel, o)
	if err != nil {
		t.Fatal(err)
	}
	defer b2.Close()
	check("after a restart", kept(b2))
}
