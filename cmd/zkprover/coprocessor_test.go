package main

import (
	"crypto/tls"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/fleet"
	pb "github.com/zkprover/zkprover/proto/coprocessor_node/v1"
	"github.com/zkprover/zkprover/statement"
	"github.com/zkprover/zkprover/tlsconf"
	"github.com/zkprover/zkprover/tlsconf/tlstest"
)

// TestCoprocessorCommands: submit-program, submit-job (signed with a key
// file) and get-result against a node (no chain side: nothing is relayed).
func TestCoprocessorCommands(t *testing.T) {
	addr := startTestNode(t)
	fib := "../../examples/fibonacci/fibonacci.elf"
	elf, err := os.ReadFile(fib)
	if err != nil {
		t.Fatal(err)
	}
	p, err := executor.LoadELF(elf, executor.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	id := statement.ProgramID(p.Entry, p.Base, p.Words)
	want := fmt.Sprintf("0x%x", id.Bytes())
	out, err := runRoot(t, "submit-program", fib, "--addr", addr)
	if err != nil || strings.TrimSpace(out) != want {
		t.Fatalf("submit-program: %v\n%s (want %s)", err, out, want)
	}
	key := filepath.Join(t.TempDir(), "signer.key")
	if err := os.WriteFile(key, []byte("0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	args := []string{"submit-job", fib, "--input", "0a000000", "--consumer", "0x00000000000000000000000000000000000000c0",
		"--key-file", key, "--job-manager", "0x00000000000000000000000000000000000000f1", "--chain-id", "1337", "--addr", addr}
	if _, err := runRoot(t, args...); err == nil || !strings.Contains(err.Error(), "--nonce") {
		t.Fatalf("submit-job without a nonce or an RPC URL: %v", err)
	}
	out, err = runRoot(t, append(args, "--nonce", "9223372036854775809")...)
	jid := strings.TrimSpace(out)
	if err != nil || len(jid) != 66 {
		t.Fatalf("submit-job: %v\n%s", err, out)
	}
	if _, err := runRoot(t, append(args, "--nonce", "9223372036854775809")...); err == nil || !strings.Contains(err.Error(), "AlreadyExists") {
		t.Fatalf("the same nonce again: %v", err)
	}
	out, err = runRoot(t, "get-result", jid, "--addr", addr)
	if err != nil || !strings.Contains(out, "status:   PENDING") || !strings.Contains(out, "nonce 9223372036854775809") {
		t.Fatalf("get-result: %v\n%s", err, out)
	}
	if _, err := runRoot(t, "get-result", "0x1234", "--addr", addr); err == nil {
		t.Fatal("get-result of a short id")
	}
}

// TestGetResultExit: get-result exits non-zero for a failed job (it
// exited 0 whatever the status), zero for a result or a pending job.
func TestGetResultExit(t *testing.T) {
	st := func(s pb.JobStatusType, why string) *pb.JobResult {
		return &pb.JobResult{Status: &pb.JobStatus{Status: s, FailureReason: &why}}
	}
	for _, ok := range []pb.JobStatusType{pb.JobStatusType_JOB_STATUS_TYPE_DONE, pb.JobStatusType_JOB_STATUS_TYPE_RELAYED, pb.JobStatusType_JOB_STATUS_TYPE_PENDING} {
		if err := jobResultErr([]byte{1}, st(ok, "")); err != nil {
			t.Errorf("%s: %v", ok, err)
		}
	}
	if err := jobResultErr([]byte{1}, st(pb.JobStatusType_JOB_STATUS_TYPE_FAILED, "cycle limit")); err == nil || !strings.Contains(err.Error(), "FAILED cycle limit") {
		t.Errorf("failed: %v", err)
	}
	if err := jobResultErr([]byte{1}, nil); err == nil {
		t.Error("no result: success")
	}
}

// TestFleetServerNeedsCredentialsOffLoopback: `zkprover fleet server` on
// every interface without clients' credentials is refused (it listened on
// 0.0.0.0 by default with no authentication), unless --insecure; on
// loopback (the default now) it needs none.
func TestFleetServerNeedsCredentialsOffLoopback(t *testing.T) {
	t.Setenv("ZKPROVER_FLEET_TOKEN", "")
	t.Setenv("ZKPROVER_FLEET_USER", "")
	if _, err := runRoot(t, "fleet", "server", "--store", t.TempDir(), "--host", "0.0.0.0", "--port", "-1"); err == nil || !strings.Contains(err.Error(), "credentials") {
		t.Fatalf("off loopback without credentials: %v", err)
	}
	for _, c := range []struct {
		name string
		cfg  fleet.EmbedConfig
		ok   bool
	}{
		{"loopback", fleet.EmbedConfig{Host: "127.0.0.1"}, true},
		{"every interface", fleet.EmbedConfig{Host: "0.0.0.0"}, false},
		{"with a token", fleet.EmbedConfig{Host: "0.0.0.0", Auth: fleet.Auth{Token: "t"}}, true},
		{"a cluster port off loopback", fleet.EmbedConfig{Host: "127.0.0.1", ClusterHost: "10.0.0.1", ClusterPort: 6222}, false},
		{"routes without their user", fleet.EmbedConfig{Host: "0.0.0.0", Auth: fleet.Auth{Token: "t"}, ClusterPort: 6222}, false},
		{"routes with their user", fleet.EmbedConfig{Host: "0.0.0.0", Auth: fleet.Auth{Token: "t"}, ClusterPort: 6222, ClusterAuth: fleet.Auth{User: "r", Password: "p"}}, true},
		{"client certificates", fleet.EmbedConfig{Host: "0.0.0.0", TLS: &tlsconf.Server{CertFile: "c", KeyFile: "k", ClientCAFile: "ca"}}, true},
	} {
		if err := checkFleetServer(c.cfg, false); (err == nil) != c.ok {
			t.Errorf("%s: %v", c.name, err)
		}
		if err := checkFleetServer(c.cfg, true); err != nil {
			t.Errorf("%s with --insecure: %v", c.name, err)
		}
	}
}

// TestRelayStatusOverTLS: `relay list` reaches a relay status API served
// with TLS (the node serves every listener with its tls-cert) with
// --tls-ca; it spoke plain HTTP only, and got 400.
func TestRelayStatusOverTLS(t *testing.T) {
	ca := tlstest.NewCA(t)
	cert, key := ca.Issue(t, "127.0.0.1", true)
	tc, err := (tlsconf.Server{CertFile: cert, KeyFile: key}).Config()
	if err != nil {
		t.Fatal(err)
	}
	l, err := tls.Listen("tcp", "127.0.0.1:0", tc)
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{ReadHeaderTimeout: 10 * time.Second, Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/v1/relay" {
			http.NotFound(w, r)
			return
		}
		_, _ = w.Write([]byte(`{"requests":[],"counts":{"confirmed":3},"relayer":"0x00000000000000000000000000000000000000aa"}`))
	})}
	go func() { _ = srv.Serve(l) }()
	defer srv.Close()
	addr := l.Addr().String()
	if _, err := runRoot(t, "relay", "list", "--relay-status-addr", addr); err == nil {
		t.Fatal("plain HTTP to a TLS status API succeeded")
	}
	out, err := runRoot(t, "relay", "list", "--relay-status-addr", addr, "--tls-ca", ca.File)
	if err != nil || !strings.Contains(out, "0x00000000000000000000000000000000000000aa") {
		t.Fatalf("relay list over TLS: %v\n%s", err, out)
	}
}

