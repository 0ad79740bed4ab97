package recursion

import (
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/multicommit"

	"github.com/zkprover/zkprover/prover/keygen"
	"github.com/zkprover/zkprover/statement"
)

// toySegment has the interface of a real segment circuit: one commitment
// (std/multicommit, over private values only) and one public input
// D = Chain(tag, ctx, in, out) from private ctx/in/out, with a little
// arithmetic. tag is DomainSegment (a segment) or, with VKHash set,
// DomainAggregate (a stand-in for an aggregation proof in solver-level
// tests).
type toySegment struct {
	D            frontend.Variable `gnark:",public"`
	Ctx, In, Out frontend.Variable
	X, Y         frontend.Variable // Y = X^3 + 5
	VKHash       frontend.Variable

	aggregate bool
}

func (c *toySegment) Define(api frontend.API) error {
	h, err := newHasher(api)
	if err != nil {
		return err
	}
	api.AssertIsEqual(c.Y, api.Add(api.Mul(c.X, c.X, c.X), 5))
	multicommit.WithCommitment(api, func(api frontend.API, r frontend.Variable) error {
		api.AssertIsDifferent(api.Add(r, c.X), 0)
		return nil
	}, c.X, c.Y, c.Ctx)
	if c.aggregate {
		api.AssertIsEqual(c.D, h.chain(statement.DomainAggregate, c.VKHash, c.Ctx, c.In, c.Out))
	} else {
		api.AssertIsEqual(c.VKHash, 0)
		api.AssertIsEqual(c.D, h.chain(statement.DomainSegment, c.Ctx, c.In, c.Out))
	}
	return nil
}

// toyKeys is a compiled toy circuit with its keys.
type toyKeys struct {
	ccs constraint.ConstraintSystem
	pk  groth16.ProvingKey
	vk  groth16.VerifyingKey
}

func newToy(t testing.TB, aggregate bool) *toyKeys {
	t.Helper()
	ccs, err := Compile(&toySegment{aggregate: aggregate})
	if err != nil {
		t.Fatal(err)
	}
	pk, vk, err := keygen.Setup(ccs)
	if err != nil {
		t.Fatal(err)
	}
	return &toyKeys{ccs: ccs, pk: pk, vk: vk}
}

// prove proves a toy segment (vkHash nil) or a toy aggregate from ctx, in, out.
func (k *toyKeys) prove(t testing.TB, vkHash *fr.Element, ctx, in, out fr.Element) *ChildInput {
	t.Helper()
	a := &toySegment{Ctx: ctx, In: in, Out: out, X: 3, Y: 32, VKHash: 0}
	ch := &ChildInput{VK: k.vk, Ctx: ctx, In: in, Out: out}
	if vkHash != nil {
		a.VKHash = *vkHash
		ch.IsAggregate = true
		a.D = statement.AggregateDigest(*vkHash, ctx, in, out)
	} else {
		a.D = statement.SegmentDigest(ctx, in, out)
	}
	proof, err := ProveInner(k.ccs, k.pk, a)
	if err != nil {
		t.Fatal(err)
	}
	ch.Proof = proof
	return ch
}

func el(x uint64) fr.Element {
	var e fr.Element
	e.SetUint64(x)
	return e
}

// isSolved checks an assignment against a compiled circuit with the solver
// (a commitment gets a random value: fine for satisfiability checks).
func isSolved(ccs constraint.ConstraintSystem, assignment frontend.Circuit) error {
	w, err := frontend.NewWitness(assignment, Field())
	if err != nil {
		return err
	}
	return ccs.IsSolved(w)
}

// expectSolved checks that the solver accepts (want) or rejects the
// assignment a of ccs, and logs how long it took.
func expectSolved(t *testing.T, ccs constraint.ConstraintSystem, name string, want bool, a frontend.Circuit) {
	t.Helper()
	start := time.Now()
	err := isSolved(ccs, a)
	t.Logf("%s: solved in %s", name, time.Since(start).Round(time.Millisecond))
	if want && err != nil {
		t.Errorf("%s: rejected: %v", name, err)
	}
	if !want && err == nil {
		t.Errorf("%s: accepted", name)
	}
}
