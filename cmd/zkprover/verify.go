package main

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/zkprover/zkprover/prover"
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
	proof, err := prover.ReadProofFile(args[0])
	if err != nil {
		return err
	}
	dataDir, _ := cmd.Flags().GetString("data")
	p, err := prover.Open(cmd.Context(), keysDir(dataDir), prover.WithVerifyOnly(),
		prover.WithClasses(proof.LogSteps), prover.WithLogger(proverLogger(os.Stderr)))
	if err != nil {
		return err
	}
	if err := p.Verify(proof); err != nil {
		return fmt.Errorf("%s: %w", args[0], err)
	}
	if asJSON, _ := cmd.Flags().GetBool("json"); asJSON {
		enc := json.NewEncoder(cmd.OutOrStdout())
		enc.SetIndent("", "  ")
		return enc.Encode(map[string]any{"valid": true, "class": proof.LogSteps, "statement": prover.ToJSON(proof.Public)})
	}
	s := prover.ToJSON(proof.Public)
	fmt.Fprintf(cmd.OutOrStdout(), "valid proof (class 2^%d)\nprogram   %s\nexit code %d\noutput    %s\nstate     %s -> %s\n",
		proof.LogSteps, s.ProgramID, s.ExitCode, s.Output, s.OldStateRoot, s.NewStateRoot)
	return nil
}
