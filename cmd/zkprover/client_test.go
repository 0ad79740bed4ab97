package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/config"
	"github.com/zkprover/zkprover/node"
)

// startTestNode runs a node without a prover (it stays BOOTING: jobs queue
// but are not proved) on loopback with a real Badger folder.
func startTestNode(t *testing.T) string {
	t.Helper()
	cfg := config.Default()
	cfg.Prover.SegmentClass = 0 // no background long-run key setup
	cfg.Node.Addr = "127.0.0.1:0"
	cfg.Node.MetricsAddr = ""
	cfg.Node.Data = t.TempDir()
	cfg.Chain.Enabled = false
	cfg.Coprocessor.GatewayAddr = ""
	return startNodeWith(t, cfg, node.NoProver)
}

// startNodeWith runs a node with cfg and open until the test ends.
func startNodeWith(t *testing.T, cfg config.Config, open node.OpenProver) string {
	t.Helper()
	n, err := node.New(cfg, node.Options{Logger: zerolog.Nop(), OpenProver: open})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- n.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("node stopped with %v", err)
			}
		case <-time.After(30 * time.Second):
			t.Error("node did not stop")
		}
	})
	return n.Addr().String()
}

func runRoot(t *testing.T, args ...string) (string, error) {
	t.Helper()
	cmd := newRootCmd()
	var out bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetErr(&out)
	cmd.SetArgs(args)
	err := cmd.ExecuteContext(context.Background())
	return out.String(), err
}

func TestClientCommands(t *testing.T) {
	addr := startTestNode(t)
	fib := "../../examples/fibonacci/fibonacci.elf"

	out, err := runRoot(t, "status", "--addr", addr)
	if err != nil || !regexp.MustCompile(`(?m)^state +BOOTING`).MatchString(out) || !strings.Contains(out, "v0_0_1") {
		t.Fatalf("status: %v\n%s", err, out)
	}

	out, err = runRoot(t, "execute", fib, "--input", "0a000000", "--addr", addr)
	if err != nil || !strings.Contains(out, "COMPLETED_OK") || !strings.Contains(out, "output     0x37000000") {
		t.Fatalf("execute: %v\n%s", err, out)
	}
	out, err = runRoot(t, "execute", "../../examples/fault/fault.elf", "--input", "03000000", "--addr", addr)
	if err == nil || !strings.Contains(out, "COMPLETED_ERR") {
		t.Fatalf("execute of a faulting program: %v\n%s", err, out)
	}

	// the node does not know the program yet: --no-elf is refused
	if _, err := runRoot(t, "gen-proof", fib, "--input", "0a000000", "--no-elf", "--addr", addr); err == nil || !strings.Contains(err.Error(), "unknown program") {
		t.Fatalf("gen-proof --no-elf of an unknown program: %v", err)
	}
	out, err = runRoot(t, "gen-proof", fib, "--input", "0a000000", "--addr", addr)
	if err != nil {
		t.Fatalf("gen-proof: %v\n%s", err, out)
	}
	id := strings.TrimSpace(out)
	out, err = runRoot(t, "gen-proof", fib, "--input", "0b000000", "--no-elf", "--nonce", "1", "--addr", addr, "--json")
	if err != nil {
		t.Fatalf("gen-proof --json: %v\n%s", err, out)
	}
	var gp struct{ ID, Result string }
	if err := json.Unmarshal([]byte(out), &gp); err != nil || gp.Result != "RESULT_GEN_PROOF_OK" || gp.ID == "" {
		t.Fatalf("gen-proof JSON %q: %v", out, err)
	}

	out, err = runRoot(t, "status", "--addr", addr, "--json")
	if err != nil || !strings.Contains(out, id) || !strings.Contains(out, gp.ID) {
		t.Fatalf("status --json: %v\n%s", err, out)
	}

	outFile := t.TempDir() + "/proof.json"
	out, err = runRoot(t, "get-proof", id, "--wait", "1", "--addr", addr)
	if err != nil || !strings.Contains(out, "result  PENDING") {
		t.Fatalf("get-proof: %v\n%s", err, out)
	}
	// a pending job has no proof: --out writes nothing and says why
	out, err = runRoot(t, "get-proof", id, "--out", outFile, "--addr", addr)
	if err == nil || !strings.Contains(err.Error(), "nothing written to "+outFile) || !strings.Contains(err.Error(), "PENDING") {
		t.Fatalf("get-proof --out of a pending job: %v\n%s", err, out)
	}
	if _, serr := os.Stat(outFile); !errors.Is(serr, os.ErrNotExist) {
		t.Fatalf("%s written for a pending job: %v", outFile, serr)
	}

	out, err = runRoot(t, "cancel", id, "--addr", addr)
	if err != nil || !strings.Contains(out, "cancelled "+id) {
		t.Fatalf("cancel: %v\n%s", err, out)
	}
	if _, err := runRoot(t, "cancel", id, "--addr", addr); err == nil {
		t.Fatal("second cancel succeeded")
	}
	out, err = runRoot(t, "get-proof", id, "--addr", addr)
	if err == nil || !strings.Contains(out, "CANCEL") {
		t.Fatalf("get-proof of a cancelled job: %v\n%s", err, out)
	}
	if _, err := runRoot(t, "get-proof", "not-a-uuid", "--addr", addr); err == nil {
		t.Fatal("get-proof of a malformed id succeeded")
	}
}

// TestGetProofChainJobID: get-proof given a chain job's id (0x + 64 hex, or job/0x…) names
// relay status instead of the node's "want a UUID" (an operator's review).
func TestGetProofChainJobID(t *testing.T) {
	id := "0x" + strings.Repeat("ab", 32)
	for _, arg := range []string{id, "job/" + id} {
		if _, err := runRoot(t, "get-proof", arg, "--addr", "127.0.0.1:1"); err == nil || !strings.Contains(err.Error(), "zkprover relay status "+id) {
			t.Fatalf("get-proof %s: %v, want a pointer to relay status", arg, err)
		}
	}
}
