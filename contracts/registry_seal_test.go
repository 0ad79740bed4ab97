package contracts_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/zkprover/zkprover/contracts"
	"github.com/zkprover/zkprover/contracts/bindings"
)

// TestRegistrySealedDelaysVerifiers: once sealed, a verifier is put in place only after it was
// proposed and the delay passed — a new class and a replacement alike, the proposal used up
// once, expired when not used within its window — while removing one stays immediate; seal is once only; a proposal before seal, and
// every call of a stranger, is refused.
func TestRegistrySealedDelaysVerifiers(t *testing.T) {
	e := newEnv(t)
	const delay = 2 * 24 * time.Hour
	const newClass = toyClass + 3
	other := e.deploy("ToyVerifier", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		a, tx, _, err := bindings.DeployToyVerifier(o, e.client)
		return a, tx, err
	})
	setV := func(class uint8, v common.Address) func(o *bind.TransactOpts) (*types.Transaction, error) {
		return func(o *bind.TransactOpts) (*types.Transaction, error) { return e.registry.SetVerifier(o, class, v) }
	}
	propose := func(class uint8, v common.Address) func(o *bind.TransactOpts) (*types.Transaction, error) {
		return func(o *bind.TransactOpts) (*types.Transaction, error) { return e.registry.ProposeVerifier(o, class, v) }
	}
	verifierOf := func(class uint8) common.Address {
		t.Helper()
		v, err := e.registry.Verifiers(&bind.CallOpts{Context: e.ctx}, class)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}

	e.expectRevert(e.owner, "NotSealed", propose(newClass, other))
	e.expectRevert(e.stranger, "NotOwner", func(o *bind.TransactOpts) (*types.Transaction, error) { return e.registry.Seal(o, 1) })
	for _, d := range []uint64{0, 365*24*3600 + 1} {
		e.expectRevert(e.owner, "BadSeal", func(o *bind.TransactOpts) (*types.Transaction, error) { return e.registry.Seal(o, d) })
	}
	e.send(e.owner, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.registry.Seal(o, uint64(delay/time.Second))
	})
	e.expectRevert(e.owner, "BadSeal", func(o *bind.TransactOpts) (*types.Transaction, error) { return e.registry.Seal(o, 1) })

	// Sealed: neither a new class nor a replacement without a proposal.
	e.expectRevert(e.owner, "VerifierNotProposed", setV(newClass, other))
	e.expectRevert(e.owner, "VerifierNotProposed", setV(toyClass, other))
	e.expectRevert(e.stranger, "NotOwner", propose(newClass, other))
	e.expectRevert(e.owner, "NotAContract", propose(newClass, e.stranger.addr))
	r := e.send(e.owner, propose(newClass, other))
	p, err := e.registry.Proposals(&bind.CallOpts{Context: e.ctx}, newClass)
	if err != nil {
		t.Fatal(err)
	}
	if want := e.blockTime(r) + uint64(delay/time.Second); p.Verifier != other || p.ReadyAt != want {
		t.Fatalf("proposal %+v, want %s ready at %d", p, other, want)
	}
	// Another verifier than the proposed one, or the proposed one too early: refused.
	e.expectRevert(e.owner, "VerifierNotProposed", setV(newClass, e.toyAddr))
	e.expectRevert(e.owner, "VerifierNotReady", setV(newClass, other))
	e.advance(delay - time.Hour)
	e.expectRevert(e.owner, "VerifierNotReady", setV(newClass, other))
	e.advance(2 * time.Hour)
	e.expectRevert(e.stranger, "NotOwner", setV(newClass, other))
	e.send(e.owner, setV(newClass, other))
	if verifierOf(newClass) != other {
		t.Fatal("the proposed verifier was not put in place after its delay")
	}
	// The proposal is used up: removing the verifier is immediate, putting it back is not.
	e.send(e.owner, setV(newClass, common.Address{}))
	if verifierOf(newClass) != (common.Address{}) {
		t.Fatal("a sealed registry did not remove a verifier at once")
	}
	e.expectRevert(e.owner, "VerifierNotProposed", setV(newClass, other))
	// A proposal not used within the window after it is ready expires.
	e.send(e.owner, propose(newClass, other))
	e.advance(delay + 15*24*time.Hour)
	e.expectRevert(e.owner, "ProposalExpired", setV(newClass, other))
	if verifierOf(newClass) != (common.Address{}) {
		t.Fatal("an expired proposal was put in place")
	}
	// A withdrawn proposal cannot be used either.
	e.send(e.owner, propose(toyClass, other))
	e.send(e.owner, propose(toyClass, common.Address{}))
	e.advance(delay + time.Hour)
	e.expectRevert(e.owner, "VerifierNotProposed", setV(toyClass, other))
	if verifierOf(toyClass) != e.toyAddr {
		t.Fatal("the class's verifier changed")
	}
}

