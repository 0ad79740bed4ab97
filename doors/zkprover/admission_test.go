package zkprover

import (
	"context"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/wrapperspb"

	"github.com/zkprover/zkprover/auth"
	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/jobs"
	pb "github.com/zkprover/zkprover/proto/zkprover/v1"
	"github.com/zkprover/zkprover/queue"
)

// noRefill is an admission rate that adds no token during a test (one every
// 10^4 s): a burst of 1 admits exactly one request.
const noRefill = 0.0001

// TestExecuteAdmission: Execute requests are charged the caller's admission
// rate like GenProof: with a burst of one, the second Execute on a stream is
// refused (INTERNAL_ERROR: the node cannot take it now) without running.
func TestExecuteAdmission(t *testing.T) {
	td := startDoor(t, t.TempDir(), Reports{}, func(o *jobs.Options) { o.AdmissionRate, o.AdmissionBurst = noRefill, 1 })
	ctx := ctxT(t)
	fib := readExample(t, "fibonacci")
	stream, err := td.client.Execute(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []pb.ExecuteResponse_ResultExecute{pb.ExecuteResponse_RESULT_EXECUTE_COMPLETED_OK, pb.ExecuteResponse_RESULT_EXECUTE_INTERNAL_ERROR} {
		if err := stream.Send(&pb.ExecuteRequest{Input: input(t, fib, &executor.Input{Onchain: words(5)}, InputOptions{IncludeELF: true})}); err != nil {
			t.Fatal(err)
		}
		e, err := stream.Recv()
		if err != nil || e.Result != want {
			t.Fatalf("Execute %d: %v %q %v, want %v", i, e.GetResult(), e.GetResultString(), err, want)
		}
		if i == 1 && (!strings.Contains(e.ResultString, "admission rate") || e.Cycles != 0) {
			t.Fatalf("Execute over the rate: %q, %d cycles", e.ResultString, e.Cycles)
		}
	}
}

// TestExecuteConcurrencyCap: at most MaxExecutions runs without a proof are
// in progress at once (all streams together): with one running, an Execute
// on another stream is refused at once (INTERNAL_ERROR, too many
// executions); once it ends, the next one runs.
func TestExecuteConcurrencyCap(t *testing.T) {
	td := startDoor(t, t.TempDir(), Reports{}, func(o *jobs.Options) { o.MaxExecutions, o.MaxCycles = 1, 1<<27 })
	ctx := ctxT(t)
	fib := readExample(t, "fibonacci")
	// A run of 2^27 cycles, stopped by its caller once the other was refused.
	lctx, stopLong := context.WithCancel(ctx)
	defer stopLong()
	long, err := td.client.Execute(lctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := long.Send(&pb.ExecuteRequest{Input: input(t, fib, &executor.Input{Onchain: words(0xffffffff)}, InputOptions{IncludeELF: true, MaxCycles: 1 << 27})}); err != nil {
		t.Fatal(err)
	}
	short := func() *pb.ExecuteResponse {
		t.Helper()
		s, err := td.client.Execute(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Send(&pb.ExecuteRequest{Input: input(t, fib, &executor.Input{Onchain: words(5)}, InputOptions{IncludeELF: true})}); err != nil {
			t.Fatal(err)
		}
		e, err := s.Recv()
		if err != nil {
			t.Fatal(err)
		}
		return e
	}
	deadline := time.Now().Add(time.Minute)
	for td.jobs.Executing() != 1 {
		if time.Now().After(deadline) {
			t.Fatal("the long run never started")
		}
		time.Sleep(time.Millisecond)
	}
	if e := short(); e.Result != pb.ExecuteResponse_RESULT_EXECUTE_INTERNAL_ERROR || !strings.Contains(e.ResultString, "too many executions") {
		t.Fatalf("an Execute while another runs: %v %s", e.Result, e.ResultString)
	}
	stopLong()
	for {
		e := short()
		if e.Result == pb.ExecuteResponse_RESULT_EXECUTE_COMPLETED_OK {
			break
		}
		if !strings.Contains(e.ResultString, "too many executions") || time.Now().After(deadline) {
			t.Fatalf("an Execute after the long run stopped: %v %s", e.Result, e.ResultString)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestGenProofAdmittedFirst: a GenProof over the caller's rate is refused
// before any costly check (OnCheck sees none), and an accepted job with its
// ELF loads and hashes the ELF once (one CheckProgram), not again when it is
// queued.
func TestGenProofAdmittedFirst(t *testing.T) {
	var programs, costly atomic.Int32
	td := startDoor(t, t.TempDir(), Reports{}, func(o *jobs.Options) {
		o.AdmissionRate, o.AdmissionBurst = noRefill, 1
		o.OnCheck = func(step string, _ int) {
			costly.Add(1)
			if step == jobs.CheckProgram {
				programs.Add(1)
			}
		}
	})
	ctx := ctxT(t)
	fib := readExample(t, "fibonacci")
	g, err := td.client.GenProof(ctx, &pb.GenProofRequest{Input: input(t, fib, &executor.Input{Onchain: words(5)}, InputOptions{IncludeELF: true})})
	if err != nil || g.Result != pb.GenProofResponse_RESULT_GEN_PROOF_OK {
		t.Fatalf("%v %v", g, err)
	}
	if n := programs.Load(); n != 1 {
		t.Fatalf("an accepted job with its ELF loaded it %d times, want 1", n)
	}
	costly.Store(0)
	g, err = td.client.GenProof(ctx, &pb.GenProofRequest{Input: input(t, fib, &executor.Input{Onchain: words(6)}, InputOptions{IncludeELF: true})})
	if err != nil || g.Id != "" || !strings.Contains(g.ResultString, "admission rate") {
		t.Fatalf("a GenProof over the rate: %v %v", g, err)
	}
	if n := costly.Load(); n != 0 {
		t.Fatalf("a GenProof over the rate was refused after %d costly steps", n)
	}
	if n := len(td.store.Pending()); n != 1 {
		t.Fatalf("%d jobs queued, want 1", n)
	}
}

// TestGenProofRoomBeforeCostlyWork: with the queue full, a GenProof with
// its ELF is refused (queue full) before its ELF is loaded or any input
// hashed; a request invalid on its face is still told it is invalid.
func TestGenProofRoomBeforeCostlyWork(t *testing.T) {
	var costly atomic.Int32
	qo := queue.DefaultOptions()
	qo.MaxPending = 1
	td := startDoorOn(t, t.TempDir(), qo, Reports{}, func(o *jobs.Options) {
		o.OnCheck = func(string, int) { costly.Add(1) }
	})
	ctx := ctxT(t)
	fib := readExample(t, "fibonacci")
	g, err := td.client.GenProof(ctx, &pb.GenProofRequest{Input: input(t, fib, &executor.Input{Onchain: words(5)}, InputOptions{IncludeELF: true})})
	if err != nil || g.Result != pb.GenProofResponse_RESULT_GEN_PROOF_OK {
		t.Fatalf("%v %v", g, err)
	}
	costly.Store(0)
	g, err = td.client.GenProof(ctx, &pb.GenProofRequest{Input: input(t, fib, &executor.Input{Onchain: words(6)}, InputOptions{IncludeELF: true})})
	if err != nil || g.Id != "" || !strings.Contains(g.ResultString, "queue is full") {
		t.Fatalf("a GenProof with the queue full: %v %v", g, err)
	}
	if n := costly.Load(); n != 0 {
		t.Fatalf("a GenProof with the queue full was refused after %d costly steps", n)
	}
	if n := len(td.store.Pending()); n != 1 {
		t.Fatalf("%d jobs queued, want 1", n)
	}
}

// TestGetProofBadMessageEndsStream: a message the server cannot read on a
// GetProof stream ends the stream at once with its error, while a wait of
// an hour is in progress on it: the wait is stopped, not waited for. Two
// kinds: a message over the receive size bound (ResourceExhausted) and one
// that does not decode (a string field that is not UTF-8: Internal).
func TestGetProofBadMessageEndsStream(t *testing.T) {
	td := startDoor(t, t.TempDir(), Reports{}, func(o *jobs.Options) { o.MaxWait = time.Hour })
	ctx := ctxT(t)
	fib := readExample(t, "fibonacci")
	g, err := td.client.GenProof(ctx, &pb.GenProofRequest{Input: input(t, fib, &executor.Input{Onchain: words(5)}, InputOptions{IncludeELF: true})})
	if err != nil || g.Result != pb.GenProofResponse_RESULT_GEN_PROOF_OK {
		t.Fatalf("%v %v", g, err)
	}
	for _, c := range []struct {
		name string
		bad  proto.Message
		code codes.Code
	}{
		// Over the server's default receive bound (4 MiB).
		{"oversized", &pb.GetProofRequest{Id: strings.Repeat("x", 5<<20)}, codes.ResourceExhausted},
		// The wire form of GetProofRequest{id: "\xff"}: field 1, not UTF-8.
		{"undecodable", wrapperspb.Bytes([]byte{0xff}), codes.Internal},
	} {
		t.Run(c.name, func(t *testing.T) {
			sctx, cancel := context.WithCancel(ctx)
			defer cancel()
			stream, err := td.conn.NewStream(sctx, &grpc.StreamDesc{ServerStreams: true, ClientStreams: true}, "/"+ServiceName+"/GetProof")
			if err != nil {
				t.Fatal(err)
			}
			if err := stream.SendMsg(&pb.GetProofRequest{Id: g.Id, Timeout: 3600}); err != nil {
				t.Fatal(err)
			}
			deadline := time.Now().Add(time.Minute)
			for td.jobs.Waiting() != 1 {
				if time.Now().After(deadline) {
					t.Fatal("the wait never started")
				}
				time.Sleep(time.Millisecond)
			}
			if err := stream.SendMsg(c.bad); err != nil {
				t.Fatal(err)
			}
			got := make(chan error, 1)
			go func() {
				var r pb.GetProofResponse
				err := stream.RecvMsg(&r)
				if err == nil {
					err = fmt.Errorf("an answer: %v", &r)
				}
				got <- err
			}()
			select {
			case err := <-got:
				if status.Code(err) != c.code {
					t.Fatalf("the stream after a bad message: %v, want %v", err, c.code)
				}
			case <-time.After(30 * time.Second): // a hang guard: the wait is an hour
				t.Fatal("the stream hangs after a bad message (its wait of an hour holds it)")
			}
			for td.jobs.Waiting() != 0 {
				if time.Now().After(deadline) {
					t.Fatal("the wait still runs")
				}
				time.Sleep(time.Millisecond)
			}
		})
	}
}

// TestGetProofRecvErrorStopsWaits: when a GetProof stream's Recv fails
// (a message that cannot be read) while its context is still live, the
// handler stops the waits in progress and returns the error at once rather
// than hold the stream up to their timeouts. grpc-go (v1.85) cancels the
// stream's context itself when RecvMsg fails, so over gRPC the stream ended
// promptly already (TestGetProofBadMessageEndsStream); this stream, like one
// a wrapping interceptor fails, is not cancelled until the handler returns.
func TestGetProofRecvErrorStopsWaits(t *testing.T) {
	td := startDoor(t, t.TempDir(), Reports{}, func(o *jobs.Options) { o.MaxWait = time.Hour })
	ctx := ctxT(t)
	fib := readExample(t, "fibonacci")
	g, err := td.client.GenProof(ctx, &pb.GenProofRequest{Input: input(t, fib, &executor.Input{Onchain: words(5)}, InputOptions{IncludeELF: true})})
	if err != nil || g.Result != pb.GenProofResponse_RESULT_GEN_PROOF_OK {
		t.Fatalf("%v %v", g, err)
	}
	bad := status.Error(codes.ResourceExhausted, "grpc: received message larger than max")
	fs := &fakeGetProofStream{ctx: ctx, reqs: []*pb.GetProofRequest{{Id: g.Id, Timeout: 3600}}, err: bad,
		before: func() {
			deadline := time.Now().Add(time.Minute)
			for td.jobs.Waiting() != 1 && time.Now().Before(deadline) {
				time.Sleep(time.Millisecond)
			}
		}}
	done := make(chan error, 1)
	go func() { done <- td.door.GetProof(fs) }()
	select {
	case err := <-done:
		if status.Code(err) != codes.ResourceExhausted {
			t.Fatalf("GetProof after a failed Recv: %v", err)
		}
	case <-time.After(30 * time.Second): // a hang guard: the wait is an hour
		t.Fatal("GetProof waits for its waits after a failed Recv")
	}
	if n := td.jobs.Waiting(); n != 0 {
		t.Fatalf("%d waits still run", n)
	}
}

// fakeGetProofStream is a GetProof stream whose Recv answers reqs, then
// (after before) fails with err; Send records nothing.
type fakeGetProofStream struct {
	grpc.ServerStream
	ctx    context.Context
	reqs   []*pb.GetProofRequest
	err    error
	before func()
}

func (f *fakeGetProofStream) Context() context.Context { return f.ctx }

func (f *fakeGetProofStream) Recv() (*pb.GetProofRequest, error) {
	if len(f.reqs) > 0 {
		r := f.reqs[0]
		f.reqs = f.reqs[1:]
		return r, nil
	}
	f.before()
	return nil, f.err
}

func (f *fakeGetProofStream) Send(*pb.GetProofResponse) error { return nil }

// TestGetStatusFleetNonBlocking: GetStatus never waits on a fleet that does
// not answer: it answers "checking" while the first read is in progress, the
// fleet's line once a read answered, and that line (not a wait) while a
// later read hangs.
func TestGetStatusFleetNonBlocking(t *testing.T) {
	var calls atomic.Int32
	fleet := func(ctx context.Context) string {
		if n := calls.Add(1); n != 2 {
			<-ctx.Done() // the fleet does not answer
			return "unreachable: " + ctx.Err().Error()
		}
		return "3 members"
	}
	td := startDoor(t, t.TempDir(), Reports{Fleet: fleet}, nil)
	// Every call starts a read. A hung read ends after the timeout: long enough that the
	// read the last calls below may leave hanging does not end (replacing the line with
	// its "unreachable") before the final call, on a loaded machine too.
	td.door.fleet.timeout, td.door.fleet.every = 5*time.Second, 0
	ctx := ctxT(t)
	line := func() string {
		t.Helper()
		done := make(chan *pb.GetStatusResponse, 1)
		errc := make(chan error, 1)
		go func() {
			st, err := td.client.GetStatus(ctx, &pb.GetStatusRequest{})
			if err != nil {
				errc <- err
				return
			}
			done <- st
		}()
		select {
		case st := <-done:
			return st.Fleet
		case err := <-errc:
			t.Fatal(err)
		case <-time.After(20 * time.Second): // a hang guard: a fleet read blocks until its context ends
			t.Fatal("GetStatus waits on the fleet")
		}
		return ""
	}
	if f := line(); f != FleetChecking {
		t.Fatalf("GetStatus while the fleet does not answer: %q", f)
	}
	deadline := time.Now().Add(time.Minute)
	for f := line(); f != "3 members"; f = line() {
		if time.Now().After(deadline) {
			t.Fatalf("the fleet line is still %q", f)
		}
		time.Sleep(10 * time.Millisecond)
	}
	// The next read hangs: the line read last is answered meanwhile.
	if f := line(); f != "3 members" {
		t.Fatalf("GetStatus while a later read hangs: %q", f)
	}
}

// TestGetStatusDetailsForAdmins: the aggregator connections (addresses,
// last errors) and the fleet's line are shown to an admin only; a client
// with a read or submit token sees the prover's state without them.
func TestGetStatusDetailsForAdmins(t *testing.T) {
	aggs := func() []jobs.AggregatorConn {
		return []jobs.AggregatorConn{{Addr: "10.0.0.7:50081", State: "connected", LastError: "dial tcp 10.0.0.7:50081: refused"}}
	}
	td := startDoor(t, t.TempDir(), Reports{Aggregators: aggs, Fleet: func(context.Context) string { return "3 members" }}, nil)
	for _, c := range []struct {
		role  auth.Role
		shown bool
	}{{auth.Read, false}, {auth.Submit, false}, {auth.Admin, true}} {
		ctx := auth.With(context.Background(), auth.Principal{Name: "c", Role: c.role})
		st := td.door.Status(ctx)
		if got := len(st.GetAggregators()) > 0 || st.GetFleet() != ""; got != c.shown {
			t.Errorf("role %v: aggregators %v, fleet %q: shown %v, want %v", c.role, st.GetAggregators(), st.GetFleet(), got, c.shown)
		}
		if st.GetVersionServer() == "" {
			t.Errorf("role %v: no server version", c.role)
		}
	}
}
