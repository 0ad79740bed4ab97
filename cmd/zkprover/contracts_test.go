package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"

	"github.com/zkprover/zkprover/contracts"
	"github.com/zkprover/zkprover/contracts/bindings"
	"github.com/zkprover/zkprover/contracts/solc"
	"github.com/zkprover/zkprover/devchain/simtest"
	zknode "github.com/zkprover/zkprover/node"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/prover/longrun"
)

// TestContractsDeploy runs `zkprover contracts deploy` against a simulated chain served over
// HTTP JSON-RPC, with the (test-only) toy verifier standing in for an exported class verifier.
func TestContractsDeploy(t *testing.T) {
	if _, err := solc.Find(filepath.Join("..", "..", "contracts")); err != nil {
		t.Skipf("cannot compile verifiers: %v", err)
	}
	sim, port, key := startHTTPSim(t)
	from := crypto.PubkeyToAddress(key.PublicKey)

	data := t.TempDir()
	classDir := writeToyClass(t, filepath.Join(data, "keys"), 8)
	keyFile := writeKeyFile(t, data, key)
	out := filepath.Join(data, "deployment.json")

	root := newRootCmd()
	var stderr bytes.Buffer
	root.SetErr(&stderr)
	root.SetArgs([]string{"contracts", "deploy", "--rpc", fmt.Sprintf("http://127.0.0.1:%d", port), "--key-file", keyFile,
		"--data", data, "--classes", "8", "--contracts-dir", filepath.Join("..", "..", "contracts"), "--out", out, "--timeout", "2m",
		"--verifier-delay", "48h"})
	if err := root.ExecuteContext(context.Background()); err != nil {
		t.Fatalf("contracts deploy: %v\n%s", err, stderr.String())
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	defer checkDeployRefusesEdited(t, classDir, data, port, keyFile)
	var d contracts.Deployment
	if err := json.Unmarshal(b, &d); err != nil {
		t.Fatalf("deployment JSON: %v\n%s", err, b)
	}
	if d.Owner != from || d.Verifiers[8] == (common.Address{}) || d.VerifierDelay != 48*3600 || d.Txs["seal"] == (common.Hash{}) || d.Block == 0 {
		t.Fatalf("deployment %s", b)
	}
	reg, err := bindings.NewVerifierRegistry(d.Registry, sim.Client())
	if err != nil {
		t.Fatal(err)
	}
	if sealed, err := reg.SealedDelay(&bind.CallOpts{}); err != nil || sealed != 48*3600 {
		t.Fatalf("the registry's sealed delay: %d (%v), want 48 h", sealed, err)
	}
	for name, a := range map[string]common.Address{"registry": d.Registry, "JobManager": d.JobManager,
		"Coordinator": d.Coordinator, "verifier": d.Verifiers[8]} {
		code, err := sim.Client().CodeAt(context.Background(), a, nil)
		if err != nil || len(code) == 0 {
			t.Fatalf("no code for the %s at %s (%v)", name, a, err)
		}
	}
	if len(d.FinalVerifiers) != 0 {
		t.Fatalf("final verifiers deployed without final keys: %v", d.FinalVerifiers)
	}
	checkRegistryCommands(t, sim, d.Registry, classDir, data, port, keyFile)
}

// checkRegistryCommands manages the sealed registry of TestContractsDeploy with the commands:
// add-verifier proposes class 9's verifier (the registry is sealed) and says when it is ready;
// activate-verifier refuses it before, puts it in place after the delay; remove-verifier
// removes it; registry shows each state. Bad flags are refused before anything is sent, and
// a final verifier without long-run keys is refused naming them.
func checkRegistryCommands(t *testing.T, sim *simulated.Backend, registry common.Address, classDir, data string, port int, keyFile string) {
	t.Helper()
	rpc := fmt.Sprintf("http://127.0.0.1:%d", port)
	run := func(args ...string) (string, error) {
		t.Helper()
		root := newRootCmd()
		var stdout, stderr bytes.Buffer
		root.SetOut(&stdout)
		root.SetErr(&stderr)
		root.SetArgs(append(append([]string{"contracts"}, args...), "--rpc", rpc, "--registry", registry.Hex(), "--timeout", "2m"))
		err := root.ExecuteContext(context.Background())
		if err != nil {
			err = fmt.Errorf("%w\n%s", err, stderr.String())
		}
		return stdout.String(), err
	}
	owner := []string{"--key-file", keyFile}
	// class 9: a copy of class 8's store
	class9 := filepath.Join(data, "keys", "class-9")
	if err := os.CopyFS(class9, os.DirFS(classDir)); err != nil {
		t.Fatal(err)
	}
	m, err := prover.ReadManifest(filepath.Join(data, "keys"), 8)
	if err != nil {
		t.Fatal(err)
	}
	m.Class, m.LogSteps = prover.ClassName(9), 9
	mb, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(class9, prover.FileManifest), mb, 0o644); err != nil {
		t.Fatal(err)
	}
	keyArgs := append([]string{"--data", data, "--contracts-dir", filepath.Join("..", "..", "contracts")}, owner...)

	for _, bad := range [][]string{
		{"add-verifier"}, {"add-verifier", "--class", "9", "--final", "5"}, {"add-verifier", "--class", "128"},
		{"add-verifier", "--final", "70"}, {"activate-verifier"}, {"remove-verifier", "--class", "-2"},
	} {
		if _, err := run(append(bad, keyArgs[4:]...)...); err == nil || !strings.Contains(err.Error(), "--") {
			t.Fatalf("%v: %v, want the flag named", bad, err)
		}
	}
	if _, err := run(append([]string{"add-verifier", "--final", "5"}, keyArgs...)...); err == nil || !strings.Contains(err.Error(), "long-run keys of segment class 2^5") {
		t.Fatalf("add-verifier --final without long-run keys: %v", err)
	}
	out, err := run(append([]string{"add-verifier", "--class", "9"}, keyArgs...)...)
	if err != nil {
		t.Fatal(err)
	}
	var r verifierReport
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("add-verifier output %q: %v", out, err)
	}
	if r.Class != "0x09" || r.State != "proposed" || r.ReadyAt == nil || r.Verifier == (common.Address{}) ||
		!strings.Contains(r.Next, "activate-verifier") || !strings.Contains(r.Next, "--class 9") {
		t.Fatalf("add-verifier on a sealed registry: %s", out)
	}
	if _, err := run(append([]string{"activate-verifier", "--class", "9"}, owner...)...); err == nil || !strings.Contains(err.Error(), "is ready at") {
		t.Fatalf("activate-verifier before the delay: %v", err)
	}
	if _, err := run(append([]string{"add-verifier", "--class", "9"}, keyArgs...)...); err == nil || !strings.Contains(err.Error(), "pending proposal, "+r.Verifier.Hex()) {
		t.Fatalf("add-verifier over a pending proposal without --replace: %v", err)
	}
	if out, err := run("registry"); err != nil || !strings.Contains(out, "0x09 (2^9) proposed") || !strings.Contains(out, "yes: a verifier waits 48h0m0s") {
		t.Fatalf("registry with a proposal: %v\n%s", err, out)
	}
	simtest.Advance(t, sim, 48*time.Hour+time.Minute)
	if out, err := run("registry"); err != nil || !strings.Contains(out, "ready now (activate-verifier)") {
		t.Fatalf("registry with a ready proposal: %v\n%s", err, out)
	}
	if out, err = run(append([]string{"activate-verifier", "--class", "9"}, owner...)...); err != nil || !strings.Contains(out, `"state": "set"`) {
		t.Fatalf("activate-verifier after the delay: %v\n%s", err, out)
	}
	out, err = run("registry", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var s contracts.RegistryState
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatalf("registry --json %q: %v", out, err)
	}
	if len(s.Classes) != 2 || s.Classes[1].Byte != "0x09" || s.Classes[1].Verifier == nil || *s.Classes[1].Verifier != r.Verifier || s.Classes[1].Proposal != nil {
		t.Fatalf("registry after activation: %s", out)
	}
	if out, err = run(append([]string{"remove-verifier", "--class", "9"}, owner...)...); err != nil || !strings.Contains(out, `"state": "removed"`) {
		t.Fatalf("remove-verifier: %v\n%s", err, out)
	}
	if out, err := run("registry"); err != nil || strings.Contains(out, "0x09") {
		t.Fatalf("registry after removal: %v\n%s", err, out)
	}
}

