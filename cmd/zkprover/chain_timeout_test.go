package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/zkprover/zkprover/contracts"
	"github.com/zkprover/zkprover/contracts/bindings"
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

// TestChainCommandsExternalChain: on a node that follows an external chain, `chain info` shows
// the contracts it follows and `chain job` reads a job from that JobManager over the JSON-RPC
// URL given with --rpc (a real chain over HTTP, the node's relay status API faked); without
// --rpc it says so.
func TestChainCommandsExternalChain(t *testing.T) {
	sim, port, key := startHTTPSim(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	client := sim.Client()
	chainID, err := client.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	opts, err := bind.NewKeyedTransactorWithChainID(key, chainID)
	if err != nil {
		t.Fatal(err)
	}
	opts.Context = ctx
	from := opts.From
	mined := func(tx *types.Transaction, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		if r, err := bind.WaitMined(ctx, client, tx); err != nil || r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("transaction %s: %v", tx.Hash(), err)
		}
	}
	reg, tx, _, err := bindings.DeployVerifierRegistry(opts, client, from)
	mined(tx, err)
	jm, tx, _, err := bindings.DeployJobManager(opts, client, reg, from)
	mined(tx, err)
	consumer, tx, cons, err := bindings.DeployOutputConsumer(opts, client, jm, from, [32]byte{31: 9}, 256)
	mined(tx, err)
	tx, err = cons.Request(opts, []byte{1, 2, 3, 4})
	mined(tx, err)
	jobID := contracts.JobID(1, consumer)

	status := serve(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/v1/chain" {
			http.NotFound(w, r)
			return
		}
		_, _ = fmt.Fprintf(w, `{"chain_id":%d,"relayer":"0x00000000000000000000000000000000000000aa","deployment":null,
		  "contracts":{"job_manager":"%s","registry":"%s"}}`, chainID, jm.Hex(), reg.Hex())
	})
	out, err := runRoot(t, "chain", "info", "--relay-status-addr", status)
	if err != nil || !strings.Contains(out, jm.Hex()) || !strings.Contains(out, reg.Hex()) || strings.Contains(out, "coordinator") {
		t.Fatalf("chain info: %v\n%s", err, out)
	}
	if _, err := runRoot(t, "chain", "job", common.Hash(jobID).Hex(), "--relay-status-addr", status); err == nil || !strings.Contains(err.Error(), "--rpc") {
		t.Fatalf("chain job without --rpc: %v", err)
	}
	out, err = runRoot(t, "chain", "job", common.Hash(jobID).Hex(), "--relay-status-addr", status, "--rpc", fmt.Sprintf("http://127.0.0.1:%d", port), "--json")
	if err != nil {
		t.Fatalf("chain job: %v\n%s", err, out)
	}
	var j onchainJob
	if err := json.Unmarshal([]byte(out), &j); err != nil {
		t.Fatalf("chain job --json %q: %v", out, err)
	}
	if j.Status != "pending" || j.Consumer != consumer.Hex() || j.JobID != common.Hash(jobID).Hex() {
		t.Fatalf("chain job: %+v", j)
	}
	if _, err := runRoot(t, "chain", "job", common.Hash{1}.Hex(), "--relay-status-addr", status, "--rpc", fmt.Sprintf("http://127.0.0.1:%d", port)); err == nil || !strings.Contains(err.Error(), "no job") {
		t.Fatalf("chain job of an unknown job: %v", err)
	}
	// A requester the consumer does not allow: the consumer's revert is named.
	stranger, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	nonce, err := client.PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatal(err)
	}
	fund, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: chainID, Nonce: nonce, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(100e9),
		Gas: 21000, To: ptr(crypto.PubkeyToAddress(stranger.PublicKey)), Value: big.NewInt(1e18)}), types.LatestSignerForChainID(chainID), key)
	if err != nil {
		t.Fatal(err)
	}
	mined(fund, client.SendTransaction(ctx, fund))
	keyFile := writeKeyFile(t, t.TempDir(), stranger)
	if _, err := runRoot(t, "request", "--input", "0x01020304", "--consumer", consumer.Hex(), "--rpc", fmt.Sprintf("http://127.0.0.1:%d", port),
		"--key-file", keyFile, "--relay-status-addr", status, "--wait", "0"); err == nil || !strings.Contains(err.Error(), "the consumer reverted NotRequester") {
		t.Fatalf("a request by a stranger: %v", err)
	}
}

func ptr[T any](v T) *T { return &v }
