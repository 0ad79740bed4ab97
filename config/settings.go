package config

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/pflag"
	"gopkg.in/yaml.v3"
)

// Setting is one configuration key: its flag name (also its config file
// key), its environment variable, its section and what it means.
type Setting struct {
	Name    string // flag name and config file key
	Section string // the subsystem (the Config field it belongs to)
	Usage   string
	value   pflag.Value
}

// Env is the setting's environment variable.
func (s Setting) Env() string {
	return "ZKPROVER_" + strings.ToUpper(strings.ReplaceAll(s.Name, "-", "_"))
}

// Default is the setting's default value as text.
func (s Setting) Default() string { return s.value.String() }

// Settings lists every key of c, bound to c's fields, in documentation order.
func Settings(c *Config) []Setting {
	return []Setting{
		{"log-level", "log", "log level: trace, debug, info, warn, error", (*strVal)(&c.Log.Level)},
		{"log-format", "log", "log format: json or console (console: coloured on a terminal, plain into files and pipes)", (*strVal)(&c.Log.Format)},

		{"addr", "node", "gRPC listen address HOST:PORT of the gRPC doors (zkprover.v1, health)", (*strVal)(&c.Node.Addr)},
		{"data", "node", "data folder (job store, programs, keys, chain stores)", (*strVal)(&c.Node.Data)},
		{"metrics-addr", "node", "Prometheus /metrics, /healthz and /readyz listen address (empty: off)", (*strVal)(&c.Node.MetricsAddr)},
		{"grace", "node", "on shutdown, how long a running job may finish before it is requeued", (*durVal)(&c.Node.Grace)},
		{"max-connections", "node", "most connections each listener (the gRPC doors, the coprocessor gateway, the Infernet endpoint, the relay status API, metrics) holds open; one more is closed at once (metric zkprover_connections_refused_total); 0: no bound", (*intVal)(&c.Node.MaxConns)},
		{"max-connections-per-host", "node", "most connections one remote host (an IPv4 address, an IPv6 /64) holds open on each listener, so that one host cannot take every connection from the others; behind a proxy or NAT every client has the proxy's address: set 0 (no bound) there and bound the proxy", (*intVal)(&c.Node.MaxConnsPerHost)},
		{"stop-timeout", "node", "on shutdown, how long each component may take to stop before it is stopped hard", (*durVal)(&c.Node.StopTimeout)},

		{"max-pending", "queue", "most queued plus running jobs; more are refused", (*intVal)(&c.Queue.MaxPending)},
		{"max-pending-per-client", "queue", "most queued plus running jobs of one authenticated client (a token's name, an aggregator's stream), so that one cannot take the whole queue; more are refused (queue full, reason client_queue_full); calls without authentication are bounded by max-pending only; 0: a quarter of max-pending (set max-pending for no share)", (*intVal)(&c.Queue.MaxPendingEach)},
		{"max-request-bytes", "queue", "largest request (and gRPC message) accepted, bytes", (*intVal)(&c.Queue.MaxRequestBytes)},
		{"retention", "queue", "how long finished jobs are kept", (*durVal)(&c.Queue.Retention)},
		{"sweep-every", "queue", "how often finished jobs past retention are deleted", (*durVal)(&c.Queue.SweepEvery)},
		{"sync-writes", "queue", "fsync every queue write (durable across power loss)", (*boolVal)(&c.Queue.SyncWrites)},
		{"max-program-bytes", "queue", "cap on the bytes of all stored programs; a new program over it is refused (programs no job uses are deleted after the retention)", (*intVal)(&c.Queue.MaxProgramBytes)},
		{"max-program-bytes-per-client", "queue", "cap on the bytes of the programs one authenticated client stored first (a program stored already costs nothing more), so that one cannot fill max-program-bytes; a new program over it is refused (reason client_program_store_full); 0: a quarter of max-program-bytes (set max-program-bytes for no share)", (*intVal)(&c.Queue.MaxProgramsEach)},
		{"max-stored-bytes-per-client", "queue", "cap on the bytes (requests and results) of one authenticated client's stored jobs, finished and cancelled ones included until the retention sweep deletes them, so that one cannot fill max-stored-bytes for the others; more are refused (queue full, reason client_queue_full); 0: a quarter of max-stored-bytes, at least max-request-bytes", (*intVal)(&c.Queue.MaxStoredEach)},
		{"max-stored-bytes", "queue", "cap on the bytes of all stored jobs' requests and results, finished ones included until the retention sweep deletes them; new jobs past it are refused (queue full)", (*intVal)(&c.Queue.MaxStoredBytes)},
		{"min-free-disk", "queue", "free bytes kept on the disk of the data folder's job store: below it new jobs and programs are refused (queue full, reason disk_low) while admitted jobs go on; 0 keeps no reserve", (*intVal)(&c.Queue.MinFreeDisk)},

		{"workers", "jobs", "jobs proved at the same time", (*intVal)(&c.Jobs.Workers)},
		{"max-cycles", "jobs", "cap on any job's maxCycles", (*u64Val)(&c.Jobs.MaxCycles)},
		{"max-wait", "jobs", "cap on a GetProof timeout", (*durVal)(&c.Jobs.MaxWait)},
		{"max-waiting", "jobs", "most GetProof calls waiting at once, all streams and doors together (one authenticated client: a quarter of them); more are refused (RESOURCE_EXHAUSTED)", (*intVal)(&c.Jobs.MaxWaiting)},

		{"keys", "prover", "proving keys folder (default <data>/keys, where development keys are made on first start); a folder named here must exist (one that does not is a typo or a missing mount: the node stops rather than make development keys there)", (*strVal)(&c.Prover.Keys)},
		{"class", "prover", fmt.Sprintf("prover class (log2 of steps) to load, set up on first start; 0: every class in the keys folder, or %d when there is none", DefaultClass), (*intVal)(&c.Prover.Class)},
		{"segment-class", "prover", "log2 of a segment's steps for runs longer than every class: proven in segments, aggregated into one final proof; the keys are made in the background after start (2^12: about 12 minutes on 2 busy cores, 7 GB of memory, 3 GB on disk); 0: long runs off", (*intVal)(&c.Prover.SegmentClass)},
		{"segment-workers", "prover", "segments of a long run proven at once, each in its own prove worker process", (*intVal)(&c.Prover.SegmentWorkers)},
		{"worker-idle-stop", "prover", "stop every long-run prove worker (and the proving key it holds in memory) once no long job has run for this long; the next long job starts them again, after their key loads; 0 keeps them warm, else at least a minute (not on a fleet member; the aggregator channel's aggregations and sequence final proofs count as long jobs)", (*durVal)(&c.Prover.WorkerIdleStop)},
		{"keep-segment-workers", "prover", "keep the segment prove workers and their proving keys loaded through the aggregations too (a long job that comes while another aggregates starts its first segment at once); by default an idle worker is stopped once no segment is being proven, so that the aggregations have its memory, and started again once no long job is left (never stopped on a fleet member: its workers prove the fleet's tasks too)", (*boolVal)(&c.Prover.KeepSegmentWorkers)},
		{"gpu", "prover", "prove on a CUDA GPU through ICICLE: every class, long-run stage and prove worker (a binary built with -tags icicle, docs/proving.md; checked at start)", (*boolVal)(&c.Prover.GPU)},
		{"prove-in-process", "prover", "prove in the node's process instead of prove worker processes (whole runs, and long runs' segments, aggregations and final proofs; a cancelled proof then runs on to its end in the background)", (*boolVal)(&c.Prover.InProcess)},

		{"aggregator", "aggregators", "aggregator HOST:PORT to dial and serve (repeatable; comma-separated in env and config file lists)", (*listVal)(&c.Aggregators.Addrs)},
		{"prover-name", "aggregators", "prover name reported to aggregators (default: the host name)", (*strVal)(&c.Aggregators.ProverName)},
		{"fork-id", "aggregators", "fork id reported to aggregators; they drop provers of another fork", (*u64Val)(&c.Aggregators.ForkID)},
		{"aggregator-watchdog", "aggregators", "drop and redial an aggregator stream after this long without a message", (*durVal)(&c.Aggregators.Watchdog)},
		{"aggregator-backoff", "aggregators", "first redial delay after an aggregator stream ends (doubles, with jitter)", (*durVal)(&c.Aggregators.Backoff)},
		{"aggregator-backoff-max", "aggregators", "cap on the aggregator redial delay", (*durVal)(&c.Aggregators.BackoffMax)},
		{"aggregator-dial-timeout", "aggregators", "how long opening an aggregator stream may take", (*durVal)(&c.Aggregators.DialTimeout)},

		{"chain", "chain", "follow a chain and relay results (false: gRPC doors only)", (*boolVal)(&c.Chain.Enabled)},
		{"rpc-url", "chain", "Ethereum JSON-RPC URL; empty: start the embedded development chain", (*strVal)(&c.Chain.RPCURL)},
		{"job-manager", "chain", "JobManager address (with rpc-url)", (*strVal)(&c.Chain.JobManager)},
		{"coordinator", "chain", "Coordinator address (with rpc-url; optional)", (*strVal)(&c.Chain.Coordinator)},
		{"confirmations", "chain", "confirmation depth for relayed results and followed events", (*u64Val)(&c.Chain.Confirmations)},
		{"start-block", "chain", "first block the listener scans on a fresh store", (*u64Val)(&c.Chain.StartBlock)},
		{"relay-status-addr", "chain", "HTTP address of the relay status API (empty: off)", (*strVal)(&c.Chain.StatusAddr)},
		{"rpc-timeout", "chain", "bound on each JSON-RPC call of the relayer, the listener, the bridge and the development chain's client", (*durVal)(&c.Chain.RPCTimeout)},
		{"contracts-dir", "chain", "contracts folder (solcjs for compiling the exported verifier)", (*strVal)(&c.Chain.ContractsDir)},
		{"devchain-addr", "chain", "JSON-RPC address of the embedded development chain (plaintext and without authentication: loopback only, unless insecure)", (*strVal)(&c.Chain.DevAddr)},
		{"devchain-block-period", "chain", "block period of the development chain", (*durVal)(&c.Chain.DevBlockPeriod)},
		{"devchain-program", "chain", "program of the development chain's example consumer", (*strVal)(&c.Chain.DevProgram)},
		{"devchain-demo", "chain", "on the development chain, request one job at start and report its on-chain result", (*boolVal)(&c.Chain.DevDemo)},

		{"relayer-keystore", "relayer", "go-ethereum keystore file of the relayer's key", (*strVal)(&c.Relayer.Keystore)},
		{"relayer-passphrase-file", "relayer", "file holding the keystore passphrase (its owner's only: refused when group or others may access it; chmod 600)", (*strVal)(&c.Relayer.PassphraseFile)},
		{"relayer-passphrase-env", "relayer", "environment variable holding the keystore passphrase", (*strVal)(&c.Relayer.PassphraseEnv)},
		{"relay-max-fee-gwei", "relayer", "cap on the fee per gas of relay transactions (gwei)", (*u64Val)(&c.Relayer.MaxFeeGwei)},
		{"relay-ordered", "relayer", "relay each consumer's results in request order, one at a time", (*boolVal)(&c.Relayer.Ordered)},

		{"coprocessor-gateway-addr", "coprocessor", "listen address of the coprocessor API's JSON gateway (POST /v1/coprocessor_node/...; empty: off)", (*strVal)(&c.Coprocessor.GatewayAddr)},
		{"infernet", "coprocessor", "serve the Infernet container endpoint (POST /service_output) on infernet-addr", (*boolVal)(&c.Coprocessor.Infernet)},
		{"infernet-addr", "coprocessor", "listen address of the Infernet container endpoint", (*strVal)(&c.Coprocessor.InfernetAddr)},

		{"tls-cert", "security", "TLS certificate (PEM) of every listener (refused outside its validity period, a warning 14 days before it ends); empty: plaintext (allowed on loopback only, unless insecure)", (*strVal)(&c.Security.TLSCert)},
		{"tls-key", "security", "key (PEM) of tls-cert, its owner's only (refused when group or others may access it: chmod 600); both files are re-read when they change", (*strVal)(&c.Security.TLSKey)},
		{"tls-client-ca", "security", "CA (PEM) of client certificates: clients must present one it signed (mTLS); without auth-tokens each client is known by its certificate's name (CN): its own jobs, the submit role", (*strVal)(&c.Security.TLSClientCA)},
		{"tls-client-admins", "security", "client certificate names (CN) with the admin role when clients are known by their certificates (tls-client-ca without auth-tokens; repeatable; comma-separated in env and config file lists)", (*listVal)(&c.Security.TLSClientAdmins)},
		{"insecure", "security", "allow off loopback, each logged as a warning at start: listeners without TLS, doors without auth-tokens or tls-client-ca (every caller an anonymous admin), the development chain, aggregators without aggregator-tls", (*boolVal)(&c.Security.Insecure)},
		{"auth-tokens", "security", "token file: name:sha256-of-token[:role] a line, roles read, submit, admin (refused when group or others may write it); empty: no authentication, every caller an admin (off loopback only with tls-client-ca or insecure)", (*strVal)(&c.Security.AuthTokens)},
		{"admission-rate", "security", "requests that submit or run work (GenProof, Execute, SubmitJob, SubmitProgram, ...) one client may make per second (0: no limit)", (*floatVal)(&c.Security.AdmissionRate)},
		{"admission-burst", "security", "such requests one client may make at once above admission-rate", (*intVal)(&c.Security.AdmissionBurst)},
		{"aggregator-tls", "security", "dial aggregators over TLS (needed for an aggregator off loopback, unless insecure)", (*boolVal)(&c.Security.AggregatorTLS)},
		{"aggregator-tls-ca", "security", "CA (PEM) of the aggregators' certificates (empty: the system's roots)", (*strVal)(&c.Security.AggregatorTLSCA)},
		{"aggregator-tls-cert", "security", "client certificate (PEM) the node presents to aggregators (mTLS)", (*strVal)(&c.Security.AggregatorTLSCert)},
		{"aggregator-tls-key", "security", "key (PEM) of aggregator-tls-cert", (*strVal)(&c.Security.AggregatorTLSKey)},

		{"fleet", "fleet", "NATS servers of a prover fleet to join: long runs' segments are proven by its members (repeatable; comma-separated in env and config file lists; docs/fleet.md)", (*listVal)(&c.Fleet.URLs)},
		{"fleet-embed", "fleet", "run a JetStream server for the fleet inside the node", (*boolVal)(&c.Fleet.Embed)},
		{"fleet-listen", "fleet", "client listen address HOST:PORT of the embedded fleet server", (*strVal)(&c.Fleet.Listen)},
		{"fleet-cluster", "fleet", "cluster listen address HOST:PORT of the embedded fleet server (empty: a single server)", (*strVal)(&c.Fleet.Cluster)},
		{"fleet-routes", "fleet", "nats-route://HOST:PORT of the other embedded fleet servers (repeatable)", (*listVal)(&c.Fleet.Routes)},
		{"fleet-store", "fleet", "JetStream folder of the embedded fleet server (default <data>/fleet)", (*strVal)(&c.Fleet.Store)},
		{"fleet-token", "fleet", "NATS token fleet members present (and the embedded server demands); prefer the environment", (*strVal)(&c.Fleet.Token)},
		{"fleet-tls-ca", "fleet", "CA (PEM) of the fleet servers' certificates: connect over TLS", (*strVal)(&c.Fleet.TLSCA)},
		{"fleet-tls-cert", "fleet", "client certificate (PEM) presented to the fleet servers (mTLS)", (*strVal)(&c.Fleet.TLSCert)},
		{"fleet-tls-key", "fleet", "key (PEM) of fleet-tls-cert", (*strVal)(&c.Fleet.TLSKey)},
		{"fleet-route-user", "fleet", "user the embedded fleet servers present to each other on their routes", (*strVal)(&c.Fleet.RouteUser)},
		{"fleet-route-password", "fleet", "password of fleet-route-user; prefer the environment", (*strVal)(&c.Fleet.RoutePass)},
		{"fleet-replicas", "fleet", "replicas of the fleet's streams when this node creates them: 1, or 3 on a cluster of three servers", (*intVal)(&c.Fleet.Replicas)},
		{"fleet-tasks", "fleet", "segments of one long job in flight on the fleet at once", (*intVal)(&c.Fleet.Tasks)},
	}
}

