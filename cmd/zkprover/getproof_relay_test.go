package main

import (
	"encoding/json"
	"net"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"google.golang.org/grpc"

	"github.com/zkprover/zkprover/doors/zkprover"
	"github.com/zkprover/zkprover/jobs"
	"github.com/zkprover/zkprover/queue"
)

// relayOf answers one fixed relay status for one node job.
type relayOf struct {
	job  string
	info jobs.RelayInfo
}

func (r *relayOf) RelayStatus(id string) (*jobs.RelayInfo, bool) {
	if id != r.job {
		return nil, false
	}
	i := r.info
	return &i, true
}

// TestGetProofPrintsRelay: get-proof prints the relay status GetProof answers, and --json
// carries it; a door without a relay source answers none and get-proof prints no relay line.
func TestGetProofPrintsRelay(t *testing.T) {
	// The zkprover.v1 door alone, over a real store, with a relay source the
	// test sets (in the node, the chain door is that source).
	store, err := queue.Open(t.TempDir(), queue.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	js := jobs.New(store, jobs.Options{Logger: zerolog.Nop()})
	var relays atomic.Pointer[relayOf]
	door := zkprover.New(js, zkprover.Reports{Relays: func() jobs.RelayStatuses {
		if r := relays.Load(); r != nil {
			return r
		}
		return jobs.RelayStatuses(nil)
	}}, zerolog.Nop())
	srv := grpc.NewServer()
	door.Register(srv)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go func() { _ = srv.Serve(l) }()
	t.Cleanup(func() { js.Halt(); srv.Stop(); _ = store.Close() })
	addr := l.Addr().String()
	fib := "../../examples/fibonacci/fibonacci.elf"
	var ids []string
	for i, in := range []string{"0a000000", "0b000000"} {
		out, err := runRoot(t, "gen-proof", fib, "--input", in, "--nonce", string(rune('0'+i)), "--addr", addr)
		if err != nil {
			t.Fatalf("gen-proof: %v\n%s", err, out)
		}
		ids = append(ids, strings.TrimSpace(out))
	}

	out, err := runRoot(t, "get-proof", ids[0], "--addr", addr)
	if err != nil || strings.Contains(out, "relay") {
		t.Fatalf("get-proof without a chain side: %v\n%s", err, out)
	}

	hash := "0x00000000000000000000000000000000000000000000000000000000000051a7"
	relays.Store(&relayOf{job: ids[0], info: jobs.RelayInfo{State: "sent", TxHash: hash, Attempts: 3,
		RelayID: "job/0x01", Reason: "", UpdatedAt: time.Unix(1_700_000_000, 0)}})
	out, err = runRoot(t, "get-proof", ids[0], "--addr", addr)
	for _, want := range []string{"relay          sent (job/0x01)\n", "relay tx       " + hash + " (3 attempts)\n", "relay updated  2023-11-14T22:13:20Z\n"} {
		if err != nil || !strings.Contains(out, want) {
			t.Fatalf("get-proof: %v, no %q in\n%s", err, want, out)
		}
	}
	out, err = runRoot(t, "get-proof", ids[1], "--addr", addr)
	if err != nil || !strings.Contains(out, "relay   none\n") {
		t.Fatalf("get-proof of a job of no chain request: %v\n%s", err, out)
	}

	out, err = runRoot(t, "get-proof", ids[0], "--addr", addr, "--json")
	if err != nil {
		t.Fatalf("get-proof --json: %v\n%s", err, out)
	}
	var resp struct {
		Relay struct {
			State    string `json:"state"`
			TxHash   string `json:"txHash"`
			Attempts int    `json:"attempts"`
			RelayID  string `json:"relayId"`
		} `json:"relay"`
	}
	if err := json.Unmarshal([]byte(out), &resp); err != nil || resp.Relay.State != "sent" || resp.Relay.TxHash != hash ||
		resp.Relay.Attempts != 3 || resp.Relay.RelayID != "job/0x01" {
		t.Fatalf("get-proof --json relay %+v (%v) in\n%s", resp.Relay, err, out)
	}
}
