package circuits

import (
	"github.com/consensys/gnark/frontend"

	"github.com/zkprover/zkprover/statement"
)

// image hashes the image into the program id and builds the fetch table
// {(base + 4j, word_j)}. In a whole run it is also the image's part of the
// memory table: word j's address base/4 + j is initialised with word_j and
// its final tuple consumed (memory.go has the rest of RAM); a segment offers
// the image-init entries {(base/4 + j, word_j)} that the first segment's page
// rows consume exactly once each.
func (c *Circuit) image(g *gadgets) error {
	api, b := g.api, g.bus
	g.bytes(c.EntryB, 1)
	g.bytes(c.BaseB, 1)
	b.rng(6, c.BaseB[3], 1) // base/4 < 2^30
	entry := word(api, c.EntryB)
	bw := word(api, c.BaseB)
	c.entry = entry
	g.monotone(c.ImgAct)
	fetch := b.newTable(tagFetch)
	words := make([]frontend.Variable, len(c.ImgB))
	for j := range c.ImgB {
		g.bytes(c.ImgB[j], 1)
		words[j] = word(api, c.ImgB[j])
		off := api.Sub(1, c.ImgAct[j])
		g.gate(words[j], off)
		dis := api.Mul(off, pow2(64))
		p := api.Add(api.Mul(api.Add(bw, j), 4), api.Mul(words[j], pow2(32)), dis)
		fetch.entry(p, p, nil)
		if c.sg != nil { // only the first segment loads the image, into its page rows
			b.add(api.Mul(c.ImgAct[j], c.sg.first), api.Add(bw, j, dis), b.beta(words[j]), tagImgInit)
			continue
		}
		// A whole run's memory table: the image word's address starts
		// with the word (timestamp 0) and ends with its final value and
		// timestamp (memory.go).
		ad := api.Add(bw, j)
		e := &c.ImgEnd[j]
		b.add(c.ImgAct[j], ad, b.beta(words[j]), tagMem)
		b.sub(c.ImgAct[j], api.Add(ad, api.Mul(e.FinalTS, pow2(64))), b.beta(e.Final), tagMem)
		b.query(tagTS, c.ImgAct[j], e.FinalTS, e.FinalTS, nil)
	}
	n := api.Add(0, 0, c.ImgAct...)
	c.imgBase, c.imgN = bw, n
	h, err := g.wordSponge(statement.DomainProgram, []frontend.Variable{entry, api.Mul(bw, 4), n}, words, c.ImgAct)
	if err != nil {
		return err
	}
	api.AssertIsEqual(c.st[statement.IdxProgramID], h)
	return nil
}
