package contracts_test

import (
	"bytes"
	"math/big"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/zkprover/zkprover/contracts"
	"github.com/zkprover/zkprover/contracts/bindings"
	"github.com/zkprover/zkprover/statement"
)

// The selectors of Infernet's Coordinator errors, as seed 004 lists them.
var seedSelectors = map[string]string{
	"GasPriceExceeded":      "682bad5a",
	"GasLimitExceeded":      "be9179a6",
	"IntervalMismatch":      "4db310c3",
	"IntervalCompleted":     "2f4ca85b",
	"NodeRespondedAlready":  "88a21e4f",
	"SubscriptionNotFound":  "1a00354f",
	"NotSubscriptionOwner":  "a7fba711",
	"SubscriptionCompleted": "ae6704a7",
	"SubscriptionNotActive": "efb74efe",
}

func TestCoordinatorErrorSelectors(t *testing.T) {
	a, err := bindings.CoordinatorMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	for name, sel := range seedSelectors {
		e, ok := a.Errors[name]
		if !ok {
			t.Fatalf("Coordinator has no error %s", name)
		}
		if got := common.Bytes2Hex(e.ID[:4]); got != sel {
			t.Fatalf("%s selector %s, seed says %s", name, got, sel)
		}
	}
}

type subscription struct {
	id            uint32
	owner         common.Address
	program       fr.Element
	activeAt      uint32
	period        uint32
	maxProofClass uint8 // its terms' (the default's with Infernet's createSubscription)
}

func (e *env) deployStore() (*bindings.SubscriptionStore, common.Address) {
	e.t.Helper()
	addr := e.deploy("SubscriptionStore", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		a, tx, _, err := bindings.DeploySubscriptionStore(o, e.client, e.coordAddr)
		return a, tx, err
	})
	s, err := bindings.NewSubscriptionStore(addr, e.client)
	if err != nil {
		e.t.Fatal(err)
	}
	return s, addr
}

func (e *env) subscribe(s *bindings.SubscriptionStore, owner common.Address, program fr.Element, inputs []byte,
	maxGasPrice int64, maxGasLimit, frequency, period uint32, redundancy uint16) (*subscription, *types.Receipt) {
	e.t.Helper()
	return e.subscribeTerms(s, owner, program, inputs, maxGasPrice, maxGasLimit, frequency, period, redundancy, nil)
}

// subscribeTerms subscribes with explicit terms (nil: Infernet's createSubscription, default terms).
func (e *env) subscribeTerms(s *bindings.SubscriptionStore, owner common.Address, program fr.Element, inputs []byte,
	maxGasPrice int64, maxGasLimit, frequency, period uint32, redundancy uint16, terms *bindings.SubscriptionTerms) (*subscription, *types.Receipt) {
	e.t.Helper()
	r := e.send(e.owner, func(o *bind.TransactOpts) (*types.Transaction, error) {
		if terms != nil {
			return s.SubscribeWithTerms(o, contracts.Bytes32(program), inputs, big.NewInt(maxGasPrice), maxGasLimit, frequency, period, redundancy, *terms)
		}
		return s.Subscribe(o, contracts.Bytes32(program), inputs, big.NewInt(maxGasPrice), maxGasLimit, frequency, period, redundancy)
	})
	var id uint32
	for _, l := range r.Logs {
		if ev, err := e.coord.ParseSubscriptionCreated(*l); err == nil {
			id = ev.Id
		}
	}
	if id == 0 {
		e.t.Fatal("no SubscriptionCreated event")
	}
	sub, err := e.coord.Subscriptions(&bind.CallOpts{}, id)
	if err != nil {
		e.t.Fatal(err)
	}
	if sub.ContainerId != contracts.ContainerID(program) || sub.Owner != owner || sub.Redundancy != redundancy {
		e.t.Fatalf("subscription %+v", sub)
	}
	class := uint8(20)
	if terms != nil {
		class = terms.MaxProofClass
	}
	if c, err := e.coord.DEFAULTMAXPROOFCLASS(&bind.CallOpts{}); err != nil || (terms == nil && c != class) {
		e.t.Fatalf("DEFAULT_MAX_PROOF_CLASS = %d (%v)", c, err)
	}
	return &subscription{id: id, owner: owner, program: program, activeAt: sub.ActiveAt, period: sub.Period, maxProofClass: class}, r
}

