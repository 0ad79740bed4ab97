// Package keygen makes single-party Groth16 keys for BN254 circuits, the
// same keys gnark's groth16.Setup makes (same structures, same serialized
// form, loaded and used by gnark's prover and verifier unchanged), about ten
// times faster: gnark-crypto multiplies the generator by each of the tens of
// millions of scalars with a full double-and-add, keygen with fixed-base
// window tables (fixedbase.go). On this 2-core machine the aggregation
// circuit's setup (5.1M constraints) went from 35-42 minutes to a few.
//
// The keys are as insecure as gnark's: whoever runs the setup knows the
// toxic waste. Production keys come from the multi-party ceremony
// (prover/ceremony).
package keygen

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"math/bits"
	"slices"

	curve "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/fft"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/pedersen"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/constraint"
	csbn254 "github.com/consensys/gnark/constraint/bn254"
)

// Setup makes a proving and a verifying key for the compiled circuit ccs. A
// BN254 R1CS takes the fast path; any other system goes to gnark's
// groth16.Setup.
func Setup(ccs constraint.ConstraintSystem) (groth16.ProvingKey, groth16.VerifyingKey, error) {
	r1cs, ok := ccs.(*csbn254.R1CS)
	if !ok {
		return groth16.Setup(ccs)
	}
	pk, vk := new(groth16bn254.ProvingKey), new(groth16bn254.VerifyingKey)
	if err := setup(r1cs, pk, vk); err != nil {
		return nil, nil, err
	}
	return pk, vk, nil
}

// toxic is the setup's secret randomness (Montgomery form).
type toxic struct {
	tau, alpha, beta, gamma, delta fr.Element
	gammaInv, deltaInv             fr.Element
}

func sampleToxic() (toxic, error) {
	var w toxic
	for _, e := range []*fr.Element{&w.tau, &w.alpha, &w.beta, &w.delta} {
		if err := randomNonZero(e); err != nil {
			return w, fmt.Errorf("sampling setup randomness: %w", err)
		}
	}
	// γ = 1, as in gnark's mpcsetup (the ceremony's keys, and snarkjs's):
	// Groth16 stays sound with γ = 1 (BGM17), and a recursive verifier can
	// hold [γ]₂ as a constant (package recursion).
	w.gamma.SetOne()
	w.gammaInv.Inverse(&w.gamma)
	w.deltaInv.Inverse(&w.delta)
	return w, nil
}

// randomNonZero sets e to a uniform non-zero element.
func randomNonZero(e *fr.Element) error {
	for e.SetZero(); e.IsZero(); {
		if _, err := e.SetRandom(); err != nil {
			return err
		}
	}
	return nil
}

// wires is the layout of a BN254 R1CS's wires in a Groth16 key, shared by
// Setup and Dummy.
type wires struct {
	commitments    constraint.Groth16Commitments
	committed      [][]int // the private wires each commitment commits to
	nbCommitted    int     // their total
	nbWires        int     // public, secret and internal
	nbPrivateWires int     // proven with δ: secret and internal, less the committed and commitment wires
	domain         *fft.Domain
}

func layout(r1cs *csbn254.R1CS) (wires, error) {
	commitments, ok := r1cs.CommitmentInfo.(constraint.Groth16Commitments)
	if !ok {
		return wires{}, fmt.Errorf("commitment info of type %T, want Groth16 commitments", r1cs.CommitmentInfo)
	}
	l := wires{commitments: commitments, committed: commitments.GetPrivateCommitted(),
		nbWires: r1cs.NbInternalVariables + r1cs.GetNbPublicVariables() + r1cs.GetNbSecretVariables(),
		domain:  fft.NewDomain(uint64(r1cs.GetNbConstraints()))}
	for _, c := range l.committed {
		l.nbCommitted += len(c)
	}
	l.nbPrivateWires = r1cs.GetNbSecretVariables() + r1cs.NbInternalVariables - l.nbCommitted - len(commitments)
	return l, nil
}

