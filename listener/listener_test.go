package listener_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/contracts"
	"github.com/zkprover/zkprover/contracts/bindings"
	"github.com/zkprover/zkprover/devchain/simtest"
	"github.com/zkprover/zkprover/listener"
	"github.com/zkprover/zkprover/statement"
)

type env struct {
	t         *testing.T
	ctx       context.Context
	sim       *simulated.Backend
	client    simulated.Client
	opts      *bind.TransactOpts
	jmAddr    common.Address
	coordAddr common.Address
	consumer  *bindings.OutputConsumer
	consAddr  common.Address
	store     *bindings.SubscriptionStore
	storeAddr common.Address
}

func newEnv(t *testing.T) *env {
	t.Helper()
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	e := &env{t: t, ctx: context.Background()}
	e.sim = simulated.NewBackend(types.GenesisAlloc{from: {Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))}},
		simulated.WithBlockGasLimit(60_000_000), func(_ *node.Config, ec *ethconfig.Config) {
			c := *ec.Genesis.Config
			c.BogotaTime = nil
			ec.Genesis.Config = &c
		})
	t.Cleanup(func() { e.sim.Close() })
	e.client = e.sim.Client()
	id, _ := e.client.ChainID(e.ctx)
	e.opts, _ = bind.NewKeyedTransactorWithChainID(key, id)
	regAddr, tx, _, err := bindings.DeployVerifierRegistry(e.opts, e.client, from)
	e.mine(tx, err)
	e.jmAddr, tx, _, err = bindings.DeployJobManager(e.opts, e.client, regAddr, from)
	e.mine(tx, err)
	e.coordAddr, tx, _, err = bindings.DeployCoordinator(e.opts, e.client, regAddr)
	e.mine(tx, err)
	e.consAddr, tx, e.consumer, err = bindings.DeployOutputConsumer(e.opts, e.client, e.jmAddr, from, [32]byte{31: 5}, 256)
	e.mine(tx, err)
	e.storeAddr, tx, e.store, err = bindings.DeploySubscriptionStore(e.opts, e.client, e.coordAddr)
	e.mine(tx, err)
	return e
}

func (e *env) mine(tx *types.Transaction, err error) *types.Receipt {
	e.t.Helper()
	if err != nil {
		e.t.Fatal(err)
	}
	e.sim.Commit()
	r, err := e.client.TransactionReceipt(e.ctx, tx.Hash())
	if err != nil || r.Status != 1 {
		e.t.Fatalf("transaction %s: %v", tx.Hash(), err)
	}
	return r
}

// advance moves the chain's clock by d and seals a block (simtest.Advance).
func (e *env) advance(d time.Duration) { simtest.Advance(e.t, e.sim, d) }

// sink records what the listener reports.
type sink struct {
	mu        sync.Mutex
	created   []listener.Job
	cancelled [][32]byte
	due       []listener.Interval
}

func (s *sink) JobCreated(_ context.Context, j listener.Job) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.created = append(s.created, j)
	return nil
}

func (s *sink) JobCancelled(_ context.Context, id [32]byte) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.cancelled = append(s.cancelled, id)
	return nil
}

func (s *sink) IntervalDue(_ context.Context, iv listener.Interval) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.due = append(s.due, iv)
	return nil
}

func (e *env) open(dir string, s listener.Sink, conf uint64) *listener.Listener {
	e.t.Helper()
	l, err := listener.Open(e.client, dir, s, listener.Options{JobManager: e.jmAddr, Coordinator: e.coordAddr,
		Node: testNode, Confirmations: conf, Logger: zerolog.New(zerolog.NewTestWriter(e.t))})
	if err != nil {
		e.t.Fatal(err)
	}
	return l
}

// testNode is the delivering node the listener reads interval statements for.
var testNode = common.HexToAddress("0x00000000000000000000000000000000000000aa")

