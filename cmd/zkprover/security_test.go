package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/auth"
	"github.com/zkprover/zkprover/config"
	"github.com/zkprover/zkprover/node"
	"github.com/zkprover/zkprover/tlsconf/tlstest"
)

// TestClientTLSAndToken: the client commands reach a node that requires TLS
// and a token with --tls-ca and $ZKPROVER_TOKEN, and are refused without.
func TestClientTLSAndToken(t *testing.T) {
	ca := tlstest.NewCA(t)
	cert, key := ca.Issue(t, "node", true)
	tokens := filepath.Join(t.TempDir(), "tokens")
	if err := os.WriteFile(tokens, []byte("cli:"+auth.Hash("s3cret")+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg := config.Default()
	cfg.Prover.SegmentClass = 0 // no background long-run key setup
	cfg.Node.Addr, cfg.Node.MetricsAddr, cfg.Node.Data = "127.0.0.1:0", "", t.TempDir()
	cfg.Chain.Enabled = false
	cfg.Coprocessor.GatewayAddr = ""
	cfg.Security.TLSCert, cfg.Security.TLSKey, cfg.Security.AuthTokens = cert, key, tokens
	n, err := node.New(cfg, node.Options{Logger: zerolog.Nop(), OpenProver: node.NoProver})
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
	addr := n.Addr().String()

	t.Setenv("ZKPROVER_TOKEN", "")
	if _, err := runRoot(t, "status", "--addr", addr, "--call-timeout", "5s"); err == nil {
		t.Fatal("plaintext status reached a TLS node")
	}
	if _, err := runRoot(t, "status", "--addr", addr, "--tls-ca", ca.File); err == nil || !strings.Contains(err.Error(), "Unauthenticated") {
		t.Fatalf("status without a token: %v", err)
	}
	t.Setenv("ZKPROVER_TOKEN", "s3cret")
	out, err := runRoot(t, "status", "--addr", addr, "--tls-ca", ca.File)
	if err != nil || !strings.Contains(out, "BOOTING") {
		t.Fatalf("status with TLS and a token: %v\n%s", err, out)
	}
}
