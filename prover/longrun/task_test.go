package longrun

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/frontend"

	"github.com/zkprover/zkprover/circuits"
	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/prover/provertest"
	"github.com/zkprover/zkprover/statement"
)

// witnesses keeps the full witness of each assignment by its public input.
type witnesses struct {
	mu sync.Mutex
	by map[string][]byte
}

func (w *witnesses) put(a frontend.Circuit) (string, error) {
	full, err := frontend.NewWitness(a, ecc.BN254.ScalarField())
	if err != nil {
		return "", err
	}
	raw, err := full.MarshalBinary()
	if err != nil {
		return "", err
	}
	c, ok := a.(*circuits.Circuit)
	if !ok {
		return "", fmt.Errorf("a %T", a)
	}
	key := fmt.Sprint(c.Pub[0])
	w.mu.Lock()
	defer w.mu.Unlock()
	if _, dup := w.by[key]; dup {
		return "", errors.New("two assignments with one public input")
	}
	w.by[key] = raw
	return key, nil
}

// assigning is a plain SegmentProver that keeps the assignments' witnesses.
type assigning struct{ w *witnesses }

func (p *assigning) ProveAssignment(_ context.Context, _ int, a frontend.Circuit, _ prover.Target) (groth16.Proof, witness.Witness, error) {
	_, err := p.w.put(a)
	return nil, nil, err
}

// tasking is a TaskProver: it sends the run data and the task through JSON,
// as a fleet does, assigns the segment from them and keeps the witness and
// the task.
type tasking struct {
	assigning
	mu    sync.Mutex
	tasks map[int]*SegmentTask
	run   *RunData
}

func (p *tasking) ProveTask(ctx context.Context, run *RunData, t *SegmentTask, _ prover.Target) (groth16.Proof, error) {
	var r RunData
	var task SegmentTask
	if err := roundTrip(run, &r); err != nil {
		return nil, err
	}
	if err := roundTrip(t, &task); err != nil {
		return nil, err
	}
	prog, err := r.Program()
	if err != nil {
		return nil, err
	}
	a, res, err := AssignTask(ctx, &r, prog, &task)
	if err != nil {
		return nil, err
	}
	if res.Digest != t.Digest {
		return nil, errors.New("digest")
	}
	if _, err := p.w.put(a); err != nil {
		return nil, err
	}
	p.mu.Lock()
	p.tasks[task.Index], p.run = &task, &r
	p.mu.Unlock()
	return nil, nil
}

