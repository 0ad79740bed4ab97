package infernet

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkprover/zkprover/contracts"
	"github.com/zkprover/zkprover/contracts/bindings"
	"github.com/zkprover/zkprover/errs"
	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/jobs"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/queue"
	"github.com/zkprover/zkprover/statement"
)

// TestOffchainExecute: destinations 1 and 2 without a proof: the program sent
// as an ELF is stored (later requests name it by id) and run on the input;
// destination 1 answers {output, exit_code, cycles} with no proof and no job,
// destination 2 the output bytes; a malformed input is a run with exit code 1,
// not a refusal.
func TestOffchainExecute(t *testing.T) {
	td := startDoor(t, false, false)
	elf := readExample(t, "infernet")
	prog := must(executor.LoadELF(elf, executor.Limits{}))
	in := packedSquare(t, big.NewInt(12))
	want := packedSquare(t, big.NewInt(144))

	code, hdr, body := td.post(t, request(1, 1, false, map[string]any{"elf": hex.EncodeToString(elf), "input": "0x" + hex.EncodeToString(in)}))
	if code != http.StatusOK || hdr.Get("Content-Type") != "application/json" {
		t.Fatalf("status %d %s: %s", code, hdr.Get("Content-Type"), body)
	}
	var res OffchainResult
	if err := json.Unmarshal(body, &res); err != nil {
		t.Fatal(err)
	}
	if res.Output != hex.EncodeToString(want) || res.ExitCode != 0 || res.Cycles == 0 || res.Cycles > 256 || res.Proof != nil || res.JobID != "" || hdr.Get(JobHeader) != "" {
		t.Fatalf("answer %+v, want output %x, exit 0, no proof", res, want)
	}
	if ok, err := td.jobs.HasProgram(prog.IDHex()); err != nil || !ok {
		t.Fatalf("the ELF was not stored: %v %v", ok, err)
	}
	if st := td.jobs.Status(t.Context()); len(st.Pending) != 0 || st.Last != nil {
		t.Fatalf("an execution queued a job: %+v", st)
	}

	code, hdr, body = td.post(t, request(1, 2, false, map[string]any{"program_id": prog.IDHex(), "input": hex.EncodeToString(in)}))
	if code != http.StatusOK || hdr.Get("Content-Type") != "application/octet-stream" || !bytes.Equal(body, want) {
		t.Fatalf("streaming: status %d %s, body %x, want %x", code, hdr.Get("Content-Type"), body, want)
	}

	code, _, body = td.post(t, request(1, 1, false, map[string]any{"program_id": prog.IDHex(), "input": "0x01000000"}))
	if err := json.Unmarshal(body, &res); code != http.StatusOK || err != nil || res.ExitCode != 1 || res.Output != "" {
		t.Fatalf("malformed input: status %d %s", code, body)
	}
}

// TestOffchainProven: destinations 1 and 2 with requires_proof: the job is
// proven through the queue; destination 1 carries proof.json, which verifies
// and attests the answered output; destination 2 answers the bytes and names
// the proving job in X-Zkprover-Job.
func TestOffchainProven(t *testing.T) {
	td := startDoor(t, true, false)
	elf := readExample(t, "infernet")
	in := packedSquare(t, big.NewInt(1<<32-1))
	sq := new(big.Int).SetUint64(1<<32 - 1)
	want := packedSquare(t, sq.Mul(sq, sq))

	code, hdr, body := td.post(t, request(1, 1, true, map[string]any{"elf": hex.EncodeToString(elf), "input": hex.EncodeToString(in)}))
	if code != http.StatusOK {
		t.Fatalf("status %d: %s", code, body)
	}
	var res OffchainResult
	if err := json.Unmarshal(body, &res); err != nil {
		t.Fatal(err)
	}
	if res.Output != hex.EncodeToString(want) || res.ExitCode != 0 || res.JobID == "" || hdr.Get(JobHeader) != res.JobID {
		t.Fatalf("answer %+v (header %q), want output %x", res, hdr.Get(JobHeader), want)
	}
	var proof prover.Proof
	if err := json.Unmarshal(res.Proof, &proof); err != nil {
		t.Fatalf("proof is not proof.json: %v", err)
	}
	keys, err := td.prover.Keys(proof.Class)
	if err != nil {
		t.Fatal(err)
	}
	if err := prover.Verify(keys.VK, &proof); err != nil {
		t.Fatalf("the answered proof does not verify: %v", err)
	}
	if !bytes.Equal(proof.Public.Output, want) || !bytes.Equal(proof.Public.OnchainInput, in) || proof.Public.Context != (statement.Context{}) {
		t.Fatalf("the proof attests output %x on input %x in %+v", proof.Public.Output, proof.Public.OnchainInput, proof.Public.Context)
	}

	code, hdr, body = td.post(t, request(1, 2, true, map[string]any{"program_id": jobs.FieldHex(proof.Public.ProgramID), "input": hex.EncodeToString(in)}))
	if code != http.StatusOK || !bytes.Equal(body, want) || hdr.Get("Content-Type") != "application/octet-stream" {
		t.Fatalf("streaming: status %d, body %x", code, body)
	}
	job, err := td.store.Get(hdr.Get(JobHeader))
	if err != nil || job.State != queue.Done || job.ID == res.JobID {
		t.Fatalf("streaming's job %q: %+v %v", hdr.Get(JobHeader), job, err)
	}
}

