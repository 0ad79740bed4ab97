package aggregator

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/rs/zerolog"
	"google.golang.org/protobuf/proto"

	"github.com/zkprover/zkprover/contracts/bindings"
	"github.com/zkprover/zkprover/devchain"
	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/jobs"
	pb "github.com/zkprover/zkprover/proto/aggregator/v1"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/prover/longrun"
	"github.com/zkprover/zkprover/prover/provertest"
	"github.com/zkprover/zkprover/statement"
)

// e2eKeys are the long-run keys of `make test-e2e` (segment class
// provertest.SegmentClass, made once into ZKPROVER_E2E_KEYS).
func e2eKeys(t *testing.T) *longrun.Keys {
	t.Helper()
	if os.Getenv("ZKPROVER_E2E") != "1" {
		t.Skip("end to end with the aggregation and final keys: ZKPROVER_E2E=1 (make test-e2e)")
	}
	root := os.Getenv("ZKPROVER_E2E_KEYS")
	if root == "" {
		root = filepath.Join(os.TempDir(), "zkprover-e2e-keys")
	}
	start := time.Now()
	log := zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.InfoLevel)
	ks, err := longrun.Ensure(context.Background(), root, provertest.SegmentClass, longrun.KeyOptions{AutoSetup: true, Check: true, Log: log})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("long-run keys of segment class 2^%d ready in %s", provertest.SegmentClass, time.Since(start).Round(time.Second))
	return ks
}

// convertProof is what upstream's aggregators (zkevm-node and cdk, etherman)
// do with FinalProof.proof before they send it to L1: "0x" and 24 words of
// 64 hex digits.
func convertProof(p string) ([24][32]byte, error) {
	var out [24][32]byte
	if len(p) != 2+24*64 {
		return out, errInvalidLength
	}
	p = p[2:]
	for i := range out {
		b, err := hex.DecodeString(p[64*i : 64*(i+1)])
		if err != nil {
			return out, err
		}
		copy(out[i][:], b)
	}
	return out, nil
}

var errInvalidLength = errors.New("invalid proof length")

// statelessWith is cdk's request for the job of full (aggInput), with acc.
func statelessWith(t *testing.T, full *pb.InputProver, in *executor.Input, acc accInputs) *pb.StatelessInputProver {
	t.Helper()
	pi := full.PublicInputs
	wit := proto.Clone(full).(*pb.InputProver)
	wit.PublicInputs = nil
	w, err := proto.Marshal(wit)
	if err != nil {
		t.Fatal(err)
	}
	return &pb.StatelessInputProver{PublicInputs: &pb.StatelessPublicInputs{
		Witness: w, OldAccInputHash: acc.OldAccInputHash[:], OldBatchNum: pi.OldBatchNum, ChainId: pi.ChainId,
		BatchL2Data: pi.BatchL2Data, L1InfoRoot: acc.L1InfoRoot[:], TimestampLimit: pi.TimestampLimit,
		SequencerAddr: common.BytesToAddress(in.Context.Sequencer[:]).String(), ForcedBlockhashL1: acc.ForcedBlockhashL1[:],
	}}
}

func aggregateReq(a, b string) isRequest {
	return reqFunc(func(m *pb.AggregatorMessage) {
		m.Request = &pb.AggregatorMessage_GenAggregatedProofRequest{GenAggregatedProofRequest: &pb.GenAggregatedProofRequest{
			RecursiveProof_1: a, RecursiveProof_2: b}}
	})
}

func (p *proverConn) aggregate(t *testing.T, a, b string) *pb.GenAggregatedProofResponse {
	t.Helper()
	resp, err := p.call("", aggregateReq(a, b))
	if err != nil {
		t.Fatal(err)
	}
	return resp.GetGenAggregatedProofResponse()
}

// await asks GetProof with a timeout until the answer is not PENDING.
func (p *proverConn) await(t *testing.T, id string) *pb.GetProofResponse {
	t.Helper()
	deadline := time.Now().Add(30 * time.Minute)
	for time.Now().Before(deadline) {
		r := p.getProof(t, id, 30)
		if r.Result != pb.GetProofResponse_RESULT_PENDING {
			if r.Result != pb.GetProofResponse_RESULT_COMPLETED_OK {
				t.Fatalf("GetProof %s: %v %s", id, r.Result, r.ResultString)
			}
			return r
		}
	}
	t.Fatalf("%s still pending", id)
	return nil
}