// TestRegistryOwnershipInTwoSteps: ownership moves only when the named address accepts it; the
// old owner keeps it until then, and a stranger cannot accept.
func TestRegistryOwnershipInTwoSteps(t *testing.T) {
	e := newEnv(t)
	owner := func() common.Address {
		t.Helper()
		o, err := e.registry.Owner(&bind.CallOpts{Context: e.ctx})
		if err != nil {
			t.Fatal(err)
		}
		return o
	}
	accept := func(o *bind.TransactOpts) (*types.Transaction, error) { return e.registry.AcceptOwnership(o) }
	e.expectRevert(e.stranger, "NotPendingOwner", accept) // nothing pending (address(0))
	e.expectRevert(e.stranger, "NotOwner", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.registry.TransferOwnership(o, e.stranger.addr)
	})
	e.send(e.owner, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.registry.TransferOwnership(o, e.requester.addr)
	})
	if owner() != e.owner.addr {
		t.Fatal("ownership moved before it was accepted")
	}
	e.expectRevert(e.stranger, "NotPendingOwner", accept)
	e.send(e.requester, accept)
	if owner() != e.requester.addr {
		t.Fatal("accepted ownership did not move")
	}
	e.expectRevert(e.owner, "NotOwner", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.registry.SetVerifier(o, toyClass, common.Address{})
	})
	e.expectRevert(e.requester, "NotPendingOwner", accept) // used up
}

