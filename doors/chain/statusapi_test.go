package chain_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/auth"
	"github.com/zkprover/zkprover/contracts"
	bridge "github.com/zkprover/zkprover/doors/chain"
	"github.com/zkprover/zkprover/jobs"
	"github.com/zkprover/zkprover/listener"
	"github.com/zkprover/zkprover/relayer"
	"github.com/zkprover/zkprover/statement"
)

// offlineChain is a relayer client that knows its chain id and nothing else:
// the status API's test never sends a transaction.
type offlineChain struct{}

var errOffline = errors.New("offline")

func (offlineChain) ChainID(context.Context) (*big.Int, error)   { return big.NewInt(1337), nil }
func (offlineChain) BlockNumber(context.Context) (uint64, error) { return 0, errOffline }
func (offlineChain) HeaderByNumber(context.Context, *big.Int) (*types.Header, error) {
	return nil, errOffline
}
func (offlineChain) NonceAt(context.Context, common.Address, *big.Int) (uint64, error) {
	return 0, errOffline
}
func (offlineChain) PendingNonceAt(context.Context, common.Address) (uint64, error) {
	return 0, errOffline
}
func (offlineChain) SuggestGasTipCap(context.Context) (*big.Int, error) { return nil, errOffline }
func (offlineChain) EstimateGas(context.Context, ethereum.CallMsg) (uint64, error) {
	return 0, errOffline
}
func (offlineChain) CallContract(context.Context, ethereum.CallMsg, *big.Int) ([]byte, error) {
	return nil, errOffline
}
func (offlineChain) SendTransaction(context.Context, *types.Transaction) error { return errOffline }
func (offlineChain) TransactionReceipt(context.Context, common.Hash) (*types.Receipt, error) {
	return nil, errOffline
}

