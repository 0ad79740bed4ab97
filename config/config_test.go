package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/spf13/pflag"
)

func newFlagSet() *pflag.FlagSet { return pflag.NewFlagSet("test", pflag.ContinueOnError) }

func load(t *testing.T, args []string, env map[string]string) (Config, error) {
	t.Helper()
	fs := newFlagSet()
	Flags(fs)
	if err := fs.Parse(args); err != nil {
		t.Fatal(err)
	}
	return Load(fs, func(k string) (string, bool) { v, ok := env[k]; return v, ok })
}

func TestPrecedence(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "zkprover.yaml")
	yml := "addr: 0.0.0.0:1\ndata: /from/file\nretention: 24h\nworkers: 3\nlog-level: debug\nrelay-max-fee-gwei: 7\naggregator: [a:1, b:2]\naggregator-tls: true\n"
	if err := os.WriteFile(file, []byte(yml), 0o600); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"ZKPROVER_DATA": "/from/env", "ZKPROVER_ADDR": "0.0.0.0:2", "ZKPROVER_CONFIRMATIONS": "5"}
	c, err := load(t, []string{"--config", file, "--addr", "127.0.0.1:7", "--relay-ordered", "--chain=false"}, env)
	if err != nil {
		t.Fatal(err)
	}
	if c.Node.Addr != "127.0.0.1:7" || c.Node.Data != "/from/env" || c.Queue.Retention != 24*time.Hour || c.Jobs.Workers != 3 ||
		c.Log.Level != "debug" || c.Queue.MaxPending != 1024 || c.Relayer.MaxFeeGwei != 7 || c.Chain.Confirmations != 5 ||
		!c.Relayer.Ordered || c.Chain.Enabled || strings.Join(c.Aggregators.Addrs, ",") != "a:1,b:2" {
		t.Fatalf("config %+v", c)
	}
	// defaults
	c, err = load(t, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.Node.Addr != "127.0.0.1:50051" || c.Node.Data != "./data" || c.Log.Level != "info" || c.Queue.Retention != 7*24*time.Hour || !c.Chain.Enabled {
		t.Fatalf("defaults %+v", c)
	}
}

// misspelt is a config file key that is no key (the flag is addr): it must
// be refused by name.
const misspelt = "listen-address"

func TestErrorsNameTheCulprit(t *testing.T) {
	for _, bad := range []struct {
		args []string
		env  map[string]string
		want string
	}{
		{[]string{"--workers", "many"}, nil, "--workers"},
		{nil, map[string]string{"ZKPROVER_RETENTION": "forever"}, "ZKPROVER_RETENTION"},
		{[]string{"--log-level", "loud"}, nil, "log-level"},
		{[]string{"--rpc-url", "http://x", "--job-manager", "nope"}, nil, "job-manager"},
		{[]string{"--rpc-url", "http://x", "--job-manager", "0x00000000000000000000000000000000000000aa"}, nil, "relayer-keystore"},
		{[]string{"--aggregator", "nohostport"}, nil, "aggregator"},
		{nil, map[string]string{"ZKPROVER_DEVCHAIN_DEMO": "perhaps"}, "ZKPROVER_DEVCHAIN_DEMO"},
	} {
		if _, err := load(t, bad.args, bad.env); err == nil || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("%v %v: error %v, want mention of %s", bad.args, bad.env, err, bad.want)
		}
	}
	file := filepath.Join(t.TempDir(), "bad.yaml")
	if err := os.WriteFile(file, []byte(misspelt+": x\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := load(t, []string{"--config", file}, nil); err == nil || !strings.Contains(err.Error(), misspelt) {
		t.Fatalf("unknown key: %v", err)
	}
}

// TestEveryKeyEverywhere: each key has a flag, an environment variable and
// a config file key, and changes its own field only.
func TestEveryKeyEverywhere(t *testing.T) {
	def := Default()
	names := map[string]bool{}
	for _, s := range Settings(&def) {
		if names[s.Name] {
			t.Fatalf("key %s twice", s.Name)
		}
		names[s.Name] = true
		fs := newFlagSet()
		Flags(fs)
		if fs.Lookup(s.Name) == nil {
			t.Errorf("%s has no flag", s.Name)
		}
	}
}

// TestDocsListEveryKey: docs/node.md holds the table Markdown makes.
func TestDocsListEveryKey(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "docs", "node.md"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), Markdown()) {
		t.Fatalf("docs/node.md does not hold the current table of configuration keys; put this in it:\n\n%s", Markdown())
	}
}

