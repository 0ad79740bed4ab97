package tlsconf_test

import (
	"testing"

	"github.com/zkprover/zkprover/tlsconf"
	"github.com/zkprover/zkprover/tlsconf/tlstest"
)

func TestLoopback(t *testing.T) {
	for addr, want := range map[string]bool{
		"127.0.0.1:1": true, "[::1]:1": true, "localhost:1": true, "127.9.9.9:1": true,
		"0.0.0.0:1": false, ":1": false, "10.0.0.1:1": false, "example.com:1": false, "nonsense": false,
	} {
		if got := tlsconf.Loopback(addr); got != want {
			t.Errorf("Loopback(%q) = %v", addr, got)
		}
	}
}

func TestConfigs(t *testing.T) {
	ca := tlstest.NewCA(t)
	cert, key := ca.Issue(t, "s", true)
	if c, err := (tlsconf.Server{}).Config(); c != nil || err != nil {
		t.Fatal("no files: plaintext")
	}
	for _, bad := range []tlsconf.Server{{CertFile: cert}, {ClientCAFile: ca.File}, {CertFile: cert, KeyFile: "/nonexistent"}, {CertFile: cert, KeyFile: key, ClientCAFile: key}} {
		if _, err := bad.Config(); err == nil {
			t.Errorf("accepted %+v", bad)
		}
	}
	if c, err := (tlsconf.Server{CertFile: cert, KeyFile: key, ClientCAFile: ca.File}).Config(); err != nil || c.ClientCAs == nil {
		t.Fatalf("mTLS server: %v", err)
	}
	if _, err := (tlsconf.Client{CertFile: cert}).Config(); err == nil {
		t.Error("a client certificate without its key was accepted")
	}
	if c, err := (tlsconf.Client{CAFile: ca.File, CertFile: cert, KeyFile: key}).Config(); err != nil || c.RootCAs == nil || c.GetClientCertificate == nil {
		t.Fatalf("client: %v", err)
	}
}
