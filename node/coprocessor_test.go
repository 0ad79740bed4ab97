package node

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"math"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/crypto"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/status"

	"github.com/zkprover/zkprover/config"
	"github.com/zkprover/zkprover/contracts"
	"github.com/zkprover/zkprover/contracts/bindings"
	"github.com/zkprover/zkprover/devchain"
	"github.com/zkprover/zkprover/doors/coprocessor"
	"github.com/zkprover/zkprover/executor"
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
	_, dev, c, ctx := startChainNode(t)
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
	// A nonce more than MAX_NONCE_GAP above the consumer's highest: refused before it is
	// proven (review: proven, then refused on chain with NonceTooFar), naming the nonce to use.
	far := *req
	far.Nonce = math.MaxUint64
	farRaw, err := far.Encode()
	if err != nil {
		t.Fatal(err)
	}
	farSig, err := contracts.SignOffchainRequest(&far, chainID, dep.JobManager, devchain.DevKey("deployer"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.SubmitJob(ctx, &cpb.SubmitJobRequest{Request: farRaw, Signature: farSig}); status.Code(err) != codes.InvalidArgument ||
		!strings.Contains(err.Error(), "NonceTooFar") || !strings.Contains(err.Error(), fmt.Sprintf("getNextOffchainNonce() = %d", contracts.OffchainNonceMin)) {
		t.Fatalf("a nonce beyond the consumer's gap: %v, want InvalidArgument naming NonceTooFar and the next nonce", err)
	}
	sig, err := contracts.SignOffchainRequest(req, chainID, dep.JobManager, devchain.DevKey("deployer")) // the consumer's signer
	if err != nil {
		t.Fatal(err)
	}
	resp, err := c.SubmitJob(ctx, &cpb.SubmitJobRequest{Request: raw, Signature: sig})
	if err != nil {
		t.Fatal(err)
	}
	res := waitRelayed(ctx, t, c, resp.JobId)
	if len(res.RelayTxHash) != 32 {
		t.Fatalf("relay tx %x", res.RelayTxHash)
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

	// An onchain job (OutputConsumer.request: a JobCreated event the node follows): GetResult
	// answers for it too (review: NotFound), RELAYED with its transaction and the result with
	// metadata it delivered.
	user, err := bind.NewKeyedTransactorWithChainID(devchain.DevKey("user"), dev.chain.ChainID())
	if err != nil {
		t.Fatal(err)
	}
	user.Context = ctx
	tx, err := cons.Request(user, le32(7))
	if err != nil {
		t.Fatal(err)
	}
	rc, err := bind.WaitMined(ctx, dev.chain.Client(), tx)
	if err != nil {
		t.Fatal(err)
	}
	jm, err := bindings.NewJobManager(dep.JobManager, dev.chain.Client())
	if err != nil {
		t.Fatal(err)
	}
	var created *bindings.JobManagerJobCreated
	for _, l := range rc.Logs {
		if ev, err := jm.ParseJobCreated(*l); err == nil {
			created = ev
		}
	}
	if created == nil {
		t.Fatal("no JobCreated in the request's receipt")
	}
	onchain := waitRelayed(ctx, t, c, created.JobID[:])
	if onchain.Nonce != created.Nonce || !bytes.Equal(onchain.ConsumerAddress, dep.Consumer.Bytes()) || !bytes.Equal(onchain.OnchainInput, le32(7)) ||
		len(onchain.RelayTxHash) != 32 || len(onchain.ResultWithMetadata) < 64 || !bytes.Equal(onchain.ResultWithMetadata[32:64], created.JobID[:]) {
		t.Fatalf("the onchain job's result: %+v", onchain)
	}
	if out, err := cons.Outputs(&bind.CallOpts{Context: ctx}, created.JobID); err != nil || !bytes.Equal(out, le32(13)) {
		t.Fatalf("the consumer holds %x (%v), want fib(7) = 13", out, err)
	}
}

// TestCoprocessorStatefulAppOnChain: a stateful app server sends three
// consecutive jobs of the bank program (each from the state the previous
// leaves, which it computes itself) for a StatefulCounter, asking for ordered
// relays; the consumer's state root checks pass for each and it ends at the
// last job's state root.
func TestCoprocessorStatefulAppOnChain(t *testing.T) {
	if testing.Short() {
		t.Skip("the development chain and real proofs")
	}
	_, dev, c, ctx := startChainNode(t)
	elf, err := os.ReadFile("../examples/bank/bank.elf")
	if err != nil {
		t.Fatal(err)
	}
	sp, err := c.SubmitProgram(ctx, &cpb.SubmitProgramRequest{ProgramElf: elf})
	if err != nil {
		t.Fatal(err)
	}
	prog, err := executor.LoadELF(elf, executor.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	deployer := devchain.DevKey("deployer")
	o, err := bind.NewKeyedTransactorWithChainID(deployer, dev.chain.ChainID())
	if err != nil {
		t.Fatal(err)
	}
	o.Context = ctx
	empty := contracts.Bytes32(statement.StateRoot(nil))
	addr, tx, counter, err := bindings.DeployStatefulCounter(o, dev.chain.Client(), dev.info.JobManager, crypto.PubkeyToAddress(deployer.PublicKey),
		[32]byte(sp.ProgramId), 1<<8, empty)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bind.WaitDeployed(ctx, dev.chain.Client(), tx); err != nil {
		t.Fatal(err)
	}
	var state []statement.KV
	var ids [][]byte
	var last *executor.Result
	for i, cmd := range [][]uint32{{1, 7, 0, 100}, {3, 7, 8, 30}, {2, 8, 0, 5}} { // deposit, transfer, withdraw
		in := &executor.Input{Onchain: le32(cmd...), State: state}
		req := &contracts.OffchainJobRequest{Nonce: contracts.OffchainNonceMin + uint64(i), MaxCycles: 1 << 8, Consumer: addr,
			ProgramID: sp.ProgramId, OnchainInput: in.Onchain,
			OffchainInputHash: contracts.Bytes32(statement.OffchainHash(nil)), StateHash: contracts.Bytes32(statement.StateRoot(state))}
		raw, err := req.Encode()
		if err != nil {
			t.Fatal(err)
		}
		sig, err := contracts.SignOffchainRequest(req, dev.chain.ChainID().Uint64(), dev.info.JobManager, deployer)
		if err != nil {
			t.Fatal(err)
		}
		resp, err := c.SubmitJob(ctx, &cpb.SubmitJobRequest{Request: raw, Signature: sig, State: coprocessor.EncodeState(state),
			RelayStrategy: cpb.RelayStrategy_RELAY_STRATEGY_ORDERED})
		if err != nil {
			t.Fatalf("job %d: %v", i, err)
		}
		ids = append(ids, resp.JobId)
		if last, err = executor.Run(ctx, prog, in, executor.DefaultConfig()); err != nil || last.ExitCode != 0 {
			t.Fatalf("job %d locally: %v", i, err)
		}
		state = last.State // the app server's next state
	}
	for _, id := range ids {
		waitRelayed(ctx, t, c, id)
	}
	root, err := counter.LatestStateRoot(&bind.CallOpts{Context: ctx})
	if err != nil || root != contracts.Bytes32(last.StateRoot) {
		t.Fatalf("the consumer's state root %x (%v), want the last job's %x", root, err, contracts.Bytes32(last.StateRoot))
	}
	if out, err := counter.LastOutput(&bind.CallOpts{Context: ctx}); err != nil || !bytes.Equal(out, last.Output) {
		t.Fatalf("last output %x (%v), want %x", out, err, last.Output)
	}
}

// startChainNode starts a node with its development chain, the shared test
// keys and the coprocessor door, and waits for the chain side.
func startChainNode(t *testing.T) (*testNode, *devRun, cpb.CoprocessorNodeClient, context.Context) {
	t.Helper()
	tn := startNode(t, t.TempDir(), openShared(t), func(c *config.Config) {
		c.Chain.Enabled = true
		c.Chain.DevAddr, c.Chain.DevBlockPeriod, c.Chain.DevDemo = "127.0.0.1:0", 200*time.Millisecond, false
		c.Chain.DevProgram, c.Chain.ContractsDir, c.Chain.StatusAddr = "../examples/fibonacci/fibonacci.elf", "../contracts", ""
		c.Chain.Confirmations = 1
		c.Prover.Keys, c.Prover.Class = shared.Dir(), testClass
	})
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	t.Cleanup(cancel)
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
	t.Cleanup(func() { _ = conn.Close() })
	return tn, dev, cpb.NewCoprocessorNodeClient(conn), ctx
}

// waitRelayed polls GetResult until the job is RELAYED (FAILED fails the test).
func waitRelayed(ctx context.Context, t *testing.T, c cpb.CoprocessorNodeClient, id []byte) *cpb.JobResult {
	t.Helper()
	for {
		r, err := c.GetResult(ctx, &cpb.GetResultRequest{JobId: id})
		if err != nil {
			t.Fatal(err)
		}
		switch r.JobResult.Status.Status {
		case cpb.JobStatusType_JOB_STATUS_TYPE_RELAYED:
			return r.JobResult
		case cpb.JobStatusType_JOB_STATUS_TYPE_FAILED:
			t.Fatalf("job %x failed: %s", id, r.JobResult.Status.GetFailureReason())
		}
		select {
		case <-ctx.Done():
			t.Fatalf("job %x never reached the chain: %v", id, r.JobResult.Status)
		case <-time.After(200 * time.Millisecond):
		}
	}
}

func le32(ws ...uint32) []byte {
	b := make([]byte, 4*len(ws))
	for i, w := range ws {
		binary.LittleEndian.PutUint32(b[4*i:], w)
	}
	return b
}
