package node

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/config"
	"github.com/zkprover/zkprover/jobs"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/prover/provertest"
)

// logLines collects a node's log lines and reports the first that contains
// one of the watched phrases.
type logLines struct {
	mu    sync.Mutex
	all   strings.Builder
	seen  chan string
	watch []string
}

func (l *logLines) Write(b []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.all.Write(b)
	for _, w := range l.watch {
		if strings.Contains(string(b), w) {
			select {
			case l.seen <- string(b):
			default:
			}
		}
	}
	return len(b), nil
}

func (l *logLines) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.all.String()
}

// TestDemoWithConcurrentSetup: while the node boots with the class it
// proves with (2^8), `zkprover setup` makes a smaller class (2^6) in the same
// keys folder. The development chain gets the verifiers of the classes the
// prover loaded, not of what the folder holds when it deploys, so the demo's
// fib(10) is proven with class 2^8, accepted on chain and received by the
// consumer (before, the chain side deployed the new class's verifier and a
// consumer capped at its steps, and the relay reverted with
// ProofClassTooLarge).
func TestDemoWithConcurrentSetup(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: real key setup, proof and development chain")
	}
	cached, err := provertest.KeysDir()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	keys := filepath.Join(dir, "keys")
	if err := os.MkdirAll(keys, 0o755); err != nil {
		t.Fatal(err)
	}
	linkClass(t, prover.ClassDir(cached, provertest.Class), prover.ClassDir(keys, provertest.Class))
	cfg := demoConfig(dir, filepath.Join("..", "examples", "fibonacci", "fibonacci.elf"))
	cfg.Prover.Class = 0 // every class in the folder: what a concurrent setup changes

	logs := demoLogs()
	log := zerolog.New(logs)
	// The prover loads class 2^8, then a setup of class 2^6 finishes in the
	// same folder before the chain side lists anything.
	open := func(ctx context.Context) (jobs.Prover, error) {
		p, err := OpenGnark(keys, 0, log)(ctx)
		if err != nil {
			return nil, err
		}
		if _, err := prover.SetupClass(ctx, keys, prover.DefaultFamily(), 6, nil, zerolog.Nop()); err != nil {
			return nil, err
		}
		return p, nil
	}
	runDemo(t, cfg, Options{Logger: log, OpenProver: open}, logs, `"output":"0x37000000"`)
	if ks, _ := prover.ListClasses(keys); len(ks) != 2 {
		t.Fatalf("classes %v: the concurrent setup did not happen", ks)
	}
	for _, want := range []string{`"class":8,"constraints"`, "class loaded"} {
		if !strings.Contains(logs.String(), want) {
			t.Fatalf("log lacks %s:\n%s", want, logs)
		}
	}
}

// demoConfig is a node configuration with the development chain on
// loopback (a block every 200 ms), whose demo job runs program.
func demoConfig(dir, program string) config.Config {
	cfg := testConfig(dir)
	cfg.Chain.Enabled = true
	cfg.Chain.DevAddr = "127.0.0.1:0"
	cfg.Chain.StatusAddr = "127.0.0.1:0"
	cfg.Chain.DevBlockPeriod = 200 * time.Millisecond
	cfg.Chain.Confirmations = 1
	cfg.Chain.ContractsDir = filepath.Join("..", "contracts")
	cfg.Chain.DevProgram = program
	return cfg
}

// demoLogs watches a node's log for the end of the development chain's
// demo, or a failure.
func demoLogs() *logLines {
	return &logLines{seen: make(chan string, 1), watch: []string{
		"demo: the consumer received the proven result on chain", "ProofClassTooLarge", "a part of the node failed"}}
}

