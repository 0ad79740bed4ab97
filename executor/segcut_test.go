package executor

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/big"
	"math/rand"
	"slices"
	"strings"
	"testing"

	"github.com/zkprover/zkprover/isa"
	"github.com/zkprover/zkprover/statement"
)

// Segments cut by SegmentLimits other than Steps (RunSegments).

// cutAsmPrograms use what the limits count: divisions, LOG calls, a
// SHA256_COMPRESS call on four pages of its own ("sha4") and a KECCAK_F
// call on two ("keccak2").
func cutAsmPrograms() map[string][]uint32 {
	// 50 times: DIV, DIVU, REM, REMU and a MUL (not counted).
	div := prog(
		LI(t0, 50), ADDI(t2, zero, -7),
		DIV(t1, t0, t2), DIVU(a1, t0, t2), REM(a2, t0, t2), REMU(a1, t2, t0), MUL(a2, t1, t2),
		ADDI(t0, t0, -1), BNE(t0, zero, -24),
		ADDI(a0, zero, 0), halt(),
	)
	// 20 LOG calls of 3 bytes of the image.
	log := prog(
		LI(t0, 20),
		LI(a0, testBase), ADDI(a1, zero, 3), ADDI(a7, zero, SysLog), ECALL,
		ADDI(t0, t0, -1), BNE(t0, zero, -24),
		ADDI(a0, zero, 0), halt(),
	)
	// 20 steps, then SHA256_COMPRESS with its state across pages 0x200 and
	// 0x201 and its block across pages 0x300 and 0x301: four pages.
	var sha4 []uint32
	for range 20 {
		sha4 = append(sha4, ADDI(a2, a2, 1))
	}
	keccak2 := prog(sha4, LI(a0, 0x200f0), ADDI(a7, zero, SysKeccakF), ECALL, ADDI(a0, zero, 0), halt())
	sha4 = prog(sha4, LI(a0, 0x200f0), LI(a1, 0x300f0), ADDI(a7, zero, SysSha256Compress), ECALL, ADDI(a0, zero, 0), halt())
	// 30 times: AND, OR, XOR, ANDI, ORI, XORI and an ADD (not counted).
	bit := prog(
		LI(t0, 30), LI(t2, 0x0ff0f00f),
		AND(t1, t0, t2), OR(a1, t0, t2), XOR(a2, t1, a1), ANDI(a1, t2, 0x7f0), ORI(a2, a2, -3), XORI(t1, t1, 0x555), ADD(a1, t1, a2),
		ADDI(t0, t0, -1), BNE(t0, zero, -32),
		ADDI(a0, zero, 0), halt(),
	)
	// 20 times: SB, SH, LB, LH, LBU, LHU and an LW and SW (not counted).
	sub := prog(
		LI(t0, 20), LI(t2, 0x20000),
		SB(t0, t2, 1), SH(t0, t2, 2), LB(a1, t2, 1), LH(a2, t2, 2), LBU(a1, t2, 3), LHU(a2, t2, 0), LW(a1, t2, 0), SW(a1, t2, 4),
		ADDI(t0, t0, -1), BNE(t0, zero, -36),
		ADDI(a0, zero, 0), halt(),
	)
	// 20 times: SLL, SRL, SRA, SLLI, SRLI, SRAI, MUL, MULH, MULHSU, MULHU
	// and an ADD (not counted).
	mul := prog(
		LI(t0, 20), LI(t2, 0xf00f0ff1),
		SLL(t1, t2, t0), SRL(a1, t2, t0), SRA(a2, t2, t0), SLLI(a1, t1, 3), SRLI(a2, a2, 7), SRAI(t1, t2, 31),
		MUL(a1, t1, t2), MULH(a2, t2, t0), MULHSU(a1, t2, t0), MULHU(a2, t2, t2), ADD(a1, t1, a2),
		ADDI(t0, t0, -1), BNE(t0, zero, -48),
		ADDI(a0, zero, 0), halt(),
	)
	// 20 times: SLT, SLTI, BLT, BGE (not taken) and an SLTU (not counted).
	sgn := prog(
		LI(t0, 20), ADDI(t2, zero, -7),
		SLT(t1, t0, t2), SLTI(a1, t2, 5), BLT(t0, t2, 8), BGE(t2, t0, 4), SLTU(a2, t0, t2),
		ADDI(t0, t0, -1), BNE(t0, zero, -24),
		ADDI(a0, zero, 0), halt(),
	)
	return map[string][]uint32{"bit": bit, "sub": sub, "div": div, "mul": mul, "sgn": sgn, "log": log, "sha4": sha4, "keccak2": keccak2}
}

