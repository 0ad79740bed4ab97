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
// replacement pays at least 10% more, geth's price bump, after 3 blocks), and its default cap
// on a replacement's fee per gas, the relayer's (relay-max-fee-gwei).
const (
	DefaultBumpAfter  = 3
	DefaultMaxFeeGwei = 500
	bumpPercent       = 10
	deployPoll        = 500 * time.Millisecond
)

// ErrNonceTaken stops a deployment whose transaction's nonce was used by a transaction the
// deployment does not know (the deployer's key used elsewhere meanwhile).
var ErrNonceTaken = errors.New("the nonce of a deployment transaction was used by another transaction")

// fees is how stuck transactions are replaced: after bumpAfter blocks, with fees up to maxFee.
type fees struct {
	bumpAfter uint64
	maxFee    *big.Int
}

// defaultFees is DeployPlan's and the registry functions' policy unless told otherwise.
func defaultFees() fees {
	return fees{bumpAfter: DefaultBumpAfter, maxFee: Gwei(DefaultMaxFeeGwei)}
}

// Gwei is n gwei in wei.
func Gwei(n uint64) *big.Int { return new(big.Int).Mul(new(big.Int).SetUint64(n), big.NewInt(1e9)) }

// txWait is one wait for a transaction to be mined, replacing it with higher fees while it is
// not (awaitTx).
type txWait struct {
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

// errFatal marks an error of a wait that trying again cannot mend (signing, saving the
// deployment, ErrNonceTaken); the others (the RPC's) are logged and the wait goes on.
type errFatal struct{ error }

func (e errFatal) Unwrap() error { return e.error }

// awaitTx waits for w.what's transaction tx, or one of w.earlier, to be mined and returns its
// receipt (whatever its status). A transaction still not mined bumpAfter blocks after it was
// sent, or found pending, is replaced: the same transaction with the same nonce and fees raised
// by 10% at least, to the chain's current price, never above maxFee (replace). An RPC error
// is logged and the next poll tries again, until ctx ends (as bind.WaitMined does). A nonce
// used for bumpAfter blocks while none of the transactions is known mined stops the wait
// (ErrNonceTaken).
func awaitTx(ctx context.Context, w txWait, tx *types.Transaction) (*types.Receipt, error) {
	var since, takenAt uint64 // the block the current transaction is waited for from; the nonce seen used at
	atCap, polls := false, 0
	t := time.NewTicker(deployPoll)
	defer t.Stop()
	for {
		rc, err := w.poll(ctx, &tx, &since, &takenAt, &atCap, &polls)
		switch {
		case rc != nil:
			return rc, nil
		case ctx.Err() != nil:
			return nil, fmt.Errorf("waiting for %s (%s): %w", w.what, tx.Hash(), ctx.Err())
		case errors.As(err, new(errFatal)):
			return nil, err
		case err != nil:
			w.log.Warn().Err(err).Str("what", w.what).Str("tx", tx.Hash().Hex()).Msg("waiting for a transaction: trying again")
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("waiting for %s (%s): %w", w.what, tx.Hash(), ctx.Err())
		case <-t.C:
		}
	}
}

// poll is one look of awaitTx: the receipt once one of the transactions is mined; else it
// replaces the current one when due (*tx then the replacement) and watches the nonce.
func (w *txWait) poll(ctx context.Context, tx **types.Transaction, since, takenAt *uint64, atCap *bool, polls *int) (*types.Receipt, error) {
	rc, err := w.receipt(ctx, *tx)
	if err != nil || rc != nil {
		return rc, err
	}
	head, err := w.chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("reading the head: %w", err)
	}
	now := head.Number.Uint64()
	if *since == 0 {
		*since = now
	}
	used, err := w.chain.NonceAt(ctx, w.opts.From, nil)
	if err != nil {
		return nil, fmt.Errorf("reading %s's nonce: %w", w.opts.From, err)
	}
	if used > (*tx).Nonce() {
		// Mined (the receipt comes later on some RPCs: a node behind the one that answered
		// the nonce), or taken by another transaction: the latter only once it lasts.
		*polls++
		if *takenAt == 0 {
			*takenAt = now
		}
		if *polls > nonceTakenPolls && now >= *takenAt+w.fees.bumpAfter {
			mined, err := w.anyMined(ctx, *tx)
			if err != nil || mined {
				return nil, err
			}
			return nil, errFatal{fmt.Errorf("%w: %s's nonce %d is used, by none of its transactions (%s and those it replaced): find out what used it",
				ErrNonceTaken, w.what, (*tx).Nonce(), (*tx).Hash())}
		}
		return nil, nil
	}
	*polls, *takenAt = 0, 0
	if *atCap || now < *since+w.fees.bumpAfter {
		return nil, nil
	}
	next, err := w.replace(ctx, *tx, head)
	switch {
	case next != nil: // recorded, sent or not (err): followed from now on
		w.earlier = append(w.earlier, (*tx).Hash())
		*tx, *since = next, now
	case err == nil:
		*atCap = true // waits at the cap; the receipts are still looked for
	}
	return nil, err
}

