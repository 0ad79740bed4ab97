package contracts_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/contracts"
	"github.com/zkprover/zkprover/contracts/bindings"
)

// flakyChain fails the send-th transaction sent through it (counting from 1) the way fail says.
type flakyChain struct {
	simulated.Client
	send   int
	fail   string // "refused": never sent; "died": never sent, the run killed; "lost": sent, its answer lost; "killed": sent, then the run is killed
	cancel context.CancelFunc
	sent   int
}

func (c *flakyChain) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	c.sent++
	if c.sent != c.send {
		return c.Client.SendTransaction(ctx, tx)
	}
	switch c.fail {
	case "refused":
		return errors.New("connection reset by peer")
	case "died": // the process dies after it recorded the transaction, before it leaves
		c.cancel()
		return errors.New("killed")
	case "lost":
		if err := c.Client.SendTransaction(ctx, tx); err != nil {
			return err
		}
		return errors.New("i/o timeout")
	default: // killed: the transaction leaves, the process dies before its receipt
		err := c.Client.SendTransaction(ctx, tx)
		c.cancel()
		return err
	}
}

// deploymentFile is what --out holds: the deployment as Progress last gave it.
type deploymentFile struct{ b []byte }

func (f *deploymentFile) save(d *contracts.Deployment) error {
	b, err := json.Marshal(d)
	f.b = b
	return err
}

func (f *deploymentFile) load(t *testing.T) *contracts.Deployment {
	t.Helper()
	var d contracts.Deployment
	if err := json.Unmarshal(f.b, &d); err != nil {
		t.Fatal(err)
	}
	return &d
}

// TestDeployResume stops a deployment at each kind of transaction (a contract, a verifier,
// its registration, the seal) in each way (refused by the RPC, sent with its answer lost, sent
// and the process killed), then resumes it from the file its progress wrote:
// the end is the whole deployment with every transaction sent exactly once (the deployer's
// nonce moved by the plan's ten).
func TestDeployResume(t *testing.T) {
	e := newEnv(t)
	toy, toyFinal := common.FromHex(bindings.ToyVerifierMetaData.Bin), common.FromHex(bindings.ToyFinalVerifierMetaData.Bin)
	plan := contracts.DeployPlan{Verifiers: map[int][]byte{toyClass: toy, 0x4b: toy},
		Finals: map[int][]byte{toySegmentClass: toyFinal}, SealDelay: time.Hour}
	const txs = 10 // registry, 3 verifiers and their registrations, JobManager, Coordinator, seal
	stop := e.autoMine()
	defer stop()
	// (Each deployment takes about 10 s: bind.WaitMined polls once a second.)
	for _, c := range []struct {
		fail string
		at   int
	}{{"lost", 1}, {"killed", 3}, {"refused", 4}, {"killed", 10}} {
		fail, at := c.fail, c.at
		t.Run(fmt.Sprintf("%s-%d", fail, at), func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			nonce, err := e.client.PendingNonceAt(ctx, e.owner.addr)
			if err != nil {
				t.Fatal(err)
			}
			var file deploymentFile
			plan := plan
			plan.Progress = file.save
			rctx, rcancel := context.WithCancel(ctx)
			defer rcancel()
			flaky := &flakyChain{Client: e.client, send: at, fail: fail, cancel: rcancel}
			if err := contracts.Resume(rctx, flaky, e.owner.opts, &contracts.Deployment{}, plan, zerolog.Nop()); err == nil {
				t.Fatal("the deployment went through its failure")
			}
			d := file.load(t)
			if !d.Incomplete {
				t.Fatalf("the file of a deployment stopped midway is not marked incomplete: %s", file.b)
			}
			if err := contracts.Resume(ctx, e.client, e.owner.opts, d, plan, zerolog.Nop()); err != nil {
				t.Fatalf("resuming %s: %v", file.b, err)
			}
			if now, err := e.client.PendingNonceAt(ctx, e.owner.addr); err != nil || now-nonce != txs {
				t.Fatalf("%d transactions sent (%v), want the plan's %d once each", now-nonce, err, txs)
			}
			checkDeployment(ctx, t, e, file.load(t))
		})
	}
}

