// Package config is the node's one configuration: a struct per subsystem,
// every key settable by a command-line flag, a ZKPROVER_* environment
// variable and a key of the YAML config file, with the defaults written once
// (Default). Precedence, lowest first: defaults, the config file, the
// environment, the flags.
package config

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/mattn/go-isatty"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/queue"
	"github.com/zkprover/zkprover/tlsconf"
)

// Config is the whole configuration.
type Config struct {
	Log         Log
	Node        Node
	Queue       Queue
	Jobs        Jobs
	Prover      Prover
	Aggregators Aggregators
	Chain       Chain
	Relayer     Relayer
	Security    Security
	Coprocessor Coprocessor
	Fleet       Fleet
}

// Fleet is the prover fleet over NATS JetStream (docs/fleet.md): a long
// run's segments go to a work queue that every member's workers (this node's
// and `zkprover worker` processes elsewhere) take from.
type Fleet struct {
	URLs      []string // NATS servers to join (nats://HOST:PORT); with Embed, this node's server is added
	Embed     bool     // run a JetStream server inside the node
	Listen    string   // its client listen address HOST:PORT
	Cluster   string   // its cluster listen address HOST:PORT ("" = a single server)
	Routes    []string // nats-route://HOST:PORT of the other embedded servers
	Store     string   // its JetStream store folder ("" = <data>/fleet)
	Token     string   // the NATS token members present (and the embedded server demands)
	TLSCA     string   // CA (PEM) of the servers' certificates (TLS to the fleet)
	TLSCert   string   // client certificate (PEM) presented to the servers (mTLS)
	TLSKey    string   // its key
	Replicas  int      // replicas of the fleet's streams when this node creates them
	Tasks     int      // segments of one job in flight on the fleet at once
	RouteUser string   // user and password the embedded servers present on their routes
	RoutePass string
}

// Enabled reports whether the node is a fleet member.
func (f Fleet) Enabled() bool { return f.Embed || len(f.URLs) > 0 }

// Coprocessor is the InfinityVM-compatible door's HTTP listeners (its gRPC
// service is on the node's gRPC listener).
type Coprocessor struct {
	GatewayAddr  string // the JSON gateway's listen address ("" = off)
	Infernet     bool   // serve the Infernet container endpoint
	InfernetAddr string // its listen address
}

// Security is who may reach the node and how: TLS on every listener and on
// the aggregator dial, bearer tokens, admission rates (docs/security.md).
type Security struct {
	TLSCert     string // server certificate (PEM) of every listener; "" = plaintext
	TLSKey      string // its key
	TLSClientCA string // CA of client certificates; set: mTLS (clients must present one)
	// TLSClientAdmins are the client certificate names (subject CN) that are admins when
	// clients are known by their certificates (TLSClientCA without AuthTokens); the others
	// have the submit role.
	TLSClientAdmins []string
	// Insecure allows what Exposures lists: listeners off loopback without
	// TLS or without credentials, the development chain off loopback,
	// aggregators off loopback dialled in plaintext (each logged at start).
	Insecure bool
	// AuthTokens is the token file (name:sha256-of-token[:role] a line); "" = no authentication.
	AuthTokens string
	// AdmissionRate is the jobs a client may submit per second (0 = no limit), AdmissionBurst
	// how many at once.
	AdmissionRate  float64
	AdmissionBurst int
	// The aggregator dial.
	AggregatorTLS     bool   // dial aggregators over TLS
	AggregatorTLSCA   string // CA of the aggregators' certificates ("" = the system's roots)
	AggregatorTLSCert string // client certificate the node presents (mTLS)
	AggregatorTLSKey  string // its key
}

// Log is how the node logs.
type Log struct {
	Level  string // trace, debug, info, warn, error
	Format string // json or console
}