// countImagePages is the number of memory-tree pages of p's image.
func countImagePages(p *Program) int {
	first := uint64(p.Base / 4)
	return int(pageOf(first+uint64(len(p.Words))-1) - pageOf(first) + 1)
}

// limits is StepLimits(steps) with the changes of set applied.
func limits(steps int, set func(*SegmentLimits)) SegmentLimits {
	l := StepLimits(steps)
	set(&l)
	return l
}

// limName names l's limits, but those without a limit.
func limName(l SegmentLimits) string {
	name := fmt.Sprint("steps", l.Steps)
	for _, c := range []struct {
		name string
		v    int
	}{{"pages", l.Pages}, {"mul", l.Mul}, {"sgn", l.Sgn}, {"div", l.Div}, {"bit", l.Bit}, {"sub", l.Sub}, {"log", l.Log}, {"sha", l.Sha256}, {"keccak", l.Keccak}, {"state", l.State}} {
		if c.v != math.MaxInt {
			name += fmt.Sprintf(",%s%d", c.name, c.v)
		}
	}
	return name
}

// TestRunSegmentsCut: for each limit, runs that it cuts (checkSegmentsLim:
// the segments chain, match RunTrace and Run, respect every limit, and a
// segment shorter than Steps is followed by a step that would exceed a
// limit), with at least one segment cut by that limit; every segment, cut
// or not, is what SegmentFrom makes from its start.
func TestRunSegmentsCut(t *testing.T) {
	asm, cut := segmentAsmPrograms(), cutAsmPrograms()
	msg := make([]byte, 1500)
	rand.New(rand.NewSource(6)).Read(msg)
	type run struct {
		name  string
		p     *Program
		in    *Input
		limit string // the limit that must cut
		lims  []SegmentLimits
	}
	var runs []run
	add := func(name string, p *Program, in *Input, limit string, steps []int, vals []int, set func(*SegmentLimits, int)) {
		r := run{name: name, p: p, in: in, limit: limit}
		for _, s := range steps {
			for _, v := range vals {
				r.lims = append(r.lims, limits(s, func(l *SegmentLimits) { set(l, v) }))
			}
		}
		runs = append(runs, r)
	}
	setMul := func(l *SegmentLimits, v int) { l.Mul = v }
	setSgn := func(l *SegmentLimits, v int) { l.Sgn = v }
	setDiv := func(l *SegmentLimits, v int) { l.Div = v }
	setBit := func(l *SegmentLimits, v int) { l.Bit = v }
	setSub := func(l *SegmentLimits, v int) { l.Sub = v }
	setLog := func(l *SegmentLimits, v int) { l.Log = v }
	setSha := func(l *SegmentLimits, v int) { l.Sha256 = v }
	setKeccak := func(l *SegmentLimits, v int) { l.Keccak = v }
	setSys := func(l *SegmentLimits, v int) { l.Sys = v }
	setIO := func(l *SegmentLimits, v int) { l.IO = v }
	add("mul", mustProgram(t, cut["mul"]), nil, "Mul", []int{16, 64}, []int{1, 4, 7}, setMul)
	add("sha256-mul", loadExample(t, "sha256"), &Input{Offchain: msg[:100]}, "Mul", []int{1024}, []int{60}, setMul)
	add("sgn", mustProgram(t, cut["sgn"]), nil, "Sgn", []int{16, 64}, []int{1, 3, 5}, setSgn)
	add("div", mustProgram(t, cut["div"]), nil, "Div", []int{16, 64}, []int{1, 3, 5}, setDiv)
	add("bit", mustProgram(t, cut["bit"]), nil, "Bit", []int{16, 64}, []int{1, 4, 7}, setBit)
	add("sha256-bit", loadExample(t, "sha256"), &Input{Offchain: msg[:100]}, "Bit", []int{1024}, []int{100}, setBit)
	add("sub", mustProgram(t, cut["sub"]), nil, "Sub", []int{16, 64}, []int{1, 4, 7}, setSub)
	add("log", mustProgram(t, cut["log"]), nil, "Log", []int{16, 64}, []int{1, 2}, setLog)
	add("sys", mustProgram(t, cut["log"]), nil, "Sys", []int{16, 64}, []int{1, 2}, setSys)
	add("io", loadExample(t, "sha256"), &Input{Offchain: msg[:100]}, "IO", []int{1024}, []int{3, 10}, setIO)
	add("asm-sha", mustProgram(t, asm["sha"]), nil, "Sha256", []int{64, 1024}, []int{1, 2, 5}, setSha)
	add("sha256x", loadExample(t, "sha256x"), &Input{Offchain: msg}, "Sha256", []int{1024}, []int{2}, setSha)
	add("asm-keccak", mustProgram(t, asm["keccak"]), nil, "Keccak", []int{1024}, []int{1, 2}, setKeccak)
	add("keccak256x", loadExample(t, "keccak256x"), &Input{Offchain: msg}, "Keccak", []int{1024}, []int{1}, setKeccak)
	// Pages: the image's pages and a few more; stores to 40 pages.
	setPages := func(l *SegmentLimits, v int) { l.Pages = v }
	loop := mustProgram(t, asm["loop"])
	img := countImagePages(loop)
	add("asm-loop", loop, nil, "Pages", []int{64, 1024}, []int{img + 1, img + 2, img + 4, img + 7}, setPages)
	// The state of SHA256_COMPRESS and KECCAK_F across two pages: segment 0
	// holds the image's pages and one of them.
	for _, name := range []string{"sha", "keccak"} {
		p := mustProgram(t, asm[name])
		add("asm-"+name, p, nil, "Pages", []int{1024}, []int{countImagePages(p) + 1}, setPages)
	}
	// A precompile call that segment 0 (the image's page) cannot hold: it
	// starts segment 1.
	add("sha4", mustProgram(t, cut["sha4"]), nil, "Pages", []int{64}, []int{4}, setPages)
	add("keccak2", mustProgram(t, cut["keccak2"]), nil, "Pages", []int{64}, []int{2}, setPages)

	for _, r := range runs {
		for _, lim := range r.lims {
			t.Run(r.name+"/"+limName(lim), func(t *testing.T) {
				st := checkSegmentsLim(t, r.p, r.in, lim)
				if st.cut[r.limit] == 0 {
					t.Fatalf("%d segments, none cut by %s (cuts %v)", st.segments, r.limit, st.cut)
				}
				cuts := 0
				_, err := RunSegments(context.Background(), r.p, r.in, Config{}, lim, func(s *Segment) error {
					if !s.Last && len(s.Steps) < lim.Steps {
						cuts++
					}
					return segmentFromMatches(context.Background(), r.p, r.in, s)
				})
				if err != nil {
					t.Fatal(err)
				}
				if cuts == 0 {
					t.Fatal("SegmentFrom: no cut segment")
				}
				t.Logf("%d segments, cut %v", st.segments, st.cut)
			})
		}
	}
}

