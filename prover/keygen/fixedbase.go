package keygen

import (
	"runtime"
	"slices"
	"sync"

	curve "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// A Groth16 setup multiplies one base point (the generator of G1 or G2) by
// tens of millions of scalars. gnark-crypto's BatchScalarMultiplication does
// about 254 doublings per scalar, a whole scalar multiplication each. With
// the base fixed, every window's multiples can be tabulated once:
//
//	T[w][d−1] = d · 2^(c·w) · base,   d = 1 .. 2^c − 1,
//
// and a scalar s = Σ_w d_w·2^(c·w) costs one mixed addition per non-zero
// window and no doubling. With c = 16 the 254-bit scalars have 16 windows:
// 16 additions instead of about 270 group operations, for tables of 2^20
// points (64 MiB in G1, 128 MiB in G2) built in about a second.
const (
	window   = 16
	nWindows = (fr.Bits + window - 1) / window
	digits   = 1<<window - 1
	block    = 1024 // scalars per batch inversion
)

// digit returns window w of the regular (non-Montgomery) scalar s.
func digit(s *[4]uint64, w int) int {
	bit := w * window
	return int(s[bit/64]>>(bit%64)) & digits // window divides 64: no straddling
}

// parallel runs f over [0, n) in blocks spread over the CPUs.
func parallel(n int, f func(start, end int)) {
	workers := runtime.NumCPU()
	var wg sync.WaitGroup
	next := make(chan int, (n+block-1)/block)
	for start := 0; start < n; start += block {
		next <- start
	}
	close(next)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for start := range next {
				f(start, min(start+block, n))
			}
		}()
	}
	wg.Wait()
}

// jacobian is a point type of gnark-crypto in Jacobian coordinates (G1Jac,
// G2Jac) over its affine type A; its zero value is the point at infinity.
type jacobian[A, J any] interface {
	*J
	Set(*J) *J
	FromAffine(*A) *J
	DoubleAssign() *J
	AddMixed(*A) *J
}

// multiply returns s_i·base for every scalar (Montgomery form, as fr
// elements are held); toAffine converts a batch of points.
func multiply[A, J any, PJ jacobian[A, J]](base *A, scalars []fr.Element, toAffine func(out []A, in []J)) []A {
	table := make([][]A, nWindows)
	parallelWindows(func(w int) {
		var bw J
		PJ(&bw).FromAffine(base)
		for range w * window {
			PJ(&bw).DoubleAssign()
		}
		bwAff := make([]A, 1)
		toAffine(bwAff, []J{bw})
		row := make([]J, digits)
		PJ(&row[0]).FromAffine(&bwAff[0])
		for d := 1; d < digits; d++ {
			PJ(&row[d]).Set(&row[d-1])
			PJ(&row[d]).AddMixed(&bwAff[0])
		}
		table[w] = make([]A, digits)
		toAffine(table[w], row)
	})
	out := make([]A, len(scalars))
	parallel(len(scalars), func(start, end int) {
		jac := make([]J, end-start) // zero values: infinity
		for i := start; i < end; i++ {
			s := scalars[i].Bits()
			for w := range nWindows {
				if d := digit(&s, w); d != 0 {
					PJ(&jac[i-start]).AddMixed(&table[w][d-1])
				}
			}
		}
		toAffine(out[start:end], jac)
	})
	return out
}

// multiplyG1 is multiply in G1 with affine additions: a block's points are
// summed window by window, every addition of a window sharing one field
// inversion (Montgomery's trick), about 6 multiplications per addition
// against 11 for a mixed Jacobian one, and no conversion at the end.
//
// An affine addition needs distinct x coordinates. For a reduced scalar
// s = Σ d_w·2^(16w) < r, the running sum before window w is the point of
// a = Σ_{v<w} d_v·2^(16v) and the table point that of b = d_w·2^(16w), both
// in [1, r) with a < b and a + b ≤ s < r: so a ≠ ±b mod r, neither equal
// points nor opposite ones. A zero x difference cannot happen; if it did
// (an unreduced scalar), that one addition is done in Jacobian coordinates.
func multiplyG1(base *curve.G1Affine, scalars []fr.Element) []curve.G1Affine {
	table := g1Table(base)
	out := make([]curve.G1Affine, len(scalars))
	parallel(len(scalars), func(start, end int) {
		n := end - start
		acc := out[start:end] // zero values: infinity
		set := make([]bool, n)
		bits := make([][4]uint64, n)
		for i := range n {
			bits[i] = scalars[start+i].Bits()
		}
		idx := make([]int, 0, n)
		pts := make([]*curve.G1Affine, 0, n)
		var scratch batchScratch
		for w := range nWindows {
			idx, pts = idx[:0], pts[:0]
			for i := range n {
				d := digit(&bits[i], w)
				switch {
				case d == 0:
				case !set[i]:
					acc[i], set[i] = table[w][d-1], true
				default:
					idx = append(idx, i)
					pts = append(pts, &table[w][d-1])
				}
			}
			addBatchG1(acc, idx, pts, &scratch)
		}
	})
	return out
}

