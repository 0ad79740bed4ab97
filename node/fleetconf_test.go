package node

import (
	"testing"

	"github.com/rs/zerolog"
)

// TestEmbedConfigRouteTLS: the embedded fleet server's routes are served
// and dialled with TLS whenever the node has a certificate (they were
// plaintext, carrying witnesses and proofs between machines, while clients
// got TLS), and stay plain without one.
func TestEmbedConfigRouteTLS(t *testing.T) {
	c := testConfig(t.TempDir())
	c.Fleet.Embed = true
	c.Fleet.Listen = "0.0.0.0:4222"
	c.Fleet.Cluster = "0.0.0.0:6222"
	c.Fleet.RouteUser, c.Fleet.RoutePass = "route", "pw"
	c.Fleet.TLSCA = "fleet-ca.pem"
	c.Security.TLSCert, c.Security.TLSKey, c.Security.TLSClientCA = "node.pem", "node.key", "clients.pem"
	ec, err := embedConfig(c, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	if ec.TLS == nil || ec.ClusterTLS == nil || ec.ClusterTLSClient == nil {
		t.Fatalf("TLS %v, route TLS %v / %v: want all three", ec.TLS, ec.ClusterTLS, ec.ClusterTLSClient)
	}
	if ec.ClusterTLS.CertFile != "node.pem" || ec.ClusterTLS.ClientCAFile != "clients.pem" ||
		ec.ClusterTLSClient.CAFile != "fleet-ca.pem" || ec.ClusterTLSClient.CertFile != "node.pem" || ec.ClusterTLSClient.KeyFile != "node.key" {
		t.Fatalf("route TLS %+v / %+v", *ec.ClusterTLS, *ec.ClusterTLSClient)
	}
	if ec.ClusterAuth.User != "route" || ec.ClusterPort != 6222 || ec.Port != 4222 {
		t.Fatalf("embed config %+v", ec)
	}
	c.Security.TLSCert, c.Security.TLSKey = "", ""
	if ec, err = embedConfig(c, zerolog.Nop()); err != nil || ec.TLS != nil || ec.ClusterTLS != nil || ec.ClusterTLSClient != nil {
		t.Fatalf("without a certificate: %+v, %v", ec, err)
	}
}
