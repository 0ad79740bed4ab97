package prover

import (
	"github.com/consensys/gnark/frontend"

	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/statement"
)

// Run is one executed job: everything a circuit family needs to build a witness.
type Run struct {
	Program *executor.Program
	Input   *executor.Input
	Result  *executor.Result
	Trace   *executor.Trace
	Public  statement.Public
}

// Family is a family of circuits, one per capacity class of 2^k steps, that
// all expose the statement's public inputs (statement.Public.Elements, in
// order). The prover keeps keys per class and asks the family for circuits and
// witnesses; the production family is RV32IM (rv32im.go).
type Family interface {
	// Name identifies the circuit family; it is recorded in each class
	// manifest and checked on load.
	Name() string
	// MinLogSteps and MaxLogSteps bound the classes the family can build.
	MinLogSteps() int
	MaxLogSteps() int
	// Steps is the step capacity of class k.
	Steps(logSteps int) int
	// NewCircuit returns the circuit definition of class k, for compiling.
	NewCircuit(logSteps int) (frontend.Circuit, error)
	// Fits says whether the run fits class k (nil) or why not.
	Fits(logSteps int, run *Run) error
	// Assign returns the full assignment of class k for the run.
	Assign(logSteps int, run *Run) (frontend.Circuit, error)
}
