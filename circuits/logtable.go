package circuits

import (
	"math/bits"

	"github.com/consensys/gnark/frontend"

	"github.com/zkprover/zkprover/isa"
)

// H = MaxLogLine - len is H0 + 256 H1 with H0 a byte and H1 of logLineHiBits
// bits, so H < 2 MaxLogLine (MaxLogLine a power of two, at least 256).
const logLineHiBits = 3

var _ = [1]struct{}{}[isa.MaxLogLine-1<<(7+logLineHiBits)]

// logTable constrains the log table: each active row offers (ptr, len) with
// len <= MaxLogLine and ptr + max(len, 1) <= RAMSize (the executor's rule: ptr
// inside RAM and the buffer not leaving it), consumed by the step that logs.
// Inactive rows are (0, 0), which satisfies the same constraints. Where the
// class's LOG calls could log more than isa.MaxLogBytes, the total is
// bounded too.
func (c *Circuit) logTable(g *gadgets) {
	api, b := g.api, g.bus
	var total frontend.Variable = 0
	for i := range c.Log {
		l := &c.Log[i]
		g.boolean(l.Act)
		g.bytes(l.PB, 1)
		g.bytes(l.GB, 1)
		b.rng(8, l.H0, 1)
		b.rng(logLineHiBits, l.H1, 1)
		h := api.Add(l.H0, api.Mul(l.H1, 256))
		n := api.Sub(isa.MaxLogLine, h) // len; h < 2 MaxLogLine so len in (-MaxLogLine, MaxLogLine]
		zl := api.Sub(1, api.Mul(api.Sub(h, isa.MaxLogLine), l.HInv))
		g.gate(zl, api.Sub(h, isa.MaxLogLine))
		ptr := word(api, l.PB)
		api.AssertIsEqual(word(api, l.GB), api.Sub(bigU(isa.RAMSize), api.Add(ptr, n, zl)))
		b.add(l.Act, api.Add(ptr, api.Mul(n, pow2(32))), nil, tagLog)
		if c.class.checksLogBytes() {
			total = api.Add(total, api.Mul(l.Act, n))
		}
	}
	// The log budget (isa.MaxLogBytes), where LogRows calls could exceed it:
	// Σ len over the active rows (each len in [0, MaxLogLine], since the
	// step's bus message has it as a 32-bit word) is at most the budget.
	if c.class.checksLogBytes() {
		limit := c.class.logBytes()
		g.rangeBits(api.Sub(limit, total), bits.Len(uint(limit)))
	}
}
