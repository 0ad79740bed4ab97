package recursion

import (
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/algebra"
	"github.com/consensys/gnark/std/algebra/emulated/sw_bn254"
	"github.com/consensys/gnark/std/math/emulated"
	stdrecursion "github.com/consensys/gnark/std/recursion"
)

// innerK is the number of K points of an inner key: the one wire, the
// public input, the commitment's hash.
const innerK = innerPublic + 1 + innerCommitments

// Every inner key has γ and the commitment key's G equal to G2's generator,
// as the ceremony's keys (gnark's mpcsetup) and prover/keygen's: the circuit
// holds them as constants with precomputed lines (checkShape refuses any
// other key).
func fixedG2() (gammaNeg, g sw_bn254.G2Affine) {
	_, _, _, g2 := bn254.Generators()
	var neg bn254.G2Affine
	neg.Neg(&g2)
	return sw_bn254.NewG2AffineFixed(neg), sw_bn254.NewG2AffineFixed(g2)
}

// VerifyingKey is an inner Groth16 verifying key in circuit, as a witness
// (the aggregation circuit: pinned by its hash, VKHash) or as a constant (the
// final circuit). It holds −α and β instead of the pairing e(α,β) that
// gnark's std/recursion/groth16 key holds, so that the main equation is one
// residue-witness PairingCheck (assertInnerProof) instead of a Miller loop, a
// full final exponentiation and a comparison. Its G2 points always come with
// their Miller-loop lines precomputed natively (sw_bn254.NewG2AffineFixed):
// as a witness the lines are pinned by VKHash like every other coordinate,
// so the circuit neither computes them nor checks the points' subgroup
// (docs/recursion.md, "The inner verifier").
type VerifyingKey struct {
	AlphaNeg sw_bn254.G1Affine
	Beta     sw_bn254.G2Affine
	// K[0] is the one wire's, K[1] the public input's, K[2] the commitment
	// hash's (gnark's order).
	K        [innerK]sw_bn254.G1Affine
	DeltaNeg sw_bn254.G2Affine
	// GSigmaNeg is the Pedersen key of the proof's one commitment, −σ·G
	// (G, like γ, is G2's generator: fixedG2).
	GSigmaNeg sw_bn254.G2Affine
}

// g2Points are the key's G2 points, in VKHash's order.
func (vk *VerifyingKey) g2Points() []*sw_bn254.G2Affine {
	return []*sw_bn254.G2Affine{&vk.Beta, &vk.DeltaNeg, &vk.GSigmaNeg}
}

// valueOfVK converts an inner key of the inner shape, its G2 lines
// precomputed: the same value serves as a constant (final circuit) and as a
// witness assignment (aggregation circuit).
func valueOfVK(vk groth16.VerifyingKey) (VerifyingKey, error) {
	var ret VerifyingKey
	if err := checkShape(vk); err != nil {
		return ret, err
	}
	k := vk.(*groth16bn254.VerifyingKey) // checkShape checked the type
	var alphaNeg bn254.G1Affine
	alphaNeg.Neg(&k.G1.Alpha)
	var deltaNeg bn254.G2Affine
	deltaNeg.Neg(&k.G2.Delta)
	ret.AlphaNeg = sw_bn254.NewG1Affine(alphaNeg)
	ret.Beta = sw_bn254.NewG2AffineFixed(k.G2.Beta)
	for i := range ret.K {
		ret.K[i] = sw_bn254.NewG1Affine(k.G1.K[i])
	}
	ret.DeltaNeg = sw_bn254.NewG2AffineFixed(deltaNeg)
	ret.GSigmaNeg = sw_bn254.NewG2AffineFixed(k.CommitmentKeys[0].GSigmaNeg)
	return ret, nil
}

