package longrun

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/devchain"
	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/prover/provertest"
	"github.com/zkprover/zkprover/statement"
)

// e2eKeys opens the long-run keys of the test segment class in a cache
// folder outside the checkout ($ZKPROVER_E2E_KEYS, default
// <tmp>/zkprover-e2e-keys), making the missing or stale ones (the
// aggregation and final setups take tens of minutes on a 2-core machine;
// later runs reuse them when the circuits and the keys they depend on are
// unchanged). Only with ZKPROVER_E2E=1 (`make test-e2e`).
func e2eKeys(t *testing.T) *Keys {
	t.Helper()
	if os.Getenv("ZKPROVER_E2E") != "1" {
		t.Skip("end to end with the aggregation and final keys: ZKPROVER_E2E=1 (make test-e2e)")
	}
	root := os.Getenv("ZKPROVER_E2E_KEYS")
	if root == "" {
		root = filepath.Join(os.TempDir(), "zkprover-e2e-keys")
	}
	if err := os.MkdirAll(root, 0o755); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	log := zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.InfoLevel)
	open := func() (*Keys, error) {
		return OpenKeys(context.Background(), root, provertest.SegmentClass, KeyOptions{AutoSetup: true, Check: true, Log: log})
	}
	ks, err := open()
	if err != nil {
		// Keys of another version of a circuit: make them all again, once
		// (the aggregation and final keys depend on the segment key).
		t.Logf("cached long-run keys unusable (%v): making them again", err)
		for _, d := range []string{DirSegment, DirAggregate, DirFinal} {
			if err := os.RemoveAll(filepath.Join(root, d)); err != nil {
				t.Fatal(err)
			}
		}
		if ks, err = open(); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("long-run keys of segment class 2^%d ready in %s (%s)", provertest.SegmentClass, time.Since(start).Round(time.Second), root)
	return ks
}

// TestLongRunEndToEnd proves a run of three segments (two aggregation
// levels: a pair of segments, then that aggregate with the third segment)
// into a final proof, checks it in Go and with the final circuit's exported
// verifier on a simulated EVM, and checks that a changed statement or
// digest is rejected in both.
func TestLongRunEndToEnd(t *testing.T) {
	ks := e2eKeys(t)
	data, err := os.ReadFile(filepath.Join("..", "..", "examples", "fibonacci", "fibonacci.elf"))
	if err != nil {
		t.Fatal(err)
	}
	prog, err := executor.LoadELF(data, executor.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	in := &executor.Input{Onchain: statement.WordsToBytes([]uint32{10})}
	var stages []Status
	f, err := Prove(context.Background(), ks, prog, in, Options{Progress: func(s Status) { stages = append(stages, s) }})
	if err != nil {
		t.Fatal(err)
	}
	if f.Segments != 3 {
		t.Fatalf("%d segments, want 3", f.Segments)
	}
	if last := stages[len(stages)-1]; last.Stage != StageDone || last.SegmentsDone != 3 || last.AggregationsDone != 2 {
		t.Fatalf("last status %+v", last)
	}
	t.Logf("%d cycles, %d segments: execute %s, segments %s, aggregate %s, final %s", f.Cycles, f.Segments,
		f.Times.Execute, f.Times.Segments, f.Times.Aggregate, f.Times.Final)
	if err := VerifyFinal(ks.FinalVK, f); err != nil {
		t.Fatal(err)
	}
	// The file round-trips and still verifies.
	path := filepath.Join(t.TempDir(), "proof.json")
	if err := WriteFinalFile(path, f); err != nil {
		t.Fatal(err)
	}
	back, err := ReadFinalFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := VerifyFinal(ks.FinalVK, back); err != nil {
		t.Fatal(err)
	}
	// A changed statement (its output) is rejected.
	forged := *f
	forged.Public.Output = append([]byte(nil), f.Public.Output...)
	forged.Public.Output[0] ^= 1
	if err := VerifyFinal(ks.FinalVK, &forged); err == nil {
		t.Fatal("final proof accepted for another output")
	}

	// On the EVM: the exported verifier of the final circuit.
	ctx := context.Background()
	chain, err := devchain.Start(ctx, devchain.Options{Addr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = chain.Close() })
	sol := filepath.Join(prover.ClassDir(ks.Final.Root(), ks.LogSteps), prover.FileVerifier)
	code, err := devchain.CompileVerifier(ctx, sol, filepath.Join("..", "..", "contracts"))
	if err != nil {
		t.Skip(err)
	}
	addr, err := chain.DeployCode(ctx, code)
	if err != nil {
		t.Fatal(err)
	}
	pp, err := f.ProverProof()
	if err != nil {
		t.Fatal(err)
	}
	if err := VerifyProof(ks.FinalVK, pp); err != nil {
		t.Fatalf("the prover.Proof form does not verify: %v", err)
	}
	cd := pp.Calldata
	if _, err := chain.Call(ctx, addr, cd); err != nil {
		t.Fatalf("the EVM verifier rejects the final proof: %v", err)
	}
	r, err := chain.Transact(ctx, &addr, cd, 1_000_000)
	if err != nil || r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("verifyProof transaction failed: %v", err)
	}
	t.Logf("final proof verified on the EVM: %d gas for the whole transaction (%d bytes of calldata)", r.GasUsed, len(cd))
	bad := append([]byte(nil), cd...)
	bad[len(bad)-1] ^= 1 // the digest
	if _, err := chain.Call(ctx, addr, bad); err == nil {
		t.Fatal("the EVM verifier accepts a changed public input")
	}
}
