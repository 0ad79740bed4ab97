package contracts_test

import (
	"bytes"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/zkprover/zkprover/contracts"
	"github.com/zkprover/zkprover/contracts/bindings"
	"github.com/zkprover/zkprover/statement"
)

// The attacks on the Coordinator of issue 20, each next to the honest delivery that still
// lands. All proofs are toy proofs (contracts/internal/toycircuit): the toy circuit accepts any
// statement, so an attacker can prove whatever it likes, and only what the Coordinator binds
// into the statement it rebuilds can stop it.

func (e *env) storeDeliveries(store *bindings.SubscriptionStore, sub *subscription, interval uint32) []bindings.SubscriptionStoreDelivery {
	e.t.Helper()
	ds, err := store.Deliveries(&bind.CallOpts{}, sub.id, interval)
	if err != nil {
		e.t.Fatal(err)
	}
	return ds
}

func ptr(x fr.Element) *fr.Element { return &x }

// TestCoordinatorAttackChosenStateOrOffchainInput: the deliverer cannot choose the state the
// run starts from (or ends with, for a stateless program) or the offchain input it read; the
// subscription (or its consumer) names the offchain input.
func TestCoordinatorAttackChosenStateOrOffchainInput(t *testing.T) {
	e := newEnv(t)
	store, storeAddr := e.deployStore()
	program := randElement(t)
	in := blob(32, 1)
	sub, _ := e.subscribe(store, storeAddr, program, in, 1e12, 3_000_000, 1, 0, 1) // redundancy 1
	chosen := statement.StateRoot([]statement.KV{{Key: 7, Value: 0xbad}})
	madeUp := statement.OffchainHash([]byte("made-up offchain data"))
	evil := blob(32, 0xee)

	e.expectRevert(e.stranger, "StateRootMismatch", e.deliverD(sub, delivery{interval: 1, input: in, output: evil,
		oldRoot: ptr(chosen), newRoot: ptr(chosen)}))
	e.expectRevert(e.stranger, "StateRootMismatch", e.deliverD(sub, delivery{interval: 1, input: in, output: evil,
		newRoot: ptr(chosen)}))
	e.expectRevert(e.stranger, "StateRootMismatch", e.deliverD(sub, delivery{interval: 1, input: in, output: evil,
		oldRoot: ptr(chosen)}))
	rv := e.expectRevert(e.stranger, "OffchainInputHashMismatch", e.deliverD(sub, delivery{interval: 1, input: in, output: evil,
		offchain: ptr(madeUp)}))
	if rv.Args[0].([32]byte) != contracts.Bytes32(emptyOffchain()) {
		t.Fatalf("expected offchain hash %x, want the empty input's", rv.Args[0])
	}
	// Claiming the bound values with a proof of the chosen ones fails the proof.
	forged := func(o *bind.TransactOpts) (*types.Transaction, error) {
		enc := e.computeProof(sub, delivery{interval: 1, input: in, output: evil, oldRoot: ptr(chosen), offchain: ptr(madeUp)}, o.From)
		cp := decodeComputeProof(t, enc)
		cp.OldStateRoot, cp.OffchainInputHash = contracts.Bytes32(emptyState()), contracts.Bytes32(emptyOffchain())
		enc, err := cp.Encode()
		if err != nil {
			t.Fatal(err)
		}
		return e.coord.DeliverCompute(o, sub.id, 1, in, evil, enc)
	}
	e.expectProofRejected(e.stranger, "ProofInvalid", forged)

	// The honest delivery lands and fills the interval.
	out := blob(32, 2)
	e.send(e.node1, e.deliver(sub, 1, in, out))
	if ds := e.storeDeliveries(store, sub, 1); len(ds) != 1 || ds[0].Node != e.node1.addr || !bytes.Equal(ds[0].Output, out) {
		t.Fatalf("deliveries %+v", ds)
	}
	e.expectRevert(e.stranger, "IntervalCompleted", e.deliver(sub, 1, in, evil))

	// A subscription naming its offchain input accepts runs that read exactly that input.
	data := blob(1000, 3)
	fixed, _ := e.subscribeTerms(store, storeAddr, program, in, 1e12, 3_000_000, 1, 0, 1,
		&bindings.SubscriptionTerms{MaxProofClass: toyClass, OffchainInputHash: contracts.Bytes32(statement.OffchainHash(data))})
	e.expectRevert(e.stranger, "OffchainInputHashMismatch", e.deliverD(fixed, delivery{interval: 1, input: in, output: evil,
		offchain: ptr(madeUp)}))
	e.expectRevert(e.stranger, "OffchainInputHashMismatch", e.deliver(fixed, 1, in, evil)) // "no offchain input" is a claim too
	e.send(e.node1, e.deliverD(fixed, delivery{interval: 1, input: in, output: out, offchain: ptr(statement.OffchainHash(data))}))

	// A subscription whose consumer names the offchain input (per interval and node).
	data2 := blob(500, 4)
	e.send(e.owner, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return store.SetOffchainInputHash(o, contracts.Bytes32(statement.OffchainHash(data2)))
	})
	byConsumer, _ := e.subscribeTerms(store, storeAddr, program, in, 1e12, 3_000_000, 1, 0, 1,
		&bindings.SubscriptionTerms{MaxProofClass: toyClass, OffchainFromConsumer: true})
	st, err := e.coord.IntervalStatement(&bind.CallOpts{}, byConsumer.id, 1, e.node1.addr)
	if err != nil || st.OffchainInputHash != contracts.Bytes32(statement.OffchainHash(data2)) {
		t.Fatalf("intervalStatement %+v (%v)", st, err)
	}
	e.expectRevert(e.stranger, "OffchainInputHashMismatch", e.deliverD(byConsumer, delivery{interval: 1, input: in, output: evil,
		offchain: ptr(statement.OffchainHash(data))}))
	e.send(e.node1, e.deliverD(byConsumer, delivery{interval: 1, input: in, output: out, offchain: ptr(statement.OffchainHash(data2))}))
}

