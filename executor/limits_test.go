package executor

import (
	"context"
	"errors"
	"testing"

	"github.com/zkprover/zkprover/isa"
)

// TestLimitsAtMostISA: the defaults are the zkVM's maxima (package isa, the
// limits the circuit enforces), and a configuration above one is rejected
// by every entry point, while one below is accepted.
func TestLimitsAtMostISA(t *testing.T) {
	d := DefaultConfig()
	if d.MaxTraceSteps != isa.MaxSteps || d.Limits != (Limits{isa.MaxImageBytes, isa.MaxOffchainBytes, isa.MaxStateEntries,
		isa.MaxLogLine, isa.MaxLogBytes, isa.MaxMemoryBytes}) {
		t.Fatalf("defaults %+v are not the isa maxima", d)
	}
	if err := d.Validate(); err != nil {
		t.Fatalf("default config: %v", err)
	}
	if err := (Config{}).Validate(); err != nil {
		t.Fatalf("zero config: %v", err)
	}
	low := Limits{MaxImageBytes: 4096, MaxOffchainBytes: 16, MaxStateEntries: 1, MaxLogLine: 8, MaxLogBytes: 8, MaxMemoryBytes: PageBytes}
	if err := low.Validate(); err != nil {
		t.Fatalf("lower limits: %v", err)
	}
	above := map[string]Config{
		"image":       {Limits: Limits{MaxImageBytes: isa.MaxImageBytes + 4}},
		"offchain":    {Limits: Limits{MaxOffchainBytes: isa.MaxOffchainBytes + 1}},
		"state":       {Limits: Limits{MaxStateEntries: isa.MaxStateEntries + 1}},
		"log line":    {Limits: Limits{MaxLogLine: isa.MaxLogLine + 1}},
		"log bytes":   {Limits: Limits{MaxLogBytes: isa.MaxLogBytes + 1}},
		"memory":      {Limits: Limits{MaxMemoryBytes: isa.MaxMemoryBytes + PageBytes}},
		"huge memory": {Limits: Limits{MaxMemoryBytes: 1 << 63}},
		"negative":    {Limits: Limits{MaxOffchainBytes: -1}},
		"trace steps": {MaxTraceSteps: isa.MaxSteps + 1},
	}
	p := mustProgram(t, prog(halt()))
	for name, cfg := range above {
		if err := cfg.Validate(); !errors.Is(err, ErrBadConfig) {
			t.Errorf("%s: Validate: %v, want ErrBadConfig", name, err)
		}
		if _, err := Run(context.Background(), p, nil, cfg); !errors.Is(err, ErrBadConfig) {
			t.Errorf("%s: Run: %v, want ErrBadConfig", name, err)
		}
		if _, _, err := RunTrace(context.Background(), p, nil, cfg); !errors.Is(err, ErrBadConfig) {
			t.Errorf("%s: RunTrace: %v, want ErrBadConfig", name, err)
		}
		if cfg.Limits == (Limits{}) {
			continue
		}
		if _, err := LoadELF(goodELF(), cfg.Limits); !errors.Is(err, ErrBadConfig) {
			t.Errorf("%s: LoadELF: %v, want ErrBadConfig", name, err)
		}
		if err := (&Input{}).Validate(cfg.Limits); !errors.Is(err, ErrBadConfig) {
			t.Errorf("%s: Input.Validate: %v, want ErrBadConfig", name, err)
		}
	}
	if _, err := Run(context.Background(), p, nil, Config{MaxCycles: 1 << 40}); err != nil {
		t.Errorf("MaxCycles has no maximum (only proofs do): %v", err)
	}
}

// TestMemoryPages: the memory limit counts every page holding an image word
// (zero words included) or a word a load or a store accessed, as the circuit
// does; bytes read by LOG do not count.
func TestMemoryPages(t *testing.T) {
	pages := func(words []uint32, lim uint64) (uint64, error) {
		r, _, err := runBoth(t, words, nil, Config{Limits: Limits{MaxMemoryBytes: lim * PageBytes}})
		if err != nil {
			return 0, err
		}
		return r.Counters.MemBytes / PageBytes, nil
	}
	// Image at 0x1000: one page. Loads from two fresh pages, a store to a third.
	loads := prog(LUI(t0, 0x10000), LW(t1, t0, 0), LUI(t0, 0x20000), LBU(t1, t0, 3), LUI(t0, 0x30000), SW(t1, t0, 0), halt())
	if n, err := pages(loads, 4); err != nil || n != 4 {
		t.Errorf("image + 2 loaded + 1 stored page: %d pages, %v; want 4", n, err)
	}
	if _, err := pages(loads, 3); !errors.Is(err, ErrMemoryLimit) {
		t.Errorf("with a limit of 3 pages: %v, want ErrMemoryLimit", err)
	} else if f := (*Fault)(nil); errors.As(err, &f) && f.PC != 0x1014 {
		t.Errorf("fault at 0x%x, want the store at 0x1014", f.PC)
	}
	if _, err := pages(loads, 2); !errors.Is(err, ErrMemoryLimit) {
		t.Errorf("with a limit of 2 pages: %v, want ErrMemoryLimit", err)
	} else if f := (*Fault)(nil); errors.As(err, &f) && f.PC != 0x100c {
		t.Errorf("fault at 0x%x, want the load at 0x100c", f.PC)
	}
	// LOG reads an untouched page: nothing more is in use.
	logs := prog(LUI(a0, 0x10000), ADDI(a1, zero, 16), ADDI(a7, zero, SysLog), ECALL, halt())
	if n, err := pages(logs, 1); err != nil || n != 1 {
		t.Errorf("LOG of an untouched page: %d pages, %v; want 1", n, err)
	}
	// An image whose words are zero over a page boundary uses both pages.
	words := make([]uint32, PageBytes/4)
	copy(words, prog(halt()))
	if n, err := pages(words, 2); err != nil || n != 2 {
		t.Errorf("image over two pages: %d pages, %v; want 2", n, err)
	}
	p := mustProgram(t, words)
	if _, err := Run(context.Background(), p, nil, Config{Limits: Limits{MaxMemoryBytes: PageBytes}}); !errors.Is(err, ErrBadInput) {
		t.Errorf("image of two pages, limit one: %v, want ErrBadInput", err)
	}
}
