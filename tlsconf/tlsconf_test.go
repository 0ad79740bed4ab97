package tlsconf_test

import (
	"errors"
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

// TestCheckListenAddr: an address without a port, or with a port that is no
// number in 0..65535, is refused (Loopback alone called it off loopback).
func TestCheckListenAddr(t *testing.T) {
	for _, ok := range []string{"127.0.0.1:50051", ":9465", "[::1]:0", "localhost:65535", "0.0.0.0:1", "example.com:80"} {
		if err := tlsconf.CheckListenAddr(ok); err != nil {
			t.Errorf("CheckListenAddr(%q): %v", ok, err)
		}
	}
	if err := tlsconf.CheckListenAddr("127.0.0.1"); !errors.Is(err, tlsconf.ErrNotHostPort) {
		t.Errorf("no port: %v, want ErrNotHostPort", err)
	}
	for _, bad := range []string{"", "::1:80", "127.0.0.1:", "bad:port", ":99999", ":65536", ":-1", ":+1"} {
		if err := tlsconf.CheckListenAddr(bad); err == nil {
			t.Errorf("CheckListenAddr(%q) accepted", bad)
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