// writeToyClass writes a key store of whole-run class k under keys whose Verifier.sol is the
// (test-only) toy verifier, named by its manifest (the other files' sums are not read by
// deploy), and returns its folder.
func writeToyClass(t *testing.T, keys string, k int) string {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("..", "..", "contracts", "src", "test", "ToyVerifier.sol"))
	if err != nil {
		t.Fatal(err)
	}
	classDir := prover.ClassDir(keys, k)
	if err := os.MkdirAll(classDir, 0o755); err != nil {
		t.Fatal(err)
	}
	verifier := strings.Replace(string(src), "contract ToyVerifier {", "contract Verifier {", 1)
	if err := os.WriteFile(filepath.Join(classDir, "Verifier.sol"), []byte(verifier), 0o644); err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256([]byte(verifier))
	m := prover.Manifest{Version: prover.ManifestVersion, Class: prover.ClassName(k), LogSteps: k, Curve: "bn254", Backend: "groth16",
		Files: map[string]string{prover.FileVerifier: hex.EncodeToString(sum[:]), prover.FileCircuit: strings.Repeat("0", 64),
			prover.FilePK: strings.Repeat("0", 64), prover.FileVK: strings.Repeat("0", 64)}}
	mb, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(classDir, prover.FileManifest), mb, 0o644); err != nil {
		t.Fatal(err)
	}
	return classDir
}

