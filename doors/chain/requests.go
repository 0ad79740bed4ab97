package chain

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/vm"

	"github.com/zkprover/zkprover/contracts"
	"github.com/zkprover/zkprover/errs"
)

// Caller makes read-only contract calls (ethclient.Client).
type Caller interface {
	CallContract(ctx context.Context, call ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
}

// requestABI is what RequestChecker calls: the consumer's signature checks
// (EIP-1271, the bare-signature opt-in, SingleOffchainSigner's signer) and
// the JobManager's job metadata.
var requestABI = func() abi.ABI {
	a, err := abi.JSON(strings.NewReader(`[
{"type":"function","name":"isValidSignature","stateMutability":"view","inputs":[{"name":"hash","type":"bytes32"},{"name":"signature","type":"bytes"}],"outputs":[{"name":"","type":"bytes4"}]},
{"type":"function","name":"acceptsBareRequestSignatures","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"bool"}]},
{"type":"function","name":"offchainSigner","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"address"}]},
{"type":"function","name":"getNextOffchainNonce","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"uint64"}]},
{"type":"function","name":"MAX_NONCE_GAP","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"uint64"}]},
{"type":"function","name":"getJobMetadata","stateMutability":"view","inputs":[{"name":"jobID","type":"bytes32"}],"outputs":[{"name":"","type":"tuple","components":[{"name":"programID","type":"bytes"},{"name":"maxCycles","type":"uint64"},{"name":"consumer","type":"address"},{"name":"status","type":"uint8"}]}]}
]`))
	if err != nil {
		panic(err)
	}
	return a
}()

// eip1271Magic is isValidSignature's answer for a valid signature.
var eip1271Magic = [4]byte{0x16, 0x26, 0xba, 0x7e}

// jobMetadata is JobManager.getJobMetadata's answer.
type jobMetadata struct {
	ProgramID []byte
	MaxCycles uint64
	Consumer  common.Address
	Status    uint8
}

// RequestChecker checks signed offchain job requests off chain, exactly as
// the JobManager will on chain (JobManager._checkRequestSignature): the hash
// is the EIP-712 digest of the request for this JobManager and chain, or the
// bare EIP-191 hash of its ABI bytes when the consumer opts in; the consumer's
// isValidSignature decides. What each consumer answers to
// acceptsBareRequestSignatures and offchainSigner is cached for a minute (only
// answers the chain gave: a failed read is tried again; the answers of at most
// consumerCacheMax consumers, expired ones dropped), and a signature by the
// cached signer that EthSig.recover accepts is accepted without a call. A check
// the chain does not answer (a node down, a timeout; not a revert) is
// errs.ErrUnavailable: the client may retry.
type RequestChecker struct {
	client     Caller
	chainID    uint64
	jobManager common.Address
	timeout    time.Duration
	cacheFor   time.Duration
	now        func() time.Time // time.Now; tests set their clock

	mu    sync.Mutex
	cache map[common.Address]consumerInfo
	// order lists the cached answers in the order they were written, which is
	// their order of expiry too: each is kept for cacheFor from its writing
	// (remember reads the clock under mu). remember drops expired answers
	// from its front and, while the cache holds consumerCacheMax, the oldest.
	order []cachedAt
	// reading collapses concurrent reads of one consumer into one.
	reading map[common.Address]*consumerRead
}

// consumerCacheMax bounds the consumers whose answers are cached: the
// consumer of a request is the client's choice, so a client sending
// requests for a fresh address each time (a plain account answers both
// reads with empty data, a definite answer) would otherwise grow the cache
// without end. A full cache drops its oldest answer (the first to expire)
// for the new one: with answers kept for a fixed time this is both the
// oldest first and the first to expire first, at O(1) per answer
// (order's front), and a consumer whose answer is dropped early is only
// read again. 4096 answers are about 300 KiB.
const consumerCacheMax = 4096

// cachedAt is an answer's place in RequestChecker.order.
type cachedAt struct {
	addr    common.Address
	expires time.Time
}

// consumerRead is a read of a consumer's answers under way: the
// lookups of the consumer that come meanwhile wait for it.
type consumerRead struct {
	done chan struct{}
	info consumerInfo
	err  error
}

type consumerInfo struct {
	bare    bool
	signer  common.Address // zero: none readable
	expires time.Time
}

// NewRequestChecker checks requests for the JobManager at jobManager on
// chain chainID; every call is bounded by timeout (10 s when not positive).
func NewRequestChecker(client Caller, chainID uint64, jobManager common.Address, timeout time.Duration) *RequestChecker {
	if timeout <= 0 {
		timeout = 10 * time.Second
	}
	return &RequestChecker{client: client, chainID: chainID, jobManager: jobManager, timeout: timeout,
		cacheFor: time.Minute, now: time.Now, cache: map[common.Address]consumerInfo{}, reading: map[common.Address]*consumerRead{}}
}

// ChainID is the chain's id (0 for a checker made without one: it refuses
// every signature with errs.ErrUnavailable).
func (c *RequestChecker) ChainID() uint64 { return c.chainID }

// rawCall calls method on to and returns its raw return data.
func (c *RequestChecker) rawCall(ctx context.Context, to common.Address, method string, args ...any) ([]byte, error) {
	data, err := requestABI.Pack(method, args...)
	if err != nil {
		return nil, err
	}
	cctx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	return c.client.CallContract(cctx, ethereum.CallMsg{To: &to, Data: data}, nil)
}

// evmRefusals are the messages of an eth_call that the EVM answered with a failure (the
// contract said no), as opposed to a node or a transport that did not answer.
var evmRefusals = []string{
	vm.ErrExecutionReverted.Error(), vm.ErrOutOfGas.Error(), vm.ErrInvalidJump.Error(), vm.ErrWriteProtection.Error(),
	vm.ErrReturnDataOutOfBounds.Error(), vm.ErrDepth.Error(), "invalid opcode", "stack underflow", "stack limit reached",
}

// isRevert reports whether err is the EVM's failure of the call (a revert, with or without
// data), not a failure to get an answer.
func isRevert(err error) bool {
	if _, ok := contracts.RevertData(err); ok {
		return true
	}
	msg := err.Error()
	for _, s := range evmRefusals {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

// unavailable wraps a failure to get an answer from the chain: the caller's context's own
// error when it ended, errs.ErrUnavailable (retry later) otherwise.
func unavailable(ctx context.Context, what string, err error) error {
	if ctx.Err() != nil {
		return fmt.Errorf("%s: %w", what, ctx.Err())
	}
	return fmt.Errorf("%w: %s: %w", errs.ErrUnavailable, what, err)
}

// consumer is what the consumer answers to acceptsBareRequestSignatures and offchainSigner.
// Both are read on a context detached from the caller's (a client that left does not cut
// them short), each within the checker's timeout. Only definite answers are cached (a
// value, or the EVM's failure, which the JobManager reads as false): a read the chain did
// not answer is not. Failing to read the opt-in is errs.ErrUnavailable (the hash to check
// depends on it); failing to read the signer only skips the fast path. Concurrent lookups
// of a consumer whose answers are not cached share one read (a caller whose context ends
// meanwhile stops waiting for it).
func (c *RequestChecker) consumer(ctx context.Context, addr common.Address) (consumerInfo, error) {
	c.mu.Lock()
	if info, ok := c.cache[addr]; ok && c.now().Before(info.expires) {
		c.mu.Unlock()
		return info, nil
	}
	if r, ok := c.reading[addr]; ok {
		c.mu.Unlock()
		select {
		case <-r.done:
			return r.info, r.err
		case <-ctx.Done():
			return consumerInfo{}, unavailable(ctx, fmt.Sprintf("reading consumer %s", addr), ctx.Err())
		}
	}
	r := &consumerRead{done: make(chan struct{})}
	c.reading[addr] = r
	c.mu.Unlock()
	definite := false
	defer func() {
		c.mu.Lock()
		delete(c.reading, addr)
		if r.err == nil && definite {
			c.remember(addr, r.info)
		}
		c.mu.Unlock()
		close(r.done)
	}()
	r.info, definite, r.err = c.readConsumer(context.WithoutCancel(ctx), addr)
	return r.info, r.err
}

// readConsumer reads the consumer's answers; definite is false when the signer's read was
// not answered.
func (c *RequestChecker) readConsumer(rctx context.Context, addr common.Address) (info consumerInfo, definite bool, err error) {
	out, err := c.rawCall(rctx, addr, "acceptsBareRequestSignatures")
	switch {
	case err == nil:
		// JobManager._acceptsBareSignatures: only 32 bytes reading exactly 1 count.
		info.bare = len(out) == 32 && new(big.Int).SetBytes(out).Cmp(big.NewInt(1)) == 0
	case !isRevert(err):
		return consumerInfo{}, false, fmt.Errorf("%w: reading consumer %s's acceptsBareRequestSignatures: %w", errs.ErrUnavailable, addr, err)
	}
	definite = true
	out, err = c.rawCall(rctx, addr, "offchainSigner")
	switch {
	case err == nil:
		if v, uerr := requestABI.Unpack("offchainSigner", out); uerr == nil && len(v) == 1 {
			info.signer, _ = v[0].(common.Address)
		}
	case !isRevert(err):
		definite = false
	}
	return info, definite, nil
}

// remember caches the consumer's answers for cacheFor (under mu). First it drops the
// answers that have expired, and while the cache is full the oldest (order's front:
// amortised O(1) per answer); an entry of order whose consumer was cached again since
// (its expiry differs from the cache's) only leaves order.
func (c *RequestChecker) remember(addr common.Address, info consumerInfo) {
	now := c.now()
	for len(c.order) > 0 && (len(c.order) >= consumerCacheMax || !now.Before(c.order[0].expires)) {
		old := c.order[0]
		c.order[0] = cachedAt{}
		c.order = c.order[1:]
		if cur, ok := c.cache[old.addr]; ok && cur.expires.Equal(old.expires) {
			delete(c.cache, old.addr)
		}
	}
	info.expires = now.Add(c.cacheFor)
	c.cache[addr] = info
	c.order = append(c.order, cachedAt{addr: addr, expires: info.expires})
}

// CheckSignature returns nil when the consumer accepts sig over req (raw: its
// ABI bytes), an error wrapping errs.ErrPermission when it does not (a
// refusal, a revert, a consumer without code), one wrapping errs.ErrUnavailable
// when the chain did not answer.
func (c *RequestChecker) CheckSignature(ctx context.Context, req *contracts.OffchainJobRequest, raw, sig []byte) error {
	if c.chainID == 0 {
		return fmt.Errorf("%w: the chain id is not known", errs.ErrUnavailable)
	}
	info, err := c.consumer(ctx, req.Consumer)
	if err != nil {
		return err
	}
	var hash [32]byte
	if info.bare {
		copy(hash[:], accounts.TextHash(raw))
	} else {
		hash = contracts.OffchainRequestDigest(c.chainID, c.jobManager, req)
	}
	// The fast path accepts only what SingleOffchainSigner.isValidSignature accepts:
	// RecoverSigner refuses what EthSig.recover does (high s, v outside {0, 1, 27, 28}).
	if info.signer != (common.Address{}) {
		if got, err := contracts.RecoverSigner(hash[:], sig); err == nil && got == info.signer {
			return nil
		}
	}
	out, err := c.rawCall(ctx, req.Consumer, "isValidSignature", hash, sig)
	if err != nil {
		if isRevert(err) {
			return fmt.Errorf("%w: the consumer %s rejects the request signature (isValidSignature reverted)", errs.ErrPermission, req.Consumer)
		}
		return unavailable(ctx, fmt.Sprintf("asking consumer %s to check the request signature", req.Consumer), err)
	}
	// JobManager._checkRequestSignature: at least 32 bytes whose first word is the magic
	// value (left-aligned bytes4).
	var magic [32]byte
	copy(magic[:], eip1271Magic[:])
	if len(out) < 32 || [32]byte(out[:32]) != magic {
		form := "EIP-712 typed data for this JobManager and chain"
		if info.bare {
			form = "the bare EIP-191 hash of the ABI request (the consumer opted in)"
		}
		return fmt.Errorf("%w: the consumer %s does not accept the request signature (signed over %s)", errs.ErrPermission, req.Consumer, form)
	}
	return nil
}

// CheckNonce refuses an offchain nonce that the consumer would refuse when the result is
// delivered: more than its MAX_NONCE_GAP above its highest offchain nonce used
// (getNextOffchainNonce() - 1; Consumer.sol's NonceTooFar), so that such a job is not
// proven for nothing. A consumer without these getters (upstream's) is not checked here: it
// decides on delivery.
func (c *RequestChecker) CheckNonce(ctx context.Context, consumer common.Address, nonce uint64) error {
	read := func(method string) (uint64, bool, error) {
		out, err := c.rawCall(ctx, consumer, method)
		if err != nil {
			if isRevert(err) {
				return 0, false, nil
			}
			return 0, false, unavailable(ctx, fmt.Sprintf("reading consumer %s's %s()", consumer, method), err)
		}
		// no such getter: an account without code answers nothing
		if v, uerr := requestABI.Unpack(method, out); uerr == nil && len(v) == 1 {
			n, ok := v[0].(uint64)
			return n, ok, nil
		}
		return 0, false, nil
	}
	next, ok, err := read("getNextOffchainNonce")
	if err != nil || !ok || next == 0 {
		return err
	}
	gap, ok, err := read("MAX_NONCE_GAP")
	if err != nil || !ok {
		return err
	}
	if highest := new(big.Int).Add(new(big.Int).SetUint64(next-1), new(big.Int).SetUint64(gap)); new(big.Int).SetUint64(nonce).Cmp(highest) > 0 {
		return errs.Invalidf("nonce %d is more than the consumer's MAX_NONCE_GAP (%d) above its highest offchain nonce used (%d): it would refuse the result (NonceTooFar); take getNextOffchainNonce() = %d", nonce, gap, next-1, next)
	}
	return nil
}

// JobExists reports whether the JobManager knows the job (pending,
// cancelled or completed).
func (c *RequestChecker) JobExists(ctx context.Context, jobID [32]byte) (bool, error) {
	out, err := c.rawCall(ctx, c.jobManager, "getJobMetadata", jobID)
	if err != nil {
		if isRevert(err) {
			return false, fmt.Errorf("JobManager.getJobMetadata reverted: %w", err)
		}
		return false, unavailable(ctx, "reading the job from JobManager.getJobMetadata", err)
	}
	v, err := requestABI.Unpack("getJobMetadata", out)
	if err != nil {
		return false, fmt.Errorf("decoding JobManager.getJobMetadata: %w", err)
	}
	if len(v) != 1 {
		return false, fmt.Errorf("decoding JobManager.getJobMetadata: %d values", len(v))
	}
	md, ok := abi.ConvertType(v[0], new(jobMetadata)).(*jobMetadata)
	if !ok {
		return false, fmt.Errorf("decoding JobManager.getJobMetadata: a %T", v[0])
	}
	return md.Status != 0, nil
}
