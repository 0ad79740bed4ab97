package circuits

// logTable constrains the log table: each active row offers (ptr, len) with
// len <= 1024 and ptr + max(len, 1) <= 2^30 (the executor's rule: ptr inside
// RAM and the buffer not leaving it), consumed by the step that logs.
// Inactive rows are (0, 0), which satisfies the same constraints.
func (c *Circuit) logTable(g *gadgets) {
	api, b := g.api, g.bus
	for i := range c.Log {
		l := &c.Log[i]
		g.boolean(l.Act)
		g.bytes(l.PB, 1)
		g.bytes(l.GB, 1)
		b.rng(8, l.H0, 1)
		b.rng(3, l.H1, 1)
		h := api.Add(l.H0, api.Mul(l.H1, 256))
		n := api.Sub(1024, h) // len; h < 2048 so len in (-1024, 1024]
		zl := api.Sub(1, api.Mul(api.Sub(h, 1024), l.HInv))
		g.gate(zl, api.Sub(h, 1024))
		ptr := word(api, l.PB)
		api.AssertIsEqual(word(api, l.GB), api.Sub(pow2(30), api.Add(ptr, n, zl)))
		b.add(l.Act, api.Add(ptr, api.Mul(n, pow2(32))), nil, tagLog)
	}
}
