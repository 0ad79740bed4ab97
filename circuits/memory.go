package circuits

import (
	"math/bits"

	"github.com/consensys/gnark/frontend"

	"github.com/zkprover/zkprover/isa"
	"github.com/zkprover/zkprover/statement"
)

// memory adds the memory table: every address's initial tuple (addr, init, 0)
// is produced once and its final tuple (addr, final, finalTS) consumed once.
//   - Image words (image.go): init the word, one per image word.
//   - RAM rows: the other word addresses in [0, RAMWords = 2^28) a run
//     touches, and padding, each once (init 0; ramRows).
//   - Registers: 32 fixed rows, init 0.
//   - State rows: strictly increasing keys (active rows first); init values
//     hashed into the old state root, final values into the new one (non-zero
//     values only, as statement.StateRoot).
//
// RAM word addresses have ramWordBits bits (RAMWords = 2^28).
const ramWordBits = 28

// sinkReg is the register cell (address isa.RegBase + 32) that writes to
// x0 go to: slots A and B address registers 0..31 only (rule 3).
const sinkReg = 32

var _ = [1]struct{}{}[isa.RAMWords-1<<ramWordBits]

func (c *Circuit) memory(g *gadgets) error {
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
	// The sink register: writes to x0 go there (step.go), nothing reads
	// it; it starts at 0 in every run and segment, and its final value is
	// any word (rule 3).
	a := api.Add(bigU(isa.RegBase), sinkReg)
	b.add(1, a, nil, tagMem)
	b.sub(1, api.Add(a, api.Mul(c.SinkTS, pow2(64))), b.beta(c.SinkFinal), tagMem)
	b.query(tagTS, 1, c.SinkTS, c.SinkTS, nil)
	return c.stateRows(g)
}

// ramRows is the RAM part of the memory table of a whole-run circuit
// outside the image (image.go has the image's words). With e = base/4 + n
// (n image words, e ≤ 2^28), a row's word address is
//
//	addr = Rot + e − 2^28·W,   W a bit,
//
// Rot the address rotated so that the image comes last: the rows have
// strictly increasing Rot in [0, 2^28 − n). So every RAM address outside the
// image has exactly one Rot (and W: 1 below the image), no row is an image
// address, and no two rows have the same address (docs/circuit.md, rule 3).
// Each row starts its address at (addr, 0, 0) and consumes its final tuple.
func (c *Circuit) ramRows(g *gadgets) {
	api, b := g.api, g.bus
	R := len(c.Mem)
	end := api.Add(c.imgBase, c.imgN)
	g.rangeBits(api.Sub(pow2(ramWordBits), end), ramWordBits+1) // e ≤ 2^28
	for r := range c.Mem {
		row := &c.Mem[r]
		g.boolean(row.W)
		if r+1 < R {
			b.rng(8, row.DB[0], 1)
			b.rng(8, row.DB[1], 1)
			b.rng(8, row.DB[2], 1)
			b.rng(4, row.DB[3], 1)
			api.AssertIsEqual(api.Sub(c.Mem[r+1].Rot, row.Rot, 1), word(api, row.DB))
		}
		addr := c.ramAddr(api, r)
		b.add(1, addr, nil, tagMem)
		b.sub(1, api.Add(addr, api.Mul(row.FinalTS, pow2(64))), b.beta(row.Final), tagMem)
		b.query(tagTS, 1, row.FinalTS, row.FinalTS, nil)
	}
	// 0 ≤ Rot_0 and Rot_{R−1} < 2^28 − n, so every Rot is in [0, 2^28 − n).
	g.rangeBits(c.Mem[0].Rot, ramWordBits)
	g.rangeBits(api.Sub(pow2(ramWordBits), c.imgN, 1, c.Mem[R-1].Rot), ramWordBits)
	if c.class.checksPages() {
		c.pageCount(g)
	}
}

// ramAddr is the word address of RAM row r: Rot + e − 2^28·W.
func (c *Circuit) ramAddr(api frontend.API, r int) frontend.Variable {
	row := &c.Mem[r]
	return api.Add(row.Rot, c.imgBase, c.imgN, api.Mul(row.W, new(bigInt).Neg(pow2(ramWordBits))))
}

// stateRows are the state rows: keys, initial and final values, roots.
func (c *Circuit) stateRows(g *gadgets) error {
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
	oldRoot, newRoot := c.st[statement.IdxOldStateRoot], c.st[statement.IdxNewStateRoot]
	if c.sg != nil { // a segment's roots are its boundaries' (segEnd ties them to the statement)
		oldRoot, newRoot = c.sg.cols.StateIn, c.sg.cols.StateOut
	}
	for _, r := range []struct {
		list []RootRow
		on   []frontend.Variable
		val  func(s int) frontend.Variable
		tag  int
		root frontend.Variable
	}{
		{c.OldRoot, onOld, func(s int) frontend.Variable { return word(api, c.State[s].IB) }, tagRootOld, oldRoot},
		{c.NewRoot, onNew, func(s int) frontend.Variable { return c.State[s].Final }, tagRootNew, newRoot},
	} {
		for s := range c.State {
			b.add(r.on[s], keys[s], b.beta(r.val(s)), r.tag)
		}
		h, err := c.rootList(g, r.list, r.tag)
		if err != nil {
			return err
		}
		api.AssertIsEqual(r.root, h)
	}
	return nil
}

