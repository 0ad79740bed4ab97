package contracts_test

import (
	"bytes"
	"fmt"
	"math"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/zkprover/zkprover/contracts"
	"github.com/zkprover/zkprover/contracts/bindings"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/recursion"
	"github.com/zkprover/zkprover/statement"
)

// toyFinalClass is the class byte of the toy final verifier in these tests (0x85).
var toyFinalClass = contracts.FinalProofClass(toySegmentClass)

// proveToyFinal proves recursion.FinalDigest(p, maxCycles) with the toy final circuit.
func proveToyFinal(t *testing.T, p *statement.Public, maxCycles uint64) []byte {
	t.Helper()
	d, err := recursion.FinalDigest(p, maxCycles)
	if err != nil {
		t.Fatal(err)
	}
	proof, err := toyFinalKeys.ProveFinal(d.BigInt(new(big.Int)))
	if err != nil {
		t.Fatal(err)
	}
	return proof
}

// registerToyFinal deploys the toy final verifier and registers it under toyFinalClass.
func (e *env) registerToyFinal() common.Address {
	e.t.Helper()
	addr := e.deploy("ToyFinalVerifier", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		a, tx, _, err := bindings.DeployToyFinalVerifier(o, e.client)
		return a, tx, err
	})
	e.send(e.owner, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.registry.SetVerifier(o, toyFinalClass, addr)
	})
	return addr
}

// statementChange is a change of one statement field: a proof of the changed statement must
// not verify for the original one.
type statementChange struct {
	name   string
	change func(*statement.Public)
}

// statementChanges changes every field of the statement in turn.
func statementChanges(t *testing.T) []statementChange {
	other := randElement(t)
	return []statementChange{
		{"program id", func(p *statement.Public) { p.ProgramID = other }},
		{"chain id", func(p *statement.Public) { p.Context.ChainID++ }},
		{"timestamp", func(p *statement.Public) { p.Context.Timestamp++ }},
		{"batch number", func(p *statement.Public) { p.Context.BatchNum++ }},
		{"sequencer", func(p *statement.Public) { p.Context.Sequencer = common.Address{1} }},
		{"onchain input", func(p *statement.Public) {
			p.OnchainInput = append([]byte(nil), p.OnchainInput...)
			p.OnchainInput[0] ^= 1
		}},
		{"onchain input length", func(p *statement.Public) { p.OnchainInput = p.OnchainInput[:len(p.OnchainInput)-1] }},
		{"offchain input hash", func(p *statement.Public) { p.OffchainHash = other }},
		{"old state root", func(p *statement.Public) { p.OldStateRoot = other }},
		{"new state root", func(p *statement.Public) { p.NewStateRoot = other }},
		{"exit code", func(p *statement.Public) { p.ExitCode++ }},
		{"output", func(p *statement.Public) {
			p.Output = append([]byte(nil), p.Output...)
			p.Output[len(p.Output)-1] ^= 1
		}},
		{"output length", func(p *statement.Public) { p.Output = p.Output[:len(p.Output)-4] }},
	}
}

// TestToyFinalProof checks the toy final verifier itself: it accepts the proof of a digest and
// rejects it for another one (so the contract tests below test the contracts' digest).
func TestToyFinalProof(t *testing.T) {
	e := newEnv(t)
	addr := e.registerToyFinal()
	v, err := bindings.NewToyFinalVerifier(addr, e.client)
	if err != nil {
		t.Fatal(err)
	}
	proof, err := toyFinalKeys.ProveFinal(big.NewInt(42))
	if err != nil {
		t.Fatal(err)
	}
	if len(proof) != 384 {
		t.Fatalf("final proof of %d bytes, want 384", len(proof))
	}
	if err := v.VerifyProof(&bind.CallOpts{}, proof, [1]*big.Int{big.NewInt(42)}); err != nil {
		t.Fatalf("valid proof rejected: %v", err)
	}
	err = v.VerifyProof(&bind.CallOpts{}, proof, [1]*big.Int{big.NewInt(43)})
	if rv, derr := contracts.DecodeRevertError(err); derr != nil || rv.Name != "ProofInvalid" {
		t.Fatalf("proof for another digest: %v (%v)", err, derr)
	}
}

