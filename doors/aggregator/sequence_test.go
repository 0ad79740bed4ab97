package aggregator

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/ethereum/go-ethereum/common"

	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/jobs"
	pb "github.com/zkprover/zkprover/proto/aggregator/v1"
	"github.com/zkprover/zkprover/prover/longrun"
	"github.com/zkprover/zkprover/prover/provertest"
	"github.com/zkprover/zkprover/recursion"
	"github.com/zkprover/zkprover/statement"
)

// rangeOf is a range of jobs from batch old to new with distinct values
// derived from tag (no proof: for the checks made before any key is used).
func rangeOf(tag byte, old, new uint64, fork uint64) rangeSection {
	h := func(b byte) string { return hex32([32]byte{0: 0x01, 31: b}) }
	return rangeSection{
		upstreamValues: upstreamValues{OldStateRoot: h(tag), OldAccInputHash: h(tag + 1), OldBatchNum: old, ChainID: 7, ForkID: fork,
			NewStateRoot: h(tag + 2), NewAccInputHash: h(tag + 3), NewLocalExitRoot: hex32([32]byte{}), NewBatchNum: new,
			ProgramID: h(0xee)},
		SequenceDigest: h(tag + 4), SeqOldAcc: h(tag + 5), SeqNewAcc: h(tag + 6), MaxCycles: 1 << 20,
		Jobs: int(new - old),
	}
}

// follow makes b continue a.
func follow(a, b *rangeSection) {
	b.OldStateRoot, b.OldAccInputHash, b.OldBatchNum, b.SeqOldAcc = a.NewStateRoot, a.NewAccInputHash, a.NewBatchNum, a.SeqNewAcc
}

