package main

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/rs/zerolog"
	"github.com/spf13/cobra"

	"github.com/zkprover/zkprover/circuits"
	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/node"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/prover/longrun"
)

// longRunKeysDir is where the long-run keys live: <keys>/longrun, the keys
// folder being --keys where the command has it, else <data>/keys (a key
// store per circuit: segment, aggregate, final; docs/recursion.md).
func longRunKeysDir(cmd *cobra.Command, dataDir string) string {
	if f := cmd.Flags().Lookup("keys"); f != nil && f.Value.String() != "" {
		return node.LongRunKeysDir(f.Value.String())
	}
	return node.LongRunKeysDir(keysDir(dataDir))
}

// longRunReport is prove --segment's --json output.
type longRunReport struct {
	Out              string  `json:"out"`
	SegmentClass     int     `json:"segment_class"`
	Segments         int     `json:"segments"`
	Cycles           uint64  `json:"cycles"`
	MaxCycles        uint64  `json:"max_cycles"` // the cycle budget the final proof binds (--max-cycles)
	ExecuteSeconds   float64 `json:"execute_seconds"`
	SegmentsSeconds  float64 `json:"segment_prove_seconds"`
	AggregateSeconds float64 `json:"aggregate_seconds"`
	FinalSeconds     float64 `json:"final_seconds"`
	TotalSeconds     float64 `json:"total_seconds"`
	Digest           string  `json:"digest"`
}

// openLongRun opens (setting up with progress when missing) the long-run
// keys of segment class k; with workers > 0, segments are proven by that
// many prove-worker processes.
func openLongRun(cmd *cobra.Command, dataDir string, k, workers int, verifyOnly bool) (*longrun.Keys, []longrun.SegmentProver, error) {
	return openLongRunWith(cmd, dataDir, k, workers, verifyOnly, false, nil)
}

// openLongRunWith is openLongRun; with setupOnly the keys are made or
// checked but no proving key is kept (`setup --segment`); with progress
// set, setup reports go to it (instead of the progress bar) and keys that
// fail their circuit check are made again (the node's setup child).
func openLongRunWith(cmd *cobra.Command, dataDir string, k, workers int, verifyOnly, setupOnly bool, progress prover.Progress) (*longrun.Keys, []longrun.SegmentProver, error) {
	if k < circuits.MinLogSteps || k > circuits.MaxLogSteps {
		return nil, nil, fmt.Errorf("segment class 2^%d outside 2^%d..2^%d", k, circuits.MinLogSteps, circuits.MaxLogSteps)
	}
	if workers < 0 || workers > 64 {
		return nil, nil, fmt.Errorf("--workers %d: between 0 and 64", workers)
	}
	log := quietLogger(os.Stderr)
	check := progress != nil
	if progress == nil {
		bar, finish := setupProgress(os.Stderr, isTerminal(os.Stderr))
		defer finish()
		progress = bar
	}
	root := longRunKeysDir(cmd, dataDir)
	// --gpu (prove, bench): every proof on the GPU, the workers' too.
	gpu, _ := cmd.Flags().GetBool("gpu")
	gpu = gpu && !verifyOnly
	var segOpts []prover.Option
	if workers > 0 {
		// The workers prove the segments: this process keeps the segment
		// verifying key only (the proving key and circuit of 2^14 steps are
		// 3 GB that the aggregations need for their own buffers).
		segOpts = append(segOpts, prover.WithVerifyOnly())
	}
	// The prove workers start (and load the segment proving key) as soon as
	// the segment keys are ready, while this process loads the aggregation
	// and final keys.
	var (
		ws      *segmentWorkers
		openErr error
	)
	segmentReady := func() {
		ws.close() // the keys were made again: workers on the old ones go
		ws, openErr = openSegmentWorkers(cmd, root, k, workers, gpu, log)
	}
	if workers <= 0 {
		segmentReady = nil
	}
	ks, err := longrun.Ensure(cmd.Context(), root, k, longrun.KeyOptions{AutoSetup: !verifyOnly, VerifyOnly: verifyOnly, Check: check,
		Progress: progress, Log: log.With().Str("component", "setup").Logger(), SegmentOpts: segOpts, SegmentReady: segmentReady,
		NoProvingKeys: setupOnly, GPU: gpu})
	if err == nil {
		err = openErr
	}
	if err != nil {
		ws.close()
		return nil, nil, err
	}
	if ws == nil {
		return ks, nil, nil
	}
	return ks, ws.provers, nil
}

// segmentWorkers are the segment provers of a long run that prove in prove
// worker processes, with the workers' early starts.
type segmentWorkers struct {
	provers []longrun.SegmentProver
	cancel  context.CancelFunc // ends the early starts still under way
}

// close stops the early starts and the workers (nil: nothing).
func (w *segmentWorkers) close() {
	if w == nil {
		return
	}
	w.cancel()
	for _, p := range w.provers {
		_ = p.(*prover.Prover).Close()
	}
}

