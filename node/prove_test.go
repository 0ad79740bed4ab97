package node

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/zkprover/zkprover/config"
	"github.com/zkprover/zkprover/doors/zkprover"
	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/jobs"
	pb "github.com/zkprover/zkprover/proto/zkprover/v1"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/prover/longrun"
	"github.com/zkprover/zkprover/prover/provertest"
	"github.com/zkprover/zkprover/queue"
	"github.com/zkprover/zkprover/statement"
)

// The proving tests use the real Groth16 prover at provertest.Class (2^8
// steps, the smallest that fits the examples); its keys are made once per
// machine and loaded once per test binary.
const testClass = provertest.Class

var shared provertest.Shared

func TestMain(m *testing.M) {
	if os.Getenv(testWorkerEnv) == "1" { // this test binary as a prove worker
		var opts []prover.Option
		dir := os.Getenv(testWorkerKeys)
		// a long-run worker (TestLongRunWorkers): its family is its last
		// argument, its keys that family's store under the long-run root
		if store, ok := longrun.StoreOf(os.Args[len(os.Args)-1]); ok {
			k, err := strconv.Atoi(os.Getenv(testWorkerSegmentClass))
			if err != nil {
				fmt.Fprintln(os.Stderr, "test prove worker: no segment class:", err)
				os.Exit(1)
			}
			dir = filepath.Join(dir, store)
			fam, err := longrun.WorkerFamily(context.Background(), dir, os.Args[len(os.Args)-1])
			if err != nil {
				fmt.Fprintln(os.Stderr, "test prove worker:", err)
				os.Exit(1)
			}
			opts = append(opts, prover.WithFamily(fam), prover.WithClasses(k))
		}
		err := prover.ServeWorker(context.Background(), os.Stdin, os.Stdout, dir, opts...)
		if err != nil {
			fmt.Fprintln(os.Stderr, "test prove worker:", err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// realProver returns the shared prover (keys made or loaded on first use).
func realProver(t testing.TB) *prover.Prover {
	t.Helper()
	return shared.Prover(t)
}

// openShared is the OpenProver of test nodes: the shared real prover.
func openShared(t testing.TB) OpenProver {
	p := realProver(t)
	return func(context.Context) (jobs.Prover, error) { return p, nil }
}

// waitState polls until the job is in state st.
func waitState(t *testing.T, tn *testNode, id string, st queue.State) {
	t.Helper()
	deadline := time.Now().Add(2 * time.Minute)
	for time.Now().Before(deadline) {
		j, err := tn.store.Get(id)
		if err == nil && j.State == st {
			return
		}
		time.Sleep(2 * time.Millisecond)
	}
	t.Fatalf("job %s never reached %s", id, st)
}

func waitReady(t *testing.T, tn *testNode) {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for time.Now().Before(deadline) {
		if tn.door.Status(context.Background()).State != pb.GetStatusResponse_STATUS_PROVER_BOOTING {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatal("node still BOOTING")
}

func genProof(t *testing.T, tn *testNode, in *pb.InputProver) string {
	t.Helper()
	r, err := tn.client.GenProof(ctxT(t), &pb.GenProofRequest{Input: in})
	if err != nil || r.Result != pb.GenProofResponse_RESULT_GEN_PROOF_OK {
		t.Fatalf("GenProof: %v %v", r, err)
	}
	return r.Id
}

func getProof(t *testing.T, tn *testNode, id string, timeout uint64) *pb.GetProofResponse {
	t.Helper()
	stream, err := tn.client.GetProof(ctxT(t))
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = stream.CloseSend() }()
	if err := stream.Send(&pb.GetProofRequest{Id: id, Timeout: timeout}); err != nil {
		t.Fatal(err)
	}
	resp, err := stream.Recv()
	if err != nil {
		t.Fatal(err)
	}
	if resp.Id != id {
		t.Fatalf("answer for %s, asked %s", resp.Id, id)
	}
	return resp
}

// verifyWire checks a COMPLETED_OK answer against the statement the test
// expects, using only what came over the wire, with the prover's verifier.
func verifyWire(t *testing.T, resp *pb.GetProofResponse, want statement.Public, in *pb.InputProver) {
	t.Helper()
	if resp.Result != pb.GetProofResponse_RESULT_GET_PROOF_COMPLETED_OK {
		t.Fatalf("result %v: %s", resp.Result, resp.ResultString)
	}
	raw, err := hex.DecodeString(strings.TrimPrefix(resp.RawProof, "0x"))
	if err != nil {
		t.Fatal(err)
	}
	calldata, _ := hex.DecodeString(strings.TrimPrefix(resp.SolidityCalldata, "0x"))
	rwmBytes, _ := hex.DecodeString(strings.TrimPrefix(resp.ResultWithMetadata, "0x"))
	rwm, err := jobs.DecodeOffchainResult(rwmBytes)
	if err != nil {
		t.Fatal(err)
	}
	pr := resp.GetProof()
	if len(pr.GetProofA()) != 2 || len(pr.GetProofB()) != 2 || len(pr.GetProofB()[0].GetProofs()) != 2 || len(pr.GetProofB()[1].GetProofs()) != 2 || len(pr.GetProofC()) != 2 {
		t.Fatalf("proof shape %v", pr)
	}
	p := &prover.Proof{
		Version:       prover.ProofVersion,
		Class:         int(resp.ProofClass),
		Cycles:        resp.Cycles,
		Public:        want,
		Raw:           raw,
		A:             [2]string(pr.ProofA),
		B:             [2][2]string{[2]string(pr.ProofB[0].Proofs), [2]string(pr.ProofB[1].Proofs)},
		C:             [2]string(pr.ProofC),
		PublicInputs:  resp.PublicInputElements,
		SolidityProof: rwm.Proof,
		Calldata:      calldata,
	}
	for i := 0; i+1 < len(resp.Commitments); i += 2 {
		p.Commitments = append(p.Commitments, [2]string{resp.Commitments[i], resp.Commitments[i+1]})
	}
	if len(resp.CommitmentPok) == 2 {
		p.CommitmentPok = [2]string(resp.CommitmentPok)
	}
	if err := realProver(t).Verify(p); err != nil {
		t.Fatalf("the proof from the wire does not verify for the expected statement: %v", err)
	}
	digest, err := want.Digest()
	if err != nil {
		t.Fatal(err)
	}
	if resp.GetPublic().GetInputHash() != jobs.FieldHex(digest) {
		t.Fatalf("input_hash %s, want %s", resp.GetPublic().GetInputHash(), jobs.FieldHex(digest))
	}
	if resp.GetPublic().GetPublicInputs().GetNewStateRoot() != jobs.FieldHex(want.NewStateRoot) ||
		resp.GetPublic().GetPublicInputs().GetOldStateRoot() != jobs.FieldHex(want.OldStateRoot) {
		t.Fatalf("public inputs %v", resp.GetPublic().GetPublicInputs())
	}
	if resp.Output != "0x"+hex.EncodeToString(want.Output) || resp.ExitCode != want.ExitCode || resp.ProgramId != jobs.FieldHex(want.ProgramID) {
		t.Fatalf("output %s exit %d program %s", resp.Output, resp.ExitCode, resp.ProgramId)
	}
	// the result with metadata is what JobManager.submitResultForOffchainJob checks
	raw2, _ := hex.DecodeString(strings.TrimPrefix(in.BatchL2Data, "0x"))
	jr, err := jobs.DecodeJobRequest(raw2)
	if err != nil {
		t.Fatal(err)
	}
	if rwm.JobID != jobs.JobID(jr.Nonce, jr.Consumer) || rwm.OnchainInputHash != [32]byte(crypto.Keccak256Hash(jr.OnchainInput)) ||
		rwm.OffchainInputHash != jr.OffchainInputHash || rwm.MaxCycles != jr.MaxCycles || !bytes.Equal(rwm.ProgramID, jr.ProgramID) ||
		!bytes.Equal(rwm.Result, want.Output) || rwm.ExitCode != want.ExitCode || rwm.OldStateRoot != jr.StateHash ||
		rwm.NewStateRoot != jobs.FieldBytes(want.NewStateRoot) || uint32(rwm.ProofClass) != resp.ProofClass || len(rwm.Proof) == 0 {
		t.Fatalf("result with metadata %+v", rwm)
	}
}

// expected is the statement of running elf on in.
func expected(t *testing.T, elf []byte, in *executor.Input) statement.Public {
	t.Helper()
	prog := loadProgram(t, elf)
	res, err := executor.Run(context.Background(), prog, in, executor.Config{})
	if err != nil {
		t.Fatal(err)
	}
	return res.Public(prog, in)
}

func TestProveThroughNode(t *testing.T) {
	tn := startNode(t, t.TempDir(), openShared(t), nil)
	waitReady(t, tn)
	if code, body := httpGet(t, "http://"+tn.MetricsAddr().String()+"/readyz"); code != http.StatusOK {
		t.Fatalf("/readyz of a ready node: %d %s", code, body)
	}
	fib := readExample(t, "fibonacci")
	bank := readExample(t, "bank")
	fault := readExample(t, "fault")

	st, _ := tn.client.GetStatus(ctxT(t), &pb.GetStatusRequest{})
	if st.State != pb.GetStatusResponse_STATUS_PROVER_IDLE {
		t.Fatalf("state %v, want IDLE", st.State)
	}
	fibIn := &executor.Input{Onchain: words(10)}
	bankIn := &executor.Input{
		Onchain: words(2, 1, 0, 30), State: []statement.KV{{Key: 1, Value: 100}},
		Context: statement.Context{ChainID: 31337, Timestamp: 1_700_000_000, BatchNum: 5, Sequencer: [20]byte{0xaa}},
	}
	consumer := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	fibWire := input(t, fib, fibIn, zkprover.InputOptions{IncludeELF: true, Nonce: 1, Consumer: consumer})
	bankWire := input(t, bank, bankIn, zkprover.InputOptions{IncludeELF: true, Nonce: 2, Consumer: consumer, MaxCycles: 5000})
	idFib := genProof(t, tn, fibWire)
	idBank := genProof(t, tn, bankWire)
	idFault := genProof(t, tn, input(t, fault, &executor.Input{Onchain: words(3)}, zkprover.InputOptions{IncludeELF: true}))

	st, _ = tn.client.GetStatus(ctxT(t), &pb.GetStatusRequest{})
	if st.State != pb.GetStatusResponse_STATUS_PROVER_COMPUTING {
		t.Fatalf("state %v with jobs queued, want COMPUTING", st.State)
	}

	resp := getProof(t, tn, idFib, 300)
	verifyWire(t, resp, expected(t, fib, fibIn), fibWire)
	if resp.Output != "0x"+hex.EncodeToString(words(55)) {
		t.Fatalf("fib(10) output %s", resp.Output)
	}
	resp = getProof(t, tn, idBank, 300)
	want := expected(t, bank, bankIn)
	verifyWire(t, resp, want, bankWire)
	if want.NewStateRoot != statement.StateRoot([]statement.KV{{Key: 1, Value: 70}}) {
		t.Fatal("bank did not withdraw")
	}
	resp = getProof(t, tn, idFault, 300)
	if resp.Result != pb.GetProofResponse_RESULT_GET_PROOF_COMPLETED_ERROR || !strings.Contains(resp.ResultString, "EBREAK") {
		t.Fatalf("faulting program: %v %s", resp.Result, resp.ResultString)
	}

	st, _ = tn.client.GetStatus(ctxT(t), &pb.GetStatusRequest{})
	if st.State != pb.GetStatusResponse_STATUS_PROVER_IDLE || st.LastComputedRequestId != idFault || st.LastComputedEndTime == 0 || len(st.PendingRequestQueueIds) != 0 {
		t.Fatalf("status after the jobs: %v", st)
	}
	// finished jobs cannot be cancelled
	c, err := tn.client.Cancel(ctxT(t), &pb.CancelRequest{Id: idFib})
	if err != nil || c.Result != pb.CancelResponse_RESULT_CANCEL_ERROR {
		t.Fatalf("cancel of a finished job: %v %v", c, err)
	}
	tn.stop(t)
	if tn.door.Status(context.Background()).State != pb.GetStatusResponse_STATUS_PROVER_HALT {
		t.Fatal("stopped node not HALT")
	}
}

func TestCancelRunningJob(t *testing.T) {
	tn := startNode(t, t.TempDir(), openShared(t), nil)
	waitReady(t, tn)
	fib := readExample(t, "fibonacci")
	a := genProof(t, tn, input(t, fib, &executor.Input{Onchain: words(20)}, zkprover.InputOptions{IncludeELF: true}))
	bIn := &executor.Input{Onchain: words(7)}
	bWire := input(t, fib, bIn, zkprover.InputOptions{Nonce: 1})
	b := genProof(t, tn, bWire)
	waitState(t, tn, a, queue.Running)
	st, _ := tn.client.GetStatus(ctxT(t), &pb.GetStatusRequest{})
	if st.CurrentComputingRequestId != a || st.CurrentComputingStartTime == 0 {
		t.Fatalf("status while a runs: %v", st)
	}
	c, err := tn.client.Cancel(ctxT(t), &pb.CancelRequest{Id: a})
	if err != nil || c.Result != pb.CancelResponse_RESULT_CANCEL_OK {
		t.Fatalf("cancel running: %v %v", c, err)
	}
	if resp := getProof(t, tn, a, 0); resp.Result != pb.GetProofResponse_RESULT_GET_PROOF_CANCEL {
		t.Fatalf("cancelled job: %v", resp.Result)
	}
	// the worker let go of a and takes b, which completes with a valid proof
	resp := getProof(t, tn, b, 300)
	verifyWire(t, resp, expected(t, fib, bIn), bWire)
	j, _ := tn.store.Get(a)
	if j.State != queue.Cancelled || j.Result == nil || j.Result.Proof != nil {
		t.Fatalf("cancelled job record %+v", j)
	}
}

// In TestCancelRunningJobInWorker the prove worker is this test binary:
// TestMain runs prover.ServeWorker when testWorkerEnv is set.
const (
	testWorkerEnv  = "ZKPROVER_TEST_WORKER"
	testWorkerKeys = "ZKPROVER_TEST_WORKER_KEYS"
	// testWorkerSegmentClass is the segment class of a long-run worker
	// (TestLongRunWorkers: testWorkerKeys is then the long-run root).
	testWorkerSegmentClass = "ZKPROVER_TEST_WORKER_SEGMENT_CLASS"
)

// processExists says whether pid names a process (zombies included).
func processExists(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}

// TestCancelRunningJobInWorker: with the prover's worker process (as `serve`
// runs it), cancelling the running job kills the worker that proves it, and
// the next job completes with a valid proof in a fresh worker.
func TestCancelRunningJobInWorker(t *testing.T) {
	realProver(t)
	p, err := prover.Open(ctxT(t), shared.Dir(), prover.WithClasses(testClass), prover.WithLogger(testLogger(t)),
		prover.WithWorker(os.Args[0], "-test.run=^$"), prover.WithWorkerEnv(testWorkerEnv+"=1", testWorkerKeys+"="+shared.Dir()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.Close() })
	tn := startNode(t, t.TempDir(), func(context.Context) (jobs.Prover, error) { return p, nil }, nil)
	waitReady(t, tn)
	fib := readExample(t, "fibonacci")
	a := genProof(t, tn, input(t, fib, &executor.Input{Onchain: words(20)}, zkprover.InputOptions{IncludeELF: true}))
	bIn := &executor.Input{Onchain: words(7)}
	bWire := input(t, fib, bIn, zkprover.InputOptions{Nonce: 1})
	b := genProof(t, tn, bWire)
	waitState(t, tn, a, queue.Running)
	// the worker is started for a's proof
	pid := 0
	for deadline := time.Now().Add(2 * time.Minute); pid == 0 && time.Now().Before(deadline); {
		pid = p.WorkerPID()
		time.Sleep(time.Millisecond)
	}
	if pid == 0 || !processExists(pid) {
		t.Fatalf("no live prove worker while a runs (pid %d)", pid)
	}
	c, err := tn.client.Cancel(ctxT(t), &pb.CancelRequest{Id: a})
	if err != nil || c.Result != pb.CancelResponse_RESULT_CANCEL_OK {
		t.Fatalf("cancel running: %v %v", c, err)
	}
	if resp := getProof(t, tn, a, 0); resp.Result != pb.GetProofResponse_RESULT_GET_PROOF_CANCEL {
		t.Fatalf("cancelled job: %v", resp.Result)
	}
	// b completes with a valid proof, from a fresh worker
	resp := getProof(t, tn, b, 300)
	verifyWire(t, resp, expected(t, fib, bIn), bWire)
	if processExists(pid) {
		t.Fatalf("the cancelled job's prove worker (pid %d) still exists", pid)
	}
	if next := p.WorkerPID(); next == 0 || next == pid {
		t.Fatalf("worker after the cancel: pid %d (cancelled one %d)", next, pid)
	}
	j, _ := tn.store.Get(a)
	if j.State != queue.Cancelled || j.Result == nil || j.Result.Proof != nil {
		t.Fatalf("cancelled job record %+v", j)
	}
}

func TestHardStopAndRestart(t *testing.T) {
	dir := t.TempDir()
	tn := startNode(t, dir, openShared(t), nil)
	waitReady(t, tn)
	fib := readExample(t, "fibonacci")
	in := &executor.Input{Onchain: words(12)}
	wire := input(t, fib, in, zkprover.InputOptions{IncludeELF: true})
	id := genProof(t, tn, wire)
	waitState(t, tn, id, queue.Running)
	tn.kill(t) // crash: nothing finished, nothing requeued

	tn = startNode(t, dir, openShared(t), nil)
	resp := getProof(t, tn, id, 300)
	verifyWire(t, resp, expected(t, fib, in), wire)
	j, _ := tn.store.Get(id)
	if j.Attempts != 2 {
		t.Fatalf("attempts %d, want 2 (one lost to the crash)", j.Attempts)
	}
}

func TestShutdownRequeuesAfterGrace(t *testing.T) {
	dir := t.TempDir()
	tn := startNode(t, dir, openShared(t), func(c *config.Config) { c.Node.Grace = 0 })
	waitReady(t, tn)
	fib := readExample(t, "fibonacci")
	in := &executor.Input{Onchain: words(9)}
	wire := input(t, fib, in, zkprover.InputOptions{IncludeELF: true})
	id := genProof(t, tn, wire)
	waitState(t, tn, id, queue.Running)
	tn.stop(t) // graceful, no grace: the running job goes back to the queue

	s, err := queue.Open(tn.cfg.QueueDir(), queue.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	j, _ := s.Get(id)
	_ = s.Close()
	if j.State != queue.Queued || j.Attempts != 1 {
		t.Fatalf("after shutdown: %s, %d attempts; want queued after 1", j.State, j.Attempts)
	}
	tn = startNode(t, dir, openShared(t), nil)
	verifyWire(t, getProof(t, tn, id, 300), expected(t, fib, in), wire)
}

func TestGetProofMultiplexed(t *testing.T) {
	tn := startNode(t, t.TempDir(), openShared(t), nil)
	fib := readExample(t, "fibonacci")
	ids := map[string]*executor.Input{}
	var order []string
	for i, n := range []uint32{3, 4} {
		in := &executor.Input{Onchain: words(n)}
		id := genProof(t, tn, input(t, fib, in, zkprover.InputOptions{IncludeELF: true, Nonce: uint64(i)}))
		ids[id] = in
		order = append(order, id)
	}
	stream, err := tn.client.GetProof(ctxT(t))
	if err != nil {
		t.Fatal(err)
	}
	// both waits in flight at once, then an unknown id that must not wait behind them
	for _, id := range order {
		if err := stream.Send(&pb.GetProofRequest{Id: id, Timeout: 300}); err != nil {
			t.Fatal(err)
		}
	}
	unknown := "00000000-0000-4000-8000-000000000000"
	if err := stream.Send(&pb.GetProofRequest{Id: unknown, Timeout: 300}); err != nil {
		t.Fatal(err)
	}
	if err := stream.CloseSend(); err != nil {
		t.Fatal(err)
	}
	first, err := stream.Recv()
	if err != nil || first.Id != unknown || first.Result != pb.GetProofResponse_RESULT_GET_PROOF_ERROR {
		t.Fatalf("first answer %v %v, want ERROR for the unknown id", first, err)
	}
	got := map[string]bool{}
	for range order {
		resp, err := stream.Recv()
		if err != nil {
			t.Fatal(err)
		}
		in, ok := ids[resp.Id]
		if !ok || got[resp.Id] {
			t.Fatalf("unexpected answer for %s", resp.Id)
		}
		got[resp.Id] = true
		if resp.Result != pb.GetProofResponse_RESULT_GET_PROOF_COMPLETED_OK || resp.Output != "0x"+hex.EncodeToString(expected(t, fib, in).Output) {
			t.Fatalf("job %s: %v %s", resp.Id, resp.Result, resp.ResultString)
		}
	}
}

// TestOpenGnarkLoadsExistingClasses: with class 0 the node loads every class
// in the keys folder and sets nothing up.
func TestOpenGnarkLoadsExistingClasses(t *testing.T) {
	realProver(t) // the shared keys folder holds class 2^8
	p, err := OpenGnark(shared.Dir(), 0, testLogger(t))(ctxT(t))
	if err != nil {
		t.Fatal(err)
	}
	classes := p.(*prover.Prover).Classes()
	if len(classes) != 1 || classes[0].LogSteps != testClass {
		t.Fatalf("classes %+v, want only 2^%d", classes, testClass)
	}
	if _, err := OpenGnark(t.TempDir(), 0, testLogger(t))(canceledCtx()); err == nil {
		t.Fatal("an empty keys folder with a cancelled setup gave a prover")
	}
}

func canceledCtx() context.Context {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	return ctx
}
