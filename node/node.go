// Package node is the composition root: it builds every part of a prover
// node from one config.Config — the durable queue, the job service and its
// workers, the prover, the front doors (the zkprover.v1 gRPC service, the
// aggregator channel, the chain door) and the observability endpoints — and
// runs them under one lifecycle. Nothing else wires parts together; the
// zkprover command only parses flags and calls New and Run.
package node

import (
	"context"
	"crypto/ecdsa"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/rs/zerolog"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/health"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/keepalive"
	"google.golang.org/grpc/reflection"

	"github.com/zkprover/zkprover/auth"
	"github.com/zkprover/zkprover/buildinfo"
	"github.com/zkprover/zkprover/config"
	"github.com/zkprover/zkprover/doors/aggregator"
	chaindoor "github.com/zkprover/zkprover/doors/chain"
	"github.com/zkprover/zkprover/doors/coprocessor"
	"github.com/zkprover/zkprover/doors/zkprover"
	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/jobs"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/prover/longrun"
	"github.com/zkprover/zkprover/queue"
	"github.com/zkprover/zkprover/relayer"
	"github.com/zkprover/zkprover/tlsconf"
)

// MaxHeaderListBytes bounds the metadata (HTTP/2 header list) of a call to
// the node's gRPC server.
const MaxHeaderListBytes = 64 << 10

// MaxConnIdle is how long a gRPC connection without a call stays open.
const MaxConnIdle = 10 * time.Minute

// MaxStreamsPerConn bounds the calls open at once on one gRPC connection
// (streams; the waits of GetProof are bounded by max-waiting besides).
const MaxStreamsPerConn = 256

// Options are what a node needs beyond its configuration.
type Options struct {
	Logger zerolog.Logger
	// OpenProver loads the prover; nil: the Groth16 prover of the configured
	// keys folder and class (OpenGnark), proving in a worker process started
	// with WorkerArgv unless the config says in-process.
	OpenProver OpenProver
	// WorkerArgv is the command line of a prove worker process (the
	// zkprover binary's hidden prove-worker command).
	WorkerArgv []string
	// Limits are the executor limits (zero: executor defaults).
	Limits executor.Limits
	// SegmentWorkerArgv is the command line of a prove worker process for
	// long runs' segments (prove-worker --family rv32im-segment); nil:
	// segments are proven in the node's process.
	SegmentWorkerArgv []string
	// AggregateWorkerArgv and FinalWorkerArgv are the command lines of the
	// prove worker processes of long runs' aggregations and final proofs
	// (prove-worker --family rv32im-aggregate / rv32im-final); nil: they
	// are proven in the node's process, where a cancelled one runs on to
	// its end.
	AggregateWorkerArgv []string
	FinalWorkerArgv     []string
	// LongSetupArgv is the command line of the child that makes or checks
	// the long-run keys (`zkprover setup --segment 2^k --check
	// --progress-json`); nil: in the node's process.
	LongSetupArgv []string
	// LongRunKeysChecked: the long-run keys were checked against the
	// current circuits by the caller (tests that share a checked key
	// cache), so loading them in-process skips the circuit check.
	LongRunKeysChecked bool
	// LongRunRetry is the first wait before long-run keys that could not
	// be made or loaded are tried again (doubling, up to an hour; zero: 2
	// minutes).
	LongRunRetry time.Duration
}

// Node is a prover node.
type Node struct {
	cfg  config.Config
	opts Options
	log  zerolog.Logger

	store   *queue.Store
	jobs    *jobs.Service
	metrics *jobs.Metrics
	conns   *connLimits // bounds on every listener's connections
	grpc    *grpc.Server
	health  *health.Server
	door    *zkprover.Service
	copro   *coprocessor.Service
	guard   *auth.Guard
	srvTLS  *tls.Config  // nil: plaintext listeners
	gwlis   net.Listener // the coprocessor gateway (nil when off)
	gwsrv   *http.Server
	inflis  net.Listener // the Infernet container endpoint (nil when off)
	infsrv  *http.Server
	coord   *coordinatorView   // the Infernet endpoint's view of the Coordinator (nil without a chain)
	aggs    *aggregator.Client // nil without aggregators
	lis     net.Listener
	mlis    net.Listener
	msrv    *http.Server
	chain   *chainSide // nil without a chain
	life    *lifecycle

	long *jobs.LongRuns // nil: long runs off
	// fleetState is the node's fleet membership once long runs start (nil before).
	fleetState atomic.Pointer[fleetState]
	ready      chan struct{}     // closed once the prover is loaded
	loaded     []prover.Manifest // the classes the prover loaded (set before ready closes)
	prefer     preferFunc        // the prover's PreferClasses, or nil (set before ready closes)
	pool       *jobs.Pool
	poolMu     sync.Mutex
	stopMu     sync.Mutex
	stopFns    []func() // run once every part has stopped (atStop)
	stopOnce   sync.Once
}

