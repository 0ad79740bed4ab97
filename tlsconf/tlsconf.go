// Package tlsconf builds the node's TLS configurations from PEM files: the
// server side of every listener (certificates re-read when their files
// change, so a renewed certificate is served without a restart; optional
// client certificates: mTLS, checked against the client CA file as it is at
// each handshake) and the client side of the node's own dials (the
// aggregators) and of the CLI. A certificate outside its validity period, or
// a key file that group or others may access, is refused at start (and a
// renewal of them is not loaded, with a warning); one that ends within
// ExpiryWarning is logged.
package tlsconf

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"os"
	"runtime"
	"strconv"
	"sync"
	"time"

	"github.com/rs/zerolog"
)

// ExpiryWarning is how long before its end a certificate's coming expiry is
// logged as a warning (at load, and once per certificate while it is served).
const ExpiryWarning = 14 * 24 * time.Hour

// Server is a server's certificate files.
type Server struct {
	CertFile, KeyFile string
	ClientCAFile      string // non-empty: clients must present a certificate signed by it
	// Log receives the warnings (a certificate near its expiry, a renewal
	// that did not load); nil: JSON lines on stderr.
	Log *zerolog.Logger
}

// keyPair re-reads a certificate and key when either file changes. Every
// load refuses a key file that group or others may access and a
// certificate outside its validity period.
type keyPair struct {
	cert, key string
	log       zerolog.Logger

	mu      sync.Mutex
	current *tls.Certificate
	leaf    *x509.Certificate // current's first certificate
	stamp   string
	checked time.Time
	failed  string // the stamp of the files whose last load failed (warned once)
	warned  bool   // current's coming expiry was logged
}

func newKeyPair(cert, key, side string, l *zerolog.Logger) *keyPair {
	var log zerolog.Logger
	if l != nil {
		log = *l
	} else {
		log = zerolog.New(os.Stderr).With().Timestamp().Logger()
	}
	return &keyPair{cert: cert, key: key, log: log.With().Str("component", "tlsconf").Str("side", side).Str("cert", cert).Logger()}
}

func stamp(paths ...string) (string, error) {
	s := ""
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return "", err
		}
		s += fmt.Sprintf("%d/%d;", st.ModTime().UnixNano(), st.Size())
	}
	return s, nil
}

// get returns the current pair, re-reading the files at most once a second
// when they changed; a pair that fails to load keeps the previous one (and
// says so in a warning, once per change of the files).
func (k *keyPair) get() (*tls.Certificate, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	now := time.Now()
	if k.current != nil && now.Sub(k.checked) < time.Second {
		return k.current, nil
	}
	k.checked = now
	if k.current != nil {
		k.warnExpiry(now)
	}
	st, err := stamp(k.cert, k.key)
	if err == nil && st == k.stamp && k.current != nil {
		return k.current, nil
	}
	c, leaf, lerr := loadPair(k.cert, k.key, now)
	if lerr != nil {
		if k.current != nil {
			// a half-written or refused renewal: keep serving the old pair
			if st != k.failed {
				k.failed = st
				k.log.Warn().Err(lerr).Time("serving_until", k.leaf.NotAfter).
					Msg("TLS certificate reload failed: serving the previous certificate until its files load")
			}
			return k.current, nil
		}
		return nil, lerr
	}
	k.current, k.leaf, k.stamp, k.failed, k.warned = c, leaf, st, "", false
	k.warnExpiry(now)
	return k.current, nil
}

// warnExpiry logs, once per certificate, that the current one ends within
// ExpiryWarning.
func (k *keyPair) warnExpiry(now time.Time) {
	if k.warned || k.leaf.NotAfter.Sub(now) > ExpiryWarning {
		return
	}
	k.warned = true
	k.log.Warn().Time("not_after", k.leaf.NotAfter).Str("left", k.leaf.NotAfter.Sub(now).Round(time.Minute).String()).
		Msg("TLS certificate expires soon: renew it (the new files are loaded without a restart)")
}

// loadPair reads a certificate and its key: the key file must be the
// owner's alone (CheckKeyFile) and the certificate valid at now.
func loadPair(certFile, keyFile string, now time.Time) (*tls.Certificate, *x509.Certificate, error) {
	if err := CheckKeyFile(keyFile); err != nil {
		return nil, nil, err
	}
	c, err := tls.LoadX509KeyPair(certFile, keyFile)
	if err != nil {
		return nil, nil, fmt.Errorf("loading TLS certificate %s and key %s: %w", certFile, keyFile, err)
	}
	leaf := c.Leaf
	if leaf == nil {
		if leaf, err = x509.ParseCertificate(c.Certificate[0]); err != nil {
			return nil, nil, fmt.Errorf("parsing TLS certificate %s: %w", certFile, err)
		}
	}
	if now.Before(leaf.NotBefore) {
		return nil, nil, fmt.Errorf("TLS certificate %s is not valid before %s (now %s): check the clock, or use a certificate valid now",
			certFile, leaf.NotBefore.UTC().Format(time.RFC3339), now.UTC().Format(time.RFC3339))
	}
	if now.After(leaf.NotAfter) {
		return nil, nil, fmt.Errorf("TLS certificate %s expired on %s: renew it", certFile, leaf.NotAfter.UTC().Format(time.RFC3339))
	}
	return &c, leaf, nil
}

// CheckKeyFile refuses a private key file that group or others may read,
// write or run (a key others can read is no longer the server's alone).
func CheckKeyFile(path string) error {
	if runtime.GOOS == "windows" {
		return nil // no Unix modes to check
	}
	st, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("reading TLS key %s: %w", path, err)
	}
	if m := st.Mode().Perm(); m&0o077 != 0 {
		return fmt.Errorf("TLS key %s is accessible by group or others (mode %04o): chmod 600 %s", path, m, path)
	}
	return nil
}

