package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/rs/zerolog"
	"github.com/spf13/pflag"

	"github.com/zkprover/zkprover/contracts"
	"github.com/zkprover/zkprover/contracts/bindings"
	"github.com/zkprover/zkprover/devchain"
	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/listener"
	"github.com/zkprover/zkprover/node"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/relayer"
	"github.com/zkprover/zkprover/relayer/bridge"
)

// chainFlags are serve's chain settings (flags, then ZKPROVER_* environment variables).
type chainFlags struct {
	enabled       bool
	rpcURL        string
	jobManager    string
	coordinator   string
	keystore      string
	passFile      string
	passEnv       string
	confirmations uint64
	maxFeeGwei    uint64
	ordered       bool
	startBlock    uint64
	statusAddr    string
	devAddr       string
	devPeriod     time.Duration
	devProgram    string
	devDemo       bool
	contractsDir  string
}

func addChainFlags(fs *pflag.FlagSet) *chainFlags {
	c := &chainFlags{}
	fs.BoolVar(&c.enabled, "chain", true, "follow a chain and relay results (false: gRPC only)")
	fs.StringVar(&c.rpcURL, "rpc-url", "", "Ethereum JSON-RPC URL; empty: start the embedded development chain")
	fs.StringVar(&c.jobManager, "job-manager", "", "JobManager address (with --rpc-url)")
	fs.StringVar(&c.coordinator, "coordinator", "", "Coordinator address (with --rpc-url; optional)")
	fs.StringVar(&c.keystore, "relayer-keystore", "", "go-ethereum keystore file of the relayer's key")
	fs.StringVar(&c.passFile, "relayer-passphrase-file", "", "file holding the keystore passphrase")
	fs.StringVar(&c.passEnv, "relayer-passphrase-env", "", "environment variable holding the keystore passphrase")
	fs.Uint64Var(&c.confirmations, "confirmations", 2, "confirmation depth for relayed results and followed events")
	fs.Uint64Var(&c.maxFeeGwei, "relay-max-fee-gwei", 500, "cap on the fee per gas of relay transactions (gwei)")
	fs.BoolVar(&c.ordered, "relay-ordered", false, "relay each consumer's results in request order, one at a time")
	fs.Uint64Var(&c.startBlock, "start-block", 0, "first block the listener scans on a fresh store")
	fs.StringVar(&c.statusAddr, "relay-status-addr", "127.0.0.1:9465", "HTTP address of the relay status API (empty: off)")
	fs.StringVar(&c.devAddr, "devchain-addr", "127.0.0.1:8545", "JSON-RPC address of the embedded development chain")
	fs.DurationVar(&c.devPeriod, "devchain-block-period", time.Second, "block period of the development chain")
	fs.StringVar(&c.devProgram, "devchain-program", "examples/fibonacci/fibonacci.elf", "program of the development chain's example consumer")
	fs.BoolVar(&c.devDemo, "devchain-demo", true, "on the development chain, request one job at start and report its on-chain result")
	fs.StringVar(&c.contractsDir, "contracts-dir", "contracts", "contracts folder (solcjs for compiling the exported verifier)")
	return c
}

// fromEnv fills flags not given on the command line from ZKPROVER_<NAME> variables.
func (c *chainFlags) fromEnv(fs *pflag.FlagSet, getenv func(string) string) error {
	var err error
	fs.VisitAll(func(f *pflag.Flag) {
		if f.Changed || err != nil {
			return
		}
		name := "ZKPROVER_" + strings.ToUpper(strings.ReplaceAll(f.Name, "-", "_"))
		if v := getenv(name); v != "" && isChainFlag(f.Name) {
			if serr := fs.Set(f.Name, v); serr != nil {
				err = fmt.Errorf("%s=%q: %w", name, v, serr)
			}
		}
	})
	return err
}

func isChainFlag(name string) bool {
	switch name {
	case "chain", "rpc-url", "job-manager", "coordinator", "relayer-keystore", "relayer-passphrase-file",
		"relayer-passphrase-env", "confirmations", "relay-max-fee-gwei", "relay-ordered", "start-block",
		"relay-status-addr", "devchain-addr", "devchain-block-period", "devchain-program", "devchain-demo", "contracts-dir":
		return true
	}
	return false
}

