package longrun

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/prover/provertest"
)

// FuzzSegmentTask: a fleet worker decodes a segment task (JSON, from the
// owner through the task stream) and assigns it (AssignTask). Whatever the
// bytes, it must not panic, and a task it accepts must give the public input
// the task names, one of the run's real segments (the seeds are the mext
// run's tasks, some of them cut early, and the fuzzer mutates them).
func FuzzSegmentTask(f *testing.F) {
	data, err := os.ReadFile(filepath.Join("..", "..", "examples", "mext", "mext.elf"))
	if err != nil {
		f.Fatal(err)
	}
	prog, err := executor.LoadELF(data, executor.Limits{})
	if err != nil {
		f.Fatal(err)
	}
	ctx := context.Background()
	in := &executor.Input{}
	plan, err := NewPlan(ctx, prog, in, executor.Config{}, provertest.SegmentClass)
	if err != nil {
		f.Fatal(err)
	}
	tp := &tasking{assigning: assigning{&witnesses{by: map[string][]byte{}}}, tasks: map[int]*SegmentTask{}}
	if _, err := ProveSegments(ctx, plan, prog, in, executor.Config{}, []SegmentProver{tp}, nil, nil, nil); err != nil {
		f.Fatal(err)
	}
	real := map[string]bool{}
	for _, i := range []int{0, 1, plan.Segments / 2, plan.Segments - 1} {
		b, err := json.Marshal(tp.tasks[i])
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	for _, task := range tp.tasks {
		real[task.Digest.String()] = true
	}
	run := tp.run
	runProg, err := run.Program()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var task SegmentTask
		if json.Unmarshal(b, &task) != nil {
			return
		}
		_, res, err := AssignTask(ctx, run, runProg, &task)
		if err != nil {
			return
		}
		if res.Digest != task.Digest || !real[task.Digest.String()] {
			t.Fatalf("task %d (%d steps from cycle %d) accepted with public input %s, not one of the run's segments",
				task.Index, task.Steps, task.Start.Cycles, res.Digest.String())
		}
	})
}