// delivery describes a deliverCompute call and the statement its toy proof is made for.
type delivery struct {
	interval       uint32
	provenInterval uint32 // 0: interval
	input, output  []byte
	proven         []byte                  // the output proven (nil: output)
	offchain       *fr.Element             // the proven offchain input hash (nil: empty input)
	oldRoot        *fr.Element             // nil: the empty state
	newRoot        *fr.Element             // nil: the empty state
	class          uint8                   // 0: toyClass (final: contracts.FinalProofClass(toySegmentClass)); sent as is
	node           *common.Address         // the sequencer proven (nil: the sender of the transaction)
	final          bool                    // a toy final proof (of the statement's final digest)
	maxCycles      uint64                  // a final proof's cycle budget (0: the subscription's, 2^maxProofClass)
	mutate         func(*statement.Public) // changes the statement proven (not the one delivered)
	exit           uint32                  // the run's exit code
}

// send is d as a transaction: the toy proof is made when it is sent, for the sender unless
// d.node names another account.
func (e *env) deliverD(s *subscription, d delivery) func(*bind.TransactOpts) (*types.Transaction, error) {
	e.t.Helper()
	return func(o *bind.TransactOpts) (*types.Transaction, error) {
		node := o.From
		if d.node != nil {
			node = *d.node
		}
		return e.coord.DeliverCompute(o, s.id, d.interval, d.input, d.output, e.computeProof(s, d, node))
	}
}

// computeProof is the encoded ComputeProof of d proven for node.
func (e *env) computeProof(s *subscription, d delivery, node common.Address) []byte {
	e.t.Helper()
	pi := d.provenInterval
	if pi == 0 {
		pi = d.interval
	}
	proven := d.proven
	if proven == nil {
		proven = d.output
	}
	orDefault := func(x *fr.Element, def fr.Element) fr.Element {
		if x != nil {
			return *x
		}
		return def
	}
	p := &statement.Public{
		ProgramID:    s.program,
		Context:      contracts.SubscriptionContext(e.chainID, s.activeAt, s.period, pi, node),
		OnchainInput: d.input,
		OffchainHash: orDefault(d.offchain, emptyOffchain()),
		OldStateRoot: orDefault(d.oldRoot, emptyState()),
		NewStateRoot: orDefault(d.newRoot, emptyState()),
		Output:       proven,
		ExitCode:     d.exit,
	}
	class := d.class
	if class == 0 {
		class = toyClass
		if d.final {
			class = contracts.FinalProofClass(toySegmentClass)
		}
	}
	st := *p
	if d.mutate != nil {
		d.mutate(&st)
	}
	var proof []byte
	if d.final {
		m := d.maxCycles
		if m == 0 {
			m = contracts.SubscriptionMaxCycles(s.maxProofClass)
		}
		proof = proveToyFinal(e.t, &st, m)
	} else {
		proof = proveToy(e.t, &st)
	}
	cp, err := contracts.NewComputeProofWithClass(p, toyClass, proof)
	if err != nil {
		e.t.Fatal(err)
	}
	cp.ProofClass = class // any byte, also one the constructor refuses
	enc, err := cp.Encode()
	if err != nil {
		e.t.Fatal(err)
	}
	return enc
}

// deliver returns a deliverCompute call for interval with a toy proof of (input, output).
func (e *env) deliver(s *subscription, interval uint32, input, output []byte) func(*bind.TransactOpts) (*types.Transaction, error) {
	e.t.Helper()
	return e.deliverD(s, delivery{interval: interval, input: input, output: output})
}

// deliverProven proves `proven` but delivers `output`.
func (e *env) deliverProven(s *subscription, interval uint32, input, output, proven []byte) func(*bind.TransactOpts) (*types.Transaction, error) {
	e.t.Helper()
	return e.deliverD(s, delivery{interval: interval, input: input, output: output, proven: proven})
}

// deliverAs proves `proven` in the context of provenInterval and delivers `output` for interval.
func (e *env) deliverAs(s *subscription, interval, provenInterval uint32, input, output, proven []byte) func(*bind.TransactOpts) (*types.Transaction, error) {
	e.t.Helper()
	return e.deliverD(s, delivery{interval: interval, provenInterval: provenInterval, input: input, output: output, proven: proven})
}

