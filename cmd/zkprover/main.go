// Command zkprover is the prover node and its tools: it runs RISC-V programs,
// proves the runs with Groth16, serves the zkprover gRPC protocol and talks to
// aggregators and chains. Run `zkprover --help` for the commands.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"
)

func main() {
	os.Exit(run())
}

// run executes the command line and returns the exit status (a function of
// its own, so that its deferred calls run before os.Exit).
func run() int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := newRootCmd().ExecuteContext(ctx); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		return 1
	}
	return 0
}

func newRootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:           "zkprover",
		Short:         "A RISC-V zkVM prover node: execute programs, prove runs with Groth16, serve aggregators",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	// Each part of the node adds its commands here.
	root.AddCommand(newExecCmd(), newServeCmd(), newStatusCmd(), newGenProofCmd(), newGetProofCmd(), newCancelCmd(), newExecuteCmd(), newSetupCmd(), newCeremonyCmd(), newProveCmd(), newVerifyCmd(), newBenchCmd(), newContractsCmd(), newRelayCmd(), newChainCmd(), newRequestCmd(), newProveWorkerCmd(), newSubmitProgramCmd(), newSubmitJobCmd(), newGetResultCmd())
	root.AddCommand(newWorkerCmd(), newFleetCmd()) // the prover fleet (docs/fleet.md)
	return root
}
