package node

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/contracts"
	"github.com/zkprover/zkprover/contracts/bindings"
	"github.com/zkprover/zkprover/devchain"
	"github.com/zkprover/zkprover/prover"

	"github.com/zkprover/zkprover/internal/testlog"
)

// TestExternalChainChecked: before a node follows an external chain, the configured
// JobManager and Coordinator must be contracts there (an address without code, or one that is
// not a JobManager, stops the start with a clear error), and every class the node proves with
// that the registry has no verifier for is logged at error level with the command that
// registers it (whole-run classes and the long-run final class), while a registered one is not.
func TestExternalChainChecked(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	dev, err := devchain.Start(ctx, devchain.Options{Addr: "127.0.0.1:0", BlockPeriod: 100 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer dev.Close()
	runCtx, stopRun := context.WithCancel(ctx)
	ran := make(chan error, 1)
	go func() { ran <- dev.Run(runCtx) }()
	defer func() {
		stopRun()
		if err := <-ran; err != nil {
			t.Errorf("development chain: %v", err)
		}
	}()
	dep, err := dev.Deploy(ctx, common.FromHex(bindings.ToyVerifierMetaData.Bin), 8, [32]byte{1}, 256)
	if err != nil {
		t.Fatal(err)
	}
	client, err := ethclient.DialContext(ctx, dev.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()

	var logs testlog.Buffer
	cfg := testConfig(t.TempDir())
	cfg.Prover.SegmentClass = 12
	c := newChainSide(cfg, nil, nil, zerolog.New(&logs))
	loaded := []prover.Manifest{{LogSteps: 8}, {LogSteps: 10}}
	var preferred func(int) bool
	var only bool
	prefer := func(f func(int) bool, o bool) { preferred, only = f, o }
	if reg, err := c.checkContracts(ctx, client, dev.ChainID(), dep.JobManager, dep.Coordinator, loaded, prefer); err != nil || reg != dep.Registry {
		t.Fatalf("registry %s (%v), want %s", reg, err, dep.Registry)
	}
	out := logs.String()
	for _, want := range []string{`"proof_class":"0xa"`, "no verifier for 2^10", "--class 10", `"proof_class":"0x8c"`,
		"no verifier for final, segments of 2^12", "--final 12", dep.Registry.Hex(),
		`"verifiers":["2^8 at ` + dep.Verifier.Hex() + `"]`} {
		if !strings.Contains(out, want) {
			t.Errorf("log lacks %s:\n%s", want, out)
		}
	}
	if strings.Contains(out, `"proof_class":"0x8"`) || strings.Count(out, `"level":"error"`) != 2 {
		t.Errorf("want exactly the two classes without a verifier logged:\n%s", out)
	}
	// The prover is told to prefer the class the chain verifies.
	if preferred == nil || !preferred(8) || preferred(10) || only || !strings.Contains(out, "proving with the classes the chain verifies") {
		t.Errorf("preference: set %v, log:\n%s", preferred != nil, out)
	}

	owner, err := bind.NewKeyedTransactorWithChainID(dev.Deployer, dev.ChainID())
	if err != nil {
		t.Fatal(err)
	}
	// The registry changes while the node runs: a verifier registered for 2^10 is proven with
	// (no class to prefer any more), and once removed no longer.
	if _, err := contracts.AddVerifier(ctx, client, owner, dep.Registry, 10, common.FromHex(bindings.ToyVerifierMetaData.Bin)); err != nil {
		t.Fatal(err)
	}
	logs = testlog.Buffer{}
	c.recheckVerifiers(ctx, client, dep.Registry, loaded, prefer)
	if out := logs.String(); preferred != nil || !strings.Contains(out, `"class":"2^10","verifier":"0x`) || !strings.Contains(out, `"message":"the chain's registry has a verifier for this class now`) {
		t.Errorf("a verifier registered since: preference set %v, log:\n%s", preferred != nil, out)
	}
	if err := contracts.RemoveVerifier(ctx, client, owner, dep.Registry, 10, false); err != nil {
		t.Fatal(err)
	}
	logs = testlog.Buffer{}
	c.recheckVerifiers(ctx, client, dep.Registry, loaded, prefer)
	if out := logs.String(); preferred == nil || !preferred(8) || preferred(10) || only || !strings.Contains(out, "the verifier of this class was removed") {
		t.Errorf("a verifier removed since: preference set %v, log:\n%s", preferred != nil, out)
	}
	logs = testlog.Buffer{}
	c.recheckVerifiers(ctx, client, dep.Registry, loaded, func(func(int) bool, bool) { t.Error("the preference was set again without a change") })
	if out := logs.String(); out != "" {
		t.Errorf("a recheck without change logged:\n%s", out)
	}
	// The owner swaps the verifier of 2^8 for another (review: never noticed): logged.
	if _, err := contracts.AddVerifier(ctx, client, owner, dep.Registry, 8, common.FromHex(bindings.ToyVerifierMetaData.Bin)); err != nil {
		t.Fatal(err)
	}
	logs = testlog.Buffer{}
	c.recheckVerifiers(ctx, client, dep.Registry, loaded, func(func(int) bool, bool) { t.Error("the preference was set again for a replaced verifier") })
	if out := logs.String(); !strings.Contains(out, "verifier of this class was replaced") || !strings.Contains(out, `"proof_class":"0x8"`) {
		t.Errorf("a verifier replaced since, log:\n%s", out)
	}
	// The final verifier registered: a run that fits only 2^10 (no verifier) is proven in
	// segments, whose final proofs the chain verifies, not with 2^10 (NoVerifier on chain).
	if _, err := contracts.AddVerifier(ctx, client, owner, dep.Registry, contracts.FinalProofClass(12), common.FromHex(bindings.ToyFinalVerifierMetaData.Bin)); err != nil {
		t.Fatal(err)
	}
	logs = testlog.Buffer{}
	c.recheckVerifiers(ctx, client, dep.Registry, loaded, prefer)
	if out := logs.String(); preferred == nil || !preferred(8) || preferred(10) || !only || !strings.Contains(out, "verifies final proofs now") {
		t.Errorf("the final verifier registered since: preference set %v, only %v, log:\n%s", preferred != nil, only, out)
	}
	// A start with the final verifier registered: the class without a verifier is a warning
	// that says its runs are proven in segments, not an error that says they are refused.
	logs = testlog.Buffer{}
	if _, err := c.checkContracts(ctx, client, dev.ChainID(), dep.JobManager, dep.Coordinator, loaded, prefer); err != nil {
		t.Fatal(err)
	}
	if out := logs.String(); strings.Contains(out, `"level":"error"`) || !strings.Contains(out, "is proven in segments (its final verifier is registered)") || !only {
		t.Errorf("a start with the final verifier registered: only %v, log:\n%s", only, out)
	}
	if err := contracts.RemoveVerifier(ctx, client, owner, dep.Registry, contracts.FinalProofClass(12), false); err != nil {
		t.Fatal(err)
	}
	logs = testlog.Buffer{}
	c.recheckVerifiers(ctx, client, dep.Registry, loaded, prefer)
	if out := logs.String(); preferred == nil || only || !strings.Contains(out, "the final verifier was removed") {
		t.Errorf("the final verifier removed since: preference set %v, only %v, log:\n%s", preferred != nil, only, out)
	}

	// A class with a verifier proposed on the sealed registry: the line says to activate it.
	if _, err := contracts.Seal(ctx, client, owner, dep.Registry, time.Hour); err != nil {
		t.Fatal(err)
	}
	if _, _, err := contracts.ProposeVerifier(ctx, client, owner, dep.Registry, 10, common.FromHex(bindings.ToyVerifierMetaData.Bin)); err != nil {
		t.Fatal(err)
	}
	logs = testlog.Buffer{}
	if _, err := c.checkContracts(ctx, client, dev.ChainID(), dep.JobManager, dep.Coordinator, loaded, nil); err != nil {
		t.Fatal(err)
	}
	if out := logs.String(); !strings.Contains(out, "contracts activate-verifier") || !strings.Contains(out, "proposal_ready_at") || !strings.Contains(out, "--class 10") {
		t.Errorf("a class with a pending proposal:\n%s", out)
	}

	for _, bad := range []struct {
		jm, coord common.Address
		want      string
	}{
		{common.HexToAddress("0x00000000000000000000000000000000000000ee"), dep.Coordinator, "job-manager 0x00000000000000000000000000000000000000eE has no code on chain 1337"},
		{dep.JobManager, dep.Consumer, "is not a Coordinator"},
		{dep.JobManager, dep.JobManager, "is not a Coordinator"},
		{dep.Coordinator, dep.Coordinator, "is not a JobManager"}, // review: a Coordinator given as --job-manager
		{dep.JobManager, dep.Coordinator, ""},
		{dep.Consumer, dep.Coordinator, "is it a JobManager?"},
		{dep.JobManager, common.HexToAddress("0x00000000000000000000000000000000000000ef"), "coordinator 0x00000000000000000000000000000000000000EF has no code"},
	} {
		_, err := c.checkContracts(ctx, client, dev.ChainID(), bad.jm, bad.coord, nil, nil)
		if bad.want == "" {
			if err != nil {
				t.Errorf("job-manager %s coordinator %s: %v", bad.jm, bad.coord, err)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("job-manager %s coordinator %s: %v, want %q", bad.jm, bad.coord, err, bad.want)
		}
	}
}

// TestRelayerKeyFilesCheckedAtStart: the relayer's key files are checked when the node is
// built, before any proving key loads: a passphrase file others may read, a missing keystore
// or a wrong passphrase stops it at once.
func TestRelayerKeyFilesCheckedAtStart(t *testing.T) {
	dir := t.TempDir()
	ks, pass := filepath.Join(dir, "relayer.json"), filepath.Join(dir, "relayer.pass")
	if err := os.WriteFile(ks, []byte("{}"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(pass, []byte("pw\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(pass, 0o644); err != nil {
		t.Fatal(err)
	}
	// A real keystore and a wrong passphrase (review: told only once the proving keys loaded).
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	good, _ := writeRelayerKeystore(t, t.TempDir(), key)
	wrong := filepath.Join(dir, "wrong.pass")
	if err := os.WriteFile(wrong, []byte("not pw\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ keystore, pass, want string }{{ks, pass, "chmod 600"}, {filepath.Join(dir, "none.json"), pass, "reading keystore"},
		{good, wrong, "decrypting keystore"}} {
		cfg := testConfig(t.TempDir())
		cfg.Chain.Enabled = true
		cfg.Relayer.Keystore, cfg.Relayer.PassphraseFile = c.keystore, c.pass
		if n, err := New(cfg, Options{OpenProver: NoProver, Logger: zerolog.Nop()}); err == nil || !strings.Contains(err.Error(), c.want) {
			if n != nil {
				n.closeListeners()
			}
			t.Fatalf("keystore %s: %v, want an error with %q", c.keystore, err, c.want)
		}
	}
}
