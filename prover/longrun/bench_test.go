package longrun

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/zkprover/zkprover/circuits"
	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/prover/keygen"
	"github.com/zkprover/zkprover/statement"
)

var errStop = errors.New("stop")

// BenchmarkSegmentProve times the proof of one full segment of sha256 (the
// second one: paged memory, no image load) at segment class
// $ZKPROVER_BENCH_SEGMENT (default 10) with keygen.Dummy (random keys:
// the proving work of a real key, no setup wait; the proof is not valid).
// It reports constraints and constraints per cycle (docs/recursion.md).
func BenchmarkSegmentProve(b *testing.B) {
	k := 10
	if v := os.Getenv("ZKPROVER_BENCH_SEGMENT"); v != "" {
		var err error
		if k, err = strconv.Atoi(v); err != nil {
			b.Fatal(err)
		}
	}
	data, err := os.ReadFile(filepath.Join("..", "..", "examples", "sha256", "sha256.elf"))
	if err != nil {
		b.Fatal(err)
	}
	prog, err := executor.LoadELF(data, executor.Limits{})
	if err != nil {
		b.Fatal(err)
	}
	in := &executor.Input{Offchain: make([]byte, 1536)}
	ctx := context.Background()
	plan, err := NewPlan(ctx, prog, in, executor.Config{}, k)
	if err != nil {
		b.Fatal(err)
	}
	class := circuits.NewSegmentClass(k)
	run := &circuits.Witness{Entry: prog.Entry, Base: prog.Base, Image: prog.Words, Offchain: in.Offchain,
		NewState: plan.Result.State, ExitCode: plan.Result.ExitCode, Output: plan.Result.Output}
	tree := statement.NewMemTree()
	var assignment frontend.Circuit
	_, err = executor.RunSegments(ctx, prog, in, executor.Config{}, class.SegmentLimits(), func(seg *executor.Segment) error {
		start := circuits.SegStartOf(seg)
		sw := *run
		sw.Trace = &executor.Trace{Steps: seg.Steps}
		a, _, err := circuits.AssignSegment(class, &circuits.SegWitness{Run: &sw, Start: start}, tree)
		if err != nil {
			return err
		}
		if seg.Index == 1 {
			assignment = a
			return errStop
		}
		return nil
	})
	if !errors.Is(err, errStop) {
		b.Fatalf("segmenting: %v", err)
	}
	t0 := time.Now()
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, circuits.NewCircuit(class))
	if err != nil {
		b.Fatal(err)
	}
	compile := time.Since(t0)
	pk, err := keygen.Dummy(ccs)
	if err != nil {
		b.Fatal(err)
	}
	full, err := frontend.NewWitness(assignment, ecc.BN254.ScalarField())
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for range b.N {
		if _, err := groth16.Prove(ccs, pk, full, prover.TargetRecursion.ProverOptions()...); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(ccs.GetNbConstraints()), "constraints")
	b.ReportMetric(float64(ccs.GetNbConstraints())/float64(class.Steps), "constraints/cycle")
	b.ReportMetric(compile.Seconds(), "compile-s")
}
