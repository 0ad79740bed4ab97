package circuits

import (
	"math/big"
	"testing"

	"github.com/zkprover/zkprover/isa"
)

// TestSegmentRegInNonWord: a segment that starts from a register value
// that is not a word. The boundary packs registers seven to a field
// element, 32 bits each, so s1 = 5 + 2^32 with a0 = 99 packs like s1 = 5,
// a0 = 100, the previous segment's end: the forged second segment chains
// to the honest first one and outputs 99 for a program that outputs 100.
// Only the byte range checks of the start registers reject it (a review
// found the same forgery accepted with the top byte unchecked). Memory
// holds only words (rule (iii)) because every initial value is one.
func TestSegmentRegInNonWord(t *testing.T) {
	c := NewSegmentClass(5)
	w := run(t, prog(li(s1, 5), li(a0, 100), addi(s1, zero, 0), syscall(isa.SysWriteOutput), halt(0)), runIn{})
	wq := run(t, prog(li(s1, 5), li(a0, 99), addi(s1, zero, 0), syscall(isa.SysWriteOutput), halt(0)), runIn{})
	wf := *w
	wf.Output = wq.Output
	w0 := wf
	tr0 := *w.Trace
	tr0.Steps = tr0.Steps[:2]
	w0.Trace = &tr0
	seg0 := cutSegments(t, c, &w0, []int{2}, nil)[0]
	tree := rvReroot(seg0.a)
	runF := wf
	tr := *wq.Trace
	tr.Steps = tr.Steps[2:]
	runF.Trace = &tr
	st := SegStart{Cycles: 2, PC: testBase + 8, Regs: seg0.res.Out.Regs}
	st.Regs[a0] = 99
	a, res, err := AssignSegment(c, &SegWitness{Run: &runF, Start: st}, tree)
	if err != nil {
		t.Fatal(err)
	}
	fa := a.(*Circuit)
	fa.SegV[0].RegIn[s1][3] = 256 // s1 = 5 + 2^32
	fa.Steps[0].VD = new(big.Int).Add(big.NewInt(5), new(big.Int).Lsh(big.NewInt(1), 32))
	in := res.In
	in.Regs[s1], in.Regs[a0] = 5, 100
	if in.Digest() != seg0.res.Out.Digest() {
		t.Fatal("the forged segment does not chain to the first")
	}
	rvRepub(fa, res, in, res.Out)
	err = solve(t, c, fa)
	if err == nil {
		t.Error("a segment starting from a non-word register accepted")
	}
	t.Logf("rejected: %v", err)
}
