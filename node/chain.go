package node

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/config"
	"github.com/zkprover/zkprover/contracts"
	"github.com/zkprover/zkprover/contracts/bindings"
	"github.com/zkprover/zkprover/devchain"
	chaindoor "github.com/zkprover/zkprover/doors/chain"
	"github.com/zkprover/zkprover/doors/coprocessor"
	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/jobs"
	"github.com/zkprover/zkprover/listener"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/prover/longrun"
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
	log     zerolog.Logger                           // component chain
	root    zerolog.Logger                           // without a component: the parts under the chain side add their own
	api     chaindoor.StatusAPIOptions               // TLS and authentication of the relay status API
	bridge  atomic.Pointer[chaindoor.Bridge]         // set while the bridge is open
	checker atomic.Pointer[chaindoor.RequestChecker] // set while the chain side runs
	dev     atomic.Pointer[devRun]                   // the development chain while it runs
	// longReady receives the long-run keys once they are loaded: the
	// development chain then gets the final circuit's verifier.
	longReady chan *longrun.Keys
	// epoch names this start's development chain in the keys of the jobs
	// bound to it (chaindoor.Options.Epoch); "" on a real chain.
	epoch string
	// verified are the loaded classes the external chain's registry has verifiers for, as
	// last read (checkContracts, recheckVerifiers; the chain side's goroutines in turn);
	// finalVerified whether it has the final verifier of the node's segment class.
	verified      map[int]bool
	finalVerified bool
	// unknown are the loaded classes whose verifier the start could not read: proven with
	// until a recheck reads them.
	unknown map[int]bool
	// key is the relayer's key when a keystore was given (decrypted by New).
	key *ecdsa.PrivateKey
	// verifiers are the registry's verifiers as last read, by class byte (a replacement is
	// logged: verifierChanged).
	verifiers map[uint8]common.Address
}

// devRun is the running development chain and what was deployed on it.
type devRun struct {
	chain *devchain.Chain
	info  *devInfo
}

func newChainSide(cfg config.Config, j *jobs.Service, m *jobs.Metrics, log zerolog.Logger) *chainSide {
	c := &chainSide{cfg: cfg, jobs: j, metrics: m, log: log.With().Str("component", "chain").Logger(), root: log, longReady: make(chan *longrun.Keys, 1)}
	if cfg.Chain.RPCURL == "" {
		// The development chain is new at every start, with the same chain
		// id, addresses and so job ids: its jobs are keyed apart from an
		// earlier start's, whose proofs bind that chain's blocks.
		c.epoch = devEpoch()
	}
	return c
}

// devEpoch is a fresh name for a development chain's start.
func devEpoch() string {
	b := make([]byte, 8)
	_, _ = rand.Read(b) // crypto/rand.Read never fails (Go 1.24+)
	return "dev-" + hex.EncodeToString(b)
}

// longRunsReady hands the loaded long-run keys to the chain side (once).
func (c *chainSide) longRunsReady(ks *longrun.Keys) {
	select {
	case c.longReady <- ks:
	default:
	}
}

// addFinalVerifier waits for the long-run keys, then deploys the final
// circuit's verifier on the development chain and registers it under the
// final proof class (0x80 | segment class), so that results proven in
// segments are accepted there. A failure is logged: small jobs still relay.
func (c *chainSide) addFinalVerifier(ctx context.Context, dev *devchain.Chain, registry common.Address) error {
	var ks *longrun.Keys
	select {
	case <-ctx.Done():
		return nil
	case ks = <-c.longReady:
	}
	class := contracts.FinalProofClass(ks.LogSteps)
	path := filepath.Join(prover.ClassDir(ks.Final.Root(), ks.LogSteps), prover.FileVerifier)
	code, err := devchain.CompileVerifier(ctx, path, c.cfg.Chain.ContractsDir)
	if err == nil {
		var addr common.Address
		if addr, err = addDevVerifier(ctx, dev, registry, class, code); err == nil {
			c.log.Info().Str("verifier", addr.Hex()).Int("segment_class", ks.LogSteps).Str("proof_class", fmt.Sprintf("%#x", class)).
				Msg("development chain: final proofs of long runs are verified on chain")
			return nil
		}
	}
	if ctx.Err() == nil {
		c.log.Error().Err(err).Msg("development chain: the final verifier was not deployed; long runs' results will not verify there")
	}
	return nil
}

