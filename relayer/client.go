package relayer

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

// Client is what the manager needs from an Ethereum node (ethclient.Client and the simulated
// backend's client implement it).
type Client interface {
	ChainID(ctx context.Context) (*big.Int, error)
	BlockNumber(ctx context.Context) (uint64, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
	EstimateGas(ctx context.Context, call ethereum.CallMsg) (uint64, error)
	CallContract(ctx context.Context, call ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
	SendTransaction(ctx context.Context, tx *types.Transaction) error
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
}

// TxReader is eth_getTransactionByHash (ethclient.Client and simulated.Client have it). When
// the Client given to Open has it too, an attempt whose nonce the chain has passed without a
// receipt is abandoned only once the node does not know its hash either (a load-balanced RPC
// may answer for the nonce before it has the receipt).
type TxReader interface {
	TransactionByHash(ctx context.Context, hash common.Hash) (tx *types.Transaction, isPending bool, err error)
}

// BalanceReader is eth_getBalance (ethclient.Client and simulated.Client have it). When the
// Client given to Open has it too, a step sends no more first attempts than the sender's
// balance covers, besides the transactions in flight.
type BalanceReader interface {
	BalanceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (*big.Int, error)
}

// errUnsupported: the client has no such method.
var errUnsupported = errors.New("not supported by the client")

// DefaultRPCTimeout bounds each call to the node (and to the Signer) when Options.RPCTimeout
// is zero.
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

// timeoutClient gives every call its own deadline: a node that does not answer cannot hold a
// step (and the step lock) longer than that.
type timeoutClient struct {
	c Client
	d time.Duration
}

func (t timeoutClient) ChainID(ctx context.Context) (*big.Int, error) {
	return withTimeout(ctx, t.d, "eth_chainId", t.c.ChainID)
}

func (t timeoutClient) BlockNumber(ctx context.Context) (uint64, error) {
	return withTimeout(ctx, t.d, "eth_blockNumber", t.c.BlockNumber)
}

func (t timeoutClient) HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error) {
	return withTimeout(ctx, t.d, "eth_getBlockByNumber", func(ctx context.Context) (*types.Header, error) {
		return t.c.HeaderByNumber(ctx, number)
	})
}

func (t timeoutClient) NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error) {
	return withTimeout(ctx, t.d, "eth_getTransactionCount", func(ctx context.Context) (uint64, error) {
		return t.c.NonceAt(ctx, account, blockNumber)
	})
}

func (t timeoutClient) PendingNonceAt(ctx context.Context, account common.Address) (uint64, error) {
	return withTimeout(ctx, t.d, "eth_getTransactionCount(pending)", func(ctx context.Context) (uint64, error) {
		return t.c.PendingNonceAt(ctx, account)
	})
}

func (t timeoutClient) SuggestGasTipCap(ctx context.Context) (*big.Int, error) {
	return withTimeout(ctx, t.d, "eth_maxPriorityFeePerGas", t.c.SuggestGasTipCap)
}

func (t timeoutClient) EstimateGas(ctx context.Context, call ethereum.CallMsg) (uint64, error) {
	return withTimeout(ctx, t.d, "eth_estimateGas", func(ctx context.Context) (uint64, error) {
		return t.c.EstimateGas(ctx, call)
	})
}

func (t timeoutClient) CallContract(ctx context.Context, call ethereum.CallMsg, blockNumber *big.Int) ([]byte, error) {
	return withTimeout(ctx, t.d, "eth_call", func(ctx context.Context) ([]byte, error) {
		return t.c.CallContract(ctx, call, blockNumber)
	})
}

func (t timeoutClient) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	_, err := withTimeout(ctx, t.d, "eth_sendRawTransaction", func(ctx context.Context) (struct{}, error) {
		return struct{}{}, t.c.SendTransaction(ctx, tx)
	})
	return err
}

func (t timeoutClient) TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error) {
	return withTimeout(ctx, t.d, "eth_getTransactionReceipt", func(ctx context.Context) (*types.Receipt, error) {
		return t.c.TransactionReceipt(ctx, txHash)
	})
}

func (t timeoutClient) TransactionByHash(ctx context.Context, hash common.Hash) (*types.Transaction, bool, error) {
	r, ok := t.c.(TxReader)
	if !ok {
		return nil, false, errUnsupported
	}
	type res struct {
		tx      *types.Transaction
		pending bool
	}
	v, err := withTimeout(ctx, t.d, "eth_getTransactionByHash", func(ctx context.Context) (res, error) {
		tx, pending, err := r.TransactionByHash(ctx, hash)
		return res{tx, pending}, err
	})
	return v.tx, v.pending, err
}

func (t timeoutClient) BalanceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (*big.Int, error) {
	r, ok := t.c.(BalanceReader)
	if !ok {
		return nil, errUnsupported
	}
	return withTimeout(ctx, t.d, "eth_getBalance", func(ctx context.Context) (*big.Int, error) {
		return r.BalanceAt(ctx, account, blockNumber)
	})
}
