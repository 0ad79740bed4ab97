package infernet

import (
	"context"
	"encoding/hex"
	"math/big"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/auth"
	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/jobs"
	"github.com/zkprover/zkprover/queue"
)

// TestAdmittedFirst: a caller over its admission rate is refused (429)
// before its ELF is loaded or stored, and an accepted request with an ELF
// loads it once.
func TestAdmittedFirst(t *testing.T) {
	store, err := queue.Open(filepath.Join(t.TempDir(), "queue"), queue.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	loads := 0
	js := jobs.New(store, jobs.Options{MaxRequestBytes: 4 << 20, Logger: zerolog.Nop(), AdmissionRate: 0.0001, AdmissionBurst: 1,
		OnCheck: func(step string, _ int) {
			if step == jobs.CheckProgram {
				mu.Lock()
				loads++
				mu.Unlock()
			}
		}})
	door, err := New(Options{Jobs: js, MaxBodyBytes: 8 << 20, MaxWait: time.Minute, Logger: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	// as the node serves it: the caller on each request
	hs := &http.Server{ReadHeaderTimeout: 10 * time.Second, Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		door.ServeHTTP(w, r.WithContext(auth.With(r.Context(), auth.Principal{Name: "alice", Role: auth.Submit})))
	})}
	go func() { _ = hs.Serve(l) }()
	t.Cleanup(func() {
		_ = hs.Close()
		js.Halt()
		_ = store.Close()
	})
	td := &testDoor{store: store, jobs: js, url: "http://" + l.Addr().String() + Path}
	elf := readExample(t, "infernet")
	in := packedSquare(t, big.NewInt(3))
	body := request(1, 1, false, map[string]any{"elf": hex.EncodeToString(elf), "input": hex.EncodeToString(in)})
	if code, _, b := td.post(t, body); code != http.StatusOK {
		t.Fatalf("the first request: %d %s", code, b)
	}
	mu.Lock()
	if loads != 1 {
		t.Errorf("the accepted request loaded its ELF %d times, want once", loads)
	}
	loads = 0
	mu.Unlock()
	if code, _, b := td.post(t, body); code != http.StatusTooManyRequests {
		t.Fatalf("over the rate: %d %s, want 429", code, b)
	}
	mu.Lock()
	defer mu.Unlock()
	if loads != 0 {
		t.Fatalf("a refused request loaded its ELF %d times", loads)
	}
}

// TestRoomBeforeProgram: with the queue full, a request to prove with its
// ELF is refused (429) before the ELF is loaded, and leaves no program
// stored (it used to be stored first, and kept for the retention period,
// counted against the client's share); a run without a proof still runs.
func TestRoomBeforeProgram(t *testing.T) {
	var mu sync.Mutex
	loads := 0
	qo := queue.DefaultOptions()
	qo.MaxPending = 1
	td := startDoorOn(t, false, false, jobs.Options{OnCheck: func(step string, _ int) {
		if step == jobs.CheckProgram {
			mu.Lock()
			loads++
			mu.Unlock()
		}
	}}, qo)
	fib := readExample(t, "fibonacci")
	prog, err := td.jobs.AddProgram(fib)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := td.jobs.Submit(context.Background(), &jobs.Request{ProgramID: prog.ID.Bytes(), Onchain: []byte{5, 0, 0, 0}, MaxCycles: 1 << 20}); err != nil {
		t.Fatal(err)
	}
	elf := readExample(t, "infernet")
	in := packedSquare(t, big.NewInt(3))
	mu.Lock()
	loads = 0
	mu.Unlock()
	if code, _, b := td.post(t, request(1, 1, true, map[string]any{"elf": hex.EncodeToString(elf), "input": hex.EncodeToString(in)})); code != http.StatusTooManyRequests {
		t.Fatalf("a proof request with the queue full: %d %s, want 429", code, b)
	}
	mu.Lock()
	if loads != 0 {
		t.Errorf("a refused proof request loaded its ELF %d times", loads)
	}
	mu.Unlock()
	loaded, err := executor.LoadELF(elf, executor.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if ok, err := td.jobs.HasProgram(loaded.IDHex()); err != nil || ok {
		t.Fatalf("the refused request's program is stored: %v %v", ok, err)
	}
	if code, _, b := td.post(t, request(1, 1, false, map[string]any{"elf": hex.EncodeToString(elf), "input": hex.EncodeToString(in)})); code != http.StatusOK {
		t.Fatalf("a run without a proof with the queue full: %d %s", code, b)
	}
}

// TestHaltAnswersShuttingDown: a requires_proof request waiting on its job
// when the node stops is answered 503 (shutting down; it used to be 504 with
// a deadline it never reached) and its job is cancelled: nobody would ask
// for it after the restart.
func TestHaltAnswersShuttingDown(t *testing.T) {
	td := startDoor(t, false, false) // no worker: the job stays queued
	elf := readExample(t, "infernet")
	in := packedSquare(t, big.NewInt(3))
	type answer struct {
		code int
		body []byte
	}
	done := make(chan answer, 1)
	go func() {
		code, _, b := td.post(t, request(1, 1, true, map[string]any{"elf": hex.EncodeToString(elf), "input": hex.EncodeToString(in)}))
		done <- answer{code, b}
	}()
	for deadline := time.Now().Add(time.Minute); td.jobs.Waiting() == 0; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the request's wait did not start")
		}
	}
	td.jobs.Halt()
	a := <-done
	if a.code != http.StatusServiceUnavailable || !strings.Contains(string(a.body), "shutting down") {
		t.Fatalf("answer when the node stops: %d %s, want 503 shutting down", a.code, a.body)
	}
	if p := td.store.Pending(); len(p) != 0 {
		t.Fatalf("jobs left queued: %q", p)
	}
}