// TestRegistryFinalClasses: the registry's class bytes (whole-run 0x00..0x7F, final 0x80..0xBF,
// nothing else) and its two verification entry points.
func TestRegistryFinalClasses(t *testing.T) {
	e := newEnv(t)
	addr := e.registerToyFinal()
	call := &bind.CallOpts{}
	if v, err := e.registry.Verifiers(call, toyFinalClass); err != nil || v != addr {
		t.Fatalf("verifiers(0x85) = %s (%v)", v, err)
	}
	if m, err := e.registry.FinalClassMask(call); err != nil || m != 1<<toySegmentClass {
		t.Fatalf("finalClassMask = %#x (%v)", m, err)
	}
	if m, err := e.registry.ClassMask(call); err != nil || m != 1<<toyClass {
		t.Fatalf("classMask = %#x (%v): a final class counted as a single one", m, err)
	}
	if k, err := e.registry.LowestClass(call); err != nil || k != toyClass {
		t.Fatalf("lowestClass = %d (%v), want %d: final classes do not count", k, err, toyClass)
	}
	for _, c := range []uint8{0xc0, 0xc5, 0xff} {
		rv := e.expectRevert(e.owner, "ClassOutOfRange", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return e.registry.SetVerifier(o, c, addr)
		})
		if rv.Args[0].(uint8) != c {
			t.Fatalf("%s", rv)
		}
	}
	for _, c := range []uint8{0x80, 0xbf} {
		e.send(e.owner, func(o *bind.TransactOpts) (*types.Transaction, error) { return e.registry.SetVerifier(o, c, addr) })
	}
	if m, err := e.registry.FinalClassMask(call); err != nil || m != 1<<toySegmentClass|1|1<<63 {
		t.Fatalf("finalClassMask = %#x (%v)", m, err)
	}
	e.send(e.owner, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.registry.SetVerifier(o, 0xbf, common.Address{})
	})
	if m, err := e.registry.FinalClassMask(call); err != nil || m != 1<<toySegmentClass|1 {
		t.Fatalf("finalClassMask after removal = %#x (%v)", m, err)
	}

	// Each entry point takes its own kind of class only.
	proof, err := toyFinalKeys.ProveFinal(big.NewInt(7))
	if err != nil {
		t.Fatal(err)
	}
	var inputs [27]*big.Int
	for i := range inputs {
		inputs[i] = big.NewInt(0)
	}
	if err := e.registry.VerifyFinalProof(call, toyFinalClass, proof, big.NewInt(7)); err != nil {
		t.Fatalf("verifyFinalProof: %v", err)
	}
	for _, c := range []struct {
		err  error
		want string
	}{
		{e.registry.VerifyFinalProof(call, toyFinalClass, proof, big.NewInt(8)), "ProofRejected"},
		{e.registry.VerifyFinalProof(call, toyClass, proof, big.NewInt(7)), "ClassOutOfRange"},
		{e.registry.VerifyFinalProof(call, 0xc5, proof, big.NewInt(7)), "ClassOutOfRange"},
		{e.registry.VerifyFinalProof(call, toyFinalClass+1, proof, big.NewInt(7)), "NoVerifier"},
		{e.registry.VerifyProof(call, toyFinalClass, proof, inputs), "ClassOutOfRange"},
		{e.registry.VerifyProof(call, 0xc5, proof, inputs), "ClassOutOfRange"},
		{e.registry.VerifyProof(call, 0x40, proof, inputs), "NoVerifier"}, // a hash class (hashclass_test.go)
	} {
		rv, err := contracts.DecodeRevertError(c.err)
		if err != nil || rv.Name != c.want {
			t.Fatalf("got %v (%v), want %s", rv, err, c.want)
		}
	}
}

// finalResult is the result of onchain job j for statement p, with a toy final proof of the
// statement `proven` (nil: p) for the job's maxCycles.
func (e *env) finalResult(j *onchainJob, p, proven *statement.Public) *contracts.ResultWithMetadata {
	e.t.Helper()
	return e.finalResultBudget(j, p, proven, j.maxCycles)
}

// finalResultBudget is finalResult with a final proof for the cycle budget maxCycles.
func (e *env) finalResultBudget(j *onchainJob, p, proven *statement.Public, maxCycles uint64) *contracts.ResultWithMetadata {
	e.t.Helper()
	if proven == nil {
		proven = p
	}
	r, err := contracts.NewResultWithClass(j.id, j.maxCycles, p, toyFinalClass, proveToyFinal(e.t, proven, maxCycles))
	if err != nil {
		e.t.Fatal(err)
	}
	r.OnchainInputHash = crypto.Keccak256Hash(j.input)
	return r
}