// New builds the node: it opens the store and the listeners and builds every
// part; Run starts them.
func New(cfg config.Config, opts Options) (*Node, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if cfg.Prover.GPU {
		// Before anything starts: a node asked for the GPU that cannot use
		// one does not start (not a node that fails every proof).
		if err := prover.CheckGPU(); err != nil {
			return nil, fmt.Errorf("prover: gpu: %w", err)
		}
	}
	log := opts.Logger.With().Str("component", "node").Logger()
	qo := queue.DefaultOptions()
	qo.MaxPending = cfg.Queue.MaxPending
	qo.MaxPendingPerOwner = cfg.Queue.PendingPerClient()
	qo.MaxProgramBytesPerOwner = cfg.Queue.ProgramBytesPerClient()
	qo.MaxStoredBytesPerOwner = cfg.Queue.StoredBytesPerClient()
	qo.MaxRequestBytes = cfg.Queue.MaxRequestBytes
	qo.Retention = cfg.Queue.Retention
	qo.SyncWrites = cfg.Queue.SyncWrites
	qo.MaxProgramBytes = int64(cfg.Queue.MaxProgramBytes)
	qo.MaxStoredBytes = int64(cfg.Queue.MaxStoredBytes)
	qo.MinFreeBytes = int64(cfg.Queue.MinFreeDisk)
	qo.Logger = opts.Logger
	store, err := queue.Open(cfg.QueueDir(), qo)
	if err != nil {
		return nil, err
	}
	n := &Node{cfg: cfg, opts: opts, log: log, store: store, ready: make(chan struct{})}
	ok := false
	defer func() {
		if !ok {
			n.closeListeners()
			_ = store.Close()
		}
	}()
	n.metrics = jobs.NewMetrics(store)
	if n.conns, err = newConnLimits(cfg.Node, n.metrics.Registry, log); err != nil {
		return nil, fmt.Errorf("registering the connection metrics: %w", err)
	}
	if err := n.metrics.Registry.Register(buildInfoGauge(buildinfo.Get())); err != nil {
		return nil, fmt.Errorf("registering the build info metric: %w", err)
	}
	if cfg.Prover.SegmentClass > 0 {
		n.long = jobs.NewLongRuns()
	}
	n.jobs = jobs.New(store, jobs.Options{
		LongRuns:        n.long,
		Limits:          opts.Limits,
		MaxCycles:       cfg.Jobs.MaxCycles,
		MaxRequestBytes: cfg.Queue.MaxRequestBytes,
		MaxWait:         cfg.Jobs.MaxWait,
		MaxWaiting:      cfg.Jobs.MaxWaiting,
		AdmissionRate:   cfg.Security.AdmissionRate,
		AdmissionBurst:  cfg.Security.AdmissionBurst,
		Metrics:         n.metrics,
		Logger:          opts.Logger,
	})
	// Who may reach the doors (docs/security.md): TLS on every listener, tokens on every call.
	sec := cfg.Security
	tlsLog := opts.Logger // tlsconf adds its component
	srvTLS, err := tlsconf.Server{CertFile: sec.TLSCert, KeyFile: sec.TLSKey, ClientCAFile: sec.TLSClientCA, Log: &tlsLog}.Config()
	if err != nil {
		return nil, err
	}
	var tokens *auth.Tokens
	if sec.AuthTokens != "" {
		if tokens, err = auth.LoadTokens(sec.AuthTokens); err != nil {
			return nil, err
		}
		authLog := opts.Logger.With().Str("component", "auth").Logger()
		tokens.OnReloadError = func(err error) {
			authLog.Warn().Err(err).Msg("the changed token file did not load: the tokens loaded before stay in force, so a token removed from it is NOT revoked until it loads")
		}
	}
	roles := zkprover.Roles()
	for m, r := range coprocessor.Roles() {
		roles[m] = r
	}
	n.guard = auth.NewGuard(tokens, roles, "/grpc.health.v1.Health/", "/grpc.reflection.")
	switch {
	case tokens == nil && sec.TLSClientCA != "":
		// mTLS without tokens: each client is known by its certificate (its own jobs, its
		// own limits), not one anonymous admin.
		n.guard.ClientCertificates(sec.TLSClientAdmins)
		log.Info().Strs("admins", sec.TLSClientAdmins).
			Msg("clients known by their certificates (cert:<CN>): each sees its own jobs with the submit role; tls-client-admins have the admin role")
	case len(sec.TLSClientAdmins) > 0:
		log.Warn().Msg("tls-client-admins is ignored: it applies to clients known by their certificates (tls-client-ca without auth-tokens); the token file gives the roles")
	}
	n.srvTLS = srvTLS
	// What insecure=true let through (config.Exposures; refused without it).
	for _, e := range cfg.Exposures() {
		log.Warn().Str("key", e.Key).Str("addr", e.Addr).Msg("INSECURE (insecure=true): off loopback and " + e.Problem)
	}
	if tokens == nil && sec.TLSClientCA == "" {
		log.Info().Msg("no auth-tokens file: every caller may do everything (keep the doors on loopback)")
	}
	if n.opts.OpenProver == nil {
		// Keys are made on first start (a single-party development setup) only in the
		// data folder's own keys folder: a keys folder named that does not exist is a
		// typo or a missing mount, never a place to make keys anyone could forge with.
		if k := cfg.Prover.Keys; k != "" {
			if _, err := os.Stat(k); err != nil {
				return nil, fmt.Errorf("keys folder %s (keys): %w; make keys there with `zkprover setup --keys` (or a ceremony), or leave keys unset to have development keys made in <data>/keys", k, err)
			}
		}
		po := []prover.Option{prover.WithGPU(cfg.Prover.GPU)}
		if !cfg.Prover.InProcess && len(opts.WorkerArgv) > 0 {
			po = append(po, prover.WithWorker(opts.WorkerArgv...))
		}
		n.opts.OpenProver = OpenGnark(cfg.KeysDir(), cfg.Prover.Class, opts.Logger, po...)
	}

	// The aggregator door (docs/aggregator.md).
	if len(cfg.Aggregators.Addrs) > 0 {
		a := cfg.Aggregators
		var dialTLS *tls.Config
		if sec.AggregatorTLS {
			if dialTLS, err = (tlsconf.Client{CAFile: sec.AggregatorTLSCA, CertFile: sec.AggregatorTLSCert, KeyFile: sec.AggregatorTLSKey, Log: &tlsLog}).Config(); err != nil {
				return nil, err
			}
		}
		var longKeys func() *longrun.Keys // nil: long runs off
		if n.long != nil {
			longKeys = func() *longrun.Keys {
				if r, ok := n.long.Ready().(*longrun.Runner); ok && r != nil {
					return r.Keys
				}
				return nil
			}
		}
		n.aggs, err = aggregator.New(n.jobs, aggregator.Options{
			Addrs: a.Addrs, ProverName: a.ProverName, ForkID: a.ForkID,
			Watchdog: a.Watchdog, Backoff: a.Backoff, BackoffMax: a.BackoffMax, DialTimeout: a.DialTimeout,
			FinalDir:  filepath.Join(cfg.Node.Data, "aggregator", "final"),
			Retention: cfg.Queue.Retention,
			Verifier: func(ctx context.Context) (aggregator.Verifier, error) {
				return prover.Open(ctx, cfg.KeysDir(), prover.WithVerifyOnly(), prover.WithLogger(opts.Logger))
			},
			VersionProto: zkprover.ProtoVersion, VersionServer: zkprover.ServerVersion(), TLS: dialTLS,
			Logger: opts.Logger, Registry: n.metrics.Registry,
			// n.chain is built below: read it when asked.
			Relays: func() aggregator.RelayStatuses { return n.chain.relays() },
			// With long runs, batch jobs are proven for aggregation.
			Tops: n.long != nil, LongRuns: longKeys, Recursing: n.recursing,
		})
		if err != nil {
			return nil, err
		}
	}
	// The chain door (docs/relayer.md).
	if cfg.Chain.Enabled {
		// The relayer's key is decrypted now, not once the proving keys have loaded
		// (minutes): a passphrase file others may read, or a wrong passphrase, is told at once.
		var key *ecdsa.PrivateKey
		if r := cfg.Relayer; r.Keystore != "" {
			if key, err = relayer.LoadKey(relayer.KeySource{Keystore: r.Keystore, PassphraseFile: r.PassphraseFile,
				PassphraseEnv: r.PassphraseEnv}, os.Getenv); err != nil {
				return nil, err
			}
		}
		n.chain = newChainSide(cfg, n.jobs, n.metrics, opts.Logger)
		n.chain.key = key
		n.chain.api = chaindoor.StatusAPIOptions{TLS: srvTLS, Wrap: func(h http.Handler) http.Handler {
			return n.conns.count("relay status API", n.guard.HTTP(auth.Read, h))
		},
			Limit: func(l net.Listener) net.Listener { return n.conns.wrap("relay status API", l) }}
	}

	// The gRPC doors.
	if n.lis, err = net.Listen("tcp", cfg.Node.Addr); err != nil {
		return nil, fmt.Errorf("listening on %s: %w", cfg.Node.Addr, err)
	}
	n.lis = n.conns.wrap("gRPC doors", n.lis)
	creds := insecure.NewCredentials()
	if srvTLS != nil {
		creds = credentials.NewTLS(srvTLS)
	}
	n.grpc = grpc.NewServer(
		grpc.Creds(creds),
		grpc.ChainUnaryInterceptor(n.guard.Unary),
		grpc.ChainStreamInterceptor(n.guard.Stream),
		grpc.MaxRecvMsgSize(cfg.Queue.MaxRequestBytes+64<<10),
		// a call's metadata (a bearer token is at most auth.MaxTokenBytes):
		// not grpc-go's 16 MiB default
		grpc.MaxHeaderListSize(MaxHeaderListBytes),
		grpc.MaxSendMsgSize(16<<20),
		// calls open at once on one connection (grpc-go: no bound), and the
		// time a new connection has for its TLS and HTTP/2 handshakes
		// (grpc-go: 120 s, a slot of max-connections each)
		grpc.MaxConcurrentStreams(MaxStreamsPerConn),
		grpc.ConnectionTimeout(10*time.Second),
		grpc.KeepaliveParams(keepalive.ServerParameters{
			Time:    30 * time.Second, // ping an idle connection after 30 s
			Timeout: 10 * time.Second, // and drop it if the ping is not answered in 10 s
			// a connection without a call for this long is closed (a GOAWAY:
			// clients reconnect when they call again), so that connections
			// held open idle do not keep max-connections' slots for ever
			MaxConnectionIdle: MaxConnIdle,
		}),
		grpc.KeepaliveEnforcementPolicy(keepalive.EnforcementPolicy{
			MinTime:             10 * time.Second, // clients may ping every 10 s
			PermitWithoutStream: true,             // also while no call is open
		}),
	)
	reports := zkprover.Reports{Relays: n.chain.relays, Fleet: n.fleetStatus}
	if n.aggs != nil {
		reports.Aggregators = n.aggs.Connections
	}
	n.door = zkprover.New(n.jobs, reports, opts.Logger)
	n.door.Register(n.grpc)
	// The coprocessor door (docs/coprocessor.md): gRPC here, its JSON gateway on its own listener.
	if n.copro, err = n.newCoprocessor(); err != nil {
		return nil, err
	}
	n.copro.Register(n.grpc)
	if addr := cfg.Coprocessor.GatewayAddr; addr != "" {
		gw, err := n.gatewayHandler(context.Background())
		if err != nil {
			return nil, err
		}
		if n.gwlis, n.gwsrv, err = n.listenHTTP("coprocessor gateway", addr, gw); err != nil {
			return nil, err
		}
	}
	// The Infernet container endpoint (docs/coprocessor.md, "Infernet") on its own listener.
	if cfg.Coprocessor.Infernet {
		h, err := n.newInfernet()
		if err != nil {
			return nil, err
		}
		if n.inflis, n.infsrv, err = n.listenHTTP("Infernet container endpoint", cfg.Coprocessor.InfernetAddr, h); err != nil {
			return nil, err
		}
	}
	n.health = health.NewServer()
	healthpb.RegisterHealthServer(n.grpc, n.health)
	// Server reflection: grpcurl, grpcui and other tools list and call the
	// services without the .proto files (docs/node.md).
	reflection.Register(n.grpc)
	n.health.SetServingStatus("", healthpb.HealthCheckResponse_NOT_SERVING)
	n.health.SetServingStatus(zkprover.ServiceName, healthpb.HealthCheckResponse_NOT_SERVING)

	// Metrics and health over HTTP.
	if cfg.Node.MetricsAddr != "" {
		if n.mlis, err = net.Listen("tcp", cfg.Node.MetricsAddr); err != nil {
			return nil, fmt.Errorf("listening for metrics on %s: %w", cfg.Node.MetricsAddr, err)
		}
		n.mlis = n.conns.wrap("metrics", n.mlis)
		if srvTLS != nil {
			n.mlis = tls.NewListener(n.mlis, srvTLS)
		}
		mux := http.NewServeMux()
		mux.Handle("/metrics", promhttp.HandlerFor(n.metrics.Registry, promhttp.HandlerOpts{}))
		// /readyz: ready to prove (the prover loaded, not halting), for a load
		// balancer or an orchestrator's readiness probe; /healthz only says
		// the process is up and not stopping.
		mux.HandleFunc("/readyz", func(w http.ResponseWriter, _ *http.Request) {
			select {
			case <-n.ready:
			default:
				http.Error(w, "booting: the prover is not loaded yet", http.StatusServiceUnavailable)
				return
			}
			if n.jobs.Halting() {
				http.Error(w, "halting", http.StatusServiceUnavailable)
				return
			}
			fmt.Fprintln(w, "ready")
		})
		mux.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) {
			if n.jobs.Halting() {
				http.Error(w, "halting", http.StatusServiceUnavailable)
				return
			}
			fmt.Fprintln(w, "ok")
		})
		// GET requests only: a minute bounds any request read, idle
		// keep-alive connections are closed after two.
		// Host checked on loopback (auth.HostGuard): no DNS-rebinding page reads it.
		n.msrv = &http.Server{Handler: auth.HostGuard(mux), ReadHeaderTimeout: 10 * time.Second, ReadTimeout: time.Minute, IdleTimeout: 2 * time.Minute}
	}
	ok = true
	return n, nil
}

