package chain_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"google.golang.org/grpc/codes"

	"github.com/zkprover/zkprover/contracts"
	"github.com/zkprover/zkprover/contracts/bindings"
	bridge "github.com/zkprover/zkprover/doors/chain"
	"github.com/zkprover/zkprover/errs"
	"github.com/zkprover/zkprover/statement"
)

// checkerChain is a simulated chain with a JobManager, an OutputConsumer (EIP-712 requests,
// SingleOffchainSigner) and a BareSignatureConsumer (bare EIP-191 requests), both accepting
// the signer's requests.
type checkerChain struct {
	client     simulated.Client
	chainID    uint64
	jobManager common.Address
	registry   common.Address // a contract without isValidSignature: every call reverts
	typed      common.Address // OutputConsumer
	bare       common.Address // BareSignatureConsumer
	signer     *ecdsa.PrivateKey
}

func newCheckerChain(t *testing.T) *checkerChain {
	t.Helper()
	ctx := context.Background()
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	sim := newOsakaSim(t, key)
	client := sim.Client()
	id, err := client.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	o, _ := bind.NewKeyedTransactorWithChainID(key, id)
	c := &checkerChain{client: client, chainID: id.Uint64(), signer: key}
	mined := func(addr common.Address, _ *types.Transaction, _ any, err error) common.Address {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		sim.Commit()
		return addr
	}
	c.registry = mined(bindings.DeployVerifierRegistry(o, client, from))
	c.jobManager = mined(bindings.DeployJobManager(o, client, c.registry, from))
	program := [32]byte{31: 9}
	c.typed = mined(bindings.DeployOutputConsumer(o, client, c.jobManager, from, program, 256))
	c.bare = mined(bindings.DeployBareSignatureConsumer(o, client, c.jobManager, from, program, 256))
	return c
}

// request is an offchain request to consumer and its ABI bytes.
func (c *checkerChain) request(t *testing.T, consumer common.Address) (*contracts.OffchainJobRequest, []byte) {
	t.Helper()
	req := &contracts.OffchainJobRequest{Nonce: contracts.OffchainNonceMin + 1, MaxCycles: 256, Consumer: consumer,
		ProgramID: make([]byte, 32), OnchainInput: []byte{1, 2, 3},
		OffchainInputHash: contracts.Bytes32(statement.OffchainHash(nil)), StateHash: contracts.Bytes32(statement.StateRoot(nil))}
	raw, err := req.Encode()
	if err != nil {
		t.Fatal(err)
	}
	return req, raw
}

// flakyCaller is a chain client whose calls of some methods fail without an answer (a node
// down, a connection refused) a given number of times.
type flakyCaller struct {
	bridge.Caller
	mu   sync.Mutex
	fail map[[4]byte]int
}

func selector(sig string) [4]byte { return [4]byte(crypto.Keccak256([]byte(sig))[:4]) }

var (
	selAcceptsBare   = selector("acceptsBareRequestSignatures()")
	selIsValid       = selector("isValidSignature(bytes32,bytes)")
	selJobMetadata   = selector("getJobMetadata(bytes32)")
	errNoConnection  = errors.New("dial tcp 127.0.0.1:8545: connect: connection refused")
	eip1271MagicWord = [4]byte{0x16, 0x26, 0xba, 0x7e}
)

func (f *flakyCaller) failNext(sel [4]byte, n int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.fail[sel] = n
}

func (f *flakyCaller) CallContract(ctx context.Context, call ethereum.CallMsg, block *big.Int) ([]byte, error) {
	if len(call.Data) >= 4 {
		f.mu.Lock()
		sel := [4]byte(call.Data[:4])
		n := f.fail[sel]
		if n > 0 {
			f.fail[sel] = n - 1
		}
		f.mu.Unlock()
		if n > 0 {
			return nil, errNoConnection
		}
	}
	return f.Caller.CallContract(ctx, call, block)
}

func newFlaky(c *checkerChain) *flakyCaller {
	return &flakyCaller{Caller: c.client, fail: map[[4]byte]int{}}
}

func wantClass(t *testing.T, what string, err error, code codes.Code) {
	t.Helper()
	if err == nil {
		t.Fatalf("%s: accepted, want %s", what, code)
	}
	if got := errs.Classify(err).Code; got != code {
		t.Fatalf("%s: %v (%s), want %s", what, err, got, code)
	}
}