// Node is the process: its folders, listeners and shutdown.
type Node struct {
	Addr        string        // gRPC listen address of the gRPC doors
	Data        string        // data folder (job store, keys, chain stores)
	MetricsAddr string        // Prometheus /metrics and /healthz listen address ("" = off)
	Grace       time.Duration // how long a running job may finish on shutdown
	StopTimeout time.Duration // how long each component may take to stop before a hard stop
	// MaxConns and MaxConnsPerHost bound the connections each listener
	// holds open, in all and from one remote host (0: no bound;
	// package connlimit).
	MaxConns        int
	MaxConnsPerHost int
}

// Queue is the durable job store.
type Queue struct {
	MaxPending      int           // queued + running jobs
	MaxPendingEach  int           // queued + running jobs of one authenticated client (0: a quarter of MaxPending; PendingPerClient)
	MaxRequestBytes int           // one request (and one gRPC message)
	Retention       time.Duration // how long finished jobs are kept
	SweepEvery      time.Duration // how often expired jobs are deleted
	SyncWrites      bool          // fsync every queue write
	MaxProgramBytes int           // bytes of all stored programs
	MaxProgramsEach int           // bytes of the programs one authenticated client stored first (0: a quarter of MaxProgramBytes; ProgramBytesPerClient)
	MaxStoredEach   int           // bytes of one authenticated client's stored jobs (0: a quarter of MaxStoredBytes; StoredBytesPerClient)
	MaxStoredBytes  int           // bytes of all stored jobs' requests and results (finished ones until swept)
	MinFreeDisk     int           // free bytes kept on the data folder's disk: new jobs and programs are refused below it
}

// Jobs is the job service and its workers.
type Jobs struct {
	Workers   int           // jobs proved at the same time
	MaxCycles uint64        // cap on any job's maxCycles
	MaxWait   time.Duration // cap on a wait for a job (GetProof timeout)
	// MaxWaiting is the most GetProof calls waiting at once, all streams
	// and doors together.
	MaxWaiting int
}

// Prover is the Groth16 prover.
type Prover struct {
	Keys string // proving keys folder ("" = <data>/keys)
	// Class is the class (log2 of the step capacity) to load, set up on
	// first start; 0: every class in the keys folder, or DefaultClass when
	// there is none.
	Class int
	// InProcess proves in the node's own process instead of in a prove
	// worker process (which a cancel kills; docs/proving.md).
	InProcess bool
	// SegmentClass is log2 of a segment's steps for runs longer than every
	// class, proven in segments, aggregated and wrapped into one final
	// proof (docs/recursion.md); their keys are made in the background
	// after the node is ready. 0: long runs off.
	SegmentClass int
	// SegmentWorkers is how many segments are proven at once (each in its
	// own prove worker process unless InProcess).
	SegmentWorkers int
	// KeepSegmentWorkers keeps the segment prove workers, and the proving
	// key each holds, between long jobs. By default a worker left idle once
	// no segment is being proven is stopped (the next segment starts a new
	// one), so that its memory is the machine's while the node aggregates;
	// a fleet member keeps them anyway (they prove the fleet's tasks too).
	KeepSegmentWorkers bool
	// WorkerIdleStop stops every long-run prove worker (segment,
	// aggregation, final: about 4 to 10 GB with their keys at segment class
	// 2^15) once no long job has run for this long; the next long job
	// starts them again (their key loads, tens of seconds, come first).
	// 0 keeps them warm; default 15 minutes. Not on a fleet member (its workers prove the
	// fleet's tasks).
	WorkerIdleStop time.Duration
	// GPU proves every class, long-run stage and prove worker on a CUDA GPU
	// through ICICLE: a binary built with the icicle tag (docs/proving.md).
	GPU bool
}

// PendingPerClient is the bound on one authenticated client's queued and
// running jobs: MaxPendingEach, or a quarter of MaxPending when it is 0 (so
// that it follows max-pending; set it to max-pending for no share).
func (q Queue) PendingPerClient() int {
	if q.MaxPendingEach > 0 {
		return q.MaxPendingEach
	}
	return max(1, q.MaxPending/4)
}

