package main

import (
	"os"

	"github.com/spf13/cobra"

	"github.com/zkprover/zkprover/config"
	"github.com/zkprover/zkprover/node"
)

func newServeCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Run the prover node: its doors, the durable job queue, the prover and the chain side",
		Long: `Run the prover node. It serves the zkprover.v1 gRPC service (GetStatus, GenProof,
Cancel, GetProof, Execute) and the gRPC health service on --addr, Prometheus metrics on
--metrics-addr, and keeps its job queue, programs and proving keys under --data.

On first start it sets up the proving keys of a small class (BOOTING until they are
loaded); later starts reuse them. Proofs run in a child process (the hidden
prove-worker command, keys loaded once) that a Cancel kills, so a cancelled proof
really stops; --prove-in-process=true proves in this process instead.
SIGINT/SIGTERM stop it gracefully (running jobs get --grace to finish, each part
--stop-timeout to stop); a second SIGINT/SIGTERM stops it at once (exit status
130/143): the jobs it was running are requeued at the next start. A part that
fails stops it with the reason.

With --aggregator HOST:PORT (repeatable) it also dials each aggregator's
aggregator.v1.AggregatorService.Channel and serves it (docs/aggregator.md).
With --chain (the default) it follows a chain and relays results: the embedded
development chain, or --rpc-url with --job-manager (docs/relayer.md).

Configuration: flags, then ZKPROVER_* environment variables, then the YAML file named by
--config (keys as the flag names), then the defaults. docs/node.md lists every key.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) (err error) {
			cfg, err := config.Load(cmd.Flags(), os.LookupEnv)
			if err != nil {
				return err
			}
			// queue.Open puts the jobs found running back in the queue
			setForcedStopNote(", running jobs are requeued at the next start")
			log := cfg.Logger()
			forcedStopLog.Store(&log) // a second signal's line too
			// The last word in the node's log format (a JSON log stays JSON to its end).
			defer func() {
				if err != nil {
					err = loggedError{err: err, log: log}
				}
			}()
			if unknown := config.UnknownEnv(os.Environ()); len(unknown) > 0 {
				log.Warn().Strs("variables", unknown).Msg("ZKPROVER_ variables that name no setting are ignored (a typo? docs/node.md lists every key)")
			}
			// gnark logs through its own logger: route it through ours, at our level.
			setGnarkLogger(log)
			argv, err := proveWorkerArgv(cfg)
			if err != nil {
				return err
			}
			opts := node.Options{Logger: log, WorkerArgv: argv}
			if cfg.Prover.SegmentClass > 0 {
				if opts.SegmentWorkerArgv, opts.AggregateWorkerArgv, opts.FinalWorkerArgv, opts.LongSetupArgv, err = longRunArgv(cfg); err != nil {
					return err
				}
			}
			n, err := node.New(cfg, opts)
			if err != nil {
				return err
			}
			return n.Run(cmd.Context())
		},
	}
	config.Flags(cmd.Flags())
	return cmd
}
