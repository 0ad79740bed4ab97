package devchain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
)

// DefaultRPCTimeout bounds each call of the chain's client when
// Options.RPCTimeout is zero.
const DefaultRPCTimeout = 10 * time.Second

// timeoutClient is the chain's client with a deadline on every call (as the
// relayer's and the listener's clients): a call the chain does not answer
// fails after d, naming the method, instead of holding its caller. A
// subscription's deadline bounds setting it up only.
type timeoutClient struct {
	c simulated.Client
	d time.Duration
}

var _ simulated.Client = timeoutClient{}

// bounded runs f under a context that ends after d (or with ctx). When that
// deadline, not ctx, ended the call, the error names the method and wraps
// context.DeadlineExceeded.
func bounded[T any](ctx context.Context, d time.Duration, method string, f func(context.Context) (T, error)) (T, error) {
	cctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	v, err := f(cctx)
	if err != nil && ctx.Err() == nil && errors.Is(cctx.Err(), context.DeadlineExceeded) {
		if errors.Is(err, context.DeadlineExceeded) {
			err = fmt.Errorf("devchain %s: no answer within %s: %w", method, d, err)
		} else {
			err = fmt.Errorf("devchain %s: no answer within %s: %w (%w)", method, d, context.DeadlineExceeded, err)
		}
	}
	return v, err
}

func (t timeoutClient) BlockNumber(ctx context.Context) (uint64, error) {
	return bounded(ctx, t.d, "eth_blockNumber", t.c.BlockNumber)
}

func (t timeoutClient) BlockByHash(ctx context.Context, hash common.Hash) (*types.Block, error) {
	return bounded(ctx, t.d, "eth_getBlockByHash", func(ctx context.Context) (*types.Block, error) { return t.c.BlockByHash(ctx, hash) })
}

func (t timeoutClient) BlockByNumber(ctx context.Context, number *big.Int) (*types.Block, error) {
	return bounded(ctx, t.d, "eth_getBlockByNumber", func(ctx context.Context) (*types.Block, error) { return t.c.BlockByNumber(ctx, number) })
}

func (t timeoutClient) HeaderByHash(ctx context.Context, hash common.Hash) (*types.Header, error) {
	return bounded(ctx, t.d, "eth_getBlockByHash", func(ctx context.Context) (*types.Header, error) { return t.c.HeaderByHash(ctx, hash) })
}

func (t timeoutClient) HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error) {
	return bounded(ctx, t.d, "eth_getBlockByNumber", func(ctx context.Context) (*types.Header, error) { return t.c.HeaderByNumber(ctx, number) })
}

func (t timeoutClient) TransactionCount(ctx context.Context, blockHash common.Hash) (uint, error) {
	return bounded(ctx, t.d, "eth_getBlockTransactionCountByHash", func(ctx context.Context) (uint, error) { return t.c.TransactionCount(ctx, blockHash) })
}

func (t timeoutClient) TransactionInBlock(ctx context.Context, blockHash common.Hash, index uint) (*types.Transaction, error) {
	return bounded(ctx, t.d, "eth_getTransactionByBlockHashAndIndex", func(ctx context.Context) (*types.Transaction, error) {
		return t.c.TransactionInBlock(ctx, blockHash, index)
	})
}

func (t timeoutClient) SubscribeNewHead(ctx context.Context, ch chan<- *types.Header) (ethereum.Subscription, error) {
	return bounded(ctx, t.d, "eth_subscribe newHeads", func(ctx context.Context) (ethereum.Subscription, error) { return t.c.SubscribeNewHead(ctx, ch) })
}

func (t timeoutClient) BalanceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (*big.Int, error) {
	return bounded(ctx, t.d, "eth_getBalance", func(ctx context.Context) (*big.Int, error) { return t.c.BalanceAt(ctx, account, blockNumber) })
}

func (t timeoutClient) StorageAt(ctx context.Context, account common.Address, key common.Hash, blockNumber *big.Int) ([]byte, error) {
	return bounded(ctx, t.d, "eth_getStorageAt", func(ctx context.Context) ([]byte, error) { return t.c.StorageAt(ctx, account, key, blockNumber) })
}

func (t timeoutClient) CodeAt(ctx context.Context, account common.Address, blockNumber *big.Int) ([]byte, error) {
	return bounded(ctx, t.d, "eth_getCode", func(ctx context.Context) ([]byte, error) { return t.c.CodeAt(ctx, account, blockNumber) })
}

func (t timeoutClient) NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error) {
	return bounded(ctx, t.d, "eth_getTransactionCount", func(ctx context.Context) (uint64, error) { return t.c.NonceAt(ctx, account, blockNumber) })
}

func (t timeoutClient) CallContract(ctx context.Context, call ethereum.CallMsg, blockNumber *big.Int) ([]byte, error) {
	return bounded(ctx, t.d, "eth_call", func(ctx context.Context) ([]byte, error) { return t.c.CallContract(ctx, call, blockNumber) })
}

