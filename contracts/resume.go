package contracts

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/contracts/bindings"
)

// DeployPlan is what a deployment puts on chain besides the VerifierRegistry, the JobManager
// and the Coordinator.
type DeployPlan struct {
	// Verifiers maps a whole-run class byte (0..0x7F) to its verifier's creation bytecode;
	// Finals a segment class k to the creation bytecode of its final verifier (registered under
	// FinalProofClass(k)). Either may be empty.
	Verifiers, Finals map[int][]byte
	// SealDelay seals the registry once its verifiers are in place (Seal); 0: not sealed.
	SealDelay time.Duration
	// Progress, when set, is called with the deployment whenever it changes: before each
	// transaction is sent (its hash known) and when one is mined. Keep what it is given
	// somewhere durable: Resume goes on from it after a failure or a kill, sending nothing that
	// was mined again. An error from Progress stops the deployment before the transaction is
	// sent.
	Progress func(*Deployment) error
	// BumpAfter: a transaction not mined this many blocks after it was sent (or found pending
	// by a resume) is sent again with the same nonce and fees 10% higher at least, up to the
	// chain's current price (0: DefaultBumpAfter). MaxFee caps the fee per gas of those
	// replacements, in wei (nil: DefaultMaxFeeGwei); at the cap the transaction waits as it
	// is. The first transaction of each step is priced by the chain's suggestion, uncapped.
	BumpAfter uint64
	MaxFee    *big.Int
}

// check refuses a plan's classes and delay before anything is sent.
func (p DeployPlan) check() error {
	for k := range p.Verifiers {
		if k < 0 || k >= FinalClassFlag {
			return fmt.Errorf("whole-run class %#x out of range 0..%#x", k, FinalClassFlag-1)
		}
	}
	for k := range p.Finals {
		if k < 0 || k > MaxSingleClass {
			return fmt.Errorf("segment class %d of a final verifier out of range 0..%d", k, MaxSingleClass)
		}
	}
	if d := p.SealDelay; d != 0 && (d < time.Second || d > 365*24*time.Hour || d%time.Second != 0) {
		return fmt.Errorf("verifier delay %s: want whole seconds from 1s to 365 days", d)
	}
	return nil
}

// ErrCannotResume wraps Resume's refusals of a deployment it cannot go on with as asked
// (another chain or owner, other bytecode or classes or seal than the earlier run's, a
// transaction whose fate this chain does not tell, a complete deployment): nothing was sent,
// and resuming again the same way is refused the same way.
var ErrCannotResume = errors.New("cannot resume the deployment")

// ErrDeploymentComplete is Resume's answer for a deployment that has nothing left to do.
var ErrDeploymentComplete = errors.New("the deployment is complete")

