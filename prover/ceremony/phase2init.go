package ceremony

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"math/bits"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	curve "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	cmpc "github.com/consensys/gnark-crypto/ecc/bn254/mpcsetup"
	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
	"github.com/consensys/gnark/constraint"
	cs "github.com/consensys/gnark/constraint/bn254"
)

// This file computes the initial phase-2 state of a circuit: exactly the
// values gnark's (*mpcsetup.Phase2).Initialize computes (the tests compare
// both byte for byte), on every core, interruptible by ctx, and in two
// parts: the SRS's Lagrange bases (the costly FFTs over curve points, the
// same for every circuit of a domain, so kept beside the SRS: lagrange.go)
// and the accumulation of the circuit's terms.
//
// gnark's Initialize works in affine coordinates (one field inversion per
// addition), runs the first FFT stage on one core, and accumulates every
// constraint term with its own scalar multiplication, on one core: for the
// class-2^10 circuit 1,477 s of CPU, every time. Here the first phase 2 of a
// domain costs about as much CPU (the FFTs are n/2·log n scalar
// multiplications per basis either way) spread over all cores, and every
// later one, and every verification, a fifth of it or less (docs/ceremony.md,
// Cost):
//   - the Lagrange FFTs run in Jacobian coordinates, every stage split over
//     all cores, and each result is converted to affine once, with batched
//     inversions; the 1/n factor is applied to each wire's sums, not to
//     every basis point;
//   - the constraints are split over all cores; each term c·P (P the
//     constraint's basis point) is added into its wire's sum in Jacobian
//     coordinates; a coefficient below 2^128 (or whose negation is) is a
//     sum of doublings of P, and the terms of one constraint share one
//     chain of doublings: the circuits' coefficients are mostly powers of
//     two recombining limbs and bytes, so a term costs a few additions
//     where a scalar multiplication per term costs a hundred doublings.

// jacobian is the arithmetic the phase-2 initialisation needs of a curve
// group in Jacobian coordinates (*curve.G1Jac and *curve.G2Jac), with A its
// affine points.
type jacobian[J, A any] interface {
	*J
	AddAssign(*J) *J
	SubAssign(*J) *J
	Neg(*J) *J
	DoubleAssign() *J
	ScalarMultiplication(*J, *big.Int) *J
	FromAffine(*A) *J
}

// forEach runs f over [0, n) in chunks of at most chunk, on every core,
// and stops early with ctx's error when ctx ends.
func forEach(ctx context.Context, n, chunk int, f func(lo, hi int)) error {
	if n <= 0 {
		return ctx.Err()
	}
	chunk = max(chunk, 1)
	workers := min(runtime.GOMAXPROCS(0), (n+chunk-1)/chunk)
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				lo := int(next.Add(int64(chunk))) - chunk
				if lo >= n {
					return
				}
				f(lo, min(lo+chunk, n))
			}
		}()
	}
	wg.Wait()
	return ctx.Err()
}

// lagrange returns [n·L_i(x)] for i < n = len(powers) from powers = [x^i]:
// an inverse FFT over the group (decimation in frequency, then bit
// reversal), not scaled by 1/n (the caller scales its sums instead: a
// scalar multiplication per non-zero sum rather than per point). n is a
// power of two.
func lagrange[J, A any, PJ jacobian[J, A]](ctx context.Context, powers []A, toAffine func([]J) []A) ([]A, error) {
	n := len(powers)
	if n == 0 || n&(n-1) != 0 {
		return nil, fmt.Errorf("lagrange basis of %d points: not a power of two", n)
	}
	a := make([]J, n)
	if err := forEach(ctx, n, 1<<12, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			PJ(&a[i]).FromAffine(&powers[i])
		}
	}); err != nil {
		return nil, err
	}
	tw, err := twiddlesInv(n)
	if err != nil {
		return nil, err
	}
	for m := n / 2; m >= 1; m /= 2 {
		step := n / (2 * m)
		// butterfly k of this stage: block k/m, index k%m within it
		if err := forEach(ctx, n/2, 1<<10, func(lo, hi int) {
			var t J
			var s big.Int
			for k := lo; k < hi; k++ {
				i := k % m
				u := (k/m)*2*m + i
				v := u + m
				t = a[u]
				PJ(&a[u]).AddAssign(&a[v])
				PJ(&t).SubAssign(&a[v])
				if i != 0 {
					tw[i*step].BigInt(&s)
					PJ(&t).ScalarMultiplication(&t, &s)
				}
				a[v] = t
			}
		}); err != nil {
			return nil, err
		}
	}
	bitReverse(a)
	return toAffine(a), ctx.Err()
}

