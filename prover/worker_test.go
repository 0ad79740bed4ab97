package prover

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/consensys/gnark/frontend"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/statement"

	"github.com/zkprover/zkprover/internal/testlog"
)

// In the worker tests the prove worker is this test binary: TestMain runs
// ServeWorker when testWorkerEnv is set, on the key folder named by
// testWorkerKeys.
const (
	testWorkerEnv  = "ZKPROVER_TEST_WORKER"
	testWorkerKeys = "ZKPROVER_TEST_WORKER_KEYS"
)

func runTestWorker() int {
	log := zerolog.New(os.Stderr).With().Timestamp().Logger().Level(zerolog.ErrorLevel)
	opts := []Option{WithLogger(log)}
	if k, err := strconv.Atoi(os.Getenv("ZKPROVER_TEST_WORKER_CLASS")); err == nil {
		opts = append(opts, WithClasses(k))
	}
	if err := ServeWorker(context.Background(), os.Stdin, os.Stdout, os.Getenv(testWorkerKeys), opts...); err != nil {
		fmt.Fprintln(os.Stderr, "test worker:", err)
		return 1
	}
	return 0
}

// workerProver opens the real class with proofs in a worker process.
func workerProver(t *testing.T) *Prover {
	return workerProverAt(t, "", zerolog.Nop())
}

// workerProverAt opens the real class from the key folder root (""
// : the real store's) with proofs in a worker process, logging to log.
func workerProverAt(t *testing.T, root string, log zerolog.Logger) *Prover {
	realProver(t) // the keys
	if root == "" {
		root = realStore.dir
	}
	p, err := Open(context.Background(), root, WithClasses(realClass), WithLogger(log),
		WithWorker(os.Args[0], "-test.run=^$"), WithWorkerEnv(testWorkerEnv+"=1", testWorkerKeys+"="+root))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.Close() })
	return p
}

// shapeCircuit is a circuit of one public and one secret input: a witness
// of the wrong shape for every class.
type shapeCircuit struct {
	X frontend.Variable `gnark:",public"`
	Y frontend.Variable
}

func (c *shapeCircuit) Define(api frontend.API) error { api.AssertIsDifferent(c.X, c.Y); return nil }

// TestWorkerShapeChecked: a prover whose worker holds the constraint system
// still refuses a witness of another shape, from the shape it kept, before
// any worker starts.
func TestWorkerShapeChecked(t *testing.T) {
	p := workerProver(t)
	_, _, err := p.ProveAssignment(context.Background(), realClass, &shapeCircuit{X: 1, Y: 2}, TargetSolidity)
	if err == nil || !strings.Contains(err.Error(), "the circuit assigns 2 inputs") {
		t.Fatalf("a witness of another shape: got %v, want the shape error", err)
	}
	if p.WorkerPID() != 0 {
		t.Fatal("a worker was started for a witness refused by its shape")
	}
}

// processExists says whether pid names a process (zombies included).
func processExists(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}

func fibRun(t *testing.T, p *Prover, n uint32) *Run {
	run, err := p.Execute(context.Background(), loadExample(t, "fibonacci"), &executor.Input{Onchain: statement.WordsToBytes([]uint32{n})}, executor.Config{})
	if err != nil {
		t.Fatal(err)
	}
	return run
}

func TestWorkerProves(t *testing.T) {
	p := workerProver(t)
	if p.WorkerPID() != 0 {
		t.Fatal("a worker runs before the first proof")
	}
	if k, err := p.Keys(realClass); err != nil || k.PK != nil || k.CS != nil || k.Shape == nil || k.Shape.Secret == 0 || k.VK == nil {
		t.Fatalf("a prover with a worker must keep the verifying key and the system's shape but neither the proving key nor the system (the worker holds them): %+v, %v", k, err)
	}
	run := fibRun(t, p, 10)
	proof, err := p.ProveRunClass(context.Background(), run, realClass)
	if err != nil {
		t.Fatal(err)
	}
	if err := realStore.p.Verify(proof); err != nil {
		t.Fatalf("worker proof does not verify with the in-process prover's keys: %v", err)
	}
	if string(proof.Public.Output) != string(run.Public.Output) || proof.Public.ProgramID != run.Public.ProgramID || len(proof.Calldata) == 0 || len(proof.SolidityProof) == 0 {
		t.Fatalf("proof forms: %+v", proof)
	}
	pid := p.WorkerPID()
	if pid == 0 || !processExists(pid) {
		t.Fatalf("worker pid %d not alive after a proof", pid)
	}
	// the worker is kept: the second proof uses the same process
	if _, err := p.ProveRunClass(context.Background(), fibRun(t, p, 5), realClass); err != nil {
		t.Fatal(err)
	}
	if got := p.WorkerPID(); got != pid {
		t.Fatalf("worker pid %d after the second proof, want %d (kept)", got, pid)
	}
	if err := p.Close(); err != nil {
		t.Fatal(err)
	}
	if processExists(pid) {
		t.Fatalf("worker %d still exists after Close", pid)
	}
}

