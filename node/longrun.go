package node

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/jobs"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/prover/longrun"
)

// LongRunKeysDir is the long-run key store under a keys folder
// (docs/recursion.md, "Keys").
func LongRunKeysDir(keys string) string { return filepath.Join(keys, "longrun") }

// SetupLine is one line of the long-run key setup's progress, as the setup
// child (`zkprover setup --segment 2^k --progress-json`) prints it on stdout.
type SetupLine struct {
	Circuit string  `json:"circuit"` // rv32im-segment, rv32im-aggregate, rv32im-final
	Stage   string  `json:"stage"`
	Elapsed float64 `json:"elapsed_s"`
	ETA     float64 `json:"eta_s,omitempty"`
	Done    bool    `json:"done,omitempty"`
	Summary string  `json:"summary"`
}

// recursing counts an aggregator's aggregation or sequence final proof as
// long-run work of the node's runner (longrun.Runner.Recursion: the idle
// segment workers stopped for it, the workers warmed and the idle-stop
// timer armed again when it ends), once long runs are ready.
func (n *Node) recursing() (end func()) {
	if n.long != nil {
		if r, ok := n.long.Ready().(*longrun.Runner); ok && r != nil {
			return r.Recursion()
		}
	}
	return func() {}
}

// runLongRuns makes the long-run keys available once the node is ready
// (small jobs are proven meanwhile): it makes or checks them in the setup
// child (Options.LongSetupArgv, at the lowest CPU priority, so that a setup
// that runs out of memory cannot take the node down) or in-process, opens
// them and hands the runner to the job service. Failing to get them is
// logged and reported (GetStatus), not fatal: the node goes on with its
// classes, and tries again later (longRunRetryFirst, doubling).
func (n *Node) runLongRuns(ctx context.Context) error {
	lr, k := n.long, n.cfg.Prover.SegmentClass
	select {
	case <-ctx.Done():
		return nil
	case <-n.ready:
	}
	log := n.opts.Logger.With().Str("component", "long-runs").Int("segment_class", k).Logger()
	if total, ok := memTotal(); ok && total < LongRunMemory {
		err := fmt.Errorf("%w: this machine has %.1f GiB of memory; long runs need about %d GiB (the aggregation setup and proofs); segment-class 0 turns them off",
			jobs.ErrLongRunsOff, float64(total)/(1<<30), LongRunMemory>>30)
		log.Warn().Err(err).Msg("long runs off")
		lr.Set(nil, err)
		return nil
	}
	// Proving in this process (prove-in-process, or no worker command
	// lines: embedders, tests) holds the aggregation and final keys and
	// their proving buffers (about 17.5 GB at peak): a soft limit at three
	// quarters of the machine makes the collector work harder before the
	// kernel's OOM killer would. Each prove worker gets the same limit, each
	// on its own (not a share: the workers' peaks do not coincide, the idle
	// ones hold their keys only).
	var workerEnv []string
	if limit, ok := longRunMemoryLimit(); ok {
		debug.SetMemoryLimit(limit)
		workerEnv = []string{"GOMEMLIMIT=" + strconv.FormatInt(limit, 10)}
		log.Info().Int64("memory_limit", limit).Msg("soft memory limit set for long runs and their prove workers (GOMEMLIMIT overrides it)")
	}
	// A failed setup or load is tried again, later and later: its cause
	// may pass (a full disk, memory taken by another process, keys
	// removed), and the long jobs wait in the queue meanwhile.
	delay := n.opts.LongRunRetry
	if delay <= 0 {
		delay = longRunRetryFirst
	}
	for try := 2; ; try++ {
		err := n.tryLongRuns(ctx, lr, log, workerEnv)
		if err == nil || ctx.Err() != nil {
			return nil //nolint:nilerr // stopped while the keys were made or loaded: not a failure
		}
		log.Error().Err(err).Dur("retry_in", delay).Msg("long runs unavailable")
		lr.Set(nil, fmt.Errorf("%w (the node tries again in %s)", err, delay))
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(delay):
		}
		lr.Retry(fmt.Sprintf("making or checking the keys again (try %d)", try))
		delay = min(2*delay, longRunRetryMax)
	}
}

