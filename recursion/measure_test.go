//go:build measure

package recursion

// Compile-only measurements for docs/recursion.md. Run one case per process
// so that peak RSS is the case's own:
//
//	go test -c -tags measure -o /tmp/recursion-measure.test ./recursion
//	/usr/bin/time -v /tmp/recursion-measure.test -test.run 'TestMeasure/bn254-1proof-fixedvk$' -test.v

import (
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/std/algebra"
	"github.com/consensys/gnark/std/algebra/emulated/sw_bn254"
	"github.com/consensys/gnark/std/algebra/emulated/sw_bw6761"
	"github.com/consensys/gnark/std/algebra/native/sw_bls12377"
	"github.com/consensys/gnark/std/hash/sha2"
	"github.com/consensys/gnark/std/math/emulated"
	"github.com/consensys/gnark/std/math/uints"
	"github.com/consensys/gnark/std/multicommit"
	stdgroth16 "github.com/consensys/gnark/std/recursion/groth16"

	zksha2 "github.com/zkprover/zkprover/circuits/sha2"
)

// tinyInner has one Pedersen commitment (std/multicommit) and nPub public inputs.
type tinyInner struct {
	Pub  []frontend.Variable `gnark:",public"`
	Priv [4]frontend.Variable
}

func (c *tinyInner) Define(api frontend.API) error {
	acc := frontend.Variable(0)
	for i := range c.Priv {
		acc = api.Add(acc, api.Mul(c.Priv[i], c.Priv[i]))
	}
	multicommit.WithCommitment(api, func(api frontend.API, r frontend.Variable) error {
		api.AssertIsDifferent(r, 0)
		return nil
	}, c.Priv[:]...)
	for i := range c.Pub {
		api.AssertIsEqual(c.Pub[i], api.Add(acc, i))
	}
	return nil
}

func innerShape(t *testing.T, field *big.Int, nPub int) (constraint.ConstraintSystem, groth16.VerifyingKey) {
	t.Helper()
	ccs, err := frontend.Compile(field, r1cs.NewBuilder, &tinyInner{Pub: make([]frontend.Variable, nPub)})
	if err != nil {
		t.Fatal(err)
	}
	_, vk, err := groth16.Setup(ccs)
	if err != nil {
		t.Fatal(err)
	}
	return ccs, vk
}

// verifyN verifies N proofs, VK fixed (baked in) or as witness.
type verifyN[FR emulated.FieldParams, G1El algebra.G1ElementT, G2El algebra.G2ElementT, GtEl algebra.GtElementT] struct {
	Proofs   []stdgroth16.Proof[G1El, G2El]
	Witness  []stdgroth16.Witness[FR]
	VKs      []stdgroth16.VerifyingKey[G1El, G2El, GtEl]
	FixedVK  stdgroth16.VerifyingKey[G1El, G2El, GtEl] `gnark:"-"`
	UseFixed bool                                      `gnark:"-"`
}

func (c *verifyN[FR, G1El, G2El, GtEl]) Define(api frontend.API) error {
	v, err := stdgroth16.NewVerifier[FR, G1El, G2El, GtEl](api)
	if err != nil {
		return err
	}
	for i := range c.Proofs {
		vk := c.FixedVK
		if !c.UseFixed {
			vk = c.VKs[i]
		}
		if err := v.AssertProof(vk, c.Proofs[i], c.Witness[i]); err != nil {
			return err
		}
	}
	return nil
}

func newVerifyN[FR emulated.FieldParams, G1El algebra.G1ElementT, G2El algebra.G2ElementT, GtEl algebra.GtElementT](t *testing.T, ccs constraint.ConstraintSystem, vk groth16.VerifyingKey, n int, fixed bool) *verifyN[FR, G1El, G2El, GtEl] {
	c := &verifyN[FR, G1El, G2El, GtEl]{UseFixed: fixed}
	for range n {
		c.Proofs = append(c.Proofs, stdgroth16.PlaceholderProof[G1El, G2El](ccs))
		c.Witness = append(c.Witness, stdgroth16.PlaceholderWitness[FR](ccs))
		if !fixed {
			c.VKs = append(c.VKs, stdgroth16.PlaceholderVerifyingKey[G1El, G2El, GtEl](ccs))
		}
	}
	if fixed {
		var err error
		c.FixedVK, err = stdgroth16.ValueOfVerifyingKeyFixed[G1El, G2El, GtEl](vk)
		if err != nil {
			t.Fatal(err)
		}
	}
	return c
}

func report(t *testing.T, name string, field *big.Int, c frontend.Circuit) {
	t.Helper()
	start := time.Now()
	ccs, err := frontend.Compile(field, r1cs.NewBuilder, c)
	if err != nil {
		t.Fatal(err)
	}
	nc := len(ccs.GetCommitments().(constraint.Groth16Commitments))
	t.Logf("MEASURE %s: %d constraints, %d public, %d commitments, compiled in %.1f s",
		name, ccs.GetNbConstraints(), ccs.GetNbPublicVariables()-1, nc, time.Since(start).Seconds())
}

