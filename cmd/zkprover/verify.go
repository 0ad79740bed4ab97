package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/prover/longrun"
)

func newVerifyCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "verify proof.json",
		Short: "Check a proof against the local verifying key of its class",
		Long: `Reads proof.json, loads the verifying key of the proof's class from
<data>/keys (checking the class manifest and checksums) and verifies the proof
for the statement it carries; every derived form in the file (decimal points,
public inputs, Solidity proof bytes, calldata) must agree with the proof and
the statement. Exits non-zero when the proof is invalid. With --json, prints
the verified statement.`,
		Args: cobra.ExactArgs(1),
		RunE: runVerify,
	}
	cmd.Flags().String("data", "data", "data folder; keys live in <data>/keys")
	cmd.Flags().Bool("json", false, "print the verified statement as JSON")
	return cmd
}

func runVerify(cmd *cobra.Command, args []string) error {
	quietGnark()
	if raw, err := os.ReadFile(args[0]); err == nil && longrun.IsFinalFile(raw) {
		dataDir, _ := cmd.Flags().GetString("data")
		asJSON, _ := cmd.Flags().GetBool("json")
		return verifyFinalFile(cmd, args[0], dataDir, asJSON)
	}
	proof, err := readProofFile(args[0])
	if err != nil {
		return err
	}
	dataDir, _ := cmd.Flags().GetString("data")
	p, err := prover.Open(cmd.Context(), keysDir(dataDir), prover.WithVerifyOnly(),
		prover.WithClasses(proof.Class), prover.WithLogger(quietLogger(os.Stderr)))
	if err != nil {
		return err
	}
	if err := p.Verify(proof); err != nil {
		return fmt.Errorf("%s: %w", args[0], err)
	}
	s := prover.ToJSON(proof.Public)
	if asJSON, _ := cmd.Flags().GetBool("json"); asJSON {
		return writeJSON(cmd.OutOrStdout(), map[string]any{"valid": true, "class": proof.Class, "statement": s})
	}
	state := s.OldStateRoot + " (unchanged)"
	if s.NewStateRoot != s.OldStateRoot {
		state = s.OldStateRoot + " -> " + s.NewStateRoot
	}
	printTable(cmd.OutOrStdout(), [][2]string{
		{"valid", fmt.Sprintf("yes: Groth16 proof of class %s, checked with %s", prover.ClassLabel(proof.Class), prover.ClassDir(keysDir(dataDir), proof.Class))},
		{"program", s.ProgramID},
		{"input", s.OnchainInput},
		{"exit code", fmt.Sprint(s.ExitCode)},
		{"output", s.Output},
		{"state root", state},
	})
	return nil
}
