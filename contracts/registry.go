package contracts

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/zkprover/zkprover/contracts/bindings"
)

// ErrSealed: the registry is sealed, so a verifier is put in place only by ProposeVerifier,
// then ActivateVerifier once the registry's delay has passed.
var ErrSealed = errors.New("the verifier registry is sealed: propose the verifier, then activate it after the delay")

// ProposalWindow is how long after it is ready a proposal may be activated
// (VerifierRegistry.PROPOSAL_WINDOW); it expires after.
const ProposalWindow = 14 * 24 * time.Hour

// Proposal is a verifier announced for a class of a sealed registry.
type Proposal struct {
	Verifier common.Address `json:"verifier"`
	ReadyAt  time.Time      `json:"readyAt"`   // from when ActivateVerifier may put it in place
	Expires  time.Time      `json:"expiresAt"` // after which it can no longer be
}

// RegistryClass is one class byte of a registry with a verifier or a pending proposal.
type RegistryClass struct {
	Class    uint8           `json:"-"`
	Byte     string          `json:"class"` // "0x8e"
	Name     string          `json:"name"`  // ClassName
	Verifier *common.Address `json:"verifier,omitempty"`
	Proposal *Proposal       `json:"proposal,omitempty"`
}

// RegistryState is what a VerifierRegistry holds: who owns it, whether it is sealed, and the
// verifier and pending proposal of each class byte that has either.
type RegistryState struct {
	Address      common.Address  `json:"address"`
	Owner        common.Address  `json:"owner"`
	PendingOwner *common.Address `json:"pendingOwner,omitempty"`
	// SealedDelaySeconds is how long a proposal waits (0: not sealed; the owner may put any
	// verifier in place at once).
	SealedDelaySeconds uint64          `json:"sealedDelaySeconds"`
	Classes            []RegistryClass `json:"classes"` // ascending class bytes
	// Time is the time of the block the state was read at (a proposal whose Expires is
	// before it can no longer be activated).
	Time time.Time `json:"blockTime"`
}

// ClassName names a class byte for people: "2^10" (base class), "sha256 2^11", "keccak 2^11"
// (hash classes), "final, segments of 2^14".
func ClassName(c uint8) string {
	if k, ok := IsFinalProofClass(c); ok {
		return fmt.Sprintf("final, segments of 2^%d", k)
	}
	if c <= MaxSingleClass {
		return fmt.Sprintf("2^%d", c)
	}
	if c < FinalClassFlag {
		kind := "sha256"
		if c&0xE0 == KeccakClassFlag {
			kind = "keccak"
		}
		return fmt.Sprintf("%s 2^%d", kind, c&0x1F)
	}
	return "no class"
}

// ReadRegistry reads the state of the VerifierRegistry at registry: owner, seal, and the
// verifier and pending proposal of every class byte (two calls per class byte, a few at a
// time, all at the head block read first).
func ReadRegistry(ctx context.Context, chain Chain, registry common.Address) (*RegistryState, error) {
	reg, err := bindings.NewVerifierRegistry(registry, chain)
	if err != nil {
		return nil, err
	}
	head, err := chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("reading the chain's latest block: %w", err)
	}
	call := &bind.CallOpts{Context: ctx, BlockNumber: head.Number}
	s := &RegistryState{Address: registry, Classes: []RegistryClass{}, Time: time.Unix(int64(head.Time), 0).UTC()}
	if s.Owner, err = reg.Owner(call); err != nil {
		return nil, fmt.Errorf("reading the owner of the verifier registry %s (is it one?): %w", registry, err)
	}
	pending, err := reg.PendingOwner(call)
	if err != nil {
		return nil, fmt.Errorf("reading the pending owner of %s (is it a VerifierRegistry? a JobManager's registry: zkprover chain info): %w", registry, err)
	}
	if pending != (common.Address{}) {
		s.PendingOwner = &pending
	}
	if s.SealedDelaySeconds, err = sealedDelay(ctx, reg); err != nil {
		return nil, err
	}
	var (
		mu       sync.Mutex
		firstErr error
		wg       sync.WaitGroup
		slots    = make(chan struct{}, 8)
	)
	for c := 0; c < 0xC0; c++ {
		wg.Add(1)
		slots <- struct{}{}
		go func(c uint8) {
			defer func() { <-slots; wg.Done() }()
			v, err := reg.Verifiers(call, c)
			var p struct {
				Verifier common.Address
				ReadyAt  uint64
			}
			if err == nil {
				p, err = reg.Proposals(call, c)
			}
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				if firstErr == nil {
					firstErr = fmt.Errorf("reading class %#x of the verifier registry: %w", c, err)
				}
				return
			}
			if v == (common.Address{}) && p.Verifier == (common.Address{}) {
				return
			}
			e := RegistryClass{Class: c, Byte: fmt.Sprintf("0x%02x", c), Name: ClassName(c)}
			if v != (common.Address{}) {
				e.Verifier = &v
			}
			if p.Verifier != (common.Address{}) {
				ready := time.Unix(int64(p.ReadyAt), 0).UTC()
				e.Proposal = &Proposal{Verifier: p.Verifier, ReadyAt: ready, Expires: ready.Add(ProposalWindow)}
			}
			s.Classes = append(s.Classes, e)
		}(uint8(c))
	}
	wg.Wait()
	if firstErr != nil {
		return nil, firstErr
	}
	sort.Slice(s.Classes, func(i, j int) bool { return s.Classes[i].Class < s.Classes[j].Class })
	return s, nil
}

