package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

// serve serves h on a loopback port until the test ends.
func serve(t *testing.T, h http.HandlerFunc) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 5 * time.Second}
	go func() { _ = srv.Serve(l) }()
	t.Cleanup(func() { _ = srv.Close() })
	return l.Addr().String()
}

// TestChainCommandsTimeOut: chain job and request give up on a JSON-RPC
// endpoint that accepts connections but never answers (--rpc-timeout),
// instead of waiting forever.
func TestChainCommandsTimeOut(t *testing.T) {
	hung := make(chan struct{})
	t.Cleanup(func() { close(hung) })
	rpc := serve(t, func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-hung:
		}
	})
	status := serve(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/v1/chain" {
			http.NotFound(w, r)
			return
		}
		_, _ = fmt.Fprintf(w, `{"chain_id":1337,"relayer":"0x00000000000000000000000000000000000000aa",
		  "deployment":{"job_manager":"0x0000000000000000000000000000000000000001","consumer":"0x0000000000000000000000000000000000000002","rpc":"http://%s"}}`, rpc)
	})
	for _, args := range [][]string{
		{"chain", "job", "0x01", "--relay-status-addr", status, "--rpc-timeout", "300ms"},
		{"request", "--input", "0x01", "--relay-status-addr", status, "--rpc-timeout", "300ms", "--wait", "0"},
	} {
		done := make(chan error, 1)
		go func() {
			_, err := runRoot(t, args...)
			done <- err
		}()
		select {
		case err := <-done:
			if !errors.Is(err, context.DeadlineExceeded) && (err == nil || !strings.Contains(err.Error(), "deadline exceeded")) {
				t.Errorf("%s: %v, want a deadline exceeded", strings.Join(args[:2], " "), err)
			}
		case <-time.After(2 * time.Minute):
			t.Fatalf("%s still waiting on a silent endpoint", strings.Join(args[:2], " "))
		}
	}
	for _, args := range [][]string{
		{"request", "--input", "0x01", "--relay-status-addr", status, "--rpc-timeout", "0"},
		{"chain", "job", "0x01", "--relay-status-addr", status, "--rpc-timeout", "0"},
	} {
		if _, err := runRoot(t, args...); err == nil || !strings.Contains(err.Error(), "must be positive") {
			t.Errorf("%s --rpc-timeout 0: %v", strings.Join(args[:2], " "), err)
		}
	}
}

// TestOnchainJobRowsExitCode: a completed job's exit code is printed when read (the example
// consumer keeps it), and said to be not read otherwise, never shown as a 0 it did not read.
func TestOnchainJobRowsExitCode(t *testing.T) {
	seven := uint32(7)
	for _, c := range []struct {
		exit *uint32
		want string
	}{{&seven, "7"}, {nil, "not read"}} {
		j := &onchainJob{JobID: "0x01", Status: "completed", Consumer: "0xc0", Output: "0x2a", ExitCode: c.exit}
		var got string
		for _, r := range j.rows() {
			if r[0] == "exit code" {
				got = r[1]
			}
		}
		if !strings.HasPrefix(got, c.want) {
			t.Errorf("exit code row %q, want %q", got, c.want)
		}
	}
}