// openSegmentWorkers opens n segment provers of class k that prove in prove
// worker processes, and starts the workers in the background: each loads the
// segment proving key now rather than at its first segment (a failed start is
// retried at the first proof).
func openSegmentWorkers(cmd *cobra.Command, root string, k, n int, gpu bool, log zerolog.Logger) (*segmentWorkers, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, fmt.Errorf("finding this executable for the prove workers: %w", err)
	}
	ctx, cancel := context.WithTimeout(cmd.Context(), 10*time.Minute)
	ws := &segmentWorkers{cancel: cancel}
	args := []string{"--keys", filepath.Join(root, longrun.DirSegment), "--family", prover.RV32IMSegments{}.Name(),
		"--class", strconv.Itoa(k), "--log-level", "error"}
	if gpu {
		args = append(args, "--gpu")
	}
	for range n {
		p, err := prover.Open(cmd.Context(), filepath.Join(root, longrun.DirSegment), prover.WithFamily(prover.RV32IMSegments{}),
			prover.WithClasses(k), prover.WithLogger(log), prover.WithGPU(gpu), prover.WithWorker(append([]string{exe, proveWorkerCmd}, args...)...))
		if err != nil {
			ws.close()
			return nil, err
		}
		go func() {
			if err := p.StartWorker(ctx); err != nil && ctx.Err() == nil {
				log.Warn().Err(err).Msg("prove worker did not start; the first segment starts one")
			}
		}()
		ws.provers = append(ws.provers, p)
	}
	return ws, nil
}

// waitWorkers waits until every prove worker that openLongRun started has
// loaded its key (a worker whose start failed is started again here), and
// returns how long that took. The bench measures a run from its submission
// to warm workers (a node's within a job, or between jobs with
// keep-segment-workers); `prove` does not wait (its first segment waits for
// its worker instead).
func waitWorkers(ctx context.Context, provers []longrun.SegmentProver) (time.Duration, error) {
	start := time.Now()
	ctx, cancel := context.WithTimeout(ctx, 10*time.Minute)
	defer cancel()
	for _, p := range provers {
		if w, ok := p.(interface{ StartWorker(context.Context) error }); ok {
			if err := w.StartWorker(ctx); err != nil {
				return 0, fmt.Errorf("waiting for the prove workers: %w", err)
			}
		}
	}
	return time.Since(start), nil
}

// runProveLong is `prove --segment 2^k`.
func runProveLong(cmd *cobra.Command, path, segment string) error {
	prog, in, cfg, err := loadRun(cmd, path)
	if err != nil {
		return err
	}
	k, err := parseCycles(segment)
	if err != nil {
		return err
	}
	dataDir, _ := cmd.Flags().GetString("data")
	out, _ := cmd.Flags().GetString("out")
	asJSON, _ := cmd.Flags().GetBool("json")
	workers, _ := cmd.Flags().GetInt("workers")
	stderr := cmd.ErrOrStderr()
	ks, provers, err := openLongRun(cmd, dataDir, k, workers, false)
	if err != nil {
		return err
	}
	f, err := proveLong(cmd, ks, provers, prog, in, cfg, stderr)
	if err != nil {
		return err
	}
	if err := longrun.WriteFinalFile(out, f); err != nil {
		return err
	}
	digest := "0x" + hex.EncodeToString(f.Digest.Marshal())
	t := f.Times
	total := t.Execute + t.Segments + t.Aggregate + t.Final
	w := cmd.OutOrStdout()
	if asJSON {
		return writeJSON(w, longRunReport{Out: out, SegmentClass: k, Segments: f.Segments, Cycles: f.Cycles, MaxCycles: f.MaxCycles,
			ExecuteSeconds: t.Execute.Seconds(), SegmentsSeconds: t.Segments.Seconds(), AggregateSeconds: t.Aggregate.Seconds(),
			FinalSeconds: t.Final.Seconds(), TotalSeconds: total.Seconds(), Digest: digest})
	}
	fmt.Fprintf(stderr, "proved and verified in %s\n", humanDuration(total))
	s := prover.ToJSON(f.Public)
	printTable(w, [][2]string{
		{"proof", fmt.Sprintf("%s (final proof over %d segments of at most 2^%d steps, verified)", out, f.Segments, k)},
		{"program", s.ProgramID},
		{"cycles", groupDigits(f.Cycles)},
		{"max cycles", groupDigits(f.MaxCycles) + " (bound by the proof)"},
		{"exit code", fmt.Sprint(s.ExitCode)},
		{"output", s.Output},
		{"digest", digest},
	})
	return nil
}