// TestWorkerCancelKillsChild: a cancel kills the worker, and the next
// proof starts a fresh one, saying so at info level: not with the warning
// of a worker that exited on its own while idle (TestWorkerDiedIdleReplaced).
func TestWorkerCancelKillsChild(t *testing.T) {
	var logs testlog.Buffer
	p := workerProverAt(t, "", zerolog.New(&logs))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var pid int
	// cancel once the request is on its way to the child, i.e. mid-proof
	p.onWorkerRequest = func(id int) { pid = id; cancel() }
	_, err := p.ProveRunClass(ctx, fibRun(t, p, 20), realClass)
	p.onWorkerRequest = nil
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled proof: %v, want context.Canceled", err)
	}
	if pid == 0 {
		t.Fatal("no worker was started")
	}
	if processExists(pid) {
		t.Fatalf("worker %d still exists after the cancel", pid)
	}
	if p.WorkerPID() != 0 {
		t.Fatal("the prover still reports a live worker")
	}
	// the next proof starts a fresh worker and succeeds
	run := fibRun(t, p, 7)
	proof, err := p.ProveRunClass(context.Background(), run, realClass)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Verify(proof); err != nil {
		t.Fatal(err)
	}
	if next := p.WorkerPID(); next == 0 || next == pid {
		t.Fatalf("worker after the cancel: pid %d (cancelled one %d)", next, pid)
	}
	if l := logs.String(); strings.Contains(l, "exited while idle") || !strings.Contains(l, `{"level":"info","component":"prover","pid":`+strconv.Itoa(pid)) ||
		!strings.Contains(l, "starting a new prove worker (the last one was killed with its proof)") {
		t.Fatalf("the worker replaced after a cancel: want an info line on the killed worker %d, not the warning of one that died idle; logs:\n%s", pid, l)
	}
}

func TestWorkerDiesUnexpectedly(t *testing.T) {
	p := workerProver(t)
	var pid int
	p.onWorkerRequest = func(id int) { pid = id; _ = syscall.Kill(id, syscall.SIGKILL) }
	_, err := p.ProveRunClass(context.Background(), fibRun(t, p, 9), realClass)
	p.onWorkerRequest = nil
	if err == nil || errors.Is(err, context.Canceled) {
		t.Fatalf("proof whose worker was killed: %v, want an error", err)
	}
	if processExists(pid) {
		t.Fatalf("dead worker %d not reaped", pid)
	}
	if _, err := p.ProveRunClass(context.Background(), fibRun(t, p, 9), realClass); err != nil {
		t.Fatalf("next proof after a worker death: %v", err)
	}
}