// Flags registers every key (and --config) on fs, with the defaults as their
// shown defaults. Call Load after parsing.
func Flags(fs *pflag.FlagSet) {
	def := Default()
	for _, s := range Settings(&def) {
		usage := s.Usage + " (env " + s.Env() + ")"
		switch s.value.(type) {
		case *listVal:
			fs.StringArray(s.Name, nil, usage)
		case *boolVal:
			// a bool flag: --flag alone is true, --flag=false false (help
			// shows it as a switch, not as string[="true"])
			fs.Bool(s.Name, s.Default() == "true", usage)
		default:
			// held as text until Load layers it over the file and the
			// environment; help shows the setting's own type (--workers
			// int, --grace duration), not "string"
			fs.Var(&typedText{text: s.Default(), typ: s.value.Type()}, s.Name, usage)
		}
	}
	fs.String("config", "", "YAML config file with the same keys as the flags (env ZKPROVER_CONFIG)")
}

// typedText is a flag's text, parsed by Load; Type names the setting's type
// for help.
type typedText struct{ text, typ string }

func (t *typedText) String() string     { return t.text }
func (t *typedText) Set(v string) error { t.text = v; return nil }
func (t *typedText) Type() string       { return t.typ }

// UnknownEnv lists the ZKPROVER_ variables of environ (os.Environ's form) that name no
// setting: a misspelt one (ZKPROVER_WORKER for ZKPROVER_WORKERS) is ignored otherwise, where
// an unknown config file key stops the node. Sorted.
func UnknownEnv(environ []string) []string {
	// ZKPROVER_ variables that name no setting but mean something (to the CLI, the build, the
	// tests), and the prefixes of such families
	otherEnv := map[string]bool{"ZKPROVER_CONFIG": true, "ZKPROVER_TOKEN": true, "ZKPROVER_DEPLOYER_KEY": true, "ZKPROVER_SOLC_MODULE": true}
	otherEnvPrefix := []string{"ZKPROVER_TEST_", "ZKPROVER_BENCH_", "ZKPROVER_E2E", "ZKPROVER_TOUR", "ZKPROVER_GAS_", "ZKPROVER_CEREMONY_", "ZKPROVER_FLEET_HELPER", "ZKPROVER_FLEET_BENCH_"}
	def := Default()
	known := map[string]bool{}
	for _, s := range Settings(&def) {
		known[s.Env()] = true
	}
	var out []string
	for _, kv := range environ {
		name, _, _ := strings.Cut(kv, "=")
		if !strings.HasPrefix(name, "ZKPROVER_") || known[name] || otherEnv[name] {
			continue
		}
		other := false
		for _, p := range otherEnvPrefix {
			other = other || strings.HasPrefix(name, p)
		}
		if !other {
			out = append(out, name)
		}
	}
	sort.Strings(out)
	return out
}

