package contracts_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/contracts"
	"github.com/zkprover/zkprover/contracts/bindings"
	"github.com/zkprover/zkprover/internal/testlog"
)

// stuckOpts is the owner's options with fees no block takes (1 wei: the base fee never falls
// that low), so that every transaction sent with them stays pending until it is replaced. (A
// gas limit is given: estimating it at such fees fails.)
func stuckOpts(e *env) *bind.TransactOpts {
	o := *e.owner.opts
	o.GasFeeCap, o.GasTipCap, o.GasLimit = big.NewInt(1), big.NewInt(1), 8_000_000
	return &o
}

// TestDeployReplacesStuck: a deployment whose transactions are priced below what blocks take
// sends each again with the same nonce and higher fees after BumpAfter blocks, and goes
// through: each step mined once, the file lists what each replacement replaced, and the
// deployer's nonce moved by the plan's steps only.
func TestDeployReplacesStuck(t *testing.T) {
	e := newEnv(t)
	stop := e.autoMine()
	defer stop()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	nonce, err := e.client.PendingNonceAt(ctx, e.owner.addr)
	if err != nil {
		t.Fatal(err)
	}
	var file deploymentFile
	plan := contracts.DeployPlan{Progress: file.save}
	d := &contracts.Deployment{}
	if err := contracts.Resume(ctx, e.client, stuckOpts(e), d, plan, zerolog.Nop()); err != nil {
		t.Fatalf("deploying with stuck fees: %v", err)
	}
	const steps = 3 // registry, JobManager, Coordinator
	if now, err := e.client.PendingNonceAt(ctx, e.owner.addr); err != nil || now-nonce != steps {
		t.Fatalf("%d transactions mined (%v), want %d", now-nonce, err, steps)
	}
	saved := file.load(t)
	if saved.Incomplete || len(saved.Gas) != steps {
		t.Fatalf("deployment %s", file.b)
	}
	for what, h := range saved.Txs {
		rc, err := e.client.TransactionReceipt(ctx, h)
		if err != nil || rc.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("%s: the file's transaction %s not mined (%v)", what, h, err)
		}
		replaced := saved.Replaced[what]
		if len(replaced) == 0 {
			t.Fatalf("%s: mined without a replacement at 1 wei: %s", what, file.b)
		}
		for _, old := range replaced {
			if old == h {
				t.Fatalf("%s: the mined transaction is listed as replaced", what)
			}
			if _, err := e.client.TransactionReceipt(ctx, old); err == nil {
				t.Fatalf("%s: the replaced transaction %s was mined too", what, old)
			}
		}
	}
	if code, err := e.client.CodeAt(ctx, saved.Coordinator, nil); err != nil || len(code) == 0 {
		t.Fatalf("no Coordinator at %s (%v)", saved.Coordinator, err)
	}
}

// TestDeployResumeReplacesPending: a run killed while its first transaction sits unmined (priced
// too low) is resumed, with the usual fees: the resume finds it pending, replaces it after
// BumpAfter blocks, and finishes with every step mined once.
func TestDeployResumeReplacesPending(t *testing.T) {
	e := newEnv(t)
	stop := e.autoMine()
	defer stop()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	nonce, err := e.client.PendingNonceAt(ctx, e.owner.addr)
	if err != nil {
		t.Fatal(err)
	}
	var file deploymentFile
	plan := contracts.DeployPlan{Progress: file.save}
	rctx, rcancel := context.WithCancel(ctx)
	defer rcancel()
	flaky := &flakyChain{Client: e.client, send: 1, fail: "killed", cancel: rcancel}
	if err := contracts.Resume(rctx, flaky, stuckOpts(e), &contracts.Deployment{}, plan, zerolog.Nop()); err == nil {
		t.Fatal("the killed run went through")
	}
	d := file.load(t)
	stuck := d.Txs["VerifierRegistry"]
	if _, pending, err := e.client.TransactionByHash(ctx, stuck); err != nil || !pending {
		t.Fatalf("the killed run's transaction %s: pending %v (%v)", stuck, pending, err)
	}
	if err := contracts.Resume(ctx, e.client, e.owner.opts, d, plan, zerolog.Nop()); err != nil {
		t.Fatalf("resuming %s: %v", file.b, err)
	}
	saved := file.load(t)
	if saved.Incomplete || len(saved.Replaced["VerifierRegistry"]) != 1 || saved.Replaced["VerifierRegistry"][0] != stuck {
		t.Fatalf("deployment %s: want the registry's transaction %s replaced once", file.b, stuck)
	}
	if now, err := e.client.PendingNonceAt(ctx, e.owner.addr); err != nil || now-nonce != 3 {
		t.Fatalf("%d transactions mined (%v), want 3", now-nonce, err)
	}
}

