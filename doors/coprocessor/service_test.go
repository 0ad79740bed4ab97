package coprocessor

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/zkprover/zkprover/contracts"
	"github.com/zkprover/zkprover/executor"
	pb "github.com/zkprover/zkprover/proto/coprocessor_node/v1"
	"github.com/zkprover/zkprover/queue"
	"github.com/zkprover/zkprover/statement"
)

func TestSubmitProgramAndContains(t *testing.T) {
	td := startDoor(t, t.TempDir(), false)
	ctx := context.Background()
	elf := readExample(t, "fibonacci")
	r1, err := td.client.SubmitProgram(ctx, &pb.SubmitProgramRequest{ProgramElf: elf})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(r1.ProgramId, programID(t, elf)) {
		t.Fatalf("program id %x", r1.ProgramId)
	}
	r2, err := td.client.SubmitProgram(ctx, &pb.SubmitProgramRequest{ProgramElf: elf, ProgramId: r1.ProgramId})
	if err != nil || !bytes.Equal(r2.ProgramId, r1.ProgramId) {
		t.Fatalf("the same ELF again: %x %v", r2.GetProgramId(), err)
	}
	if c, err := td.client.ContainsProgram(ctx, &pb.ContainsProgramRequest{ProgramId: r1.ProgramId}); err != nil || !c.Contains {
		t.Fatalf("contains: %v %v", c, err)
	}
	if c, err := td.client.ContainsProgram(ctx, &pb.ContainsProgramRequest{ProgramId: make([]byte, 32)}); err != nil || c.Contains {
		t.Fatalf("contains an unknown program: %v %v", c, err)
	}
	for name, req := range map[string]*pb.SubmitProgramRequest{
		"not an ELF":    {ProgramElf: []byte("hello")},
		"empty":         {},
		"id mismatch":   {ProgramElf: elf, ProgramId: make([]byte, 32)},
		"truncated ELF": {ProgramElf: elf[:len(elf)/2]},
	} {
		if _, err := td.client.SubmitProgram(ctx, req); status.Code(err) != codes.InvalidArgument {
			t.Errorf("%s: %v, want InvalidArgument", name, err)
		}
	}
	if _, err := td.client.ContainsProgram(ctx, &pb.ContainsProgramRequest{ProgramId: []byte{1}}); status.Code(err) != codes.InvalidArgument {
		t.Errorf("a 1-byte program id: %v", err)
	}
}

