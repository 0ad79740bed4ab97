package aggregator

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"

	"github.com/zkprover/zkprover/executor"
	pb "github.com/zkprover/zkprover/proto/aggregator/v1"
	"github.com/zkprover/zkprover/queue"
)

func metricValue(t *testing.T, m prometheus.Metric) float64 {
	t.Helper()
	var out dto.Metric
	if err := m.Write(&out); err != nil {
		t.Fatal(err)
	}
	switch {
	case out.Gauge != nil:
		return out.Gauge.GetValue()
	case out.Counter != nil:
		return out.Counter.GetValue()
	}
	t.Fatalf("metric %v is neither a gauge nor a counter", m.Desc())
	return 0
}

// These tests need no proof: the nodes have no prover, so jobs stay queued.

func TestHandshakeAndStatus(t *testing.T) {
	agg := startAgg(t, "127.0.0.1:0", 7)
	tn := startNode(t, t.TempDir(), nodeOpts{name: "prover-a", forkID: 7, aggs: []string{agg.addr()}})
	p := agg.next(t)
	if p.name != "prover-a" {
		t.Errorf("prover_name %q", p.name)
	}
	if _, err := uuid.Parse(p.id); err != nil || p.id != tn.client.ProverID() {
		t.Errorf("prover_id %q (client %q)", p.id, tn.client.ProverID())
	}
	st := p.mustStatus(t)
	if st.ForkId != 7 || st.NumberOfCores == 0 || st.TotalMemory == 0 || st.FreeMemory == 0 || st.FreeMemory > st.TotalMemory {
		t.Errorf("status %v", st)
	}
	if st.Status != pb.GetStatusResponse_STATUS_BOOTING || st.VersionProto != "v0_0_1" || st.VersionServer == "" {
		t.Errorf("status %v: want BOOTING (no prover) and versions", st)
	}
	// The door reports the connection (the node's GetStatus shows it: package node).
	conns := tn.Aggregators()
	if len(conns) != 1 || conns[0].Addr != agg.addr() || conns[0].State != "connected" || conns[0].Connects != 1 || conns[0].Requests < 2 {
		t.Errorf("connections %+v", conns)
	}
	if conns[0].Since.IsZero() {
		t.Error("connection without a since time")
	}
	if v := metricValue(t, tn.client.metrics.connected.WithLabelValues(agg.addr())); v != 1 {
		t.Errorf("connected gauge %v", v)
	}
	if v := metricValue(t, tn.client.metrics.requests.WithLabelValues("GetStatus", "STATUS_BOOTING")); v < 3 {
		t.Errorf("GetStatus counter %v", v)
	}
	// Ids are echoed, also non-empty ones, and answers come in order.
	for _, id := range []string{"a", "", "b-7"} {
		if _, err := p.call(id, statusReq()); err != nil {
			t.Fatal(err)
		}
	}
}

