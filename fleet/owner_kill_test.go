package fleet

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/frontend"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/prover/longrun"
	"github.com/zkprover/zkprover/prover/provertest"
)

// refuseProver proves nothing: ProveSegments given every segment in have
// only checks them against the run.
type refuseProver struct{}

func (refuseProver) ProveAssignment(_ context.Context, k int, a frontend.Circuit, _ prover.Target) (groth16.Proof, witness.Witness, error) {
	idx, _ := SegmentIndex(a, k)
	return nil, nil, fmt.Errorf("segment %d: the owner's proof does not match the run", idx)
}

// TestOwnerKilledMidJob: the owner of a job runs in its own process and is
// killed with SIGKILL mid-job (it holds its run after its second kept
// segment proof, so the kill always lands mid-job however loaded the
// machine is, with tasks still queued or being proven by the workers); a
// second owner process opens the same job and finishes it. One embedded
// server, two worker processes. Checks: every segment accepted once by the
// second owner, the results already in the stream taken without new tasks
// (JobStats.Resumed), no more tasks published than the segments left; the
// segment proofs verified and chained against the run (ProveSegments
// resuming from them proves nothing); every result in the stream counted:
// one per segment, any more explained by a redelivered task, and as many as
// the workers' published proofs; the task queue empty.
func TestOwnerKilledMidJob(t *testing.T) {
	keysDir, keys := segKeys(t)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	const (
		token = "owner-kill-token"
		jobID = "job-owner-kill"
		hold  = 2 // the first owner holds its run after this many kept proofs
		// No worker dies here: the ack wait only bounds a worker starved of
		// CPU long enough to miss its in-progress acks.
		ackWait = 30 * time.Second
	)
	servers := startCluster(ctx, t, 1, Auth{Token: token})
	urls := clientURLs(servers)
	log := zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.WarnLevel)
	f, err := Connect(ctx, testConfig(urls, token, ackWait, log))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	prog, in := sortRun(t)
	plan, err := longrun.NewPlan(ctx, prog, in, executor.Config{}, provertest.SegmentClass)
	if err != nil {
		t.Fatal(err)
	}
	// The first owner publishes at most hold-1+ownerProvers tasks before it
	// holds: the job cannot be done when it is killed.
	if plan.Segments <= hold-1+ownerProvers {
		t.Fatalf("only %d segments", plan.Segments)
	}

	start := time.Now()
	owner1 := startWorker(t, "owner", helperCfgOf(keysDir, jobID, token, ackWait, urls), helperHold+"="+strconv.Itoa(hold))
	startWorker(t, "honest", helperCfgOf(keysDir, "w-1", token, ackWait, urls))
	startWorker(t, "honest", helperCfgOf(keysDir, "w-2", token, ackWait, urls))
	if err := owner1.waitLine(ctx, "HOLD"); err != nil {
		t.Fatal(err)
	}
	// Results of the job in the stream now: at least the two kept proofs'.
	var stored []int
	for seg := range plan.Segments {
		r, err := f.Lookup(ctx, jobID, seg)
		if err != nil {
			t.Fatal(err)
		}
		if r != nil {
			stored = append(stored, seg)
		}
	}
	if len(stored) < hold || len(stored) >= plan.Segments {
		t.Fatalf("results of segments %v in the stream after %d kept proofs, for %d segments", stored, hold, plan.Segments)
	}
	if err := owner1.cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	_ = owner1.cmd.Wait()
	t.Logf("first owner killed after %s with the results of segments %v in the stream", time.Since(start).Round(time.Millisecond), stored)

	// The second owner finishes the job.
	owner2 := startWorker(t, "owner", helperCfgOf(keysDir, jobID, token, ackWait, urls))
	var kept [][]byte
	var rep ownerReport
