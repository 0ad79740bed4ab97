package contracts_test

import (
	"bytes"
	"fmt"
	"math"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	gmath "github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/zkprover/zkprover/contracts"
	"github.com/zkprover/zkprover/contracts/bindings"
)

// The attacks on offchain requests, nonces and the example consumers of issue 20, each next to
// the honest flow that still works (toy proofs: only the contracts' checks stop them).

func (e *env) deployBareConsumer(program fr.Element) (*bindings.BareSignatureConsumer, common.Address) {
	e.t.Helper()
	addr := e.deploy("BareSignatureConsumer", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		a, tx, _, err := bindings.DeployBareSignatureConsumer(o, e.client, e.jmAddr, e.signer.addr, contracts.Bytes32(program), testMaxCycles)
		return a, tx, err
	})
	c, err := bindings.NewBareSignatureConsumer(addr, e.client)
	if err != nil {
		e.t.Fatal(err)
	}
	return c, addr
}

// TestOffchainRequestDigest: the Go EIP-712 digest is the contract's and go-ethereum's
// (apitypes, what wallets sign with eth_signTypedData_v4), and a signature recovers its signer.
func TestOffchainRequestDigest(t *testing.T) {
	e := newEnv(t)
	req := &contracts.OffchainJobRequest{Nonce: off(42), MaxCycles: 1 << 20, Consumer: e.stranger.addr,
		ProgramID: contracts.ProgramIDBytes(randElement(t)), OnchainInput: blob(77, 1),
		OffchainInputHash: contracts.Bytes32(randElement(t)), StateHash: contracts.Bytes32(emptyState())}
	enc, err := req.Encode()
	if err != nil {
		t.Fatal(err)
	}
	want := contracts.OffchainRequestDigest(e.chainID, e.jmAddr, req)
	got, err := e.jm.HashOffchainJobRequest(&bind.CallOpts{}, enc)
	if err != nil || got != want {
		t.Fatalf("contract digest %x (%v), Go %x", got, err, want)
	}
	ds, err := e.jm.DOMAINSEPARATOR(&bind.CallOpts{})
	if err != nil || ds != contracts.DomainSeparator(e.chainID, e.jmAddr) {
		t.Fatalf("domain separator %x (%v)", ds, err)
	}
	dom, err := e.jm.Eip712Domain(&bind.CallOpts{})
	if err != nil || dom.Name != contracts.EIP712Name || dom.Version != contracts.EIP712Version ||
		dom.ChainId.Uint64() != e.chainID || dom.VerifyingContract != e.jmAddr {
		t.Fatalf("eip712Domain %+v (%v)", dom, err)
	}

	td := apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {{Name: "name", Type: "string"}, {Name: "version", Type: "string"},
				{Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}},
			"OffchainJobRequest": {{Name: "nonce", Type: "uint64"}, {Name: "maxCycles", Type: "uint64"},
				{Name: "consumer", Type: "address"}, {Name: "programID", Type: "bytes"}, {Name: "onchainInput", Type: "bytes"},
				{Name: "offchainInputHash", Type: "bytes32"}, {Name: "stateHash", Type: "bytes32"}},
		},
		PrimaryType: "OffchainJobRequest",
		Domain: apitypes.TypedDataDomain{Name: contracts.EIP712Name, Version: contracts.EIP712Version,
			ChainId: (*gmath.HexOrDecimal256)(new(big.Int).SetUint64(e.chainID)), VerifyingContract: e.jmAddr.Hex()},
		Message: apitypes.TypedDataMessage{
			"nonce": fmt.Sprint(req.Nonce), "maxCycles": fmt.Sprint(req.MaxCycles), "consumer": req.Consumer.Hex(),
			"programID": hexutil.Encode(req.ProgramID), "onchainInput": hexutil.Encode(req.OnchainInput),
			"offchainInputHash": hexutil.Encode(req.OffchainInputHash[:]), "stateHash": hexutil.Encode(req.StateHash[:]),
		},
	}
	h, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(h, want[:]) {
		t.Fatalf("go-ethereum's EIP-712 hash %x, ours %x", h, want)
	}
	sig, err := contracts.SignOffchainRequest(req, e.chainID, e.jmAddr, e.signer.key)
	if err != nil {
		t.Fatal(err)
	}
	if a, err := contracts.RecoverOffchainRequestSigner(req, e.chainID, e.jmAddr, sig); err != nil || a != e.signer.addr {
		t.Fatalf("recovered %s (%v), want %s", a, err, e.signer.addr)
	}
	if a, err := contracts.RecoverOffchainRequestSigner(req, e.chainID+1, e.jmAddr, sig); err == nil && a == e.signer.addr {
		t.Fatal("a signature for one chain recovers the signer on another")
	}
}

