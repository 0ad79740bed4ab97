package auth_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/zkprover/zkprover/auth"
	"github.com/zkprover/zkprover/tlsconf"
	"github.com/zkprover/zkprover/tlsconf/tlstest"
)

// TestGuardHTTPClientCertificates: over mTLS without tokens, an HTTP door knows each caller by
// its certificate: the principal cert:<CN> with the submit role, admin for a name in the admin
// list; a call that needs admin from another certificate is 403.
func TestGuardHTTPClientCertificates(t *testing.T) {
	ca := tlstest.NewCA(t)
	cert, key := ca.Issue(t, "node", true)
	srvTLS, err := tlsconf.Server{CertFile: cert, KeyFile: key, ClientCAFile: ca.File}.Config()
	if err != nil {
		t.Fatal(err)
	}
	g := auth.NewGuard(nil, nil)
	g.ClientCertificates([]string{"ops"})
	mux := http.NewServeMux()
	mux.Handle("/read", g.HTTP(auth.Read, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := auth.From(r.Context())
		_, _ = io.WriteString(w, p.Name+" "+p.Role.String())
	})))
	mux.Handle("/admin", g.HTTP(auth.Admin, http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {})))
	srv := httptest.NewUnstartedServer(mux)
	srv.TLS = srvTLS
	srv.StartTLS()
	defer srv.Close()
	get := func(name, path string) (int, string) {
		t.Helper()
		cc, ck := ca.Issue(t, name, false)
		tc, err := tlsconf.Client{CAFile: ca.File, CertFile: cc, KeyFile: ck}.Config()
		if err != nil {
			t.Fatal(err)
		}
		tc.ServerName = "localhost"
		c := &http.Client{Transport: &http.Transport{TLSClientConfig: tc}}
		resp, err := c.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer func() { _ = resp.Body.Close() }()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, body := get("alice", "/read"); code != http.StatusOK || body != "cert:alice submit" {
		t.Fatalf("alice: %d %q", code, body)
	}
	if code, body := get("ops", "/read"); code != http.StatusOK || body != "cert:ops admin" {
		t.Fatalf("ops: %d %q", code, body)
	}
	if code, _ := get("alice", "/admin"); code != http.StatusForbidden {
		t.Fatalf("alice on an admin route: %d, want 403", code)
	}
	if code, _ := get("ops", "/admin"); code != http.StatusOK {
		t.Fatalf("ops on an admin route: %d", code)
	}
}
