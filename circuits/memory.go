package circuits

import (
	"math/bits"

	"github.com/consensys/gnark/frontend"

	"github.com/zkprover/zkprover/isa"
	"github.com/zkprover/zkprover/statement"
)

// memory adds the memory table: every address's initial tuple (addr, init, 0)
// is produced once and its final tuple (addr, final, finalTS) consumed once.
//   - RAM rows: strictly increasing word addresses in [0, RAMWords = 2^28); a row is an
//     image row (its init consumes the image word of its address, each image
//     word exactly once) or a zero row (init 0).
//   - Registers: 32 fixed rows, init 0.
//   - State rows: strictly increasing keys (active rows first); init values
//     hashed into the old state root, final values into the new one (non-zero
//     values only, as statement.StateRoot).
//
// RAM word addresses have ramWordBits bits (RAMWords = 2^28).
const ramWordBits = 28

var _ = [1]struct{}{}[isa.RAMWords-1<<ramWordBits]

func (c *Circuit) memory(g *gadgets) {
	api, b := g.api, g.bus
	if c.sg != nil {
		c.segMemory(g)
	} else {
		c.ramRows(g)
	}
	for k := 0; k < 32; k++ {
		a := api.Add(bigU(isa.RegBase), k)
		if c.sg != nil {
			b.add(1, a, b.beta(c.segRegInit(k)), tagMem)
		} else {
			b.add(1, a, nil, tagMem)
		}
		b.sub(1, api.Add(a, api.Mul(c.RegTS[k], pow2(64))), b.beta(c.RegFinal[k]), tagMem)
		b.query(tagTS, 1, c.RegTS[k], c.RegTS[k], nil)
	}
	c.stateRows(g)
}

// ramRows is the RAM part of the memory table of a whole-run circuit.
func (c *Circuit) ramRows(g *gadgets) {
	api, b := g.api, g.bus
	R := len(c.Mem)
	for r := range c.Mem {
		row := &c.Mem[r]
		g.boolean(row.IsImg)
		g.gate(row.Init, api.Sub(1, row.IsImg))
		if r+1 < R {
			b.rng(8, row.DB[0], 1)
			b.rng(8, row.DB[1], 1)
			b.rng(8, row.DB[2], 1)
			b.rng(4, row.DB[3], 1)
			api.AssertIsEqual(api.Sub(c.Mem[r+1].Addr, row.Addr, 1), word(api, row.DB))
		}
		bi := b.beta(row.Init)
		b.add(1, row.Addr, bi, tagMem)
		b.sub(row.IsImg, row.Addr, bi, tagImgInit)
		b.sub(1, api.Add(row.Addr, api.Mul(row.FinalTS, pow2(64))), b.beta(row.Final), tagMem)
		b.query(tagTS, 1, row.FinalTS, row.FinalTS, nil)
	}
	// First and last RAM addresses in [0, RAMWords), so all are.
	for _, a := range []frontend.Variable{c.Mem[0].Addr, c.Mem[R-1].Addr} {
		g.rangeBits(a, ramWordBits)
	}
	if c.class.checksPages() {
		c.pageCount(g)
	}
}

