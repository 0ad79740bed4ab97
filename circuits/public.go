package circuits

import (
	"github.com/consensys/gnark/frontend"

	"github.com/zkprover/zkprover/isa"
	"github.com/zkprover/zkprover/statement"
)

// monotone constrains flags to be booleans forming a prefix of ones.
func (g *gadgets) monotone(fl []frontend.Variable) {
	for i, f := range fl {
		g.boolean(f)
		if i > 0 {
			g.gate(f, g.api.Sub(1, fl[i-1]))
		}
	}
}

// pack7 packs up to 7 words as statement.PackWords.
func pack7(api frontend.API, words []frontend.Variable) frontend.Variable {
	var acc frontend.Variable = 0
	for i, w := range words {
		acc = api.Add(acc, api.Mul(w, pow2(uint(32*i))))
	}
	return acc
}

// public binds the public inputs: context, lengths, exit code, onchain input,
// output, offchain input (hash), and builds the IO and output tables.
func (c *Circuit) public(g *gadgets) error {
	api, b := g.api, g.bus
	// IO table: (kind, index) -> value, kind the READ_* call number.
	io := b.newTable(tagIO)
	ioEntry := func(kind, idx int, val, disabled frontend.Variable) {
		p := api.Add(kind+4*idx, api.Mul(disabled, pow2(80)))
		io.entry(p, p, b.beta(val))
	}

	// Context.
	var cw [6]frontend.Variable
	for i := range c.CtxB {
		g.bytes(c.CtxB[i], 1)
		cw[i] = word(api, c.CtxB[i])
	}
	api.AssertIsEqual(c.st[statement.IdxContext0], pack7(api, cw[:]))
	var sw [5]frontend.Variable
	var seq frontend.Variable = 0
	for i := range c.SeqB {
		g.bytes(c.SeqB[i], 1)
		sw[i] = word(api, c.SeqB[i])
		seq = api.Add(seq, api.Mul(sw[i], pow2(uint(32*(4-i)))))
	}
	api.AssertIsEqual(c.st[statement.IdxContext1], seq)

	// Onchain input: bytes, byte enables (a prefix: the length), zero padding.
	for i := range c.OnB {
		b.rng(8, c.OnB[i], 1)
		g.gate(c.OnB[i], api.Sub(1, c.OnEn[i]))
	}
	g.monotone(c.OnEn[:])
	onLen := api.Add(c.OnEn[0], c.OnEn[1], c.OnEn[2:]...)
	onWords := make([]frontend.Variable, statement.MaxOnchainWords)
	for j := range onWords {
		onWords[j] = word(api, [4]frontend.Variable{c.OnB[4*j], c.OnB[4*j+1], c.OnB[4*j+2], c.OnB[4*j+3]})
		ioEntry(isa.SysReadOnchain, j, onWords[j], api.Sub(1, c.OnEn[4*j]))
	}
	for e := 0; e < statement.BlobElements; e++ {
		end := min(7*(e+1), len(onWords))
		api.AssertIsEqual(c.st[statement.IdxOnchainInput+e], pack7(api, onWords[7*e:end]))
	}

	// Output: whole words, enables a prefix, zero padding, each enabled word
	// written exactly once, in order (the step's output counter).
	for i := range c.OutB {
		b.rng(8, c.OutB[i], 1)
	}
	g.monotone(c.OutEn[:])
	outWords := make([]frontend.Variable, statement.MaxOutputWords)
	for j := range outWords {
		outWords[j] = word(api, [4]frontend.Variable{c.OutB[4*j], c.OutB[4*j+1], c.OutB[4*j+2], c.OutB[4*j+3]})
		g.gate(outWords[j], api.Sub(1, c.OutEn[j]))
		mult := c.OutEn[j]
		if c.sg != nil { // the words this segment writes
			mult = api.Sub(c.sg.cols.OutHi[j], c.sg.cols.OutLo[j])
		}
		b.add(mult, api.Add(j, api.Mul(outWords[j], pow2(32))), nil, tagOut)
	}
	for e := 0; e < statement.BlobElements; e++ {
		end := min(7*(e+1), len(outWords))
		api.AssertIsEqual(c.st[statement.IdxOutput+e], pack7(api, outWords[7*e:end]))
	}
	nOut := api.Add(c.OutEn[0], c.OutEn[1], c.OutEn[2:]...)
	if c.sg != nil {
		c.segOutput(g, c.OutEn[:], nOut)
	}

	// Lengths and exit code (the exit code is tied to HALT by the steps).
	g.bytes(c.ExitB, 1)
	exit := word(api, c.ExitB)
	api.AssertIsEqual(c.st[statement.IdxLengths],
		api.Add(onLen, api.Mul(nOut, pow2(34)), api.Mul(exit, pow2(64))))

	// Offchain input: words, enables, length, hash.
	g.monotone(c.OffAct)
	offWords := make([]frontend.Variable, len(c.OffB))
	for j := range c.OffB {
		g.bytes(c.OffB[j], 1)
		offWords[j] = word(api, c.OffB[j])
		g.gate(offWords[j], api.Sub(1, c.OffAct[j]))
		ioEntry(isa.SysReadOffchain, j, offWords[j], api.Sub(1, c.OffAct[j]))
	}
	nOff := api.Add(0, 0, c.OffAct...)
	b.rng(2, c.OffPad, 1)
	g.gate(c.OffPad, api.Sub(1, c.OffAct[0]))
	offLen := api.Sub(api.Mul(nOff, 4), c.OffPad)
	h, err := g.wordSponge(statement.DomainOffchain, []frontend.Variable{offLen}, offWords, c.OffAct)
	if err != nil {
		return err
	}
	api.AssertIsEqual(c.st[statement.IdxOffchainHash], h)

	// Context fields for READ_CONTEXT.
	ioEntry(isa.SysReadContext, isa.CtxOnchainLen, onLen, 0)
	ioEntry(isa.SysReadContext, isa.CtxOffchainLen, offLen, 0)
	for i := range cw {
		ioEntry(isa.SysReadContext, isa.CtxChainIDLo+i, cw[i], 0)
	}
	for i := range sw {
		ioEntry(isa.SysReadContext, isa.CtxSequencer+i, sw[i], 0)
	}
	c.exitCode = exit
	return nil
}
