package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
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
