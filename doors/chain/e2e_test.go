package chain_test

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	"github.com/zkprover/zkprover/contracts"
	"github.com/zkprover/zkprover/contracts/bindings"
	"github.com/zkprover/zkprover/devchain"
	"github.com/zkprover/zkprover/devchain/simtest"
	bridge "github.com/zkprover/zkprover/doors/chain"
	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/jobs"
	"github.com/zkprover/zkprover/listener"
	pb "github.com/zkprover/zkprover/proto/zkprover/v1"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/prover/provertest"
	"github.com/zkprover/zkprover/queue"
	"github.com/zkprover/zkprover/relayer"
	"github.com/zkprover/zkprover/statement"
)

// class is the zkVM class the test sets up once per test binary (about a minute).
const class = provertest.Class

var setup struct {
	once     sync.Once
	keys     string
	verifier []byte
	err      error
	skip     string
}

// keys sets up class 2^8 and compiles its exported verifier, once.
func keys(t testing.TB) (string, []byte) {
	t.Helper()
	if testing.Short() {
		t.Skip("-short: skipping the zkVM key setup")
	}
	setup.once.Do(func() {
		ctx := context.Background()
		if setup.keys, setup.err = provertest.KeysDir(); setup.err != nil { // machine-wide cache
			return
		}
		setup.verifier, setup.err = devchain.CompileVerifier(ctx,
			filepath.Join(prover.ClassDir(setup.keys, class), prover.FileVerifier), filepath.Join("..", "..", "contracts"))
		if setup.err != nil && os.Getenv("CI") == "" {
			setup.skip, setup.err = setup.err.Error(), nil
		}
	})
	if setup.skip != "" {
		t.Skip(setup.skip)
	}
	if setup.err != nil {
		t.Fatal(setup.err)
	}
	return setup.keys, setup.verifier
}

func fibProgram(t testing.TB) ([]byte, *executor.Program) {
	t.Helper()
	elf, err := os.ReadFile(filepath.Join("..", "..", "examples", "fibonacci", "fibonacci.elf"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := executor.LoadELF(elf, executor.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	return elf, p
}

func le32(x uint32) []byte {
	var b [4]byte
	binary.LittleEndian.PutUint32(b[:], x)
	return b[:]
}

// stack is the whole loop: the embedded chain (JSON-RPC over HTTP), the node with the real
// prover, the listener, the bridge and the relayer.
type stack struct {
	t        *testing.T
	ctx      context.Context
	chain    *devchain.Chain
	dep      *devchain.Deployment
	node     *miniNode
	rel      *relayer.Manager
	br       *bridge.Bridge
	consumer *bindings.OutputConsumer
	user     *bind.TransactOpts
	seal     atomic.Bool
	sealMu   sync.Mutex // held by the sealer while it checks seal and seals
	relayKey *ecdsa.PrivateKey
	rpc      *ethclient.Client
}

func newStack(t *testing.T) *stack {
	t.Helper()
	keysDir, verifier := keys(t)
	elf, prog := fibProgram(t)
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	log := zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.InfoLevel)
	s := &stack{t: t, ctx: ctx}
	s.relayKey, _ = crypto.GenerateKey()
	var err error
	s.chain, err = devchain.Start(ctx, devchain.Options{Addr: "127.0.0.1:0", Fund: []common.Address{crypto.PubkeyToAddress(s.relayKey.PublicKey)}, Logger: log})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.chain.Close() })
	s.dep, err = s.chain.Deploy(ctx, verifier, class, contracts.Bytes32(prog.ID), 256)
	if err != nil {
		t.Fatal(err)
	}
	s.consumer, err = bindings.NewOutputConsumer(s.dep.Consumer, s.chain.Client())
	if err != nil {
		t.Fatal(err)
	}
	s.user, _ = bind.NewKeyedTransactorWithChainID(s.chain.User, s.chain.ChainID())
	s.seal.Store(true)
	wg.Add(1)
	go func() { // seal a block every 100 ms while s.seal is set
		defer wg.Done()
		tk := time.NewTicker(100 * time.Millisecond)
		defer tk.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-tk.C:
				s.sealMu.Lock()
				if s.seal.Load() {
					s.chain.Commit()
				}
				s.sealMu.Unlock()
			}
		}
	}()

	var brp atomic.Pointer[bridge.Bridge]
	s.node = startMiniNode(t, keysDir, log, func() jobs.RelayStatuses { // as the node does: GetProof answers the relay status
		if b := brp.Load(); b != nil {
			return b
		}
		return nil
	})
	if err := s.node.Jobs().Store().PutProgram(jobs.FieldHex(prog.ID), elf); err != nil {
		t.Fatal(err)
	}
	s.rpc, err = ethclient.Dial(s.chain.URL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.rpc.Close)
	s.rel, err = openRelayer(ctx, s.rpc, s.relayKey, t.TempDir(), relayer.Options{PollInterval: 50 * time.Millisecond, Logger: log})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.rel.Close() })
	s.br, err = bridge.Open(t.TempDir(), s.node.Jobs(), s.rel, bridge.Options{ChainID: s.chain.ChainID().Uint64(),
		JobManager: s.dep.JobManager, Coordinator: s.dep.Coordinator, Sender: s.rel.From(), PollInterval: 50 * time.Millisecond, Logger: log})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.br.Close() })
	brp.Store(s.br)
	lis, err := listener.Open(s.rpc, t.TempDir(), s.br, listener.Options{JobManager: s.dep.JobManager,
		Coordinator: s.dep.Coordinator, Node: s.rel.From(), PollInterval: 50 * time.Millisecond, Logger: log})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = lis.Close() })
	for _, run := range []func(context.Context) error{s.rel.Run, s.br.Run, lis.Run} {
		wg.Add(1)
		go func() { defer wg.Done(); _ = run(ctx) }()
	}
	t.Cleanup(func() { cancel(); wg.Wait() }) // runs first: everything stops before its stores close
	return s
}