// fakeRPC answers eth_chainId (1337) and every eth_call with the 32-byte word nonce (what
// getNextOffchainNonce() reads), as a chain whose consumer counts delivered nonces only.
func fakeRPC(t *testing.T, nonce uint64) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			ID     json.RawMessage `json:"id"`
			Method string          `json:"method"`
		}
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		result := "0x539"
		if req.Method == "eth_call" {
			result = fmt.Sprintf("0x%064x", nonce)
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = fmt.Fprintf(w, `{"jsonrpc":"2.0","id":%s,"result":%q}`, req.ID, result)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// TestSubmitJobNonceAndContext: without --nonce, two submissions in a row take two nonces
// (the chain's next one, then past the node's pending job of the consumer), the chain id comes
// from --rpc-url, and the fixed context flags of an offchain job are refused.
func TestSubmitJobNonceAndContext(t *testing.T) {
	addr := startTestNode(t)
	fib := "../../examples/fibonacci/fibonacci.elf"
	if _, err := runRoot(t, "submit-program", fib, "--addr", addr); err != nil {
		t.Fatal(err)
	}
	key := filepath.Join(t.TempDir(), "signer.key")
	if err := os.WriteFile(key, []byte("0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	const next = 9223372036854775809
	args := []string{"submit-job", fib, "--input", "0a000000", "--consumer", "0x00000000000000000000000000000000000000c0",
		"--key-file", key, "--job-manager", "0x00000000000000000000000000000000000000f1", "--rpc-url", fakeRPC(t, next), "--addr", addr}
	for _, flag := range []string{"--timestamp", "--batch"} {
		if _, err := runRoot(t, append(args, flag, "5")...); err == nil || !strings.Contains(err.Error(), "context is fixed") {
			t.Fatalf("submit-job %s: %v", flag, err)
		}
	}
	for i := range uint64(2) {
		out, err := runRoot(t, args...)
		if err != nil {
			t.Fatalf("submission %d: %v\n%s", i, err, out)
		}
		res, err := runRoot(t, "get-result", strings.TrimSpace(out), "--addr", addr)
		if want := fmt.Sprintf("nonce %d", next+i); err != nil || !strings.Contains(res, want) {
			t.Fatalf("submission %d: %v\n%s\nwant %s", i, err, res, want)
		}
	}
}
