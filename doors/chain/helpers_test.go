package chain_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"net"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	gethnode "github.com/ethereum/go-ethereum/node"
	"github.com/rs/zerolog"
	"google.golang.org/grpc"

	"github.com/zkprover/zkprover/doors/zkprover"
	"github.com/zkprover/zkprover/jobs"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/queue"
)

// miniNode is the part of a node the bridge talks to: the job service with
// real workers proving with the class-2^8 keys, and the zkprover.v1 door
// serving on loopback with the bridge's relay statuses (the node's assembly
// is tested in package node).
type miniNode struct {
	js   *jobs.Service
	addr net.Addr
}

func (m *miniNode) Jobs() *jobs.Service { return m.js }
func (m *miniNode) Addr() net.Addr      { return m.addr }

func startMiniNode(t *testing.T, keysDir string, log zerolog.Logger, relays func() jobs.RelayStatuses) *miniNode {
	t.Helper()
	qo := queue.DefaultOptions()
	qo.SyncWrites = false
	store, err := queue.Open(filepath.Join(t.TempDir(), "queue"), qo)
	if err != nil {
		t.Fatal(err)
	}
	js := jobs.New(store, jobs.Options{MaxRequestBytes: 32 << 20, Logger: log})
	p, err := prover.Open(context.Background(), keysDir, prover.WithClasses(class), prover.WithLogger(log))
	if err != nil {
		t.Fatal(err)
	}
	js.SetReady()
	pool := js.StartWorkers(p, 1)
	srv := grpc.NewServer()
	zkprover.New(js, zkprover.Reports{Relays: relays}, log).Register(srv)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go func() { _ = srv.Serve(l) }()
	t.Cleanup(func() {
		js.Halt()
		srv.Stop()
		pool.Stop(time.Second)
		_ = store.Close()
	})
	return &miniNode{js: js, addr: l.Addr()}
}

// openTestStore opens a job store in a temporary folder (writes not
// synced: tests), closed at the end of t.
func openTestStore(t *testing.T) *queue.Store {
	t.Helper()
	qo := queue.DefaultOptions()
	qo.SyncWrites = false
	store, err := queue.Open(filepath.Join(t.TempDir(), "queue"), qo)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = store.Close() })
	return store
}

// newOsakaSim is a simulated chain under Osaka rules (see
// contracts/env_test.go) where each key's account holds 1000 ether,
// closed at the end of t.
func newOsakaSim(t *testing.T, keys ...*ecdsa.PrivateKey) *simulated.Backend {
	t.Helper()
	alloc := types.GenesisAlloc{}
	for _, k := range keys {
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))}
	}
	sim := simulated.NewBackend(alloc, simulated.WithBlockGasLimit(60_000_000), func(_ *gethnode.Config, ec *ethconfig.Config) {
		c := *ec.Genesis.Config
		c.BogotaTime = nil
		ec.Genesis.Config = &c
	})
	t.Cleanup(func() { _ = sim.Close() })
	return sim
}
