package node

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/zkprover/zkprover/config"
	"github.com/zkprover/zkprover/doors/zkprover"
	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/jobs"
	pb "github.com/zkprover/zkprover/proto/zkprover/v1"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/prover/longrun"
	"github.com/zkprover/zkprover/prover/provertest"
	"github.com/zkprover/zkprover/queue"
)

// smallClass is the one class of the long-run test's node: smaller than the
// run, so that the run is proven in segments.
const smallClass = 6

// longRunKeys is the long-run key cache of `make test-e2e` (made and checked
// there by prover/longrun's TestLongRunEndToEnd, which runs first).
func longRunKeys(t *testing.T) string {
	t.Helper()
	if os.Getenv("ZKPROVER_E2E") != "1" {
		t.Skip("long runs through the node need the aggregation and final keys: ZKPROVER_E2E=1 (make test-e2e)")
	}
	root := os.Getenv("ZKPROVER_E2E_KEYS")
	if root == "" {
		root = filepath.Join(os.TempDir(), "zkprover-e2e-keys")
	}
	if _, err := os.Stat(filepath.Join(root, longrun.DirFinal)); err != nil {
		t.Skipf("no long-run keys in %s: run prover/longrun's TestLongRunEndToEnd first (make test-e2e does)", root)
	}
	return root
}