func (n *Node) closeListeners() {
	if n.gwlis != nil {
		_ = n.gwlis.Close()
	}
	if n.inflis != nil {
		_ = n.inflis.Close()
	}
	if n.lis != nil {
		_ = n.lis.Close()
	}
	if n.mlis != nil {
		_ = n.mlis.Close()
	}
}

// Addr is the gRPC listen address.
func (n *Node) Addr() net.Addr { return n.lis.Addr() }

// MetricsAddr is the metrics listen address (nil when off).
func (n *Node) MetricsAddr() net.Addr {
	if n.mlis == nil {
		return nil
	}
	return n.mlis.Addr()
}

// Jobs is the node's job service.
func (n *Node) Jobs() *jobs.Service { return n.jobs }

// Metrics are the node's metrics.
func (n *Node) Metrics() *jobs.Metrics { return n.metrics }

// Door is the node's zkprover.v1 door.
func (n *Node) Door() *zkprover.Service { return n.door }

// Ready is closed once the prover is loaded and workers run.
func (n *Node) Ready() <-chan struct{} { return n.ready }

// Run starts every part and serves until ctx ends or a part fails; then it
// stops them in reverse order: it reports HALT and refuses new jobs, stops
// the chain and aggregator doors, lets running jobs finish within the grace
// period (else requeues them), stops the gRPC server (GracefulStop raced
// against the stop timeout) and the metrics server, and closes the store.
// The error is the failed part's, or nil after a requested shutdown.
func (n *Node) Run(ctx context.Context) error {
	bi := buildinfo.Get()
	n.log.Info().Str("version", bi.Version).Str("commit", bi.Commit).Str("go", bi.GoVersion).Msg("zkprover node starting")
	n.life = newLifecycle(n.log, n.cfg.Node.StopTimeout)
	root := context.WithoutCancel(ctx) // parts stop when the lifecycle says, not all at once
	if n.msrv != nil {
		n.life.start(root, component{name: "metrics", run: func(ctx context.Context) error {
			return serveHTTP(ctx, n.msrv, n.mlis, n.cfg.Node.StopTimeout)
		}})
	}
	n.life.start(root, component{name: "grpc", run: n.serveGRPC})
	if n.gwsrv != nil {
		n.life.start(root, component{name: "coprocessor-gateway", run: func(ctx context.Context) error {
			return serveHTTP(ctx, n.gwsrv, n.gwlis, n.cfg.Node.StopTimeout)
		}})
	}
	if n.infsrv != nil {
		n.life.start(root, component{name: "infernet", run: func(ctx context.Context) error {
			return serveHTTP(ctx, n.infsrv, n.inflis, n.cfg.Node.StopTimeout)
		}})
	}
	n.life.start(root, component{name: "prover", run: n.runProver, stopWithin: n.cfg.Node.Grace + n.cfg.Node.StopTimeout})
	n.life.start(root, component{name: "sweeper", run: n.sweep})
	n.life.start(root, component{name: "disk-guard", run: func(ctx context.Context) error {
		return guardDisk(ctx, n.store.FreeBytes, DiskStopFloor, int64(n.cfg.Queue.MinFreeDisk), diskCheckEvery, n.log)
	}})
	if n.long != nil {
		n.life.start(root, component{name: "long-runs", run: n.runLongRuns})
	}
	if n.aggs != nil {
		n.life.start(root, component{name: "aggregators", run: n.aggs.Run})
	}
	if n.chain != nil {
		n.life.start(root, component{name: "chain", run: func(ctx context.Context) error {
			select { // the chain side deploys verifiers of the loaded classes
			case <-ctx.Done():
				return nil
			case <-n.ready:
			}
			return n.chain.run(ctx, n.loaded, n.prefer)
		}})
	}
	n.log.Info().Str("addr", n.Addr().String()).Str("data", n.cfg.Node.Data).Int("workers", n.cfg.Jobs.Workers).
		Strs("pending", n.store.Pending()).Bool("chain", n.chain != nil).Int("aggregators", len(n.cfg.Aggregators.Addrs)).
		Msg("serving")

	var runErr error
	select {
	case <-ctx.Done():
		n.log.Info().Msg("shutdown requested")
	case runErr = <-n.life.failed:
		n.log.Error().Err(runErr).Msg("a part of the node failed: stopping")
	}
	if err := n.shutdown(); err != nil && runErr == nil {
		runErr = err
	}
	return runErr
}

