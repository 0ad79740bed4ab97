// Package node is the prover node: the zkprover.v1 gRPC service over the
// durable job queue, the workers that execute and prove jobs, the lifecycle
// (booting, serving, graceful shutdown), metrics and health.
//
// Job submission, lookup, waiting and cancelling live in Jobs so that other
// front doors (the aggregator channel) reuse them; Node wires Jobs, the
// workers and the gRPC server together.
package node

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/rs/zerolog"
	"google.golang.org/grpc"
	"google.golang.org/grpc/health"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/keepalive"

	"github.com/zkprover/zkprover/executor"
	pb "github.com/zkprover/zkprover/proto/zkprover/v1"
	"github.com/zkprover/zkprover/queue"
)

// Versions reported by GetStatus.
const (
	ProtoVersion  = "v0_0_1"
	ServerVersion = "zkprover-node/0.1.0"
)

// ServiceName is the gRPC service name (also the health service key).
const ServiceName = "zkprover.v1.ZKProverService"

// Lifecycle phases.
const (
	phaseBooting int32 = iota
	phaseReady
	phaseHalt
)

// errShutdown is the cause of job contexts cancelled because the node stops
// before they finished: such jobs are requeued, not failed.
var errShutdown = errors.New("node shutting down")

// OpenProver loads (or on first start creates) the proving keys. It runs
// while the node reports BOOTING and must honour ctx.
type OpenProver func(ctx context.Context) (Prover, error)

// Options configure a Node.
type Options struct {
	Config     Config
	Logger     zerolog.Logger
	OpenProver OpenProver      // nil: an execute-only node that never leaves BOOTING
	Limits     executor.Limits // zero: executor defaults
	// ExtraServices registers further gRPC services (e.g. the aggregator
	// channel) on the node's server before it starts.
	ExtraServices func(s *grpc.Server, jobs *Jobs)
}

// Node is a running prover node.
type Node struct {
	cfg     Config
	log     zerolog.Logger
	opts    Options
	store   *queue.Store
	jobs    *Jobs
	metrics *Metrics
	grpc    *grpc.Server
	health  *health.Server
	lis     net.Listener
	mlis    net.Listener
	msrv    *http.Server

	phase  atomic.Int32
	aggs   aggregatorReporter // the aggregator channel's connections (node/aggregators.go)
	relays relayReporter      // the chain side's relay status of jobs (node/relay.go)

	nextCtx    context.Context // workers take jobs while it lives
	nextCancel context.CancelFunc
	workCtx    context.Context // parent of every job context
	workCancel context.CancelCauseFunc
	workers    sync.WaitGroup
	bg         sync.WaitGroup
	stopOnce   sync.Once
}

