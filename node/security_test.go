package node

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/credentials/insecure"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/status"

	"github.com/zkprover/zkprover/auth"
	"github.com/zkprover/zkprover/config"
	"github.com/zkprover/zkprover/doors/zkprover"
	"github.com/zkprover/zkprover/executor"
	pb "github.com/zkprover/zkprover/proto/zkprover/v1"
	"github.com/zkprover/zkprover/tlsconf"
	"github.com/zkprover/zkprover/tlsconf/tlstest"
)

// dial connects to the node with the given transport and token ("" none).
func dial(t *testing.T, addr string, tc *tls.Config, token string) pb.ZKProverServiceClient {
	return dialTB(t, addr, tc, token)
}

func dialTB(t testing.TB, addr string, tc *tls.Config, token string) pb.ZKProverServiceClient {
	t.Helper()
	opts := []grpc.DialOption{grpc.WithTransportCredentials(insecure.NewCredentials())}
	if tc != nil {
		opts[0] = grpc.WithTransportCredentials(credentials.NewTLS(tc))
	}
	if token != "" {
		opts = append(opts, grpc.WithPerRPCCredentials(auth.PerRPC{Token: token}))
	}
	conn, err := grpc.NewClient("passthrough:///"+addr, opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = conn.Close() })
	return pb.NewZKProverServiceClient(conn)
}

func clientTLS(t *testing.T, c tlsconf.Client) *tls.Config {
	t.Helper()
	c.ServerName = "127.0.0.1"
	tc, err := c.Config()
	if err != nil {
		t.Fatal(err)
	}
	return tc
}

func TestTLSOnlyNodeRefusesPlaintext(t *testing.T) {
	ca := tlstest.NewCA(t)
	cert, key := ca.Issue(t, "node", true)
	tn := startNode(t, t.TempDir(), nil, func(c *config.Config) { c.Security.TLSCert, c.Security.TLSKey = cert, key })
	ctx := ctxT(t)
	if _, err := dial(t, tn.Addr().String(), nil, "").GetStatus(ctx, &pb.GetStatusRequest{}); status.Code(err) != codes.Unavailable {
		t.Fatalf("plaintext call to a TLS node: %v", err)
	}
	if _, err := dial(t, tn.Addr().String(), clientTLS(t, tlsconf.Client{}), "").GetStatus(ctx, &pb.GetStatusRequest{}); status.Code(err) != codes.Unavailable {
		t.Fatalf("TLS call that does not trust the node's CA: %v", err)
	}
	if _, err := dial(t, tn.Addr().String(), clientTLS(t, tlsconf.Client{CAFile: ca.File}), "").GetStatus(ctx, &pb.GetStatusRequest{}); err != nil {
		t.Fatalf("TLS call: %v", err)
	}
}

func TestMTLSNodeRefusesClientWithoutCertificate(t *testing.T) {
	ca := tlstest.NewCA(t)
	cert, key := ca.Issue(t, "node", true)
	tn := startNode(t, t.TempDir(), nil, func(c *config.Config) {
		c.Security.TLSCert, c.Security.TLSKey, c.Security.TLSClientCA = cert, key, ca.File
	})
	ctx := ctxT(t)
	if _, err := dial(t, tn.Addr().String(), clientTLS(t, tlsconf.Client{CAFile: ca.File}), "").GetStatus(ctx, &pb.GetStatusRequest{}); err == nil {
		t.Fatal("a client without a certificate was served by an mTLS node")
	}
	other := tlstest.NewCA(t) // a certificate from a CA the node does not trust
	oc, ok := other.Issue(t, "stranger", false)
	if _, err := dial(t, tn.Addr().String(), clientTLS(t, tlsconf.Client{CAFile: ca.File, CertFile: oc, KeyFile: ok}), "").GetStatus(ctx, &pb.GetStatusRequest{}); err == nil {
		t.Fatal("a client certificate of another CA was accepted")
	}
	cc, ck := ca.Issue(t, "client", false)
	if _, err := dial(t, tn.Addr().String(), clientTLS(t, tlsconf.Client{CAFile: ca.File, CertFile: cc, KeyFile: ck}), "").GetStatus(ctx, &pb.GetStatusRequest{}); err != nil {
		t.Fatalf("mTLS call: %v", err)
	}
}