// longRunRetryFirst and longRunRetryMax are the first and the longest wait
// before the long-run keys are tried again after a failure
// (Options.LongRunRetry overrides the first).
const (
	longRunRetryFirst = 2 * time.Minute
	longRunRetryMax   = time.Hour
)

// tryLongRuns makes or checks the long-run keys, loads them and hands the
// runner to the job service, then returns when ctx ends (nil); or returns
// why it could not (with what it opened closed).
func (n *Node) tryLongRuns(ctx context.Context, lr *jobs.LongRuns, log zerolog.Logger, workerEnv []string) error {
	k := n.cfg.Prover.SegmentClass
	root := LongRunKeysDir(n.cfg.KeysDir())
	start := time.Now()
	setupHere := len(n.opts.LongSetupArgv) == 0
	if !setupHere {
		log.Info().Str("keys", root).Msg("making or checking the long-run keys in the background (setup child at low priority)")
		if err := n.setupChild(ctx, lr, log); err != nil {
			return fmt.Errorf("the key setup failed: %w", err)
		}
	} else {
		log.Info().Str("keys", root).Msg("making or checking the long-run keys in the background")
	}
	lr.SetState("loading keys")
	check := setupHere && !n.opts.LongRunKeysChecked
	inWorkers := !n.cfg.Prover.InProcess && len(n.opts.SegmentWorkerArgv) > 0
	var segOpts []prover.Option
	if inWorkers {
		// The workers prove the segments: this process keeps the segment
		// verifying key only (at segment class 2^15 the proving key and
		// circuit are about 6 GB, and a node holding them beside its worker
		// was killed for memory on a 23 GB machine). When this process
		// makes or checks the keys itself (no setup child), it opens them
		// without the proving key, so that stale keys are made again.
		if check {
			segOpts = append(segOpts, prover.WithoutProvingKey())
		} else {
			segOpts = append(segOpts, prover.WithVerifyOnly())
		}
	}
	// The aggregation and final proofs in prove worker processes too: a
	// cancel kills the one in flight (in this process it would run on to
	// its end), this process holds neither proving key nor constraint
	// system of theirs (about 5 GB), and a proof that runs out of memory
	// takes down its worker, not the node.
	recWorkers := !n.cfg.Prover.InProcess && len(n.opts.AggregateWorkerArgv) > 0 && len(n.opts.FinalWorkerArgv) > 0
	var aggOpts, finOpts []prover.Option
	if recWorkers {
		aggOpts = []prover.Option{prover.WithWorker(n.opts.AggregateWorkerArgv...), prover.WithWorkerEnv(workerEnv...)}
		finOpts = []prover.Option{prover.WithWorker(n.opts.FinalWorkerArgv...), prover.WithWorkerEnv(workerEnv...)}
	}
	ks, err := longrun.Ensure(ctx, root, k, longrun.KeyOptions{AutoSetup: setupHere, Check: check,
		Log: n.opts.Logger, Progress: setupLog(log, setupLogEvery, func(s string) { lr.SetState("making keys: " + s) }),
		GPU: n.cfg.Prover.GPU, SegmentOpts: segOpts, AggregateOpts: aggOpts, FinalOpts: finOpts})
	if err != nil {
		return fmt.Errorf("loading the keys: %w", err)
	}
	provers := []longrun.SegmentProver{ks.Segment}
	var workers []*prover.Prover // no process until a proof or a warm start
	if inWorkers {
		provers = provers[:0]
		for range n.cfg.Prover.SegmentWorkers {
			p, err := prover.Open(ctx, filepath.Join(root, longrun.DirSegment), prover.WithFamily(prover.RV32IMSegments{}),
				prover.WithClasses(k), prover.WithLogger(n.opts.Logger), prover.WithGPU(n.cfg.Prover.GPU),
				prover.WithWorker(n.opts.SegmentWorkerArgv...), prover.WithWorkerEnv(workerEnv...))
			if err != nil {
				for _, p := range workers {
					_ = p.Close()
				}
				if recWorkers {
					_ = ks.Aggregate.Close()
					_ = ks.Final.Close()
				}
				return fmt.Errorf("opening a segment prover: %w", err)
			}
			workers = append(workers, p)
			provers = append(provers, p)
		}
	}
	// The prove workers are stopped once every part of the node has
	// stopped, not with this part: a long job finishing in the prover
	// part's grace period still proves through them.
	n.atStop(func() {
		for _, p := range workers {
			_ = p.Close()
		}
		if recWorkers {
			_ = ks.Aggregate.Close()
			_ = ks.Final.Close()
		}
	})
	runner := &longrun.Runner{Keys: ks, Provers: provers}
	// In a fleet the node joins in the background, and proves its long
	// runs alone until it has joined (a fleet that does not answer, or an
	// embedded server that cannot listen, kept long runs unavailable; a
	// connection is retried until the fleet answers). Its fleet workers and its fleet
	// connection stop once every part has stopped, before its prove
	// workers (atStop runs the last registered first): a long job in the
	// grace period still proves through the fleet, and purges it at its
	// end.
	fl := newFleetJoin()
	if n.cfg.Fleet.Enabled() {
		n.atStop(fl.stop)
		tasks := n.cfg.Fleet.Tasks
		runner.ProversFor = func(ctx context.Context, job string) ([]longrun.SegmentProver, func(bool), error) {
			if m := fl.member(); m != nil {
				return m.provers(ctx, job, ks, tasks)
			}
			return provers, func(bool) {}, nil
		}
		go fl.join(ctx, n, k, provers, log)
	}
	// The prove workers start ahead of jobs and the idle segment workers
	// stop while a job aggregates (warmer).
	w := &warmer{ctx: ctx, log: log, busy: []workerProver{ks.Aggregate, ks.Final}, timeout: 10 * time.Minute,
		idleStop: n.cfg.Prover.WorkerIdleStop, keep: func() bool { return fl.member() != nil }}
	for _, p := range workers {
		w.segments = append(w.segments, namedWorker{longrun.DirSegment, p})
	}
	if recWorkers {
		w.recursion = []namedWorker{{longrun.DirAggregate, ks.Aggregate}, {longrun.DirFinal, ks.Final}}
	}
	if !n.cfg.Prover.KeepSegmentWorkers && len(workers) > 0 {
		// Not on a fleet member: the runner does not count the fleet's
		// tasks its workers prove.
		runner.Idle = func() {
			if fl.member() == nil {
				w.idle()
			}
		}
	}
	runner.Quiet = func() {
		w.warm()
		w.rest()
	}
	runner.Busy = w.jobCame
	runner.Rest = w.rest
	w.running = runner.Running
	// In a fleet, long jobs are released once the node has joined (up to
	// fleetJoinWait): a job requeued by a restart then takes the results
	// its tasks left in the fleet, instead of being proven here again.
	if n.cfg.Fleet.Enabled() && !fl.wait(ctx, fleetJoinWait) && ctx.Err() == nil {
		log.Warn().Dur("waited", fleetJoinWait).Msg("not in the fleet yet: long runs start alone (a job resumed now does not take its tasks' results from the fleet)")
	}
	// Warm and rest before jobs come (Set releases the parked ones), so
	// that a first job's Busy comes after rest armed its timer.
	w.warm()
	w.rest()
	lr.Set(runner, nil)
	log.Info().Dur("took", time.Since(start)).Int("segment_provers", len(provers)).Msg("long runs ready")
	if n.chain != nil {
		n.chain.longRunsReady(ks)
	}
	<-ctx.Done()
	return nil
}

