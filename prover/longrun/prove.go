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

	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/recursion"
	"github.com/zkprover/zkprover/statement"
)

// Node is a proof of a range of consecutive segments: a segment proof or an
// aggregation proof.
type Node struct {
	recursion.ChildInput
	First, Last int // segment indexes covered
}

// Stage names what a long-run proof is doing.
type Stage string

const (
	StageSegments  Stage = "segments"
	StageAggregate Stage = "aggregate"
	StageFinal     Stage = "final"
	StageDone      Stage = "done"
)

// Status is the progress of a long-run proof.
type Status struct {
	Stage                        Stage
	SegmentsDone, Segments       int
	AggregationsDone, Aggregates int
	Resumed                      int // segments kept from an earlier attempt (in SegmentsDone)
	AggResumed                   int // aggregations kept from an earlier attempt (in AggregationsDone)
}

// Times are the durations of a long-run proof's stages.
type Times struct {
	Execute, Segments, Aggregate, Final time.Duration
}

// Final is a run's final proof: one BN254 Groth16 proof whose one public
// input is recursion.FinalDigest(Public, MaxCycles): the run of Public
// halted within MaxCycles steps.
type Final struct {
	LogSteps  int
	Cycles    uint64
	MaxCycles uint64 // the cycle budget the digest binds (MaxCycles of Options)
	Segments  int
	Public    statement.Public
	Digest    fr.Element
	Proof     groth16.Proof
	Times     Times
}

// MaxCycles is the cycle budget of a run under cfg, as executor.Run
// resolves it: cfg.MaxCycles, or the executor's default when it is 0. A
// final proof binds the budget (recursion.FinalDigest); the contracts check
// it against the job's maxCycles.
func MaxCycles(cfg executor.Config) uint64 { return cfg.WithDefaults().MaxCycles }

// Aggregate combines nodes pairwise, level by level (left to right, an odd
// last node goes up unchanged), until one node covers every segment. A
// level's pairs are started in order, at most inFlight(slots) at once
// (assignment and witness built, not yet proven: ks.Aggregate proves as
// many as it has slots while the next one waits), so that the node's memory holds a
// few aggregation witnesses whatever the run's length. The first failure
// cancels the rest of its level (aggregateLevel). An aggregation kept by an
// earlier attempt (kept.Have) is used instead of being proven again, and
// each new one is given to kept.Keep (to persist it) before it is used.
// progress sees each aggregation done (resumed: how many of them were kept).
func Aggregate(ctx context.Context, ks *Keys, segs []*SegmentProof, kept KeptAggregates, progress func(done, resumed, total int)) (*Node, error) {
	if len(segs) == 0 {
		return nil, fmt.Errorf("no segment to aggregate")
	}
	level := make([]*Node, len(segs))
	for i, sp := range segs {
		level[i] = &Node{ChildInput: recursion.ChildInput{Proof: sp.Proof, VK: ks.SegVK,
			Ctx: sp.Segment.Ctx, In: sp.Segment.In.Digest(), Out: sp.Segment.Out.Digest()}, First: sp.Index, Last: sp.Index}
	}
	return aggregateNodes(ctx, ks, ks.Aggregate, inFlight(ks.Aggregate.Slots()), level, kept, progress)
}

// KeptAggregates are the aggregations of a run kept from an earlier attempt
// and where new ones are kept (a restart during the aggregation stage
// resumes from them).
type KeptAggregates struct {
	// Have holds the kept aggregations by the segments they cover
	// ([2]int{First, Last}; DecodeAggregate checked their proofs).
	Have map[[2]int]*Node
	// Keep (optional) persists each new aggregation; its error stops the
	// run.
	Keep func(*Node) error
	// Dropped (optional) sees each kept aggregation that does not match
	// its children (it is proven again).
	Dropped func(first, last int, err error)
}

// use returns the kept aggregation of left and right, if there is one and
// it proves their combined statement: their context, left's start and
// right's end.
func (k KeptAggregates) use(left, right *Node) (*Node, bool) {
	n := k.Have[[2]int{left.First, right.Last}]
	if n == nil {
		return nil, false
	}
	if n.Ctx == left.Ctx && n.In == left.In && n.Out == right.Out {
		return n, true
	}
	if k.Dropped != nil {
		k.Dropped(left.First, right.Last, errors.New("its statement is not its children's (context or boundaries differ)"))
	}
	return nil, false
}

