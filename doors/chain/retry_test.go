package chain_test

import (
	"context"
	"math/big"
	"net/http"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/contracts"
	bridge "github.com/zkprover/zkprover/doors/chain"
	"github.com/zkprover/zkprover/jobs"
	"github.com/zkprover/zkprover/listener"
	"github.com/zkprover/zkprover/relayer"
)

// revertingChain is offlineChain whose every call reverts: a delivery fails at its simulation.
type revertingChain struct{ offlineChain }

func (revertingChain) CallContract(context.Context, ethereum.CallMsg, *big.Int) ([]byte, error) {
	return nil, vm.ErrExecutionReverted
}
func (revertingChain) EstimateGas(context.Context, ethereum.CallMsg) (uint64, error) {
	return 0, vm.ErrExecutionReverted
}
func (revertingChain) BlockNumber(context.Context) (uint64, error) { return 1, nil }
func (revertingChain) HeaderByNumber(context.Context, *big.Int) (*types.Header, error) {
	return &types.Header{Number: big.NewInt(1), BaseFee: big.NewInt(1e9)}, nil
}
func (revertingChain) NonceAt(context.Context, common.Address, *big.Int) (uint64, error) {
	return 0, nil
}
func (revertingChain) PendingNonceAt(context.Context, common.Address) (uint64, error) { return 0, nil }
func (revertingChain) SuggestGasTipCap(context.Context) (*big.Int, error) {
	return big.NewInt(1e9), nil
}

// TestRelayRetryAPI: POST /v1/relay/retry/{id} puts a failed delivery back to pending for an
// admin (403 for a read or submit token, 404 for an unknown id, 409 for one that has not
// failed, 415 without Content-Type application/json: no cross-site form can send it); the
// relayer then simulates it again before sending anything.
func TestRelayRetryAPI(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	js := jobs.New(openTestStore(t), jobs.Options{Logger: zerolog.Nop()})
	b, err := bridge.Open(t.TempDir(), js, noRelay{}, bridge.Options{ChainID: 1337})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	from, sign := relayer.KeySigner(key, big.NewInt(1337))
	rel, err := relayer.Open(ctx, revertingChain{}, from, sign, t.TempDir(), relayer.Options{Logger: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	defer rel.Close()
	const id = "job/0x01"
	if _, err := rel.Submit(relayer.Request{ID: id, To: common.HexToAddress("0xc0"), Data: []byte{1}, Kind: "jobmanager.submitResult"}); err != nil {
		t.Fatal(err)
	}
	failed := func() {
		t.Helper()
		for range 10 {
			if tx, _ := rel.Get(id); tx.State == relayer.Failed {
				return
			}
			_ = rel.Step(ctx)
		}
		tx, _ := rel.Get(id)
		t.Fatalf("the reverting delivery is %s, want failed", tx.State)
	}
	failed()

	api := serveWithTokens(ctx, t, b, rel, map[string]string{"reader": "read", "client": "submit", "ops": "admin"})
	postAs := func(who, rid, contentType string) int {
		t.Helper()
		req, err := http.NewRequest(http.MethodPost, "http://"+api.Addr().String()+"/v1/relay/retry/"+rid, nil)
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Authorization", "Bearer token-"+who)
		if contentType != "" {
			req.Header.Set("Content-Type", contentType)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		_ = resp.Body.Close()
		return resp.StatusCode
	}
	post := func(who, rid string) int { t.Helper(); return postAs(who, rid, "application/json") }
	// What a web page can send cross-origin without a preflight is refused, even an admin's.
	for _, ct := range []string{"", "text/plain", "application/x-www-form-urlencoded"} {
		if code := postAs("ops", id, ct); code != http.StatusUnsupportedMediaType {
			t.Fatalf("retry with Content-Type %q: %d, want 415", ct, code)
		}
	}
	for _, who := range []string{"reader", "client"} {
		if code := post(who, id); code != http.StatusForbidden {
			t.Fatalf("%s: retry answered %d, want 403", who, code)
		}
	}
	if tx, _ := rel.Get(id); tx.State != relayer.Failed {
		t.Fatalf("a refused retry changed the delivery to %s", tx.State)
	}
	if code := post("ops", "job/0x02"); code != http.StatusNotFound {
		t.Fatalf("retry of an unknown id: %d, want 404", code)
	}
	if code := post("ops", id); code != http.StatusOK {
		t.Fatalf("admin retry: %d, want 200", code)
	}
	if tx, _ := rel.Get(id); tx.State != relayer.Pending {
		t.Fatalf("after the retry: %s, want pending", tx.State)
	}
	if code := post("ops", id); code != http.StatusConflict {
		t.Fatalf("retry of a pending delivery: %d, want 409", code)
	}
	failed() // still reverting: simulated again and failed again, nothing sent

	// A chain request the node rejected (an unknown program) has no delivery: 409 saying so,
	// and its reason tells what to do (review: 404 "relay transaction not found", and advice
	// for clients that send jobs).
	consumer := common.HexToAddress("0xc1")
	rejected := listener.Job{JobID: contracts.JobID(9, consumer), Nonce: 9, Consumer: consumer, MaxCycles: 256,
		ProgramID: make([]byte, 32), OnchainInput: []byte{1, 0, 0, 0}, Block: 7, Timestamp: 1_700_000_000}
	if err := b.JobCreated(ctx, rejected); err != nil {
		t.Fatal(err)
	}
	rid := bridge.JobRelayID(rejected.JobID)
	if st, _ := b.Status(rid); st.Stage != bridge.StageRejected || !strings.Contains(st.Reason, "cancel it on chain and request it again once the node holds the program") {
		t.Fatalf("a request for an unknown program: %s", st.Summary())
	}
	if code := post("ops", rid); code != http.StatusConflict {
		t.Fatalf("retry of a rejected request: %d, want 409", code)
	}
}