// stateRows are the state rows: keys, initial and final values, roots.
func (c *Circuit) stateRows(g *gadgets) {
	api, b := g.api, g.bus
	S := len(c.State)
	acts := make([]frontend.Variable, S)
	for s := range c.State {
		acts[s] = c.State[s].Act
	}
	g.monotone(acts)
	keys := make([]frontend.Variable, S)
	for s := range c.State {
		keys[s] = word(api, c.State[s].KB)
	}
	onOld := make([]frontend.Variable, S)
	onNew := make([]frontend.Variable, S)
	for s := range c.State {
		row := &c.State[s]
		g.bytes(row.KB, 1)
		g.bytes(row.IB, 1)
		init := word(api, row.IB)
		if s+1 < S {
			gk := api.Mul(c.State[s+1].Act, api.Sub(keys[s+1], keys[s], 1))
			g.bytes(row.GB, 1)
			api.AssertIsEqual(gk, word(api, row.GB))
		}
		nzI := api.Mul(init, row.InvI)
		g.gate(init, api.Sub(1, nzI))
		nzF := api.Mul(row.Final, row.InvF)
		g.gate(row.Final, api.Sub(1, nzF))
		onOld[s] = api.Mul(row.Act, nzI)
		onNew[s] = api.Mul(row.Act, nzF)
		addr := api.Add(bigU(isa.StateBase), keys[s])
		b.add(row.Act, addr, b.beta(init), tagMem)
		b.sub(row.Act, api.Add(addr, api.Mul(row.FinalTS, pow2(64))), b.beta(row.Final), tagMem)
		b.query(tagTS, row.Act, row.FinalTS, row.FinalTS, nil)
	}
	root := func(on []frontend.Variable, val func(s int) frontend.Variable) frontend.Variable {
		h := g.perm.Compress(0, statement.DomainState)
		h = g.perm.Compress(h, api.Add(0, 0, on...))
		for s := range c.State {
			h = g.chain(h, api.Add(keys[s], api.Mul(val(s), pow2(32))), on[s])
		}
		return h
	}
	oldRoot, newRoot := c.st[statement.IdxOldStateRoot], c.st[statement.IdxNewStateRoot]
	if c.sg != nil { // a segment's roots are its boundaries' (segEnd ties them to the statement)
		oldRoot, newRoot = c.sg.cols.StateIn, c.sg.cols.StateOut
	}
	api.AssertIsEqual(oldRoot, root(onOld, func(s int) frontend.Variable { return word(api, c.State[s].IB) }))
	api.AssertIsEqual(newRoot, root(onNew, func(s int) frontend.Variable { return c.State[s].Final }))
}

// Pages: a RAM word address is page·wordsPerPage + offset, the page below
// 2^pageBits and the offset below 2^offsetBits = wordsPerPage.
const (
	offsetBits   = 12
	pageBits     = ramWordBits - offsetBits
	wordsPerPage = 1 << offsetBits
)

var _ = [1]struct{}{}[isa.PageBytes-4*wordsPerPage]

// pageCount bounds the RAM pages a run uses by the memory limit (the
// executor's isa.MaxMemoryPages): each RAM row's address is split into its
// page and offset (both range-checked, so the split is the integer one); a
// row with New = 0 is on the previous row's page; the pages are
// 1 + Σ New ≤ limit. New = 1 on the previous row's page only overcounts.
// The rows are the image words, the words loads and stores accessed (the
// executor's pages exactly) and padding rows, which the assignment puts in
// unused words of used pages when it can.
func (c *Circuit) pageCount(g *gadgets) {
	api, b := g.api, g.bus
	var prev frontend.Variable
	var count frontend.Variable = 1
	for r := range c.Mem {
		p := &c.MemPg[r]
		b.rng(8, p.P0, 1)
		b.rng(pageBits-8, p.P1, 1)
		b.rng(8, p.O0, 1)
		b.rng(offsetBits-8, p.O1, 1)
		page := api.Add(p.P0, api.Mul(p.P1, 256))
		api.AssertIsEqual(c.Mem[r].Addr, api.Add(api.Mul(page, wordsPerPage), p.O0, api.Mul(p.O1, 256)))
		if r == 0 {
			g.zero(p.New) // the first row's page is the 1 of the count
		} else {
			g.boolean(p.New)
			g.gate(api.Sub(1, p.New), api.Sub(page, prev))
			count = api.Add(count, p.New)
		}
		prev = page
	}
	limit := c.class.memPages()
	g.rangeBits(api.Sub(limit, count), bits.Len(uint(limit)))
}

// rangeBits checks 0 <= x < 2^bits with a hinted byte decomposition.
func (g *gadgets) rangeBits(x frontend.Variable, bits int) {
	api := g.api
	n := (bits + 7) / 8
	parts, err := api.Compiler().NewHint(bytesHint, n, x)
	if err != nil {
		panic(err)
	}
	g.bus.extra = append(g.bus.extra, parts...)
	var acc frontend.Variable = 0
	for k := 0; k < n; k++ {
		w := 8
		if k == n-1 && bits%8 != 0 {
			w = bits % 8
		}
		g.bus.rng(w, parts[k], 1)
		acc = api.Add(acc, api.Mul(parts[k], pow2(uint(8*k))))
	}
	api.AssertIsEqual(acc, x)
}
