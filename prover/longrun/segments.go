// Package longrun proves runs of any length: it cuts a run into segments
// (executor.RunSegments), assigns each segment circuit in order while keeping
// the memory tree (circuits.AssignSegment), proves the segments in parallel
// for the recursion target, and aggregates them (docs/recursion.md).
package longrun

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/frontend"

	"github.com/zkprover/zkprover/circuits"
	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/statement"
)

// SegmentProver proves one assignment of a segment class; *prover.Prover
// opened on the segment family's key store is one. A prover proves one
// proof at a time; give ProveSegments several to prove several segments at
// once (each with its own worker process).
type SegmentProver interface {
	ProveAssignment(ctx context.Context, logSteps int, a frontend.Circuit, t prover.Target) (groth16.Proof, witness.Witness, error)
}

// SegmentProof is one proven segment.
type SegmentProof struct {
	Index   int
	Segment circuits.SegResult // boundaries, context and the public input
	Proof   groth16.Proof      // for prover.TargetRecursion
	Prove   time.Duration      // proving time (0 when resumed)
}

// Plan is the statement of a run and its segmentation, known before any
// segment is proven.
type Plan struct {
	Result   *executor.Result
	Public   statement.Public
	LogSteps int // segment class
	Segments int // number of segments
	// Steps are the segments' step counts: 2^LogSteps, except the last
	// segment's and those of segments cut before a step that would need
	// more page slots or table rows than the class has
	// (circuits.Class.SegmentLimits).
	Steps []int
}

// NewPlan executes the run and returns its statement and its segments of
// class 2^logSteps. It executes the run in segments (executor.RunSegments,
// a trace of one segment at a time, cut by circuits.Class.SegmentLimits),
// so a run that no segment of the class can hold is refused here, before
// any proving, with an error wrapping executor.ErrTraceTooLong: an image
// or an offchain input larger than the class holds, a state larger than
// its state rows, a step needing a table the class does not have
// (KECCAK_F below 2^14 steps, say).
func NewPlan(ctx context.Context, prog *executor.Program, in *executor.Input, cfg executor.Config, logSteps int) (*Plan, error) {
	if logSteps < circuits.MinLogSteps || logSteps > circuits.MaxLogSteps {
		return nil, fmt.Errorf("segment class 2^%d outside 2^%d..2^%d: %w", logSteps, circuits.MinLogSteps, circuits.MaxLogSteps, executor.ErrBadConfig)
	}
	class := circuits.NewSegmentClass(logSteps)
	// What cutting cannot help: every segment holds the image (the first
	// one loads it) and the whole offchain input.
	if n := len(prog.Words); n > class.ImageWords {
		return nil, fmt.Errorf("image of %d words > %d of segment class 2^%d: %w", n, class.ImageWords, logSteps, executor.ErrTraceTooLong)
	}
	if in != nil {
		if n := (len(in.Offchain) + 3) / 4; n > class.OffchainWords {
			return nil, fmt.Errorf("offchain input of %d words > %d of segment class 2^%d: %w", n, class.OffchainWords, logSteps, executor.ErrTraceTooLong)
		}
	}
	var steps []int
	res, err := executor.RunSegments(ctx, prog, in, cfg, class.SegmentLimits(), func(seg *executor.Segment) error {
		steps = append(steps, len(seg.Steps))
		return nil
	})
	if err != nil {
		return nil, err
	}
	return &Plan{Result: res, Public: res.Public(prog, in), LogSteps: logSteps, Segments: len(steps), Steps: steps}, nil
}

// Progress is called after each segment is proven (or found already proven),
// from one goroutine at a time.
type Progress func(done, total int)

// ProveSegments proves every segment of the planned run through the provers
// (at most len(provers) at once) and returns them in order. have holds the
// segments already proven (by an earlier attempt: a restart resumes from
// them, proving only the others); each one is checked against this run's
// boundaries before it is used. onProof (optional) sees each new proof as
// soon as it is verified, to persist it; its error stops the run.
// Cancelling ctx stops the execution and every proof in flight.
func ProveSegments(ctx context.Context, plan *Plan, prog *executor.Program, in *executor.Input, cfg executor.Config,
	provers []SegmentProver, have map[int]*SegmentProof, onProof func(*SegmentProof) error, progress Progress) ([]*SegmentProof, error) {
	return proveSegments(ctx, plan, prog, in, cfg, provers, have, onProof, progress, nil)
}

