package main

import (
	"context"
	"crypto/tls"
	"errors"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/credentials/insecure"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"

	"github.com/zkprover/zkprover/auth"
	"github.com/zkprover/zkprover/config"
	"github.com/zkprover/zkprover/node"
	"github.com/zkprover/zkprover/tlsconf"
	"github.com/zkprover/zkprover/tlsconf/tlstest"
)

// offLoopbackIP is an address of this machine that is not loopback (a
// listener there is what a node on the network is); the test is skipped on
// a machine without one.
func offLoopbackIP(t *testing.T) net.IP {
	t.Helper()
	addrs, err := net.InterfaceAddrs()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range addrs {
		if n, ok := a.(*net.IPNet); ok && n.IP.To4() != nil && !n.IP.IsLoopback() && !n.IP.IsLinkLocalUnicast() {
			if l, err := net.Listen("tcp", net.JoinHostPort(n.IP.String(), "0")); err == nil {
				_ = l.Close()
				return n.IP
			}
		}
	}
	t.Skip("this machine has no address off loopback to listen on")
	return nil
}

// seen records the authorization values a test server received.
type seen struct {
	mu   sync.Mutex
	vals []string
}

func (s *seen) add(v ...string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.vals = append(s.vals, v...)
}

func (s *seen) all() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return strings.Join(s.vals, ",")
}

// recordingGRPC serves every gRPC method on ip (TLS with tc when not nil):
// it records the call's authorization metadata and answers UNIMPLEMENTED.
func recordingGRPC(t *testing.T, ip string, tc *tls.Config) (string, *seen) {
	t.Helper()
	var s seen
	creds := insecure.NewCredentials()
	if tc != nil {
		creds = credentials.NewTLS(tc)
	}
	srv := grpc.NewServer(grpc.Creds(creds), grpc.UnknownServiceHandler(func(_ any, ss grpc.ServerStream) error {
		md, _ := metadata.FromIncomingContext(ss.Context())
		s.add("call:" + strings.Join(md.Get("authorization"), ";"))
		return status.Error(codes.Unimplemented, "recording server")
	}))
	l, err := net.Listen("tcp", net.JoinHostPort(ip, "0"))
	if err != nil {
		t.Fatal(err)
	}
	go func() { _ = srv.Serve(l) }()
	t.Cleanup(srv.Stop)
	return l.Addr().String(), &s
}

// recordingHTTP serves HTTP on ip (TLS with tc when not nil): it records
// each request's Authorization header and answers 404.
func recordingHTTP(t *testing.T, ip string, tc *tls.Config) (string, *seen) {
	t.Helper()
	var s seen
	l, err := net.Listen("tcp", net.JoinHostPort(ip, "0"))
	if err != nil {
		t.Fatal(err)
	}
	if tc != nil {
		l = tls.NewListener(l, tc)
	}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.add("call:" + r.Header.Get("Authorization"))
		http.NotFound(w, r)
	}), ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = srv.Serve(l) }()
	t.Cleanup(func() { _ = srv.Close() })
	return l.Addr().String(), &s
}

// TestTokenNeverInPlaintextOffLoopback: the client commands (gRPC) and the
// relay status commands (HTTP) refuse to send $ZKPROVER_TOKEN in plaintext
// to an address off loopback, naming --tls, and the server gets nothing
// (they sent it to any address); in plaintext to loopback, and over TLS to
// any address, they send it; without a token they call in plaintext
// anywhere.
func TestTokenNeverInPlaintextOffLoopback(t *testing.T) {
	ip := offLoopbackIP(t).String()
	ca := tlstest.NewCA(t)
	cert, key := ca.IssueWith(t, "node", true, tlstest.Options{IPs: []net.IP{net.ParseIP(ip)}})
	tc, err := (tlsconf.Server{CertFile: cert, KeyFile: key}).Config()
	if err != nil {
		t.Fatal(err)
	}
	const token = "s3cret-token"
	for _, door := range []struct {
		name  string
		serve func(*testing.T, string, *tls.Config) (string, *seen)
		call  func(addr string, tlsArgs ...string) error
	}{
		{"gRPC client commands", recordingGRPC, func(addr string, tlsArgs ...string) error {
			_, err := runRoot(t, append([]string{"status", "--addr", addr, "--call-timeout", "10s"}, tlsArgs...)...)
			return err
		}},
		{"relay status API", recordingHTTP, func(addr string, tlsArgs ...string) error {
			_, err := runRoot(t, append([]string{"relay", "list", "--relay-status-addr", addr}, tlsArgs...)...)
			return err
		}},
	} {
		t.Run(door.name, func(t *testing.T) {
			t.Setenv("ZKPROVER_TOKEN", token)
			// plaintext off loopback: refused before any connection
			addr, got := door.serve(t, ip, nil)
			err := door.call(addr)
			if !errors.Is(err, errTokenInPlaintext) || !strings.Contains(err.Error(), "--tls") || !strings.Contains(err.Error(), addr) {
				t.Fatalf("plaintext to %s with a token: %v, want a refusal naming the address and --tls", addr, err)
			}
			if got.all() != "" {
				t.Fatalf("the server off loopback received %q", got.all())
			}
			// without a token, plaintext off loopback is the user's business
			t.Setenv("ZKPROVER_TOKEN", "")
			if err := door.call(addr); errors.Is(err, errTokenInPlaintext) || got.all() != "call:" {
				t.Fatalf("without a token: %v, the server got %q", err, got.all())
			}
			t.Setenv("ZKPROVER_TOKEN", token)
			// plaintext on loopback: sent
			addr, got = door.serve(t, "127.0.0.1", nil)
			if err := door.call(addr); errors.Is(err, errTokenInPlaintext) || got.all() != "call:Bearer "+token {
				t.Fatalf("plaintext on loopback: %v, the server got %q", err, got.all())
			}
			// TLS off loopback: sent
			addr, got = door.serve(t, ip, tc)
			if err := door.call(addr, "--tls-ca", ca.File); errors.Is(err, errTokenInPlaintext) || got.all() != "call:Bearer "+token {
				t.Fatalf("TLS off loopback: %v, the server got %q", err, got.all())
			}
		})
	}
}

