package recursion

import (
	"errors"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/algebra/emulated/sw_bn254"
	"github.com/consensys/gnark/std/commitments/pedersen"
	"github.com/consensys/gnark/std/math/emulated"

	"github.com/zkprover/zkprover/statement"
)

// DomainVK is the domain tag of VKHash (reserved in package statement).
const DomainVK = statement.DomainVK

// Shape of every inner verifying key: one public input, one Pedersen
// commitment that commits to no public input.
const (
	innerPublic      = 1
	innerCommitments = 1
	// vkLimbs is the number of native limbs VKHash absorbs: 28 base-field
	// coordinates (−α: 2, β: 4, K: 3 points, −γ, −δ, the commitment key's G
	// and −G/σ: 4 points of G2) of 4 limbs of 64 bits.
	vkLimbs = (2 + 4 + 2*innerK + 4*4) * 4
)

// ErrShape reports a verifying key or proof whose shape is not the inner
// shape: one public input and one commitment to no public input.
var ErrShape = errors.New("recursion: not the inner proof shape (1 public input, 1 commitment)")

// checkShape checks that vk is a BN254 key of the inner shape.
func checkShape(vk groth16.VerifyingKey) error {
	k, ok := vk.(*groth16bn254.VerifyingKey)
	if !ok {
		return fmt.Errorf("a %T key, want BN254: %w", vk, ErrShape)
	}
	if len(k.G1.K) != innerK {
		return fmt.Errorf("%d public inputs: %w", len(k.G1.K)-1-len(k.CommitmentKeys), ErrShape)
	}
	if len(k.CommitmentKeys) != innerCommitments || len(k.PublicAndCommitmentCommitted) != innerCommitments ||
		len(k.PublicAndCommitmentCommitted[0]) != 0 {
		return fmt.Errorf("%d commitments: %w", len(k.CommitmentKeys), ErrShape)
	}
	return nil
}

// placeholderVK is an inner verifying key of the inner shape, for compiling.
func placeholderVK() VerifyingKey { return VerifyingKey{} }

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
// Chain(DomainVK, n, limb_0, ..., limb_{n-1}) over the n = 112 limbs of 64
// bits (little-endian) of the key's coordinates as the circuit holds them:
// −α (x, y), β (x.A0, x.A1, y.A0, y.A1), K[0..2] (x, y), −γ and −δ (as β),
// then the commitment key's G and −G/σ (idem).
func VKHash(vk groth16.VerifyingKey) (fr.Element, error) {
	v, err := valueOfVK(vk, false)
	if err != nil {
		return fr.Element{}, err
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
	g1 := func(p *sw_bn254.G1Affine) {
		el(&p.X)
		el(&p.Y)
	}
	g2 := func(p *sw_bn254.G2Affine) {
		el(&p.P.X.A0)
		el(&p.P.X.A1)
		el(&p.P.Y.A0)
		el(&p.P.Y.A1)
	}
	g1(&vk.AlphaNeg)
	g2(&vk.Beta)
	for i := range vk.K {
		g1(&vk.K[i])
	}
	g2(&vk.GammaNeg)
	g2(&vk.DeltaNeg)
	g2(&vk.Commit.G)
	g2(&vk.Commit.GSigmaNeg)
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