// TestFinalProofOnchainJob: submitResult accepts a final proof of the job's statement digest and
// nothing else.
func TestFinalProofOnchainJob(t *testing.T) {
	e := newEnv(t)
	e.registerToyFinal()
	program := randElement(t)
	// A small class is registered too: a whole-run proof of class 8 would be too large for a
	// job of 16 cycles, a final proof covers any length.
	e.send(e.owner, func(o *bind.TransactOpts) (*types.Transaction, error) { return e.registry.SetVerifier(o, 2, e.toyAddr) })
	c, _ := e.deployOutputConsumer(program, 16)
	j := e.requestOutputJob(c, blob(256, 1))
	out := blob(256, 2)
	p := e.public(j, out, 0, emptyState(), emptyState())
	r := e.finalResult(j, p, nil)

	for _, ch := range statementChanges(t) {
		t.Run("proof of another "+ch.name, func(t *testing.T) {
			q := *p
			ch.change(&q)
			e.expectProofRejected(e.node1, "ProofInvalid", e.submit(e.node1, e.finalResult(j, p, &q), nil))
		})
	}
	t.Run("changed output", func(t *testing.T) {
		bad := *r
		bad.Result = blob(256, 3)
		e.expectProofRejected(e.node1, "ProofInvalid", e.submit(e.node1, &bad, nil))
	})
	t.Run("changed exit code", func(t *testing.T) {
		bad := *r
		bad.ExitCode = 1
		e.expectProofRejected(e.node1, "ProofInvalid", e.submit(e.node1, &bad, nil))
	})
	t.Run("unknown class byte", func(t *testing.T) {
		for _, cl := range []uint8{0xc0, 0xc5, 0xff} {
			bad := *r
			bad.ProofClass = cl
			rv := e.expectRevert(e.node1, "ClassOutOfRange", e.submit(e.node1, &bad, nil))
			if rv.Args[0].(uint8) != cl {
				t.Fatalf("%s", rv)
			}
		}
	})
	t.Run("hash class bytes", func(t *testing.T) {
		// Whole-run classes now: 0x40 (SHA-256 2^0) fits the job but has no verifier, 0x7F
		// (Keccak 2^31) is above ceil(log2 16) = 4.
		bad := *r
		bad.ProofClass = 0x40
		if rv := e.expectRevert(e.node1, "NoVerifier", e.submit(e.node1, &bad, nil)); rv.Args[0].(uint8) != 0x40 {
			t.Fatalf("%s", rv)
		}
		bad.ProofClass = 0x7f
		if rv := e.expectRevert(e.node1, "ProofClassTooLarge", e.submit(e.node1, &bad, nil)); rv.Args[0].(uint8) != 0x7f {
			t.Fatalf("%s", rv)
		}
	})
	t.Run("final class without a verifier", func(t *testing.T) {
		bad := *r
		bad.ProofClass = contracts.FinalProofClass(toySegmentClass + 1)
		rv := e.expectRevert(e.node1, "NoVerifier", e.submit(e.node1, &bad, nil))
		if rv.Args[0].(uint8) != 0x86 {
			t.Fatalf("%s", rv)
		}
	})
	t.Run("whole-run proof under the final class", func(t *testing.T) {
		bad := *r
		bad.Proof = proveToy(t, p)
		e.expectProofRejected(e.node1, "ProofInvalid", e.submit(e.node1, &bad, nil))
	})
	t.Run("final proof under a single class", func(t *testing.T) {
		bad := *r
		bad.ProofClass = 2
		e.expectProofRejected(e.node1, "ProofInvalid", e.submit(e.node1, &bad, nil))
	})
	// The final digest binds the cycle budget: a proof made for a larger budget than the job's
	// (a run longer than the requester allowed) or a smaller one is another digest.
	for _, m := range []uint64{j.maxCycles + 1, 1 << 40, math.MaxUint64, j.maxCycles - 1} {
		t.Run(fmt.Sprintf("final proof for maxCycles %d (the job's is %d)", m, j.maxCycles), func(t *testing.T) {
			e.expectProofRejected(e.node1, "ProofInvalid", e.submit(e.node1, e.finalResultBudget(j, p, nil, m), nil))
		})
	}

	rc := e.send(e.node1, e.submit(e.node1, r, nil))
	t.Logf("submitResult with a final proof (256-byte input and output, OutputConsumer stores the output): %d gas", rc.GasUsed)
	got, err := c.Outputs(&bind.CallOpts{}, j.id)
	if err != nil || !bytes.Equal(got, out) {
		t.Fatalf("consumer stored %x (%v)", got, err)
	}
	e.expectRevert(e.node2, "JobNotPending", e.submit(e.node2, r, nil))
}

