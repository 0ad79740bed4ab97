package contracts_test

import (
	"bytes"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/zkprover/zkprover/contracts"
	"github.com/zkprover/zkprover/contracts/bindings"
	"github.com/zkprover/zkprover/statement"
)

// offchainJob is a signed request with the data a node proves it with.
type offchainJob struct {
	req      *contracts.OffchainJobRequest
	reqBytes []byte
	sig      []byte
	offchain []byte
}

// off is the n-th nonce of the offchain nonce space.
func off(n uint64) uint64 { return contracts.OffchainNonceMin + n }

// offchainRequest is a request signed by signer as EIP-712 typed data for this env's chain and
// JobManager.
func (e *env) offchainRequest(consumer common.Address, program fr.Element, nonce uint64, input, offchain []byte, state fr.Element, signer *account) *offchainJob {
	e.t.Helper()
	j := e.unsignedRequest(consumer, program, nonce, input, offchain, state)
	sig, err := contracts.SignOffchainRequest(j.req, e.chainID, e.jmAddr, signer.key)
	if err != nil {
		e.t.Fatal(err)
	}
	j.sig = sig
	return j
}

// offchainRequestBare is a request with InfinityVM's bare signature (EIP-191 of the encoding).
func (e *env) offchainRequestBare(consumer common.Address, program fr.Element, nonce uint64, input, offchain []byte, state fr.Element, signer *account) *offchainJob {
	e.t.Helper()
	j := e.unsignedRequest(consumer, program, nonce, input, offchain, state)
	sig, err := contracts.SignEIP191(j.reqBytes, signer.key)
	if err != nil {
		e.t.Fatal(err)
	}
	j.sig = sig
	return j
}

func (e *env) unsignedRequest(consumer common.Address, program fr.Element, nonce uint64, input, offchain []byte, state fr.Element) *offchainJob {
	e.t.Helper()
	req := &contracts.OffchainJobRequest{
		Nonce: nonce, MaxCycles: testMaxCycles, Consumer: consumer, ProgramID: contracts.ProgramIDBytes(program),
		OnchainInput: input, OffchainInputHash: contracts.Bytes32(statement.OffchainHash(offchain)),
		StateHash: contracts.Bytes32(state),
	}
	enc, err := req.Encode()
	if err != nil {
		e.t.Fatal(err)
	}
	return &offchainJob{req: req, reqBytes: enc, offchain: offchain}
}

// offchainResult proves the run of an offchain job that ends in newRoot with output.
func (e *env) offchainResult(j *offchainJob, output []byte, newRoot fr.Element) *contracts.OffchainResultWithMetadata {
	e.t.Helper()
	var pid, old fr.Element
	if err := pid.SetBytesCanonical(j.req.ProgramID); err != nil {
		e.t.Fatal(err)
	}
	if err := old.SetBytesCanonical(j.req.StateHash[:]); err != nil {
		e.t.Fatal(err)
	}
	p := &statement.Public{
		ProgramID:    pid,
		Context:      contracts.OffchainJobContext(e.chainID, j.req),
		OnchainInput: j.req.OnchainInput,
		OffchainHash: statement.OffchainHash(j.offchain),
		OldStateRoot: old,
		NewStateRoot: newRoot,
		Output:       output,
	}
	r, err := contracts.NewOffchainResult(j.req, p, toyClass, proveToy(e.t, p))
	if err != nil {
		e.t.Fatal(err)
	}
	return r
}

func (e *env) submitOffchain(r *contracts.OffchainResultWithMetadata, j *offchainJob) func(*bind.TransactOpts) (*types.Transaction, error) {
	enc, err := r.Encode()
	if err != nil {
		e.t.Fatal(err)
	}
	return func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.jm.SubmitResultForOffchainJob(o, enc, nil, j.reqBytes, j.sig)
	}
}

func TestOffchainRequestRoundTrip(t *testing.T) {
	req := &contracts.OffchainJobRequest{Nonce: 7, MaxCycles: 9, Consumer: common.Address{1}, ProgramID: []byte{2},
		OnchainInput: []byte{3, 4}, OffchainInputHash: [32]byte{5}, StateHash: [32]byte{6}}
	enc, err := req.Encode()
	if err != nil {
		t.Fatal(err)
	}
	got, err := contracts.DecodeOffchainJobRequest(enc)
	if err != nil {
		t.Fatal(err)
	}
	if got.Nonce != 7 || got.MaxCycles != 9 || got.Consumer != req.Consumer || !bytes.Equal(got.OnchainInput, req.OnchainInput) ||
		got.StateHash != req.StateHash || got.OffchainInputHash != req.OffchainInputHash || !bytes.Equal(got.ProgramID, req.ProgramID) {
		t.Fatalf("round trip: %+v", got)
	}
	if _, err := contracts.DecodeOffchainJobRequest(enc[:40]); err == nil {
		t.Fatal("decoded a truncated request")
	}
}

