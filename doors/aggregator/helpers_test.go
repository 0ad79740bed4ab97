package aggregator

import (
	"context"
	"crypto/tls"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"
	"google.golang.org/grpc"

	"github.com/zkprover/zkprover/config"
	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/jobs"
	pb "github.com/zkprover/zkprover/proto/aggregator/v1"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/prover/longrun"
	"github.com/zkprover/zkprover/prover/provertest"
	"github.com/zkprover/zkprover/queue"
	"github.com/zkprover/zkprover/statement"
)

// The proving tests use the real Groth16 prover at provertest.Class (2^8
// steps); its keys are made once per machine and loaded once per test binary.
var shared provertest.Shared

func realProver(t testing.TB) *prover.Prover {
	t.Helper()
	return shared.Prover(t)
}

// openProver loads a prover for a test node (nil: none, the node stays
// BOOTING).
type openProver func(ctx context.Context) (jobs.Prover, error)

func openShared(t testing.TB) openProver {
	p := realProver(t)
	return func(context.Context) (jobs.Prover, error) { return p, nil }
}

func testLogger() zerolog.Logger {
	if os.Getenv("ZKPROVER_TEST_LOG") != "" {
		return zerolog.New(zerolog.ConsoleWriter{Out: os.Stderr}).With().Timestamp().Logger()
	}
	return zerolog.Nop()
}

// testNode is the aggregator door over a job service (a real Badger store,
// real workers when a prover is given), dialling aggregators on loopback.
// The whole node's assembly is tested in package node.
type testNode struct {
	store  *queue.Store
	jobs   *jobs.Service
	pool   *jobs.Pool
	client *Client
	cancel context.CancelFunc
	done   chan struct{}
	once   sync.Once
}

type nodeOpts struct {
	name     string
	forkID   uint64
	aggs     []string
	open     openProver
	watchdog time.Duration
	verifier OpenVerifier
	pending  int         // max pending jobs (0: the default)
	tls      *tls.Config // dial the aggregators over TLS
	// The job service's waiting cap (0: none), costly-step hook and request
	// bound (0: the default).
	maxWaiting int
	onCheck    func(step string, n int)
	maxRequest int
	relays     func() RelayStatuses // the chain side's relay statuses (nil: none)
	// The most pending jobs of one client (0: no cap, the store's
	// default), and the caps on pending work items
	// (Options.MaxPendingWork, MaxPendingWorkEach; 0: the defaults).
	pendingEach          int
	maxWork, maxWorkEach int
	// Long runs: batch jobs proven for aggregation with these keys (nil:
	// off).
	long *jobs.LongRuns
	keys *longrun.Keys
	// recursing is Options.Recursing.
	recursing func() func()
}

// Jobs is the job service the door serves.
func (tn *testNode) Jobs() *jobs.Service { return tn.jobs }

// Aggregators are the door's connections.
func (tn *testNode) Aggregators() []jobs.AggregatorConn { return tn.client.Connections() }

func startNode(t testing.TB, dir string, o nodeOpts) *testNode {
	t.Helper()
	def := config.Default()
	qo := queue.DefaultOptions()
	if o.pending > 0 {
		qo.MaxPending = o.pending
	}
	qo.MaxPendingPerOwner = o.pendingEach
	store, err := queue.Open(filepath.Join(dir, "queue"), qo)
	if err != nil {
		t.Fatal(err)
	}
	if o.maxRequest == 0 {
		o.maxRequest = def.Queue.MaxRequestBytes
	}
	js := jobs.New(store, jobs.Options{MaxRequestBytes: o.maxRequest, MaxWait: def.Jobs.MaxWait,
		MaxWaiting: o.maxWaiting, OnCheck: o.onCheck, Logger: testLogger(), LongRuns: o.long})
	co := Options{
		Addrs: o.aggs, ProverName: o.name, ForkID: o.forkID,
		Watchdog: def.Aggregators.Watchdog, Backoff: 20 * time.Millisecond, BackoffMax: 200 * time.Millisecond,
		DialTimeout: def.Aggregators.DialTimeout, FinalDir: filepath.Join(dir, "aggregator", "final"),
		Retention: def.Queue.Retention, Verifier: o.verifier, VersionProto: "v0_0_1", VersionServer: "test",
		Logger: testLogger(), Registry: prometheus.NewRegistry(),
		MaxPendingWork: o.maxWork, MaxPendingWorkEach: o.maxWorkEach,
	}
	if o.watchdog > 0 {
		co.Watchdog = o.watchdog
	}
	co.TLS = o.tls
	co.Relays = o.relays
	co.Recursing = o.recursing
	if o.long != nil {
		co.Tops = true
		co.LongRuns = func() *longrun.Keys { return o.keys }
	}
	c, err := New(js, co)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	tn := &testNode{store: store, jobs: js, client: c, cancel: cancel, done: make(chan struct{})}
	if o.open != nil {
		p, err := o.open(ctx)
		if err != nil {
			t.Fatal(err)
		}
		js.SetReady()
		tn.pool = js.StartWorkers(p, 1)
	}
	go func() { _ = c.Run(ctx); close(tn.done) }()
	t.Cleanup(tn.stop)
	return tn
}

