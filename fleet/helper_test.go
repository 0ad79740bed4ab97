package fleet

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/frontend"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/prover/provertest"
	"github.com/zkprover/zkprover/statement"
)

// The tests' worker processes are this test binary re-executed with
// helperEnv set (the helper-process pattern): TestMain runs a Worker instead
// of the tests.
const (
	helperEnv = "ZKPROVER_FLEET_HELPER" // the worker's mode: honest, hang (its first task never ends), forge (its first proof is forged)
	helperCfg = "ZKPROVER_FLEET_HELPER_CFG"
)

func TestMain(m *testing.M) {
	if mode := os.Getenv(helperEnv); mode != "" {
		if err := helperWorker(mode); err != nil {
			fmt.Fprintln(os.Stderr, "helper worker:", err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// helperCfgOf is what a test tells its worker processes (one env variable:
// keys|id|token|ackwait|url,url,...).
func helperCfgOf(keys, id, token string, ackWait time.Duration, urls []string) string {
	return strings.Join([]string{keys, id, token, ackWait.String(), strings.Join(urls, ",")}, "|")
}

func helperWorker(mode string) error {
	parts := strings.Split(os.Getenv(helperCfg), "|")
	if len(parts) != 5 {
		return fmt.Errorf("bad %s", helperCfg)
	}
	keys, id, token, urls := parts[0], parts[1], parts[2], strings.Split(parts[4], ",")
	ackWait, err := time.ParseDuration(parts[3])
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	log := zerolog.New(os.Stderr).With().Timestamp().Str("worker", id).Logger().Level(zerolog.InfoLevel)
	fam := prover.RV32IMSegments{}
	p, err := prover.Open(ctx, keys, prover.WithFamily(fam), prover.WithClasses(provertest.SegmentClass), prover.WithLogger(log))
	if err != nil {
		return err
	}
	cctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	f, err := Connect(cctx, testConfig(urls, token, ackWait, log))
	cancel()
	if err != nil {
		return err
	}
	defer f.Close()
	var sp interface {
		ProveAssignment(context.Context, int, frontend.Circuit, prover.Target) (groth16.Proof, witness.Witness, error)
	} = p
	switch mode {
	case "hang":
		sp = &hanging{p: p}
	case "forge":
		sp = &forging{p: p}
	}
	w, err := NewWorker(f, WorkerConfig{ID: id, Prover: sp, Family: fam, Classes: []int{provertest.SegmentClass}, PollWait: time.Second, Log: log})
	if err != nil {
		return err
	}
	return w.Run(ctx)
}

// hanging never finishes its first proof (it says HANG on stdout when it starts it).
type hanging struct {
	p    *prover.Prover
	once sync.Once
}

func (h *hanging) ProveAssignment(ctx context.Context, k int, a frontend.Circuit, t prover.Target) (groth16.Proof, witness.Witness, error) {
	hang := false
	h.once.Do(func() { hang = true })
	if hang {
		fmt.Println("HANG")
		<-ctx.Done()
		return nil, nil, ctx.Err()
	}
	return h.p.ProveAssignment(ctx, k, a, t)
}

// forging returns a forged proof for its first task (a real proof with one
// point changed: well-formed, but it does not verify), and says FORGED.
type forging struct {
	p    *prover.Prover
	once sync.Once
}

func (f *forging) ProveAssignment(ctx context.Context, k int, a frontend.Circuit, t prover.Target) (groth16.Proof, witness.Witness, error) {
	proof, pub, err := f.p.ProveAssignment(ctx, k, a, t)
	if err != nil {
		return nil, nil, err
	}
	forge := false
	f.once.Do(func() { forge = true })
	if forge {
		bp := proof.(*groth16bn254.Proof)
		bp.Krs = bp.Ar
		fmt.Println("FORGED")
	}
	return proof, pub, nil
}

func testConfig(urls []string, token string, ackWait time.Duration, log zerolog.Logger) Config {
	return Config{URLs: urls, Auth: Auth{Token: token}, Replicas: len(urls), AckWait: ackWait, MaxDeliver: 5,
		Heartbeat: 2 * time.Second, MaxAttempts: 3, Timeout: 20 * time.Second, Log: log}
}

// freePorts returns n free TCP ports on loopback.
func freePorts(t testing.TB, n int) []int {
	t.Helper()
	var ls []net.Listener
	var ports []int
	for range n {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		ls = append(ls, l)
		ports = append(ports, l.Addr().(*net.TCPAddr).Port)
	}
	for _, l := range ls {
		_ = l.Close()
	}
	return ports
}

// startCluster starts n embedded JetStream servers routed to each other.
func startCluster(ctx context.Context, t testing.TB, n int, auth Auth) []*Embedded {
	t.Helper()
	dir := t.TempDir()
	ports := freePorts(t, n)
	var routes []string
	for _, p := range ports {
		routes = append(routes, "nats-route://127.0.0.1:"+strconv.Itoa(p))
	}
	servers := make([]*Embedded, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cfg := EmbedConfig{Name: fmt.Sprintf("s%d", i), Host: "127.0.0.1", Port: -1, StoreDir: filepath.Join(dir, fmt.Sprintf("s%d", i)), Auth: auth}
			if n > 1 {
				cfg.ClusterName, cfg.ClusterHost, cfg.ClusterPort, cfg.Routes = "test-fleet", "127.0.0.1", ports[i], routes
			}
			servers[i], errs[i] = Embed(ctx, cfg)
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("server %d: %v", i, err)
		}
	}
	t.Cleanup(func() {
		for _, s := range servers {
			s.Shutdown()
		}
	})
	return servers
}

func clientURLs(servers []*Embedded) []string {
	var urls []string
	for _, s := range servers {
		urls = append(urls, s.ClientURL())
	}
	return urls
}

// proc is a worker process.
type proc struct {
	cmd   *exec.Cmd
	lines chan string
	log   string
}

// startWorker starts a worker process in the mode; its stdout lines (HANG,
// FORGED) come on lines, its logs go to a file shown when the test fails.
func startWorker(t testing.TB, mode, cfg string, env ...string) *proc {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	logPath := filepath.Join(t.TempDir(), "worker.log")
	lf, err := os.Create(logPath)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, "-test.run=^$")
	cmd.Env = append(append(os.Environ(), helperEnv+"="+mode, helperCfg+"="+cfg), env...)
	cmd.Stderr = lf
	cmd.SysProcAttr = helperProcAttr() // never outlives the test (Linux)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	_ = lf.Close()
	p := &proc{cmd: cmd, lines: make(chan string, 16), log: logPath}
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			p.lines <- sc.Text()
		}
		close(p.lines)
	}()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		if t.Failed() {
			b, _ := os.ReadFile(logPath)
			s := string(b)
			if len(s) > 6000 {
				s = s[len(s)-6000:]
			}
			t.Logf("worker %s log (tail):\n%s", mode, s)
		}
	})
	return p
}

// waitLine waits for a line from the worker.
func (p *proc) waitLine(ctx context.Context, want string) error {
	for {
		select {
		case l, ok := <-p.lines:
			if !ok {
				return errors.New("the worker exited")
			}
			if l == want {
				return nil
			}
		case <-ctx.Done():
			return fmt.Errorf("waiting for %s: %w", want, ctx.Err())
		}
	}
}

func segKeys(t testing.TB) (string, *prover.Prover) {
	t.Helper()
	if testing.Short() {
		t.Skip("-short: needs the segment class's keys")
	}
	fam := prover.RV32IMSegments{}
	dir, err := provertest.FamilyKeysDir(fam, provertest.SegmentClass)
	if err != nil {
		t.Fatal(err)
	}
	p, err := prover.Open(context.Background(), dir, prover.WithFamily(fam), prover.WithClasses(provertest.SegmentClass))
	if err != nil {
		t.Fatal(err)
	}
	return dir, p
}

func sortRun(t testing.TB) (*executor.Program, *executor.Input) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "examples", "sort", "sort.elf"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := executor.LoadELF(data, executor.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	return p, &executor.Input{Onchain: statement.WordsToBytes([]uint32{5, 3, 9, 1, 7, 2, 8, 6})}
}
