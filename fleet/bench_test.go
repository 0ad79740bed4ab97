package fleet

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/frontend"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/prover/longrun"
	"github.com/zkprover/zkprover/prover/provertest"
)

// BenchmarkFleet proves the sort example's run (10 segments of 2^5) per
// iteration on a single embedded server, with 1, 2 and 3 worker processes
// (and as many segments in flight as workers + 1), and reports segments per
// second, the workers' proving time per segment and, with one worker and one
// segment in flight (nothing queues), the fleet's overhead per task: round
// trip minus proving time. BenchmarkInProcess is the reference.
// ZKPROVER_FLEET_BENCH_CORES=c gives each worker process GOMAXPROCS=c (gnark
// proves on every core it has: with c=1 the workers stop competing for
// cores until there are more workers than cores).
//
//	go test ./fleet -run '^$' -bench 'Fleet|InProcess' -benchtime 2x
func BenchmarkFleet(b *testing.B) {
	keysDir, keys := segKeys(b)
	prog, in := sortRun(b)
	var env []string
	if c := os.Getenv("ZKPROVER_FLEET_BENCH_CORES"); c != "" {
		env = append(env, "GOMAXPROCS="+c)
	}
	for _, workers := range []int{1, 2, 3} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			ctx, cancel := context.WithTimeout(context.Background(), 60*time.Minute)
			defer cancel()
			servers := startCluster(ctx, b, 1, Auth{})
			urls := clientURLs(servers)
			f, err := Connect(ctx, testConfig(urls, "", 30*time.Second, zerolog.Nop()))
			if err != nil {
				b.Fatal(err)
			}
			defer f.Close()
			for i := range workers {
				startWorker(b, "honest", helperCfgOf(keysDir, "w"+strconv.Itoa(i), "", 30*time.Second, urls), env...)
			}
			plan, err := longrun.NewPlan(ctx, prog, in, executor.Config{}, provertest.SegmentClass)
			if err != nil {
				b.Fatal(err)
			}
			// The workers have loaded their keys once they are members.
			for {
				st, err := f.Status(ctx)
				if err != nil {
					b.Fatal(err)
				}
				if len(st.Members) == workers {
					break
				}
				select {
				case <-ctx.Done():
					b.Fatal(ctx.Err())
				case <-time.After(100 * time.Millisecond):
				}
			}
			run := func(id string, inFlight int) JobStats {
				job, err := f.Job(ctx, id, keys)
				if err != nil {
					b.Fatal(err)
				}
				defer job.Close()
				if _, err := longrun.ProveSegments(ctx, plan, prog, in, executor.Config{}, job.Provers(inFlight), nil, nil, nil); err != nil {
					b.Fatal(err)
				}
				return job.Stats()
			}
			b.ResetTimer()
			var st JobStats
			start := time.Now()
			for i := range b.N {
				s := run("bench-"+strconv.Itoa(i), workers+1)
				st.Accepted += s.Accepted
				st.Prove += s.Prove
			}
			elapsed := time.Since(start)
			b.StopTimer()
			b.ReportMetric(float64(b.N*plan.Segments)/elapsed.Seconds(), "segments/s")
			b.ReportMetric(float64(st.Prove.Milliseconds())/float64(st.Accepted), "prove-ms/seg")
			if workers == 1 {
				o := run("overhead", 1)
				b.ReportMetric(float64((o.RoundTrip-o.Prove).Milliseconds())/float64(o.Accepted), "overhead-ms/task")
				b.ReportMetric(float64(o.Stored)/float64(o.Accepted), "stored-B/task")
			}
		})
	}
}

