package recursion

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/algebra/emulated/sw_bn254"
	stdgroth16 "github.com/consensys/gnark/std/recursion/groth16"

	"github.com/zkprover/zkprover/statement"
)

// Child is one proof that an AggregateCircuit verifies, with the preimage of
// its public input.
type Child struct {
	Proof Proof
	// VK is the child's verifying key, a witness pinned by its hash: the
	// aggregation key itself (IsAggregate = 1) or an allowed segment key.
	VK VerifyingKey
	// IsAggregate is 1 for an aggregation proof, 0 for a segment proof.
	IsAggregate frontend.Variable
	// Ctx, In, Out are the preimage of the child's public input:
	// AggregateDigest(VKHash, Ctx, In, Out) or SegmentDigest(Ctx, In, Out).
	Ctx, In, Out frontend.Variable
	// Job, when Job.IsJob is 1, opens the child as the top proof of one
	// job's run, which the parent sees as a sequence of one job.
	Job JobVars
}

// AggregateCircuit proves that two adjacent proofs of one run hold: its one
// public input is D = statement.AggregateDigest(VKHash, ctx, Left.In,
// Right.Out) (docs/recursion.md, "Aggregation and final circuits").
type AggregateCircuit struct {
	D frontend.Variable `gnark:",public"`
	// VKHash is the hash of this circuit's own verifying key; it is a witness
	// (the circuit cannot contain its own key) folded into D, and the final
	// circuit pins it.
	VKHash      frontend.Variable
	Left, Right Child

	allowed []fr.Element // VKHash of each allowed segment key
}

// NewAggregateCircuit returns the aggregation circuit for compiling: its
// children are segment proofs under one of the keys whose VKHash is in
// allowed (the segment classes), or aggregation proofs under its own key.
func NewAggregateCircuit(allowed []fr.Element) (*AggregateCircuit, error) {
	if len(allowed) == 0 {
		return nil, errors.New("recursion: no allowed segment key")
	}
	c := &AggregateCircuit{allowed: append([]fr.Element(nil), allowed...)}
	for _, ch := range []*Child{&c.Left, &c.Right} {
		ch.Proof = placeholderProof()
		ch.VK = placeholderVK()
	}
	return c, nil
}

// Define implements frontend.Circuit.
func (c *AggregateCircuit) Define(api frontend.API) error {
	if len(c.allowed) == 0 {
		return errors.New("recursion: no allowed segment key (use NewAggregateCircuit)")
	}
	h, err := newHasher(api)
	if err != nil {
		return err
	}
	var views [2][3]frontend.Variable // (ctx, in, out) of each child as the parent sees it
	for i, ch := range []*Child{&c.Left, &c.Right} {
		if views[i], err = c.verifyChild(api, h, ch); err != nil {
			return err
		}
	}
	left, right := views[0], views[1]
	api.AssertIsEqual(left[0], right[0])
	api.AssertIsEqual(left[2], right[1])
	api.AssertIsEqual(c.D, h.chain(statement.DomainAggregate, c.VKHash, left[0], left[1], right[2]))
	return nil
}

// verifyChild pins the child's key (its own key or an allowed segment key),
// recomputes its public input and verifies its proof. It returns the child's
// statement as the parent sees it: (Ctx, In, Out), or for a job its
// sequence view.
func (c *AggregateCircuit) verifyChild(api frontend.API, h *hasher, ch *Child) ([3]frontend.Variable, error) {
	api.AssertIsBoolean(ch.IsAggregate)
	kh, err := h.vkHash(&ch.VK)
	if err != nil {
		return [3]frontend.Variable{}, err
	}
	// aggregate: kh == VKHash
	api.AssertIsEqual(api.Mul(ch.IsAggregate, api.Sub(kh, c.VKHash)), 0)
	// segment: kh is one of the allowed segment keys
	prod := api.Sub(1, ch.IsAggregate)
	for i := range c.allowed {
		prod = api.Mul(prod, api.Sub(kh, c.allowed[i].BigInt(new(big.Int))))
	}
	api.AssertIsEqual(prod, 0)

	// a job: the child's statement is a whole run, seen as a sequence
	ctx, in, out, vctx, vin, vout, err := ch.Job.open(api, h)
	if err != nil {
		return [3]frontend.Variable{}, err
	}
	for _, p := range [][2]frontend.Variable{{ch.Ctx, ctx}, {ch.In, in}, {ch.Out, out}} {
		api.AssertIsEqual(api.Mul(ch.Job.IsJob, api.Sub(p[0], p[1])), 0)
	}
	view := [3]frontend.Variable{
		api.Select(ch.Job.IsJob, vctx, ch.Ctx),
		api.Select(ch.Job.IsJob, vin, ch.In),
		api.Select(ch.Job.IsJob, vout, ch.Out),
	}

	seg := h.chain(statement.DomainSegment, ch.Ctx, ch.In, ch.Out)
	agg := h.chain(statement.DomainAggregate, c.VKHash, ch.Ctx, ch.In, ch.Out)
	pub := api.Select(ch.IsAggregate, agg, seg)
	return view, assertInnerProof(api, &ch.VK, &ch.Proof, pub, nil)
}

