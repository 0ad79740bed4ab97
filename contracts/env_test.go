package contracts_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"io"
	"math/big"
	"os"
	"path/filepath"
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

	"github.com/zkprover/zkprover/contracts"
	"github.com/zkprover/zkprover/contracts/bindings"
	"github.com/zkprover/zkprover/contracts/internal/toycircuit"
	"github.com/zkprover/zkprover/devchain/simtest"
	"github.com/zkprover/zkprover/statement"
)

// toyClass is the class under which the tests register the toy verifier.
const toyClass = 8

// toySegmentClass is the segment class under which the final-proof tests register the toy final
// verifier (class byte contracts.FinalProofClass(toySegmentClass) = 0x85).
const toySegmentClass = 5

var toyKeys, toyFinalKeys *toycircuit.Keys

func TestMain(m *testing.M) {
	var err error
	if toyKeys, err = loadToyKeys("toy", toycircuit.Load); err != nil {
		panic(err)
	}
	if toyFinalKeys, err = loadToyKeys("toyfinal", toycircuit.LoadFinal); err != nil {
		panic(err)
	}
	os.Exit(m.Run())
}

// loadToyKeys reads testdata/<name>.pk and .vk.
func loadToyKeys(name string, load func(pk, vk io.Reader) (*toycircuit.Keys, error)) (*toycircuit.Keys, error) {
	pk, err := os.Open(filepath.Join("testdata", name+".pk"))
	if err != nil {
		return nil, err
	}
	vk, err := os.Open(filepath.Join("testdata", name+".vk"))
	if err != nil {
		return nil, errors.Join(err, pk.Close())
	}
	k, err := load(pk, vk)
	return k, errors.Join(err, pk.Close(), vk.Close())
}

type account struct {
	key  *ecdsa.PrivateKey
	addr common.Address
	opts *bind.TransactOpts
}

// env is a simulated chain with the registry (toy verifier at toyClass), the JobManager and the
// Coordinator deployed.
type env struct {
	t       *testing.T
	ctx     context.Context
	sim     *simulated.Backend
	client  simulated.Client
	chainID uint64

	// owner deploys everything (and so owns the example consumers); requester is allowed to
	// request jobs from the example consumers; stranger is nobody in particular.
	owner, node1, node2, node3, stranger, signer, operator, requester *account

	registry     *bindings.VerifierRegistry
	registryAddr common.Address
	toyAddr      common.Address
	jm           *bindings.JobManager
	jmAddr       common.Address
	coord        *bindings.Coordinator
	coordAddr    common.Address

	gas map[string]uint64 // gas used per deployment, filled by deploy
}

func newAccount(t *testing.T) *account {
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return &account{key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}
}

// envKeys are the keys of an env's accounts, in the order of env.accounts.
type envKeys []*ecdsa.PrivateKey

func (e *env) accounts() []**account {
	return []**account{&e.owner, &e.node1, &e.node2, &e.node3, &e.stranger, &e.signer, &e.operator, &e.requester}
}

// keys returns the env's account keys: an env built from them (newEnvFrom) deploys every
// contract at the same addresses.
func (e *env) keys() envKeys {
	var k envKeys
	for _, a := range e.accounts() {
		k = append(k, (*a).key)
	}
	return k
}

// withChainID runs the simulated chain with another chain id.
func withChainID(id int64) func(*node.Config, *ethconfig.Config) {
	return func(_ *node.Config, ec *ethconfig.Config) {
		c := *ec.Genesis.Config
		c.ChainID = big.NewInt(id)
		ec.Genesis.Config = &c
		ec.NetworkId = uint64(id)
	}
}

// osaka runs the simulated chain on the Osaka rules (mainnet today). go-ethereum's simulated
// backend otherwise enables every fork it knows, including Bogota/Amsterdam's state-gas
// repricing (EIP-8037/8038), which multiplies storage costs.
func osaka(_ *node.Config, ec *ethconfig.Config) {
	c := *ec.Genesis.Config
	c.BogotaTime = nil
	ec.Genesis.Config = &c
}

func newEnv(t *testing.T) *env {
	t.Helper()
	return newEnvWith(t, osaka)
}

// newEnvWith builds the environment with extra simulated-backend options.
func newEnvWith(t *testing.T, opts ...func(*node.Config, *ethconfig.Config)) *env {
	t.Helper()
	return newEnvFrom(t, nil, opts...)
}

