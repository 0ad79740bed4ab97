package recursion

import (
	"errors"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/algebra/emulated/sw_bn254"
	"github.com/consensys/gnark/std/commitments/pedersen"
	"github.com/consensys/gnark/std/math/emulated"
	stdgroth16 "github.com/consensys/gnark/std/recursion/groth16"

	"github.com/zkprover/zkprover/statement"
)

// DomainVK is the domain tag of VKHash (reserved in package statement).
const DomainVK = statement.DomainVK

// Shape of every inner verifying key: one public input, one Pedersen
// commitment that commits to no public input.
const (
	innerPublic      = 1
	innerCommitments = 1
	// vkLimbs is the number of native limbs VKHash absorbs: 34 base-field
	// coordinates (e(α,β): 12, K: 3 points, -γ, -δ, the commitment key's G
	// and Gσ: 4 points of G2) of 4 limbs of 64 bits.
	vkLimbs = (12 + 2*(innerPublic+1+innerCommitments) + 4*4) * 4
)

// ErrShape reports a verifying key or proof whose shape is not the inner
// shape: one public input and one commitment to no public input.
var ErrShape = errors.New("recursion: not the inner proof shape (1 public input, 1 commitment)")

// checkShape checks that vk has the inner shape.
func checkShape(vk groth16.VerifyingKey) error {
	v, err := stdgroth16.ValueOfVerifyingKey[sw_bn254.G1Affine, sw_bn254.G2Affine, sw_bn254.GTEl](vk)
	if err != nil {
		return fmt.Errorf("recursion: %w", err)
	}
	if len(v.G1.K) != innerPublic+1+len(v.CommitmentKeys) {
		return fmt.Errorf("%d public inputs: %w", len(v.G1.K)-1-len(v.CommitmentKeys), ErrShape)
	}
	if len(v.CommitmentKeys) != innerCommitments || len(v.PublicAndCommitmentCommitted) != innerCommitments ||
		len(v.PublicAndCommitmentCommitted[0]) != 0 {
		return fmt.Errorf("%d commitments: %w", len(v.CommitmentKeys), ErrShape)
	}
	return nil
}

// placeholderVK is an inner verifying key of the inner shape, for compiling.
func placeholderVK() VerifyingKey {
	return VerifyingKey{
		G1:                           struct{ K []sw_bn254.G1Affine }{K: make([]sw_bn254.G1Affine, innerPublic+1+innerCommitments)},
		CommitmentKeys:               make([]pedersen.VerifyingKey[sw_bn254.G2Affine], innerCommitments),
		PublicAndCommitmentCommitted: [][]int{{}},
	}
}

// placeholderProof is an inner proof of the inner shape, for compiling.
func placeholderProof() Proof {
	return Proof{Commitments: make([]pedersen.Commitment[sw_bn254.G1Affine], innerCommitments)}
}

// vkOnly holds a verifying key as the only witness, so that the witness
// vector of an assignment lists the key's limbs in schema order (the order of
// vkLimbVars).
type vkOnly struct {
	VK VerifyingKey
}

// Define is never called; vkOnly only serves frontend.NewWitness.
func (*vkOnly) Define(frontend.API) error { return nil }

// VKHash is the hash of an inner verifying key that AggregateCircuit compares
// with its allowed segment keys and its own key:
// Chain(DomainVK, n, limb_0, ..., limb_{n-1}) over the n = 136 limbs of 64
// bits (little-endian) of the key's coordinates as the circuit holds them:
// e(α,β) in gnark's direct E12 form (A0..A11), K[0..2] (x, y), -γ and -δ
// (x.A0, x.A1, y.A0, y.A1), then the commitment key's G and Gσ (idem).
func VKHash(vk groth16.VerifyingKey) (fr.Element, error) {
	if err := checkShape(vk); err != nil {
		return fr.Element{}, err
	}
	v, err := stdgroth16.ValueOfVerifyingKey[sw_bn254.G1Affine, sw_bn254.G2Affine, sw_bn254.GTEl](vk)
	if err != nil {
		return fr.Element{}, fmt.Errorf("recursion: %w", err)
	}
	w, err := frontend.NewWitness(&vkOnly{VK: v}, Field())
	if err != nil {
		return fr.Element{}, fmt.Errorf("recursion: vk witness: %w", err)
	}
	vec, ok := w.Vector().(fr.Vector)
	if !ok || len(vec) != vkLimbs {
		return fr.Element{}, fmt.Errorf("recursion: vk witness of %d limbs, want %d", len(vec), vkLimbs)
	}
	elems := make([]fr.Element, 0, 2+vkLimbs)
	var tag, n fr.Element
	tag.SetUint64(DomainVK)
	n.SetUint64(vkLimbs)
	elems = append(elems, tag, n)
	elems = append(elems, vec...)
	return statement.Chain(elems), nil
}

// vkLimbVars lists the limbs of a verifying key held as witness, in the order
// of VKHash.
func vkLimbVars(vk *VerifyingKey) []frontend.Variable {
	var out []frontend.Variable
	el := func(e *emulated.Element[sw_bn254.BaseField]) { out = append(out, e.Limbs...) }
	g2 := func(p *sw_bn254.G2Affine) {
		el(&p.P.X.A0)
		el(&p.P.X.A1)
		el(&p.P.Y.A0)
		el(&p.P.Y.A1)
	}
	e := &vk.E
	for _, a := range []*emulated.Element[sw_bn254.BaseField]{&e.A0, &e.A1, &e.A2, &e.A3, &e.A4, &e.A5, &e.A6, &e.A7, &e.A8, &e.A9, &e.A10, &e.A11} {
		el(a)
	}
	for i := range vk.G1.K {
		el(&vk.G1.K[i].X)
		el(&vk.G1.K[i].Y)
	}
	g2(&vk.G2.GammaNeg)
	g2(&vk.G2.DeltaNeg)
	for i := range vk.CommitmentKeys {
		g2(&vk.CommitmentKeys[i].G)
		g2(&vk.CommitmentKeys[i].GSigmaNeg)
	}
	return out
}

// vkHash is VKHash in circuit, over a key held as witness.
func (h *hasher) vkHash(vk *VerifyingKey) (frontend.Variable, error) {
	limbs := vkLimbVars(vk)
	if len(limbs) != vkLimbs {
		return nil, fmt.Errorf("recursion: verifying key of %d limbs, want %d: %w", len(limbs), vkLimbs, ErrShape)
	}
	return h.chain(append([]frontend.Variable{DomainVK, vkLimbs}, limbs...)...), nil
}