// rootList constrains a state root's list and returns its hash,
// statement.StateRoot: an active prefix of rows (inactive rows zero) with
// strictly increasing keys, each consuming one (key; value) that the state
// rows offer under tag (those with a non-zero value), so the list is exactly
// those rows in key order (docs/circuit.md, rule 5 "State roots"); hashed as
// Sponge(3; n, chunks of three entries key + 2^32·value).
func (c *Circuit) rootList(g *gadgets, list []RootRow, tag int) (frontend.Variable, error) {
	api, b := g.api, g.bus
	acts := make([]frontend.Variable, len(list))
	for s := range list {
		acts[s] = list[s].Act
	}
	g.monotone(acts)
	entries := make([]frontend.Variable, len(list))
	for s := range list {
		r := &list[s]
		off := api.Sub(1, r.Act)
		g.gate(r.Key, off)
		g.gate(r.Val, off)
		if s+1 < len(list) {
			g.bytes(r.GB, 1)
			gk := api.Mul(list[s+1].Act, api.Sub(list[s+1].Key, r.Key, 1))
			api.AssertIsEqual(gk, word(api, r.GB))
		}
		b.sub(r.Act, r.Key, b.beta(r.Val), tag)
		entries[s] = api.Add(r.Key, api.Mul(r.Val, pow2(32)))
	}
	const per = statement.EntriesPerElement
	chunks := make([]frontend.Variable, 0, (len(list)+per-1)/per)
	on := make([]frontend.Variable, 0, cap(chunks))
	for e := 0; per*e < len(list); e++ {
		var x frontend.Variable = 0
		for j := per * e; j < min(per*(e+1), len(list)); j++ {
			x = api.Add(x, api.Mul(entries[j], pow2(uint(64*(j-per*e)))))
		}
		chunks = append(chunks, x)
		on = append(on, list[per*e].Act)
	}
	return g.sponge(statement.DomainState, []frontend.Variable{api.Add(0, 0, acts...)}, chunks, on)
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
// executor's isa.MaxMemoryPages). It walks the memory table as a circle: the
// image's pages first, F..L (the pages of its first and last word), then the
// RAM rows in order (addresses ascending from the image's end, wrapping to 0
// and ascending up to the image's base). Each address is split into its page
// and offset (both range-checked, so the split is the integer one, and the
// address is below 2^28); a row with New = 0 is on the previous row's page
// (the first row's previous page is L); Close = 1 only when the last row is
// on page F. The count
//
//	(L − F + 1) + Σ New − Close
//
// is at least the page changes around the circle, which are at least the
// pages used when two or more are (each page begins a run of the circle);
// one page is within any limit. So count ≤ limit bounds the pages used, and
// the honest assignment (New exactly at page changes) counts them exactly.
// The rows are the words loads and stores accessed outside the image and
// padding rows, which the assignment puts in unused words of used pages
// when it can.
func (c *Circuit) pageCount(g *gadgets) {
	api, b := g.api, g.bus
	pe := &c.MemPgEnd[0]
	split := func(addr, p0, p1, o0, o1 frontend.Variable) frontend.Variable {
		b.rng(8, p0, 1)
		b.rng(pageBits-8, p1, 1)
		b.rng(8, o0, 1)
		b.rng(offsetBits-8, o1, 1)
		page := api.Add(p0, api.Mul(p1, 256))
		api.AssertIsEqual(addr, api.Add(api.Mul(page, wordsPerPage), o0, api.Mul(o1, 256)))
		return page
	}
	first := split(c.imgBase, pe.FP0, pe.FP1, pe.FO0, pe.FO1)
	last := split(api.Sub(api.Add(c.imgBase, c.imgN), 1), pe.LP0, pe.LP1, pe.LO0, pe.LO1)
	prev := last
	count := api.Add(api.Sub(last, first), 1)
	for r := range c.Mem {
		p := &c.MemPg[r]
		page := split(c.ramAddr(api, r), p.P0, p.P1, p.O0, p.O1)
		g.boolean(p.New)
		g.gate(api.Sub(1, p.New), api.Sub(page, prev))
		count = api.Add(count, p.New)
		prev = page
	}
	g.boolean(pe.Close)
	g.gate(pe.Close, api.Sub(prev, first))
	count = api.Sub(count, pe.Close)
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