// twiddlesInv returns ω⁻ⁱ for i < n/2, ω the n-th root of unity of gnark's
// FFT domain of size n.
func twiddlesInv(n int) ([]fr.Element, error) {
	var w fr.Element
	if n > 1 {
		g, err := fr.Generator(uint64(n))
		if err != nil {
			return nil, fmt.Errorf("root of unity of order %d: %w", n, err)
		}
		w.Inverse(&g)
	}
	tw := make([]fr.Element, max(n/2, 1))
	tw[0].SetOne()
	for i := 1; i < len(tw); i++ {
		tw[i].Mul(&tw[i-1], &w)
	}
	return tw, nil
}

// bitReverse permutes a (a power of two long) into bit-reversed order.
func bitReverse[T any](a []T) {
	n := uint64(len(a))
	if n < 2 {
		return
	}
	shift := 64 - uint64(bits.TrailingZeros64(n))
	for i := uint64(0); i < n; i++ {
		if j := bits.Reverse64(i) >> shift; j > i {
			a[i], a[j] = a[j], a[i]
		}
	}
}

// batchAffineG2 converts points to affine, one inversion per chunk, on
// every core; the point at infinity becomes (0, 0), as gnark's (what
// gnark-crypto's BatchJacobianToAffineG1 does for G1; it has none for G2).
func batchAffineG2(pts []curve.G2Jac) []curve.G2Affine {
	out := make([]curve.G2Affine, len(pts))
	_ = forEach(context.Background(), len(pts), 1<<11, func(lo, hi int) {
		var acc curve.E2
		acc.SetOne()
		for i := lo; i < hi; i++ {
			if pts[i].Z.IsZero() {
				continue
			}
			out[i].X = acc
			acc.Mul(&acc, &pts[i].Z)
		}
		acc.Inverse(&acc)
		for i := hi - 1; i >= lo; i-- {
			if pts[i].Z.IsZero() {
				continue
			}
			var zi, zi2 curve.E2
			zi.Mul(&out[i].X, &acc)
			acc.Mul(&acc, &pts[i].Z)
			zi2.Square(&zi)
			out[i].X.Mul(&pts[i].X, &zi2)
			out[i].Y.Mul(&pts[i].Y, &zi2).Mul(&out[i].Y, &zi)
		}
	})
	return out
}

// coeffOp is how a constraint coefficient c is applied to a point P.
type coeffOp struct {
	kind int     // coefZero, coefOne, coefMinusOne, coefTwo, coefLadder, coefScalar
	neg  bool    // coefLadder, coefScalar: apply k, then negate (k = -c, shorter than c)
	bits []uint8 // coefLadder: the positions of k's set bits
	k    big.Int // coefScalar: k
}

const (
	coefZero = iota
	coefOne
	coefMinusOne
	coefTwo
	coefLadder // |k| < 2^maxLadder: a sum of the doublings of P
	coefScalar // a full scalar multiplication (GLV)
)

// maxLadder bounds the coefficients applied from doublings of P: the
// circuits' coefficients are mostly powers of two and small multiples of
// them (limbs and bytes recombined), so the terms of one constraint share
// one chain of doublings of its point and each costs a few additions.
const maxLadder = 128

func coeffOps(r1cs *cs.R1CS) []coeffOp {
	ops := make([]coeffOp, len(r1cs.Coefficients))
	mod := fr.Modulus()
	for id := range r1cs.Coefficients {
		op := &ops[id]
		switch id {
		case constraint.CoeffIdZero:
			op.kind = coefZero
		case constraint.CoeffIdOne:
			op.kind = coefOne
		case constraint.CoeffIdMinusOne:
			op.kind = coefMinusOne
		case constraint.CoeffIdTwo:
			op.kind = coefTwo
		default:
			r1cs.Coefficients[id].BigInt(&op.k)
			var negK big.Int
			negK.Sub(mod, &op.k)
			if negK.BitLen() < op.k.BitLen() {
				op.k.Set(&negK)
				op.neg = true
			}
			op.kind = coefScalar
			if op.k.Sign() == 0 {
				op.kind = coefZero
			} else if op.k.BitLen() <= maxLadder {
				op.kind = coefLadder
				for b := range op.k.BitLen() {
					if op.k.Bit(b) == 1 {
						op.bits = append(op.bits, uint8(b))
					}
				}
			}
		}
	}
	return ops
}

