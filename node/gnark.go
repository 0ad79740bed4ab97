package node

import (
	"context"
	"errors"
	"fmt"

	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/prover"
)

// GnarkProver adapts the Groth16 prover (prover.Prover) to the node.
type GnarkProver struct {
	P *prover.Prover
}

// Prove proves the run and converts the proof to the node's form. A proof
// that does not verify wraps ErrProofInvalid; a run too long for every
// loaded class wraps executor.ErrTraceTooLong.
func (g GnarkProver) Prove(ctx context.Context, prog *executor.Program, in *executor.Input, cfg executor.Config) (*Proof, error) {
	p, err := g.P.Prove(ctx, prog, in, cfg)
	if err != nil {
		if errors.Is(err, prover.ErrInvalidProof) {
			return nil, fmt.Errorf("%w: %w", ErrProofInvalid, err)
		}
		if errors.Is(err, prover.ErrTooLarge) && !errors.Is(err, executor.ErrTraceTooLong) {
			return nil, fmt.Errorf("%w: %w", executor.ErrTraceTooLong, err)
		}
		return nil, err
	}
	return ProofFrom(p), nil
}

// ProofFrom converts a prover proof to the node's form.
func ProofFrom(p *prover.Proof) *Proof {
	out := &Proof{
		A:             p.A,
		B:             p.B,
		C:             p.C,
		Solidity:      p.SolidityProof,
		Calldata:      p.Calldata,
		Class:         uint8(p.LogSteps),
		Inputs:        p.PublicInputs,
		Raw:           p.Raw,
		CommitmentPok: []string{p.CommitmentPok[0], p.CommitmentPok[1]},
	}
	for _, c := range p.Commitments {
		out.Commitments = append(out.Commitments, c[0], c[1])
	}
	if len(p.Commitments) == 0 {
		out.CommitmentPok = nil
	}
	return out
}

// DefaultClass is the class (2^DefaultClass steps) set up on first start
// when the keys folder has none and no class is configured.
const DefaultClass = 10

// OpenGnark returns the node's OpenProver for the Groth16 prover. With class
// > 0 it loads that class, setting it up on first start (an insecure
// single-party setup, see docs/proving.md); with class 0 it loads every class
// in dir, or sets up DefaultClass when there is none. Each class is checked
// against the current circuit (prover.WithCircuitCheck). opts come last (e.g.
// prover.WithWorker to prove in a killable worker process).
func OpenGnark(dir string, class int, log zerolog.Logger, opts ...prover.Option) OpenProver {
	return func(ctx context.Context) (Prover, error) {
		var classes []int
		if class > 0 {
			classes = []int{class}
		} else if found, err := prover.ListClasses(dir); err != nil || len(found) == 0 {
			classes = []int{DefaultClass}
		}
		// WithCircuitCheck: keys made for an older circuit are refused at start-up
		// ("run setup again") rather than failing every proof.
		all := []prover.Option{prover.WithLogger(log), prover.WithAutoSetup(len(classes) > 0), prover.WithCircuitCheck(true),
			prover.WithSetupProgress(func(k int, s prover.Stage) {
				log.Info().Str("component", "node").Int("class", k).Str("stage", string(s)).Msg("setting up proving keys")
			})}
		if len(classes) > 0 {
			all = append(all, prover.WithClasses(classes...))
		}
		p, err := prover.Open(ctx, dir, append(all, opts...)...)
		if err != nil {
			return nil, err
		}
		if len(p.Classes()) == 0 {
			return nil, fmt.Errorf("no proving class in %s", dir)
		}
		return GnarkProver{P: p}, nil
	}
}
