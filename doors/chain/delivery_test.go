package chain_test

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/contracts"
	"github.com/zkprover/zkprover/contracts/bindings"
	bridge "github.com/zkprover/zkprover/doors/chain"
	"github.com/zkprover/zkprover/relayer"
)

// openRelayer opens a relayer for key's account that reads reverts with ClassifyDelivery and
// confirms an already-on-chain reading with ConfirmDelivery, as serve does.
func openRelayer(ctx context.Context, client relayer.Client, key *ecdsa.PrivateKey, dir string, o relayer.Options) (*relayer.Manager, error) {
	id, err := client.ChainID(ctx)
	if err != nil {
		return nil, err
	}
	from, sign := relayer.KeySigner(key, id)
	o.Classify = bridge.ClassifyDelivery
	o.ConfirmAlready = bridge.ConfirmDelivery(client, from)
	return relayer.Open(ctx, client, from, sign, dir, o)
}

func TestClassifyDelivery(t *testing.T) {
	a, err := bindings.JobManagerMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	pack := func(name string, args ...interface{}) []byte {
		e := a.Errors[name]
		b, err := e.Inputs.Pack(args...)
		if err != nil {
			t.Fatal(err)
		}
		return append(append([]byte{}, e.ID[:4]...), b...)
	}
	id := [32]byte{7}
	if v := bridge.ClassifyDelivery(bridge.KindSubmitResult, pack("JobNotPending", id, contracts.JobCompleted)); !v.Already {
		t.Fatalf("completed job: %+v", v)
	}
	if v := bridge.ClassifyDelivery(bridge.KindSubmitResult, pack("JobNotPending", id, contracts.JobCancelled)); v.Already || !strings.Contains(v.Reason, "cancelled") {
		t.Fatalf("cancelled job: %+v", v)
	}
	if v := bridge.ClassifyDelivery(bridge.KindSubmitOffchainResult, pack("JobAlreadyExists", id)); !v.Already {
		t.Fatalf("offchain job recorded: %+v", v)
	}
	if v := bridge.ClassifyDelivery(bridge.KindSubmitResult, pack("JobAlreadyExists", id)); v.Already {
		t.Fatalf("JobAlreadyExists for an onchain job's result: %+v", v)
	}
	if v := bridge.ClassifyDelivery(bridge.KindSubmitResult, pack("MaxCyclesMismatch", uint64(1), uint64(2))); v.Already || !strings.Contains(v.Reason, "MaxCyclesMismatch(1, 2)") {
		t.Fatalf("mismatch: %+v", v)
	}
	if v := bridge.ClassifyDelivery(bridge.KindDeliverCompute, []byte{0x2f, 0x4c, 0xa8, 0x5b}); !v.Already {
		t.Fatalf("IntervalCompleted: %+v", v)
	}
	if v := bridge.ClassifyDelivery(bridge.KindDeliverCompute, []byte{0x88, 0xa2, 0x1e, 0x4f}); !v.Already {
		t.Fatalf("NodeRespondedAlready: %+v", v)
	}
	if v := bridge.ClassifyDelivery(bridge.KindDeliverCompute, nil); v.Already || v.Reason == "" {
		t.Fatalf("empty revert: %+v", v)
	}
	if v := bridge.ClassifyDelivery(bridge.KindDeliverCompute, []byte{1, 2, 3, 4, 5}); v.Already || !strings.Contains(v.Reason, "0x0102030405") {
		t.Fatalf("unknown revert: %+v", v)
	}
}

