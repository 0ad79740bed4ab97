package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/zkprover/zkprover/contracts"
	"github.com/zkprover/zkprover/contracts/bindings"
)

// Hash classes: whole-run proofs of the SHA-256 (0x40 | k) and Keccak (0x60 | k) circuit
// variants of 2^k steps. The toy verifier stands in for their verifiers.

// setToyVerifier registers the toy verifier under class c (address(0): removes c's verifier).
func (e *env) setToyVerifier(c uint8, remove bool) {
	e.t.Helper()
	v := e.toyAddr
	if remove {
		v = common.Address{}
	}
	e.send(e.owner, func(o *bind.TransactOpts) (*types.Transaction, error) { return e.registry.SetVerifier(o, c, v) })
}

// registryMasks reads classMask, hashClassMask and finalClassMask.
func (e *env) registryMasks() (base, hash, final uint64) {
	e.t.Helper()
	call := &bind.CallOpts{}
	var err error
	if base, err = e.registry.ClassMask(call); err != nil {
		e.t.Fatal(err)
	}
	if hash, err = e.registry.HashClassMask(call); err != nil {
		e.t.Fatal(err)
	}
	if final, err = e.registry.FinalClassMask(call); err != nil {
		e.t.Fatal(err)
	}
	return base, hash, final
}

// TestWholeRunLogSteps: the Go class helpers.
func TestWholeRunLogSteps(t *testing.T) {
	if contracts.Sha256ClassFlag != 0x40 || contracts.KeccakClassFlag != 0x60 || contracts.FinalClassFlag != 0x80 {
		t.Fatal("class flags")
	}
	for _, x := range []struct {
		c    uint8
		k    int
		ok   bool
		kind string
	}{
		{0x00, 0, true, "base"}, {0x08, 8, true, "base"}, {0x3f, 63, true, "base"},
		{0x40, 0, true, "sha256"}, {0x47, 7, true, "sha256"}, {0x4b, 11, true, "sha256"}, {0x5f, 31, true, "sha256"},
		{0x60, 0, true, "keccak"}, {0x6c, 12, true, "keccak"}, {0x7f, 31, true, "keccak"},
		{0x80, 0, false, "final"}, {0x85, 0, false, "final"}, {0xbf, 0, false, "final"},
		{0xc0, 0, false, "none"}, {0xc5, 0, false, "none"}, {0xff, 0, false, "none"},
	} {
		k, ok := contracts.WholeRunLogSteps(x.c)
		if k != x.k || ok != x.ok {
			t.Fatalf("WholeRunLogSteps(%#x) = %d, %v; want %d, %v", x.c, k, ok, x.k, x.ok)
		}
		if valid := contracts.ValidProofClass(x.c) == nil; valid != (x.kind != "none") {
			t.Fatalf("ValidProofClass(%#x) valid = %v (a %s class)", x.c, valid, x.kind)
		}
	}
	if contracts.Sha256ClassFlag|11 != 0x4b || contracts.KeccakClassFlag|12 != 0x6c {
		t.Fatal("flag | k")
	}
}