// TestSubmitJobRefusals: every refusal is a clear status and leaves nothing
// stored; GetResult and GetPendingJobs refuse bad ids.
func TestSubmitJobRefusals(t *testing.T) {
	td := startDoor(t, t.TempDir(), false)
	ctx := context.Background()
	elf := readExample(t, "fibonacci")
	if _, err := td.client.SubmitProgram(ctx, &pb.SubmitProgramRequest{ProgramElf: elf}); err != nil {
		t.Fatal(err)
	}
	prog := programID(t, elf)
	base := func() *contracts.OffchainJobRequest {
		return &contracts.OffchainJobRequest{Nonce: 1<<63 + 1, MaxCycles: 1 << 20, Consumer: consumer, ProgramID: prog, OnchainInput: le32(5),
			OffchainInputHash: contracts.Bytes32(statement.OffchainHash(nil)), StateHash: contracts.Bytes32(statement.StateRoot(nil))}
	}
	signed := func(mod func(*contracts.OffchainJobRequest)) *pb.SubmitJobRequest {
		r := base()
		if mod != nil {
			mod(r)
		}
		return td.sign(t, r, nil, nil)
	}
	onChain := base()
	onChain.Nonce++
	td.chain.onChain[contracts.JobID(onChain.Nonce, onChain.Consumer)] = true

	cases := []struct {
		name string
		req  *pb.SubmitJobRequest
		code codes.Code
		want string
	}{
		{"bad signature", func() *pb.SubmitJobRequest { r := signed(nil); r.Signature[3] ^= 1; return r }(), codes.PermissionDenied, "signer"},
		{"signed by another key", func() *pb.SubmitJobRequest {
			r := base()
			raw, _ := r.Encode()
			k, _ := crypto.GenerateKey()
			sig, _ := contracts.SignOffchainRequest(r, 1337, td.chain.jobManager, k)
			return &pb.SubmitJobRequest{Request: raw, Signature: sig}
		}(), codes.PermissionDenied, "signer"},
		{"signed for another chain", func() *pb.SubmitJobRequest {
			r := base()
			raw, _ := r.Encode()
			sig, _ := contracts.SignOffchainRequest(r, 1, td.chain.jobManager, td.key)
			return &pb.SubmitJobRequest{Request: raw, Signature: sig}
		}(), codes.PermissionDenied, "signer"},
		{"no signature", func() *pb.SubmitJobRequest { r := signed(nil); r.Signature = nil; return r }(), codes.InvalidArgument, "signature"},
		{"nonce already on chain", td.sign(t, onChain, nil, nil), codes.AlreadyExists, "on chain"},
		{"offchain hash mismatch", func() *pb.SubmitJobRequest { r := signed(nil); r.OffchainInput = []byte("x"); return r }(), codes.InvalidArgument, "offchainInputHash"},
		{"keccak offchain hash", func() *pb.SubmitJobRequest {
			in := []byte("data")
			r := td.sign(t, func() *contracts.OffchainJobRequest {
				q := base()
				q.OffchainInputHash = crypto.Keccak256Hash(in)
				return q
			}(), in, nil)
			return r
		}(), codes.InvalidArgument, "keccak256"},
		{"max_cycles 0", signed(func(r *contracts.OffchainJobRequest) { r.MaxCycles = 0 }), codes.InvalidArgument, "max_cycles is zero"},
		{"max_cycles over the cap", signed(func(r *contracts.OffchainJobRequest) { r.MaxCycles = 1 << 40 }), codes.InvalidArgument, "cap"},
		{"unknown program", signed(func(r *contracts.OffchainJobRequest) { r.ProgramID = make([]byte, 32) }), codes.NotFound, "unknown program"},
		{"short program id", signed(func(r *contracts.OffchainJobRequest) { r.ProgramID = prog[:31] }), codes.InvalidArgument, "programID"},
		{"state root mismatch", func() *pb.SubmitJobRequest {
			r := signed(nil)
			r.State = EncodeState([]statement.KV{{Key: 1, Value: 2}})
			return r
		}(), codes.InvalidArgument, "stateHash"},
		{"state not canonical", func() *pb.SubmitJobRequest { r := signed(nil); r.State = []byte{1, 2, 3}; return r }(), codes.InvalidArgument, "8-byte entries"},
		{"oversized offchain input", func() *pb.SubmitJobRequest { r := signed(nil); r.OffchainInput = make([]byte, 1<<20+1); return r }(), codes.InvalidArgument, "offchain input of"},
		{"oversized state", func() *pb.SubmitJobRequest { r := signed(nil); r.State = make([]byte, 8*4097); return r }(), codes.InvalidArgument, "state of"},
		{"garbage request", &pb.SubmitJobRequest{Request: []byte("not abi"), Signature: []byte{1}}, codes.InvalidArgument, "neither"},
		{"empty request", &pb.SubmitJobRequest{Signature: []byte{1}}, codes.InvalidArgument, "empty"},
		{"onchain nonce", signed(func(r *contracts.OffchainJobRequest) { r.Nonce = 5 }), codes.InvalidArgument, "onchain nonce space"},
		{"relay strategy 7", func() *pb.SubmitJobRequest { r := signed(nil); r.RelayStrategy = 7; return r }(), codes.InvalidArgument, "relay_strategy 7"},
	}
	for _, c := range cases {
		_, err := td.client.SubmitJob(ctx, c.req)
		if status.Code(err) != c.code || !strings.Contains(status.Convert(err).Message(), c.want) {
			t.Errorf("%s: %v, want %v mentioning %q", c.name, err, c.code, c.want)
		}
	}
	if n := len(td.store.Pending()); n != 0 {
		t.Fatalf("refused requests stored %d jobs", n)
	}

	// A good one, then the same nonce again (also with another input): AlreadyExists.
	resp, err := td.client.SubmitJob(ctx, signed(nil))
	if err != nil {
		t.Fatal(err)
	}
	if want := contracts.JobID(base().Nonce, consumer); !bytes.Equal(resp.JobId, want[:]) {
		t.Fatalf("job id %x, want keccak256(nonce, consumer) %x", resp.JobId, want)
	}
	for _, again := range []*pb.SubmitJobRequest{signed(nil), signed(func(r *contracts.OffchainJobRequest) { r.OnchainInput = le32(6) })} {
		if _, err := td.client.SubmitJob(ctx, again); status.Code(err) != codes.AlreadyExists {
			t.Fatalf("replayed nonce: %v", err)
		}
	}
	if n := len(td.store.Pending()); n != 1 {
		t.Fatalf("%d jobs stored, want 1", n)
	}

	if _, err := td.client.GetResult(ctx, &pb.GetResultRequest{JobId: make([]byte, 32)}); status.Code(err) != codes.NotFound {
		t.Errorf("unknown job id: %v", err)
	}
	if _, err := td.client.GetResult(ctx, &pb.GetResultRequest{JobId: make([]byte, 31)}); status.Code(err) != codes.InvalidArgument {
		t.Errorf("31-byte job id: %v", err)
	}
	if _, err := td.client.GetPendingJobs(ctx, &pb.GetPendingJobsRequest{ConsumerAddress: make([]byte, 19)}); status.Code(err) != codes.InvalidArgument {
		t.Errorf("19-byte consumer: %v", err)
	}
	p, err := td.client.GetPendingJobs(ctx, &pb.GetPendingJobsRequest{ConsumerAddress: consumer.Bytes()})
	if err != nil || len(p.PendingJobs) != 1 || p.PendingJobs[0] != base().Nonce {
		t.Fatalf("pending %v %v", p.GetPendingJobs(), err)
	}
	r, err := td.client.GetResult(ctx, &pb.GetResultRequest{JobId: resp.JobId})
	if err != nil || r.JobResult.Status.Status != pb.JobStatusType_JOB_STATUS_TYPE_PENDING || r.JobResult.Nonce != base().Nonce ||
		!bytes.Equal(r.JobResult.ConsumerAddress, consumer.Bytes()) || !bytes.Equal(r.JobResult.ProgramId, prog) {
		t.Fatalf("result of a queued job: %v %v", r, err)
	}
}