// smallKeys is where the node's one small class lives: beside the long-run
// keys in the e2e cache (made there on first use, about half a minute, and
// made again when the circuit changed since: the cache outlives checkouts),
// never in the shared test keys folder, whose tests expect only their own
// class.
func smallKeys(t *testing.T, root string) string {
	t.Helper()
	dir, err := provertest.KeysIn(filepath.Join(root, "small"), smallClass)
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestLongRunThroughNode proves a run longer than the node's only class
// through the node: submitted over gRPC, proven in segments of 2^5 steps
// (kept in the job store), the node killed like a crash after the first
// segment proof was kept, restarted, the kept segments used rather than
// proven again, then aggregated (killed again after the first aggregation
// was kept, restarted, the kept aggregation used) and wrapped; GetProof shows the progress and
// answers with the final proof, which verifies with the final circuit's key
// for the executed statement. A second long job is cancelled mid-way and
// leaves no parts behind.
func TestLongRunThroughNode(t *testing.T) {
	root := longRunKeys(t)
	small := smallKeys(t, root)
	keys := t.TempDir()
	if err := os.Symlink(root, LongRunKeysDir(keys)); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	tweak := func(c *config.Config) {
		c.Prover.Keys = keys
		c.Prover.SegmentClass = provertest.SegmentClass
		c.Node.Grace = 0
	}
	start := func() *testNode {
		tn := startNodeOpts(t, dir, Options{OpenProver: OpenGnark(small, smallClass, testLogger(t)), LongRunKeysChecked: true}, tweak)
		waitReady(t, tn)
		return tn
	}
	tn := start()

	fib := readExample(t, "fibonacci")
	in := &executor.Input{Onchain: words(10)}
	prog := loadProgram(t, fib)
	run, err := executor.Run(context.Background(), prog, in, executor.Config{})
	if err != nil {
		t.Fatal(err)
	}
	if run.Cycles <= 1<<smallClass {
		t.Fatalf("the run has %d cycles: it fits class 2^%d", run.Cycles, smallClass)
	}
	segments := int((run.Cycles + (1 << provertest.SegmentClass) - 1) >> provertest.SegmentClass)
	id := genProof(t, tn, input(t, fib, in, zkprover.InputOptions{IncludeELF: true, Nonce: 7}))

	// Until the first segment proof is kept: GetProof says how far it is.
	var seen *pb.GetProofResponse
	waitFor(t, 20*time.Minute, "the first segment proof kept", func() bool {
		r := getProof(t, tn, id, 0)
		if p := r.GetProgress(); p != nil && p.Stage == "segments" && p.SegmentsDone >= 1 {
			seen = r
			return true
		}
		if r.Result != pb.GetProofResponse_RESULT_GET_PROOF_PENDING {
			t.Fatalf("job ended before the restart: %v %s", r.Result, r.ResultString)
		}
		return false
	})
	if p := seen.GetProgress(); p.Segments != uint32(segments) || !strings.Contains(seen.ResultString, "segments") {
		t.Fatalf("progress %v (%q), want %d segments", p, seen.ResultString, segments)
	}
	if st := tn.door.Status(context.Background()); !strings.HasPrefix(st.LongRuns, "ready") {
		t.Fatalf("GetStatus long_runs %q", st.LongRuns)
	}
	tn.kill(t)

	// Restarted, it resumes from the kept segments; killed again once its
	// first aggregation is kept, it resumes from that too.
	if segments < 3 {
		t.Fatalf("the run has %d segments: want at least 3 (two aggregations)", segments)
	}
	tn = start()
	waitFor(t, 20*time.Minute, "the first aggregation kept", func() bool {
		if r := getProof(t, tn, id, 0); r.Result != pb.GetProofResponse_RESULT_GET_PROOF_PENDING {
			t.Fatalf("job ended before the second restart: %v %s", r.Result, r.ResultString)
		}
		parts, err := tn.store.Parts(id)
		for name := range parts {
			if longrun.IsAggPart(name) {
				return true
			}
		}
		return err != nil
	})
	tn.kill(t)
	// Read before the node starts again (its workers take the job at once):
	// the store's recovery says what was kept.
	s, err := queue.Open(tn.cfg.QueueDir(), queue.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	j, err := s.Get(id)
	_ = s.Close()
	if err != nil || j.Progress == nil || !strings.Contains(j.Progress.String(), "aggregations kept") {
		t.Fatalf("after the second crash: %+v %v", j.Progress, err)
	}
	tn = start()

	var resp *pb.GetProofResponse
	waitFor(t, 30*time.Minute, "the long job after the restarts", func() bool {
		resp = getProof(t, tn, id, 0)
		return resp.Result != pb.GetProofResponse_RESULT_GET_PROOF_PENDING
	})
	if resp.Result != pb.GetProofResponse_RESULT_GET_PROOF_COMPLETED_OK {
		t.Fatalf("after the restarts: %v %s", resp.Result, resp.ResultString)
	}
	p := resp.GetProgress()
	if p == nil || p.Segments != uint32(segments) || p.Resumed != uint32(segments) || p.SegmentsDone != uint32(segments) || p.AggregationsDone != uint32(segments-1) {
		t.Fatalf("final progress %v: want %d segments, every one kept across the second crash", p, segments)
	}
	if j, err := tn.store.Get(id); err != nil || j.Progress == nil || j.Progress.AggregationsResumed < 1 {
		t.Fatalf("the job's progress %+v (%v): want at least one aggregation kept across the second crash", j.Progress, err)
	}
	if resp.ProofKind != prover.KindFinal || resp.ProofClass != uint32(prover.FinalClassFlag|provertest.SegmentClass) || len(resp.PublicInputElements) != 1 {
		t.Fatalf("proof kind %q class %#x with %d public inputs", resp.ProofKind, resp.ProofClass, len(resp.PublicInputElements))
	}

	// The stored proof verifies with the final circuit's key, for the
	// statement of the run as executed here; the wire carries the same.
	job, err := tn.store.Get(id)
	if err != nil {
		t.Fatal(err)
	}
	res, err := jobs.DecodeResult(job.Result)
	if err != nil {
		t.Fatal(err)
	}
	ks, err := longrun.OpenKeys(context.Background(), root, provertest.SegmentClass, longrun.KeyOptions{VerifyOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := longrun.VerifyProof(ks.FinalVK, res.Proof); err != nil {
		t.Fatalf("the node's final proof: %v", err)
	}
	if res.Proof.Segments != segments || res.Proof.Public.ExitCode != run.ExitCode || string(res.Proof.Public.Output) != string(run.Output) ||
		res.Proof.Public.ProgramID != prog.ID {
		t.Fatalf("the final proof's statement: %d segments, exit %d, output %x", res.Proof.Segments, res.Proof.Public.ExitCode, res.Proof.Public.Output)
	}
	if resp.RawProof != "0x"+hex.EncodeToString(res.Proof.Raw) || resp.PublicInputElements[0] != res.Proof.PublicInputs[0] {
		t.Fatal("the wire's proof is not the stored one")
	}
	// What a client rebuilds from the wire alone (get-proof --out) is the
	// same proof, and verifies.
	fromWire, err := zkprover.ProofFromResponse(resp)
	if err != nil {
		t.Fatalf("rebuilding the final proof from the wire: %v", err)
	}
	if err := longrun.VerifyProof(ks.FinalVK, fromWire); err != nil || fromWire.MaxCycles != res.Proof.MaxCycles || fromWire.Segments != segments {
		t.Fatalf("the final proof rebuilt from the wire: %v (max cycles %d, %d segments)", err, fromWire.MaxCycles, fromWire.Segments)
	}
	if parts, err := tn.store.Parts(id); err != nil || len(parts) != 0 {
		t.Fatalf("%d parts left after the job finished (%v)", len(parts), err)
	}
	forged := *res.Proof
	forged.Public.Output = append([]byte{1}, res.Proof.Public.Output[1:]...)
	if err := longrun.VerifyProof(ks.FinalVK, &forged); err == nil {
		t.Fatal("the final proof verifies for another output")
	}

	// A long job cancelled while its segments are proven: stopped, no parts left.
	id2 := genProof(t, tn, input(t, fib, &executor.Input{Onchain: words(11)}, zkprover.InputOptions{IncludeELF: true, Nonce: 8}))
	waitFor(t, 10*time.Minute, "the second job's first segment", func() bool {
		parts, err := tn.store.Parts(id2)
		return err == nil && len(parts) >= 1
	})
	if r, err := tn.client.Cancel(ctxT(t), &pb.CancelRequest{Id: id2}); err != nil || r.Result != pb.CancelResponse_RESULT_CANCEL_OK {
		t.Fatalf("cancel: %v %v", r, err)
	}
	waitState(t, tn, id2, queue.Cancelled)
	waitFor(t, time.Minute, "the cancelled job's parts deleted", func() bool {
		parts, err := tn.store.Parts(id2)
		return err == nil && len(parts) == 0
	})
}

// waitFor polls cond every 200 ms until it holds or d passes.
func waitFor(t *testing.T, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for time.Now().Before(deadline) {
		if cond() {
			return
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Fatalf("timed out waiting for %s", what)
}

// TestLongRunThroughNodeFleet proves a long job through a node that runs an
// embedded fleet server: its segments go to the fleet's work queue as tasks
// and come back from the node's own fleet worker (a full node is a fleet
// member), each verified by the owner before it is kept; the owner is
// killed like a crash mid-job and restarted; GetStatus shows the fleet; the
// final proof verifies.
func TestLongRunThroughNodeFleet(t *testing.T) {
	root := longRunKeys(t)
	small := smallKeys(t, root)
	keys := t.TempDir()
	if err := os.Symlink(root, LongRunKeysDir(keys)); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	start := func() *testNode {
		tn := startNodeOpts(t, dir, Options{OpenProver: OpenGnark(small, smallClass, testLogger(t)), LongRunKeysChecked: true}, func(c *config.Config) {
			c.Prover.Keys = keys
			c.Prover.SegmentClass = provertest.SegmentClass
			c.Fleet.Embed, c.Fleet.Listen, c.Fleet.Token = true, "127.0.0.1:0", "e2e-secret"
			c.Node.Grace = 0
		})
		waitReady(t, tn)
		waitFor(t, 10*time.Minute, "the node in its fleet", func() bool {
			return strings.Contains(tn.door.Status(context.Background()).Fleet, "1 members")
		})
		return tn
	}
	tn := start()
	fib := readExample(t, "fibonacci")
	in := &executor.Input{Onchain: words(12)}
	id := genProof(t, tn, input(t, fib, in, zkprover.InputOptions{IncludeELF: true, Nonce: 9}))
	// The owner killed like a crash once a segment proof from the fleet is
	// kept; restarted (its embedded server on the same store), it finishes
	// the job from its kept proofs and the fleet's stream.
	waitFor(t, 20*time.Minute, "a segment proof from the fleet kept", func() bool {
		p := getProof(t, tn, id, 0).GetProgress()
		return p != nil && p.Stage == "segments" && p.SegmentsDone >= 1
	})
	tn.kill(t)
	tn = start()
	var resp *pb.GetProofResponse
	waitFor(t, 30*time.Minute, "the long job through the fleet", func() bool {
		resp = getProof(t, tn, id, 0)
		return resp.Result != pb.GetProofResponse_RESULT_GET_PROOF_PENDING
	})
	if resp.Result != pb.GetProofResponse_RESULT_GET_PROOF_COMPLETED_OK || resp.ProofKind != prover.KindFinal {
		t.Fatalf("%v %s (kind %q)", resp.Result, resp.ResultString, resp.ProofKind)
	}
	p, err := zkprover.ProofFromResponse(resp)
	if err != nil {
		t.Fatal(err)
	}
	ks, err := longrun.OpenKeys(context.Background(), root, provertest.SegmentClass, longrun.KeyOptions{VerifyOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := longrun.VerifyProof(ks.FinalVK, p); err != nil {
		t.Fatal(err)
	}
	want := expected(t, fib, in)
	if string(p.Public.Output) != string(want.Output) || p.Public.ExitCode != want.ExitCode {
		t.Fatalf("output %x exit %d, want %x %d", p.Public.Output, p.Public.ExitCode, want.Output, want.ExitCode)
	}
	// GetStatus serves the fleet line from a cache refreshed in the
	// background: the line after the job comes within a few seconds.
	var st string
	waitFor(t, time.Minute, "the fleet line after the job", func() bool {
		st = tn.door.Status(context.Background()).Fleet
		return strings.Contains(st, "0 tasks pending, 0 in flight")
	})
	t.Logf("fleet: %s", st)
}

// TestLongRunWorkers: with long-run prove worker processes (as `serve` runs
// them: here this test binary, TestMain) for the segments, the aggregations
// and the final proofs, the node holds none of their proving keys or
// constraint systems (checkKeysInWorkers) and starts every worker as soon
// as the long-run keys are ready; the segments are proven by the segment
// worker started ahead, which is stopped once a job's segments are proven,
// before the first aggregation, so that the aggregations have its memory,
// and started again once no long job is left; with keep-segment-workers it
// stays up throughout.
//
// Default case: the job is cancelled while its first aggregation is proven
// in the aggregation worker, which is killed by it (a worker that finished
// its proof would stay up: the cancel really stopped the aggregation), and
// a fresh one is started for the next job. keep-segment-workers case: the
// node is stopped while the aggregation worker proves, with a grace period:
// the job runs to its final proof in it, made by the aggregation and final
// workers started ahead (their CPU time), which verifies; the workers are
// stopped only then. In both cases no worker process outlives the node.
func TestLongRunWorkers(t *testing.T) {
	root := longRunKeys(t)
	small := smallKeys(t, root)
	// the node's long-run workers inherit these
	t.Setenv(testWorkerEnv, "1")
	t.Setenv(testWorkerKeys, root)
	t.Setenv(testWorkerSegmentClass, strconv.Itoa(provertest.SegmentClass))
	fib := readExample(t, "fibonacci")
	argv := func(family string) []string { return []string{os.Args[0], "-test.run=^$", family} }
	for i, keep := range []bool{false, true} {
		t.Run(fmt.Sprintf("keep-segment-workers=%v", keep), func(t *testing.T) {
			keys := t.TempDir()
			if err := os.Symlink(root, LongRunKeysDir(keys)); err != nil {
				t.Fatal(err)
			}
			tweak := func(c *config.Config) {
				c.Prover.Keys = keys
				c.Prover.SegmentClass = provertest.SegmentClass
				c.Prover.KeepSegmentWorkers = keep
				c.Node.Grace = 0
				if keep {
					c.Node.Grace = 20 * time.Minute // the job finishes after the stop
				}
			}
			tn := startNodeOpts(t, t.TempDir(), Options{OpenProver: OpenGnark(small, smallClass, testLogger(t)), LongRunKeysChecked: true,
				SegmentWorkerArgv: argv("rv32im-segment"), AggregateWorkerArgv: argv("rv32im-aggregate"), FinalWorkerArgv: argv("rv32im-final")}, tweak)
			waitReady(t, tn)
			r := checkKeysInWorkers(t, tn)
			agg, fin := r.Keys.Aggregate, r.Keys.Final
			// every worker is started once the keys are ready, before any job
			var warm []int
			waitFor(t, 5*time.Minute, "the prove workers started ahead of the first job", func() bool {
				warm = workerChildren(t, "rv32im-segment")
				return len(warm) == 1 && agg.WorkerPID() != 0 && fin.WorkerPID() != 0
			})
			aggPID, finPID := agg.WorkerPID(), fin.WorkerPID()
			aggCPU, finCPU := cpuTicks(t, aggPID), cpuTicks(t, finPID)
			if w := workerChildren(t, "rv32im-aggregate"); len(w) != 1 || w[0] != aggPID {
				t.Fatalf("aggregation worker processes %v, want [%d]", w, aggPID)
			}
			id := genProof(t, tn, input(t, fib, &executor.Input{Onchain: words(10)}, zkprover.InputOptions{IncludeELF: true, Nonce: uint64(20 + i)}))
			seen := map[int]bool{} // segment worker processes seen while the segments are proven
			var atAggregate []int
			waitFor(t, 20*time.Minute, "the job's aggregations", func() bool {
				r := getProof(t, tn, id, 0)
				if r.Result != pb.GetProofResponse_RESULT_GET_PROOF_PENDING {
					t.Fatalf("the job ended before its aggregations: %v %s", r.Result, r.ResultString)
				}
				p := r.GetProgress()
				if p != nil && p.Stage == string(longrun.StageAggregate) {
					atAggregate = workerChildren(t, "rv32im-segment")
					return true
				}
				for _, pid := range workerChildren(t, "rv32im-segment") {
					seen[pid] = true
				}
				return false
			})
			if len(seen) == 0 {
				t.Fatal("no segment prove worker process was seen while the segments were proven")
			}
			if !seen[warm[0]] {
				t.Fatalf("the segments were proven by workers %v, not by the one started ahead (%d)", seen, warm[0])
			}
			if keep && (len(atAggregate) != 1 || !seen[atAggregate[0]]) {
				t.Fatalf("keep-segment-workers: worker processes %v at the aggregations, want the one that proved the segments (%v)", atAggregate, seen)
			}
			if !keep && len(atAggregate) != 0 {
				t.Fatalf("worker processes %v still up at the aggregations: the idle worker was not stopped", atAggregate)
			}
			if !keep {
				// the aggregation worker started ahead proves the first aggregation
				waitFor(t, 10*time.Minute, "the aggregation worker proving", func() bool {
					if r := getProof(t, tn, id, 0); r.Result != pb.GetProofResponse_RESULT_GET_PROOF_PENDING {
						t.Fatalf("the job ended in its aggregations: %v %s", r.Result, r.ResultString)
					}
					return cpuTicks(t, aggPID) > aggCPU+busyTicks
				})
				if r, err := tn.client.Cancel(ctxT(t), &pb.CancelRequest{Id: id}); err != nil || r.Result != pb.CancelResponse_RESULT_CANCEL_OK {
					t.Fatalf("cancel: %v %v", r, err)
				}
				waitState(t, tn, id, queue.Cancelled)
				waitFor(t, time.Minute, "the aggregation worker killed by the cancel", func() bool { return !processExists(aggPID) })
				// no long job any more: every worker is up again for the next one
				waitFor(t, 5*time.Minute, "the prove workers up again after the last long job", func() bool {
					p := agg.WorkerPID()
					return len(workerChildren(t, "rv32im-segment")) == 1 && p != 0 && p != aggPID && fin.WorkerPID() == finPID
				})
				tn.stop(t)
				for _, f := range []string{"rv32im-segment", "rv32im-aggregate", "rv32im-final"} {
					if w := workerChildren(t, f); len(w) != 0 {
						t.Fatalf("%s worker processes %v left after the node stopped", f, w)
					}
				}
				return
			}
			// The node is stopped while the job aggregates: the job finishes
			// in the grace period, through the workers, which are stopped
			// only then.
			waitFor(t, 10*time.Minute, "the aggregation worker proving", func() bool {
				if r := getProof(t, tn, id, 0); r.Result != pb.GetProofResponse_RESULT_GET_PROOF_PENDING {
					t.Fatalf("the job ended in its aggregations: %v %s", r.Result, r.ResultString)
				}
				return cpuTicks(t, aggPID) > aggCPU+busyTicks
			})
			tn.cancel()
			tn.cancel = nil
			_ = tn.conn.Close()
			finalCPU := make(chan int64, 1)
			go func() { // the final worker's CPU time until the node stops it
				var last int64
				for {
					c, ok := procCPU(finPID)
					if !ok {
						finalCPU <- last
						return
					}
					last = c
					time.Sleep(200 * time.Millisecond)
				}
			}()
			select {
			case err := <-tn.done:
				if err != nil {
					t.Fatalf("node stopped with %v", err)
				}
			case <-time.After(30 * time.Minute):
				t.Fatal("the node did not stop within the job's grace")
			}
			for _, f := range []string{"rv32im-segment", "rv32im-aggregate", "rv32im-final"} {
				if w := workerChildren(t, f); len(w) != 0 {
					t.Fatalf("%s worker processes %v left after the node stopped", f, w)
				}
			}
			if got := <-finalCPU; got <= finCPU+busyTicks {
				t.Fatalf("the final worker started ahead (%d) used %d ticks: it did not prove", finPID, got-finCPU)
			}
			s, err := queue.Open(tn.cfg.QueueDir(), queue.DefaultOptions())
			if err != nil {
				t.Fatal(err)
			}
			defer func() { _ = s.Close() }()
			job, err := s.Get(id)
			if err != nil {
				t.Fatal(err)
			}
			if job.State != queue.Done {
				t.Fatalf("the job stopped in its grace period: %s, want done", job.State)
			}
			res, err := jobs.DecodeResult(job.Result)
			if err != nil {
				t.Fatal(err)
			}
			if err := longrun.VerifyProof(r.Keys.FinalVK, res.Proof); err != nil {
				t.Fatalf("the node's final proof: %v", err)
			}
		})
	}
}

// busyTicks is CPU time (clock ticks: 100 per second on Linux) that an idle
// prove worker, its keys loaded, does not use: one that used more since
// then has proven.
const busyTicks = 300

// cpuTicks is the user and system CPU time of process pid, in clock ticks.
func cpuTicks(t *testing.T, pid int) int64 {
	t.Helper()
	c, ok := procCPU(pid)
	if !ok {
		t.Fatalf("prove worker %d: no CPU time in /proc (gone?)", pid)
	}
	return c
}

// procCPU is the user and system CPU time of a live process in clock ticks
// (/proc/PID/stat's utime and stime); false when it is gone.
func procCPU(pid int) (int64, bool) {
	stat, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	i := bytes.LastIndexByte(stat, ')')
	if err != nil || i < 0 {
		return 0, false
	}
	// pid (comm) state ppid ... utime stime: the 14th and 15th fields
	f := strings.Fields(string(stat[i+1:]))
	if len(f) < 13 || f[0] == "Z" {
		return 0, false
	}
	u, err1 := strconv.ParseInt(f[11], 10, 64)
	s, err2 := strconv.ParseInt(f[12], 10, 64)
	if err1 != nil || err2 != nil {
		return 0, false
	}
	return u + s, true
}

// checkKeysInWorkers: a node whose long-run proofs are made by worker
// processes holds no proving key or constraint system of theirs: only the
// verifying keys in its long-run keys and the witness shape in its worker
// provers (the segment provers, the aggregation and final provers). It
// returns the node's long-run runner.
func checkKeysInWorkers(t *testing.T, tn *testNode) *longrun.Runner {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	lp, err := tn.long.Wait(ctx)
	if err != nil {
		t.Fatal(err)
	}
	r, ok := lp.(*longrun.Runner)
	if !ok {
		t.Fatalf("long runs are a %T, want a *longrun.Runner", lp)
	}
	k := provertest.SegmentClass
	if keys, err := r.Keys.Segment.Keys(k); err != nil || keys.PK != nil || keys.CS != nil || keys.VK == nil {
		t.Fatalf("the node's segment keys: want the verifying key only, got %+v (%v)", keys, err)
	}
	if len(r.Provers) == 0 {
		t.Fatal("no segment prover")
	}
	provers := []*prover.Prover{r.Keys.Aggregate, r.Keys.Final}
	for i, sp := range r.Provers {
		p, ok := sp.(*prover.Prover)
		if !ok {
			t.Fatalf("segment prover %d is a %T", i, sp)
		}
		provers = append(provers, p)
	}
	for _, p := range provers {
		if keys, err := p.Keys(k); err != nil || keys.PK != nil || keys.CS != nil || keys.Shape == nil || keys.VK == nil {
			t.Fatalf("worker prover of %s: want the verifying key and the witness shape only, got %+v (%v)", p.Root(), keys, err)
		}
	}
	return r
}

// workerChildren lists the live child processes of this test process that
// run as its prove workers of a long-run family (command line with
// -test.run=^$ and the family last).
func workerChildren(t *testing.T, family string) []int {
	t.Helper()
	entries, err := os.ReadDir("/proc")
	if err != nil {
		t.Fatal(err)
	}
	var out []int
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		stat, err := os.ReadFile("/proc/" + e.Name() + "/stat")
		if err != nil {
			continue // gone meanwhile
		}
		// pid (comm) state ppid ...: comm may hold spaces and parentheses
		f := strings.Fields(string(stat[bytes.LastIndexByte(stat, ')')+1:]))
		if len(f) < 2 || f[0] == "Z" || f[1] != strconv.Itoa(os.Getpid()) {
			continue
		}
		cmdline, err := os.ReadFile("/proc/" + e.Name() + "/cmdline")
		if err == nil && bytes.Contains(cmdline, []byte("-test.run=^$")) && bytes.HasSuffix(cmdline, []byte("\x00"+family+"\x00")) {
			out = append(out, pid)
		}
	}
	return out
}

// refusingProver is a prover the node is ready with that proves nothing.
type refusingProver struct{}

func (refusingProver) Prove(context.Context, *executor.Program, *executor.Input, executor.Config) (*prover.Proof, error) {
	return nil, errors.New("refusingProver proves nothing")
}

// TestLongRunSetupRetried: a long-run key setup that fails is tried again,
// later and later, rather than leaving long runs unavailable until a
// restart; GetStatus says why they are unavailable and that the node tries
// again.
func TestLongRunSetupRetried(t *testing.T) {
	if total, ok := memTotal(); !ok || total < LongRunMemory {
		t.Skip("long runs are off on a machine this small")
	}
	dir := t.TempDir()
	tries := filepath.Join(dir, "tries")
	argv := []string{"sh", "-c", `echo try >> "$0"; echo "no space left on device" >&2; exit 3`, tries}
	tn := startNodeOpts(t, dir, Options{
		OpenProver:    func(context.Context) (jobs.Prover, error) { return refusingProver{}, nil },
		LongSetupArgv: argv, LongRunRetry: 20 * time.Millisecond,
	}, func(c *config.Config) { c.Prover.SegmentClass = provertest.SegmentClass })
	waitReady(t, tn)
	said := ""
	waitFor(t, time.Minute, "three tries of the key setup", func() bool {
		b, _ := os.ReadFile(tries)
		return strings.Count(string(b), "try") >= 3
	})
	waitFor(t, time.Minute, "GetStatus saying why", func() bool {
		if st := tn.door.Status(context.Background()).LongRuns; strings.Contains(st, "no space left on device") {
			said = st
		}
		return said != ""
	})
	if !strings.HasPrefix(said, "unavailable: ") || !strings.Contains(said, "the node tries again in") {
		t.Fatalf("GetStatus long_runs %q", said)
	}
}