// proveSegments is ProveSegments; a kept proof that does not match the run
// (made by another version of the executor, say) is proven again, and
// reported to dropped (optional) first.
func proveSegments(ctx context.Context, plan *Plan, prog *executor.Program, in *executor.Input, cfg executor.Config,
	provers []SegmentProver, have map[int]*SegmentProof, onProof func(*SegmentProof) error, progress Progress,
	dropped func(idx int, err error)) ([]*SegmentProof, error) {
	if len(provers) == 0 {
		return nil, errors.New("no segment prover")
	}
	if len(plan.Steps) != plan.Segments {
		return nil, fmt.Errorf("a plan of %d segments with %d step counts", plan.Segments, len(plan.Steps))
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	class := circuits.NewSegmentClass(plan.LogSteps)
	runData := NewRunData(plan, prog, in, cfg)
	run := runData.witness()
	tree := statement.NewMemTree()
	segCtx, err := segContext(&plan.Public)
	if err != nil {
		return nil, err
	}
	out := make([]*SegmentProof, plan.Segments)
	free := make(chan SegmentProver, len(provers))
	for _, p := range provers {
		free <- p
	}
	var (
		mu       sync.Mutex
		firstErr error
		done     int
		wg       sync.WaitGroup
	)
	fail := func(err error) {
		mu.Lock()
		if firstErr == nil {
			firstErr = err
			cancel()
		}
		mu.Unlock()
	}
	finish := func(sp *SegmentProof, fresh bool) {
		mu.Lock()
		defer mu.Unlock()
		if fresh && onProof != nil && firstErr == nil {
			if err := onProof(sp); err != nil {
				firstErr = fmt.Errorf("keeping segment %d: %w", sp.Index, err)
				cancel()
				return
			}
		}
		out[sp.Index] = sp
		done++
		if progress != nil {
			progress(done, plan.Segments)
		}
	}

	_, err = executor.RunSegments(ctx, prog, in, cfg, class.SegmentLimits(), func(seg *executor.Segment) error {
		if seg.Index >= plan.Segments || len(seg.Steps) != plan.Steps[seg.Index] {
			return fmt.Errorf("segment %d of %d steps: the plan has %d segments of %v steps", seg.Index, len(seg.Steps), plan.Segments, plan.Steps)
		}
		if sp := have[seg.Index]; sp != nil {
			err := keptMatches(tree, seg, sp, segCtx)
			if err == nil {
				return resume(tree, seg, sp, finish)
			}
			if dropped != nil {
				dropped(seg.Index, err)
			}
		}
		var p SegmentProver
		select {
		case p = <-free:
		case <-ctx.Done():
			return ctx.Err()
		}
		if tp, ok := p.(TaskProver); ok {
			// The prover re-executes the segment from its checkpoint: the
			// owner only moves the tree and checks the public input.
			task, res := newTask(seg, tree, segCtx)
			wg.Add(1)
			go func() {
				defer wg.Done()
				defer func() { free <- p }()
				t0 := time.Now()
				proof, err := tp.ProveTask(ctx, runData, task, prover.TargetRecursion)
				if err != nil {
					fail(fmt.Errorf("proving segment %d: %w", task.Index, err))
					return
				}
				finish(&SegmentProof{Index: task.Index, Segment: *res, Proof: proof, Prove: time.Since(t0)}, true)
			}()
			return nil
		}
		a, res, err := assignSegment(class, run, seg, tree)
		if err != nil {
			free <- p
			return err
		}
		wg.Add(1)
		go func(idx int, res *circuits.SegResult) {
			defer wg.Done()
			defer func() { free <- p }()
			t0 := time.Now()
			proof, _, err := p.ProveAssignment(ctx, plan.LogSteps, a, prover.TargetRecursion)
			if err != nil {
				fail(fmt.Errorf("proving segment %d: %w", idx, err))
				return
			}
			finish(&SegmentProof{Index: idx, Segment: *res, Proof: proof, Prove: time.Since(t0)}, true)
		}(seg.Index, res)
		return nil
	})
	wg.Wait()
	mu.Lock()
	defer mu.Unlock()
	if firstErr != nil {
		return nil, firstErr
	}
	if err != nil {
		return nil, err
	}
	for i, sp := range out {
		if sp == nil {
			return nil, fmt.Errorf("segment %d was not proven", i)
		}
	}
	return out, nil
}

// resume advances the memory tree over a segment already proven and checks
// that the proof is this segment's.
// keptMatches checks a kept proof of segment seg against the run: its
// boundaries must be the segment's (the tree is at the segment's start).
func keptMatches(tree *statement.MemTree, seg *executor.Segment, sp *SegmentProof, ctx fr.Element) error {
	if sp.Segment.Ctx != ctx { // of another statement: the aggregation would refuse it
		return fmt.Errorf("the kept proof of segment %d is of another statement", seg.Index)
	}
	in := seg.Start.Boundary(tree.Root())
	if sp.Segment.In.Digest() != in.Digest() {
		return fmt.Errorf("the kept proof of segment %d starts at another state", seg.Index)
	}
	if statement.SegmentDigest(sp.Segment.Ctx, in.Digest(), sp.Segment.Out.Digest()) != sp.Segment.Digest {
		return fmt.Errorf("the kept proof of segment %d has another public input", seg.Index)
	}
	// The out boundary needs the tree after the segment's pages: checked
	// by resume, which may still refuse it.
	out := newOut(tree, seg)
	if sp.Segment.Out.Digest() != out.Digest() {
		return fmt.Errorf("the kept proof of segment %d ends at another state", seg.Index)
	}
	return nil
}

// newOut is the segment's out boundary, computed on a copy of the pages'
// leaves without changing tree.
func newOut(tree *statement.MemTree, seg *executor.Segment) statement.Boundary {
	undo := make(map[uint32]fr.Element, len(seg.Pages))
	for i := range seg.Pages {
		idx := seg.Pages[i].Index
		if _, ok := undo[idx]; !ok {
			undo[idx] = tree.Leaf(idx)
		}
		after := seg.Pages[i].After
		tree.Set(idx, statement.PageLeaf(&after))
	}
	out := seg.End.Boundary(tree.Root())
	for idx, leaf := range undo {
		tree.Set(idx, leaf)
	}
	return out
}

// resume uses a kept proof (keptMatches passed): the tree moves to the
// segment's end.
func resume(tree *statement.MemTree, seg *executor.Segment, sp *SegmentProof, finish func(*SegmentProof, bool)) error {
	for i := range seg.Pages {
		after := seg.Pages[i].After
		tree.Set(seg.Pages[i].Index, statement.PageLeaf(&after))
	}
	if out := seg.End.Boundary(tree.Root()); sp.Segment.Out.Digest() != out.Digest() {
		return fmt.Errorf("the kept proof of segment %d is for other boundaries", seg.Index)
	}
	finish(sp, false)
	return nil
}