// TestLocalTarget: the gRPC targets that count as this machine.
func TestLocalTarget(t *testing.T) {
	for target, want := range map[string]bool{
		"127.0.0.1:50051": true, "localhost:50051": true, "[::1]:50051": true, "dns:///localhost:50051": true,
		"passthrough:///127.0.0.1:1": true, "unix:///run/zkprover.sock": true, "unix-abstract:zk": true,
		"0.0.0.0:50051": false, "prover.example:50051": false, "dns:///prover.example:50051": false,
		"dns://8.8.8.8/localhost:50051": false, "10.0.0.1:50051": false,
	} {
		if got := localTarget(target); got != want {
			t.Errorf("localTarget(%q) = %v", target, got)
		}
	}
}

// TestNodeBoundsTokensAndMetadata: a node refuses, over loopback gRPC, a
// bearer token longer than auth.MaxTokenBytes even when the token file
// holds its hash (it hashed and took it), and a call whose metadata is over
// node.MaxHeaderListBytes (grpc-go's default took 16 MiB).
func TestNodeBoundsTokensAndMetadata(t *testing.T) {
	long := strings.Repeat("L", auth.MaxTokenBytes+1)
	tokens := filepath.Join(t.TempDir(), "tokens")
	if err := os.WriteFile(tokens, []byte("cli:"+auth.Hash("s3cret")+"\nlong:"+auth.Hash(long)+":admin\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg := config.Default()
	cfg.Prover.SegmentClass = 0 // no background long-run key setup
	cfg.Node.Addr, cfg.Node.MetricsAddr, cfg.Node.Data = "127.0.0.1:0", "", t.TempDir()
	cfg.Chain.Enabled = false
	cfg.Coprocessor.GatewayAddr = ""
	cfg.Security.AuthTokens = tokens
	addr := startNodeWith(t, cfg, node.NoProver)

	t.Setenv("ZKPROVER_TOKEN", "s3cret")
	if out, err := runRoot(t, "status", "--addr", addr); err != nil || !strings.Contains(out, "BOOTING") {
		t.Fatalf("status with a token: %v\n%s", err, out)
	}
	t.Setenv("ZKPROVER_TOKEN", long)
	if _, err := runRoot(t, "status", "--addr", addr); err == nil || !strings.Contains(err.Error(), "Unauthenticated") || !strings.Contains(err.Error(), "longer than") {
		t.Fatalf("status with a %d-byte token: %v, want Unauthenticated", len(long), err)
	}

	conn, err := grpc.NewClient(addr, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	hc := healthpb.NewHealthClient(conn)
	check := func(md ...string) error {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		_, err := hc.Check(metadata.AppendToOutgoingContext(ctx, md...), &healthpb.HealthCheckRequest{})
		return err
	}
	if err := check("x-small", "1"); err != nil {
		t.Fatalf("health with small metadata: %v", err)
	}
	err = check("x-pad", strings.Repeat("p", node.MaxHeaderListBytes+1))
	// grpc-go's client reads the bound from the server's settings and
	// refuses to send (another client's frames get the stream reset)
	if err == nil || !strings.Contains(err.Error(), "header list size") {
		t.Fatalf("a call with %d bytes of metadata: %v, want refused by the header list size", node.MaxHeaderListBytes+1, err)
	}
	if err := check("x-small", "1"); err != nil {
		t.Fatalf("health after the refused call: %v", err)
	}
}