func TestRelayIDs(t *testing.T) {
	if got := bridge.JobRelayID([32]byte{0xab}); got != "job/0xab"+strings.Repeat("0", 62) {
		t.Fatal(got)
	}
	if got := bridge.SubscriptionRelayID(3, 7); got != "sub/3/7" {
		t.Fatal(got)
	}
	res := &contracts.ResultWithMetadata{JobID: [32]byte{1}, MaxCycles: 256, ProgramID: make([]byte, 32), Proof: make([]byte, 384)}
	jm, consumer := common.Address{19: 1}, common.Address{19: 2}
	r, err := bridge.SubmitResult(jm, res, nil, consumer, true)
	if err != nil || r.ID != bridge.JobRelayID(res.JobID) || r.To != jm || r.Kind != bridge.KindSubmitResult ||
		r.Group != "consumer/"+consumer.Hex() || len(r.Data) < 4 {
		t.Fatalf("%+v %v", r, err)
	}
	if r, _ := bridge.SubmitResult(jm, res, nil, consumer, false); r.Group != "" {
		t.Fatalf("unordered delivery in group %q", r.Group)
	}
	cp := &contracts.ComputeProof{Proof: make([]byte, 384)}
	d, err := bridge.DeliverCompute(jm, 3, 7, nil, nil, cp, 5e9, true)
	if err != nil || d.ID != "sub/3/7" || d.Group != "sub/3" || d.Kind != bridge.KindDeliverCompute || d.MaxFeeCap.Uint64() != 5e9 {
		t.Fatalf("%+v %v", d, err)
	}
	if d, err := bridge.DeliverCompute(jm, 3, 7, nil, nil, cp, 0, true); err == nil || !strings.Contains(err.Error(), "maxGasPrice 0") {
		t.Fatalf("a delivery under maxGasPrice 0 (the Coordinator refuses any gas price above it): %+v %v", d, err)
	}
}

// TestRevertingDeliveryFailsWithReason: a delivery that reverts in simulation is never sent;
// it ends failed with the revert decoded by ClassifyDelivery, through a relayer that knows
// no contract.
func TestRevertingDeliveryFailsWithReason(t *testing.T) {
	ctx := context.Background()
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	sim := newOsakaSim(t, key)
	client := sim.Client()
	chainID, err := client.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	owner, _ := bind.NewKeyedTransactorWithChainID(key, chainID)
	regAddr, _, _, err := bindings.DeployVerifierRegistry(owner, client, from)
	if err != nil {
		t.Fatal(err)
	}
	sim.Commit()
	jmAddr, _, _, err := bindings.DeployJobManager(owner, client, regAddr, from)
	if err != nil {
		t.Fatal(err)
	}
	sim.Commit()
	m, err := openRelayer(ctx, client, key, t.TempDir(), relayer.Options{Logger: zerolog.New(zerolog.NewTestWriter(t))})
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	res := &contracts.ResultWithMetadata{JobID: [32]byte{1}, MaxCycles: 256, ProgramID: make([]byte, 32), Proof: make([]byte, 384)}
	req, err := bridge.SubmitResult(jmAddr, res, nil, common.Address{19: 7}, false)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := m.Submit(req); err != nil {
		t.Fatal(err)
	}
	var tx relayer.Tx
	for i := 0; i < 3 && !tx.State.Terminal(); i++ {
		_ = m.Step(ctx)
		tx, _ = m.Get(req.ID)
		sim.Commit()
	}
	if tx.State != relayer.Failed || tx.Class != relayer.Reverted || !strings.Contains(tx.Reason, "JobNotFound(0x0100") {
		t.Fatalf("want failed with JobNotFound: %s", tx.Status())
	}
	if n, _ := client.NonceAt(ctx, from, nil); len(tx.Attempts) != 0 || n != 2 {
		t.Fatalf("a reverting delivery was sent: %d attempts, nonce %d", len(tx.Attempts), n)
	}
}

// stubContract is EVM code standing in for a consumer (or a verifier) without a Solidity
// source: a call from owner is forwarded (calldata: the target address as a word, then the
// call's calldata; the target's answer or revert is passed back), a call whose selector has an
// entry is answered with the entry's bytes (returned, or as a revert), any other call succeeds
// with no data.
type stubEntry struct {
	selector [4]byte
	data     []byte
	revert   bool
}