// TestSixFieldRequest: upstream's request without stateHash is accepted (the
// empty state), proven off chain.
func TestSixFieldRequest(t *testing.T) {
	td := startDoor(t, t.TempDir(), false)
	ctx := context.Background()
	elf := readExample(t, "fibonacci")
	if _, err := td.client.SubmitProgram(ctx, &pb.SubmitProgramRequest{ProgramElf: elf}); err != nil {
		t.Fatal(err)
	}
	six := struct {
		Nonce             uint64
		MaxCycles         uint64
		Consumer          [20]byte
		ProgramID         []byte
		OnchainInput      []byte
		OffchainInputHash [32]byte
	}{1<<63 + 7, 1 << 20, consumer, programID(t, elf), le32(3), contracts.Bytes32(statement.OffchainHash(nil))}
	raw, err := sixFieldArgs.Pack(six)
	if err != nil {
		t.Fatal(err)
	}
	req, seven, err := DecodeRequest(raw)
	if err != nil || seven || req.StateHash != contracts.Bytes32(statement.StateRoot(nil)) {
		t.Fatalf("decode: %+v %v %v", req, seven, err)
	}
	sig, err := contracts.SignOffchainRequest(req, 1337, td.chain.jobManager, td.key)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := td.client.SubmitJob(ctx, &pb.SubmitJobRequest{Request: raw, Signature: sig}); err != nil {
		t.Fatalf("six-field request: %v", err)
	}
	// In the onchain nonce space it is refused like a seven-field one (its
	// job id would be the consumer's onchain job's of that nonce; review).
	six.Nonce = 7
	if raw, err = sixFieldArgs.Pack(six); err != nil {
		t.Fatal(err)
	}
	req, _, _ = DecodeRequest(raw)
	if sig, err = contracts.SignOffchainRequest(req, 1337, td.chain.jobManager, td.key); err != nil {
		t.Fatal(err)
	}
	if _, err := td.client.SubmitJob(ctx, &pb.SubmitJobRequest{Request: raw, Signature: sig}); status.Code(err) != codes.InvalidArgument ||
		!strings.Contains(err.Error(), "onchain nonce space") {
		t.Fatalf("a six-field request with nonce 7: %v, want InvalidArgument naming the onchain nonce space", err)
	}
	if _, _, err := DecodeRequest(append(raw, 0)); err == nil {
		t.Fatal("a request with a trailing byte decoded")
	}
}