// Load builds the configuration: defaults, then the config file (--config
// or ZKPROVER_CONFIG), then environment variables, then the flags set on the
// command line. lookupEnv is os.LookupEnv in production: a variable set empty counts. Unknown config file keys
// are refused.
func Load(fs *pflag.FlagSet, lookupEnv func(string) (string, bool)) (Config, error) {
	c := Default()
	set := Settings(&c)
	byName := map[string]Setting{}
	for _, s := range set {
		byName[s.Name] = s
	}
	path, _ := lookupEnv("ZKPROVER_CONFIG")
	if f := fs.Lookup("config"); f != nil && f.Changed {
		path = f.Value.String()
	}
	if path != "" {
		if err := loadFile(path, byName); err != nil {
			return c, err
		}
	}
	for _, s := range set {
		// a variable set empty sets the key empty (metrics-addr= turns
		// the metrics off over a config file's address), as a flag does
		if v, ok := lookupEnv(s.Env()); ok {
			if err := s.value.Set(v); err != nil {
				return c, fmt.Errorf("config: %s=%q: %w", s.Env(), v, err)
			}
		}
	}
	var ferr error
	fs.Visit(func(f *pflag.Flag) {
		s, ok := byName[f.Name]
		if !ok || ferr != nil {
			return
		}
		val := f.Value.String()
		if sv, ok := f.Value.(pflag.SliceValue); ok {
			val = strings.Join(sv.GetSlice(), ",")
		}
		if err := s.value.Set(val); err != nil {
			ferr = fmt.Errorf("config: --%s=%q: %w", f.Name, val, err)
		}
	})
	if ferr != nil {
		return c, ferr
	}
	return c, c.Validate()
}

