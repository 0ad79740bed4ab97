package recursion

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"math"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/constraint"

	"github.com/zkprover/zkprover/statement"
)

// twoJobs returns two consecutive jobs of one program: the second starts
// from the first's new state root, with the next batch number and the acc
// the first ends with.
func twoJobs(t *testing.T, maxCycles uint64) (*JobInput, *JobInput) {
	t.Helper()
	p1 := testPublic()
	p2 := testPublic()
	p2.Context.BatchNum = p1.Context.BatchNum + 1
	p2.Context.Timestamp++
	p2.OnchainInput = []byte("the second job's input")
	p2.OldStateRoot = p1.NewStateRoot
	p2.NewStateRoot = statement.StateRoot([]statement.KV{{Key: 1, Value: 3}})
	acc0 := digestOf([]byte("genesis"))
	j1 := newJob(p1, acc0, 1000, maxCycles)
	s1, err := j1.Sequence()
	if err != nil {
		t.Fatal(err)
	}
	return j1, newJob(p2, s1.NewAcc, 2000, maxCycles)
}

func newJob(pub *statement.Public, acc fr.Element, cycles, maxCycles uint64) *JobInput {
	out := statement.Boundary{Cycles: cycles, OutCount: 2, Halted: true, MemRoot: el(3), StateRoot: pub.NewStateRoot}
	out.Regs[10] = 7
	return &JobInput{Public: pub, In: statement.InitialBoundary(0x1000, pub.OldStateRoot), Out: out, AccOld: acc, MaxCycles: maxCycles}
}

