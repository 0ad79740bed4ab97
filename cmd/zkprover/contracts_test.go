package main

import (
	"bytes"
	"context"
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
	"github.com/zkprover/zkprover/prover"
)

// TestContractsDeploy runs `zkprover contracts deploy` against a simulated chain served over
// HTTP JSON-RPC, with the (test-only) toy verifier standing in for an exported class verifier.
func TestContractsDeploy(t *testing.T) {
	if _, err := solc.Find(filepath.Join("..", "..", "contracts")); err != nil {
		t.Skipf("cannot compile verifiers: %v", err)
	}
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
	defer sim.Close()
	done, stopped := make(chan struct{}), make(chan struct{})
	defer func() { close(done); <-stopped }() // before sim.Close: no Commit on a closed chain
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

	data := t.TempDir()
	src, err := os.ReadFile(filepath.Join("..", "..", "contracts", "src", "test", "ToyVerifier.sol"))
	if err != nil {
		t.Fatal(err)
	}
	classDir := filepath.Join(data, "keys", "class-8")
	if err := os.MkdirAll(classDir, 0o755); err != nil {
		t.Fatal(err)
	}
	verifier := strings.Replace(string(src), "contract ToyVerifier {", "contract Verifier {", 1)
	if err := os.WriteFile(filepath.Join(classDir, "Verifier.sol"), []byte(verifier), 0o644); err != nil {
		t.Fatal(err)
	}
	// its manifest names it (the other files' sums are not read by deploy)
	sum := sha256.Sum256([]byte(verifier))
	m := prover.Manifest{Version: prover.ManifestVersion, Class: prover.ClassName(8), LogSteps: 8, Curve: "bn254", Backend: "groth16",
		Files: map[string]string{prover.FileVerifier: hex.EncodeToString(sum[:]), prover.FileCircuit: strings.Repeat("0", 64),
			prover.FilePK: strings.Repeat("0", 64), prover.FileVK: strings.Repeat("0", 64)}}
	mb, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(classDir, prover.FileManifest), mb, 0o644); err != nil {
		t.Fatal(err)
	}
	keyFile := filepath.Join(data, "deployer.key")
	if err := os.WriteFile(keyFile, []byte(hex.EncodeToString(crypto.FromECDSA(key))), 0o600); err != nil {
		t.Fatal(err)
	}
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
	if d.Owner != from || d.Verifiers[8] == (common.Address{}) || d.VerifierDelay != 48*3600 {
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
