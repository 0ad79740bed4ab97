// Package devchain is the embedded development chain of `zkprover serve` (and so `make run`)
// when no RPC URL is configured: an in-process go-ethereum chain (the simulated backend)
// that seals a block every period, serves JSON-RPC over HTTP on localhost, and on which the
// zkprover contracts and an example consumer are deployed, so that a user can request a job
// with ordinary Ethereum tools and watch the proven result arrive. It is for development
// only: its accounts' keys are well known.
package devchain

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"fmt"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/contracts/bindings"
	"github.com/zkprover/zkprover/contracts/solc"
)

// Options configure the chain.
type Options struct {
	// Addr is the JSON-RPC listen address (default 127.0.0.1:8545; port 0 picks a free one).
	Addr string
	// BlockPeriod is the time between blocks (default 1 s).
	BlockPeriod time.Duration
	// Fund lists accounts given 1000 ether at genesis (the relayer's).
	Fund []common.Address
	// Logger receives the chain's logs (component=devchain).
	Logger zerolog.Logger
	// RPCTimeout bounds each call of the chain's client (Client; default
	// DefaultRPCTimeout): a call it does not answer fails, naming the method.
	RPCTimeout time.Duration
}

// Chain is a running development chain.
type Chain struct {
	sim     *simulated.Backend
	client  simulated.Client
	url     string
	chainID *big.Int
	log     zerolog.Logger
	period  time.Duration

	// mu orders Commit and Close: a block sealed after Close is a no-op, not a
	// use of the closed backend (a ticker racing a shutdown).
	mu     sync.Mutex
	closed bool

	// Deployer deploys the contracts and owns them; User is a funded account for requests.
	// Both keys are derived from fixed strings: development only.
	Deployer, User *ecdsa.PrivateKey
}

// DevKey is the well-known key of a development account ("zkprover devchain <name>").
func DevKey(name string) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("zkprover devchain " + name)))
	if err != nil {
		panic(fmt.Sprintf("devchain: deriving key %s: %v", name, err)) // keccak output is a valid key
	}
	return k
}

// Start starts the chain; Run seals its blocks.
func Start(ctx context.Context, opts Options) (*Chain, error) {
	if opts.Addr == "" {
		opts.Addr = "127.0.0.1:8545"
	}
	if opts.BlockPeriod <= 0 {
		opts.BlockPeriod = time.Second
	}
	if opts.RPCTimeout <= 0 {
		opts.RPCTimeout = DefaultRPCTimeout
	}
	host, portS, err := net.SplitHostPort(opts.Addr)
	if err != nil {
		return nil, fmt.Errorf("devchain address %q: %w", opts.Addr, err)
	}
	port, err := strconv.Atoi(portS)
	if err != nil {
		return nil, fmt.Errorf("devchain address %q: bad port: %w", opts.Addr, err)
	}
	pick := port == 0
	if !pick {
		l, err := net.Listen("tcp", opts.Addr)
		if err != nil {
			return nil, fmt.Errorf("devchain: JSON-RPC address %s is not free: %w", opts.Addr, err)
		}
		_ = l.Close()
	}
	c := &Chain{log: opts.Logger.With().Str("component", "devchain").Logger(), period: opts.BlockPeriod,
		Deployer: DevKey("deployer"), User: DevKey("user")}
	ether := new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))
	alloc := types.GenesisAlloc{
		crypto.PubkeyToAddress(c.Deployer.PublicKey): {Balance: ether},
		crypto.PubkeyToAddress(c.User.PublicKey):     {Balance: ether},
	}
	for _, a := range opts.Fund {
		alloc[a] = types.Account{Balance: ether}
	}
	// A port picked free may be taken by another process before the node binds it: then
	// another is picked (a few times).
	for try := 1; ; try++ {
		if pick {
			l, err := net.Listen("tcp", net.JoinHostPort(host, "0"))
			if err != nil {
				return nil, fmt.Errorf("devchain: finding a free port: %w", err)
			}
			port = l.Addr().(*net.TCPAddr).Port
			_ = l.Close()
		}
		c.sim, err = NewBackend(alloc, simulated.WithBlockGasLimit(60_000_000),
			func(nc *node.Config, ec *ethconfig.Config) {
				cfg := *ec.Genesis.Config
				cfg.BogotaTime = nil // Osaka rules, as mainnet (see docs/contracts.md)
				ec.Genesis.Config = &cfg
				nc.HTTPHost = host
				nc.HTTPPort = port
				nc.HTTPModules = []string{"eth", "net", "web3"}
				nc.HTTPVirtualHosts = []string{"localhost", "127.0.0.1", host}
				nc.HTTPCors = []string{"*"}
			})
		if err == nil {
			break
		}
		if !pick || try == startTries {
			return nil, fmt.Errorf("devchain: starting the chain on %s: %w", net.JoinHostPort(host, strconv.Itoa(port)), err)
		}
		c.log.Warn().Err(err).Int("port", port).Msg("starting the chain failed; trying another free port")
	}
	c.client = timeoutClient{c: c.sim.Client(), d: opts.RPCTimeout}
	c.url = "http://" + net.JoinHostPort(host, strconv.Itoa(port))
	c.chainID, err = c.client.ChainID(ctx)
	if err != nil {
		_ = c.sim.Close()
		return nil, fmt.Errorf("devchain: reading the chain id: %w", err)
	}
	c.log.Info().Str("rpc", c.url).Uint64("chain_id", c.chainID.Uint64()).Msg("development chain started")
	return c, nil
}