// request asks the consumer for fib(n) and returns the job id. It returns once the request
// is pending in the chain's pool: the simulated node admits a sent transaction at once but
// promotes it to pending in the background, and the user's next transaction takes its nonce
// from the pending ones (bind's automatic nonce) — sent before, it would reuse the request's
// nonce ("replacement transaction underpriced").
func (s *stack) request(n uint32) [32]byte {
	s.t.Helper()
	nonce, err := s.consumer.GetNextNonce(&bind.CallOpts{Context: s.ctx})
	if err != nil {
		s.t.Fatal(err)
	}
	tx, err := s.consumer.Request(s.user, le32(n))
	if err != nil {
		s.t.Fatal(err)
	}
	s.waitPending(s.user.From, tx.Nonce()+1)
	return contracts.JobID(nonce, s.dep.Consumer)
}

// waitPending waits until the chain's pool holds from's transactions up to nonce next-1 as
// pending (simtest.WaitPending).
func (s *stack) waitPending(from common.Address, next uint64) {
	simtest.WaitPending(s.t, s.ctx, s.chain.Client(), from, next)
}

// pauseSealing stops the sealer: when it returns no block is being sealed and none will
// be until seal is set again (whatever the scheduling of the sealer).
func (s *stack) pauseSealing() {
	s.sealMu.Lock()
	defer s.sealMu.Unlock()
	s.seal.Store(false)
}

func (s *stack) waitStatus(id string, ok func(bridge.Status) bool, within time.Duration) bridge.Status {
	s.t.Helper()
	deadline := time.Now().Add(within)
	var st bridge.Status
	var err error
	for time.Now().Before(deadline) {
		st, err = s.br.Status(id)
		if err == nil && ok(st) {
			return st
		}
		time.Sleep(50 * time.Millisecond)
	}
	s.t.Fatalf("%s: %v / %s", id, err, st.Summary())
	return st
}