func TestJobsAtDepthCancelAndRestart(t *testing.T) {
	e := newEnv(t)
	dir := t.TempDir()
	s := &sink{}
	l := e.open(dir, s, 2)
	tx, err := e.consumer.Request(e.opts, []byte{1, 2, 3, 4})
	r := e.mine(tx, err)
	if err := l.Step(e.ctx); err != nil {
		t.Fatal(err)
	}
	if len(s.created) != 0 {
		t.Fatal("a job was taken before it was 2 blocks deep")
	}
	e.sim.Commit()
	if err := l.Step(e.ctx); err != nil {
		t.Fatal(err)
	}
	if len(s.created) != 1 {
		t.Fatalf("%d jobs after the depth", len(s.created))
	}
	j := s.created[0]
	h, _ := e.client.HeaderByNumber(e.ctx, r.BlockNumber)
	if j.JobID != contracts.JobID(j.Nonce, e.consAddr) || j.Consumer != e.consAddr || j.Nonce != 1 || j.MaxCycles != 256 ||
		string(j.OnchainInput) != string([]byte{1, 2, 3, 4}) || j.Timestamp != h.Time || j.BlockHash != h.Hash() ||
		len(j.ProgramID) != 32 || j.ProgramID[31] != 5 || j.StateRoot != nil {
		t.Fatalf("job %+v", j)
	}
	tx, err = e.consumer.Cancel(e.opts, j.JobID)
	e.mine(tx, err)
	e.sim.Commit()
	if err := l.Step(e.ctx); err != nil {
		t.Fatal(err)
	}
	if len(s.cancelled) != 1 || s.cancelled[0] != j.JobID {
		t.Fatalf("cancellations %x", s.cancelled)
	}
	last, ok, err := l.LastBlock()
	if err != nil || !ok {
		t.Fatal(err)
	}
	_ = l.Close()

	// Restarted: resumes after the last processed block, nothing is reported twice.
	tx, err = e.consumer.Request(e.opts, []byte{9, 9, 9, 9})
	e.mine(tx, err)
	e.sim.Commit()
	s2 := &sink{}
	l2 := e.open(dir, s2, 2)
	if got, _, _ := l2.LastBlock(); got != last {
		t.Fatalf("last block %d after restart, want %d", got, last)
	}
	if err := l2.Step(e.ctx); err != nil {
		t.Fatal(err)
	}
	if len(s2.created) != 1 || s2.created[0].Nonce != 2 || len(s2.cancelled) != 0 {
		t.Fatalf("after restart: %d created, %d cancelled", len(s2.created), len(s2.cancelled))
	}
	_ = l2.Close()
	// The same JobManager without the Coordinator (no longer followed): nothing is skipped.
	l5, err := listener.Open(e.client, dir, s2, listener.Options{JobManager: e.jmAddr, Node: testNode})
	if err != nil {
		t.Fatalf("the same JobManager, the Coordinator no longer followed: %v", err)
	}
	_ = l5.Close()

	// The same store for another JobManager (an operator's second deployment, the data folder
	// reused): refused, naming the fix (review: the new JobManager's jobs before the cursor
	// were skipped without a word). A store that processed nothing takes the new contracts.
	other := common.HexToAddress("0x00000000000000000000000000000000000000bb")
	_, err = listener.Open(e.client, dir, s2, listener.Options{JobManager: other, Coordinator: e.coordAddr, Node: testNode})
	if !errors.Is(err, listener.ErrOtherContracts) || !strings.Contains(err.Error(), "--data") {
		t.Fatalf("the store of another JobManager: %v, want ErrOtherContracts", err)
	}
	fresh := t.TempDir()
	l3 := e.open(fresh, &sink{}, 2)
	_ = l3.Close()
	l4, err := listener.Open(e.client, fresh, &sink{}, listener.Options{JobManager: other, Node: testNode})
	if err != nil {
		t.Fatalf("a store that processed nothing, other contracts: %v", err)
	}
	_ = l4.Close()
}