// ProgramBytesPerClient is the bound on the bytes of the programs one
// authenticated client stored first: MaxProgramsEach, or when it is 0 a
// quarter of MaxProgramBytes, and at least MaxRequestBytes (one program of
// the largest request).
func (q Queue) ProgramBytesPerClient() int64 {
	if q.MaxProgramsEach > 0 {
		return int64(q.MaxProgramsEach)
	}
	// at least one program of the largest request the node takes
	return max(int64(q.MaxRequestBytes), int64(q.MaxProgramBytes)/4)
}

// StoredBytesPerClient is the bound on the bytes (requests and results) of
// one authenticated client's stored jobs, finished and cancelled ones
// included until the retention sweep: MaxStoredEach, or when it is 0 a
// quarter of MaxStoredBytes, and at least MaxRequestBytes (one job of the
// largest request).
func (q Queue) StoredBytesPerClient() int64 {
	if q.MaxStoredEach > 0 {
		return int64(q.MaxStoredEach)
	}
	return max(int64(q.MaxRequestBytes), int64(q.MaxStoredBytes)/4)
}

// DefaultMaxStoredBytes is the default bound on the bytes of the stored
// jobs' requests and results (finished jobs count until the retention
// sweep deletes them): 16 GiB, so that a client that submits and cancels
// in a loop cannot fill the disk.
const DefaultMaxStoredBytes = 16 << 30

// DefaultMinFreeDisk is the default free space kept on the disk of the job
// store: 1 GiB, room for the parts and results of the jobs already admitted
// (Badger fails every write on a full disk).
const DefaultMinFreeDisk = 1 << 30

// DefaultSegmentClass is the default segment class: 2^12 steps, a segment
// proof in under a minute on two cores (docs/recursion.md).
const DefaultSegmentClass = 12

// DefaultClass is the class set up on first start when the keys folder has
// none and no class is configured.
const DefaultClass = 10

// Aggregators is the aggregator door: the aggregators the node dials.
type Aggregators struct {
	Addrs       []string      // HOST:PORT of each aggregator
	ProverName  string        // name reported to aggregators ("" = the host name)
	ForkID      uint64        // fork id reported to aggregators
	Watchdog    time.Duration // drop and redial a stream silent this long
	Backoff     time.Duration // first redial delay
	BackoffMax  time.Duration // cap on the redial delay
	DialTimeout time.Duration // how long opening a stream may take
}

// Chain is the chain door: the chain followed and the contracts served.
type Chain struct {
	Enabled       bool          // follow a chain and relay results
	RPCURL        string        // JSON-RPC URL; "" = the embedded development chain
	JobManager    string        // JobManager address (with RPCURL)
	Coordinator   string        // Coordinator address (with RPCURL; optional)
	Confirmations uint64        // confirmation depth of followed events and relayed results
	StartBlock    uint64        // first block the listener scans on a fresh store
	StatusAddr    string        // relay status HTTP API listen address ("" = off)
	ContractsDir  string        // contracts folder (solcjs for the exported verifier)
	RPCTimeout    time.Duration // bound on each JSON-RPC call (relayer, listener, bridge)
	// The embedded development chain (without RPCURL).
	DevAddr        string        // its JSON-RPC listen address
	DevBlockPeriod time.Duration // its block period
	DevProgram     string        // the example consumer's program
	DevDemo        bool          // request one job at start and report its result
}

// Relayer is the transaction manager that delivers results.
type Relayer struct {
	Keystore       string // go-ethereum keystore file of the relayer's key
	PassphraseFile string // file holding the keystore passphrase
	PassphraseEnv  string // environment variable holding the keystore passphrase
	MaxFeeGwei     uint64 // cap on the fee per gas (gwei)
	Ordered        bool   // relay each consumer's results in request order
}