// finalOffchainResult is the result of offchain job j with output, and a toy final proof of its
// statement changed by change (nil: none) for the request's maxCycles.
func (e *env) finalOffchainResult(j *offchainJob, output []byte, change func(*statement.Public)) *contracts.OffchainResultWithMetadata {
	e.t.Helper()
	return e.finalOffchainResultBudget(j, output, change, j.req.MaxCycles)
}

// finalOffchainResultBudget is finalOffchainResult with a final proof for the cycle budget
// maxCycles.
func (e *env) finalOffchainResultBudget(j *offchainJob, output []byte, change func(*statement.Public), maxCycles uint64) *contracts.OffchainResultWithMetadata {
	e.t.Helper()
	r := e.offchainResult(j, output, emptyState()) // with a whole-run toy proof, replaced here
	p := e.offchainPublic(j, output)
	if change != nil {
		change(p)
	}
	r.ProofClass, r.Proof = toyFinalClass, proveToyFinal(e.t, p, maxCycles)
	return r
}

// offchainPublic is the statement of offchain job j (stateless, exit code 0) with output.
func (e *env) offchainPublic(j *offchainJob, output []byte) *statement.Public {
	e.t.Helper()
	p := &statement.Public{
		Context:      contracts.OffchainJobContext(e.chainID, j.req),
		OnchainInput: j.req.OnchainInput,
		OffchainHash: statement.OffchainHash(j.offchain),
		NewStateRoot: emptyState(),
		Output:       output,
	}
	if err := p.ProgramID.SetBytesCanonical(j.req.ProgramID); err != nil {
		e.t.Fatal(err)
	}
	if err := p.OldStateRoot.SetBytesCanonical(j.req.StateHash[:]); err != nil {
		e.t.Fatal(err)
	}
	return p
}

// TestFinalProofOffchainJob: submitResultForOffchainJob accepts a final proof of the request's
// statement digest and nothing else.
func TestFinalProofOffchainJob(t *testing.T) {
	e := newEnv(t)
	e.registerToyFinal()
	program := randElement(t)
	c, addr := e.deployOutputConsumer(program, testMaxCycles)
	j := e.offchainRequest(addr, program, off(1), blob(256, 1), blob(1000, 2), emptyState(), e.signer)
	out := blob(256, 3)

	for _, ch := range statementChanges(t) {
		t.Run("proof of another "+ch.name, func(t *testing.T) {
			e.expectProofRejected(e.node1, "ProofInvalid", e.submitOffchain(e.finalOffchainResult(j, out, ch.change), j))
		})
	}
	r := e.finalOffchainResult(j, out, nil)
	t.Run("unknown class byte", func(t *testing.T) {
		bad := *r
		bad.ProofClass = 0xc0 | toySegmentClass
		e.expectRevert(e.node1, "ClassOutOfRange", e.submitOffchain(&bad, j))
	})
	t.Run("final class without a verifier", func(t *testing.T) {
		bad := *r
		bad.ProofClass = contracts.FinalProofClass(0)
		e.expectRevert(e.node1, "NoVerifier", e.submitOffchain(&bad, j))
	})
	t.Run("whole-run proof under the final class", func(t *testing.T) {
		bad := *r
		bad.Proof = e.offchainResult(j, out, emptyState()).Proof
		e.expectProofRejected(e.node1, "ProofInvalid", e.submitOffchain(&bad, j))
	})
	t.Run("final proof under a single class", func(t *testing.T) {
		bad := *r
		bad.ProofClass = toyClass
		e.expectProofRejected(e.node1, "ProofInvalid", e.submitOffchain(&bad, j))
	})
	for _, m := range []uint64{j.req.MaxCycles + 1, math.MaxUint64, j.req.MaxCycles - 1} {
		t.Run(fmt.Sprintf("final proof for maxCycles %d (the request's is %d)", m, j.req.MaxCycles), func(t *testing.T) {
			e.expectProofRejected(e.node1, "ProofInvalid", e.submitOffchain(e.finalOffchainResultBudget(j, out, nil, m), j))
		})
	}

	rc := e.send(e.node1, e.submitOffchain(r, j))
	t.Logf("submitResultForOffchainJob with a final proof (256-byte input and output, OutputConsumer): %d gas", rc.GasUsed)
	got, err := c.Outputs(&bind.CallOpts{}, r.JobID)
	if err != nil || !bytes.Equal(got, out) {
		t.Fatalf("consumer stored %x (%v)", got, err)
	}
}

