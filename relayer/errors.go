package relayer

import (
	"context"
	"errors"
	"strings"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/txpool"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/rpc"
)

// How the node's errors are read: with go-ethereum's own sentinel errors. An error that is (or
// wraps) the sentinel matches with errors.Is; one that came over JSON-RPC is only its message,
// so it matches when the message holds the sentinel's text ("nonce too low: address 0x…, tx: 5
// state: 6").
var (
	// the transaction is already in the node's pool
	errsAlreadyKnown = []error{txpool.ErrAlreadyKnown}
	// the nonce is used on chain
	errsNonceTooLow = []error{core.ErrNonceTooLow}
	// the pool holds another transaction at the nonce (a first attempt), or the replacement
	// does not pay enough more (a bump)
	errsUnderpriced = []error{txpool.ErrReplaceUnderpriced, txpool.ErrUnderpriced}
	// the account cannot pay gas × fee cap (+ value)
	errsNoFunds = []error{core.ErrInsufficientFunds, core.ErrInsufficientFundsForTransfer}
	// the call reverts (eth_call, eth_estimateGas)
	errsReverted = []error{vm.ErrExecutionReverted}
	// the pool refuses the transaction as it is built, whatever its nonce, price or the
	// account's balance: it is in no pool, and sending it again cannot help (the gas limit over
	// the per-transaction cap of EIP-7825 or over the block gas limit, a type or a size the node
	// does not take, fees that contradict each other)
	errsInvalid = []error{core.ErrGasLimitTooHigh, txpool.ErrGasLimit, core.ErrTxTypeNotSupported,
		core.ErrIntrinsicGas, core.ErrFloorDataGas, txpool.ErrOversizedData, txpool.ErrNegativeValue,
		txpool.ErrInvalidSender, core.ErrTipAboveFeeCap, core.ErrTipVeryHigh, core.ErrFeeCapVeryHigh,
		core.ErrSenderNoEOA, core.ErrGasUintOverflow}
	// the price is under what the node takes now (its minimum tip, the base fee): in no pool;
	// a later try, priced again, may pass
	errsTooCheap = []error{txpool.ErrTxGasPriceTooLow, core.ErrFeeCapTooLow}
	// the pool has no room for the account now, or will not queue the nonce: in no pool; a
	// later try may pass
	errsBusy = []error{txpool.ErrAccountLimitExceeded, txpool.ErrOutOfCapacity,
		txpool.ErrInflightTxLimitReached, txpool.ErrAlreadyReserved, core.ErrNonceTooHigh}
)

// errGasAllowance is the text of geth's eth_estimateGas error for a call that runs out of gas
// at the most gas a transaction may have (the block gas limit, EIP-7825's cap since Osaka, the
// node's RPC gas cap): "gas required exceeds allowance (16777216)". It is no exported error.
const errGasAllowance = "gas required exceeds allowance"

// is reports whether err is one of the sentinels, or an error over JSON-RPC whose message
// holds one's text.
func is(err error, sentinels []error) bool {
	if err == nil {
		return false
	}
	msg := err.Error()
	for _, s := range sentinels {
		if errors.Is(err, s) || strings.Contains(msg, s.Error()) {
			return true
		}
	}
	return false
}

func isAlreadyKnown(err error) bool { return is(err, errsAlreadyKnown) }
func isNonceTooLow(err error) bool  { return is(err, errsNonceTooLow) }
func isUnderpriced(err error) bool  { return is(err, errsUnderpriced) }
func isNoFunds(err error) bool      { return is(err, errsNoFunds) }
func isRevert(err error) bool       { return is(err, errsReverted) }
func isInvalid(err error) bool      { return is(err, errsInvalid) }
func isTooCheap(err error) bool     { return is(err, errsTooCheap) }
func isBusy(err error) bool         { return is(err, errsBusy) }

// isGasAllowance reports whether an eth_estimateGas error says the call needs more gas than a
// transaction may have.
func isGasAllowance(err error) bool {
	return err != nil && strings.Contains(err.Error(), errGasAllowance)
}

// isNodeAnswer reports whether err is the node's answer (a JSON-RPC error object), not a
// transport error: a send the node answered with an error put nothing in its pool. A call
// without an answer (a timeout, a dropped connection, an HTTP error of a proxy) may have
// reached the node.
func isNodeAnswer(err error) bool {
	if err == nil || errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		return false
	}
	var re rpc.Error
	return errors.As(err, &re)
}

// revertData extracts the revert data of a node's error (eth_call, eth_estimateGas): the
// JSON-RPC error's data, a hex string.
func revertData(err error) ([]byte, bool) {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil, false
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return nil, false
	}
	b, derr := hexutil.Decode(s)
	if derr != nil {
		return nil, false
	}
	return b, true
}

// ClassifyRaw is the Classifier used when Options.Classify is nil: it knows no contract, so
// nothing is "already done"; the reason shows the revert data in hex.
func ClassifyRaw(_ string, data []byte) Verdict {
	if len(data) == 0 {
		return Verdict{Reason: "execution reverted without data"}
	}
	return Verdict{Reason: "execution reverted with data " + hexutil.Encode(data)}
}