// Default is the documented defaults: the one place they are written.
func Default() Config {
	q := queue.DefaultOptions() // the store's own defaults
	return Config{
		Log: Log{Level: "info", Format: "json"},
		Node: Node{
			Addr:        "127.0.0.1:50051",
			Data:        "./data",
			MetricsAddr: "127.0.0.1:9464",
			Grace:       30 * time.Second,
			StopTimeout: 5 * time.Second,
			// a file descriptor, goroutines and buffers each: far below the
			// process's descriptor limit, far above a service's clients
			MaxConns:        2048,
			MaxConnsPerHost: 256,
		},
		Queue: Queue{
			MaxPending:      q.MaxPending,
			MaxRequestBytes: q.MaxRequestBytes,
			Retention:       q.Retention,
			SweepEvery:      time.Hour,
			SyncWrites:      q.SyncWrites,
			MaxProgramBytes: int(q.MaxProgramBytes),
			MaxStoredBytes:  DefaultMaxStoredBytes,
			MinFreeDisk:     DefaultMinFreeDisk,
		},
		Jobs: Jobs{Workers: 1, MaxCycles: 1 << 27, MaxWait: time.Hour, MaxWaiting: 4096},
		// the long-run workers hold about 5 GB (segment class 2^12) to 10 GB
		// (2^15) at rest: given back after a quarter of an hour without a
		// long job, the next one reloads them (tens of seconds)
		Prover: Prover{SegmentClass: DefaultSegmentClass, SegmentWorkers: 1, WorkerIdleStop: 15 * time.Minute},
		Fleet:  Fleet{Listen: "127.0.0.1:4222", Replicas: 1, Tasks: 16},
		Aggregators: Aggregators{
			Watchdog:    60 * time.Second,
			Backoff:     time.Second,
			BackoffMax:  30 * time.Second,
			DialTimeout: 10 * time.Second,
		},
		Chain: Chain{
			Enabled:        true,
			Confirmations:  2,
			StatusAddr:     "127.0.0.1:9465",
			ContractsDir:   "contracts",
			RPCTimeout:     10 * time.Second,
			DevAddr:        "127.0.0.1:8545",
			DevBlockPeriod: time.Second,
			DevProgram:     "examples/fibonacci/fibonacci.elf",
			DevDemo:        true,
		},
		Relayer:     Relayer{MaxFeeGwei: 500},
		Security:    Security{AdmissionBurst: 16},
		Coprocessor: Coprocessor{GatewayAddr: "127.0.0.1:8080", InfernetAddr: "127.0.0.1:3000"},
	}
}

// KeysDir is the proving keys folder.
func (c Config) KeysDir() string {
	if c.Prover.Keys != "" {
		return c.Prover.Keys
	}
	return filepath.Join(c.Node.Data, "keys")
}

// QueueDir is the job store folder.
func (c Config) QueueDir() string { return filepath.Join(c.Node.Data, "queue") }

