package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

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
// acceptsBareRequestSignatures and offchainSigner is cached for CacheFor, and
// a signature by the cached signer is accepted without a call.
type RequestChecker struct {
	client     Caller
	chainID    uint64
	jobManager common.Address
	timeout    time.Duration
	cacheFor   time.Duration

	mu    sync.Mutex
	cache map[common.Address]consumerInfo
}

type consumerInfo struct {
	bare    bool
	signer  common.Address // zero: none readable
	expires time.Time
}

// NewRequestChecker checks requests for the JobManager at jobManager on
// chain chainID; every call is bounded by timeout.
func NewRequestChecker(client Caller, chainID uint64, jobManager common.Address, timeout time.Duration) *RequestChecker {
	return &RequestChecker{client: client, chainID: chainID, jobManager: jobManager, timeout: timeout,
		cacheFor: time.Minute, cache: map[common.Address]consumerInfo{}}
}

// ChainID is the chain's id.
func (c *RequestChecker) ChainID() uint64 { return c.chainID }

func (c *RequestChecker) call(ctx context.Context, to common.Address, method string, args ...any) ([]any, error) {
	data, err := requestABI.Pack(method, args...)
	if err != nil {
		return nil, err
	}
	cctx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	out, err := c.client.CallContract(cctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		return nil, err
	}
	return requestABI.Unpack(method, out)
}

func (c *RequestChecker) consumer(ctx context.Context, addr common.Address) consumerInfo {
	c.mu.Lock()
	info, ok := c.cache[addr]
	c.mu.Unlock()
	if ok && time.Now().Before(info.expires) {
		return info
	}
	info = consumerInfo{expires: time.Now().Add(c.cacheFor)}
	if v, err := c.call(ctx, addr, "acceptsBareRequestSignatures"); err == nil && len(v) == 1 {
		info.bare, _ = v[0].(bool)
	}
	if v, err := c.call(ctx, addr, "offchainSigner"); err == nil && len(v) == 1 {
		info.signer, _ = v[0].(common.Address)
	}
	c.mu.Lock()
	c.cache[addr] = info
	c.mu.Unlock()
	return info
}

// CheckSignature returns nil when the consumer accepts sig over req (raw: its
// ABI bytes), an error wrapping errs.ErrPermission when it does not.
func (c *RequestChecker) CheckSignature(ctx context.Context, req *contracts.OffchainJobRequest, raw, sig []byte) error {
	info := c.consumer(ctx, req.Consumer)
	var hash [32]byte
	if info.bare {
		copy(hash[:], accounts.TextHash(raw))
	} else {
		hash = contracts.OffchainRequestDigest(c.chainID, c.jobManager, req)
	}
	if info.signer != (common.Address{}) {
		if got, err := contracts.RecoverSigner(hash[:], sig); err == nil && got == info.signer {
			return nil
		}
	}
	v, err := c.call(ctx, req.Consumer, "isValidSignature", hash, sig)
	if err != nil {
		var de interface{ ErrorData() any }
		if errors.As(err, &de) || strings.Contains(err.Error(), "revert") {
			return fmt.Errorf("%w: the consumer %s rejects the request signature (isValidSignature reverted)", errs.ErrPermission, req.Consumer)
		}
		return fmt.Errorf("asking consumer %s to check the request signature: %w", req.Consumer, err)
	}
	if len(v) != 1 || v[0] != eip1271Magic {
		form := "EIP-712 typed data for this JobManager and chain"
		if info.bare {
			form = "the bare EIP-191 hash of the ABI request (the consumer opted in)"
		}
		return fmt.Errorf("%w: the consumer %s does not accept the request signature (signed over %s)", errs.ErrPermission, req.Consumer, form)
	}
	return nil
}

// JobExists reports whether the JobManager knows the job (pending,
// cancelled or completed).
func (c *RequestChecker) JobExists(ctx context.Context, jobID [32]byte) (bool, error) {
	v, err := c.call(ctx, c.jobManager, "getJobMetadata", jobID)
	if err != nil {
		return false, fmt.Errorf("JobManager.getJobMetadata: %w", err)
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