// New opens the store and the listeners; Run serves.
func New(opts Options) (*Node, error) {
	cfg := opts.Config
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	log := opts.Logger.With().Str("component", "node").Logger()
	qo := queue.DefaultOptions()
	qo.MaxPending = cfg.MaxPending
	qo.MaxRequestBytes = cfg.MaxRequestBytes
	qo.Retention = cfg.Retention
	qo.SyncWrites = cfg.SyncWrites
	qo.Logger = opts.Logger
	store, err := queue.Open(cfg.QueueDir(), qo)
	if err != nil {
		return nil, err
	}
	lis, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		_ = store.Close()
		return nil, fmt.Errorf("listening on %s: %w", cfg.Addr, err)
	}
	n := &Node{cfg: cfg, log: log, opts: opts, store: store, lis: lis}
	n.metrics = NewMetrics(store)
	n.jobs = NewJobs(store, opts.Limits, cfg.MaxCycles, n.metrics, opts.Logger)
	n.nextCtx, n.nextCancel = context.WithCancel(context.Background())
	n.workCtx, n.workCancel = context.WithCancelCause(context.Background())

	n.grpc = grpc.NewServer(
		grpc.MaxRecvMsgSize(cfg.MaxRequestBytes+64<<10),
		grpc.MaxSendMsgSize(16<<20),
		grpc.KeepaliveParams(keepalive.ServerParameters{
			Time:    30 * time.Second, // ping an idle connection after 30 s
			Timeout: 10 * time.Second, // and drop it if the ping is not answered in 10 s
		}),
		grpc.KeepaliveEnforcementPolicy(keepalive.EnforcementPolicy{
			MinTime:             10 * time.Second, // clients may ping every 10 s
			PermitWithoutStream: true,             // also while no call is open
		}),
	)
	pb.RegisterZKProverServiceServer(n.grpc, &service{node: n})
	n.health = health.NewServer()
	healthpb.RegisterHealthServer(n.grpc, n.health)
	n.health.SetServingStatus("", healthpb.HealthCheckResponse_NOT_SERVING)
	n.health.SetServingStatus(ServiceName, healthpb.HealthCheckResponse_NOT_SERVING)
	if opts.ExtraServices != nil {
		opts.ExtraServices(n.grpc, n.jobs)
	}

	if cfg.MetricsAddr != "" {
		mlis, err := net.Listen("tcp", cfg.MetricsAddr)
		if err != nil {
			_ = lis.Close()
			_ = store.Close()
			return nil, fmt.Errorf("listening for metrics on %s: %w", cfg.MetricsAddr, err)
		}
		mux := http.NewServeMux()
		mux.Handle("/metrics", promhttp.HandlerFor(n.metrics.Registry, promhttp.HandlerOpts{}))
		mux.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) {
			if n.phase.Load() == phaseHalt {
				http.Error(w, "halting", http.StatusServiceUnavailable)
				return
			}
			fmt.Fprintln(w, "ok")
		})
		n.mlis = mlis
		n.msrv = &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	}
	return n, nil
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

// Jobs is the node's job front end (for other doors).
func (n *Node) Jobs() *Jobs { return n.jobs }

// Metrics are the node's metrics.
func (n *Node) Metrics() *Metrics { return n.metrics }

// Run serves until ctx ends, then shuts down gracefully: it reports HALT,
// refuses new jobs, lets running jobs finish within the grace period (else
// requeues them), stops the gRPC server (GracefulStop raced against
// StopTimeout) and closes the store.
func (n *Node) Run(ctx context.Context) error {
	errc := make(chan error, 3)
	go func() {
		if err := n.grpc.Serve(n.lis); err != nil && !errors.Is(err, grpc.ErrServerStopped) {
			errc <- fmt.Errorf("gRPC server: %w", err)
		}
	}()
	if n.msrv != nil {
		go func() {
			if err := n.msrv.Serve(n.mlis); err != nil && !errors.Is(err, http.ErrServerClosed) {
				errc <- fmt.Errorf("metrics server: %w", err)
			}
		}()
	}
	n.log.Info().Str("addr", n.Addr().String()).Str("data", n.cfg.Data).Int("workers", n.cfg.Workers).
		Strs("pending", n.store.Pending()).Msg("serving zkprover.v1")

	bootCtx, bootCancel := context.WithCancel(ctx)
	defer bootCancel()
	n.bg.Add(2)
	go func() {
		defer n.bg.Done()
		if err := n.boot(bootCtx); err != nil && bootCtx.Err() == nil {
			errc <- err
		}
	}()
	go func() {
		defer n.bg.Done()
		n.sweep(bootCtx)
	}()

	var runErr error
	select {
	case <-ctx.Done():
		n.log.Info().Msg("shutdown requested")
	case runErr = <-errc:
		n.log.Error().Err(runErr).Msg("stopping after a fatal error")
	}
	bootCancel()
	if err := n.shutdown(); err != nil && runErr == nil {
		runErr = err
	}
	return runErr
}