func decodeComputeProof(t *testing.T, enc []byte) *contracts.ComputeProof {
	t.Helper()
	cp, err := contracts.DecodeComputeProof(enc)
	if err != nil {
		t.Fatal(err)
	}
	return cp
}

// TestCoordinatorAttackCopiedOrFrontRunProof: a proof counts only for the node that made it.
// Resending another node's delivery neither fills a second redundancy slot nor front-runs it.
func TestCoordinatorAttackCopiedOrFrontRunProof(t *testing.T) {
	e := newEnv(t)
	store, storeAddr := e.deployStore()
	program := randElement(t)
	in, out := blob(64, 1), blob(64, 2)
	sub, _ := e.subscribe(store, storeAddr, program, in, 1e12, 3_000_000, 1, 0, 2) // redundancy 2

	// node1's delivery, as it appears in the mempool or on chain.
	node1Calldata := e.deliverD(sub, delivery{interval: 1, input: in, output: out, node: &e.node1.addr})
	e.send(e.node1, node1Calldata)
	// node2 resends node1's proof to count as a second node: refused.
	e.expectProofRejected(e.node2, "ProofInvalid", node1Calldata)
	// node2's own proof of the same run counts.
	e.send(e.node2, e.deliver(sub, 1, in, out))
	ds := e.storeDeliveries(store, sub, 1)
	if len(ds) != 2 || ds[0].Node != e.node1.addr || ds[1].Node != e.node2.addr || ds[1].Redundancy != 2 {
		t.Fatalf("deliveries %+v", ds)
	}

	// Front-running: the stranger sends node1's pending delivery first.
	sub2, _ := e.subscribe(store, storeAddr, program, in, 1e12, 3_000_000, 1, 0, 1)
	pending := e.deliverD(sub2, delivery{interval: 1, input: in, output: out, node: &e.node1.addr})
	e.expectProofRejected(e.stranger, "ProofInvalid", pending)
	r := e.send(e.node1, pending)
	fulfilled := false
	for _, l := range r.Logs {
		if ev, err := e.coord.ParseSubscriptionFulfilled(*l); err == nil {
			fulfilled = ev.Node == e.node1.addr && ev.Id == sub2.id
		}
	}
	if !fulfilled {
		t.Fatal("no SubscriptionFulfilled in node1's name")
	}
	ctx, err := e.coord.IntervalContext(&bind.CallOpts{}, sub2.id, 1, e.node1.addr)
	if err != nil || ctx.Sequencer != e.node1.addr || ctx.BatchNum != 1 || ctx.ChainId != e.chainID {
		t.Fatalf("intervalContext %+v (%v)", ctx, err)
	}
}