// TestRequestCheckerUnansweredReadNotCached: a consumer that opted in to bare signatures whose
// opt-in could not be read (an RPC failure; a client whose context ended) is not remembered as
// one that did not: the check is Unavailable (retry), and the next one, with the chain
// answering, accepts the valid bare signature.
func TestRequestCheckerUnansweredReadNotCached(t *testing.T) {
	c := newCheckerChain(t)
	ctx := context.Background()
	req, raw := c.request(t, c.bare)
	sig, err := contracts.SignEIP191(raw, c.signer)
	if err != nil {
		t.Fatal(err)
	}

	f := newFlaky(c)
	ck := bridge.NewRequestChecker(f, c.chainID, c.jobManager, 5*time.Second)
	f.failNext(selAcceptsBare, 1)
	wantClass(t, "the opt-in unreadable", ck.CheckSignature(ctx, req, raw, sig), codes.Unavailable)
	if err := ck.CheckSignature(ctx, req, raw, sig); err != nil {
		t.Fatalf("a valid bare signature once the chain answers: %v", err)
	}

	// A client that left before the check: the consumer's answers are read regardless (a
	// detached context), and the next client is not refused.
	ck = bridge.NewRequestChecker(c.client, c.chainID, c.jobManager, 5*time.Second)
	gone, cancel := context.WithCancel(ctx)
	cancel()
	if err := ck.CheckSignature(gone, req, raw, sig); err != nil && errs.Classify(err).Code == codes.PermissionDenied {
		t.Fatalf("a client whose context ended: %v", err)
	}
	if err := ck.CheckSignature(ctx, req, raw, sig); err != nil {
		t.Fatalf("a valid bare signature after a client that left: %v", err)
	}
}

// TestRequestCheckerRPCFailureUnavailable: a job lookup or an isValidSignature call the chain
// does not answer is Unavailable (503), not Internal; what the chain answers stays: a revert or
// a non-contract consumer is PermissionDenied, a job unknown to the JobManager does not exist.
func TestRequestCheckerRPCFailureUnavailable(t *testing.T) {
	c := newCheckerChain(t)
	ctx := context.Background()
	f := newFlaky(c)
	ck := bridge.NewRequestChecker(f, c.chainID, c.jobManager, 5*time.Second)

	f.failNext(selJobMetadata, 1)
	_, err := ck.JobExists(ctx, [32]byte{1})
	wantClass(t, "JobExists unanswered", err, codes.Unavailable)
	if ok, err := ck.JobExists(ctx, [32]byte{1}); err != nil || ok {
		t.Fatalf("an unknown job: %v %v", ok, err)
	}

	// Signed by another key: the fast path does not apply, the consumer is asked.
	req, raw := c.request(t, c.typed)
	other, _ := crypto.GenerateKey()
	sig, err := contracts.SignOffchainRequest(req, c.chainID, c.jobManager, other)
	if err != nil {
		t.Fatal(err)
	}
	f.failNext(selIsValid, 1)
	wantClass(t, "isValidSignature unanswered", ck.CheckSignature(ctx, req, raw, sig), codes.Unavailable)
	wantClass(t, "another signer", ck.CheckSignature(ctx, req, raw, sig), codes.PermissionDenied)

	for _, consumer := range []common.Address{c.registry, {19: 0x77}} { // reverts; no code
		req, raw := c.request(t, consumer)
		wantClass(t, "consumer "+consumer.Hex(), ck.CheckSignature(ctx, req, raw, sig), codes.PermissionDenied)
	}
}

// TestRequestCheckerRefusesMalleatedSignature: the twin (r, n-s, v^1) of the consumer's signer's
// valid signature, which SingleOffchainSigner.isValidSignature (EthSig.recover) refuses, is not
// accepted through the cached-signer fast path either.
func TestRequestCheckerRefusesMalleatedSignature(t *testing.T) {
	c := newCheckerChain(t)
	ctx := context.Background()
	ck := bridge.NewRequestChecker(c.client, c.chainID, c.jobManager, 5*time.Second)
	req, raw := c.request(t, c.typed)
	sig, err := contracts.SignOffchainRequest(req, c.chainID, c.jobManager, c.signer)
	if err != nil {
		t.Fatal(err)
	}
	if err := ck.CheckSignature(ctx, req, raw, sig); err != nil {
		t.Fatalf("the signer's signature: %v", err)
	}
	twin := append([]byte(nil), sig...)
	new(big.Int).Sub(crypto.S256().Params().N, new(big.Int).SetBytes(sig[32:64])).FillBytes(twin[32:64])
	twin[64] = 27 + ((sig[64] - 27) ^ 1)
	consumer, err := bindings.NewOutputConsumer(c.typed, c.client)
	if err != nil {
		t.Fatal(err)
	}
	digest := contracts.OffchainRequestDigest(c.chainID, c.jobManager, req)
	if got, err := consumer.IsValidSignature(&bind.CallOpts{}, digest, twin); err != nil || got == eip1271MagicWord {
		t.Fatalf("the consumer's isValidSignature answers %x (%v) for the malleated signature: want refused", got, err)
	}
	wantClass(t, "the malleated signature", ck.CheckSignature(ctx, req, raw, twin), codes.PermissionDenied)
	bad := append([]byte(nil), sig...)
	bad[64] += 2 // v 29/30: EthSig.recover refuses it
	wantClass(t, "v 29/30", ck.CheckSignature(ctx, req, raw, bad), codes.PermissionDenied)
}

