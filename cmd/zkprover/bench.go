package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/zkprover/zkprover/prover"
)

func newBenchCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "bench --cycles 2^k[,2^k...]",
		Short: "Measure classes: constraints per cycle, setup/prove/verify times, cycles per second, overhead; --plot draws them",
		Long: `Proves a loop program that fills the class of 2^k cycles (setting the class up
first when it is missing) and reports the constraint count, constraints per
cycle, setup time (from the class manifest), witness, prove and verify times,
cycles proven per second, and the proving-time ratio against a trivial gnark
circuit with the same number of constraints (a chain of multiplications).

--cycles takes several classes (2^8,2^10). --plot FILE.svg (or .png) draws prove
time, setup time and cycles per second per class; --compare FILE.json adds
earlier results (what --json printed) to the table and the chart, to compare
runs.`,
		Args: cobra.NoArgs,
		RunE: runBench,
	}
	cmd.Flags().String("cycles", "", "class capacities, comma-separated: 256 or 2^8 (required)")
	cmd.Flags().String("hash", "", "measure the hash classes of these sizes: sha256 or keccak (zkprover setup --help)")
	cmd.Flags().String("data", "data", "data folder; keys live in <data>/keys")
	cmd.Flags().Int("runs", 1, "proofs to time (the median is reported)")
	cmd.Flags().Bool("baseline", true, "also time the trivial circuit of the same size")
	cmd.Flags().Bool("json", false, "print JSON: one object for one class, an array for several")
	cmd.Flags().Bool("dummy-setup", false, "time proving with random keys (keygen.Dummy) instead of a real setup: for classes whose setup takes too long; the proof is not valid and the data folder is not touched")
	cmd.Flags().Bool("gpu", false, "prove on a CUDA GPU through ICICLE (binary built with -tags icicle)")
	cmd.Flags().String("plot", "", "draw the results into this image: .svg or .png")
	cmd.Flags().StringArray("compare", nil, "earlier results to compare with (a file written from --json; repeatable)")
	cmd.Flags().String("segment", "", "long run: prove a program of about --cycles steps in segments of this many steps (2^k) up to the final proof, and report segments, segment/aggregation/final seconds, cycles per second, final verification gas and peak memory (docs/recursion.md)")
	cmd.Flags().Int("workers", 0, "with --segment: prove segments in this many prove-worker processes (0: in this process)")
	return cmd
}

// benchSeries is one set of results to show: this run's, or a file's.
type benchSeries struct {
	Name    string
	Results []*prover.BenchResult
}

func runBench(cmd *cobra.Command, _ []string) error {
	quietGnark()
	s, _ := cmd.Flags().GetString("cycles")
	if seg, _ := cmd.Flags().GetString("segment"); seg != "" {
		if err := noHashWithSegment(cmd); err != nil {
			return err
		}
		return runBenchLong(cmd, s, seg)
	}
	hash, _ := cmd.Flags().GetString("hash")
	var classes []int
	for _, c := range strings.Split(s, ",") {
		k, err := classID(c, hash)
		if err != nil {
			return err
		}
		classes = append(classes, k)
	}
	dataDir, _ := cmd.Flags().GetString("data")
	runs, _ := cmd.Flags().GetInt("runs")
	baseline, _ := cmd.Flags().GetBool("baseline")
	asJSON, _ := cmd.Flags().GetBool("json")
	gpu, _ := cmd.Flags().GetBool("gpu")
	dummy, _ := cmd.Flags().GetBool("dummy-setup")
	plotFile, _ := cmd.Flags().GetString("plot")
	compare, _ := cmd.Flags().GetStringArray("compare")
	if dummy && gpu {
		return errors.New("--dummy-setup runs on the CPU only")
	}
	if plotFile != "" {
		if _, err := plotFormat(plotFile); err != nil {
			return err
		}
	}
	series := []benchSeries{{Name: "this run"}}
	for _, f := range compare {
		rs, err := readBenchFile(f)
		if err != nil {
			return err
		}
		series = append(series, benchSeries{Name: filepath.Base(f), Results: rs})
	}
	log := quietLogger(os.Stderr)
	for _, k := range classes {
		var r *prover.BenchResult
		var err error
		if dummy {
			r, err = prover.BenchDummy(cmd.Context(), prover.DefaultFamily(), k, runs, baseline)
		} else {
			progress, finish := setupProgress(os.Stderr, isTerminal(os.Stderr))
			var p *prover.Prover
			p, err = prover.Open(cmd.Context(), keysDir(dataDir), prover.WithLogger(log), prover.WithGPU(gpu),
				prover.WithClasses(k), prover.WithAutoSetup(true), prover.WithSetupProgress(progress))
			finish()
			if err == nil {
				stop := stageProgress(cmd.ErrOrStderr(), isTerminal(os.Stderr) && cmd.ErrOrStderr() == os.Stderr,
					fmt.Sprintf("class %s: timing %d proof(s)", prover.ClassLabel(k), runs))
				r, err = p.Bench(cmd.Context(), k, runs, baseline)
				stop()
			}
		}
		if err != nil {
			return err
		}
		series[0].Results = append(series[0].Results, r)
	}
	out := cmd.OutOrStdout()
	switch {
	case asJSON && len(series[0].Results) == 1:
		if err := writeJSON(out, series[0].Results[0]); err != nil {
			return err
		}
	case asJSON:
		if err := writeJSON(out, series[0].Results); err != nil {
			return err
		}
	default:
		printBench(out, series)
	}
	if plotFile != "" {
		if err := plotBench(plotFile, series); err != nil {
			return err
		}
		fmt.Fprintf(cmd.ErrOrStderr(), "chart written to %s\n", plotFile)
	}
	return nil
}