// ChildInput is one child of an aggregation, natively.
type ChildInput struct {
	Proof groth16.Proof
	// VK is the key the proof verifies under: a segment key or the
	// aggregation key.
	VK           groth16.VerifyingKey
	IsAggregate  bool
	Ctx, In, Out fr.Element
	// Job, when set, opens the child as the top proof of one job's run
	// (Ctx, In, Out must then be Job.Run()): the parent sees it as the
	// sequence Job.Sequence().
	Job *JobInput
}

// View is the child's statement as its parent sees it: (Ctx, In, Out), or
// for a job the Ctx, In and Out of its sequence.
func (ch *ChildInput) View() (ctx, in, out fr.Element, err error) {
	if ch.Job == nil {
		return ch.Ctx, ch.In, ch.Out, nil
	}
	s, err := ch.Job.Sequence()
	if err != nil {
		return ctx, in, out, err
	}
	return s.Ctx(), s.In(), s.Out(), nil
}

// Digest is the child's public input.
func (ch *ChildInput) Digest(vkHash fr.Element) fr.Element {
	if ch.IsAggregate {
		return statement.AggregateDigest(vkHash, ch.Ctx, ch.In, ch.Out)
	}
	return statement.SegmentDigest(ch.Ctx, ch.In, ch.Out)
}

func (ch *ChildInput) assign(dst *Child) error {
	if err := checkShape(ch.VK); err != nil {
		return err
	}
	var err error
	if dst.Proof, err = stdgroth16.ValueOfProof[sw_bn254.G1Affine, sw_bn254.G2Affine](ch.Proof); err != nil {
		return fmt.Errorf("recursion: proof: %w", err)
	}
	if dst.VK, err = valueOfVK(ch.VK); err != nil {
		return fmt.Errorf("recursion: verifying key: %w", err)
	}
	dst.IsAggregate = 0
	if ch.IsAggregate {
		dst.IsAggregate = 1
	}
	dst.Ctx, dst.In, dst.Out = ch.Ctx, ch.In, ch.Out
	if ch.Job != nil {
		return ch.Job.assign(&dst.Job)
	}
	noJob(&dst.Job)
	return nil
}

// AggregateAssignment builds the witness of an aggregation of left and right
// (left first in the run), vkHash being VKHash of the aggregation circuit's
// key. It returns the assignment and its public input D. It checks nothing
// that the circuit checks (adjacency, keys), so that forged assignments can
// be tested; the proof of a wrong one fails.
func AggregateAssignment(vkHash fr.Element, left, right *ChildInput) (*AggregateCircuit, fr.Element, error) {
	a := &AggregateCircuit{VKHash: vkHash}
	if err := left.assign(&a.Left); err != nil {
		return nil, fr.Element{}, fmt.Errorf("left: %w", err)
	}
	if err := right.assign(&a.Right); err != nil {
		return nil, fr.Element{}, fmt.Errorf("right: %w", err)
	}
	lctx, lin, _, err := left.View()
	if err != nil {
		return nil, fr.Element{}, fmt.Errorf("left: %w", err)
	}
	_, _, rout, err := right.View()
	if err != nil {
		return nil, fr.Element{}, fmt.Errorf("right: %w", err)
	}
	d := statement.AggregateDigest(vkHash, lctx, lin, rout)
	a.D = d
	return a, d, nil
}