// TestDeployStuckAtCap: with a fee cap that leaves no room for a 10% raise the transaction is
// not sent again (it waits as it is, until the deadline); and a transaction of the deployer's
// that takes its nonce meanwhile stops the deployment with ErrNonceTaken rather than a wait to
// the deadline.
func TestDeployStuckAtCap(t *testing.T) {
	e := newEnv(t)
	stop := e.autoMine()
	defer stop()
	var file deploymentFile
	plan := contracts.DeployPlan{Progress: file.save, MaxFee: big.NewInt(1)}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	err := contracts.Resume(ctx, e.client, stuckOpts(e), &contracts.Deployment{}, plan, zerolog.Nop())
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("deploying at the cap: %v, want the deadline", err)
	}
	d := file.load(t)
	if len(d.Replaced) != 0 {
		t.Fatalf("a transaction was replaced above the cap: %s", file.b)
	}

	// The deployer sends another transaction with the stuck one's nonce, priced to be mined.
	ctx, cancel = context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	n := d.Nonces["VerifierRegistry"]
	tip, err := e.client.SuggestGasTipCap(ctx)
	if err != nil {
		t.Fatal(err)
	}
	other, err := e.owner.opts.Signer(e.owner.addr, types.NewTx(&types.DynamicFeeTx{ChainID: new(big.Int).SetUint64(e.chainID),
		Nonce: n, GasTipCap: tip, GasFeeCap: big.NewInt(100e9), Gas: 21000, To: &e.owner.addr, Value: new(big.Int)}))
	if err != nil {
		t.Fatal(err)
	}
	logs := &testlog.Buffer{}
	errc := make(chan error, 1)
	go func() { errc <- contracts.Resume(ctx, e.client, stuckOpts(e), d, plan, zerolog.New(logs)) }()
	for !strings.Contains(logs.String(), "waiting for the transaction an earlier run sent") {
		// the resume found the stuck transaction pending
		select {
		case err := <-errc:
			t.Fatalf("the resume ended before it found its transaction pending: %v (%s)", err, logs)
		case <-time.After(20 * time.Millisecond):
		}
	}
	if err := e.client.SendTransaction(ctx, other); err != nil {
		t.Fatalf("sending the transaction that takes the nonce: %v", err)
	}
	if err := <-errc; !errors.Is(err, contracts.ErrNonceTaken) {
		t.Fatalf("resume after the nonce was taken: %v, want ErrNonceTaken", err)
	}
}

// TestAddVerifierReplacesStuck: the registry functions (AddVerifier here: a deployment and a
// registration) replace a transaction priced too low as the deployment does.
func TestAddVerifierReplacesStuck(t *testing.T) {
	e := newEnv(t)
	stop := e.autoMine()
	defer stop()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	logs := &testlog.Buffer{}
	ctx = zerolog.New(logs).WithContext(ctx)
	const class = 3
	v, err := contracts.AddVerifier(ctx, e.client, stuckOpts(e), e.registryAddr, class, common.FromHex(bindings.ToyVerifierMetaData.Bin))
	if err != nil {
		t.Fatalf("adding a verifier at 1 wei: %v", err)
	}
	if got, err := e.registry.Verifiers(&bind.CallOpts{Context: ctx}, class); err != nil || got != v {
		t.Fatalf("class %d -> %s (%v), want %s", class, got, err, v)
	}
	if n := strings.Count(logs.String(), "sent again with higher fees"); n < 2 {
		t.Fatalf("%d replacements logged, want one per transaction at least:\n%s", n, logs)
	}
}

