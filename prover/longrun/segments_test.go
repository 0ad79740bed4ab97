package longrun

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/frontend"

	"github.com/zkprover/zkprover/circuits"
	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/prover/provertest"
	"github.com/zkprover/zkprover/statement"
)

// segProver opens the test keys of the segment class (made once per machine).
func segProver(t *testing.T) *prover.Prover {
	t.Helper()
	if testing.Short() {
		t.Skip("-short: needs the segment class's keys")
	}
	fam := prover.RV32IMSegments{}
	dir, err := provertest.FamilyKeysDir(fam, provertest.SegmentClass)
	if err != nil {
		t.Fatal(err)
	}
	p, err := prover.Open(context.Background(), dir, prover.WithFamily(fam), prover.WithClasses(provertest.SegmentClass))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func sortRun(t *testing.T) (*executor.Program, *executor.Input) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "examples", "sort", "sort.elf"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := executor.LoadELF(data, executor.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	return p, &executor.Input{Onchain: statement.WordsToBytes([]uint32{5, 3, 9, 1, 7, 2, 8, 6})}
}

// counting wraps a prover and counts its proofs.
type counting struct {
	SegmentProver
	n atomic.Int32
}

func (c *counting) ProveAssignment(ctx context.Context, k int, a frontend.Circuit, tg prover.Target) (groth16.Proof, witness.Witness, error) {
	c.n.Add(1)
	return c.SegmentProver.ProveAssignment(ctx, k, a, tg)
}

// TestProveSegments proves a run of ten segments with real keys, checks
// that the boundaries chain from the run's start to its end, and resumes
// from half of the proofs without proving them again.
func TestProveSegments(t *testing.T) {
	p := segProver(t)
	prog, in := sortRun(t)
	ctx := context.Background()
	plan, err := NewPlan(ctx, prog, in, executor.Config{}, provertest.SegmentClass)
	if err != nil {
		t.Fatal(err)
	}
	if plan.Segments < 4 {
		t.Fatalf("only %d segments", plan.Segments)
	}
	var kept []*SegmentProof
	var calls []int
	segs, err := ProveSegments(ctx, plan, prog, in, executor.Config{}, []SegmentProver{p}, nil,
		func(sp *SegmentProof) error { kept = append(kept, sp); return nil },
		func(done, total int) { calls = append(calls, done) })
	if err != nil {
		t.Fatal(err)
	}
	if len(segs) != plan.Segments || len(kept) != plan.Segments || len(calls) != plan.Segments {
		t.Fatalf("%d segments, %d kept, %d progress calls, plan %d", len(segs), len(kept), len(calls), plan.Segments)
	}
	start := statement.InitialBoundary(prog.Entry, plan.Public.OldStateRoot)
	if segs[0].Segment.In.Digest() != start.Digest() {
		t.Fatal("the first segment does not start the run")
	}
	for i := 1; i < len(segs); i++ {
		if segs[i-1].Segment.Out.Digest() != segs[i].Segment.In.Digest() {
			t.Fatalf("segment %d does not continue segment %d", i, i-1)
		}
	}
	end := segs[len(segs)-1].Segment.Out
	if !end.Halted || end.Cycles != plan.Result.Cycles || end.StateRoot != plan.Public.NewStateRoot {
		t.Fatalf("the last segment ends at %+v", end)
	}
	t.Logf("%d cycles in %d segments of 2^%d; first segment proved in %s", plan.Result.Cycles, len(segs), plan.LogSteps, segs[0].Prove)

	// Resume: the first half is kept, only the rest is proven.
	have := map[int]*SegmentProof{}
	for _, sp := range segs[:len(segs)/2] {
		have[sp.Index] = sp
	}
	cp := &counting{SegmentProver: p}
	again, err := ProveSegments(ctx, plan, prog, in, executor.Config{}, []SegmentProver{cp}, have, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if n := int(cp.n.Load()); n != len(segs)-len(have) {
		t.Fatalf("resume proved %d segments, want %d", n, len(segs)-len(have))
	}
	for i := range again {
		if again[i].Segment.Digest != segs[i].Segment.Digest {
			t.Fatalf("resumed segment %d differs", i)
		}
	}

	// A kept proof of another segment is not used: that segment is proven again.
	cp.n.Store(0)
	var droppedIdx []int
	bad := map[int]*SegmentProof{0: segs[1], 1: segs[1]}
	fixed, err := proveSegments(ctx, plan, prog, in, executor.Config{}, []SegmentProver{cp}, bad, func(*SegmentProof) error { return nil }, nil,
		func(i int, err error) { droppedIdx = append(droppedIdx, i) })
	if err != nil {
		t.Fatal(err)
	}
	if n := int(cp.n.Load()); n != len(segs)-1 || len(droppedIdx) != 1 || droppedIdx[0] != 0 || fixed[0].Segment.Digest != segs[0].Segment.Digest {
		t.Fatalf("a wrong kept proof: %d proven (want %d), dropped %v", n, len(segs)-1, droppedIdx)
	}

	// A kept proof of the same boundaries under another statement (its own
	// public input coherent) is not used either.
	cp.n.Store(0)
	droppedIdx = nil
	other := *segs[0]
	other.Segment.Ctx.SetUint64(12345)
	other.Segment.Digest = statement.SegmentDigest(other.Segment.Ctx, other.Segment.In.Digest(), other.Segment.Out.Digest())
	fixed, err = proveSegments(ctx, plan, prog, in, executor.Config{}, []SegmentProver{cp}, map[int]*SegmentProof{0: &other},
		func(*SegmentProof) error { return nil }, nil, func(i int, err error) { droppedIdx = append(droppedIdx, i) })
	if err != nil {
		t.Fatal(err)
	}
	if len(droppedIdx) != 1 || droppedIdx[0] != 0 || fixed[0].Segment.Digest != segs[0].Segment.Digest {
		t.Fatalf("a kept proof of another statement: dropped %v, segment 0 %v", droppedIdx, fixed[0].Segment.Digest == segs[0].Segment.Digest)
	}

	// The kept form round-trips, and is checked when read back.
	vk := segVK(t, p)
	b, err := EncodeSegmentProof(plan.LogSteps, segs[2])
	if err != nil {
		t.Fatal(err)
	}
	back, err := DecodeSegmentProof(b, plan.LogSteps, vk)
	if err != nil || back.Index != 2 || back.Segment != segs[2].Segment {
		t.Fatalf("round trip: %v", err)
	}
	if _, err := DecodeSegmentProof(b, plan.LogSteps+1, vk); err == nil {
		t.Fatal("a kept proof of another class was accepted")
	}
	forged, err := EncodeSegmentProof(plan.LogSteps, &SegmentProof{Index: 2, Segment: segs[3].Segment, Proof: segs[2].Proof})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := DecodeSegmentProof(forged, plan.LogSteps, vk); !errors.Is(err, prover.ErrInvalidProof) {
		t.Fatalf("a kept proof with another segment's statement: %v", err)
	}
	if _, err := DecodeSegmentProof(b[:len(b)/2], plan.LogSteps, vk); err == nil {
		t.Fatal("a truncated kept proof was accepted")
	}
	// A failing keeper stops the run.
	boom := errors.New("disk full")
	if _, err := ProveSegments(ctx, plan, prog, in, executor.Config{}, []SegmentProver{p}, nil,
		func(*SegmentProof) error { return boom }, nil); !errors.Is(err, boom) {
		t.Fatalf("keeper error: %v", err)
	}
	// ProveTop calls AfterSegments once, when every segment is proven
	// (here all kept) and before the first aggregation (the CLI stops its
	// prove workers there). The keys have no aggregation key (its prover is
	// opened for verification only, no verifying keys), so the run stops at
	// its first aggregation.
	verifyOnly, err := prover.Open(ctx, p.Root(), prover.WithFamily(prover.RV32IMSegments{}),
		prover.WithClasses(provertest.SegmentClass), prover.WithVerifyOnly())
	if err != nil {
		t.Fatal(err)
	}
	all := map[int]*SegmentProof{}
	for _, sp := range segs {
		all[sp.Index] = sp
	}
	var events []string
	var last Status
	_, err = ProveTop(ctx, &Keys{LogSteps: provertest.SegmentClass, Segment: p, Aggregate: verifyOnly}, prog, in, Options{
		Have: all,
		Progress: func(s Status) {
			if s.Stage != last.Stage {
				events = append(events, string(s.Stage))
			}
			last = s
		},
		AfterSegments: func() { events = append(events, fmt.Sprintf("after %d/%d", last.SegmentsDone, last.Segments)) }})
	if err == nil || !strings.Contains(err.Error(), "aggregating segments 0-1") {
		t.Fatalf("want the run to stop at its first aggregation: %v", err)
	}
	want := []string{"segments", fmt.Sprintf("after %d/%d", len(segs), len(segs)), "aggregate"}
	if fmt.Sprint(events) != fmt.Sprint(want) {
		t.Fatalf("events %q, want %q", events, want)
	}

	// Cancelled.
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := ProveSegments(cctx, plan, prog, in, executor.Config{}, []SegmentProver{p}, nil, nil, nil); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled: %v", err)
	}
}

func segVK(t *testing.T, p *prover.Prover) groth16.VerifyingKey {
	t.Helper()
	keys, err := p.Keys(provertest.SegmentClass)
	if err != nil {
		t.Fatal(err)
	}
	return keys.VK
}

// TestPlanNoSegmentHolds: a run with a step that no segment of the class can
// hold (SHA256_COMPRESS below 2^11 steps, which have no SHA-256 row) is
// refused by NewPlan, before any proving; from 2^11 its segments are cut
// before each call past the class's rows.
func TestPlanNoSegmentHolds(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "examples", "sha256x", "sha256x.elf"))
	if err != nil {
		t.Fatal(err)
	}
	prog, err := executor.LoadELF(data, executor.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	in := &executor.Input{Offchain: make([]byte, 200)}
	if _, err := NewPlan(context.Background(), prog, in, executor.Config{}, provertest.SegmentClass); !errors.Is(err, executor.ErrTraceTooLong) ||
		!strings.Contains(err.Error(), "SHA256_COMPRESS") {
		t.Fatalf("sha256x in segments of 2^%d: %v", provertest.SegmentClass, err)
	}
	// Every segment holds the whole offchain input: 256 bytes at 2^5.
	in = &executor.Input{Offchain: make([]byte, 1024)}
	if _, err := NewPlan(context.Background(), prog, in, executor.Config{}, provertest.SegmentClass); !errors.Is(err, executor.ErrTraceTooLong) ||
		!strings.Contains(err.Error(), "offchain input") {
		t.Fatalf("1 KiB of offchain input in segments of 2^%d: %v", provertest.SegmentClass, err)
	}
	plan, err := NewPlan(context.Background(), prog, in, executor.Config{}, 11)
	if err != nil {
		t.Fatal(err)
	}
	calls := int(plan.Result.Counters.Syscalls.Sha256Compress)
	if plan.Segments != calls || calls < 16 {
		t.Fatalf("%d SHA256_COMPRESS calls in %d segments of 2^11 (one SHA-256 row each)", calls, plan.Segments)
	}
	t.Logf("%d cycles, %d calls: segments of %v steps", plan.Result.Cycles, calls, plan.Steps)
}