func (t timeoutClient) EstimateGas(ctx context.Context, call ethereum.CallMsg) (uint64, error) {
	return bounded(ctx, t.d, "eth_estimateGas", func(ctx context.Context) (uint64, error) { return t.c.EstimateGas(ctx, call) })
}

func (t timeoutClient) SuggestGasPrice(ctx context.Context) (*big.Int, error) {
	return bounded(ctx, t.d, "eth_gasPrice", t.c.SuggestGasPrice)
}

func (t timeoutClient) SuggestGasTipCap(ctx context.Context) (*big.Int, error) {
	return bounded(ctx, t.d, "eth_maxPriorityFeePerGas", t.c.SuggestGasTipCap)
}

func (t timeoutClient) FeeHistory(ctx context.Context, blockCount uint64, lastBlock *big.Int, rewardPercentiles []float64) (*ethereum.FeeHistory, error) {
	return bounded(ctx, t.d, "eth_feeHistory", func(ctx context.Context) (*ethereum.FeeHistory, error) {
		return t.c.FeeHistory(ctx, blockCount, lastBlock, rewardPercentiles)
	})
}

func (t timeoutClient) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	return bounded(ctx, t.d, "eth_getLogs", func(ctx context.Context) ([]types.Log, error) { return t.c.FilterLogs(ctx, q) })
}

func (t timeoutClient) SubscribeFilterLogs(ctx context.Context, q ethereum.FilterQuery, ch chan<- types.Log) (ethereum.Subscription, error) {
	return bounded(ctx, t.d, "eth_subscribe logs", func(ctx context.Context) (ethereum.Subscription, error) { return t.c.SubscribeFilterLogs(ctx, q, ch) })
}

func (t timeoutClient) PendingBalanceAt(ctx context.Context, account common.Address) (*big.Int, error) {
	return bounded(ctx, t.d, "eth_getBalance pending", func(ctx context.Context) (*big.Int, error) { return t.c.PendingBalanceAt(ctx, account) })
}

func (t timeoutClient) PendingStorageAt(ctx context.Context, account common.Address, key common.Hash) ([]byte, error) {
	return bounded(ctx, t.d, "eth_getStorageAt pending", func(ctx context.Context) ([]byte, error) { return t.c.PendingStorageAt(ctx, account, key) })
}

func (t timeoutClient) PendingCodeAt(ctx context.Context, account common.Address) ([]byte, error) {
	return bounded(ctx, t.d, "eth_getCode pending", func(ctx context.Context) ([]byte, error) { return t.c.PendingCodeAt(ctx, account) })
}

func (t timeoutClient) PendingNonceAt(ctx context.Context, account common.Address) (uint64, error) {
	return bounded(ctx, t.d, "eth_getTransactionCount pending", func(ctx context.Context) (uint64, error) { return t.c.PendingNonceAt(ctx, account) })
}

func (t timeoutClient) PendingTransactionCount(ctx context.Context) (uint, error) {
	return bounded(ctx, t.d, "eth_getBlockTransactionCountByNumber pending", t.c.PendingTransactionCount)
}

func (t timeoutClient) PendingCallContract(ctx context.Context, call ethereum.CallMsg) ([]byte, error) {
	return bounded(ctx, t.d, "eth_call pending", func(ctx context.Context) ([]byte, error) { return t.c.PendingCallContract(ctx, call) })
}

func (t timeoutClient) TransactionByHash(ctx context.Context, txHash common.Hash) (*types.Transaction, bool, error) {
	type txp struct {
		tx      *types.Transaction
		pending bool
	}
	v, err := bounded(ctx, t.d, "eth_getTransactionByHash", func(ctx context.Context) (txp, error) {
		tx, pending, err := t.c.TransactionByHash(ctx, txHash)
		return txp{tx, pending}, err
	})
	return v.tx, v.pending, err
}

func (t timeoutClient) TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error) {
	return bounded(ctx, t.d, "eth_getTransactionReceipt", func(ctx context.Context) (*types.Receipt, error) { return t.c.TransactionReceipt(ctx, txHash) })
}

func (t timeoutClient) SubscribeTransactionReceipts(ctx context.Context, q *ethereum.TransactionReceiptsQuery, ch chan<- []*types.Receipt) (ethereum.Subscription, error) {
	return bounded(ctx, t.d, "eth_subscribe transactionReceipts", func(ctx context.Context) (ethereum.Subscription, error) {
		return t.c.SubscribeTransactionReceipts(ctx, q, ch)
	})
}

func (t timeoutClient) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	_, err := bounded(ctx, t.d, "eth_sendRawTransaction", func(ctx context.Context) (struct{}, error) { return struct{}{}, t.c.SendTransaction(ctx, tx) })
	return err
}

func (t timeoutClient) ChainID(ctx context.Context) (*big.Int, error) {
	return bounded(ctx, t.d, "eth_chainId", t.c.ChainID)
}
