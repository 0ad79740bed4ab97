package coprocessor

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/zkprover/zkprover/auth"
	"github.com/zkprover/zkprover/contracts"
	"github.com/zkprover/zkprover/jobs"
	pb "github.com/zkprover/zkprover/proto/coprocessor_node/v1"
	"github.com/zkprover/zkprover/queue"
)

// noRefill is an admission rate that adds no token during a test (one every
// 10^4 s): a burst of 1 admits exactly one request.
const noRefill = 0.0001

// TestSubmitProgramAdmission: SubmitProgram is charged the caller's
// admission rate: with a burst of one, a second program is refused with
// ResourceExhausted before its ELF is loaded, and nothing of it is stored.
func TestSubmitProgramAdmission(t *testing.T) {
	var loads atomic.Int32
	td := startDoorTB(t, t.TempDir(), false, func(o *jobs.Options) {
		o.AdmissionRate, o.AdmissionBurst = noRefill, 1
		o.OnCheck = func(step string, _ int) {
			if step == jobs.CheckProgram {
				loads.Add(1)
			}
		}
	})
	ctx := context.Background()
	fib, bank := readExample(t, "fibonacci"), readExample(t, "bank")
	if _, err := td.client.SubmitProgram(ctx, &pb.SubmitProgramRequest{ProgramElf: fib}); err != nil {
		t.Fatal(err)
	}
	if n := loads.Load(); n != 1 {
		t.Fatalf("a stored program was loaded %d times, want 1", n)
	}
	_, err := td.client.SubmitProgram(ctx, &pb.SubmitProgramRequest{ProgramElf: bank})
	if status.Code(err) != codes.ResourceExhausted || !strings.Contains(err.Error(), "admission rate") {
		t.Fatalf("a second program over the rate: %v, want ResourceExhausted", err)
	}
	if n := loads.Load(); n != 1 {
		t.Fatalf("a program over the rate was loaded (%d loads)", n)
	}
	if ok, err := td.jobs.HasProgram("0x" + hex.EncodeToString(programID(t, bank))); err != nil || ok {
		t.Fatalf("the refused program is stored: %v %v", ok, err)
	}
}

// TestSubmitJobAdmittedFirst: SubmitJob is charged the caller's admission
// once, before anything else: with a burst of one, the first job is
// accepted (not charged again when it is queued), and the second is refused
// with ResourceExhausted before any chain call or costly check.
func TestSubmitJobAdmittedFirst(t *testing.T) {
	var costly atomic.Int32
	td := startDoorTB(t, t.TempDir(), false, func(o *jobs.Options) {
		o.AdmissionRate, o.AdmissionBurst = noRefill, 1
		o.OnCheck = func(string, int) { costly.Add(1) }
	})
	ctx := context.Background()
	fib := readExample(t, "fibonacci")
	if _, err := td.jobs.AddProgram(fib); err != nil { // the node's own: not charged
		t.Fatal(err)
	}
	pid := programID(t, fib)
	if _, err := td.client.SubmitJob(ctx, td.job(t, pid, contracts.OffchainNonceMin+1, le32(5), nil, nil)); err != nil {
		t.Fatalf("the first job: %v", err)
	}
	calls := td.chain.calls.Load()
	if calls == 0 {
		t.Fatal("the first job asked the chain nothing")
	}
	costly.Store(0)
	_, err := td.client.SubmitJob(ctx, td.job(t, pid, contracts.OffchainNonceMin+2, le32(6), nil, nil))
	if status.Code(err) != codes.ResourceExhausted || !strings.Contains(err.Error(), "admission rate") {
		t.Fatalf("a second job over the rate: %v, want ResourceExhausted", err)
	}
	if n := td.chain.calls.Load() - calls; n != 0 {
		t.Fatalf("a job over the rate was refused after %d chain calls", n)
	}
	if n := costly.Load(); n != 0 {
		t.Fatalf("a job over the rate was refused after %d costly checks", n)
	}
	if n := len(td.store.Pending()); n != 1 {
		t.Fatalf("%d jobs queued, want 1", n)
	}
}