func stubInitCode(owner common.Address, entries ...stubEntry) []byte {
	var code []byte
	fix := map[int]string{} // PUSH2 operand offset -> label
	labels := map[string]int{}
	op := func(b ...byte) { code = append(code, b...) }
	push2 := func(l string) { op(0x61, 0, 0); fix[len(code)-2] = l }
	dest := func(l string) { labels[l] = len(code); op(0x5b) }

	op(0x33, 0x73) // CALLER PUSH20 owner
	op(owner.Bytes()...)
	op(0x14) // EQ
	push2("fwd")
	op(0x57) // JUMPI
	for i, e := range entries {
		op(0x60, 0, 0x35, 0x60, 0xe0, 0x1c, 0x63) // PUSH1 0 CALLDATALOAD PUSH1 224 SHR PUSH4 selector
		op(e.selector[:]...)
		op(0x14) // EQ
		push2(fmt.Sprint("entry", i))
		op(0x57) // JUMPI
	}
	op(0x00) // STOP
	for i, e := range entries {
		dest(fmt.Sprint("entry", i))
		n := len(e.data)
		op(0x61, byte(n>>8), byte(n)) // PUSH2 len
		push2(fmt.Sprint("data", i))  // PUSH2 offset
		op(0x60, 0, 0x39)             // PUSH1 0 CODECOPY
		op(0x61, byte(n>>8), byte(n), 0x60, 0)
		if e.revert {
			op(0xfd) // REVERT
		} else {
			op(0xf3) // RETURN
		}
	}
	dest("fwd")
	op(0x60, 0, 0x60, 0)             // retSize, retOffset
	op(0x60, 32, 0x36, 0x03)         // argsSize = CALLDATASIZE - 32
	op(0x80, 0x60, 32, 0x60, 0)      // DUP1 PUSH1 32 PUSH1 0
	op(0x37)                         // CALLDATACOPY
	op(0x60, 0, 0x60, 0)             // argsOffset, value
	op(0x60, 0, 0x35, 0x5a)          // target = CALLDATALOAD(0); GAS
	op(0xf1)                         // CALL
	op(0x3d, 0x60, 0, 0x60, 0, 0x3e) // RETURNDATACOPY(0, 0, RETURNDATASIZE)
	push2("ok")
	op(0x57)                // JUMPI
	op(0x3d, 0x60, 0, 0xfd) // REVERT(0, RETURNDATASIZE)
	dest("ok")
	op(0x3d, 0x60, 0, 0xf3) // RETURN(0, RETURNDATASIZE)
	for i, e := range entries {
		labels[fmt.Sprint("data", i)] = len(code)
		op(e.data...)
	}
	for at, l := range fix {
		code[at], code[at+1] = byte(labels[l]>>8), byte(labels[l])
	}
	// Init code: CODECOPY the runtime (after these 13 bytes) to memory and return it.
	n := len(code)
	init := []byte{0x61, byte(n >> 8), byte(n), 0x80, 0x61, 0, 13, 0x60, 0, 0x39, 0x60, 0, 0xf3}
	return append(init, code...)
}