// writeKeyFile writes key, hex, into dir/deployer.key and returns its path.
func writeKeyFile(t *testing.T, dir string, key *ecdsa.PrivateKey) string {
	t.Helper()
	keyFile := filepath.Join(dir, "deployer.key")
	if err := os.WriteFile(keyFile, []byte(hex.EncodeToString(crypto.FromECDSA(key))), 0o600); err != nil {
		t.Fatal(err)
	}
	return keyFile
}

// TestContractsDeployFinal (make test-e2e, ZKPROVER_E2E with the long-run keys of segment
// class 2^5 in ZKPROVER_E2E_KEYS, which TestLongRunEndToEnd makes): `contracts deploy` finds
// the final key store under <keys>/longrun, checks the long-run stores, and deploys and
// registers the final verifier under 0x85; a final store whose depends.json names other keys
// is refused.
func TestContractsDeployFinal(t *testing.T) {
	cache := os.Getenv("ZKPROVER_E2E_KEYS")
	if os.Getenv("ZKPROVER_E2E") == "" || cache == "" {
		t.Skip("set ZKPROVER_E2E=1 and ZKPROVER_E2E_KEYS to the long-run key cache (make test-e2e)")
	}
	if _, err := solc.Find(filepath.Join("..", "..", "contracts")); err != nil {
		t.Fatalf("cannot compile verifiers: %v", err)
	}
	sim, port, key := startHTTPSim(t)
	data := t.TempDir()
	keys := filepath.Join(data, "keys")
	writeToyClass(t, keys, 8)
	// the long-run stores: the cache's segment and aggregation keys, a copy of its final store's
	// small files (the proving key and circuit are not read)
	lr := zknode.LongRunKeysDir(keys)
	for _, d := range []string{longrun.DirSegment, longrun.DirAggregate} {
		if err := os.MkdirAll(lr, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(filepath.Join(cache, d), filepath.Join(lr, d)); err != nil {
			t.Fatal(err)
		}
	}
	finalDir := prover.ClassDir(filepath.Join(lr, longrun.DirFinal), 5)
	if err := os.MkdirAll(finalDir, 0o755); err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(prover.ClassDir(filepath.Join(cache, longrun.DirFinal), 5))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		src := filepath.Join(cache, longrun.DirFinal, prover.ClassName(5), e.Name())
		if info, err := e.Info(); err == nil && info.Size() > 1<<20 {
			if err := os.Symlink(src, filepath.Join(finalDir, e.Name())); err != nil {
				t.Fatal(err)
			}
			continue
		}
		b, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(finalDir, e.Name()), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	keyFile := writeKeyFile(t, data, key)
	deploy := func() (*contracts.Deployment, error) {
		out := filepath.Join(data, "deployment.json")
		_ = os.Remove(out)
		root := newRootCmd()
		var stderr bytes.Buffer
		root.SetErr(&stderr)
		root.SetArgs([]string{"contracts", "deploy", "--rpc", fmt.Sprintf("http://127.0.0.1:%d", port), "--key-file", keyFile,
			"--keys", keys, "--contracts-dir", filepath.Join("..", "..", "contracts"), "--out", out, "--timeout", "5m"})
		if err := root.ExecuteContext(context.Background()); err != nil {
			return nil, fmt.Errorf("%w\n%s", err, stderr.String())
		}
		b, err := os.ReadFile(out)
		if err != nil {
			return nil, err
		}
		var d contracts.Deployment
		return &d, json.Unmarshal(b, &d)
	}
	d, err := deploy()
	if err != nil {
		t.Fatal(err)
	}
	if d.Verifiers[8] == (common.Address{}) || d.FinalVerifiers[5] == (common.Address{}) {
		t.Fatalf("deployment %+v, want class 8 and the final verifier of segment class 5", d)
	}
	reg, err := bindings.NewVerifierRegistry(d.Registry, sim.Client())
	if err != nil {
		t.Fatal(err)
	}
	if v, err := reg.Verifiers(&bind.CallOpts{}, contracts.FinalProofClass(5)); err != nil || v != d.FinalVerifiers[5] {
		t.Fatalf("registry class 0x85: %s (%v), want %s", v, err, d.FinalVerifiers[5])
	}
	// final keys made over other aggregation keys: refused, nothing deployed
	dep := filepath.Join(finalDir, "depends.json")
	if err := os.WriteFile(dep, []byte(`{"segment_vk_hash":"1","aggregate_vk_hash":"2"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := deploy(); err == nil || !errors.Is(err, prover.ErrKeysStale) && !strings.Contains(err.Error(), "other segment or aggregation keys") {
		t.Fatalf("deploy over stale final keys: %v", err)
	}
}

// startHTTPSim starts a simulated chain served over HTTP JSON-RPC on loopback, sealing a block
// every 20 ms, with one funded account; it is stopped when the test ends.
func startHTTPSim(t *testing.T) (*simulated.Backend, int, *ecdsa.PrivateKey) {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	_ = l.Close()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	sim := simulated.NewBackend(types.GenesisAlloc{from: {Balance: new(big.Int).Lsh(big.NewInt(1), 100)}},
		func(nc *node.Config, _ *ethconfig.Config) {
			nc.HTTPHost, nc.HTTPPort, nc.HTTPModules = "127.0.0.1", port, []string{"eth", "net", "web3"}
		})
	done, stopped := make(chan struct{}), make(chan struct{})
	t.Cleanup(func() {
		close(done)
		<-stopped // before sim.Close: no Commit on a closed chain
		_ = sim.Close()
	})
	go func() {
		defer close(stopped)
		for {
			select {
			case <-done:
				return
			case <-time.After(20 * time.Millisecond):
				sim.Commit()
			}
		}
	}()
	return sim, port, key
}

// checkDeployRefusesEdited: a Verifier.sol that is not the one its manifest
// names (edited, stale, swapped) is refused before anything is compiled or
// deployed (it was deployed as it was).
func checkDeployRefusesEdited(t *testing.T, classDir, data string, port int, keyFile string) {
	t.Helper()
	path := filepath.Join(classDir, prover.FileVerifier)
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, append(src, []byte("\n// edited\n")...), 0o644); err != nil {
		t.Fatal(err)
	}
	root := newRootCmd()
	root.SetErr(io.Discard)
	root.SetArgs([]string{"contracts", "deploy", "--rpc", fmt.Sprintf("http://127.0.0.1:%d", port), "--key-file", keyFile,
		"--data", data, "--classes", "8", "--contracts-dir", filepath.Join("..", "..", "contracts"), "--timeout", "2m"})
	var ce *prover.ChecksumError
	if err := root.ExecuteContext(context.Background()); !errors.As(err, &ce) {
		t.Fatalf("deploy of an edited Verifier.sol: %v, want a checksum error", err)
	}
}

// TestContractsDeployResume: a deployment stopped midway (its context cancelled once the
// registry is mined, as an operator's Ctrl-C) leaves --out holding what was done
// ("incomplete"); a new deployment over that file is refused, and --resume goes on without
// sending anything twice (the deployer's nonce is the number of the deployment's transactions).
func TestContractsDeployResume(t *testing.T) {
	if _, err := solc.Find(filepath.Join("..", "..", "contracts")); err != nil {
		t.Skipf("cannot compile verifiers: %v", err)
	}
	sim, port, key := startHTTPSim(t)
	from := crypto.PubkeyToAddress(key.PublicKey)
	data := t.TempDir()
	writeToyClass(t, filepath.Join(data, "keys"), 8)
	keyFile := writeKeyFile(t, data, key)
	out := filepath.Join(data, "deployment.json")
	read := func() (contracts.Deployment, error) {
		b, err := os.ReadFile(out)
		if err != nil {
			return contracts.Deployment{}, err
		}
		var d contracts.Deployment
		if err := json.Unmarshal(b, &d); err != nil {
			return d, fmt.Errorf("%w\n%s", err, b)
		}
		return d, nil
	}
	deploy := func(ctx context.Context, extra ...string) error {
		root := newRootCmd()
		var stdout, stderr bytes.Buffer
		root.SetOut(&stdout)
		root.SetErr(&stderr)
		root.SetArgs(append([]string{"contracts", "deploy", "--rpc", fmt.Sprintf("http://127.0.0.1:%d", port), "--key-file", keyFile,
			"--data", data, "--classes", "8", "--contracts-dir", filepath.Join("..", "..", "contracts"), "--timeout", "2m",
			"--verifier-delay", "1h"}, extra...))
		return root.ExecuteContext(ctx)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	stopped := make(chan error, 1)
	go func() { stopped <- deploy(ctx, "--out", out) }()
	var err error
	for done := false; !done; {
		select {
		case err = <-stopped:
			t.Fatalf("the deployment ended before it was stopped: %v", err)
		case <-time.After(10 * time.Millisecond):
			d, _ := read()
			_, done = d.Gas["VerifierRegistry"]
		}
	}
	cancel()
	if err = <-stopped; err == nil || !strings.Contains(err.Error(), "--resume "+out) {
		t.Fatalf("a deployment stopped midway: %v, want an error naming --resume", err)
	}
	if d, err := read(); err != nil || !d.Incomplete || d.Registry == (common.Address{}) || d.Owner != from {
		t.Fatalf("the stopped deployment's file: %+v (%v)", d, err)
	}
	if err := deploy(context.Background(), "--out", out); err == nil || !strings.Contains(err.Error(), "stopped midway") {
		t.Fatalf("a new deployment over a stopped one's file: %v, want it refused", err)
	}
	if err := deploy(context.Background(), "--resume", out); err != nil {
		t.Fatalf("resuming: %v", err)
	}
	d, err := read()
	if err != nil || d.Incomplete || d.VerifierDelay != 3600 || len(d.Gas) != 6 || d.Verifiers[8] == (common.Address{}) {
		t.Fatalf("the resumed deployment: %+v (%v)", d, err)
	}
	nonce, err := sim.Client().NonceAt(context.Background(), from, nil)
	if err != nil || nonce != 6 {
		t.Fatalf("the deployer sent %d transactions (%v), want the deployment's 6 once each", nonce, err)
	}
	reg, err := bindings.NewVerifierRegistry(d.Registry, sim.Client())
	if err != nil {
		t.Fatal(err)
	}
	if v, err := reg.Verifiers(&bind.CallOpts{}, 8); err != nil || v != d.Verifiers[8] {
		t.Fatalf("registry class 8 -> %s (%v), want %s", v, err, d.Verifiers[8])
	}
	if err := deploy(context.Background(), "--resume", out); !errors.Is(err, contracts.ErrDeploymentComplete) || strings.Contains(err.Error(), "--resume") {
		t.Fatalf("resuming a complete deployment: %v, want it refused without advice to resume", err)
	}
	// A new deployment never writes over a deployment's file (review: one that failed at once
	// wiped the addresses of the one before).
	before, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if err := deploy(context.Background(), "--out", out); err == nil || !strings.Contains(err.Error(), "never overwritten") {
		t.Fatalf("a new deployment over a complete one's file: %v, want it refused", err)
	}
	if after, err := os.ReadFile(out); err != nil || !bytes.Equal(after, before) {
		t.Fatalf("the deployment's file changed (%v)", err)
	}
}

// TestContractsDeployKeepsRecord: without --out the deployment is printed at the end and also
// kept, as it goes, in <data>/deployments/<time>.json (a kill would otherwise lose what was
// sent), which --resume reads.
func TestContractsDeployKeepsRecord(t *testing.T) {
	if _, err := solc.Find(filepath.Join("..", "..", "contracts")); err != nil {
		t.Skipf("cannot compile verifiers: %v", err)
	}
	_, port, key := startHTTPSim(t)
	data := t.TempDir()
	writeToyClass(t, filepath.Join(data, "keys"), 8)
	keyFile := writeKeyFile(t, data, key)
	root := newRootCmd()
	var stdout, stderr bytes.Buffer
	root.SetOut(&stdout)
	root.SetErr(&stderr)
	root.SetArgs([]string{"contracts", "deploy", "--rpc", fmt.Sprintf("http://127.0.0.1:%d", port), "--key-file", keyFile,
		"--data", data, "--classes", "8", "--contracts-dir", filepath.Join("..", "..", "contracts"), "--timeout", "2m"})
	if err := root.ExecuteContext(context.Background()); err != nil {
		t.Fatalf("contracts deploy: %v\n%s", err, stderr.String())
	}
	records, err := filepath.Glob(filepath.Join(data, "deployments", "*.json"))
	if err != nil || len(records) != 1 {
		t.Fatalf("records %v (%v), want one", records, err)
	}
	b, err := os.ReadFile(records[0])
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, stdout.Bytes()) {
		t.Fatalf("the record %s:\n%s\ndiffers from what was printed:\n%s", records[0], b, stdout.String())
	}
	if !strings.Contains(stderr.String(), records[0]) {
		t.Fatalf("the record's path is not logged:\n%s", stderr.String())
	}
	if _, err := runRoot(t, "contracts", "deploy", "--rpc", fmt.Sprintf("http://127.0.0.1:%d", port), "--key-file", keyFile,
		"--data", data, "--classes", "8", "--contracts-dir", filepath.Join("..", "..", "contracts"), "--resume", records[0], "--timeout", "2m"); !errors.Is(err, contracts.ErrDeploymentComplete) {
		t.Fatalf("resuming from the record of a complete deployment: %v, want ErrDeploymentComplete", err)
	}
}
