package infernet

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/contracts/bindings"
	"github.com/zkprover/zkprover/jobs"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/prover/provertest"
	"github.com/zkprover/zkprover/queue"
)

var shared provertest.Shared

// fakeCoordinator answers intervalStatement from a fixed statement (or an
// error); the real view over the Coordinator contract is tested end to end in
// package node.
type fakeCoordinator struct {
	mu    sync.Mutex
	st    bindings.IntervalStatement
	err   error
	calls []common.Address // the node of each call
	iv    *Interval        // Interval's answer; nil: any interval deliverable
}

func (f *fakeCoordinator) Interval(_ context.Context, _, _ uint32, _ common.Address) (*Interval, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return nil, f.err
	}
	if f.iv == nil {
		return &Interval{Frequency: 1 << 30, Period: 60, Current: 1, Redundancy: 1}, nil
	}
	iv := *f.iv
	return &iv, nil
}

func (f *fakeCoordinator) IntervalStatement(_ context.Context, _, _ uint32, node common.Address) (*bindings.IntervalStatement, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls = append(f.calls, node)
	if f.err != nil {
		return nil, f.err
	}
	st := f.st
	st.Ctx.Sequencer = node
	return &st, nil
}

// testDoor is the door over a real store and job service (with real workers
// when prove is set), served over HTTP on loopback.
type testDoor struct {
	store  *queue.Store
	jobs   *jobs.Service
	coord  *fakeCoordinator
	url    string // http://host:port/service_output
	prover *prover.Prover
}

func startDoor(t *testing.T, prove bool, coordinator bool) *testDoor {
	t.Helper()
	return startDoorWith(t, prove, coordinator, jobs.Options{})
}

// startDoorWith is startDoor over a job service with jo's bounds (MaxWaiting).
func startDoorWith(t *testing.T, prove bool, coordinator bool, jo jobs.Options) *testDoor {
	t.Helper()
	return startDoorOn(t, prove, coordinator, jo, queue.DefaultOptions())
}

// startDoorOn is startDoorWith over a store opened with qo.
func startDoorOn(t *testing.T, prove bool, coordinator bool, jo jobs.Options, qo queue.Options) *testDoor {
	t.Helper()
	dir := t.TempDir()
	store, err := queue.Open(filepath.Join(dir, "queue"), qo)
	if err != nil {
		t.Fatal(err)
	}
	jo.MaxRequestBytes, jo.Logger = 4<<20, zerolog.Nop()
	js := jobs.New(store, jo)
	td := &testDoor{store: store, jobs: js}
	o := Options{Jobs: js, MaxBodyBytes: 8 << 20, MaxWait: 3 * time.Minute, Logger: zerolog.Nop()}
	if coordinator {
		td.coord = &fakeCoordinator{}
		o.Coordinator = td.coord
	}
	door, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	var pool *jobs.Pool
	if prove {
		td.prover = shared.Prover(t)
		js.SetReady()
		pool = js.StartWorkers(td.prover, 1)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	hs := &http.Server{Handler: door, ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = hs.Serve(l) }()
	td.url = "http://" + l.Addr().String() + Path
	t.Cleanup(func() {
		_ = hs.Close()
		js.Halt()
		if pool != nil {
			pool.Stop(time.Second)
		}
		_ = store.Close()
	})
	return td
}

// post sends body (a value, marshalled) and returns the status, the headers
// and the body.
func (td *testDoor) post(t *testing.T, body any) (int, http.Header, []byte) {
	t.Helper()
	var raw []byte
	switch b := body.(type) {
	case string:
		raw = []byte(b)
	case []byte:
		raw = b
	default:
		var err error
		if raw, err = json.Marshal(body); err != nil {
			t.Fatal(err)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, td.url, bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = resp.Body.Close() }()
	out, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, resp.Header, out
}

// request is a container input with data.
func request(source, destination int, proof bool, data map[string]any) map[string]any {
	return map[string]any{"source": source, "destination": destination, "requires_proof": proof, "data": data}
}

func readExample(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "examples", name, name+".elf"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// abiUint is abi.encode(uint256 v).
func abiUint(v *big.Int) []byte { return v.FillBytes(make([]byte, 32)) }

// packedSquare is examples/infernet's input for n (or, for n*n, its output):
// abi.encode(abi.encode(uint256 v), "").
func packedSquare(t testing.TB, v *big.Int) []byte {
	t.Helper()
	b, err := PackBytesPair(abiUint(v), nil)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// errorBody decodes a refusal's {"error"}.
func errorBody(t *testing.T, body []byte) string {
	t.Helper()
	var e struct {
		Error string `json:"error"`
	}
	if err := json.Unmarshal(body, &e); err != nil || e.Error == "" {
		t.Fatalf("not an error body: %q (%v)", body, err)
	}
	return e.Error
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(fmt.Sprintf("test setup: %v", err))
	}
	return v
}
