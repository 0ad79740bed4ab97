package contracts

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/rs/zerolog"
)

// Defaults of DeployPlan's replacement of stuck transactions (the relayer's rule: a
// replacement pays at least 10% more, geth's price bump, after 3 blocks).
const (
	DefaultBumpAfter = 3
	bumpPercent      = 10
	deployPoll       = 500 * time.Millisecond
)

// DefaultMaxFee is DeployPlan's default cap on the fee per gas of a replacement: 500 gwei,
// the relayer's default cap (relay-max-fee-gwei).
var DefaultMaxFee = big.NewInt(500e9)

// ErrNonceTaken stops a deployment whose transaction's nonce was used by a transaction the
// deployment does not know (the deployer's key used elsewhere meanwhile).
var ErrNonceTaken = errors.New("the nonce of a deployment transaction was used by another transaction")

// fees is how stuck transactions are replaced: after bumpAfter blocks, with fees up to maxFee.
type fees struct {
	bumpAfter uint64
	maxFee    *big.Int
}

// defaultFees is DeployPlan's and the registry functions' policy unless told otherwise.
var defaultFees = fees{bumpAfter: DefaultBumpAfter, maxFee: DefaultMaxFee}

// txWait is one wait for a transaction to be mined, replacing it with higher fees while it is
// not (awaitTx).
type txWait struct {
	ctx   context.Context
	chain Chain
	opts  *bind.TransactOpts // From signs the replacements with Signer
	fees  fees
	log   zerolog.Logger
	what  string
	// earlier are transactions with the same nonce that may be mined instead (replaced ones).
	earlier []common.Hash
	// replacing, when set, is called with each replacement before it is sent (an error stops
	// the wait, nothing sent).
	replacing func(old, next *types.Transaction) error
}

// awaitTx waits for w.what's transaction tx, or one of w.earlier, to be mined and returns its
// receipt (whatever its status). A transaction still not mined bumpAfter blocks after it was
// sent, or found pending, is replaced: the same transaction with the same nonce and fees raised
// by 10% at least, to the chain's current price, never above maxFee (replace). A nonce used
// while none of them is mined stops the wait (ErrNonceTaken) once that lasts.
func awaitTx(w txWait, tx *types.Transaction) (*types.Receipt, error) {
	since, err := w.chain.HeaderByNumber(w.ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("waiting for %s (%s): reading the head: %w", w.what, tx.Hash(), err)
	}
	atCap, taken := false, 0
	t := time.NewTicker(deployPoll)
	defer t.Stop()
	for {
		rc, used, err := w.receipt(tx)
		if err != nil || rc != nil {
			return rc, err
		}
		// The nonce used and none of the transactions mined: another transaction took it, once
		// that lasts (a node may show the nonce a moment before the receipt).
		if used {
			taken++
		} else {
			taken = 0
		}
		if taken > nonceTakenPolls {
			return nil, fmt.Errorf("%w: %s's nonce %d is used, by none of its transactions (%s and those it replaced): find out what used it",
				ErrNonceTaken, w.what, tx.Nonce(), tx.Hash())
		}
		head, err := w.chain.HeaderByNumber(w.ctx, nil)
		if err != nil {
			return nil, fmt.Errorf("waiting for %s (%s): reading the head: %w", w.what, tx.Hash(), err)
		}
		if !atCap && head.Number.Uint64() >= since.Number.Uint64()+w.fees.bumpAfter {
			next, err := w.replace(tx, head)
			if err != nil {
				return nil, err
			}
			if next == nil {
				atCap = true // waits at the cap; the receipts are still looked for
			} else {
				w.earlier = append(w.earlier, tx.Hash())
				tx = next
			}
			since = head
		}
		select {
		case <-w.ctx.Done():
			return nil, fmt.Errorf("waiting for %s (%s): %w", w.what, tx.Hash(), w.ctx.Err())
		case <-t.C:
		}
	}
}

// await is awaitTx for a deployment's step what: the transactions it replaced are in
// d.Replaced, and each replacement is saved there before it is sent, so a resume follows every
// transaction that can still be mined.
func (r *deployRun) await(what string, tx *types.Transaction) (*types.Receipt, error) {
	return awaitTx(txWait{ctx: r.ctx, chain: r.chain, opts: &r.opts, fees: r.fees, log: r.log, what: what,
		earlier: slices.Clone(r.d.Replaced[what]), replacing: func(old, next *types.Transaction) error {
			if r.d.Replaced == nil {
				r.d.Replaced = map[string][]common.Hash{}
			}
			for _, h := range []common.Hash{old.Hash(), r.d.Txs[what]} {
				// old, and the step's newest transaction when that is another (one a resume did
				// not find): both may still be mined, at this nonce
				if h != (common.Hash{}) && !slices.Contains(r.d.Replaced[what], h) {
					r.d.Replaced[what] = append(r.d.Replaced[what], h)
				}
			}
			r.d.Txs[what] = next.Hash()
			return r.save()
		}}, tx)
}

// nonceTakenPolls is how many polls in a row await sees a step's nonce used with none of its
// transactions mined before it stops with ErrNonceTaken.
const nonceTakenPolls = 10