// checkTasks proves the run through a TaskProver and through plain provers
// (without proving) and checks that the tasks give the owner's own
// assignments and boundaries, segment for segment.
func checkTasks(t *testing.T, prog *executor.Program, in *executor.Input) (*Plan, *tasking) {
	t.Helper()
	ctx := context.Background()
	plan, err := NewPlan(ctx, prog, in, executor.Config{}, provertest.SegmentClass)
	if err != nil {
		t.Fatal(err)
	}
	if plan.Segments < 3 {
		t.Fatalf("only %d segments", plan.Segments)
	}
	direct := &witnesses{by: map[string][]byte{}}
	want, err := ProveSegments(ctx, plan, prog, in, executor.Config{}, []SegmentProver{&assigning{direct}, &assigning{direct}}, nil, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	viaTasks := &witnesses{by: map[string][]byte{}}
	tp := &tasking{assigning: assigning{viaTasks}, tasks: map[int]*SegmentTask{}}
	got, err := ProveSegments(ctx, plan, prog, in, executor.Config{}, []SegmentProver{tp}, nil, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := range want {
		if got[i].Segment != want[i].Segment {
			t.Fatalf("segment %d: boundaries differ", i)
		}
	}
	if len(viaTasks.by) != plan.Segments || len(direct.by) != plan.Segments {
		t.Fatalf("%d and %d witnesses for %d segments", len(viaTasks.by), len(direct.by), plan.Segments)
	}
	for k, w := range direct.by {
		if !bytes.Equal(viaTasks.by[k], w) {
			t.Fatalf("the witness of public input %s differs", k)
		}
	}
	var taskBytes int
	for _, task := range tp.tasks {
		b, _ := json.Marshal(task)
		taskBytes = max(taskBytes, len(b))
	}
	t.Logf("%d segments; the largest task is %d bytes of JSON", plan.Segments, taskBytes)
	return plan, tp
}

func roundTrip(in, out any) error {
	b, err := json.Marshal(in)
	if err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	return dec.Decode(out)
}

// TestSegmentTasks: a run proven through a TaskProver (each segment
// re-executed from its checkpoint, after a JSON round trip) gets exactly the
// assignments of the owner's own path, segment for segment, and the same
// boundaries; a task with a changed page word, register, tree node, digest
// or start, or a missing page, is refused before any proof.
func TestSegmentTasks(t *testing.T) {
	ctx := context.Background()
	prog, in := sortRun(t)
	plan, tp := checkTasks(t, prog, in)

	// A run whose later segments touch no memory (their tasks hold no page:
	// the tree is the root alone), with a context.
	fib, err := os.ReadFile(filepath.Join("..", "..", "examples", "fibonacci", "fibonacci.elf"))
	if err != nil {
		t.Fatal(err)
	}
	fibProg, err := executor.LoadELF(fib, executor.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	fibIn := &executor.Input{Onchain: statement.WordsToBytes([]uint32{12}), Context: statement.Context{ChainID: 1337, Timestamp: 1 << 40, BatchNum: 7}}
	_, fibTasks := checkTasks(t, fibProg, fibIn)
	noPages := 0
	for _, task := range fibTasks.tasks {
		if task.Index > 0 && len(task.Pages) == 0 {
			noPages++
		}
	}
	if noPages == 0 {
		t.Fatal("no fibonacci segment without pages: the case is not covered")
	}

	// A run whose divisions fill some segments' divider rows: those are cut
	// early (Plan.Steps), and their tasks say how many steps they hold.
	mext, err := os.ReadFile(filepath.Join("..", "..", "examples", "mext", "mext.elf"))
	if err != nil {
		t.Fatal(err)
	}
	mextProg, err := executor.LoadELF(mext, executor.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	mextPlan, mextTasks := checkTasks(t, mextProg, &executor.Input{})
	cut := 0
	for _, task := range mextTasks.tasks {
		if task.Steps != mextPlan.Steps[task.Index] {
			t.Fatalf("task %d of %d steps, the plan says %d", task.Index, task.Steps, mextPlan.Steps[task.Index])
		}
		if task.Index < mextPlan.Segments-1 && task.Steps < 1<<mextPlan.LogSteps {
			cut++
		}
	}
	if cut == 0 {
		t.Fatal("no mext segment cut early: the case is not covered")
	}

	// Forgeries, each on a copy of a middle segment's task.
	mid := tp.tasks[plan.Segments/2]
	prog2, err := tp.run.Program()
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := AssignTask(ctx, tp.run, prog2, mid); err != nil {
		t.Fatalf("the task itself: %v", err)
	}
	clone := func() *SegmentTask {
		var c SegmentTask
		if err := roundTrip(mid, &c); err != nil {
			t.Fatal(err)
		}
		return &c
	}
	if len(mid.Pages) == 0 || len(mid.Tree) == 0 {
		t.Fatalf("middle task without pages or tree: %+v", mid)
	}
	forged := map[string]func(*SegmentTask){
		"page word":     func(c *SegmentTask) { c.Pages[0].Words[3] ^= 1 },
		"missing page":  func(c *SegmentTask) { c.Pages = c.Pages[1:] },
		"register":      func(c *SegmentTask) { c.Start.Regs[5]++ },
		"pc":            func(c *SegmentTask) { c.Start.PC += 4 },
		"digest":        func(c *SegmentTask) { c.Digest.SetUint64(7) },
		"index 0":       func(c *SegmentTask) { c.Index = 0 }, // the first segment starts from the image
		"one step more": func(c *SegmentTask) { c.Steps++ },
		"one step less": func(c *SegmentTask) { c.Steps-- },
		"no step":       func(c *SegmentTask) { c.Steps = 0 },
		"start cycle":   func(c *SegmentTask) { c.Start.Cycles++ },
		"output count":  func(c *SegmentTask) { c.Start.OutCount++ },
	}
	// A changed tree node is refused, or is one that the assignment
	// overwrites without reading it (a node on a page's own path below the
	// root): then the assignment is the task's own.
	a0, _, _ := AssignTask(ctx, tp.run, prog2, mid)
	w0, _ := (&witnesses{by: map[string][]byte{}}).put(a0)
	refused := 0
	for i := range mid.Tree {
		c := clone()
		c.Tree[i].Hash.Add(&c.Tree[i].Hash, new(fr.Element).SetOne())
		a, _, err := AssignTask(ctx, tp.run, prog2, c)
		if err != nil {
			refused++
			continue
		}
		if w, _ := (&witnesses{by: map[string][]byte{}}).put(a); w != w0 || !bytes.Equal(raw(t, a), raw(t, a0)) {
			t.Fatalf("tree node %d (level %d) changed: another assignment accepted", i, c.Tree[i].Level)
		}
	}
	if refused == 0 {
		t.Fatal("no changed tree node was refused")
	}
	for name, f := range forged {
		c := clone()
		f(c)
		if _, _, err := AssignTask(ctx, tp.run, prog2, c); err == nil {
			t.Errorf("forged %s: accepted", name)
		}
	}
}

func raw(t *testing.T, a frontend.Circuit) []byte {
	t.Helper()
	full, err := frontend.NewWitness(a, ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	b, err := full.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	return b
}