// boot loads the prover (BOOTING), then starts the workers.
func (n *Node) boot(ctx context.Context) error {
	if n.opts.OpenProver == nil {
		n.log.Warn().Msg("no prover configured: jobs are queued but not proved")
		return nil
	}
	start := time.Now()
	n.log.Info().Str("keys", n.cfg.KeysDir()).Msg("loading proving keys (BOOTING)")
	p, err := n.opts.OpenProver(ctx)
	if err != nil {
		return fmt.Errorf("loading the prover: %w", err)
	}
	if !n.phase.CompareAndSwap(phaseBooting, phaseReady) {
		return nil // halting meanwhile
	}
	n.metrics.ProverReady.Set(1)
	n.health.SetServingStatus("", healthpb.HealthCheckResponse_SERVING)
	n.health.SetServingStatus(ServiceName, healthpb.HealthCheckResponse_SERVING)
	n.log.Info().Dur("took", time.Since(start)).Msg("prover ready")
	for i := 0; i < n.cfg.Workers; i++ {
		n.workers.Add(1)
		go n.worker(i, p)
	}
	return nil
}

// sweep deletes expired finished jobs now and every SweepEvery.
func (n *Node) sweep(ctx context.Context) {
	t := time.NewTicker(n.cfg.SweepEvery)
	defer t.Stop()
	for {
		if _, err := n.store.Sweep(time.Now()); err != nil && !errors.Is(err, queue.ErrClosed) {
			n.log.Error().Err(err).Msg("sweeping expired jobs")
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func (n *Node) shutdown() error {
	var err error
	n.stopOnce.Do(func() {
		n.phase.Store(phaseHalt)
		n.metrics.ShutdownStates.Set(1)
		n.health.Shutdown() // every service NOT_SERVING
		n.jobs.Halt()       // refuse new jobs, release GetProof waits
		n.nextCancel()      // workers take no further job

		done := make(chan struct{})
		go func() { n.workers.Wait(); close(done) }()
		if running := n.store.Running(); len(running) > 0 {
			n.log.Info().Int("running", len(running)).Dur("grace", n.cfg.Grace).Msg("letting running jobs finish")
		}
		select {
		case <-done:
		case <-time.After(n.cfg.Grace):
			n.log.Warn().Msg("grace period over: requeueing running jobs")
			n.workCancel(errShutdown)
			<-done
		}
		n.workCancel(errShutdown)

		stopped := make(chan struct{})
		go func() { n.grpc.GracefulStop(); close(stopped) }()
		select {
		case <-stopped:
		case <-time.After(n.cfg.StopTimeout):
			n.log.Warn().Dur("after", n.cfg.StopTimeout).Msg("open calls did not end: stopping hard")
			n.grpc.Stop()
			<-stopped
		}
		if n.msrv != nil {
			sctx, cancel := context.WithTimeout(context.Background(), n.cfg.StopTimeout)
			_ = n.msrv.Shutdown(sctx)
			cancel()
		}
		n.bg.Wait()
		err = n.store.Close()
		n.log.Info().Msg("stopped")
	})
	return err
}

// abort stops the node as a crash would: the store closes first, so nothing
// running is finished or requeued on disk. For tests of crash recovery.
func (n *Node) abort() {
	n.stopOnce.Do(func() {
		n.phase.Store(phaseHalt)
		_ = n.store.Close()
		n.jobs.Halt()
		n.nextCancel()
		n.workCancel(errShutdown)
		n.grpc.Stop()
		if n.msrv != nil {
			_ = n.msrv.Close()
		}
		n.workers.Wait()
	})
}

// worker takes jobs in order and runs them until the node stops.
func (n *Node) worker(idx int, p Prover) {
	defer n.workers.Done()
	log := n.log.With().Int("worker", idx).Logger()
	for {
		job, raw, err := n.store.Next(n.nextCtx)
		if err != nil {
			if !errors.Is(err, context.Canceled) && !errors.Is(err, queue.ErrClosed) {
				log.Error().Err(err).Msg("taking the next job")
				// a broken job record must not stall the queue forever
				select {
				case <-n.nextCtx.Done():
				case <-time.After(time.Second):
					continue
				}
			}
			return
		}
		n.runJob(log.With().Str("job", job.ID).Logger(), p, job, raw)
	}
}

// runJob executes and proves one job and records the outcome.
func (n *Node) runJob(log zerolog.Logger, p Prover, job queue.Job, raw []byte) {
	ctx, cancel := context.WithCancelCause(n.workCtx)
	defer cancel(nil)
	n.jobs.register(job.ID, cancel)
	defer n.jobs.unregister(job.ID)
	// Cancel may have landed between Next and register.
	if cur, err := n.store.Get(job.ID); err == nil && cur.State == queue.Cancelled {
		cancel(errCancelledByUser)
	}
	n.metrics.QueueWait.Observe(job.StartedAt.Sub(job.CreatedAt).Seconds())
	log.Info().Int("attempt", job.Attempts).Msg("job started")
	start := time.Now()

	res, err := n.prove(ctx, log, p, raw)
	took := time.Since(start)

	if ctx.Err() != nil {
		if errors.Is(context.Cause(ctx), errShutdown) {
			if rerr := n.store.Requeue(job.ID); rerr != nil {
				log.Error().Err(rerr).Msg("requeueing job at shutdown")
			} else {
				log.Info().Dur("took", took).Msg("job stopped by shutdown; requeued")
			}
			n.metrics.JobDuration.WithLabelValues("requeued").Observe(took.Seconds())
			return
		}
		log.Info().Dur("took", took).Msg("job cancelled; work stopped")
		n.metrics.JobDuration.WithLabelValues("cancelled").Observe(took.Seconds())
		return
	}
	state := queue.Done
	if err != nil {
		class := Classify(err)
		state = queue.Failed
		res.Reason = class.Reason
		res.Error = err.Error()
		n.metrics.Failures.WithLabelValues(class.Reason).Inc()
		log.Warn().Err(err).Str("reason", class.Reason).Dur("took", took).Msg("job failed")
	} else {
		log.Info().Dur("took", took).Uint64("cycles", res.Cycles).Float64("prove_s", res.ProveSeconds).Msg("job done")
		n.metrics.ProveCycles.Observe(float64(res.Cycles))
	}
	if _, ferr := n.store.Finish(job.ID, state, res); ferr != nil {
		// cancelled at the last moment, or the store is closing: the
		// job's recorded state stands.
		log.Warn().Err(ferr).Msg("result not recorded")
		return
	}
	n.metrics.JobDuration.WithLabelValues(string(state)).Observe(took.Seconds())
}

// prove runs the job: decode, resolve the program, execute (fast mode, to
// classify program faults cheaply), prove, and package the result.
func (n *Node) prove(ctx context.Context, log zerolog.Logger, p Prover, raw []byte) (queue.Result, error) {
	var r Request
	if err := json.Unmarshal(raw, &r); err != nil {
		return queue.Result{}, fmt.Errorf("decoding stored job: %w", err)
	}
	prog, _, err := n.jobs.Program(&r)
	if err != nil {
		return queue.Result{}, err
	}
	in := r.Input()
	cfg := n.jobs.runConfig(&r)
	t0 := time.Now()
	run, err := executor.Run(ctx, prog, in, cfg)
	n.metrics.ExecDuration.Observe(time.Since(t0).Seconds())
	if err != nil {
		return queue.Result{}, fmt.Errorf("executing program %s: %w", r.ProgramIDHex(), err)
	}
	res := queue.Result{ExitCode: run.ExitCode, Output: run.Output, Cycles: run.Cycles, Counters: CounterMap(run)}
	log.Debug().Uint64("cycles", run.Cycles).Uint32("exit_code", run.ExitCode).Msg("executed; proving")

	t1 := time.Now()
	proof, err := p.Prove(ctx, prog, in, cfg)
	res.ProveSeconds = time.Since(t1).Seconds()
	if err != nil {
		return res, fmt.Errorf("proving: %w", err)
	}
	n.metrics.ProofDuration.Observe(res.ProveSeconds)

	pub := run.Public(prog, in)
	elems, err := pub.Elements()
	if err != nil {
		return res, fmt.Errorf("building the statement: %w", err)
	}
	if len(proof.Inputs) != len(elems) {
		return res, fmt.Errorf("%w: the proof has %d public inputs, the statement %d", ErrProofInvalid, len(proof.Inputs), len(elems))
	}
	for i := range elems {
		if proof.Inputs[i] != elems[i].String() {
			return res, fmt.Errorf("%w: public input %d of the proof (%s) is not the executed statement's (%s)", ErrProofInvalid, i, proof.Inputs[i], elems[i].String())
		}
	}
	digest, err := pub.Digest()
	if err != nil {
		return res, fmt.Errorf("building the statement digest: %w", err)
	}
	pv := PublicValues{
		ProgramID:    FieldHex(prog.ID),
		OldStateRoot: FieldHex(run.OldStateRoot),
		NewStateRoot: FieldHex(run.StateRoot),
		OffchainHash: FieldHex(pub.OffchainHash),
		InputHash:    FieldHex(digest),
		Context:      pub.Context,
		Changed:      FormatState(run.Changed),
		Logs:         run.Logs,
	}
	// Offchain requests carry their signed JobRequest; jobs taken from the chain by the
	// listener (relayer/bridge) have none: the bridge builds their contract call itself.
	if len(r.JobRequest) > 0 {
		rwm, err := ResultWithMetadata(&r, run.ExitCode, run.Output, FieldBytes(run.OldStateRoot), FieldBytes(run.StateRoot), proof.Class, proof.Solidity)
		if err != nil {
			return res, fmt.Errorf("encoding the result with metadata: %w", err)
		}
		pv.ResultWithMetadata = "0x" + hex.EncodeToString(rwm)
	}
	if res.Proof, err = json.Marshal(proof); err != nil {
		return res, fmt.Errorf("encoding proof: %w", err)
	}
	if res.Public, err = json.Marshal(pv); err != nil {
		return res, fmt.Errorf("encoding public values: %w", err)
	}
	return res, nil
}

// CounterMap flattens a run's counters (plus cycles) into name -> value.
func CounterMap(r *executor.Result) map[string]uint64 {
	c := r.Counters
	return map[string]uint64{
		"cycles": r.Cycles, "alu": c.ALU, "mul_div": c.MulDiv, "load": c.Load, "store": c.Store,
		"branch": c.Branch, "jump": c.Jump, "fence": c.Fence, "ecall": c.Ecall,
		"mem_reads": c.MemReads, "mem_writes": c.MemWrites, "mem_bytes": c.MemBytes,
		"syscall_halt": c.Syscalls.Halt, "syscall_read_onchain": c.Syscalls.ReadOnchain,
		"syscall_read_offchain": c.Syscalls.ReadOffchain, "syscall_read_context": c.Syscalls.ReadContext,
		"syscall_write_output": c.Syscalls.WriteOutput, "syscall_state_get": c.Syscalls.StateGet,
		"syscall_state_set": c.Syscalls.StateSet, "syscall_log": c.Syscalls.Log,
	}
}

// Status is the GetStatus report.
func (n *Node) Status() *pb.GetStatusResponse {
	st := &pb.GetStatusResponse{
		VersionProto:           ProtoVersion,
		VersionServer:          ServerVersion,
		PendingRequestQueueIds: n.store.Pending(),
	}
	if last, ok := n.store.LastFinished(); ok {
		st.LastComputedRequestId = last.ID
		st.LastComputedEndTime = uint64(last.FinishedAt.Unix())
	}
	st.Aggregators = aggregatorStatus(n.Aggregators())
	running := n.store.Running()
	if len(running) > 0 {
		st.CurrentComputingRequestId = running[0].ID
		st.CurrentComputingStartTime = uint64(running[0].StartedAt.Unix())
	}
	switch n.phase.Load() {
	case phaseHalt:
		st.State = pb.GetStatusResponse_STATUS_PROVER_HALT
	case phaseBooting:
		st.State = pb.GetStatusResponse_STATUS_PROVER_BOOTING
	default:
		if len(running) > 0 || len(st.PendingRequestQueueIds) > 0 {
			st.State = pb.GetStatusResponse_STATUS_PROVER_COMPUTING
		} else {
			st.State = pb.GetStatusResponse_STATUS_PROVER_IDLE
		}
	}
	return st
}