// Resume carries out plan on d: a new deployment when d is empty (&Deployment{}), else the one
// d describes, as plan.Progress last saw it. It deploys the VerifierRegistry (owned by
// opts.From), each verifier, registers it, deploys the JobManager and the Coordinator and, with
// a SealDelay, seals the registry, waiting for each transaction to be mined. A step d shows
// mined is not sent again; a transaction d shows sent but not mined (the process was killed,
// or the RPC did not answer) is looked for first: waited for while pending, kept once mined,
// sent again when it failed or the chain does not know it. A verifier deployed before from
// other bytecode than plan's (keys made again since) stops it before anything is sent.
// d.Incomplete stays true until every step is mined; on an error d holds what was done.
func Resume(ctx context.Context, chain Chain, opts *bind.TransactOpts, d *Deployment, plan DeployPlan, log zerolog.Logger) error {
	log = log.With().Str("component", "contracts").Logger()
	if err := plan.check(); err != nil {
		return err
	}
	id, err := chain.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("reading the chain id: %w", err)
	}
	fresh := d.ChainID == 0 && d.Registry == (common.Address{}) && len(d.Txs) == 0
	switch {
	case fresh:
		*d = Deployment{ChainID: id.Uint64(), Owner: opts.From, PlannedDelay: uint64(plan.SealDelay / time.Second)}
	case d.ChainID != id.Uint64():
		return fmt.Errorf("%w: it is on chain %d; the RPC serves chain %d", ErrCannotResume, d.ChainID, id)
	case d.Owner != opts.From:
		return fmt.Errorf("%w: its owner is %s; the key given is %s's", ErrCannotResume, d.Owner, opts.From)
	case !d.Incomplete:
		return fmt.Errorf("%w: %w (registry %s): add a class to it with `zkprover contracts add-verifier`", ErrCannotResume, ErrDeploymentComplete, d.Registry)
	}
	if d.Verifiers == nil {
		d.Verifiers = map[int]common.Address{}
	}
	if d.FinalVerifiers == nil && len(plan.Finals) > 0 {
		d.FinalVerifiers = map[int]common.Address{}
	}
	if d.Gas == nil {
		d.Gas = map[string]uint64{}
	}
	if d.Txs == nil {
		d.Txs = map[string]common.Hash{}
	}
	if d.Nonces == nil {
		d.Nonces = map[string]uint64{}
	}
	if d.Replaced == nil {
		d.Replaced = map[string][]common.Hash{}
	}
	r := &deployRun{ctx: ctx, chain: chain, opts: *opts, d: d, progress: plan.Progress, log: log, fees: defaultFees()}
	if plan.BumpAfter != 0 {
		r.fees.bumpAfter = plan.BumpAfter
	}
	if plan.MaxFee != nil {
		r.fees.maxFee = plan.MaxFee
	}
	r.opts.Context = ctx
	steps := plan.verifierSteps()
	if !fresh {
		if err := r.samePlan(steps, plan.SealDelay); err != nil {
			return err
		}
		if err := r.stillOnChain(); err != nil {
			return err
		}
		if d.PlannedDelay == 0 && plan.SealDelay > 0 {
			// a seal asked for on a resume (or a file from before the field) is kept as
			// planned from now on: a later resume must ask for it too
			d.PlannedDelay = uint64(plan.SealDelay / time.Second)
		}
	}
	d.Incomplete = true
	if err := r.save(); err != nil {
		return err
	}

	if err := r.step("VerifierRegistry", func(o *bind.TransactOpts) (*types.Transaction, error) {
		_, tx, _, err := bindings.DeployVerifierRegistry(o, chain, opts.From)
		return tx, err
	}, func(rc *types.Receipt) { d.Registry, d.Block = rc.ContractAddress, rc.BlockNumber.Uint64() }); err != nil {
		return err
	}
	reg, err := bindings.NewVerifierRegistry(d.Registry, chain)
	if err != nil {
		return err
	}
	for _, s := range steps {
		into := d.Verifiers
		if s.final {
			into = d.FinalVerifiers
		}
		if err := r.step(s.deployStep(), func(o *bind.TransactOpts) (*types.Transaction, error) {
			_, tx, err := deployVerifier(o, chain, s.code)
			return tx, err
		}, func(rc *types.Receipt) { into[s.k] = rc.ContractAddress }); err != nil {
			return err
		}
		vaddr := into[s.k]
		if err := r.step("setVerifier "+s.name, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return reg.SetVerifier(o, s.class, vaddr)
		}, nil); err != nil {
			return err
		}
	}
	if err := r.step("JobManager", func(o *bind.TransactOpts) (*types.Transaction, error) {
		_, tx, _, err := bindings.DeployJobManager(o, chain, d.Registry, opts.From)
		return tx, err
	}, func(rc *types.Receipt) { d.JobManager = rc.ContractAddress }); err != nil {
		return err
	}
	if err := r.step("Coordinator", func(o *bind.TransactOpts) (*types.Transaction, error) {
		_, tx, _, err := bindings.DeployCoordinator(o, chain, d.Registry)
		return tx, err
	}, func(rc *types.Receipt) { d.Coordinator = rc.ContractAddress }); err != nil {
		return err
	}
	if plan.SealDelay > 0 {
		secs := uint64(plan.SealDelay / time.Second)
		if err := r.step("seal", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return reg.Seal(o, secs)
		}, func(*types.Receipt) { d.VerifierDelay = secs }); err != nil {
			return err
		}
	}
	d.Incomplete = false
	return r.save()
}