// Validate checks the values.
func (c Config) Validate() error {
	if _, err := zerolog.ParseLevel(c.Log.Level); err != nil || c.Log.Level == "" {
		return fmt.Errorf("config: log-level %q: want trace, debug, info, warn or error", c.Log.Level)
	}
	if c.Log.Format != "json" && c.Log.Format != "console" {
		return fmt.Errorf("config: log-format %q: want json or console", c.Log.Format)
	}
	if c.Node.Addr == "" {
		return fmt.Errorf("config: addr is empty")
	}
	if c.Node.Data == "" {
		return fmt.Errorf("config: data is empty")
	}
	if c.Node.StopTimeout <= 0 || c.Node.Grace < 0 {
		return fmt.Errorf("config: stop-timeout must be positive, grace not negative")
	}
	if c.Node.MaxConns < 0 || c.Node.MaxConnsPerHost < 0 {
		return fmt.Errorf("config: max-connections and max-connections-per-host must not be negative (0: no bound)")
	}
	if c.Queue.MaxPending < 1 || c.Queue.MaxRequestBytes < 1024 {
		return fmt.Errorf("config: max-pending must be positive, max-request-bytes at least 1024")
	}
	if c.Queue.Retention <= 0 || c.Queue.SweepEvery <= 0 {
		return fmt.Errorf("config: retention and sweep-every must be positive")
	}
	if c.Queue.MaxProgramBytes < 1 || c.Jobs.MaxWaiting < 1 || c.Queue.MaxStoredBytes < 1 {
		return fmt.Errorf("config: max-program-bytes, max-stored-bytes and max-waiting must be positive")
	}
	if c.Queue.MaxPendingEach < 0 || c.Queue.MaxProgramsEach < 0 || c.Queue.MaxStoredEach < 0 {
		return fmt.Errorf("config: max-pending-per-client, max-program-bytes-per-client and max-stored-bytes-per-client must not be negative (0 is a quarter of max-pending, of max-program-bytes, of max-stored-bytes)")
	}
	if e := c.Queue.MaxStoredEach; e > 0 && e < c.Queue.MaxRequestBytes {
		return fmt.Errorf("config: max-stored-bytes-per-client %d is below max-request-bytes %d: a client could not have one job of the largest request", e, c.Queue.MaxRequestBytes)
	}
	if c.Prover.WorkerIdleStop < 0 || (c.Prover.WorkerIdleStop > 0 && c.Prover.WorkerIdleStop < time.Minute) {
		return fmt.Errorf("config: worker-idle-stop is 0 (the workers kept warm) or at least a minute (longer than a worker's key load), not %s", c.Prover.WorkerIdleStop)
	}
	if c.Queue.MinFreeDisk < 0 {
		return fmt.Errorf("config: min-free-disk must not be negative (0 keeps no reserve)")
	}
	if c.Jobs.Workers < 1 {
		return fmt.Errorf("config: workers %d: want at least 1", c.Jobs.Workers)
	}
	if c.Jobs.MaxCycles < 1 || c.Jobs.MaxWait <= 0 {
		return fmt.Errorf("config: max-cycles and max-wait must be positive")
	}
	// the prover's classes (circuits.MinLogSteps..MaxLogSteps): a class
	// out of them failed only at the key setup, after the node served
	if k := c.Prover.Class; k != 0 && (k < 4 || k > 24) {
		return fmt.Errorf("config: class %d: want 0 (all in the keys folder) or log2 of a class, 4..24", k)
	}
	if k := c.Prover.SegmentClass; k != 0 && (k < 4 || k > 24) {
		return fmt.Errorf("config: segment-class %d: want 0 (long runs off) or 4..24", k)
	}
	if c.Prover.SegmentWorkers < 1 || c.Prover.SegmentWorkers > 64 {
		return fmt.Errorf("config: segment-workers %d: want 1..64", c.Prover.SegmentWorkers)
	}
	a := c.Aggregators
	for _, addr := range a.Addrs {
		if addr == "" || !strings.Contains(addr, ":") {
			return fmt.Errorf("config: aggregator %q: want HOST:PORT", addr)
		}
	}
	if a.Watchdog <= 0 || a.Backoff <= 0 || a.BackoffMax < a.Backoff || a.DialTimeout <= 0 {
		return fmt.Errorf("config: aggregator-watchdog, aggregator-backoff and aggregator-dial-timeout must be positive, aggregator-backoff-max at least aggregator-backoff")
	}
	ch := c.Chain
	if ch.Enabled && ch.RPCURL != "" {
		if !common.IsHexAddress(ch.JobManager) {
			return fmt.Errorf("config: job-manager %q is not an address (needed with rpc-url)", ch.JobManager)
		}
		if ch.Coordinator != "" && !common.IsHexAddress(ch.Coordinator) {
			return fmt.Errorf("config: coordinator %q is not an address", ch.Coordinator)
		}
		if c.Relayer.Keystore == "" {
			return fmt.Errorf("config: rpc-url needs the relayer's key: relayer-keystore with relayer-passphrase-file or relayer-passphrase-env")
		}
	}
	if ch.Enabled && ch.RPCTimeout <= 0 {
		return fmt.Errorf("config: rpc-timeout must be positive")
	}
	if ch.Enabled && ch.Confirmations < 1 {
		return fmt.Errorf("config: confirmations must be at least 1")
	}
	if ch.Enabled && ch.RPCURL == "" && ch.DevBlockPeriod <= 0 {
		return fmt.Errorf("config: devchain-block-period must be positive")
	}
	if c.Relayer.MaxFeeGwei == 0 {
		return fmt.Errorf("config: relay-max-fee-gwei must be positive")
	}
	if c.Coprocessor.Infernet && c.Coprocessor.InfernetAddr == "" {
		return fmt.Errorf("config: infernet needs infernet-addr")
	}
	if err := c.validateListenAddrs(); err != nil {
		return err
	}
	if err := c.validateFleet(); err != nil {
		return err
	}
	return c.validateSecurity()
}