// TestDeployReplacesStuckLegacy: the same with legacy (gas price) transactions: the
// replacement takes the chain's suggested gas price.
func TestDeployReplacesStuckLegacy(t *testing.T) {
	e := newEnv(t)
	stop := e.autoMine()
	defer stop()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	var file deploymentFile
	o := *e.owner.opts
	o.GasPrice, o.GasLimit = big.NewInt(1), 8_000_000
	if err := contracts.Resume(ctx, e.client, &o, &contracts.Deployment{}, contracts.DeployPlan{Progress: file.save}, zerolog.Nop()); err != nil {
		t.Fatalf("deploying with a legacy gas price of 1 wei: %v", err)
	}
	d := file.load(t)
	for what, h := range d.Txs {
		tx, _, err := e.client.TransactionByHash(ctx, h)
		if err != nil || tx.Type() != types.LegacyTxType || len(d.Replaced[what]) == 0 {
			t.Fatalf("%s: %s (%v), replaced %v: want a legacy replacement mined", what, h, err, d.Replaced[what])
		}
	}
}

// unsteadyChain answers like a busy public RPC: every other receipt read fails (rate limited),
// and the first transaction's receipt is served only from its lag-th read on (a node behind
// the one that answers the nonce).
type unsteadyChain struct {
	simulated.Client
	lag   int
	mu    sync.Mutex
	calls int
	first common.Hash
	reads int
}

func (c *unsteadyChain) TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	c.mu.Lock()
	c.calls++
	if c.first == (common.Hash{}) {
		c.first = h
	}
	if h == c.first {
		c.reads++
	}
	limited, early := c.calls%2 == 0, h == c.first && c.reads < c.lag
	c.mu.Unlock()
	if limited {
		return nil, errors.New("429 Too Many Requests")
	}
	rc, err := c.Client.TransactionReceipt(ctx, h)
	if err == nil && early {
		return nil, ethereum.NotFound
	}
	return rc, err
}

// TestDeployRidesOutRPCErrors: RPC errors while a transaction is waited for are tried again
// (not the end of the deployment), and a nonce used before the receipt is served is not taken
// for another transaction's (ErrNonceTaken) while the chain shows the step's transaction mined.
func TestDeployRidesOutRPCErrors(t *testing.T) {
	e := newEnv(t)
	stop := e.autoMine()
	defer stop()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	chain := &unsteadyChain{Client: e.client, lag: 26}
	var file deploymentFile
	if err := contracts.Resume(ctx, chain, e.owner.opts, &contracts.Deployment{}, contracts.DeployPlan{Progress: file.save}, zerolog.Nop()); err != nil {
		t.Fatalf("deploying over an unsteady RPC: %v", err)
	}
	if d := file.load(t); d.Incomplete || len(d.Gas) != 3 {
		t.Fatalf("deployment %s", file.b)
	}
}

// TestDeployResumeChecksReplaced: a run killed after it recorded a replacement, before the
// replacement left, is resumed with other verifier bytecode: refused, from the replaced
// transaction the chain knows (the newest hash it does not know carries nothing to compare).
func TestDeployResumeChecksReplaced(t *testing.T) {
	e := newEnv(t)
	stop := e.autoMine()
	defer stop()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	toy, toyFinal := common.FromHex(bindings.ToyVerifierMetaData.Bin), common.FromHex(bindings.ToyFinalVerifierMetaData.Bin)
	var file deploymentFile
	plan := contracts.DeployPlan{Verifiers: map[int][]byte{toyClass: toy}, Progress: file.save}
	rctx, rcancel := context.WithCancel(ctx)
	defer rcancel()
	// sends: 1 the registry, 2 its replacement, 3 the verifier, 4 its replacement (dies)
	flaky := &flakyChain{Client: e.client, send: 4, fail: "died", cancel: rcancel}
	if err := contracts.Resume(rctx, flaky, stuckOpts(e), &contracts.Deployment{}, plan, zerolog.Nop()); err == nil {
		t.Fatal("the killed run went through")
	}
	d := file.load(t)
	step := fmt.Sprintf("Verifier class %d", toyClass)
	if len(d.Replaced[step]) != 1 {
		t.Fatalf("the file %s: want the verifier's transaction replaced once", file.b)
	}
	other := plan
	other.Verifiers, other.Progress = map[int][]byte{toyClass: toyFinal}, nil
	if err := contracts.Resume(ctx, e.client, e.owner.opts, d, other, zerolog.Nop()); !errors.Is(err, contracts.ErrCannotResume) || !strings.Contains(err.Error(), "other bytecode") {
		t.Fatalf("resuming with other bytecode: %v, want ErrCannotResume", err)
	}
}