// TestRunSegmentsCutAll: the runs of TestRunSegments with every limit
// tight at once: pages for a step or a few beyond the image, and one or
// two calls of each kind.
func TestRunSegmentsCutAll(t *testing.T) {
	msg := make([]byte, 1500)
	rand.New(rand.NewSource(4)).Read(msg)
	cmd := func(op, acct, other, amount uint32) []uint32 { return []uint32{op, acct, other, amount} }
	runs := []struct {
		name string
		p    *Program
		in   *Input
	}{
		{"fibonacci", loadExample(t, "fibonacci"), &Input{Onchain: words(300)}},
		{"sha256", loadExample(t, "sha256"), &Input{Offchain: msg}},
		{"sha256x", loadExample(t, "sha256x"), &Input{Offchain: msg}},
		{"keccak256x", loadExample(t, "keccak256x"), &Input{Offchain: msg}},
		{"sort", loadExample(t, "sort"), &Input{Onchain: words(5, 3, 9, 1, 7, 2)}},
		{"bank", loadExample(t, "bank"), &Input{
			State:   []statement.KV{{Key: 1, Value: 100}, {Key: 2, Value: 5}, {Key: 9, Value: 1}},
			Onchain: words(slices.Concat(cmd(1, 7, 0, 50), cmd(3, 1, 2, 30), cmd(2, 2, 0, 35), cmd(3, 7, 1, 10))...),
		}},
		{"mext", loadExample(t, "mext"), nil},
		{"infernet", loadExample(t, "infernet"), &Input{Onchain: packedBytes(big.NewInt(12345))}},
		{"asm-loop", mustProgram(t, segmentAsmPrograms()["loop"]), &Input{State: []statement.KV{{Key: 1, Value: 0xabc}}}},
		{"asm-mul", mustProgram(t, cutAsmPrograms()["mul"]), nil},
		{"asm-sgn", mustProgram(t, cutAsmPrograms()["sgn"]), nil},
		{"asm-div", mustProgram(t, cutAsmPrograms()["div"]), nil},
		{"asm-bit", mustProgram(t, cutAsmPrograms()["bit"]), nil},
		{"asm-sub", mustProgram(t, cutAsmPrograms()["sub"]), nil},
		{"asm-log", mustProgram(t, cutAsmPrograms()["log"]), nil},
	}
	for _, r := range runs {
		for _, extra := range []int{1, 4} {
			for _, calls := range []int{1, 2} {
				var start int // the state at the start: cutting cannot shrink it
				if r.in != nil {
					start = len(r.in.State)
				}
				lim := SegmentLimits{Steps: 256, Pages: countImagePages(r.p) + extra, Mul: 24 * calls, Sgn: 8 * calls, Div: calls, Bit: 48 * calls, Sub: 4 * calls, Log: calls, IO: 2 * calls, Sys: 2 * calls, Sha256: calls, Keccak: calls,
					State: start + extra}
				t.Run(r.name+"/"+limName(lim), func(t *testing.T) {
					st := checkSegmentsLim(t, r.p, r.in, lim)
					t.Logf("%d segments, cut %v", st.segments, st.cut)
				})
			}
		}
	}
}

