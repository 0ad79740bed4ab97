package circuits

import (
	"github.com/consensys/gnark/frontend"
)

// divider constrains the divider table: each active row proves
// result = DIV/DIVU/REM/REMU(a, b) with the RISC-V corner cases and offers
// (a, b, code; result) on the bus (tagAlu, code = the ALU code aluDiv +
// funct3: DIV 24, DIVU 25, REM 26, REMU 27), consumed by the step that
// divides.
//   - q*b + r = a over the integers (signed interpretations when signed),
//     except the overflow case -2^31 / -1 (q = -2^31, r = 0) where
//     q*b + r = a + 2^32;
//   - b = 0: q = all ones (and r = a by the identity);
//   - b != 0: |r| < |b|, and r = 0 or r has the sign of a.
//
// Inactive rows are DIVU(0, 0) = (all ones, 0), which satisfies the same
// constraints, and offer nothing.
func (c *Circuit) divider(g *gadgets) {
	api, b := g.api, g.bus
	for i := range c.Div {
		d := &c.Div[i]
		for _, x := range []frontend.Variable{d.Act, d.OpS, d.OpR, d.Ov, d.SA, d.SB, d.SQ, d.SR} {
			g.boolean(x)
		}
		for _, bs := range [][3]frontend.Variable{d.AB, d.BB, d.QB, d.RB} {
			for _, x := range bs {
				b.rng(8, x, 1)
			}
		}
		for _, x := range []frontend.Variable{d.LA, d.LB, d.LQ, d.LR} {
			b.rng(7, x, 1)
		}
		a := word3(api, d.AB, d.LA, d.SA)
		bv := word3(api, d.BB, d.LB, d.SB)
		q := word3(api, d.QB, d.LQ, d.SQ)
		r := word3(api, d.RB, d.LR, d.SR)
		sap := api.Mul(d.OpS, d.SA)
		sbp := api.Mul(d.OpS, d.SB)
		sqp := api.Mul(d.OpS, d.SQ)
		srp := api.Mul(d.OpS, d.SR)
		as := api.Sub(a, api.Mul(sap, pow2(32)))
		bs := api.Sub(bv, api.Mul(sbp, pow2(32)))
		qs := api.Sub(q, api.Mul(sqp, pow2(32)))
		rs := api.Sub(r, api.Mul(srp, pow2(32)))
		api.AssertIsEqual(api.Add(api.Mul(qs, bs), rs), api.Add(as, api.Mul(d.Ov, pow2(32))))
		g.gate(d.Ov, api.Add(api.Sub(a, pow2(31)), api.Mul(api.Sub(bv, 0xffffffff), pow2(33)), api.Mul(api.Sub(1, d.OpS), pow2(70))))
		bz := api.Sub(1, api.Mul(bv, d.BInv))
		g.gate(bz, bv)
		g.gate(bz, api.Sub(q, 0xffffffff))
		absR := api.Mul(rs, api.Sub(1, api.Mul(srp, 2)))
		absB := api.Mul(bs, api.Sub(1, api.Mul(sbp, 2)))
		g.bytes(d.GB, 1)
		g.gate(api.Sub(1, bz), api.Sub(word(api, d.GB), api.Sub(api.Sub(absB, absR), 1)))
		t1 := api.Mul(srp, api.Sub(1, sap))
		t2 := api.Mul(api.Mul(sap, api.Sub(1, srp)), r)
		api.AssertIsEqual(api.Add(t1, t2), 0)
		res := api.Add(q, api.Mul(d.OpR, api.Sub(r, q)))
		op := api.Add(aluDiv+4, api.Sub(1, d.OpS), api.Mul(d.OpR, 2))
		b.add(d.Act, api.Add(a, api.Mul(bv, pow2(32)), api.Mul(op, pow2(64))), b.beta(res), tagAlu)
	}
}