func TestMeasure(t *testing.T) {
	bn := ecc.BN254.ScalarField()
	type bnV = verifyN[sw_bn254.ScalarField, sw_bn254.G1Affine, sw_bn254.G2Affine, sw_bn254.GTEl]
	for _, tc := range []struct {
		nPub, nProofs int
		fixed         bool
	}{{1, 1, true}, {1, 1, false}, {1, 2, true}, {1, 2, false}, {3, 1, true}, {3, 1, false}, {3, 2, false}} {
		kind := "witnessvk"
		if tc.fixed {
			kind = "fixedvk"
		}
		name := fmt.Sprintf("bn254-%dproof-%dpub-%s", tc.nProofs, tc.nPub, kind)
		t.Run(name, func(t *testing.T) {
			ccs, vk := innerShape(t, bn, tc.nPub)
			report(t, name, bn, newVerifyN[sw_bn254.ScalarField, sw_bn254.G1Affine, sw_bn254.G2Affine, sw_bn254.GTEl](t, ccs, vk, tc.nProofs, tc.fixed))
		})
	}
	var _ *bnV
	for _, n := range []int{1, 2} {
		for _, fixed := range []bool{true, false} {
			name := fmt.Sprintf("bls12377-in-bw6761-%dproof-fixed=%v", n, fixed)
			t.Run(name, func(t *testing.T) {
				ccs, vk := innerShape(t, ecc.BLS12_377.ScalarField(), 1)
				report(t, name, ecc.BW6_761.ScalarField(), newVerifyN[sw_bls12377.ScalarField, sw_bls12377.G1Affine, sw_bls12377.G2Affine, sw_bls12377.GT](t, ccs, vk, n, fixed))
			})
		}
	}
	t.Run("bw6761-in-bn254-1proof-fixed", func(t *testing.T) {
		ccs, vk := innerShape(t, ecc.BW6_761.ScalarField(), 1)
		report(t, "bw6761-in-bn254-1proof-fixed", bn, newVerifyN[sw_bw6761.ScalarField, sw_bw6761.G1Affine, sw_bw6761.G2Affine, sw_bw6761.GTEl](t, ccs, vk, 1, true))
	})
}

func TestMeasureCircuits(t *testing.T) {
	toy := newToy(t, false)
	h, err := VKHash(toy.vk)
	if err != nil {
		t.Fatal(err)
	}
	t.Run("aggregate", func(t *testing.T) {
		c, err := NewAggregateCircuit([]fr.Element{h, el(1), el(2)})
		if err != nil {
			t.Fatal(err)
		}
		report(t, "aggregate (3 allowed segment keys)", ecc.BN254.ScalarField(), c)
	})
	for _, tc := range []struct {
		name   string
		keys   int
		commit bool
	}{{"final-1key-hidecommitter", 0, true}, {"final-1key", 0, false}, {"final-2keys", 1, false}} {
		t.Run(tc.name, func(t *testing.T) {
			segs := make([]groth16.VerifyingKey, tc.keys)
			for i := range segs {
				segs[i] = newToy(t, false).vk
			}
			c, err := NewFinalCircuit(toy.vk, segs) // toy key as stand-in: same shape, same count
			if err != nil {
				t.Fatal(err)
			}
			c.hideCommitter = tc.commit
			report(t, tc.name, ecc.BN254.ScalarField(), c)
		})
	}
	t.Run("sha256-layout", func(t *testing.T) {
		report(t, fmt.Sprintf("sha256 of %d bytes", LayoutBytes), ecc.BN254.ScalarField(), &layoutSHA{})
	})
}

// layoutSHA hashes LayoutBytes bytes with the bitwise gadget of
// circuits/sha2 (the final circuit's).
type layoutSHA struct {
	Msg    [LayoutBytes]frontend.Variable
	Digest [8]frontend.Variable `gnark:",public"`
}

func (c *layoutSHA) Define(api frontend.API) error {
	msg := make([][8]frontend.Variable, len(c.Msg))
	for i := range c.Msg {
		copy(msg[i][:], api.ToBinary(c.Msg[i], 8))
	}
	g := zksha2.Gadget{API: api}
	st := g.Hash(msg)
	for w := range st {
		api.AssertIsEqual(c.Digest[w], g.Value(&st[w]))
	}
	return nil
}

// gnarkSHA hashes LayoutBytes bytes with gnark's std/hash/sha2 (lookups over
// a commitment).
type gnarkSHA struct {
	Msg    [LayoutBytes]frontend.Variable
	Digest frontend.Variable `gnark:",public"`
}

func (c *gnarkSHA) Define(api frontend.API) error {
	h, err := sha2.New(api)
	if err != nil {
		return err
	}
	bf, err := uints.NewBytes(api)
	if err != nil {
		return err
	}
	in := make([]uints.U8, len(c.Msg))
	for i := range c.Msg {
		in[i] = bf.ValueOf(c.Msg[i])
	}
	h.Write(in)
	out := h.Sum()
	var acc frontend.Variable = 0
	for i := range out {
		acc = api.Add(api.Mul(acc, 256), bf.Value(out[i]))
	}
	api.AssertIsEqual(acc, c.Digest)
	return nil
}

