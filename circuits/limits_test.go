package circuits

import (
	"errors"
	"testing"

	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/isa"
	"github.com/zkprover/zkprover/statement"
)

// TestClassesWithinISALimits: no class holds more than the executor accepts
// (package isa), the largest holds exactly the executor's maxima where a
// capacity bounds them, and the limits that capacities do not bound are
// constraints from the documented classes on.
func TestClassesWithinISALimits(t *testing.T) {
	if 1<<MaxLogSteps != isa.MaxSteps || executor.DefaultMaxTraceSteps != isa.MaxSteps {
		t.Fatalf("2^MaxLogSteps = %d, isa.MaxSteps = %d, executor trace limit %d", 1<<MaxLogSteps, isa.MaxSteps, executor.DefaultMaxTraceSteps)
	}
	for k := MinLogSteps; k <= MaxLogSteps; k++ {
		c := NewClass(k)
		if 4*c.ImageWords > isa.MaxImageBytes || 4*c.OffchainWords > isa.MaxOffchainBytes || c.StateEntries > isa.MaxStateEntries {
			t.Errorf("class %s holds more than the executor accepts: %+v", c, c)
		}
		// State rows count every key the run touched, so they also bound the
		// non-zero entries at any moment (the executor's state limit).
		imagePages := (c.ImageWords+wordsPerPage-1)/wordsPerPage + 1
		if got, want := c.checksPages(), c.MemRows+imagePages > isa.MaxMemoryPages; got != want || got != (k >= 16) {
			t.Errorf("class %s: page-count constraint %v, RAM rows %d vs %d pages", c, got, c.MemRows, isa.MaxMemoryPages)
		}
		if got, want := c.checksLogBytes(), c.LogRows*isa.MaxLogLine > isa.MaxLogBytes; got != want || got != (k >= 13) {
			t.Errorf("class %s: log-budget constraint %v, %d LOG rows", c, got, c.LogRows)
		}
		if k <= 16 { // the circuit of a large class takes gigabytes
			if got := len(newCircuit(c).MemPg); (got != 0) != c.checksPages() || got != 0 && got != c.MemRows {
				t.Errorf("class %s: %d page rows", c, got)
			}
		}
	}
	top := NewClass(MaxLogSteps)
	if 4*top.ImageWords != isa.MaxImageBytes || 4*top.OffchainWords != isa.MaxOffchainBytes || top.StateEntries != isa.MaxStateEntries {
		t.Errorf("largest class %+v does not reach the executor's maxima", top)
	}
	// An offchain input or a state over the executor's limit fits no class.
	tr := &executor.Trace{Steps: make([]executor.Step, 1)}
	big := &Witness{Offchain: make([]byte, isa.MaxOffchainBytes+1), Trace: tr}
	if _, err := SmallestClass(big, MaxLogSteps); !errors.Is(err, executor.ErrTraceTooLong) {
		t.Errorf("offchain input of 1 MiB + 1: %v", err)
	}
	state := make([]statement.KV, isa.MaxStateEntries+1)
	for i := range state {
		state[i] = statement.KV{Key: uint32(i), Value: 1}
	}
	if _, err := SmallestClass(&Witness{OldState: state, Trace: tr}, MaxLogSteps); !errors.Is(err, executor.ErrTraceTooLong) {
		t.Errorf("state of %d entries: %v", len(state), err)
	}
}

// limitClasses are 2^8 classes with a memory limit of 2 or 3 pages and a log
// budget of 100 or 120 bytes, so that the constraints enforcing them apply.
func limitClasses() (tight, loose Class) {
	tight, loose = NewClass(8), NewClass(8)
	tight.pageLimit, tight.logLimit = 2, 100
	loose.pageLimit, loose.logLimit = 3, 120
	return tight, loose
}

// TestMemoryLimitAgrees: a run on 3 pages (the image's, a stored and a loaded
// page) is refused by an executor limited to 2 pages and by a circuit
// enforcing 2 pages (the replay refuses it, and a coherent witness that goes
// past the replay's check fails the constraints), and both accept it at 3.
func TestMemoryLimitAgrees(t *testing.T) {
	tight, loose := limitClasses()
	if !tight.checksPages() || !loose.checksPages() {
		t.Fatal("the test classes do not check pages")
	}
	p := threePageProgram(t, testBase)
	lim := func(pages uint64) executor.Config {
		return executor.Config{Limits: executor.Limits{MaxMemoryBytes: pages * isa.PageBytes}}
	}
	if _, err := runConfig(p, runIn{}, lim(2)); !errors.Is(err, executor.ErrMemoryLimit) {
		t.Fatalf("executor with 2 pages: %v, want ErrMemoryLimit", err)
	}
	w, err := runConfig(p, runIn{}, lim(3))
	if err != nil {
		t.Fatalf("executor with 3 pages: %v", err)
	}
	if _, err := Assign(tight, w); err == nil {
		t.Error("Assign with a limit of 2 pages accepted a run on 3")
	}
	rejectTampered(t, tight, w, "3 pages, limit 2", &tamper{overLimits: true})
	a := accept(t, loose, w)
	// Undercounting: a row on a new page claimed to be on the previous one.
	changes := 0
	for r := 1; r < len(a.MemPg); r++ {
		if a.MemPg[r].New == uint64(1) {
			changes++
			reject(t, loose, w, "page change not counted", func(a *Circuit) { a.MemPg[r].New = 0 })
		}
	}
	if changes != 2 {
		t.Errorf("%d page changes in the memory table, want 2 (pages 0, 4, 8)", changes)
	}
}