// TestPlaintextOnlyOnLoopback: a listener outside loopback needs TLS, or an
// explicit insecure.
func TestPlaintextOnlyOnLoopback(t *testing.T) {
	for _, args := range [][]string{
		{"--addr", "0.0.0.0:50051"},
		{"--metrics-addr", "10.1.2.3:9464"},
		{"--relay-status-addr", ":9465"},
	} {
		if _, err := load(t, args, nil); err == nil || !strings.Contains(err.Error(), "insecure") {
			t.Errorf("%v: %v, want a refusal naming insecure", args, err)
		}
		if _, err := load(t, append(args, "--insecure"), nil); err != nil {
			t.Errorf("%v --insecure: %v", args, err)
		}
		// (TLS alone is not enough for a door that serves callers:
		// TestAnonymousOnlyOnLoopback)
		if _, err := load(t, append(args, "--tls-cert", "c.pem", "--tls-key", "k.pem", "--auth-tokens", "tokens"), nil); err != nil {
			t.Errorf("%v with TLS: %v", args, err)
		}
	}
	if _, err := load(t, []string{"--relay-status-addr", ":9465", "--chain=false"}, nil); err != nil {
		t.Errorf("the relay status address of a node without a chain side: %v", err)
	}
	for _, bad := range [][]string{{"--tls-cert", "c.pem"}, {"--tls-client-ca", "ca.pem"}, {"--aggregator-tls-ca", "ca.pem"}, {"--admission-rate", "-1"}} {
		if _, err := load(t, bad, nil); err == nil {
			t.Errorf("%v accepted", bad)
		}
	}
}

// TestListenAddrsAreHostPort: a listen address without a port, or with a
// port that is no number in 0..65535, is refused by name at validation (it
// was reported as "not a loopback address ... no TLS", or failed only at the
// listen after the store opened), whatever the TLS keys say.
func TestListenAddrsAreHostPort(t *testing.T) {
	for _, bad := range []struct {
		args []string
		want string
	}{
		{[]string{"--addr", "127.0.0.1"}, "addr 127.0.0.1: want HOST:PORT (e.g. 127.0.0.1:50051)"},
		{[]string{"--addr", ":99999"}, `addr :99999: port "99999": want a number in 0..65535`},
		{[]string{"--addr", ":99999", "--insecure"}, "addr :99999: port"},
		{[]string{"--addr", "127.0.0.1", "--tls-cert", "c.pem", "--tls-key", "k.pem"}, "addr 127.0.0.1: want HOST:PORT"},
		{[]string{"--metrics-addr", "bad:port"}, `metrics-addr bad:port: port "port"`},
		{[]string{"--relay-status-addr", "localhost"}, "relay-status-addr localhost: want HOST:PORT (e.g. 127.0.0.1:9465)"},
		{[]string{"--devchain-addr", "127.0.0.1:70000"}, "devchain-addr 127.0.0.1:70000: port"},
		{[]string{"--coprocessor-gateway-addr", "8080"}, "coprocessor-gateway-addr 8080: want HOST:PORT"},
		{[]string{"--infernet", "--infernet-addr", "127.0.0.1:"}, "infernet-addr 127.0.0.1:: port"},
		{[]string{"--fleet-embed", "--fleet-listen", "4222"}, "fleet-listen 4222: want HOST:PORT"},
		{[]string{"--fleet-embed", "--fleet-cluster", "127.0.0.1:x"}, "fleet-cluster 127.0.0.1:x: port"},
	} {
		_, err := load(t, bad.args, nil)
		if err == nil || !strings.Contains(err.Error(), bad.want) || strings.Contains(err.Error(), "loopback") {
			t.Errorf("%v: %v, want an error with %q", bad.args, err, bad.want)
		}
	}
	// addresses a configuration does not use are not checked
	for _, ok := range [][]string{
		{"--chain=false", "--relay-status-addr", "nope", "--devchain-addr", "nope"},
		{"--infernet-addr", "nope"},
		{"--addr", "127.0.0.1:0", "--metrics-addr", "", "--coprocessor-gateway-addr", ""},
	} {
		if _, err := load(t, ok, nil); err != nil {
			t.Errorf("%v: %v", ok, err)
		}
	}
}

