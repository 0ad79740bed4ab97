package config

import (
	"strings"
	"testing"
)

// tlsArgs are a node certificate's keys (Validate reads no file).
var tlsArgs = []string{"--tls-cert", "c.pem", "--tls-key", "k.pem"}

func with(args ...[]string) []string {
	var out []string
	for _, a := range args {
		out = append(out, a...)
	}
	return out
}

// TestAnonymousOnlyOnLoopback: a door that serves callers (gRPC addr, the
// coprocessor gateway, the Infernet endpoint, the relay status API) off
// loopback with TLS but no auth-tokens is refused, naming auth-tokens and
// insecure (it was accepted, and every caller was an anonymous admin);
// tokens, mTLS (tls-client-ca) or insecure=true let it start. The metrics
// listener is never authenticated, so TLS is all it needs.
func TestAnonymousOnlyOnLoopback(t *testing.T) {
	for _, door := range [][]string{
		{"--addr", "0.0.0.0:50051"},
		{"--coprocessor-gateway-addr", "10.0.0.5:8080"},
		{"--infernet", "--infernet-addr", ":3000"},
		{"--relay-status-addr", "192.0.2.7:9465"},
	} {
		_, err := load(t, with(door, tlsArgs), nil)
		if err == nil || !strings.Contains(err.Error(), "no auth-tokens: every caller would be an anonymous admin") ||
			!strings.Contains(err.Error(), "insecure=true") || !strings.Contains(err.Error(), strings.TrimPrefix(door[len(door)-2], "--")+" ") {
			t.Errorf("%v with TLS, no tokens: %v, want a refusal naming the key, auth-tokens and insecure", door, err)
		}
		for _, ok := range [][]string{
			{"--auth-tokens", "tokens"},
			{"--tls-client-ca", "ca.pem"},
			{"--insecure"},
		} {
			if _, err := load(t, with(door, tlsArgs, ok), nil); err != nil {
				t.Errorf("%v with TLS and %v: %v", door, ok, err)
			}
		}
	}
	if _, err := load(t, with([]string{"--metrics-addr", "0.0.0.0:9464"}, tlsArgs), nil); err != nil {
		t.Errorf("metrics off loopback with TLS: %v", err)
	}
	// off: no check
	if _, err := load(t, []string{"--relay-status-addr", ":9465", "--chain=false", "--infernet-addr", ":3000"}, nil); err != nil {
		t.Errorf("addresses of doors that are off: %v", err)
	}
}

// TestDevchainOnlyOnLoopback: the development chain's JSON-RPC off loopback
// is refused (it was not checked at all: plaintext, unauthenticated, with
// public keys), whatever tls-cert says, unless insecure; it is not checked
// when another chain is followed or the chain side is off.
func TestDevchainOnlyOnLoopback(t *testing.T) {
	for _, args := range [][]string{
		{"--devchain-addr", "0.0.0.0:8545"},
		with([]string{"--devchain-addr", ":8545", "--auth-tokens", "tokens"}, tlsArgs),
	} {
		if _, err := load(t, args, nil); err == nil || !strings.Contains(err.Error(), "devchain-addr") || !strings.Contains(err.Error(), "insecure=true") {
			t.Errorf("%v: %v, want a refusal naming devchain-addr and insecure", args, err)
		}
		if _, err := load(t, append(args, "--insecure"), nil); err != nil {
			t.Errorf("%v --insecure: %v", args, err)
		}
	}
	for _, ok := range [][]string{
		{"--devchain-addr", "localhost:8545"},
		{"--devchain-addr", "0.0.0.0:8545", "--chain=false"},
		{"--devchain-addr", "0.0.0.0:8545", "--rpc-url", "https://rpc.example", "--job-manager", "0x00000000000000000000000000000000000000aa", "--relayer-keystore", "k.json"},
	} {
		if _, err := load(t, ok, nil); err != nil {
			t.Errorf("%v: %v", ok, err)
		}
	}
}

// TestAggregatorsOffLoopbackNeedTLS: an aggregator off loopback dialled in
// plaintext is refused (it was dialled without complaint), naming
// aggregator-tls and insecure; loopback aggregators may be plaintext.
func TestAggregatorsOffLoopbackNeedTLS(t *testing.T) {
	for _, args := range [][]string{
		{"--aggregator", "aggregator-1.example:50081"},
		{"--aggregator", "127.0.0.1:50081", "--aggregator", "10.1.1.1:50081"},
	} {
		_, err := load(t, args, nil)
		if err == nil || !strings.Contains(err.Error(), "aggregator-tls") || !strings.Contains(err.Error(), "insecure=true") {
			t.Errorf("%v: %v, want a refusal naming aggregator-tls and insecure", args, err)
		}
		for _, ok := range [][]string{{"--aggregator-tls"}, {"--aggregator-tls", "--aggregator-tls-ca", "ca.pem"}, {"--insecure"}} {
			if _, err := load(t, with(args, ok), nil); err != nil {
				t.Errorf("%v %v: %v", args, ok, err)
			}
		}
	}
	if _, err := load(t, []string{"--aggregator", "127.0.0.1:50081", "--aggregator", "localhost:50082", "--aggregator", "[::1]:50083"}, nil); err != nil {
		t.Errorf("loopback aggregators in plaintext: %v", err)
	}
}

// TestExposuresWithInsecure: with insecure=true each exposure is accepted
// and listed (the node logs each at start); the defaults expose nothing.
func TestExposuresWithInsecure(t *testing.T) {
	c, err := load(t, []string{"--insecure", "--addr", "0.0.0.0:50051", "--metrics-addr", ":9464",
		"--devchain-addr", "0.0.0.0:8545", "--aggregator", "agg.example:50081"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range c.Exposures() {
		got = append(got, e.Key+" "+e.Addr)
	}
	want := "addr 0.0.0.0:50051,addr 0.0.0.0:50051,metrics-addr :9464,devchain-addr 0.0.0.0:8545,aggregator agg.example:50081"
	if strings.Join(got, ",") != want {
		t.Fatalf("exposures %q, want %q", strings.Join(got, ","), want)
	}
	if e := Default().Exposures(); len(e) != 0 {
		t.Fatalf("the defaults expose %+v", e)
	}
}