// TestRegistryHelpers drives a registry through the Go helpers an operator's commands use:
// AddVerifier before the seal; after it AddVerifier is refused (ErrSealed) before anything is
// sent, ProposeVerifier announces a new class's verifier, ActivateVerifier refuses it before
// its delay (naming when it is ready) and puts it in place after; a proposal is withdrawn and
// a verifier removed (RemoveVerifier); ReadRegistry reports each state; a stranger's calls
// name the contract's revert.
func TestRegistryHelpers(t *testing.T) {
	e := newEnv(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	toy, toyFinal := common.FromHex(bindings.ToyVerifierMetaData.Bin), common.FromHex(bindings.ToyFinalVerifierMetaData.Bin)
	const delay = 48 * time.Hour
	final := contracts.FinalProofClass(9)
	read := func() *contracts.RegistryState {
		t.Helper()
		s, err := contracts.ReadRegistry(ctx, e.client, e.registryAddr)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	class := func(s *contracts.RegistryState, c uint8) *contracts.RegistryClass {
		for i := range s.Classes {
			if s.Classes[i].Class == c {
				return &s.Classes[i]
			}
		}
		return nil
	}

	stop := e.autoMine()
	added, err := contracts.AddVerifier(ctx, e.client, e.owner.opts, e.registryAddr, toyClass+1, toy)
	if err != nil {
		stop()
		t.Fatal(err)
	}
	if _, err := contracts.AddVerifier(ctx, e.client, e.stranger.opts, e.registryAddr, toyClass+2, toy); err == nil || !strings.Contains(err.Error(), "not the verifier registry's owner") {
		stop()
		t.Fatalf("a stranger's AddVerifier: %v, want the owner named", err)
	}
	if _, _, err := contracts.ProposeVerifier(ctx, e.client, e.owner.opts, e.registryAddr, final, toyFinal); err == nil || !strings.Contains(err.Error(), "not sealed") {
		stop()
		t.Fatalf("a proposal on an unsealed registry: %v", err)
	}
	_, err = contracts.Seal(ctx, e.client, e.owner.opts, e.registryAddr, delay)
	stop()
	if err != nil {
		t.Fatal(err)
	}
	s := read()
	if s.Owner != e.owner.addr || s.SealedDelaySeconds != uint64(delay/time.Second) || s.PendingOwner != nil {
		t.Fatalf("registry state %+v", s)
	}
	if c := class(s, toyClass+1); c == nil || c.Verifier == nil || *c.Verifier != added || c.Proposal != nil || c.Byte != fmt.Sprintf("0x%02x", toyClass+1) {
		t.Fatalf("class %#x: %+v, want verifier %s", toyClass+1, c, added)
	}
	if class(s, toyClass+2) != nil || class(s, final) != nil {
		t.Fatal("ReadRegistry lists a class without verifier or proposal")
	}

	// Sealed: AddVerifier sends nothing.
	nonce, err := e.client.PendingNonceAt(ctx, e.owner.addr)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := contracts.AddVerifier(ctx, e.client, e.owner.opts, e.registryAddr, final, toyFinal); !errors.Is(err, contracts.ErrSealed) {
		t.Fatalf("AddVerifier on a sealed registry: %v, want ErrSealed", err)
	}
	if n, err := e.client.PendingNonceAt(ctx, e.owner.addr); err != nil || n != nonce {
		t.Fatalf("AddVerifier on a sealed registry sent a transaction (nonce %d -> %d, %v)", nonce, n, err)
	}
	stop = e.autoMine()
	proposed, readyAt, err := contracts.ProposeVerifier(ctx, e.client, e.owner.opts, e.registryAddr, final, toyFinal)
	stop()
	if err != nil {
		t.Fatal(err)
	}
	head, err := e.client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := readyAt.Sub(time.Unix(int64(head.Time), 0)); got < delay-time.Minute || got > delay {
		t.Fatalf("ready in %s, want %s", got, delay)
	}
	if c := class(read(), final); c == nil || c.Verifier != nil || c.Proposal == nil || c.Proposal.Verifier != proposed ||
		!c.Proposal.ReadyAt.Equal(readyAt) || c.Proposal.Expires.Sub(readyAt) != contracts.ProposalWindow || c.Name != "final, segments of 2^9" {
		t.Fatalf("proposed class: %+v", c)
	}
	if _, err := contracts.ActivateVerifier(ctx, e.client, e.owner.opts, e.registryAddr, final); err == nil || !strings.Contains(err.Error(), "is ready at") {
		t.Fatalf("activating before the delay: %v", err)
	}
	if _, err := contracts.ActivateVerifier(ctx, e.client, e.owner.opts, e.registryAddr, toyClass+2); err == nil || !strings.Contains(err.Error(), "no pending proposal") {
		t.Fatalf("activating a class without proposal: %v", err)
	}
	e.advance(delay + time.Minute)
	if _, _, err := contracts.ProposeVerifier(ctx, e.client, e.stranger.opts, e.registryAddr, final, toyFinal); err == nil || !strings.Contains(err.Error(), "not the verifier registry's owner") {
		t.Fatalf("a stranger's proposal: %v", err)
	}
	if _, err := contracts.ActivateVerifier(ctx, e.client, e.stranger.opts, e.registryAddr, final); err == nil || !strings.Contains(err.Error(), "reverted NotOwner") {
		t.Fatalf("a stranger's activation: %v", err)
	}
	stop = e.autoMine()
	activated, err := contracts.ActivateVerifier(ctx, e.client, e.owner.opts, e.registryAddr, final)
	stop()
	if err != nil || activated != proposed {
		t.Fatalf("activation: %s, %v; want %s", activated, err, proposed)
	}
	if c := class(read(), final); c == nil || c.Verifier == nil || *c.Verifier != proposed || c.Proposal != nil {
		t.Fatalf("activated class: %+v", c)
	}

	// A withdrawn proposal, then a removed verifier.
	stop = e.autoMine()
	_, _, err = contracts.ProposeVerifier(ctx, e.client, e.owner.opts, e.registryAddr, toyClass+1, toy)
	if err == nil {
		err = contracts.RemoveVerifier(ctx, e.client, e.owner.opts, e.registryAddr, toyClass+1, true)
	}
	if err == nil {
		err = contracts.RemoveVerifier(ctx, e.client, e.owner.opts, e.registryAddr, final, false)
	}
	stop()
	if err != nil {
		t.Fatal(err)
	}
	s = read()
	if c := class(s, toyClass+1); c == nil || c.Proposal != nil || c.Verifier == nil || *c.Verifier != added {
		t.Fatalf("after the withdrawal: %+v", c)
	}
	if class(s, final) != nil {
		t.Fatal("the removed final verifier is still listed")
	}
	if err := contracts.RemoveVerifier(ctx, e.client, e.owner.opts, e.registryAddr, final, false); err == nil || !strings.Contains(err.Error(), "has no verifier") {
		t.Fatalf("removing a class without verifier: %v", err)
	}
	if err := contracts.RemoveVerifier(ctx, e.client, e.owner.opts, e.registryAddr, toyClass+1, true); err == nil || !strings.Contains(err.Error(), "no pending proposal") {
		t.Fatalf("withdrawing no proposal: %v", err)
	}
}