// fleetJoinWait is how long long runs wait for the node to join its fleet
// before they start alone.
const fleetJoinWait = time.Minute

// longRunMemoryLimit is the soft memory limit of long runs, three quarters
// of the machine; none when GOMEMLIMIT is set (the node and its workers
// inherit it) or the machine's memory is unknown.
func longRunMemoryLimit() (int64, bool) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return 0, false
	}
	total, ok := memTotal()
	if !ok {
		return 0, false
	}
	return int64(total / 4 * 3), true
}

// setupChild runs the long-run key setup in a child process and relays its
// progress to lr and to the log (setupLineLog).
func (n *Node) setupChild(ctx context.Context, lr *jobs.LongRuns, log zerolog.Logger) error {
	argv := n.opts.LongSetupArgv
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	var tail tailBuffer
	cmd.Stderr = &tail
	out, err := cmd.StdoutPipe()
	if err != nil {
		return err
	}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("starting the long-run key setup %s: %w", strings.Join(argv, " "), err)
	}
	// The lowest CPU priority: proving small jobs goes first.
	_ = syscall.Setpriority(syscall.PRIO_PROCESS, cmd.Process.Pid, 19)
	sc := bufio.NewScanner(out)
	logLine := setupLineLog(log, setupLogEvery)
	for sc.Scan() {
		var l SetupLine
		if json.Unmarshal(sc.Bytes(), &l) == nil && l.Summary != "" {
			lr.SetState("making keys: " + l.Summary)
			logLine(l)
		}
	}
	if err := cmd.Wait(); err != nil {
		msg := strings.TrimSpace(tail.String())
		var ee *exec.ExitError
		if errors.As(err, &ee) && ee.ProcessState != nil {
			if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() && ws.Signal() == syscall.SIGKILL {
				msg += " (killed: out of memory? the aggregation setup needs about 16 GB)"
			}
		}
		return fmt.Errorf("long-run key setup: %w: %s", err, msg)
	}
	return nil
}