// TestCoordinatorAttackContainerInputs: a subscription without fixed inputs accepts only the
// consumer's getContainerInputs (Infernet's rule), not any input.
func TestCoordinatorAttackContainerInputs(t *testing.T) {
	e := newEnv(t)
	store, storeAddr := e.deployStore()
	program := randElement(t)
	want := blob(16, 7)
	e.send(e.owner, func(o *bind.TransactOpts) (*types.Transaction, error) { return store.SetContainerInputs(o, want) })
	sub, _ := e.subscribe(store, storeAddr, program, nil, 1e12, 3_000_000, 1, 0, 1)

	e.expectRevert(e.stranger, "InputMismatch", e.deliver(sub, 1, blob(16, 9), blob(4, 8)))
	e.expectRevert(e.stranger, "InputMismatch", e.deliver(sub, 1, nil, blob(4, 8)))
	st, err := e.coord.IntervalStatement(&bind.CallOpts{}, sub.id, 1, e.node1.addr)
	if err != nil || !bytes.Equal(st.Input, want) || st.ProgramId != contracts.Bytes32(program) ||
		st.OldStateRoot != contracts.Bytes32(emptyState()) || st.Stateful || st.MaxProofClass != 20 ||
		st.Ctx.Sequencer != e.node1.addr {
		t.Fatalf("intervalStatement %+v (%v)", st, err)
	}
	e.send(e.node1, e.deliver(sub, 1, want, blob(4, 8)))
}

