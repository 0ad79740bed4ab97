package node

import (
	"context"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/status"

	"github.com/zkprover/zkprover/config"
	pb "github.com/zkprover/zkprover/proto/zkprover/v1"
)

// TestConnectionsPerHostBounded: a host past max-connections-per-host has its
// next connection closed at once (its call fails UNAVAILABLE, nothing waits),
// the refusal is counted in the metrics, and a slot comes back when one of
// its connections closes.
func TestConnectionsPerHostBounded(t *testing.T) {
	tn := startNode(t, t.TempDir(), nil, func(c *config.Config) { c.Node.MaxConnsPerHost = 2 })
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	dial := func() *grpc.ClientConn {
		c, err := grpc.NewClient("passthrough:///"+tn.Addr().String(), grpc.WithTransportCredentials(insecure.NewCredentials()))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = c.Close() })
		return c
	}
	status1 := func(c *grpc.ClientConn) error {
		_, err := pb.NewZKProverServiceClient(c).GetStatus(ctx, &pb.GetStatusRequest{})
		return err
	}
	a, b := dial(), dial()
	for i, c := range []*grpc.ClientConn{a, b} {
		if err := status1(c); err != nil {
			t.Fatalf("connection %d within the bound: %v", i, err)
		}
	}
	third := dial()
	if err := status1(third); status.Code(err) != codes.Unavailable {
		t.Fatalf("a third connection from the host: %v, want UNAVAILABLE", err)
	}
	_ = third.Close()

	// The refusal is counted (the metrics listener has its own slots).
	resp, err := http.Get("http://" + tn.MetricsAddr().String() + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	_ = resp.Body.Close()
	if !strings.Contains(string(body), `zkprover_connections_refused_total{listener="gRPC doors",reason="per_host"}`) {
		t.Fatalf("no per-host refusal counted in the metrics:\n%s", body)
	}
	if !strings.Contains(string(body), `zkprover_build_info{commit="`) {
		t.Fatalf("no build info in the metrics:\n%s", body)
	}

	// A closed connection gives its slot back (the server sees the close a
	// moment later: retry until then).
	_ = a.Close()
	deadline := time.Now().Add(time.Minute)
	for {
		c := dial()
		err := status1(c)
		if err == nil {
			break
		}
		_ = c.Close() // no background reconnects taking the slot

		if time.Now().After(deadline) {
			t.Fatalf("the host's freed slot was not given back: %v", err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// httpGet returns the status and body of a GET.
func httpGet(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// TestReadyzWhileBooting: a node whose prover is not loaded yet is alive (/healthz 200) but
// not ready (/readyz 503, saying why); TestProveThroughNode sees /readyz 200 once it is.
func TestReadyzWhileBooting(t *testing.T) {
	tn := startNode(t, t.TempDir(), nil, nil) // NoProver: never ready
	base := "http://" + tn.MetricsAddr().String()
	if code, _ := httpGet(t, base+"/healthz"); code != http.StatusOK {
		t.Fatalf("/healthz while booting: %d", code)
	}
	if code, body := httpGet(t, base+"/readyz"); code != http.StatusServiceUnavailable || !strings.Contains(body, "booting") {
		t.Fatalf("/readyz while booting: %d %q", code, body)
	}
}

// TestHTTPRequestsCounted: an HTTP door's answers are counted by listener, code and method
// (a refused gateway call showed nowhere in the metrics before).
func TestHTTPRequestsCounted(t *testing.T) {
	tn := startNode(t, t.TempDir(), nil, func(c *config.Config) { c.Coprocessor.GatewayAddr = "127.0.0.1:0" })
	resp, err := http.Post("http://"+tn.gwlis.Addr().String()+"/v1/coprocessor_node/get_result", "application/json", strings.NewReader("not json"))
	if err != nil {
		t.Fatal(err)
	}
	_ = resp.Body.Close()
	if resp.StatusCode != http.StatusBadRequest {
		t.Fatalf("a bad gateway call: %d, want 400", resp.StatusCode)
	}
	_, body := httpGet(t, "http://"+tn.MetricsAddr().String()+"/metrics")
	if want := `zkprover_http_requests_total{code="400",listener="coprocessor gateway",method="post"} 1`; !strings.Contains(body, want) {
		t.Fatalf("no %s in the metrics:\n%s", want, body)
	}
}