// TestFinalProofCoordinator: deliverCompute accepts a final proof of the interval's statement
// digest by the delivering node, with any segment class, for the subscription's cycle budget
// 2^maxProofClass, and nothing else.
func TestFinalProofCoordinator(t *testing.T) {
	e := newEnv(t)
	e.registerToyFinal()
	e.send(e.owner, func(o *bind.TransactOpts) (*types.Transaction, error) { return e.registry.SetVerifier(o, 2, e.toyAddr) })
	store, storeAddr := e.deployStore()
	program := randElement(t)
	in, out := blob(256, 1), blob(256, 2)
	// maxProofClass 2 bounds whole-run proofs only.
	sub, _ := e.subscribeTerms(store, storeAddr, program, in, 1e12, 3_000_000, 1, 0, 2,
		&bindings.SubscriptionTerms{MaxProofClass: 2})
	d := delivery{interval: 1, input: in, output: out, final: true}

	for _, ch := range statementChanges(t) {
		t.Run("proof of another "+ch.name, func(t *testing.T) {
			bad := d
			bad.mutate = ch.change
			e.expectProofRejected(e.node1, "ProofInvalid", e.deliverD(sub, bad))
		})
	}
	t.Run("another node's proof", func(t *testing.T) {
		bad := d
		bad.node = &e.node2.addr
		e.expectProofRejected(e.node1, "ProofInvalid", e.deliverD(sub, bad))
	})
	t.Run("unknown class byte", func(t *testing.T) {
		bad := d
		bad.class = 0xc5
		e.expectRevert(e.node1, "ClassOutOfRange", e.deliverD(sub, bad))
	})
	t.Run("final class without a verifier", func(t *testing.T) {
		bad := d
		bad.class = contracts.FinalProofClass(63)
		e.expectRevert(e.node1, "NoVerifier", e.deliverD(sub, bad))
	})
	t.Run("whole-run proof under the final class", func(t *testing.T) {
		bad := d
		bad.final, bad.class = false, toyFinalClass
		e.expectProofRejected(e.node1, "ProofInvalid", e.deliverD(sub, bad))
	})
	t.Run("final proof under a single class", func(t *testing.T) {
		bad := d
		bad.class = 2
		e.expectProofRejected(e.node1, "ProofInvalid", e.deliverD(sub, bad))
	})
	t.Run("whole-run proof above maxProofClass", func(t *testing.T) {
		bad := d
		bad.final, bad.class = false, toyClass
		e.expectRevert(e.node1, "ProofClassNotAllowed", e.deliverD(sub, bad))
	})
	// The budget is 2^maxProofClass = 4 cycles: a final proof for more (or less) is rejected.
	if m, err := e.coord.MaxCyclesOf(&bind.CallOpts{}, 2); err != nil || m != 4 || contracts.SubscriptionMaxCycles(2) != 4 {
		t.Fatalf("maxCyclesOf(2) = %d (%v)", m, err)
	}
	for _, m := range []uint64{5, 1 << 20, 3} {
		t.Run(fmt.Sprintf("final proof for maxCycles %d (the subscription's is 4)", m), func(t *testing.T) {
			bad := d
			bad.maxCycles = m
			e.expectProofRejected(e.node1, "ProofInvalid", e.deliverD(sub, bad))
		})
	}

	rc := e.send(e.node1, e.deliverD(sub, d))
	t.Logf("deliverCompute with a final proof (256-byte input and output, SubscriptionStore keeps the output): %d gas", rc.GasUsed)
	if got := e.storeDeliveries(store, sub, 1); len(got) != 1 || !bytes.Equal(got[0].Output, out) || got[0].Node != e.node1.addr {
		t.Fatalf("deliveries %+v", got)
	}
	// The second redundancy slot takes a whole-run proof of the smallest class (2^2).
	e.send(e.node2, e.deliverD(sub, delivery{interval: 1, input: in, output: out, class: 2}))
}