// getProof asks the node's gRPC service, over loopback, for a job as it is now.
func (s *stack) getProof(id string) *pb.GetProofResponse {
	s.t.Helper()
	conn, err := grpc.NewClient("passthrough:///"+s.node.Addr().String(), grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		s.t.Fatal(err)
	}
	defer conn.Close()
	ctx, cancel := context.WithTimeout(s.ctx, 30*time.Second)
	defer cancel()
	stream, err := pb.NewZKProverServiceClient(conn).GetProof(ctx)
	if err != nil {
		s.t.Fatal(err)
	}
	if err := stream.Send(&pb.GetProofRequest{Id: id}); err != nil {
		s.t.Fatal(err)
	}
	resp, err := stream.Recv()
	if err != nil {
		s.t.Fatalf("GetProof %s: %v", id, err)
	}
	_ = stream.CloseSend()
	return resp
}

func TestOnchainJobProvenRelayedReceived(t *testing.T) {
	s := newStack(t)
	jobID := s.request(10)
	id := bridge.JobRelayID(jobID)
	st := s.waitStatus(id, func(st bridge.Status) bool {
		return st.Relay != nil && st.Relay.State.Terminal() || st.Stage == bridge.StageRejected || st.Stage == bridge.StageNoResult
	}, 5*time.Minute)
	if st.Relay == nil || st.Relay.State != relayer.Confirmed {
		t.Fatalf("not delivered: %s", st.Summary())
	}
	out, err := s.consumer.Outputs(&bind.CallOpts{Context: s.ctx}, jobID)
	if err != nil || string(out) != string(le32(55)) {
		t.Fatalf("consumer received %x (%v), want fib(10) = 55", out, err)
	}
	job, err := s.node.Jobs().Get(s.ctx, st.NodeJob)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("delivered: %s; proof to confirmed delivery %v (2 confirmations, 100 ms blocks)",
		st.Summary(), st.Relay.DoneAt.Sub(job.FinishedAt).Round(time.Millisecond))

	// The node's gRPC GetProof answer carries the same relay status.
	resp := s.getProof(st.NodeJob)
	if resp.Result != pb.GetProofResponse_RESULT_GET_PROOF_COMPLETED_OK {
		t.Fatalf("GetProof of the delivered job: %v %s", resp.Result, resp.ResultString)
	}
	if r := resp.Relay; r.GetState() != string(relayer.Confirmed) || r.GetTxHash() != st.Relay.Hash.Hex() ||
		r.GetBlockNumber() != st.Relay.Block || r.GetBlockNumber() == 0 || int(r.GetAttempts()) != len(st.Relay.Attempts) ||
		r.GetAttempts() == 0 || r.GetRelayId() != id || r.GetUpdatedAt() != uint64(st.Relay.UpdatedAt.Unix()) {
		t.Fatalf("GetProof relay status %v, want confirmed %s in block %d", r, st.Relay.Hash.Hex(), st.Relay.Block)
	}

	// The same result handed to a relayer that does not know it was delivered: recognised.
	other, err := openRelayer(s.ctx, s.rpc, s.relayKey, t.TempDir(), relayer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	if _, err := other.Submit(relayer.Request{ID: id, To: s.dep.JobManager, Data: st.Relay.Data, Kind: bridge.KindSubmitResult}); err != nil {
		t.Fatal(err)
	}
	if err := other.Step(s.ctx); err != nil {
		t.Fatal(err)
	}
	if tx, _ := other.Get(id); tx.State != relayer.AlreadyDone || len(tx.Attempts) != 0 {
		t.Fatalf("a delivered result relayed again: %s", tx.Status())
	}
	jm, _ := bindings.NewJobManager(s.dep.JobManager, s.chain.Client())
	it, err := jm.FilterJobCompleted(&bind.FilterOpts{Context: s.ctx}, [][32]byte{jobID})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for it.Next() {
		n++
	}
	if n != 1 {
		t.Fatalf("JobCompleted %d times", n)
	}

	// The bridge's metric counts the request by its stage.
	reg := prometheus.NewRegistry()
	if err := reg.Register(s.br.Collector()); err != nil {
		t.Fatal(err)
	}
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	stages := map[string]float64{}
	for _, mf := range mfs {
		for _, m := range mf.GetMetric() {
			stages[m.GetLabel()[0].GetValue()] = m.GetGauge().GetValue()
		}
	}
	if stages["relaying"] != 1 || stages["rejected"] != 0 || stages["proving"] != 0 || len(stages) != 5 {
		t.Fatalf("zkprover_chain_requests %v, want the one request relaying", stages)
	}

	// A fresh listener (a node on a new data folder, scanning from block 0) does not hand the
	// completed job on to be proven again.
	var seen createdSink
	lis, err := listener.Open(s.rpc, t.TempDir(), &seen, listener.Options{JobManager: s.dep.JobManager, Confirmations: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer lis.Close()
	if err := lis.Step(s.ctx); err != nil {
		t.Fatal(err)
	}
	if last, ok, err := lis.LastBlock(); err != nil || !ok || last < st.Relay.Block {
		t.Fatalf("the fresh listener processed up to %d (%v, %v), want past the delivery's block %d", last, ok, err, st.Relay.Block)
	}
	if len(seen.created) != 0 {
		t.Fatalf("a fresh listener handed on %d completed jobs", len(seen.created))
	}
}

// createdSink records the jobs a listener hands on.
type createdSink struct {
	mu      sync.Mutex
	created [][32]byte
}

func (c *createdSink) JobCreated(_ context.Context, j listener.Job) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.created = append(c.created, j.JobID)
	return nil
}

func (c *createdSink) JobCancelled(context.Context, [32]byte) error         { return nil }
func (c *createdSink) IntervalDue(context.Context, listener.Interval) error { return nil }

func TestJobCancelledOnChainCancelledInNode(t *testing.T) {
	s := newStack(t)
	s.pauseSealing() // request and cancel land in one block
	jobID := s.request(30)
	o := *s.user
	o.GasLimit = 300_000 // the job does not exist before the block: no estimate
	tx, err := s.consumer.Cancel(&o, jobID)
	if err != nil {
		t.Fatal(err)
	}
	// The simulated chain's pool takes transactions asynchronously: seal
	// only once both are pending (on a loaded machine the cancel could
	// otherwise miss the block: "receipt not found").
	for deadline := time.Now().Add(30 * time.Second); ; {
		n, err := s.chain.Client().PendingTransactionCount(s.ctx)
		if err == nil && n >= 2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("request and cancel not both pending (%d, %v)", n, err)
		}
		time.Sleep(20 * time.Millisecond)
	}
	s.chain.Commit()
	r, err := s.chain.Client().TransactionReceipt(s.ctx, tx.Hash())
	if err != nil || r.Status != 1 {
		t.Fatalf("cancel: %v", err)
	}
	s.seal.Store(true)
	st := s.waitStatus(bridge.JobRelayID(jobID), func(st bridge.Status) bool { return st.Stage == bridge.StageCancelled }, time.Minute)
	deadline := time.Now().Add(time.Minute)
	for {
		job, err := s.node.Jobs().Get(s.ctx, st.NodeJob)
		if err != nil {
			t.Fatal(err)
		}
		if job.State == queue.Cancelled {
			break
		}
		if job.State.Terminal() || time.Now().After(deadline) {
			t.Fatalf("node job %s is %s, want cancelled", job.ID, job.State)
		}
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(500 * time.Millisecond)
	if _, err := s.rel.Get(bridge.JobRelayID(jobID)); err == nil {
		t.Fatal("a cancelled job was handed to the relayer")
	}
	if r := s.getProof(st.NodeJob); r.Result != pb.GetProofResponse_RESULT_GET_PROOF_CANCEL || r.Relay.GetState() != string(bridge.StageCancelled) {
		t.Fatalf("GetProof of the job cancelled on chain: %v, relay %v", r.Result, r.Relay)
	}
	_ = st
}

func TestOffchainJobProvenRelayed(t *testing.T) {
	s := newStack(t)
	_, prog := fibProgram(t)
	req := &contracts.OffchainJobRequest{Nonce: contracts.OffchainNonceMin + 1000, MaxCycles: 256, Consumer: s.dep.Consumer,
		ProgramID: contracts.ProgramIDBytes(prog.ID), OnchainInput: le32(12),
		OffchainInputHash: contracts.Bytes32(statement.OffchainHash(nil)), StateHash: contracts.Bytes32(statement.StateRoot(nil))}
	enc, err := req.Encode()
	if err != nil {
		t.Fatal(err)
	}
	// The OutputConsumer's signer signs EIP-712 typed data for this chain's JobManager.
	sig, err := contracts.SignOffchainRequest(req, s.chain.ChainID().Uint64(), s.dep.JobManager, s.chain.Deployer)
	if err != nil {
		t.Fatal(err)
	}
	r := &jobs.Request{Onchain: req.OnchainInput, MaxCycles: req.MaxCycles, Nonce: req.Nonce, Consumer: req.Consumer,
		Context: contracts.OffchainJobContext(s.chain.ChainID().Uint64(), req), Signature: sig, JobRequest: enc}
	copy(r.ProgramID[:], req.ProgramID)
	if _, err := s.br.SubmitOffchain(s.ctx, r, false); err != nil {
		t.Fatal(err)
	}
	// The same request signed for another chain never lands: recorded failed with the reason.
	other := *req
	other.Nonce++
	oenc, err := other.Encode()
	if err != nil {
		t.Fatal(err)
	}
	osig, err := contracts.SignOffchainRequest(&other, s.chain.ChainID().Uint64()+1, s.dep.JobManager, s.chain.Deployer)
	if err != nil {
		t.Fatal(err)
	}
	or := *r
	or.Nonce, or.JobRequest, or.Signature = other.Nonce, oenc, osig
	if _, err := s.br.SubmitOffchain(s.ctx, &or, true); err != nil {
		t.Fatal(err)
	}
	jobID := contracts.JobID(req.Nonce, req.Consumer)
	st := s.waitStatus(bridge.JobRelayID(jobID), func(st bridge.Status) bool {
		return st.Relay != nil && st.Relay.State.Terminal() || st.Stage == bridge.StageNoResult
	}, 5*time.Minute)
	if st.Relay == nil || st.Relay.State != relayer.Confirmed || st.Relay.Kind != bridge.KindSubmitOffchainResult {
		t.Fatalf("offchain job not delivered: %s", st.Summary())
	}
	out, err := s.consumer.Outputs(&bind.CallOpts{Context: s.ctx}, jobID)
	if err != nil || string(out) != string(le32(144)) {
		t.Fatalf("consumer received %x (%v), want fib(12) = 144", out, err)
	}
	ost := s.waitStatus(bridge.JobRelayID(contracts.JobID(other.Nonce, other.Consumer)), func(st bridge.Status) bool {
		return st.Relay != nil && st.Relay.State.Terminal() || st.Stage == bridge.StageNoResult
	}, 5*time.Minute)
	if ost.Relay == nil || ost.Relay.State != relayer.Failed || !strings.Contains(ost.Relay.Reason, "InvalidRequestSignature") ||
		len(ost.Relay.Attempts) != 0 {
		t.Fatalf("a request signed for another chain: %s", ost.Summary())
	}
	// A request in the onchain nonce space is refused at once.
	low := *r
	low.Nonce = 5
	if _, err := s.br.SubmitOffchain(s.ctx, &low, false); err == nil {
		t.Fatal("an offchain request with an onchain nonce was accepted")
	}
}

func TestSubscriptionIntervalProvenDelivered(t *testing.T) {
	s := newStack(t)
	_, prog := fibProgram(t)
	storeAddr, tx, store, err := bindings.DeploySubscriptionStore(s.user, s.chain.Client(), s.dep.Coordinator)
	if err != nil {
		t.Fatal(err)
	}
	waitMined(t, s, tx.Hash())
	// No fixed inputs: the node reads them from the consumer (getContainerInputs), and the
	// Coordinator accepts only those.
	tx, err = store.SetContainerInputs(s.user, le32(7))
	if err != nil {
		t.Fatal(err)
	}
	waitMined(t, s, tx.Hash())
	// One interval, active at once (period 0), two nodes, gas price up to 100 gwei.
	tx, err = store.Subscribe(s.user, contracts.Bytes32(prog.ID), nil, big.NewInt(100e9), 3_000_000, 1, 0, 2)
	if err != nil {
		t.Fatal(err)
	}
	waitMined(t, s, tx.Hash())
	id := bridge.SubscriptionRelayID(1, 1)
	st := s.waitStatus(id, func(st bridge.Status) bool {
		return st.Relay != nil && st.Relay.State.Terminal() || st.Stage == bridge.StageNoResult || st.Stage == bridge.StageRejected
	}, 5*time.Minute)
	if st.Relay == nil || st.Relay.State != relayer.Confirmed || st.Relay.MaxFeeCap == nil {
		t.Fatalf("interval not delivered: %s", st.Summary())
	}
	ds, err := store.Deliveries(&bind.CallOpts{Context: s.ctx}, 1, 1)
	if err != nil || len(ds) != 1 || string(ds[0].Output) != string(le32(13)) || ds[0].Node != s.rel.From() {
		t.Fatalf("deliveries %+v (%v), want fib(7) = 13 from the relayer", ds, err)
	}
	// Another account resending the relayer's delivery (to fill the second slot) is refused:
	// the proof binds the relayer's address.
	user := s.user.From
	_, err = s.rpc.CallContract(s.ctx, ethereum.CallMsg{From: user, To: &s.dep.Coordinator, Data: st.Relay.Data}, nil)
	rv, derr := contracts.DecodeRevertError(err)
	if derr != nil || rv.Name != "ProofRejected" {
		t.Fatalf("the relayer's delivery resent by another account: %v (%v)", rv, err)
	}
	_ = storeAddr
}

// TestSubscriptionNodeCannotProve: a stateful subscription (the node keeps no program state)
// is recorded rejected with its reason; nothing is proven or sent.
func TestSubscriptionNodeCannotProve(t *testing.T) {
	s := newStack(t)
	_, prog := fibProgram(t)
	_, tx, store, err := bindings.DeploySubscriptionStore(s.user, s.chain.Client(), s.dep.Coordinator)
	if err != nil {
		t.Fatal(err)
	}
	waitMined(t, s, tx.Hash())
	tx, err = store.SubscribeWithTerms(s.user, contracts.Bytes32(prog.ID), le32(7), big.NewInt(100e9), 3_000_000, 1, 0, 1,
		bindings.SubscriptionTerms{MaxProofClass: class, Stateful: true})
	if err != nil {
		t.Fatal(err)
	}
	waitMined(t, s, tx.Hash())
	st := s.waitStatus(bridge.SubscriptionRelayID(1, 1), func(st bridge.Status) bool { return st.Stage == bridge.StageRejected }, time.Minute)
	if !strings.Contains(st.Reason, "stateful") || st.NodeJob != "" {
		t.Fatalf("stateful subscription: %s", st.Summary())
	}
}

func waitMined(t *testing.T, s *stack, h common.Hash) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		r, err := s.chain.Client().TransactionReceipt(s.ctx, h)
		if err == nil {
			if r.Status != 1 {
				t.Fatalf("transaction %s failed", h)
			}
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("transaction %s not mined", h)
}