// TestConsoleLogHasNoColourOffTerminal: --log-format console writes no ANSI
// escapes into a file or a pipe.
func TestConsoleLogHasNoColourOffTerminal(t *testing.T) {
	c := Default()
	c.Log.Format = "console"
	var b strings.Builder
	log := c.LoggerTo(&b)
	log.Warn().Str("k", "v").Msg("hello")
	if !strings.Contains(b.String(), "hello") || strings.Contains(b.String(), "\x1b[") {
		t.Fatalf("console log off a terminal: %q", b.String())
	}
	f, err := os.Create(filepath.Join(t.TempDir(), "log"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	flog := c.LoggerTo(f)
	flog.Error().Msg("to a file")
	if got, _ := os.ReadFile(f.Name()); !strings.Contains(string(got), "to a file") || strings.Contains(string(got), "\x1b[") {
		t.Fatalf("console log into a file: %q", got)
	}
}

// TestFleetKeys: the fleet's keys are checked together, and an embedded
// fleet server off loopback needs TLS, clients' credentials and (with a
// cluster) the route user, or insecure.
func TestFleetKeys(t *testing.T) {
	for _, ok := range [][]string{
		{"--fleet", "nats://a:4222,nats://b:4222"},
		{"--fleet-embed"},
		{"--fleet-embed", "--fleet-cluster", "127.0.0.1:6222", "--fleet-routes", "nats-route://127.0.0.1:6223", "--fleet-replicas", "3"},
		{"--fleet-embed", "--fleet-listen", "0.0.0.0:4222", "--tls-cert", "c.pem", "--tls-key", "k.pem", "--fleet-token", "t"},
		{"--fleet-embed", "--fleet-listen", "0.0.0.0:4222", "--tls-cert", "c.pem", "--tls-key", "k.pem", "--tls-client-ca", "ca.pem"},
		{"--fleet-embed", "--fleet-listen", "0.0.0.0:4222", "--fleet-cluster", "0.0.0.0:6222", "--tls-cert", "c.pem", "--tls-key", "k.pem",
			"--fleet-token", "t", "--fleet-route-user", "r", "--fleet-route-password", "p"},
	} {
		if _, err := load(t, ok, nil); err != nil {
			t.Errorf("%v: %v", ok, err)
		}
	}
	for _, bad := range []struct {
		args []string
		want string
	}{
		{[]string{"--fleet", "a:4222"}, "nats://"},
		{[]string{"--fleet-embed", "--segment-class", "0"}, "segment-class"},
		{[]string{"--fleet-embed", "--fleet-replicas", "2"}, "fleet-replicas"},
		{[]string{"--fleet-embed", "--fleet-tasks", "0"}, "fleet-tasks"},
		{[]string{"--fleet-embed", "--fleet-routes", "nats-route://x:6222"}, "fleet-cluster"},
		{[]string{"--fleet-embed", "--fleet-listen", "0.0.0.0:4222"}, "insecure"},
		// TLS alone: anyone who reaches the port is a client
		{[]string{"--fleet-embed", "--fleet-listen", "0.0.0.0:4222", "--tls-cert", "c.pem", "--tls-key", "k.pem"}, "fleet-token"},
		// routes off loopback without the route user: any server may route in
		{[]string{"--fleet-embed", "--fleet-listen", "0.0.0.0:4222", "--fleet-cluster", "0.0.0.0:6222", "--tls-cert", "c.pem", "--tls-key", "k.pem", "--fleet-token", "t"}, "fleet-route-user"},
		{[]string{"--fleet", "nats://a:4222", "--fleet-tls-cert", "c.pem"}, "fleet-tls-key"},
	} {
		if _, err := load(t, bad.args, nil); err == nil || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("%v: %v, want an error naming %s", bad.args, err, bad.want)
		}
	}
}

// TestClassBounds: a class outside the prover's (2^4..2^24) is refused by
// validation, not at the key setup after the node started serving.
func TestClassBounds(t *testing.T) {
	for _, ok := range []string{"0", "4", "12", "24"} {
		if _, err := load(t, []string{"--class", ok}, nil); err != nil {
			t.Errorf("class %s: %v", ok, err)
		}
	}
	for _, bad := range []string{"2", "25", "-1"} {
		if _, err := load(t, []string{"--class", bad}, nil); err == nil || !strings.Contains(err.Error(), "class") {
			t.Errorf("class %s: %v, want refused", bad, err)
		}
	}
}

// TestEmptyEnvClears: a variable set empty sets its key empty over the
// config file (it was ignored, so an address could not be turned off by the
// environment, the only configuration of many containers).
func TestEmptyEnvClears(t *testing.T) {
	file := filepath.Join(t.TempDir(), "zkprover.yaml")
	if err := os.WriteFile(file, []byte("metrics-addr: 127.0.0.1:9464\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	c, err := load(t, []string{"--config", file}, nil)
	if err != nil || c.Node.MetricsAddr != "127.0.0.1:9464" {
		t.Fatalf("from the file: %q %v", c.Node.MetricsAddr, err)
	}
	c, err = load(t, []string{"--config", file}, map[string]string{"ZKPROVER_METRICS_ADDR": ""})
	if err != nil || c.Node.MetricsAddr != "" {
		t.Fatalf("set empty in the environment: %q %v", c.Node.MetricsAddr, err)
	}
}

// TestPerClientSharesFollowTheirBounds: unset, a client's share of the queue and of the
// program store is a quarter of max-pending and max-program-bytes, whatever those are set to
// (a deployment that raised max-pending keeps its proportion); set, it is what was set.
func TestPerClientSharesFollowTheirBounds(t *testing.T) {
	if err := func() error { c := Default(); c.Prover.WorkerIdleStop = time.Second; return c.Validate() }(); err == nil {
		t.Error("a worker-idle-stop shorter than a key load accepted")
	}
	c := Default()
	if c.Queue.PendingPerClient() != c.Queue.MaxPending/4 || c.Queue.ProgramBytesPerClient() != int64(c.Queue.MaxProgramBytes)/4 {
		t.Fatalf("defaults: %d jobs, %d bytes", c.Queue.PendingPerClient(), c.Queue.ProgramBytesPerClient())
	}
	c.Queue.MaxPending, c.Queue.MaxProgramBytes = 10000, 8<<30
	if c.Queue.PendingPerClient() != 2500 || c.Queue.ProgramBytesPerClient() != 2<<30 {
		t.Fatalf("raised bounds: %d jobs, %d bytes", c.Queue.PendingPerClient(), c.Queue.ProgramBytesPerClient())
	}
	c.Queue.MaxProgramBytes = 64 << 20
	if c.Queue.ProgramBytesPerClient() != int64(c.Queue.MaxRequestBytes) {
		t.Fatalf("max-program-bytes 64 MiB: %d bytes a client, want one program of the largest request", c.Queue.ProgramBytesPerClient())
	}
	c.Queue.MaxPending = 2
	if c.Queue.PendingPerClient() != 1 {
		t.Fatalf("max-pending 2: %d jobs a client", c.Queue.PendingPerClient())
	}
	c.Queue.MaxPendingEach, c.Queue.MaxProgramsEach = 7, 9
	if c.Queue.PendingPerClient() != 7 || c.Queue.ProgramBytesPerClient() != 9 {
		t.Fatalf("set: %d jobs, %d bytes", c.Queue.PendingPerClient(), c.Queue.ProgramBytesPerClient())
	}
	c = Default()
	if got := c.Queue.StoredBytesPerClient(); got != DefaultMaxStoredBytes/4 {
		t.Fatalf("default: %d stored bytes a client, want a quarter of max-stored-bytes", got)
	}
	c.Queue.MaxStoredBytes = 1 << 20
	if got := c.Queue.StoredBytesPerClient(); got != int64(c.Queue.MaxRequestBytes) {
		t.Fatalf("max-stored-bytes 1 MiB: %d stored bytes a client, want one job of the largest request", got)
	}
	c.Queue.MaxStoredEach = 11
	if got := c.Queue.StoredBytesPerClient(); got != 11 {
		t.Fatalf("set: %d stored bytes a client", got)
	}
	if err := c.Validate(); err == nil || !strings.Contains(err.Error(), "max-stored-bytes-per-client") {
		t.Fatalf("a share below one job of the largest request: %v", err)
	}
	c.Queue.MaxStoredEach = c.Queue.MaxRequestBytes
	if err := c.Validate(); err != nil {
		t.Fatalf("a share of one job of the largest request: %v", err)
	}
}

// TestUnknownEnv: a ZKPROVER_ variable that names no setting (a typo) is listed; settings'
// variables, the CLI's and the tests' are not, nor variables of other programs.
func TestUnknownEnv(t *testing.T) {
	got := UnknownEnv([]string{"ZKPROVER_WORKERS=2", "ZKPROVER_WORKER=3", "ZKPROVER_MIN_FREE_DISKS=5", "ZKPROVER_TOKEN=x",
		"ZKPROVER_CONFIG=c.yaml", "ZKPROVER_TEST_LOG=1", "ZKPROVER_E2E_KEYS=/k", "HOME=/root", "ZKPROVER_MAX_CONNECTIONS=1"})
	if strings.Join(got, ",") != "ZKPROVER_MIN_FREE_DISKS,ZKPROVER_WORKER" {
		t.Fatalf("unknown variables %v", got)
	}
}
