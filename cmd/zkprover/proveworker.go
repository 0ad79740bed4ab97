package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/zkprover/zkprover/config"
	"github.com/zkprover/zkprover/node"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/prover/longrun"
)

// proveWorkerCmd is the name of the hidden command that `serve` runs as its
// prove worker.
const proveWorkerCmd = "prove-worker"

func newProveWorkerCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:    proveWorkerCmd,
		Short:  "Serve proofs to a parent process over stdin/stdout (started by `serve`; see docs/proving.md)",
		Hidden: true,
		Args:   cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			keys, _ := cmd.Flags().GetString("keys")
			class, _ := cmd.Flags().GetInt("class")
			gpu, _ := cmd.Flags().GetBool("gpu")
			level, _ := cmd.Flags().GetString("log-level")
			format, _ := cmd.Flags().GetString("log-format")
			if keys == "" {
				return fmt.Errorf("%s: --keys is required", proveWorkerCmd)
			}
			cfg := config.Default()
			cfg.Log.Level, cfg.Log.Format = level, format
			log := cfg.Logger().With().Int("pid", os.Getpid()).Logger()
			setGnarkLogger(log)
			opts := []prover.Option{prover.WithLogger(log), prover.WithGPU(gpu)}
			if fam, _ := cmd.Flags().GetString("family"); fam != "" && fam != prover.DefaultFamily().Name() {
				f, err := longrun.WorkerFamily(cmd.Context(), keys, fam)
				if err != nil {
					return fmt.Errorf("%s: %w (or rv32im for whole runs)", proveWorkerCmd, err)
				}
				opts = append(opts, prover.WithFamily(f))
			}
			if class > 0 {
				opts = append(opts, prover.WithClasses(class))
			}
			// stdout carries the protocol: nothing else may write to it.
			return prover.ServeWorker(cmd.Context(), cmd.InOrStdin(), cmd.OutOrStdout(), keys, opts...)
		},
	}
	cmd.Flags().String("keys", "", "proving keys folder")
	cmd.Flags().Int("class", 0, "class (log2 of steps) to load when no parent names its classes; 0: every class in the folder (a parent's hello names the classes it loaded and their keys, and the worker loads those or refuses keys changed since: docs/proving.md)")
	cmd.Flags().String("family", "rv32im", "circuit family of the keys: rv32im (whole runs), or of long runs rv32im-segment, rv32im-aggregate or rv32im-final")
	cmd.Flags().Bool("gpu", false, "prove on a CUDA GPU through ICICLE (binary built with -tags icicle)")
	cmd.Flags().String("log-level", "info", "log level (logs go to stderr)")
	cmd.Flags().String("log-format", "json", "log format: json or console")
	return cmd
}

// proveWorkerArgv is the command line of the prove worker for the node's
// config: this executable running the hidden command.
func proveWorkerArgv(cfg config.Config) ([]string, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, fmt.Errorf("finding this executable for the prove worker: %w", err)
	}
	argv := []string{exe, proveWorkerCmd, "--keys", cfg.KeysDir(), "--class", strconv.Itoa(cfg.Prover.Class),
		"--log-level", cfg.Log.Level, "--log-format", cfg.Log.Format}
	if cfg.Prover.GPU {
		argv = append(argv, "--gpu")
	}
	return argv, nil
}

// longRunArgv are the command lines of the node's long-run prove workers
// (segments, aggregations, final proofs) and of its long-run key setup
// child: this executable.
func longRunArgv(cfg config.Config) (segment, aggregate, final, setup []string, err error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, nil, nil, nil, fmt.Errorf("finding this executable for the long-run workers: %w", err)
	}
	k := strconv.Itoa(cfg.Prover.SegmentClass)
	root := node.LongRunKeysDir(cfg.KeysDir())
	worker := func(store string) []string {
		family, _ := longrun.FamilyName(store)
		argv := []string{exe, proveWorkerCmd, "--keys", filepath.Join(root, store), "--family", family,
			"--class", k, "--log-level", cfg.Log.Level, "--log-format", cfg.Log.Format}
		if cfg.Prover.GPU {
			argv = append(argv, "--gpu")
		}
		return argv
	}
	segment, aggregate, final = worker(longrun.DirSegment), worker(longrun.DirAggregate), worker(longrun.DirFinal)
	setup = []string{exe, "setup", "--segment", "2^" + k, "--keys", cfg.KeysDir(), "--progress-json"}
	return segment, aggregate, final, setup, nil
}
