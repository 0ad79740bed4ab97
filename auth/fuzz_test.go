package auth

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Run each with (docs/security.md lists the runs made):
//
//	go test -run '^$' -fuzz '^FuzzParseTokens$' -fuzztime 90s ./auth
//	go test -run '^$' -fuzz '^FuzzCheck$' -fuzztime 90s ./auth

// FuzzParseTokens feeds arbitrary token files to ParseTokens: no panic; what
// it accepts has non-empty, distinct names, valid roles and distinct hashes,
// and written back in the file's form it reads as the same tokens.
func FuzzParseTokens(f *testing.F) {
	f.Add("alice:" + Hash("a") + ":admin\nbob:" + Hash("b") + "\n# comment\n\ncarol:0x" + Hash("c") + ":read\n")
	f.Add("x:zz")
	f.Add("dup:" + Hash("a") + "\ndup:" + Hash("b"))
	f.Add("a:" + Hash("a") + ":root")
	f.Fuzz(func(t *testing.T, content string) {
		m, err := ParseTokens(content)
		if err != nil {
			return
		}
		names := map[string]bool{}
		var b strings.Builder
		for h, p := range m {
			if p.Name == "" || names[p.Name] || strings.ContainsAny(p.Name, ":\n") {
				t.Fatalf("accepted name %q", p.Name)
			}
			names[p.Name] = true
			if p.Role < Read || p.Role > Admin {
				t.Fatalf("accepted role %v", p.Role)
			}
			fmt.Fprintf(&b, "%s:%x:%s\n", p.Name, h, p.Role)
		}
		again, err := ParseTokens(b.String())
		if err != nil || len(again) != len(m) {
			t.Fatalf("the accepted tokens written back: %v (%d of %d)", err, len(again), len(m))
		}
		for h, p := range m {
			if again[h] != p {
				t.Fatalf("token %x: %+v read back as %+v", h, p, again[h])
			}
		}
	})
}

// FuzzCheck feeds arbitrary "authorization" values to a guard with two
// tokens: no panic; a call is let in only with a bearer token of the file,
// as its principal, and only when its role allows the call.
func FuzzCheck(f *testing.F) {
	file := filepath.Join(f.TempDir(), "tokens")
	if err := os.WriteFile(file, []byte("reader:"+Hash("read-token")+":read\nadmin:"+Hash("admin-token")+":admin\n"), 0o600); err != nil {
		f.Fatal(err)
	}
	tokens, err := LoadTokens(file)
	if err != nil {
		f.Fatal(err)
	}
	g := NewGuard(tokens, nil)
	f.Add("Bearer read-token", int(Read))
	f.Add("bearer admin-token", int(Admin))
	f.Add("Bearer read-token", int(Submit))
	f.Add("Basic read-token", int(Read))
	f.Add("", int(Read))
	f.Fuzz(func(t *testing.T, authorization string, need int) {
		role := Role(1 + (need%3+3)%3)
		p, err := g.Check(authorization, role)
		if err != nil {
			if !errors.Is(err, ErrUnauthenticated) && !errors.Is(err, ErrPermission) {
				t.Fatalf("refusal is neither unauthenticated nor permission: %v", err)
			}
			return
		}
		want := map[string]Principal{"read-token": {"reader", Read}, "admin-token": {"admin", Admin}}[Bearer(authorization)]
		if p != want || !p.Can(role) {
			t.Fatalf("%q let in as %+v for %v", authorization, p, role)
		}
	})
}