// TestOnchainProven: destination 0 against a Coordinator's statement: the
// run is proven on the statement's input, offchain input, state and context
// (sequencer = data.node); raw_input/processed_input are the halves of the
// subscription's packed input, raw_output/processed_output those of the
// output, proof is abi.encode(ComputeProof) of a proof that verifies for that
// statement. A program whose output is not packed is a 422.
func TestOnchainProven(t *testing.T) {
	td := startDoor(t, true, true)
	elf := readExample(t, "infernet")
	prog := must(executor.LoadELF(elf, executor.Limits{}))
	in := packedSquare(t, big.NewInt(9))
	node := common.HexToAddress("0x00000000000000000000000000000000000000a1")
	td.coord.st = bindings.IntervalStatement{ProgramId: jobs.FieldBytes(prog.ID),
		Ctx:   bindings.StatementContext{ChainId: 1337, Timestamp: 1_700_000_000, BatchNum: 3},
		Input: in, OffchainInputHash: jobs.FieldBytes(statement.OffchainHash(nil)),
		OldStateRoot: jobs.FieldBytes(statement.StateRoot(nil)), MaxProofClass: 20}
	data := map[string]any{"subscription_id": 7, "interval": 3, "node": node.Hex(), "elf": hex.EncodeToString(elf)}

	code, hdr, body := td.post(t, request(0, 0, false, data))
	if code != http.StatusOK {
		t.Fatalf("status %d: %s", code, body)
	}
	var res OnchainResult
	if err := json.Unmarshal(body, &res); err != nil {
		t.Fatal(err)
	}
	if res.RawInput != hex.EncodeToString(abiUint(big.NewInt(9))) || res.ProcessedInput != "" ||
		res.RawOutput != hex.EncodeToString(abiUint(big.NewInt(81))) || res.ProcessedOutput != "" {
		t.Fatalf("five keys %+v", res)
	}
	cp, err := contracts.DecodeComputeProof(must(hex.DecodeString(res.Proof)))
	if err != nil {
		t.Fatalf("proof is not abi.encode(ComputeProof): %v", err)
	}
	if cp.ExitCode != 0 || cp.ProofClass != 8 || cp.OffchainInputHash != td.coord.st.OffchainInputHash || cp.OldStateRoot != td.coord.st.OldStateRoot {
		t.Fatalf("ComputeProof %+v", cp)
	}
	// The proof verifies for the statement the Coordinator will rebuild.
	job, err := td.store.Get(hdr.Get(JobHeader))
	if err != nil {
		t.Fatal(err)
	}
	done, err := jobs.DecodeResult(job.Result)
	if err != nil {
		t.Fatal(err)
	}
	p := done.Proof
	wantPub := statement.Public{ProgramID: prog.ID, Context: statement.Context{ChainID: 1337, Timestamp: 1_700_000_000, BatchNum: 3, Sequencer: node},
		OnchainInput: in, OffchainHash: statement.OffchainHash(nil), OldStateRoot: statement.StateRoot(nil), NewStateRoot: statement.StateRoot(nil),
		Output: must(PackBytesPair(must(hex.DecodeString(res.RawOutput)), nil))}
	if !reflect.DeepEqual(p.Public, wantPub) || !bytes.Equal(p.SolidityProof, cp.Proof) {
		t.Fatalf("the proof attests %+v, want %+v", p.Public, wantPub)
	}
	if err := prover.Verify(must(td.prover.Keys(p.Class)).VK, p); err != nil {
		t.Fatal(err)
	}

	// fibonacci exits 1 on the packed input and writes nothing: proven, not deliverable.
	fib := readExample(t, "fibonacci")
	td.coord.st.ProgramId = jobs.FieldBytes(must(executor.LoadELF(fib, executor.Limits{})).ID)
	data["elf"] = hex.EncodeToString(fib)
	code, _, body = td.post(t, request(0, 0, true, data))
	if msg := errorBody(t, body); code != http.StatusUnprocessableEntity || !strings.Contains(msg, "abi.encode(bytes raw_output, bytes processed_output)") || !strings.Contains(msg, "exit code 1") {
		t.Fatalf("an unpacked output: status %d %q", code, msg)
	}
}