// BenchmarkInProcess proves the same run with the prover in this process.
func BenchmarkInProcess(b *testing.B) {
	_, keys := segKeys(b)
	prog, in := sortRun(b)
	ctx := context.Background()
	if c, err := strconv.Atoi(os.Getenv("ZKPROVER_FLEET_BENCH_CORES")); err == nil && c > 0 {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(c))
	}
	plan, err := longrun.NewPlan(ctx, prog, in, executor.Config{}, provertest.SegmentClass)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := longrun.ProveSegments(ctx, plan, prog, in, executor.Config{}, []longrun.SegmentProver{keys}, nil, nil, nil); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	start := time.Now()
	for range b.N {
		if _, err := longrun.ProveSegments(ctx, plan, prog, in, executor.Config{}, []longrun.SegmentProver{keys}, nil, nil, nil); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*plan.Segments)/time.Since(start).Seconds(), "segments/s")
}

// keepOne is a SegmentProver that keeps one segment's assignment and
// proves nothing.
type keepOne struct {
	idx int
	mu  sync.Mutex
	a   frontend.Circuit
}

func (c *keepOne) ProveAssignment(_ context.Context, k int, a frontend.Circuit, _ prover.Target) (groth16.Proof, witness.Witness, error) {
	if idx, err := SegmentIndex(a, k); err == nil && idx == c.idx {
		c.mu.Lock()
		c.a = a
		c.mu.Unlock()
	}
	return nil, nil, nil
}

// BenchmarkWitness measures what the fleet adds per task for a segment of
// class 2^k (no keys needed): the witness built, compressed and stored by
// the owner, fetched, decompressed and assigned by a worker (the second
// segment of examples/sha256 over an input long enough for two segments).
//
//	go test ./fleet -run '^$' -bench Witness -benchtime 3x
func BenchmarkWitness(b *testing.B) {
	ctx, prog, f := benchFleet(b)
	for _, k := range []int{5, 10, 12} {
		b.Run(fmt.Sprintf("class=%d", k), func(b *testing.B) {
			in, plan := sha256Plan(ctx, b, prog, k)
			keep := &keepOne{idx: 1}
			t0 := time.Now()
			if _, err := longrun.ProveSegments(ctx, plan, prog, in, executor.Config{}, []longrun.SegmentProver{keep}, nil, nil, nil); err != nil {
				b.Fatal(err)
			}
			// The owner's own work per segment, with or without a fleet: the
			// execution and the circuit assignment (what ProveSegments does
			// around the provers).
			assign := time.Since(t0) / time.Duration(plan.Segments)
			if keep.a == nil {
				b.Fatal("no second segment")
			}
			b.ResetTimer()
			var raw, stored int
			for range b.N {
				r, w, err := encodeWitness(keep.a)
				sum, packed := w.name, w.packed
				if err != nil {
					b.Fatal(err)
				}
				raw, stored = len(r), len(packed)
				if _, err := f.objects.PutBytes(ctx, sum, packed); err != nil {
					b.Fatal(err)
				}
				got, err := f.objects.GetBytes(ctx, sum)
				if err != nil {
					b.Fatal(err)
				}
				full, err := decodeWitness(got, sum, len(r))
				if err != nil {
					b.Fatal(err)
				}
				circuit, err := prover.RV32IMSegments{}.NewCircuit(k)
				if err != nil {
					b.Fatal(err)
				}
				if err := assignFromWitness(circuit, full); err != nil {
					b.Fatal(err)
				}
				if err := f.objects.Delete(ctx, sum); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(assign.Milliseconds()), "assign-ms/seg")
			b.ReportMetric(float64(raw), "witness-B")
			b.ReportMetric(float64(stored), "stored-B")
		})
	}
}

// keepTask is a longrun.TaskProver that keeps segment idx's task and the
// run's data instead of proving.
type keepTask struct {
	keepOne
	run  *longrun.RunData
	task *longrun.SegmentTask
}

func (c *keepTask) ProveTask(_ context.Context, run *longrun.RunData, t *longrun.SegmentTask, _ prover.Target) (groth16.Proof, error) {
	if t.Index == c.idx {
		c.run, c.task = run, t
	}
	return nil, nil
}

