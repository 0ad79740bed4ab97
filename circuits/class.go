// Package circuits is the zkVM circuit: one Groth16 constraint system per
// capacity class (2^k steps) that proves a whole RV32IM run against the public
// statement of docs/zkvm.md. See docs/circuit.md for the design, the costs and
// the soundness argument rule by rule.
package circuits

import (
	"errors"
	"fmt"

	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/isa"
	"github.com/zkprover/zkprover/statement"
)

// Class is a capacity class: the circuit of a class proves any run that fits
// its capacities. All capacities are derived from LogSteps by NewClass.
type Class struct {
	LogSteps      int
	Steps         int // step rows: the cycle count must be at most Steps
	ImageWords    int // words of the loaded image
	OffchainWords int // words of the offchain input
	StateEntries  int // state keys (initial keys plus keys touched by the run)
	MemRows       int // RAM rows of the memory table: words touched outside the image (segments: page slots' words)
	MulRows       int // SLL, SRL, SRA, SLLI, SRLI, SRAI, MUL, MULH, MULHSU, MULHU steps
	SgnRows       int // SLT, SLTI, BLT, BGE steps
	DivRows       int // DIV, DIVU, REM, REMU steps
	BitRows       int // AND, OR, XOR, ANDI, ORI, XORI steps
	SubRows       int // LB, LH, LBU, LHU, SB, SH steps
	LogRows       int // LOG calls
	IoRows        int // READ_ONCHAIN, READ_OFFCHAIN, READ_CONTEXT, WRITE_OUTPUT calls
	SysRows       int // HALT, STATE_GET, STATE_SET, LOG, SHA256_COMPRESS, KECCAK_F calls
	ShaRows       int // SHA256_COMPRESS calls (13,119 constraints each, and a 12,288-constraint nibble table)
	KeccakRows    int // KECCAK_F calls (82,313 constraints each)

	// Hash is 0 for the base classes (NewClass) or the flag of a hash
	// class (NewHashClass): HashSha256 or HashKeccak.
	Hash int

	// Segment classes (NewSegmentClass) only: the circuit proves one
	// segment of a run (segment.go) and its RAM is PageSlots pages of
	// statement.PageWords words (MemRows = PageSlots·PageWords).
	Seg       bool
	PageSlots int

	// Tests only: a lower memory limit (pages) or log budget (bytes) than
	// package isa's, so that the constraints enforcing them can be tried on
	// a small class. Zero means the isa value.
	pageLimit, logLimit int
}

// MinLogSteps and MaxLogSteps bound the classes NewClass accepts; 2^MaxLogSteps
// is isa.MaxSteps, the executor's largest trace.
const (
	MinLogSteps = 4
	MaxLogSteps = 24
)

