package aggregator

import (
	"testing"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"

	"github.com/zkprover/zkprover/tlsconf"
	"github.com/zkprover/zkprover/tlsconf/tlstest"
)

// TestDialOverTLS: the node dials an aggregator that serves TLS and requires
// a client certificate (mTLS); without the CA it does not connect.
func TestDialOverTLS(t *testing.T) {
	ca := tlstest.NewCA(t)
	cert, key := ca.Issue(t, "aggregator", true)
	srvTLS, err := (tlsconf.Server{CertFile: cert, KeyFile: key, ClientCAFile: ca.File}).Config()
	if err != nil {
		t.Fatal(err)
	}
	agg := startAggWith(t, "127.0.0.1:0", 0, grpc.Creds(credentials.NewTLS(srvTLS)))

	// A node that does not trust the aggregator's CA never gets a stream.
	cc, ck := ca.Issue(t, "prover", false)
	untrusting, err := (tlsconf.Client{CertFile: cc, KeyFile: ck}).Config()
	if err != nil {
		t.Fatal(err)
	}
	bad := startNode(t, t.TempDir(), nodeOpts{name: "untrusting", aggs: []string{agg.addr()}, tls: untrusting})
	waitFor(t, "a failed dial", func() bool { c := bad.Aggregators()[0]; return c.LastError != "" && c.Connects == 0 })
	bad.stop()
	if n := agg.streams.Load(); n != 0 {
		t.Fatalf("%d streams from a node that does not trust the aggregator", n)
	}

	trusting, err := (tlsconf.Client{CAFile: ca.File, CertFile: cc, KeyFile: ck}).Config()
	if err != nil {
		t.Fatal(err)
	}
	tn := startNode(t, t.TempDir(), nodeOpts{name: "over-tls", aggs: []string{agg.addr()}, tls: trusting})
	p := agg.next(t)
	if p.name != "over-tls" {
		t.Fatalf("prover name %q", p.name)
	}
	p.mustStatus(t)
	waitFor(t, "the connection", func() bool { return tn.Aggregators()[0].State == "connected" })
}
