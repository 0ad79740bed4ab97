package aggregator

import (
	"context"

	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/node"
	"github.com/zkprover/zkprover/prover"
)

// KeysVerifier opens the verifying keys of every class in the keys folder
// (verify-only: no proving keys are loaded).
func KeysVerifier(dir string, log zerolog.Logger) OpenVerifier {
	return func(ctx context.Context) (Verifier, error) {
		return prover.Open(ctx, dir, prover.WithVerifyOnly(), prover.WithLogger(log))
	}
}

// Attach starts the aggregator channel of a node when cfg names aggregators
// (`zkprover serve --aggregator HOST:PORT`): the node's GetStatus reports the
// connections, and the channel runs until ctx ends. wait blocks until it has
// stopped; with no aggregators configured nothing starts and wait returns at
// once.
func Attach(ctx context.Context, n *node.Node, cfg node.Config, log zerolog.Logger) (wait func(), err error) {
	if len(cfg.Aggregators) == 0 {
		return func() {}, nil
	}
	o := FromConfig(cfg, log, KeysVerifier(cfg.KeysDir(), log))
	o.Registry = n.Metrics().Registry
	c, err := New(n, o)
	if err != nil {
		return nil, err
	}
	n.ReportAggregators(c)
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = c.Run(ctx)
	}()
	return func() { <-done }, nil
}