// setup fills pk and vk for r1cs. The layout is gnark's: public wires
// first, then the secret and internal ones; a commitment wire and the wires
// it commits to are verified with γ (they go to the verifying key and the
// commitment keys), every other private wire is proven with δ.
func setup(r1cs *csbn254.R1CS, pk *groth16bn254.ProvingKey, vk *groth16bn254.VerifyingKey) error {
	l, err := layout(r1cs)
	if err != nil {
		return err
	}
	nbPublic := r1cs.GetNbPublicVariables()
	commitments, committed, nbCommitted, nbPrivateWires, domain := l.commitments, l.committed, l.nbCommitted, l.nbPrivateWires, l.domain
	commitmentWires := commitments.CommitmentIndexes()
	nbPublicWires := nbPublic + len(commitments)

	w, err := sampleToxic()
	if err != nil {
		return err
	}
	A, B, C := evaluateQAP(r1cs, domain, &w)

	// K_i = (β·A_i + α·B_i + C_i) / (γ or δ)
	pkK := make([]fr.Element, 0, nbPrivateWires)
	vkK := make([]fr.Element, 0, nbPublicWires)
	ckK := make([][]fr.Element, len(commitments))
	next := newMerge(committed)
	seenCommitments := 0
	for i := range A {
		var k, t fr.Element
		k.Mul(&A[i], &w.beta)
		t.Mul(&B[i], &w.alpha)
		k.Add(&k, &t).Add(&k, &C[i])
		isCommitment := i >= nbPublic && seenCommitments < len(commitmentWires) && commitmentWires[seenCommitments] == i
		if isCommitment {
			seenCommitments++
		}
		switch c := next.take(i); {
		case i < nbPublic || isCommitment:
			vkK = append(vkK, *k.Mul(&k, &w.gammaInv))
		case c >= 0:
			ckK[c] = append(ckK[c], *k.Mul(&k, &w.gammaInv))
		default:
			pkK = append(pkK, *k.Mul(&k, &w.deltaInv))
		}
	}
	if len(vkK) != nbPublicWires || len(pkK) != nbPrivateWires {
		return fmt.Errorf("setup: %d public and %d private wires, want %d and %d", len(vkK), len(pkK), nbPublicWires, nbPrivateWires)
	}

	// Z_i = τ^i·(τ^n − 1)/δ, the powers the quotient is proven against.
	n := int(domain.Cardinality)
	Z := make([]fr.Element, n)
	var z fr.Element
	one := fr.One()
	z.Exp(w.tau, new(big.Int).SetUint64(domain.Cardinality)).Sub(&z, &one).Mul(&z, &w.deltaInv)
	for i := range Z {
		Z[i] = z
		z.Mul(&z, &w.tau)
	}

	// Zero evaluations are points at infinity: flagged, and left out.
	var nbA, nbB int
	pk.InfinityA, A, nbA = dropZeros(A)
	pk.InfinityB, B, nbB = dropZeros(B)
	pk.NbInfinityA, pk.NbInfinityB = uint64(nbA), uint64(nbB)

	// Each commitment key i has its own secret σ_i (as gnark's setup, one
	// pedersen.Setup per key): its basis K_j·G and the basis times σ_i,
	// (σ_i·K_j)·G, both by the fixed-base tables. gnark-crypto's
	// pedersen.Setup multiplies every basis point by σ with a variable-base
	// scalar multiplication, one after the other on one core: for the
	// aggregation circuit's millions of committed wires that alone took
	// most of its setup (4.5 minutes on 16 cores).
	sigmas := make([]fr.Element, len(ckK))
	for i := range sigmas {
		if err := randomNonZero(&sigmas[i]); err != nil {
			return fmt.Errorf("sampling commitment key %d's secret: %w", i, err)
		}
	}
	g1Scalars := make([]fr.Element, 0, 3+len(A)+len(B)+n+len(vkK)+len(pkK)+2*nbCommitted)
	g1Scalars = append(g1Scalars, w.alpha, w.beta, w.delta)
	g1Scalars = append(g1Scalars, A...)
	g1Scalars = append(g1Scalars, B...)
	g1Scalars = append(g1Scalars, Z...)
	g1Scalars = append(g1Scalars, vkK...)
	g1Scalars = append(g1Scalars, pkK...)
	for _, c := range ckK {
		g1Scalars = append(g1Scalars, c...)
	}
	for i, c := range ckK {
		for j := range c {
			var t fr.Element
			g1Scalars = append(g1Scalars, *t.Mul(&c[j], &sigmas[i]))
		}
	}
	_, _, g1, g2 := curve.Generators()
	g1Points := multiplyG1(&g1, g1Scalars)
	take := func(m int) []curve.G1Affine {
		p := g1Points[:m:m]
		g1Points = g1Points[m:]
		return p
	}
	head := take(3)
	pk.G1.Alpha, pk.G1.Beta, pk.G1.Delta = head[0], head[1], head[2]
	pk.G1.A = take(len(A))
	pk.G1.B = take(len(B))
	zPoints := take(n)
	bitReverse(zPoints)
	pk.G1.Z = zPoints[: n-1 : n-1] // the quotient has degree n−2
	vk.G1.K = take(len(vkK))
	pk.G1.K = take(len(pkK))
	bases := make([][]curve.G1Affine, len(ckK))
	for i := range ckK {
		bases[i] = take(len(ckK[i]))
	}
	basesSigma := make([][]curve.G1Affine, len(ckK))
	for i := range ckK {
		basesSigma[i] = take(len(ckK[i]))
	}
	if len(g1Points) != 0 {
		return errors.New("setup: G1 points left over")
	}

	if len(bases) > 0 {
		// One G2 point for all keys, G2's generator as in gnark's mpcsetup
		// (the ceremony's keys), so that a recursive verifier holds it as a
		// constant; GSigmaNeg = −σ_i·G.
		cG2 := g2
		pk.CommitmentKeys = make([]pedersen.ProvingKey, len(bases))
		vk.CommitmentKeys = make([]pedersen.VerifyingKey, len(bases))
		for i := range bases {
			var s big.Int
			sigmas[i].BigInt(&s)
			vk.CommitmentKeys[i].G = cG2
			vk.CommitmentKeys[i].GSigmaNeg.ScalarMultiplication(&cG2, s.Neg(&s))
			pk.CommitmentKeys[i] = pedersen.ProvingKey{Basis: bases[i], BasisExpSigma: basesSigma[i]}
		}
	}
	vk.PublicAndCommitmentCommitted = commitments.GetPublicAndCommitmentCommitted(commitmentWires, nbPublic)

	g2Scalars := append(slices.Clip(B), w.beta, w.delta, w.gamma)
	g2Points := multiplyG2(&g2, g2Scalars)
	pk.G2.B = g2Points[:len(B):len(B)]
	pk.G2.Beta, pk.G2.Delta = g2Points[len(B)], g2Points[len(B)+1]
	vk.G2.Beta, vk.G2.Delta, vk.G2.Gamma = pk.G2.Beta, pk.G2.Delta, g2Points[len(B)+2]
	vk.G1.Alpha, vk.G1.Beta, vk.G1.Delta = pk.G1.Alpha, pk.G1.Beta, pk.G1.Delta
	pk.Domain = *domain
	return vk.Precompute()
}

