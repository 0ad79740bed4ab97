package prover

import (
	"errors"
	"fmt"

	"github.com/consensys/gnark/frontend"

	"github.com/zkprover/zkprover/circuits"
)

// ErrAssignedElsewhere is returned by the Fits and Assign methods of
// families whose witnesses are not a Run (segments: package longrun assigns
// them with circuits.AssignSegment and proves them with ProveAssignment).
var ErrAssignedElsewhere = errors.New("this circuit family is assigned by its own driver, not from a run")

// RV32IMSegments is the family of segment circuits (circuits.NewSegmentClass):
// one per segment class of 2^k steps, shared by all programs. Its keys live
// in their own key store folder (docs/recursion.md).
type RV32IMSegments struct{}

// Name identifies the family in class manifests.
func (RV32IMSegments) Name() string { return "rv32im-segment" }

// SetupCommand is the command that sets up segment class k's keys (with
// the long-run keys over them).
func (RV32IMSegments) SetupCommand(logSteps int) string {
	return fmt.Sprintf("zkprover setup --segment 2^%d", logSteps)
}

// MinLogSteps is the smallest segment class.
func (RV32IMSegments) MinLogSteps() int { return circuits.MinLogSteps }

// MaxLogSteps is the largest segment class.
func (RV32IMSegments) MaxLogSteps() int { return circuits.MaxLogSteps }

// Steps is the step capacity of segment class k.
func (RV32IMSegments) Steps(logSteps int) int { return circuits.NewSegmentClass(logSteps).Steps }

// EstimateConstraints is segment class k's size before it is compiled, for
// setup progress (prover.SizeEstimator): measured 219,326 at 2^5 and
// 4,009,781 at 2^14 (docs/circuit.md "Costs"), about 212,000 fixed (the
// image and page slots, the tables) and 232 per step.
func (f RV32IMSegments) EstimateConstraints(logSteps int) int { return 212_000 + 232*f.Steps(logSteps) }

// NewCircuit returns the circuit of segment class k.
func (f RV32IMSegments) NewCircuit(logSteps int) (frontend.Circuit, error) {
	if logSteps < f.MinLogSteps() || logSteps > f.MaxLogSteps() {
		return nil, fmt.Errorf("segment class 2^%d outside 2^%d..2^%d", logSteps, f.MinLogSteps(), f.MaxLogSteps())
	}
	return circuits.NewCircuit(circuits.NewSegmentClass(logSteps)), nil
}

// PrecompileRows is the SHA256_COMPRESS and KECCAK_F calls segment class k
// holds.
func (RV32IMSegments) PrecompileRows(logSteps int) (sha256, keccak int) {
	c := circuits.NewSegmentClass(logSteps)
	return c.ShaRows, c.KeccakRows
}

// Fits is not defined for segments: ErrAssignedElsewhere.
func (RV32IMSegments) Fits(int, *Run) error { return ErrAssignedElsewhere }

// Assign is not defined for segments: ErrAssignedElsewhere.
func (RV32IMSegments) Assign(int, *Run) (frontend.Circuit, error) { return nil, ErrAssignedElsewhere }
