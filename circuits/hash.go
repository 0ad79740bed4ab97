package circuits

import (
	"fmt"

	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/permutation/poseidon2"

	"github.com/zkprover/zkprover/statement"
)

// sponge is statement.Sponge over header ++ chunks, where only a prefix of
// the chunks is absorbed: chunk j is active when on[j] = 1, the active
// chunks are a prefix (the caller's monotone column) and the inactive ones
// are zero. Every block is permuted, and the hash is the state after the
// last block holding a header element or an active chunk: with on a prefix,
// last_b = on_b − on_{b+1} is 1 for exactly that block (on_b being 1 for a
// block with a header element, else the on of its first chunk). The
// remaining blocks only absorb zeros, so the hash equals statement.Sponge of
// the header and the active chunks (zero-padded to the block, as Sponge
// pads). Callers include the active length in the header.
func (g *gadgets) sponge(domain uint64, header, chunks, on []frontend.Variable) (frontend.Variable, error) {
	api := g.api
	if g.sp == nil {
		p, err := poseidon2.NewPoseidon2FromParameters(api, statement.SpongeWidth, statement.SpongeFullRounds, statement.SpongePartialRounds)
		if err != nil {
			return nil, fmt.Errorf("poseidon2 width %d: %w", statement.SpongeWidth, err)
		}
		g.sp = p
	}
	elems := append(append([]frontend.Variable{}, header...), chunks...)
	nb := max(1, (len(elems)+statement.SpongeRate-1)/statement.SpongeRate)
	blockOn := func(b int) frontend.Variable {
		switch first := b * statement.SpongeRate; {
		case b >= nb:
			return 0
		case first < len(header):
			return 1
		default:
			return on[first-len(header)]
		}
	}
	st := make([]frontend.Variable, statement.SpongeWidth)
	st[0] = domain
	for i := 1; i < len(st); i++ {
		st[i] = 0
	}
	var out frontend.Variable = 0
	for b := range nb {
		for i := 0; i < statement.SpongeRate && b*statement.SpongeRate+i < len(elems); i++ {
			st[1+i] = api.Add(st[1+i], elems[b*statement.SpongeRate+i])
		}
		if err := g.sp.Permutation(st); err != nil {
			return nil, fmt.Errorf("poseidon2 width %d: %w", statement.SpongeWidth, err)
		}
		out = api.Add(out, api.Mul(api.Sub(blockOn(b), blockOn(b+1)), st[1]))
	}
	return out, nil
}

// wordSponge is statement.Sponge(domain; header, pack7 chunks of words) over
// a prefix of active words (act, monotone; inactive words zero): a chunk is
// active when its first word is.
func (g *gadgets) wordSponge(domain uint64, header, words, act []frontend.Variable) (frontend.Variable, error) {
	chunks := make([]frontend.Variable, 0, (len(words)+6)/7)
	on := make([]frontend.Variable, 0, cap(chunks))
	for e := 0; 7*e < len(words); e++ {
		chunks = append(chunks, pack7(g.api, words[7*e:min(7*(e+1), len(words))]))
		on = append(on, act[7*e])
	}
	return g.sponge(domain, header, chunks, on)
}
