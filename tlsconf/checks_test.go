package tlsconf_test

import (
	"crypto/tls"
	"crypto/x509"
	"net"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/tlsconf"
	"github.com/zkprover/zkprover/tlsconf/tlstest"

	"github.com/zkprover/zkprover/internal/testlog"
)

// TestCertificateOutsideItsValidityRefused: a server (or client)
// certificate that has expired, or is not valid yet, is refused when the
// configuration is built (the node did not start) with an error that says
// which and when; it was served, and every client refused it.
func TestCertificateOutsideItsValidityRefused(t *testing.T) {
	ca := tlstest.NewCA(t)
	now := time.Now()
	expCert, expKey := ca.IssueWith(t, "expired", true, tlstest.Options{NotBefore: now.Add(-48 * time.Hour), NotAfter: now.Add(-time.Hour)})
	futCert, futKey := ca.IssueWith(t, "future", true, tlstest.Options{NotBefore: now.Add(time.Hour), NotAfter: now.Add(48 * time.Hour)})
	for _, c := range []struct{ cert, key, want string }{
		{expCert, expKey, "TLS certificate " + expCert + " expired on"},
		{futCert, futKey, "TLS certificate " + futCert + " is not valid before"},
	} {
		if _, err := (tlsconf.Server{CertFile: c.cert, KeyFile: c.key}).Config(); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("server: %v, want %q", err, c.want)
		}
		if _, err := (tlsconf.Client{CAFile: ca.File, CertFile: c.cert, KeyFile: c.key}).Config(); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("client certificate: %v, want %q", err, c.want)
		}
	}
}

// TestKeyFileForOwnerOnly: a private key file that group or others may
// read (or write) is refused with the chmod that fixes it; mode 0600 and
// 0400 are taken.
func TestKeyFileForOwnerOnly(t *testing.T) {
	ca := tlstest.NewCA(t)
	cert, key := ca.Issue(t, "s", true)
	for _, mode := range []os.FileMode{0o640, 0o604, 0o644, 0o660} {
		if err := os.Chmod(key, mode); err != nil {
			t.Fatal(err)
		}
		if _, err := (tlsconf.Server{CertFile: cert, KeyFile: key}).Config(); err == nil || !strings.Contains(err.Error(), "chmod 600 "+key) {
			t.Errorf("key of mode %04o: %v, want a refusal saying chmod 600 %s", mode, err, key)
		}
		if _, err := (tlsconf.Client{CertFile: cert, KeyFile: key}).Config(); err == nil || !strings.Contains(err.Error(), "chmod 600 "+key) {
			t.Errorf("client key of mode %04o: %v", mode, err)
		}
	}
	for _, mode := range []os.FileMode{0o600, 0o400} {
		if err := os.Chmod(key, mode); err != nil {
			t.Fatal(err)
		}
		if _, err := (tlsconf.Server{CertFile: cert, KeyFile: key}).Config(); err != nil {
			t.Errorf("key of mode %04o: %v", mode, err)
		}
	}
}

// TestExpiryAndFailedReloadLogged: over loopback TLS, a certificate that
// ends within ExpiryWarning is served with a warning logged once; a renewal
// that does not load (a half-written certificate, a key others can read)
// keeps the old pair serving and is logged as a warning once per change of
// the files (it was kept silently).
func TestExpiryAndFailedReloadLogged(t *testing.T) {
	ca := tlstest.NewCA(t)
	cert, key := ca.IssueWith(t, "soon", true, tlstest.Options{NotAfter: time.Now().Add(7 * 24 * time.Hour)})
	var logs testlog.Buffer
	log := zerolog.New(&logs)
	sc, err := (tlsconf.Server{CertFile: cert, KeyFile: key, Log: &log}).Config()
	if err != nil {
		t.Fatal(err)
	}
	l, err := tls.Listen("tcp", "127.0.0.1:0", sc)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = l.Close() })
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			_ = c.(*tls.Conn).Handshake()
			_ = c.Close()
		}
	}()
	roots := x509.NewCertPool()
	pem, err := os.ReadFile(ca.File)
	if err != nil {
		t.Fatal(err)
	}
	roots.AppendCertsFromPEM(pem)
	served := func() *x509.Certificate {
		t.Helper()
		c, err := tls.DialWithDialer(&net.Dialer{Timeout: 10 * time.Second}, "tcp", l.Addr().String(), &tls.Config{RootCAs: roots, ServerName: "127.0.0.1", MinVersion: tls.VersionTLS12})
		if err != nil {
			t.Fatalf("handshake: %v", err)
		}
		defer c.Close()
		return c.ConnectionState().PeerCertificates[0]
	}
	first := served()
	if n := strings.Count(logs.String(), "TLS certificate expires soon"); n != 1 || !strings.Contains(logs.String(), `"component":"tlsconf"`) {
		t.Fatalf("%d expiry warnings, want 1:\n%s", n, logs.String())
	}

	// A renewal that is half written: the old pair keeps serving, one warning.
	if err := os.WriteFile(cert, []byte("-----BEGIN CERTIFICATE-----\nhalf"), 0o600); err != nil {
		t.Fatal(err)
	}
	time.Sleep(1100 * time.Millisecond) // past the re-check interval
	for range 2 {
		if got := served(); !got.Equal(first) {
			t.Fatal("a half-written renewal replaced the certificate")
		}
	}
	time.Sleep(1100 * time.Millisecond)
	_ = served()
	if n := strings.Count(logs.String(), "TLS certificate reload failed"); n != 1 {
		t.Fatalf("%d reload warnings for one change of the files, want 1:\n%s", n, logs.String())
	}
	// A renewal whose key others may read: refused the same way.
	newCert, newKey := ca.Issue(t, "renewed", true)
	for _, f := range [][2]string{{newCert, cert}, {newKey, key}} {
		b, err := os.ReadFile(f[0])
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(f[1], b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Chmod(key, 0o644); err != nil {
		t.Fatal(err)
	}
	time.Sleep(1100 * time.Millisecond)
	if got := served(); !got.Equal(first) {
		t.Fatal("a renewal with a world-readable key was loaded")
	}
	if !strings.Contains(logs.String(), "chmod 600 "+key) {
		t.Fatalf("the refused renewal's reason is not logged:\n%s", logs.String())
	}
	// Fixed: the renewal is served.
	if err := os.Chmod(key, 0o600); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for served().Equal(first) {
		if time.Now().After(deadline) {
			t.Fatal("the fixed renewal was never served")
		}
		time.Sleep(200 * time.Millisecond)
	}
}
