package infernet

import (
	"encoding/hex"
	"math/big"
	"net"
	"net/http"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/auth"
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