// batchScratch holds addBatchG1's buffers between calls.
type batchScratch struct{ dx, prefix []fp.Element }

// addBatchG1 sets acc[idx[j]] += *pts[j] for every j, in affine
// coordinates with one field inversion for all (Montgomery's trick). An
// addition whose two x coordinates are equal (doubling, or a point plus its
// opposite) is done in Jacobian coordinates instead.
func addBatchG1(acc []curve.G1Affine, idx []int, pts []*curve.G1Affine, s *batchScratch) {
	if len(idx) == 0 {
		return
	}
	s.dx, s.prefix = slices.Grow(s.dx[:0], len(idx))[:len(idx)], slices.Grow(s.prefix[:0], len(idx))[:len(idx)]
	var run fp.Element
	run.SetOne()
	for j, i := range idx {
		s.dx[j].Sub(&pts[j].X, &acc[i].X)
		if s.dx[j].IsZero() {
			s.dx[j].SetOne() // added in Jacobian coordinates below
		}
		s.prefix[j] = run
		run.Mul(&run, &s.dx[j])
	}
	var inv fp.Element
	inv.Inverse(&run)
	for j := len(idx) - 1; j >= 0; j-- {
		a, t := &acc[idx[j]], pts[j]
		var dxInv fp.Element
		dxInv.Mul(&inv, &s.prefix[j])
		inv.Mul(&inv, &s.dx[j])
		if a.X.Equal(&t.X) {
			var aj curve.G1Jac
			aj.FromAffine(a)
			aj.AddMixed(t)
			a.FromJacobian(&aj)
			continue
		}
		var lambda, x3, y3 fp.Element
		lambda.Sub(&t.Y, &a.Y).Mul(&lambda, &dxInv)
		x3.Square(&lambda).Sub(&x3, &a.X).Sub(&x3, &t.X)
		y3.Sub(&a.X, &x3).Mul(&y3, &lambda).Sub(&y3, &a.Y)
		a.X, a.Y = x3, y3
	}
}

// g1Table returns T[w][d−1] = d·2^(16w)·base in affine coordinates.
func g1Table(base *curve.G1Affine) [][]curve.G1Affine {
	table := make([][]curve.G1Affine, nWindows)
	parallelWindows(func(w int) {
		var bw curve.G1Jac
		bw.FromAffine(base)
		for range w * window {
			bw.DoubleAssign()
		}
		var bwAff curve.G1Affine
		bwAff.FromJacobian(&bw)
		row := make([]curve.G1Jac, digits)
		row[0].FromAffine(&bwAff)
		for d := 1; d < digits; d++ {
			row[d].Set(&row[d-1])
			row[d].AddMixed(&bwAff)
		}
		table[w] = curve.BatchJacobianToAffineG1(row)
	})
	return table
}

func multiplyG2(base *curve.G2Affine, scalars []fr.Element) []curve.G2Affine {
	return multiply[curve.G2Affine, curve.G2Jac](base, scalars, batchToAffineG2)
}

// parallelWindows runs f for every window, spread over the CPUs.
func parallelWindows(f func(w int)) {
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.NumCPU())
	for w := range nWindows {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			f(w)
		}()
	}
	wg.Wait()
}

// batchToAffineG2 converts Jacobian points to affine ones with one field
// inversion for all of them (Montgomery's trick); infinity stays (0, 0).
func batchToAffineG2(out []curve.G2Affine, jac []curve.G2Jac) {
	// prefix[i] = Π_{j<i, Z_j≠0} Z_j
	prefix := make([]curve.E2, len(jac))
	var acc curve.E2
	acc.SetOne()
	for i := range jac {
		prefix[i] = acc
		if !jac[i].Z.IsZero() {
			acc.Mul(&acc, &jac[i].Z)
		}
	}
	var inv curve.E2
	inv.Inverse(&acc) // acc ≠ 0: a product of non-zero elements
	for i := len(jac) - 1; i >= 0; i-- {
		p := &jac[i]
		if p.Z.IsZero() {
			out[i] = curve.G2Affine{}
			continue
		}
		var zInv, zInv2, zInv3 curve.E2
		zInv.Mul(&inv, &prefix[i]) // 1/Z_i
		inv.Mul(&inv, &p.Z)        // 1/Π_{j<i}
		zInv2.Square(&zInv)
		zInv3.Mul(&zInv2, &zInv)
		out[i].X.Mul(&p.X, &zInv2)
		out[i].Y.Mul(&p.Y, &zInv3)
	}
}
