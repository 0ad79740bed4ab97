package circuits

import "github.com/consensys/gnark/frontend"

// multiplier constrains the multiplier table: each active row proves
// result = op(a, b) for the shifts (SLL, SRL, SRA and their immediate
// forms) and MUL, MULH, MULHSU, MULHU, and offers (a, b, code; result) on
// the bus (tagAlu), consumed by the step that computes it (step.go). The
// code is the row's operation bits Hi + 2 SA + 4 SB + 8 Sh (decode.go,
// mulCode), so it is below 16 and names one operation.
//   - a and b are given as 3 bytes, 7 bits and a sign bit each, so they
//     are 32-bit words, the key a + 2^32·b + 2^64·code is injective, and
//     NA, NB are their sign bits;
//   - Pow is looked up from b's low byte as 2^(b mod 32), or when Hi is
//     set 2^(32 − b mod 32), on every row (so it is never free; only
//     shifts use it, and a shift with Hi is a right shift);
//   - the operands are mA = a − 2^32·SA·NA (signed when SA) and mB = b −
//     2^32·SB·NB, or for a shift (Sh) mB = Pow;
//   - mA·mB + 2^64·K = Lo + 2^32·Hi with Lo, Hi 32-bit words (bytes) and K
//     a bit: |mA·mB| < 2^64, so this is the 64-bit two's complement
//     product over the integers;
//   - the result is Hi when the Hi bit is set, else Lo: MUL and SLL take
//     the low word, MULH* the high one, and a right shift by s is the
//     high word of a·2^(32−s) (arithmetic when SA).
//
// Inactive rows are MUL(0, 0) = 0, which satisfies the same constraints,
// and offer nothing.
func (c *Circuit) multiplier(g *gadgets) {
	api, b := g.api, g.bus
	for i := range c.Mul {
		r := &c.Mul[i]
		for _, x := range []frontend.Variable{r.Act, r.Hi, r.SA, r.SB, r.Sh, r.K} {
			g.boolean(x)
		}
		a := g.signedWord([4]frontend.Variable{r.AB[0], r.AB[1], r.AB[2], r.LA}, r.NA)
		bw := g.signedWord([4]frontend.Variable{r.BB[0], r.BB[1], r.BB[2], r.LB}, r.NB)
		skey := api.Add(r.BB[0], api.Mul(r.Hi, 256))
		b.query(tagShift, 1, skey, skey, b.beta(r.Pow)) // every row: Pow is never free
		mA := api.Sub(a, api.Mul(api.Mul(r.SA, r.NA), pow2(32)))
		mB := api.Add(bw, api.Mul(r.Sh, api.Sub(r.Pow, bw)))
		mB = api.Sub(mB, api.Mul(api.Mul(r.SB, r.NB), pow2(32)))
		g.bytes(r.LoB, 1)
		g.bytes(r.HiB, 1)
		lo, hi := word(api, r.LoB), word(api, r.HiB)
		api.AssertIsEqual(api.Add(api.Mul(mA, mB), api.Mul(r.K, pow2(64))), api.Add(lo, api.Mul(hi, pow2(32))))
		res := api.Add(lo, api.Mul(r.Hi, api.Sub(hi, lo)))
		code := api.Add(api.Mul(r.Hi, mulHi), api.Mul(r.SA, mulSA), api.Mul(r.SB, mulSB), api.Mul(r.Sh, mulSh))
		b.add(r.Act, api.Add(a, api.Mul(bw, pow2(32)), api.Mul(code, pow2(64))), b.beta(res), tagAlu)
	}
}
