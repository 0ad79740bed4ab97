package node

import (
	"context"
	"crypto/ecdsa"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/config"
	"github.com/zkprover/zkprover/contracts"
	"github.com/zkprover/zkprover/contracts/bindings"
	"github.com/zkprover/zkprover/devchain"
	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/jobs"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/prover/longrun"
	"github.com/zkprover/zkprover/prover/provertest"
	"github.com/zkprover/zkprover/queue"
	"github.com/zkprover/zkprover/relayer"
)

// TestShortRunOnFinalOnlyChain: a node follows a chain (outside it, over JSON-RPC) whose
// registry holds only the final verifier of the node's segment class, no whole-run verifier. A
// job whose run fits the node's whole-run class is proven in segments all the same, and its
// final proof is delivered and accepted on chain (before, it was proven with the whole-run
// class and the delivery reverted NoVerifier). make test-e2e: it needs the long-run keys.
func TestShortRunOnFinalOnlyChain(t *testing.T) {
	root := longRunKeys(t)
	small := smallKeys(t, root)
	keys := t.TempDir()
	if err := os.Symlink(root, LongRunKeysDir(keys)); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Minute)
	defer cancel()

	fib := readExample(t, "fibonacci")
	prog := loadProgram(t, fib)
	const n = 3
	run, err := executor.Run(ctx, prog, &executor.Input{Onchain: words(n)}, executor.Config{})
	if err != nil {
		t.Fatal(err)
	}
	if run.Cycles > 1<<smallClass {
		t.Fatalf("fib(%d) runs %d cycles: it does not fit class 2^%d", n, run.Cycles, smallClass)
	}

	relayKey, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	relayAddr := crypto.PubkeyToAddress(relayKey.PublicKey)
	chain, err := devchain.Start(ctx, devchain.Options{Addr: "127.0.0.1:0", BlockPeriod: 200 * time.Millisecond,
		Fund: []common.Address{relayAddr}, Logger: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Close()
	runCtx, stopChain := context.WithCancel(ctx)
	ran := make(chan error, 1)
	go func() { ran <- chain.Run(runCtx) }()
	defer func() {
		stopChain()
		if err := <-ran; err != nil {
			t.Errorf("chain: %v", err)
		}
	}()
	finalSol := filepath.Join(prover.ClassDir(filepath.Join(root, longrun.DirFinal), provertest.SegmentClass), prover.FileVerifier)
	finalCode, err := devchain.CompileVerifier(ctx, finalSol, filepath.Join("..", "contracts"))
	if err != nil {
		t.Fatal(err)
	}
	finalClass := contracts.FinalProofClass(provertest.SegmentClass)
	dep, err := chain.Deploy(ctx, finalCode, int(finalClass), contracts.Bytes32(prog.ID), 256)
	if err != nil {
		t.Fatal(err)
	}

	dir := t.TempDir()
	ks, pass := writeRelayerKeystore(t, dir, relayKey)
	data := filepath.Join(dir, "data")
	tweak := func(c *config.Config) {
		c.Prover.Keys = keys
		c.Prover.SegmentClass = provertest.SegmentClass
		c.Node.Grace = 0
		c.Chain.Enabled = true
		c.Chain.RPCURL, c.Chain.JobManager, c.Chain.StatusAddr = chain.URL(), dep.JobManager.Hex(), ""
		c.Relayer.Keystore, c.Relayer.PassphraseFile = ks, pass
	}
	cfg := testConfig(data)
	tweak(&cfg)
	store, err := queue.Open(cfg.QueueDir(), queue.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	if err := store.PutProgram(jobs.FieldHex(prog.ID), fib); err != nil {
		t.Fatal(err)
	}
	if err := store.Close(); err != nil {
		t.Fatal(err)
	}
	tn := startNodeOpts(t, data, Options{OpenProver: OpenGnark(small, smallClass, testLogger(t)), LongRunKeysChecked: true}, tweak)
	waitReady(t, tn)

	consumer, err := bindings.NewOutputConsumer(dep.Consumer, chain.Client())
	if err != nil {
		t.Fatal(err)
	}
	user, err := bind.NewKeyedTransactorWithChainID(chain.User, chain.ChainID())
	if err != nil {
		t.Fatal(err)
	}
	user.Context = ctx
	nonce, err := consumer.GetNextNonce(&bind.CallOpts{Context: ctx})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := consumer.Request(user, words(n)); err != nil {
		t.Fatal(err)
	}
	jobID := contracts.JobID(nonce, dep.Consumer)
	waitFor(t, 25*time.Minute, "the result delivered on chain", func() bool {
		// A delivery the chain refused (a whole-run proof: NoVerifier) fails at once.
		if b := tn.chain.bridge.Load(); b != nil {
			if st, err := b.Status(common.Hash(jobID).Hex()); err == nil && st.Relay != nil && st.Relay.State == relayer.Failed {
				t.Fatalf("the delivery failed: %s", st.Summary())
			}
		}
		out, err := consumer.Outputs(&bind.CallOpts{Context: ctx}, jobID)
		return err == nil && len(out) > 0
	})
	out, err := consumer.Outputs(&bind.CallOpts{Context: ctx}, jobID)
	if err != nil || string(out) != string(run.Output) {
		t.Fatalf("the consumer's output %x (%v), want the run's %x", out, err, run.Output)
	}
	// Only the final verifier is registered: what was accepted is a final proof.
	reg, err := bindings.NewVerifierRegistry(dep.Registry, chain.Client())
	if err != nil {
		t.Fatal(err)
	}
	if v, err := reg.Verifiers(&bind.CallOpts{Context: ctx}, smallClass); err != nil || v != (common.Address{}) {
		t.Fatalf("class 2^%d has a verifier %s (%v): the test needs none", smallClass, v, err)
	}
}

// writeRelayerKeystore writes key as a keystore (light scrypt) and its passphrase file, both
// the owner's only, in dir: what --relayer-keystore and --relayer-passphrase-file name.
func writeRelayerKeystore(t *testing.T, dir string, key *ecdsa.PrivateKey) (keystorePath, passPath string) {
	t.Helper()
	js, err := keystore.EncryptKey(&keystore.Key{Id: uuid.New(), Address: crypto.PubkeyToAddress(key.PublicKey), PrivateKey: key}, "pw",
		keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	keystorePath, passPath = filepath.Join(dir, "relayer.json"), filepath.Join(dir, "relayer.pass")
	if err := os.WriteFile(keystorePath, js, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(passPath, []byte("pw\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	return keystorePath, passPath
}
