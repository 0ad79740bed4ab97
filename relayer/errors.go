package relayer

import (
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
)

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
