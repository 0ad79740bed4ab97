package circuits

// Segment circuits (continuations, docs/circuit.md "Segments"): the circuit
// of a segment class proves at most 2^k steps of a run, from one machine
// state (statement.Boundary) to the next, under the run's statement. It has
// ONE public input, statement.SegmentDigest(ctx, in, out); the 27 statement
// elements are secret (Stmt). Differences from the whole-run circuit:
//   - the step rows start at the in-boundary's pc and output count; the
//     active rows are a prefix that ends either with a HALT (the last
//     segment: Last = 1) or anywhere without one (a segment cut when the
//     run goes on: full, or early when a table of the class is full); the
//     out-boundary's pc and output count are the last active row's;
//   - registers start at the in-boundary's values;
//   - RAM is paged: the memory tree (statement.MemTree) of the in-boundary
//     is opened at every page the segment touches (SegPg, ascending), each
//     page's PageWords rows (SegMem) start from the opened content and end
//     in the content hashed into the out-boundary's tree, updated page after
//     page with the same siblings;
//   - the state rows hash into the boundaries' state roots;
//   - the first segment (in.Cycles = 0) starts at the entry with zero
//     registers, nothing written, the statement's old state root and an
//     all-zero memory tree, and loads the image: every image word is the
//     initial value of its row (the image table offers it exactly once);
//   - the last segment's exit code, output length and new state root are the
//     statement's.

import (
	"github.com/consensys/gnark/frontend"

	"github.com/zkprover/zkprover/statement"
)

// SegCols are the boundary columns of a segment circuit (all secret).
type SegCols struct {
	CycB         [5]frontend.Variable                        // in.Cycles bytes (< 2^40)
	CycOutB      [5]frontend.Variable                        // out.Cycles bytes
	PCIn, PCOut  [4]frontend.Variable                        // in.PC, out.PC bytes
	RegIn        [32][4]frontend.Variable                    // in.Regs bytes
	MemIn        frontend.Variable                           // in.MemRoot
	StateIn      frontend.Variable                           // in.StateRoot
	StateOut     frontend.Variable                           // out.StateRoot
	Last         frontend.Variable                           // the segment halts
	OutLo, OutHi [statement.MaxOutputWords]frontend.Variable // output words written before / by the end of the segment (prefixes)
}

// SegMemRow is one RAM word of a page slot (all secret); its address is the
// slot's page·PageWords + its index in the slot.
type SegMemRow struct {
	IsImg, Final, FinalTS frontend.Variable
	IB                    [4]frontend.Variable // initial value bytes
}

// SegPage is one page slot (all secret): active slots are a prefix, with
// strictly increasing pages; Sib are the siblings of the page's leaf in the
// tree before the slot's update, from the leaf up.
type SegPage struct {
	Act frontend.Variable
	Bit [statement.MemTreeDepth]frontend.Variable // page index bits, little-endian
	Sib [statement.MemTreeDepth]frontend.Variable
}

// segState carries values between the parts of a segment circuit.
type segState struct {
	cols          *SegCols
	first, last   frontend.Variable
	cycIn, pcIn   frontend.Variable
	outIn, outOut frontend.Variable
	regIn         [32]frontend.Variable
	// set by steps()
	npcLast, ocLast, active frontend.Variable
	// set by memory()
	memOut frontend.Variable
}

// segBegin range-checks the in-boundary and derives first/last.
func (c *Circuit) segBegin(g *gadgets) *segState {
	api := g.api
	s := &c.SegV[0]
	sg := &segState{cols: s, last: s.Last}
	g.boolean(s.Last)
	var cyc frontend.Variable = 0
	for k, x := range s.CycB {
		g.bus.rng(8, x, 1)
		cyc = api.Add(cyc, api.Mul(x, pow2(uint(8*k))))
	}
	sg.cycIn = cyc
	sg.first = api.IsZero(cyc)
	g.bytes(s.PCIn, 1)
	sg.pcIn = word(api, s.PCIn)
	for k := range s.RegIn {
		g.bytes(s.RegIn[k], 1)
		sg.regIn[k] = word(api, s.RegIn[k])
	}
	g.zero(sg.regIn[0])
	g.monotone(s.OutLo[:])
	g.monotone(s.OutHi[:])
	for j := range s.OutLo {
		g.gate(s.OutLo[j], api.Sub(1, s.OutHi[j]))
	}
	sg.outIn = api.Add(0, 0, s.OutLo[:]...)
	sg.outOut = api.Add(0, 0, s.OutHi[:]...)
	return sg
}