// validateListenAddrs checks that every listen address the node uses is
// HOST:PORT with a port in 0..65535, before the loopback and TLS checks
// (which took a malformed address for one off loopback) and before the
// node opens its store (a port past 65535 failed only at the listen).
func (c Config) validateListenAddrs() error {
	def := Default()
	for _, l := range []struct {
		key, addr, example string
		used               bool
	}{
		{"addr", c.Node.Addr, def.Node.Addr, true},
		{"metrics-addr", c.Node.MetricsAddr, def.Node.MetricsAddr, true},
		{"relay-status-addr", c.Chain.StatusAddr, def.Chain.StatusAddr, c.Chain.Enabled},
		{"devchain-addr", c.Chain.DevAddr, def.Chain.DevAddr, c.Chain.Enabled && c.Chain.RPCURL == ""},
		{"coprocessor-gateway-addr", c.Coprocessor.GatewayAddr, def.Coprocessor.GatewayAddr, true},
		{"infernet-addr", c.Coprocessor.InfernetAddr, def.Coprocessor.InfernetAddr, c.Coprocessor.Infernet},
		{"fleet-listen", c.Fleet.Listen, def.Fleet.Listen, c.Fleet.Embed},
		{"fleet-cluster", c.Fleet.Cluster, "127.0.0.1:6222", c.Fleet.Embed},
	} {
		if l.addr == "" || !l.used {
			continue // off, or not used by this configuration
		}
		if err := tlsconf.CheckListenAddr(l.addr); err != nil {
			return fmt.Errorf("config: %s %s: %w (e.g. %s)", l.key, l.addr, err, l.example)
		}
	}
	return nil
}