// inFlight bounds the pairs of a level started and not yet proven by an
// aggregation prover that proves slots at once (prover.Prover.Slots): one
// per slot, plus one whose assignment and witness are built while the slots
// are busy, so that no slot waits for them. Each pending pair holds about
// 1.5 MB (assignment and witness); before the bound, a level of 2^27/2^12
// segments held 16,384 of them.
func inFlight(slots int) int { return max(slots, 1) + 1 }

// assignmentProver proves an assignment of a class: *prover.Prover (the
// aggregation prover, ks.Aggregate), or a fake in tests.
type assignmentProver interface {
	ProveAssignment(ctx context.Context, logSteps int, a frontend.Circuit, t prover.Target) (groth16.Proof, witness.Witness, error)
}

// aggregateNodes aggregates level, level by level, with p, at most
// inFlight pairs at once (aggregateLevel), reporting each aggregation done.
func aggregateNodes(ctx context.Context, ks *Keys, p assignmentProver, inFlight int, level []*Node, kept KeptAggregates,
	progress func(done, resumed, total int)) (*Node, error) {
	var mu sync.Mutex
	total, done, resumed := len(level)-1, 0, 0
	step := func(wasKept bool) {
		mu.Lock()
		defer mu.Unlock()
		done++
		if wasKept {
			resumed++
		}
		if progress != nil {
			progress(done, resumed, total)
		}
	}
	for len(level) > 1 {
		next, err := aggregateLevel(ctx, ks, p, inFlight, level, kept, step)
		if err != nil {
			return nil, err
		}
		level = next
	}
	return level[0], nil
}

// aggregateLevel proves the pairs of one level, (level[2i], level[2i+1])
// into next[i], an odd last node going up unchanged, a kept aggregation of
// the pair taking its place. A pair is started (its
// assignment built) only while fewer than inFlight pairs are started and
// not yet done, in order. The first failure cancels the level (the pairs in
// flight stop, no further pair starts); once every started pair has
// returned, the error of the leftmost pair that failed by itself (not by
// that cancellation) is returned. step is called for each pair done.
func aggregateLevel(ctx context.Context, ks *Keys, p assignmentProver, inFlight int, level []*Node, kept KeptAggregates,
	step func(kept bool)) ([]*Node, error) {
	if inFlight < 1 {
		inFlight = 1
	}
	lctx, cancel := context.WithCancel(ctx)
	defer cancel()
	next := make([]*Node, (len(level)+1)/2)
	errs := make([]error, len(next))
	var (
		wg    sync.WaitGroup
		once  sync.Once
		first error
	)
	fail := func(i int, err error) {
		errs[i] = err
		once.Do(func() {
			first = err
			cancel()
		})
	}
	slots := make(chan struct{}, inFlight)
	for i := range next {
		if 2*i+1 == len(level) {
			next[i] = level[2*i]
			continue
		}
		if lctx.Err() != nil {
			break
		}
		if n, ok := kept.use(level[2*i], level[2*i+1]); ok {
			next[i] = n
			step(true)
			continue
		}
		select {
		case slots <- struct{}{}:
		case <-lctx.Done():
		}
		// A failed pair cancels before it frees its place: a place freed
		// by a failure is never taken.
		if lctx.Err() != nil {
			break
		}
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			defer func() { <-slots }()
			n, err := aggregatePair(lctx, ks, p, level[2*i], level[2*i+1])
			if err == nil && kept.Keep != nil {
				if err = kept.Keep(n); err != nil {
					err = fmt.Errorf("keeping the aggregation of segments %d-%d: %w", n.First, n.Last, err)
				}
			}
			if err != nil {
				fail(i, err)
				return
			}
			next[i] = n
			step(false)
		}(i)
	}
	wg.Wait()
	if first != nil {
		if ctx.Err() == nil {
			for _, err := range errs {
				if err != nil && !errors.Is(err, context.Canceled) {
					return nil, err
				}
			}
		}
		return nil, first
	}
	if err := ctx.Err(); err != nil { // cancelled between two pairs
		return nil, fmt.Errorf("aggregating: %w", err)
	}
	return next, nil
}

