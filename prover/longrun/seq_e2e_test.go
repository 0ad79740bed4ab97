package longrun

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/zkprover/zkprover/devchain"
	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/recursion"
	"github.com/zkprover/zkprover/statement"
)

// TestSequenceEndToEnd proves two consecutive jobs of one program (batches
// 7 and 8; the first a run of three segments, the second of one), refuses
// them in the wrong order before proving anything, aggregates them into a
// sequence with the run aggregation key, wraps it for an aggregator with the
// final key, and checks the final proof in Go and on the simulated EVM
// (accepted for its aggregator, rejected for another and for another
// sequence). With the real keys of `make test-e2e`.
func TestSequenceEndToEnd(t *testing.T) {
	ks := e2eKeys(t)
	ctx := context.Background()
	data, err := os.ReadFile(filepath.Join("..", "..", "examples", "fibonacci", "fibonacci.elf"))
	if err != nil {
		t.Fatal(err)
	}
	prog, err := executor.LoadELF(data, executor.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	const budget = 1000
	var sequencer [20]byte
	sequencer[19] = 0x5e
	job := func(n uint32, batch uint64) *Top {
		in := &executor.Input{Onchain: statement.WordsToBytes([]uint32{n}),
			Context: statement.Context{ChainID: 31337, Timestamp: 1_700_000_000 + batch, BatchNum: batch, Sequencer: sequencer}}
		top, err := ProveTop(ctx, ks, prog, in, Options{MaxCycles: budget})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("job of batch %d: %d cycles, %d segments, segments %s, aggregate %s", batch, top.Cycles, top.Segments,
			top.Times.Segments, top.Times.Aggregate)
		return top
	}
	top1, top2 := job(10, 7), job(1, 8)
	acc0, err := recursion.AccNext(statement.Chain(nil), &top1.Public) // any acc below 2^253
	if err != nil {
		t.Fatal(err)
	}
	l1, err := JobLeaf(top1, acc0)
	if err != nil {
		t.Fatal(err)
	}
	l2, err := JobLeaf(top2, l1.Sequence.NewAcc)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := AggregateSeq(ctx, ks, l2, l1); !errors.Is(err, recursion.ErrNotAdjacent) {
		t.Fatalf("jobs in the wrong order: %v", err)
	}
	seq, err := AggregateSeq(ctx, ks, l1, l2)
	if err != nil {
		t.Fatal(err)
	}
	if seq.Jobs != 2 || seq.Sequence.OldBatch != 7 || seq.Sequence.NewBatch != 9 || seq.Sequence.OldAcc != acc0 ||
		seq.Sequence.NewAcc != l2.Sequence.NewAcc || seq.Sequence.NewStateRoot != top2.Public.NewStateRoot {
		t.Fatalf("sequence %+v", seq.Sequence)
	}
	aggregator := [20]byte{0xa9, 19: 0x01}
	f, err := WrapSeq(ctx, ks, seq, aggregator)
	if err != nil {
		t.Fatal(err)
	}
	other := *f
	other.Aggregator[0] ^= 1
	if err := VerifySeqFinal(ks.FinalVK, &other); err == nil {
		t.Fatal("sequence final proof accepted for another aggregator")
	}
	if other.Digest, err = recursion.SeqDigest(&other.Sequence, other.Aggregator); err != nil {
		t.Fatal(err)
	}
	if err := VerifySeqFinal(ks.FinalVK, &other); err == nil {
		t.Fatal("sequence final proof accepted for another aggregator's digest")
	}
	changed := *f
	changed.Sequence.NewBatch++
	if changed.Digest, err = recursion.SeqDigest(&changed.Sequence, changed.Aggregator); err != nil {
		t.Fatal(err)
	}
	if err := VerifySeqFinal(ks.FinalVK, &changed); err == nil {
		t.Fatal("sequence final proof accepted for another sequence")
	}
	// a run's final proof check does not take it either
	if err := recursion.VerifyFinal(f.Proof, ks.FinalVK, f.Digest); err != nil {
		t.Fatalf("the final key does not verify its own proof: %v", err)
	}

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
	cd, err := f.Calldata()
	if err != nil {
		t.Fatal(err)
	}
	r, err := chain.Transact(ctx, &addr, cd, 1_000_000)
	if err != nil || r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("verifyProof of the sequence final proof failed: %v", err)
	}
	t.Logf("sequence final proof of %d jobs verified on the EVM: %d gas for the whole transaction", f.Jobs, r.GasUsed)
	bad, err := other.Calldata()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chain.Call(ctx, addr, bad); err == nil {
		t.Fatal("the EVM verifier accepts the proof for another aggregator")
	}
}
