package circuits

import (
	"fmt"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
)

// ConstraintCount compiles the circuit of class c (R1CS, BN254) and returns
// its number of constraints.
func ConstraintCount(c Class) (int, error) {
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, NewCircuit(c))
	if err != nil {
		return 0, fmt.Errorf("compiling class %s: %w", c, err)
	}
	return ccs.GetNbConstraints(), nil
}
