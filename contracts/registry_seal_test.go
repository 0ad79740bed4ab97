package contracts_test

import (
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

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
