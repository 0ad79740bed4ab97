package coprocessor

import (
	"context"
	"encoding/json"
	"sync/atomic"
	"testing"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/zkprover/zkprover/contracts"
	"github.com/zkprover/zkprover/jobs"
	pb "github.com/zkprover/zkprover/proto/coprocessor_node/v1"
	"github.com/zkprover/zkprover/statement"
)

// startingChain is the chain side as the node's view of it shows while it starts: no chain id
// (0) until the checker is loaded, here at the first job lookup; stopped, it never has one.
type startingChain struct {
	*testChain
	ready   atomic.Bool
	stopped bool
}

func (c *startingChain) ChainID() uint64 {
	if c.stopped || !c.ready.Load() {
		return 0
	}
	return c.testChain.ChainID()
}

func (c *startingChain) JobExists(ctx context.Context, id [32]byte) (bool, error) {
	if !c.stopped {
		c.ready.Store(true)
	}
	return c.testChain.JobExists(ctx, id)
}

// TestSubmitJobChainIDAfterChecks: a chain side that becomes ready while a job is submitted
// binds the job to its chain id, never to 0; a chain view without a chain id after its checks
// passed is Unavailable, and nothing is queued.
func TestSubmitJobChainIDAfterChecks(t *testing.T) {
	td := startDoor(t, t.TempDir(), false)
	ctx := context.Background()
	elf := readExample(t, "fibonacci")
	if _, err := td.client.SubmitProgram(ctx, &pb.SubmitProgramRequest{ProgramElf: elf}); err != nil {
		t.Fatal(err)
	}
	prog := programID(t, elf)
	req := &contracts.OffchainJobRequest{Nonce: 1<<63 + 7, MaxCycles: 1 << 20, Consumer: consumer, ProgramID: prog, OnchainInput: le32(5),
		OffchainInputHash: contracts.Bytes32(statement.OffchainHash(nil)), StateHash: contracts.Bytes32(statement.StateRoot(nil))}

	td.door.opts.Chain = &startingChain{testChain: td.chain}
	if _, err := td.client.SubmitJob(ctx, td.sign(t, req, nil, nil)); err != nil {
		t.Fatal(err)
	}
	e, err := td.door.index.get(jobIDHex(contracts.JobID(req.Nonce, req.Consumer)))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := td.store.Request(e.NodeJob)
	if err != nil {
		t.Fatal(err)
	}
	var r jobs.Request
	if err := json.Unmarshal(raw, &r); err != nil {
		t.Fatal(err)
	}
	if want := contracts.OffchainJobContext(td.chain.ChainID(), req); r.Context != want {
		t.Fatalf("the job's context %+v, want %+v (chain %d)", r.Context, want, td.chain.ChainID())
	}

	td.door.opts.Chain = &startingChain{testChain: td.chain, stopped: true}
	req.Nonce++
	_, err = td.client.SubmitJob(ctx, td.sign(t, req, nil, nil))
	if status.Code(err) != codes.Unavailable {
		t.Fatalf("a chain view without a chain id: %v, want Unavailable", err)
	}
	if _, err := td.door.index.get(jobIDHex(contracts.JobID(req.Nonce, req.Consumer))); err == nil {
		t.Fatal("a job refused for want of a chain id was indexed")
	}
}