// TestAttackOffchainRequestReplay: a request signed for one chain (and JobManager) is not
// executed on another chain where the same consumer exists, nor by another JobManager; only a
// consumer that opts in to bare signatures accepts them, and those replay (as documented).
func TestAttackOffchainRequestReplay(t *testing.T) {
	a := newEnv(t)
	b := newEnvFrom(t, a.keys(), osaka, withChainID(int64(a.chainID)+1000))
	if a.chainID == b.chainID || a.jmAddr != b.jmAddr {
		t.Fatalf("chains %d/%d, JobManagers %s/%s: want two chains with the same addresses", a.chainID, b.chainID, a.jmAddr, b.jmAddr)
	}
	program := randElement(t)
	_, addrA := a.deployOutputConsumer(program, testMaxCycles)
	cB, addrB := b.deployOutputConsumer(program, testMaxCycles)
	if addrA != addrB {
		t.Fatalf("consumers at %s and %s", addrA, addrB)
	}
	j := a.offchainRequest(addrA, program, off(1), blob(32, 1), nil, emptyState(), a.signer)
	out := blob(32, 2)
	a.send(a.node1, a.submitOffchain(a.offchainResult(j, out, emptyState()), j))
	// The same signed request, proven for chain b (a valid proof of b's statement), on chain b.
	b.expectRevert(b.node1, "InvalidRequestSignature", b.submitOffchain(b.offchainResult(j, out, emptyState()), j))
	if n, _ := cB.GetNextOffchainNonce(&bind.CallOpts{}); n != off(0) {
		t.Fatalf("chain b's consumer used nonce: next %d", n)
	}
	// Signed for another JobManager on the same chain.
	other := a.unsignedRequest(addrA, program, off(2), blob(32, 1), nil, emptyState())
	other.sig, _ = contracts.SignOffchainRequest(other.req, a.chainID, a.stranger.addr, a.signer.key)
	a.expectRevert(a.node1, "InvalidRequestSignature", a.submitOffchain(a.offchainResult(other, out, emptyState()), other))
	// A bare (chain-less) signature to a consumer that did not opt in.
	bare := a.offchainRequestBare(addrA, program, off(2), blob(32, 1), nil, emptyState(), a.signer)
	a.expectRevert(a.node1, "InvalidRequestSignature", a.submitOffchain(a.offchainResult(bare, out, emptyState()), bare))

	// A consumer that opts in: bare signatures work, EIP-712 ones do not, and a bare signature
	// is executed on both chains.
	_, bareA := a.deployBareConsumer(program)
	_, bareB := b.deployBareConsumer(program)
	if bareA != bareB {
		t.Fatalf("bare consumers at %s and %s", bareA, bareB)
	}
	typed := a.offchainRequest(bareA, program, off(1), blob(32, 1), nil, emptyState(), a.signer)
	a.expectRevert(a.node1, "InvalidRequestSignature", a.submitOffchain(a.offchainResult(typed, out, emptyState()), typed))
	rb := a.offchainRequestBare(bareA, program, off(1), blob(32, 1), nil, emptyState(), a.signer)
	a.send(a.node1, a.submitOffchain(a.offchainResult(rb, out, emptyState()), rb))
	b.send(b.node1, b.submitOffchain(b.offchainResult(rb, out, emptyState()), rb)) // replayed: the opt-in's price
}