// setupLineLog logs the setup child's progress lines as setupLog logs an
// in-process setup's: each new stage of each circuit, its end, and at most
// one line per every within a stage (the setup runs for minutes: without
// them the log said nothing from its start to "long runs ready").
func setupLineLog(log zerolog.Logger, every time.Duration) func(SetupLine) {
	var circuit, stage string
	var last float64
	return func(l SetupLine) {
		if !l.Done && l.Circuit == circuit && l.Stage == stage && l.Elapsed-last < every.Seconds() {
			return
		}
		circuit, stage, last = l.Circuit, l.Stage, l.Elapsed
		ev := log.Info().Str("circuit", l.Circuit).Str("stage", l.Stage).Float64("elapsed_s", l.Elapsed)
		if l.ETA > 0 {
			ev = ev.Float64("eta_s", l.ETA)
		}
		ev.Msg("setting up the long-run keys: " + l.Summary)
	}
}

// LongRunMemory is the memory long runs need: the aggregation setup peaks
// near 16 GB, and a node proving in its own process, holding the aggregation
// and final keys while it aggregates, was measured near 20 GB
// (docs/recursion.md, "In the node").
const LongRunMemory = 20 << 30

// memTotal is the machine's memory (Linux: /proc/meminfo's MemTotal).
func memTotal() (uint64, bool) {
	b, err := os.ReadFile("/proc/meminfo")
	if err != nil {
		return 0, false
	}
	for _, l := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(l, "MemTotal:"); ok {
			f := strings.Fields(rest)
			if len(f) == 2 && f[1] == "kB" {
				if kb, err := strconv.ParseUint(f[0], 10, 64); err == nil {
					return kb << 10, true
				}
			}
		}
	}
	return 0, false
}

// tailBuffer keeps the last 4 KiB written to it.
type tailBuffer struct{ b []byte }

func (t *tailBuffer) Write(p []byte) (int, error) {
	t.b = append(t.b, p...)
	if len(t.b) > 4096 {
		t.b = t.b[len(t.b)-4096:]
	}
	return len(p), nil
}

func (t *tailBuffer) String() string { return string(t.b) }

// SetupLineOf is the progress line of a setup report (for the setup child).
func SetupLineOf(r prover.SetupReport) SetupLine {
	l := SetupLine{Circuit: r.Family, Stage: string(r.Stage), Elapsed: r.Elapsed.Seconds(), Done: r.Done, Summary: r.Family + " " + r.String()}
	if left, ok := r.Remaining(); ok {
		l.ETA = left.Round(time.Second).Seconds()
	}
	return l
}