// TestCoordinatorStatefulSubscription: the Coordinator chains a stateful subscription's root:
// every delivery of an interval starts from the root the previous interval's first delivery
// ended with (its old root when that run failed); a chosen or stale root is refused.
func TestCoordinatorStatefulSubscription(t *testing.T) {
	e := newEnv(t)
	store, storeAddr := e.deployStore()
	program := randElement(t)
	in := blob(8, 1)
	r0 := statement.StateRoot([]statement.KV{{Key: 1, Value: 10}})
	r1 := statement.StateRoot([]statement.KV{{Key: 1, Value: 11}})
	r2 := statement.StateRoot([]statement.KV{{Key: 1, Value: 12}})
	chosen := statement.StateRoot([]statement.KV{{Key: 1, Value: 99}})
	const period = 60
	sub, _ := e.subscribeTerms(store, storeAddr, program, in, 1e12, 3_000_000, 3, period, 2,
		&bindings.SubscriptionTerms{MaxProofClass: toyClass, Stateful: true, InitialStateRoot: contracts.Bytes32(r0)})
	root := func(interval uint32) [32]byte {
		r, err := e.coord.StateRootFor(&bind.CallOpts{}, sub.id, interval)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	if root(1) != contracts.Bytes32(r0) {
		t.Fatal("interval 1 does not start from the initial root")
	}
	e.advance(period * time.Second)

	e.expectRevert(e.stranger, "StateRootMismatch", e.deliverD(sub, delivery{interval: 1, input: in, output: blob(4, 1),
		oldRoot: ptr(chosen), newRoot: ptr(r1)}))
	e.send(e.node1, e.deliverD(sub, delivery{interval: 1, input: in, output: blob(4, 1), oldRoot: ptr(r0), newRoot: ptr(r1)}))
	// The second node of the interval starts from the same root.
	e.send(e.node2, e.deliverD(sub, delivery{interval: 1, input: in, output: blob(4, 1), oldRoot: ptr(r0), newRoot: ptr(r1)}))
	if root(2) != contracts.Bytes32(r1) || root(1) != contracts.Bytes32(r0) {
		t.Fatalf("roots after interval 1: %x %x", root(1), root(2))
	}

	e.advance(period * time.Second)
	e.expectRevert(e.node1, "StateRootMismatch", e.deliverD(sub, delivery{interval: 2, input: in, output: blob(4, 2),
		oldRoot: ptr(r0), newRoot: ptr(r2)})) // stale
	e.send(e.node1, e.deliverD(sub, delivery{interval: 2, input: in, output: blob(4, 2), oldRoot: ptr(r1), newRoot: ptr(r2)}))
	st, err := e.coord.IntervalStatement(&bind.CallOpts{}, sub.id, 3, e.node1.addr)
	if err != nil || !st.Stateful || st.OldStateRoot != contracts.Bytes32(r2) {
		t.Fatalf("intervalStatement of interval 3: %+v (%v)", st, err)
	}
	// A failed run (exit code 5) that wrote another root before failing leaves the root as it
	// found it, as a reverted transaction: interval 4 starts from r2 again.
	e.advance(period * time.Second)
	e.send(e.node1, e.deliverD(sub, delivery{interval: 3, input: in, output: nil, oldRoot: ptr(r2), newRoot: ptr(chosen), exit: 5}))
	e.advance(period * time.Second)
	e.expectRevert(e.node1, "SubscriptionCompleted", e.deliverD(sub, delivery{interval: 4, input: in, output: nil,
		oldRoot: ptr(r2), newRoot: ptr(r2)}))
	if ds := e.storeDeliveries(store, sub, 1); len(ds) != 2 || ds[0].Node != e.node1.addr || ds[1].Node != e.node2.addr {
		t.Fatalf("deliveries %+v", ds)
	}
	if root(4) != contracts.Bytes32(r2) {
		t.Fatalf("root after interval 2: %x", root(4))
	}
}

// TestCoordinatorProofClassBound: a subscription bounds the proof class (as maxCycles does for
// a job); the registry's smallest class is always accepted.
func TestCoordinatorProofClassBound(t *testing.T) {
	e := newEnv(t)
	store, storeAddr := e.deployStore()
	program := randElement(t)
	e.send(e.owner, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.registry.SetVerifier(o, toyClass+1, e.toyAddr) // a larger class (the toy verifier again)
	})
	in, out := blob(4, 1), blob(4, 2)
	bounded, _ := e.subscribeTerms(store, storeAddr, program, in, 1e12, 3_000_000, 1, 0, 2,
		&bindings.SubscriptionTerms{MaxProofClass: toyClass})
	rv := e.expectRevert(e.stranger, "ProofClassNotAllowed", e.deliverD(bounded, delivery{interval: 1, input: in, output: out, class: toyClass + 1}))
	if rv.Args[0].(uint8) != toyClass+1 || rv.Args[1].(uint8) != toyClass {
		t.Fatalf("%s", rv)
	}
	e.send(e.node1, e.deliverD(bounded, delivery{interval: 1, input: in, output: out, class: toyClass}))

	tiny, _ := e.subscribeTerms(store, storeAddr, program, in, 1e12, 3_000_000, 1, 0, 2,
		&bindings.SubscriptionTerms{MaxProofClass: 2})
	e.expectRevert(e.stranger, "ProofClassNotAllowed", e.deliverD(tiny, delivery{interval: 1, input: in, output: out, class: toyClass + 1}))
	e.send(e.node1, e.deliverD(tiny, delivery{interval: 1, input: in, output: out, class: toyClass})) // the smallest class

	wide, _ := e.subscribeTerms(store, storeAddr, program, in, 1e12, 3_000_000, 1, 0, 2,
		&bindings.SubscriptionTerms{MaxProofClass: toyClass + 1})
	e.send(e.node1, e.deliverD(wide, delivery{interval: 1, input: in, output: out, class: toyClass + 1}))

	def, _ := e.subscribe(store, storeAddr, program, in, 1e12, 3_000_000, 1, 0, 1)
	terms, err := e.coord.SubscriptionTerms(&bind.CallOpts{}, def.id)
	if err != nil || terms.MaxProofClass != 20 || terms.Stateful || terms.OffchainFromConsumer ||
		terms.OffchainInputHash != contracts.Bytes32(emptyOffchain()) {
		t.Fatalf("default terms %+v (%v)", terms, err)
	}
}