// anyMined reports whether the chain shows tx or one of w.earlier mined (not pending), its
// receipt not served yet.
func (w *txWait) anyMined(ctx context.Context, tx *types.Transaction) (bool, error) {
	for _, h := range append([]common.Hash{tx.Hash()}, w.earlier...) {
		_, pending, err := w.chain.TransactionByHash(ctx, h)
		if errors.Is(err, ethereum.NotFound) {
			continue
		}
		if err != nil {
			return false, fmt.Errorf("looking for %s: %w", h, err)
		}
		if !pending {
			return true, nil
		}
	}
	return false, nil
}

// await is awaitTx for a deployment's step what: the transactions it replaced are in
// d.Replaced, and each replacement is saved there before it is sent, so a resume follows every
// transaction that can still be mined.
func (r *deployRun) await(what string, tx *types.Transaction) (*types.Receipt, error) {
	return awaitTx(r.ctx, txWait{chain: r.chain, opts: &r.opts, fees: r.fees, log: r.log, what: what,
		earlier: slices.Clone(r.d.Replaced[what]), replacing: func(old, next *types.Transaction) error {
			// old, and the step's newest transaction when that is another (one a resume did
			// not find): both may still be mined, at this nonce
			r.d.Replaced[what] = appendNew(r.d.Replaced[what], old.Hash(), r.d.Txs[what])
			r.d.Txs[what] = next.Hash()
			return r.save()
		}}, tx)
}

// appendNew appends to hs each of add that is not zero and not in hs yet.
func appendNew(hs []common.Hash, add ...common.Hash) []common.Hash {
	for _, h := range add {
		if h != (common.Hash{}) && !slices.Contains(hs, h) {
			hs = append(hs, h)
		}
	}
	return hs
}

// nonceTakenPolls is how many polls in a row (and bumpAfter blocks) awaitTx sees a step's
// nonce used with none of its transactions known mined before it stops with ErrNonceTaken.
const nonceTakenPolls = 10

// receipt is the receipt of tx or of one of w.earlier; nil while none is mined.
func (w *txWait) receipt(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
	for _, h := range append([]common.Hash{tx.Hash()}, w.earlier...) {
		rc, err := w.chain.TransactionReceipt(ctx, h)
		if err == nil {
			return rc, nil
		}
		if !errors.Is(err, ethereum.NotFound) {
			return nil, fmt.Errorf("reading the receipt of %s: %w", h, err)
		}
	}
	return nil, nil
}

// replace sends old again with the same nonce and higher fees: tip and fee cap each at least
// 10% above old's (what a node's pool asks of a replacement), and at least the chain's
// suggested tip and twice head's base fee plus the tip, capped by maxFee. nil when the cap
// leaves no room for a 10% raise (the transaction waits as it is).
func (w *txWait) replace(ctx context.Context, old *types.Transaction, head *types.Header) (*types.Transaction, error) {
	what := w.what
	base := head.BaseFee
	if base == nil {
		base = new(big.Int)
	}
	var inner types.TxData
	switch old.Type() {
	case types.LegacyTxType:
		suggested, err := w.chain.SuggestGasPrice(ctx)
		if err != nil {
			return nil, fmt.Errorf("replacing %s's transaction %s: suggesting a gas price: %w", what, old.Hash(), err)
		}
		price := bigMax(bumpedFee(old.GasPrice()), suggested)
		if price.Cmp(w.fees.maxFee) > 0 {
			price = new(big.Int).Set(w.fees.maxFee)
		}
		if price.Cmp(bumpedFee(old.GasPrice())) < 0 {
			return w.atCap(old)
		}
		inner = &types.LegacyTx{Nonce: old.Nonce(), GasPrice: price, Gas: old.Gas(), To: old.To(), Value: old.Value(), Data: old.Data()}
	case types.DynamicFeeTxType:
		tip, err := w.chain.SuggestGasTipCap(ctx)
		if err != nil {
			return nil, fmt.Errorf("replacing %s's transaction %s: suggesting a tip: %w", what, old.Hash(), err)
		}
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
			Gas: old.Gas(), To: old.To(), Value: old.Value(), Data: old.Data(), AccessList: old.AccessList()}
	default:
		return nil, errFatal{fmt.Errorf("replacing %s's transaction %s: transaction type %d", what, old.Hash(), old.Type())}
	}
	signed, err := w.opts.Signer(w.opts.From, types.NewTx(inner))
	if err != nil {
		return nil, errFatal{fmt.Errorf("signing the replacement of %s's transaction %s: %w", what, old.Hash(), err)}
	}
	if w.replacing != nil {
		if err := w.replacing(old, signed); err != nil {
			return nil, errFatal{err}
		}
	}
	w.log.Warn().Str("what", what).Str("tx", old.Hash().Hex()).Str("replacement", signed.Hash().Hex()).
		Str("fee_cap_gwei", gwei(signed.GasFeeCap())).Str("tip_gwei", gwei(signed.GasTipCap())).
		Msgf("not mined after %d blocks: sent again with higher fees", w.fees.bumpAfter)
	if err := w.chain.SendTransaction(ctx, signed); err != nil && !strings.Contains(err.Error(), "nonce too low") {
		// Recorded all the same (it may have left: a lost answer), and followed with the
		// others; the next replacement is priced from it.
		return signed, sendError("sending the replacement of "+what+"'s transaction", err)
	}
	// "nonce too low": one of them was mined meanwhile, its receipt tells which.
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