// TestRunSegmentsLimitTooSmall: a step that exceeds a limit in a segment of
// its own stops the run with ErrTraceTooLong, naming the step, its pc and
// the limit, after the segments before it.
func TestRunSegmentsLimitTooSmall(t *testing.T) {
	ctx := context.Background()
	asm, cut := segmentAsmPrograms(), cutAsmPrograms()
	isECALL := func(sys uint32) func(*Step) bool {
		return func(st *Step) bool { return st.Insn == ECALL && st.Acc[SlotA].Val == sys }
	}
	sha := mustProgram(t, asm["sha"])
	for _, c := range []struct {
		name  string
		p     *Program
		lim   SegmentLimits
		first func(*Step) bool // the step refused (nil: the image, step 0)
		what  string
		ok    func(*SegmentLimits) // lim raised by one: enough
	}{
		{"mul", mustProgram(t, cut["mul"]), limits(16, func(l *SegmentLimits) { l.Mul = 0 }),
			func(st *Step) bool { return isa.IsMulShift(st.Insn) }, "a shift or MUL, MULH, MULHSU, MULHU step, segments hold 0",
			func(l *SegmentLimits) { l.Mul = 1 }},
		{"sgn", mustProgram(t, cut["sgn"]), limits(16, func(l *SegmentLimits) { l.Sgn = 0 }),
			func(st *Step) bool { return isa.IsSignedCmp(st.Insn) }, "an SLT, SLTI, BLT or BGE step, segments hold 0",
			func(l *SegmentLimits) { l.Sgn = 1 }},
		{"div", mustProgram(t, cut["div"]), limits(16, func(l *SegmentLimits) { l.Div = 0 }),
			func(st *Step) bool { return isa.IsDivide(st.Insn) }, "a DIV, DIVU, REM or REMU step, segments hold 0",
			func(l *SegmentLimits) { l.Div = 1 }},
		{"bit", mustProgram(t, cut["bit"]), limits(16, func(l *SegmentLimits) { l.Bit = 0 }),
			func(st *Step) bool { return isa.IsBitwise(st.Insn) }, "an AND, OR, XOR, ANDI, ORI or XORI step, segments hold 0",
			func(l *SegmentLimits) { l.Bit = 1 }},
		{"sub", mustProgram(t, cut["sub"]), limits(16, func(l *SegmentLimits) { l.Sub = 0 }),
			func(st *Step) bool { return isa.IsSubword(st.Insn) }, "an LB, LH, LBU, LHU, SB or SH step, segments hold 0",
			func(l *SegmentLimits) { l.Sub = 1 }},
		{"log", mustProgram(t, cut["log"]), limits(16, func(l *SegmentLimits) { l.Log = 0 }), isECALL(SysLog), "a LOG call, segments hold 0",
			func(l *SegmentLimits) { l.Log = 1 }},
		{"sys", mustProgram(t, cut["log"]), limits(16, func(l *SegmentLimits) { l.Sys = 0 }), func(st *Step) bool { return st.Insn == ECALL }, "a HALT, STATE, LOG or precompile call, segments hold 0",
			func(l *SegmentLimits) { l.Sys = 1 }},
		{"io", loadExample(t, "sha256"), limits(16, func(l *SegmentLimits) { l.IO = 0 }), func(st *Step) bool { return st.Insn == ECALL }, "a READ or WRITE_OUTPUT call, segments hold 0",
			func(l *SegmentLimits) { l.IO = 1 }},
		{"sha", sha, limits(16, func(l *SegmentLimits) { l.Sha256 = 0 }), isECALL(SysSha256Compress), "a SHA256_COMPRESS call, segments hold 0",
			func(l *SegmentLimits) { l.Sha256 = 1 }},
		{"keccak", mustProgram(t, asm["keccak"]), limits(16, func(l *SegmentLimits) { l.Keccak = 0 }), isECALL(SysKeccakF), "a KECCAK_F call, segments hold 0",
			func(l *SegmentLimits) { l.Keccak = 1 }},
		{"sha4", mustProgram(t, cut["sha4"]), limits(16, func(l *SegmentLimits) { l.Pages = 3 }), isECALL(SysSha256Compress), "4 memory-tree pages, segments hold 3",
			func(l *SegmentLimits) { l.Pages = 4 }},
		{"image", sha, limits(1024, func(l *SegmentLimits) { l.Pages = countImagePages(sha) - 1 }), nil,
			fmt.Sprintf("the image's %d memory-tree pages, segments hold %d", countImagePages(sha), countImagePages(sha)-1),
			func(l *SegmentLimits) { l.Pages = countImagePages(sha) }},
		{"zero", sha, SegmentLimits{Steps: 16}, nil, fmt.Sprintf("the image's %d memory-tree pages, segments hold 0", countImagePages(sha)),
			func(l *SegmentLimits) { *l = limits(16, func(l *SegmentLimits) { l.Pages = countImagePages(sha) + 2 }) }},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, tr, err := RunTrace(ctx, c.p, nil, Config{})
			if err != nil {
				t.Fatal(err)
			}
			i := 0
			if c.first != nil {
				i = slices.IndexFunc(tr.Steps, func(st Step) bool { return c.first(&st) })
			}
			want := fmt.Sprintf("step %d (pc 0x%08x): %s", i, tr.Steps[i].PC, c.what)
			var steps int
			_, err = RunSegments(ctx, c.p, nil, Config{}, c.lim, func(s *Segment) error {
				steps += len(s.Steps)
				return nil
			})
			if !errors.Is(err, ErrTraceTooLong) || !strings.HasPrefix(err.Error(), want) {
				t.Fatalf("%v, want %q: ErrTraceTooLong", err, want)
			}
			if steps != i {
				t.Fatalf("segments of %d steps before the error at step %d", steps, i)
			}
			// One more of the limit is enough.
			ok := c.lim
			c.ok(&ok)
			if st := checkSegmentsLim(t, c.p, nil, ok); st.segments < 2 {
				t.Fatalf("with %+v: %d segments", ok, st.segments)
			}
		})
	}
}

