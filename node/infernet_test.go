package node

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/zkprover/zkprover/config"
	"github.com/zkprover/zkprover/contracts"
	"github.com/zkprover/zkprover/contracts/bindings"
	"github.com/zkprover/zkprover/devchain"
	"github.com/zkprover/zkprover/doors/infernet"
	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/jobs"
	"github.com/zkprover/zkprover/statement"
)

// TestInfernetDeliveryOnChain: the node as an Infernet container on its
// development chain. A SubscriptionStore subscribes to examples/infernet with
// the packed input abi.encode(abi.encode(uint256 7), "") and a fixed offchain
// input hash (which the node's own listener cannot serve, so the test's
// account is the only deliverer). Acting as the Infernet node, the test
// POSTs /service_output {source 0, destination 0, data {subscription_id,
// interval, node, elf, offchain_input}} (before the chain side runs: 503),
// sends deliverCompute(id, interval, abi.encode(raw_input, processed_input),
// abi.encode(raw_output, processed_output), proof) from that account, and the
// consumer holds the proven output 49 from that node. The same answer sent
// from another account fails the proof (the statement binds the node).
func TestInfernetDeliveryOnChain(t *testing.T) {
	if testing.Short() {
		t.Skip("the development chain and a real proof")
	}
	tn := startNode(t, t.TempDir(), openShared(t), func(c *config.Config) {
		c.Chain.Enabled = true
		c.Chain.DevAddr, c.Chain.DevBlockPeriod, c.Chain.DevDemo = "127.0.0.1:0", 200*time.Millisecond, false
		c.Chain.DevProgram, c.Chain.ContractsDir, c.Chain.StatusAddr = "../examples/fibonacci/fibonacci.elf", "../contracts", ""
		c.Chain.Confirmations = 1
		c.Prover.Keys, c.Prover.Class = shared.Dir(), testClass
		c.Coprocessor.Infernet, c.Coprocessor.InfernetAddr = true, "127.0.0.1:0"
	})
	url := "http://" + tn.inflis.Addr().String() + infernet.Path
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	elf, err := os.ReadFile("../examples/infernet/infernet.elf")
	if err != nil {
		t.Fatal(err)
	}
	prog, err := executor.LoadELF(elf, executor.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	node := crypto.PubkeyToAddress(devchain.DevKey("user").PublicKey)
	offchain := []byte("infernet offchain input")
	bodyAt := func(sub, interval uint32) []byte {
		b, err := json.Marshal(map[string]any{"source": 0, "destination": 0, "requires_proof": true, "data": map[string]any{
			"subscription_id": sub, "interval": interval, "node": node.Hex(), "elf": hex.EncodeToString(elf), "offchain_input": hex.EncodeToString(offchain)}})
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	body := func(sub uint32) []byte {
		b, err := json.Marshal(map[string]any{"source": 0, "destination": 0, "requires_proof": true, "data": map[string]any{
			"subscription_id": sub, "interval": 1, "node": node.Hex(), "elf": hex.EncodeToString(elf), "offchain_input": hex.EncodeToString(offchain)}})
		if err != nil {
			t.Fatal(err)
		}
		return b
	}

	// Before the chain side runs (it starts once the keys are loaded): 503, or it already runs.
	if code, msg := postInfernet(ctx, t, url, body(1)); code != http.StatusOK && code != http.StatusServiceUnavailable && code != http.StatusNotFound {
		t.Fatalf("early request: %d %s", code, msg)
	}
	var dev *devRun
	for dev == nil || tn.chain.checker.Load() == nil {
		select {
		case <-ctx.Done():
			t.Fatal("the chain side never came up")
		case <-time.After(100 * time.Millisecond):
		}
		dev = tn.chain.dev.Load()
	}
	client := dev.chain.Client()
	chainID := dev.chain.ChainID()
	transactor := func(name string) *bind.TransactOpts {
		o, err := bind.NewKeyedTransactorWithChainID(devchain.DevKey(name), chainID)
		if err != nil {
			t.Fatal(err)
		}
		o.Context = ctx
		return o
	}
	mined := func(tx *types.Transaction, err error) *types.Receipt {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		r, err := bind.WaitMined(ctx, client, tx)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}

	// The subscriber: a SubscriptionStore owned by the deployer account.
	owner := transactor("deployer")
	storeAddr, tx, store, err := bindings.DeploySubscriptionStore(owner, client, dev.info.Coordinator)
	if err != nil {
		t.Fatal(err)
	}
	if r := mined(tx, nil); r.Status != types.ReceiptStatusSuccessful {
		t.Fatal("deploying the SubscriptionStore failed")
	}
	rawIn := new(big.Int).SetUint64(7).FillBytes(make([]byte, 32)) // abi.encode(uint256 7)
	input, err := infernet.PackBytesPair(rawIn, nil)
	if err != nil {
		t.Fatal(err)
	}
	terms := bindings.SubscriptionTerms{MaxProofClass: testClass, OffchainInputHash: contracts.Bytes32(statement.OffchainHash(offchain))}
	coord, err := bindings.NewCoordinator(dev.info.Coordinator, client)
	if err != nil {
		t.Fatal(err)
	}
	r := mined(store.SubscribeWithTerms(owner, jobs.FieldBytes(prog.ID), input, big.NewInt(200_000e9), 5_000_000, 1, 0, 1, terms))
	var subID uint32
	for _, l := range r.Logs {
		if ev, err := coord.ParseSubscriptionCreated(*l); err == nil {
			subID = ev.Id
		}
	}
	if r.Status != types.ReceiptStatusSuccessful || subID == 0 {
		t.Fatalf("subscribing failed (status %d, subscription %d)", r.Status, subID)
	}

	// The container call, as an Infernet node makes it.
	code, msg := postInfernet(ctx, t, url, body(subID))
	if code != http.StatusOK {
		t.Fatalf("service_output: %d %s", code, msg)
	}
	var res infernet.OnchainResult
	if err := json.Unmarshal(msg, &res); err != nil {
		t.Fatal(err)
	}
	wantRawOut := new(big.Int).SetUint64(49).FillBytes(make([]byte, 32))
	if res.RawInput != hex.EncodeToString(rawIn) || res.ProcessedInput != "" || res.RawOutput != hex.EncodeToString(wantRawOut) || res.ProcessedOutput != "" {
		t.Fatalf("five keys %+v", res)
	}
	// What the Infernet node delivers: input and output re-packed from the halves, proof as bytes.
	dec := func(s string) []byte {
		b, err := hex.DecodeString(s)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	in, err := infernet.PackBytesPair(dec(res.RawInput), dec(res.ProcessedInput))
	if err != nil {
		t.Fatal(err)
	}
	out, err := infernet.PackBytesPair(dec(res.RawOutput), dec(res.ProcessedOutput))
	if err != nil {
		t.Fatal(err)
	}
	proof := dec(res.Proof)

	// Another account sending the same delivery fails: the proof names the node.
	other := transactor("deployer")
	other.GasLimit = 3_000_000 // no estimate: the call reverts, and the revert is what is checked
	if r := mined(coord.DeliverCompute(other, subID, 1, in, out, proof)); r.Status == types.ReceiptStatusSuccessful {
		t.Fatal("a delivery copied by another account was accepted")
	}
	if r := mined(coord.DeliverCompute(transactor("user"), subID, 1, in, out, proof)); r.Status != types.ReceiptStatusSuccessful {
		t.Fatal("deliverCompute by the node failed")
	}
	got, err := store.Deliveries(&bind.CallOpts{Context: ctx}, subID, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Node != node || got[0].ExitCode != 0 || !bytes.Equal(got[0].Output, out) {
		t.Fatalf("the consumer at %s holds %+v, want one delivery of %x by %s", storeAddr, got, out, node)
	}
	if n := new(big.Int).SetBytes(got[0].Output[96:128]); n.Uint64() != 49 {
		t.Fatalf("the consumer received n*n = %s, want 49", n)
	}
	// Intervals no delivery can land any more are refused before anything is proven, with the
	// Coordinator's reason (review: each was proven, at every retry): the one the node
	// delivered, one beyond the subscription's frequency (1).
	jobsBefore := len(tn.jobs.Status(ctx).Pending)
	for _, c := range []struct {
		interval uint32
		code     int
		words    string
	}{{1, http.StatusConflict, "NodeRespondedAlready"}, {2, http.StatusBadRequest, "SubscriptionCompleted"}} {
		if code, msg := postInfernet(ctx, t, url, bodyAt(subID, c.interval)); code != c.code || !strings.Contains(string(msg), c.words) {
			t.Fatalf("interval %d after the delivery: %d %s, want %d naming %s", c.interval, code, msg, c.code, c.words)
		}
	}
	if st := tn.jobs.Status(ctx); len(st.Pending) != jobsBefore || st.Busy {
		t.Fatalf("a refused interval queued a job: %+v", st)
	}
}

// postInfernet posts body to the container endpoint and returns the status and
// the answer.
func postInfernet(ctx context.Context, t *testing.T, url string, body []byte) (int, []byte) {
	t.Helper()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json") // as the Infernet node sends it
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = resp.Body.Close() }()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, bytes.TrimSpace(b)
}