// checkDeployment checks a deployment of TestDeployResume's plan on chain.
func checkDeployment(ctx context.Context, t *testing.T, e *env, d *contracts.Deployment) {
	t.Helper()
	if d.Incomplete || len(d.Gas) != 10 || len(d.Txs) != 10 || d.VerifierDelay != 3600 {
		t.Fatalf("deployment %+v", d)
	}
	call := &bind.CallOpts{Context: ctx}
	reg, err := bindings.NewVerifierRegistry(d.Registry, e.client)
	if err != nil {
		t.Fatal(err)
	}
	for c, want := range map[uint8]common.Address{toyClass: d.Verifiers[toyClass], 0x4b: d.Verifiers[0x4b], toyFinalClass: d.FinalVerifiers[toySegmentClass]} {
		if v, err := reg.Verifiers(call, c); err != nil || v != want || v == (common.Address{}) {
			t.Fatalf("registry class %#x -> %s (%v), deployment %s", c, v, err, want)
		}
	}
	if s, err := reg.SealedDelay(call); err != nil || s != 3600 {
		t.Fatalf("sealed delay %d (%v)", s, err)
	}
	jm, err := bindings.NewJobManager(d.JobManager, e.client)
	if err != nil {
		t.Fatal(err)
	}
	if r, err := jm.Registry(call); err != nil || r != d.Registry {
		t.Fatalf("JobManager's registry %s (%v), want %s", r, err, d.Registry)
	}
	if code, err := e.client.CodeAt(ctx, d.Coordinator, nil); err != nil || len(code) == 0 {
		t.Fatalf("no Coordinator at %s (%v)", d.Coordinator, err)
	}
}