// validateFleet checks the fleet keys.
func (c Config) validateFleet() error {
	f := c.Fleet
	if !f.Enabled() {
		return nil
	}
	if c.Prover.SegmentClass == 0 {
		return fmt.Errorf("config: the fleet proves long runs' segments: it needs segment-class")
	}
	if f.Replicas != 1 && f.Replicas != 3 {
		return fmt.Errorf("config: fleet-replicas %d: want 1, or 3 on a cluster of three servers", f.Replicas)
	}
	if f.Tasks < 1 || f.Tasks > 1024 {
		return fmt.Errorf("config: fleet-tasks %d: want 1..1024", f.Tasks)
	}
	if (f.TLSCert == "") != (f.TLSKey == "") {
		return fmt.Errorf("config: fleet-tls-cert and fleet-tls-key go together")
	}
	if (f.RouteUser == "") != (f.RoutePass == "") {
		return fmt.Errorf("config: fleet-route-user and fleet-route-password go together")
	}
	if f.Embed {
		if f.Listen == "" {
			return fmt.Errorf("config: fleet-embed needs fleet-listen")
		}
		// fleet-listen and fleet-cluster are HOST:PORT (validateListenAddrs)
		if f.Cluster == "" && len(f.Routes) > 0 {
			return fmt.Errorf("config: fleet-routes need fleet-cluster (this server's cluster address)")
		}
		// The fleet carries witnesses and proofs: off loopback it needs TLS
		// (the node's tls-cert) or a token, unless insecure says so.
		if !c.Security.Insecure && c.Security.TLSCert == "" && (!tlsconf.Loopback(f.Listen) || (f.Cluster != "" && !tlsconf.Loopback(f.Cluster))) {
			return fmt.Errorf("config: fleet-listen/fleet-cluster off loopback need the node's TLS (tls-cert, tls-key), or insecure=true (docs/fleet.md)")
		}
		// TLS says who the server is, not who the client is: off loopback
		// every client must present a token or a certificate of
		// tls-client-ca, and every route member the route user.
		if !c.Security.Insecure && !tlsconf.Loopback(f.Listen) && f.Token == "" && c.Security.TLSClientCA == "" {
			return fmt.Errorf("config: fleet-listen %s is off loopback: clients need credentials, fleet-token or tls-client-ca (mTLS), or insecure=true (docs/fleet.md)", f.Listen)
		}
		if !c.Security.Insecure && f.Cluster != "" && !tlsconf.Loopback(f.Cluster) && f.RouteUser == "" {
			return fmt.Errorf("config: fleet-cluster %s is off loopback: routes need fleet-route-user and fleet-route-password, or insecure=true (docs/fleet.md)", f.Cluster)
		}
	}
	for _, u := range f.URLs {
		if !strings.Contains(u, "://") {
			return fmt.Errorf("config: fleet URL %q: want nats://HOST:PORT or tls://HOST:PORT", u)
		}
	}
	return nil
}

// FleetStore is the embedded fleet server's JetStream folder.
func (c Config) FleetStore() string {
	if c.Fleet.Store != "" {
		return c.Fleet.Store
	}
	return filepath.Join(c.Node.Data, "fleet")
}

// validateSecurity checks the TLS and token keys, and that nothing off
// loopback is exposed (Exposures) unless insecure says so.
func (c Config) validateSecurity() error {
	s := c.Security
	if (s.TLSCert == "") != (s.TLSKey == "") {
		return fmt.Errorf("config: tls-cert and tls-key go together")
	}
	if s.TLSClientCA != "" && s.TLSCert == "" {
		return fmt.Errorf("config: tls-client-ca needs tls-cert and tls-key")
	}
	if (s.AggregatorTLSCert == "") != (s.AggregatorTLSKey == "") {
		return fmt.Errorf("config: aggregator-tls-cert and aggregator-tls-key go together")
	}
	if (s.AggregatorTLSCA != "" || s.AggregatorTLSCert != "") && !s.AggregatorTLS {
		return fmt.Errorf("config: aggregator-tls-ca and aggregator-tls-cert need aggregator-tls")
	}
	if s.AdmissionRate < 0 || s.AdmissionBurst < 1 {
		return fmt.Errorf("config: admission-rate must not be negative, admission-burst at least 1")
	}
	if s.Insecure {
		return nil // the node logs each exposure at start
	}
	if e := c.Exposures(); len(e) > 0 {
		return fmt.Errorf("config: %s %s is not a loopback address and %s: %s, or insecure=true to %s (docs/security.md)",
			e[0].Key, e[0].Addr, e[0].Problem, e[0].Fix, e[0].Insecure)
	}
	return nil
}

// Exposure is an address off loopback that the configuration serves or
// dials without the protection the network needs: Validate refuses the
// first unless insecure is set, and the node logs each as a warning when it
// is.
type Exposure struct {
	Key, Addr string // the key and its address
	Problem   string // what is missing, and what it lets through
	Fix       string // the keys that fix it
	Insecure  string // what insecure=true accepts instead
}

