package circuits

import "github.com/consensys/gnark/frontend"

// signs constrains the sign table: each active row gives the signs of the
// two operands of a signed comparison (SLT, SLTI, BLT, BGE) and offers
// (a, b, aluSgn; 1 + NA − NB) on the bus (tagAlu), consumed by the step
// that compares (step.go: its comparator gives the unsigned a < b, and
// the signed one is that plus NA − NB). a and b are given as 3 bytes, 7
// bits and a sign bit each, so they are 32-bit words, the key a + 2^32·b
// + 2^64·aluSgn is injective, and NA, NB are their bit 31. The step reads
// its operands from memory (32-bit words) and does not decompose them:
// these rows are the only place their signs are needed. Inactive rows are
// zeros and offer nothing.
func (c *Circuit) signs(g *gadgets) {
	api, b := g.api, g.bus
	for i := range c.Sgn {
		r := &c.Sgn[i]
		g.boolean(r.Act)
		a := g.signedWord([4]frontend.Variable{r.AB[0], r.AB[1], r.AB[2], r.LA}, r.NA)
		bw := g.signedWord([4]frontend.Variable{r.BB[0], r.BB[1], r.BB[2], r.LB}, r.NB)
		key := api.Add(a, api.Mul(bw, pow2(32)), api.Mul(aluSgn, pow2(64)))
		b.add(r.Act, key, b.beta(api.Sub(api.Add(1, r.NA), r.NB)), tagAlu)
	}
}