// evaluateQAP returns, for every wire, Σ over the constraints j of its
// coefficient times the Lagrange polynomial L_j(τ), in the three linear
// forms of the R1CS (L·R = O).
func evaluateQAP(r1cs *csbn254.R1CS, domain *fft.Domain, w *toxic) (A, B, C []fr.Element) {
	nbWires := r1cs.NbInternalVariables + r1cs.GetNbPublicVariables() + r1cs.GetNbSecretVariables()
	A, B, C = make([]fr.Element, nbWires), make([]fr.Element, nbWires), make([]fr.Element, nbWires)
	m := r1cs.GetNbConstraints()

	// τ − ω^j and their inverses
	diff := make([]fr.Element, m+1)
	omega := fr.One()
	for j := range diff {
		diff[j].Sub(&w.tau, &omega)
		omega.Mul(&omega, &domain.Generator)
	}
	inv := fr.BatchInvert(diff)

	// L_0(τ) = (τ^n − 1)/(n·(τ − 1)); L_{j+1} = ω·L_j·(τ − ω^j)/(τ − ω^{j+1})
	var L fr.Element
	one := fr.One()
	L.Exp(w.tau, new(big.Int).SetUint64(domain.Cardinality)).Sub(&L, &one)
	L.Mul(&L, &inv[0]).Mul(&L, &domain.CardinalityInv)

	add := func(acc *fr.Element, t constraint.Term) {
		var v fr.Element
		switch id := t.CoeffID(); id {
		case constraint.CoeffIdZero:
			return
		case constraint.CoeffIdOne:
			acc.Add(acc, &L)
			return
		case constraint.CoeffIdMinusOne:
			acc.Sub(acc, &L)
			return
		case constraint.CoeffIdTwo:
			v.Double(&L)
		default:
			v.Mul(&r1cs.Coefficients[id], &L)
		}
		acc.Add(acc, &v)
	}
	it := r1cs.GetR1CIterator()
	for j, c := 0, it.Next(); c != nil; j, c = j+1, it.Next() {
		for _, t := range c.L {
			add(&A[t.WireID()], t)
		}
		for _, t := range c.R {
			add(&B[t.WireID()], t)
		}
		for _, t := range c.O {
			add(&C[t.WireID()], t)
		}
		L.Mul(&L, &domain.Generator).Mul(&L, &diff[j]).Mul(&L, &inv[j+1])
	}
	return A, B, C
}

// dropZeros flags the zero elements of s, removes them in place and says
// how many there were.
func dropZeros(s []fr.Element) ([]bool, []fr.Element, int) {
	zero := make([]bool, len(s))
	kept := s[:0]
	for i := range s {
		if s[i].IsZero() {
			zero[i] = true
			continue
		}
		kept = append(kept, s[i])
	}
	return zero, kept, len(s) - len(kept)
}

// bitReverse permutes a into bit-reversed index order (len(a) a power of 2).
func bitReverse(a []curve.G1Affine) {
	n := uint(len(a))
	shift := uint(bits.UintSize - bits.TrailingZeros(n))
	for i := uint(0); i < n; i++ {
		if r := bits.Reverse(i) >> shift; r > i {
			a[i], a[r] = a[r], a[i]
		}
	}
}

// merge walks sorted lists of wire indexes in increasing order: take(i)
// says which list holds i when i is the next index of all of them (and
// moves past it), else -1.
type merge struct{ lists [][]int }

func newMerge(lists [][]int) *merge { return &merge{lists: slices.Clone(lists)} }

func (m *merge) take(i int) int {
	least, at := math.MaxInt, -1
	for j, l := range m.lists {
		if len(l) > 0 && l[0] < least {
			least, at = l[0], j
		}
	}
	if at < 0 || least != i {
		return -1
	}
	m.lists[at] = m.lists[at][1:]
	return at
}