// TestAggregatorFlowEndToEnd is an aggregator's whole flow with real keys (`make test-e2e`):
// four consecutive jobs of a stateful program, sequenced by the rollup-style contract on the
// simulated EVM, are sent as batch proofs in both dialects (zkevm-node's GenBatchProof for the
// first two, the second finding its sequence acc from the first; cdk's GenStatelessBatchProof for
// the last two, with seq_acc_input_hash); non-adjacent pairs are refused; the proofs are
// aggregated pairwise to depth 2, the stream dropped while the last aggregation runs and its
// proof fetched on the next stream; the final proof for the aggregator, converted as upstream's
// convertProof does, is verified by the contract through the RollupVerifier adapter, which
// advances the state root, and refused for another aggregator.
func TestAggregatorFlowEndToEnd(t *testing.T) {
	ks := e2eKeys(t)
	ctx := context.Background()
	elf := counterELF()
	prog, err := executor.LoadELF(elf, executor.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	const budget = 1 << 20 // the job requests' maxCycles (aggInput)

	// The chain: the final key's verifier, the adapter, the rollup.
	chain, err := devchain.Start(ctx, devchain.Options{Addr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = chain.Close() })
	code, err := devchain.CompileVerifier(ctx, filepath.Join(prover.ClassDir(ks.Final.Root(), ks.LogSteps), prover.FileVerifier),
		filepath.Join("..", "..", "contracts"))
	if err != nil {
		t.Fatalf("compiling the final verifier: %v", err)
	}
	finalAddr, err := chain.DeployCode(ctx, code)
	if err != nil {
		t.Fatal(err)
	}
	opts, err := bind.NewKeyedTransactorWithChainID(chain.Deployer, chain.ChainID())
	if err != nil {
		t.Fatal(err)
	}
	mined := func(tx *types.Transaction, err error) *types.Receipt {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		chain.Commit()
		r, err := chain.Client().TransactionReceipt(ctx, tx.Hash())
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	adapterAddr, tx, _, err := bindings.DeployRollupVerifier(opts, chain.Client(), finalAddr)
	mined(tx, err)
	genesis := []statement.KV{{Key: 1, Value: 100}}
	genesisRoot := jobs.FieldBytes(statement.StateRoot(genesis))
	_, tx, rollup, err := bindings.DeploySequenceRollup(opts, chain.Client(), adapterAddr, opts.From, jobs.FieldBytes(prog.ID), budget, genesisRoot)
	mined(tx, err)
	incs := []uint32{5, 7, 11, 13}
	var batches []bindings.SequenceRollupBatchData
	for _, n := range incs {
		batches = append(batches, bindings.SequenceRollupBatchData{OnchainInput: words(n), OffchainHash: jobs.FieldBytes(statement.OffchainHash(nil))})
	}
	if r := mined(rollup.SequenceBatches(opts, batches)); r.Status != types.ReceiptStatusSuccessful {
		t.Fatal("sequenceBatches failed")
	}

	// The node: long runs on with the e2e keys, so batch jobs keep their top proof.
	lr := jobs.NewLongRuns()
	lr.Set(&longrun.Runner{Keys: ks}, nil)
	const fork = 9
	agg := startAgg(t, "127.0.0.1:0", fork)
	startNode(t, t.TempDir(), nodeOpts{name: "flow", forkID: fork, aggs: []string{agg.addr()}, open: openShared(t), long: lr, keys: ks})
	p := agg.next(t)

	// Four jobs, each from the state the one before leaves.
	state := genesis
	upAcc := [32]byte{0x11} // upstream's acc input hash before the first job
	var ids []string
	var wantRoots [][32]byte
	start := time.Now()
	for i, inc := range incs {
		n := uint64(i + 1)
		b, err := rollup.Batches(nil, n)
		if err != nil {
			t.Fatal(err)
		}
		in := &executor.Input{Onchain: words(inc), State: state, Context: statement.Context{ChainID: chain.ChainID().Uint64(),
			Timestamp: b.Timestamp, BatchNum: n, Sequencer: b.Sequencer}}
		full := aggInput(t, elf, in, n, i == 0)
		l1 := [32]byte{0x22, byte(n)}
		var r *pb.GenBatchProofResponse
		if i < 2 {
			// zkevm-node: no sequence acc sent (the second continues the first's).
			full.PublicInputs.OldAccInputHash, full.PublicInputs.L1InfoRoot = upAcc[:], l1[:]
			r = p.genBatch(t, full)
		} else {
			// cdk, with the rollup's acc before the batch.
			prev, err := rollup.Batches(nil, n-1)
			if err != nil {
				t.Fatal(err)
			}
			full.SeqAccInputHash = prev.AccInputHash[:]
			r = p.genStateless(t, statelessWith(t, full, in, accInputs{OldAccInputHash: upAcc, L1InfoRoot: l1}))
		}
		if r.Result != pb.Result_RESULT_OK {
			t.Fatalf("batch %d: %v", n, r)
		}
		ids = append(ids, r.Id)
		run, err := executor.Run(ctx, prog, in, executor.Config{})
		if err != nil || run.ExitCode != 0 || run.Cycles > 1<<provertest.SegmentClass {
			t.Fatalf("batch %d: %v %+v", n, err, run)
		}
		state = run.State
		wantRoots = append(wantRoots, jobs.FieldBytes(run.StateRoot))
		upAcc = AccInputHash(upAcc, full.GetPublicInputs().GetBatchL2Data(), l1, in.Context.Timestamp, in.Context.Sequencer, [32]byte{})
	}
	var proofs []string
	for i, id := range ids {
		g := p.await(t, id)
		rp := g.GetRecursiveProof()
		var doc recursiveDoc
		if err := json.Unmarshal([]byte(rp), &doc); err != nil {
			t.Fatal(err)
		}
		b, err := rollup.Batches(nil, uint64(i+1))
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Top) == 0 || doc.Batch == nil || doc.Batch.SeqNewAcc != hex32(b.AccInputHash) || doc.Batch.NewStateRoot != hex32(wantRoots[i]) {
			t.Fatalf("batch %d: top %d bytes, section %+v; the rollup's acc %x", i+1, len(doc.Top), doc.Batch, b.AccInputHash)
		}
		proofs = append(proofs, rp)
	}
	t.Logf("4 batch proofs (run top proofs) in %s", time.Since(start).Round(time.Second))

	// Not adjacent: refused before anything is proven.
	for _, pair := range [][2]int{{1, 0}, {0, 2}, {0, 0}} {
		if r := p.aggregate(t, proofs[pair[0]], proofs[pair[1]]); r.Result != pb.Result_RESULT_ERROR {
			t.Fatalf("aggregating batches %d and %d: %v", pair[0]+1, pair[1]+1, r)
		}
	}

	// Depth 1, then depth 2 with the stream dropped while it runs.
	start = time.Now()
	r12, r34 := p.aggregate(t, proofs[0], proofs[1]), p.aggregate(t, proofs[2], proofs[3])
	if r12.Result != pb.Result_RESULT_OK || r34.Result != pb.Result_RESULT_OK {
		t.Fatalf("aggregations: %v %v", r12, r34)
	}
	a12, a34 := p.await(t, r12.Id).GetRecursiveProof(), p.await(t, r34.Id).GetRecursiveProof()
	t.Logf("two aggregations of two batches in %s", time.Since(start).Round(time.Second))
	if r := p.aggregate(t, a34, a12); r.Result != pb.Result_RESULT_ERROR {
		t.Fatalf("aggregations in the wrong order: %v", r)
	}
	start = time.Now()
	r14 := p.aggregate(t, a12, a34)
	if r14.Result != pb.Result_RESULT_OK {
		t.Fatalf("depth 2: %v", r14)
	}
	p.close()
	p = agg.next(t)
	a14 := p.await(t, r14.Id).GetRecursiveProof()
	t.Logf("aggregation of 2 x 2 batches in %s (fetched on a new stream)", time.Since(start).Round(time.Second))
	var doc aggregatedDoc
	if err := json.Unmarshal([]byte(a14), &doc); err != nil {
		t.Fatal(err)
	}
	last, err := rollup.Batches(nil, 4)
	if err != nil {
		t.Fatal(err)
	}
	rg := doc.Range
	if doc.Kind != KindAggregated || rg == nil || rg.Jobs != 4 || rg.OldBatchNum != 1 || rg.NewBatchNum != 5 || rg.ForkID != fork ||
		rg.OldStateRoot != hex32(genesisRoot) || rg.NewStateRoot != hex32(wantRoots[3]) ||
		rg.SeqOldAcc != hex32([32]byte{}) || rg.SeqNewAcc != hex32(last.AccInputHash) || len(doc.Publics) != NumPublics {
		t.Fatalf("aggregated range %+v", rg)
	}

	// The final proof for this aggregator, verified on chain as upstream sends it.
	me := opts.From
	start = time.Now()
	resp, err := p.call("", finalReq(a14, me.Hex()))
	if err != nil || resp.GetGenFinalProofResponse().GetResult() != pb.Result_RESULT_OK {
		t.Fatalf("GenFinalProof: %v %v", resp, err)
	}
	fp := p.await(t, resp.GetGenFinalProofResponse().GetId()).GetFinalProof()
	t.Logf("sequence final proof in %s", time.Since(start).Round(time.Second))
	words24, err := convertProof(fp.GetProof())
	if err != nil {
		t.Fatalf("upstream's convertProof refuses %q: %v", fp.GetProof()[:min(len(fp.GetProof()), 80)], err)
	}
	pub := fp.GetPublic()
	if pub.GetNewBatchNum() != 5 || pub.GetPublicInputs().GetOldBatchNum() != 1 || !strings.EqualFold(pub.GetPublicInputs().GetAggregatorAddr(), me.Hex()) ||
		string(pub.GetNewStateRoot()) != string(wantRoots[3][:]) {
		t.Fatalf("final proof public inputs %v", pub)
	}
	other, err := bind.NewKeyedTransactorWithChainID(chain.User, chain.ChainID())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := rollup.VerifyBatches(other, 0, 4, wantRoots[3], words24); err == nil {
		t.Fatal("the rollup accepts the proof from another aggregator")
	}
	r := mined(rollup.VerifyBatches(opts, 0, 4, wantRoots[3], words24))
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatal("verifyBatches failed")
	}
	t.Logf("verifyBatches of 4 jobs: %d gas for the whole transaction", r.GasUsed)
	if root, err := rollup.StateRoot(nil); err != nil || root != wantRoots[3] {
		t.Fatalf("state root %x (%v)", root, err)
	}
}