// newEnvFrom builds the environment with the given account keys (nil: new ones).
func newEnvFrom(t *testing.T, keys envKeys, opts ...func(*node.Config, *ethconfig.Config)) *env {
	t.Helper()
	e := &env{t: t, ctx: context.Background(), gas: map[string]uint64{}}
	accs := e.accounts()
	alloc := types.GenesisAlloc{}
	for i, a := range accs {
		if keys != nil {
			*a = &account{key: keys[i], addr: crypto.PubkeyToAddress(keys[i].PublicKey)}
		} else {
			*a = newAccount(t)
		}
		alloc[(*a).addr] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))}
	}
	e.sim = simulated.NewBackend(alloc, append([]func(*node.Config, *ethconfig.Config){
		simulated.WithBlockGasLimit(60_000_000)}, opts...)...)
	t.Cleanup(func() { e.sim.Close() })
	e.client = e.sim.Client()
	id, err := e.client.ChainID(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	e.chainID = id.Uint64()
	for _, a := range accs {
		(*a).opts, err = bind.NewKeyedTransactorWithChainID((*a).key, id)
		if err != nil {
			t.Fatal(err)
		}
	}

	e.registryAddr = e.deploy("VerifierRegistry", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		a, tx, _, err := bindings.DeployVerifierRegistry(o, e.client, e.owner.addr)
		return a, tx, err
	})
	e.registry, err = bindings.NewVerifierRegistry(e.registryAddr, e.client)
	if err != nil {
		t.Fatal(err)
	}
	e.toyAddr = e.deploy("ToyVerifier", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		a, tx, _, err := bindings.DeployToyVerifier(o, e.client)
		return a, tx, err
	})
	e.send(e.owner, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.registry.SetVerifier(o, toyClass, e.toyAddr)
	})
	e.jmAddr = e.deploy("JobManager", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		a, tx, _, err := bindings.DeployJobManager(o, e.client, e.registryAddr, e.owner.addr)
		return a, tx, err
	})
	e.jm, err = bindings.NewJobManager(e.jmAddr, e.client)
	if err != nil {
		t.Fatal(err)
	}
	e.coordAddr = e.deploy("Coordinator", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		a, tx, _, err := bindings.DeployCoordinator(o, e.client, e.registryAddr)
		return a, tx, err
	})
	e.coord, err = bindings.NewCoordinator(e.coordAddr, e.client)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// deploy deploys a contract from the owner and records its gas.
func (e *env) deploy(name string, f func(*bind.TransactOpts) (common.Address, *types.Transaction, error)) common.Address {
	e.t.Helper()
	o := *e.owner.opts
	addr, tx, err := f(&o)
	if err != nil {
		e.t.Fatalf("deploying %s: %v", name, err)
	}
	r := e.mine(tx)
	e.gas["deploy "+name] = r.GasUsed
	return addr
}

// send sends a transaction from a, mines it and requires success.
func (e *env) send(a *account, f func(*bind.TransactOpts) (*types.Transaction, error)) *types.Receipt {
	e.t.Helper()
	o := *a.opts
	o.Context = e.ctx
	tx, err := f(&o)
	if err != nil {
		if rv, derr := contracts.DecodeRevertError(err); derr == nil {
			e.t.Fatalf("transaction reverted: %s", rv)
		}
		e.t.Fatalf("sending transaction: %v", err)
	}
	return e.mine(tx)
}

func (e *env) mine(tx *types.Transaction) *types.Receipt {
	e.t.Helper()
	e.sim.Commit()
	r, err := e.client.TransactionReceipt(e.ctx, tx.Hash())
	if err != nil {
		e.t.Fatalf("receipt: %v", err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		e.t.Fatalf("transaction %s failed", tx.Hash())
	}
	return r
}

// expectRevert sends a transaction that must revert (gas estimation fails) with the named
// error, and returns the decoded error.
func (e *env) expectRevert(a *account, name string, f func(*bind.TransactOpts) (*types.Transaction, error)) *contracts.Revert {
	e.t.Helper()
	o := *a.opts
	o.Context = e.ctx
	tx, err := f(&o)
	if err == nil {
		e.sim.Commit()
		e.t.Fatalf("transaction %s did not revert (want %s)", tx.Hash(), name)
	}
	rv, derr := contracts.DecodeRevertError(err)
	if derr != nil {
		e.t.Fatalf("want revert %s, got %v (%v)", name, err, derr)
	}
	if rv.Name != name {
		e.t.Fatalf("want revert %s, got %s", name, rv)
	}
	return rv
}

// expectProofRejected expects the registry's ProofRejected whose verifier reason is verifierErr.
func (e *env) expectProofRejected(a *account, verifierErr string, f func(*bind.TransactOpts) (*types.Transaction, error)) {
	e.t.Helper()
	rv := e.expectRevert(a, "ProofRejected", f)
	inner, err := contracts.DecodeRevert(rv.Args[1].([]byte))
	if err != nil {
		e.t.Fatalf("decoding the verifier's reason: %v", err)
	}
	if inner.Name != verifierErr {
		e.t.Fatalf("verifier rejected with %s, want %s", inner, verifierErr)
	}
}

func (e *env) blockTime(r *types.Receipt) uint64 {
	e.t.Helper()
	h, err := e.client.HeaderByNumber(e.ctx, r.BlockNumber)
	if err != nil {
		e.t.Fatal(err)
	}
	return h.Time
}

// advance moves the chain's clock by d and seals a block (simtest.Advance).
func (e *env) advance(d time.Duration) { simtest.Advance(e.t, e.sim, d) }

// proveToy proves the statement with the toy circuit.
func proveToy(t *testing.T, p *statement.Public) []byte {
	t.Helper()
	v, err := p.Elements()
	if err != nil {
		t.Fatal(err)
	}
	var pub [toycircuit.NumPublic]*big.Int
	for i := range v {
		pub[i] = v[i].BigInt(new(big.Int))
	}
	proof, err := toyKeys.Prove(pub)
	if err != nil {
		t.Fatal(err)
	}
	return proof
}

func randElement(t *testing.T) fr.Element {
	t.Helper()
	var x fr.Element
	if _, err := x.SetRandom(); err != nil {
		t.Fatal(err)
	}
	return x
}

func emptyState() fr.Element { return statement.StateRoot(nil) }

func emptyOffchain() fr.Element { return statement.OffchainHash(nil) }

// blob returns n deterministic pseudo-random bytes.
func blob(n int, seed byte) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(i*31+7) ^ seed
	}
	return b
}
