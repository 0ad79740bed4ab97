package coprocessor

import (
	"bytes"
	"errors"
	"io"
	"runtime"
	"strings"
	"testing"

	pb "github.com/zkprover/zkprover/proto/coprocessor_node/v1"
)

// TestHexJSONUnknownFieldCheap: a body whose unknown field holds a huge array is refused
// naming the field, having allocated about the body's size (the generic decoding it replaced
// built tens of bytes per array element: 2 GB for a 60 MiB body); known fields still decode,
// hex with or without 0x, and a value of the wrong type is refused.
func TestHexJSONUnknownFieldCheap(t *testing.T) {
	const n = 4 << 20
	var b bytes.Buffer
	b.WriteString(`{"programElf":"00","x":[`)
	b.WriteString(strings.Repeat("0,", n-1))
	b.WriteString("0]}")
	body := b.Bytes()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	err := hexJSON{}.Unmarshal(body, &pb.SubmitProgramRequest{})
	runtime.ReadMemStats(&after)
	if err == nil || !strings.Contains(err.Error(), `unknown field "x"`) {
		t.Fatalf("unknown field: %v", err)
	}
	// about 1× here; the generic decoding it replaced took about 30× (a margin for what other
	// goroutines of the test binary allocate meanwhile)
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 5*uint64(len(body)) {
		t.Fatalf("decoding a %d-byte body allocated %d bytes (more than 5 times its size)", len(body), alloc)
	}

	var req pb.SubmitProgramRequest
	if err := (hexJSON{}).Unmarshal([]byte(`{"programElf":"0x0102","program_id":"ff"}`), &req); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(req.ProgramElf, []byte{1, 2}) || !bytes.Equal(req.ProgramId, []byte{0xff}) {
		t.Fatalf("decoded %x %x", req.ProgramElf, req.ProgramId)
	}
	for _, empty := range []string{"", "  \n"} { // no body: the empty message, as grpc-gateway takes io.EOF
		if err := (hexJSON{}).Unmarshal([]byte(empty), &pb.SubmitProgramRequest{}); !errors.Is(err, io.EOF) {
			t.Errorf("body %q: %v, want io.EOF", empty, err)
		}
	}
	for _, bad := range []string{`{"programElf":12}`, `{"programElf":"zz"}`, `[1]`, `null`, `{"programElf":"00"`} {
		if err := (hexJSON{}).Unmarshal([]byte(bad), &pb.SubmitProgramRequest{}); err == nil {
			t.Errorf("%s decoded", bad)
		}
	}
}

// TestHexJSONNumbers: the gateway writes 64-bit integers as JSON numbers (exact, above 2^53
// too) and enums as their numbers, as upstream's serde types (u64, i32) are written (review:
// protojson's strings and names broke a client reading u64); it reads both forms.
func TestHexJSONNumbers(t *testing.T) {
	reason := "x"
	res := &pb.GetResultResponse{JobResult: &pb.JobResult{Id: []byte{1}, Nonce: 1<<63 + 101, MaxCycles: 1 << 20,
		Status: &pb.JobStatus{Status: pb.JobStatusType_JOB_STATUS_TYPE_FAILED, FailureReason: &reason, Retries: 2}}}
	b, err := hexJSON{}.Marshal(res)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"nonce":9223372036854775909`, `"maxCycles":1048576`, `"status":3`, `"retries":2`, `"id":"01"`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("%s: no %s", b, want)
		}
	}
	var back pb.GetResultResponse
	if err := (hexJSON{}).Unmarshal(b, &back); err != nil || back.JobResult.Nonce != 1<<63+101 || back.JobResult.Status.Status != pb.JobStatusType_JOB_STATUS_TYPE_FAILED {
		t.Fatalf("read back: %v %v", &back, err)
	}
	p, err := hexJSON{}.Marshal(&pb.GetPendingJobsResponse{PendingJobs: []uint64{1<<63 + 1, 2}})
	if err != nil || string(p) != `{"pendingJobs":[9223372036854775809,2]}` {
		t.Fatalf("pending jobs: %s %v", p, err)
	}
	var in pb.SubmitJobRequest
	if err := (hexJSON{}).Unmarshal([]byte(`{"relayStrategy":"RELAY_STRATEGY_ORDERED"}`), &in); err != nil || in.RelayStrategy != pb.RelayStrategy_RELAY_STRATEGY_ORDERED {
		t.Fatalf("an enum by name: %v %v", &in, err)
	}
}
