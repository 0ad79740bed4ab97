package longrun

import (
	"context"
	"fmt"
	"slices"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/frontend"

	"github.com/zkprover/zkprover/circuits"
	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/statement"
)

// TaskProver proves a segment from its checkpoint (a SegmentTask) instead of
// from an assignment: the prover re-executes the segment itself, so that
// the owner of the run only executes it, keeps the memory tree and checks
// the proofs (a fleet.Prover is one: a task then carries a checkpoint, not a
// witness; docs/fleet.md). ProveSegments uses it when a SegmentProver is
// also a TaskProver. The proof must be for t.Digest (the owner checks it,
// or the prover does and fails).
type TaskProver interface {
	ProveTask(ctx context.Context, run *RunData, t *SegmentTask, target prover.Target) (groth16.Proof, error)
}

// RunData is what every segment task of one run shares, shipped once per
// run: the program's image, the input, what the statement binds of the
// run's end (cycles, exit code, output, new state), the limits it ran under
// and the segment class.
type RunData struct {
	Entry    uint32          `json:"entry"`
	Base     uint32          `json:"base"`
	Words    []uint32        `json:"words"`
	Input    executor.Input  `json:"input"`
	Limits   executor.Limits `json:"limits"`
	LogSteps int             `json:"log_steps"`
	Cycles   uint64          `json:"cycles"`
	ExitCode uint32          `json:"exit_code"`
	Output   []byte          `json:"output"`
	NewState []statement.KV  `json:"new_state"`
}

// NewRunData is the shared part of plan's segment tasks.
func NewRunData(plan *Plan, prog *executor.Program, in *executor.Input, cfg executor.Config) *RunData {
	return &RunData{Entry: prog.Entry, Base: prog.Base, Words: prog.Words, Input: *in, Limits: cfg.WithDefaults().Limits,
		LogSteps: plan.LogSteps, Cycles: plan.Result.Cycles, ExitCode: plan.Result.ExitCode,
		Output: plan.Result.Output, NewState: plan.Result.State}
}

// Program loads the run's program (a worker does it once per run).
func (d *RunData) Program() (*executor.Program, error) {
	p, err := executor.NewProgram(d.Entry, d.Base, d.Words)
	if err != nil {
		return nil, fmt.Errorf("run data: %w", err)
	}
	return p, nil
}

// SegmentTask is one segment to prove, as a checkpoint: the machine state at
// the segment's start, the content then of the memory pages the segment
// touches, the memory tree's nodes on their paths (so that the pages are
// bound to the start's memory root), and the public input the owner
// expects. It does not depend on the class's size: a few KB where the
// segment's witness is megabytes.
type SegmentTask struct {
	Index  int                  `json:"index"`
	Steps  int                  `json:"steps"` // the segment's steps (Plan.Steps)
	Start  executor.Checkpoint  `json:"start"`
	Pages  []PageStart          `json:"pages"`
	Tree   []statement.TreeNode `json:"tree"`
	Digest fr.Element           `json:"digest"`
}

// PageStart is a memory page's content at a segment's start.
type PageStart struct {
	Index uint32                      `json:"index"`
	Words [statement.PageWords]uint32 `json:"words"`
}

// newTask is segment seg's task, with tree at the segment's start; it
// returns the task and the segment's expected result, and moves tree to the
// segment's end.
func newTask(seg *executor.Segment, tree *statement.MemTree, segCtx fr.Element) (*SegmentTask, *circuits.SegResult) {
	idx := make([]uint32, len(seg.Pages))
	pages := make([]PageStart, len(seg.Pages))
	for i := range seg.Pages {
		idx[i] = seg.Pages[i].Index
		pages[i] = PageStart{Index: seg.Pages[i].Index, Words: seg.Pages[i].Before}
	}
	start := seg.Start
	start.State = slices.Clone(start.State)
	t := &SegmentTask{Index: seg.Index, Steps: len(seg.Steps), Start: start, Pages: pages}
	if seg.Index > 0 {
		t.Tree = tree.Subtree(idx)
	} else {
		t.Pages = nil // the first segment starts from the image
	}
	res := &circuits.SegResult{In: seg.Start.Boundary(tree.Root()), Ctx: segCtx}
	for i := range seg.Pages {
		after := seg.Pages[i].After
		tree.Set(seg.Pages[i].Index, statement.PageLeaf(&after))
	}
	res.Out = seg.End.Boundary(tree.Root())
	res.Digest = statement.SegmentDigest(segCtx, res.In.Digest(), res.Out.Digest())
	t.Digest = res.Digest
	return t, res
}