// TestRegistryHashClasses: hash-class verifiers are tracked in hashClassMask, never in
// classMask (so lowestClass stays the smallest base class); logStepsOf and isSingleClass agree
// with the Go helpers on every byte; verifyProof takes a hash class.
func TestRegistryHashClasses(t *testing.T) {
	e := newEnv(t)
	call := &bind.CallOpts{}
	const sha7, keccak12 = 0x47, 0x6c // bits 7 and 0x2c = 44 of hashClassMask

	e.setToyVerifier(sha7, false)
	e.setToyVerifier(keccak12, false)
	if base, hash, final := e.registryMasks(); base != 1<<toyClass || hash != 1<<7|1<<44 || final != 0 {
		t.Fatalf("masks after adding 0x47, 0x6c: class %#x hash %#x final %#x", base, hash, final)
	}
	if k, err := e.registry.LowestClass(call); err != nil || k != toyClass {
		t.Fatalf("lowestClass = %d (%v), want %d: hash classes do not count", k, err, toyClass)
	}
	for _, c := range []uint8{sha7, keccak12} {
		if v, err := e.registry.Verifiers(call, c); err != nil || v != e.toyAddr {
			t.Fatalf("verifiers(%#x) = %s (%v)", c, v, err)
		}
	}
	e.setToyVerifier(sha7, true)
	if base, hash, _ := e.registryMasks(); base != 1<<toyClass || hash != 1<<44 {
		t.Fatalf("masks after removing 0x47: class %#x hash %#x", base, hash)
	}
	// A base class at the bit a hash class would alias (7) lands in classMask only.
	e.setToyVerifier(7, false)
	if base, hash, _ := e.registryMasks(); base != 1<<toyClass|1<<7 || hash != 1<<44 {
		t.Fatalf("masks after adding class 7: class %#x hash %#x", base, hash)
	}
	e.setToyVerifier(7, true)
	// With only hash classes, there is no base class.
	e.setToyVerifier(toyClass, true)
	if _, err := e.registry.LowestClass(call); err == nil {
		t.Fatal("lowestClass with hash classes only did not revert")
	} else if rv, derr := contracts.DecodeRevertError(err); derr != nil || rv.Name != "NoVerifier" {
		t.Fatalf("lowestClass: %v (%v)", err, derr)
	}
	// With no base class, no proof is within it (no revert).
	if within, err := e.registry.WithinLowestClass(call, keccak12); err != nil || within {
		t.Fatalf("withinLowestClass with hash classes only = %v (%v)", within, err)
	}
	e.setToyVerifier(keccak12, true)
	if base, hash, final := e.registryMasks(); base != 0 || hash != 0 || final != 0 {
		t.Fatalf("masks after removing everything: class %#x hash %#x final %#x", base, hash, final)
	}

	for _, x := range []struct{ c, k uint8 }{{0x00, 0}, {0x3f, 63}, {0x47, 7}, {0x5f, 31}, {0x6c, 12}, {0x7f, 31}} {
		if k, err := e.registry.LogStepsOf(call, x.c); err != nil || k != x.k {
			t.Fatalf("logStepsOf(%#x) = %d (%v), want %d", x.c, k, err, x.k)
		}
	}
	for _, c := range []uint8{0x80, 0xc0, 0xff} {
		_, err := e.registry.LogStepsOf(call, c)
		if rv, derr := contracts.DecodeRevertError(err); derr != nil || rv.Name != "ClassOutOfRange" || rv.Args[0].(uint8) != c {
			t.Fatalf("logStepsOf(%#x): %v (%v), want ClassOutOfRange", c, err, derr)
		}
	}
	for c := 0; c < 256; c++ {
		k, ok := contracts.WholeRunLogSteps(uint8(c))
		got, err := e.registry.LogStepsOf(call, uint8(c))
		if ok != (err == nil) || (ok && int(got) != k) {
			t.Fatalf("class %#x: logStepsOf %d (%v), Go %d %v", c, got, err, k, ok)
		}
		single, err := e.registry.IsSingleClass(call, uint8(c))
		if err != nil || single != ok {
			t.Fatalf("isSingleClass(%#x) = %v (%v), want %v", c, single, err, ok)
		}
		hash, err := e.registry.IsHashClass(call, uint8(c))
		if err != nil || hash != (c >= 0x40 && c < 0x80) {
			t.Fatalf("isHashClass(%#x) = %v (%v)", c, hash, err)
		}
	}

	// verifyProof takes a hash class like a base class.
	e.setToyVerifier(keccak12, false)
	c, _ := e.deployOutputConsumer(randElement(t), testMaxCycles)
	j := e.requestOutputJob(c, blob(4, 1))
	p := e.public(j, blob(4, 2), 0, emptyState(), emptyState())
	elems, err := p.Elements()
	if err != nil {
		t.Fatal(err)
	}
	var inputs [27]*big.Int
	for i := range elems {
		inputs[i] = elems[i].BigInt(new(big.Int))
	}
	if err := e.registry.VerifyProof(call, keccak12, proveToy(t, p), inputs); err != nil {
		t.Fatalf("verifyProof(0x6c): %v", err)
	}
	err = e.registry.VerifyProof(call, sha7, proveToy(t, p), inputs)
	if rv, derr := contracts.DecodeRevertError(err); derr != nil || rv.Name != "NoVerifier" || rv.Args[0].(uint8) != sha7 {
		t.Fatalf("verifyProof(0x47) without a verifier: %v (%v)", err, derr)
	}
}

// resultOfClass is e.result with the whole-run class class (NewResult's class id).
func (e *env) resultOfClass(j *onchainJob, class int) *contracts.ResultWithMetadata {
	e.t.Helper()
	return e.resultClass(j, e.public(j, blob(4, 2), 0, emptyState(), emptyState()), class)
}

