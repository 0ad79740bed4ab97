package node

import (
	"bytes"
	"context"
	"encoding/binary"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/status"

	"github.com/zkprover/zkprover/config"
	"github.com/zkprover/zkprover/contracts"
	"github.com/zkprover/zkprover/contracts/bindings"
	"github.com/zkprover/zkprover/devchain"
	cpb "github.com/zkprover/zkprover/proto/coprocessor_node/v1"
	"github.com/zkprover/zkprover/statement"
)

// TestCoprocessorOffchainJobOnChain: the whole offchain flow through the
// node on its development chain: a request signed by the consumer's signer
// (EIP-712 for this JobManager) is checked against the consumer contract
// (a request signed by another key is refused before anything is stored),
// proven, relayed with submitResultForOffchainJob, and the consumer holds the
// proven output; GetResult says RELAYED with the transaction, and the nonce
// cannot be used again.
func TestCoprocessorOffchainJobOnChain(t *testing.T) {
	if testing.Short() {
		t.Skip("the development chain and a real proof")
	}
	tn := startNode(t, t.TempDir(), openShared(t), func(c *config.Config) {
		c.Chain.Enabled = true
		c.Chain.DevAddr, c.Chain.DevBlockPeriod, c.Chain.DevDemo = "127.0.0.1:0", 200*time.Millisecond, false
		c.Chain.DevProgram, c.Chain.ContractsDir, c.Chain.StatusAddr = "../examples/fibonacci/fibonacci.elf", "../contracts", ""
		c.Chain.Confirmations = 1
		c.Prover.Keys, c.Prover.Class = shared.Dir(), testClass
	})
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	var dev *devRun
	for dev == nil || tn.chain.checker.Load() == nil {
		select {
		case <-ctx.Done():
			t.Fatal("the chain side never came up")
		case <-time.After(100 * time.Millisecond):
		}
		dev = tn.chain.dev.Load()
	}
	conn, err := grpc.NewClient("passthrough:///"+tn.Addr().String(), grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = conn.Close() }()
	c := cpb.NewCoprocessorNodeClient(conn)

	dep, chainID := dev.info, dev.chain.ChainID().Uint64()
	req := &contracts.OffchainJobRequest{Nonce: contracts.OffchainNonceMin + 1, MaxCycles: dep.MaxCycles, Consumer: dep.Consumer,
		ProgramID: dep.ProgramID[:], OnchainInput: le32(10),
		OffchainInputHash: contracts.Bytes32(statement.OffchainHash(nil)), StateHash: contracts.Bytes32(statement.StateRoot(nil))}
	raw, err := req.Encode()
	if err != nil {
		t.Fatal(err)
	}
	stranger, err := contracts.SignOffchainRequest(req, chainID, dep.JobManager, devchain.DevKey("user"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.SubmitJob(ctx, &cpb.SubmitJobRequest{Request: raw, Signature: stranger}); status.Code(err) != codes.PermissionDenied {
		t.Fatalf("a request signed by another key: %v, want PermissionDenied", err)
	}
	sig, err := contracts.SignOffchainRequest(req, chainID, dep.JobManager, devchain.DevKey("deployer")) // the consumer's signer
	if err != nil {
		t.Fatal(err)
	}
	resp, err := c.SubmitJob(ctx, &cpb.SubmitJobRequest{Request: raw, Signature: sig})
	if err != nil {
		t.Fatal(err)
	}
	var res *cpb.JobResult
	for {
		r, err := c.GetResult(ctx, &cpb.GetResultRequest{JobId: resp.JobId})
		if err != nil {
			t.Fatal(err)
		}
		res = r.JobResult
		if st := res.Status.Status; st == cpb.JobStatusType_JOB_STATUS_TYPE_RELAYED || st == cpb.JobStatusType_JOB_STATUS_TYPE_FAILED {
			break
		}
		select {
		case <-ctx.Done():
			t.Fatalf("the job never reached the chain: %v", res.Status)
		case <-time.After(200 * time.Millisecond):
		}
	}
	if res.Status.Status != cpb.JobStatusType_JOB_STATUS_TYPE_RELAYED || len(res.RelayTxHash) != 32 {
		t.Fatalf("result %v (%s)", res.Status, res.Status.GetFailureReason())
	}
	cons, err := bindings.NewOutputConsumer(dep.Consumer, dev.chain.Client())
	if err != nil {
		t.Fatal(err)
	}
	out, err := cons.Outputs(&bind.CallOpts{Context: ctx}, [32]byte(resp.JobId))
	if err != nil || !bytes.Equal(out, le32(55)) {
		t.Fatalf("the consumer holds %x (%v), want fib(10) = 55", out, err)
	}
	if p, err := c.GetPendingJobs(ctx, &cpb.GetPendingJobsRequest{ConsumerAddress: dep.Consumer.Bytes()}); err != nil || len(p.PendingJobs) != 0 {
		t.Fatalf("pending after the relay: %v %v", p.GetPendingJobs(), err)
	}
	if _, err := c.SubmitJob(ctx, &cpb.SubmitJobRequest{Request: raw, Signature: sig}); status.Code(err) != codes.AlreadyExists {
		t.Fatalf("the same nonce again: %v", err)
	}
}

func le32(ws ...uint32) []byte {
	b := make([]byte, 4*len(ws))
	for i, w := range ws {
		binary.LittleEndian.PutUint32(b[4*i:], w)
	}
	return b
}