// TestLogBudgetAgrees: two LOG calls of 60 bytes are refused by an executor
// with a budget of 100 bytes and by a circuit enforcing 100, and both accept
// them with 120.
func TestLogBudgetAgrees(t *testing.T) {
	tight, loose := limitClasses()
	if !tight.checksLogBytes() || !loose.checksLogBytes() || NewClass(8).checksLogBytes() {
		t.Fatal("the test classes do not check the log budget, or 2^8 does")
	}
	p, err := executor.NewProgram(testBase, testBase, prog(
		li(a0, testBase), li(a1, 60), syscall(isa.SysLog), syscall(isa.SysLog), halt(0)))
	if err != nil {
		t.Fatal(err)
	}
	lim := func(n int) executor.Config { return executor.Config{Limits: executor.Limits{MaxLogBytes: n}} }
	if _, err := runConfig(p, runIn{}, lim(100)); !errors.Is(err, executor.ErrLogTooLarge) {
		t.Fatalf("executor with 100 bytes: %v, want ErrLogTooLarge", err)
	}
	w, err := runConfig(p, runIn{}, lim(120))
	if err != nil {
		t.Fatalf("executor with 120 bytes: %v", err)
	}
	if _, err := Assign(tight, w); err == nil {
		t.Error("Assign with a budget of 100 bytes accepted 120")
	}
	rejectTampered(t, tight, w, "120 log bytes, budget 100", &tamper{overLimits: true})
	accept(t, loose, w)
}

// TestHashClasses: the hash classes' identifiers, capacities and labels;
// identifiers that name no class are refused.
func TestHashClasses(t *testing.T) {
	for _, tc := range []struct {
		id, logSteps, sha, keccak int
		label                     string
	}{
		{12, 12, 0, 0, "2^12"},
		{0x46, 6, 1, 0, "2^6 sha256"},
		{0x4B, 11, 32, 0, "2^11 sha256"},
		{0x4E, 14, 256, 1, "2^14 sha256"},
		{0x69, 9, 0, 1, "2^9 keccak"},
		{0x6C, 12, 0, 8, "2^12 keccak"},
		{0x78, 24, 2048, 1 << 15, "2^24 keccak"},
	} {
		c, err := ClassByID(tc.id)
		if err != nil {
			t.Fatalf("%#x: %v", tc.id, err)
		}
		base := NewClass(tc.logSteps)
		if c.ID() != tc.id || c.LogSteps != tc.logSteps || c.Steps != base.Steps || c.ShaRows != tc.sha || c.KeccakRows != tc.keccak ||
			c.String() != tc.label || ClassLabel(tc.id) != tc.label {
			t.Fatalf("%#x: class %s id %#x, 2^%d steps, %d SHA-256 and %d Keccak rows; want %s, 2^%d, %d, %d",
				tc.id, c, c.ID(), c.LogSteps, c.ShaRows, c.KeccakRows, tc.label, tc.logSteps, tc.sha, tc.keccak)
		}
		if want := min(1<<max(6, tc.logSteps-2), 1<<18); tc.id >= HashSha256 && c.OffchainWords != want {
			t.Fatalf("%#x: %d offchain words, want %d", tc.id, c.OffchainWords, want)
		}
		if want := max(base.IoRows, c.OffchainWords); c.IoRows != want {
			t.Fatalf("%#x: %d I/O rows, want %d (an I/O row per offchain word at least)", tc.id, c.IoRows, want)
		}
		// Every other capacity is the base class's.
		c.Hash, c.ShaRows, c.KeccakRows, c.OffchainWords, c.IoRows = 0, base.ShaRows, base.KeccakRows, base.OffchainWords, base.IoRows
		if c != base {
			t.Fatalf("%#x: capacities %+v, want the base class's %+v", tc.id, c, base)
		}
	}
	for _, id := range []int{0, 3, 25, 0x20, 0x3F, 0x40 | 3, 0x45, 0x40 | 25, 0x68, 0x60 | 30, 0x80 | 12, 0xFF, -1} {
		if c, err := ClassByID(id); err == nil {
			t.Errorf("class id %#x accepted as %s", id, c)
		}
	}
	if _, err := NewHashClass(12, 0x20); err == nil {
		t.Error("hash flag 0x20 accepted")
	}
	for s, want := range map[string]int{"": 0, "none": 0, "sha256": HashSha256, "keccak": HashKeccak} {
		if got, err := ParseHash(s); err != nil || got != want {
			t.Errorf("ParseHash(%q) = %#x, %v; want %#x", s, got, err, want)
		}
	}
	if _, err := ParseHash("sha3"); err == nil {
		t.Error(`ParseHash("sha3") accepted`)
	}
}

// threePageProgram is loaded at base (and entered there): it stores to page
// 4 and loads from page 8, so with its image's page it uses three pages.
func threePageProgram(t *testing.T, base uint32) *executor.Program {
	t.Helper()
	p, err := executor.NewProgram(base, base, prog(
		uType(0x10000, t0, 0x37), store(2, t0, t0, 0), // sw t0, 0(t0): page 4
		uType(0x20000, t0, 0x37), load(2, t1, t0, 0), // lw t1, 0(t0): page 8
		halt(0)))
	if err != nil {
		t.Fatal(err)
	}
	return p
}