// TestRelayStatusAPIOwnership: behind the token guard, the relay status API
// shows a client only the chain requests whose node job it owns, as GetProof
// does: alice's and bob's offchain requests (signed request, signature,
// input) are each their own, the chain's onchain request the node's; another
// client's entry reads as an unknown id by relay id and by node job id; an
// admin sees every entry (review finding: GET /v1/relay listed every entry to
// every read token, and /v1/relay/{node job} resolved any client's job).
func TestRelayStatusAPIOwnership(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	store := openTestStore(t)
	js := jobs.New(store, jobs.Options{Logger: zerolog.Nop()})
	elf, prog := fibProgram(t)
	if err := store.PutProgram(jobs.FieldHex(prog.ID), elf); err != nil {
		t.Fatal(err)
	}
	b, err := bridge.Open(t.TempDir(), js, noRelay{}, bridge.Options{ChainID: 1337})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	consumer := common.HexToAddress("0x00000000000000000000000000000000000000c0")
	pid := contracts.ProgramIDBytes(prog.ID)

	// Two clients' offchain requests (the coprocessor door relays them with
	// the caller's principal), and an onchain one.
	offchain := func(who string, nonce uint64) (relayID, nodeJob string) {
		off := &contracts.OffchainJobRequest{Nonce: nonce, MaxCycles: 256, Consumer: consumer, ProgramID: pid, OnchainInput: le32(10),
			OffchainInputHash: contracts.Bytes32(statement.OffchainHash(nil)), StateHash: contracts.Bytes32(statement.StateRoot(nil))}
		enc, err := off.Encode()
		if err != nil {
			t.Fatal(err)
		}
		r := &jobs.Request{Onchain: off.OnchainInput, MaxCycles: off.MaxCycles, Nonce: off.Nonce, Consumer: off.Consumer,
			Context: contracts.OffchainJobContext(1337, off), Signature: []byte{1}, JobRequest: enc}
		copy(r.ProgramID[:], pid)
		job, err := b.SubmitOffchain(auth.With(ctx, auth.Principal{Name: who, Role: auth.Submit}), r, false)
		if err != nil {
			t.Fatal(err)
		}
		return bridge.JobRelayID(contracts.JobID(nonce, consumer)), job
	}
	aliceRelay, aliceJob := offchain("alice", contracts.OffchainNonceMin+1)
	bobRelay, bobJob := offchain("bob", contracts.OffchainNonceMin+2)
	on := listener.Job{JobID: contracts.JobID(1, consumer), Nonce: 1, Consumer: consumer, MaxCycles: 256, ProgramID: pid,
		OnchainInput: le32(10), Block: 7, Timestamp: 1_700_000_000}
	if err := b.JobCreated(ctx, on); err != nil {
		t.Fatal(err)
	}
	onRelay := bridge.JobRelayID(on.JobID)

	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	from, sign := relayer.KeySigner(key, big.NewInt(1337))
	rel, err := relayer.Open(ctx, offlineChain{}, from, sign, t.TempDir(), relayer.Options{Logger: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	defer rel.Close()

	tokens := map[string]string{"alice": "read", "bob": "submit", "ops": "admin"}
	var lines []string
	for name, role := range tokens {
		lines = append(lines, fmt.Sprintf("%s:%s:%s", name, auth.Hash("token-"+name), role))
	}
	tf := filepath.Join(t.TempDir(), "tokens")
	if err := os.WriteFile(tf, []byte(strings.Join(lines, "\n")+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tk, err := auth.LoadTokens(tf)
	if err != nil {
		t.Fatal(err)
	}
	guard := auth.NewGuard(tk, nil)
	api, err := bridge.ListenStatusAPI("127.0.0.1:0", b, rel, nil, bridge.StatusAPIOptions{Wrap: func(h http.Handler) http.Handler { return guard.HTTP(auth.Read, h) }})
	if err != nil {
		t.Fatal(err)
	}
	go func() { _ = api.Serve(ctx) }()
	get := func(who, path string, out any) int {
		t.Helper()
		req, err := http.NewRequest(http.MethodGet, "http://"+api.Addr().String()+path, nil)
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Authorization", "Bearer token-"+who)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer func() { _ = resp.Body.Close() }()
		if out != nil && resp.StatusCode == http.StatusOK {
			if err := json.NewDecoder(resp.Body).Decode(out); err != nil {
				t.Fatal(err)
			}
		}
		return resp.StatusCode
	}
	list := func(who string) []string {
		t.Helper()
		var body struct {
			Requests []bridge.Status `json:"requests"`
		}
		if code := get(who, "/v1/relay", &body); code != http.StatusOK {
			t.Fatalf("%s: GET /v1/relay: %d", who, code)
		}
		var ids []string
		for _, r := range body.Requests {
			ids = append(ids, r.ID)
		}
		return ids
	}
	if got := list("alice"); len(got) != 1 || got[0] != aliceRelay {
		t.Errorf("alice lists %v, want only her request %s", got, aliceRelay)
	}
	if got := list("bob"); len(got) != 1 || got[0] != bobRelay {
		t.Errorf("bob lists %v, want only his request %s", got, bobRelay)
	}
	if got := list("ops"); len(got) != 3 {
		t.Errorf("the admin lists %v, want all three", got)
	}
	for _, c := range []struct {
		who, id string
		want    int
	}{
		{"alice", aliceRelay, 200}, {"alice", aliceJob, 200},
		{"alice", bobRelay, 404}, {"alice", bobJob, 404}, {"alice", onRelay, 404},
		{"bob", bobJob, 200}, {"bob", aliceJob, 404}, {"bob", aliceRelay, 404},
		{"ops", aliceJob, 200}, {"ops", bobRelay, 200}, {"ops", onRelay, 200},
	} {
		var st bridge.Status
		if code := get(c.who, "/v1/relay/"+c.id, &st); code != c.want {
			t.Errorf("%s: GET /v1/relay/%s: %d, want %d", c.who, c.id, code, c.want)
		} else if code == 200 && st.ID != c.id && st.NodeJob != c.id {
			t.Errorf("%s: GET /v1/relay/%s answered %s", c.who, c.id, st.ID)
		}
	}
	if code := get("nobody", "/v1/relay", nil); code != http.StatusUnauthorized {
		t.Errorf("an unknown token: %d", code)
	}
}
