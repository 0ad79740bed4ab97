package node

import (
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"google.golang.org/grpc"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protodesc"
	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/reflect/protoregistry"
	"google.golang.org/protobuf/types/descriptorpb"
	"google.golang.org/protobuf/types/dynamicpb"

	"github.com/zkprover/zkprover/config"
	"github.com/zkprover/zkprover/doors/zkprover"
	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/jobs"
	pb "github.com/zkprover/zkprover/proto/zkprover/v1"
	"github.com/zkprover/zkprover/statement"
)

// These tests run a node without a prover (it stays BOOTING): admission,
// validation, lookup, cancel of queued jobs and Execute. The proving tests
// are in prove_test.go.

func TestGenProofQueuesAndStatus(t *testing.T) {
	tn := startNode(t, t.TempDir(), nil, nil)
	ctx := ctxT(t)
	elf := readExample(t, "fibonacci")
	st, err := tn.client.GetStatus(ctx, &pb.GetStatusRequest{})
	if err != nil {
		t.Fatal(err)
	}
	if st.State != pb.GetStatusResponse_STATUS_PROVER_BOOTING || st.VersionProto != "v0_0_1" || st.VersionServer == "" {
		t.Fatalf("status %v", st)
	}
	r1, err := tn.client.GenProof(ctx, &pb.GenProofRequest{Input: input(t, elf, &executor.Input{Onchain: words(10)}, zkprover.InputOptions{IncludeELF: true})})
	if err != nil {
		t.Fatal(err)
	}
	if r1.Result != pb.GenProofResponse_RESULT_GEN_PROOF_OK {
		t.Fatalf("GenProof: %v %s", r1.Result, r1.ResultString)
	}
	if _, err := uuid.Parse(r1.Id); err != nil {
		t.Fatalf("id %q: %v", r1.Id, err)
	}
	// the program is now known: a second job may leave the ELF out
	r2, err := tn.client.GenProof(ctx, &pb.GenProofRequest{Input: input(t, elf, &executor.Input{Onchain: words(11)}, zkprover.InputOptions{Nonce: 1})})
	if err != nil || r2.Result != pb.GenProofResponse_RESULT_GEN_PROOF_OK {
		t.Fatalf("GenProof by program id: %v %v", r2, err)
	}
	st, _ = tn.client.GetStatus(ctx, &pb.GetStatusRequest{})
	if fmt.Sprint(st.PendingRequestQueueIds) != fmt.Sprint([]string{r1.Id, r2.Id}) {
		t.Fatalf("pending %v, want [%s %s]", st.PendingRequestQueueIds, r1.Id, r2.Id)
	}
	if st.CurrentComputingRequestId != "" || st.LastComputedRequestId != "" {
		t.Fatalf("status %v", st)
	}

	// GetProof: PENDING at once, and PENDING after waiting 1 s.
	stream, err := tn.client.GetProof(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := stream.Send(&pb.GetProofRequest{Id: r1.Id}); err != nil {
		t.Fatal(err)
	}
	resp, err := stream.Recv()
	if err != nil || resp.Id != r1.Id || resp.Result != pb.GetProofResponse_RESULT_GET_PROOF_PENDING {
		t.Fatalf("GetProof now: %v %v", resp, err)
	}
	start := time.Now()
	if err := stream.Send(&pb.GetProofRequest{Id: r1.Id, Timeout: 1}); err != nil {
		t.Fatal(err)
	}
	resp, err = stream.Recv()
	if err != nil || resp.Result != pb.GetProofResponse_RESULT_GET_PROOF_PENDING {
		t.Fatalf("GetProof after timeout: %v %v", resp, err)
	}
	if waited := time.Since(start); waited < time.Second {
		t.Fatalf("GetProof with timeout 1 answered after %v", waited)
	}
	if err := stream.CloseSend(); err != nil {
		t.Fatal(err)
	}
	if _, err := stream.Recv(); !errors.Is(err, io.EOF) {
		t.Fatalf("stream end: %v", err)
	}

	// health: not serving while booting
	h, err := healthpb.NewHealthClient(tn.conn).Check(ctx, &healthpb.HealthCheckRequest{Service: zkprover.ServiceName})
	if err != nil || h.Status != healthpb.HealthCheckResponse_NOT_SERVING {
		t.Fatalf("health while booting: %v %v", h, err)
	}
	// metrics endpoint
	res, err := http.Get("http://" + tn.MetricsAddr().String() + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	_ = res.Body.Close()
	for _, want := range []string{`zkprover_jobs{state="queued"} 2`, `zkprover_requests_total{result="RESULT_GEN_PROOF_OK",rpc="GenProof"} 2`, "zkprover_prover_ready 0", "zkprover_store_job_bytes ", "zkprover_store_quarantined 0"} {
		if !strings.Contains(string(body), want) {
			t.Errorf("metrics lack %q", want)
		}
	}
}

// storeKeys counts the keys in the node's store folder by listing what the
// store holds: no jobs and no programs.
func assertNothingStored(t *testing.T, tn *testNode, programID string) {
	t.Helper()
	c := tn.store.Counts()
	for st, n := range c {
		if n != 0 {
			t.Errorf("%d jobs %s after refused requests", n, st)
		}
	}
	if len(tn.store.Pending()) != 0 {
		t.Errorf("pending %v", tn.store.Pending())
	}
	if programID != "" {
		if _, err := tn.store.Program(programID); err == nil {
			t.Errorf("program %s stored by a refused request", programID)
		}
	}
}

func TestGenProofRefusesMalformed(t *testing.T) {
	tn := startNode(t, t.TempDir(), nil, func(c *config.Config) { c.Queue.MaxRequestBytes = 64 << 10 })
	ctx := ctxT(t)
	elf := readExample(t, "fibonacci")
	prog := loadProgram(t, elf)
	other := readExample(t, "sort")
	good := func() *pb.InputProver {
		return input(t, elf, &executor.Input{Onchain: words(3), State: []statement.KV{{Key: 1, Value: 5}}}, zkprover.InputOptions{IncludeELF: true})
	}
	cases := []struct {
		name string
		mut  func(in *pb.InputProver)
		want string
	}{
		{"nil input", nil, "input is missing"},
		{"bad hex batch", func(in *pb.InputProver) { in.BatchL2Data = "0xzz" }, "not valid hex"},
		{"empty batch", func(in *pb.InputProver) { in.BatchL2Data = "" }, "batch_l2_data is empty"},
		{"undecodable job", func(in *pb.InputProver) { in.BatchL2Data = "0x" + strings.Repeat("ab", 40) }, "decoding job request"},
		{"truncated job", func(in *pb.InputProver) { in.BatchL2Data = in.BatchL2Data[:len(in.BatchL2Data)-2] }, "job request"},
		{"wrong program id", func(in *pb.InputProver) {
			for k := range in.ContractsBytecode {
				in.ContractsBytecode[k] = "0x" + hex.EncodeToString(other)
			}
		}, "program id mismatch"},
		{"key not the job's program", func(in *pb.InputProver) {
			in.ContractsBytecode = map[string]string{"0x" + strings.Repeat("00", 32): "0x" + hex.EncodeToString(elf)}
		}, "is not the job's program id"},
		{"bad hex elf", func(in *pb.InputProver) {
			for k := range in.ContractsBytecode {
				in.ContractsBytecode[k] = "0xnothex"
			}
		}, "not valid hex"},
		{"not an ELF", func(in *pb.InputProver) {
			for k := range in.ContractsBytecode {
				in.ContractsBytecode[k] = "0x00112233"
			}
		}, "bad ELF"},
		{"unknown program", func(in *pb.InputProver) { in.ContractsBytecode = nil }, "unknown program"},
		{"state root mismatch", func(in *pb.InputProver) { in.Db["0x00000001"] = "0x00000006" }, "state root mismatch"},
		{"bad db key", func(in *pb.InputProver) { in.Db["0xnope"] = "0x1" }, "db key"},
		{"old_state_root mismatch", func(in *pb.InputProver) { in.PublicInputs.OldStateRoot = "0x" + strings.Repeat("11", 32) }, "old state root"},
		{"offchain hash mismatch", func(in *pb.InputProver) { in.OffchainInput = []byte("x") }, "offchain input hash mismatch"},
		{"bad sequencer", func(in *pb.InputProver) { in.PublicInputs.SequencerAddr = "0x1234" }, "sequencer_addr"},
		{"oversize", func(in *pb.InputProver) { in.OffchainInput = make([]byte, 70<<10) }, "exceeds"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var in *pb.InputProver
			if c.mut != nil {
				in = good()
				c.mut(in)
			}
			resp, err := tn.client.GenProof(ctx, &pb.GenProofRequest{Input: in})
			if err != nil {
				t.Fatal(err)
			}
			if resp.Result != pb.GenProofResponse_RESULT_GEN_PROOF_ERROR || resp.Id != "" {
				t.Fatalf("result %v id %q (%s), want ERROR and no id", resp.Result, resp.Id, resp.ResultString)
			}
			if !strings.Contains(resp.ResultString, c.want) {
				t.Fatalf("reason %q does not mention %q", resp.ResultString, c.want)
			}
		})
	}
	assertNothingStored(t, tn, prog.IDHex())

	// a request over the gRPC message limit is refused by gRPC itself
	big := good()
	big.OffchainInput = make([]byte, 200<<10)
	if _, err := tn.client.GenProof(ctx, &pb.GenProofRequest{Input: big}); err == nil {
		t.Fatal("message over the gRPC limit accepted")
	}
	assertNothingStored(t, tn, prog.IDHex())
}

func TestQueueFull(t *testing.T) {
	tn := startNode(t, t.TempDir(), nil, func(c *config.Config) { c.Queue.MaxPending = 2 })
	ctx := ctxT(t)
	elf := readExample(t, "fibonacci")
	for i := 0; i < 3; i++ {
		resp, err := tn.client.GenProof(ctx, &pb.GenProofRequest{Input: input(t, elf, &executor.Input{Onchain: words(uint32(i))}, zkprover.InputOptions{IncludeELF: true, Nonce: uint64(i)})})
		if err != nil {
			t.Fatal(err)
		}
		want := pb.GenProofResponse_RESULT_GEN_PROOF_OK
		if i == 2 {
			want = pb.GenProofResponse_RESULT_GEN_PROOF_INTERNAL_ERROR
		}
		if resp.Result != want {
			t.Fatalf("job %d: %v %s", i, resp.Result, resp.ResultString)
		}
		if i == 2 && (!strings.Contains(resp.ResultString, "queue is full") || resp.Id != "") {
			t.Fatalf("full queue answer %v", resp)
		}
	}
	if n := len(tn.store.Pending()); n != 2 {
		t.Fatalf("%d pending", n)
	}
}

// TestDiskLow: with less free space on the data folder's disk than min-free-disk, a job is
// refused as the node cannot take it now (INTERNAL_ERROR, not ERROR: the request is fine),
// and neither it nor its new program is stored.
func TestDiskLow(t *testing.T) {
	tn := startNode(t, t.TempDir(), nil, func(c *config.Config) { c.Queue.MinFreeDisk = 1 << 62 })
	ctx := ctxT(t)
	elf := readExample(t, "fibonacci")
	resp, err := tn.client.GenProof(ctx, &pb.GenProofRequest{Input: input(t, elf, &executor.Input{Onchain: words(3)}, zkprover.InputOptions{IncludeELF: true})})
	if err != nil {
		t.Fatal(err)
	}
	if resp.Result != pb.GenProofResponse_RESULT_GEN_PROOF_INTERNAL_ERROR || !strings.Contains(resp.ResultString, "min-free-disk") || resp.Id != "" {
		t.Fatalf("a job with the disk below its reserve: %v %s", resp.Result, resp.ResultString)
	}
	assertNothingStored(t, tn, loadProgram(t, elf).IDHex())
}

func TestCancelQueuedAndGetProofCodes(t *testing.T) {
	tn := startNode(t, t.TempDir(), nil, nil)
	ctx := ctxT(t)
	elf := readExample(t, "fibonacci")
	r, err := tn.client.GenProof(ctx, &pb.GenProofRequest{Input: input(t, elf, &executor.Input{Onchain: words(4)}, zkprover.InputOptions{IncludeELF: true})})
	if err != nil || r.Result != pb.GenProofResponse_RESULT_GEN_PROOF_OK {
		t.Fatalf("%v %v", r, err)
	}
	stream, err := tn.client.GetProof(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// a waiting GetProof wakes on the cancel
	if err := stream.Send(&pb.GetProofRequest{Id: r.Id, Timeout: 30}); err != nil {
		t.Fatal(err)
	}
	time.Sleep(100 * time.Millisecond)
	c, err := tn.client.Cancel(ctx, &pb.CancelRequest{Id: r.Id})
	if err != nil || c.Result != pb.CancelResponse_RESULT_CANCEL_OK {
		t.Fatalf("cancel queued: %v %v", c, err)
	}
	// Woken by the cancel: without it the request would answer PENDING after its 30 s timeout.
	resp, err := stream.Recv()
	if err != nil || resp.Id != r.Id || resp.Result != pb.GetProofResponse_RESULT_GET_PROOF_CANCEL {
		t.Fatalf("GetProof of cancelled job: %v %v", resp, err)
	}
	if len(tn.store.Pending()) != 0 {
		t.Fatal("cancelled job still pending")
	}
	// finished, unknown and malformed ids
	for _, id := range []string{r.Id, uuid.NewString(), "not-a-uuid"} {
		c, err := tn.client.Cancel(ctx, &pb.CancelRequest{Id: id})
		if err != nil || c.Result != pb.CancelResponse_RESULT_CANCEL_ERROR || c.ResultString == "" {
			t.Fatalf("cancel %s: %v %v", id, c, err)
		}
	}
	for _, id := range []string{uuid.NewString(), "not-a-uuid", ""} {
		if err := stream.Send(&pb.GetProofRequest{Id: id, Timeout: 5}); err != nil {
			t.Fatal(err)
		}
		resp, err := stream.Recv()
		if err != nil || resp.Id != id || resp.Result != pb.GetProofResponse_RESULT_GET_PROOF_ERROR || resp.ResultString == "" {
			t.Fatalf("GetProof %q: %v %v", id, resp, err)
		}
	}
}

func TestExecuteStream(t *testing.T) {
	tn := startNode(t, t.TempDir(), nil, nil)
	ctx := ctxT(t)
	fib := readExample(t, "fibonacci")
	bank := readExample(t, "bank")
	fault := readExample(t, "fault")
	stream, err := tn.client.Execute(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := []uint32{0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55}
	// send everything first: answers must come back in order
	for n := range want {
		if err := stream.Send(&pb.ExecuteRequest{Input: input(t, fib, &executor.Input{Onchain: words(uint32(n))}, zkprover.InputOptions{IncludeELF: true})}); err != nil {
			t.Fatal(err)
		}
	}
	state := []statement.KV{{Key: 7, Value: 100}}
	cmd := words(2, 7, 0, 30, 1, 9, 0, 5) // withdraw 30 from 7, deposit 5 into 9
	if err := stream.Send(&pb.ExecuteRequest{Input: input(t, bank, &executor.Input{Onchain: cmd, State: state}, zkprover.InputOptions{IncludeELF: true})}); err != nil {
		t.Fatal(err)
	}
	if err := stream.Send(&pb.ExecuteRequest{Input: input(t, fault, &executor.Input{Onchain: words(3)}, zkprover.InputOptions{IncludeELF: true})}); err != nil {
		t.Fatal(err)
	}
	if err := stream.Send(&pb.ExecuteRequest{Input: &pb.InputProver{BatchL2Data: "0x12"}}); err != nil {
		t.Fatal(err)
	}
	if err := stream.CloseSend(); err != nil {
		t.Fatal(err)
	}

	for n, w := range want {
		resp, err := stream.Recv()
		if err != nil {
			t.Fatal(err)
		}
		if resp.Result != pb.ExecuteResponse_RESULT_EXECUTE_COMPLETED_OK || resp.Output != "0x"+hex.EncodeToString(words(w)) {
			t.Fatalf("fib(%d): %v %s output %s", n, resp.Result, resp.ResultString, resp.Output)
		}
		if resp.Cycles == 0 || resp.CountersExt["cycles"] != resp.Cycles || resp.Counters.GetArith() == 0 || len(resp.Receipts) != 1 {
			t.Fatalf("fib(%d) counters/receipts: %v", n, resp)
		}
		if resp.NewStateRoot != jobs.FieldHex(statement.StateRoot(nil)) || len(resp.DiffKeysValues) != 0 {
			t.Fatalf("fib changed state: %v", resp)
		}
	}
	resp, err := stream.Recv()
	if err != nil {
		t.Fatal(err)
	}
	newState := []statement.KV{{Key: 7, Value: 70}, {Key: 9, Value: 5}}
	if resp.Result != pb.ExecuteResponse_RESULT_EXECUTE_COMPLETED_OK || resp.ExitCode != 0 ||
		resp.NewStateRoot != jobs.FieldHex(statement.StateRoot(newState)) ||
		fmt.Sprint(resp.DiffKeysValues) != fmt.Sprint(map[string]string{"0x00000007": "0x00000046", "0x00000009": "0x00000005"}) {
		t.Fatalf("bank: %v", resp)
	}
	resp, err = stream.Recv()
	if err != nil || resp.Result != pb.ExecuteResponse_RESULT_EXECUTE_COMPLETED_ERR || !strings.Contains(resp.ResultString, "EBREAK") {
		t.Fatalf("fault: %v %v", resp, err)
	}
	resp, err = stream.Recv()
	if err != nil || resp.Result != pb.ExecuteResponse_RESULT_EXECUTE_ERROR || resp.ResultString == "" {
		t.Fatalf("malformed: %v %v", resp, err)
	}
	if _, err := stream.Recv(); !errors.Is(err, io.EOF) {
		t.Fatalf("end of stream: %v", err)
	}
	// Execute stores nothing
	if _, err := tn.store.Program(loadProgram(t, fib).IDHex()); err == nil {
		t.Fatal("Execute stored a program")
	}
}

func TestJobsSurviveRestart(t *testing.T) {
	dir := t.TempDir()
	tn := startNode(t, dir, nil, nil)
	ctx := ctxT(t)
	elf := readExample(t, "fibonacci")
	var ids []string
	for i := 0; i < 3; i++ {
		r, err := tn.client.GenProof(ctx, &pb.GenProofRequest{Input: input(t, elf, &executor.Input{Onchain: words(uint32(i))}, zkprover.InputOptions{IncludeELF: i == 0, Nonce: uint64(i)})})
		if err != nil || r.Result != pb.GenProofResponse_RESULT_GEN_PROOF_OK {
			t.Fatalf("%v %v", r, err)
		}
		ids = append(ids, r.Id)
	}
	tn.stop(t)
	tn = startNode(t, dir, nil, nil)
	st, err := tn.client.GetStatus(ctx, &pb.GetStatusRequest{})
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(st.PendingRequestQueueIds) != fmt.Sprint(ids) {
		t.Fatalf("after restart pending %v, want %v", st.PendingRequestQueueIds, ids)
	}
	// the program stored by the first job is still known
	if _, err := tn.store.Program(loadProgram(t, elf).IDHex()); err != nil {
		t.Fatal(err)
	}
}

func TestRequestSizeBound(t *testing.T) {
	in := &pb.InputProver{OffchainInput: make([]byte, 100)}
	if proto.Size(in) < 100 {
		t.Fatal("proto.Size does not count the offchain input")
	}
}

// upstreamFile is our wire definition with every extension field (numbers
// >= 16) removed: what a client generated from the upstream zkprover.v1
// definition knows. It is built apart from the global registry.
func upstreamFile(t *testing.T) protoreflect.FileDescriptor {
	t.Helper()
	fdp := protodesc.ToFileDescriptorProto(pb.File_zkprover_v1_zk_prover_proto)
	var strip func(msgs []*descriptorpb.DescriptorProto)
	strip = func(msgs []*descriptorpb.DescriptorProto) {
		for _, m := range msgs {
			var keep []*descriptorpb.FieldDescriptorProto
			for _, f := range m.Field {
				if f.GetNumber() < 16 {
					keep = append(keep, f)
				}
			}
			m.Field = keep
			strip(m.NestedType)
		}
	}
	strip(fdp.MessageType)
	fd, err := protodesc.NewFile(fdp, new(protoregistry.Files))
	if err != nil {
		t.Fatal(err)
	}
	return fd
}

// TestUpstreamClientInterop talks to the node with upstream-shaped messages
// only (dynamic messages from the stripped definition): GenProof, GetStatus,
// GetProof and Execute work, and the answers decode with upstream's fields.
func TestUpstreamClientInterop(t *testing.T) {
	tn := startNode(t, t.TempDir(), nil, nil)
	ctx := ctxT(t)
	fd := upstreamFile(t)
	if fd.Messages().ByName("GetProofResponse").Fields().ByNumber(16) != nil || fd.Messages().ByName("InputProver").Fields().Len() != 5 {
		t.Fatal("extensions not stripped from the upstream definition")
	}
	msg := func(name string) *dynamicpb.Message {
		return dynamicpb.NewMessage(fd.Messages().ByName(protoreflect.Name(name)))
	}
	// an upstream client cannot send offchain input (an extension): use none
	ours := input(t, readExample(t, "fibonacci"), &executor.Input{Onchain: words(6)}, zkprover.InputOptions{IncludeELF: true})
	raw, err := proto.Marshal(ours)
	if err != nil {
		t.Fatal(err)
	}
	in := msg("InputProver")
	if err := (proto.UnmarshalOptions{DiscardUnknown: true}).Unmarshal(raw, in); err != nil {
		t.Fatal(err)
	}
	req := msg("GenProofRequest")
	req.Set(req.Descriptor().Fields().ByName("input"), protoreflect.ValueOfMessage(in))
	resp := msg("GenProofResponse")
	if err := tn.conn.Invoke(ctx, "/zkprover.v1.ZKProverService/GenProof", req, resp); err != nil {
		t.Fatal(err)
	}
	get := func(m *dynamicpb.Message, field string) protoreflect.Value {
		return m.Get(m.Descriptor().Fields().ByName(protoreflect.Name(field)))
	}
	id := get(resp, "id").String()
	if get(resp, "result").Enum() != 1 || id == "" {
		t.Fatalf("GenProof from an upstream client: %v", resp)
	}

	st := msg("GetStatusResponse")
	if err := tn.conn.Invoke(ctx, "/zkprover.v1.ZKProverService/GetStatus", msg("GetStatusRequest"), st); err != nil {
		t.Fatal(err)
	}
	if ids := get(st, "pending_request_queue_ids").List(); ids.Len() != 1 || ids.Get(0).String() != id || get(st, "version_proto").String() != "v0_0_1" {
		t.Fatalf("GetStatus: %v", st)
	}

	stream, err := tn.conn.NewStream(ctx, &grpc.StreamDesc{ClientStreams: true, ServerStreams: true}, "/zkprover.v1.ZKProverService/GetProof")
	if err != nil {
		t.Fatal(err)
	}
	gp := msg("GetProofRequest")
	gp.Set(gp.Descriptor().Fields().ByName("id"), protoreflect.ValueOfString(id))
	if err := stream.SendMsg(gp); err != nil {
		t.Fatal(err)
	}
	gr := msg("GetProofResponse")
	if err := stream.RecvMsg(gr); err != nil {
		t.Fatal(err)
	}
	if get(gr, "id").String() != id || get(gr, "result").Enum() != 4 { // PENDING
		t.Fatalf("GetProof: %v", gr)
	}
	if err := stream.CloseSend(); err != nil {
		t.Fatal(err)
	}

	ex, err := tn.conn.NewStream(ctx, &grpc.StreamDesc{ClientStreams: true, ServerStreams: true}, "/zkprover.v1.ZKProverService/Execute")
	if err != nil {
		t.Fatal(err)
	}
	er := msg("ExecuteRequest")
	er.Set(er.Descriptor().Fields().ByName("input"), protoreflect.ValueOfMessage(in))
	if err := ex.SendMsg(er); err != nil {
		t.Fatal(err)
	}
	eresp := msg("ExecuteResponse")
	if err := ex.RecvMsg(eresp); err != nil {
		t.Fatal(err)
	}
	if get(eresp, "result").Enum() != 1 || get(eresp, "new_state_root").String() != jobs.FieldHex(statement.StateRoot(nil)) || get(eresp, "receipts").List().Len() != 1 {
		t.Fatalf("Execute: %v", eresp)
	}
	if len(eresp.GetUnknown()) == 0 {
		t.Fatal("our extension fields did not reach the upstream client as unknown fields")
	}
	if err := ex.CloseSend(); err != nil {
		t.Fatal(err)
	}
}