// serveGRPC serves the gRPC doors until ctx ends, then stops gracefully
// within the stop timeout (hard after it).
func (n *Node) serveGRPC(ctx context.Context) error {
	errc := make(chan error, 1)
	go func() { errc <- n.grpc.Serve(n.lis) }()
	select {
	case err := <-errc:
		if err != nil && !errors.Is(err, grpc.ErrServerStopped) {
			return fmt.Errorf("serving: %w", err)
		}
		return nil
	case <-ctx.Done():
	}
	stopped := make(chan struct{})
	go func() { n.grpc.GracefulStop(); close(stopped) }()
	select {
	case <-stopped:
	case <-time.After(n.cfg.Node.StopTimeout):
		n.log.Warn().Dur("after", n.cfg.Node.StopTimeout).Msg("open calls did not end: stopping hard")
		n.grpc.Stop()
		<-stopped
	}
	if err := <-errc; err != nil && !errors.Is(err, grpc.ErrServerStopped) {
		return fmt.Errorf("serving: %w", err)
	}
	return nil
}

// serveHTTP serves srv on l until ctx ends, then shuts it down within timeout.
func serveHTTP(ctx context.Context, srv *http.Server, l net.Listener, timeout time.Duration) error {
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(l) }()
	select {
	case err := <-errc:
		if err != nil && !errors.Is(err, http.ErrServerClosed) {
			return err
		}
		return nil
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		_ = srv.Close()
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// runProver loads the prover (BOOTING), starts the workers and keeps them
// until ctx ends; then running jobs get the grace period to finish.
func (n *Node) runProver(ctx context.Context) error {
	start := time.Now()
	n.log.Info().Str("keys", n.cfg.KeysDir()).Msg("loading proving keys (BOOTING)")
	p, err := n.opts.OpenProver(ctx)
	if err != nil && ctx.Err() != nil {
		return nil //nolint:nilerr // stopped while loading: not a failure
	}
	if err != nil {
		return fmt.Errorf("loading the prover: %w", err)
	}
	if !n.jobs.SetReady() {
		return nil // halting meanwhile
	}
	n.health.SetServingStatus("", healthpb.HealthCheckResponse_SERVING)
	n.health.SetServingStatus(zkprover.ServiceName, healthpb.HealthCheckResponse_SERVING)
	n.log.Info().Dur("took", time.Since(start)).Msg("prover ready")
	if c, ok := p.(interface{ Classes() []prover.Manifest }); ok {
		n.loaded = c.Classes() // the chain side deploys these classes' verifiers
	}
	if c, ok := p.(interface {
		PreferClasses(accepts func(int) bool, only bool)
	}); ok {
		n.prefer = c.PreferClasses // the chain side prefers the classes its registry verifies
	}
	n.poolMu.Lock()
	n.pool = n.jobs.StartWorkers(p, n.cfg.Jobs.Workers)
	n.poolMu.Unlock()
	close(n.ready)
	<-ctx.Done()
	n.pool.Stop(n.cfg.Node.Grace)
	return nil
}

// sweep deletes expired finished jobs now and every SweepEvery.
func (n *Node) sweep(ctx context.Context) error {
	t := time.NewTicker(n.cfg.Queue.SweepEvery)
	defer t.Stop()
	for {
		if _, err := n.store.Sweep(time.Now()); err != nil && !errors.Is(err, queue.ErrClosed) {
			n.log.Error().Err(err).Msg("sweeping expired jobs")
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

func (n *Node) shutdown() error {
	var err error
	n.stopOnce.Do(func() {
		n.health.Shutdown() // every service NOT_SERVING
		n.jobs.Halt()       // refuse new jobs, release waits: HALT
		n.life.stop()
		n.runAtStop()
		n.closeListeners()
		if n.coord != nil {
			n.coord.close()
		}
		if cerr := n.copro.Close(); cerr != nil {
			n.log.Warn().Err(cerr).Msg("closing the coprocessor index")
		}
		err = n.store.Close()
		n.log.Info().Msg("stopped")
	})
	return err
}

// abort stops the node as a crash would: the store closes first, so nothing
// running is finished or requeued on disk. For tests of crash recovery.
func (n *Node) abort() {
	n.stopOnce.Do(func() {
		_ = n.store.Abort() // no clean-stop mark: the next start counts the running jobs as crashed
		_ = n.copro.Close()
		n.jobs.Halt()
		n.poolMu.Lock()
		if n.pool != nil {
			n.pool.Abort()
		}
		n.poolMu.Unlock()
		n.grpc.Stop()
		if n.msrv != nil {
			_ = n.msrv.Close()
		}
		if n.life != nil {
			n.life.stop()
		}
		n.runAtStop()
	})
}

// atStop registers f to run once every part of the node has stopped
// (shutdown, abort): the long-run prove workers, which jobs finishing in the
// prover part's grace period still use after the long-runs part stopped.
func (n *Node) atStop(f func()) {
	n.stopMu.Lock()
	defer n.stopMu.Unlock()
	n.stopFns = append(n.stopFns, f)
}

// runAtStop runs the atStop functions, last registered first.
func (n *Node) runAtStop() {
	n.stopMu.Lock()
	fns := n.stopFns
	n.stopFns = nil
	n.stopMu.Unlock()
	for i := len(fns) - 1; i >= 0; i-- {
		fns[i]()
	}
}
