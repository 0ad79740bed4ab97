package auth

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestParseTokens(t *testing.T) {
	m, err := ParseTokens("# comment\n\nalice:" + Hash("a") + "\nbob:0x" + Hash("b") + ":read\nops:" + Hash("o") + ":admin\n")
	if err != nil || len(m) != 3 {
		t.Fatalf("%v %v", m, err)
	}
	for _, bad := range []string{
		"alice",                        // no hash
		"alice:abcd",                   // short hash
		"alice:" + Hash("a") + ":root", // unknown role
		"alice:" + Hash("a") + "\nalice:" + Hash("b"), // repeated name
		"alice:" + Hash("a") + "\nbob:" + Hash("a"),   // repeated token
		":" + Hash("a"), // empty name
		"a:b:c:d",
	} {
		if _, err := ParseTokens(bad); err == nil {
			t.Errorf("accepted %q", bad)
		}
	}
}

func TestAuthenticateAndReload(t *testing.T) {
	f := filepath.Join(t.TempDir(), "tokens")
	if err := os.WriteFile(f, []byte("alice:"+Hash("a")+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tok, err := LoadTokens(f)
	if err != nil {
		t.Fatal(err)
	}
	if p, err := tok.Authenticate("a"); err != nil || p.Name != "alice" || p.Role != Submit {
		t.Fatalf("alice: %+v %v", p, err)
	}
	for _, bad := range []string{"", "b"} {
		if _, err := tok.Authenticate(bad); !errors.Is(err, ErrUnauthenticated) {
			t.Errorf("token %q: %v", bad, err)
		}
	}
	// A new line is picked up without a restart; a broken edit keeps the old file in force.
	if err := os.WriteFile(f, []byte("alice:"+Hash("a")+"\nbob:"+Hash("b")+":admin\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	waitAdmin(t, tok, "b", "the edited token file")
	if err := os.WriteFile(f, []byte("garbage\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	time.Sleep(1100 * time.Millisecond) // past the re-check interval
	if _, err := tok.Authenticate("a"); err != nil {
		t.Fatalf("a broken token file dropped the tokens in force: %v", err)
	}
}

func TestRolesAndOwnership(t *testing.T) {
	r := Principal{"r", Read}
	if !r.Can(Read) || r.Can(Submit) || r.Owns("x") || !r.Owns("r") {
		t.Error("read role")
	}
	if a := (Principal{"a", Admin}); !a.Can(Submit) || !a.Owns("x") {
		t.Error("admin role")
	}
	if From(context.Background()) != System || From(With(context.Background(), r)) != r {
		t.Error("context principal")
	}
	if Bearer("Bearer abc") != "abc" || Bearer("bearer  abc ") != "abc" || Bearer("Basic abc") != "" || Bearer("Bearer") != "" {
		t.Error("Bearer parsing")
	}
}

func TestHTTPGuard(t *testing.T) {
	m, err := ParseTokens("w:" + Hash("w") + ":read\ns:" + Hash("s"))
	if err != nil {
		t.Fatal(err)
	}
	g := NewGuard(&Tokens{byHash: m, checked: time.Now().Add(time.Hour)}, nil)
	h := g.HTTP(Submit, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = w.Write([]byte(From(r.Context()).Name))
	}))
	for token, want := range map[string]int{"": 401, "x": 401, "w": 403, "s": 200} {
		req := httptest.NewRequest("GET", "/", nil)
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != want || (want == 200 && !strings.Contains(rec.Body.String(), "s")) {
			t.Errorf("token %q: %d %s, want %d", token, rec.Code, rec.Body, want)
		}
	}
	if off := NewGuard(nil, nil); off.On() {
		t.Error("a guard without tokens is on")
	} else if p, err := off.Check("", Admin); err != nil || p != Anonymous {
		t.Error("without tokens every call is anonymous admin")
	}
}

// waitAdmin waits (up to 30 s: the file is re-read when it changes, on a
// loaded machine too) until token authenticates as an admin; what names
// the edit that should make it so.
func waitAdmin(t *testing.T, tok *Tokens, token, what string) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		if p, err := tok.Authenticate(token); err == nil && p.Role == Admin {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s was never read", what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