// consTerms holds the three sides (L, R, O) of every constraint: constraint
// i's terms on side s are [start[s][i], start[s][i+1]) of wire[s] and
// coef[s].
type consTerms struct {
	start, wire, coef [3][]uint32
}

// termsOf reads the constraints' terms (one pass over the constraint system).
func termsOf(ctx context.Context, r1cs *cs.R1CS) (*consTerms, error) {
	var t consTerms
	m := r1cs.GetNbConstraints()
	for s := range 3 {
		t.start[s] = make([]uint32, 1, m+1)
	}
	it := r1cs.GetR1CIterator()
	for c := it.Next(); c != nil; c = it.Next() {
		for s, le := range [3]constraint.LinearExpression{c.L, c.R, c.O} {
			for _, term := range le {
				t.wire[s] = append(t.wire[s], uint32(term.WireID()))
				t.coef[s] = append(t.coef[s], uint32(term.CoeffID()))
			}
			t.start[s] = append(t.start[s], uint32(len(t.wire[s])))
		}
	}
	return &t, ctx.Err()
}

// stripes are the locks of the wires' accumulators (wire w: stripe w mod
// len).
type stripes [1 << 12]sync.Mutex

func (l *stripes) of(w uint32) *sync.Mutex { return &l[w&(uint32(len(l))-1)] }

// addTerms adds c·P to acc[w] for each term (w, c) of one side of one
// constraint, P its basis point. ladder is the caller's scratch space.
func addTerms[J, A any, PJ jacobian[J, A]](p *A, wires, coefs []uint32, ops []coeffOp, acc []J, locks *stripes, ladder *[]J) {
	top := 1
	for _, id := range coefs {
		if op := &ops[id]; op.kind == coefLadder {
			top = max(top, int(op.bits[len(op.bits)-1]))
		}
	}
	lad := (*ladder)[:0]
	var q J
	PJ(&q).FromAffine(p)
	lad = append(lad, q)
	for range top {
		PJ(&q).DoubleAssign()
		lad = append(lad, q)
	}
	*ladder = lad
	for t, id := range coefs {
		op := &ops[id]
		switch op.kind {
		case coefZero:
			continue
		case coefOne:
			q = lad[0]
		case coefMinusOne:
			PJ(&q).Neg(&lad[0])
		case coefTwo:
			q = lad[1]
		case coefLadder:
			q = lad[op.bits[0]]
			for _, b := range op.bits[1:] {
				PJ(&q).AddAssign(&lad[b])
			}
		default:
			PJ(&q).ScalarMultiplication(&lad[0], &op.k)
		}
		if op.neg {
			PJ(&q).Neg(&q)
		}
		mu := locks.of(wires[t])
		mu.Lock()
		PJ(&acc[wires[t]]).AddAssign(&q)
		mu.Unlock()
	}
}

// lagrangeBases are the powers of an SRS in Lagrange form, times n: [n·L_i(τ)]₁,
// [n·L_i(ατ)]₁, [n·L_i(βτ)]₁ and [n·L_i(τ)]₂ for i < n, the domain's size. They
// are all phase 2 needs of the SRS besides its first 2n-1 powers of τ in G1,
// they are the same for every circuit of the domain, and they are the
// expensive part (n/2·log n scalar multiplications per basis), so they are
// kept beside the SRS (lagrangePath) and checked when read (check).
type lagrangeBases struct {
	Tau1, Alpha1, Beta1 []curve.G1Affine
	Tau2                []curve.G2Affine
}

// computeLagrange computes the Lagrange bases of the SRS commons (truncated
// to its domain).
func computeLagrange(ctx context.Context, commons *mpcsetup.SrsCommons) (*lagrangeBases, error) {
	n := len(commons.G1.AlphaTau)
	if len(commons.G1.Tau) < n || len(commons.G1.BetaTau) < n || len(commons.G2.Tau) < n {
		return nil, errors.New("the SRS is shorter than its domain")
	}
	var b lagrangeBases
	var err error
	if b.Tau1, err = lagrange[curve.G1Jac](ctx, commons.G1.Tau[:n], curve.BatchJacobianToAffineG1); err != nil {
		return nil, err
	}
	if b.Alpha1, err = lagrange[curve.G1Jac](ctx, commons.G1.AlphaTau[:n], curve.BatchJacobianToAffineG1); err != nil {
		return nil, err
	}
	if b.Beta1, err = lagrange[curve.G1Jac](ctx, commons.G1.BetaTau[:n], curve.BatchJacobianToAffineG1); err != nil {
		return nil, err
	}
	if b.Tau2, err = lagrange[curve.G2Jac](ctx, commons.G2.Tau[:n], batchAffineG2); err != nil {
		return nil, err
	}
	return &b, nil
}