// segPublic adds the segment's output constraints (called by public() with
// the enabled output words and their count): the words written by this
// segment are the statement's words [outIn, outOut); the last segment wrote
// them all.
func (c *Circuit) segOutput(g *gadgets, outEn []frontend.Variable, nOut frontend.Variable) {
	s := c.sg.cols
	for j := range s.OutHi {
		g.gate(s.OutHi[j], g.api.Sub(1, outEn[j]))
	}
	g.gate(c.sg.last, g.api.Sub(c.sg.outOut, nOut))
}

// segMemory is the RAM part of the memory table of a segment circuit: the
// page slots, their rows, and the memory tree update.
func (c *Circuit) segMemory(g *gadgets) {
	api, b := g.api, g.bus
	sg := c.sg
	first := sg.first
	P := statement.PageWords
	acts := make([]frontend.Variable, len(c.SegPg))
	for s := range c.SegPg {
		acts[s] = c.SegPg[s].Act
	}
	g.monotone(acts)
	zl := statement.ZeroNode(0)
	zeroLeaf := zl.BigInt(new(bigInt))
	root := sg.cols.MemIn
	pages := make([]frontend.Variable, len(c.SegPg))
	for s := range c.SegPg {
		pg := &c.SegPg[s]
		var page frontend.Variable = 0
		for l, bit := range pg.Bit {
			g.boolean(bit)
			page = api.Add(page, api.Mul(bit, pow2(uint(l))))
		}
		pages[s] = page
		if s > 0 {
			// strictly increasing pages among active slots
			gap := api.Mul(pg.Act, api.Sub(page, pages[s-1], 1))
			g.rangeBits(gap, statement.MemTreeDepth)
		}
		rows := c.SegMem[s*P : (s+1)*P]
		inits := make([]frontend.Variable, P)
		finals := make([]frontend.Variable, P)
		for w := range rows {
			row := &rows[w]
			addr := api.Add(api.Mul(page, P), w)
			g.bytes(row.IB, 1)
			init := word(api, row.IB)
			inits[w], finals[w] = init, row.Final
			g.boolean(row.IsImg)
			g.gate(row.IsImg, api.Sub(1, first))    // image rows only in the first segment
			g.gate(row.IsImg, api.Sub(1, pg.Act))   // and only in active slots (docs/circuit.md S4)
			g.gate(init, api.Sub(first, row.IsImg)) // first segment: other rows start at 0
			bi := b.beta(init)
			b.add(pg.Act, addr, bi, tagMem)
			b.sub(row.IsImg, addr, bi, tagImgInit)
			b.sub(pg.Act, api.Add(addr, api.Mul(row.FinalTS, pow2(64))), b.beta(row.Final), tagMem)
			b.query(tagTS, pg.Act, row.FinalTS, row.FinalTS, nil)
		}
		leafIn := api.Select(first, zeroLeaf, c.pageLeaf(g, inits))
		leafOut := c.pageLeaf(g, finals)
		rIn := c.merkleRoot(g, leafIn, pg)
		rOut := c.merkleRoot(g, leafOut, pg)
		g.gate(pg.Act, api.Sub(rIn, root))
		root = api.Select(pg.Act, rOut, root)
	}
	sg.memOut = root
}

// pageLeaf is statement.PageLeaf of P words.
func (c *Circuit) pageLeaf(g *gadgets, words []frontend.Variable) frontend.Variable {
	h := g.perm.Compress(0, statement.DomainPage)
	for e := 0; 7*e < len(words); e++ {
		end := min(7*(e+1), len(words))
		h = g.perm.Compress(h, pack7(g.api, words[7*e:end]))
	}
	return h
}

// merkleRoot recomputes the tree root from a leaf, the page bits and the
// siblings (statement.RootFromPath).
func (c *Circuit) merkleRoot(g *gadgets, leaf frontend.Variable, pg *SegPage) frontend.Variable {
	api := g.api
	h := leaf
	for l := range pg.Bit {
		left := api.Select(pg.Bit[l], pg.Sib[l], h)
		right := api.Select(pg.Bit[l], h, pg.Sib[l])
		h = g.perm.Compress(left, right)
	}
	return h
}