// cutOnly proves (for real) only the segments cut early: those that neither
// halt nor fill their rows; the others get no proof.
type cutOnly struct {
	SegmentProver
	n atomic.Int32
}

func (c *cutOnly) ProveAssignment(ctx context.Context, k int, a frontend.Circuit, tg prover.Target) (groth16.Proof, witness.Witness, error) {
	ca, ok := a.(*circuits.Circuit)
	if !ok {
		return nil, nil, fmt.Errorf("a %T", a)
	}
	active := 0
	for i := range ca.Steps {
		if fmt.Sprint(ca.Steps[i].Act) != "0" {
			active++
		}
	}
	if active == len(ca.Steps) || fmt.Sprint(ca.SegV[0].Last) != "0" {
		return nil, nil, nil
	}
	c.n.Add(1)
	return c.SegmentProver.ProveAssignment(ctx, k, a, tg)
}

// TestProveCutSegments: the segments of a run cut early (mext: before a
// division that its segment's divider rows cannot hold) are proven with
// the segment keys and their proofs verify.
func TestProveCutSegments(t *testing.T) {
	p := segProver(t)
	data, err := os.ReadFile(filepath.Join("..", "..", "examples", "mext", "mext.elf"))
	if err != nil {
		t.Fatal(err)
	}
	prog, err := executor.LoadELF(data, executor.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	in := &executor.Input{}
	plan, err := NewPlan(ctx, prog, in, executor.Config{}, provertest.SegmentClass)
	if err != nil {
		t.Fatal(err)
	}
	cp := &cutOnly{SegmentProver: p}
	segs, err := ProveSegments(ctx, plan, prog, in, executor.Config{}, []SegmentProver{cp}, nil, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	vk := segVK(t, p)
	proven := 0
	for _, sp := range segs {
		if sp.Proof == nil {
			continue
		}
		if n := sp.Segment.Out.Cycles - sp.Segment.In.Cycles; n >= 1<<plan.LogSteps || sp.Segment.Out.Halted {
			t.Fatalf("segment %d of %d steps (halted: %v) is not cut early", sp.Index, n, sp.Segment.Out.Halted)
		}
		b, err := EncodeSegmentProof(plan.LogSteps, sp)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := DecodeSegmentProof(b, plan.LogSteps, vk); err != nil {
			t.Fatalf("the proof of cut segment %d: %v", sp.Index, err)
		}
		proven++
	}
	if proven == 0 || proven != int(cp.n.Load()) {
		t.Fatalf("%d cut segments proven and verified, %d proofs made", proven, cp.n.Load())
	}
	t.Logf("%d of %d segments cut early, proven and verified", proven, plan.Segments)
}