// NewClass returns the class of 2^logSteps steps:
//   - ImageWords    = 2^max(9, logSteps-2)  (2 KiB of image at least; 16 MiB = isa.MaxImageBytes at 2^24)
//   - OffchainWords = min(2^max(6, logSteps-4), 2^18)  (256 bytes at least, isa.MaxOffchainBytes = 1 MiB at most)
//   - StateEntries  = min(2^max(4, logSteps-6), 4096)  (isa.MaxStateEntries at most)
//   - MemRows       = max(Steps/4, min(Steps/2, 128))  (RAM rows: words
//     touched outside the image; the examples touch at most 0.16 a step,
//     sha256x reading its input, and small runs their stack frames)
//   - MulRows       = 2^max(6, logSteps-3)  (one shift or multiplication per
//     8 steps, and at least 64; the examples that do not hash in software
//     at most 3%, but for the Infernet example's byte swaps of ABI words)
//   - SgnRows       = 2^max(5, logSteps-4)  (one signed comparison per 16
//     steps; the examples use at most 0.4%: their loops compare unsigned)
//   - DivRows       = 2^max(3, logSteps-5)  (one division per 32 steps; the
//     examples at most 2.4%, mext, which tries every M instruction)
//   - BitRows       = 2^max(6, logSteps-3)  (one AND, OR or XOR per 8 steps,
//     and at least 64: the examples that do not hash in software at most
//     9%, keccak256x, but for the Infernet example, whose 225 steps byte-swap
//     ABI words with 56 of them)
//   - SubRows       = 2^max(5, logSteps-4)  (one byte or half load or store
//     per 16 steps; the examples use fewer than 1%, LW and SW are in the step)
//   - LogRows       = 2^max(2, logSteps-6)  (one LOG call per 64 steps; no
//     example logs, LOG is for debugging)
//   - IoRows        = 2^max(7, logSteps-3)  (one READ_* or WRITE_OUTPUT
//     call per 8 steps, and at least 128: programs move their input and
//     output word by word, the Infernet example 81 words in 225 steps)
//   - SysRows       = 2^max(4, logSteps-5)  (one other system call per 32
//     steps: HALT, STATE_GET, STATE_SET, LOG, SHA256_COMPRESS, KECCAK_F;
//     twice the state entries, a STATE_GET and a STATE_SET of each key)
//   - ShaRows       = 2^(logSteps-13) from 2^13, none below (one
//     SHA256_COMPRESS call per 8192 steps: a row costs 13,119
//     constraints, as many as 130 steps, and the class's nibble table
//     12,288; 2.3% of the class 2^13, docs/circuit.md; smaller runs that
//     hash go to the SHA-256 classes, NewHashClass)
//   - KeccakRows    = 2^(logSteps-14) from 2^14, none below (one KECCAK_F
//     call per 16384 steps: a row costs 82,313 constraints, 2.3% of
//     the class)
//
// These are the lean capacities of the examples' instruction mixes
// (docs/circuit.md "Capacities"): a run that needs more rows of a table
// (software sha256 and keccak256 are about 30% AND, OR and XOR, sha256 26%
// shifts) goes to a larger class or, long, to segments (NewSegmentClass,
// whose capacities are wider).
//
// The capacities never exceed the executor's limits (package isa), so a run
// that fits a class is one the executor accepts. The two limits that the
// capacities do not bound in large classes are constraints there: the RAM
// pages in use (isa.MaxMemoryPages) when MemRows and the image's pages exceed
// them (2^16 and up),
// and the bytes of all LOG calls (isa.MaxLogBytes) when LogRows calls of
// isa.MaxLogLine bytes could exceed them (2^13 and up).
func NewClass(logSteps int) Class {
	c := Class{LogSteps: logSteps, Steps: 1 << logSteps}
	c.ImageWords = min(1<<max(9, logSteps-2), isa.MaxImageBytes/4)
	c.MulRows = 1 << max(6, logSteps-3)
	c.SgnRows = 1 << max(5, logSteps-4)
	c.DivRows = 1 << max(3, logSteps-5)
	c.BitRows = 1 << max(6, logSteps-3)
	c.SubRows = 1 << max(5, logSteps-4)
	c.LogRows = 1 << max(2, logSteps-6)
	c.IoRows = 1 << max(7, logSteps-3)
	c.SysRows = 1 << max(4, logSteps-5)
	c.OffchainWords = min(1<<max(6, logSteps-4), isa.MaxOffchainBytes/4)
	c.StateEntries = min(1<<max(4, logSteps-6), isa.MaxStateEntries)
	c.MemRows = max(c.Steps/4, min(c.Steps/2, 128))
	if logSteps >= 13 {
		c.ShaRows = 1 << (logSteps - 13)
	}
	if logSteps >= 14 {
		c.KeccakRows = 1 << (logSteps - 14)
	}
	return c
}

// Hash classes: whole-run classes whose precompile tables are sized for runs
// that hash (docs/circuit.md "Hash classes"). Their identifier (Class.ID) is
// the flag ORed with LogSteps, and it is the proof class byte on chain
// (docs/contracts.md): base classes are 0..63, SHA-256 classes 0x40|k,
// Keccak classes 0x60|k.
const (
	HashSha256 = 0x40 // ShaRows = 2^(k-6): one SHA256_COMPRESS call per 64 steps, from 2^6
	HashKeccak = 0x60 // KeccakRows = 2^(k-9): one KECCAK_F call per 512 steps, from 2^9

	// MinShaLogSteps and MinKeccakLogSteps are the smallest hash classes
	// (one row).
	MinShaLogSteps    = 6
	MinKeccakLogSteps = 9
)

