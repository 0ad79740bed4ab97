package fleet

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/frontend"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/prover/longrun"
	"github.com/zkprover/zkprover/prover/provertest"
	"github.com/zkprover/zkprover/tlsconf"
	"github.com/zkprover/zkprover/tlsconf/tlstest"
)

// capture is a SegmentProver that keeps the assignments instead of proving
// them (ProveSegments then holds nil proofs).
type capture struct {
	mu sync.Mutex
	as map[int]frontend.Circuit
}

func (c *capture) ProveAssignment(_ context.Context, k int, a frontend.Circuit, _ prover.Target) (groth16.Proof, witness.Witness, error) {
	idx, err := SegmentIndex(a, k)
	if err != nil {
		return nil, nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, dup := c.as[idx]; dup {
		return nil, nil, errors.New("two assignments with one index")
	}
	c.as[idx] = a
	return nil, nil, nil
}

// TestWitnessRoundTrip: a task's witness, compressed, decompressed and
// assigned to a fresh circuit, gives the same witness; segment indexes come
// from the assignments. No keys needed.
func TestWitnessRoundTrip(t *testing.T) {
	prog, in := sortRun(t)
	ctx := context.Background()
	plan, err := longrun.NewPlan(ctx, prog, in, executor.Config{}, provertest.SegmentClass)
	if err != nil {
		t.Fatal(err)
	}
	c := &capture{as: map[int]frontend.Circuit{}}
	if _, err := longrun.ProveSegments(ctx, plan, prog, in, executor.Config{}, []longrun.SegmentProver{c, c}, nil, nil, nil); err != nil {
		t.Fatal(err)
	}
	if len(c.as) != plan.Segments {
		t.Fatalf("%d assignments for %d segments", len(c.as), plan.Segments)
	}
	for _, idx := range []int{0, plan.Segments - 1} {
		raw, w, err := encodeWitness(c.as[idx])
		sum, packed := w.name, w.packed
		if err != nil {
			t.Fatal(err)
		}
		full, err := decodeWitness(packed, sum, len(raw))
		if err != nil {
			t.Fatal(err)
		}
		circuit, err := prover.RV32IMSegments{}.NewCircuit(provertest.SegmentClass)
		if err != nil {
			t.Fatal(err)
		}
		if err := assignFromWitness(circuit, full); err != nil {
			t.Fatal(err)
		}
		again, _, err := encodeWitness(circuit)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(raw, again) {
			t.Fatalf("segment %d: the witness rebuilt from the task differs", idx)
		}
		if got, err := SegmentIndex(circuit, provertest.SegmentClass); err != nil || got != idx {
			t.Fatalf("segment %d: index %d, %v", idx, got, err)
		}
		if _, err := decodeWitness(packed, sum[:len(sum)-1]+"0", len(raw)); err == nil && sum[len(sum)-1] != '0' {
			t.Fatal("a witness under another name was accepted")
		}
		t.Logf("segment %d of class 2^%d: witness %d bytes, %d stored (zstd)", idx, provertest.SegmentClass, len(raw), len(packed))
	}
	if err := CheckJobID("a.b"); err == nil {
		t.Fatal("a job id with a dot was accepted")
	}
}

// TestTokenAuth: a server with a token refuses a client with another one
// (at once, without retrying) and accepts the right one.
func TestTokenAuth(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	servers := startCluster(ctx, t, 1, Auth{Token: "right-token"})
	log := zerolog.Nop()
	_, err := Connect(ctx, testConfig(clientURLs(servers), "wrong-token", time.Second, log))
	if err == nil || !isAuthError(err) {
		t.Fatalf("wrong token: %v", err)
	}
	if ctx.Err() != nil {
		t.Fatal("the wrong token was retried until the deadline")
	}
	_, err = Connect(ctx, testConfig(clientURLs(servers), "", time.Second, log))
	if err == nil {
		t.Fatal("no token was accepted")
	}
	f, err := Connect(ctx, testConfig(clientURLs(servers), "right-token", time.Second, log))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	st, err := f.Status(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Queued != 0 || len(st.Members) != 0 {
		t.Fatalf("fresh fleet status %+v", st)
	}
}

// TestTLS: a server demanding client certificates (mTLS, tlsconf files)
// accepts a client with one and refuses one without, at once; the metrics
// collector reads the status.
func TestTLS(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	ca := tlstest.NewCA(t)
	scert, skey := ca.Issue(t, "server", true)
	ccert, ckey := ca.Issue(t, "worker", false)
	e, err := Embed(ctx, EmbedConfig{Host: "127.0.0.1", Port: -1, StoreDir: t.TempDir(),
		TLS: &tlsconf.Server{CertFile: scert, KeyFile: skey, ClientCAFile: ca.File}, Log: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Shutdown()
	cfg := testConfig([]string{e.ClientURL()}, "", time.Second, zerolog.Nop())
	cfg.Replicas = 1
	cfg.TLS = &tlsconf.Client{CAFile: ca.File}
	if _, err := Connect(ctx, cfg); err == nil || !isAuthError(err) {
		t.Fatalf("without a client certificate: %v", err)
	}
	if ctx.Err() != nil {
		t.Fatal("the refused certificate was retried until the deadline")
	}
	cfg.TLS = &tlsconf.Client{CAFile: ca.File, CertFile: ccert, KeyFile: ckey}
	f, err := Connect(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	reg := prometheus.NewRegistry()
	reg.MustRegister(NewCollector(f, 0))
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, mf := range mfs {
		got[mf.GetName()] = true
	}
	if !got["zkprover_fleet_up"] || !got["zkprover_fleet_tasks"] || !got["zkprover_fleet_members"] {
		t.Fatalf("metrics %v", got)
	}
}

// segmentPublic is the public witness of a proven segment (its digest).
func segmentPublic(t *testing.T, sp *longrun.SegmentProof) witness.Witness {
	t.Helper()
	w, err := witness.New(ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	ch := make(chan any, 1)
	ch <- sp.Segment.Digest
	close(ch)
	if err := w.Fill(1, 0, ch); err != nil {
		t.Fatal(err)
	}
	return w
}

// TestFleetProvesRun proves a run of several segments of class 2^5 with a
// fleet: a cluster of three embedded JetStream servers, worker processes,
// the owner in this process through longrun.ProveSegments. On the way: a
// worker killed mid-task (its task is delivered again after the ack wait and
// proven by another), a worker that forges a proof (rejected, the segment
// re-tasked), one JetStream server stopped mid-run; then a duplicate result
// (ignored), the owner restarted (every segment from the results stream,
// nothing proven again) and the fleet's status.
func TestFleetProvesRun(t *testing.T) {
	keysDir, keys := segKeys(t)
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	const token = "fleet-test-token"
	const ackWait = 6 * time.Second
	servers := startCluster(ctx, t, 3, Auth{Token: token})
	urls := clientURLs(servers)
	log := zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.WarnLevel)
	f, err := Connect(ctx, testConfig(urls, token, ackWait, log))
	if err != nil {
		t.Fatal(err)
	}
	defer func() { f.Close() }()

	prog, in := sortRun(t)
	plan, err := longrun.NewPlan(ctx, prog, in, executor.Config{}, provertest.SegmentClass)
	if err != nil {
		t.Fatal(err)
	}
	if plan.Segments < 6 {
		t.Fatalf("only %d segments", plan.Segments)
	}
	const jobID = "job-1"
	job, err := f.Job(ctx, jobID, keys)
	if err != nil {
		t.Fatal(err)
	}

	type outcome struct {
		segs []*longrun.SegmentProof
		err  error
	}
	done := make(chan outcome, 1)
	progressed := make(chan int, plan.Segments)
	go func() {
		segs, err := longrun.ProveSegments(ctx, plan, prog, in, executor.Config{}, job.Provers(4), nil, nil,
			func(n, _ int) { progressed <- n })
		done <- outcome{segs, err}
	}()

	// A worker that hangs on its first task, killed mid-task.
	hang := startWorker(t, "hang", helperCfgOf(keysDir, "w-hang", token, ackWait, urls))
	if err := hang.waitLine(ctx, "HANG"); err != nil {
		t.Fatal(err)
	}
	// A worker that forges its first proof (while the hung task is held).
	forger := startWorker(t, "forge", helperCfgOf(keysDir, "w-forge", token, ackWait, urls))
	if err := forger.waitLine(ctx, "FORGED"); err != nil {
		t.Fatal(err)
	}
	if err := hang.cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	_ = hang.cmd.Wait()
	startWorker(t, "honest", helperCfgOf(keysDir, "w-1", token, ackWait, urls))
	startWorker(t, "honest", helperCfgOf(keysDir, "w-2", token, ackWait, urls))

	// One JetStream server of three stopped once two segments are proven.
	var out outcome
	stopped := false
wait:
	for {
		select {
		case n := <-progressed:
			if n >= 2 && !stopped {
				stopped = true
				servers[2].Shutdown()
				t.Logf("server %s stopped after %d segments", servers[2].Name(), n)
			}
		case out = <-done:
			break wait
		}
	}
	if out.err != nil {
		t.Fatal(out.err)
	}
	if !stopped {
		t.Fatal("the run ended before a server was stopped")
	}
	segs := out.segs
	if len(segs) != plan.Segments {
		t.Fatalf("%d proofs for %d segments", len(segs), plan.Segments)
	}
	for i, sp := range segs {
		if sp.Index != i || sp.Proof == nil {
			t.Fatalf("segment %d: %+v", i, sp)
		}
	}
	vk := mustVK(t, keys)
	for i, sp := range segs {
		if err := groth16.Verify(sp.Proof, vk, segmentPublic(t, sp), prover.TargetRecursion.VerifierOptions()...); err != nil {
			t.Fatalf("segment %d: %v", i, err)
		}
	}
	st := job.Stats()
	t.Logf("%d segments; job stats %+v", plan.Segments, st)
	if st.Accepted != plan.Segments || st.Rejected < 1 || st.Redelivered < 1 || st.Resumed != 0 {
		t.Fatalf("job stats %+v for %d segments: want every segment accepted once, the forged proof rejected, the killed worker's task redelivered", st, plan.Segments)
	}
	// The tasks carried checkpoints (the run's data once, a few KB per
	// segment), not witnesses (477 KB each at this class).
	if st.RunData == 0 || st.Witness == 0 || st.Witness/st.Published > 16<<10 {
		t.Fatalf("job stats %+v: want checkpoint tasks of a few KB and the run's data once", st)
	}

	// A duplicate result is ignored.
	r, err := f.Lookup(ctx, jobID, 1)
	if err != nil || r == nil {
		t.Fatalf("lookup: %v %v", r, err)
	}
	r.Worker = "w-replay"
	data, _ := json.Marshal(r)
	if _, err := f.js.Publish(ctx, resultSubject(jobID, 1), data); err != nil {
		t.Fatal(err)
	}
	for job.Stats().Duplicates == 0 {
		select {
		case <-ctx.Done():
			t.Fatal("the duplicate result was not seen")
		case <-time.After(100 * time.Millisecond):
		}
	}
	if s := job.Stats(); s.Accepted != plan.Segments {
		t.Fatalf("after the duplicate: %+v", s)
	}

	// Status: the three live members (the killed one's record expires) with
	// every proof counted (after their next heartbeat), an empty queue.
	for {
		fst, err := f.Status(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var proofs int64
		var ids []string
		for _, m := range fst.Members {
			proofs += m.Proofs
			ids = append(ids, m.ID)
		}
		if fst.Pending == 0 && fst.InFlight == 0 && strings.Join(ids, ",") == "w-1,w-2,w-forge" && proofs >= int64(plan.Segments) {
			t.Logf("status: %d results, %d witness bytes, members %v, %d proofs", fst.Results, fst.Witnesses, ids, proofs)
			break
		}
		select {
		case <-ctx.Done():
			b, _ := json.Marshal(fst)
			t.Fatalf("status %s", b)
		case <-time.After(200 * time.Millisecond):
		}
	}

	// The owner restarts: every segment comes from the results stream.
	job.Close()
	f.Close()
	f, err = Connect(ctx, testConfig(urls[:2], token, ackWait, log))
	if err != nil {
		t.Fatal(err)
	}
	job, err = f.Job(ctx, jobID, keys)
	if err != nil {
		t.Fatal(err)
	}
	defer job.Close()
	again, err := longrun.ProveSegments(ctx, plan, prog, in, executor.Config{}, job.Provers(4), nil, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	st = job.Stats()
	if len(again) != plan.Segments || st.Published != 0 || st.Resumed != plan.Segments {
		t.Fatalf("after the restart: %d segments, stats %+v", len(again), st)
	}
	for i := range again {
		if again[i].Segment.Digest != segs[i].Segment.Digest {
			t.Fatalf("segment %d differs after the restart", i)
		}
	}
	if err := job.Purge(ctx); err != nil {
		t.Fatal(err)
	}
	if r, err := f.Lookup(ctx, jobID, 0); err != nil || r != nil {
		t.Fatalf("after purge: %v %v", r, err)
	}
}

func mustVK(t *testing.T, p *prover.Prover) groth16.VerifyingKey {
	t.Helper()
	k, err := p.Keys(provertest.SegmentClass)
	if err != nil {
		t.Fatal(err)
	}
	return k.VK
}

// decodeWitness is what a worker does with a stored witness.
func decodeWitness(packed []byte, sum string, size int) (witness.Witness, error) {
	raw, err := unpack(packed, sum, size)
	if err != nil {
		return nil, err
	}
	return witnessFromRaw(raw)
}

// TestInProcessConnect: the node's connection to its own embedded server
// (Config.InProcess) joins a server that serves TLS with a certificate that
// does not name the loopback address it would dial, and a client
// certificate it would not have (mTLS), where a network connection is
// refused. (The node presents its own token to its own server.)
func TestInProcessConnect(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	ca := tlstest.NewCA(t)
	scert, skey := ca.Issue(t, "node.example", true)
	e, err := Embed(ctx, EmbedConfig{Host: "127.0.0.1", Port: -1, StoreDir: t.TempDir(), Auth: Auth{Token: "tok"},
		TLS: &tlsconf.Server{CertFile: scert, KeyFile: skey, ClientCAFile: ca.File}, Log: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Shutdown()
	cfg := testConfig([]string{e.ClientURL()}, "tok", time.Second, zerolog.Nop())
	cfg.Replicas = 1
	if _, err := Connect(ctx, cfg); err == nil {
		t.Fatal("a network connection without the CA joined")
	}
	cfg.URLs, cfg.InProcess = nil, e
	f, err := Connect(ctx, cfg)
	if err != nil {
		t.Fatalf("in-process: %v", err)
	}
	st, err := f.Status(ctx)
	f.Close()
	if err != nil || st.Queued != 0 {
		t.Fatalf("status in-process: %+v, %v", st, err)
	}
}