func TestMalformedRequestsKeepTheStream(t *testing.T) {
	agg := startAgg(t, "127.0.0.1:0", 1)
	tn := startNode(t, t.TempDir(), nodeOpts{name: "p", forkID: 1, aggs: []string{agg.addr()}})
	p := agg.next(t)
	fib := readExample(t, "fibonacci")
	good := aggInput(t, fib, &executor.Input{Onchain: words(5)}, 1, true)

	badJob := aggInput(t, fib, &executor.Input{Onchain: words(5)}, 2, true)
	badJob.PublicInputs.BatchL2Data = []byte{1, 2, 3}
	badRoot := aggInput(t, fib, &executor.Input{Onchain: words(5)}, 3, true)
	badRoot.PublicInputs.OldStateRoot = make([]byte, 32)
	badRoot.PublicInputs.OldStateRoot[0] = 1
	badFork := aggInput(t, fib, &executor.Input{Onchain: words(5)}, 4, true)
	badFork.PublicInputs.ForkId = 2
	noELF := aggInput(t, readExample(t, "sort"), &executor.Input{}, 5, false)
	for name, in := range map[string]*pb.InputProver{
		"no input": nil, "no public inputs": {}, "bad job request": badJob, "state root mismatch": badRoot,
		"other fork": badFork, "unknown program": noELF,
	} {
		r := p.genBatch(t, in)
		if r.Result != pb.Result_RESULT_ERROR || r.Id != "" {
			t.Errorf("GenBatchProof with %s: %v", name, r)
		}
	}
	for _, id := range []string{"", "not-a-uuid", uuid.NewString()} {
		if r := p.getProof(t, id, 0); r.Result != pb.GetProofResponse_RESULT_ERROR || r.Id != id || r.ResultString == "" {
			t.Errorf("GetProof %q: %v", id, r)
		}
	}
	resp, err := p.call("m", reqFunc(func(m *pb.AggregatorMessage) {
		m.Request = &pb.AggregatorMessage_GenAggregatedProofRequest{GenAggregatedProofRequest: &pb.GenAggregatedProofRequest{RecursiveProof_1: "{}", RecursiveProof_2: "{}"}}
	}))
	if err != nil || resp.GetGenAggregatedProofResponse().GetResult() != pb.Result_RESULT_ERROR {
		t.Errorf("GenAggregatedProof: %v %v", resp, err)
	}
	resp, err = p.call("", reqFunc(func(m *pb.AggregatorMessage) {
		m.Request = &pb.AggregatorMessage_GenStatelessBatchProofRequest{GenStatelessBatchProofRequest: &pb.GenStatelessBatchProofRequest{}}
	}))
	if err != nil || resp.GetGenBatchProofResponse().GetResult() != pb.Result_RESULT_ERROR {
		t.Errorf("GenStatelessBatchProof: %v %v", resp, err)
	}
	for _, rp := range []string{"", "{", `{"version":1}`} {
		resp, err = p.call("", finalReq(rp, "0xabc"))
		if err != nil || resp.GetGenFinalProofResponse().GetResult() != pb.Result_RESULT_ERROR {
			t.Errorf("GenFinalProof %q: %v %v", rp, resp, err)
		}
	}
	// A request of no known type is answered with its id alone.
	resp, err = p.call("empty", reqFunc(func(*pb.AggregatorMessage) {}))
	if err != nil || resp.Response != nil {
		t.Errorf("empty request: %v %v", resp, err)
	}
	// Nothing was queued; the stream is the same and still serves.
	if n := tn.Jobs().Store().Counts()[queue.Queued]; n != 0 {
		t.Errorf("%d jobs queued by refused requests", n)
	}
	if r := p.genBatch(t, good); r.Result != pb.Result_RESULT_OK {
		t.Errorf("good GenBatchProof after the bad ones: %v", r)
	}
	if c := tn.Aggregators()[0]; c.Connects != 1 || agg.streams.Load() != 1 {
		t.Errorf("stream was redialled: %+v", c)
	}
}

func TestCancel(t *testing.T) {
	agg := startAgg(t, "127.0.0.1:0", 0)
	tn := startNode(t, t.TempDir(), nodeOpts{aggs: []string{agg.addr()}})
	p := agg.next(t)
	r := p.genBatch(t, aggInput(t, readExample(t, "fibonacci"), &executor.Input{Onchain: words(6)}, 1, true))
	if r.Result != pb.Result_RESULT_OK {
		t.Fatal(r)
	}
	if g := p.getProof(t, r.Id, 0); g.Result != pb.GetProofResponse_RESULT_PENDING {
		t.Fatalf("before cancel: %v", g)
	}
	st := p.mustStatus(t)
	if len(st.PendingRequestQueueIds) != 1 || st.PendingRequestQueueIds[0] != r.Id {
		t.Errorf("pending %v", st.PendingRequestQueueIds)
	}
	resp, err := p.call("", cancelReq(r.Id))
	if err != nil || resp.GetCancelResponse().GetResult() != pb.Result_RESULT_OK {
		t.Fatalf("Cancel: %v %v", resp, err)
	}
	if g := p.getProof(t, r.Id, 0); g.Result != pb.GetProofResponse_RESULT_CANCEL {
		t.Errorf("after cancel: %v", g)
	}
	if j, _ := tn.Jobs().Get(context.Background(), r.Id); j.State != queue.Cancelled {
		t.Errorf("job state %s", j.State)
	}
	for _, id := range []string{r.Id, "", "x", uuid.NewString()} {
		resp, err := p.call("", cancelReq(id))
		if err != nil || resp.GetCancelResponse().GetResult() != pb.Result_RESULT_ERROR {
			t.Errorf("Cancel %q: %v %v", id, resp, err)
		}
	}
}

func TestForkIDMismatch(t *testing.T) {
	agg := startAgg(t, "127.0.0.1:0", 9)
	tn := startNode(t, t.TempDir(), nodeOpts{forkID: 7, aggs: []string{agg.addr()}})
	waitFor(t, "three rejected handshakes", func() bool { return agg.rejected.Load() >= 3 })
	select {
	case p := <-agg.provers:
		t.Fatalf("prover %s of fork 7 accepted by an aggregator of fork 9", p.name)
	default:
	}
	c := tn.Aggregators()[0]
	if c.Connects < 3 || !strings.Contains(c.LastError, "closed the stream") {
		t.Errorf("connection %+v", c)
	}
}