func TestShortReorgFollowed(t *testing.T) {
	e := newEnv(t)
	s := &sink{}
	l := e.open(t.TempDir(), s, 3)
	defer l.Close()
	parent, _ := e.client.HeaderByNumber(e.ctx, nil)
	tx, err := e.consumer.Request(e.opts, []byte{1, 1, 1, 1})
	orphan := e.mine(tx, err)
	_ = l.Step(e.ctx)
	// A reorg of depth 1 (within the confirmation depth 3) drops the request's block; the
	// new branch is built at a later time (every sealed block is later than the last one,
	// whatever branch it extends). No AdjustTime here: it refuses a non-empty pending block,
	// and the pool puts the orphaned request back in the background, sooner or later
	// depending on the machine's load.
	if err := e.sim.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 5; i++ {
		e.sim.Commit()
		if err := l.Step(e.ctx); err != nil {
			t.Fatal(err)
		}
	}
	// Whatever the new branch holds, the listener reported it, from canonical blocks only.
	for _, j := range s.created {
		h, err := e.client.HeaderByNumber(e.ctx, new(big.Int).SetUint64(j.Block))
		if err != nil || h.Hash() != j.BlockHash || h.Time != j.Timestamp {
			t.Fatalf("job %x reported from a non-canonical block %d", j.JobID, j.Block)
		}
		if j.BlockHash == orphan.BlockHash {
			t.Fatal("reported from the orphaned block")
		}
	}
	onchain := countJobs(t, e)
	if len(s.created) != onchain {
		t.Fatalf("listener saw %d jobs, the canonical chain has %d", len(s.created), onchain)
	}
	t.Logf("after the reorg the canonical chain holds %d job(s); orphaned block %d", onchain, orphan.BlockNumber)
}