// chainRun runs the node with its chain side: the embedded chain (without --rpc-url), then,
// once the prover is ready, the relayer, the listener and the bridge.
type chainRun struct {
	f     *chainFlags
	cfg   node.Config
	log   zerolog.Logger
	ready chan struct{}
	once  sync.Once
}

func newChainRun(f *chainFlags, cfg node.Config, log zerolog.Logger) *chainRun {
	return &chainRun{f: f, cfg: cfg, log: log.With().Str("component", "chain").Logger(), ready: make(chan struct{})}
}

// wrap signals when the prover is loaded (its keys, and so the verifier, exist).
func (r *chainRun) wrap(open node.OpenProver) node.OpenProver {
	return func(ctx context.Context) (node.Prover, error) {
		p, err := open(ctx)
		if err == nil {
			r.once.Do(func() { close(r.ready) })
		}
		return p, err
	}
}

func (r *chainRun) run(ctx context.Context, n *node.Node) error {
	if !r.f.enabled {
		return n.Run(ctx)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var dev *devchain.Chain
	key, err := r.relayerKey()
	if err != nil {
		return err
	}
	if r.f.rpcURL == "" {
		dev, err = devchain.Start(ctx, devchain.Options{Addr: r.f.devAddr, BlockPeriod: r.f.devPeriod,
			Fund: []common.Address{crypto.PubkeyToAddress(key.PublicKey)}, Logger: r.log})
		if err != nil {
			return err
		}
		defer dev.Close()
		go func() { _ = dev.Run(ctx) }()
	}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		select {
		case <-ctx.Done():
			return
		case <-r.ready:
		}
		if err := r.serveChain(ctx, n, dev, key); err != nil && ctx.Err() == nil {
			r.log.Error().Err(err).Msg("chain side stopped: results are not relayed")
		}
	}()
	err = n.Run(ctx)
	cancel()
	wg.Wait()
	return err
}

func (r *chainRun) relayerKey() (*ecdsa.PrivateKey, error) {
	if r.f.keystore != "" {
		return relayer.LoadKey(relayer.KeySource{Keystore: r.f.keystore, PassphraseFile: r.f.passFile,
			PassphraseEnv: r.f.passEnv}, os.Getenv)
	}
	if r.f.rpcURL != "" {
		return nil, fmt.Errorf("--rpc-url needs the relayer's key: --relayer-keystore with --relayer-passphrase-file or --relayer-passphrase-env")
	}
	return devchain.DevKey("relayer"), nil
}

func (r *chainRun) serveChain(ctx context.Context, n *node.Node, dev *devchain.Chain, key *ecdsa.PrivateKey) error {
	url := r.f.rpcURL
	var jm, coord common.Address
	var dep *devchain.Deployment
	var stores string
	if dev != nil {
		var err error
		dep, err = r.deployDev(ctx, n, dev)
		if err != nil {
			return err
		}
		url, jm, coord = dev.URL(), dep.JobManager, dep.Coordinator
		stores = filepath.Join(r.cfg.Data, "devchain") // the chain lives in memory: so do its stores
		if err := os.RemoveAll(stores); err != nil {
			return fmt.Errorf("clearing %s: %w", stores, err)
		}
	} else {
		if !common.IsHexAddress(r.f.jobManager) {
			return fmt.Errorf("--job-manager %q is not an address", r.f.jobManager)
		}
		jm = common.HexToAddress(r.f.jobManager)
		if r.f.coordinator != "" {
			if !common.IsHexAddress(r.f.coordinator) {
				return fmt.Errorf("--coordinator %q is not an address", r.f.coordinator)
			}
			coord = common.HexToAddress(r.f.coordinator)
		}
	}
	client, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return fmt.Errorf("connecting to %s: %w", url, err)
	}
	defer client.Close()
	chainID, err := client.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("reading the chain id from %s: %w", url, err)
	}
	if stores == "" {
		stores = filepath.Join(r.cfg.Data, fmt.Sprintf("chain-%d", chainID))
	}
	rel, err := relayer.Open(ctx, client, key, filepath.Join(stores, "relayer"), relayer.Options{
		Confirmations: r.f.confirmations, MaxFeeCap: new(big.Int).Mul(new(big.Int).SetUint64(r.f.maxFeeGwei), big.NewInt(1e9)),
		PollInterval: min(time.Second, max(r.f.devPeriod/2, 100*time.Millisecond)), Logger: r.log})
	if err != nil {
		return err
	}
	defer rel.Close()
	if err := n.Metrics().Registry.Register(rel.Collector()); err != nil {
		r.log.Warn().Err(err).Msg("relay metrics not registered")
	} else {
		defer n.Metrics().Registry.Unregister(rel.Collector())
	}
	br, err := bridge.Open(filepath.Join(stores, "bridge"), n.Jobs(), rel, bridge.Options{ChainID: chainID.Uint64(),
		JobManager: jm, Coordinator: coord, Ordered: r.f.ordered, Logger: r.log})
	if err != nil {
		return err
	}
	defer br.Close()
	// GetProof answers each job's relay status while the bridge is open (docs/relayer.md).
	n.ReportRelays(br)
	defer n.ReportRelays(nil)
	lis, err := listener.Open(client, filepath.Join(stores, "listener"), br, listener.Options{JobManager: jm,
		Coordinator: coord, Confirmations: r.f.confirmations, StartBlock: r.f.startBlock, Logger: r.log})
	if err != nil {
		return err
	}
	defer lis.Close()
	if r.f.statusAddr != "" {
		srv, err := serveRelayStatus(r.f.statusAddr, br, rel, dep)
		if err != nil {
			return err
		}
		defer srv.Close()
	}
	r.log.Info().Str("rpc", url).Str("relayer", rel.From().Hex()).Str("job_manager", jm.Hex()).
		Str("status_api", r.f.statusAddr).Msg("following the chain and relaying results")
	var wg sync.WaitGroup
	for _, run := range []func(context.Context) error{rel.Run, br.Run, lis.Run} {
		wg.Add(1)
		go func() { defer wg.Done(); _ = run(ctx) }()
	}
	if dev != nil && r.f.devDemo {
		wg.Add(1)
		go func() { defer wg.Done(); r.demo(ctx, dev, dep, br) }()
	}
	wg.Wait()
	return nil
}