func TestOneProverTwoAggregators(t *testing.T) {
	a1 := startAgg(t, "127.0.0.1:0", 3)
	a2 := startAgg(t, "127.0.0.1:0", 3)
	tn := startNode(t, t.TempDir(), nodeOpts{name: "both", forkID: 3, aggs: []string{a1.addr(), a2.addr()}})
	p1, p2 := a1.next(t), a2.next(t)
	if p1.id != p2.id || p1.name != "both" || p2.name != "both" {
		t.Errorf("one prover shows as %s/%s and %s/%s", p1.name, p1.id, p2.name, p2.id)
	}
	fib := readExample(t, "fibonacci")
	r1 := p1.genBatch(t, aggInput(t, fib, &executor.Input{Onchain: words(3)}, 1, true))
	r2 := p2.genBatch(t, aggInput(t, fib, &executor.Input{Onchain: words(4)}, 2, false)) // the program is known now
	if r1.Result != pb.Result_RESULT_OK || r2.Result != pb.Result_RESULT_OK || r1.Id == r2.Id {
		t.Fatalf("%v %v", r1, r2)
	}
	// One node, one queue, and each aggregator's jobs its own (the node dialled it): each
	// sees its job pending, and the other's as an unknown id.
	for _, c := range []struct {
		p           *proverConn
		own, others string
	}{{p1, r1.Id, r2.Id}, {p2, r2.Id, r1.Id}} {
		if st := c.p.mustStatus(t); len(st.PendingRequestQueueIds) != 1 || st.PendingRequestQueueIds[0] != c.own {
			t.Errorf("pending %v, want [%s]", st.PendingRequestQueueIds, c.own)
		}
		if g := c.p.getProof(t, c.own, 0); g.Result != pb.GetProofResponse_RESULT_PENDING {
			t.Errorf("GetProof of its own job %s: %v", c.own, g)
		}
		if g := c.p.getProof(t, c.others, 0); g.Result != pb.GetProofResponse_RESULT_ERROR || !strings.Contains(g.ResultString, "unknown id") {
			t.Errorf("GetProof of the other aggregator's job %s: %v", c.others, g)
		}
	}
	if n := len(tn.store.Pending()); n != 2 {
		t.Errorf("%d jobs queued, want both", n)
	}
	// A GetProof timeout waits (up to that many seconds) before answering.
	start := time.Now()
	if g := p1.getProof(t, r1.Id, 1); g.Result != pb.GetProofResponse_RESULT_PENDING {
		t.Errorf("GetProof with a timeout: %v", g)
	}
	if d := time.Since(start); d < 900*time.Millisecond {
		t.Errorf("GetProof with a 1 s timeout on a queued job answered after %s", d)
	}
	conns := tn.Aggregators()
	if len(conns) != 2 || conns[0].State != "connected" || conns[1].State != "connected" {
		t.Errorf("connections %+v", conns)
	}
}

func TestWatchdogRedials(t *testing.T) {
	const watchdog = 3 * time.Second
	agg := startAgg(t, "127.0.0.1:0", 0)
	// Before the node dials: the first stream's last answer (when its watchdog was last
	// reset) is later, so the redial comes at least a watchdog period after this, however
	// slow the machine.
	start := time.Now()
	tn := startNode(t, t.TempDir(), nodeOpts{aggs: []string{agg.addr()}, watchdog: watchdog})
	p := agg.next(t) // handshaken, then silent
	p2 := agg.next(t)
	if d := time.Since(start); d < watchdog {
		t.Errorf("redialled %s after the node started, before the watchdog period", d)
	}
	if p2.id != p.id {
		t.Errorf("prover id changed on redial: %s -> %s", p.id, p2.id)
	}
	waitFor(t, "the watchdog reason", func() bool {
		c := tn.Aggregators()[0]
		return c.Connects >= 2 && strings.Contains(c.LastError, "watchdog")
	})
	// A busy stream is not dropped: requests every 100 ms for three watchdog periods.
	for end := time.Now().Add(3 * watchdog); time.Now().Before(end); {
		p2.mustStatus(t)
		time.Sleep(100 * time.Millisecond)
	}
	if agg.streams.Load() != 2 {
		t.Errorf("%d streams; the busy one was dropped", agg.streams.Load())
	}
}

func TestJitter(t *testing.T) {
	for _, d := range []time.Duration{0, 1, 2, time.Second, 30 * time.Second} {
		for i := 0; i < 100; i++ {
			if j := jitter(d); j < d/2 || j > d {
				t.Fatalf("jitter(%s) = %s", d, j)
			}
		}
	}
}
