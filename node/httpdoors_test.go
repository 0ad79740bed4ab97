package node

import (
	"io"
	"net/http"
	"testing"
	"time"

	"github.com/zkprover/zkprover/config"
)

// TestHTTPDoorTimeouts: the HTTP doors' servers (the coprocessor gateway, the
// Infernet endpoint) bound the header read, the whole request read (long
// enough for the largest body at 256 KiB/s) and idle keep-alive connections
// (review finding: listenHTTP set no ReadTimeout, so a client could hold a
// connection open sending its body forever).
func TestHTTPDoorTimeouts(t *testing.T) {
	cfg := config.Default()
	n := &Node{cfg: cfg}
	l, srv, err := n.listenHTTP("test door", "127.0.0.1:0", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.Copy(io.Discard, r.Body)
		_, _ = io.WriteString(w, "ok")
	}))
	if err != nil {
		t.Fatal(err)
	}
	go func() { _ = srv.Serve(l) }()
	defer srv.Close()
	resp, err := http.Get("http://" + l.Addr().String() + "/")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	_ = resp.Body.Close()
	if string(b) != "ok" {
		t.Fatalf("served %q", b)
	}
	body := 2*int64(cfg.Queue.MaxRequestBytes) + 64<<10
	if n.maxBodyBytes() != body {
		t.Fatalf("body bound %d, want %d (2 x max-request-bytes + 64 KiB)", n.maxBodyBytes(), body)
	}
	slowest := time.Duration(body/(256<<10)) * time.Second // the largest body at 256 KiB/s
	if srv.ReadHeaderTimeout <= 0 || srv.ReadHeaderTimeout > 30*time.Second {
		t.Errorf("ReadHeaderTimeout %s", srv.ReadHeaderTimeout)
	}
	if srv.ReadTimeout < slowest || srv.ReadTimeout > slowest+5*time.Minute {
		t.Errorf("ReadTimeout %s: want at least %s (the largest body at 256 KiB/s), not unbounded", srv.ReadTimeout, slowest)
	}
	if srv.IdleTimeout <= 0 {
		t.Errorf("IdleTimeout %s", srv.IdleTimeout)
	}
}