// BenchmarkCheckpoint measures what the fleet adds per checkpoint task for a
// segment of class 2^k (no keys needed), on the run of BenchmarkWitness:
// the owner's work per segment (execution, memory tree, task), the task's
// sizes, and a task's round trip (stored, fetched, decoded and assigned by
// re-executing the segment, as a worker does before proving).
//
//	go test ./fleet -run '^$' -bench Checkpoint -benchtime 3x
func BenchmarkCheckpoint(b *testing.B) {
	ctx, prog, f := benchFleet(b)
	for _, k := range []int{5, 10, 12} {
		b.Run(fmt.Sprintf("class=%d", k), func(b *testing.B) {
			in, plan := sha256Plan(ctx, b, prog, k)
			keep := &keepTask{keepOne: keepOne{idx: 1}}
			t0 := time.Now()
			if _, err := longrun.ProveSegments(ctx, plan, prog, in, executor.Config{}, []longrun.SegmentProver{keep}, nil, nil, nil); err != nil {
				b.Fatal(err)
			}
			owner := time.Since(t0) / time.Duration(plan.Segments)
			if keep.task == nil {
				b.Fatal("no second segment")
			}
			runRaw, err := json.Marshal(keep.run)
			if err != nil {
				b.Fatal(err)
			}
			runObj, err := pack(runRaw)
			if err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			var raw, stored int
			for range b.N {
				r, err := json.Marshal(keep.task)
				if err != nil {
					b.Fatal(err)
				}
				o, err := pack(r)
				if err != nil {
					b.Fatal(err)
				}
				raw, stored = len(r), len(o.packed)
				if _, err := f.objects.PutBytes(ctx, o.name, o.packed); err != nil {
					b.Fatal(err)
				}
				got, err := f.objects.GetBytes(ctx, o.name)
				if err != nil {
					b.Fatal(err)
				}
				back, err := unpack(got, o.name, len(r))
				if err != nil {
					b.Fatal(err)
				}
				var st longrun.SegmentTask
				if err := decodeJSON(back, &st); err != nil {
					b.Fatal(err)
				}
				if _, _, err := longrun.AssignTask(ctx, keep.run, prog, &st); err != nil {
					b.Fatal(err)
				}
				if err := f.objects.Delete(ctx, o.name); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(owner.Microseconds())/1000, "owner-ms/seg")
			b.ReportMetric(float64(raw), "checkpoint-B")
			b.ReportMetric(float64(stored), "stored-B")
			b.ReportMetric(float64(len(runRaw)), "run-B")
			b.ReportMetric(float64(len(runObj.packed)), "run-stored-B")
		})
	}
}

// benchFleet is the sha256 example and a fleet on one embedded server, for
// the task benchmarks.
func benchFleet(b *testing.B) (context.Context, *executor.Program, *Fleet) {
	data, err := os.ReadFile(filepath.Join("..", "examples", "sha256", "sha256.elf"))
	if err != nil {
		b.Fatal(err)
	}
	prog, err := executor.LoadELF(data, executor.Limits{})
	if err != nil {
		b.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Minute)
	b.Cleanup(cancel)
	servers := startCluster(ctx, b, 1, Auth{})
	f, err := Connect(ctx, testConfig(clientURLs(servers), "", 30*time.Second, zerolog.Nop()))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(f.Close)
	return ctx, prog, f
}

// sha256Plan is a run of the sha256 example of more than two segments of
// class 2^k, and its plan.
func sha256Plan(ctx context.Context, b *testing.B, prog *executor.Program, k int) (*executor.Input, *longrun.Plan) {
	for n := 64; ; n *= 2 {
		in := &executor.Input{Offchain: make([]byte, n)}
		res, err := executor.Run(ctx, prog, in, executor.Config{})
		if err != nil {
			b.Fatal(err)
		}
		if res.Cycles > 2<<k {
			plan, err := longrun.NewPlan(ctx, prog, in, executor.Config{}, k)
			if err != nil {
				b.Fatal(err)
			}
			return in, plan
		}
	}
}
