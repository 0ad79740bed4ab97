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