// plainAccounts is a chain whose every consumer is a plain account: each call answers empty
// data, a definite answer (acceptsBareRequestSignatures false, no offchainSigner, a refused
// signature). It counts the calls of each method; while held is open, reads of the opt-in
// wait for it.
type plainAccounts struct {
	mu    sync.Mutex
	calls map[[4]byte]int
	held  chan struct{}
}

func (p *plainAccounts) CallContract(_ context.Context, call ethereum.CallMsg, _ *big.Int) ([]byte, error) {
	sel := [4]byte(call.Data[:4])
	p.mu.Lock()
	p.calls[sel]++
	held := p.held
	p.mu.Unlock()
	if held != nil && sel == selAcceptsBare {
		<-held
	}
	return nil, nil
}

func (p *plainAccounts) count(sel [4]byte) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.calls[sel]
}

// TestRequestCheckerCacheBounded: the cache of consumers' answers stays within its cap
// however many consumers requests name (review finding: a fresh consumer per SubmitJob grew
// it without bound), the oldest answer leaving first; a cached answer is used within its
// minute; expired answers are dropped when a new one is written; concurrent lookups of a
// consumer share one read.
func TestRequestCheckerCacheBounded(t *testing.T) {
	ctx := context.Background()
	chain := &plainAccounts{calls: map[[4]byte]int{}}
	ck := bridge.NewRequestChecker(chain, 1337, common.Address{19: 0xaa}, time.Second)
	var clockMu sync.Mutex
	now := time.Unix(1_700_000_000, 0)
	ck.SetClock(func() time.Time {
		clockMu.Lock()
		defer clockMu.Unlock()
		return now
	})
	advance := func(d time.Duration) {
		clockMu.Lock()
		now = now.Add(d)
		clockMu.Unlock()
	}
	consumer := func(i int) common.Address {
		var a common.Address
		a[0] = 0xc0
		a[16], a[17], a[18], a[19] = byte(i>>24), byte(i>>16), byte(i>>8), byte(i)
		return a
	}
	check := func(a common.Address) {
		t.Helper()
		req, raw := new(checkerChain).request(t, a) // request uses no chain
		wantClass(t, "a plain account's request", ck.CheckSignature(ctx, req, raw, make([]byte, 65)), codes.PermissionDenied)
	}
	reads := func() int { return chain.count(selAcceptsBare) }

	n := bridge.ConsumerCacheMax + 1000
	for i := 0; i < n; i++ {
		check(consumer(i))
		advance(time.Millisecond)
	}
	if cached, ordered := ck.CachedConsumers(); cached != bridge.ConsumerCacheMax || ordered != cached {
		t.Fatalf("after %d consumers: %d cached (%d in expiry order), want the cap %d", n, cached, ordered, bridge.ConsumerCacheMax)
	}
	if got := reads(); got != n {
		t.Fatalf("%d reads of the opt-in for %d consumers", got, n)
	}

	// Within its minute, a cached answer is used: no read.
	advance(50 * time.Second)
	check(consumer(n - 1))
	check(consumer(n - bridge.ConsumerCacheMax))
	if got := reads(); got != n {
		t.Fatalf("cached consumers read again: %d reads, want %d", got, n)
	}
	// The oldest answers left for the newer ones: read again.
	check(consumer(0))
	if got := reads(); got != n+1 {
		t.Fatalf("an evicted consumer: %d reads, want %d", got, n+1)
	}

	// A minute on, every answer but consumer 0's has expired; the next answer written
	// drops them (and consumer(n-1) is read again).
	advance(15 * time.Second)
	check(consumer(n - 1))
	if got := reads(); got != n+2 {
		t.Fatalf("an expired answer: %d reads, want %d", got, n+2)
	}
	if cached, ordered := ck.CachedConsumers(); cached != 2 || ordered != 2 {
		t.Fatalf("after the expiry: %d cached (%d in expiry order), want 2 (consumer 0's, and the one just read)", cached, ordered)
	}

	// Concurrent lookups of one consumer: one read.
	chain.mu.Lock()
	chain.held = make(chan struct{})
	chain.mu.Unlock()
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			req, raw := new(checkerChain).request(t, consumer(n))
			if err := ck.CheckSignature(ctx, req, raw, make([]byte, 65)); errs.Classify(err).Code != codes.PermissionDenied {
				t.Errorf("a plain account's request: %v", err)
			}
		}()
	}
	time.Sleep(100 * time.Millisecond)
	close(chain.held)
	wg.Wait()
	if got := reads(); got != n+3 {
		t.Fatalf("8 concurrent lookups of a consumer: %d reads, want 1", got-n-2)
	}
}