func pool(path string) (*x509.CertPool, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading CA file %s: %w", path, err)
	}
	p := x509.NewCertPool()
	if !p.AppendCertsFromPEM(b) {
		return nil, fmt.Errorf("CA file %s holds no PEM certificate", path)
	}
	return p, nil
}

// Config returns the server TLS configuration (TLS 1.2 or later); nil, nil
// when no certificate is configured (plaintext).
func (s Server) Config() (*tls.Config, error) {
	if s.CertFile == "" && s.KeyFile == "" {
		if s.ClientCAFile != "" {
			return nil, errors.New("tls-client-ca needs tls-cert and tls-key")
		}
		return nil, nil
	}
	if s.CertFile == "" || s.KeyFile == "" {
		return nil, errors.New("tls-cert and tls-key go together")
	}
	kp := newKeyPair(s.CertFile, s.KeyFile, "server", s.Log)
	if _, err := kp.get(); err != nil {
		return nil, err
	}
	c := &tls.Config{
		MinVersion: tls.VersionTLS12,
		GetCertificate: func(*tls.ClientHelloInfo) (*tls.Certificate, error) {
			return kp.get()
		},
		NextProtos: []string{"h2", "http/1.1"},
	}
	if s.ClientCAFile != "" {
		cas := &caPool{path: s.ClientCAFile, log: kp.log.With().Str("client_ca", s.ClientCAFile).Logger()}
		p, err := cas.get()
		if err != nil {
			return nil, err
		}
		c.ClientCAs, c.ClientAuth = p, tls.RequireAndVerifyClientCert
		// each handshake checks the client's certificate against the CA
		// file as it is now (re-read when it changes, as the key pair), so
		// that a CA added or withdrawn takes effect without a restart
		c.GetConfigForClient = func(*tls.ClientHelloInfo) (*tls.Config, error) {
			p, err := cas.get()
			if err != nil {
				return nil, err
			}
			// the configuration as it is now (a caller may have changed it
			// since, e.g. the fleet's NextProtos), with the current CAs
			h := c.Clone()
			h.GetConfigForClient, h.ClientCAs = nil, p
			return h, nil
		}
	}
	return c, nil
}

// caPool re-reads a CA file when it changes, at most once a second; a file
// that fails to load keeps the previous pool (with a warning, once per
// change of the file).
type caPool struct {
	path string
	log  zerolog.Logger

	mu      sync.Mutex
	current *x509.CertPool
	stamp   string
	checked time.Time
	failed  string
}

func (c *caPool) get() (*x509.CertPool, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	now := time.Now()
	if c.current != nil && now.Sub(c.checked) < time.Second {
		return c.current, nil
	}
	c.checked = now
	st, err := stamp(c.path)
	if err == nil && st == c.stamp && c.current != nil {
		return c.current, nil
	}
	if err != nil {
		st = "unreadable: " + err.Error() // a deleted file is a change to warn about too
	}
	p, lerr := pool(c.path)
	if lerr != nil {
		if c.current != nil {
			if st != c.failed {
				c.failed = st
				c.log.Warn().Err(lerr).Msg("TLS client CA reload failed: checking client certificates against the previous CA file until it loads")
			}
			return c.current, nil
		}
		return nil, lerr
	}
	c.current, c.stamp, c.failed = p, st, ""
	return p, nil
}

// Client is a client's files: the CA that signs the server's certificate
// (empty: the system's roots) and an optional client certificate (mTLS).
type Client struct {
	CAFile, CertFile, KeyFile string
	ServerName                string // empty: the host dialled
	// Log receives the client certificate's warnings (as Server.Log); nil:
	// JSON lines on stderr.
	Log *zerolog.Logger
}

// Config returns the client TLS configuration.
func (c Client) Config() (*tls.Config, error) {
	t := &tls.Config{MinVersion: tls.VersionTLS12, ServerName: c.ServerName}
	if c.CAFile != "" {
		p, err := pool(c.CAFile)
		if err != nil {
			return nil, err
		}
		t.RootCAs = p
	}
	if (c.CertFile == "") != (c.KeyFile == "") {
		return nil, errors.New("a client certificate needs both its certificate and its key file")
	}
	if c.CertFile != "" {
		kp := newKeyPair(c.CertFile, c.KeyFile, "client", c.Log)
		if _, err := kp.get(); err != nil {
			return nil, err
		}
		t.GetClientCertificate = func(*tls.CertificateRequestInfo) (*tls.Certificate, error) { return kp.get() }
	}
	return t, nil
}

// ErrNotHostPort is CheckListenAddr's answer for an address without a port.
var ErrNotHostPort = errors.New("want HOST:PORT")

// CheckListenAddr checks that addr is a listen address HOST:PORT with a port
// number in 0..65535 (HOST may be empty: every interface; port 0: any free
// port). Loopback says false of an address that is not HOST:PORT: check
// addresses with this first, so that a malformed one is reported as
// malformed rather than as off loopback.
func CheckListenAddr(addr string) error {
	_, port, err := net.SplitHostPort(addr)
	if err != nil {
		return ErrNotHostPort
	}
	if _, err := strconv.ParseUint(port, 10, 16); err != nil {
		return fmt.Errorf("port %q: want a number in 0..65535", port)
	}
	return nil
}

// Loopback reports whether a listen address HOST:PORT only accepts
// connections from this machine (a loopback IP or "localhost"); false for
// an address that is not HOST:PORT (see CheckListenAddr).
func Loopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
