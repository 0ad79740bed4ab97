package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/prover"
)

func newProveCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "prove PROGRAM.elf --out proof.json",
		Short: "Run a program and prove the run with Groth16 (BN254)",
		Long: `Runs the program in trace mode with the given input, proves the run with the
smallest class found in <data>/keys that fits it, hash classes included (or the class named by
--cycles, set up first when missing), verifies the proof and writes proof.json:
the statement, the proof (raw, decimal points, commitment), the public inputs
and the calldata of the exported Solidity verifier. A program fault is an error
and no proof is written. The stages (execute, prove, verify) are shown on
stderr as they run. See docs/proving.md.`,
		Args: cobra.ExactArgs(1),
		RunE: runProve,
	}
	addRunFlags(cmd)
	cmd.Flags().String("out", "proof.json", "where to write the proof")
	cmd.Flags().String("data", "data", "data folder; keys live in <data>/keys")
	cmd.Flags().String("cycles", "", "prove with this class (256 or 2^8), setting it up when missing; default: the smallest class present that fits")
	cmd.Flags().String("hash", "", "with --cycles: prove with the hash class of that size, sha256 or keccak (zkprover setup --help)")
	cmd.Flags().Bool("gpu", false, "prove on a CUDA GPU through ICICLE (binary built with -tags icicle)")
	cmd.Flags().Bool("json", false, "print one JSON object (the proof file, its class and the times) instead of the summary")
	cmd.Flags().String("segment", "", "prove a run of any length in segments of this many steps (2^k): segment proofs, aggregation, one final proof (keys in <data>/keys/longrun, set up when missing; docs/recursion.md)")
	cmd.Flags().Int("workers", 0, "with --segment: prove segments in this many prove-worker processes at once (0: in this process, one at a time)")
	return cmd
}

// proveReport is prove's --json output.
type proveReport struct {
	Out            string               `json:"out"`
	Class          int                  `json:"class"`
	Cycles         uint64               `json:"cycles"`
	ExecuteSeconds float64              `json:"execute_seconds"`
	ProveSeconds   float64              `json:"prove_seconds"` // witness, proof and verification
	Statement      prover.StatementJSON `json:"statement"`
}