// sealedDelay reads the registry's sealed delay (0: not sealed).
func sealedDelay(ctx context.Context, reg *bindings.VerifierRegistry) (uint64, error) {
	d, err := reg.SealedDelay(&bind.CallOpts{Context: ctx})
	if err != nil {
		return 0, fmt.Errorf("reading the sealed delay of the verifier registry: %w", err)
	}
	return d, nil
}

// ProposeVerifier deploys a verifier from its creation bytecode and proposes it for proofClass
// in the sealed VerifierRegistry at registry (owned by opts.From): ActivateVerifier puts it in
// place once readyAt has passed, within ProposalWindow after. A new proposal for the class
// replaces the pending one. A registry that is not sealed has no proposals: AddVerifier.
func ProposeVerifier(ctx context.Context, chain Chain, opts *bind.TransactOpts, registry common.Address, proofClass uint8, code []byte) (common.Address, time.Time, error) {
	if err := ValidProofClass(proofClass); err != nil {
		return common.Address{}, time.Time{}, err
	}
	reg, err := bindings.NewVerifierRegistry(registry, chain)
	if err != nil {
		return common.Address{}, time.Time{}, err
	}
	if err := checkOwner(ctx, reg, opts.From); err != nil {
		return common.Address{}, time.Time{}, err
	}
	if d, err := sealedDelay(ctx, reg); err != nil {
		return common.Address{}, time.Time{}, err
	} else if d == 0 {
		return common.Address{}, time.Time{}, errors.New("the verifier registry is not sealed: a verifier is put in place at once (add it), proposals are for sealed registries")
	}
	o := *opts
	o.Context = ctx
	vaddr, tx, err := deployVerifier(&o, chain, code)
	if err != nil {
		return common.Address{}, time.Time{}, fmt.Errorf("deploying the verifier of class %#x: %w", proofClass, err)
	}
	if _, err := waitMined(ctx, chain, opts, fmt.Sprintf("verifier of class %#x", proofClass), tx); err != nil {
		return common.Address{}, time.Time{}, err
	}
	if tx, err = reg.ProposeVerifier(&o, proofClass, vaddr); err != nil {
		return vaddr, time.Time{}, sendError(fmt.Sprintf("proposing the verifier %s for class %#x", vaddr, proofClass), err)
	}
	if _, err := waitMined(ctx, chain, opts, fmt.Sprintf("proposeVerifier class %#x", proofClass), tx); err != nil {
		return vaddr, time.Time{}, err
	}
	p, err := reg.Proposals(&bind.CallOpts{Context: ctx}, proofClass)
	if err != nil {
		return vaddr, time.Time{}, fmt.Errorf("reading the proposal of class %#x: %w", proofClass, err)
	}
	if p.Verifier != vaddr {
		return vaddr, time.Time{}, fmt.Errorf("the proposal of class %#x names %s, not the verifier just proposed (%s): another proposal came after it", proofClass, p.Verifier, vaddr)
	}
	return vaddr, time.Unix(int64(p.ReadyAt), 0).UTC(), nil
}

// ActivateVerifier puts the verifier proposed for proofClass in place in the sealed
// VerifierRegistry at registry (owned by opts.From), once its delay has passed. Before the
// chain's time reaches the proposal's readyAt, after it expired, or without a proposal it
// returns an error that says so, and sends nothing.
func ActivateVerifier(ctx context.Context, chain Chain, opts *bind.TransactOpts, registry common.Address, proofClass uint8) (common.Address, error) {
	if err := ValidProofClass(proofClass); err != nil {
		return common.Address{}, err
	}
	reg, err := bindings.NewVerifierRegistry(registry, chain)
	if err != nil {
		return common.Address{}, err
	}
	call := &bind.CallOpts{Context: ctx}
	p, err := reg.Proposals(call, proofClass)
	if err != nil {
		return common.Address{}, fmt.Errorf("reading the proposal of class %#x: %w", proofClass, err)
	}
	if p.Verifier == (common.Address{}) {
		return common.Address{}, fmt.Errorf("class %#x (%s) has no pending proposal (none made, withdrawn, or already activated)", proofClass, ClassName(proofClass))
	}
	head, err := chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return common.Address{}, fmt.Errorf("reading the chain's latest block: %w", err)
	}
	now := time.Unix(int64(head.Time), 0).UTC()
	ready := time.Unix(int64(p.ReadyAt), 0).UTC()
	if now.Before(ready) {
		return common.Address{}, fmt.Errorf("the verifier %s proposed for class %#x is ready at %s, in %s (chain time %s)",
			p.Verifier, proofClass, ready.Format(time.RFC3339), ready.Sub(now).Round(time.Second), now.Format(time.RFC3339))
	}
	// A minute's margin: a transaction sent in the proposal's last seconds could be mined
	// after it and revert ProposalExpired, its gas spent.
	if expires := ready.Add(ProposalWindow); now.After(expires.Add(-activateMargin)) {
		return common.Address{}, fmt.Errorf("the proposal of %s for class %#x expires at %s (chain time %s): propose it again", p.Verifier, proofClass, expires.Format(time.RFC3339), now.Format(time.RFC3339))
	}
	o := *opts
	o.Context = ctx
	tx, err := reg.SetVerifier(&o, proofClass, p.Verifier)
	if err != nil {
		return common.Address{}, sendError(fmt.Sprintf("activating the verifier %s of class %#x", p.Verifier, proofClass), err)
	}
	if _, err := waitMined(ctx, chain, opts, fmt.Sprintf("setVerifier class %#x", proofClass), tx); err != nil {
		return common.Address{}, err
	}
	return p.Verifier, nil
}