// NewHashClass returns the hash class of 2^logSteps steps with flag hash
// (HashSha256 or HashKeccak): the capacities of NewClass(logSteps) but
//   - ShaRows = 2^(logSteps-6) (SHA-256 classes) or KeccakRows =
//     2^(logSteps-9) (Keccak classes);
//   - OffchainWords = min(2^max(6, logSteps-2), 2^18): programs that hash
//     read their data, and an offchain word costs 37 constraints;
//   - IoRows = max(NewClass's, OffchainWords): the data read word by word
//     (an I/O row costs 21).
//
// A SHA-256 row costs as many constraints as about 130 steps and a Keccak
// row as about 800, so these classes cost about 2.6 (SHA-256) and 2.3
// (Keccak) times their base class, and prove a hashing run in a class 2^5
// to 2^6 times smaller (docs/circuit.md "Hash classes").
func NewHashClass(logSteps, hash int) (Class, error) {
	if logSteps < MinLogSteps || logSteps > MaxLogSteps {
		return Class{}, fmt.Errorf("class 2^%d outside 2^%d..2^%d", logSteps, MinLogSteps, MaxLogSteps)
	}
	c := NewClass(logSteps)
	c.Hash = hash
	c.OffchainWords = min(1<<max(6, logSteps-2), isa.MaxOffchainBytes/4)
	c.IoRows = max(c.IoRows, c.OffchainWords)
	switch hash {
	case HashSha256:
		if logSteps < MinShaLogSteps {
			return Class{}, fmt.Errorf("a SHA-256 class starts at 2^%d steps, not 2^%d", MinShaLogSteps, logSteps)
		}
		c.ShaRows = 1 << (logSteps - MinShaLogSteps)
	case HashKeccak:
		if logSteps < MinKeccakLogSteps {
			return Class{}, fmt.Errorf("a Keccak class starts at 2^%d steps, not 2^%d", MinKeccakLogSteps, logSteps)
		}
		c.KeccakRows = 1 << (logSteps - MinKeccakLogSteps)
	default:
		return Class{}, fmt.Errorf("hash class flag %#x: want %#x (SHA-256) or %#x (Keccak)", hash, HashSha256, HashKeccak)
	}
	return c, nil
}

// SplitID splits a class identifier (Class.ID) into its log steps and its
// hash flag (0 for a base class): the one place identifiers are decoded.
func SplitID(id int) (logSteps, hash int) {
	if h := id &^ 0x1F; h == HashSha256 || h == HashKeccak {
		return id & 0x1F, h
	}
	return id, 0
}

// ClassByID returns the whole-run class whose identifier is id (Class.ID):
// NewClass(id) for 0..63, a hash class for 0x40|k and 0x60|k.
func ClassByID(id int) (Class, error) {
	k, h := SplitID(id)
	switch {
	case h != 0:
		return NewHashClass(k, h)
	case k >= MinLogSteps && k <= MaxLogSteps:
		return NewClass(k), nil
	}
	return Class{}, fmt.Errorf("class id %#x: want a class 2^%d..2^%d, or %#x|k (SHA-256) or %#x|k (Keccak)",
		id, MinLogSteps, MaxLogSteps, HashSha256, HashKeccak)
}

// ID is the class's identifier: LogSteps for a base class, Hash|LogSteps
// for a hash class; the proof class byte of its proofs. Segment classes
// are identified by LogSteps.
func (c Class) ID() int { return c.Hash | c.LogSteps }

// HashName is "sha256", "keccak" or "" (a base class).
func HashName(hash int) string {
	switch hash {
	case HashSha256:
		return "sha256"
	case HashKeccak:
		return "keccak"
	}
	return ""
}

// ParseHash reads a hash class name: "" or "none" (0), "sha256", "keccak".
func ParseHash(s string) (int, error) {
	switch s {
	case "", "none":
		return 0, nil
	case "sha256":
		return HashSha256, nil
	case "keccak":
		return HashKeccak, nil
	}
	return 0, fmt.Errorf("hash tables %q: want sha256, keccak or none", s)
}

// ClassLabel names the class of identifier id for people: "2^12",
// "2^11 sha256", "2^12 keccak".
func ClassLabel(id int) string {
	if k, h := SplitID(id); h != 0 {
		return fmt.Sprintf("2^%d %s", k, HashName(h))
	}
	return fmt.Sprintf("2^%d", id)
}