// TestRefusals: every bad request is refused with its status and a JSON
// {"error"} naming the problem, before anything runs; a refused ELF is not
// stored.
func TestRefusals(t *testing.T) {
	td := startDoor(t, false, true)
	fib := readExample(t, "fibonacci")
	prog := must(executor.LoadELF(fib, executor.Limits{}))
	node := common.HexToAddress("0x00000000000000000000000000000000000000a1").Hex()
	packed := packedSquare(t, big.NewInt(3))
	good := bindings.IntervalStatement{ProgramId: jobs.FieldBytes(prog.ID), Input: packed,
		OffchainInputHash: jobs.FieldBytes(statement.OffchainHash(nil)), OldStateRoot: jobs.FieldBytes(statement.StateRoot(nil)), MaxProofClass: 20}
	sub := func(extra map[string]any) map[string]any {
		d := map[string]any{"subscription_id": 1, "interval": 1, "node": node}
		for k, v := range extra {
			d[k] = v
		}
		return request(0, 0, true, d)
	}
	elfHex := hex.EncodeToString(fib)
	badELF := append([]byte{}, fib...)
	badELF[0] = 0
	cases := []struct {
		name  string
		body  any
		st    *bindings.IntervalStatement // the Coordinator's statement (nil: good)
		cerr  error                       // the Coordinator's error
		iv    *Interval                   // where the interval stands (nil: deliverable)
		code  int
		words string
	}{
		{name: "not JSON", body: "{", code: 400, words: "container input"},
		{name: "source 2", body: request(2, 1, false, map[string]any{"elf": elfHex}), code: 400, words: "source 2"},
		{name: "destination 3", body: request(1, 3, false, map[string]any{"elf": elfHex}), code: 400, words: "destination 3"},
		{name: "no data", body: `{"source":1,"destination":1}`, code: 400, words: "data is missing"},
		{name: "data not an object", body: `{"source":1,"destination":1,"data":"x"}`, code: 400, words: "data:"},
		{name: "unknown key", body: request(1, 1, false, map[string]any{"elf": elfHex, "inputs": "00"}), code: 400, words: "unknown field"},
		{name: "no program", body: request(1, 1, false, map[string]any{"input": "0a000000"}), code: 400, words: "names no program"},
		{name: "unknown program", body: request(1, 1, false, map[string]any{"program_id": prog.IDHex()}), code: 404, words: "unknown program"},
		{name: "short program id", body: request(1, 1, false, map[string]any{"program_id": "0x1234"}), code: 400, words: "2 bytes"},
		{name: "bad hex", body: request(1, 1, false, map[string]any{"elf": elfHex, "input": "0xzz"}), code: 400, words: "data.input is not valid hex"},
		{name: "bad ELF", body: request(1, 1, false, map[string]any{"elf": hex.EncodeToString(badELF)}), code: 400, words: "data.elf"},
		{name: "ELF and another id", body: request(1, 1, false, map[string]any{"elf": elfHex, "program_id": "0x" + strings.Repeat("00", 32)}), code: 400, words: "not the ELF's program id"},
		{name: "input too long", body: request(1, 1, false, map[string]any{"elf": elfHex, "input": strings.Repeat("00", 257)}), code: 400, words: "257 bytes"},
		{name: "state not entries", body: request(1, 1, false, map[string]any{"elf": elfHex, "state": "0100000002"}), code: 400, words: "8-byte entries"},
		{name: "state descending", body: request(1, 1, false, map[string]any{"elf": elfHex, "state": "02000000010000000100000001000000"}), code: 400, words: "ascending"},
		{name: "state zero value", body: request(1, 1, false, map[string]any{"elf": elfHex, "state": "0100000000000000"}), code: 400, words: "value 0"},
		{name: "offchain too large", body: request(1, 1, false, map[string]any{"elf": elfHex, "offchain_input": strings.Repeat("00", 1<<20+4)}), code: 400, words: "offchain input"},
		{name: "subscription off chain", body: request(1, 1, false, map[string]any{"elf": elfHex, "subscription_id": 1}), code: 400, words: "use destination 0"},
		{name: "on chain without node", body: request(0, 0, true, map[string]any{"subscription_id": 1, "interval": 1}), code: 400, words: "data.node"},
		{name: "on chain bad node", body: sub(map[string]any{"node": "0x12"}), code: 400, words: "not an address"},
		{name: "on chain interval 0", body: sub(map[string]any{"interval": 0}), code: 400, words: "1-based"},
		{name: "on chain with input", body: sub(map[string]any{"input": "00"}), code: 400, words: "from the Coordinator"},
		{name: "input not packed", body: sub(nil), st: &bindings.IntervalStatement{ProgramId: good.ProgramId, Input: []byte{10, 0, 0, 0},
			OffchainInputHash: good.OffchainInputHash, OldStateRoot: good.OldStateRoot}, code: 400, words: "abi.encode(bytes raw_input, bytes processed_input)"},
		{name: "input packed twice", body: sub(nil), st: &bindings.IntervalStatement{ProgramId: good.ProgramId, Input: append(append([]byte{}, packed...), make([]byte, 32)...),
			OffchainInputHash: good.OffchainInputHash, OldStateRoot: good.OldStateRoot}, code: 400, words: "canonical"},
		{name: "offchain hash", body: sub(map[string]any{"offchain_input": "01"}), code: 400, words: "requires 0x"},
		{name: "state root", body: sub(map[string]any{"state": "0100000001000000"}), code: 400, words: "start from root"},
		{name: "subscription's program unknown", body: sub(nil), code: 404, words: "unknown program"},
		{name: "another program's ELF", body: sub(map[string]any{"elf": hex.EncodeToString(readExample(t, "sort"))}), code: 400, words: "not the subscription's program"},
		{name: "chain not ready", body: sub(nil), cerr: fmt.Errorf("%w: the chain side is starting", errs.ErrUnavailable), code: 503, words: "starting"},
		{name: "no subscription", body: sub(nil), cerr: fmt.Errorf("SubscriptionNotFound: %w", errs.ErrNotFound), code: 404, words: "SubscriptionNotFound"},
		// Intervals no delivery can land any more (review: each was proven, at every retry).
		{name: "cancelled subscription", body: sub(nil), iv: &Interval{Cancelled: true, Frequency: 1, Redundancy: 1}, code: 400, words: "SubscriptionNotActive"},
		{name: "beyond the frequency", body: sub(map[string]any{"interval": 5}), iv: &Interval{Frequency: 1, Period: 60, Current: 1, Redundancy: 1}, code: 400, words: "SubscriptionCompleted"},
		{name: "interval over", body: sub(nil), iv: &Interval{Frequency: 9, Period: 60, Current: 3, Redundancy: 1}, code: 400, words: "IntervalMismatch"},
		{name: "subscription over", body: sub(nil), iv: &Interval{Frequency: 2, Period: 60, Current: 3, Redundancy: 1}, code: 400, words: "SubscriptionCompleted"},
		{name: "period 0, interval 2", body: sub(map[string]any{"interval": 2}), iv: &Interval{Frequency: 9, Current: 1, Redundancy: 1}, code: 400, words: "period 0"},
		{name: "node responded", body: sub(nil), iv: &Interval{Frequency: 9, Period: 60, Current: 1, Redundancy: 2, Delivered: 1, Responded: true}, code: 409, words: "NodeRespondedAlready"},
		{name: "redundancy met", body: sub(nil), iv: &Interval{Frequency: 9, Period: 60, Current: 1, Redundancy: 2, Delivered: 2}, code: 409, words: "IntervalCompleted"},
	}
	for _, c := range cases {
		td.coord.st, td.coord.err, td.coord.iv = good, c.cerr, c.iv
		if c.st != nil {
			td.coord.st = *c.st
		}
		code, _, body := td.post(t, c.body)
		if msg := errorBody(t, body); code != c.code || !strings.Contains(msg, c.words) {
			t.Errorf("%s: status %d %q, want %d with %q", c.name, code, msg, c.code, c.words)
		}
	}
	if ok, err := td.jobs.HasProgram(prog.IDHex()); err != nil || ok {
		t.Fatalf("a refused request stored its program: %v %v", ok, err)
	}
	if st := td.jobs.Status(t.Context()); len(st.Pending) != 0 || st.Last != nil || st.Busy {
		t.Fatalf("a refused request queued a job: %+v", st)
	}

	// No Coordinator: destination 0 is not served.
	none := startDoor(t, false, false)
	if code, _, body := none.post(t, sub(nil)); code != http.StatusNotImplemented || !strings.Contains(errorBody(t, body), "follows no Coordinator") {
		t.Fatalf("without a Coordinator: %d %s", code, body)
	}
	// Other methods and paths, and a body over the bound.
	resp, err := http.Get(td.url)
	if err != nil {
		t.Fatal(err)
	}
	_ = resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Fatalf("GET: %d", resp.StatusCode)
	}
	resp, err = http.Post(strings.TrimSuffix(td.url, Path)+"/other", "application/json", strings.NewReader("{}"))
	if err != nil {
		t.Fatal(err)
	}
	_ = resp.Body.Close()
	if resp.StatusCode != http.StatusNotFound {
		t.Fatalf("another path: %d", resp.StatusCode)
	}
	// A body over the bound (MaxBodyBytes, 8 MiB here) is 413, as the coprocessor gateway answers it.
	code, _, body := td.post(t, request(1, 1, false, map[string]any{"elf": strings.Repeat("00", 5<<20)}))
	if msg := errorBody(t, body); code != http.StatusRequestEntityTooLarge || !strings.Contains(msg, "request body over 8388608 bytes") {
		t.Fatalf("a body over the bound: %d %q, want 413", code, msg)
	}
	if st := td.jobs.Status(t.Context()); len(st.Pending) != 0 || st.Last != nil || st.Busy {
		t.Fatalf("an oversized request queued a job: %+v", st)
	}
}