func seqOf(t *testing.T, j *JobInput) *Sequence {
	t.Helper()
	s, err := j.Sequence()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestSequenceNative(t *testing.T) {
	j1, j2 := twoJobs(t, 5000)
	s1, s2 := seqOf(t, j1), seqOf(t, j2)
	// AccNext is sha256(acc ‖ the layout's first 366 bytes), top 3 bits cleared
	lay, err := FinalLayout(j1.Public, 77)
	if err != nil {
		t.Fatal(err)
	}
	a := j1.AccOld.Bytes()
	h := sha256.Sum256(append(a[:], lay[:InputBytes]...))
	h[0] &= 0x1f
	var want fr.Element
	want.SetBigInt(new(big.Int).SetBytes(h[:]))
	if s1.NewAcc != want || !AccValid(s1.NewAcc) {
		t.Fatal("AccNext is not sha256(acc ‖ inputs) mod 2^253")
	}
	if InputBytes != 366 || !bytes.Equal(lay[InputBytes-32:InputBytes], func() []byte { b := j1.Public.OffchainHash.Bytes(); return b[:] }()) {
		t.Fatal("the inputs do not end with the offchain input hash")
	}
	if s1.OldBatch != 42 || s1.NewBatch != 43 || s1.OldStateRoot != j1.Public.OldStateRoot || s1.NewStateRoot != j1.Public.NewStateRoot || s1.MaxCycles != 5000 {
		t.Fatalf("job sequence %+v", s1)
	}
	j, err := Join(s1, s2)
	if err != nil {
		t.Fatal(err)
	}
	if j.OldStateRoot != s1.OldStateRoot || j.NewStateRoot != s2.NewStateRoot || j.OldAcc != s1.OldAcc || j.NewAcc != s2.NewAcc || j.OldBatch != 42 || j.NewBatch != 44 {
		t.Fatalf("joined %+v", j)
	}
	if j.In() != s1.In() || j.Out() != s2.Out() || j.Ctx() != s1.Ctx() {
		t.Fatal("a join's hashes are not its ends'")
	}
	for name, mod := range map[string]func(*Sequence){
		"program":   func(s *Sequence) { s.ProgramID = el(9) },
		"chain":     func(s *Sequence) { s.ChainID++ },
		"budget":    func(s *Sequence) { s.MaxCycles++ },
		"root":      func(s *Sequence) { s.OldStateRoot = el(9) },
		"acc":       func(s *Sequence) { s.OldAcc = el(9) },
		"batch":     func(s *Sequence) { s.OldBatch++ },
		"reordered": func(s *Sequence) { *s = *s1 },
	} {
		b := *s2
		mod(&b)
		if _, err := Join(s1, &b); !errors.Is(err, ErrNotAdjacent) {
			t.Errorf("%s: Join: %v", name, err)
		}
	}
	// the sequence layout: marker, fields at their offsets, the aggregator
	agg := [20]byte{1, 2, 3, 19: 0xaa}
	sl, err := SeqLayout(j, agg)
	if err != nil {
		t.Fatal(err)
	}
	if len(sl) != LayoutBytes || !bytes.Equal(sl[:32], bytes.Repeat([]byte{0xff}, 32)) || !bytes.Equal(sl[seqOffAggregator:SeqLayoutUsed], agg[:]) ||
		binary.BigEndian.Uint64(sl[seqOffOldBatch:]) != 42 || binary.BigEndian.Uint64(sl[seqOffNewBatch:]) != 44 ||
		binary.BigEndian.Uint64(sl[seqOffMaxCycles:]) != 5000 || binary.BigEndian.Uint64(sl[seqOffChainID:]) != 31337 ||
		!bytes.Equal(sl[SeqLayoutUsed:], make([]byte, LayoutBytes-SeqLayoutUsed)) {
		t.Fatalf("sequence layout % x", sl[:SeqLayoutUsed])
	}
	d, err := SeqDigest(j, agg)
	if err != nil {
		t.Fatal(err)
	}
	if d != digestOf(sl) {
		t.Fatal("SeqDigest is not the layout's digest")
	}
	other, _ := SeqDigest(j, [20]byte{1})
	if other == d {
		t.Fatal("the aggregator is not in the digest")
	}
	// a run layout never starts with the marker: its program id is below r
	if lay[0] == 0xff {
		t.Fatal("run layout starts with 0xff")
	}
	// refusals
	bad := *j
	bad.NewAcc.SetBigInt(new(big.Int).Lsh(big.NewInt(1), 253))
	if _, err := SeqLayout(&bad, agg); err == nil {
		t.Error("SeqLayout took an acc of 2^253")
	}
	if _, err := AccNext(bad.NewAcc, j1.Public); err == nil {
		t.Error("AccNext took an acc of 2^253")
	}
	last := testPublic()
	last.Context.BatchNum = math.MaxUint64
	if _, err := JobSequence(last, el(0), 1); err == nil {
		t.Error("JobSequence took batch 2^64-1")
	}
}

// TestSeqFinalSolver checks the final circuit's sequence mode with the
// solver (the circuit compiled once with TestFinalSolver's).
func TestSeqFinalSolver(t *testing.T) {
	if testing.Short() {
		t.Skip("final circuit solver test (about 30 s)")
	}
	f := getFixture(t)
	ccs := finalCCS(t)
	h := f.aggHash
	const budget = 5000
	j1, j2 := twoJobs(t, budget)
	s1, s2 := seqOf(t, j1), seqOf(t, j2)
	s12, err := Join(s1, s2)
	if err != nil {
		t.Fatal(err)
	}
	agg := [20]byte{0xa1, 19: 0x77}
	// an aggregation of the two jobs (stand-in), and the jobs' run proofs
	aggOf := func(s *Sequence) groth16.Proof { return f.agg.prove(t, &h, s.Ctx(), s.In(), s.Out()).Proof }
	runProof := func(j *JobInput, key int) groth16.Proof {
		ctx, in, out, err := j.Run()
		if err != nil {
			t.Fatal(err)
		}
		if key == 0 {
			return f.agg.prove(t, &h, ctx, in, out).Proof
		}
		return f.seg1.prove(t, nil, ctx, in, out).Proof
	}
	check := func(name string, want bool, in *SeqFinalInput, tamper func(*FinalCircuit)) {
		t.Helper()
		a, d, err := SeqFinalAssignment(in)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if want {
			if wd, _ := SeqDigest(in.Sequence, in.Aggregator); wd != d {
				t.Fatalf("%s: digest", name)
			}
		}
		if tamper != nil {
			tamper(a)
		}
		expectSolved(t, ccs, name, want, a)
	}
	good := &SeqFinalInput{Proof: aggOf(s12), Key: 0, Sequence: s12, Aggregator: agg}
	check("aggregation of two jobs", true, good, nil)
	check("one job, aggregate child", true, &SeqFinalInput{Proof: runProof(j1, 0), Key: 0, Sequence: s1, Aggregator: agg, Job: j1}, nil)
	check("one job, one segment", true, &SeqFinalInput{Proof: runProof(j2, 1), Key: 1, Sequence: s2, Aggregator: agg, Job: j2}, nil)

	// the digest of another sequence or aggregator, with this proof
	mods := map[string]func(*Sequence, *[20]byte){
		"aggregator": func(_ *Sequence, a *[20]byte) { a[5] = 1 },
		"program":    func(s *Sequence, _ *[20]byte) { s.ProgramID = el(5) },
		"chain":      func(s *Sequence, _ *[20]byte) { s.ChainID++ },
		"budget":     func(s *Sequence, _ *[20]byte) { s.MaxCycles++ },
		"old root":   func(s *Sequence, _ *[20]byte) { s.OldStateRoot = el(9) },
		"new root":   func(s *Sequence, _ *[20]byte) { s.NewStateRoot = el(9) },
		"old acc":    func(s *Sequence, _ *[20]byte) { s.OldAcc = el(9) },
		"new acc":    func(s *Sequence, _ *[20]byte) { s.NewAcc = el(9) },
		"old batch":  func(s *Sequence, _ *[20]byte) { s.OldBatch++ },
		"new batch":  func(s *Sequence, _ *[20]byte) { s.NewBatch++ },
	}
	for name, mod := range mods {
		s, a := *s12, agg
		mod(&s, &a)
		d, err := SeqDigest(&s, a)
		if err != nil {
			t.Fatal(err)
		}
		if name == "aggregator" { // the digest alone: one case shows it (TestFinalSolver does each for runs)
			check("digest: "+name, false, good, func(c *FinalCircuit) { c.Digest = d })
		}
		// consistently: layout and digest of the changed sequence. The
		// aggregator is only bound by the digest: whoever holds the
		// aggregation proof can wrap it for any address, but a final proof
		// made for one address does not verify for another (above).
		check("sequence: "+name, name == "aggregator", &SeqFinalInput{Proof: good.Proof, Sequence: &s, Aggregator: a}, nil)
	}
	// an acc's bytes that alias it modulo r (acc + r < 2^256): refused
	check("old acc + r", false, good, func(c *FinalCircuit) {
		v := new(big.Int).Add(s12.OldAcc.BigInt(new(big.Int)), Field())
		var b [32]byte
		v.FillBytes(b[:])
		lay := make([]byte, LayoutBytes)
		for i := range lay {
			lay[i] = c.Layout[i].(byte)
		}
		copy(lay[seqOffOldAcc:], b[:])
		for i := range lay {
			c.Layout[i] = lay[i]
		}
		c.Digest = digestOf(lay)
	})
	// one job: the run must be whole and within the budget, and its
	// sequence the digest's
	late := *j1
	late.In.Cycles = 5
	check("job: in.Cycles != 0", false, &SeqFinalInput{Proof: runProof(&late, 0), Sequence: s1, Aggregator: agg, Job: &late}, nil)
	running := *j1
	running.Out.Halted = false
	check("job: not halted", false, &SeqFinalInput{Proof: runProof(&running, 0), Sequence: s1, Aggregator: agg, Job: &running}, nil)
	over := *j1
	over.MaxCycles = over.Out.Cycles - 1
	check("job: over its budget", false, &SeqFinalInput{Proof: runProof(&over, 0), Sequence: seqOf(t, &over), Aggregator: agg, Job: &over}, nil)
	exact := *j1
	exact.MaxCycles = exact.Out.Cycles
	check("job: cycles == budget", true, &SeqFinalInput{Proof: runProof(&exact, 0), Sequence: seqOf(t, &exact), Aggregator: agg, Job: &exact}, nil)
	otherAcc := *j1
	otherAcc.AccOld = el(12345)
	check("job: any old acc", true, &SeqFinalInput{Proof: runProof(&otherAcc, 0), Sequence: seqOf(t, &otherAcc), Aggregator: agg, Job: &otherAcc}, nil)
	check("job: sequence with another old acc", false, &SeqFinalInput{Proof: runProof(j1, 0), Sequence: seqOf(t, &otherAcc), Aggregator: agg, Job: j1}, nil)
	check("job: another job's proof", false, &SeqFinalInput{Proof: runProof(j2, 0), Sequence: s1, Aggregator: agg, Job: j1}, nil)
	check("job: run proof as an aggregation of jobs", false, &SeqFinalInput{Proof: runProof(j1, 0), Sequence: s1, Aggregator: agg}, nil)
	check("aggregation of jobs opened as a job", false, &SeqFinalInput{Proof: aggOf(s1), Sequence: s1, Aggregator: agg, Job: j1}, nil)
	// an aggregation of jobs must be under the aggregation key (the toy segment circuit,
	// unlike the real one, can hash a sequence's ctx)
	segSeq := f.seg1.prove(t, nil, s12.Ctx(), s12.In(), s12.Out()).Proof
	check("aggregation of jobs under a segment key", false, &SeqFinalInput{Proof: segSeq, Key: 1, Sequence: s12, Aggregator: agg}, nil)
	check("mode bit 2", false, good, func(c *FinalCircuit) { c.Seq = 2 })
	// the job's statement changed (its inputs, its outputs) with its proof
	for name, mod := range publicMods() {
		switch name {
		case "onchain", "batch", "old root", "new root", "exit", "output":
		default:
			continue // the rest are bound the same way (TestFinalSolver checks each)
		}
		p := testPublic()
		mod(p)
		changed := *j1
		changed.Public = p
		s, err := changed.Sequence()
		if err != nil {
			t.Fatal(err)
		}
		check("job statement: "+name, false, &SeqFinalInput{Proof: runProof(j1, 0), Sequence: s, Aggregator: agg, Job: &changed}, nil)
	}

	// modes: a sequence layout read as a run, a run layout as a sequence,
	// a job opened in run mode
	check("sequence layout in run mode", false, good, func(c *FinalCircuit) { c.Seq = 0 })
	r := newRun(t)
	runIn := &FinalInput{Proof: f.agg.prove(t, &h, r.ctx, r.in.Digest(), r.out.Digest()).Proof, Public: r.pub, In: r.in, Out: r.out, MaxCycles: budget * 4}
	a, _, err := FinalAssignment(runIn)
	if err != nil {
		t.Fatal(err)
	}
	if err := isSolved(ccs, a); err != nil {
		t.Fatalf("run mode control: %v", err)
	}
	a.Seq = 1
	if isSolved(ccs, a) == nil {
		t.Error("run layout accepted in sequence mode")
	}
	a.Seq = 0
	if err := j1.assign(&a.Job); err != nil {
		t.Fatal(err)
	}
	if isSolved(ccs, a) == nil {
		t.Error("job opened in run mode accepted")
	}
}

// checkAggregateJobs is TestAggregateSolver's part for sequences of jobs.
func checkAggregateJobs(t *testing.T, f *fixture, ccs constraint.ConstraintSystem) {
	h := f.aggHash
	const budget = 5000
	j1, j2 := twoJobs(t, budget)
	runChild := func(j *JobInput, key int) *ChildInput {
		ctx, in, out, err := j.Run()
		if err != nil {
			t.Fatal(err)
		}
		var ch *ChildInput
		if key == 0 {
			ch = f.agg.prove(t, &h, ctx, in, out)
		} else {
			ch = f.seg1.prove(t, nil, ctx, in, out)
		}
		ch.Job = j
		return ch
	}
	check := func(name string, want bool, left, right *ChildInput) {
		t.Helper()
		a, _, err := AggregateAssignment(h, left, right)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		expectSolved(t, ccs, name, want, a)
	}
	c1, c2 := runChild(j1, 0), runChild(j2, 1)
	check("two jobs (aggregate and one-segment runs)", true, c1, c2)
	check("two jobs swapped", false, c2, c1)
	// the second job changed so that one adjacency rule breaks, its own
	// proof made for it
	for name, mod := range map[string]func(*JobInput){
		"another old state root": func(j *JobInput) { j.Public.OldStateRoot = el(9) },
		"batch not the next":     func(j *JobInput) { j.Public.Context.BatchNum++ },
		"acc not chained":        func(j *JobInput) { j.AccOld = el(9) },
		"another budget":         func(j *JobInput) { j.MaxCycles++ },
		"another chain":          func(j *JobInput) { j.Public.Context.ChainID++ },
		"another program":        func(j *JobInput) { j.Public.ProgramID = el(9) },
	} {
		j := *j2
		p := *j2.Public
		j.Public = &p
		mod(&j)
		check("jobs: "+name, false, c1, runChild(&j, 1))
	}
	running := *j2
	running.Out.Halted = false
	check("job not halted", false, c1, runChild(&running, 1))
	late := *j2
	late.In.Cycles = 3
	check("job not from its start", false, c1, runChild(&late, 1))
	over := *j2
	over.MaxCycles = 1999
	j1b := *j1
	j1b.MaxCycles = 1999 // same budget on both sides, the second over it
	check("job over its budget", false, runChild(&j1b, 0), runChild(&over, 1))
	// a job's opening that is not its proof's run
	wrongRun := runChild(j2, 1)
	wrongRun.Job = j1
	check("job opened with another job's run", false, c1, wrongRun)
	// a job next to a plain segment of a run (no job opening)
	s1 := seqOf(t, j1)
	plain := runChild(j2, 1)
	plain.Job = nil
	check("job then a run's segment", false, c1, plain)
	// depth 2: an aggregation of jobs (stand-in) then a job
	p3 := *j2.Public
	p3.Context.BatchNum++
	p3.OldStateRoot = j2.Public.NewStateRoot
	s2 := seqOf(t, j2)
	j3 := newJob(&p3, s2.NewAcc, 300, budget)
	s12, err := Join(s1, s2)
	if err != nil {
		t.Fatal(err)
	}
	agg12 := f.agg.prove(t, &h, s12.Ctx(), s12.In(), s12.Out())
	check("aggregation of jobs + a job", true, agg12, runChild(j3, 0))
	asJob := f.agg.prove(t, &h, s12.Ctx(), s12.In(), s12.Out())
	asJob.Job = j2
	check("aggregation of jobs opened as a job", false, c1, asJob)
}