// initPhase2Fast is gnark's (*mpcsetup.Phase2).Initialize(r1cs, commons),
// computed as described at the top of this file, with the Lagrange bases of
// commons given (computeLagrange, or read and checked).
func initPhase2Fast(ctx context.Context, r1cs *cs.R1CS, commons *mpcsetup.SrsCommons, lb *lagrangeBases) (*mpcsetup.Phase2, *mpcsetup.Phase2Evaluations, error) {
	n := len(commons.G1.AlphaTau)
	switch {
	case n < r1cs.GetNbConstraints():
		return nil, nil, fmt.Errorf("%d constraints do not fit a domain of %d", r1cs.GetNbConstraints(), n)
	case len(commons.G1.Tau) < 2*n-1:
		return nil, nil, errors.New("the SRS is shorter than its domain")
	case len(lb.Tau1) != n || len(lb.Alpha1) != n || len(lb.Beta1) != n || len(lb.Tau2) != n:
		return nil, nil, fmt.Errorf("the Lagrange bases have %d points, the domain %d", len(lb.Tau1), n)
	}
	tau1, alpha1, beta1, tau2 := lb.Tau1, lb.Alpha1, lb.Beta1, lb.Tau2

	nbInternal, nbSecret, nbPublic := r1cs.GetNbVariables()
	nWires := nbInternal + nbSecret + nbPublic
	terms, err := termsOf(ctx, r1cs)
	if err != nil {
		return nil, nil, err
	}
	ops := coeffOps(r1cs)

	// per wire: A = Σ_L c·L_i(τ), B = Σ_R c·L_i(τ) (in G1 and G2), and
	// K = βA + αB + C = Σ_L c·L_i(βτ) + Σ_R c·L_i(ατ) + Σ_O c·L_i(τ), each a
	// sum over the constraints; the constraints are split over the cores,
	// each adding its terms into the wires' sums under striped locks (the
	// order of additions does not change a sum of group elements)
	a := make([]curve.G1Jac, nWires)
	b1 := make([]curve.G1Jac, nWires)
	b2 := make([]curve.G2Jac, nWires)
	k := make([]curve.G1Jac, nWires)
	var locks stripes
	if err := forEach(ctx, len(terms.start[0])-1, 1<<8, func(lo, hi int) {
		var lad1 []curve.G1Jac
		var lad2 []curve.G2Jac
		for i := lo; i < hi; i++ {
			l0, l1 := terms.start[0][i], terms.start[0][i+1]
			r0, r1 := terms.start[1][i], terms.start[1][i+1]
			o0, o1 := terms.start[2][i], terms.start[2][i+1]
			lw, lc := terms.wire[0][l0:l1], terms.coef[0][l0:l1]
			rw, rc := terms.wire[1][r0:r1], terms.coef[1][r0:r1]
			ow, oc := terms.wire[2][o0:o1], terms.coef[2][o0:o1]
			if len(lw) > 0 {
				addTerms[curve.G1Jac](&tau1[i], lw, lc, ops, a, &locks, &lad1)
				addTerms[curve.G1Jac](&beta1[i], lw, lc, ops, k, &locks, &lad1)
			}
			if len(rw) > 0 {
				addTerms[curve.G1Jac](&tau1[i], rw, rc, ops, b1, &locks, &lad1)
				addTerms[curve.G1Jac](&alpha1[i], rw, rc, ops, k, &locks, &lad1)
				addTerms[curve.G2Jac](&tau2[i], rw, rc, ops, b2, &locks, &lad2)
			}
			if len(ow) > 0 {
				addTerms[curve.G1Jac](&tau1[i], ow, oc, ops, k, &locks, &lad1)
			}
		}
	}); err != nil {
		return nil, nil, err
	}
	// the sums are of n·L_i: scaled by 1/n
	var nInv big.Int
	var nInvFr fr.Element
	nInvFr.SetUint64(uint64(n)).Inverse(&nInvFr)
	nInvFr.BigInt(&nInv)
	if err := forEach(ctx, nWires, 1<<8, func(lo, hi int) {
		for w := lo; w < hi; w++ {
			for _, p := range [3]*curve.G1Jac{&a[w], &b1[w], &k[w]} {
				if !p.Z.IsZero() {
					p.ScalarMultiplication(p, &nInv)
				}
			}
			if !b2[w].Z.IsZero() {
				b2[w].ScalarMultiplication(&b2[w], &nInv)
			}
		}
	}); err != nil {
		return nil, nil, err
	}

	var evals mpcsetup.Phase2Evaluations
	evals.G1.A = curve.BatchJacobianToAffineG1(a)
	evals.G1.B = curve.BatchJacobianToAffineG1(b1)
	evals.G2.B = batchAffineG2(b2)
	kAff := curve.BatchJacobianToAffineG1(k)
	a, b1, b2, k = nil, nil, nil, nil
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}

	p := new(mpcsetup.Phase2)
	_, _, g1, g2 := curve.Generators()
	p.Parameters.G1.Delta = g1
	p.Parameters.G2.Delta = g2

	// Z[i] = [τⁱ(τⁿ - 1)]₁ = [τ⁽ⁱ⁺ⁿ⁾]₁ - [τⁱ]₁ for i ≤ n-2, in bit-reversed
	// order of the n-long vector whose last entry is zero (which stays last)
	z := make([]curve.G1Jac, n)
	if err := forEach(ctx, n-1, 1<<12, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			var neg curve.G1Affine
			neg.Neg(&commons.G1.Tau[i])
			z[i].FromAffine(&commons.G1.Tau[i+n])
			z[i].AddMixed(&neg)
		}
	}); err != nil {
		return nil, nil, err
	}
	z[n-1].X.SetOne()
	z[n-1].Y.SetOne()
	p.Parameters.G1.Z = curve.BatchJacobianToAffineG1(z)
	bitReverse(p.Parameters.G1.Z)
	p.Parameters.G1.Z = p.Parameters.G1.Z[:n-1]

	commitments, ok := r1cs.CommitmentInfo.(constraint.Groth16Commitments)
	if !ok {
		return nil, nil, fmt.Errorf("commitment info of type %T, want Groth16 commitments", r1cs.CommitmentInfo)
	}
	evals.PublicAndCommitmentCommitted = commitments.GetPublicAndCommitmentCommitted(commitments.CommitmentIndexes(), nbPublic)
	evals.G1.CKK = make([][]curve.G1Affine, len(commitments))
	p.Sigmas = make([]cmpc.UpdateProof, len(commitments))
	p.Parameters.G1.SigmaCKK = make([][]curve.G1Affine, len(commitments))
	p.Parameters.G2.Sigma = make([]curve.G2Affine, len(commitments))
	nbCommitted := 0
	for j := range commitments {
		evals.G1.CKK[j] = make([]curve.G1Affine, 0, len(commitments[j].PrivateCommitted))
		p.Parameters.G2.Sigma[j] = g2
		nbCommitted += len(commitments[j].PrivateCommitted)
	}

	// each wire's K goes to the commitment whose committed wires hold it
	// (the first such, in the order of a merge of the sorted lists), else
	// to the verifying key (public wires and commitment wires), else to the
	// proving key
	p.Parameters.G1.PKK = make([]curve.G1Affine, 0, nbInternal+nbSecret-nbCommitted-len(commitments))
	evals.G1.VKK = make([]curve.G1Affine, 0, nbPublic+len(commitments))
	committed := commitments.GetPrivateCommitted()
	heads := make([]int, len(committed))
	seen := 0
	for j := range nWires {
		ci := -1 // the list whose head is the least (the first of equals), if that head is j
		for l := range committed {
			if heads[l] < len(committed[l]) && (ci == -1 || committed[l][heads[l]] < committed[ci][heads[ci]]) {
				ci = l
			}
		}
		if ci != -1 && committed[ci][heads[ci]] != j {
			ci = -1
		}
		isCommitment := seen < len(commitments) && commitments[seen].CommitmentIndex == j
		switch {
		case ci != -1:
			heads[ci]++
			evals.G1.CKK[ci] = append(evals.G1.CKK[ci], kAff[j])
		case j < nbPublic || isCommitment:
			evals.G1.VKK = append(evals.G1.VKK, kAff[j])
		default:
			p.Parameters.G1.PKK = append(p.Parameters.G1.PKK, kAff[j])
		}
		if isCommitment {
			seen++
		}
	}
	for j := range commitments {
		p.Parameters.G1.SigmaCKK[j] = slices.Clone(evals.G1.CKK[j])
	}
	p.Challenge = nil
	return p, &evals, nil
}