func aggregatedJSON(t *testing.T, r rangeSection, edit func(*aggregatedDoc)) string {
	t.Helper()
	pubs, err := r.publics()
	if err != nil {
		t.Fatal(err)
	}
	doc := aggregatedDoc{Kind: KindAggregated, Publics: pubs, Range: &r, Sequence: json.RawMessage(`{"version":1}`)}
	if edit != nil {
		edit(&doc)
	}
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestAdjacentRules: each of upstream's aggregation checks and ours refuses
// a pair that breaks it alone.
func TestAdjacentRules(t *testing.T) {
	a := rangeOf(1, 10, 12, 9)
	b := rangeOf(20, 12, 13, 9)
	follow(&a, &b)
	if err := adjacent(&a, &b); err != nil {
		t.Fatalf("adjacent ranges: %v", err)
	}
	for name, edit := range map[string]func(*rangeSection){
		"chain id":       func(r *rangeSection) { r.ChainID++ },
		"fork id":        func(r *rangeSection) { r.ForkID++ },
		"program":        func(r *rangeSection) { r.ProgramID = hex32([32]byte{31: 1}) },
		"state root":     func(r *rangeSection) { r.OldStateRoot = hex32([32]byte{31: 2}) },
		"acc input hash": func(r *rangeSection) { r.OldAccInputHash = hex32([32]byte{31: 3}) },
		"batch number":   func(r *rangeSection) { r.OldBatchNum++ },
		"sequence acc":   func(r *rangeSection) { r.SeqOldAcc = hex32([32]byte{31: 4}) },
		"cycle budget":   func(r *rangeSection) { r.MaxCycles++ },
	} {
		c := b
		edit(&c)
		if err := adjacent(&a, &c); err == nil || !strings.Contains(err.Error(), "not adjacent") {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// TestAggregationRefusedBeforeWork: GenAggregatedProof and GenFinalProof
// refuse, before any key is used, what is malformed, edited, of another
// fork, too large or not adjacent; a well-formed adjacent pair is refused as
// not supported by a node without long runs and as unavailable by one whose
// long-run keys are not loaded yet.
func TestAggregationRefusedBeforeWork(t *testing.T) {
	const fork = 9
	a := rangeOf(1, 10, 12, fork)
	b := rangeOf(20, 12, 14, fork)
	follow(&a, &b)
	pa, pbb := aggregatedJSON(t, a, nil), aggregatedJSON(t, b, nil)
	log := testLogger()
	plain := startNode(t, t.TempDir(), nodeOpts{name: "p", forkID: fork, maxRequest: 1 << 16})
	agg := func(c *Client, x, y string) pb.Result {
		return c.genAggregatedProof(t.Context(), log, &pb.GenAggregatedProofRequest{RecursiveProof_1: x, RecursiveProof_2: y}).Result
	}
	for name, pair := range map[string][2]string{
		"not JSON":        {"{", pbb},
		"empty object":    {"{}", pbb},
		"edited publics":  {aggregatedJSON(t, a, func(d *aggregatedDoc) { d.Publics[PubNewBatchNum] = "13" }), pbb},
		"edited range":    {aggregatedJSON(t, a, func(d *aggregatedDoc) { d.Range.NewBatchNum = 11 }), pbb},
		"unknown field":   {strings.Replace(pa, `"kind"`, `"extra":1,"kind"`, 1), pbb},
		"no sequence":     {aggregatedJSON(t, a, func(d *aggregatedDoc) { d.Sequence = nil }), pbb},
		"other fork":      {aggregatedJSON(t, rangeOf(1, 10, 12, fork+1), nil), pbb},
		"wrong order":     {pbb, pa},
		"too large":       {pa, pbb + strings.Repeat(" ", 1<<16)},
		"not a field hex": {aggregatedJSON(t, a, func(d *aggregatedDoc) { d.Range.SeqOldAcc = "0x12" }), pbb},
	} {
		if got := agg(plain.client, pair[0], pair[1]); got != pb.Result_RESULT_ERROR {
			t.Errorf("%s: %v", name, got)
		}
	}
	if got := agg(plain.client, pa, pbb); got != pb.Result_RESULT_ERROR {
		t.Errorf("a node without long runs: %v", got)
	}
	fin := func(c *Client, rp, addr string) pb.Result {
		return c.genFinalProof(t.Context(), log, &pb.GenFinalProofRequest{RecursiveProof: rp, AggregatorAddr: addr}).Result
	}
	if got := fin(plain.client, pa, "0x00000000000000000000000000000000000000a1"); got != pb.Result_RESULT_ERROR {
		t.Errorf("final proof of an aggregation, no long runs: %v", got)
	}
	if got := fin(plain.client, pa, "0xnot-an-address"); got != pb.Result_RESULT_ERROR {
		t.Errorf("final proof for a malformed aggregator address: %v", got)
	}
	loading := startNode(t, t.TempDir(), nodeOpts{name: "q", forkID: fork, long: jobs.NewLongRuns()})
	if got := agg(loading.client, pa, pbb); got != pb.Result_RESULT_INTERNAL_ERROR {
		t.Errorf("a node whose long-run keys are loading: %v", got)
	}
	if got := fin(loading.client, pa, ""); got != pb.Result_RESULT_INTERNAL_ERROR {
		t.Errorf("final proof, keys loading: %v", got)
	}
}

// TestSequenceAccChain: a batch job's sequence starts from the request's
// seq_acc_input_hash, else from the sequence acc after the job whose new
// acc input hash the request continues, else zero; an acc not below 2^253
// or not 32 bytes is refused.
func TestSequenceAccChain(t *testing.T) {
	tn := startNode(t, t.TempDir(), nodeOpts{name: "p"})
	log := testLogger()
	elf := counterELF()
	ctx := statement.Context{ChainID: 5, Timestamp: 1_700_000_000, BatchNum: 1, Sequencer: [20]byte{1}}
	in1 := &executor.Input{Onchain: words(3), State: []statement.KV{{Key: 1, Value: 1}}, Context: ctx}
	req1 := aggInput(t, elf, in1, 1, true)
	req1.PublicInputs.OldAccInputHash = []byte(strings.Repeat("\x11", 32))
	r1 := tn.client.queueBatch(t.Context(), log, kindBatch, req1)
	if r1.Result != pb.Result_RESULT_OK {
		t.Fatal(r1)
	}
	acc1, err := tn.client.inputs.get(r1.Id)
	if err != nil || acc1.SeqOldAcc != ([32]byte{}) {
		t.Fatalf("first job: %+v %v", acc1, err)
	}
	// The second continues the first's upstream acc: its sequence acc
	// continues the first's.
	r, err := jobs.Build(jobs.Spec{JobRequest: req1.PublicInputs.BatchL2Data, Context: ctx, State: in1.State}, executor.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	pub1 := jobInputs(r)
	want, err := recursion.AccNext(fr.Element{}, &pub1)
	if err != nil {
		t.Fatal(err)
	}
	up1 := AccInputHash(acc1.OldAccInputHash, req1.PublicInputs.BatchL2Data, [32]byte{}, ctx.Timestamp, ctx.Sequencer, [32]byte{})
	in2 := &executor.Input{Onchain: words(4), State: []statement.KV{{Key: 1, Value: 4}}, Context: ctx}
	in2.Context.BatchNum = 2
	req2 := aggInput(t, elf, in2, 2, false)
	req2.PublicInputs.OldAccInputHash = up1[:]
	r2 := tn.client.queueBatch(t.Context(), log, kindBatch, req2)
	if r2.Result != pb.Result_RESULT_OK {
		t.Fatal(r2)
	}
	if acc2, err := tn.client.inputs.get(r2.Id); err != nil || acc2.SeqOldAcc != want.Bytes() {
		t.Fatalf("second job's sequence acc %x, want %x (%v)", acc2.SeqOldAcc, want.Bytes(), err)
	}
	// Given explicitly, it wins.
	given := [32]byte{0: 0x1f, 31: 9}
	req3 := aggInput(t, elf, in2, 3, false)
	req3.PublicInputs.OldAccInputHash, req3.SeqAccInputHash = up1[:], given[:]
	r3 := tn.client.queueBatch(t.Context(), log, kindBatch, req3)
	if acc3, err := tn.client.inputs.get(r3.Id); r3.Result != pb.Result_RESULT_OK || err != nil || acc3.SeqOldAcc != given {
		t.Fatalf("explicit sequence acc: %v %x %v", r3, acc3.SeqOldAcc, err)
	}
	for name, bad := range map[string][]byte{"2^253": append([]byte{0x20}, make([]byte, 31)...), "31 bytes": make([]byte, 31)} {
		req := aggInput(t, elf, in2, 4, false)
		req.SeqAccInputHash = bad
		if r := tn.client.queueBatch(t.Context(), log, kindBatch, req); r.Result != pb.Result_RESULT_ERROR {
			t.Errorf("seq_acc_input_hash %s: %v", name, r)
		}
	}
}

// TestWorkStore: work items are kept across a reopen, listed oldest first,
// cancelled once (GetProof then answers CANCEL), and a finished item is not
// changed again.
func TestWorkStore(t *testing.T) {
	// Long runs whose keys never load: the work loop leaves items pending.
	tn := startNode(t, t.TempDir(), nodeOpts{name: "p", long: jobs.NewLongRuns()})
	tn.jobs.SetReady()
	c := tn.client
	ids := []string{"7d0c0b66-1111-4a3c-9d7c-5f1f2a3b4c5d", "7d0c0b66-2222-4a3c-9d7c-5f1f2a3b4c5d"}
	for _, id := range ids {
		if err := c.work.add(&workRecord{ID: id, Kind: workAggregate, Inputs: []string{"a", "b"}}); err != nil {
			t.Fatal(err)
		}
		time.Sleep(2 * time.Millisecond)
	}
	reopened, err := openWorkStore(c.work.dir)
	if err != nil {
		t.Fatal(err)
	}
	got, err := reopened.pending()
	if err != nil || len(got) != 2 || got[0].ID != ids[0] || got[1].ID != ids[1] {
		t.Fatalf("pending after a reopen: %v %v", got, err)
	}
	if r, ok := c.workProof(t.Context(), ids[0], 0); !ok || r.Result != pb.GetProofResponse_RESULT_PENDING {
		t.Fatalf("GetProof of a pending item: %v %v", r, ok)
	}
	if st := c.status(t.Context()); st.Status != pb.GetStatusResponse_STATUS_COMPUTING || len(st.PendingRequestQueueIds) != 2 || st.CurrentComputingRequestId != ids[0] {
		t.Fatalf("GetStatus with two items pending: %v", st)
	}
	if ok, err := c.cancelWork(t.Context(), ids[0]); !ok || err != nil {
		t.Fatalf("cancel: %v %v", ok, err)
	}
	if ok, err := c.cancelWork(t.Context(), ids[0]); !ok || err == nil {
		t.Fatalf("second cancel: %v %v", ok, err)
	}
	if r, ok := c.workProof(t.Context(), ids[0], time.Second); !ok || r.Result != pb.GetProofResponse_RESULT_CANCEL {
		t.Fatalf("GetProof of a cancelled item: %v %v", r, ok)
	}
	if ran, err := c.work.update(ids[1], func(w *workRecord) { w.State, w.Reason, w.Error = workFailed, "invalid", "not adjacent" }); !ran || err != nil {
		t.Fatal(ran, err)
	}
	if r, ok := c.workProof(t.Context(), ids[1], 0); !ok || r.Result != pb.GetProofResponse_RESULT_ERROR || r.ResultString != "not adjacent" {
		t.Fatalf("GetProof of a failed item: %v %v", r, ok)
	}
	if ran, _ := c.work.update(ids[1], func(w *workRecord) { w.State = workDone }); ran {
		t.Fatal("a finished item changed")
	}
	if _, ok := c.workProof(t.Context(), "7d0c0b66-3333-4a3c-9d7c-5f1f2a3b4c5d", 0); ok {
		t.Fatal("an unknown id is a work item")
	}
	if got, _ := c.work.pending(); len(got) != 0 {
		t.Fatalf("pending after cancel and failure: %v", got)
	}
	if st := c.status(t.Context()); st.Status == pb.GetStatusResponse_STATUS_COMPUTING {
		t.Fatalf("GetStatus with no work: %v", st)
	}
}

// topDoc is the recursive proof of a job proven for aggregation, as the node
// writes it, with a job top document of budget topBudget and no real proof
// (for the checks made before any key is used).
func topDoc(t *testing.T, in *executor.Input, nonce uint64, topBudget uint64, fork uint64, acc accInputs) (string, statement.Public) {
	t.Helper()
	prog, err := executor.LoadELF(counterELF(), executor.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	jobRequest := mustRequest(t, in, nonce)
	run, err := executor.Run(t.Context(), prog, in, executor.Config{})
	if err != nil {
		t.Fatal(err)
	}
	pub := run.Public(prog, in)
	top, err := longrun.EncodeTop(provertest.SegmentClass, &longrun.Top{Node: &longrun.Node{ChildInput: recursion.ChildInput{Proof: &groth16bn254.Proof{}}},
		Public: pub, MaxCycles: topBudget, Segments: 1})
	if err != nil {
		t.Fatal(err)
	}
	batch, err := batchOf(pub, jobRequest, acc, fork)
	if err != nil {
		t.Fatal(err)
	}
	pubs, err := batch.publics()
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(recursiveDoc{JobID: "7d0c0b66-1111-4a3c-9d7c-5f1f2a3b4c5d", Publics: pubs, Batch: &batch, Top: top})
	if err != nil {
		t.Fatal(err)
	}
	return string(b), pub
}

// TestBatchTopChecks: a batch proof with its job top is read without keys
// (its statement from the top document), its batch section and publics
// recomputed; a top proof for another cycle budget than the job request's,
// an edited sequence acc, merged publics, a non-zero exit root in an
// aggregated proof and a "top": null are each refused or routed as they
// must be.
func TestBatchTopChecks(t *testing.T) {
	const fork = 9
	tn := startNode(t, t.TempDir(), nodeOpts{name: "p", forkID: fork})
	c := tn.client
	ctx := statement.Context{ChainID: 5, Timestamp: 1_700_000_000, BatchNum: 1, Sequencer: [20]byte{1}}
	in := &executor.Input{Onchain: words(3), State: []statement.KV{{Key: 1, Value: 1}}, Context: ctx}
	good, pub := topDoc(t, in, 1, 1<<20, fork, accInputs{})
	p, err := c.readPart(good)
	if err != nil {
		t.Fatal(err)
	}
	seqNew, err := recursion.AccNext(fr.Element{}, &pub)
	if err != nil {
		t.Fatal(err)
	}
	if p.rng.MaxCycles != 1<<20 || p.rng.Jobs != 1 || p.rng.SeqNewAcc != hex32(seqNew.Bytes()) || p.rng.NewStateRoot != hex32(jobs.FieldBytes(pub.NewStateRoot)) {
		t.Fatalf("range %+v", p.rng)
	}
	other, _ := topDoc(t, in, 1, 1000, fork, accInputs{})
	if _, err := c.readPart(other); err == nil || !strings.Contains(err.Error(), "maxCycles") {
		t.Fatalf("a top proof of another budget: %v", err)
	}
	var doc map[string]json.RawMessage
	if err := json.Unmarshal([]byte(good), &doc); err != nil {
		t.Fatal(err)
	}
	edit := func(f func(map[string]json.RawMessage)) string {
		m := map[string]json.RawMessage{}
		for k, v := range doc {
			m[k] = v
		}
		f(m)
		b, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	seqEdited := edit(func(m map[string]json.RawMessage) {
		m["batch"] = json.RawMessage(strings.Replace(string(m["batch"]), `"seq_old_acc":"0x00`, `"seq_old_acc":"0x01`, 1))
	})
	if _, err := c.readPart(seqEdited); err == nil {
		t.Fatal("an edited sequence acc accepted")
	}
	merged := edit(func(m map[string]json.RawMessage) {
		var pubs []string
		_ = json.Unmarshal(m["publics"], &pubs)
		pubs = append([]string{pubs[0] + "," + pubs[1]}, pubs[2:]...)
		m["publics"], _ = json.Marshal(pubs)
	})
	if _, err := c.readPart(merged); err == nil {
		t.Fatal("merged publics accepted")
	}
	if isSequencePart(edit(func(m map[string]json.RawMessage) { m["top"] = json.RawMessage("null") })) {
		t.Fatal(`"top": null taken for a job top`)
	}
	r := rangeOf(1, 10, 12, fork)
	r.NewLocalExitRoot = hex32([32]byte{31: 1})
	if _, err := c.readPart(aggregatedJSON(t, r, nil)); err == nil {
		t.Fatal("an aggregated proof with a local exit root accepted")
	}
	// Two adjacent batch proofs: refused only for want of long runs.
	up1 := AccInputHash([32]byte{}, mustRequest(t, in, 1), [32]byte{}, ctx.Timestamp, ctx.Sequencer, [32]byte{})
	in2 := &executor.Input{Onchain: words(4), State: []statement.KV{{Key: 1, Value: 4}}, Context: ctx}
	in2.Context.BatchNum = 2
	next, _ := topDoc(t, in2, 2, 1<<20, fork, accInputs{OldAccInputHash: up1, SeqOldAcc: seqNew.Bytes()})
	a, b := mustPart(t, c, good), mustPart(t, c, next)
	if err := adjacent(&a.rng, &b.rng); err != nil {
		t.Fatal(err)
	}
	if res := c.genAggregatedProof(t.Context(), testLogger(), &pb.GenAggregatedProofRequest{RecursiveProof_1: good, RecursiveProof_2: next}); res.Result != pb.Result_RESULT_ERROR {
		t.Fatalf("adjacent batch proofs on a node without long runs: %v", res)
	}
}

func mustPart(t *testing.T, c *Client, s string) *part {
	t.Helper()
	p, err := c.readPart(s)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// mustRequest is the job request SpecOf makes for the counter on in.
func mustRequest(t *testing.T, in *executor.Input, nonce uint64) []byte {
	t.Helper()
	prog, err := executor.LoadELF(counterELF(), executor.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	sp, err := jobs.SpecOf(prog, in, nonce, 1<<20, common.Address{})
	if err != nil {
		t.Fatal(err)
	}
	return sp.JobRequest
}

// TestWorkCountedAsLongRun: each aggregation or sequence final proof is
// counted as long-run work while it is proven (Options.Recursing: the node
// re-arms its idle-stop timer when it ends), failed ones too.
func TestWorkCountedAsLongRun(t *testing.T) {
	var started, ended int
	tn := startNode(t, t.TempDir(), nodeOpts{name: "p", long: jobs.NewLongRuns(), recursing: func() func() {
		started++
		return func() { ended++ }
	}})
	for i, kind := range []string{workAggregate, workFinal} {
		// no inputs: refused while counted
		if _, err := tn.client.prove(context.Background(), &longrun.Keys{LogSteps: 5}, &workRecord{ID: "w", Kind: kind}); err == nil {
			t.Fatalf("%s of no proofs: no error", kind)
		}
		if started != i+1 || ended != i+1 {
			t.Fatalf("%s: counted in %d times, out %d, want %d", kind, started, ended, i+1)
		}
	}
}