// NewSegmentClass returns the segment class of 2^logSteps steps: the
// capacities of NewClass(logSteps) but
//   - OffchainWords = min(2^max(6, logSteps-1), 2^18): every segment holds
//     the whole offchain input, and long runs read long inputs;
//   - PageSlots = ImageWords/PageWords + 2 + max(4, Steps/512) memory pages
//     of statement.PageWords words (the first segment holds every page of
//     the image and the pages it touches, later segments only the pages
//     they touch: about 5 per 2^12 steps for sha256), MemRows =
//     PageSlots·PageWords;
//   - BitRows = Steps/2, SubRows = Steps/4 and IoRows = max(NewClass's,
//     Steps/4) (twice the whole-run classes' from 2^10; a tight loop
//     reading the offchain input word by word makes a call every 4 or 5
//     steps): a segment cut for a table is one more segment and one more
//     aggregation, while these rows add little to a segment proof unless
//     they cross a power of two, the FFT domain that sets its time;
//     software sha256, 30% bitwise, fits without cuts (docs/circuit.md
//     "Segment classes"). SgnRows = 2^max(3, logSteps-3) (the examples
//     make at most 1% of their steps signed comparisons): with Steps/4 the
//     segment 2^14 had 4,195,621 constraints, just over 2^22, the domain
//     2^23; with Steps/8 it is in 2^22;
//   - MulRows = 2^max(3, logSteps-2), DivRows = 2^max(3, logSteps-3),
//     LogRows = 2^max(2, logSteps-4), SysRows = 2^max(4, logSteps-4) and
//     ShaRows = 2^(logSteps-11) from 2^11: wider than the whole-run
//     classes' (a segment cannot move to a larger class, and every cut
//     costs an aggregation).
func NewSegmentClass(logSteps int) Class {
	c := NewClass(logSteps)
	c.Seg = true
	c.MulRows = 1 << max(3, logSteps-2)
	c.SgnRows = 1 << max(3, logSteps-3)
	c.DivRows = 1 << max(3, logSteps-3)
	c.LogRows = 1 << max(2, logSteps-4)
	c.SysRows = 1 << max(4, logSteps-4)
	c.ShaRows = 0
	if logSteps >= 11 {
		c.ShaRows = 1 << (logSteps - 11)
	}
	c.OffchainWords = min(1<<max(6, logSteps-1), isa.MaxOffchainBytes/4)
	c.PageSlots = c.ImageWords/statement.PageWords + 2 + max(4, c.Steps/512)
	c.MemRows = c.PageSlots * statement.PageWords
	c.BitRows = c.Steps / 2
	c.SubRows = max(8, c.Steps/4)
	c.IoRows = max(c.IoRows, c.Steps/4)
	return c
}

// SegmentLimits are the limits executor.RunSegments cuts the segments of
// class c by (a segment class): a segment ends before the step that would
// need more page slots, multiplier, sign, divider, bitwise, sub-word, LOG, system-call, SHA-256 or Keccak rows, or state
// rows, than c has (docs/circuit.md "Segment classes").
func (c Class) SegmentLimits() executor.SegmentLimits {
	return executor.SegmentLimits{Steps: c.Steps, Pages: c.PageSlots, Mul: c.MulRows, Sgn: c.SgnRows, Div: c.DivRows, Bit: c.BitRows, Sub: c.SubRows, Log: c.LogRows,
		IO: c.IoRows, Sys: c.SysRows, Sha256: c.ShaRows, Keccak: c.KeccakRows, State: c.StateEntries}
}

func (c Class) String() string {
	if c.Seg {
		return fmt.Sprintf("segment 2^%d", c.LogSteps)
	}
	return ClassLabel(c.ID())
}

// memPages is the most RAM pages (isa.PageBytes each) a run may use.
func (c Class) memPages() int {
	if c.pageLimit != 0 {
		return c.pageLimit
	}
	return isa.MaxMemoryPages
}

// logBytes is the most bytes all LOG calls of a run may log.
func (c Class) logBytes() int {
	if c.logLimit != 0 {
		return c.logLimit
	}
	return isa.MaxLogBytes
}

