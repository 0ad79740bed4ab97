package recursion

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/algebra/emulated/sw_bn254"
	"github.com/consensys/gnark/std/commitments/pedersen"
	"github.com/consensys/gnark/std/math/emulated"
	"github.com/consensys/gnark/std/permutation/poseidon2"
	"github.com/consensys/gnark/std/rangecheck"

	"github.com/zkprover/zkprover/statement"
)

// DomainVK is the domain tag of VKHash (reserved in package statement).
const DomainVK = statement.DomainVK

// Shape of every inner verifying key: one public input, one Pedersen
// commitment that commits to no public input.
const (
	innerPublic      = 1
	innerCommitments = 1
	// vkLimbs is the number of limbs of 64 bits VKHash absorbs: −α and
	// K[0..2] (8 base-field coordinates), then the Miller-loop lines of β,
	// −δ and the commitment key's −σ·G (3 points, 2×66 lines of 4 base-field
	// coordinates), 4 limbs per coordinate. γ and G are G2's generator in
	// every inner key (checkShape), constants of the circuit.
	vkLimbs = (2*(1+innerK) + 3*2*vkLines*4) * 4
	// vkLines is the length of sw_bn254's lineEvaluations rows: the loop
	// counter's length.
	vkLines = len(bn254.LoopCounter)
	// limbsPerElement limbs of 64 bits are packed into one element for
	// VKHash (192 bits < r).
	limbsPerElement = 3
)

// ErrShape reports a verifying key or proof whose shape is not the inner
// shape: one public input, one commitment to no public input, γ and the
// commitment key's G equal to G2's generator.
var ErrShape = errors.New("recursion: not the inner proof shape (1 public input, 1 commitment, γ = G = G2's generator)")

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
	_, _, _, g2 := bn254.Generators()
	if !k.G2.Gamma.Equal(&g2) || !k.CommitmentKeys[0].G.Equal(&g2) {
		return fmt.Errorf("γ or the commitment key's G is not G2's generator (a key from before prover/keygen made them so: make it again): %w", ErrShape)
	}
	return nil
}

// placeholderVK is an inner verifying key of the inner shape, for compiling:
// its G2 points carry their lines as witness.
func placeholderVK() VerifyingKey {
	var v VerifyingKey
	for _, q := range v.g2Points() {
		*q = sw_bn254.NewG2AffineFixedPlaceholder()
	}
	return v
}

// placeholderProof is an inner proof of the inner shape, for compiling.
func placeholderProof() Proof {
	return Proof{Commitments: make([]pedersen.Commitment[sw_bn254.G1Affine], innerCommitments)}
}

// VKHash is the hash of an inner verifying key that AggregateCircuit compares
// with its allowed segment keys and its own key: statement.Sponge(DomainVK;
// n, e_0, ..., e_{m-1}) over the n = vkLimbs limbs of 64 bits of the key as
// the circuit holds it (vkLimbs lists them), packed limbsPerElement to an
// element (e_j = Σ_i limb_{3j+i}·2^{64i}).
func VKHash(vk groth16.VerifyingKey) (fr.Element, error) {
	v, err := valueOfVK(vk)
	if err != nil {
		return fr.Element{}, err
	}
	return hashVK(&v)
}

// hashVK is VKHash of a key already converted (valueOfVK).
func hashVK(v *VerifyingKey) (fr.Element, error) {
	limbs := vkLimbVars(v)
	if len(limbs) != vkLimbs {
		return fr.Element{}, fmt.Errorf("recursion: vk of %d limbs, want %d", len(limbs), vkLimbs)
	}
	var limbShift fr.Element // 2^64, a limb's weight within a packed element
	limbShift.SetUint64(1 << 32)
	limbShift.Square(&limbShift)
	elems := make([]fr.Element, 0, 1+len(limbs)/limbsPerElement+1)
	var n fr.Element
	n.SetUint64(uint64(vkLimbs))
	elems = append(elems, n)
	for j := 0; j < len(limbs); j += limbsPerElement {
		var acc, shift fr.Element
		shift.SetOne()
		for i := j; i < min(j+limbsPerElement, len(limbs)); i++ {
			var l fr.Element
			if _, err := l.SetInterface(limbs[i]); err != nil {
				return fr.Element{}, fmt.Errorf("recursion: vk limb %d: %w", i, err)
			}
			acc.Add(&acc, l.Mul(&l, &shift))
			shift.Mul(&shift, &limbShift)
		}
		elems = append(elems, acc)
	}
	return statement.Sponge(DomainVK, elems), nil
}

