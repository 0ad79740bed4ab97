package node

import (
	"context"
	"encoding/binary"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	"github.com/zkprover/zkprover/config"
	"github.com/zkprover/zkprover/doors/zkprover"
	"github.com/zkprover/zkprover/executor"
	pb "github.com/zkprover/zkprover/proto/zkprover/v1"
)

// testNode is a node serving on loopback with a real Badger folder.
type testNode struct {
	*Node
	dir    string
	cancel context.CancelFunc
	done   chan error
	conn   *grpc.ClientConn
	client pb.ZKProverServiceClient
}

func testConfig(dir string) config.Config {
	c := config.Default()
	c.Node.Addr = "127.0.0.1:0"
	c.Node.MetricsAddr = "127.0.0.1:0"
	c.Node.Data = dir
	c.Node.Grace = 2 * time.Second
	c.Node.StopTimeout = 2 * time.Second
	c.Chain.Enabled = false
	c.Coprocessor.GatewayAddr = "" // tests run side by side: no fixed ports
	c.Prover.SegmentClass = 0      // no background long-run setup (node/longrun_test.go turns it on)
	return c
}

// testLogger is the nodes' logger in tests: console lines on stderr with
// ZKPROVER_TEST_LOG set; else JSON lines at info level, checked for
// duplicate keys (keyChecker) at the test's end.
func testLogger(t testing.TB) zerolog.Logger {
	if os.Getenv("ZKPROVER_TEST_LOG") != "" {
		return zerolog.New(zerolog.ConsoleWriter{Out: os.Stderr}).With().Timestamp().Logger()
	}
	k := &keyChecker{}
	t.Cleanup(func() { k.check(t) })
	return zerolog.New(k).Level(zerolog.InfoLevel)
}

// startNode starts a node in dir; cfg tweaks the config (may be nil).
func startNode(t testing.TB, dir string, open OpenProver, tweak func(*config.Config)) *testNode {
	return startNodeOpts(t, dir, Options{OpenProver: open}, tweak)
}

// startNodeOpts is startNode with node options (the logger is the test's).
func startNodeOpts(t testing.TB, dir string, o Options, tweak func(*config.Config)) *testNode {
	t.Helper()
	cfg := testConfig(dir)
	if tweak != nil {
		tweak(&cfg)
	}
	if o.OpenProver == nil {
		o.OpenProver = NoProver
	}
	o.Logger = testLogger(t)
	n, err := New(cfg, o)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	tn := &testNode{Node: n, dir: dir, cancel: cancel, done: make(chan error, 1)}
	go func() { tn.done <- n.Run(ctx) }()
	conn, err := grpc.NewClient("passthrough:///"+n.Addr().String(), grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	tn.conn = conn
	tn.client = pb.NewZKProverServiceClient(conn)
	t.Cleanup(func() { tn.stop(t) })
	return tn
}

// stop shuts the node down gracefully (idempotent).
func (tn *testNode) stop(t testing.TB) {
	if tn.cancel == nil {
		return
	}
	tn.cancel()
	tn.cancel = nil
	_ = tn.conn.Close()
	select {
	case err := <-tn.done:
		if err != nil {
			t.Errorf("node stopped with %v", err)
		}
	case <-time.After(30 * time.Second):
		t.Error("node did not stop")
	}
}

// kill stops the node like a crash: the store closes without finishing or
// requeueing anything.
func (tn *testNode) kill(t testing.TB) {
	tn.abort()
	tn.stop(t)
}

func readExample(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "examples", name, name+".elf"))
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
func input(t testing.TB, elf []byte, in *executor.Input, o zkprover.InputOptions) *pb.InputProver {
	t.Helper()
	if o.MaxCycles == 0 {
		o.MaxCycles = 1 << 20
	}
	ip, err := zkprover.NewInput(elf, loadProgram(t, elf), in, o)
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