// deployDev compiles the verifier of the smallest loaded class, deploys the contracts and the
// example consumer, registers the example program with the node and prints how to use them.
func (r *chainRun) deployDev(ctx context.Context, n *node.Node, dev *devchain.Chain) (*devchain.Deployment, error) {
	classes, err := prover.ListClasses(r.cfg.KeysDir())
	if err != nil || len(classes) == 0 {
		return nil, fmt.Errorf("no proving class in %s: %v", r.cfg.KeysDir(), err)
	}
	k := classes[0]
	if r.cfg.Class > 0 {
		k = r.cfg.Class
	}
	code, err := devchain.CompileVerifier(ctx, filepath.Join(prover.ClassDir(r.cfg.KeysDir(), k), prover.FileVerifier), r.f.contractsDir)
	if err != nil {
		return nil, err
	}
	elf, err := os.ReadFile(r.f.devProgram)
	if err != nil {
		return nil, fmt.Errorf("reading the example program %s: %w", r.f.devProgram, err)
	}
	prog, err := executor.LoadELF(elf, executor.Limits{})
	if err != nil {
		return nil, fmt.Errorf("loading the example program %s: %w", r.f.devProgram, err)
	}
	if err := n.Jobs().Store().PutProgram(node.FieldHex(prog.ID), elf); err != nil {
		return nil, err
	}
	dep, err := dev.Deploy(ctx, code, k, contracts.Bytes32(prog.ID), uint64(1)<<k)
	if err != nil {
		return nil, err
	}
	userKey := fmt.Sprintf("0x%x", crypto.FromECDSA(dev.User))
	fmt.Fprintf(os.Stderr, `
== zkprover development chain ==================================================
JSON-RPC     %s   (chain id %d, a block every %s)
JobManager   %s
Coordinator  %s
Registry     %s   (verifier for class 2^%d at %s)
Consumer     %s   (OutputConsumer running %s, maxCycles %d)
Dev account  %s   (funded; well-known key %s)
Relayer      %s

Request fib(10) and read the proven output (Foundry's cast):
  cast send %s "request(bytes)" 0x0a000000 --rpc-url %s --private-key %s
  cast call %s "outputs(bytes32)(bytes)" <jobID from the JobCreated event> --rpc-url %s
Relay status:  zkprover relay list   (or curl http://%s/v1/relay)
================================================================================

`, dev.URL(), dev.ChainID(), r.f.devPeriod, dep.JobManager.Hex(), dep.Coordinator.Hex(), dep.Registry.Hex(), k,
		dep.Verifier.Hex(), dep.Consumer.Hex(), r.f.devProgram, dep.MaxCycles, crypto.PubkeyToAddress(dev.User.PublicKey).Hex(),
		userKey, crypto.PubkeyToAddress(devchain.DevKey("relayer").PublicKey).Hex(),
		dep.Consumer.Hex(), dev.URL(), userKey, dep.Consumer.Hex(), dev.URL(), r.f.statusAddr)
	return dep, nil
}