// TestSubmitJobRoomFirst: with the queue full, a new job is refused
// (ResourceExhausted) before any input is hashed or the chain asked; a
// resubmission of a queued job is still AlreadyExists.
func TestSubmitJobRoomFirst(t *testing.T) {
	var costly atomic.Int32
	qo := queue.DefaultOptions()
	qo.MaxPending = 1
	td := startDoorOn(t, t.TempDir(), false, qo, func(o *jobs.Options) {
		o.OnCheck = func(string, int) { costly.Add(1) }
	})
	ctx := context.Background()
	fib := readExample(t, "fibonacci")
	if _, err := td.jobs.AddProgram(fib); err != nil {
		t.Fatal(err)
	}
	pid := programID(t, fib)
	first := td.job(t, pid, contracts.OffchainNonceMin+1, le32(5), []byte{1, 2, 3}, nil)
	if _, err := td.client.SubmitJob(ctx, first); err != nil {
		t.Fatalf("the first job: %v", err)
	}
	calls := td.chain.calls.Load()
	costly.Store(0)
	_, err := td.client.SubmitJob(ctx, td.job(t, pid, contracts.OffchainNonceMin+2, le32(6), []byte{1, 2, 3}, nil))
	if status.Code(err) != codes.ResourceExhausted || !strings.Contains(err.Error(), "queue is full") {
		t.Fatalf("a second job with the queue full: %v, want ResourceExhausted", err)
	}
	if n := td.chain.calls.Load() - calls; n != 0 {
		t.Fatalf("a job refused for a full queue after %d chain calls", n)
	}
	if n := costly.Load(); n != 0 {
		t.Fatalf("a job refused for a full queue after %d costly checks", n)
	}
	if _, err := td.client.SubmitJob(ctx, first); status.Code(err) != codes.AlreadyExists {
		t.Fatalf("the first job again with the queue full: %v, want AlreadyExists", err)
	}
}