// segSteps ends the step rows of a segment (docs/circuit.md S2), given
// every row's act and HALT flags and the last row's next pc. The active rows are a prefix of T >= 1 rows (row
// 0 is active; for booleans with T ones, Σ i·act_i = T(T−1)/2 holds exactly
// for the prefix); if Last, exactly one row halts and it is row T−1,
// otherwise none does. Inactive rows decode to the padding row: they write
// nothing and their next pc is pc + 4, so the last active row's next pc is
// the last row's minus 4·(N − T). No constraint per row.
func (c *Circuit) segSteps(g *gadgets, acts, halts []frontend.Variable, npc frontend.Variable) {
	api := g.api
	sg := c.sg
	n := len(acts)
	iAct := make([]frontend.Variable, n)
	iHalt := make([]frontend.Variable, n)
	for i := range acts {
		iAct[i] = api.Mul(acts[i], i)
		iHalt[i] = api.Mul(halts[i], i)
	}
	t := api.Add(0, 0, acts...)
	api.AssertIsEqual(api.Mul(api.Add(0, 0, iAct...), 2), api.Mul(t, api.Sub(t, 1)))
	api.AssertIsEqual(api.Add(0, 0, halts...), sg.last)
	api.AssertIsEqual(api.Add(0, 0, iHalt...), api.Mul(sg.last, api.Sub(t, 1)))
	sg.active = t
	sg.npcLast = api.Sub(npc, api.Mul(api.Sub(n, t), 4))
}

// segRegInit is the initial value of register k.
func (c *Circuit) segRegInit(k int) frontend.Variable { return c.sg.regIn[k] }

// segEnd ties the boundaries: the first segment's start, the out-boundary,
// and the one public input.
func (c *Circuit) segEnd(g *gadgets) {
	api := g.api
	sg := c.sg
	s := sg.cols
	first := sg.first

	// The first segment starts the run.
	g.gate(first, api.Sub(sg.pcIn, c.entry))
	for k := range sg.regIn {
		g.gate(first, sg.regIn[k])
	}
	zr := statement.ZeroRoot()
	g.gate(first, api.Sub(s.MemIn, zr.BigInt(new(bigInt))))
	g.gate(first, sg.outIn)
	g.gate(first, api.Sub(s.StateIn, c.st[statement.IdxOldStateRoot]))
	// The last one ends it.
	g.gate(sg.last, api.Sub(s.StateOut, c.st[statement.IdxNewStateRoot]))

	// Out-boundary: cycles, pc (0 once halted), output count, halted.
	var cycOut frontend.Variable = 0
	for k, x := range s.CycOutB {
		g.bus.rng(8, x, 1)
		cycOut = api.Add(cycOut, api.Mul(x, pow2(uint(8*k))))
	}
	api.AssertIsEqual(cycOut, api.Add(sg.cycIn, sg.active))
	g.bytes(s.PCOut, 1)
	pcOut := word(api, s.PCOut)
	api.AssertIsEqual(pcOut, api.Mul(api.Sub(1, sg.last), sg.npcLast))
	api.AssertIsEqual(sg.outOut, sg.ocLast)

	regOut := make([]frontend.Variable, 32)
	copy(regOut, c.RegFinal[:])
	in := c.boundaryDigest(g, sg.cycIn, sg.pcIn, sg.outIn, 0, sg.regIn[:], s.MemIn, s.StateIn)
	out := c.boundaryDigest(g, cycOut, pcOut, sg.outOut, sg.last, regOut, sg.memOut, s.StateOut)
	ctx := g.perm.Compress(0, statement.DomainSegCtx)
	for _, e := range c.st {
		ctx = g.perm.Compress(ctx, e)
	}
	d := g.perm.Compress(0, statement.DomainSegment)
	d = g.perm.Compress(d, ctx)
	d = g.perm.Compress(d, in)
	d = g.perm.Compress(d, out)
	api.AssertIsEqual(c.Pub[0], d)
}

// boundaryDigest is statement.Boundary.Digest of range-checked fields.
func (c *Circuit) boundaryDigest(g *gadgets, cyc, pc, oc, halted frontend.Variable, regs []frontend.Variable, mem, state frontend.Variable) frontend.Variable {
	api := g.api
	sc := api.Add(cyc, api.Mul(pc, pow2(40)), api.Mul(oc, pow2(72)), api.Mul(halted, pow2(80)))
	h := g.perm.Compress(0, statement.DomainBoundary)
	h = g.perm.Compress(h, sc)
	for e := 0; 7*e < len(regs); e++ {
		end := min(7*(e+1), len(regs))
		h = g.perm.Compress(h, pack7(api, regs[7*e:end]))
	}
	h = g.perm.Compress(h, mem)
	return g.perm.Compress(h, state)
}