// checksPages reports whether the class needs the page-count constraint:
// its RAM rows could lie on more pages than the limit.
func (c Class) checksPages() bool {
	imagePages := (c.ImageWords+wordsPerPage-1)/wordsPerPage + 1 // an image may straddle one page more
	return c.MemRows+imagePages > c.memPages()
}

// checksLogBytes reports whether the class needs the log-budget constraint:
// its LOG calls could log more than the budget.
func (c Class) checksLogBytes() bool { return c.LogRows*isa.MaxLogLine > c.logBytes() }

// Fits returns nil if the run fits the class, else an error naming the
// exceeded capacity (wrapping executor.ErrTraceTooLong).
func (c Class) Fits(w *Witness) error {
	if w == nil || w.Trace == nil {
		return errors.New("witness without a trace")
	}
	if n := len(w.Trace.Steps); n > c.Steps {
		return fmt.Errorf("%d cycles > %d steps of class %s: %w", n, c.Steps, c, executor.ErrTraceTooLong)
	}
	if n := len(w.Image); n > c.ImageWords {
		return fmt.Errorf("image of %d words > %d of class %s: %w", n, c.ImageWords, c, executor.ErrTraceTooLong)
	}
	if n := (len(w.Offchain) + 3) / 4; n > c.OffchainWords {
		return fmt.Errorf("offchain input of %d words > %d of class %s: %w", n, c.OffchainWords, c, executor.ErrTraceTooLong)
	}
	if n := stateKeys(w); n > c.StateEntries {
		return fmt.Errorf("%d state keys > %d of class %s: %w", n, c.StateEntries, c, executor.ErrTraceTooLong)
	}
	if n := countSteps(w, isa.IsMulShift); n > c.MulRows {
		return fmt.Errorf("%d shifts and multiplications > %d of class %s: %w", n, c.MulRows, c, executor.ErrTraceTooLong)
	}
	if n := countSteps(w, isa.IsSignedCmp); n > c.SgnRows {
		return fmt.Errorf("%d signed comparisons > %d of class %s: %w", n, c.SgnRows, c, executor.ErrTraceTooLong)
	}
	if n := countSteps(w, isa.IsDivide); n > c.DivRows {
		return fmt.Errorf("%d divisions > %d of class %s: %w", n, c.DivRows, c, executor.ErrTraceTooLong)
	}
	if n := countSteps(w, isa.IsBitwise); n > c.BitRows {
		return fmt.Errorf("%d AND, OR and XOR steps > %d of class %s: %w", n, c.BitRows, c, executor.ErrTraceTooLong)
	}
	if n := countSteps(w, isa.IsSubword); n > c.SubRows {
		return fmt.Errorf("%d byte and half loads and stores > %d of class %s: %w", n, c.SubRows, c, executor.ErrTraceTooLong)
	}
	if n := logCalls(w); n > c.LogRows {
		return fmt.Errorf("%d LOG calls > %d of class %s: %w", n, c.LogRows, c, executor.ErrTraceTooLong)
	}
	if n := ioCalls(w); n > c.IoRows {
		return fmt.Errorf("%d READ_* and WRITE_OUTPUT calls > %d of class %s: %w", n, c.IoRows, c, executor.ErrTraceTooLong)
	}
	if n := ecalls(w) - ioCalls(w); n > c.SysRows {
		return fmt.Errorf("%d HALT, STATE_GET, STATE_SET, LOG, SHA256_COMPRESS and KECCAK_F calls > %d of class %s: %w", n, c.SysRows, c, executor.ErrTraceTooLong)
	}
	if n := sysCalls(w, isa.SysSha256Compress); n > c.ShaRows {
		return fmt.Errorf("%d SHA256_COMPRESS calls > %d of class %s: %w", n, c.ShaRows, c, executor.ErrTraceTooLong)
	}
	if n := sysCalls(w, isa.SysKeccakF); n > c.KeccakRows {
		return fmt.Errorf("%d KECCAK_F calls > %d of class %s: %w", n, c.KeccakRows, c, executor.ErrTraceTooLong)
	}
	if n := ramWords(w); n > c.MemRows {
		return fmt.Errorf("%d RAM words in the memory table > %d of class %s: %w", n, c.MemRows, c, executor.ErrTraceTooLong)
	}
	return nil
}