// TestRunSegmentsBadLimits: a negative limit, or a step count that is not
// a power of two in range, is refused with ErrBadConfig.
func TestRunSegmentsBadLimits(t *testing.T) {
	p := mustProgram(t, halt())
	nop := func(*Segment) error { return nil }
	bad := []SegmentLimits{{}, {Steps: 17, Pages: 1}, {Steps: 2 * MaxSegmentSteps}}
	for _, set := range []func(*SegmentLimits){
		func(l *SegmentLimits) { l.Pages = -1 }, func(l *SegmentLimits) { l.Div = -1 }, func(l *SegmentLimits) { l.Bit = -1 }, func(l *SegmentLimits) { l.Sub = -1 }, func(l *SegmentLimits) { l.Log = -1 },
		func(l *SegmentLimits) { l.IO = -1 }, func(l *SegmentLimits) { l.Sys = -1 }, func(l *SegmentLimits) { l.Sha256 = -1 }, func(l *SegmentLimits) { l.Keccak = math.MinInt }, func(l *SegmentLimits) { l.State = -1 },
	} {
		bad = append(bad, limits(16, set))
	}
	for _, lim := range bad {
		if _, err := RunSegments(context.Background(), p, nil, Config{}, lim, nop); !errors.Is(err, ErrBadConfig) {
			t.Errorf("%+v: %v, want ErrBadConfig", lim, err)
		}
	}
	// Zero limits are allowed: a run that needs none of them (its HALT is
	// its one system call).
	if _, err := RunSegments(context.Background(), p, nil, Config{}, SegmentLimits{Steps: 16, Pages: 1, Sys: 1}, nop); err != nil {
		t.Errorf("zero limits: %v", err)
	}
}