// TestJobManagerHashClasses: maxCycles bounds a hash-class proof by its log steps (0x4b: 2^11
// steps), not by its byte; the smallest-base-class exception takes a hash class no larger than
// the smallest base class (0x48 and 0x47 with base class 8) and no larger one (0x49).
func TestJobManagerHashClasses(t *testing.T) {
	e := newEnv(t)
	const sha11 = contracts.Sha256ClassFlag | 11 // 0x4b
	e.setToyVerifier(sha11, false)
	e.setToyVerifier(0x47, false) // SHA-256 2^7, 2^8 and 2^9: the smallest base class is 8
	e.setToyVerifier(0x48, false)
	e.setToyVerifier(0x49, false)
	program := randElement(t)

	c2048, _ := e.deployOutputConsumer(program, 2048)
	j := e.requestOutputJob(c2048, blob(4, 1))
	e.send(e.node1, e.submit(e.node1, e.resultOfClass(j, sha11), nil))
	if st, err := e.jm.GetJobMetadata(&bind.CallOpts{}, j.id); err != nil || st.Status != contracts.JobCompleted {
		t.Fatalf("job status %+v (%v)", st, err)
	}

	c1024, _ := e.deployOutputConsumer(program, 1024)
	j = e.requestOutputJob(c1024, blob(4, 1))
	rv := e.expectRevert(e.node1, "ProofClassTooLarge", e.submit(e.node1, e.resultOfClass(j, sha11), nil))
	if rv.Args[0].(uint8) != sha11 || rv.Args[1].(uint64) != 1024 {
		t.Fatalf("%s", rv)
	}
	// A job of 16 cycles: the log steps, not the byte, are compared with lowestClass (8):
	// SHA-256 2^9 is too large, 2^8 and 2^7 attest no more steps than the smallest base class.
	c16, _ := e.deployOutputConsumer(program, 16)
	for _, c := range []int{0x48, 0x47, toyClass} {
		j16 := e.requestOutputJob(c16, blob(4, 1))
		if c == 0x48 {
			e.expectRevert(e.node1, "ProofClassTooLarge", e.submit(e.node1, e.resultOfClass(j16, 0x49), nil))
		}
		e.send(e.node1, e.submit(e.node1, e.resultOfClass(j16, c), nil))
	}
	for _, x := range []struct {
		c      uint8
		within bool
	}{{0x47, true}, {0x48, true}, {0x49, false}, {toyClass, true}, {9, false}, {0x68, true}, {0x80 | 4, false}, {0xc5, false}} {
		if got, err := e.registry.WithinLowestClass(&bind.CallOpts{}, x.c); err != nil || got != x.within {
			t.Fatalf("withinLowestClass(%#x) = %v (%v), want %v", x.c, got, err, x.within)
		}
	}

	// A byte that is no class.
	r := e.resultOfClass(j, sha11)
	r.ProofClass = 0xc5
	if rv := e.expectRevert(e.node1, "ClassOutOfRange", e.submit(e.node1, r, nil)); rv.Args[0].(uint8) != 0xc5 {
		t.Fatalf("%s", rv)
	}
	// The job is still open for a proof of a class that fits.
	e.send(e.node1, e.submit(e.node1, e.resultOfClass(j, toyClass), nil))
}

// TestCoordinatorHashClasses: a subscription's maxProofClass bounds a hash-class proof by its
// log steps (0x6c: 2^12 steps).
func TestCoordinatorHashClasses(t *testing.T) {
	e := newEnv(t)
	const keccak12 = contracts.KeccakClassFlag | 12 // 0x6c
	e.setToyVerifier(keccak12, false)
	store, storeAddr := e.deployStore()
	program := randElement(t)
	in, out := blob(4, 1), blob(4, 2)

	at12, _ := e.subscribeTerms(store, storeAddr, program, in, 1e12, 3_000_000, 1, 0, 1,
		&bindings.SubscriptionTerms{MaxProofClass: 12})
	e.send(e.node1, e.deliverD(at12, delivery{interval: 1, input: in, output: out, class: keccak12}))
	if got := e.storeDeliveries(store, at12, 1); len(got) != 1 || got[0].Node != e.node1.addr {
		t.Fatalf("deliveries %+v", got)
	}

	at11, _ := e.subscribeTerms(store, storeAddr, program, in, 1e12, 3_000_000, 1, 0, 1,
		&bindings.SubscriptionTerms{MaxProofClass: 11})
	rv := e.expectRevert(e.node1, "ProofClassNotAllowed", e.deliverD(at11, delivery{interval: 1, input: in, output: out, class: keccak12}))
	if rv.Args[0].(uint8) != keccak12 || rv.Args[1].(uint8) != 11 {
		t.Fatalf("%s", rv)
	}
	rv = e.expectRevert(e.node1, "ClassOutOfRange", e.deliverD(at11, delivery{interval: 1, input: in, output: out, class: 0xc5}))
	if rv.Args[0].(uint8) != 0xc5 {
		t.Fatalf("%s", rv)
	}
	e.send(e.node1, e.deliverD(at11, delivery{interval: 1, input: in, output: out, class: toyClass}))
}