// proveLong proves with progress lines on stderr; the final proof binds
// cfg's cycle budget (longrun.MaxCycles(cfg): --max-cycles).
func proveLong(cmd *cobra.Command, ks *longrun.Keys, provers []longrun.SegmentProver, prog *executor.Program, in *executor.Input, cfg executor.Config, stderr io.Writer) (*longrun.Final, error) {
	last := longrun.Status{}
	start := time.Now()
	// The prove workers serve this run's segments only: once they are
	// proven, stop them so that the aggregations have their memory.
	stopWorkers := func() {
		for _, p := range provers {
			if c, ok := p.(interface{ Close() error }); ok {
				if err := c.Close(); err != nil {
					fmt.Fprintf(stderr, "stopping a prove worker: %v\n", err)
				}
			}
		}
	}
	return longrun.Prove(cmd.Context(), ks, prog, in, longrun.Options{Exec: cfg, Provers: provers, AfterSegments: stopWorkers, Progress: func(s longrun.Status) {
		if s == last {
			return
		}
		last = s
		switch s.Stage {
		case longrun.StageSegments:
			fmt.Fprintf(stderr, "[%s] segments proven %d/%d\n", humanDuration(time.Since(start)), s.SegmentsDone, s.Segments)
		case longrun.StageAggregate:
			fmt.Fprintf(stderr, "[%s] aggregations %d/%d\n", humanDuration(time.Since(start)), s.AggregationsDone, s.Aggregates)
		case longrun.StageFinal:
			fmt.Fprintf(stderr, "[%s] final proof\n", humanDuration(time.Since(start)))
		}
	}})
}

// verifyFinalFile is `verify` of a final proof file.
func verifyFinalFile(cmd *cobra.Command, path, dataDir string, asJSON bool) error {
	f, err := longrun.ReadFinalFile(path)
	if err != nil {
		return err
	}
	ks, _, err := openLongRun(cmd, dataDir, f.LogSteps, 0, true)
	if err != nil {
		return err
	}
	if err := longrun.VerifyFinal(ks.FinalVK, f); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	s := prover.ToJSON(f.Public)
	if asJSON {
		return writeJSON(cmd.OutOrStdout(), map[string]any{"valid": true, "kind": longrun.KindFinal, "segment_class": f.LogSteps,
			"segments": f.Segments, "cycles": f.Cycles, "max_cycles": f.MaxCycles, "statement": s})
	}
	printTable(cmd.OutOrStdout(), [][2]string{
		{"valid", fmt.Sprintf("final proof over %d segments of at most 2^%d steps", f.Segments, f.LogSteps)},
		{"program", s.ProgramID},
		{"cycles", groupDigits(f.Cycles)},
		{"max cycles", groupDigits(f.MaxCycles) + " (proven: the run halted within it)"},
		{"onchain input", s.OnchainInput},
		{"offchain hash", s.OffchainHash},
		{"old state root", s.OldStateRoot},
		{"new state root", s.NewStateRoot},
		{"exit code", fmt.Sprint(s.ExitCode)},
		{"output", s.Output},
	})
	return nil
}

// runSetupLong is `setup --segment 2^k`: the three key stores of segment
// class k, made in order when missing (with progress and an ETA for each),
// checked when present.
func runSetupLong(cmd *cobra.Command, segment string) error {
	k, err := parseCycles(segment)
	if err != nil {
		return err
	}
	dataDir, _ := cmd.Flags().GetString("data")
	asJSON, _ := cmd.Flags().GetBool("json")
	var progress prover.Progress
	if pj, _ := cmd.Flags().GetBool("progress-json"); pj {
		// The node's setup child: a JSON line per report on stdout, keys
		// that fail their check made again.
		enc := json.NewEncoder(cmd.OutOrStdout())
		progress = func(r prover.SetupReport) { _ = enc.Encode(node.SetupLineOf(r)) }
	}
	ks, _, err := openLongRunWith(cmd, dataDir, k, 0, false, true, progress)
	if err != nil {
		return err
	}
	if progress != nil {
		return nil
	}
	type row struct {
		Circuit     string `json:"circuit"`
		Dir         string `json:"dir"`
		Constraints int    `json:"constraints"`
		SetupKind   string `json:"setup_kind"`
	}
	var rows []row
	for _, p := range []*prover.Prover{ks.Segment, ks.Aggregate, ks.Final} {
		m := p.Classes()[0]
		rows = append(rows, row{Circuit: p.Family().Name(), Dir: prover.ClassDir(p.Root(), k), Constraints: m.Constraints, SetupKind: m.SetupKind})
	}
	if asJSON {
		return writeJSON(cmd.OutOrStdout(), rows)
	}
	var t [][2]string
	for _, r := range rows {
		t = append(t, [2]string{r.Circuit, fmt.Sprintf("%s (%s constraints, %s)", r.Dir, groupDigits(r.Constraints), r.SetupKind)})
	}
	printTable(cmd.OutOrStdout(), t)
	return nil
}
