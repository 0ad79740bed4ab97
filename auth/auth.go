// Package auth is who may call the node: bearer tokens read from a file,
// the principal (name and role) each call runs as, and the gRPC interceptors
// and HTTP middleware that establish it. The job service reads the principal
// from the context to keep each client to its own jobs.
//
// Token file: one `name:sha256-of-token[:role]` a line (`#` comments and
// blank lines ignored); role is submit (the default), read or admin. Only the
// SHA-256 of each token is stored, so the file is no secret; but whoever may
// write it may add an admin token, so a file that group or others may write
// is refused.
package auth

import (
	"bufio"
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"runtime"
	"strings"
	"sync"
	"time"
)

// MaxTokenBytes bounds a bearer token: a longer one is refused as
// unauthenticated before it is hashed (tokens made as docs/security.md says
// are 44 bytes).
const MaxTokenBytes = 512

// maxAuthorizationBytes bounds a whole "authorization" value: the scheme,
// spaces and a token of MaxTokenBytes.
const maxAuthorizationBytes = MaxTokenBytes + 64

// Role is what a principal may do.
type Role int

// Roles, each allowing what the one before allows.
const (
	Read   Role = iota + 1 // GetStatus, GetProof of its own jobs
	Submit                 // and GenProof, Execute, Cancel of its own jobs
	Admin                  // and every job of every client
)

func (r Role) String() string {
	switch r {
	case Read:
		return "read"
	case Submit:
		return "submit"
	case Admin:
		return "admin"
	}
	return fmt.Sprintf("role(%d)", int(r))
}

// ParseRole reads a role name.
func ParseRole(s string) (Role, error) {
	switch s {
	case "read":
		return Read, nil
	case "submit", "":
		return Submit, nil
	case "admin":
		return Admin, nil
	}
	return 0, fmt.Errorf("role %q: want read, submit or admin", s)
}

// Principal is who a call runs as.
type Principal struct {
	Name string // owner recorded with the jobs it submits
	Role Role
}

// Can reports whether p has at least role r.
func (p Principal) Can(r Role) bool { return p.Role >= r }

// Owns reports whether p may see and act on a job owned by owner: its own
// jobs, or every job for an admin.
func (p Principal) Owns(owner string) bool { return p.Role == Admin || p.Name == owner }

// System is the node itself (the chain door, internal calls): an admin.
var System = Principal{Name: "", Role: Admin}

type ctxKey struct{}

// With returns ctx carrying p.
func With(ctx context.Context, p Principal) context.Context {
	return context.WithValue(ctx, ctxKey{}, p)
}

// From returns the principal of ctx. A context without one is the node's
// own (System): every door that serves outside callers sets one (the
// interceptors do for every call when tokens are on, anonymous admin when
// they are off).
func From(ctx context.Context) Principal {
	if p, ok := ctx.Value(ctxKey{}).(Principal); ok {
		return p
	}
	return System
}

// FromCaller returns the principal of ctx and true when a door set one (a
// call from outside, anonymous included), or System and false for the
// node's own work (the chain door's requests, internal calls), which no
// admission rate limits.
func FromCaller(ctx context.Context) (Principal, bool) {
	p, ok := ctx.Value(ctxKey{}).(Principal)
	if !ok {
		return System, false
	}
	return p, true
}

// Errors of authentication, mapped by the error table (package errs).
var (
	// ErrUnauthenticated: no token, or a token that is not in the file.
	ErrUnauthenticated = errors.New("unauthenticated")
	// ErrPermission: the token's role does not allow the call.
	ErrPermission = errors.New("permission denied")
)

// Tokens is the token file, reloaded when it changes.
type Tokens struct {
	path string
	// OnReloadError, when set, hears why the changed file did not load (the tokens loaded
	// before stay in force: a token removed by that edit still works): at once for a new
	// error, then at most once a minute while it lasts. Set it before the first
	// Authenticate.
	OnReloadError func(error)

	mu       sync.Mutex
	byHash   map[[32]byte]Principal
	modTime  time.Time
	size     int64
	checked  time.Time
	lastErr  string    // the reload error last reported
	lastTold time.Time // when it was
}

// LoadTokens reads the token file at path.
func LoadTokens(path string) (*Tokens, error) {
	t := &Tokens{path: path}
	if err := t.load(true); err != nil {
		return nil, err
	}
	return t, nil
}