// TestPendingIndexPruned: once the node jobs of a consumer's jobs are swept
// (after the retention), GetPendingJobs prunes their index entries: the next
// call reads none of them (no node job lookup), Prune finds the others; the
// job ids stay refused (AlreadyExists) and GetResult says NotFound.
func TestPendingIndexPruned(t *testing.T) {
	td := startDoor(t, t.TempDir(), false)
	var lookups atomic.Int32
	td.door.lookedUp = func(string) { lookups.Add(1) }
	ctx := context.Background()
	fib := readExample(t, "fibonacci")
	if _, err := td.client.SubmitProgram(ctx, &pb.SubmitProgramRequest{ProgramElf: fib}); err != nil {
		t.Fatal(err)
	}
	pid := programID(t, fib)
	const n = 4
	var reqs []*pb.SubmitJobRequest
	var ids [][]byte
	for i := range n {
		req := td.job(t, pid, contracts.OffchainNonceMin+uint64(i), le32(uint32(i)), nil, nil)
		r, err := td.client.SubmitJob(ctx, req)
		if err != nil {
			t.Fatal(err)
		}
		reqs, ids = append(reqs, req), append(ids, r.JobId)
	}
	pending := func() []uint64 {
		t.Helper()
		p, err := td.client.GetPendingJobs(ctx, &pb.GetPendingJobsRequest{ConsumerAddress: consumer.Bytes()})
		if err != nil {
			t.Fatal(err)
		}
		return p.PendingJobs
	}
	if p := pending(); len(p) != n {
		t.Fatalf("pending %v, want %d", p, n)
	}
	// The jobs end (cancelled), then the sweep after their retention
	// removes them: all but the last, which Prune finds below.
	for _, id := range ids {
		e, err := td.door.index.get(hex.EncodeToString(id))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := td.store.Cancel(e.NodeJob, "test"); err != nil {
			t.Fatal(err)
		}
	}
	if p := pending(); len(p) != 0 {
		t.Fatalf("pending %v after the jobs ended", p)
	}
	if swept, err := td.store.Sweep(time.Now().Add(30 * 24 * time.Hour)); err != nil || swept != n {
		t.Fatalf("swept %d %v, want %d", swept, err, n)
	}
	lookups.Store(0)
	if p := pending(); len(p) != 0 {
		t.Fatalf("pending %v after the sweep", p)
	}
	if got := lookups.Load(); got != n {
		t.Fatalf("%d lookups pruning %d swept jobs", got, n)
	}
	lookups.Store(0)
	if p := pending(); len(p) != 0 {
		t.Fatalf("pending %v after pruning", p)
	}
	if got := lookups.Load(); got != 0 {
		t.Fatalf("GetPendingJobs looked up %d swept jobs after they were pruned", got)
	}
	if es, err := td.door.index.ofConsumer(consumer); err != nil || len(es) != 0 {
		t.Fatalf("the consumer still lists %d entries: %v", len(es), err)
	}
	// (The sweep removed the program with its last job: stored again.)
	if _, err := td.client.SubmitProgram(ctx, &pb.SubmitProgramRequest{ProgramElf: fib}); err != nil {
		t.Fatal(err)
	}
	for i, id := range ids {
		if _, err := td.client.SubmitJob(ctx, reqs[i]); status.Code(err) != codes.AlreadyExists {
			t.Fatalf("job %d again after its sweep: %v, want AlreadyExists", i, err)
		}
		if _, err := td.client.GetResult(ctx, &pb.GetResultRequest{JobId: id}); status.Code(err) != codes.NotFound {
			t.Fatalf("GetResult of swept job %d: %v, want NotFound", i, err)
		}
	}

	// Prune (the periodic one) finds a swept job no GetPendingJobs read.
	req := td.job(t, pid, contracts.OffchainNonceMin+n, le32(9), nil, nil)
	r, err := td.client.SubmitJob(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	e, err := td.door.index.get(hex.EncodeToString(r.JobId))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := td.store.Cancel(e.NodeJob, "test"); err != nil {
		t.Fatal(err)
	}
	if _, err := td.store.Sweep(time.Now().Add(30 * 24 * time.Hour)); err != nil {
		t.Fatal(err)
	}
	if pruned, err := td.door.Prune(); err != nil || pruned != 1 {
		t.Fatalf("pruned %d %v, want 1", pruned, err)
	}
	if es, err := td.door.index.ofConsumer(consumer); err != nil || len(es) != 0 {
		t.Fatalf("the consumer still lists %d entries: %v", len(es), err)
	}
	if _, err := td.client.SubmitProgram(ctx, &pb.SubmitProgramRequest{ProgramElf: fib}); err != nil {
		t.Fatal(err)
	}
	if _, err := td.client.SubmitJob(ctx, req); status.Code(err) != codes.AlreadyExists {
		t.Fatalf("the pruned job again: %v, want AlreadyExists", err)
	}
	if e, err := td.door.index.get(hex.EncodeToString(r.JobId)); err != nil || !e.Swept {
		t.Fatalf("the pruned entry: %+v %v", e, errors.Unwrap(err))
	}
}

// TestGetResultOfAnotherClient: bob asking for alice's job id is told the
// job is unknown, without the id of its node job (which the answer used to
// name), as an id never submitted is.
func TestGetResultOfAnotherClient(t *testing.T) {
	td := startDoor(t, t.TempDir(), false)
	fib := readExample(t, "fibonacci")
	if _, err := td.jobs.AddProgram(fib); err != nil {
		t.Fatal(err)
	}
	alice := auth.With(context.Background(), auth.Principal{Name: "alice", Role: auth.Submit})
	bob := auth.With(context.Background(), auth.Principal{Name: "bob", Role: auth.Submit})
	r, err := td.door.SubmitJob(alice, td.job(t, programID(t, fib), contracts.OffchainNonceMin+1, le32(5), nil, nil))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := td.door.GetResult(alice, &pb.GetResultRequest{JobId: r.JobId}); err != nil {
		t.Fatalf("alice's own job: %v", err)
	}
	_, err = td.door.GetResult(bob, &pb.GetResultRequest{JobId: r.JobId})
	if status.Code(err) != codes.NotFound {
		t.Fatalf("bob asking for alice's job: %v, want NotFound", err)
	}
	for _, id := range td.store.Pending() {
		if strings.Contains(err.Error(), id) {
			t.Fatalf("bob's answer names alice's node job %s: %v", id, err)
		}
	}
	// ... in the very words of an id never submitted, so that it tells
	// nothing of alice's job.
	never := contracts.JobID(contracts.OffchainNonceMin+99, consumer)
	_, err2 := td.door.GetResult(bob, &pb.GetResultRequest{JobId: never[:]})
	if status.Code(err2) != codes.NotFound {
		t.Fatalf("an id never submitted: %v", err2)
	}
	if a, b := strings.ReplaceAll(status.Convert(err).Message(), fmt.Sprintf("%x", r.JobId), "ID"),
		strings.ReplaceAll(status.Convert(err2).Message(), fmt.Sprintf("%x", never), "ID"); a != b {
		t.Fatalf("another client's job and an unknown one answered apart:\n%s\n%s", a, b)
	}

	// Submitting alice's nonce again without her consumer's signature:
	// refused for the signature, not told that the job exists.
	req := td.job(t, programID(t, fib), contracts.OffchainNonceMin+1, le32(5), nil, nil)
	req.Signature = make([]byte, 65)
	if _, err := td.door.SubmitJob(bob, req); status.Code(err) != codes.PermissionDenied {
		t.Fatalf("alice's nonce, unsigned: %v, want PermissionDenied", err)
	}
}

// TestFullShareTellsNothing: with bob's share of the queue full, his request
// for alice's existing job id (without her consumer's signature) and one for
// an id never submitted are refused alike (queue full): the room a retry of
// one's own keyed job has is not given for another client's.
func TestFullShareTellsNothing(t *testing.T) {
	qo := queue.DefaultOptions()
	qo.MaxPendingPerOwner = 1
	td := startDoorOn(t, t.TempDir(), false, qo, nil)
	fib := readExample(t, "fibonacci")
	if _, err := td.jobs.AddProgram(fib); err != nil {
		t.Fatal(err)
	}
	alice := auth.With(context.Background(), auth.Principal{Name: "alice", Role: auth.Submit})
	bob := auth.With(context.Background(), auth.Principal{Name: "bob", Role: auth.Submit})
	pid := programID(t, fib)
	if _, err := td.door.SubmitJob(alice, td.job(t, pid, contracts.OffchainNonceMin+1, le32(5), nil, nil)); err != nil {
		t.Fatal(err)
	}
	if _, err := td.door.SubmitJob(bob, td.job(t, pid, contracts.OffchainNonceMin+2, le32(5), nil, nil)); err != nil {
		t.Fatal(err) // bob's share: one job
	}
	var msgs []string
	for _, nonce := range []uint64{contracts.OffchainNonceMin + 1, contracts.OffchainNonceMin + 3} {
		req := td.job(t, pid, nonce, le32(5), nil, nil)
		req.Signature = make([]byte, 65)
		_, err := td.door.SubmitJob(bob, req)
		if status.Code(err) != codes.ResourceExhausted {
			t.Fatalf("bob, share full, nonce %d: %v, want ResourceExhausted", nonce, err)
		}
		msgs = append(msgs, status.Convert(err).Message())
	}
	if msgs[0] != msgs[1] {
		t.Fatalf("alice's job id and an unknown one answered apart:\n%s\n%s", msgs[0], msgs[1])
	}
	// alice's own resubmission still has room (answered with her job)
	if _, err := td.door.SubmitJob(alice, td.job(t, pid, contracts.OffchainNonceMin+1, le32(5), nil, nil)); status.Code(err) != codes.AlreadyExists && err != nil {
		t.Fatalf("alice's resubmission: %v", err)
	}
}

// TestGatewayAdmissionBeforeBody: a submit_* request through the JSON gateway is charged the
// caller's admission before its body is read: a body that does not decode uses up the burst as
// a valid one would, and the next request is refused 429 unread.
func TestGatewayAdmissionBeforeBody(t *testing.T) {
	td := startDoorTB(t, t.TempDir(), false, func(o *jobs.Options) { o.AdmissionRate, o.AdmissionBurst = noRefill, 1 })
	post := func(body string) (int, string) {
		t.Helper()
		resp, err := http.Post(td.gateway+"/v1/coprocessor_node/submit_program", "application/json", strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		defer func() { _ = resp.Body.Close() }()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, body := post(`{"programElf":"00","x":[0,0,0]}`); code != http.StatusBadRequest || !strings.Contains(body, `unknown field \"x\"`) {
		t.Fatalf("a body with an unknown field: %d %s", code, body)
	}
	elf := hex.EncodeToString(readExample(t, "fibonacci"))
	if code, body := post(`{"programElf":"` + elf + `"}`); code != http.StatusTooManyRequests || !strings.Contains(body, "admission rate") {
		t.Fatalf("a valid program after the burst went on a bad body: %d %s, want 429", code, body)
	}
	// The read routes are not charged.
	resp, err := http.Post(td.gateway+"/v1/coprocessor_node/contains_program", "application/json", strings.NewReader(`{"programId":"00"}`))
	if err != nil {
		t.Fatal(err)
	}
	_ = resp.Body.Close()
	if resp.StatusCode == http.StatusTooManyRequests {
		t.Fatal("a read route was charged the admission rate")
	}
}

// TestGatewayRefusesBrowserRequests: a body sent as a form or as text/plain (what a web page
// can send cross-site without asking) is refused 415; a request whose Host is not the loopback
// listener's (a DNS-rebinding page's) is refused 421 on a node without tokens.
func TestGatewayRefusesBrowserRequests(t *testing.T) {
	td := startDoorTB(t, t.TempDir(), false, nil)
	elf := hex.EncodeToString(readExample(t, "fibonacci"))
	for _, ct := range []string{"", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"} {
		req, err := http.NewRequest(http.MethodPost, td.gateway+"/v1/coprocessor_node/submit_program", strings.NewReader(`{"programElf":"`+elf+`"}`))
		if err != nil {
			t.Fatal(err)
		}
		if ct != "" {
			req.Header.Set("Content-Type", ct)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		var body gatewayError
		derr := json.NewDecoder(resp.Body).Decode(&body)
		_ = resp.Body.Close()
		if resp.StatusCode != http.StatusUnsupportedMediaType {
			t.Fatalf("Content-Type %q: %d, want 415", ct, resp.StatusCode)
		}
		// The gateway's error body, as every other refusal of it (review: {"message"} only).
		if derr != nil || body.GRPCCode != int(codes.InvalidArgument) || !strings.Contains(body.Message, "application/json") {
			t.Fatalf("Content-Type %q: body %+v (%v), want {message, grpc_code 3}", ct, body, derr)
		}
	}
	if ok, err := td.jobs.HasProgram("0x" + hex.EncodeToString(programID(t, readExample(t, "fibonacci")))); err != nil || ok {
		t.Fatalf("a refused program was stored (%v, %v)", ok, err)
	}
	for host, want := range map[string]int{"evil.example": http.StatusMisdirectedRequest, "evil.example:80": http.StatusMisdirectedRequest,
		"localhost": http.StatusOK, "127.0.0.1:1": http.StatusOK, "[::1]:8080": http.StatusOK} {
		req, err := http.NewRequest(http.MethodPost, td.gateway+"/v1/coprocessor_node/contains_program", strings.NewReader(`{"programId":"`+strings.Repeat("00", 32)+`"}`))
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Content-Type", "application/json")
		req.Host = host
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		_ = resp.Body.Close()
		if resp.StatusCode != want {
			t.Fatalf("Host %q: %d, want %d", host, resp.StatusCode, want)
		}
	}
}