// readBenchFile reads results that bench --json printed (one object or an array).
func readBenchFile(path string) ([]*prover.BenchResult, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	var many []*prover.BenchResult
	if err := json.Unmarshal(b, &many); err == nil {
		return many, nil
	}
	var one prover.BenchResult
	if err := json.Unmarshal(b, &one); err != nil || one.LogSteps == 0 {
		return nil, fmt.Errorf("%s: not the output of `zkprover bench --json`", path)
	}
	return []*prover.BenchResult{&one}, nil
}

// printBench prints one aligned table, a column per class (and per
// compared file).
func printBench(w io.Writer, series []benchSeries) {
	header := []string{""}
	var cols []*prover.BenchResult
	for _, s := range series {
		for _, r := range s.Results {
			h := benchLabel(r)
			if len(series) > 1 {
				h += " (" + s.Name + ")"
			}
			header = append(header, h)
			cols = append(cols, r)
		}
	}
	row := func(label string, f func(r *prover.BenchResult) string) []string {
		out := []string{label}
		for _, r := range cols {
			out = append(out, f(r))
		}
		return out
	}
	rows := [][]string{
		row("steps", func(r *prover.BenchResult) string { return groupDigits(r.Steps) }),
		row("run cycles", func(r *prover.BenchResult) string { return groupDigits(r.Cycles) }),
		row("constraints", func(r *prover.BenchResult) string { return groupDigits(r.Constraints) }),
		row("per cycle", func(r *prover.BenchResult) string { return fmt.Sprintf("%.1f", r.ConstraintsPerCycle) }),
		row("precompile rows", func(r *prover.BenchResult) string {
			return fmt.Sprintf("sha256 %d, keccak %d", r.Sha256Rows, r.KeccakRows)
		}),
		row("setup", func(r *prover.BenchResult) string {
			if r.CompileSeconds > 0 {
				return "compile " + humanSeconds(r.CompileSeconds) + " (dummy keys)"
			}
			return humanSeconds(r.SetupSeconds)
		}),
		row("execute (trace)", func(r *prover.BenchResult) string { return humanSeconds(r.ExecuteSeconds) }),
		row("witness", func(r *prover.BenchResult) string { return humanSeconds(r.WitnessSeconds) }),
		row("prove", func(r *prover.BenchResult) string {
			return fmt.Sprintf("%s (median of %d)", humanSeconds(r.ProveSeconds), r.Runs)
		}),
		row("verify", func(r *prover.BenchResult) string {
			if r.VerifySeconds == 0 {
				return "-"
			}
			return humanSeconds(r.VerifySeconds)
		}),
		row("cycles/s", func(r *prover.BenchResult) string { return groupDigits(int64(r.CyclesPerSecond + 0.5)) }),
		row("trivial circuit", func(r *prover.BenchResult) string {
			if r.BaselineProveSecs == 0 {
				return "-"
			}
			return humanSeconds(r.BaselineProveSecs)
		}),
		row("overhead ratio", func(r *prover.BenchResult) string {
			if r.OverheadRatio == 0 {
				return "-"
			}
			return fmt.Sprintf("%.2f", r.OverheadRatio)
		}),
		row("machine", func(r *prover.BenchResult) string {
			if r.GPU {
				return fmt.Sprintf("GPU, %d CPUs", r.CPUs)
			}
			return fmt.Sprintf("%d CPUs", r.CPUs)
		}),
		row("keys", func(r *prover.BenchResult) string { return r.SetupKind }),
	}
	printColumns(w, header, rows)
}

// benchLabel names a result's class: "2^12", "2^11 sha256".
func benchLabel(r *prover.BenchResult) string {
	if r.Hash != "" {
		return fmt.Sprintf("2^%d %s", r.LogSteps, r.Hash)
	}
	return fmt.Sprintf("2^%d", r.LogSteps)
}