// segContext is the segment context of a run's statement.
func segContext(pub *statement.Public) (fr.Element, error) {
	elems, err := pub.Elements()
	if err != nil {
		return fr.Element{}, fmt.Errorf("statement: %w", err)
	}
	return statement.SegCtx(elems), nil
}

// AssignTask is the prover's side of a task: it re-executes the segment from
// its checkpoint (executor.SegmentFrom), assigns the segment circuit of
// class 2^run.LogSteps on the task's memory tree, and checks that the
// assignment's public input is the task's Digest. prog is run.Program().
func AssignTask(ctx context.Context, run *RunData, prog *executor.Program, t *SegmentTask) (frontend.Circuit, *circuits.SegResult, error) {
	if run.LogSteps < circuits.MinLogSteps || run.LogSteps > circuits.MaxLogSteps {
		return nil, nil, fmt.Errorf("segment class 2^%d outside 2^%d..2^%d: %w", run.LogSteps, circuits.MinLogSteps, circuits.MaxLogSteps, executor.ErrBadInput)
	}
	class := circuits.NewSegmentClass(run.LogSteps)
	if t.Index < 0 || (t.Index == 0) != (t.Start.Cycles == 0) || t.Start.Cycles >= run.Cycles {
		return nil, nil, fmt.Errorf("segment %d starts at cycle %d of a run of %d: %w", t.Index, t.Start.Cycles, run.Cycles, executor.ErrBadInput)
	}
	if t.Steps < 1 || t.Steps > class.Steps || uint64(t.Steps) > run.Cycles-t.Start.Cycles {
		return nil, nil, fmt.Errorf("segment %d of %d steps from cycle %d: want 1 to %d steps within the run's %d cycles: %w",
			t.Index, t.Steps, t.Start.Cycles, class.Steps, run.Cycles, executor.ErrBadInput)
	}
	steps := t.Steps
	pages := make([]executor.PageSnapshot, len(t.Pages))
	for i := range t.Pages {
		pages[i] = executor.PageSnapshot{Index: t.Pages[i].Index, Before: t.Pages[i].Words}
	}
	in := run.Input
	cfg := executor.Config{Limits: run.Limits}
	seg, err := executor.SegmentFrom(ctx, prog, &in, cfg, t.Index, steps, &t.Start, pages)
	if err != nil {
		return nil, nil, err
	}
	tree, err := statement.MemTreeFromNodes(t.Tree)
	if err != nil {
		return nil, nil, fmt.Errorf("segment %d: %w: %w", t.Index, err, executor.ErrBadInput)
	}
	if t.Index == 0 && tree.Root() != statement.ZeroRoot() {
		return nil, nil, fmt.Errorf("segment 0 with a memory tree that is not empty: %w", executor.ErrBadInput)
	}
	a, res, err := assignSegment(class, run.witness(), seg, tree)
	if err != nil {
		return nil, nil, err
	}
	if res.Digest != t.Digest {
		return nil, nil, fmt.Errorf("segment %d: the re-executed segment's public input is not the task's: %w", t.Index, circuits.ErrTraceMismatch)
	}
	return a, res, nil
}

// witness is the run's witness without a trace.
func (d *RunData) witness() *circuits.Witness {
	return &circuits.Witness{Entry: d.Entry, Base: d.Base, Image: d.Words, Context: d.Input.Context,
		Onchain: d.Input.Onchain, Offchain: d.Input.Offchain, OldState: d.Input.State,
		NewState: d.NewState, ExitCode: d.ExitCode, Output: d.Output}
}

// assignSegment assigns segment seg of a run (run: its witness without a
// trace) on tree, the memory tree at the segment's start, which it moves to
// the segment's end; the circuit's replay must end where the executor did.
func assignSegment(class circuits.Class, run *circuits.Witness, seg *executor.Segment, tree *statement.MemTree) (frontend.Circuit, *circuits.SegResult, error) {
	start := circuits.SegStartOf(seg)
	sw := *run
	sw.Trace = &executor.Trace{Steps: seg.Steps}
	a, res, err := circuits.AssignSegment(class, &circuits.SegWitness{Run: &sw, Start: start}, tree)
	if err != nil {
		return nil, nil, fmt.Errorf("segment %d: %w", seg.Index, err)
	}
	if want := seg.End.Boundary(tree.Root()); want.Digest() != res.Out.Digest() {
		return nil, nil, fmt.Errorf("segment %d: the circuit's replay ends at another state than the executor: %w", seg.Index, circuits.ErrTraceMismatch)
	}
	return a, res, nil
}
