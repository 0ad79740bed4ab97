package recursion

import (
	"errors"
	"math"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/algebra/emulated/sw_bn254"
	"github.com/consensys/gnark/std/math/emulated"

	"github.com/zkprover/zkprover/statement"
)

// Solver-level tests of the aggregation and final circuits: each compiles
// the circuit once and checks assignments with the solver (ccs.IsSolved:
// compiling dominates; the test engine of gnark/test would need testify,
// which go.mod does not list). Inner proofs are real Groth16 proofs of toy
// circuits. The final circuit's test (2.2M constraints, about 30 s, 2.4 GB)
// runs in every go test; the aggregation circuit's (4.7M constraints, about
// 110 s, 5.2 GB) only with ZKPROVER_E2E=1.

type fixture struct {
	seg1, seg2, other *toyKeys // allowed segment keys, a key not allowed
	agg               *toyKeys // stand-in for the aggregation key
	aggHash           fr.Element
	allowed           []fr.Element
}

var (
	fixOnce sync.Once
	fix     fixture
)

func getFixture(t *testing.T) *fixture {
	t.Helper()
	fixOnce.Do(func() {
		fix.seg1, fix.seg2, fix.other = newToy(t, false), newToy(t, false), newToy(t, false)
		fix.agg = newToy(t, true)
		var err error
		if fix.aggHash, err = VKHash(fix.agg.vk); err != nil {
			t.Fatal(err)
		}
		for _, k := range []*toyKeys{fix.seg1, fix.seg2} {
			h, err := VKHash(k.vk)
			if err != nil {
				t.Fatal(err)
			}
			fix.allowed = append(fix.allowed, h)
		}
	})
	return &fix
}

func TestAggregateSolver(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: compiles the 4.7M-constraint aggregation circuit (about 1 to 2 minutes, 5.7 GB)")
	}
	f := getFixture(t)
	c, err := NewAggregateCircuit(f.allowed)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	ccs, err := Compile(c)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("aggregation circuit: %d constraints, compiled in %s", ccs.GetNbConstraints(), time.Since(start))
	// the aggregation circuit has the inner shape, so that aggregations verify aggregations
	cmts := ccs.GetCommitments().(constraint.Groth16Commitments)
	if ccs.GetNbPublicVariables() != 1+innerPublic || len(cmts) != innerCommitments || len(cmts[0].PublicAndCommitmentCommitted) != 0 {
		t.Fatalf("aggregation circuit: %d public variables, %d commitments", ccs.GetNbPublicVariables(), len(cmts))
	}

	ctx, b0, b1, b2, b3 := el(100), el(10), el(11), el(12), el(13)
	s01 := f.seg1.prove(t, nil, ctx, b0, b1)
	s12 := f.seg2.prove(t, nil, ctx, b1, b2)
	s23 := f.seg1.prove(t, nil, ctx, b2, b3)
	check := func(name string, want bool, vkHash fr.Element, left, right *ChildInput, tamper func(*AggregateCircuit)) {
		t.Helper()
		a, _, err := AggregateAssignment(vkHash, left, right)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if tamper != nil {
			tamper(a)
		}
		expectSolved(t, ccs, name, want, a)
	}
	h := f.aggHash
	check("adjacent segments", true, h, s01, s12, nil)
	check("non-adjacent", false, h, s01, s23, nil)
	check("swapped", false, h, s12, s01, nil)
	otherCtx := f.seg1.prove(t, nil, el(101), b1, b2)
	check("different ctx", false, h, s01, otherCtx, nil)
	check("key not allowed", false, h, s01, f.other.prove(t, nil, ctx, b1, b2), nil)
	// a segment proof claimed as an aggregate (its key is not the vkHash)
	asAgg := *s12
	asAgg.IsAggregate = true
	check("segment as aggregate", false, h, s01, &asAgg, nil)
	check("tampered proof", false, h, s01, s12, func(a *AggregateCircuit) {
		a.Right.Proof.Ar, a.Left.Proof.Ar = a.Left.Proof.Ar, a.Right.Proof.Ar
	})
	check("tampered D", false, h, s01, s12, func(a *AggregateCircuit) { a.D = el(1) })
	// the inner verifier (assertInnerProof): a proof point off the curve,
	// and a key whose −α, β are another key's (the main equation's fourth
	// pair; VKHash covers them)
	check("A off the curve", false, h, s01, s12, func(a *AggregateCircuit) {
		_, _, g1, _ := bn254.Generators()
		g1.X.SetOne() // (1, 2) is the generator: (1, 2) with x = 1 + 1 is not on y² = x³ + 3
		g1.X.Double(&g1.X)
		a.Right.Proof.Ar = sw_bn254.NewG1Affine(g1)
	})
	otherVK, err := valueOfVK(f.other.vk)
	if err != nil {
		t.Fatal(err)
	}
	check("key with another key's α and β", false, h, s01, s12, func(a *AggregateCircuit) {
		a.Right.VK.AlphaNeg, a.Right.VK.Beta = otherVK.AlphaNeg, otherVK.Beta
	})
	// the key's G2 lines are witness values pinned by VKHash: one limb
	// changed is another hash; a carry moved between two limbs of one
	// coordinate (the same integer, the same packed element, so the same
	// VKHash and a pairing that still holds) is refused only by the 64-bit
	// range check that gnark's emulated arithmetic puts on every limb it is
	// given (the packing's injectivity, docs/recursion.md)
	check("key with a tampered β line", false, h, s01, s12, func(a *AggregateCircuit) {
		l := a.Right.VK.Beta.Lines[0][10]
		l.R0.A0.Initialize(Field())
		limbs := append([]frontend.Variable(nil), l.R0.A0.Limbs...)
		limbs[0] = new(big.Int).Add(limbs[0].(*big.Int), big.NewInt(1))
		l.R0.A0 = emulated.Element[sw_bn254.BaseField]{Limbs: limbs}
	})
	check("key with a carry between two limbs of a β line", false, h, s01, s12, func(a *AggregateCircuit) {
		l := a.Right.VK.Beta.Lines[0][10]
		l.R0.A0.Initialize(Field())
		limbs := append([]frontend.Variable(nil), l.R0.A0.Limbs...)
		lo, hi := limbs[0].(*big.Int), limbs[1].(*big.Int)
		if hi.Sign() == 0 {
			t.Fatal("fixture: limb 1 is zero")
		}
		limbs[0] = new(big.Int).Add(lo, new(big.Int).Lsh(big.NewInt(1), 64))
		limbs[1] = new(big.Int).Sub(hi, big.NewInt(1))
		l.R0.A0 = emulated.Element[sw_bn254.BaseField]{Limbs: limbs}
		got, err := hashVK(&a.Right.VK)
		if err != nil || got != fix.allowed[1] {
			t.Fatalf("carry forgery: VKHash %v (%v), want the allowed key's", got, err)
		}
	})
	// depth 2: an aggregate child (stand-in key whose hash is vkHash) and a segment
	a02 := f.agg.prove(t, &h, ctx, b0, b2)
	check("aggregate + segment", true, h, a02, s23, nil)
	wrong := el(77)
	a02w := f.agg.prove(t, &wrong, ctx, b0, b2)
	check("aggregate child with another vkHash", false, h, a02w, s23, nil)
	check("aggregate child, outer vkHash not its key's", false, wrong, a02w, s23, nil)
	checkAggregateJobs(t, f, ccs)
}