// runDemo runs the node until its demo's result arrives on chain (the
// consumer's log line must contain want), then stops it.
func runDemo(t *testing.T, cfg config.Config, opts Options, logs *logLines, want string) {
	t.Helper()
	n, err := New(cfg, opts)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- n.Run(ctx) }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("node stopped with %v", err)
		}
	}()
	select {
	case line := <-logs.seen:
		if !strings.Contains(line, "demo: the consumer received the proven result on chain") || !strings.Contains(line, want) {
			t.Fatalf("the demo did not complete with %s: %s\nlog:\n%s", want, line, logs)
		}
		if a := n.MetricsAddr(); a != nil {
			checkMetricsDocumented(t, a.String())
		}
		// JSON logs into a pipe: the development chain's guide is a log line like the rest.
		if !strings.Contains(logs.String(), `"message":"development chain ready`) || !strings.Contains(logs.String(), `"signer_key":"0x`) {
			t.Fatalf("no development chain line in the JSON log:\n%s", logs)
		}
	case err := <-done:
		t.Fatalf("node stopped: %v\nlog:\n%s", err, logs)
	case <-time.After(10 * time.Minute):
		t.Fatalf("no demo result after 10 minutes\nlog:\n%s", logs)
	}
}

// linkClass puts the class folder from into to: its files hard-linked (a
// copy where links do not work). A symlinked folder is not a class folder.
func linkClass(t *testing.T, from, to string) {
	t.Helper()
	if err := os.MkdirAll(to, 0o755); err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(from)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		src, dst := filepath.Join(from, e.Name()), filepath.Join(to, e.Name())
		if os.Link(src, dst) == nil {
			continue
		}
		b, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(dst, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestDemoAfterRestart: the development chain is new at every start, with
// the same chain id, addresses and job ids; the node's queue is not. A
// second start's demo request (the same job id as the first's) gets a job of
// its own, proven for the new chain and received by its consumer (before,
// it was answered with the first start's job, whose proof binds the old
// chain's block, and the relay reverted with ProofInvalid).
func TestDemoAfterRestart(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: real proofs and two development chains")
	}
	cached, err := provertest.KeysDir()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	keys := filepath.Join(dir, "keys")
	linkClass(t, prover.ClassDir(cached, provertest.Class), prover.ClassDir(keys, provertest.Class))
	cfg := demoConfig(dir, filepath.Join("..", "examples", "fibonacci", "fibonacci.elf"))
	cfg.Prover.Class = provertest.Class
	for start := range 2 {
		logs := demoLogs()
		logs.watch = append(logs.watch, "demo: the request failed")
		runDemo(t, cfg, Options{Logger: zerolog.New(logs), OpenProver: OpenGnark(keys, provertest.Class, zerolog.Nop())}, logs, `"output":"0x37000000"`)
		if start == 0 {
			continue
		}
		if !strings.Contains(logs.String(), "job queued") || strings.Contains(logs.String(), "not queued again") {
			t.Fatalf("the second start's demo did not get a job of its own:\n%s", logs)
		}
	}
}

// checkMetricsDocumented scrapes a node with a chain side and checks that the chain side's
// metrics are there (the listener's progress, the relayer's balance) and that every zkprover_
// metric it serves is documented (docs/node.md's table, or docs/relayer.md for the relay's).
func checkMetricsDocumented(t *testing.T, addr string) {
	t.Helper()
	_, body := httpGet(t, "http://"+addr+"/metrics")
	var docs string
	for _, f := range []string{"node.md", "relayer.md"} {
		b, err := os.ReadFile(filepath.Join("..", "docs", f))
		if err != nil {
			t.Fatal(err)
		}
		docs += string(b)
	}
	names := map[string]bool{}
	for _, line := range strings.Split(body, "\n") {
		if f := strings.Fields(line); len(f) >= 3 && f[0] == "#" && f[1] == "TYPE" && strings.HasPrefix(f[2], "zkprover_") {
			names[f[2]] = true
		}
	}
	for _, want := range []string{"zkprover_listener_processed_block", "zkprover_listener_head_block", "zkprover_listener_lag_blocks",
		"zkprover_relay_sender_balance_wei", "zkprover_relay_transactions", "zkprover_chain_requests"} {
		if !names[want] {
			t.Errorf("metrics lack %s", want)
		}
	}
	for name := range names {
		if !strings.Contains(docs, "`"+name+"`") && !strings.Contains(docs, "`"+name+"{") && !strings.Contains(docs, name+"`") {
			t.Errorf("metric %s is not documented in docs/node.md or docs/relayer.md", name)
		}
	}
}
