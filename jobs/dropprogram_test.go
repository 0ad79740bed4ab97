package jobs

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/queue"
)

// TestRefusedJobLeavesNoProgram: the new program a refused job brought
// (the store full) is not kept (it stayed for the retention period, so a
// client refused over and over filled max-program-bytes for everyone); a
// program that an accepted job uses is kept.
func TestRefusedJobLeavesNoProgram(t *testing.T) {
	// The bound that refuses the job must pass Store.CheckAdd (which the
	// service asks before it stores the program) and refuse in Add: the
	// stored bytes, with room for the first job's request only.
	held := func() int64 {
		s := newService(t, Options{Logger: testLogger()})
		submitFib(t, s, 1)
		return s.Store().StoredBytes()
	}()
	o := queue.DefaultOptions()
	o.MaxStoredBytes = held + 1
	s := newServiceOn(t, o, Options{Logger: testLogger()})
	fib := submitFib(t, s, 1) // fills the store's byte cap
	elf, err := os.ReadFile(filepath.Join("..", "examples", "bank", "bank.elf"))
	if err != nil {
		t.Fatal(err)
	}
	prog, err := executor.LoadELF(elf, executor.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	sp, err := SpecOf(prog, &executor.Input{Onchain: []byte{2, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0}}, 1, 1<<16, common.Address{})
	if err != nil {
		t.Fatal(err)
	}
	sp.Programs = map[string][]byte{prog.IDHex(): elf}
	r, err := s.Build(sp)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Submit(context.Background(), r); !errors.Is(err, queue.ErrStoreFull) {
		t.Fatalf("a job over max-stored-bytes: %v, want the store full", err)
	}
	if ok, err := s.HasProgram(prog.IDHex()); err != nil || ok {
		t.Fatalf("the refused job's program stored: %v %v", ok, err)
	}
	if j, err := s.Get(context.Background(), fib.ID); err != nil || j.Program == "" {
		t.Fatal(err)
	} else if ok, err := s.HasProgram(j.Program); err != nil || !ok {
		t.Fatalf("the queued job's program: %v %v", ok, err)
	}
}
