//go:build measure

package recursion

// Constraint profiles of the aggregation and final circuits (gnark's
// profile package: constraints by call site; deferred emulated checks are
// attributed to gnark's multicommit and rangecheck, not to their callers):
//
//	go test -c -tags measure -o /tmp/recursion-measure.test ./recursion
//	/tmp/recursion-measure.test -test.run TestProfileAggregate -test.v
//	go tool pprof -top -cum /tmp/agg.pprof

import (
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/profile"
)

func TestProfileAggregate(t *testing.T) {
	toy := newToy(t, false)
	h, err := VKHash(toy.vk)
	if err != nil {
		t.Fatal(err)
	}
	c, err := NewAggregateCircuit([]fr.Element{h, el(1)})
	if err != nil {
		t.Fatal(err)
	}
	p := profile.Start(profile.WithPath("/tmp/agg.pprof"))
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c)
	p.Stop()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("constraints %d", ccs.GetNbConstraints())
	t.Log(p.Top())
}

func TestProfileFinal(t *testing.T) {
	toy := newToy(t, false)
	seg := newToy(t, false)
	c, err := NewFinalCircuit(toy.vk, []groth16.VerifyingKey{seg.vk})
	if err != nil {
		t.Fatal(err)
	}
	p := profile.Start(profile.WithPath("/tmp/fin.pprof"))
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c)
	p.Stop()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("constraints %d", ccs.GetNbConstraints())
}
