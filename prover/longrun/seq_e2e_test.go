package longrun

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/zkprover/zkprover/contracts/bindings"
	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/recursion"
	"github.com/zkprover/zkprover/statement"
)

// TestSequenceEndToEnd is the rollup flow with real proofs (the keys of `make test-e2e`): two
// jobs of one program are sequenced on the simulated EVM by the rollup-style contract
// (contracts/src/SequenceRollup.sol: batches 1 and 2, their accumulated input hash on chain);
// each is proven up to its run's top proof with the context the contract gave it (the first a
// run of three segments, the second of one); in the wrong order they are refused before
// anything is proven; they are aggregated into a sequence with the run aggregation key and
// wrapped for an aggregator with the final key; the final proof is checked in Go (rejected for
// another aggregator and another sequence) and, in upstream's 24-word form, verified by the
// contract through the RollupVerifier adapter, which advances the state root.
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

	// the chain: the final key's verifier, the adapter, the rollup
	chain, finalAddr := finalVerifierOnChain(ctx, t, ks)
	opts, err := bind.NewKeyedTransactorWithChainID(chain.Deployer, chain.ChainID())
	if err != nil {
		t.Fatal(err)
	}
	me := opts.From
	mined := func(tx *types.Transaction, err error) *types.Receipt {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		chain.Commit()
		r, err := chain.Client().TransactionReceipt(ctx, tx.Hash())
		if err != nil || r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("transaction failed: %v", err)
		}
		return r
	}
	adapterAddr, tx, adapter, err := bindings.DeployRollupVerifier(opts, chain.Client(), finalAddr)
	mined(tx, err)
	genesis := statement.StateRoot(nil)
	rollupAddr, tx, rollup, err := bindings.DeploySequenceRollup(opts, chain.Client(), adapterAddr, opts.From, prog.ID.Bytes(), budget, genesis.Bytes())
	mined(tx, err)
	_ = rollupAddr

	// sequence two jobs: fibonacci(10) and fibonacci(1)
	inputs := [][]byte{statement.WordsToBytes([]uint32{10}), statement.WordsToBytes([]uint32{1})}
	empty := statement.OffchainHash(nil)
	mined(rollup.SequenceBatches(opts, []bindings.SequenceRollupBatchData{
		{OnchainInput: inputs[0], OffchainHash: empty.Bytes()}, {OnchainInput: inputs[1], OffchainHash: empty.Bytes()}}))

	// prove each job up to its top proof, in the context the contract gave it
	var leaves []*SeqNode
	var acc fr.Element // the genesis acc
	for n := uint64(1); n <= 2; n++ {
		b, err := rollup.Batches(nil, n)
		if err != nil {
			t.Fatal(err)
		}
		in := &executor.Input{Onchain: inputs[n-1], Context: statement.Context{ChainID: chain.ChainID().Uint64(),
			Timestamp: b.Timestamp, BatchNum: n, Sequencer: b.Sequencer}}
		top, err := ProveTop(ctx, ks, prog, in, Options{MaxCycles: budget})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("job of batch %d: %d cycles, %d segments, segments %s, aggregate %s", n, top.Cycles, top.Segments,
			top.Times.Segments, top.Times.Aggregate)
		// the self-contained form round-trips and is checked on receipt
		doc, err := EncodeTop(ks.LogSteps, top)
		if err != nil {
			t.Fatal(err)
		}
		if top, err = DecodeTop(doc, ks); err != nil {
			t.Fatal(err)
		}
		var forged seqFileJSON
		if err := json.Unmarshal(doc, &forged); err != nil {
			t.Fatal(err)
		}
		forged.Statement[statement.IdxOutput].SetUint64(12345)
		if fdoc, err := json.Marshal(&forged); err != nil {
			t.Fatal(err)
		} else if _, err := DecodeTop(fdoc, ks); !errors.Is(err, prover.ErrInvalidProof) {
			t.Fatalf("a job top proof with another output: %v", err)
		}
		leaf, err := JobLeaf(top, acc)
		if err != nil {
			t.Fatal(err)
		}
		if leaf.Sequence.NewAcc.Bytes() != b.AccInputHash {
			t.Fatalf("batch %d: the proof's accumulated input hash is not the contract's", n)
		}
		acc = leaf.Sequence.NewAcc
		leaves = append(leaves, leaf)
	}
	if _, err := AggregateSeq(ctx, ks, leaves[1], leaves[0]); !errors.Is(err, recursion.ErrNotAdjacent) {
		t.Fatalf("jobs in the wrong order: %v", err)
	}
	start := time.Now()
	seq, err := AggregateSeq(ctx, ks, leaves[0], leaves[1])
	if err != nil {
		t.Fatal(err)
	}
	aggregateTime := time.Since(start)
	sdoc, err := EncodeSeq(ks.LogSteps, seq)
	if err != nil {
		t.Fatal(err)
	}
	if seq, err = DecodeSeq(sdoc, ks); err != nil {
		t.Fatal(err)
	}
	var forgedSeq seqFileJSON
	if err := json.Unmarshal(sdoc, &forgedSeq); err != nil {
		t.Fatal(err)
	}
	forgedSeq.Sequence.NewStateRoot.SetUint64(7)
	if fdoc, err := json.Marshal(&forgedSeq); err != nil {
		t.Fatal(err)
	} else if _, err := DecodeSeq(fdoc, ks); !errors.Is(err, prover.ErrInvalidProof) {
		t.Fatalf("a sequence proof with another new state root: %v", err)
	}
	if seq.Jobs != 2 || seq.Sequence.OldBatch != 1 || seq.Sequence.NewBatch != 3 || seq.Sequence.NewAcc != acc {
		t.Fatalf("sequence %+v", seq.Sequence)
	}
	start = time.Now()
	f, err := WrapSeq(ctx, ks, seq, me)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("sequence of 2 jobs: aggregation %s, final proof %s", aggregateTime.Round(time.Second), time.Since(start).Round(time.Second))
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

	// on chain: upstream's 24 words through the adapter, then the rollup's verifyBatches
	words, err := f.Words()
	if err != nil {
		t.Fatal(err)
	}
	if ok, err := adapter.VerifyProof(nil, words, [1]*big.Int{other.Digest.BigInt(new(big.Int))}); err != nil || ok {
		t.Fatalf("the adapter accepts the proof for another aggregator: %v %v", ok, err)
	}
	newRoot := leaves[1].Sequence.NewStateRoot
	r := mined(rollup.VerifyBatches(opts, 0, 2, newRoot.Bytes(), words))
	t.Logf("verifyBatches of %d jobs with the real final proof: %d gas for the whole transaction", f.Jobs, r.GasUsed)
	if root, err := rollup.StateRoot(nil); err != nil || root != newRoot.Bytes() {
		t.Fatalf("state root %x (%v)", root, err)
	}
	if last, err := rollup.LastVerifiedBatch(nil); err != nil || last != 2 {
		t.Fatalf("last verified batch %d (%v)", last, err)
	}
}