func loadFile(path string, byName map[string]Setting) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("reading config file %s: %w", path, err)
	}
	var m map[string]any
	if err := yaml.Unmarshal(b, &m); err != nil {
		return fmt.Errorf("parsing config file %s: %w", path, err)
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		s, ok := byName[k]
		if !ok {
			return fmt.Errorf("config file %s: unknown key %q (docs/node.md lists every key)", path, k)
		}
		v := m[k]
		var str string
		switch x := v.(type) {
		case string:
			str = x
		case int, int64, uint64, float64, bool:
			str = fmt.Sprint(x)
		case nil:
			str = ""
		case []any:
			parts := make([]string, len(x))
			for i, e := range x {
				parts[i] = fmt.Sprint(e)
			}
			str = strings.Join(parts, ",")
		default:
			return fmt.Errorf("config file %s: key %q: want a scalar or a list, got %T", path, k, v)
		}
		if err := s.value.Set(str); err != nil {
			return fmt.Errorf("config file %s: key %q = %q: %w", path, k, str, err)
		}
	}
	return nil
}

// Markdown is the table of every key that docs/node.md holds (a test keeps
// the two equal).
func Markdown() string {
	def := Default()
	var b strings.Builder
	b.WriteString("| key (flag, config file) | environment | default | section | what it sets |\n|---|---|---|---|---|\n")
	for _, s := range Settings(&def) {
		d := s.Default()
		if d == "" {
			d = "(empty)"
		}
		fmt.Fprintf(&b, "| `%s` | `%s` | `%s` | %s | %s |\n", s.Name, s.Env(), d, s.Section, s.Usage)
	}
	return b.String()
}