// TestCallbackRevertNotReadAsAlreadyOnChain: a consumer's callback reverting with
// JobNotPending(id, Completed), or a subscriber's getContainerInputs with IntervalCompleted(),
// bubbles up through the JobManager (the Coordinator) as the delivery's revert. The job (the
// interval) is still open: the relayer with ClassifyDelivery and ConfirmDelivery (as serve
// opens it) reads the contract's state and ends the record failed with the revert, not
// already_on_chain. A delivery whose effect the chain does hold (the job completed, the
// interval answered by this node or, with its redundancy met, by another) still ends
// already_on_chain.
func TestCallbackRevertNotReadAsAlreadyOnChain(t *testing.T) {
	ctx := context.Background()
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	key2, _ := crypto.GenerateKey() // another node
	sim := newOsakaSim(t, key, key2)
	client := sim.Client()
	chainID, err := client.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	owner, _ := bind.NewKeyedTransactorWithChainID(key, chainID)
	mine := func(tx *types.Transaction, err error) *types.Receipt {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		sim.Commit()
		r, err := client.TransactionReceipt(ctx, tx.Hash())
		if err != nil || r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("transaction %s: %v", tx.Hash(), err)
		}
		return r
	}
	regAddr, tx, reg, err := bindings.DeployVerifierRegistry(owner, client, from)
	mine(tx, err)
	jmAddr, tx, jm, err := bindings.DeployJobManager(owner, client, regAddr, from)
	mine(tx, err)
	coordAddr, tx, coord, err := bindings.DeployCoordinator(owner, client, regAddr)
	mine(tx, err)
	jmABI, _ := bindings.JobManagerMetaData.GetAbi()
	coordABI, _ := bindings.CoordinatorMetaData.GetAbi()
	selector := func(sig string) (s [4]byte) { copy(s[:], crypto.Keccak256([]byte(sig))); return s }

	// The consumers: honest answers getOnchainInputForJob with empty input and accepts every
	// callback; bubbler's callbacks revert with the
	// errors that read as already on chain. Its job id is known before it is deployed.
	const jobNonce = 1
	nonce, err := client.PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatal(err)
	}
	bubblerAddr := crypto.CreateAddress(from, nonce+1)
	bubblerJob := contracts.JobID(jobNonce, bubblerAddr)
	e := jmABI.Errors["JobNotPending"]
	args, err := e.Inputs.Pack(bubblerJob, contracts.JobCompleted)
	if err != nil {
		t.Fatal(err)
	}
	jobNotPending := append(append([]byte{}, e.ID[:4]...), args...)
	emptyBytes := make([]byte, 64)
	emptyBytes[31] = 0x20
	deploy := func(entries ...stubEntry) common.Address {
		a, tx, _, err := bind.DeployContract(owner, abi.ABI{}, stubInitCode(from, entries...), client)
		mine(tx, err)
		return a
	}
	honest := deploy(stubEntry{selector: selector("getOnchainInputForJob(bytes32)"), data: emptyBytes})
	bubbler := deploy(
		stubEntry{selector: selector("getOnchainInputForJob(bytes32)"), data: jobNotPending, revert: true},
		stubEntry{selector: selector("getContainerInputs(uint32,uint32,uint32,address)"), data: coordABI.Errors["IntervalCompleted"].ID.Bytes()[:4], revert: true})
	if bubbler != bubblerAddr {
		t.Fatalf("bubbler at %s, want %s", bubbler, bubblerAddr)
	}
	// The verifier of class 8 accepts every proof but a 384-byte one (the all-zero proof the
	// registry checks that a verifier refuses): PUSH1 4 CALLDATALOAD PUSH1 4 ADD CALLDATALOAD
	// (the proof's length) PUSH2 384 EQ PUSH1 15 JUMPI STOP JUMPDEST PUSH1 0 DUP1 REVERT.
	lax := common.FromHex("6004356004013561018014600f57005b600080fd")
	laxAddr, tx, _, err := bind.DeployContract(owner, abi.ABI{},
		append([]byte{0x60, byte(len(lax)), 0x80, 0x60, 0x0b, 0x60, 0x00, 0x39, 0x60, 0x00, 0xf3}, lax...), client)
	mine(tx, err)
	mine(reg.SetVerifier(owner, 8, laxAddr))
	forward := func(consumer, target common.Address, data []byte) *types.Receipt {
		t.Helper()
		c := bind.NewBoundContract(consumer, abi.ABI{}, client, client, client)
		return mine(c.RawTransact(owner, append(common.LeftPadBytes(target.Bytes(), 32), data...)))
	}
	programID := make([]byte, 32)
	programID[31] = 5
	create := func(consumer common.Address) [32]byte {
		data, err := jmABI.Pack("createJob", uint64(jobNonce), programID, []byte{}, uint64(256))
		if err != nil {
			t.Fatal(err)
		}
		forward(consumer, jmAddr, data)
		return contracts.JobID(jobNonce, consumer)
	}
	subscribe := func(consumer common.Address, inputs []byte) uint32 {
		data, err := coordABI.Pack("createSubscription", fmt.Sprintf("0x%064x", 5), inputs, big.NewInt(1e12), uint32(4e9), uint32(1), uint32(0), uint16(1))
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range forward(consumer, coordAddr, data).Logs {
			if ev, err := coord.ParseSubscriptionCreated(*l); err == nil {
				return ev.Id
			}
		}
		t.Fatal("no SubscriptionCreated")
		return 0
	}
	honestJob, bubbled := create(honest), create(bubbler)
	if bubbled != bubblerJob {
		t.Fatal("bubbler's job id")
	}
	honestSub, bubblerSub := subscribe(honest, []byte{1, 2, 3, 4}), subscribe(bubbler, nil)

	result := func(id [32]byte) relayer.Request {
		res := &contracts.ResultWithMetadata{JobID: id, OnchainInputHash: crypto.Keccak256Hash(), MaxCycles: 256, ProgramID: programID,
			ProofClass: 8, Proof: []byte{1}}
		req, err := bridge.SubmitResult(jmAddr, res, nil, common.Address{}, false)
		if err != nil {
			t.Fatal(err)
		}
		return req
	}
	compute := func(sub uint32, input []byte) relayer.Request {
		st, err := coord.IntervalStatement(&bind.CallOpts{}, sub, 1, from)
		if err != nil && sub == honestSub {
			t.Fatal(err)
		}
		cp := &contracts.ComputeProof{ProofClass: 8, OffchainInputHash: st.OffchainInputHash, OldStateRoot: st.OldStateRoot,
			NewStateRoot: st.OldStateRoot, Proof: []byte{1}}
		req, err := bridge.DeliverCompute(coordAddr, sub, 1, input, nil, cp, 1e12, false)
		if err != nil {
			t.Fatal(err)
		}
		return req
	}
	relay := func(k *ecdsa.PrivateKey, reqs ...relayer.Request) []relayer.Tx {
		t.Helper()
		m, err := openRelayer(ctx, client, k, t.TempDir(), relayer.Options{Logger: zerolog.New(zerolog.NewTestWriter(t))})
		if err != nil {
			t.Fatal(err)
		}
		defer m.Close()
		for _, r := range reqs {
			if _, err := m.Submit(r); err != nil {
				t.Fatal(err)
			}
		}
		out := make([]relayer.Tx, len(reqs))
		for i := 0; i < 10; i++ {
			_ = m.Step(ctx)
			done := true
			for j, r := range reqs {
				out[j], _ = m.Get(r.ID)
				done = done && out[j].State.Terminal()
			}
			if done {
				return out
			}
			sim.Commit()
		}
		t.Fatalf("not terminal: %+v", out)
		return nil
	}

	// The bubbled reverts: failed with the revert, the job and the interval still open.
	got := relay(key, result(bubblerJob), compute(bubblerSub, nil))
	for i, want := range []string{"JobNotPending(" + hexutil.Encode(bubblerJob[:]) + ", 3)", "IntervalCompleted()"} {
		if tx := got[i]; tx.State != relayer.Failed || tx.Class != relayer.Reverted || !strings.Contains(tx.Reason, want) ||
			!strings.Contains(tx.Reason, "not confirmed") || len(tx.Attempts) != 0 {
			t.Errorf("a callback's %s read as: %s", want, tx.Status())
		}
	}
	if md, err := jm.GetJobMetadata(&bind.CallOpts{}, bubblerJob); err != nil || md.Status != contracts.JobPending {
		t.Fatalf("bubbler's job: %+v %v", md, err)
	}

	// The honest deliveries land; delivered again (by this node, or the interval by another
	// node once its redundancy is met), they are already on chain.
	got = relay(key, result(honestJob), compute(honestSub, []byte{1, 2, 3, 4}))
	for _, tx := range got {
		if tx.State != relayer.Confirmed {
			t.Fatalf("honest delivery: %s", tx.Status())
		}
	}
	if md, err := jm.GetJobMetadata(&bind.CallOpts{}, honestJob); err != nil || md.Status != contracts.JobCompleted {
		t.Fatalf("honest job: %+v %v", md, err)
	}
	got = relay(key, result(honestJob), compute(honestSub, []byte{1, 2, 3, 4}))
	got = append(got, relay(key2, compute(honestSub, []byte{1, 2, 3, 4}))...)
	for i, want := range []string{"JobNotPending(", "IntervalCompleted()", "IntervalCompleted()"} {
		if tx := got[i]; tx.State != relayer.AlreadyDone || !strings.Contains(tx.Reason, want) || len(tx.Attempts) != 0 {
			t.Errorf("delivery %d again: %s", i, tx.Status())
		}
	}
}
