package longrun

import (
	"context"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"

	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/recursion"
)

// Sequences of jobs (docs/recursion.md, "Sequences of jobs"): the top
// proofs of consecutive jobs of one program are aggregated pairwise, to any
// depth, with the run aggregation key, and wrapped with the aggregator's
// address by the final key.

// SeqNode is a proof of a sequence of consecutive jobs: one job's top proof
// (a leaf, ChildInput.Job set) or an aggregation of jobs.
type SeqNode struct {
	recursion.ChildInput
	Sequence recursion.Sequence
	Jobs     int // how many jobs it covers
}

// JobLeaf is a job's run top as a sequence of one job, after the
// accumulated input hash oldAcc, under the run's cycle budget.
func JobLeaf(top *Top, oldAcc fr.Element) (*SeqNode, error) {
	job := &recursion.JobInput{Public: &top.Public, In: top.In, Out: top.Out, AccOld: oldAcc, MaxCycles: top.MaxCycles}
	s, err := job.Sequence()
	if err != nil {
		return nil, err
	}
	n := &SeqNode{ChildInput: top.Node.ChildInput, Sequence: *s, Jobs: 1}
	n.Job = job
	return n, nil
}

// AggregateSeq proves the sequence of left followed by right. Two sequences
// that do not continue each other fail with recursion.ErrNotAdjacent before
// anything is proven.
func AggregateSeq(ctx context.Context, ks *Keys, left, right *SeqNode) (*SeqNode, error) {
	joined, err := recursion.Join(&left.Sequence, &right.Sequence)
	if err != nil {
		return nil, err
	}
	a, d, err := recursion.AggregateAssignment(ks.AggVKHash, &left.ChildInput, &right.ChildInput)
	if err != nil {
		return nil, fmt.Errorf("aggregating jobs: %w", err)
	}
	proof, _, err := ks.Aggregate.ProveAssignment(ctx, ks.LogSteps, a, prover.TargetRecursion)
	if err != nil {
		return nil, fmt.Errorf("aggregating jobs: %w", err)
	}
	n := &SeqNode{ChildInput: recursion.ChildInput{Proof: proof, VK: ks.AggVK, IsAggregate: true,
		Ctx: joined.Ctx(), In: joined.In(), Out: joined.Out()}, Sequence: *joined, Jobs: left.Jobs + right.Jobs}
	if got := n.Digest(ks.AggVKHash); got != d {
		return nil, fmt.Errorf("aggregating jobs: internal error: public input mismatch")
	}
	return n, nil
}

// SeqFinal is the final proof of a sequence for an aggregator: one BN254
// Groth16 proof whose one public input is recursion.SeqDigest(Sequence,
// Aggregator).
type SeqFinal struct {
	Sequence   recursion.Sequence
	Aggregator [20]byte
	Jobs       int
	Digest     fr.Element
	Proof      groth16.Proof
}

// WrapSeq proves the final proof of a sequence (an aggregation of jobs or
// one job's leaf) for aggregator, and verifies it.
func WrapSeq(ctx context.Context, ks *Keys, n *SeqNode, aggregator [20]byte) (*SeqFinal, error) {
	key := 0
	if !n.IsAggregate {
		key = 1
	}
	a, d, err := recursion.SeqFinalAssignment(&recursion.SeqFinalInput{Proof: n.Proof, Key: key, Sequence: &n.Sequence,
		Aggregator: aggregator, Job: n.Job})
	if err != nil {
		return nil, fmt.Errorf("sequence final proof: %w", err)
	}
	proof, _, err := ks.Final.ProveAssignment(ctx, ks.LogSteps, a, prover.TargetSolidity)
	if err != nil {
		return nil, fmt.Errorf("sequence final proof: %w", err)
	}
	f := &SeqFinal{Sequence: n.Sequence, Aggregator: aggregator, Jobs: n.Jobs, Digest: d, Proof: proof}
	if err := VerifySeqFinal(ks.FinalVK, f); err != nil {
		return nil, err
	}
	return f, nil
}

// VerifySeqFinal checks a sequence final proof against the final circuit's
// verifying key: its public input must be recursion.SeqDigest of its
// sequence and aggregator.
func VerifySeqFinal(vk groth16.VerifyingKey, f *SeqFinal) error {
	d, err := recursion.SeqDigest(&f.Sequence, f.Aggregator)
	if err != nil {
		return err
	}
	if d != f.Digest {
		return fmt.Errorf("%w: the digest is not the sequence's", prover.ErrInvalidProof)
	}
	if err := recursion.VerifyFinal(f.Proof, vk, d); err != nil {
		return fmt.Errorf("%w: %w", prover.ErrInvalidProof, err)
	}
	return nil
}

// Words is the proof in upstream's rollup form (prover.RollupWords): what
// the RollupVerifier contract takes as bytes32[24], with the digest as its
// one public signal.
func (f *SeqFinal) Words() ([24][32]byte, error) {
	bp, ok := f.Proof.(*groth16bn254.Proof)
	if !ok {
		return [24][32]byte{}, fmt.Errorf("sequence final proof: not a BN254 proof")
	}
	return prover.RollupWords(bp.MarshalSolidity())
}