var (
	finalOnce sync.Once
	finalCS   constraint.ConstraintSystem
)

// finalCCS compiles the final circuit over the fixture's keys once (the
// aggregation stand-in and seg1).
func finalCCS(t *testing.T) constraint.ConstraintSystem {
	t.Helper()
	f := getFixture(t)
	finalOnce.Do(func() {
		c, err := NewFinalCircuit(f.agg.vk, []groth16.VerifyingKey{f.seg1.vk})
		if err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		ccs, err := Compile(c)
		if err != nil {
			t.Fatal(err)
		}
		// one commitment, that of the emulated arithmetic (docs/recursion.md)
		if n := len(ccs.GetCommitments().(constraint.Groth16Commitments)); n != 1 {
			t.Fatalf("final circuit has %d commitments", n)
		}
		t.Logf("final circuit: %d constraints, compiled in %s", ccs.GetNbConstraints(), time.Since(start))
		finalCS = ccs
	})
	if finalCS == nil {
		t.Fatal("final circuit did not compile")
	}
	return finalCS
}

// run is a run of one statement: its context, start and end.
type run struct {
	pub     *statement.Public
	ctx     fr.Element
	in, out statement.Boundary
}

func newRun(t *testing.T) *run {
	t.Helper()
	r := &run{pub: testPublic()}
	elems, err := r.pub.Elements()
	if err != nil {
		t.Fatal(err)
	}
	r.ctx = statement.SegCtx(elems)
	r.in = statement.InitialBoundary(0x1000, r.pub.OldStateRoot)
	r.out = statement.Boundary{Cycles: 12345, OutCount: 2, Halted: true, MemRoot: el(3), StateRoot: r.pub.NewStateRoot}
	r.out.Regs[10] = 7
	return r
}