// activateMargin is how long before its expiry ActivateVerifier stops sending a proposal.
const activateMargin = time.Minute

// PendingProposal is the pending proposal of proofClass in the registry at registry (nil: none).
func PendingProposal(ctx context.Context, chain bind.ContractCaller, registry common.Address, proofClass uint8) (*Proposal, error) {
	reg, err := bindings.NewVerifierRegistryCaller(registry, chain)
	if err != nil {
		return nil, err
	}
	p, err := reg.Proposals(&bind.CallOpts{Context: ctx}, proofClass)
	if err != nil {
		return nil, fmt.Errorf("reading the proposal of class %#x: %w", proofClass, err)
	}
	if p.Verifier == (common.Address{}) {
		return nil, nil
	}
	ready := time.Unix(int64(p.ReadyAt), 0).UTC()
	return &Proposal{Verifier: p.Verifier, ReadyAt: ready, Expires: ready.Add(ProposalWindow)}, nil
}

// RemoveVerifier removes the verifier of proofClass from the VerifierRegistry at registry
// (owned by opts.From): at once, sealed or not. With proposal it withdraws the class's pending
// proposal instead. Removing a verifier makes every proof of its class fail from then on;
// removing the lowest base class raises lowestClass.
func RemoveVerifier(ctx context.Context, chain Chain, opts *bind.TransactOpts, registry common.Address, proofClass uint8, proposal bool) error {
	if err := ValidProofClass(proofClass); err != nil {
		return err
	}
	reg, err := bindings.NewVerifierRegistry(registry, chain)
	if err != nil {
		return err
	}
	o := *opts
	o.Context = ctx
	call := &bind.CallOpts{Context: ctx}
	if proposal {
		p, err := reg.Proposals(call, proofClass)
		if err != nil {
			return fmt.Errorf("reading the proposal of class %#x: %w", proofClass, err)
		}
		if p.Verifier == (common.Address{}) {
			return fmt.Errorf("class %#x (%s) has no pending proposal", proofClass, ClassName(proofClass))
		}
		tx, err := reg.ProposeVerifier(&o, proofClass, common.Address{})
		if err != nil {
			return sendError(fmt.Sprintf("withdrawing the proposal of class %#x", proofClass), err)
		}
		_, err = waitMined(ctx, chain, opts, fmt.Sprintf("proposeVerifier class %#x address(0)", proofClass), tx)
		return err
	}
	v, err := reg.Verifiers(call, proofClass)
	if err != nil {
		return fmt.Errorf("reading the verifier of class %#x: %w", proofClass, err)
	}
	if v == (common.Address{}) {
		return fmt.Errorf("class %#x (%s) has no verifier", proofClass, ClassName(proofClass))
	}
	tx, err := reg.SetVerifier(&o, proofClass, common.Address{})
	if err != nil {
		return sendError(fmt.Sprintf("removing the verifier of class %#x", proofClass), err)
	}
	_, err = waitMined(ctx, chain, opts, fmt.Sprintf("setVerifier class %#x address(0)", proofClass), tx)
	return err
}

// sendError wraps the error of sending a registry transaction, naming the contract's revert
// (NotOwner, VerifierNotReady, ...) when the node returned its data.
func sendError(what string, err error) error {
	if r, derr := DecodeRevertError(err); derr == nil {
		return fmt.Errorf("%s: the registry reverted %s: %w", what, r, err)
	}
	return fmt.Errorf("%s: %w", what, err)
}

// checkOwner refuses a sender that does not own the registry, before a verifier is deployed
// for nothing.
func checkOwner(ctx context.Context, reg *bindings.VerifierRegistry, from common.Address) error {
	owner, err := reg.Owner(&bind.CallOpts{Context: ctx})
	if err != nil {
		return fmt.Errorf("reading the owner of the verifier registry: %w", err)
	}
	if owner != from {
		return fmt.Errorf("%s is not the verifier registry's owner (%s): use the owner's key", from, owner)
	}
	return nil
}