// verifierStep is one verifier of a plan: deployed, then registered under class.
type verifierStep struct {
	k     int
	final bool
	class uint8
	name  string // in the deployment's step names: "class 12", "final class 14"
	code  []byte
}

func (s verifierStep) deployStep() string { return "Verifier " + s.name }

// verifierSteps lists the plan's verifiers, whole-run classes first, each kind by class.
func (p DeployPlan) verifierSteps() []verifierStep {
	var out []verifierStep
	for _, kind := range []struct {
		final bool
		codes map[int][]byte
	}{{false, p.Verifiers}, {true, p.Finals}} {
		classes := make([]int, 0, len(kind.codes))
		for k := range kind.codes {
			classes = append(classes, k)
		}
		sort.Ints(classes)
		for _, k := range classes {
			s := verifierStep{k: k, final: kind.final, class: uint8(k), name: wholeRunClassName(uint8(k)), code: kind.codes[k]}
			if kind.final {
				s.class, s.name = FinalProofClass(k), fmt.Sprintf("final class %d", k)
			}
			out = append(out, s)
		}
	}
	return out
}

// deployRun is one run of Resume.
type deployRun struct {
	ctx      context.Context
	chain    Chain
	opts     bind.TransactOpts
	d        *Deployment
	progress func(*Deployment) error
	log      zerolog.Logger
	fees     fees // how a transaction not mined is replaced (await)
}

func (r *deployRun) save() error {
	if r.progress == nil {
		return nil
	}
	if err := r.progress(r.d); err != nil {
		return fmt.Errorf("saving the deployment's progress: %w", err)
	}
	return nil
}

// samePlan refuses to go on with another plan than the earlier run's: a verifier it sent from
// other bytecode (the keys were made again since, and the registry would hold the old ones),
// a verifier it sent that the plan lacks (the file would end complete with it unregistered),
// or a seal it sent with another delay, or none.
func (r *deployRun) samePlan(steps []verifierStep, seal time.Duration) error {
	if want := r.d.PlannedDelay; want != 0 && want != uint64(seal/time.Second) {
		// asked for at the start, not sent yet: a resume without it would leave the registry
		// unsealed for good (nothing seals it later)
		return fmt.Errorf("%w: the deployment was started with --verifier-delay %s: resume with it", ErrCannotResume, time.Duration(want)*time.Second)
	}
	planned := map[string]bool{}
	for _, s := range steps {
		planned[s.deployStep()], planned["setVerifier "+s.name] = true, true
		h, data, err := r.sentData(s.deployStep())
		if err != nil {
			return fmt.Errorf("reading the transactions of the verifier of %s: %w", s.name, err)
		}
		if data != nil && !bytes.Equal(data, s.code) {
			return fmt.Errorf("%w: the verifier of %s was deployed (transaction %s) from other bytecode than the key store's now (keys made again since?): start a new deployment", ErrCannotResume, s.name, h)
		}
	}
	for what := range r.d.Txs {
		if (strings.HasPrefix(what, "Verifier ") || strings.HasPrefix(what, "setVerifier ")) && !planned[what] {
			return fmt.Errorf("%w: the earlier run sent %q, which these classes lack: resume with the earlier run's classes", ErrCannotResume, what)
		}
	}
	h, ok := r.d.Txs["seal"]
	if !ok {
		return nil
	}
	if seal == 0 {
		return fmt.Errorf("%w: the earlier run sealed the registry (transaction %s): resume with its --verifier-delay", ErrCannotResume, h)
	}
	h, data, err := r.sentData("seal")
	if err != nil || data == nil {
		if err != nil {
			err = fmt.Errorf("reading the seal's transactions: %w", err)
		}
		return err
	}
	regABI, err := bindings.VerifierRegistryMetaData.GetAbi()
	if err != nil {
		return err
	}
	want, err := regABI.Pack("seal", uint64(seal/time.Second))
	if err != nil {
		return err
	}
	if !bytes.Equal(data, want) {
		return fmt.Errorf("%w: the earlier run sealed the registry with another delay than %s (transaction %s): resume with its --verifier-delay", ErrCannotResume, seal, h)
	}
	return nil
}