// TestDeployResumeRefused: a resume that would deploy something else than what the file
// shows is refused before anything is sent: a verifier deployed from other bytecode (keys made
// again since), another chain, another owner, a deployment that is complete.
func TestDeployResumeRefused(t *testing.T) {
	e := newEnv(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	toy, toyFinal := common.FromHex(bindings.ToyVerifierMetaData.Bin), common.FromHex(bindings.ToyFinalVerifierMetaData.Bin)
	plan := contracts.DeployPlan{Verifiers: map[int][]byte{toyClass: toy}}
	var file deploymentFile
	plan.Progress = file.save
	stop := e.autoMine()
	defer stop()
	rctx, rcancel := context.WithCancel(ctx)
	flaky := &flakyChain{Client: e.client, send: 3, fail: "refused", cancel: rcancel} // the registration
	err := contracts.Resume(rctx, flaky, e.owner.opts, &contracts.Deployment{}, plan, zerolog.Nop())
	rcancel()
	if err == nil {
		t.Fatal("the deployment went through its failure")
	}
	nonce, err := e.client.PendingNonceAt(ctx, e.owner.addr)
	if err != nil {
		t.Fatal(err)
	}
	other := plan
	other.Verifiers = map[int][]byte{toyClass: toyFinal}
	otherClasses := plan
	otherClasses.Verifiers = map[int][]byte{0x4b: toy}
	sealed := plan
	sealed.SealDelay = time.Hour
	for _, c := range []struct {
		what string
		plan contracts.DeployPlan
		opts *bind.TransactOpts
		edit func(*contracts.Deployment)
		want string
	}{
		{"other bytecode", other, e.owner.opts, nil, "other bytecode"},
		{"other chain", plan, e.owner.opts, func(d *contracts.Deployment) { d.ChainID++ }, "the RPC serves chain"},
		{"other owner", plan, e.node1.opts, nil, "owner is"},
		{"without a class sent before", otherClasses, e.owner.opts, nil, "these classes lack"},
		{"without the seal sent before", plan, e.owner.opts, func(d *contracts.Deployment) { d.Txs["seal"] = common.Hash{9} }, "--verifier-delay"},
		// Review: a run started with --verifier-delay and resumed without it ended unsealed.
		{"without the seal planned before", plan, e.owner.opts, func(d *contracts.Deployment) { d.PlannedDelay = 3600 }, "started with --verifier-delay 1h0m0s"},
		// Review: a file resumed against a chain reset since (a development chain started
		// again, same id) sent transactions with nonces far above the account's.
		{"a contract the chain does not hold", plan, e.owner.opts, func(d *contracts.Deployment) { d.Registry = common.Address{0x42} }, "where this chain has no code"},
		{"a nonce above the account's", plan, e.owner.opts, func(d *contracts.Deployment) {
			d.Nonces[fmt.Sprintf("setVerifier class %d", toyClass)] = 1000
		}, "above"},
		// A transaction this chain does not know whose nonce is used: its fate is unknown here
		// (sending the step again with a new nonce could make it twice).
		{"unknown transaction, nonce used", sealed, e.owner.opts, func(d *contracts.Deployment) {
			step := fmt.Sprintf("setVerifier class %d", toyClass)
			d.Txs[step], d.Nonces[step] = common.Hash{7}, 0
		}, "nonce 0 is used"},
	} {
		d := file.load(t)
		if c.edit != nil {
			c.edit(d)
		}
		c.plan.Progress = nil // the file stays as the stopped run left it
		err := contracts.Resume(ctx, e.client, c.opts, d, c.plan, zerolog.Nop())
		if err == nil || !strings.Contains(err.Error(), c.want) || !errors.Is(err, contracts.ErrCannotResume) {
			t.Fatalf("%s: %v, want ErrCannotResume naming %q", c.what, err, c.want)
		}
	}
	// A seal first asked for on a resume is kept as planned (review): a resume stopped before
	// it sent anything, then one without the delay, is refused.
	var kept contracts.Deployment
	stopAtSave := sealed
	stopAtSave.Progress = func(d *contracts.Deployment) error { kept = *d; return errors.New("stopped") }
	if err := contracts.Resume(ctx, e.client, e.owner.opts, file.load(t), stopAtSave, zerolog.Nop()); err == nil || kept.PlannedDelay != 3600 {
		t.Fatalf("a resume asking for a seal: %v, planned delay %d, want 3600 kept", err, kept.PlannedDelay)
	}
	if err := contracts.Resume(ctx, e.client, e.owner.opts, &kept, plan, zerolog.Nop()); !errors.Is(err, contracts.ErrCannotResume) || !strings.Contains(err.Error(), "started with --verifier-delay") {
		t.Fatalf("then a resume without it: %v, want it refused", err)
	}
	if now, err := e.client.PendingNonceAt(ctx, e.owner.addr); err != nil || now != nonce {
		t.Fatalf("refused resumes sent %d transactions (%v)", now-nonce, err)
	}
	d := file.load(t)
	if err := contracts.Resume(ctx, e.client, e.owner.opts, d, plan, zerolog.Nop()); err != nil {
		t.Fatal(err)
	}
	if err := contracts.Resume(ctx, e.client, e.owner.opts, d, plan, zerolog.Nop()); !errors.Is(err, contracts.ErrDeploymentComplete) || !errors.Is(err, contracts.ErrCannotResume) {
		t.Fatalf("resuming a complete deployment: %v", err)
	}
}

// TestDeployResumeAfterFailure: a step whose transaction was mined and failed (out of gas here)
// is sent again on resume with the next nonce, its own being used.
func TestDeployResumeAfterFailure(t *testing.T) {
	e := newEnv(t)
	stop := e.autoMine()
	defer stop()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	var file deploymentFile
	plan := contracts.DeployPlan{Progress: file.save}
	starved := *e.owner.opts
	starved.GasLimit = 300_000 // the registry's creation needs more
	if err := contracts.Resume(ctx, e.client, &starved, &contracts.Deployment{}, plan, zerolog.Nop()); err == nil || !strings.Contains(err.Error(), "failed") {
		t.Fatalf("deploying out of gas: %v", err)
	}
	d := file.load(t)
	failed := d.Txs["VerifierRegistry"]
	if rc, err := e.client.TransactionReceipt(ctx, failed); err != nil || rc.Status != types.ReceiptStatusFailed {
		t.Fatalf("the registry's transaction %s: %+v (%v), want mined and failed", failed, rc, err)
	}
	if err := contracts.Resume(ctx, e.client, e.owner.opts, d, plan, zerolog.Nop()); err != nil {
		t.Fatalf("resuming after a failed step: %v", err)
	}
	if saved := file.load(t); saved.Incomplete || saved.Txs["VerifierRegistry"] == failed || saved.Registry == (common.Address{}) {
		t.Fatalf("deployment %s", file.b)
	}
}

// TestDeployUnfundedNamed: a deployer without ether is named in the error, with what to do.
func TestDeployUnfundedNamed(t *testing.T) {
	e := newEnv(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	opts, err := bind.NewKeyedTransactorWithChainID(key, new(big.Int).SetUint64(e.chainID))
	if err != nil {
		t.Fatal(err)
	}
	err = contracts.Resume(ctx, e.client, opts, &contracts.Deployment{}, contracts.DeployPlan{}, zerolog.Nop())
	if err == nil || !strings.Contains(err.Error(), "fund the deployer "+opts.From.Hex()) {
		t.Fatalf("deploying from an empty account: %v, want the account named", err)
	}
}