// TestOffchainJobsProvenStateful: three consecutive jobs of a stateful
// program, each starting from the state the previous one left (the app
// server's state, checked against the signed stateHash), proven; GetResult
// carries the result with metadata whose state roots chain.
func TestOffchainJobsProvenStateful(t *testing.T) {
	td := startDoor(t, t.TempDir(), true)
	ctx := context.Background()
	elf := readExample(t, "bank")
	if _, err := td.client.SubmitProgram(ctx, &pb.SubmitProgramRequest{ProgramElf: elf}); err != nil {
		t.Fatal(err)
	}
	prog, err := executor.LoadELF(elf, executor.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	var state []statement.KV
	prevRoot := contracts.Bytes32(statement.StateRoot(nil))
	for i, cmd := range [][]uint32{{1, 7, 0, 100}, {3, 7, 8, 30}, {2, 8, 0, 5}} { // deposit, transfer, withdraw
		in := &executor.Input{Onchain: le32(cmd...), State: state}
		resp, err := td.client.SubmitJob(ctx, td.job(t, contracts.ProgramIDBytes(prog.ID), 1<<63+uint64(i), in.Onchain, nil, state))
		if err != nil {
			t.Fatalf("job %d: %v", i, err)
		}
		res := td.waitResult(t, resp.JobId)
		if res.Status.Status != pb.JobStatusType_JOB_STATUS_TYPE_DONE || len(res.ZkvmOperatorSignature) != 0 {
			t.Fatalf("job %d: %v", i, res.Status)
		}
		rwm, err := contracts.DecodeOffchainResultWithMetadata(res.ResultWithMetadata)
		if err != nil {
			t.Fatal(err)
		}
		run, err := executor.Run(ctx, prog, in, executor.DefaultConfig()) // what the app server computes
		if err != nil || run.ExitCode != 0 {
			t.Fatalf("job %d locally: %v", i, err)
		}
		if rwm.OldStateRoot != prevRoot || rwm.NewStateRoot != contracts.Bytes32(run.StateRoot) || !bytes.Equal(rwm.Result, run.Output) ||
			len(rwm.Proof) == 0 || rwm.JobID != [32]byte(resp.JobId) {
			t.Fatalf("job %d: result with metadata %+v", i, rwm)
		}
		prevRoot, state = rwm.NewStateRoot, run.State
	}
	// Every job is done and, with no relay, none is pending.
	if p, err := td.client.GetPendingJobs(ctx, &pb.GetPendingJobsRequest{ConsumerAddress: consumer.Bytes()}); err != nil || len(p.PendingJobs) != 0 {
		t.Fatalf("pending %v %v", p.GetPendingJobs(), err)
	}
}

// TestGatewayHex: the JSON gateway with hex bytes, camelCase names and
// upstream's error bodies.
func TestGatewayHex(t *testing.T) {
	td := startDoor(t, t.TempDir(), false)
	elf := readExample(t, "fibonacci")
	post := func(path string, body any) (int, map[string]any) {
		t.Helper()
		b, err := json.Marshal(body)
		if err != nil {
			t.Fatal(err)
		}
		resp, err := http.Post(td.gateway+"/v1/coprocessor_node/"+path, "application/json", bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		defer func() { _ = resp.Body.Close() }()
		raw, _ := io.ReadAll(resp.Body)
		var out map[string]any
		if err := json.Unmarshal(raw, &out); err != nil {
			t.Fatalf("%s: %d %s", path, resp.StatusCode, raw)
		}
		return resp.StatusCode, out
	}
	code, out := post("submit_program", map[string]any{"programElf": hex.EncodeToString(elf)})
	want := hex.EncodeToString(programID(t, elf))
	if code != 200 || out["programId"] != want {
		t.Fatalf("submit_program: %d %v", code, out)
	}
	if code, out = post("contains_program", map[string]any{"programId": "0x" + want}); code != 200 || out["contains"] != true {
		t.Fatalf("contains_program: %d %v", code, out)
	}
	req := td.job(t, programID(t, elf), 1<<63, le32(9), []byte("off"), nil)
	code, out = post("submit_job", map[string]any{"request": hex.EncodeToString(req.Request), "signature": hex.EncodeToString(req.Signature),
		"offchainInput": hex.EncodeToString(req.OffchainInput), "relayStrategy": "RELAY_STRATEGY_ORDERED"})
	id := contracts.JobID(1<<63, consumer)
	if code != 200 || out["jobId"] != hex.EncodeToString(id[:]) {
		t.Fatalf("submit_job: %d %v", code, out)
	}
	code, out = post("get_result", map[string]any{"jobId": hex.EncodeToString(id[:])})
	jr, _ := out["jobResult"].(map[string]any)
	if code != 200 || jr["consumerAddress"] != hex.EncodeToString(consumer.Bytes()) || jr["onchainInput"] != hex.EncodeToString(le32(9)) {
		t.Fatalf("get_result: %d %v", code, out)
	}
	// Errors: {message, grpc_code} with the table's HTTP status.
	for _, c := range []struct {
		path string
		body any
		http int
		grpc codes.Code
	}{
		{"get_result", map[string]any{"jobId": hex.EncodeToString(make([]byte, 32))}, 404, codes.NotFound},
		{"get_result", map[string]any{"jobId": "zz"}, 400, codes.InvalidArgument},
		{"submit_job", map[string]any{"request": hex.EncodeToString(req.Request), "signature": hex.EncodeToString(req.Signature), "offchainInput": hex.EncodeToString(req.OffchainInput)}, 409, codes.AlreadyExists},
		{"submit_program", map[string]any{"programElf": "00"}, 400, codes.InvalidArgument},
		{"no_such_method", map[string]any{}, 404, codes.NotFound},
		{"get_result", map[string]any{"jobID": "00", "unknownField": 1}, 400, codes.InvalidArgument},
	} {
		code, out := post(c.path, c.body)
		if code != c.http || out["grpc_code"] != float64(c.grpc) || out["message"] == "" {
			t.Errorf("%s %v: %d %v, want HTTP %d grpc_code %d", c.path, c.body, code, out, c.http, c.grpc)
		}
	}
}

// TestRestartMidJob: the door and the job service stop while a job is
// queued; after a restart its result is served and its nonce still refused.
func TestRestartMidJob(t *testing.T) {
	dir := t.TempDir()
	td := startDoor(t, dir, false)
	ctx := context.Background()
	elf := readExample(t, "fibonacci")
	if _, err := td.client.SubmitProgram(ctx, &pb.SubmitProgramRequest{ProgramElf: elf}); err != nil {
		t.Fatal(err)
	}
	req := td.job(t, programID(t, elf), 1<<63+5, le32(10), nil, nil)
	resp, err := td.client.SubmitJob(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	td.stop()
	td = startDoor(t, dir, true)
	if _, err := td.client.SubmitJob(ctx, req); status.Code(err) != codes.AlreadyExists {
		t.Fatalf("the same job after a restart: %v", err)
	}
	res := td.waitResult(t, resp.JobId)
	rwm, err := contracts.DecodeOffchainResultWithMetadata(res.ResultWithMetadata)
	if err != nil || res.Status.Status != pb.JobStatusType_JOB_STATUS_TYPE_DONE || !bytes.Equal(rwm.Result, le32(55)) {
		t.Fatalf("after a restart: %v %+v %v", res.Status, rwm, err)
	}
	if c := td.store.Counts(); c[queue.Done] != 1 {
		t.Fatalf("jobs %v: want exactly one, done", c)
	}
}

// TestRefusedProgramNotStored: SubmitProgram with a program_id that is not
// the ELF's is refused before the ELF is stored (review finding: it used to
// be stored first, so a refused request still used the program store).
func TestRefusedProgramNotStored(t *testing.T) {
	td := startDoor(t, t.TempDir(), false)
	ctx := context.Background()
	elf := readExample(t, "sort")
	wrong := make([]byte, 32)
	wrong[31] = 1
	if _, err := td.client.SubmitProgram(ctx, &pb.SubmitProgramRequest{ProgramElf: elf, ProgramId: wrong}); status.Code(err) != codes.InvalidArgument ||
		!strings.Contains(status.Convert(err).Message(), "program_id") {
		t.Fatalf("a wrong program_id: %v, want InvalidArgument", err)
	}
	if c, err := td.client.ContainsProgram(ctx, &pb.ContainsProgramRequest{ProgramId: programID(t, elf)}); err != nil || c.Contains {
		t.Fatalf("the refused ELF is stored: %v %v", c, err)
	}
	if _, err := td.store.Program("0x" + hex.EncodeToString(programID(t, elf))); err == nil {
		t.Fatal("the refused ELF is in the program store")
	}
	if _, err := td.client.SubmitProgram(ctx, &pb.SubmitProgramRequest{ProgramElf: elf, ProgramId: programID(t, elf)}); err != nil {
		t.Fatalf("the right program_id: %v", err)
	}
	if c, err := td.client.ContainsProgram(ctx, &pb.ContainsProgramRequest{ProgramId: programID(t, elf)}); err != nil || !c.Contains {
		t.Fatalf("contains after the right id: %v %v", c, err)
	}
}

// TestGatewayBodyBounds: the gateway bounds every body before decoding it,
// by route: a read route (get_result, contains_program, get_pending_jobs)
// takes 64 KiB, a submit_* route Options.MaxBodyBytes; a body over its bound
// is 413 whether its length is declared or it is chunked (review finding: every
// route read up to a fixed 64 MiB and decoded it).
func TestGatewayBodyBounds(t *testing.T) {
	td := startDoor(t, t.TempDir(), false)
	td.door.opts.MaxBodyBytes = 256 << 10
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	gw, err := td.door.Gateway(ctx)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(gw)
	defer srv.Close()
	post := func(path string, body []byte, chunked bool) (int, map[string]any) {
		t.Helper()
		var r io.Reader = bytes.NewReader(body)
		if chunked {
			r = io.MultiReader(r) // no length: sent chunked
		}
		resp, err := http.Post(srv.URL+"/v1/coprocessor_node/"+path, "application/json", r)
		if err != nil {
			t.Fatal(err)
		}
		defer func() { _ = resp.Body.Close() }()
		raw, _ := io.ReadAll(resp.Body)
		var out map[string]any
		if err := json.Unmarshal(raw, &out); err != nil {
			t.Fatalf("%s: %d %s", path, resp.StatusCode, raw)
		}
		return resp.StatusCode, out
	}
	hexBody := func(field string, n int) []byte {
		return []byte(`{"` + field + `":"` + strings.Repeat("0", 2*n) + `"}`)
	}
	for _, chunked := range []bool{false, true} {
		for _, c := range []struct {
			path string
			body []byte
		}{
			{"get_result", hexBody("jobId", 40<<10)},           // 80 KiB of JSON
			{"contains_program", hexBody("programId", 40<<10)}, //
			{"get_pending_jobs", hexBody("consumerAddress", 40<<10)},
			{"submit_program", hexBody("programElf", 200<<10)}, // 400 KiB
			{"submit_job", hexBody("offchainInput", 200<<10)},
		} {
			code, out := post(c.path, c.body, chunked)
			if code != http.StatusRequestEntityTooLarge || out["grpc_code"] != float64(codes.InvalidArgument) ||
				!strings.Contains(fmt.Sprint(out["message"]), "request body over") {
				t.Errorf("%s of %d bytes (chunked %v): %d %v, want 413", c.path, len(c.body), chunked, code, out)
			}
		}
	}
	// Under the bounds: answered by the service.
	if code, out := post("get_result", hexBody("jobId", 32), true); code != http.StatusNotFound {
		t.Errorf("get_result of an unknown id: %d %v", code, out)
	}
	elf := readExample(t, "fibonacci")
	if code, out := post("submit_program", []byte(`{"programElf":"`+hex.EncodeToString(elf)+`"}`), true); code != 200 ||
		out["programId"] != hex.EncodeToString(programID(t, elf)) {
		t.Errorf("submit_program under the bound: %d %v", code, out)
	}
}

// TestGatewayRouting: a GET on a route is 405 with Allow: POST (not
// grpc-gateway's 501), an unknown path 404, both with the gateway's JSON
// error.
func TestGatewayRouting(t *testing.T) {
	td := startDoor(t, t.TempDir(), false)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	gw, err := td.door.Gateway(ctx)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(gw)
	defer srv.Close()
	for _, c := range []struct {
		path  string
		code  int
		allow string
	}{
		{"/v1/coprocessor_node/get_result", http.StatusMethodNotAllowed, http.MethodPost},
		{"/v1/coprocessor_node/no_such_route", http.StatusNotFound, ""},
	} {
		resp, err := http.Get(srv.URL + c.path)
		if err != nil {
			t.Fatal(err)
		}
		raw, _ := io.ReadAll(resp.Body)
		_ = resp.Body.Close()
		var e map[string]any
		if resp.StatusCode != c.code || resp.Header.Get("Allow") != c.allow || json.Unmarshal(raw, &e) != nil || e["message"] == nil {
			t.Errorf("GET %s: %d (Allow %q) %s, want %d (Allow %q) with a JSON message", c.path, resp.StatusCode, resp.Header.Get("Allow"), raw, c.code, c.allow)
		}
	}
}