// demo requests fib(10) from the dev account and reports the result arriving on chain.
func (r *chainRun) demo(ctx context.Context, dev *devchain.Chain, dep *devchain.Deployment, br *bridge.Bridge) {
	log := r.log.With().Str("component", "demo").Logger()
	c, err := bindings.NewOutputConsumer(dep.Consumer, dev.Client())
	if err != nil {
		log.Error().Err(err).Msg("demo")
		return
	}
	o, err := bind.NewKeyedTransactorWithChainID(dev.User, dev.ChainID())
	if err != nil {
		log.Error().Err(err).Msg("demo")
		return
	}
	o.Context = ctx
	nonce, err := c.GetNextNonce(&bind.CallOpts{Context: ctx})
	if err != nil {
		log.Error().Err(err).Msg("demo: reading the consumer's next nonce")
		return
	}
	var in [4]byte
	binary.LittleEndian.PutUint32(in[:], 10)
	tx, err := c.Request(o, in[:])
	if err != nil {
		log.Error().Err(err).Msg("demo: requesting a job")
		return
	}
	jobID := contracts.JobID(nonce, dep.Consumer)
	start := time.Now()
	log.Info().Str("tx", tx.Hash().Hex()).Str("job", common.Hash(jobID).Hex()).Msg("demo: requested fib(10) on chain")
	last := ""
	t := time.NewTicker(500 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if st, err := br.Status(common.Hash(jobID).Hex()); err == nil && st.Summary() != last {
			last = st.Summary()
			log.Info().Str("job", common.Hash(jobID).Hex()).Str("status", last).Msg("demo: progress")
		}
		out, err := c.Outputs(&bind.CallOpts{Context: ctx}, jobID)
		if err == nil && len(out) > 0 {
			log.Info().Str("job", common.Hash(jobID).Hex()).Str("output", fmt.Sprintf("0x%x", out)).
				Uint32("fib_10", binary.LittleEndian.Uint32(append(out, 0, 0, 0, 0)[:4])).
				Dur("took", time.Since(start).Round(time.Millisecond)).
				Msg("demo: the consumer received the proven result on chain")
			return
		}
	}
}

// serveRelayStatus serves GET /v1/relay (every chain request and its relay), /v1/relay/{id}
// (a relay id, an onchain job id or a node job id) and /v1/chain (the deployment).
func serveRelayStatus(addr string, br *bridge.Bridge, rel *relayer.Manager, dep *devchain.Deployment) (*http.Server, error) {
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("listening for the relay status API on %s: %w", addr, err)
	}
	mux := http.NewServeMux()
	write := func(w http.ResponseWriter, code int, v any) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(code)
		_ = json.NewEncoder(w).Encode(v)
	}
	mux.HandleFunc("GET /v1/relay", func(w http.ResponseWriter, _ *http.Request) {
		write(w, http.StatusOK, map[string]any{"requests": br.List(), "counts": rel.Counts(), "relayer": rel.From()})
	})
	mux.HandleFunc("GET /v1/relay/{id...}", func(w http.ResponseWriter, req *http.Request) {
		id := req.PathValue("id")
		st, err := br.Status(id)
		if err == nil {
			write(w, http.StatusOK, st)
			return
		}
		if tx, rerr := rel.Get(id); rerr == nil {
			write(w, http.StatusOK, bridge.Status{Entry: bridge.Entry{ID: id, Stage: bridge.StageRelaying}, Relay: &tx})
			return
		} else if !errors.Is(rerr, relayer.ErrNotFound) {
			write(w, http.StatusInternalServerError, map[string]string{"message": rerr.Error()})
			return
		}
		write(w, http.StatusNotFound, map[string]string{"message": err.Error()})
	})
	mux.HandleFunc("GET /v1/chain", func(w http.ResponseWriter, _ *http.Request) {
		write(w, http.StatusOK, map[string]any{"deployment": dep, "relayer": rel.From(), "chain_id": rel.ChainID()})
	})
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = srv.Serve(l) }()
	return srv, nil
}