func countJobs(t *testing.T, e *env) int {
	jm, err := bindings.NewJobManager(e.jmAddr, e.client)
	if err != nil {
		t.Fatal(err)
	}
	head, _ := e.client.BlockNumber(e.ctx)
	end := head - 2
	it, err := jm.FilterJobCreated(&bind.FilterOpts{Context: e.ctx, End: &end}, nil, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for it.Next() {
		n++
	}
	return n
}

func TestSubscriptionIntervals(t *testing.T) {
	e := newEnv(t)
	s := &sink{}
	l := e.open(t.TempDir(), s, 1)
	defer l.Close()
	tx, err := e.store.Subscribe(e.opts, [32]byte{31: 5}, []byte{4, 0, 0, 0}, big.NewInt(100e9), 2_000_000, 2, 60, 1)
	e.mine(tx, err)
	_ = l.Step(e.ctx)
	if len(s.due) != 0 {
		t.Fatal("an interval was due before activeAt")
	}
	e.advance(61 * time.Second)
	_ = l.Step(e.ctx)
	_ = l.Step(e.ctx)
	if len(s.due) != 1 || s.due[0].Interval != 1 || s.due[0].Owner != e.storeAddr || s.due[0].SubscriptionID != 1 {
		t.Fatalf("due %+v", s.due)
	}
	if d := s.due[0]; string(d.Inputs) != string([]byte{4, 0, 0, 0}) || d.MaxProofClass != 20 || d.Stateful ||
		d.OffchainInputHash != contracts.Bytes32(statement.OffchainHash(nil)) || d.OldStateRoot != contracts.Bytes32(statement.StateRoot(nil)) ||
		d.Unavailable != "" {
		t.Fatalf("interval statement %+v", d)
	}
	e.advance(60 * time.Second)
	_ = l.Step(e.ctx)
	if len(s.due) != 2 || s.due[1].Interval != 2 {
		t.Fatalf("due %+v", s.due)
	}
	e.advance(60 * time.Second)
	_ = l.Step(e.ctx)
	if len(s.due) != 2 {
		t.Fatalf("an interval past the frequency was due: %+v", s.due)
	}
}

func TestReorgDeeperThanDepthRescans(t *testing.T) {
	e := newEnv(t)
	s := &sink{}
	l := e.open(t.TempDir(), s, 1) // depth 1: the head itself is processed
	defer l.Close()
	parent, _ := e.client.HeaderByNumber(e.ctx, nil)
	tx, err := e.consumer.Request(e.opts, []byte{2, 2, 2, 2})
	orphan := e.mine(tx, err)
	if err := l.Step(e.ctx); err != nil {
		t.Fatal(err)
	}
	if len(s.created) != 1 || s.created[0].BlockHash != orphan.BlockHash {
		t.Fatalf("before the reorg: %+v", s.created)
	}
	// The new branch re-includes the orphaned request in a later block (see
	// TestShortReorgFollowed: no AdjustTime after a fork).
	if err := e.sim.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 3; i++ {
		e.sim.Commit()
	}
	if err := l.Step(e.ctx); err != nil {
		t.Fatal(err)
	}
	last := s.created[len(s.created)-1]
	h, err := e.client.HeaderByNumber(e.ctx, new(big.Int).SetUint64(last.Block))
	if err != nil {
		t.Fatal(err)
	}
	if countJobs(t, e) != 1 {
		t.Fatal("the orphaned request was not re-included in the new branch")
	}
	if len(s.created) != 2 || h.Hash() != last.BlockHash || last.JobID != s.created[0].JobID {
		t.Fatalf("after a reorg past the depth the job was not reported again from the new branch: %+v", s.created)
	}
	if h.Hash() == orphan.BlockHash {
		t.Fatal("the fork did not replace the block")
	}
}

// TestIntervalStatementFromCoordinator: the listener reports what the Coordinator checks: the
// consumer's container inputs for subscriptions without inputs (called with the node as
// caller), the terms; an interval whose statement cannot be read (the owner has no
// getContainerInputs) is reported unavailable without stalling the listener.
func TestIntervalStatementFromCoordinator(t *testing.T) {
	e := newEnv(t)
	s := &sink{}
	l := e.open(t.TempDir(), s, 1)
	defer l.Close()
	tx, err := e.store.SetContainerInputs(e.opts, []byte{9, 0, 0, 0})
	e.mine(tx, err)
	tx, err = e.store.SubscribeWithTerms(e.opts, [32]byte{31: 5}, nil, big.NewInt(100e9), 2_000_000, 1, 0, 1,
		bindings.SubscriptionTerms{MaxProofClass: 12, Stateful: true, InitialStateRoot: [32]byte{31: 7}})
	e.mine(tx, err)
	coord, err := bindings.NewCoordinator(e.coordAddr, e.client)
	if err != nil {
		t.Fatal(err)
	}
	tx, err = coord.CreateSubscription(e.opts, contracts.ContainerID(fr.NewElement(5)), nil, big.NewInt(100e9), 2_000_000, 1, 0, 1)
	e.mine(tx, err) // owned by an account without getContainerInputs
	if err := l.Step(e.ctx); err != nil {
		t.Fatal(err)
	}
	if len(s.due) != 2 {
		t.Fatalf("due %+v", s.due)
	}
	if d := s.due[0]; string(d.Inputs) != string([]byte{9, 0, 0, 0}) || d.MaxProofClass != 12 || !d.Stateful ||
		d.OldStateRoot != ([32]byte{31: 7}) || d.Unavailable != "" {
		t.Fatalf("interval statement %+v", d)
	}
	if d := s.due[1]; d.SubscriptionID != 2 || d.Unavailable == "" {
		t.Fatalf("an unreadable statement: %+v", d)
	}
}

// TestStatefulConsumerRootReported: a job of a consumer with latestStateRoot() carries that
// root as of the job's block (the bridge refuses to prove one past the empty state); a
// consumer without it (above) carries none.
func TestStatefulConsumerRootReported(t *testing.T) {
	e := newEnv(t)
	root := [32]byte{0: 0x12, 31: 0x34}
	addr, tx, c, err := bindings.DeployStatefulCounter(e.opts, e.client, e.jmAddr, e.opts.From, [32]byte{31: 5}, 256, root)
	e.mine(tx, err)
	tx, err = c.Request(e.opts, []byte{1, 0, 0, 0})
	e.mine(tx, err)
	e.sim.Commit()
	s := &sink{}
	l := e.open(t.TempDir(), s, 1)
	defer l.Close()
	if err := l.Step(e.ctx); err != nil {
		t.Fatal(err)
	}
	if len(s.created) != 1 || s.created[0].Consumer != addr {
		t.Fatalf("jobs %+v", s.created)
	}
	if got := s.created[0].StateRoot; got == nil || *got != root {
		t.Fatalf("state root %v, want %x", got, root)
	}
}
