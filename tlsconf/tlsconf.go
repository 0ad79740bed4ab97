// Package tlsconf builds the node's TLS configurations from PEM files: the
// server side of every listener (certificates re-read when their files
// change, so a renewed certificate is served without a restart; optional
// client certificates: mTLS) and the client side of the node's own dials (the
// aggregators) and of the CLI.
package tlsconf

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"os"
	"strconv"
	"sync"
	"time"
)

// Server is a server's certificate files.
type Server struct {
	CertFile, KeyFile string
	ClientCAFile      string // non-empty: clients must present a certificate signed by it
}

// keyPair re-reads a certificate and key when either file changes.
type keyPair struct {
	cert, key string

	mu      sync.Mutex
	current *tls.Certificate
	stamp   string
	checked time.Time
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
// when they changed; a pair that fails to load keeps the previous one.
func (k *keyPair) get() (*tls.Certificate, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.current != nil && time.Since(k.checked) < time.Second {
		return k.current, nil
	}
	k.checked = time.Now()
	st, err := stamp(k.cert, k.key)
	if err == nil && st == k.stamp && k.current != nil {
		return k.current, nil
	}
	c, lerr := tls.LoadX509KeyPair(k.cert, k.key)
	if lerr != nil {
		if k.current != nil {
			return k.current, nil // a half-written renewal: keep serving the old pair
		}
		return nil, fmt.Errorf("loading TLS certificate %s and key %s: %w", k.cert, k.key, lerr)
	}
	k.current, k.stamp = &c, st
	return k.current, nil
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
	kp := &keyPair{cert: s.CertFile, key: s.KeyFile}
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
		p, err := pool(s.ClientCAFile)
		if err != nil {
			return nil, err
		}
		c.ClientCAs, c.ClientAuth = p, tls.RequireAndVerifyClientCert
	}
	return c, nil
}

// Client is a client's files: the CA that signs the server's certificate
// (empty: the system's roots) and an optional client certificate (mTLS).
type Client struct {
	CAFile, CertFile, KeyFile string
	ServerName                string // empty: the host dialled
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
		kp := &keyPair{cert: c.CertFile, key: c.KeyFile}
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