// Exposures lists what the configuration exposes off loopback, in key
// order: plaintext listeners (no tls-cert); listeners that serve callers
// (gRPC, coprocessor gateway, Infernet endpoint, relay status API) without
// credentials (no auth-tokens nor tls-client-ca: every caller would be an
// anonymous admin); the development chain's JSON-RPC (plaintext and without
// authentication whatever tls-cert says); aggregators dialled without
// aggregator-tls.
func (c Config) Exposures() []Exposure {
	s := c.Security
	var out []Exposure
	for _, l := range []struct {
		key, addr    string
		used, guards bool // guards: the listener's callers pass the token guard
	}{
		{"addr", c.Node.Addr, true, true},
		{"metrics-addr", c.Node.MetricsAddr, true, false}, // never authenticated (docs/security.md)
		{"relay-status-addr", c.Chain.StatusAddr, c.Chain.Enabled, true},
		{"coprocessor-gateway-addr", c.Coprocessor.GatewayAddr, true, true},
		{"infernet-addr", c.Coprocessor.InfernetAddr, c.Coprocessor.Infernet, true},
	} {
		if l.addr == "" || !l.used || tlsconf.Loopback(l.addr) {
			continue
		}
		if s.TLSCert == "" {
			out = append(out, Exposure{Key: l.key, Addr: l.addr, Problem: "the node has no TLS",
				Fix: "set tls-cert and tls-key", Insecure: "serve plaintext on the network"})
		}
		if l.guards && s.AuthTokens == "" && s.TLSClientCA == "" {
			out = append(out, Exposure{Key: l.key, Addr: l.addr,
				Problem:  "the node has no auth-tokens: every caller would be an anonymous admin",
				Fix:      "set auth-tokens (or tls-client-ca: mTLS)",
				Insecure: "serve it without authentication"})
		}
	}
	if c.Chain.Enabled && c.Chain.RPCURL == "" && c.Chain.DevAddr != "" && !tlsconf.Loopback(c.Chain.DevAddr) {
		out = append(out, Exposure{Key: "devchain-addr", Addr: c.Chain.DevAddr,
			Problem:  "the development chain serves plaintext JSON-RPC without authentication (tls-cert does not cover it) and its accounts' keys are public",
			Fix:      "keep it on loopback",
			Insecure: "serve it on the network"})
	}
	if !s.AggregatorTLS {
		for _, a := range c.Aggregators.Addrs {
			if !tlsconf.Loopback(a) {
				out = append(out, Exposure{Key: "aggregator", Addr: a,
					Problem:  "aggregator-tls is off: jobs, inputs and proofs would cross the network in plaintext",
					Fix:      "set aggregator-tls (and aggregator-tls-ca for a private CA)",
					Insecure: "dial it in plaintext"})
			}
		}
	}
	return out
}

// Logger builds the zerolog logger the config asks for, on stderr.
func (c Config) Logger() zerolog.Logger { return c.LoggerTo(os.Stderr) }

// LoggerTo is Logger writing to w.
func (c Config) LoggerTo(w io.Writer) zerolog.Logger {
	lvl, err := zerolog.ParseLevel(c.Log.Level)
	if err != nil {
		lvl = zerolog.InfoLevel
	}
	var l zerolog.Logger
	if c.Log.Format == "console" {
		// colours (ANSI escapes) on a terminal only, not into files and pipes
		l = zerolog.New(zerolog.ConsoleWriter{Out: w, TimeFormat: time.RFC3339, NoColor: !Terminal(w)})
	} else {
		l = zerolog.New(w)
	}
	return l.Level(lvl).With().Timestamp().Logger()
}

// Terminal reports whether w is a terminal (as the CLI's progress output
// decides: cmd/zkprover isTerminal).
func Terminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}
