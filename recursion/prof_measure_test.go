//go:build measure

package recursion

import (
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
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
