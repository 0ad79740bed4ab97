package fleet

import (
	"bufio"
	"context"
	"encoding/json"
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
	"github.com/zkprover/zkprover/prover/longrun"
	"github.com/zkprover/zkprover/prover/provertest"
	"github.com/zkprover/zkprover/statement"
)

// The tests' worker processes are this test binary re-executed with
// helperEnv set (the helper-process pattern): TestMain runs a Worker (or, in
// mode owner, a job's owner: helperOwner) instead of the tests.
const (
	helperEnv  = "ZKPROVER_FLEET_HELPER" // the worker's mode: honest, hang (its first task never ends), forge (its first proof is forged); or owner
	helperCfg  = "ZKPROVER_FLEET_HELPER_CFG"
	helperHold = "ZKPROVER_FLEET_HELPER_HOLD" // owner: stop after this many segment proofs (to be killed there)
)

func TestMain(m *testing.M) {
	if mode := os.Getenv(helperEnv); mode != "" {
		run, what := helperWorker, "helper worker:"
		if mode == "owner" {
			run, what = helperOwner, "helper owner:"
		}
		if err := run(mode); err != nil {
			fmt.Fprintln(os.Stderr, what, err)
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

// helperConfig reads helperCfg.
func helperConfig() (keys, id, token string, ackWait time.Duration, urls []string, err error) {
	parts := strings.Split(os.Getenv(helperCfg), "|")
	if len(parts) != 5 {
		return "", "", "", 0, nil, fmt.Errorf("bad %s", helperCfg)
	}
	ackWait, err = time.ParseDuration(parts[3])
	return parts[0], parts[1], parts[2], ackWait, strings.Split(parts[4], ","), err
}

func helperWorker(mode string) error {
	keys, id, token, ackWait, urls, err := helperConfig()
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
	w, err := NewWorker(f, WorkerConfig{ID: id, Prover: sp, Keys: p, Family: fam, Classes: []int{provertest.SegmentClass}, PollWait: time.Second, Log: log})
	if err != nil {
		return err
	}
	return w.Run(ctx)
}

// ownerReport is what an owner process prints when its job is done (after
// "DONE ").
type ownerReport struct {
	Segments int      `json:"segments"`
	Stats    JobStats `json:"stats"`
}

// ownerProvers is how many segments an owner process keeps on the fleet at once.
const ownerProvers = 3

// helperOwner is a job's owner in its own process (mode "owner"; helperCfg's
// id is the job id): it opens the job on the fleet with the segment keys
// (verifying keys only) and proves the sort run's segments through
// job.Provers(ownerProvers) with longrun.ProveSegments. On stdout:
// "PROOF <segment>" for each segment proof it keeps (onProof), then
// "SEG <kept form>" (longrun.EncodeSegmentProof) for every segment and
// "DONE <ownerReport JSON>". With helperHold=n it prints HOLD after its n-th
// proof and waits there, holding the run, to be killed.
func helperOwner(string) error {
	keysDir, id, token, ackWait, urls, err := helperConfig()
	if err != nil {
		return err
	}
	hold := 0
	if h := os.Getenv(helperHold); h != "" {
		if hold, err = strconv.Atoi(h); err != nil {
			return fmt.Errorf("bad %s: %w", helperHold, err)
		}
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	log := zerolog.New(os.Stderr).With().Timestamp().Str("owner", id).Logger().Level(zerolog.InfoLevel)
	keys, err := prover.Open(ctx, keysDir, prover.WithFamily(prover.RV32IMSegments{}), prover.WithClasses(provertest.SegmentClass),
		prover.WithVerifyOnly(), prover.WithLogger(log))
	if err != nil {
		return err
	}
	prog, in, err := loadSortRun()
	if err != nil {
		return err
	}
	plan, err := longrun.NewPlan(ctx, prog, in, executor.Config{}, provertest.SegmentClass)
	if err != nil {
		return err
	}
	cctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	f, err := Connect(cctx, testConfig(urls, token, ackWait, log))
	if err != nil {
		return err
	}
	defer f.Close()
	job, err := f.Job(cctx, id, keys)
	if err != nil {
		return err
	}
	defer job.Close()
	kept := 0
	onProof := func(sp *longrun.SegmentProof) error { // one call at a time
		fmt.Printf("PROOF %d\n", sp.Index)
		if kept++; hold > 0 && kept >= hold {
			fmt.Println("HOLD")
			<-ctx.Done()
			return ctx.Err()
		}
		return nil
	}
	segs, err := longrun.ProveSegments(ctx, plan, prog, in, executor.Config{}, job.Provers(ownerProvers), nil, onProof, nil)
	if err != nil {
		return err
	}
	for _, sp := range segs {
		b, err := longrun.EncodeSegmentProof(provertest.SegmentClass, sp)
		if err != nil {
			return err
		}
		fmt.Printf("SEG %s\n", b)
	}
	b, err := json.Marshal(ownerReport{Segments: len(segs), Stats: job.Stats()})
	if err != nil {
		return err
	}
	fmt.Printf("DONE %s\n", b)
	return nil
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

// startCluster starts n embedded JetStream servers routed to each other;
// opts change each server's configuration.
func startCluster(ctx context.Context, t testing.TB, n int, auth Auth, opts ...func(*EmbedConfig)) []*Embedded {
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
			for _, o := range opts {
				o(&cfg)
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
	p, in, err := loadSortRun()
	if err != nil {
		t.Fatal(err)
	}
	return p, in
}

// loadSortRun is the sort example's program and input (10 segments of 2^5).
func loadSortRun() (*executor.Program, *executor.Input, error) {
	data, err := os.ReadFile(filepath.Join("..", "examples", "sort", "sort.elf"))
	if err != nil {
		return nil, nil, err
	}
	p, err := executor.LoadELF(data, executor.Limits{})
	if err != nil {
		return nil, nil, err
	}
	return p, &executor.Input{Onchain: statement.WordsToBytes([]uint32{5, 3, 9, 1, 7, 2, 8, 6})}, nil
}
