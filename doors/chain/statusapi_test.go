package chain_test

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

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
	"github.com/zkprover/zkprover/queue"
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

	api := serveWithTokens(ctx, t, b, rel, map[string]string{"alice": "read", "bob": "submit", "ops": "admin"})
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

// countingJobs is the job service counting its Get calls.
type countingJobs struct {
	*jobs.Service
	gets atomic.Int64
}

func (c *countingJobs) Get(ctx context.Context, id string) (queue.Job, error) {
	c.gets.Add(1)
	return c.Service.Get(ctx, id)
}

// TestRelayStatusAPIPages: GET /v1/relay answers a page at a time (review finding: it
// answered every entry the bridge ever recorded, with a job service Get per entry for a
// client). Over a history of more than a full page of the node's onchain requests with two
// clients' offchain requests among them: each caller's pages, followed by next, hold every
// entry it may see once and nothing else, oldest first; a page holds at most 1000 entries
// whatever limit asks; a limit that is no whole number from 1 is 400, so is an after that
// is no entry of the caller's; and a client's page costs job service Gets for its own
// entries only (the page, the one that shows more follow, the cursor's), however many of
// the node's entries lie between them, an admin's none.
func TestRelayStatusAPIPages(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	qo := queue.DefaultOptions()
	qo.SyncWrites = false
	qo.MaxPending = 4096
	store, err := queue.Open(filepath.Join(t.TempDir(), "queue"), qo)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	js := &countingJobs{Service: jobs.New(store, jobs.Options{Logger: zerolog.Nop()})}
	elf, prog := fibProgram(t)
	if err := store.PutProgram(jobs.FieldHex(prog.ID), elf); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	b, err := bridge.Open(dir, js, noRelay{}, bridge.Options{ChainID: 1337})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = b.Close() }()
	consumer := common.HexToAddress("0x00000000000000000000000000000000000000c0")
	pid := contracts.ProgramIDBytes(prog.ID)
	offchain := func(who string, nonce uint64) string {
		off := &contracts.OffchainJobRequest{Nonce: nonce, MaxCycles: 256, Consumer: consumer, ProgramID: pid, OnchainInput: le32(10),
			OffchainInputHash: contracts.Bytes32(statement.OffchainHash(nil)), StateHash: contracts.Bytes32(statement.StateRoot(nil))}
		enc, err := off.Encode()
		if err != nil {
			t.Fatal(err)
		}
		r := &jobs.Request{Onchain: off.OnchainInput, MaxCycles: off.MaxCycles, Nonce: off.Nonce, Consumer: off.Consumer,
			Context: contracts.OffchainJobContext(1337, off), Signature: []byte{1}, JobRequest: enc}
		copy(r.ProgramID[:], pid)
		if _, err := b.SubmitOffchain(auth.With(ctx, auth.Principal{Name: who, Role: auth.Submit}), r, false); err != nil {
			t.Fatal(err)
		}
		return bridge.JobRelayID(contracts.JobID(nonce, consumer))
	}
	const onchain = bridge.MaxRelayPage + 60
	want := map[string][]string{} // each caller's entries, oldest first
	nonce := contracts.OffchainNonceMin
	for i := range onchain {
		switch {
		case i%150 == 7:
			nonce++
			id := offchain("alice", nonce)
			want["alice"], want["ops"] = append(want["alice"], id), append(want["ops"], id)
		case i%200 == 100:
			nonce++
			id := offchain("bob", nonce)
			want["bob"], want["ops"] = append(want["bob"], id), append(want["ops"], id)
		}
		j := listener.Job{JobID: contracts.JobID(uint64(i+1), consumer), Nonce: uint64(i + 1), Consumer: consumer, MaxCycles: 256,
			ProgramID: pid, OnchainInput: le32(10), Block: 7, Timestamp: 1_700_000_000}
		if err := b.JobCreated(ctx, j); err != nil {
			t.Fatal(err)
		}
		want["ops"] = append(want["ops"], bridge.JobRelayID(j.JobID))
	}
	if len(want["alice"]) != 8 || len(want["bob"]) != 5 {
		t.Fatalf("alice has %d entries, bob %d", len(want["alice"]), len(want["bob"]))
	}
	listed := func() string {
		var ids []string
		for _, st := range b.List() {
			ids = append(ids, st.ID)
		}
		return strings.Join(ids, ",")
	}
	if listed() != strings.Join(want["ops"], ",") {
		t.Fatal("List is not in creation order")
	}
	// The pages and their cost hold after a restart: the order is rebuilt, the owners of
	// the node jobs are kept.
	if err := b.Close(); err != nil {
		t.Fatal(err)
	}
	if b, err = bridge.Open(dir, js, noRelay{}, bridge.Options{ChainID: 1337}); err != nil {
		t.Fatal(err)
	}
	if listed() != strings.Join(want["ops"], ",") {
		t.Fatal("after a restart, List is not in creation order")
	}

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
	api := serveWithTokens(ctx, t, b, rel, map[string]string{"alice": "read", "bob": "submit", "ops": "admin"})

	type page struct {
		Requests []bridge.Status `json:"requests"`
		Next     *string         `json:"next"`
		Counts   map[string]int  `json:"counts"`
		Relayer  string          `json:"relayer"`
		Message  string          `json:"message"`
	}
	get := func(who, query string) (int, page) {
		t.Helper()
		req, err := http.NewRequest(http.MethodGet, "http://"+api.Addr().String()+"/v1/relay"+query, nil)
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Authorization", "Bearer token-"+who)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer func() { _ = resp.Body.Close() }()
		var p page
		if err := json.NewDecoder(resp.Body).Decode(&p); err != nil {
			t.Fatalf("%s: GET /v1/relay%s: %d, %v", who, query, resp.StatusCode, err)
		}
		return resp.StatusCode, p
	}
	// walk follows next from the first page, checking each page's size and cost.
	walk := func(who string, limit int) (ids []string, pages int) {
		t.Helper()
		after := ""
		for {
			q := "?after=" + url.QueryEscape(after)
			if limit > 0 {
				q += "&limit=" + strconv.Itoa(limit)
			}
			before := js.gets.Load()
			code, p := get(who, q)
			gets := js.gets.Load() - before
			if code != http.StatusOK || p.Next == nil || p.Relayer == "" || p.Counts == nil {
				t.Fatalf("%s: GET /v1/relay%s: %d %q (next %v, relayer %q)", who, q, code, p.Message, p.Next, p.Relayer)
			}
			max := min(cmp.Or(limit, bridge.DefaultRelayPage), bridge.MaxRelayPage)
			if len(p.Requests) > max || (*p.Next != "" && len(p.Requests) != max) {
				t.Fatalf("%s: a page of %d entries (limit %d), next %q", who, len(p.Requests), limit, *p.Next)
			}
			if who == "ops" && gets != 0 || gets > int64(len(p.Requests))+2 {
				t.Errorf("%s: a page of %d entries cost %d job service Gets", who, len(p.Requests), gets)
			}
			pages++
			for _, r := range p.Requests {
				ids = append(ids, r.ID)
			}
			if *p.Next == "" {
				return ids, pages
			}
			if *p.Next != ids[len(ids)-1] {
				t.Fatalf("%s: next %q is not the page's last entry %q", who, *p.Next, ids[len(ids)-1])
			}
			after = *p.Next
		}
	}
	for _, c := range []struct {
		who          string
		limit, pages int
	}{
		{"alice", 3, 3}, {"alice", 8, 1}, {"alice", 7, 2}, {"alice", 0, 1},
		{"bob", 2, 3}, {"bob", 1000, 1},
		{"ops", 0, 11}, {"ops", 500, 3}, {"ops", 5000, 2}, {"ops", bridge.MaxRelayPage, 2},
	} {
		ids, pages := walk(c.who, c.limit)
		if strings.Join(ids, ",") != strings.Join(want[c.who], ",") {
			t.Errorf("%s (limit %d): the pages hold %d entries, want its %d once each, oldest first", c.who, c.limit, len(ids), len(want[c.who]))
		}
		if pages != c.pages {
			t.Errorf("%s (limit %d): %d pages, want %d", c.who, c.limit, pages, c.pages)
		}
	}

	for _, q := range []string{"?limit=0", "?limit=-1", "?limit=abc", "?limit=1.5", "?limit=", "?limit=99999999999999999999"} {
		code, p := get("alice", q)
		if q == "?limit=" { // empty: the default
			if code != http.StatusOK || len(p.Requests) != len(want["alice"]) {
				t.Errorf("GET /v1/relay%s: %d, %d entries", q, code, len(p.Requests))
			}
			continue
		}
		if code != http.StatusBadRequest || !strings.Contains(p.Message, "limit") {
			t.Errorf("GET /v1/relay%s: %d %q, want 400 naming the limit", q, code, p.Message)
		}
	}
	// A cursor that is no entry, or an entry of someone else's: 400 alike.
	for _, after := range []string{"job/0x00", want["bob"][0], want["ops"][0]} {
		if code, p := get("alice", "?after="+url.QueryEscape(after)); code != http.StatusBadRequest || !strings.Contains(p.Message, "after") {
			t.Errorf("alice: after %s: %d %q, want 400", after, code, p.Message)
		}
	}
	if code, p := get("ops", "?after="+url.QueryEscape(want["bob"][0])+"&limit=1"); code != http.StatusOK || len(p.Requests) != 1 || p.Requests[0].ID != want["ops"][slices.Index(want["ops"], want["bob"][0])+1] {
		t.Errorf("ops: after bob's first entry: %d %q", code, p.Message)
	}
	// alice's cursor stays valid when the sweep removes the node job of the entry it names
	// between two pages (her listing failed half-way with a 400)
	st, err := b.Status(want["alice"][0])
	if err != nil || st.NodeJob == "" {
		t.Fatalf("alice's first entry: %+v %v", st, err)
	}
	if _, err := store.Cancel(st.NodeJob, "test"); err != nil {
		t.Fatal(err)
	}
	if n, err := store.Sweep(time.Now().Add(365 * 24 * time.Hour)); err != nil || n == 0 {
		t.Fatalf("sweep: %d %v", n, err)
	}
	if code, p := get("alice", "?after="+url.QueryEscape(want["alice"][0])); code != http.StatusOK || len(p.Requests) != len(want["alice"])-1 || p.Requests[0].ID != want["alice"][1] {
		t.Errorf("alice: after her entry whose job was swept: %d %q, %d entries", code, p.Message, len(p.Requests))
	}
}

// serveWithTokens serves the relay status API of b and rel behind a token guard (read role at
// least), one token per name, "token-<name>", with its role; stopped when ctx ends.
func serveWithTokens(ctx context.Context, t *testing.T, b *bridge.Bridge, rel *relayer.Manager, roles map[string]string) *bridge.StatusAPI {
	t.Helper()
	var lines []string
	for name, role := range roles {
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
	return api
}
