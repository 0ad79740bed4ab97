package main

import (
	"bytes"
	"context"
	"net"
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

// TestNodeOffLoopbackNeedsCredentials: a node whose gRPC door is off
// loopback with TLS but without auth-tokens does not start (it started and
// took every caller as an anonymous admin); with tokens it starts; with
// insecure=true and neither TLS nor tokens it starts and logs each exposure
// as a warning. A node whose certificate has expired, or whose token file
// others may write, does not start.
func TestNodeOffLoopbackNeedsCredentials(t *testing.T) {
	ip := offLoopbackIP(t).String()
	ca := tlstest.NewCA(t)
	cert, key := ca.IssueWith(t, "node", true, tlstest.Options{IPs: []net.IP{net.ParseIP(ip)}})
	tokens := filepath.Join(t.TempDir(), "tokens")
	if err := os.WriteFile(tokens, []byte("cli:"+auth.Hash("s3cret")+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	base := func() config.Config {
		cfg := config.Default()
		cfg.Prover.SegmentClass = 0
		cfg.Node.Addr, cfg.Node.MetricsAddr, cfg.Node.Data = net.JoinHostPort(ip, "0"), "", t.TempDir()
		cfg.Chain.Enabled = false
		cfg.Coprocessor.GatewayAddr = ""
		return cfg
	}
	newNode := func(cfg config.Config, log zerolog.Logger) error {
		n, err := node.New(cfg, node.Options{Logger: log, OpenProver: node.NoProver})
		if err != nil {
			return err
		}
		ctx, cancel := context.WithCancel(context.Background())
		cancel() // built: stop at once (Run closes the store and listeners)
		if err := n.Run(ctx); err != nil {
			t.Errorf("stopping the node: %v", err)
		}
		return nil
	}

	cfg := base()
	cfg.Security.TLSCert, cfg.Security.TLSKey = cert, key
	if err := newNode(cfg, zerolog.Nop()); err == nil || !strings.Contains(err.Error(), "anonymous admin") {
		t.Fatalf("off loopback with TLS, no tokens: %v, want refused", err)
	}
	cfg.Security.AuthTokens = tokens
	if err := newNode(cfg, zerolog.Nop()); err != nil {
		t.Fatalf("off loopback with TLS and tokens: %v", err)
	}

	// a token file that group or others may write
	if err := os.Chmod(tokens, 0o666); err != nil {
		t.Fatal(err)
	}
	if err := newNode(cfg, zerolog.Nop()); err == nil || !strings.Contains(err.Error(), "chmod 600 "+tokens) {
		t.Fatalf("a world-writable token file: %v, want refused", err)
	}
	if err := os.Chmod(tokens, 0o600); err != nil {
		t.Fatal(err)
	}
	// an expired certificate
	old, oldKey := ca.IssueWith(t, "old", true, tlstest.Options{NotBefore: time.Now().Add(-48 * time.Hour), NotAfter: time.Now().Add(-time.Minute)})
	cfg.Security.TLSCert, cfg.Security.TLSKey = old, oldKey
	if err := newNode(cfg, zerolog.Nop()); err == nil || !strings.Contains(err.Error(), "expired") {
		t.Fatalf("an expired certificate: %v, want refused", err)
	}

	cfg = base()
	cfg.Security.Insecure = true
	var logs bytes.Buffer
	if err := newNode(cfg, zerolog.New(&logs)); err != nil {
		t.Fatalf("insecure: %v", err)
	}
	for _, want := range []string{"no TLS", "anonymous admin"} {
		if !strings.Contains(logs.String(), `"level":"warn"`) || !strings.Contains(logs.String(), want) {
			t.Errorf("insecure start logs no warning with %q:\n%s", want, logs.String())
		}
	}
}