func TestWorkerBadKeys(t *testing.T) {
	realProver(t)
	p, err := Open(context.Background(), realStore.dir, WithClasses(realClass), WithLogger(zerolog.Nop()),
		WithWorker(os.Args[0], "-test.run=^$"), WithWorkerEnv(testWorkerEnv+"=1", testWorkerKeys+"="+t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	_, err = p.ProveRunClass(context.Background(), fibRun(t, p, 3), realClass)
	// the parent's class is not in the worker's folder: not the keys the
	// parent loaded
	if !errors.Is(err, ErrKeysChanged) || !strings.Contains(err.Error(), "prove worker") || !strings.Contains(err.Error(), "class 2^8 keys are gone from") {
		t.Fatalf("worker on an empty key folder: %v", err)
	}
}

// benchKeys returns the key folder and class of the worker benchmarks:
// ZKPROVER_BENCH_KEYS and ZKPROVER_BENCH_CLASS (an existing class), or the
// test class set up once.
func benchKeys(b *testing.B) (string, int) {
	if dir := os.Getenv("ZKPROVER_BENCH_KEYS"); dir != "" {
		k, err := strconv.Atoi(os.Getenv("ZKPROVER_BENCH_CLASS"))
		if err != nil {
			b.Fatalf("ZKPROVER_BENCH_CLASS: %v", err)
		}
		return dir, k
	}
	realProver(b)
	return realStore.dir, realClass
}

func benchProve(b *testing.B, worker bool) {
	dir, k := benchKeys(b)
	opts := []Option{WithClasses(k), WithLogger(zerolog.Nop())}
	if worker {
		opts = append(opts, WithWorker(os.Args[0], "-test.run=^$"), WithWorkerEnv(testWorkerEnv+"=1", testWorkerKeys+"="+dir, "ZKPROVER_TEST_WORKER_CLASS="+strconv.Itoa(k)))
	}
	p, err := Open(context.Background(), dir, opts...)
	if err != nil {
		b.Fatal(err)
	}
	defer p.Close()
	run, err := p.Execute(context.Background(), loadExample(b, "fibonacci"), &executor.Input{Onchain: statement.WordsToBytes([]uint32{10})}, executor.Config{})
	if err != nil {
		b.Fatal(err)
	}
	if _, err := p.ProveRunClass(context.Background(), run, k); err != nil { // warm-up (starts the worker)
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		if _, err := p.ProveRunClass(context.Background(), run, k); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkProveInProcess and BenchmarkProveWorker: one proof (fibonacci(10))
// with a warm prover, in this process and through the prove worker.
func BenchmarkProveInProcess(b *testing.B) { benchProve(b, false) }
func BenchmarkProveWorker(b *testing.B)    { benchProve(b, true) }

// BenchmarkWorkerStart: starting a prove worker until it is ready (process
// start and key load, as after each cancel).
func BenchmarkWorkerStart(b *testing.B) {
	dir, k := benchKeys(b)
	spec := workerSpec{argv: []string{os.Args[0], "-test.run=^$"}, env: []string{testWorkerEnv + "=1", testWorkerKeys + "=" + dir, "ZKPROVER_TEST_WORKER_CLASS=" + strconv.Itoa(k)}, stderr: os.Stderr}
	for b.Loop() {
		w, err := spec.start(context.Background(), zerolog.Nop())
		if err != nil {
			b.Fatal(err)
		}
		w.kill()
	}
}

// TestWorkerStartEarly: StartWorker starts the worker before any proof (it
// loads its key meanwhile), the proofs then use that process, concurrent
// starts make one process, and a prover without a worker ignores it.
func TestWorkerStartEarly(t *testing.T) {
	if err := realProver(t).StartWorker(context.Background()); err != nil || realStore.p.WorkerPID() != 0 {
		t.Fatalf("a prover without WithWorker: StartWorker %v, worker pid %d", err, realStore.p.WorkerPID())
	}
	realProver(t)
	var logs testlog.Buffer
	p, err := Open(context.Background(), realStore.dir, WithClasses(realClass), WithLogger(zerolog.New(&logs)),
		WithWorker(os.Args[0], "-test.run=^$"), WithWorkerEnv(testWorkerEnv+"=1", testWorkerKeys+"="+realStore.dir))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.Close() })
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	if err := p.StartWorker(cancelled); err == nil || p.WorkerPID() != 0 || strings.Contains(logs.String(), "prove worker started") {
		t.Fatalf("a cancelled start: %v, worker pid %d", err, p.WorkerPID())
	}
	errs := make(chan error, 2)
	for range 2 {
		go func() { errs <- p.StartWorker(context.Background()) }()
	}
	for range 2 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	pid := p.WorkerPID()
	if pid == 0 || !processExists(pid) {
		t.Fatalf("no live worker after StartWorker (pid %d)", pid)
	}
	if n := strings.Count(logs.String(), "prove worker started"); n != 1 {
		t.Fatalf("two concurrent StartWorker calls started %d workers, want 1", n)
	}
	if err := p.StartWorker(context.Background()); err != nil || p.WorkerPID() != pid {
		t.Fatalf("StartWorker with a live worker: %v, pid %d, want %d", err, p.WorkerPID(), pid)
	}
	if _, err := p.ProveRunClass(context.Background(), fibRun(t, p, 7), realClass); err != nil {
		t.Fatal(err)
	}
	if got := p.WorkerPID(); got != pid {
		t.Fatalf("the proof ran in worker %d, want the started one %d", got, pid)
	}
	if err := p.Close(); err != nil {
		t.Fatal(err)
	}
	if processExists(pid) {
		t.Fatalf("worker %d still exists after Close", pid)
	}
}

// TestStopIdleWorker: an idle worker is stopped (its process gone) and the
// next proof starts a new one; a worker whose prover holds the proving slot
// (a proof under way) or is being started is left alone; a prover without
// a live worker, or proving in its own process, has nothing to stop.
func TestStopIdleWorker(t *testing.T) {
	p := workerProver(t)
	if realProver(t).StopIdleWorker() != 0 {
		t.Fatal("an in-process prover stopped a worker")
	}
	if p.StopIdleWorker() != 0 {
		t.Fatal("stopped a worker before any was started")
	}
	if _, err := p.ProveRunClass(context.Background(), fibRun(t, p, 6), realClass); err != nil {
		t.Fatal(err)
	}
	pid := p.WorkerPID()
	if pid == 0 {
		t.Fatal("no worker after a proof")
	}
	// busy: the proving slot is held, as during a proof
	p.sem <- struct{}{}
	stopped := p.StopIdleWorker()
	<-p.sem
	if stopped != 0 || p.WorkerPID() != pid || !processExists(pid) {
		t.Fatalf("a worker with a proof under way: stopped pid %d, pid %d (was %d)", stopped, p.WorkerPID(), pid)
	}
	// busy: a start is under way
	p.wstart <- struct{}{}
	stopped = p.StopIdleWorker()
	<-p.wstart
	if stopped != 0 || p.WorkerPID() != pid {
		t.Fatalf("a worker being started: stopped pid %d, pid %d (was %d)", stopped, p.WorkerPID(), pid)
	}
	if got := p.StopIdleWorker(); got != pid {
		t.Fatalf("an idle worker: StopIdleWorker returned %d, want its pid %d", got, pid)
	}
	if p.WorkerPID() != 0 || processExists(pid) {
		t.Fatalf("worker %d still there after StopIdleWorker (prover reports %d)", pid, p.WorkerPID())
	}
	if p.StopIdleWorker() != 0 {
		t.Fatal("stopped a worker twice")
	}
	run := fibRun(t, p, 8)
	proof, err := p.ProveRunClass(context.Background(), run, realClass)
	if err != nil {
		t.Fatalf("the proof after an idle stop: %v", err)
	}
	if err := p.Verify(proof); err != nil {
		t.Fatal(err)
	}
	if next := p.WorkerPID(); next == 0 || next == pid {
		t.Fatalf("worker after the idle stop: pid %d (stopped one %d)", next, pid)
	}
}

// TestWorkerStartWaitCancelled: a caller that waits for a worker start
// under way (StartWorker ahead of a job; a proof calls the same liveWorker
// while holding the proving slot) returns when its ctx ends, without
// waiting for that start; WaitIdle waits for the proving slot or its ctx.
// (Without the ctx-aware wait these calls never return: the test hangs.)
func TestWorkerStartWaitCancelled(t *testing.T) {
	p := workerProver(t)
	p.wstart <- struct{}{} // a start under way that does not end
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	err := p.StartWorker(ctx)
	cancel()
	<-p.wstart
	if !errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), "waiting for the prove worker's start") {
		t.Fatalf("waiting for a start that does not end: %v, want the wait's deadline", err)
	}
	if p.WorkerPID() != 0 {
		t.Fatal("a worker was started by a cancelled proof")
	}

	p.sem <- struct{}{} // a proof holds the slot
	ctx, cancel = context.WithTimeout(context.Background(), 100*time.Millisecond)
	err = p.WaitIdle(ctx)
	cancel()
	<-p.sem
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("WaitIdle with the slot held: %v, want its deadline", err)
	}
	if err := p.WaitIdle(context.Background()); err != nil {
		t.Fatalf("WaitIdle with the slot free: %v", err)
	}
}

