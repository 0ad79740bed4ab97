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

// profileCompile compiles c under gnark's profiler, writing path, and logs
// the count and the top of the profile.
func profileCompile(t *testing.T, c frontend.Circuit, path string) {
	t.Helper()
	p := profile.Start(profile.WithPath(path))
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c)
	p.Stop()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d constraints, profile in %s", ccs.GetNbConstraints(), path)
	t.Log(p.Top())
}

func TestProfileAggregate(t *testing.T) {
	h, err := VKHash(newToy(t, false).vk)
	if err != nil {
		t.Fatal(err)
	}
	c, err := NewAggregateCircuit([]fr.Element{h, el(1)})
	if err != nil {
		t.Fatal(err)
	}
	profileCompile(t, c, "/tmp/agg.pprof")
}

func TestProfileFinal(t *testing.T) {
	c, err := NewFinalCircuit(newToy(t, false).vk, []groth16.VerifyingKey{newToy(t, false).vk})
	if err != nil {
		t.Fatal(err)
	}
	profileCompile(t, c, "/tmp/fin.pprof")
}