// ParseTokens reads a token file's content.
func ParseTokens(content string) (map[[32]byte]Principal, error) {
	out := map[[32]byte]Principal{}
	names := map[string]bool{}
	sc := bufio.NewScanner(strings.NewReader(content))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, ":")
		if len(f) < 2 || len(f) > 3 {
			return nil, fmt.Errorf("line %d: want name:sha256-of-token[:role]", n)
		}
		name := strings.TrimSpace(f[0])
		if name == "" || names[name] {
			return nil, fmt.Errorf("line %d: empty or repeated name %q", n, name)
		}
		h, err := hex.DecodeString(strings.TrimPrefix(strings.TrimSpace(f[1]), "0x"))
		if err != nil || len(h) != 32 {
			return nil, fmt.Errorf("line %d: the token hash must be 64 hex digits (sha256 of the token)", n)
		}
		role := Submit
		if len(f) == 3 {
			if role, err = ParseRole(strings.TrimSpace(f[2])); err != nil {
				return nil, fmt.Errorf("line %d: %w", n, err)
			}
		}
		var k [32]byte
		copy(k[:], h)
		if _, dup := out[k]; dup {
			return nil, fmt.Errorf("line %d: the same token hash as an earlier line", n)
		}
		names[name] = true
		out[k] = Principal{Name: name, Role: role}
	}
	return out, sc.Err()
}

// reload re-reads the file when its size or modification time changed, at most once a
// second; checked says whether it looked at it (false: within a second of the last look). A
// file that became unreadable or invalid keeps the tokens loaded before (and the error is
// returned to be told).
func (t *Tokens) reload() (checked bool, err error) {
	if time.Since(t.checked) < time.Second {
		return false, nil
	}
	return true, t.load(false)
}

// load reads the file when it changed (or with force).
func (t *Tokens) load(force bool) error {
	t.checked = time.Now()
	st, err := os.Stat(t.path)
	if err != nil {
		return fmt.Errorf("reading token file %s: %w", t.path, err)
	}
	if !force && st.ModTime().Equal(t.modTime) && st.Size() == t.size {
		return nil
	}
	if err := checkTokenFileMode(t.path, st); err != nil {
		return err
	}
	b, err := os.ReadFile(t.path)
	if err != nil {
		return fmt.Errorf("reading token file %s: %w", t.path, err)
	}
	m, err := ParseTokens(string(b))
	if err != nil {
		return fmt.Errorf("token file %s: %w", t.path, err)
	}
	t.byHash, t.modTime, t.size = m, st.ModTime(), st.Size()
	return nil
}

// checkTokenFileMode refuses a token file that group or others may write:
// they could add a token of their own, of any role.
func checkTokenFileMode(path string, st os.FileInfo) error {
	if runtime.GOOS == "windows" {
		return nil // no Unix modes to check
	}
	if m := st.Mode().Perm(); m&0o022 != 0 {
		return fmt.Errorf("token file %s is writable by group or others (mode %04o): anyone who may write it may add an admin token; chmod 600 %s", path, m, path)
	}
	return nil
}

// Authenticate returns the principal of a bearer token. A token longer than
// MaxTokenBytes is refused before it is hashed.
func (t *Tokens) Authenticate(token string) (Principal, error) {
	if token == "" {
		return Principal{}, fmt.Errorf("%w: no bearer token", ErrUnauthenticated)
	}
	if len(token) > MaxTokenBytes {
		return Principal{}, fmt.Errorf("%w: bearer token longer than %d bytes", ErrUnauthenticated, MaxTokenBytes)
	}
	h := sha256.Sum256([]byte(token))
	t.mu.Lock()
	checked, err := t.reload() // a broken edit keeps the tokens in force
	var tell error
	switch {
	case !checked: // within a second of the last look: nothing new
	case err == nil:
		t.lastErr = ""
	case err.Error() != t.lastErr || time.Since(t.lastTold) >= time.Minute:
		t.lastErr, t.lastTold, tell = err.Error(), time.Now(), err
	}
	p, ok := t.byHash[h]
	t.mu.Unlock()
	if tell != nil && t.OnReloadError != nil {
		t.OnReloadError(tell)
	}
	if !ok {
		return Principal{}, fmt.Errorf("%w: unknown token", ErrUnauthenticated)
	}
	return p, nil
}

// Hash is the hex SHA-256 of a token, as the token file holds it.
func Hash(token string) string {
	h := sha256.Sum256([]byte(token))
	return hex.EncodeToString(h[:])
}

// Bearer extracts the token of an "authorization" value ("Bearer TOKEN").
func Bearer(v string) string {
	const p = "bearer "
	if len(v) > len(p) && subtle.ConstantTimeCompare([]byte(strings.ToLower(v[:len(p)])), []byte(p)) == 1 {
		return strings.TrimSpace(v[len(p):])
	}
	return ""
}