// TestCoordinatorSubscription runs a subscription with redundancy 2 and a period, delivered
// by two nodes, and the rejections of seed 004's errors.
func TestCoordinatorSubscription(t *testing.T) {
	e := newEnv(t)
	store, storeAddr := e.deployStore()
	program := randElement(t)
	inputs := blob(256, 1)
	const period = 60
	sub, _ := e.subscribe(store, storeAddr, program, inputs, 1e12, 3_000_000, 2, period, 2)
	out1 := blob(256, 2)

	e.expectRevert(e.node1, "SubscriptionNotActive", e.deliver(sub, 1, inputs, out1))
	e.advance(period * time.Second)

	e.expectRevert(e.node1, "IntervalMismatch", e.deliver(sub, 2, inputs, out1))
	e.expectProofRejected(e.node1, "ProofInvalid", e.deliverProven(sub, 1, inputs, out1, blob(256, 3)))
	e.expectRevert(e.node1, "InputMismatch", e.deliver(sub, 1, blob(256, 4), out1))
	e.send(e.node1, e.deliver(sub, 1, inputs, out1))
	e.expectRevert(e.node1, "NodeRespondedAlready", e.deliver(sub, 1, inputs, out1))
	rc := e.send(e.node2, e.deliver(sub, 1, inputs, out1))
	t.Logf("deliverCompute (256-byte input and output): %d gas", rc.GasUsed)
	fulfilled := false
	for _, l := range rc.Logs {
		if ev, err := e.coord.ParseSubscriptionFulfilled(*l); err == nil && ev.Id == sub.id && ev.Node == e.node2.addr {
			fulfilled = true
		}
	}
	if !fulfilled {
		t.Fatal("no SubscriptionFulfilled event")
	}
	e.expectRevert(e.node3, "IntervalCompleted", e.deliver(sub, 1, inputs, out1))

	ds, err := store.Deliveries(&bind.CallOpts{}, sub.id, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(ds) != 2 || ds[0].Node != e.node1.addr || ds[1].Node != e.node2.addr || ds[0].Redundancy != 1 ||
		ds[1].Redundancy != 2 || !bytes.Equal(ds[1].Output, out1) {
		t.Fatalf("deliveries %+v", ds)
	}

	// Interval 2: a proof made for interval 1's context does not verify for interval 2.
	e.advance(period * time.Second)
	stale := e.deliver(sub, 1, inputs, out1)
	e.expectRevert(e.node3, "IntervalMismatch", stale)
	e.expectProofRejected(e.node3, "ProofInvalid", e.deliverAs(sub, 2, 1, inputs, out1, out1))
	e.send(e.node3, e.deliver(sub, 2, inputs, blob(256, 5)))

	// Past the frequency.
	e.advance(period * time.Second)
	e.expectRevert(e.node1, "SubscriptionCompleted", e.deliver(sub, 3, inputs, out1))
	e.expectRevert(e.node1, "SubscriptionNotFound", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.coord.DeliverCompute(o, 99, 1, nil, nil, nil)
	})
}

func TestCoordinatorLimitsAndCancel(t *testing.T) {
	e := newEnv(t)
	store, storeAddr := e.deployStore()
	program := randElement(t)

	// period 0: active at once, always interval 1.
	cheap, _ := e.subscribe(store, storeAddr, program, nil, 1, 3_000_000, 1, 0, 1)
	e.expectRevert(e.node1, "GasPriceExceeded", e.deliver(cheap, 1, nil, blob(8, 2)))

	tight, _ := e.subscribe(store, storeAddr, program, nil, 1e12, 200_000, 1, 0, 1)
	e.expectRevert(e.node1, "GasLimitExceeded", e.deliver(tight, 1, nil, blob(8, 2)))

	open, _ := e.subscribe(store, storeAddr, program, nil, 1e12, 3_000_000, 1, 0, 1)
	e.expectRevert(e.stranger, "NotSubscriptionOwner", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.coord.CancelSubscription(o, open.id)
	})
	r := e.send(e.owner, func(o *bind.TransactOpts) (*types.Transaction, error) { return store.Cancel(o, open.id) })
	cancelled := false
	for _, l := range r.Logs {
		if ev, err := e.coord.ParseSubscriptionCancelled(*l); err == nil && ev.Id == open.id {
			cancelled = true
		}
	}
	if !cancelled {
		t.Fatal("no SubscriptionCancelled event")
	}
	e.expectRevert(e.node1, "SubscriptionNotActive", e.deliver(open, 1, nil, blob(8, 2)))

	e.expectRevert(e.owner, "InvalidContainerId", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.coord.CreateSubscription(o, "my-container", nil, big.NewInt(1), 1, 1, 0, 1)
	})
	e.expectRevert(e.owner, "InvalidTerms", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return store.SubscribeWithTerms(o, contracts.Bytes32(program), nil, big.NewInt(1), 1, 1, 0, 1,
			bindings.SubscriptionTerms{MaxProofClass: 64})
	})
	e.expectRevert(e.owner, "InvalidTerms", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return store.SubscribeWithTerms(o, contracts.Bytes32(program), nil, big.NewInt(1), 1, 1, 0, 1,
			bindings.SubscriptionTerms{MaxProofClass: 8, OffchainFromConsumer: true, OffchainInputHash: [32]byte{1}})
	})
	e.expectRevert(e.owner, "InvalidTerms", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return store.SubscribeWithTerms(o, contracts.Bytes32(program), nil, big.NewInt(1), 1, 1, 0, 1,
			bindings.SubscriptionTerms{MaxProofClass: 8, InitialStateRoot: [32]byte{1}})
	})
}