// verifierChanged logs a class whose verifier was replaced by another since it was last read
// (the registry's owner swapped it: proofs of this node's keys verify only under the verifier
// of these keys) and remembers v.
func (c *chainSide) verifierChanged(class uint8, v common.Address) {
	if c.verifiers == nil {
		c.verifiers = map[uint8]common.Address{}
	}
	old, known := c.verifiers[class]
	c.verifiers[class] = v
	if known && old != v && old != (common.Address{}) && v != (common.Address{}) {
		c.log.Warn().Str("proof_class", fmt.Sprintf("%#x", class)).Str("was", old.Hex()).Str("now", v.Hex()).
			Msg("the registry's verifier of this class was replaced: results of this node verify only if the new one is the export of its keys (zkprover contracts registry shows it)")
	}
}

// verifierRecheck is how often a node following an external chain reads its registry's
// verifiers of the classes it proves with again (recheckVerifiers).
const verifierRecheck = 10 * time.Minute

// watchVerifiers rechecks the registry's verifiers every verifierRecheck until ctx ends.
func (c *chainSide) watchVerifiers(ctx context.Context, client *ethclient.Client, registry common.Address, loaded []prover.Manifest, prefer preferFunc) error {
	t := time.NewTicker(verifierRecheck)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
			c.recheckVerifiers(ctx, client, registry, loaded, prefer)
		}
	}
}