// TestLoadShape: a prover whose worker proves reads only the verifying key
// and takes the witness shape from the manifest (LoadShape): a damaged
// constraint system or proving key is the worker's to find, not this
// process's, which never reads them; keys whose manifest has no secret
// input count (made before it was recorded) are loaded as before, the
// system read (and checked) for its shape.
func TestLoadShape(t *testing.T) {
	p := realProver(t)
	keys, err := p.Keys(realClass)
	if err != nil {
		t.Fatal(err)
	}
	want := Shape{Public: keys.CS.GetNbPublicVariables() - 1, Secret: keys.CS.GetNbSecretVariables()}
	if keys.Manifest.SecretInputs != want.Secret || keys.Manifest.PublicInputs != want.Public {
		t.Fatalf("manifest of a new setup: %d public, %d secret inputs, want %+v", keys.Manifest.PublicInputs, keys.Manifest.SecretInputs, want)
	}
	// a copy of the class, its constraint system and proving key damaged
	root, dst := copyRealClass(t, FileCircuit, FilePK)
	src := ClassDir(realStore.dir, realClass)
	ctx := context.Background()
	got, err := LoadClass(ctx, root, DefaultFamily(), realClass, LoadShape, zerolog.Nop())
	if err != nil {
		t.Fatalf("LoadShape read the damaged system or proving key: %v", err)
	}
	if got.CS != nil || got.PK != nil || got.VK == nil || got.Shape == nil || *got.Shape != want {
		t.Fatalf("LoadShape kept %+v, want the verifying key and the shape %+v only", got, want)
	}
	var ce *ChecksumError
	if _, err := LoadClass(ctx, root, DefaultFamily(), realClass, LoadNoProvingKey, zerolog.Nop()); !errors.As(err, &ce) {
		t.Fatalf("LoadNoProvingKey of the damaged system: %v, want a checksum error", err)
	}
	// what Open chooses: a worker-backed prover loads the shape only; with
	// a circuit check it reads the system (and finds it damaged)
	worker := WithWorker(os.Args[0], "-test.run=^$")
	wp, err := Open(ctx, root, WithClasses(realClass), WithLogger(zerolog.Nop()), worker)
	if err != nil {
		t.Fatalf("a worker-backed prover read the damaged system or proving key: %v", err)
	}
	if k, err := wp.Keys(realClass); err != nil || k.Shape == nil || *k.Shape != want || k.CS != nil || k.PK != nil {
		t.Fatalf("worker-backed prover keys %+v (%v)", k, err)
	}
	if _, err := Open(ctx, root, WithClasses(realClass), WithLogger(zerolog.Nop()), worker, WithCircuitCheck(true)); !errors.As(err, &ce) {
		t.Fatalf("a worker-backed prover with a circuit check: %v, want a checksum error", err)
	}
	// a manifest without the secret input count: the system is read
	editManifest(t, dst, func(m map[string]any) { delete(m, "secret_inputs") })
	if _, err := LoadClass(ctx, root, DefaultFamily(), realClass, LoadShape, zerolog.Nop()); !errors.As(err, &ce) {
		t.Fatalf("LoadShape of old keys with a damaged system: %v, want a checksum error", err)
	}
	for _, name := range []string{FileCircuit, FilePK} { // intact again
		b, err := os.ReadFile(filepath.Join(src, name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dst, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err = LoadClass(ctx, root, DefaultFamily(), realClass, LoadShape, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	if got.Shape == nil || *got.Shape != want || got.PK != nil {
		t.Fatalf("LoadShape of old keys: %+v, want the shape %+v read from the system", got, want)
	}
}

// TestManifestShapeChecked: a manifest whose input counts disagree with the
// constraint system is refused whenever the system is read, so that
// LoadShape, which trusts them, never sends a worker a witness of another
// shape.
func TestManifestShapeChecked(t *testing.T) {
	realProver(t)
	root, dst := copyRealClass(t)
	editManifest(t, dst, func(m map[string]any) { m["secret_inputs"] = m["secret_inputs"].(float64) + 1 })
	for _, mode := range []LoadMode{LoadAll, LoadNoProvingKey} {
		if _, err := LoadClass(context.Background(), root, DefaultFamily(), realClass, mode, zerolog.Nop()); err == nil || !strings.Contains(err.Error(), "secret inputs, the manifest says") {
			t.Fatalf("mode %d, a manifest with another secret input count: %v", mode, err)
		}
	}
}

// TestOpenRecordsShape: keys whose manifest has no secret input count
// (made before session 28) get it written in, from their checksummed
// constraint system, the first time a prover that may set up keys opens
// them; from then on a worker-backed load reads neither the system nor the
// proving key. The checked stamp of the old manifest follows it; a prover
// that may not set up keys writes nothing, and a manifest replaced meanwhile
// is left alone.
func TestOpenRecordsShape(t *testing.T) {
	p := realProver(t)
	keys, err := p.Keys(realClass)
	if err != nil {
		t.Fatal(err)
	}
	want := Shape{Public: keys.CS.GetNbPublicVariables() - 1, Secret: keys.CS.GetNbSecretVariables()}
	root, dst := copyRealClass(t)
	editManifest(t, dst, func(m map[string]any) { delete(m, "secret_inputs") })
	old, err := ReadManifest(root, realClass)
	if err != nil {
		t.Fatal(err)
	}
	const exe = "an executable that checked these keys"
	if err := markChecked(dst, old, exe); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	worker := WithWorker(os.Args[0], "-test.run=^$")
	if _, err := Open(ctx, root, WithClasses(realClass), WithLogger(zerolog.Nop()), worker); err != nil {
		t.Fatal(err)
	}
	if m, err := ReadManifest(root, realClass); err != nil || m.SecretInputs != 0 {
		t.Fatalf("a prover without setup wrote the manifest: %+v (%v)", m, err)
	}
	wp, err := Open(ctx, root, WithClasses(realClass), WithLogger(zerolog.Nop()), worker, WithAutoSetup(true))
	if err != nil {
		t.Fatal(err)
	}
	if k, err := wp.Keys(realClass); err != nil || k.Manifest.SecretInputs != want.Secret || *k.Shape != want {
		t.Fatalf("keys after the shape was recorded: %+v (%v), want %+v", k, err, want)
	}
	m, err := ReadManifest(root, realClass)
	if err != nil {
		t.Fatal(err)
	}
	rec := *old
	rec.SecretInputs = want.Secret
	gotHash, _ := manifestHash(m)
	if wantHash, _ := manifestHash(&rec); gotHash != wantHash {
		t.Fatalf("recorded manifest %+v, want the old one with %d secret inputs", m, want.Secret)
	}
	if _, ok := checkedBefore(dst, m, exe); !ok {
		t.Fatal("the checked stamp did not follow the manifest")
	}
	// stale: the folder's manifest is no longer the one given
	if got, err := recordShape(root, realClass, old, want.Secret+1); err != nil || got.SecretInputs != want.Secret {
		t.Fatalf("recordShape with a stale manifest: %+v (%v), want the folder's", got, err)
	}
	if m2, err := ReadManifest(root, realClass); err != nil || m2.SecretInputs != want.Secret {
		t.Fatalf("recordShape with a stale manifest wrote %+v (%v)", m2, err)
	}
	// the system damaged: a worker-backed load no longer reads it
	path := filepath.Join(dst, FileCircuit)
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	b[len(b)/2] ^= 1
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := LoadClass(ctx, root, DefaultFamily(), realClass, LoadShape, zerolog.Nop())
	if err != nil || got.Shape == nil || *got.Shape != want {
		t.Fatalf("LoadShape after the shape was recorded: %+v (%v)", got, err)
	}
}

// TestWorkerIdleFree: a prove worker returns its free memory once it has
// been idle for a while after an answer (an error answer here; a proof's
// is the same path), again after each later answer, and not while it waits
// for its first request (it holds its keys only then).
func TestWorkerIdleFree(t *testing.T) {
	realProver(t)
	var frees atomic.Int32
	const after = 20 * time.Millisecond
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	done := make(chan error, 1)
	go func() {
		done <- ServeWorker(context.Background(), inR, outW, realStore.dir, WithClasses(realClass),
			WithLogger(zerolog.Nop()), withIdleFree(after, func() { frees.Add(1) }))
		_ = outW.Close()
	}()
	br := bufio.NewReader(outR)
	hello, err := realProver(t).hello()
	if err != nil {
		t.Fatal(err)
	}
	if err := writeFrame(inW, frameHello, hello); err != nil {
		t.Fatal(err)
	}
	if kind, _, err := readFrame(br); err != nil || kind != frameReady {
		t.Fatalf("first frame %q (%v), want ready", kind, err)
	}
	time.Sleep(10 * after)
	if n := frees.Load(); n != 0 {
		t.Fatalf("memory freed %d times before any request", n)
	}
	waitFrees := func(want int32) {
		t.Helper()
		deadline := time.Now().Add(time.Minute)
		for frees.Load() < want {
			if time.Now().After(deadline) {
				t.Fatalf("memory freed %d times after %d answers", frees.Load(), want)
			}
			time.Sleep(after)
		}
	}
	for i := int32(1); i <= 2; i++ {
		if err := writeFrame(inW, 'x', []byte("not a request")); err != nil {
			t.Fatal(err)
		}
		if kind, _, err := readFrame(br); err != nil || kind != frameError {
			t.Fatalf("answer %q (%v), want an error", kind, err)
		}
		waitFrees(i)
	}
	_ = inW.Close()
	if err := <-done; err != nil {
		t.Fatalf("worker after its input closed: %v", err)
	}
	if n := frees.Load(); n != 2 {
		t.Fatalf("memory freed %d times after two answers", n)
	}
}

// copyRealClass copies the real test class into a new key folder, with a
// byte of each named file flipped, and returns the folder and the class
// folder in it.
func copyRealClass(t *testing.T, damage ...string) (root, classDir string) {
	t.Helper()
	root = t.TempDir()
	src, dst := ClassDir(realStore.dir, realClass), ClassDir(root, realClass)
	if err := os.MkdirAll(dst, 0o755); err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !e.Type().IsRegular() {
			continue
		}
		b, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if slices.Contains(damage, e.Name()) {
			b[len(b)/2] ^= 1
		}
		if err := os.WriteFile(filepath.Join(dst, e.Name()), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root, dst
}

// editManifest rewrites the manifest in classDir through edit.
func editManifest(t *testing.T, classDir string, edit func(map[string]any)) {
	t.Helper()
	path := filepath.Join(classDir, FileManifest)
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	edit(m)
	if raw, err = json.Marshal(m); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, raw, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestWorkerDiedIdleReplaced: a worker that exits while idle (killed for
// another process's memory, a signal meant for the node's group) is seen
// gone at once: WorkerPID says none, and the next proof starts a new worker
// instead of failing on the dead one (the job it failed lost its kept
// segment proofs); the dead one is reaped.
func TestWorkerDiedIdleReplaced(t *testing.T) {
	var logs testlog.Buffer
	p := workerProverAt(t, "", zerolog.New(&logs))
	if err := p.StartWorker(context.Background()); err != nil {
		t.Fatal(err)
	}
	pid := p.WorkerPID()
	if pid == 0 {
		t.Fatal("no worker after StartWorker")
	}
	if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(time.Minute); p.WorkerPID() != 0; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("a worker killed while idle still reads as alive")
		}
	}
	if _, err := p.ProveRunClass(context.Background(), fibRun(t, p, 9), realClass); err != nil {
		t.Fatalf("proof after the idle worker died: %v", err)
	}
	if now := p.WorkerPID(); now == 0 || now == pid {
		t.Fatalf("worker after the proof: pid %d (the dead one was %d)", now, pid)
	}
	if processExists(pid) {
		t.Fatalf("dead worker %d not reaped", pid)
	}
	if l := logs.String(); !strings.Contains(l, `{"level":"warn","component":"prover","pid":`+strconv.Itoa(pid)) || !strings.Contains(l, "prove worker exited while idle") {
		t.Fatalf("a worker that died on its own while idle: want the warning; logs:\n%s", l)
	}
}

// TestWorkerKeysChanged: a prove worker loads the classes its parent
// loaded, not those in the folder now (a class set up meanwhile is not
// loaded), and refuses keys other than the parent's: after the class is
// set up again while the parent runs, a new worker fails to start with ErrKeysChanged and a
// message that says so, logged at error level by the parent, instead of
// proving with the new keys a proof the parent's verifying key rejects
// (ErrInvalidProof, "verify", for every job); likewise for a class
// removed.
func TestWorkerKeysChanged(t *testing.T) {
	realProver(t) // the keys to copy
	root, dst := copyRealClass(t)
	var logs testlog.Buffer
	p := workerProverAt(t, root, zerolog.New(&logs))
	// a class folder that appears after the parent loaded its keys (here
	// one that cannot load: a worker that loads it fails to start)
	if err := os.MkdirAll(ClassDir(root, realClass+1), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(ClassDir(root, realClass+1), FileManifest), []byte("{"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := p.StartWorker(context.Background()); err != nil {
		t.Fatalf("a worker on a folder with a class the parent did not load: %v", err)
	}
	if p.WorkerPID() == 0 {
		t.Fatal("no worker")
	}
	// the class set up again (`rm -rf keys/class-8 && zkprover setup
	// --cycles 2^8`): other keys of the same circuit
	if err := os.RemoveAll(dst); err != nil {
		t.Fatal(err)
	}
	now, err := SetupClass(context.Background(), root, DefaultFamily(), realClass, nil, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	// the running worker holds the keys it loaded: it still proves
	run := fibRun(t, p, 6)
	if _, err := p.ProveRunClass(context.Background(), run, realClass); err != nil {
		t.Fatalf("the running worker: %v", err)
	}
	if p.StopIdleWorker() == 0 {
		t.Fatal("no idle worker stopped")
	}
	// a new worker refuses the new keys
	_, err = p.ProveRunClass(context.Background(), run, realClass)
	if !errors.Is(err, ErrKeysChanged) || errors.Is(err, ErrInvalidProof) {
		t.Fatalf("a proof whose worker starts on changed keys: %v, want ErrKeysChanged", err)
	}
	keys, _ := p.Keys(realClass)
	for _, want := range []string{"class 2^8 keys changed on disk since the node loaded them", "restart the node to load the new keys",
		FilePK + " sha256 " + keys.Manifest.Files[FilePK] + " in the manifest the node loaded, " + now.Files[FilePK] + " now"} {
		if !strings.Contains(err.Error(), want) {
			t.Fatalf("keys changed: %v, want %q in it", err, want)
		}
	}
	if p.WorkerPID() != 0 {
		t.Fatal("a worker runs on changed keys")
	}
	if l := logs.String(); !strings.Contains(l, `{"level":"error"`) || !strings.Contains(l, "PROVING KEYS CHANGED ON DISK") {
		t.Fatalf("keys changed: not logged at error level; logs:\n%s", l)
	}
	// the class removed
	if err := os.RemoveAll(dst); err != nil {
		t.Fatal(err)
	}
	err = p.StartWorker(context.Background())
	if !errors.Is(err, ErrKeysChanged) || !strings.Contains(err.Error(), "class 2^8 keys are gone from "+root+" since the node loaded them") {
		t.Fatalf("a worker started on a folder without the class: %v, want ErrKeysChanged", err)
	}
}

// TestServeWorkerHello: the worker loads the classes of its parent's
// hello (not those of its options), and refuses with a 'C' frame keys
// whose sha256 differ; a first frame that is not a hello is an error.
func TestServeWorkerHello(t *testing.T) {
	realProver(t)
	serve := func(frames ...[]byte) (byte, string, error) {
		var in bytes.Buffer
		for _, f := range frames {
			in.Write(f)
		}
		var out bytes.Buffer
		// WithClasses(realClass+1): the options' class, not set up
		err := ServeWorker(context.Background(), &in, &out, realStore.dir, WithClasses(realClass+1), WithLogger(zerolog.Nop()))
		kind, payload, rerr := readFrame(&out)
		if rerr != nil {
			t.Fatalf("no frame: %v (worker: %v)", rerr, err)
		}
		return kind, string(payload), err
	}
	frame := func(kind byte, payload []byte) []byte {
		var b bytes.Buffer
		if err := writeFrame(&b, kind, payload); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	hello, err := realStore.p.hello()
	if err != nil {
		t.Fatal(err)
	}
	if kind, msg, err := serve(frame(frameHello, hello)); kind != frameReady || err != nil {
		t.Fatalf("the parent's classes: frame %q %q, %v; want ready", kind, msg, err)
	}
	var h workerHello
	if err := json.Unmarshal(hello, &h); err != nil {
		t.Fatal(err)
	}
	h.Classes[0].Files[FileVK] = strings.Repeat("0", 64)
	other, _ := json.Marshal(h)
	kind, msg, err := serve(frame(frameHello, other))
	if kind != frameKeysChanged || !errors.Is(err, ErrKeysChanged) || !strings.Contains(msg, "class 2^8 keys changed on disk since the node loaded them ("+FileVK+" sha256 "+strings.Repeat("0", 64)) {
		t.Fatalf("other keys: frame %q %q, %v; want keys changed", kind, msg, err)
	}
	if kind, msg, err := serve(frame(frameRequest, []byte{realClass, 0})); kind != frameError || err == nil || !strings.Contains(msg, "want the hello") {
		t.Fatalf("no hello: frame %q %q, %v; want an error", kind, msg, err)
	}
}

// TestWorkerProofTimeout: a prove worker that stops answering (stopped
// here with SIGSTOP, as a hung GPU or a deadlock would) is killed at the
// proof's deadline and the proof fails with ErrProofTimeout, rather than
// holding its job running for ever; the next proof starts a fresh worker.
func TestWorkerProofTimeout(t *testing.T) {
	var logs testlog.Buffer
	p := workerProverAt(t, "", zerolog.New(&logs))
	p.proofTimeout = time.Second
	var pid int
	p.onWorkerRequest = func(id int) { pid = id; _ = syscall.Kill(id, syscall.SIGSTOP) }
	_, err := p.ProveRunClass(context.Background(), fibRun(t, p, 9), realClass)
	p.onWorkerRequest = nil
	if !errors.Is(err, ErrProofTimeout) || errors.Is(err, context.Canceled) {
		t.Fatalf("a proof whose worker hangs: %v, want ErrProofTimeout", err)
	}
	if processExists(pid) {
		t.Fatalf("hung worker %d not killed", pid)
	}
	if !strings.Contains(logs.String(), "prove worker gave no proof within the deadline") {
		t.Fatalf("no error line for the hung worker:\n%s", logs.String())
	}
	p.proofTimeout = -1 // no deadline: the next proof is not timed on a loaded machine
	proof, err := p.ProveRunClass(context.Background(), fibRun(t, p, 9), realClass)
	if err != nil {
		t.Fatalf("the next proof: %v", err)
	}
	if err := p.Verify(proof); err != nil {
		t.Fatal(err)
	}
	if p.proofDeadline(realClass) != 0 {
		t.Fatal("a negative timeout still gives a deadline")
	}
	p.proofTimeout = 0
	if d := p.proofDeadline(realClass); d <= DefaultProofTimeout {
		t.Fatalf("default deadline %s: want the base plus a time per constraint", d)
	}
}
