package listener

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Client is what the listener needs from an Ethereum node.
type Client interface {
	BlockNumber(ctx context.Context) (uint64, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	HeaderByHash(ctx context.Context, hash common.Hash) (*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	CallContract(ctx context.Context, call ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
}

// DefaultRPCTimeout bounds each call to the node when Options.RPCTimeout is zero.
const DefaultRPCTimeout = 10 * time.Second

// withTimeout runs f under a context that ends after d (or with ctx). When that deadline, not
// ctx, ended the call, the error says which call went unanswered and wraps
// context.DeadlineExceeded.
func withTimeout[T any](ctx context.Context, d time.Duration, method string, f func(context.Context) (T, error)) (T, error) {
	cctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	v, err := f(cctx)
	if err != nil && ctx.Err() == nil && errors.Is(cctx.Err(), context.DeadlineExceeded) {
		if errors.Is(err, context.DeadlineExceeded) {
			err = fmt.Errorf("%s: no answer within %s: %w", method, d, err)
		} else {
			err = fmt.Errorf("%s: no answer within %s: %w (%w)", method, d, context.DeadlineExceeded, err)
		}
	}
	return v, err
}

// timeoutClient gives every call its own deadline: a node that does not answer fails the step
// after that instead of holding it.
type timeoutClient struct {
	c Client
	d time.Duration
}

func (t timeoutClient) BlockNumber(ctx context.Context) (uint64, error) {
	return withTimeout(ctx, t.d, "eth_blockNumber", t.c.BlockNumber)
}

func (t timeoutClient) HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error) {
	return withTimeout(ctx, t.d, "eth_getBlockByNumber", func(ctx context.Context) (*types.Header, error) {
		return t.c.HeaderByNumber(ctx, number)
	})
}

func (t timeoutClient) HeaderByHash(ctx context.Context, hash common.Hash) (*types.Header, error) {
	return withTimeout(ctx, t.d, "eth_getBlockByHash", func(ctx context.Context) (*types.Header, error) {
		return t.c.HeaderByHash(ctx, hash)
	})
}

func (t timeoutClient) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	return withTimeout(ctx, t.d, "eth_getLogs", func(ctx context.Context) ([]types.Log, error) {
		return t.c.FilterLogs(ctx, q)
	})
}

func (t timeoutClient) CallContract(ctx context.Context, call ethereum.CallMsg, blockNumber *big.Int) ([]byte, error) {
	return withTimeout(ctx, t.d, "eth_call", func(ctx context.Context) ([]byte, error) {
		return t.c.CallContract(ctx, call, blockNumber)
	})
}
