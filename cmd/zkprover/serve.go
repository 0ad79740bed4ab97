package main

import (
	"os"

	gnarklog "github.com/consensys/gnark/logger"
	"github.com/spf13/cobra"

	"github.com/zkprover/zkprover/aggregator"
	"github.com/zkprover/zkprover/node"
	"github.com/zkprover/zkprover/prover"
)

func newServeCmd() *cobra.Command {
	var chainF *chainFlags
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Run the prover node: the zkprover.v1 gRPC service over a durable job queue",
		Long: `Run the prover node. It serves the zkprover.v1 gRPC service (GetStatus, GenProof,
Cancel, GetProof, Execute) and the gRPC health service on --addr, Prometheus metrics on
--metrics-addr, and keeps its job queue, programs and proving keys under --data.

On first start it sets up the proving keys of a small class (BOOTING until they are
loaded); later starts reuse them. Proofs run in a child process (the hidden
prove-worker command, keys loaded once) that a Cancel kills, so a cancelled proof
really stops; --prove-in-process=true proves in this process instead.
SIGINT/SIGTERM stop it gracefully.

With --aggregator HOST:PORT (repeatable) it also dials each aggregator's
aggregator.v1.AggregatorService.Channel and serves it (docs/aggregator.md).

Configuration: flags, then ZKPROVER_* environment variables, then the YAML file named by
--config (keys as the flag names), then the defaults. See docs/node.md.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := node.LoadConfig(cmd.Flags(), os.Getenv)
			if err != nil {
				return err
			}
			log := cfg.Logger()
			// gnark logs through its own logger: route it through ours, at our level.
			gnarklog.Set(log.With().Str("component", "gnark").Logger())
			// The chain side (docs/relayer.md): embedded dev chain or --rpc-url, relayer, listener.
			if err := chainF.fromEnv(cmd.Flags(), os.Getenv); err != nil {
				return err
			}
			chain := newChainRun(chainF, cfg, log)
			// Proofs run in a prove worker process that a cancel kills
			// (docs/proving.md), unless --prove-in-process.
			var proverOpts []prover.Option
			if !cfg.ProveInProcess {
				argv, err := proveWorkerArgv(cfg)
				if err != nil {
					return err
				}
				proverOpts = append(proverOpts, prover.WithWorker(argv...))
			}
			n, err := node.New(node.Options{
				Config:     cfg,
				Logger:     log,
				OpenProver: chain.wrap(node.OpenGnark(cfg.KeysDir(), cfg.Class, log, proverOpts...)),
			})
			if err != nil {
				return err
			}
			// --aggregator HOST:PORT: dial and serve aggregators (docs/aggregator.md).
			waitAggregators, err := aggregator.Attach(cmd.Context(), n, cfg, log)
			if err != nil {
				return err
			}
			defer waitAggregators()
			return chain.run(cmd.Context(), n)
		},
	}
	node.ConfigFlags(cmd.Flags())
	chainF = addChainFlags(cmd.Flags())
	return cmd
}
