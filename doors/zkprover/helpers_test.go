package zkprover

import (
	"context"
	"encoding/binary"
	"net"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	"github.com/zkprover/zkprover/auth"
	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/jobs"
	pb "github.com/zkprover/zkprover/proto/zkprover/v1"
	"github.com/zkprover/zkprover/queue"
)

// testDoor is the door alone over a real Badger store, served on loopback
// (no prover: jobs queue and stay queued). The whole node's tests are in
// package node.
type testDoor struct {
	store  *queue.Store
	jobs   *jobs.Service
	door   *Service
	conn   *grpc.ClientConn
	client pb.ZKProverServiceClient
}

func testLogger(t testing.TB) zerolog.Logger {
	if os.Getenv("ZKPROVER_TEST_LOG") != "" {
		return zerolog.New(zerolog.ConsoleWriter{Out: os.Stderr}).With().Timestamp().Logger()
	}
	return zerolog.Nop()
}

func startDoor(t testing.TB, dir string, r Reports, tweak func(*jobs.Options)) *testDoor {
	t.Helper()
	return startDoorOn(t, dir, queue.DefaultOptions(), r, tweak)
}

// startDoorOn is startDoor on a store opened with qo.
func startDoorOn(t testing.TB, dir string, qo queue.Options, r Reports, tweak func(*jobs.Options)) *testDoor {
	t.Helper()
	store, err := queue.Open(dir, qo)
	if err != nil {
		t.Fatal(err)
	}
	o := jobs.Options{MaxRequestBytes: 32 << 20, MaxWait: time.Minute, Logger: testLogger(t)}
	if tweak != nil {
		tweak(&o)
	}
	td := &testDoor{store: store, jobs: jobs.New(store, o)}
	td.door = New(td.jobs, r, testLogger(t))
	// As the node serves the door: every call runs as a caller (anonymous
	// without tokens), so the admission rate applies.
	g := auth.NewGuard(nil, Roles())
	srv := grpc.NewServer(grpc.ChainUnaryInterceptor(g.Unary), grpc.ChainStreamInterceptor(g.Stream))
	td.door.Register(srv)
	lis, err := newListener()
	if err != nil {
		t.Fatal(err)
	}
	go func() { _ = srv.Serve(lis) }()
	td.conn, err = grpc.NewClient("passthrough:///"+lis.Addr().String(), grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	td.client = pb.NewZKProverServiceClient(td.conn)
	t.Cleanup(func() {
		_ = td.conn.Close()
		td.jobs.Halt()
		srv.Stop()
		_ = store.Close()
	})
	return td
}

func readExample(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "examples", name, name+".elf"))
	if err != nil {
		t.Fatalf("reading example %s: %v", name, err)
	}
	return b
}

func loadProgram(t testing.TB, elf []byte) *executor.Program {
	t.Helper()
	p, err := executor.LoadELF(elf, executor.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func words(ws ...uint32) []byte {
	b := make([]byte, 4*len(ws))
	for i, w := range ws {
		binary.LittleEndian.PutUint32(b[4*i:], w)
	}
	return b
}

// input builds an InputProver for elf on in.
func input(t testing.TB, elf []byte, in *executor.Input, o InputOptions) *pb.InputProver {
	t.Helper()
	if o.MaxCycles == 0 {
		o.MaxCycles = 1 << 20
	}
	ip, err := NewInput(elf, loadProgram(t, elf), in, o)
	if err != nil {
		t.Fatal(err)
	}
	return ip
}

func ctxT(t testing.TB) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func newListener() (net.Listener, error) { return net.Listen("tcp", "127.0.0.1:0") }
