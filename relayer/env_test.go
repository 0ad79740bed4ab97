package relayer_test

import (
	"context"
	"crypto/ecdsa"
	"io"
	"math/big"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/contracts/bindings"
	"github.com/zkprover/zkprover/devchain"
	"github.com/zkprover/zkprover/devchain/simtest"
	"github.com/zkprover/zkprover/relayer"
)

// chain is a simulated chain (Osaka rules) serving JSON-RPC over HTTP on localhost, with a
// VerifierRegistry and a JobManager whose owner is the relayer's key.
type chain struct {
	t        *testing.T
	ctx      context.Context
	sim      *simulated.Backend
	client   simulated.Client
	url      string
	chainID  *big.Int
	relayKey *ecdsa.PrivateKey
	relay    common.Address
	user     *bind.TransactOpts
	userAddr common.Address

	registryAddr common.Address
	registry     *bindings.VerifierRegistry
	jmAddr       common.Address
	jm           *bindings.JobManager
}

func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

func newChain(t *testing.T) *chain {
	t.Helper()
	c := &chain{t: t, ctx: context.Background()}
	var err error
	c.relayKey, err = crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	c.relay = crypto.PubkeyToAddress(c.relayKey.PublicKey)
	userKey, _ := crypto.GenerateKey()
	c.userAddr = crypto.PubkeyToAddress(userKey.PublicKey)
	eth := new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))
	// The port picked free may be taken before the node binds it (the node does not start:
	// NewBackend panics): then another is picked, a few times.
	var port int
	for try := 1; ; try++ {
		port = freePort(t)
		c.sim, err = devchain.NewBackend(types.GenesisAlloc{c.relay: {Balance: eth}, c.userAddr: {Balance: eth}},
			simulated.WithBlockGasLimit(60_000_000),
			func(nc *node.Config, ec *ethconfig.Config) {
				cfg := *ec.Genesis.Config
				cfg.BogotaTime = nil // Osaka rules (see contracts/env_test.go)
				ec.Genesis.Config = &cfg
				nc.HTTPHost = "127.0.0.1"
				nc.HTTPPort = port
				nc.HTTPModules = []string{"eth", "net", "web3"}
			})
		if err == nil {
			break
		}
		if try == 3 {
			t.Fatalf("starting the chain: %v", err)
		}
		t.Logf("starting the chain on port %d: %v; trying another port", port, err)
	}
	t.Cleanup(func() { c.sim.Close() })
	c.url = "http://127.0.0.1:" + itoa(port)
	c.client = c.sim.Client()
	c.chainID, err = c.client.ChainID(c.ctx)
	if err != nil {
		t.Fatal(err)
	}
	c.user, err = bind.NewKeyedTransactorWithChainID(userKey, c.chainID)
	if err != nil {
		t.Fatal(err)
	}
	owner, err := bind.NewKeyedTransactorWithChainID(c.relayKey, c.chainID)
	if err != nil {
		t.Fatal(err)
	}
	var tx *types.Transaction
	c.registryAddr, tx, c.registry, err = bindings.DeployVerifierRegistry(owner, c.client, c.relay)
	if err != nil {
		t.Fatal(err)
	}
	c.mine(tx)
	c.jmAddr, tx, c.jm, err = bindings.DeployJobManager(owner, c.client, c.registryAddr, c.relay)
	if err != nil {
		t.Fatal(err)
	}
	c.mine(tx)
	return c
}

func itoa(n int) string { return big.NewInt(int64(n)).String() }

