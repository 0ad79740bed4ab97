package auth

import (
	"crypto/x509"
	"crypto/x509/pkix"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestLoopbackHost(t *testing.T) {
	for host, want := range map[string]bool{
		"localhost": true, "LOCALHOST:8080": true, "api.localhost": true, "localhost.": true, "127.0.0.1": true,
		"127.1.2.3:9": true, "[::1]:8080": true, "::1": true, "[::ffff:127.0.0.1]:1": true,
		"": false, "evil.example": false, "localhost.evil.example": false, "127.0.0.1.evil.example": false,
		"10.0.0.1": false, "[::2]:80": false, "0.0.0.0": false,
	} {
		if got := LoopbackHost(host); got != want {
			t.Errorf("LoopbackHost(%q) = %v, want %v", host, got, want)
		}
	}
}

// TestGuardHTTPBrowserChecks: without tokens, a loopback listener refuses a foreign Host (421)
// and a body that is not JSON (415); GETs need no Content-Type; with tokens on, the Host is not
// checked (the page has no token).
func TestGuardHTTPBrowserChecks(t *testing.T) {
	ok := http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusNoContent) })
	do := func(url, method, host, ct string) int {
		t.Helper()
		req, err := http.NewRequest(method, url, strings.NewReader("{}"))
		if err != nil {
			t.Fatal(err)
		}
		if host != "" {
			req.Host = host
		}
		if ct != "" {
			req.Header.Set("Content-Type", ct)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		_ = resp.Body.Close()
		return resp.StatusCode
	}
	open := httptest.NewServer(NewGuard(nil, nil).HTTP(Read, ok))
	defer open.Close()
	for _, c := range []struct {
		method, host, ct string
		want             int
	}{
		{http.MethodGet, "", "", http.StatusNoContent},
		{http.MethodGet, "evil.example", "", http.StatusMisdirectedRequest},
		{http.MethodPost, "", "application/json; charset=utf-8", http.StatusNoContent},
		{http.MethodPost, "", "text/plain", http.StatusUnsupportedMediaType},
		{http.MethodPost, "", "", http.StatusUnsupportedMediaType},
		{http.MethodPost, "evil.example", "application/json", http.StatusMisdirectedRequest},
	} {
		if got := do(open.URL, c.method, c.host, c.ct); got != c.want {
			t.Errorf("%s Host %q Content-Type %q: %d, want %d", c.method, c.host, c.ct, got, c.want)
		}
	}
	tokens := &Tokens{byHash: map[[32]byte]Principal{}}
	guarded := httptest.NewServer(NewGuard(tokens, nil).HTTP(Read, ok))
	defer guarded.Close()
	if got := do(guarded.URL, http.MethodGet, "evil.example", ""); got != http.StatusUnauthorized {
		t.Errorf("with tokens, a foreign Host without a token: %d, want 401 (not a Host refusal)", got)
	}
}

// TestReloadErrorTold: an edit that does not load (a file others may write, a syntax error)
// is told to OnReloadError, once per error, and the tokens before it stay in force; a good
// edit loads.
func TestReloadErrorTold(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tokens")
	write := func(content string, mode os.FileMode) {
		t.Helper()
		if err := os.WriteFile(path, []byte(content), mode); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(path, mode); err != nil {
			t.Fatal(err)
		}
		// another size and time: seen as changed, past the once-a-second check
		later := time.Now().Add(time.Duration(len(content)) * time.Second)
		if err := os.Chtimes(path, later, later); err != nil {
			t.Fatal(err)
		}
	}
	write("alice:"+Hash("a")+"\nbob:"+Hash("b")+"\n", 0o600)
	tk, err := LoadTokens(path)
	if err != nil {
		t.Fatal(err)
	}
	var told []error
	tk.OnReloadError = func(err error) { told = append(told, err) }
	write("alice:"+Hash("a")+"\n", 0o664) // bob revoked, but others may write it
	tk.checked = time.Time{}
	if _, err := tk.Authenticate("b"); err != nil {
		t.Fatalf("bob after an edit that did not load: %v", err)
	}
	_, _ = tk.Authenticate("a") // within the second: the file is not looked at
	tk.checked = time.Time{}
	_, _ = tk.Authenticate("a") // looked at again: the same error, within the minute
	if len(told) != 1 || !strings.Contains(told[0].Error(), "writable by group or others") {
		t.Fatalf("told %v, want the mode refusal once", told)
	}
	write("alice:"+Hash("a")+"\n", 0o600)
	tk.checked = time.Time{}
	if _, err := tk.Authenticate("b"); !errors.Is(err, ErrUnauthenticated) {
		t.Fatalf("bob after the edit loaded: %v, want unauthenticated", err)
	}
	if len(told) != 1 {
		t.Fatalf("a good load was told: %v", told)
	}
}

// TestCertPrincipal: a certificate's name is its CN, else its first DNS name, else its first
// URI, else its fingerprint; the admin names get the admin role.
func TestCertPrincipal(t *testing.T) {
	u, _ := url.Parse("spiffe://example.org/prover-client")
	admins := map[string]bool{"ops": true}
	for _, c := range []struct {
		cert *x509.Certificate
		want Principal
	}{
		{&x509.Certificate{Subject: pkix.Name{CommonName: "alice"}, DNSNames: []string{"x"}}, Principal{"cert:alice", Submit}},
		{&x509.Certificate{Subject: pkix.Name{CommonName: "ops"}}, Principal{"cert:ops", Admin}},
		{&x509.Certificate{DNSNames: []string{"client.example"}}, Principal{"cert:client.example", Submit}},
		{&x509.Certificate{URIs: []*url.URL{u}}, Principal{"cert:spiffe://example.org/prover-client", Submit}},
		{&x509.Certificate{Raw: []byte{1, 2, 3}}, Principal{"cert:sha256:039058c6f2c0cb49", Submit}},
	} {
		if got := CertPrincipal(c.cert, admins); got != c.want {
			t.Errorf("CertPrincipal = %+v, want %+v", got, c.want)
		}
	}
}
