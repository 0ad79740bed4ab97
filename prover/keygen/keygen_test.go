package keygen

import (
	"bytes"
	"fmt"
	"math/big"
	"reflect"
	"slices"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	curve "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
)

// committed is a small circuit with what the real ones have: public inputs,
// secret inputs, one commitment to private and public values, and wires
// that appear in only some of the three linear forms (points at infinity in
// the proving key).
type committed struct {
	X, Y frontend.Variable `gnark:",public"`
	A, B frontend.Variable
}

func (c *committed) Define(api frontend.API) error {
	cm, err := api.(frontend.Committer).Commit(c.A, c.B, c.X)
	if err != nil {
		return err
	}
	p := api.Mul(c.A, c.B)
	api.AssertIsEqual(api.Add(p, c.X), c.Y) // A·B + X = Y
	api.AssertIsDifferent(cm, 0)
	q := api.Mul(api.Add(c.A, cm), api.Add(c.B, 1))
	api.AssertIsDifferent(q, 0)
	return nil
}

func compile(t *testing.T) constraint.ConstraintSystem {
	t.Helper()
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &committed{})
	if err != nil {
		t.Fatal(err)
	}
	return ccs
}

func prove(t *testing.T, ccs constraint.ConstraintSystem, pk groth16.ProvingKey, vk groth16.VerifyingKey) {
	t.Helper()
	full, err := frontend.NewWitness(&committed{X: 5, Y: 5 + 3*7, A: 3, B: 7}, ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	proof, err := groth16.Prove(ccs, pk, full)
	if err != nil {
		t.Fatal(err)
	}
	pub, err := full.Public()
	if err != nil {
		t.Fatal(err)
	}
	if err := groth16.Verify(proof, vk, pub); err != nil {
		t.Fatalf("a valid proof under keygen's keys: %v", err)
	}
	wrong, err := frontend.NewWitness(&committed{X: 5, Y: 5 + 3*7 + 1}, ecc.BN254.ScalarField(), frontend.PublicOnly())
	if err != nil {
		t.Fatal(err)
	}
	if err := groth16.Verify(proof, vk, wrong); err == nil {
		t.Fatal("the proof verified for another public input")
	}
}

// TestSetupProves: keys from keygen prove and verify with gnark's prover
// and verifier, directly and after a round trip through gnark's raw
// serialization, and refuse a changed public input.
func TestSetupProves(t *testing.T) {
	ccs := compile(t)
	pk, vk, err := Setup(ccs)
	if err != nil {
		t.Fatal(err)
	}
	prove(t, ccs, pk, vk)

	var pkb, vkb bytes.Buffer
	if _, err := pk.WriteRawTo(&pkb); err != nil {
		t.Fatal(err)
	}
	if _, err := vk.WriteRawTo(&vkb); err != nil {
		t.Fatal(err)
	}
	pk2, vk2 := groth16.NewProvingKey(ecc.BN254), groth16.NewVerifyingKey(ecc.BN254)
	if _, err := pk2.ReadFrom(&pkb); err != nil {
		t.Fatal(err)
	}
	if _, err := vk2.ReadFrom(&vkb); err != nil {
		t.Fatal(err)
	}
	prove(t, ccs, pk2, vk2)
}

// TestSetupLayout: keygen's keys have exactly the shape of gnark's (every
// slice length, the points at infinity, the commitment layout, the domain),
// and the secrets are distinct.
func TestSetupLayout(t *testing.T) {
	ccs := compile(t)
	gpk, gvk, err := groth16.Setup(ccs)
	if err != nil {
		t.Fatal(err)
	}
	kpk, kvk, err := Setup(ccs)
	if err != nil {
		t.Fatal(err)
	}
	g, k := gpk.(*groth16bn254.ProvingKey), kpk.(*groth16bn254.ProvingKey)
	gv, kv := gvk.(*groth16bn254.VerifyingKey), kvk.(*groth16bn254.VerifyingKey)
	lens := func(pk *groth16bn254.ProvingKey, vk *groth16bn254.VerifyingKey) []int {
		l := []int{len(pk.G1.A), len(pk.G1.B), len(pk.G1.Z), len(pk.G1.K), len(pk.G2.B), len(vk.G1.K),
			int(pk.NbInfinityA), int(pk.NbInfinityB), len(pk.CommitmentKeys), len(vk.CommitmentKeys)}
		for _, c := range pk.CommitmentKeys {
			l = append(l, len(c.Basis), len(c.BasisExpSigma))
		}
		return l
	}
	if gl, kl := lens(g, gv), lens(k, kv); !reflect.DeepEqual(gl, kl) {
		t.Fatalf("lengths: gnark %v, keygen %v", gl, kl)
	}
	if g.NbInfinityA == 0 || g.NbInfinityB == 0 {
		t.Fatalf("the test circuit should have points at infinity: %d, %d", g.NbInfinityA, g.NbInfinityB)
	}
	if !reflect.DeepEqual(g.InfinityA, k.InfinityA) || !reflect.DeepEqual(g.InfinityB, k.InfinityB) {
		t.Fatal("points at infinity differ from gnark's")
	}
	if !reflect.DeepEqual(gv.PublicAndCommitmentCommitted, kv.PublicAndCommitmentCommitted) {
		t.Fatalf("public and commitment committed: gnark %v, keygen %v", gv.PublicAndCommitmentCommitted, kv.PublicAndCommitmentCommitted)
	}
	if g.Domain.Cardinality != k.Domain.Cardinality || !g.Domain.Generator.Equal(&k.Domain.Generator) {
		t.Fatal("domain differs from gnark's")
	}
	if kv.G2.Gamma.Equal(&kv.G2.Delta) || kv.G2.Beta.Equal(&kv.G2.Delta) || kv.G2.Beta.Equal(&kv.G2.Gamma) {
		t.Fatal("β, γ, δ are not distinct")
	}
	// γ and the commitment base are G2's generator, as gnark's mpcsetup
	// makes them (package recursion holds both as constants)
	_, _, _, gen2 := curve.Generators()
	if !kv.G2.Gamma.Equal(&gen2) {
		t.Fatal("γ is not G2's generator")
	}
	for i := range kv.CommitmentKeys {
		if !kv.CommitmentKeys[i].G.Equal(&gen2) || kv.CommitmentKeys[i].GSigmaNeg.Equal(&gen2) {
			t.Fatalf("commitment key %d: G is not G2's generator, or σ = −1", i)
		}
	}
	for i := range k.G1.Z {
		if !k.G1.Z[i].IsOnCurve() || k.G1.Z[i].IsInfinity() {
			t.Fatalf("Z[%d] is not a point of G1", i)
		}
	}
}

// TestFixedBase: the window tables give s·G for edge scalars (zero, one,
// windows all zero or all ones, r − 1) and random ones, in G1 and G2,
// across several blocks.
func TestFixedBase(t *testing.T) {
	var scalars []fr.Element
	add := func(b *big.Int) {
		var e fr.Element
		e.SetBigInt(b)
		scalars = append(scalars, e)
	}
	r := fr.Modulus()
	for _, b := range []*big.Int{big.NewInt(0), big.NewInt(1), big.NewInt(2), big.NewInt(1<<16 - 1), big.NewInt(1 << 16),
		new(big.Int).Lsh(big.NewInt(1), 240), new(big.Int).Sub(r, big.NewInt(1)), new(big.Int).Sub(r, big.NewInt(1<<16))} {
		add(b)
	}
	for range 2*block + 5 {
		var e fr.Element
		if _, err := e.SetRandom(); err != nil {
			t.Fatal(err)
		}
		scalars = append(scalars, e)
	}
	scalars = append(scalars, scalars[5]) // a repeated scalar
	_, _, g1, g2 := curve.Generators()
	p1 := multiplyG1(&g1, scalars)
	p2 := multiplyG2(&g2, scalars)
	for i := range scalars {
		var s big.Int
		scalars[i].BigInt(&s)
		var w1 curve.G1Affine
		w1.ScalarMultiplication(&g1, &s)
		var w2 curve.G2Affine
		w2.ScalarMultiplication(&g2, &s)
		if !p1[i].Equal(&w1) || !p2[i].Equal(&w2) {
			t.Fatalf("scalar %d (%s): fixed-base product differs", i, s.String())
		}
	}
}

// chain is a circuit of n chained multiplications with one commitment, for
// the setup benchmark.
type chain struct {
	X frontend.Variable `gnark:",public"`
	Y frontend.Variable
	n int
}

func (c *chain) Define(api frontend.API) error {
	v := c.Y
	for range c.n {
		v = api.Add(api.Mul(v, v), c.X)
	}
	cm, err := api.(frontend.Committer).Commit(v, c.Y)
	if err != nil {
		return err
	}
	api.AssertIsDifferent(cm, 0)
	return nil
}

// BenchmarkSetup compares gnark's groth16.Setup with keygen.Setup on a
// circuit of 2^17 constraints (go test ./prover/keygen -run '^$' -bench Setup).
func BenchmarkSetup(b *testing.B) {
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &chain{n: 1<<17 - 8})
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("%d constraints", ccs.GetNbConstraints())
	for _, s := range []struct {
		name  string
		setup func(constraint.ConstraintSystem) (groth16.ProvingKey, groth16.VerifyingKey, error)
	}{{"gnark", groth16.Setup}, {"keygen", Setup}} {
		b.Run(s.name, func(b *testing.B) {
			for b.Loop() {
				if _, _, err := s.setup(ccs); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// plain has no commitment: the verifying key has no commitment key.
type plain struct {
	X frontend.Variable `gnark:",public"`
	A frontend.Variable
}

func (c *plain) Define(api frontend.API) error {
	api.AssertIsEqual(api.Mul(c.A, c.A, c.A), c.X)
	return nil
}

// TestSetupWithoutCommitment: a circuit without a commitment proves and
// verifies under keygen's keys too.
func TestSetupWithoutCommitment(t *testing.T) {
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &plain{})
	if err != nil {
		t.Fatal(err)
	}
	pk, vk, err := Setup(ccs)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(vk.(*groth16bn254.VerifyingKey).CommitmentKeys); n != 0 {
		t.Fatalf("%d commitment keys, want none", n)
	}
	full, err := frontend.NewWitness(&plain{X: 27, A: 3}, ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	proof, err := groth16.Prove(ccs, pk, full)
	if err != nil {
		t.Fatal(err)
	}
	pub, err := frontend.NewWitness(&plain{X: 27}, ecc.BN254.ScalarField(), frontend.PublicOnly())
	if err != nil {
		t.Fatal(err)
	}
	if err := groth16.Verify(proof, vk, pub); err != nil {
		t.Fatal(err)
	}
	bad, err := frontend.NewWitness(&plain{X: 28}, ecc.BN254.ScalarField(), frontend.PublicOnly())
	if err != nil {
		t.Fatal(err)
	}
	if err := groth16.Verify(proof, vk, bad); err == nil {
		t.Fatal("verified for another public input")
	}
}

// manyCommitted commits to many private wires (as the recursion circuits'
// emulated arithmetic does, by the million).
type manyCommitted struct {
	X frontend.Variable `gnark:",public"`
	V [40]frontend.Variable
}

func (c *manyCommitted) Define(api frontend.API) error {
	sq := make([]frontend.Variable, 0, len(c.V))
	for _, v := range c.V {
		sq = append(sq, api.Mul(v, v))
	}
	cm, err := api.(frontend.Committer).Commit(sq...)
	if err != nil {
		return err
	}
	api.AssertIsDifferent(api.Add(cm, c.X), 0)
	return nil
}

// TestCommitmentKeySigma: every point of every commitment key's σ-basis is
// σ times its basis point, with σ the secret of that key's verifying key
// (e(σ·B_j, G)·e(B_j, −σ·G) = 1 for every j, not only for the sum a proof's
// knowledge check tests); the keys prove and verify, and a σ-basis point
// changed is caught by this check.
func TestCommitmentKeySigma(t *testing.T) {
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &manyCommitted{})
	if err != nil {
		t.Fatal(err)
	}
	pk, vk, err := Setup(ccs)
	if err != nil {
		t.Fatal(err)
	}
	kpk, kvk := pk.(*groth16bn254.ProvingKey), vk.(*groth16bn254.VerifyingKey)
	if len(kpk.CommitmentKeys) != 1 || len(kpk.CommitmentKeys[0].Basis) < 40 {
		t.Fatalf("want one commitment key over at least 40 wires, got %d keys", len(kpk.CommitmentKeys))
	}
	consistent := func(ck []curve.G1Affine, cs []curve.G1Affine) error {
		cvk := kvk.CommitmentKeys[0]
		for j := range ck {
			ok, err := curve.PairingCheck([]curve.G1Affine{cs[j], ck[j]}, []curve.G2Affine{cvk.G, cvk.GSigmaNeg})
			if err != nil {
				return err
			}
			if !ok {
				return fmt.Errorf("point %d: σ-basis is not σ times the basis", j)
			}
		}
		return nil
	}
	c := kpk.CommitmentKeys[0]
	if err := consistent(c.Basis, c.BasisExpSigma); err != nil {
		t.Fatal(err)
	}
	forged := slices.Clone(c.BasisExpSigma)
	forged[17].Add(&forged[17], &c.Basis[17])
	if err := consistent(c.Basis, forged); err == nil {
		t.Fatal("a changed σ-basis point passed the check")
	}

	var a manyCommitted
	a.X = 1
	for i := range a.V {
		a.V[i] = i + 2
	}
	proof, pub := proveFull(t, ccs, pk, &a)
	if err := groth16.Verify(proof, vk, pub); err != nil {
		t.Fatalf("a valid proof under keygen's keys: %v", err)
	}
}

// TestDummy: Dummy's key has exactly the shape of a real key (every length,
// the points at infinity where the setup puts them, the commitment keys),
// proves with gnark's prover, and its proof does not verify under a real
// verifying key.
func TestDummy(t *testing.T) {
	ccs := compile(t)
	spk, svk, err := Setup(ccs)
	if err != nil {
		t.Fatal(err)
	}
	dpk, err := Dummy(ccs)
	if err != nil {
		t.Fatal(err)
	}
	s, d := spk.(*groth16bn254.ProvingKey), dpk.(*groth16bn254.ProvingKey)
	shape := func(pk *groth16bn254.ProvingKey) []int {
		l := []int{len(pk.G1.A), len(pk.G1.B), len(pk.G1.Z), len(pk.G1.K), len(pk.G2.B),
			int(pk.NbInfinityA), int(pk.NbInfinityB), len(pk.CommitmentKeys), int(pk.Domain.Cardinality)}
		for _, c := range pk.CommitmentKeys {
			l = append(l, len(c.Basis), len(c.BasisExpSigma))
		}
		return l
	}
	if a, b := shape(s), shape(d); !reflect.DeepEqual(a, b) {
		t.Fatalf("shape: setup %v, dummy %v", a, b)
	}
	if !reflect.DeepEqual(s.InfinityA, d.InfinityA) || !reflect.DeepEqual(s.InfinityB, d.InfinityB) {
		t.Fatal("points at infinity differ from the setup's")
	}
	proof, pub := proveFull(t, ccs, dpk, &committed{X: 5, Y: 5 + 3*7, A: 3, B: 7})
	if err := groth16.Verify(proof, svk, pub); err == nil {
		t.Fatal("a dummy key's proof verified under a real key")
	}
}

// proveFull proves the full assignment a with pk and returns the proof and
// a's public part.
func proveFull(t *testing.T, ccs constraint.ConstraintSystem, pk groth16.ProvingKey, a frontend.Circuit) (groth16.Proof, witness.Witness) {
	t.Helper()
	full, err := frontend.NewWitness(a, ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	proof, err := groth16.Prove(ccs, pk, full)
	if err != nil {
		t.Fatalf("proving: %v", err)
	}
	pub, err := full.Public()
	if err != nil {
		t.Fatal(err)
	}
	return proof, pub
}

// TestAddBatchG1: the batched affine additions, including the two cases an
// affine addition cannot do (a point plus itself, a point plus its
// opposite), which fall back to Jacobian coordinates; entries not listed
// are untouched.
func TestAddBatchG1(t *testing.T) {
	_, _, g1, _ := curve.Generators()
	mul := func(k int64) curve.G1Affine {
		var p curve.G1Affine
		p.ScalarMultiplication(&g1, big.NewInt(k))
		return p
	}
	p, q, r := mul(5), mul(7), mul(11)
	var negP curve.G1Affine
	negP.Neg(&p)
	acc := []curve.G1Affine{p, p, q, r, p}
	pts := []*curve.G1Affine{&p, &negP, &r, &p}
	var s batchScratch
	addBatchG1(acc, []int{0, 1, 2, 4}, pts, &s)
	want := []curve.G1Affine{mul(10), {}, mul(18), r, mul(10)}
	for i := range want {
		if !acc[i].Equal(&want[i]) {
			t.Fatalf("entry %d: got %v, want %v", i, acc[i], want[i])
		}
	}
	if !acc[1].IsInfinity() {
		t.Fatal("a point plus its opposite is not the point at infinity")
	}
}