// recheckVerifiers reads the registry's verifiers of the loaded classes again: a verifier
// registered since (a proposal activated) is proven with from now on, a verifier removed (the
// owner's emergency switch) no longer when another class fits, each change logged; the
// prover's preference follows. A read that fails keeps what was known.
func (c *chainSide) recheckVerifiers(ctx context.Context, client *ethclient.Client, registry common.Address, loaded []prover.Manifest, prefer preferFunc) {
	reg, err := bindings.NewVerifierRegistryCaller(registry, client)
	if err != nil {
		return
	}
	now := map[int]bool{}
	var with, without []string
	for _, m := range loaded {
		cctx, cancel := context.WithTimeout(ctx, c.cfg.Chain.RPCTimeout)
		v, err := reg.Verifiers(&bind.CallOpts{Context: cctx}, uint8(m.ID()))
		cancel()
		if err != nil {
			c.log.Warn().Err(err).Msg("could not read the registry's verifiers again: keeping what was known")
			return
		}
		c.verifierChanged(uint8(m.ID()), v)
		if v != (common.Address{}) {
			now[m.ID()] = true
			with = append(with, prover.ClassLabel(m.ID()))
		} else {
			without = append(without, prover.ClassLabel(m.ID()))
		}
	}
	final := c.finalVerified
	if k := c.cfg.Prover.SegmentClass; k > 0 {
		cctx, cancel := context.WithTimeout(ctx, c.cfg.Chain.RPCTimeout)
		v, err := reg.Verifiers(&bind.CallOpts{Context: cctx}, contracts.FinalProofClass(k))
		cancel()
		if err != nil {
			c.log.Warn().Err(err).Msg("could not read the registry's verifiers again: keeping what was known")
			return
		}
		c.verifierChanged(contracts.FinalProofClass(k), v)
		final = v != (common.Address{})
	}
	changed := final != c.finalVerified || len(c.unknown) > 0
	switch {
	case final && !c.finalVerified:
		c.log.Info().Int("segment_class", c.cfg.Prover.SegmentClass).Msg("the chain's registry verifies final proofs now: long runs are delivered, and so are runs that fit no class it verifies (proven in segments)")
	case !final && c.finalVerified:
		c.log.Warn().Int("segment_class", c.cfg.Prover.SegmentClass).Msg("the final verifier was removed from the chain's registry: results of long runs are refused on chain")
	}
	for _, m := range loaded {
		id := m.ID()
		switch {
		case now[id] && !c.verified[id]:
			changed = true
			c.log.Info().Str("class", prover.ClassLabel(id)).Str("verifier", c.verifiers[uint8(id)].Hex()).
				Msg("the chain's registry has a verifier for this class now: proving with it (results verify only if it is the export of this node's keys)")
		case !now[id] && c.verified[id]:
			changed = true
			c.log.Warn().Str("class", prover.ClassLabel(id)).
				Msg("the verifier of this class was removed from the chain's registry: results proven with it are refused on chain; proving with another class whenever a run fits one")
		}
	}
	if !changed {
		return
	}
	c.verified, c.finalVerified, c.unknown = now, final, nil
	c.log.Info().Strs("preferred", with).Strs("without_verifier", without).Msg("the classes the chain verifies changed")
	c.setPreference(prefer, with, without)
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

// coprocessorBridge is the bridge as the coprocessor door reads it (nil
// while no bridge is open, or without a chain side).
func (c *chainSide) coprocessorBridge() coprocessor.Bridge {
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
	switch {
	case c.key != nil:
		return c.key, nil // the configured keystore, decrypted by New
	case c.cfg.Relayer.Keystore != "":
		return nil, fmt.Errorf("relayer key: keystore %s not decrypted (the node decrypts it in New)", c.cfg.Relayer.Keystore)
	}
	return devchain.DevKey("relayer"), nil
}

// run follows the chain and relays results until ctx ends; loaded are the
// classes the prover loaded (the development chain gets their verifiers). Set-up failures
// (no chain, no contracts, stores that do not open) are returned and stop the
// node; the relayer, the bridge and the listener retry their own transient
// failures.
func (c *chainSide) run(ctx context.Context, loaded []prover.Manifest, prefer preferFunc) error {
	ch := c.cfg.Chain
	key, err := c.relayerKey()
	if err != nil {
		return err
	}
	url := ch.RPCURL
	var jm, coord common.Address
	var dev *devchain.Chain
	var dep *devInfo
	var stores string
	parts := newGroup(ctx)
	if url == "" {
		dev, err = devchain.Start(ctx, devchain.Options{Addr: ch.DevAddr, BlockPeriod: ch.DevBlockPeriod,
			Fund: []common.Address{crypto.PubkeyToAddress(key.PublicKey)}, RPCTimeout: ch.RPCTimeout, Logger: c.root})
		if err != nil {
			return err
		}
		defer dev.Close()
		parts.Go("devchain", dev.Run)
		if dep, err = c.deployDev(ctx, dev, loaded); err != nil {
			return errors.Join(err, parts.stop())
		}
		url, jm, coord = dev.URL(), dep.JobManager, dep.Coordinator
		parts.Go("final-verifier", func(ctx context.Context) error { return c.addFinalVerifier(ctx, dev, dep.Registry) })
		c.dev.Store(&devRun{chain: dev, info: dep})
		defer c.dev.Store(nil)
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
	var registry common.Address
	if dev == nil {
		if registry, err = c.checkContracts(ctx, client, chainID, jm, coord, loaded, prefer); err != nil {
			return err
		}
		parts.Go("verifier-watch", func(ctx context.Context) error { return c.watchVerifiers(ctx, client, registry, loaded, prefer) })
	} else {
		registry = dep.Registry
	}
	if stores == "" {
		stores = filepath.Join(c.cfg.Node.Data, fmt.Sprintf("chain-%d", chainID))
	}
	from, signer := relayer.KeySigner(key, chainID)
	rel, err := relayer.Open(ctx, client, from, signer, filepath.Join(stores, "relayer"), relayer.Options{
		Confirmations: ch.Confirmations, MaxFeeCap: new(big.Int).Mul(new(big.Int).SetUint64(c.cfg.Relayer.MaxFeeGwei), big.NewInt(1e9)),
		PollInterval: min(time.Second, max(ch.DevBlockPeriod/2, 100*time.Millisecond)), RPCTimeout: ch.RPCTimeout,
		Classify: chaindoor.ClassifyDelivery, ConfirmAlready: chaindoor.ConfirmDelivery(client, from),
		// twice the jobs' retention: a record outlives the node job and the bridge entry
		// that name it (they go once the job is swept)
		Retention: 2 * c.cfg.Queue.Retention, Logger: c.root})
	if err != nil {
		return err
	}
	defer rel.Close()
	if dev == nil {
		// An empty relayer is told now, not once a proof waits for it (review).
		bctx, cancel := context.WithTimeout(ctx, ch.RPCTimeout)
		bal, err := client.BalanceAt(bctx, from, nil)
		cancel()
		switch {
		case err != nil:
			c.log.Warn().Err(err).Str("relayer", from.Hex()).Msg("could not read the relayer account's balance")
		case bal.Sign() == 0:
			c.log.Error().Str("relayer", from.Hex()).Msg("the relayer account has no ether: results are proven but not delivered until it is funded")
		}
	}
	if err := c.metrics.Registry.Register(rel.Collector()); err != nil {
		c.log.Warn().Err(err).Msg("relay metrics not registered")
	} else {
		defer c.metrics.Registry.Unregister(rel.Collector())
	}
	br, err := chaindoor.Open(filepath.Join(stores, "bridge"), c.jobs, rel, chaindoor.Options{ChainID: chainID.Uint64(),
		JobManager: jm, Coordinator: coord, Sender: from, Ordered: c.cfg.Relayer.Ordered, Epoch: c.epoch,
		Retention: c.cfg.Queue.Retention, Logger: c.root})
	if err != nil {
		return err
	}
	defer br.Close()
	if err := c.metrics.Registry.Register(br.Collector()); err != nil {
		c.log.Warn().Err(err).Msg("bridge metrics not registered")
	} else {
		defer c.metrics.Registry.Unregister(br.Collector())
	}
	// GetProof answers each job's relay status while the bridge is open (docs/relayer.md).
	c.bridge.Store(br)
	defer c.bridge.Store(nil)
	// Offchain requests are checked against this JobManager before they are accepted.
	c.checker.Store(chaindoor.NewRequestChecker(client, chainID.Uint64(), jm, ch.RPCTimeout))
	defer c.checker.Store(nil)
	lis, err := listener.Open(client, filepath.Join(stores, "listener"), br, listener.Options{JobManager: jm,
		Coordinator: coord, Node: from, Confirmations: ch.Confirmations, StartBlock: ch.StartBlock, RPCTimeout: ch.RPCTimeout, Logger: c.root})
	if err != nil {
		return err
	}
	defer lis.Close()
	if err := c.metrics.Registry.Register(lis.Collector()); err != nil {
		c.log.Warn().Err(err).Msg("listener metrics not registered")
	} else {
		defer c.metrics.Registry.Unregister(lis.Collector())
	}
	if ch.StatusAddr != "" {
		o := c.api
		o.Contracts = &chaindoor.Contracts{JobManager: jm, Registry: registry}
		if coord != (common.Address{}) {
			o.Contracts.Coordinator = &coord
		}
		api, err := chaindoor.ListenStatusAPI(ch.StatusAddr, br, rel, dep, o)
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
		parts.Go("demo", func(ctx context.Context) error { c.demo(ctx, dev, dep.Deployment, br); return nil })
	}
	return parts.wait()
}

// devInfo is what the relay status API's /v1/chain shows of the development
// chain: the deployment, the verifier of each class, the JSON-RPC URL and
// the funded development account (`zkprover chain info`, `zkprover request`).
type devInfo struct {
	*devchain.Deployment
	Verifiers  map[int]common.Address `json:"verifiers"` // class identifier (the proof class byte) -> verifier
	RPC        string                 `json:"rpc"`
	DevAccount common.Address         `json:"dev_account"`
	// OffchainSigner signs the example consumer's offchain requests
	// (`zkprover submit-job --key-file`): the deployer.
	OffchainSigner common.Address `json:"offchain_signer"`
}

// provenClasses are the classes whose verifiers the development chain gets:
// the ones the prover loaded (never a listing of the keys folder, which a
// concurrent `zkprover setup` changes), else (a prover that does not say)
// the configured class or every class in the folder.
func (c *chainSide) provenClasses(loaded []prover.Manifest) ([]prover.Manifest, error) {
	if len(loaded) > 0 {
		return loaded, nil
	}
	dir := c.cfg.KeysDir()
	classes, err := prover.ListClasses(dir)
	if err != nil {
		return nil, fmt.Errorf("listing the proving classes in %s: %w", dir, err)
	}
	if c.cfg.Prover.Class > 0 {
		classes = []int{c.cfg.Prover.Class}
	}
	var out []prover.Manifest
	for _, k := range classes {
		m, err := prover.ReadManifest(dir, k)
		if err != nil {
			return nil, err
		}
		out = append(out, *m)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no proving class in %s", dir)
	}
	return out, nil
}

// verifierCode compiles the Solidity verifier of a loaded class, refusing
// one whose file changed since the prover loaded the class (its keys were
// replaced under the running node: restart it).
func (c *chainSide) verifierCode(ctx context.Context, m prover.Manifest) ([]byte, error) {
	path := filepath.Join(prover.ClassDir(c.cfg.KeysDir(), m.ID()), prover.FileVerifier)
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading the verifier of class %s: %w", prover.ClassLabel(m.ID()), err)
	}
	if sum := sha256.Sum256(src); hex.EncodeToString(sum[:]) != m.Files[prover.FileVerifier] {
		return nil, fmt.Errorf("%s changed after the node loaded class %s (its keys were replaced under the running node): restart the node to load the new keys", path, prover.ClassLabel(m.ID()))
	}
	return devchain.CompileVerifier(ctx, path, c.cfg.Chain.ContractsDir)
}

// deployDev compiles the verifiers of the classes the node proves with,
// deploys the contracts with them and the example consumer (maxCycles: the
// largest class's steps, so that every proof the node makes is accepted),
// registers the example program and prints how to use them.
func (c *chainSide) deployDev(ctx context.Context, dev *devchain.Chain, loaded []prover.Manifest) (*devInfo, error) {
	classes, err := c.provenClasses(loaded)
	if err != nil {
		return nil, err
	}
	codes := make([][]byte, len(classes))
	for i, m := range classes {
		if codes[i], err = c.verifierCode(ctx, m); err != nil {
			return nil, err
		}
	}
	elf, err := os.ReadFile(c.cfg.Chain.DevProgram)
	if err != nil {
		return nil, fmt.Errorf("reading the example program %s: %w", c.cfg.Chain.DevProgram, err)
	}
	prog, err := executor.LoadELF(elf, executor.Limits{})
	if err != nil {
		return nil, fmt.Errorf("loading the example program %s: %w", c.cfg.Chain.DevProgram, err)
	}
	if err := c.jobs.Store().PutNodeProgram(jobs.FieldHex(prog.ID), elf); err != nil {
		return nil, err
	}
	largest := 0
	for _, m := range classes {
		largest = max(largest, m.LogSteps)
	}
	// Class identifiers are the proof class bytes (hash classes included).
	dep, err := dev.Deploy(ctx, codes[0], classes[0].ID(), contracts.Bytes32(prog.ID), uint64(1)<<largest)
	if err != nil {
		return nil, err
	}
	info := &devInfo{Deployment: dep, Verifiers: map[int]common.Address{classes[0].ID(): dep.Verifier},
		RPC: dev.URL(), DevAccount: crypto.PubkeyToAddress(dev.User.PublicKey), OffchainSigner: crypto.PubkeyToAddress(dev.Deployer.PublicKey)}
	for i, m := range classes[1:] {
		if info.Verifiers[m.ID()], err = addDevVerifier(ctx, dev, dep.Registry, uint8(m.ID()), codes[i+1]); err != nil {
			return nil, err
		}
	}
	var verifiers []string
	for _, m := range classes {
		verifiers = append(verifiers, fmt.Sprintf("%s at %s", prover.ClassLabel(m.ID()), info.Verifiers[m.ID()].Hex()))
	}
	// The commands as printed reach this node: its addresses named when not the defaults.
	def := config.Default()
	statusFlag, nodeFlag := "", ""
	if a := c.cfg.Chain.StatusAddr; a != def.Chain.StatusAddr {
		statusFlag = " --relay-status-addr " + a
	}
	if a := c.cfg.Node.Addr; a != def.Node.Addr {
		nodeFlag = " --addr " + a
	}
	userKey := fmt.Sprintf("0x%x", crypto.FromECDSA(dev.User))
	signerKey := fmt.Sprintf("%x", crypto.FromECDSA(dev.Deployer))
	banner := fmt.Sprintf(`
== zkprover development chain ==================================================
JSON-RPC     %s   (chain id %d, a block every %s)
JobManager   %s
Coordinator  %s
Registry     %s
Verifiers    %s   (the classes this node proves with)
Consumer     %s   (OutputConsumer running %s, maxCycles %d)
Dev account  %s   (funded; well-known key %s)
Signer       %s   (the consumer's offchain signer; well-known key %s)
Relayer      %s

Request fib(10) on chain and wait for the proven output:
  zkprover request --input 0x0a000000%s
Contracts and accounts:  zkprover chain info%s
An offchain job (coprocessor API) signed as the consumer's signer:
  echo %s > signer.key
  zkprover submit-job %s --input 0a000000 --consumer %s \
    --job-manager %s --chain-id %d --key-file signer.key --rpc-url %s%s
Relay status:            zkprover relay list%s   (or curl http://%s/v1/relay)
Any Ethereum tool works as well, e.g. Foundry's cast:
  cast send %s "request(bytes)" 0x0a000000 --rpc-url %s --private-key <dev account key>
================================================================================

`, dev.URL(), dev.ChainID(), c.cfg.Chain.DevBlockPeriod, dep.JobManager.Hex(), dep.Coordinator.Hex(), dep.Registry.Hex(),
		strings.Join(verifiers, ", "), dep.Consumer.Hex(), c.cfg.Chain.DevProgram, dep.MaxCycles, info.DevAccount.Hex(), userKey,
		info.OffchainSigner.Hex(), "0x"+signerKey,
		crypto.PubkeyToAddress(devchain.DevKey("relayer").PublicKey).Hex(),
		statusFlag, statusFlag,
		signerKey, c.cfg.Chain.DevProgram, dep.Consumer.Hex(), dep.JobManager.Hex(), dev.ChainID(), dev.URL(), nodeFlag,
		statusFlag, c.cfg.Chain.StatusAddr, dep.Consumer.Hex(), dev.URL())
	if c.cfg.Log.Format == "json" && !config.Terminal(os.Stderr) {
		// Logs read by a program (a file, a pipe, a collector): one JSON line like the rest.
		c.log.Info().Str("json_rpc", dev.URL()).Uint64("chain_id", dev.ChainID().Uint64()).Str("job_manager", dep.JobManager.Hex()).
			Str("coordinator", dep.Coordinator.Hex()).Str("registry", dep.Registry.Hex()).Strs("verifiers", verifiers).
			Str("consumer", dep.Consumer.Hex()).Str("dev_account", info.DevAccount.Hex()).Str("dev_account_key", userKey).
			Str("signer", info.OffchainSigner.Hex()).Str("signer_key", "0x"+signerKey).
			Str("relayer", crypto.PubkeyToAddress(devchain.DevKey("relayer").PublicKey).Hex()).
			Str("try", "zkprover request --input 0x0a000000"+statusFlag).
			Msg("development chain ready (zkprover chain info" + statusFlag + " shows it; --log-format console prints the guide)")
		return info, nil
	}
	fmt.Fprint(os.Stderr, banner)
	return info, nil
}

// addDevVerifier deploys the verifier of another class on the development
// chain and registers it in the registry (owned by the deployer).
func addDevVerifier(ctx context.Context, dev *devchain.Chain, registry common.Address, class uint8, code []byte) (common.Address, error) {
	o, err := bind.NewKeyedTransactorWithChainID(dev.Deployer, dev.ChainID())
	if err != nil {
		return common.Address{}, err
	}
	o.Context = ctx
	mined := func(what string, tx *types.Transaction) error {
		dev.Commit()
		r, err := dev.Client().TransactionReceipt(ctx, tx.Hash())
		if err != nil {
			return fmt.Errorf("%s: receipt of %s: %w", what, tx.Hash(), err)
		}
		if r.Status != types.ReceiptStatusSuccessful {
			return fmt.Errorf("%s: transaction %s failed", what, tx.Hash())
		}
		return nil
	}
	vabi, err := bindings.IGroth16VerifierMetaData.GetAbi()
	if err != nil {
		return common.Address{}, err
	}
	addr, tx, _, err := bind.DeployContract(o, *vabi, code, dev.Client())
	if err != nil {
		return common.Address{}, fmt.Errorf("deploying the verifier of proof class %#x: %w", class, err)
	}
	if err := mined(fmt.Sprintf("deploying the verifier of proof class %#x", class), tx); err != nil {
		return common.Address{}, err
	}
	reg, err := bindings.NewVerifierRegistry(registry, dev.Client())
	if err != nil {
		return common.Address{}, err
	}
	if tx, err = reg.SetVerifier(o, class, addr); err != nil {
		return common.Address{}, fmt.Errorf("registering the verifier of proof class %#x: %w", class, err)
	}
	return addr, mined(fmt.Sprintf("registering the verifier of proof class %#x", class), tx)
}

// demoFailed tells a chain request that will not reach the consumer: the
// node refused it or its job failed, it was cancelled, or its relay failed.
func demoFailed(st chaindoor.Status) bool {
	switch st.Stage {
	case chaindoor.StageRejected, chaindoor.StageNoResult, chaindoor.StageCancelled:
		return true
	}
	return st.Relay != nil && st.Relay.State == relayer.Failed
}

// demo requests fib(10) from the dev account and reports the result arriving on chain.
func (c *chainSide) demo(ctx context.Context, dev *devchain.Chain, dep *devchain.Deployment, br *chaindoor.Bridge) {
	log := c.root.With().Str("component", "demo").Logger()
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
			if demoFailed(st) {
				log.Error().Str("job", common.Hash(jobID).Hex()).Str("status", last).Msg("demo: the request failed")
				return
			}
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

// checkContracts checks, before an external chain is followed, that the configured JobManager
// (and Coordinator) are contracts there, and warns for every class the node proves with that
// the JobManager's registry has no verifier for: a result proven with it would be refused on
// chain (NoVerifier) after the proof was paid for.
func (c *chainSide) checkContracts(ctx context.Context, client *ethclient.Client, chainID *big.Int, jm, coord common.Address, loaded []prover.Manifest, prefer preferFunc) (common.Address, error) {
	call := func() (context.Context, context.CancelFunc) { return context.WithTimeout(ctx, c.cfg.Chain.RPCTimeout) }
	for _, a := range []struct {
		name string
		addr common.Address
	}{{"job-manager", jm}, {"coordinator", coord}} {
		if a.addr == (common.Address{}) {
			continue
		}
		cctx, cancel := call()
		code, err := client.CodeAt(cctx, a.addr, nil)
		cancel()
		if err != nil {
			return common.Address{}, fmt.Errorf("reading the code of %s %s: %w", a.name, a.addr.Hex(), err)
		}
		if len(code) == 0 {
			return common.Address{}, fmt.Errorf("%s %s has no code on chain %s: a wrong address, or another chain (rpc-url)", a.name, a.addr.Hex(), chainID)
		}
	}
	jmc, err := bindings.NewJobManager(jm, client)
	if err != nil {
		return common.Address{}, err
	}
	cctx, cancel := call()
	registry, err := jmc.Registry(&bind.CallOpts{Context: cctx})
	cancel()
	if err != nil {
		return common.Address{}, fmt.Errorf("reading the verifier registry of job-manager %s (is it a JobManager?): %w", jm.Hex(), err)
	}
	// A Coordinator has a registry too: each is asked for a function only it has (review: a
	// Coordinator given as --job-manager was followed, and no job ever came).
	kind := func(name string, addr common.Address, want, fn, other string, read func(*bind.CallOpts) error) error {
		cctx, cancel := call()
		defer cancel()
		err := read(&bind.CallOpts{Context: cctx})
		switch {
		case err == nil:
			return nil
		case !missingFunction(err):
			return fmt.Errorf("reading %s of %s %s: %w", fn, name, addr.Hex(), err)
		}
		return fmt.Errorf("%s %s is not a %s (it has no %s: a %s or another contract?): %w", name, addr.Hex(), want, fn, other, err)
	}
	if err := kind("job-manager", jm, "JobManager", "OFFCHAIN_JOB_REQUEST_TYPEHASH", "Coordinator", func(o *bind.CallOpts) error {
		_, err := jmc.OFFCHAINJOBREQUESTTYPEHASH(o)
		return err
	}); err != nil {
		return common.Address{}, err
	}
	if coord != (common.Address{}) {
		cc, err := bindings.NewCoordinatorCaller(coord, client)
		if err != nil {
			return common.Address{}, err
		}
		if err := kind("coordinator", coord, "Coordinator", "MAX_PROOF_CLASS", "JobManager", func(o *bind.CallOpts) error {
			_, err := cc.MAXPROOFCLASS(o)
			return err
		}); err != nil {
			return common.Address{}, err
		}
	}
	reg, err := bindings.NewVerifierRegistry(registry, client)
	if err != nil {
		return common.Address{}, err
	}
	addrs := map[uint8]common.Address{} // the verifiers read, by class byte
	missing := func(class uint8) (bool, error) {
		cctx, cancel := call()
		defer cancel()
		v, err := reg.Verifiers(&bind.CallOpts{Context: cctx}, class)
		if err == nil {
			addrs[class] = v
		}
		return v == (common.Address{}), err
	}
	warn := func(class uint8, flag string) {
		ev := c.log.Error().Str("proof_class", fmt.Sprintf("%#x", class)).Str("registry", registry.Hex())
		cctx, cancel := call()
		p, err := contracts.PendingProposal(cctx, client, registry, class)
		cancel()
		if err == nil && p != nil {
			// proposed already: what to do is activate it once ready
			ev.Time("proposal_ready_at", p.ReadyAt).Msgf("the chain's verifier registry has no verifier for %s, which this node proves with: results proven with it are refused on chain (NoVerifier) until the verifier proposed for it (%s) is activated: from %s, `zkprover contracts activate-verifier --rpc <rpc-url> --registry %s %s`, then `zkprover relay retry` the failed deliveries",
				contracts.ClassName(class), p.Verifier.Hex(), p.ReadyAt.Format(time.RFC3339), registry.Hex(), flag)
			return
		}
		ev.Msgf("the chain's verifier registry has no verifier for %s, which this node proves with: results proven with it are refused on chain (NoVerifier); register it (zkprover contracts add-verifier --rpc <rpc-url> --registry %s --keys %s %s: the verifier of this node's own keys; on a sealed registry it waits the delay), then `zkprover relay retry` the failed deliveries",
			contracts.ClassName(class), registry.Hex(), c.cfg.KeysDir(), flag)
	}
	final := false
	finalMissing := func() {}
	if k := c.cfg.Prover.SegmentClass; k > 0 {
		class := contracts.FinalProofClass(k)
		if no, err := missing(class); err != nil {
			c.log.Warn().Err(err).Str("proof_class", fmt.Sprintf("%#x", class)).Msg("could not read the registry's final verifier for long runs")
		} else if no {
			finalMissing = func() { warn(class, fmt.Sprintf("--final %d", k)) }
		} else {
			final = true
		}
	}
	verified, unknown := map[int]bool{}, map[int]bool{}
	var without, with []string
	for _, m := range loaded {
		class := uint8(m.ID())
		no, err := missing(class)
		switch {
		case err != nil:
			// only a warning rides on it: the start goes on, the class counted as verified
			// until a read tells (recheckVerifiers)
			c.log.Warn().Err(err).Str("proof_class", fmt.Sprintf("%#x", class)).Msg("could not read the registry's verifier of a class this node proves with")
			unknown[m.ID()] = true
			without = append(without, prover.ClassLabel(m.ID()))
		case no && final:
			c.log.Warn().Str("proof_class", fmt.Sprintf("%#x", class)).Str("registry", registry.Hex()).
				Msgf("the chain's verifier registry has no verifier for %s: a run that fits no class it verifies is proven in segments (its final verifier is registered), which takes longer; to prove such runs with %s, register it (zkprover contracts add-verifier --rpc <rpc-url> --registry %s --keys %s --class %d)",
					contracts.ClassName(class), prover.ClassLabel(m.ID()), registry.Hex(), c.cfg.KeysDir(), m.ID())
			without = append(without, prover.ClassLabel(m.ID()))
		case no:
			warn(class, fmt.Sprintf("--class %d", m.ID()))
			without = append(without, prover.ClassLabel(m.ID()))
		default:
			verified[m.ID()] = true
			with = append(with, prover.ClassLabel(m.ID()))
		}
	}
	finalMissing()
	var registered []string
	for _, m := range loaded {
		if verified[m.ID()] {
			registered = append(registered, fmt.Sprintf("%s at %s", prover.ClassLabel(m.ID()), addrs[uint8(m.ID())].Hex()))
		}
	}
	if final {
		k := c.cfg.Prover.SegmentClass
		registered = append(registered, fmt.Sprintf("final, segments of 2^%d, at %s", k, addrs[contracts.FinalProofClass(k)].Hex()))
	}
	c.log.Info().Str("registry", registry.Hex()).Strs("verifiers", registered).Msg("the chain's registry has verifiers for these classes of this node")
	c.verified, c.finalVerified, c.unknown, c.verifiers = verified, final, unknown, addrs
	c.setPreference(prefer, with, without)
	return registry, nil
}

// setPreference tells the prover which classes to prove with, from what the registry verifies
// (c.verified, c.finalVerified; read again every verifierRecheck: recheckVerifiers): a run
// that fits a class the chain verifies is proven with it, even when a smaller class without a
// verifier would hold it; one that fits none is proven in segments when the chain verifies
// the final proofs of long runs (a whole-run proof would be refused there: NoVerifier), else
// with a class it fits.
func (c *chainSide) setPreference(prefer preferFunc, with, without []string) {
	if prefer == nil {
		return
	}
	verified, unknown := c.verified, c.unknown
	accepts := func(id int) bool { return verified[id] || unknown[id] }
	switch {
	case len(without) > 0 && c.finalVerified:
		prefer(accepts, true)
		c.log.Info().Strs("preferred", with).Strs("without_verifier", without).
			Msg("proving with the classes the chain verifies; a run that fits none of them is proven in segments (the chain verifies their final proofs)")
	case len(without) > 0 && len(with) > 0:
		prefer(accepts, false)
		c.log.Info().Strs("preferred", with).Strs("without_verifier", without).
			Msg("proving with the classes the chain verifies whenever a run fits one")
	default:
		prefer(nil, false) // all verified, or none and no final verifier: no class to prefer
	}
}

// missingFunction reports a call that failed because the contract has no such function (a
// revert, or nothing returned), not because the RPC did not answer.
func missingFunction(err error) bool {
	return errors.Is(err, bind.ErrNoCode) || strings.Contains(err.Error(), "execution reverted") ||
		strings.Contains(err.Error(), "attempting to unmarshal an empty string") || strings.Contains(err.Error(), "attempting to unmarshall an empty string")
}

// preferFunc is the prover's PreferClasses.
type preferFunc func(accepts func(classID int) bool, only bool)

// The node finds PreferClasses on its prover by this shape (node.go): a change of its
// signature must not silently leave the preference unset.
var _ interface {
	PreferClasses(accepts func(int) bool, only bool)
} = (*prover.Prover)(nil)