// TestRunSegmentsCutState: a run that touches 40 state keys is cut before
// the step that would take a segment's keys (its start state plus the keys
// it touches) past lim.State; a start state over the limit, or a key that
// a segment of its own cannot hold, is ErrTraceTooLong.
func TestRunSegmentsCutState(t *testing.T) {
	ctx := context.Background()
	// STATE_GET of keys 100..139 (absent), then STATE_SET of key 1.
	p := mustProgram(t, prog(
		LI(t0, 100), LI(t1, 140),
		ADDI(a0, t0, 0), ADDI(a7, zero, SysStateGet), ECALL,
		ADDI(t0, t0, 1), BNE(t0, t1, -16),
		ADDI(a0, zero, 1), ADDI(a1, zero, 7), ADDI(a7, zero, SysStateSet), ECALL,
		ADDI(a0, zero, 0), halt(),
	))
	in := &Input{State: []statement.KV{{Key: 1, Value: 5}, {Key: 2, Value: 6}}}
	for _, lim := range []SegmentLimits{
		limits(64, func(l *SegmentLimits) { l.State = 3 }),
		limits(64, func(l *SegmentLimits) { l.State = 5 }),
		limits(1024, func(l *SegmentLimits) { l.State = 10 }),
	} {
		t.Run(limName(lim), func(t *testing.T) {
			st := checkSegmentsLim(t, p, in, lim)
			if st.cut["State"] == 0 {
				t.Fatalf("%d segments, none cut by State (cuts %v)", st.segments, st.cut)
			}
			_, err := RunSegments(ctx, p, in, Config{}, lim, func(s *Segment) error { return segmentFromMatches(ctx, p, in, s) })
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%d segments, cut %v", st.segments, st.cut)
		})
	}
	_, tr, err := RunTrace(ctx, p, in, Config{})
	if err != nil {
		t.Fatal(err)
	}
	get := slices.IndexFunc(tr.Steps, func(st Step) bool { return st.Insn == ECALL })
	for _, c := range []struct {
		state, step int
		what        string
	}{
		{1, 0, "a state of 2 keys at the segment's start, segments hold 1"},
		{2, get, "state key 0x00000064, segments hold 2 keys"},
	} {
		want := fmt.Sprintf("step %d (pc 0x%08x): %s", c.step, tr.Steps[c.step].PC, c.what)
		_, err := RunSegments(ctx, p, in, Config{}, limits(64, func(l *SegmentLimits) { l.State = c.state }), func(*Segment) error { return nil })
		if !errors.Is(err, ErrTraceTooLong) || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("State %d: %v, want %q: ErrTraceTooLong", c.state, err, want)
		}
	}
}