func (c *chain) mine(tx *types.Transaction) *types.Receipt {
	c.t.Helper()
	c.sim.Commit()
	r, err := c.client.TransactionReceipt(c.ctx, tx.Hash())
	if err != nil {
		c.t.Fatalf("receipt of %s: %v", tx.Hash(), err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		c.t.Fatalf("transaction %s failed", tx.Hash())
	}
	return r
}

// setOperatorCall is calldata of a call the relay key (the JobManager's owner) may always make.
func (c *chain) setOperatorCall(op common.Address) []byte {
	a, err := bindings.JobManagerMetaData.GetAbi()
	if err != nil {
		c.t.Fatal(err)
	}
	data, err := a.Pack("setOperator", op, false)
	if err != nil {
		c.t.Fatal(err)
	}
	return data
}

// cancelJobCall is calldata that reverts with data: the owner cancels a job that does not
// exist (JobNotPending(id, 0)).
func (c *chain) cancelJobCall(id [32]byte) []byte {
	a, err := bindings.JobManagerMetaData.GetAbi()
	if err != nil {
		c.t.Fatal(err)
	}
	data, err := a.Pack("cancelJob", id)
	if err != nil {
		c.t.Fatal(err)
	}
	return data
}

// operatorEvents counts OperatorConfigured events for op: how many times a call took effect.
func (c *chain) operatorEvents(op common.Address) int {
	c.t.Helper()
	it, err := c.jm.FilterOperatorConfigured(&bind.FilterOpts{Start: 0, Context: c.ctx})
	if err != nil {
		c.t.Fatal(err)
	}
	defer it.Close()
	n := 0
	for it.Next() {
		if it.Event.Operator == op {
			n++
		}
	}
	return n
}

func (c *chain) open(client relayer.Client, dir string, o relayer.Options) *relayer.Manager {
	c.t.Helper()
	o.Logger = zerolog.New(zerolog.NewTestWriter(c.t)).Level(zerolog.InfoLevel)
	from, sign := relayer.KeySigner(c.relayKey, c.chainID)
	m, err := relayer.Open(c.ctx, client, from, sign, dir, o)
	if err != nil {
		c.t.Fatal(err)
	}
	return m
}

// steps alternates manager steps and blocks until id is terminal (at most n rounds).
func (c *chain) steps(m *relayer.Manager, id string, n int) relayer.Tx {
	c.t.Helper()
	for i := 0; i < n; i++ {
		_ = m.Step(c.ctx)
		if tx, err := m.Get(id); err == nil && tx.State.Terminal() {
			return tx
		}
		c.sim.Commit()
	}
	tx, err := m.Get(id)
	if err != nil {
		c.t.Fatal(err)
	}
	c.t.Fatalf("%s not terminal after %d rounds: %s", id, n, tx.Status())
	return tx
}

// waitPending waits until the node's pool holds from's transactions up to nonce next-1 as
// pending (simtest.WaitPending): a replacement is checked against the pending ones only.
func (c *chain) waitPending(from common.Address, next uint64) {
	simtest.WaitPending(c.t, c.ctx, c.client, from, next)
}

// senderTxCount is the number of transactions the relay key has on chain.
func (c *chain) senderNonce() uint64 {
	c.t.Helper()
	n, err := c.client.NonceAt(c.ctx, c.relay, nil)
	if err != nil {
		c.t.Fatal(err)
	}
	return n
}

// proxy is a real HTTP hop between the relayer and the node that can be taken down: while
// down it drops every connection; dropSend makes it forward eth_sendRawTransaction but lose
// the answer (the node has the transaction, the caller sees a transport error).
type proxy struct {
	srv      *http.Server
	url      string
	down     atomic.Bool
	dropSend atomic.Int32 // forward, lose the answer
	lostSend atomic.Int32 // do not forward, drop the connection
	mu       sync.Mutex
	calls    int
}

func newProxy(t *testing.T, target string) *proxy {
	t.Helper()
	u, err := url.Parse(target)
	if err != nil {
		t.Fatal(err)
	}
	rp := httputil.NewSingleHostReverseProxy(u)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &proxy{url: "http://" + l.Addr().String()}
	p.srv = &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p.mu.Lock()
		p.calls++
		p.mu.Unlock()
		if p.down.Load() {
			hijackClose(w)
			return
		}
		body, _ := io.ReadAll(r.Body)
		r.Body = io.NopCloser(strings.NewReader(string(body)))
		if strings.Contains(string(body), "eth_sendRawTransaction") && p.lostSend.Load() > 0 {
			p.lostSend.Add(-1)
			hijackClose(w)
			return
		}
		if strings.Contains(string(body), "eth_sendRawTransaction") && p.dropSend.Load() > 0 {
			p.dropSend.Add(-1)
			rec := &discard{h: http.Header{}}
			rp.ServeHTTP(rec, r) // the node receives it
			hijackClose(w)       // the caller does not hear back
			return
		}
		rp.ServeHTTP(w, r)
	}), ReadHeaderTimeout: 5 * time.Second}
	go func() { _ = p.srv.Serve(l) }()
	t.Cleanup(func() { _ = p.srv.Close() })
	return p
}

func hijackClose(w http.ResponseWriter) {
	if hj, ok := w.(http.Hijacker); ok {
		if conn, _, err := hj.Hijack(); err == nil {
			_ = conn.Close()
			return
		}
	}
	http.Error(w, "down", http.StatusBadGateway)
}

type discard struct{ h http.Header }

func (d *discard) Header() http.Header         { return d.h }
func (d *discard) Write(b []byte) (int, error) { return len(b), nil }
func (d *discard) WriteHeader(int)             {}

func dial(t *testing.T, u string) *ethclient.Client {
	t.Helper()
	c, err := ethclient.Dial(u)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}