// receipt is the receipt of tx or of one of w.earlier; nil while none is mined, with used
// telling whether their nonce is used on chain all the same.
func (w *txWait) receipt(tx *types.Transaction) (rc *types.Receipt, used bool, err error) {
	for _, h := range append([]common.Hash{tx.Hash()}, w.earlier...) {
		rc, err := w.chain.TransactionReceipt(w.ctx, h)
		if err == nil {
			return rc, false, nil
		}
		if !errors.Is(err, ethereum.NotFound) {
			return nil, false, fmt.Errorf("reading the receipt of %s (%s): %w", w.what, h, err)
		}
	}
	next, err := w.chain.NonceAt(w.ctx, w.opts.From, nil)
	if err != nil {
		return nil, false, fmt.Errorf("reading %s's nonce: %w", w.opts.From, err)
	}
	return nil, next > tx.Nonce(), nil
}

// replace sends old again with the same nonce and higher fees: tip and fee cap each at least
// 10% above old's (what a node's pool asks of a replacement), and at least the chain's
// suggested tip and twice head's base fee plus the tip, capped by maxFee. nil when the cap
// leaves no room for a 10% raise (the transaction waits as it is).
func (w *txWait) replace(old *types.Transaction, head *types.Header) (*types.Transaction, error) {
	what := w.what
	tip, err := w.chain.SuggestGasTipCap(w.ctx)
	if err != nil {
		return nil, fmt.Errorf("replacing %s's transaction %s: suggesting a tip: %w", what, old.Hash(), err)
	}
	base := head.BaseFee
	if base == nil {
		base = new(big.Int)
	}
	var inner types.TxData
	switch old.Type() {
	case types.LegacyTxType:
		price := bigMax(bumpedFee(old.GasPrice()), new(big.Int).Add(base, tip))
		if price.Cmp(w.fees.maxFee) > 0 {
			price = new(big.Int).Set(w.fees.maxFee)
		}
		if price.Cmp(bumpedFee(old.GasPrice())) < 0 {
			return w.atCap(old)
		}
		inner = &types.LegacyTx{Nonce: old.Nonce(), GasPrice: price, Gas: old.Gas(), To: old.To(), Value: old.Value(), Data: old.Data()}
	case types.DynamicFeeTxType:
		tip = bigMax(bumpedFee(old.GasTipCap()), tip)
		feeCap := bigMax(bumpedFee(old.GasFeeCap()), new(big.Int).Add(new(big.Int).Mul(base, big.NewInt(2)), tip))
		if feeCap.Cmp(w.fees.maxFee) > 0 {
			feeCap = new(big.Int).Set(w.fees.maxFee)
		}
		if tip.Cmp(feeCap) > 0 {
			tip = new(big.Int).Set(feeCap)
		}
		if feeCap.Cmp(bumpedFee(old.GasFeeCap())) < 0 || tip.Cmp(bumpedFee(old.GasTipCap())) < 0 {
			return w.atCap(old)
		}
		inner = &types.DynamicFeeTx{ChainID: old.ChainId(), Nonce: old.Nonce(), GasTipCap: tip, GasFeeCap: feeCap,
			Gas: old.Gas(), To: old.To(), Value: old.Value(), Data: old.Data()}
	default:
		return nil, fmt.Errorf("replacing %s's transaction %s: transaction type %d", what, old.Hash(), old.Type())
	}
	signed, err := w.opts.Signer(w.opts.From, types.NewTx(inner))
	if err != nil {
		return nil, fmt.Errorf("signing the replacement of %s's transaction %s: %w", what, old.Hash(), err)
	}
	if w.replacing != nil {
		if err := w.replacing(old, signed); err != nil {
			return nil, err
		}
	}
	w.log.Warn().Str("what", what).Str("tx", old.Hash().Hex()).Str("replacement", signed.Hash().Hex()).
		Str("fee_cap_gwei", gwei(signed.GasFeeCap())).Str("tip_gwei", gwei(signed.GasTipCap())).
		Msgf("not mined after %d blocks: sent again with higher fees", w.fees.bumpAfter)
	if err := w.chain.SendTransaction(w.ctx, signed); err != nil {
		if strings.Contains(err.Error(), "nonce too low") {
			return signed, nil // one of them was mined meanwhile: its receipt tells which
		}
		return nil, sendError("replacing "+what+"'s transaction", err)
	}
	return signed, nil
}

func (w *txWait) atCap(old *types.Transaction) (*types.Transaction, error) {
	w.log.Warn().Str("what", w.what).Str("tx", old.Hash().Hex()).Str("max_fee_gwei", gwei(w.fees.maxFee)).
		Msg("not mined, and the fee cap leaves no room to send it again with 10% higher fees: waiting for it as it is")
	return nil, nil
}

// bumpedFee is x raised by bumpPercent, rounded up, by at least 1.
func bumpedFee(x *big.Int) *big.Int {
	y := new(big.Int).Mul(x, big.NewInt(100+bumpPercent))
	y.Add(y, big.NewInt(99))
	y.Div(y, big.NewInt(100))
	if y.Cmp(x) <= 0 {
		y.Add(x, big.NewInt(1))
	}
	return y
}

func bigMax(a, b *big.Int) *big.Int {
	if a.Cmp(b) >= 0 {
		return a
	}
	return b
}

func gwei(x *big.Int) string {
	return new(big.Float).Quo(new(big.Float).SetInt(x), big.NewFloat(1e9)).Text('f', 3)
}