read:
	for {
		select {
		case l, ok := <-owner2.lines:
			if !ok {
				t.Fatal("the second owner exited without finishing the job")
			}
			switch {
			case strings.HasPrefix(l, "SEG "):
				kept = append(kept, []byte(strings.TrimPrefix(l, "SEG ")))
			case strings.HasPrefix(l, "DONE "):
				if err := json.Unmarshal([]byte(strings.TrimPrefix(l, "DONE ")), &rep); err != nil {
					t.Fatal(err)
				}
				break read
			}
		case <-ctx.Done():
			t.Fatalf("waiting for the second owner: %v", ctx.Err())
		}
	}
	st := rep.Stats
	t.Logf("second owner done after %s: %d segments, stats %+v", time.Since(start).Round(time.Millisecond), rep.Segments, st)
	if rep.Segments != plan.Segments || st.Accepted != plan.Segments || st.Rejected != 0 {
		t.Fatalf("second owner: %d segments, stats %+v; want %d segments each accepted once, nothing rejected", rep.Segments, st, plan.Segments)
	}
	// Every result present when it opened the job is used without a task.
	if st.Resumed < len(stored) || st.Published > plan.Segments-st.Resumed {
		t.Fatalf("second owner: stats %+v with %d results stored at the kill: want them resumed, at most %d tasks published",
			st, len(stored), plan.Segments-len(stored))
	}

	// The proofs: each verified against its own boundaries, and chained
	// along the run (ProveSegments resuming from all of them proves nothing).
	if len(kept) != plan.Segments {
		t.Fatalf("%d segment proofs printed for %d segments", len(kept), plan.Segments)
	}
	vk := mustVK(t, keys)
	have := map[int]*longrun.SegmentProof{}
	for i, b := range kept {
		sp, err := longrun.DecodeSegmentProof(b, provertest.SegmentClass, vk)
		if err != nil {
			t.Fatalf("segment proof %d: %v", i, err)
		}
		if sp.Index != i {
			t.Fatalf("segment proof %d has index %d", i, sp.Index)
		}
		if i > 0 && have[i-1].Segment.Out.Digest() != sp.Segment.In.Digest() {
			t.Fatalf("segment %d does not start where segment %d ends", i, i-1)
		}
		have[i] = sp
	}
	if _, err := longrun.ProveSegments(ctx, plan, prog, in, executor.Config{}, []longrun.SegmentProver{refuseProver{}}, have, nil, nil); err != nil {
		t.Fatalf("the owner's segment proofs against the run: %v", err)
	}

	// The queue empties (the tasks the first owner left are acknowledged or
	// removed) and the workers' published proofs (their member records,
	// after their next heartbeat) are the results in the stream.
	wctx, wcancel := context.WithTimeout(ctx, 2*time.Minute)
	defer wcancel()
	var last *Status
	var proofs int64
	err = pollUntil(wctx, "the queue is empty and the workers' proofs are the results", func() bool {
		s, err := f.Status(wctx)
		if err != nil {
			return false
		}
		last, proofs = s, 0
		for _, m := range s.Members {
			proofs += m.Proofs
		}
		return len(s.Members) == 2 && s.Queued == 0 && s.Pending == 0 && s.InFlight == 0 && proofs == int64(s.Results)
	})
	if err != nil {
		b, _ := json.Marshal(last)
		t.Fatalf("%v: status %s", err, b)
	}

	// The results in the stream: one per segment, none an error; a second
	// one for a segment only from a task delivered again.
	results := jobResults(ctx, t, urls, token, jobID)
	if len(results) != int(last.Results) {
		t.Fatalf("%d results of the job, %d in the stream", len(results), last.Results)
	}
	bySeg := map[int][]*Result{}
	for _, r := range results {
		if r.Error != "" {
			t.Fatalf("segment %d: error result from %s: %s", r.Segment, r.Worker, r.Error)
		}
		bySeg[r.Segment] = append(bySeg[r.Segment], r)
	}
	workers := map[string]int{}
	for seg := range plan.Segments {
		rs := bySeg[seg]
		if len(rs) == 0 {
			t.Fatalf("segment %d: no result in the stream", seg)
		}
		first := 0
		for _, r := range rs {
			workers[r.Worker]++
			if r.Delivered <= 1 {
				first++
			}
		}
		if first > 1 {
			t.Fatalf("segment %d proven %d times from first deliveries of its task", seg, first)
		}
	}
	if len(bySeg) != plan.Segments {
		t.Fatalf("results for %d segments, want %d", len(bySeg), plan.Segments)
	}
	t.Logf("%d results for %d segments (%d from redelivered tasks), by worker %v", len(results), plan.Segments, len(results)-plan.Segments, workers)
}

// jobResults reads every result of the job in the results stream (its own
// connection: the subjects are the fleet's documented ones).
func jobResults(ctx context.Context, t *testing.T, urls []string, token, job string) []*Result {
	t.Helper()
	nc, err := nats.Connect(strings.Join(urls, ","), nats.Token(token))
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	tctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	s, err := js.Stream(tctx, ResultsStream)
	if err != nil {
		t.Fatal(err)
	}
	info, err := s.Info(tctx)
	if err != nil {
		t.Fatal(err)
	}
	var out []*Result
	prefix := "fleet.result." + job + "."
	for seq := info.State.FirstSeq; seq <= info.State.LastSeq && info.State.Msgs > 0; seq++ {
		m, err := s.GetMsg(tctx, seq)
		if errors.Is(err, jetstream.ErrMsgNotFound) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(m.Subject, prefix) {
			continue
		}
		var r Result
		if err := json.Unmarshal(m.Data, &r); err != nil {
			t.Fatalf("result #%d: %v", seq, err)
		}
		out = append(out, &r)
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].Segment < out[b].Segment })
	return out
}
