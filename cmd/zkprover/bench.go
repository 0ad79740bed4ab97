package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/zkprover/zkprover/prover"
)

func newBenchCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "bench --cycles 2^k",
		Short: "Measure a class: constraints per cycle, setup/prove/verify times, cycles per second, overhead",
		Long: `Proves a loop program that fills the class of 2^k cycles (setting the class up
first when it is missing) and reports the constraint count, constraints per
cycle, setup time (from the class manifest), witness, prove and verify times,
cycles proven per second, and the proving-time ratio against a trivial gnark
circuit with the same number of constraints (a chain of multiplications).`,
		Args: cobra.NoArgs,
		RunE: runBench,
	}
	cmd.Flags().String("cycles", "", "class capacity: 256 or 2^8 (required)")
	cmd.Flags().String("data", "data", "data folder; keys live in <data>/keys")
	cmd.Flags().Int("runs", 1, "proofs to time (the median is reported)")
	cmd.Flags().Bool("baseline", true, "also time the trivial circuit of the same size")
	cmd.Flags().Bool("json", false, "print one JSON object")
	cmd.Flags().Bool("dummy-setup", false, "time proving with random keys (gnark DummySetup) instead of a real setup: for classes whose setup takes too long; the proof is not valid and the data folder is not touched")
	cmd.Flags().Bool("gpu", false, "prove on a CUDA GPU through ICICLE (binary built with -tags icicle)")
	return cmd
}

func runBench(cmd *cobra.Command, _ []string) error {
	quietGnark()
	s, _ := cmd.Flags().GetString("cycles")
	k, err := parseCycles(s)
	if err != nil {
		return err
	}
	dataDir, _ := cmd.Flags().GetString("data")
	runs, _ := cmd.Flags().GetInt("runs")
	baseline, _ := cmd.Flags().GetBool("baseline")
	asJSON, _ := cmd.Flags().GetBool("json")
	gpu, _ := cmd.Flags().GetBool("gpu")
	log := proverLogger(os.Stderr)
	if dummy, _ := cmd.Flags().GetBool("dummy-setup"); dummy {
		if gpu {
			return errors.New("--dummy-setup runs on the CPU only")
		}
		r, err := prover.BenchDummy(cmd.Context(), prover.DefaultFamily(), k, runs, baseline)
		if err != nil {
			return err
		}
		return printBench(cmd, r, asJSON)
	}
	var progress prover.Progress
	var finish func()
	p, err := prover.Open(cmd.Context(), keysDir(dataDir), prover.WithLogger(log), prover.WithGPU(gpu),
		prover.WithClasses(k), prover.WithAutoSetup(true),
		prover.WithSetupProgress(func(logSteps int, st prover.Stage) {
			if progress == nil {
				progress, finish = setupProgress(logSteps)
			}
			progress(st)
		}))
	if finish != nil {
		finish()
	}
	if err != nil {
		return err
	}
	r, err := p.Bench(cmd.Context(), k, runs, baseline)
	if err != nil {
		return err
	}
	return printBench(cmd, r, asJSON)
}

func printBench(cmd *cobra.Command, r *prover.BenchResult, asJSON bool) error {
	out := cmd.OutOrStdout()
	if asJSON {
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		return enc.Encode(r)
	}
	fmt.Fprintf(out, "class                 2^%d (%d steps), run of %d cycles\n", r.LogSteps, r.Steps, r.Cycles)
	fmt.Fprintf(out, "constraints           %d (%.1f per cycle)\n", r.Constraints, r.ConstraintsPerCycle)
	if r.CompileSeconds > 0 {
		fmt.Fprintf(out, "compile               %.2f s; keys: %s\n", r.CompileSeconds, r.SetupKind)
	} else {
		fmt.Fprintf(out, "setup                 %.2f s (%s)\n", r.SetupSeconds, r.SetupKind)
	}
	fmt.Fprintf(out, "execute (trace)       %.3f s\n", r.ExecuteSeconds)
	fmt.Fprintf(out, "witness               %.3f s\n", r.WitnessSeconds)
	fmt.Fprintf(out, "prove                 %.3f s (median of %d, gpu %v, %d CPUs)\n", r.ProveSeconds, r.Runs, r.GPU, r.CPUs)
	if r.VerifySeconds > 0 {
		fmt.Fprintf(out, "verify                %.4f s\n", r.VerifySeconds)
	}
	fmt.Fprintf(out, "cycles per second     %.0f\n", r.CyclesPerSecond)
	if r.BaselineProveSecs > 0 {
		fmt.Fprintf(out, "trivial circuit       %.3f s for %d constraints\n", r.BaselineProveSecs, r.BaselineConstraints)
		fmt.Fprintf(out, "overhead ratio        %.2f\n", r.OverheadRatio)
	}
	return nil
}
