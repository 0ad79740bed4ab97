package auth

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/health"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/status"
)

// longToken is a token one byte over MaxTokenBytes.
var longToken = strings.Repeat("t", MaxTokenBytes+1)

// boundTokens is a token file (mode 0600) holding a short token and, as an
// admin, the hash of longToken: only the bound keeps the long one out.
func boundTokens(t *testing.T) *Tokens {
	t.Helper()
	f := filepath.Join(t.TempDir(), "tokens")
	if err := os.WriteFile(f, []byte("short:"+Hash("short")+":read\nlong:"+Hash(longToken)+":admin\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tok, err := LoadTokens(f)
	if err != nil {
		t.Fatal(err)
	}
	return tok
}

// TestLongBearerRefusedOverGRPC: through a loopback gRPC server behind the
// guard, a bearer token longer than MaxTokenBytes is UNAUTHENTICATED even
// when its hash is in the file (it was hashed and let in: any size up to the
// 16 MiB header list), a short one is let in.
func TestLongBearerRefusedOverGRPC(t *testing.T) {
	g := NewGuard(boundTokens(t), map[string]Role{"/grpc.health.v1.Health/Check": Read})
	srv := grpc.NewServer(grpc.ChainUnaryInterceptor(g.Unary))
	healthpb.RegisterHealthServer(srv, health.NewServer())
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go func() { _ = srv.Serve(l) }()
	t.Cleanup(srv.Stop)
	conn, err := grpc.NewClient(l.Addr().String(), grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = conn.Close() })
	hc := healthpb.NewHealthClient(conn)
	call := func(token string) error {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		_, err := hc.Check(ctx, &healthpb.HealthCheckRequest{}, grpc.PerRPCCredentials(PerRPC{Token: token}))
		return err
	}
	if err := call("short"); err != nil {
		t.Fatalf("short token: %v", err)
	}
	err = call(longToken)
	if status.Code(err) != codes.Unauthenticated || !strings.Contains(err.Error(), "longer than") {
		t.Fatalf("a %d-byte token: %v, want UNAUTHENTICATED (longer than %d bytes)", len(longToken), err, MaxTokenBytes)
	}
}

// TestLongAuthorizationRefusedOverHTTP: the HTTP guard (the gateway, the
// Infernet endpoint, the relay status API) refuses an over-long bearer token
// with 401 through a loopback HTTP server, and a 64 KiB authorization value
// too (the guard refuses a megabyte before parsing it).
func TestLongAuthorizationRefusedOverHTTP(t *testing.T) {
	g := NewGuard(boundTokens(t), nil)
	srv := httptest.NewServer(g.HTTP(Read, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = w.Write([]byte(From(r.Context()).Name))
	})))
	t.Cleanup(srv.Close)
	for _, c := range []struct {
		authz string
		want  int
	}{
		{"Bearer short", http.StatusOK},
		{"Bearer " + longToken, http.StatusUnauthorized},
		{"Bearer " + strings.Repeat("x", 64<<10), http.StatusUnauthorized},
	} {
		req, err := http.NewRequest(http.MethodGet, srv.URL, nil)
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Authorization", c.authz)
		resp, err := srv.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		_ = resp.Body.Close()
		if resp.StatusCode != c.want {
			t.Errorf("authorization of %d bytes: %s, want %d", len(c.authz), resp.Status, c.want)
		}
	}
	if _, err := g.Check("Bearer "+strings.Repeat("x", 1<<20), Read); !errors.Is(err, ErrUnauthenticated) || !strings.Contains(err.Error(), "longer than") {
		t.Errorf("a megabyte authorization value: %v", err)
	}
}

// TestTokenFileWritableByOthersRefused: a token file that group or others
// may write is refused at load (anyone who may write it may add an admin
// token), with the chmod that fixes it; an edit made while the file is so
// is not taken, and is once the mode is the operator's again.
func TestTokenFileWritableByOthersRefused(t *testing.T) {
	f := filepath.Join(t.TempDir(), "tokens")
	if err := os.WriteFile(f, []byte("alice:"+Hash("a")+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, mode := range []os.FileMode{0o620, 0o602, 0o666} {
		if err := os.Chmod(f, mode); err != nil {
			t.Fatal(err)
		}
		if _, err := LoadTokens(f); err == nil || !strings.Contains(err.Error(), "chmod 600 "+f) {
			t.Errorf("mode %04o: %v, want a refusal saying chmod 600 %s", mode, err, f)
		}
	}
	if err := os.Chmod(f, 0o644); err != nil { // readable is fine: the file holds hashes only
		t.Fatal(err)
	}
	tok, err := LoadTokens(f)
	if err != nil {
		t.Fatalf("mode 0644: %v", err)
	}
	// A local user with group write adds an admin token: not taken.
	if err := os.Chmod(f, 0o664); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(f, []byte("alice:"+Hash("a")+"\nmallory:"+Hash("m")+":admin\n"), 0o664); err != nil {
		t.Fatal(err)
	}
	time.Sleep(1100 * time.Millisecond) // past the re-check interval
	if _, err := tok.Authenticate("m"); !errors.Is(err, ErrUnauthenticated) {
		t.Fatalf("a token added to a group-writable file was taken: %v", err)
	}
	if _, err := tok.Authenticate("a"); err != nil {
		t.Fatalf("the tokens in force were dropped: %v", err)
	}
	// The operator fixes the mode (and owns the edit): taken.
	if err := os.Chmod(f, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(f, []byte("alice:"+Hash("a")+"\nops:"+Hash("o")+":admin\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	waitAdmin(t, tok, "o", "the edit of a file of mode 0600")
}