// SmallestClass returns the smallest class (from 2^MinLogSteps up to
// 2^maxLog) that fits the run.
func SmallestClass(w *Witness, maxLog int) (Class, error) {
	var last error
	for k := MinLogSteps; k <= maxLog && k <= MaxLogSteps; k++ {
		c := NewClass(k)
		if err := c.Fits(w); err != nil {
			last = err
			continue
		}
		return c, nil
	}
	if last == nil {
		last = fmt.Errorf("no class up to 2^%d: %w", maxLog, executor.ErrTraceTooLong)
	}
	return Class{}, fmt.Errorf("no class up to 2^%d fits: %w", maxLog, last)
}

// countSteps counts the steps whose instruction satisfies is.
func countSteps(w *Witness, is func(insn uint32) bool) int {
	n := 0
	for _, s := range w.Trace.Steps {
		if is(s.Insn) {
			n++
		}
	}
	return n
}

// logCalls counts the LOG system calls (ECALL with a7 = SysLog, read in slot A).
func logCalls(w *Witness) int {
	n := 0
	for _, s := range w.Trace.Steps {
		if s.Insn == 0x73 && s.Acc[executor.SlotA].Val == isa.SysLog {
			n++
		}
	}
	return n
}

// ioCalls counts the READ_* and WRITE_OUTPUT calls (isa.IsIOCall).
func ioCalls(w *Witness) int {
	n := 0
	for _, s := range w.Trace.Steps {
		if s.Insn == 0x73 && isa.IsIOCall(s.Acc[executor.SlotA].Val) {
			n++
		}
	}
	return n
}

// ecalls counts the system calls (ECALL steps).
func ecalls(w *Witness) int { return countSteps(w, func(insn uint32) bool { return insn == 0x73 }) }

// sysCalls counts the system calls of number num.
func sysCalls(w *Witness, num uint32) int {
	n := 0
	for _, s := range w.Trace.Steps {
		if s.Insn == 0x73 && s.Acc[executor.SlotA].Val == num {
			n++
		}
	}
	return n
}

// stateKeys counts the distinct keys of the old state and the keys accessed.
func stateKeys(w *Witness) int {
	keys := map[uint32]bool{}
	for _, kv := range w.OldState {
		keys[kv.Key] = true
	}
	for _, s := range w.Trace.Steps {
		a := s.Acc[executor.SlotM]
		if a.Used && a.Addr >= executor.StateBase {
			keys[uint32(a.Addr-executor.StateBase)] = true
		}
	}
	return len(keys)
}

// ramWords counts the RAM rows of a whole run's memory table: the words
// accessed outside the image (by loads, stores and precompiles).
func ramWords(w *Witness) int {
	lo := uint64(w.Base / 4)
	hi := lo + uint64(len(w.Image))
	extra := map[uint64]bool{}
	add := func(a executor.Access) {
		if a.Used && a.Addr < executor.RegBase && (a.Addr < lo || a.Addr >= hi) {
			extra[a.Addr] = true
		}
	}
	for _, s := range w.Trace.Steps {
		add(s.Acc[executor.SlotM])
		if s.Pre != nil {
			for _, a := range s.Pre.Acc {
				add(a)
			}
		}
	}
	return len(extra)
}

// Witness is everything the prover knows about one run, in plain form.
type Witness struct {
	Entry, Base uint32
	Image       []uint32 // the loaded image (statement.ProgramID inputs)
	Context     statement.Context
	Onchain     []byte
	Offchain    []byte
	OldState    []statement.KV // sorted by key, non-zero values
	NewState    []statement.KV // sorted by key, non-zero values
	ExitCode    uint32
	Output      []byte
	Trace       *executor.Trace
}

// Public returns the statement of the witness.
func (w *Witness) Public() statement.Public {
	return statement.Public{
		ProgramID:    statement.ProgramID(w.Entry, w.Base, w.Image),
		Context:      w.Context,
		OnchainInput: w.Onchain,
		OffchainHash: statement.OffchainHash(w.Offchain),
		OldStateRoot: statement.StateRoot(w.OldState),
		NewStateRoot: statement.StateRoot(w.NewState),
		ExitCode:     w.ExitCode,
		Output:       w.Output,
	}
}
