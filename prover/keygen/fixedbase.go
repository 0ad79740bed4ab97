package keygen

import (
	"runtime"
	"sync"

	curve "github.com/consensys/gnark-crypto/ecc/bn254"
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

func multiplyG1(base *curve.G1Affine, scalars []fr.Element) []curve.G1Affine {
	return multiply[curve.G1Affine, curve.G1Jac](base, scalars, func(out []curve.G1Affine, in []curve.G1Jac) {
		copy(out, curve.BatchJacobianToAffineG1(in))
	})
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