// TestOffchainJob delivers an offchain job with a signed request, then every way it can be wrong.
func TestOffchainJob(t *testing.T) {
	e := newEnv(t)
	program := randElement(t)
	c, addr := e.deployOutputConsumer(program, testMaxCycles)
	j := e.offchainRequest(addr, program, off(5), blob(256, 1), blob(1000, 2), emptyState(), e.signer)
	out := blob(256, 3)
	r := e.offchainResult(j, out, emptyState())

	t.Run("wrong signer", func(t *testing.T) {
		bad := e.offchainRequest(addr, program, off(5), blob(256, 1), blob(1000, 2), emptyState(), e.stranger)
		e.expectRevert(e.node1, "InvalidRequestSignature", e.submitOffchain(r, bad))
	})
	t.Run("signature of another request", func(t *testing.T) {
		other := e.offchainRequest(addr, program, off(6), blob(256, 1), blob(1000, 2), emptyState(), e.signer)
		bad := &offchainJob{req: j.req, reqBytes: j.reqBytes, sig: other.sig}
		e.expectRevert(e.node1, "InvalidRequestSignature", e.submitOffchain(r, bad))
	})
	t.Run("job id", func(t *testing.T) {
		bad := *r
		bad.JobID = contracts.JobID(off(6), addr)
		e.expectRevert(e.node1, "JobIDMismatch", e.submitOffchain(&bad, j))
	})
	t.Run("offchain input hash", func(t *testing.T) {
		bad := *r
		bad.OffchainInputHash = contracts.Bytes32(statement.OffchainHash([]byte("x")))
		e.expectRevert(e.node1, "OffchainInputHashMismatch", e.submitOffchain(&bad, j))
	})
	t.Run("proof for another offchain input", func(t *testing.T) {
		jo := *j
		jo.offchain = blob(1000, 9)
		bad := e.offchainResult(&jo, out, emptyState())
		bad.OffchainInputHash = j.req.OffchainInputHash
		e.expectProofRejected(e.node1, "ProofInvalid", e.submitOffchain(bad, j))
	})
	t.Run("state root", func(t *testing.T) {
		bad := *r
		bad.OldStateRoot = contracts.Bytes32(randElement(t))
		e.expectRevert(e.node1, "StateRootMismatch", e.submitOffchain(&bad, j))
	})
	t.Run("onchain input", func(t *testing.T) {
		bad := *r
		bad.OnchainInputHash = crypto.Keccak256Hash([]byte("x"))
		e.expectRevert(e.node1, "OnchainInputHashMismatch", e.submitOffchain(&bad, j))
	})
	t.Run("changed output", func(t *testing.T) {
		bad := *r
		bad.Result = blob(256, 4)
		e.expectProofRejected(e.node1, "ProofInvalid", e.submitOffchain(&bad, j))
	})

	rc := e.send(e.node1, e.submitOffchain(r, j))
	t.Logf("submitResultForOffchainJob (256-byte input and output): %d gas", rc.GasUsed)
	got, err := c.Outputs(&bind.CallOpts{}, r.JobID)
	if err != nil || !bytes.Equal(got, out) {
		t.Fatalf("consumer stored %x (%v)", got, err)
	}
	in, err := c.GetOnchainInputForJob(&bind.CallOpts{}, r.JobID)
	if err != nil || !bytes.Equal(in, j.req.OnchainInput) {
		t.Fatalf("consumer's onchain input %x (%v)", in, err)
	}
	oh, err := c.GetOffchainInputHashForJob(&bind.CallOpts{}, r.JobID)
	if err != nil || oh != j.req.OffchainInputHash {
		t.Fatalf("consumer's offchain input hash %x (%v)", oh, err)
	}
	if n, err := c.GetNextOffchainNonce(&bind.CallOpts{}); err != nil || n != off(6) {
		t.Fatalf("next offchain nonce %d (%v), want %d", n, err, off(6))
	}
	if n, err := c.GetNextNonce(&bind.CallOpts{}); err != nil || n != 1 {
		t.Fatalf("next onchain nonce %d (%v), want 1: an offchain job took it", n, err)
	}
	md, err := e.jm.GetJobMetadata(&bind.CallOpts{}, r.JobID)
	if err != nil || md.Status != contracts.JobCompleted || md.Consumer != addr {
		t.Fatalf("metadata %+v (%v)", md, err)
	}

	t.Run("replayed nonce", func(t *testing.T) {
		e.expectRevert(e.node2, "JobAlreadyExists", e.submitOffchain(r, j))
		// A new request that reuses the nonce with other data is refused too.
		again := e.offchainRequest(addr, program, off(5), blob(4, 1), nil, emptyState(), e.signer)
		e.expectRevert(e.node2, "JobAlreadyExists", e.submitOffchain(e.offchainResult(again, nil, emptyState()), again))
	})
	t.Run("nonce of an onchain job", func(t *testing.T) {
		oj := e.requestOutputJob(c, blob(4, 1)) // nonce 1: the onchain space
		again := e.offchainRequest(addr, program, oj.nonce, blob(4, 1), nil, emptyState(), e.signer)
		e.expectRevert(e.node2, "NonceOutOfRange", e.submitOffchain(e.offchainResult(again, nil, emptyState()), again))
	})
}