// TestProofClassBytes: the Go side of the class byte.
func TestProofClassBytes(t *testing.T) {
	if c := contracts.FinalProofClass(5); c != 0x85 {
		t.Fatalf("FinalProofClass(5) = %#x", c)
	}
	// The prover names the same byte (prover.Proof.ProofClass).
	final := &prover.Proof{Kind: prover.KindFinal, Class: 12}
	if contracts.FinalClassFlag != prover.FinalClassFlag || final.ProofClass() != contracts.FinalProofClass(12) ||
		(&prover.Proof{Class: 12}).ProofClass() != 12 {
		t.Fatalf("prover class bytes %#x, %#x", final.ProofClass(), (&prover.Proof{Class: 12}).ProofClass())
	}
	for _, k := range []int{-1, 64} {
		if c := contracts.FinalProofClass(k); contracts.ValidProofClass(c) == nil {
			t.Fatalf("FinalProofClass(%d) = %#x is valid", k, c)
		}
	}
	for c := 0; c < 256; c++ {
		k, final := contracts.IsFinalProofClass(uint8(c))
		valid := contracts.ValidProofClass(uint8(c)) == nil
		if final != (c >= 0x80 && c <= 0xbf) || (final && k != c-0x80) || valid != (c < 0x80 || final) {
			t.Fatalf("class %#x: final %v (%d), valid %v", c, final, k, valid)
		}
	}
	p := &statement.Public{}
	if _, err := contracts.NewResultWithClass([32]byte{}, 1, p, 0xc5, nil); err == nil {
		t.Fatal("NewResultWithClass accepted class 0xc5")
	}
	if _, err := contracts.NewComputeProofWithClass(p, 0xc0, nil); err == nil {
		t.Fatal("NewComputeProofWithClass accepted class 0xc0")
	}
	if _, err := contracts.NewOffchainResultWithClass(&contracts.OffchainJobRequest{}, p, 0xff, nil); err == nil {
		t.Fatal("NewOffchainResultWithClass accepted class 0xff")
	}
	// NewResult, NewOffchainResult and NewComputeProof take a whole-run class id (its byte):
	// 0..0x7F.
	for _, c := range []int{-1, 0x80, 0x85, 0xc0, 256} {
		if _, err := contracts.NewResult([32]byte{}, 1, p, c, nil); err == nil {
			t.Fatalf("NewResult accepted class %#x", c)
		}
		if _, err := contracts.NewOffchainResult(&contracts.OffchainJobRequest{}, p, c, nil); err == nil {
			t.Fatalf("NewOffchainResult accepted class %#x", c)
		}
		if _, err := contracts.NewComputeProof(p, c, nil); err == nil {
			t.Fatalf("NewComputeProof accepted class %#x", c)
		}
	}
	for _, c := range []int{0, 63, 0x40, 0x4b, 0x6c, 0x7f} {
		r, err := contracts.NewResult([32]byte{}, 1, p, c, nil)
		if err != nil || int(r.ProofClass) != c {
			t.Fatalf("NewResult(class %#x): %+v (%v)", c, r, err)
		}
		o, err := contracts.NewOffchainResult(&contracts.OffchainJobRequest{}, p, c, nil)
		if err != nil || int(o.ProofClass) != c {
			t.Fatalf("NewOffchainResult(class %#x): %+v (%v)", c, o, err)
		}
		cp, err := contracts.NewComputeProof(p, c, nil)
		if err != nil || int(cp.ProofClass) != c {
			t.Fatalf("NewComputeProof(class %#x): %+v (%v)", c, cp, err)
		}
	}
	if r, err := contracts.NewComputeProofWithClass(p, 0x85, nil); err != nil || r.ProofClass != 0x85 {
		t.Fatalf("NewComputeProofWithClass(0x85): %+v (%v)", r, err)
	}
}