func aggregatePair(ctx context.Context, ks *Keys, p assignmentProver, left, right *Node) (*Node, error) {
	a, d, err := recursion.AggregateAssignment(ks.AggVKHash, &left.ChildInput, &right.ChildInput)
	if err != nil {
		return nil, fmt.Errorf("aggregating segments %d-%d: %w", left.First, right.Last, err)
	}
	proof, _, err := p.ProveAssignment(ctx, ks.LogSteps, a, prover.TargetRecursion)
	if err != nil {
		return nil, fmt.Errorf("aggregating segments %d-%d: %w", left.First, right.Last, err)
	}
	n := &Node{ChildInput: recursion.ChildInput{Proof: proof, VK: ks.AggVK, IsAggregate: true,
		Ctx: left.Ctx, In: left.In, Out: right.Out}, First: left.First, Last: right.Last}
	if got := n.Digest(ks.AggVKHash); got != d {
		return nil, fmt.Errorf("aggregating segments %d-%d: internal error: public input mismatch", left.First, right.Last)
	}
	return n, nil
}

// Wrap proves the final proof over the top node of a run, for the cycle
// budget maxCycles (the run, out.Cycles, must be within it).
func Wrap(ctx context.Context, ks *Keys, top *Node, pub *statement.Public, maxCycles uint64, in, out statement.Boundary) (fr.Element, groth16.Proof, error) {
	key := 0
	if !top.IsAggregate {
		key = 1
	}
	a, d, err := recursion.FinalAssignment(&recursion.FinalInput{Proof: top.Proof, Key: key, Public: pub, In: in, Out: out,
		MaxCycles: maxCycles})
	if err != nil {
		return fr.Element{}, nil, fmt.Errorf("final proof: %w", err)
	}
	proof, _, err := ks.Final.ProveAssignment(ctx, ks.LogSteps, a, prover.TargetSolidity)
	if err != nil {
		return fr.Element{}, nil, fmt.Errorf("final proof: %w", err)
	}
	return d, proof, nil
}

// Options configure Prove.
type Options struct {
	Exec executor.Config
	// MaxCycles is the cycle budget the final proof binds (0: the run's,
	// MaxCycles(Exec)). A node proves a job with the job's maxCycles, which
	// the contract checks, while Exec may carry a lower cap of the node's.
	// A run longer than MaxCycles fails before any segment is proven.
	MaxCycles uint64
	Provers   []SegmentProver       // segment provers (default: ks.Segment alone)
	Have      map[int]*SegmentProof // segment proofs kept from an earlier attempt
	OnProof   func(*SegmentProof) error
	Progress  func(Status)
	// Dropped sees each kept proof (Have) that does not match the run; it
	// is proven again.
	Dropped func(idx int, err error)
	// Aggregates are the aggregations kept from an earlier attempt and
	// where to keep new ones (Aggregate).
	Aggregates KeptAggregates
	// AfterSegments, when set, is called once every segment is proven and
	// before the first aggregation: a caller whose segment provers are
	// worker processes used for this run only stops them there, so that
	// the aggregations get their memory (a 2^14 segment worker holds about
	// 9 GB; with it alive, two aggregations of a 5-segment run were
	// OOM-killed on a 23 GB machine).
	AfterSegments func()
}

// Top is a run proven up to its top node (segments and aggregation, no
// final proof): the proof a sequence of jobs aggregates (JobLeaf).
type Top struct {
	Node      *Node
	Public    statement.Public
	In, Out   statement.Boundary // the run's start and end
	Cycles    uint64
	MaxCycles uint64 // the cycle budget the run was checked against
	Segments  int
	Times     Times
	status    Status
}