// sentData is the input of the step what's transactions that the chain knows: the newest it
// knows of Txs[what] and those it replaced (all carry the same input), nil when it knows none
// (never sent: sent again from the plan).
func (r *deployRun) sentData(what string) (common.Hash, []byte, error) {
	var hashes []common.Hash
	if h, ok := r.d.Txs[what]; ok {
		hashes = append(hashes, h)
	}
	for i := len(r.d.Replaced[what]) - 1; i >= 0; i-- {
		hashes = append(hashes, r.d.Replaced[what][i])
	}
	for _, h := range hashes {
		tx, _, err := r.chain.TransactionByHash(r.ctx, h)
		if errors.Is(err, ethereum.NotFound) {
			continue
		}
		if err != nil {
			return h, nil, fmt.Errorf("%s: %w", h, err)
		}
		return h, tx.Data(), nil
	}
	return common.Hash{}, nil, nil
}

// stillOnChain refuses a deployment the chain does not hold: a contract the file shows mined
// without code, or a nonce it recorded above the account's next one (the chain was reset
// since, or is another with the same id: a development chain started again).
func (r *deployRun) stillOnChain() error {
	addrs := map[string]common.Address{"VerifierRegistry": r.d.Registry, "JobManager": r.d.JobManager, "Coordinator": r.d.Coordinator}
	for k, a := range r.d.Verifiers {
		addrs[fmt.Sprintf("the verifier of %s", wholeRunClassName(uint8(k)))] = a
	}
	for k, a := range r.d.FinalVerifiers {
		addrs[fmt.Sprintf("the final verifier of segment class %d", k)] = a
	}
	for what, a := range addrs {
		if a == (common.Address{}) {
			continue
		}
		code, err := r.chain.CodeAt(r.ctx, a, nil)
		if err != nil {
			return fmt.Errorf("reading the code of %s at %s: %w", what, a, err)
		}
		if len(code) == 0 {
			return fmt.Errorf("%w: the file shows %s deployed at %s, where this chain has no code: this RPC is behind (try again), or the chain was reset since, or is another with the same id (start a new deployment)", ErrCannotResume, what, a)
		}
	}
	next, err := r.chain.PendingNonceAt(r.ctx, r.opts.From)
	if err != nil {
		return fmt.Errorf("reading %s's nonce: %w", r.opts.From, err)
	}
	for what, n := range r.d.Nonces {
		if _, mined := r.d.Gas[what]; !mined && n > next {
			return fmt.Errorf("%w: %s was sent with nonce %d, above %s's next nonce on this chain (%d): this RPC is behind (try again), or the chain was reset since, or is another with the same id (start a new deployment)", ErrCannotResume, what, n, r.opts.From, next)
		}
	}
	return nil
}

// step runs the transaction of the step what unless d shows it mined. send sends it with the
// options given, whose signer records the transaction's hash in d and saves d before the
// transaction leaves; apply (when set) puts what its receipt tells in d (a contract's
// address), saved with the step's gas in one write, so a deployment stopped at any point
// never shows a step mined without its result. A transaction d shows sent is looked for first
// (found).
func (r *deployRun) step(what string, send func(*bind.TransactOpts) (*types.Transaction, error), apply func(*types.Receipt)) error {
	if _, ok := r.d.Gas[what]; ok {
		return nil
	}
	o := r.opts
	if h, ok := r.d.Txs[what]; ok {
		rc, err := r.found(what, h)
		if err != nil || rc != nil {
			if rc != nil {
				err = r.mined(what, rc, apply)
			}
			return err
		}
		// Not known to the chain: sent again with its nonce when that is still unused
		// (found checked it), so that the earlier transaction, should it sit in another
		// node's pool, and the new one cannot both be mined. Failed on chain: sent again
		// with the next nonce (found forgot the used one).
		if n, ok := r.d.Nonces[what]; ok {
			// The earlier transactions keep this nonce: any of them may still be mined
			// (another node's pool), and is recognised by its hash.
			o.Nonce = new(big.Int).SetUint64(n)
			r.d.Replaced[what] = appendNew(r.d.Replaced[what], h)
		} else {
			delete(r.d.Replaced, what)
		}
		delete(r.d.Txs, what)
	}
	sign := r.opts.Signer
	o.Signer = func(from common.Address, tx *types.Transaction) (*types.Transaction, error) {
		signed, err := sign(from, tx)
		if err != nil {
			return nil, err
		}
		r.d.Txs[what], r.d.Nonces[what] = signed.Hash(), signed.Nonce()
		if err := r.save(); err != nil {
			return nil, err
		}
		return signed, nil
	}
	tx, err := send(&o)
	if err != nil {
		if strings.Contains(err.Error(), "insufficient funds") {
			err = fmt.Errorf("%w (fund the deployer %s, then resume)", err, r.opts.From)
		}
		return sendError("sending "+what, err)
	}
	rc, err := r.await(what, tx)
	if err != nil {
		return err
	}
	if rc.Status != types.ReceiptStatusSuccessful {
		return fmt.Errorf("%s failed (%s, %d gas)", what, rc.TxHash, rc.GasUsed)
	}
	return r.mined(what, rc, apply)
}