// assertInnerProof verifies an inner proof (made with InnerProverOptions)
// under vk whose one public input is the native variable pub:
//
//   - the proof's G1 points are on the curve (BN254's G1 has prime order);
//     B is checked to lie in G2's subgroup when the pairing computes its
//     lines (sw_bn254's computeLines asserts it); the key's G2 points come
//     with their lines, computed natively from a key that checkShape
//     accepted (a witness key is pinned by VKHash, lines included);
//   - the commitment's hash h = H(Cm) with the MiMC-based hash to field that
//     gnark's native prover uses under InnerProverOptions
//     (std/recursion.NewHash, as std/recursion/groth16 recomputes it);
//   - the commitment's knowledge proof: e(Cm, −G/σ)·e(PoK, G) = 1;
//   - the main equation e(A,B) = e(α,β)·e(kSum,γ)·e(C,δ), with
//     kSum = K[0] + pub·K[1] + h·K[2] + Cm, checked as
//     e(kSum,−γ)·e(C,−δ)·e(A,B)·e(−α,β) = 1.
//
// Both products are checked by sw_bn254's PairingCheck: a multi-Miller loop
// and a hinted residue witness in place of the final exponentiation
// (docs/recursion.md, "The inner verifier").
func assertInnerProof(api frontend.API, vk *VerifyingKey, proof *Proof, pub frontend.Variable, ks kSumFn) error {
	pairing, err := sw_bn254.NewPairing(api)
	if err != nil {
		return fmt.Errorf("recursion: pairing: %w", err)
	}
	curve, err := algebra.GetCurve[sw_bn254.ScalarField, sw_bn254.G1Affine](api)
	if err != nil {
		return fmt.Errorf("recursion: curve: %w", err)
	}
	scalars, err := emulated.NewField[sw_bn254.ScalarField](api)
	if err != nil {
		return fmt.Errorf("recursion: scalar field: %w", err)
	}
	if len(proof.Commitments) != innerCommitments {
		return fmt.Errorf("recursion: a proof with %d commitments: %w", len(proof.Commitments), ErrShape)
	}
	cm, pok := &proof.Commitments[0].G1El, &proof.CommitmentPok.G1El
	for _, p := range []*sw_bn254.G1Affine{&proof.Ar, &proof.Krs, cm, pok} {
		pairing.AssertIsOnG1(p)
	}
	h2f, err := stdrecursion.NewHash(api, fr.Modulus(), true)
	if err != nil {
		return fmt.Errorf("recursion: hash to field: %w", err)
	}
	h2f.Write(curve.MarshalG1(*cm)...)
	h := scalars.FromBits(api.ToBinary(h2f.Sum())...)
	x := scalars.FromBits(api.ToBinary(pub, Field().BitLen())...)

	// Two separate checks: with G = [γ]₂ = [1]₂, one product of both without
	// a random combination would let terms move between PoK and kSum.
	gammaNeg, g := fixedG2()
	if err := pairing.PairingCheck([]*sw_bn254.G1Affine{cm, pok}, []*sw_bn254.G2Affine{&vk.GSigmaNeg, &g}); err != nil {
		return fmt.Errorf("recursion: commitment knowledge proof: %w", err)
	}
	if ks == nil {
		ks = func(curve algebra.Curve[sw_bn254.ScalarField, sw_bn254.G1Affine], x, h *emulated.Element[sw_bn254.ScalarField]) (*sw_bn254.G1Affine, error) {
			return kSum(curve, vk, x, h)
		}
	}
	k, err := ks(curve, x, h)
	if err != nil {
		return err
	}
	k = curve.Add(k, cm)
	if err := pairing.PairingCheck([]*sw_bn254.G1Affine{k, &proof.Krs, &proof.Ar, &vk.AlphaNeg},
		[]*sw_bn254.G2Affine{&gammaNeg, &vk.DeltaNeg, &proof.Bs, &vk.Beta}); err != nil {
		return fmt.Errorf("recursion: main equation: %w", err)
	}
	return nil
}

// kSumFn computes K[0] + x·K[1] + h·K[2] of the key in use.
type kSumFn func(curve algebra.Curve[sw_bn254.ScalarField, sw_bn254.G1Affine], x, h *emulated.Element[sw_bn254.ScalarField]) (*sw_bn254.G1Affine, error)

// kSum is K[0] + x·K[1] + h·K[2] of vk (one 2-point MSM and an addition, as
// gnark's verifier; constant points go through gnark's fixed-base combs).
func kSum(curve algebra.Curve[sw_bn254.ScalarField, sw_bn254.G1Affine], vk *VerifyingKey, x, h *emulated.Element[sw_bn254.ScalarField]) (*sw_bn254.G1Affine, error) {
	k, err := curve.MultiScalarMul([]*sw_bn254.G1Affine{&vk.K[1], &vk.K[2]}, []*emulated.Element[sw_bn254.ScalarField]{x, h})
	if err != nil {
		return nil, fmt.Errorf("recursion: multi scalar mul: %w", err)
	}
	return curve.Add(k, &vk.K[0]), nil
}

// switchVK selects vks[idx] (constants, idx a witness below len(vks)).
func switchVK(api frontend.API, idx frontend.Variable, vks []VerifyingKey) (VerifyingKey, error) {
	var ret VerifyingKey
	switch len(vks) {
	case 0:
		return ret, fmt.Errorf("recursion: no verifying key")
	case 1:
		api.AssertIsEqual(idx, 0)
		return vks[0], nil
	}
	pairing, err := sw_bn254.NewPairing(api)
	if err != nil {
		return ret, fmt.Errorf("recursion: pairing: %w", err)
	}
	curve, err := algebra.GetCurve[sw_bn254.ScalarField, sw_bn254.G1Affine](api)
	if err != nil {
		return ret, fmt.Errorf("recursion: curve: %w", err)
	}
	g1 := func(f func(*VerifyingKey) *sw_bn254.G1Affine) sw_bn254.G1Affine {
		in := make([]*sw_bn254.G1Affine, len(vks))
		for i := range vks {
			in[i] = f(&vks[i])
		}
		return *curve.Mux(idx, in...)
	}
	g2 := func(f func(*VerifyingKey) *sw_bn254.G2Affine) sw_bn254.G2Affine {
		in := make([]*sw_bn254.G2Affine, len(vks))
		for i := range vks {
			in[i] = f(&vks[i])
		}
		return *pairing.MuxG2(idx, in...) // muxes the precomputed lines too
	}
	ret.AlphaNeg = g1(func(v *VerifyingKey) *sw_bn254.G1Affine { return &v.AlphaNeg })
	ret.Beta = g2(func(v *VerifyingKey) *sw_bn254.G2Affine { return &v.Beta })
	for j := range ret.K {
		ret.K[j] = g1(func(v *VerifyingKey) *sw_bn254.G1Affine { return &v.K[j] })
	}
	ret.DeltaNeg = g2(func(v *VerifyingKey) *sw_bn254.G2Affine { return &v.DeltaNeg })
	ret.GSigmaNeg = g2(func(v *VerifyingKey) *sw_bn254.G2Affine { return &v.GSigmaNeg })
	return ret, nil
}