func TestFinalSolver(t *testing.T) {
	if testing.Short() {
		t.Skip("final circuit solver test (about 30 s)")
	}
	f := getFixture(t)
	ccs := finalCCS(t)

	r := newRun(t)
	h := f.aggHash
	childProof := func(key int, in, out statement.Boundary) groth16.Proof {
		if key == 0 {
			return f.agg.prove(t, &h, r.ctx, in.Digest(), out.Digest()).Proof
		}
		return f.seg1.prove(t, nil, r.ctx, in.Digest(), out.Digest()).Proof
	}
	check := func(name string, want bool, in *FinalInput, tamper func(*FinalCircuit)) {
		t.Helper()
		a, _, err := FinalAssignment(in)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if tamper != nil {
			tamper(a)
		}
		expectSolved(t, ccs, name, want, a)
	}
	const budget = 20000 // the run has 12345 cycles
	good := &FinalInput{Proof: childProof(0, r.in, r.out), Key: 0, Public: r.pub, In: r.in, Out: r.out, MaxCycles: budget}
	check("aggregate child", true, good, nil)
	check("one segment", true, &FinalInput{Proof: childProof(1, r.in, r.out), Key: 1, Public: r.pub, In: r.in, Out: r.out, MaxCycles: budget}, nil)
	check("segment proof as aggregate", false, &FinalInput{Proof: childProof(1, r.in, r.out), Key: 0, Public: r.pub, In: r.in, Out: r.out, MaxCycles: budget}, nil)

	late := r.in
	late.Cycles = 5
	check("in.Cycles != 0", false, &FinalInput{Proof: childProof(0, late, r.out), Public: r.pub, In: late, Out: r.out, MaxCycles: budget}, nil)
	running := r.out
	running.Halted = false
	check("out not halted", false, &FinalInput{Proof: childProof(0, r.in, running), Public: r.pub, In: r.in, Out: running, MaxCycles: budget}, nil)
	// a digest of another statement: for each field, the public digest of
	// the changed statement with the original opening and proof
	for name, mod := range publicMods() {
		p := testPublic()
		mod(p)
		d, err := FinalDigest(p, budget)
		if err != nil {
			t.Fatal(err)
		}
		check("digest: "+name, false, good, func(a *FinalCircuit) { a.Digest = d })
	}
	// a changed statement, consistently hashed, with the original proof
	p := testPublic()
	p.ExitCode = 0
	check("statement not the proof's", false, &FinalInput{Proof: good.Proof, Public: p, In: r.in, Out: r.out, MaxCycles: budget}, nil)

	// The cycle budget. withBudget rewrites the layout's maxCycles bytes and
	// the digest consistently (what a prover over budget would have to do).
	withBudget := func(m uint64) func(*FinalCircuit) {
		return func(a *FinalCircuit) {
			for k := range 8 {
				a.Layout[offMaxCycles+k] = byte(m >> (56 - 8*k))
			}
			d, err := FinalDigest(r.pub, m)
			if err != nil {
				t.Fatal(err)
			}
			a.Digest = d
		}
	}
	cycles := r.out.Cycles
	exact := *good
	exact.MaxCycles = cycles
	check("cycles == maxCycles", true, &exact, nil)
	huge := *good
	huge.MaxCycles = math.MaxUint64
	check("maxCycles 2^64-1", true, &huge, nil)
	check("cycles == maxCycles+1", false, &exact, withBudget(cycles-1))
	check("maxCycles 1", false, &exact, withBudget(1))
	check("digest over another maxCycles", false, good, func(a *FinalCircuit) {
		d, err := FinalDigest(r.pub, budget+1)
		if err != nil {
			t.Fatal(err)
		}
		a.Digest = d
	})
	check("layout with another maxCycles", false, good, func(a *FinalCircuit) { a.Layout[offMaxCycles+7] = 0 })
	// maxCycles 0 proves nothing, not even a run whose opening says 0 cycles
	zero := r.out
	zero.Cycles = 0
	empty := &FinalInput{Proof: childProof(0, r.in, zero), Public: r.pub, In: r.in, Out: zero, MaxCycles: 1}
	check("0 cycles, maxCycles 1 (control)", true, empty, nil)
	check("0 cycles, maxCycles 0", false, empty, withBudget(0))
	// FinalAssignment refuses a run over its budget before any solving
	for _, m := range []uint64{0, cycles - 1} {
		over := *good
		over.MaxCycles = m
		if _, _, err := FinalAssignment(&over); !errors.Is(err, ErrOverBudget) {
			t.Errorf("FinalAssignment with %d cycles, maxCycles %d: %v", cycles, m, err)
		}
	}
}