func (r *deployRun) mined(what string, rc *types.Receipt, apply func(*types.Receipt)) error {
	if apply != nil {
		apply(rc)
	}
	r.d.Gas[what], r.d.Txs[what] = rc.GasUsed, rc.TxHash
	r.d.Replaced[what] = slices.DeleteFunc(r.d.Replaced[what], func(h common.Hash) bool { return h == rc.TxHash })
	if len(r.d.Replaced[what]) == 0 {
		delete(r.d.Replaced, what)
	}
	ev := r.log.Info().Str("what", what).Str("tx", rc.TxHash.Hex()).Uint64("gas", rc.GasUsed)
	if rc.ContractAddress != (common.Address{}) {
		ev = ev.Str("address", rc.ContractAddress.Hex())
	}
	ev.Msg("mined")
	return r.save()
}

// found looks for the transaction h that an earlier run sent for what, or one h replaced
// (d.Replaced): the receipt of the one mined (waiting while one is pending, replaced with higher
// fees as await does); nil when it failed on chain or the chain knows none of them (it is sent
// again).
func (r *deployRun) found(what string, h common.Hash) (*types.Receipt, error) {
	hashes := []common.Hash{h}
	for i := len(r.d.Replaced[what]) - 1; i >= 0; i-- { // the newest first
		hashes = append(hashes, r.d.Replaced[what][i])
	}
	var tx *types.Transaction
	for _, x := range hashes {
		t, pending, err := r.chain.TransactionByHash(r.ctx, x)
		if errors.Is(err, ethereum.NotFound) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("looking for %s's transaction %s: %w", what, x, err)
		}
		if pending {
			r.log.Info().Str("what", what).Str("tx", x.Hex()).Msg("waiting for the transaction an earlier run sent")
		}
		tx = t
		break
	}
	if tx == nil {
		// Its nonce tells whether it can be sent again: used (by it, mined where this RPC does
		// not show it, or by another transaction) means its fate is unknown here.
		if n, ok := r.d.Nonces[what]; ok {
			confirmed, err := r.chain.NonceAt(r.ctx, r.opts.From, nil)
			if err != nil {
				return nil, fmt.Errorf("reading %s's nonce: %w", r.opts.From, err)
			}
			if confirmed > n {
				return nil, fmt.Errorf("%w: %s's transaction %s is not known to this RPC, but its nonce %d is used: find out (another node, an explorer) whether it was mined before resuming", ErrCannotResume, what, h, n)
			}
		}
		r.log.Warn().Str("what", what).Str("tx", h.Hex()).Msg("the transaction an earlier run sent is not known to the chain (never sent, or dropped): sending it again")
		return nil, nil
	}
	rc, err := r.await(what, tx)
	if err != nil {
		return nil, err
	}
	if rc.Status != types.ReceiptStatusSuccessful {
		r.log.Warn().Str("what", what).Str("tx", rc.TxHash.Hex()).Uint64("gas", rc.GasUsed).Msg("the transaction an earlier run sent failed on chain: sending it again")
		delete(r.d.Nonces, what) // its nonce is used: the new one gets the next
		return nil, nil
	}
	return rc, nil
}