// vkLimbVars lists the limbs of a verifying key (held as witness, or
// assigned natively), in the order of VKHash: −α (x, y), K[0..2] (x, y), then
// for β, −δ and −σ·G every line of sw_bn254's lineEvaluations, [k][j] for
// k = 0, 1 and j in order, each R0.A0, R0.A1, R1.A0, R1.A1. The points'
// own coordinates are not listed: with lines given, the pairing reads them
// only as inputs to its residue hint (an honest assignment sets them), never
// in a constraint.
func vkLimbVars(vk *VerifyingKey) []frontend.Variable {
	var out []frontend.Variable
	el := func(e *emulated.Element[sw_bn254.BaseField]) {
		if e.Limbs == nil {
			e.Initialize(Field()) // a native value: its limbs
		}
		out = append(out, e.Limbs...)
	}
	g1 := func(p *sw_bn254.G1Affine) {
		el(&p.X)
		el(&p.Y)
	}
	g1(&vk.AlphaNeg)
	for i := range vk.K {
		g1(&vk.K[i])
	}
	for _, q := range vk.g2Points() {
		if q.Lines == nil {
			return nil // not of the shape: the length check refuses it
		}
		for k := range q.Lines {
			for j := range q.Lines[k] {
				l := q.Lines[k][j]
				el(&l.R0.A0)
				el(&l.R0.A1)
				el(&l.R1.A0)
				el(&l.R1.A1)
			}
		}
	}
	return out
}

// vkHash is VKHash in circuit, over a key held as witness. Every limb is
// range checked to 64 bits here, so that the packing (three limbs, below
// 2^192 < r) is injective on all of them: gnark's emulated arithmetic checks
// the limbs of the elements it operates on, but not those of line slots the
// Miller loop never reads (lines [1][j] where the loop counter's digit is
// 0), which would otherwise absorb a change of a used limb packed beside
// them.
func (h *hasher) vkHash(vk *VerifyingKey) (frontend.Variable, error) {
	api := h.api
	limbs := vkLimbVars(vk)
	if len(limbs) != vkLimbs {
		return nil, fmt.Errorf("recursion: verifying key of %d limbs, want %d: %w", len(limbs), vkLimbs, ErrShape)
	}
	rc := rangecheck.New(api)
	for _, l := range limbs {
		rc.Check(l, 64)
	}
	elems := []frontend.Variable{vkLimbs}
	for j := 0; j < len(limbs); j += limbsPerElement {
		var acc frontend.Variable = 0
		shift := big.NewInt(1)
		for i := j; i < min(j+limbsPerElement, len(limbs)); i++ {
			acc = api.Add(acc, api.Mul(limbs[i], new(big.Int).Set(shift)))
			shift.Lsh(shift, 64)
		}
		elems = append(elems, acc)
	}
	return h.sponge(DomainVK, elems)
}

// sponge is statement.Sponge(domain, elems).
func (h *hasher) sponge(domain uint64, elems []frontend.Variable) (frontend.Variable, error) {
	if h.sp == nil {
		p, err := poseidon2.NewPoseidon2FromParameters(h.api, statement.SpongeWidth, statement.SpongeFullRounds, statement.SpongePartialRounds)
		if err != nil {
			return nil, fmt.Errorf("recursion: poseidon2 width %d: %w", statement.SpongeWidth, err)
		}
		h.sp = p
	}
	st := make([]frontend.Variable, statement.SpongeWidth)
	st[0] = domain
	for i := 1; i < len(st); i++ {
		st[i] = 0
	}
	for b := 0; b == 0 || b*statement.SpongeRate < len(elems); b++ {
		for i := 0; i < statement.SpongeRate && b*statement.SpongeRate+i < len(elems); i++ {
			st[1+i] = h.api.Add(st[1+i], elems[b*statement.SpongeRate+i])
		}
		if err := h.sp.Permutation(st); err != nil {
			return nil, fmt.Errorf("recursion: poseidon2 width %d: %w", statement.SpongeWidth, err)
		}
	}
	return st[1], nil
}
