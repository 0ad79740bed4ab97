package node

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/config"
	"github.com/zkprover/zkprover/contracts"
	"github.com/zkprover/zkprover/contracts/bindings"
	"github.com/zkprover/zkprover/devchain"
	chaindoor "github.com/zkprover/zkprover/doors/chain"
	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/jobs"
	"github.com/zkprover/zkprover/listener"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/relayer"
)

// chainSide is the chain door's assembly: the embedded development chain
// (without an RPC URL), the transaction manager, the bridge (chain requests
// in, deliveries out), the listener and the relay status API. It runs once
// the prover is loaded (the development chain deploys the verifiers of the
// loaded classes).
type chainSide struct {
	cfg     config.Config
	jobs    *jobs.Service
	metrics *jobs.Metrics
	log     zerolog.Logger
	api     chaindoor.StatusAPIOptions       // TLS and authentication of the relay status API
	bridge  atomic.Pointer[chaindoor.Bridge] // set while the bridge is open
}

func newChainSide(cfg config.Config, j *jobs.Service, m *jobs.Metrics, log zerolog.Logger) *chainSide {
	return &chainSide{cfg: cfg, jobs: j, metrics: m, log: log.With().Str("component", "chain").Logger()}
}

// relays is where jobs' results stand on chain (nil while no bridge is open,
// or without a chain side).
func (c *chainSide) relays() jobs.RelayStatuses {
	if c == nil {
		return nil
	}
	if b := c.bridge.Load(); b != nil {
		return b
	}
	return nil
}

// relayerKey is the relayer's key: the configured keystore, or the
// development chain's well-known relayer key.
func (c *chainSide) relayerKey() (*ecdsa.PrivateKey, error) {
	r := c.cfg.Relayer
	if r.Keystore != "" {
		return relayer.LoadKey(relayer.KeySource{Keystore: r.Keystore, PassphraseFile: r.PassphraseFile,
			PassphraseEnv: r.PassphraseEnv}, os.Getenv)
	}
	return devchain.DevKey("relayer"), nil
}

// run follows the chain and relays results until ctx ends. Set-up failures
// (no chain, no contracts, stores that do not open) are returned and stop the
// node; the relayer, the bridge and the listener retry their own transient
// failures.
func (c *chainSide) run(ctx context.Context) error {
	ch := c.cfg.Chain
	key, err := c.relayerKey()
	if err != nil {
		return err
	}
	url := ch.RPCURL
	var jm, coord common.Address
	var dev *devchain.Chain
	var dep *devchain.Deployment
	var stores string
	parts := newGroup(ctx)
	if url == "" {
		dev, err = devchain.Start(ctx, devchain.Options{Addr: ch.DevAddr, BlockPeriod: ch.DevBlockPeriod,
			Fund: []common.Address{crypto.PubkeyToAddress(key.PublicKey)}, Logger: c.log})
		if err != nil {
			return err
		}
		defer dev.Close()
		parts.Go("devchain", dev.Run)
		if dep, err = c.deployDev(ctx, dev); err != nil {
			return errors.Join(err, parts.stop())
		}
		url, jm, coord = dev.URL(), dep.JobManager, dep.Coordinator
		stores = filepath.Join(c.cfg.Node.Data, "devchain") // the chain lives in memory: so do its stores
		if err := os.RemoveAll(stores); err != nil {
			return errors.Join(fmt.Errorf("clearing %s: %w", stores, err), parts.stop())
		}
	} else {
		jm = common.HexToAddress(ch.JobManager)
		if ch.Coordinator != "" {
			coord = common.HexToAddress(ch.Coordinator)
		}
	}
	defer func() { _ = parts.stop() }() // after a set-up failure (wait stops them otherwise)
	dctx, cancel := context.WithTimeout(ctx, ch.RPCTimeout)
	client, err := ethclient.DialContext(dctx, url)
	cancel()
	if err != nil {
		return fmt.Errorf("connecting to %s: %w", url, err)
	}
	defer client.Close()
	dctx, cancel = context.WithTimeout(ctx, ch.RPCTimeout)
	chainID, err := client.ChainID(dctx)
	cancel()
	if err != nil {
		return fmt.Errorf("reading the chain id from %s: %w", url, err)
	}
	if stores == "" {
		stores = filepath.Join(c.cfg.Node.Data, fmt.Sprintf("chain-%d", chainID))
	}
	from, signer := relayer.KeySigner(key, chainID)
	rel, err := relayer.Open(ctx, client, from, signer, filepath.Join(stores, "relayer"), relayer.Options{
		Confirmations: ch.Confirmations, MaxFeeCap: new(big.Int).Mul(new(big.Int).SetUint64(c.cfg.Relayer.MaxFeeGwei), big.NewInt(1e9)),
		PollInterval: min(time.Second, max(ch.DevBlockPeriod/2, 100*time.Millisecond)), RPCTimeout: ch.RPCTimeout,
		Classify: chaindoor.ClassifyDelivery, Logger: c.log})
	if err != nil {
		return err
	}
	defer rel.Close()
	if err := c.metrics.Registry.Register(rel.Collector()); err != nil {
		c.log.Warn().Err(err).Msg("relay metrics not registered")
	} else {
		defer c.metrics.Registry.Unregister(rel.Collector())
	}
	br, err := chaindoor.Open(filepath.Join(stores, "bridge"), c.jobs, rel, chaindoor.Options{ChainID: chainID.Uint64(),
		JobManager: jm, Coordinator: coord, Sender: from, Ordered: c.cfg.Relayer.Ordered, Logger: c.log})
	if err != nil {
		return err
	}
	defer br.Close()
	// GetProof answers each job's relay status while the bridge is open (docs/relayer.md).
	c.bridge.Store(br)
	defer c.bridge.Store(nil)
	lis, err := listener.Open(client, filepath.Join(stores, "listener"), br, listener.Options{JobManager: jm,
		Coordinator: coord, Node: from, Confirmations: ch.Confirmations, StartBlock: ch.StartBlock, RPCTimeout: ch.RPCTimeout, Logger: c.log})
	if err != nil {
		return err
	}
	defer lis.Close()
	if ch.StatusAddr != "" {
		api, err := chaindoor.ListenStatusAPI(ch.StatusAddr, br, rel, dep, c.api)
		if err != nil {
			return err
		}
		parts.Go("relay-status-api", api.Serve)
	}
	c.log.Info().Str("rpc", url).Str("relayer", rel.From().Hex()).Str("job_manager", jm.Hex()).
		Str("status_api", ch.StatusAddr).Msg("following the chain and relaying results")
	parts.Go("relayer", rel.Run)
	parts.Go("bridge", br.Run)
	parts.Go("listener", lis.Run)
	if dev != nil && ch.DevDemo {
		parts.Go("demo", func(ctx context.Context) error { c.demo(ctx, dev, dep, br); return nil })
	}
	return parts.wait()
}