// TestRefusedWaitCancelsJob: when the node has no wait to spare
// (jobs.Options.MaxWaiting), a requires_proof request is answered 429 and the
// job it queued is cancelled, not left to be proven for nobody (each retry
// queued another).
func TestRefusedWaitCancelsJob(t *testing.T) {
	td := startDoorWith(t, false, false, jobs.Options{MaxWaiting: 1})
	elf := readExample(t, "infernet")
	in := packedSquare(t, big.NewInt(3))
	prog, err := td.jobs.AddProgram(elf)
	if err != nil {
		t.Fatal(err)
	}
	// the one wait: on a job that no worker takes
	first, err := td.jobs.Submit(context.Background(), &jobs.Request{ProgramID: prog.ID.Bytes(), Onchain: in, MaxCycles: 1 << 20})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	waitErr := make(chan error, 1)
	go func() {
		j, err := td.jobs.Wait(ctx, first.ID, time.Hour)
		waitErr <- fmt.Errorf("the wait ended: %+v, %w", j, err)
	}()
	for deadline := time.Now().Add(time.Minute); td.jobs.Waiting() == 0; time.Sleep(10 * time.Millisecond) {
		select {
		case err := <-waitErr:
			t.Fatal(err)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatal("the wait did not start")
		}
	}
	if code, _, body := td.post(t, request(1, 1, true, map[string]any{"program_id": prog.IDHex(), "input": hex.EncodeToString(in)})); code != http.StatusTooManyRequests {
		t.Fatalf("status %d (%s), want 429: no wait to spare", code, body)
	}
	if p := td.store.Pending(); len(p) != 1 || p[0] != first.ID {
		t.Fatalf("pending jobs %q, want only %s: the refused request's job was left queued", p, first.ID)
	}
}