// listVal is a list setting: Set takes comma-separated values and replaces
// the list; its flag is repeatable (Flags).
type listVal []string

func (v *listVal) String() string { return strings.Join(*v, ",") }
func (v *listVal) Set(s string) error {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	*v = out
	return nil
}
func (v *listVal) Type() string { return "stringArray" }

type strVal string

func (v *strVal) String() string     { return string(*v) }
func (v *strVal) Set(s string) error { *v = strVal(s); return nil }
func (v *strVal) Type() string       { return "string" }

type intVal int

func (v *intVal) String() string { return strconv.Itoa(int(*v)) }
func (v *intVal) Set(s string) error {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil {
		return fmt.Errorf("not an integer")
	}
	*v = intVal(n)
	return nil
}
func (v *intVal) Type() string { return "int" }

type u64Val uint64

func (v *u64Val) String() string { return strconv.FormatUint(uint64(*v), 10) }
func (v *u64Val) Set(s string) error {
	n, err := strconv.ParseUint(strings.TrimSpace(s), 0, 64)
	if err != nil {
		return fmt.Errorf("not an unsigned integer")
	}
	*v = u64Val(n)
	return nil
}
func (v *u64Val) Type() string { return "uint64" }

type durVal time.Duration

func (v *durVal) String() string { return time.Duration(*v).String() }
func (v *durVal) Set(s string) error {
	d, err := time.ParseDuration(strings.TrimSpace(s))
	if err != nil {
		return fmt.Errorf("not a duration (e.g. 30s, 168h)")
	}
	*v = durVal(d)
	return nil
}
func (v *durVal) Type() string { return "duration" }

type boolVal bool

func (v *boolVal) String() string { return strconv.FormatBool(bool(*v)) }
func (v *boolVal) Set(s string) error {
	b, err := strconv.ParseBool(strings.TrimSpace(s))
	if err != nil {
		return fmt.Errorf("not a boolean")
	}
	*v = boolVal(b)
	return nil
}
func (v *boolVal) Type() string { return "bool" }

type floatVal float64

func (v *floatVal) String() string { return strconv.FormatFloat(float64(*v), 'g', -1, 64) }
func (v *floatVal) Set(s string) error {
	f, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil {
		return fmt.Errorf("not a number")
	}
	*v = floatVal(f)
	return nil
}
func (v *floatVal) Type() string { return "float" }