func runProve(cmd *cobra.Command, args []string) error {
	quietGnark()
	ctx := cmd.Context()
	path := args[0]
	// before the proof (minutes), not at the write after it
	if out, _ := cmd.Flags().GetString("out"); out == "" {
		return errors.New("--out is empty: name the proof file")
	} else if err := checkOut(out, true); err != nil {
		return err
	}
	if seg, _ := cmd.Flags().GetString("segment"); seg != "" {
		if err := noHashWithSegment(cmd); err != nil {
			return err
		}
		return runProveLong(cmd, path, seg)
	}
	prog, in, cfg, err := loadRun(cmd, path)
	if err != nil {
		return err
	}
	dataDir, _ := cmd.Flags().GetString("data")
	out, _ := cmd.Flags().GetString("out")
	gpu, _ := cmd.Flags().GetBool("gpu")
	asJSON, _ := cmd.Flags().GetBool("json")
	log := quietLogger(os.Stderr)
	stderr := cmd.ErrOrStderr()

	opts := []prover.Option{prover.WithLogger(log), prover.WithGPU(gpu)}
	hash, _ := cmd.Flags().GetString("hash")
	if hash != "" && !cmd.Flags().Changed("cycles") {
		return errors.New("--hash names a hash class: pass its size with --cycles")
	}
	if s, _ := cmd.Flags().GetString("cycles"); s != "" {
		k, err := classID(s, hash)
		if err != nil {
			return err
		}
		if _, err := prover.ReadManifest(keysDir(dataDir), k); errors.Is(err, prover.ErrNoClass) {
			progress, finish := setupProgress(os.Stderr, isTerminal(os.Stderr))
			_, err := prover.SetupClass(ctx, keysDir(dataDir), prover.DefaultFamily(), k, progress, log.With().Str("component", "setup").Logger())
			finish()
			if err != nil {
				return err
			}
		}
		opts = append(opts, prover.WithClasses(k))
	} else {
		// Only the class the run needs is loaded for proving (a proving key of 2^16 steps is
		// gigabytes): the verifying keys of every class say which it is.
		k, err := selectClass(ctx, keysDir(dataDir), dataDir, prog, in, cfg, opts)
		if err != nil {
			return err
		}
		opts = append(opts, prover.WithClasses(k))
	}
	p, err := prover.Open(ctx, keysDir(dataDir), opts...)
	if err != nil {
		return err
	}
	defer p.Close()
	start := time.Now()
	run, err := p.Execute(ctx, prog, in, cfg)
	if err != nil {
		return err
	}
	executed := time.Since(start)
	k, err := p.SelectClass(run)
	if err != nil {
		return err
	}
	keys, err := p.Keys(k)
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "executed %s: %s cycles in %s\n", path, groupDigits(run.Result.Cycles), humanDuration(executed))
	stop := stageProgress(stderr, isTerminal(os.Stderr) && stderr == os.Stderr,
		fmt.Sprintf("proving with class %s (%s constraints)", prover.ClassLabel(k), groupDigits(keys.Manifest.Constraints)))
	start = time.Now()
	proof, err := p.ProveRunClass(ctx, run, k)
	proving := time.Since(start)
	stop()
	if err != nil {
		return err
	}
	if err := prover.WriteProofFile(out, proof); err != nil {
		return err
	}
	s := prover.ToJSON(proof.Public)
	w := cmd.OutOrStdout()
	if asJSON {
		return writeJSON(w, proveReport{Out: out, Class: proof.Class, Cycles: proof.Cycles,
			ExecuteSeconds: executed.Seconds(), ProveSeconds: proving.Seconds(), Statement: s})
	}
	fmt.Fprintf(stderr, "proved and verified in %s\n", humanDuration(proving))
	printTable(w, [][2]string{
		{"proof", fmt.Sprintf("%s (class %s, verified)", out, prover.ClassLabel(proof.Class))},
		{"program", s.ProgramID},
		{"cycles", groupDigits(proof.Cycles)},
		{"exit code", fmt.Sprint(s.ExitCode)},
		{"output", s.Output},
	})
	return nil
}

// stageProgress shows a long step on w: on a terminal a line with the time
// elapsed that moves until stop is called; elsewhere one line as it starts.
func stageProgress(w io.Writer, terminal bool, what string) (stop func()) {
	if !terminal {
		fmt.Fprintln(w, what+" ...")
		return func() {}
	}
	bar := progressbar.NewOptions(-1, progressbar.OptionSetWriter(w), progressbar.OptionSetDescription(what),
		progressbar.OptionSetElapsedTime(true), progressbar.OptionClearOnFinish(), progressbar.OptionSpinnerType(14))
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		t := time.NewTicker(200 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				_ = bar.Add(1)
			}
		}
	}()
	return func() {
		close(done)
		<-finished
		_ = bar.Finish()
	}
}

// writeJSON prints v as indented JSON.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// selectClass is the class the prover would pick for the run of prog, with every class of the
// keys folder loaded verify-only.
func selectClass(ctx context.Context, keys, dataDir string, prog *executor.Program, in *executor.Input, cfg executor.Config, opts []prover.Option) (int, error) {
	probe, err := prover.Open(ctx, keys, append(append([]prover.Option{}, opts...), prover.WithVerifyOnly())...)
	if err != nil {
		return 0, err
	}
	defer probe.Close()
	if len(probe.Classes()) == 0 {
		return 0, fmt.Errorf("no class in %s: run `zkprover setup --cycles 2^k --data %s` first (or pass --cycles)", keys, dataDir)
	}
	run, err := probe.Execute(ctx, prog, in, cfg)
	if err != nil {
		return 0, err
	}
	return probe.SelectClass(run)
}
