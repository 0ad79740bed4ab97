package fleet

import (
	"context"
	"errors"
	"fmt"
	"net"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/tlsconf"
	"github.com/zkprover/zkprover/tlsconf/tlstest"

	"github.com/zkprover/zkprover/internal/testlog"
)

// TestUserPasswordAuth: a server demanding a user and password refuses a
// client with a wrong password, a wrong user, a token or nothing, each at
// once (not retried until the deadline), and accepts the right pair.
func TestUserPasswordAuth(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	e, err := Embed(ctx, EmbedConfig{Host: "127.0.0.1", Port: -1, StoreDir: t.TempDir(),
		Auth: Auth{User: "fleet", Password: "right-password"}, Log: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Shutdown()
	cfg := func(a Auth) Config {
		c := testConfig([]string{e.ClientURL()}, "", time.Second, zerolog.Nop())
		c.Auth = a
		return c
	}
	for _, tc := range []struct {
		name string
		auth Auth
	}{
		{"wrong password", Auth{User: "fleet", Password: "wrong-password"}},
		{"wrong user", Auth{User: "someone", Password: "right-password"}},
		{"a token", Auth{Token: "right-password"}},
		{"no credentials", Auth{}},
	} {
		// Each refusal under its own deadline: a refusal that were retried
		// would end with the deadline, not with the server's answer.
		actx, acancel := context.WithTimeout(ctx, time.Minute)
		f, err := Connect(actx, cfg(tc.auth))
		expired := actx.Err() != nil
		acancel()
		if err == nil {
			f.Close()
			t.Fatalf("%s: accepted", tc.name)
		}
		if !isAuthError(err) {
			t.Fatalf("%s: %v, want an authorization error", tc.name, err)
		}
		if expired {
			t.Fatalf("%s: retried until the deadline: %v", tc.name, err)
		}
		t.Logf("%s: refused: %v", tc.name, err)
	}
	// A user without a password is refused before dialling.
	if _, err := Connect(ctx, cfg(Auth{User: "fleet"})); err == nil || isAuthError(err) {
		t.Fatalf("a user without a password: %v", err)
	}
	f, err := Connect(ctx, cfg(Auth{User: "fleet", Password: "right-password"}))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	st, err := f.Status(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Queued != 0 || len(st.Members) != 0 || st.Replicas != 1 {
		t.Fatalf("fresh fleet status %+v", st)
	}
}

// pollUntil calls cond every 100 ms until it holds or ctx ends.
func pollUntil(ctx context.Context, what string, cond func() bool) error {
	for !cond() {
		select {
		case <-ctx.Done():
			return fmt.Errorf("waiting until %s: %w", what, ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
	return nil
}

// request bounds one JetStream request a poll makes: a request no server
// answers (the info of a stream whose deletion the cluster is still
// applying, a stream electing its leader) waits out its context, and with
// the test's own it took the whole budget of the test.
func request[T any](ctx context.Context, fn func(context.Context) (T, error)) (T, error) {
	rctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	return fn(rctx)
}

// routedTo lists the names of the servers e has a route with (a server
// with several pooled routes to another is listed once).
func routedTo(t *testing.T, e *Embedded) []string {
	t.Helper()
	rz, err := e.srv.Routez(&server.RoutezOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, r := range rz.Routes {
		if !slices.Contains(names, r.RemoteName) {
			names = append(names, r.RemoteName)
		}
	}
	sort.Strings(names)
	return names
}

// TestClusterRoutesSecured: three embedded servers whose routes demand a
// user and password (ClusterAuth) and mutual TLS (ClusterTLS with a client
// CA, ClusterTLSClient with a client certificate) form a cluster: every
// server routes to the two others and a client creates R3 streams through
// it. A fourth server with the wrong route password, one without route
// TLS, one without a client certificate for its routes and one whose route
// certificates come from another CA are each refused by the cluster (its
// servers log the refusals) and never join: the three keep routes only to
// each other, the JetStream meta group stays the three, and a client of
// the fourth server does not see the cluster's streams.
func TestClusterRoutesSecured(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	start := time.Now()
	const token = "client-token"
	routeAuth := Auth{User: "route", Password: "route-password"}
	ca := tlstest.NewCA(t)
	// Each side of a route has its own certificate here: the accepting
	// server presents a server certificate (serverAuth), the dialling one a
	// client certificate (clientAuth), both from the CA the others trust.
	scert, skey := ca.Issue(t, "route-server", true)
	ccert, ckey := ca.Issue(t, "route-client", false)
	routeTLS := &tlsconf.Server{CertFile: scert, KeyFile: skey, ClientCAFile: ca.File}
	routeTLSClient := &tlsconf.Client{CAFile: ca.File, CertFile: ccert, KeyFile: ckey}

	dir := t.TempDir()
	ports := freePorts(t, 3)
	var routes []string
	for _, p := range ports {
		routes = append(routes, "nats-route://127.0.0.1:"+strconv.Itoa(p))
	}
	embed := func(name string, port int, cauth Auth, stls *tlsconf.Server, ctls *tlsconf.Client) (*Embedded, *testlog.Buffer) {
		t.Helper()
		sink := &testlog.Buffer{}
		e, err := Embed(ctx, EmbedConfig{Name: name, Host: "127.0.0.1", Port: -1, StoreDir: filepath.Join(dir, name),
			ClusterName: "secure-fleet", ClusterHost: "127.0.0.1", ClusterPort: port, Routes: routes,
			ClusterAuth: cauth, ClusterTLS: stls, ClusterTLSClient: ctls, Auth: Auth{Token: token},
			Log: zerolog.New(sink).Level(zerolog.WarnLevel)})
		if err != nil {
			t.Fatalf("server %s: %v", name, err)
		}
		t.Cleanup(func() {
			if t.Failed() {
				t.Logf("server %s log:\n%s", name, sink)
			}
		})
		return e, sink
	}
	var servers []*Embedded
	var sinks []*testlog.Buffer
	defer func() {
		for _, e := range servers {
			e.Shutdown()
		}
	}()
	for i, p := range ports {
		e, sink := embed(fmt.Sprintf("s%d", i), p, routeAuth, routeTLS, routeTLSClient)
		servers, sinks = append(servers, e), append(sinks, sink)
	}
	names := []string{"s0", "s1", "s2"}
	others := func(i int) []string {
		return slices.DeleteFunc(slices.Clone(names), func(n string) bool { return n == names[i] })
	}

	// The cluster forms over the secured routes: every server routes to the
	// two others, JetStream elects a meta leader whose group is the three
	// (waiting for it first: a JetStream request before the election goes
	// unanswered until its timeout), a client creates R3 streams and reads
	// the status.
	for i, e := range servers {
		if err := pollUntil(ctx, names[i]+" routes to the two others", func() bool {
			return slices.Equal(routedTo(t, e), others(i))
		}); err != nil {
			t.Fatalf("%v (routes to %v)", err, routedTo(t, e))
		}
	}
	var peers []string
	if err := pollUntil(ctx, "a JetStream meta leader with the three servers as peers", func() bool {
		for _, e := range servers {
			if e.srv.JetStreamIsLeader() {
				peers = e.srv.JetStreamClusterPeers()
				sort.Strings(peers)
				return slices.Equal(peers, names)
			}
		}
		return false
	}); err != nil {
		t.Fatalf("%v (peers %v)", err, peers)
	}
	t.Logf("%s: routes %v %v %v, JetStream peers %v", time.Since(start).Round(time.Millisecond),
		routedTo(t, servers[0]), routedTo(t, servers[1]), routedTo(t, servers[2]), peers)
	cfg := testConfig(clientURLs(servers), token, 30*time.Second, zerolog.Nop())
	if cfg.Replicas != 3 {
		t.Fatalf("replicas %d", cfg.Replicas)
	}
	f, err := Connect(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	st, err := f.Status(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Replicas != 3 {
		t.Fatalf("streams with %d replicas, want 3", st.Replicas)
	}
	t.Logf("%s: R3 streams created through %s", time.Since(start).Round(time.Millisecond), st.Server)

	// Refusals the cluster's servers log (as errors): a route's CONNECT with
	// wrong credentials, a route whose TLS handshake fails.
	refused := func(marker string) int {
		n := 0
		for _, s := range sinks {
			n += s.Count(marker)
		}
		return n
	}
	otherCA := tlstest.NewCA(t)
	ocert, okey := otherCA.Issue(t, "route-server", true)
	occert, ockey := otherCA.Issue(t, "route-client", false)
	for _, bad := range []struct {
		name   string
		auth   Auth
		stls   *tlsconf.Server
		ctls   *tlsconf.Client
		marker string // what the cluster's servers log when they refuse it
	}{
		{"bad-password", Auth{User: "route", Password: "wrong-password"}, routeTLS, routeTLSClient, "authentication error"},
		{"no-tls", routeAuth, nil, nil, "TLS route handshake error"},
		{"no-client-cert", routeAuth, routeTLS, &tlsconf.Client{CAFile: ca.File}, "TLS route handshake error"},
		{"other-ca", routeAuth, &tlsconf.Server{CertFile: ocert, KeyFile: okey, ClientCAFile: otherCA.File},
			&tlsconf.Client{CAFile: otherCA.File, CertFile: occert, KeyFile: ockey}, "TLS route handshake error"},
	} {
		func() {
			before := refused(bad.marker)
			e, _ := embed(bad.name, -1, bad.auth, bad.stls, bad.ctls)
			defer e.Shutdown()
			t.Logf("%s: %s started", time.Since(start).Round(time.Millisecond), bad.name)
			// It dials the three routes (and again every second): wait until
			// the cluster has refused it at least twice.
			rctx, rcancel := context.WithTimeout(ctx, time.Minute)
			defer rcancel()
			if err := pollUntil(rctx, "the cluster refuses "+bad.name, func() bool { return refused(bad.marker) >= before+2 }); err != nil {
				t.Fatal(err)
			}
			t.Logf("%s: %s refused %d times", time.Since(start).Round(time.Millisecond), bad.name, refused(bad.marker)-before)
			for i, s := range servers {
				if got := routedTo(t, s); !slices.Equal(got, others(i)) {
					t.Fatalf("with %s up, %s routes to %v, want %v", bad.name, names[i], got, others(i))
				}
				if s.srv.JetStreamIsLeader() {
					if p := s.srv.JetStreamClusterPeers(); slices.Contains(p, bad.name) {
						t.Fatalf("with %s up, the JetStream peers are %v", bad.name, p)
					}
				}
			}
			// Its clients do not see the cluster's streams (the request goes
			// unanswered without a meta leader: an error at the deadline).
			nc, err := nats.Connect(e.ClientURL(), nats.Token(token))
			if err != nil {
				t.Fatal(err)
			}
			defer nc.Close()
			js, err := jetstream.New(nc)
			if err != nil {
				t.Fatal(err)
			}
			sctx, scancel := context.WithTimeout(ctx, 3*time.Second)
			defer scancel()
			if _, err := js.Stream(sctx, TasksStream); err == nil {
				t.Fatalf("a client of %s sees the cluster's stream %s", bad.name, TasksStream)
			} else {
				t.Logf("%s: %s's client: %v", time.Since(start).Round(time.Millisecond), bad.name, err)
			}
		}()
	}
	// The cluster still serves.
	if _, err := f.Status(ctx); err != nil {
		t.Fatal(err)
	}
	for i, s := range servers {
		if got := routedTo(t, s); !slices.Equal(got, others(i)) {
			t.Fatalf("%s routes to %v, want %v", names[i], got, others(i))
		}
	}
}

// TestEmbedPortTaken: an embedded server whose client port is taken is an
// error after ReadyTimeout (it waited until its context ended, and a node
// joining its fleet with it never had long runs).
func TestEmbedPortTaken(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	port := l.Addr().(*net.TCPAddr).Port
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	e, err := Embed(ctx, EmbedConfig{Host: "127.0.0.1", Port: port, StoreDir: t.TempDir(), ReadyTimeout: 2 * time.Second, Log: zerolog.Nop()})
	if err == nil {
		e.Shutdown()
		t.Fatal("a server on a taken port started")
	}
	if ctx.Err() != nil || !strings.Contains(err.Error(), "not ready") {
		t.Fatalf("server on a taken port: %v (context: %v)", err, ctx.Err())
	}
}

// TestPermissionRefusalTold: a user whose account may not use JetStream's API
// is told so at Connect — the server's permission violation in the error, at
// once — rather than retried as a server that does not answer until the
// deadline.
func TestPermissionRefusalTold(t *testing.T) {
	opts := &server.Options{Host: "127.0.0.1", Port: -1, JetStream: true, StoreDir: t.TempDir(), NoLog: true, NoSigs: true,
		Users: []*server.User{{Username: "member", Password: "secret-pass",
			Permissions: &server.Permissions{Publish: &server.SubjectPermission{Deny: []string{"$JS.API.>"}}}}}}
	srv, err := server.NewServer(opts)
	if err != nil {
		t.Fatal(err)
	}
	go srv.Start()
	defer srv.Shutdown()
	if !srv.ReadyForConnections(30 * time.Second) {
		t.Fatal("server not ready")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := testConfig([]string{srv.ClientURL()}, "", time.Second, zerolog.Nop())
	c.Auth = Auth{User: "member", Password: "secret-pass"}
	c.Timeout = 2 * time.Second
	f, err := Connect(ctx, c)
	if err == nil {
		f.Close()
		t.Fatal("connected without the permission to use JetStream")
	}
	if ctx.Err() != nil {
		t.Fatalf("retried until the deadline: %v", err)
	}
	if !errors.Is(err, nats.ErrPermissionViolation) || !strings.Contains(err.Error(), "refused by the fleet's server") {
		t.Fatalf("Connect: %v, want the permission violation", err)
	}
}