// TestCertificateReload: a renewed certificate is served to new connections
// without a restart.
func TestCertificateReload(t *testing.T) {
	ca := tlstest.NewCA(t)
	cert, key := ca.Issue(t, "node", true)
	tn := startNode(t, t.TempDir(), nil, func(c *config.Config) { c.Security.TLSCert, c.Security.TLSKey = cert, key })
	served := func() *x509.Certificate {
		t.Helper()
		conn, err := tls.Dial("tcp", tn.Addr().String(), &tls.Config{RootCAs: pool(t, ca.File), ServerName: "127.0.0.1", NextProtos: []string{"h2"}})
		if err != nil {
			t.Fatal(err)
		}
		defer func() { _ = conn.Close() }()
		return conn.ConnectionState().PeerCertificates[0]
	}
	first := served()
	newCert, newKey := ca.Issue(t, "node-renewed", true)
	for _, f := range [][2]string{{newCert, cert}, {newKey, key}} {
		b, err := os.ReadFile(f[0])
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(f[1], b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	ctx := ctxT(t)
	for served().SerialNumber.Cmp(first.SerialNumber) == 0 {
		select {
		case <-ctx.Done():
			t.Fatal("the renewed certificate was never served")
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// TestClientCAReload: the client CA file is read again when it changes, so a
// CA added is trusted and a CA withdrawn refused on new connections, without
// a restart.
func TestClientCAReload(t *testing.T) {
	nodeCA, rotated := tlstest.NewCA(t), tlstest.NewCA(t)
	cert, key := nodeCA.Issue(t, "node", true)
	caFile := filepath.Join(t.TempDir(), "client-ca.pem")
	copyFile := func(from string) {
		t.Helper()
		b, err := os.ReadFile(from)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(caFile, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	copyFile(nodeCA.File)
	tn := startNode(t, t.TempDir(), nil, func(c *config.Config) {
		c.Security.TLSCert, c.Security.TLSKey, c.Security.TLSClientCA = cert, key, caFile
	})
	ctx := ctxT(t)
	call := func(ca *tlstest.CA) error {
		cc, ck := ca.Issue(t, "client", false)
		tc := clientTLS(t, tlsconf.Client{CAFile: nodeCA.File, CertFile: cc, KeyFile: ck})
		conn, err := grpc.NewClient("passthrough:///"+tn.Addr().String(), grpc.WithTransportCredentials(credentials.NewTLS(tc)))
		if err != nil {
			t.Fatal(err)
		}
		defer func() { _ = conn.Close() }()
		_, err = pb.NewZKProverServiceClient(conn).GetStatus(ctx, &pb.GetStatusRequest{})
		return err
	}
	if err := call(nodeCA); err != nil {
		t.Fatalf("a client of the configured CA: %v", err)
	}
	if call(rotated) == nil {
		t.Fatal("a client of a CA not (yet) in the file was served")
	}
	copyFile(rotated.File) // the old CA withdrawn, the new one trusted
	for call(rotated) != nil {
		select {
		case <-ctx.Done():
			t.Fatal("the new client CA was never trusted")
		case <-time.After(100 * time.Millisecond):
		}
	}
	if call(nodeCA) == nil {
		t.Fatal("a client of the withdrawn CA was still served")
	}
}

func pool(t *testing.T, file string) *x509.CertPool {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	p := x509.NewCertPool()
	p.AppendCertsFromPEM(b)
	return p
}

func writeTokens(t *testing.T, lines ...string) string { return writeTokensTB(t, lines...) }

func writeTokensTB(t testing.TB, lines ...string) string {
	t.Helper()
	f := filepath.Join(t.TempDir(), "tokens")
	if err := os.WriteFile(f, []byte(strings.Join(lines, "\n")+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	return f
}

// TestTokensAndOwnership: calls need a token of a sufficient role, and a
// client sees, waits on and cancels only its own jobs (an admin every job).
func TestTokensAndOwnership(t *testing.T) {
	file := writeTokens(t,
		"# name:sha256(token)[:role]",
		"alice:"+auth.Hash("alice-secret"),
		"bob:"+auth.Hash("bob-secret")+":submit",
		"watcher:"+auth.Hash("watcher-secret")+":read",
		"ops:"+auth.Hash("ops-secret")+":admin")
	tn := startNode(t, t.TempDir(), nil, func(c *config.Config) { c.Security.AuthTokens = file })
	ctx := ctxT(t)
	addr := tn.Addr().String()
	alice, bob, watcher, ops := dial(t, addr, nil, "alice-secret"), dial(t, addr, nil, "bob-secret"), dial(t, addr, nil, "watcher-secret"), dial(t, addr, nil, "ops-secret")

	for name, c := range map[string]pb.ZKProverServiceClient{"no token": dial(t, addr, nil, ""), "wrong token": dial(t, addr, nil, "guess")} {
		if _, err := c.GetStatus(ctx, &pb.GetStatusRequest{}); status.Code(err) != codes.Unauthenticated {
			t.Errorf("%s: GetStatus %v, want Unauthenticated", name, err)
		}
	}
	// Health stays open.
	conn, err := grpc.NewClient("passthrough:///"+addr, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = conn.Close() }()
	if _, err := healthpb.NewHealthClient(conn).Check(ctx, &healthpb.HealthCheckRequest{}); err != nil {
		t.Errorf("health without a token: %v", err)
	}

	fib := readExample(t, "fibonacci")
	in := input(t, fib, &executor.Input{Onchain: words(5)}, zkprover.InputOptions{IncludeELF: true})
	if _, err := watcher.GenProof(ctx, &pb.GenProofRequest{Input: in}); status.Code(err) != codes.PermissionDenied {
		t.Fatalf("GenProof with a read token: %v, want PermissionDenied", err)
	}
	if _, err := watcher.GetStatus(ctx, &pb.GetStatusRequest{}); err != nil {
		t.Fatalf("GetStatus with a read token: %v", err)
	}
	r, err := alice.GenProof(ctx, &pb.GenProofRequest{Input: in})
	if err != nil || r.Result != pb.GenProofResponse_RESULT_GEN_PROOF_OK {
		t.Fatalf("alice's GenProof: %v %v", r, err)
	}
	if job, err := tn.store.Get(r.Id); err != nil || job.Owner != "alice" {
		t.Fatalf("stored owner %q (%v)", job.Owner, err)
	}

	// Bob: alice's job is an unknown id to him, for reading, waiting and cancelling.
	getProof := func(c pb.ZKProverServiceClient, id string, timeout uint64) *pb.GetProofResponse {
		t.Helper()
		s, err := c.GetProof(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Send(&pb.GetProofRequest{Id: id, Timeout: timeout}); err != nil {
			t.Fatal(err)
		}
		resp, err := s.Recv()
		if err != nil {
			t.Fatal(err)
		}
		return resp
	}
	if g := getProof(bob, r.Id, 1); g.Result != pb.GetProofResponse_RESULT_GET_PROOF_ERROR || !strings.Contains(g.ResultString, "unknown id") {
		t.Fatalf("bob reads alice's job: %v %s", g.Result, g.ResultString)
	}
	if c, err := bob.Cancel(ctx, &pb.CancelRequest{Id: r.Id}); err != nil || c.Result != pb.CancelResponse_RESULT_CANCEL_ERROR || !strings.Contains(c.ResultString, "unknown id") {
		t.Fatalf("bob cancels alice's job: %v %v", c, err)
	}
	st, err := bob.GetStatus(ctx, &pb.GetStatusRequest{})
	if err != nil || len(st.PendingRequestQueueIds) != 0 {
		t.Fatalf("bob sees pending %v (%v)", st.GetPendingRequestQueueIds(), err)
	}
	// Alice sees hers; the admin sees every job and may cancel it.
	if st, err := alice.GetStatus(ctx, &pb.GetStatusRequest{}); err != nil || len(st.PendingRequestQueueIds) != 1 || st.PendingRequestQueueIds[0] != r.Id {
		t.Fatalf("alice sees pending %v (%v)", st.GetPendingRequestQueueIds(), err)
	}
	if g := getProof(alice, r.Id, 0); g.Result != pb.GetProofResponse_RESULT_GET_PROOF_PENDING {
		t.Fatalf("alice reads her job: %v %s", g.Result, g.ResultString)
	}
	if st, err := ops.GetStatus(ctx, &pb.GetStatusRequest{}); err != nil || len(st.PendingRequestQueueIds) != 1 {
		t.Fatalf("admin sees pending %v (%v)", st.GetPendingRequestQueueIds(), err)
	}
	if c, err := ops.Cancel(ctx, &pb.CancelRequest{Id: r.Id}); err != nil || c.Result != pb.CancelResponse_RESULT_CANCEL_OK {
		t.Fatalf("admin cancels alice's job: %v %v", c, err)
	}
	if g := getProof(alice, r.Id, 0); g.Result != pb.GetProofResponse_RESULT_GET_PROOF_CANCEL {
		t.Fatalf("alice's job after the admin's cancel: %v", g.Result)
	}
}

// genProofAs sends a GenProof of elf (with its ELF) on onchain input n, nonce n, through c.
func genProofAs(t *testing.T, ctx context.Context, c pb.ZKProverServiceClient, elf []byte, n uint32) *pb.GenProofResponse {
	t.Helper()
	r, err := c.GenProof(ctx, &pb.GenProofRequest{Input: input(t, elf, &executor.Input{Onchain: words(n)}, zkprover.InputOptions{IncludeELF: true, Nonce: uint64(n)})})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestPendingPerClient: a client with max-pending-per-client jobs queued is refused another
// (INTERNAL_ERROR: the request is fine, the node cannot take it now); another client is not.
func TestPendingPerClient(t *testing.T) {
	file := writeTokens(t, "alice:"+auth.Hash("a"), "bob:"+auth.Hash("b"))
	tn := startNode(t, t.TempDir(), nil, func(c *config.Config) {
		c.Security.AuthTokens = file
		c.Queue.MaxPendingEach = 2
	})
	ctx := ctxT(t)
	alice, bob := dial(t, tn.Addr().String(), nil, "a"), dial(t, tn.Addr().String(), nil, "b")
	fib := readExample(t, "fibonacci")
	for i := range 2 {
		if r := genProofAs(t, ctx, alice, fib, uint32(i)); r.Result != pb.GenProofResponse_RESULT_GEN_PROOF_OK {
			t.Fatalf("alice's job %d within her share: %v %s", i, r.Result, r.ResultString)
		}
	}
	if r := genProofAs(t, ctx, alice, fib, 9); r.Result != pb.GenProofResponse_RESULT_GEN_PROOF_INTERNAL_ERROR || !strings.Contains(r.ResultString, "share of the queue") || r.Id != "" {
		t.Fatalf("alice over her share: %v %q", r.Result, r.ResultString)
	}
	if r := genProofAs(t, ctx, bob, fib, 1); r.Result != pb.GenProofResponse_RESULT_GEN_PROOF_OK {
		t.Fatalf("bob is refused for alice's jobs: %v %s", r.Result, r.ResultString)
	}
	if n := len(tn.store.PendingOf("alice")); n != 2 {
		t.Fatalf("alice has %d jobs pending, want 2", n)
	}
}

// TestProgramsPerClient: a client's new program past max-program-bytes-per-client is refused
// (INTERNAL_ERROR) and not stored; a program another client stored costs it nothing; another
// client is not bounded by the first one's programs.
func TestProgramsPerClient(t *testing.T) {
	file := writeTokens(t, "alice:"+auth.Hash("a"), "bob:"+auth.Hash("b"))
	fib, sort := readExample(t, "fibonacci"), readExample(t, "sort")
	tn := startNode(t, t.TempDir(), nil, func(c *config.Config) {
		c.Security.AuthTokens = file
		c.Queue.MaxProgramsEach = max(len(fib), len(sort)) + 1 // one program each
	})
	ctx := ctxT(t)
	alice, bob := dial(t, tn.Addr().String(), nil, "a"), dial(t, tn.Addr().String(), nil, "b")
	if r := genProofAs(t, ctx, alice, fib, 3); r.Result != pb.GenProofResponse_RESULT_GEN_PROOF_OK {
		t.Fatalf("alice's first program: %v %s", r.Result, r.ResultString)
	}
	if r := genProofAs(t, ctx, alice, sort, 3); r.Result != pb.GenProofResponse_RESULT_GEN_PROOF_INTERNAL_ERROR || !strings.Contains(r.ResultString, "share of the program store") || r.Id != "" {
		t.Fatalf("alice's second program: %v %q", r.Result, r.ResultString)
	}
	if _, err := tn.store.Program(loadProgram(t, sort).IDHex()); err == nil {
		t.Fatal("the refused program is stored")
	}
	if r := genProofAs(t, ctx, bob, fib, 3); r.Result != pb.GenProofResponse_RESULT_GEN_PROOF_OK {
		t.Fatalf("bob using alice's program: %v %s", r.Result, r.ResultString)
	}
	if r := genProofAs(t, ctx, bob, sort, 3); r.Result != pb.GenProofResponse_RESULT_GEN_PROOF_OK {
		t.Fatalf("bob's own program: %v %s", r.Result, r.ResultString)
	}
}

// TestAdmissionRate: a client over its admission rate is refused; another
// client is not.
func TestAdmissionRate(t *testing.T) {
	file := writeTokens(t, "alice:"+auth.Hash("a"), "bob:"+auth.Hash("b"))
	tn := startNode(t, t.TempDir(), nil, func(c *config.Config) {
		c.Security.AuthTokens = file
		c.Security.AdmissionRate, c.Security.AdmissionBurst = 0.0001, 2 // a token every 10^4 s: no refill during the test
	})
	ctx := ctxT(t)
	alice, bob := dial(t, tn.Addr().String(), nil, "a"), dial(t, tn.Addr().String(), nil, "b")
	fib := readExample(t, "fibonacci")
	for i := range 2 {
		if r := genProofAs(t, ctx, alice, fib, uint32(i)); r.Result != pb.GenProofResponse_RESULT_GEN_PROOF_OK {
			t.Fatalf("alice's job %d within the burst: %v %s", i, r.Result, r.ResultString)
		}
	}
	if r := genProofAs(t, ctx, alice, fib, 9); r.Result != pb.GenProofResponse_RESULT_GEN_PROOF_INTERNAL_ERROR || !strings.Contains(r.ResultString, "admission rate") || r.Id != "" {
		t.Fatalf("alice over her rate: %v %q", r.Result, r.ResultString)
	}
	if r := genProofAs(t, ctx, bob, fib, 1); r.Result != pb.GenProofResponse_RESULT_GEN_PROOF_OK {
		t.Fatalf("bob is limited by alice's rate: %v %s", r.Result, r.ResultString)
	}
}

// TestMissingKeysFolderRefused: a keys folder named in the configuration that does not exist
// (a typo, a missing mount) stops the node at start rather than having development keys made
// there, which whoever ran the setup could forge proofs with.
func TestMissingKeysFolderRefused(t *testing.T) {
	cfg := testConfig(t.TempDir())
	cfg.Prover.Keys = filepath.Join(t.TempDir(), "typo", "keys")
	n, err := New(cfg, Options{Logger: testLogger(t)})
	if err == nil {
		_ = n.store.Close()
		t.Fatal("a node started on a keys folder that does not exist")
	}
	if !strings.Contains(err.Error(), "keys folder") || !strings.Contains(err.Error(), "zkprover setup --keys") {
		t.Fatalf("start on a missing keys folder: %v", err)
	}
}

// TestClientCertificatesAreClients: with client certificates and no token file, each client is
// known by its certificate's name: alice's job is hers (owner cert:alice), an unknown id to bob
// for reading, waiting and cancelling, and the admin named by tls-client-admins sees and cancels
// it; a client certificate's holder is not an admin otherwise (bob's GetStatus shows nothing of
// alice's).
func TestClientCertificatesAreClients(t *testing.T) {
	ca := tlstest.NewCA(t)
	cert, key := ca.Issue(t, "node", true)
	tn := startNode(t, t.TempDir(), nil, func(c *config.Config) {
		c.Security.TLSCert, c.Security.TLSKey, c.Security.TLSClientCA = cert, key, ca.File
		c.Security.TLSClientAdmins = []string{"ops"}
	})
	ctx := ctxT(t)
	as := func(name string) pb.ZKProverServiceClient {
		cc, ck := ca.Issue(t, name, false)
		return dial(t, tn.Addr().String(), clientTLS(t, tlsconf.Client{CAFile: ca.File, CertFile: cc, KeyFile: ck}), "")
	}
	alice, bob, ops := as("alice"), as("bob"), as("ops")
	r := genProofAs(t, ctx, alice, readExample(t, "fibonacci"), 5)
	if r.Result != pb.GenProofResponse_RESULT_GEN_PROOF_OK {
		t.Fatalf("alice's GenProof: %v", r)
	}
	if job, err := tn.store.Get(r.Id); err != nil || job.Owner != "cert:alice" {
		t.Fatalf("stored owner %q (%v), want cert:alice", job.Owner, err)
	}
	if c, err := bob.Cancel(ctx, &pb.CancelRequest{Id: r.Id}); err != nil || c.Result != pb.CancelResponse_RESULT_CANCEL_ERROR || !strings.Contains(c.ResultString, "unknown id") {
		t.Fatalf("bob cancels alice's job: %v %v", c, err)
	}
	if st, err := bob.GetStatus(ctx, &pb.GetStatusRequest{}); err != nil || len(st.PendingRequestQueueIds) != 0 {
		t.Fatalf("bob sees pending %v (%v)", st.GetPendingRequestQueueIds(), err)
	}
	if st, err := alice.GetStatus(ctx, &pb.GetStatusRequest{}); err != nil || len(st.PendingRequestQueueIds) != 1 {
		t.Fatalf("alice sees pending %v (%v)", st.GetPendingRequestQueueIds(), err)
	}
	if st, err := ops.GetStatus(ctx, &pb.GetStatusRequest{}); err != nil || len(st.PendingRequestQueueIds) != 1 {
		t.Fatalf("the admin sees pending %v (%v)", st.GetPendingRequestQueueIds(), err)
	}
	if c, err := ops.Cancel(ctx, &pb.CancelRequest{Id: r.Id}); err != nil || c.Result != pb.CancelResponse_RESULT_CANCEL_OK {
		t.Fatalf("the admin cancels alice's job: %v %v", c, err)
	}
}