// startTries is how many free ports Start tries when it picks one.
const startTries = 3

// NewBackend is simulated.NewBackend returning, rather than panicking with, the error of a
// node that does not start (its JSON-RPC port taken, say). A failed start leaves geth's
// half-built backend's goroutines (its pool and chain loops) behind: a few, for a rare retry.
func NewBackend(alloc types.GenesisAlloc, opts ...func(*node.Config, *ethconfig.Config)) (sim *simulated.Backend, err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
			} else {
				err = fmt.Errorf("%v", r)
			}
		}
	}()
	return simulated.NewBackend(alloc, opts...), nil
}

// URL is the JSON-RPC endpoint.
func (c *Chain) URL() string { return c.url }

// ChainID is the chain's id.
func (c *Chain) ChainID() *big.Int { return new(big.Int).Set(c.chainID) }

// Client is an in-process client of the chain, every call under its own
// deadline (Options.RPCTimeout).
func (c *Chain) Client() simulated.Client { return c.client }

// Commit seals a block now; after Close it does nothing.
func (c *Chain) Commit() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.closed {
		c.sim.Commit()
	}
}

// Run seals a block every period until ctx ends.
func (c *Chain) Run(ctx context.Context) error {
	t := time.NewTicker(c.period)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
			c.Commit()
		}
	}
}

// Close stops the chain.
func (c *Chain) Close() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return nil
	}
	c.closed = true
	return c.sim.Close()
}

// Deployment is the set of contracts Deploy put on the chain.
type Deployment struct {
	Registry    common.Address `json:"registry"`
	Verifier    common.Address `json:"verifier"`
	Class       int            `json:"class"`
	JobManager  common.Address `json:"job_manager"`
	Coordinator common.Address `json:"coordinator"`
	Consumer    common.Address `json:"consumer"` // OutputConsumer running ProgramID
	ProgramID   common.Hash    `json:"program_id"`
	MaxCycles   uint64         `json:"max_cycles"`
}

