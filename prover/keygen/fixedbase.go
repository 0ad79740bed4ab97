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

// multiplyG1 returns s_i·base for every scalar (Montgomery form, as fr
// elements are held).
func multiplyG1(base *curve.G1Affine, scalars []fr.Element) []curve.G1Affine {
	table := make([][]curve.G1Affine, nWindows)
	var b curve.G1Jac
	b.FromAffine(base)
	parallelWindows(func(w int) {
		var bw curve.G1Jac
		bw.Set(&b)
		for range w * window {
			bw.DoubleAssign()
		}
		var bwAff curve.G1Affine
		bwAff.FromJacobian(&bw)
		row := make([]curve.G1Jac, digits)
		row[0].FromAffine(&bwAff)
		for d := 1; d < digits; d++ {
			row[d].Set(&row[d-1]).AddMixed(&bwAff)
		}
		table[w] = curve.BatchJacobianToAffineG1(row)
	})
	out := make([]curve.G1Affine, len(scalars))
	parallel(len(scalars), func(start, end int) {
		jac := make([]curve.G1Jac, end-start)
		for i := start; i < end; i++ {
			s := scalars[i].Bits()
			p := &jac[i-start]
			p.Z.SetZero() // infinity
			p.X.SetOne()
			p.Y.SetOne()
			for w := range nWindows {
				if d := digit(&s, w); d != 0 {
					p.AddMixed(&table[w][d-1])
				}
			}
		}
		copy(out[start:end], curve.BatchJacobianToAffineG1(jac))
	})
	return out
}

// multiplyG2 is multiplyG1 in G2.
func multiplyG2(base *curve.G2Affine, scalars []fr.Element) []curve.G2Affine {
	table := make([][]curve.G2Affine, nWindows)
	var b curve.G2Jac
	b.FromAffine(base)
	parallelWindows(func(w int) {
		var bw curve.G2Jac
		bw.Set(&b)
		for range w * window {
			bw.DoubleAssign()
		}
		var bwAff curve.G2Affine
		bwAff.FromJacobian(&bw)
		row := make([]curve.G2Jac, digits)
		row[0].FromAffine(&bwAff)
		for d := 1; d < digits; d++ {
			row[d].Set(&row[d-1]).AddMixed(&bwAff)
		}
		table[w] = make([]curve.G2Affine, digits)
		batchToAffineG2(table[w], row)
	})
	out := make([]curve.G2Affine, len(scalars))
	parallel(len(scalars), func(start, end int) {
		jac := make([]curve.G2Jac, end-start)
		for i := start; i < end; i++ {
			s := scalars[i].Bits()
			p := &jac[i-start]
			p.Z.SetZero() // infinity
			p.X.SetOne()
			p.Y.SetOne()
			for w := range nWindows {
				if d := digit(&s, w); d != 0 {
					p.AddMixed(&table[w][d-1])
				}
			}
		}
		batchToAffineG2(out[start:end], jac)
	})
	return out
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
