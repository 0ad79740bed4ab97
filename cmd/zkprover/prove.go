package main

import (
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/zkprover/zkprover/prover"
)

func newProveCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "prove PROGRAM.elf --out proof.json",
		Short: "Run a program and prove the run with Groth16 (BN254)",
		Long: `Runs the program in trace mode with the given input, proves the run with the
smallest class found in <data>/keys that fits it (or the class named by
--cycles, set up first when missing), verifies the proof and writes proof.json:
the statement, the proof (raw, decimal points, commitment), the public inputs
and the calldata of the exported Solidity verifier. A program fault is an error
and no proof is written. See docs/proving.md.`,
		Args: cobra.ExactArgs(1),
		RunE: runProve,
	}
	addRunFlags(cmd)
	cmd.Flags().String("out", "proof.json", "where to write the proof")
	cmd.Flags().String("data", "data", "data folder; keys live in <data>/keys")
	cmd.Flags().String("cycles", "", "prove with this class (256 or 2^8), setting it up when missing; default: the smallest class present that fits")
	cmd.Flags().Bool("gpu", false, "prove on a CUDA GPU through ICICLE (binary built with -tags icicle)")
	return cmd
}

func runProve(cmd *cobra.Command, args []string) error {
	quietGnark()
	ctx := cmd.Context()
	path := args[0]
	prog, in, cfg, err := loadRun(cmd, path)
	if err != nil {
		return err
	}
	dataDir, _ := cmd.Flags().GetString("data")
	out, _ := cmd.Flags().GetString("out")
	gpu, _ := cmd.Flags().GetBool("gpu")
	log := proverLogger(os.Stderr)

	opts := []prover.Option{prover.WithLogger(log), prover.WithGPU(gpu)}
	if s, _ := cmd.Flags().GetString("cycles"); s != "" {
		k, err := parseCycles(s)
		if err != nil {
			return err
		}
		if _, err := prover.ReadManifest(keysDir(dataDir), k); errors.Is(err, prover.ErrNoClass) {
			progress, finish := setupProgress(k)
			_, err := prover.SetupClass(ctx, keysDir(dataDir), prover.DefaultFamily(), k, progress, log.With().Str("component", "setup").Logger())
			finish()
			if err != nil {
				return err
			}
		}
		opts = append(opts, prover.WithClasses(k))
	}
	p, err := prover.Open(ctx, keysDir(dataDir), opts...)
	if err != nil {
		return err
	}
	if len(p.Classes()) == 0 {
		return fmt.Errorf("no class in %s: run `zkprover setup --cycles 2^k --data %s` first (or pass --cycles)", keysDir(dataDir), dataDir)
	}
	start := time.Now()
	proof, err := p.Prove(ctx, prog, in, cfg)
	if err != nil {
		return err
	}
	if err := prover.WriteProofFile(out, proof); err != nil {
		return err
	}
	fmt.Fprintf(cmd.OutOrStdout(), "proved %s: %d cycles, class 2^%d, exit code %d, %d output bytes, %.2f s; proof verified and written to %s\n",
		path, proof.Cycles, proof.LogSteps, proof.Public.ExitCode, len(proof.Public.Output), time.Since(start).Seconds(), out)
	return nil
}