func (e *env) deployStateful(program fr.Element) (*bindings.StatefulCounter, common.Address) {
	e.t.Helper()
	addr := e.deploy("StatefulCounter", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		a, tx, _, err := bindings.DeployStatefulCounter(o, e.client, e.jmAddr, e.signer.addr, contracts.Bytes32(program),
			testMaxCycles, contracts.Bytes32(emptyState()))
		return a, tx, err
	})
	c, err := bindings.NewStatefulCounter(addr, e.client)
	if err != nil {
		e.t.Fatal(err)
	}
	e.send(e.owner, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.SetRequester(o, e.requester.addr, true)
	})
	return c, addr
}

// TestStatefulConsumer advances a consumer's state root through onchain and offchain jobs and
// rejects results that start from a stale root.
func TestStatefulConsumer(t *testing.T) {
	e := newEnv(t)
	program := randElement(t)
	c, addr := e.deployStateful(program)
	latest := func() [32]byte {
		r, err := c.LatestStateRoot(&bind.CallOpts{})
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	if latest() != contracts.Bytes32(emptyState()) {
		t.Fatal("initial root is not the empty state")
	}
	root1 := statement.StateRoot([]statement.KV{{Key: 1, Value: 1}})
	root2 := statement.StateRoot([]statement.KV{{Key: 1, Value: 2}})

	// Onchain job 1: empty -> root1.
	r := e.send(e.requester, func(o *bind.TransactOpts) (*types.Transaction, error) { return c.Request(o, blob(4, 1)) })
	j1 := e.jobFromReceipt(r)
	// A result that does not start from the latest root is refused, though its proof is valid.
	stale := e.result(j1, e.public(j1, blob(4, 1), 0, root2, root1))
	rv := e.expectRevert(e.node1, "StaleStateRoot", e.submit(e.node1, stale, nil))
	if rv.Args[0].([32]byte) != contracts.Bytes32(emptyState()) {
		t.Fatalf("StaleStateRoot latest = %x", rv.Args[0])
	}
	e.send(e.node1, e.submit(e.node1, e.result(j1, e.public(j1, blob(4, 1), 0, emptyState(), root1)), nil))
	if latest() != contracts.Bytes32(root1) {
		t.Fatal("root did not advance to root1")
	}

	// Offchain job: root1 -> root2.
	oj := e.offchainRequest(addr, program, off(10), blob(8, 2), nil, root1, e.signer)
	e.send(e.node1, e.submitOffchain(e.offchainResult(oj, blob(8, 3), root2), oj))
	if latest() != contracts.Bytes32(root2) {
		t.Fatal("root did not advance to root2")
	}
	if out, _ := c.LastOutput(&bind.CallOpts{}); !bytes.Equal(out, blob(8, 3)) {
		t.Fatalf("last output %x", out)
	}

	// A job proven from root1 (now stale), onchain and offchain.
	r = e.send(e.requester, func(o *bind.TransactOpts) (*types.Transaction, error) { return c.Request(o, blob(4, 5)) })
	j3 := e.jobFromReceipt(r)
	e.expectRevert(e.node1, "StaleStateRoot", e.submit(e.node1, e.result(j3, e.public(j3, nil, 0, root1, root2)), nil))
	oj2 := e.offchainRequest(addr, program, off(20), nil, nil, root1, e.signer)
	e.expectRevert(e.node1, "StaleStateRoot", e.submitOffchain(e.offchainResult(oj2, nil, root2), oj2))
	// From the latest root it goes through.
	e.send(e.node1, e.submit(e.node1, e.result(j3, e.public(j3, nil, 0, root2, root1)), nil))
	if latest() != contracts.Bytes32(root1) {
		t.Fatal("root did not advance")
	}

	// A failed run (exit code 3) that wrote root2 before failing: from a stale root it is
	// refused like any result; from the latest root the job completes as failed and the root
	// stays, the written state dropped as a reverted transaction's.
	r = e.send(e.requester, func(o *bind.TransactOpts) (*types.Transaction, error) { return c.Request(o, blob(4, 6)) })
	j4 := e.jobFromReceipt(r)
	e.expectRevert(e.node1, "StaleStateRoot", e.submit(e.node1, e.result(j4, e.public(j4, nil, 3, root2, root1)), nil))
	r = e.send(e.node1, e.submit(e.node1, e.result(j4, e.public(j4, blob(4, 9), 3, root1, root2)), nil))
	if latest() != contracts.Bytes32(root1) {
		t.Fatal("a failed run moved the state root")
	}
	failed := false
	for _, l := range r.Logs {
		if ev, err := c.ParseJobFailed(*l); err == nil && ev.ExitCode == 3 {
			failed = true
		}
		if _, err := c.ParseStateRootAdvanced(*l); err == nil {
			t.Fatal("a failed run emitted StateRootAdvanced")
		}
	}
	if !failed {
		t.Fatal("no JobFailed with exit code 3")
	}
}
