package ceremony_test

import (
	"fmt"

	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/rangecheck"

	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/statement"
)

// testFamily is a small circuit family for the ceremony's tests: the real
// statement's public inputs, each bound by a constraint, a Pedersen
// commitment (from a range check, as the zkVM circuit has one) and some
// bulk, so that both phases, the keys, the proofs and the exported Solidity
// verifier are exercised for real in seconds. Class k proves runs of at most
// 2^k cycles; class 8 has about 330 constraints (domain 2^9).
type testFamily struct{}

type testCircuit struct {
	Pub    [statement.NumPublic]frontend.Variable `gnark:",public"`
	Copy   [statement.NumPublic]frontend.Variable
	Cycles frontend.Variable
	logN   int
}

func (c *testCircuit) Define(api frontend.API) error {
	for i := range c.Pub {
		api.AssertIsEqual(c.Pub[i], c.Copy[i])
	}
	rangecheck.New(api).Check(c.Cycles, c.logN+1) // a run fits the class; forces a commitment
	x := c.Cycles
	for i := 0; i < 1<<c.logN; i++ {
		x = api.Add(api.Mul(x, x), i)
	}
	api.AssertIsDifferent(x, c.Pub[0])
	return nil
}

func (testFamily) Name() string           { return "ceremony-test" }
func (testFamily) MinLogSteps() int       { return 4 }
func (testFamily) MaxLogSteps() int       { return 12 }
func (testFamily) Steps(logSteps int) int { return 1 << logSteps }
func (testFamily) NewCircuit(logSteps int) (frontend.Circuit, error) {
	return &testCircuit{logN: logSteps}, nil
}
func (f testFamily) Fits(logSteps int, run *prover.Run) error {
	if run.Result.Cycles > uint64(f.Steps(logSteps)) {
		return fmt.Errorf("%d cycles, capacity %d", run.Result.Cycles, f.Steps(logSteps))
	}
	return nil
}
func (testFamily) Assign(logSteps int, run *prover.Run) (frontend.Circuit, error) {
	elems, err := run.Public.Elements()
	if err != nil {
		return nil, err
	}
	c := &testCircuit{logN: logSteps, Cycles: run.Result.Cycles}
	for i := range elems {
		c.Pub[i] = elems[i]
		c.Copy[i] = elems[i]
	}
	return c, nil
}