// Deploy deploys the registry with verifierCode (creation bytecode of the verifier exported
// for class), the JobManager, the Coordinator and an OutputConsumer for programID (owned by
// Deployer, which also signs its offchain requests; User may request onchain jobs), sealing
// blocks as it goes.
func (c *Chain) Deploy(ctx context.Context, verifierCode []byte, class int, programID [32]byte, maxCycles uint64) (*Deployment, error) {
	o, err := bind.NewKeyedTransactorWithChainID(c.Deployer, c.chainID)
	if err != nil {
		return nil, err
	}
	o.Context = ctx
	owner := o.From
	d := &Deployment{Class: class, ProgramID: programID, MaxCycles: maxCycles}
	var reg *bindings.VerifierRegistry
	var tx *types.Transaction
	if d.Registry, tx, reg, err = bindings.DeployVerifierRegistry(o, c.client, owner); err != nil {
		return nil, fmt.Errorf("deploying VerifierRegistry: %w", err)
	}
	if err := c.mined(ctx, tx); err != nil {
		return nil, err
	}
	a, err := bindings.IGroth16VerifierMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	if d.Verifier, tx, _, err = bind.DeployContract(o, *a, verifierCode, c.client); err != nil {
		return nil, fmt.Errorf("deploying the class-%d verifier: %w", class, err)
	}
	if err := c.mined(ctx, tx); err != nil {
		return nil, err
	}
	if tx, err = reg.SetVerifier(o, uint8(class), d.Verifier); err != nil {
		return nil, fmt.Errorf("registering the verifier: %w", err)
	}
	if err := c.mined(ctx, tx); err != nil {
		return nil, err
	}
	if d.JobManager, tx, _, err = bindings.DeployJobManager(o, c.client, d.Registry, owner); err != nil {
		return nil, fmt.Errorf("deploying JobManager: %w", err)
	}
	if err := c.mined(ctx, tx); err != nil {
		return nil, err
	}
	if d.Coordinator, tx, _, err = bindings.DeployCoordinator(o, c.client, d.Registry); err != nil {
		return nil, fmt.Errorf("deploying Coordinator: %w", err)
	}
	if err := c.mined(ctx, tx); err != nil {
		return nil, err
	}
	var consumer *bindings.OutputConsumer
	if d.Consumer, tx, consumer, err = bindings.DeployOutputConsumer(o, c.client, d.JobManager, owner, programID, maxCycles); err != nil {
		return nil, fmt.Errorf("deploying OutputConsumer: %w", err)
	}
	if err := c.mined(ctx, tx); err != nil {
		return nil, err
	}
	// The consumer takes requests from its requesters only: the user account is one.
	if tx, err = consumer.SetRequester(o, crypto.PubkeyToAddress(c.User.PublicKey), true); err != nil {
		return nil, fmt.Errorf("allowing the user account to request: %w", err)
	}
	if err := c.mined(ctx, tx); err != nil {
		return nil, err
	}
	return d, nil
}

// mined seals a block and checks tx succeeded in it.
func (c *Chain) mined(ctx context.Context, tx *types.Transaction) error {
	c.Commit()
	r, err := c.client.TransactionReceipt(ctx, tx.Hash())
	if err != nil {
		return fmt.Errorf("receipt of %s: %w", tx.Hash(), err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return fmt.Errorf("deployment transaction %s failed", tx.Hash())
	}
	return nil
}

// CompileVerifier compiles the Solidity verifier the prover exported for a class
// (<keys>/class-<k>/Verifier.sol) with the solcjs of contractsDir (contracts/node_modules) and
// returns its creation bytecode.
func CompileVerifier(ctx context.Context, solPath, contractsDir string) ([]byte, error) {
	comp, err := solc.Find(contractsDir)
	if err != nil {
		return nil, fmt.Errorf("compiling %s: %w", solPath, err) // the error says what to install
	}
	src, err := os.ReadFile(solPath)
	if err != nil {
		return nil, fmt.Errorf("reading verifier %s: %w", solPath, err)
	}
	out, err := comp.Compile(ctx, map[string]string{filepath.Base(solPath): string(src)})
	if err != nil {
		return nil, fmt.Errorf("compiling %s: %w", solPath, err)
	}
	for _, k := range out {
		if k.Name == "Verifier" && k.Bytecode != "" {
			b, err := hex.DecodeString(k.Bytecode)
			if err != nil {
				return nil, fmt.Errorf("verifier bytecode: %w", err)
			}
			return b, nil
		}
	}
	return nil, fmt.Errorf("compiling %s: no contract named Verifier", solPath)
}
