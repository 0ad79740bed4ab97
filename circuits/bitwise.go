package circuits

import "github.com/consensys/gnark/frontend"

// nibbleWord returns the word of 8 nibbles (least significant first).
func nibbleWord(api frontend.API, n [8]frontend.Variable) frontend.Variable {
	w := n[7]
	for k := 6; k >= 0; k-- {
		w = api.Add(n[k], api.Mul(w, 16))
	}
	return w
}

// bitwise constrains the bitwise table: each active row proves
// result = a AND b, a OR b or a XOR b for 32-bit a and b, and offers
// (a, b, code; result) on the bus (tagAlu), code being the ALU code
// aluBit + funct3 of the instruction (AND 23, OR 22, XOR 20), consumed by
// the step that computes it (step.go). The words are given as nibbles, and
// every nibble triple (x, y, x AND y) is a lookup in the 4×4-bit AND table
// with y and the AND in the β and β² slots, which pins all three to an
// entry's nibbles: so a, b and the result are 32-bit words, the key
// a + 2^32·b + 2^64·code is injective, and OR and XOR follow from
// a + b − and and a + b − 2·and. Or and
// Xor are exclusive bits (AND when neither). Inactive rows compute on zeros
// and offer nothing.
func (c *Circuit) bitwise(g *gadgets) {
	api, b := g.api, g.bus
	for i := range c.Bit {
		r := &c.Bit[i]
		g.boolean(r.Act)
		g.boolean(r.Or)
		g.boolean(r.Xor)
		g.gate(r.Or, r.Xor)
		// Each nibble triple is looked up as (x; β: y; β²: z), so the
		// lookup pins x, y and z to an entry's nibbles: no range checks.
		for k := 0; k < 8; k++ {
			kk := api.Add(r.XN[k], api.Mul(r.YN[k], 16), api.Mul(r.ZN[k], 256)) // count key only
			b.query2(tagAnd, 1, kk, r.XN[k], b.beta(r.YN[k]), b.beta(r.ZN[k]))
		}
		x := nibbleWord(api, r.XN)
		y := nibbleWord(api, r.YN)
		and := nibbleWord(api, r.ZN)
		// AND: and; OR: and + (x + y − 2·and); XOR: and + (x + y − 3·and)
		res := api.Add(and, api.Mul(r.Or, api.Sub(api.Add(x, y), api.Mul(and, 2))),
			api.Mul(r.Xor, api.Sub(api.Add(x, y), api.Mul(and, 3))))
		op := api.Sub(aluBit+7, r.Or, api.Mul(r.Xor, 3))
		b.add(r.Act, api.Add(x, api.Mul(y, pow2(32)), api.Mul(op, pow2(64))), b.beta(res), tagAlu)
	}
}