// deployDev compiles the verifier of the class the node proves with, deploys
// the contracts and the example consumer, registers the example program and
// prints how to use them.
func (c *chainSide) deployDev(ctx context.Context, dev *devchain.Chain) (*devchain.Deployment, error) {
	dir := c.cfg.KeysDir()
	classes, err := prover.ListClasses(dir)
	if err != nil {
		return nil, fmt.Errorf("listing the proving classes in %s: %w", dir, err)
	}
	if len(classes) == 0 {
		return nil, fmt.Errorf("no proving class in %s", dir)
	}
	k := classes[0]
	if c.cfg.Prover.Class > 0 {
		k = c.cfg.Prover.Class
	}
	code, err := devchain.CompileVerifier(ctx, filepath.Join(prover.ClassDir(dir, k), prover.FileVerifier), c.cfg.Chain.ContractsDir)
	if err != nil {
		return nil, err
	}
	elf, err := os.ReadFile(c.cfg.Chain.DevProgram)
	if err != nil {
		return nil, fmt.Errorf("reading the example program %s: %w", c.cfg.Chain.DevProgram, err)
	}
	prog, err := executor.LoadELF(elf, executor.Limits{})
	if err != nil {
		return nil, fmt.Errorf("loading the example program %s: %w", c.cfg.Chain.DevProgram, err)
	}
	if err := c.jobs.Store().PutProgram(jobs.FieldHex(prog.ID), elf); err != nil {
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

`, dev.URL(), dev.ChainID(), c.cfg.Chain.DevBlockPeriod, dep.JobManager.Hex(), dep.Coordinator.Hex(), dep.Registry.Hex(), k,
		dep.Verifier.Hex(), dep.Consumer.Hex(), c.cfg.Chain.DevProgram, dep.MaxCycles, crypto.PubkeyToAddress(dev.User.PublicKey).Hex(),
		userKey, crypto.PubkeyToAddress(devchain.DevKey("relayer").PublicKey).Hex(),
		dep.Consumer.Hex(), dev.URL(), userKey, dep.Consumer.Hex(), dev.URL(), c.cfg.Chain.StatusAddr)
	return dep, nil
}

// demo requests fib(10) from the dev account and reports the result arriving on chain.
func (c *chainSide) demo(ctx context.Context, dev *devchain.Chain, dep *devchain.Deployment, br *chaindoor.Bridge) {
	log := c.log.With().Str("component", "demo").Logger()
	cons, err := bindings.NewOutputConsumer(dep.Consumer, dev.Client())
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
	nonce, err := cons.GetNextNonce(&bind.CallOpts{Context: ctx})
	if err != nil {
		log.Error().Err(err).Msg("demo: reading the consumer's next nonce")
		return
	}
	var in [4]byte
	binary.LittleEndian.PutUint32(in[:], 10)
	tx, err := cons.Request(o, in[:])
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
		out, err := cons.Outputs(&bind.CallOpts{Context: ctx}, jobID)
		if err == nil && len(out) > 0 {
			log.Info().Str("job", common.Hash(jobID).Hex()).Str("output", fmt.Sprintf("0x%x", out)).
				Uint32("fib_10", binary.LittleEndian.Uint32(append(out, 0, 0, 0, 0)[:4])).
				Dur("took", time.Since(start).Round(time.Millisecond)).
				Msg("demo: the consumer received the proven result on chain")
			return
		}
	}
}