// Prove proves a run of any length with the keys of segment class
// ks.LogSteps: segments, aggregation, final proof (verified).
func Prove(ctx context.Context, ks *Keys, prog *executor.Program, in *executor.Input, o Options) (*Final, error) {
	top, err := ProveTop(ctx, ks, prog, in, o)
	if err != nil {
		return nil, err
	}
	st, t := top.status, top.Times
	st.Stage = StageFinal
	if o.Progress != nil {
		o.Progress(st)
	}
	t3 := time.Now()
	d, proof, err := Wrap(ctx, ks, top.Node, &top.Public, top.MaxCycles, top.In, top.Out)
	if err != nil {
		return nil, err
	}
	t.Final = time.Since(t3)
	f := &Final{LogSteps: ks.LogSteps, Cycles: top.Cycles, MaxCycles: top.MaxCycles, Segments: top.Segments,
		Public: top.Public, Digest: d, Proof: proof, Times: t}
	if err := VerifyFinal(ks.FinalVK, f); err != nil {
		return nil, err
	}
	st.Stage = StageDone
	if o.Progress != nil {
		o.Progress(st)
	}
	return f, nil
}

// ProveTop proves a run's segments and aggregates them into one node (the
// stages of Prove before the final proof).
func ProveTop(ctx context.Context, ks *Keys, prog *executor.Program, in *executor.Input, o Options) (*Top, error) {
	var t Times
	t0 := time.Now()
	plan, err := NewPlan(ctx, prog, in, o.Exec, ks.LogSteps)
	if err != nil {
		return nil, err
	}
	t.Execute = time.Since(t0)
	maxCycles := o.MaxCycles
	if maxCycles == 0 {
		maxCycles = MaxCycles(o.Exec)
	}
	if plan.Result.Cycles > maxCycles {
		return nil, fmt.Errorf("%w: %d cycles, maxCycles %d", recursion.ErrOverBudget, plan.Result.Cycles, maxCycles)
	}
	st := Status{Stage: StageSegments, Segments: plan.Segments, Aggregates: plan.Segments - 1}
	report := func() {
		if o.Progress != nil {
			o.Progress(st)
		}
	}
	report()
	provers := o.Provers
	if len(provers) == 0 {
		provers = []SegmentProver{ks.Segment}
	}
	t1 := time.Now()
	fresh := 0
	onProof := func(sp *SegmentProof) error {
		fresh++ // under ProveSegments' lock
		if o.OnProof != nil {
			return o.OnProof(sp)
		}
		return nil
	}
	segs, err := proveSegments(ctx, plan, prog, in, o.Exec, provers, o.Have, onProof, func(done, _ int) {
		st.SegmentsDone, st.Resumed = done, done-fresh
		report()
	}, o.Dropped)
	if err != nil {
		return nil, err
	}
	t.Segments = time.Since(t1)
	if o.AfterSegments != nil {
		o.AfterSegments()
	}
	st.Stage = StageAggregate
	report()
	t2 := time.Now()
	top, err := Aggregate(ctx, ks, segs, o.Aggregates, func(done, resumed, _ int) {
		st.AggregationsDone, st.AggResumed = done, resumed
		report()
	})
	if err != nil {
		return nil, err
	}
	t.Aggregate = time.Since(t2)
	return &Top{Node: top, Public: plan.Public, In: segs[0].Segment.In, Out: segs[len(segs)-1].Segment.Out,
		Cycles: plan.Result.Cycles, MaxCycles: maxCycles, Segments: plan.Segments, Times: t, status: st}, nil
}

// VerifyFinal checks a final proof against the final circuit's verifying
// key: its public input must be recursion.FinalDigest of its statement and
// cycle budget (f.MaxCycles), so a valid proof says the run halted within
// f.MaxCycles steps.
func VerifyFinal(vk groth16.VerifyingKey, f *Final) error {
	d, err := recursion.FinalDigest(&f.Public, f.MaxCycles)
	if err != nil {
		return err
	}
	if d != f.Digest {
		return fmt.Errorf("%w: the digest is not the statement's", prover.ErrInvalidProof)
	}
	if err := recursion.VerifyFinal(f.Proof, vk, d); err != nil {
		return fmt.Errorf("%w: %w", prover.ErrInvalidProof, err)
	}
	return nil
}