func TestMeasureGnarkSHA(t *testing.T) {
	report(t, fmt.Sprintf("gnark std/hash/sha2 of %d bytes", LayoutBytes), ecc.BN254.ScalarField(), &gnarkSHA{})
}

// mainCheck verifies one BN254 proof of tinyInner's one-input shape, either
// with gnark's verifier (Pair(...) == e(α,β): a full final exponentiation,
// and an explicit G2 subgroup check of B) or with assertInnerProof, the
// verifier of the aggregation and final circuits (the main equation as a
// residue-witness PairingCheck with (−α, β) as a fourth pair;
// docs/recursion.md, "The inner verifier").
type mainCheck struct {
	GVK          stdgroth16.VerifyingKey[sw_bn254.G1Affine, sw_bn254.G2Affine, sw_bn254.GTEl]
	VK           VerifyingKey
	Proof        Proof
	Pub          frontend.Variable
	pairingCheck bool
}

func (c *mainCheck) Define(api frontend.API) error {
	if c.pairingCheck {
		return assertInnerProof(api, &c.VK, &c.Proof, c.Pub, nil)
	}
	scalars, err := emulated.NewField[sw_bn254.ScalarField](api)
	if err != nil {
		return err
	}
	pub := scalars.FromBits(api.ToBinary(c.Pub, 254)...)
	v, err := stdgroth16.NewVerifier[sw_bn254.ScalarField, sw_bn254.G1Affine, sw_bn254.G2Affine, sw_bn254.GTEl](api)
	if err != nil {
		return err
	}
	return v.AssertProof(c.GVK, c.Proof, stdgroth16.Witness[sw_bn254.ScalarField]{Public: []emulated.Element[sw_bn254.ScalarField]{*pub}}, stdgroth16.WithSubgroupCheck())
}

// TestMeasureMainCheck: the constraints of verifying one proof by gnark's
// verifier and by assertInnerProof, with a witness key (the aggregation's
// case) and a fixed key (the final circuit's).
func TestMeasureMainCheck(t *testing.T) {
	ccs, vk := innerShape(t, ecc.BN254.ScalarField(), 1)
	for _, pc := range []bool{false, true} {
		for _, fixed := range []bool{false, true} {
			c := &mainCheck{pairingCheck: pc, Proof: stdgroth16.PlaceholderProof[sw_bn254.G1Affine, sw_bn254.G2Affine](ccs)}
			var err error
			switch {
			case fixed && pc:
				c.VK, err = valueOfVK(vk)
			case fixed:
				c.GVK, err = stdgroth16.ValueOfVerifyingKeyFixed[sw_bn254.G1Affine, sw_bn254.G2Affine, sw_bn254.GTEl](vk)
			case !pc:
				c.GVK = stdgroth16.PlaceholderVerifyingKey[sw_bn254.G1Affine, sw_bn254.G2Affine, sw_bn254.GTEl](ccs)
			}
			if err != nil {
				t.Fatal(err)
			}
			name := map[bool]string{false: "gnark Pair == e(α,β)", true: "assertInnerProof (PairingCheck with (−α, β))"}[pc]
			name += map[bool]string{false: ", witness key", true: ", fixed key"}[fixed]
			t.Run(name, func(t *testing.T) { report(t, name, ecc.BN254.ScalarField(), c) })
		}
	}
}

// countCommit is a builder whose Commit only counts what it is given (and
// returns a committed variable: measurement only, the result proves nothing).
type countCommit struct {
	frontend.Builder[constraint.U64]
	t     *testing.T
	calls int
}

func (b *countCommit) Commit(v ...frontend.Variable) (frontend.Variable, error) {
	n := 0
	for _, x := range v {
		if _, ok := b.Compiler().ConstantValue(x); !ok {
			n++
		}
	}
	b.calls++
	b.t.Logf("MEASURE the final circuit commits %d variables (%d not constant)", len(v), n)
	return v[0], nil
}

// TestMeasureCommitted counts the variables the final circuit's one
// commitment covers: what an in-circuit Fiat–Shamir hash would have to
// absorb (docs/recursion.md "Commitment in the final circuit"). The compile
// itself fails after the count (the stand-in commitment is not random).
func TestMeasureCommitted(t *testing.T) {
	toy := newToy(t, false)
	c, err := NewFinalCircuit(toy.vk, []groth16.VerifyingKey{newToy(t, false).vk})
	if err != nil {
		t.Fatal(err)
	}
	var cc *countCommit
	nb := func(field *big.Int, config frontend.CompileConfig) (frontend.Builder[constraint.U64], error) {
		b, err := r1cs.NewBuilder[constraint.U64](field, config)
		cc = &countCommit{Builder: b, t: t}
		return cc, err
	}
	_, err = frontend.Compile(ecc.BN254.ScalarField(), nb, c)
	t.Logf("compile with the stand-in commitment: %v", err)
	if cc == nil || cc.calls != 1 {
		t.Fatal("the final circuit did not commit exactly once through the wrapped builder: the count above is not the commitment's")
	}
}