// stop stops the door, then the workers (a running job is requeued), then
// the store, as the node does.
func (tn *testNode) stop() {
	tn.once.Do(func() {
		tn.jobs.Halt()
		tn.cancel()
		select {
		case <-tn.done:
		case <-time.After(30 * time.Second):
			panic("aggregator door did not stop")
		}
		if tn.pool != nil {
			tn.pool.Stop(100 * time.Millisecond)
		}
		_ = tn.store.Close()
	})
}

// testAgg is an aggregator written the way the upstream Go aggregator drives
// provers: it serves AggregatorService.Channel on loopback, handshakes with
// two GetStatus calls (recording prover_name and prover_id) and closes the
// stream when the prover's fork id is not its own; after that the test
// drives the stream in lockstep (one request, one answer), with empty ids.
type testAgg struct {
	pb.UnimplementedAggregatorServiceServer
	forkID   uint64
	lis      net.Listener
	srv      *grpc.Server
	provers  chan *proverConn
	rejected atomic.Int32 // streams closed for a fork id mismatch
	streams  atomic.Int32 // streams opened
}

func startAgg(t testing.TB, addr string, forkID uint64) *testAgg {
	t.Helper()
	return startAggWith(t, addr, forkID)
}

// startAggWith is startAgg with server options (e.g. TLS credentials).
func startAggWith(t testing.TB, addr string, forkID uint64, opts ...grpc.ServerOption) *testAgg {
	t.Helper()
	var lis net.Listener
	var err error
	for i := 0; i < 50; i++ { // the address of a stopped aggregator may take a moment to free
		if lis, err = net.Listen("tcp", addr); err == nil {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err != nil {
		t.Fatal(err)
	}
	a := &testAgg{forkID: forkID, lis: lis, srv: grpc.NewServer(opts...), provers: make(chan *proverConn, 16)}
	pb.RegisterAggregatorServiceServer(a.srv, a)
	go func() { _ = a.srv.Serve(lis) }()
	t.Cleanup(a.srv.Stop)
	return a
}

func (a *testAgg) addr() string { return a.lis.Addr().String() }

// proverConn is one handshaken prover stream.
type proverConn struct {
	name, id string
	stream   pb.AggregatorService_ChannelServer
	done     chan struct{}
	once     sync.Once
}

func (p *proverConn) close() { p.once.Do(func() { close(p.done) }) }

func (a *testAgg) Channel(stream pb.AggregatorService_ChannelServer) error {
	a.streams.Add(1)
	p := &proverConn{stream: stream, done: make(chan struct{})}
	st, err := p.status()
	if err != nil {
		return err
	}
	p.name, p.id = st.ProverName, st.ProverId
	if st, err = p.status(); err != nil {
		return err
	}
	if st.ForkId != a.forkID {
		a.rejected.Add(1)
		return nil // closes the stream, as upstream does
	}
	a.provers <- p
	select {
	case <-p.done:
	case <-stream.Context().Done():
	}
	return nil
}

// next waits for the next handshaken prover.
func (a *testAgg) next(t testing.TB) *proverConn {
	t.Helper()
	select {
	case p := <-a.provers:
		t.Cleanup(p.close)
		return p
	case <-time.After(30 * time.Second):
		t.Fatal("no prover connected")
		return nil
	}
}

// call sends one request and reads its answer, checking the echoed id.
func (p *proverConn) call(id string, req isRequest) (*pb.ProverMessage, error) {
	msg := &pb.AggregatorMessage{Id: id}
	req.set(msg)
	if err := p.stream.Send(msg); err != nil {
		return nil, err
	}
	resp, err := p.stream.Recv()
	if err != nil {
		return nil, err
	}
	if resp.Id != id {
		return nil, fmt.Errorf("answer carries id %q, request had %q", resp.Id, id)
	}
	return resp, nil
}

type isRequest interface{ set(*pb.AggregatorMessage) }

type reqFunc func(*pb.AggregatorMessage)

func (f reqFunc) set(m *pb.AggregatorMessage) { f(m) }

func statusReq() isRequest {
	return reqFunc(func(m *pb.AggregatorMessage) {
		m.Request = &pb.AggregatorMessage_GetStatusRequest{GetStatusRequest: &pb.GetStatusRequest{}}
	})
}

func batchReq(in *pb.InputProver) isRequest {
	return reqFunc(func(m *pb.AggregatorMessage) {
		m.Request = &pb.AggregatorMessage_GenBatchProofRequest{GenBatchProofRequest: &pb.GenBatchProofRequest{Input: in}}
	})
}

func getProofReq(id string, timeout uint64) isRequest {
	return reqFunc(func(m *pb.AggregatorMessage) {
		m.Request = &pb.AggregatorMessage_GetProofRequest{GetProofRequest: &pb.GetProofRequest{Id: id, Timeout: timeout}}
	})
}

func cancelReq(id string) isRequest {
	return reqFunc(func(m *pb.AggregatorMessage) {
		m.Request = &pb.AggregatorMessage_CancelRequest{CancelRequest: &pb.CancelRequest{Id: id}}
	})
}

func finalReq(rp, addr string) isRequest {
	return reqFunc(func(m *pb.AggregatorMessage) {
		m.Request = &pb.AggregatorMessage_GenFinalProofRequest{GenFinalProofRequest: &pb.GenFinalProofRequest{RecursiveProof: rp, AggregatorAddr: addr}}
	})
}

func (p *proverConn) status() (*pb.GetStatusResponse, error) {
	resp, err := p.call("", statusReq())
	if err != nil {
		return nil, err
	}
	st := resp.GetGetStatusResponse()
	if st == nil {
		return nil, errors.New("GetStatus answered with another type")
	}
	return st, nil
}

func (p *proverConn) mustStatus(t testing.TB) *pb.GetStatusResponse {
	t.Helper()
	st, err := p.status()
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func (p *proverConn) genBatch(t testing.TB, in *pb.InputProver) *pb.GenBatchProofResponse {
	t.Helper()
	resp, err := p.call("", batchReq(in))
	if err != nil {
		t.Fatal(err)
	}
	r := resp.GetGenBatchProofResponse()
	if r == nil {
		t.Fatalf("GenBatchProof answered with %T", resp.Response)
	}
	return r
}

func (p *proverConn) getProof(t testing.TB, id string, timeout uint64) *pb.GetProofResponse {
	t.Helper()
	resp, err := p.call("", getProofReq(id, timeout))
	if err != nil {
		t.Fatal(err)
	}
	r := resp.GetGetProofResponse()
	if r == nil {
		t.Fatalf("GetProof answered with %T", resp.Response)
	}
	return r
}

// poll asks GetProof (timeout unset) until the answer is not PENDING, as the
// upstream aggregator does.
func (p *proverConn) poll(t testing.TB, id string) *pb.GetProofResponse {
	t.Helper()
	deadline := time.Now().Add(3 * time.Minute)
	for time.Now().Before(deadline) {
		r := p.getProof(t, id, 0)
		if r.Result != pb.GetProofResponse_RESULT_PENDING {
			return r
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("job %s still pending", id)
	return nil
}

func readExample(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "examples", name, name+".elf"))
	if err != nil {
		t.Fatalf("reading example %s: %v", name, err)
	}
	return b
}

func words(ws ...uint32) []byte {
	b := make([]byte, 4*len(ws))
	for i, w := range ws {
		binary.LittleEndian.PutUint32(b[4*i:], w)
	}
	return b
}

// aggInput is the aggregator.v1 InputProver of running elf on in (the
// job service's SpecOf carried in the aggregator's fields).
func aggInput(t testing.TB, elf []byte, in *executor.Input, nonce uint64, withELF bool) *pb.InputProver {
	t.Helper()
	prog, err := executor.LoadELF(elf, executor.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	sp, err := jobs.SpecOf(prog, in, nonce, 1<<20, common.Address{})
	if err != nil {
		t.Fatal(err)
	}
	root := jobs.FieldBytes(statement.StateRoot(in.State))
	out := &pb.InputProver{
		PublicInputs: &pb.PublicInputs{
			OldStateRoot:   root[:],
			OldBatchNum:    in.Context.BatchNum,
			ChainId:        in.Context.ChainID,
			TimestampLimit: in.Context.Timestamp,
			SequencerAddr:  "0x" + hex.EncodeToString(in.Context.Sequencer[:]),
			BatchL2Data:    sp.JobRequest,
		},
		Db:            jobs.FormatState(in.State),
		OffchainInput: in.Offchain,
	}
	if withELF {
		id := jobs.FieldBytes(prog.ID)
		out.ContractsBytecode = map[string]string{"0x" + hex.EncodeToString(id[:]): "0x" + hex.EncodeToString(elf)}
	}
	return out
}

// waitFor polls cond until it holds.
func waitFor(t testing.TB, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		if cond() {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("timed out waiting for %s", what)
}