// TestAttackNonces: onchain requests and signed offchain requests cannot take each other's
// nonces, and no nonce can exhaust a consumer's counter.
func TestAttackNonces(t *testing.T) {
	e := newEnv(t)
	program := randElement(t)
	c, addr := e.deployOutputConsumer(program, testMaxCycles)
	next, err := c.GetNextOffchainNonce(&bind.CallOpts{})
	if err != nil || next != contracts.OffchainNonceMin {
		t.Fatalf("first offchain nonce %d (%v)", next, err)
	}
	// The signer signs a request with the next offchain nonce; before it is relayed, onchain
	// requests are made (the old attack: they took the same nonce).
	j := e.offchainRequest(addr, program, next, blob(8, 1), nil, emptyState(), e.signer)
	j1 := e.requestOutputJob(c, blob(4, 1))
	j2 := e.requestOutputJob(c, blob(4, 2))
	if j1.nonce != 1 || j2.nonce != 2 {
		t.Fatalf("onchain nonces %d, %d", j1.nonce, j2.nonce)
	}
	e.send(e.node1, e.submitOffchain(e.offchainResult(j, blob(4, 3), emptyState()), j))
	e.send(e.node1, e.submit(e.node1, e.result(j1, e.public(j1, blob(4, 4), 0, emptyState(), emptyState())), nil))
	// An offchain request in the onchain space (what getNextNonce() used to hand out).
	onchainSpace := e.offchainRequest(addr, program, 3, blob(8, 1), nil, emptyState(), e.signer)
	e.expectRevert(e.node1, "NonceOutOfRange", e.submitOffchain(e.offchainResult(onchainSpace, nil, emptyState()), onchainSpace))
	// An onchain job in the offchain space (a consumer calling createJob itself).
	e.expectRevert(e.stranger, "NonceOutOfRange", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.jm.CreateJob(o, contracts.OffchainNonceMin, contracts.ProgramIDBytes(program), nil, 10)
	})

	// The last nonce would leave no next one: refused, and the consumer keeps working.
	brick := e.offchainRequest(addr, program, math.MaxUint64, blob(8, 1), nil, emptyState(), e.signer)
	rv := e.expectRevert(e.node1, "NonceTooFar", e.submitOffchain(e.offchainResult(brick, nil, emptyState()), brick))
	if rv.Args[1].(uint64) != next+contracts.MaxNonceGap {
		t.Fatalf("%s, want the highest allowed %d", rv, next+contracts.MaxNonceGap)
	}
	far := e.offchainRequest(addr, program, next+contracts.MaxNonceGap+1, blob(8, 1), nil, emptyState(), e.signer)
	e.expectRevert(e.node1, "NonceTooFar", e.submitOffchain(e.offchainResult(far, nil, emptyState()), far))
	edge := e.offchainRequest(addr, program, next+contracts.MaxNonceGap, blob(8, 1), nil, emptyState(), e.signer)
	e.send(e.node1, e.submitOffchain(e.offchainResult(edge, nil, emptyState()), edge))
	if n, err := c.GetNextOffchainNonce(&bind.CallOpts{}); err != nil || n != next+contracts.MaxNonceGap+1 {
		t.Fatalf("next offchain nonce %d (%v)", n, err)
	}
	j3 := e.requestOutputJob(c, blob(4, 5))
	if j3.nonce != 3 {
		t.Fatalf("onchain nonce %d after the offchain jobs, want 3", j3.nonce)
	}
}

// TestAttackExampleConsumerAccess: the example consumers let only their requesters request,
// and a pending job be cancelled only by its requester or the owner.
func TestAttackExampleConsumerAccess(t *testing.T) {
	e := newEnv(t)
	program := randElement(t)
	c, _ := e.deployOutputConsumer(program, testMaxCycles)
	e.expectRevert(e.stranger, "NotRequester", func(o *bind.TransactOpts) (*types.Transaction, error) { return c.Request(o, blob(4, 1)) })
	e.expectRevert(e.stranger, "NotOwner", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.SetRequester(o, e.stranger.addr, true)
	})
	j := e.requestOutputJob(c, blob(4, 1)) // by e.requester
	e.send(e.owner, func(o *bind.TransactOpts) (*types.Transaction, error) { return c.SetRequester(o, e.node3.addr, true) })
	e.expectRevert(e.stranger, "NotJobRequester", func(o *bind.TransactOpts) (*types.Transaction, error) { return c.Cancel(o, j.id) })
	e.expectRevert(e.node3, "NotJobRequester", func(o *bind.TransactOpts) (*types.Transaction, error) { return c.Cancel(o, j.id) })
	e.send(e.requester, func(o *bind.TransactOpts) (*types.Transaction, error) { return c.Cancel(o, j.id) })
	r := e.send(e.node3, func(o *bind.TransactOpts) (*types.Transaction, error) { return c.Request(o, blob(4, 2)) })
	j2 := e.jobFromReceipt(r)
	e.send(e.owner, func(o *bind.TransactOpts) (*types.Transaction, error) { return c.Cancel(o, j2.id) })
	for _, id := range [][32]byte{j.id, j2.id} {
		if md, err := e.jm.GetJobMetadata(&bind.CallOpts{}, id); err != nil || md.Status != contracts.JobCancelled {
			t.Fatalf("job %x: %+v (%v)", id, md, err)
		}
	}

	s, _ := e.deployStateful(program)
	e.expectRevert(e.stranger, "NotRequester", func(o *bind.TransactOpts) (*types.Transaction, error) { return s.Request(o, blob(4, 1)) })
	e.send(e.requester, func(o *bind.TransactOpts) (*types.Transaction, error) { return s.Request(o, blob(4, 1)) })
	hAddr := e.deploy("HashConsumer", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		a, tx, _, err := bindings.DeployHashConsumer(o, e.client, e.jmAddr, e.signer.addr, contracts.Bytes32(program), testMaxCycles)
		return a, tx, err
	})
	h, err := bindings.NewHashConsumer(hAddr, e.client)
	if err != nil {
		t.Fatal(err)
	}
	e.expectRevert(e.stranger, "NotRequester", func(o *bind.TransactOpts) (*types.Transaction, error) { return h.Request(o, blob(4, 1)) })
	e.send(e.owner, func(o *bind.TransactOpts) (*types.Transaction, error) { return h.Request(o, blob(4, 1)) })
}
