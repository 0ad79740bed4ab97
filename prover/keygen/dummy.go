package keygen

import (
	"fmt"
	"math/big"

	curve "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/pedersen"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/constraint"
	csbn254 "github.com/consensys/gnark/constraint/bn254"
)

// Dummy makes a proving key for timing only, as gnark's groth16.DummySetup
// does: the shape of a real key for ccs (every length, the points at
// infinity where a setup would put them, the commitment keys), every point
// one random point, no verifying key; proofs made with it are not valid.
// gnark's DummySetup makes its commitment keys with gnark-crypto's
// pedersen.Setup, one serial scalar multiplication per committed wire (130 s
// for a 2^14 segment circuit on the GPU machine's 16 cores); here the σ-basis
// is one point times σ, copied. A non-BN254 system goes to gnark's.
func Dummy(ccs constraint.ConstraintSystem) (groth16.ProvingKey, error) {
	r1cs, ok := ccs.(*csbn254.R1CS)
	if !ok {
		return groth16.DummySetup(ccs)
	}
	l, err := layout(r1cs)
	if err != nil {
		return nil, err
	}
	nbWires := l.nbWires

	// A wire is a point at infinity in A (B) when it is in no constraint's
	// L (R): its QAP evaluation is zero.
	pk := new(groth16bn254.ProvingKey)
	inA, inB := make([]bool, nbWires), make([]bool, nbWires)
	it := r1cs.GetR1CIterator()
	for c := it.Next(); c != nil; c = it.Next() {
		for _, t := range c.L {
			if t.CoeffID() != constraint.CoeffIdZero {
				inA[t.WireID()] = true
			}
		}
		for _, t := range c.R {
			if t.CoeffID() != constraint.CoeffIdZero {
				inB[t.WireID()] = true
			}
		}
	}
	pk.InfinityA, pk.InfinityB = make([]bool, nbWires), make([]bool, nbWires)
	for i := range nbWires {
		pk.InfinityA[i], pk.InfinityB[i] = !inA[i], !inB[i]
		if !inA[i] {
			pk.NbInfinityA++
		}
		if !inB[i] {
			pk.NbInfinityB++
		}
	}

	var s fr.Element
	if err := randomNonZero(&s); err != nil {
		return nil, fmt.Errorf("sampling the dummy key's point: %w", err)
	}
	var sb big.Int
	s.BigInt(&sb)
	_, _, g1, g2 := curve.Generators()
	var r1 curve.G1Affine
	var r2 curve.G2Affine
	r1.ScalarMultiplication(&g1, &sb)
	r2.ScalarMultiplication(&g2, &sb)
	fill1 := func(n int, p curve.G1Affine) []curve.G1Affine {
		out := make([]curve.G1Affine, n)
		parallel(n, func(start, end int) {
			for i := start; i < end; i++ {
				out[i] = p
			}
		})
		return out
	}
	pk.G1.A = fill1(nbWires-int(pk.NbInfinityA), r1)
	pk.G1.B = fill1(nbWires-int(pk.NbInfinityB), r1)
	pk.G1.K = fill1(l.nbPrivateWires, r1)
	pk.G1.Z = fill1(int(l.domain.Cardinality)-1, r1)
	pk.G2.B = make([]curve.G2Affine, nbWires-int(pk.NbInfinityB))
	parallel(len(pk.G2.B), func(start, end int) {
		for i := start; i < end; i++ {
			pk.G2.B[i] = r2
		}
	})
	pk.G1.Alpha, pk.G1.Beta, pk.G1.Delta = r1, r1, r1
	pk.G2.Beta, pk.G2.Delta = r2, r2
	pk.Domain = *l.domain

	pk.CommitmentKeys = make([]pedersen.ProvingKey, len(l.committed))
	for i, c := range l.committed {
		var sigma fr.Element
		if err := randomNonZero(&sigma); err != nil {
			return nil, fmt.Errorf("sampling commitment key %d's secret: %w", i, err)
		}
		var sig big.Int
		sigma.BigInt(&sig)
		var rs curve.G1Affine
		rs.ScalarMultiplication(&r1, &sig)
		pk.CommitmentKeys[i] = pedersen.ProvingKey{Basis: fill1(len(c), r1), BasisExpSigma: fill1(len(c), rs)}
	}
	return pk, nil
}
