package circuits

import (
	"github.com/consensys/gnark/frontend"

	"github.com/zkprover/zkprover/isa"
)

// sysMsg is the fingerprint of the message between an ECALL step and its
// row of the system-call table: (a7, halt, a0, step index), with a0 after
// the call in the β slot. a7 and a0 are words on both sides (the step's
// read registers; the row's a7 is the call number, its a0 is range
// checked), halt a bit, the index below 2^26 (the row checks it against
// 4·Steps): the packing is injective.
func sysMsg(api frontend.API, a7, halt, a0, idx frontend.Variable) frontend.Variable {
	return api.Add(a7, api.Mul(halt, pow2(32)), api.Mul(a0, pow2(33)), api.Mul(idx, pow2(65)))
}

// sysTable constrains the system-call table (docs/circuit.md rule 5b): one
// active row per ECALL step, in step order, that takes the step's message
// (a7, halt, a0, index; a0 after the call) and does the call's work: the
// READ lookups, the output words (numbered by the row's output counter),
// the LOG call, the state access of STATE_GET and STATE_SET, the a1 read
// of STATE_SET, LOG and SHA256_COMPRESS, the precompile calls, and the
// exit code of HALT. Its accesses use the step's slot M timestamp 4i+3,
// which the step's own slot M leaves to loads and stores.
func (c *Circuit) sysTable(g *gadgets) {
	api, b := g.api, g.bus
	var oc frontend.Variable = 0
	if c.sg != nil {
		oc = c.sg.outIn
	}
	exitTerms := make([]frontend.Variable, 0, len(c.Sys))
	for j := range c.Sys {
		r := &c.Sys[j]
		g.boolean(r.Act)
		var n, a7 frontend.Variable = 0, 0
		for k := range r.S {
			g.boolean(r.S[k])
			n = api.Add(n, r.S[k])
			a7 = api.Add(a7, api.Mul(r.S[k], k))
		}
		api.AssertIsEqual(n, r.Act) // one call number exactly on an active row

		// Active rows first, in step order, each index in [0, 4·Steps].
		b.query(tagTS, r.Act, r.Idx, r.Idx, nil)
		if j > 0 {
			p := &c.Sys[j-1]
			g.gate(r.Act, api.Sub(1, p.Act))
			d := api.Sub(r.Idx, p.Idx, 1)
			b.query(tagTS, r.Act, d, d, nil)
		}
		// The output counter: the words written before this call.
		api.AssertIsEqual(r.OC, oc)
		out := r.S[isa.SysWriteOutput]
		oc = api.Add(r.OC, out)

		a0 := word(api, r.AB)
		g.bytes(r.AB, 1)
		dv := b.beta(r.Dv)
		halt := r.S[isa.SysHalt]
		b.add(r.Act, sysMsg(api, a7, halt, a0, r.Idx), dv, tagSys)
		ts := api.Add(api.Mul(r.Idx, 4), 3)

		// READ_*: the IO table's kind is the call number (public.go); the
		// word is a0 after the call.
		on, off, ctx := r.S[isa.SysReadOnchain], r.S[isa.SysReadOffchain], r.S[isa.SysReadContext]
		rIO := api.Add(on, off, ctx)
		kind := api.Add(api.Mul(on, isa.SysReadOnchain), api.Mul(off, isa.SysReadOffchain), api.Mul(ctx, isa.SysReadContext))
		iok := api.Add(kind, api.Mul(a0, 4))
		b.query(tagIO, rIO, iok, iok, dv)
		b.sub(out, api.Add(r.OC, api.Mul(a0, pow2(32))), nil, tagOut)

		// a1, read (unchanged) by STATE_SET (the value), LOG (the length)
		// and SHA256_COMPRESS (the block pointer).
		get, set := r.S[isa.SysStateGet], r.S[isa.SysStateSet]
		log, sha := r.S[isa.SysLog], r.S[isa.SysSha256Compress]
		g.access(api.Add(set, log, sha), bigU(isa.RegBase+isa.RegA1), r.A1, r.A1, ts, r.TA1, true)
		// STATE_GET and STATE_SET: the state word of key a0.
		mNew := api.Add(r.M, api.Mul(set, api.Sub(r.A1, r.M)))
		g.access(api.Add(get, set), api.Add(bigU(isa.StateBase), a0), r.M, mNew, ts, r.TM, false)
		// a0 after the call: the READ word (the lookup), the state value
		// (STATE_GET), else unchanged.
		g.gate(api.Sub(1, rIO, get), api.Sub(r.Dv, a0))
		g.gate(get, api.Sub(r.Dv, r.M))

		b.sub(log, api.Add(a0, api.Mul(r.A1, pow2(32))), nil, tagLog)
		// SHA256_COMPRESS: (ts, a0, a1) to the SHA-256 table and KECCAK_F:
		// (ts, a0) to the Keccak table (precompile.go), which do the
		// calls' memory accesses.
		b.sub(sha, api.Add(ts, api.Mul(a0, pow2(32)), api.Mul(r.A1, pow2(64))), nil, tagSha)
		b.sub(r.S[isa.SysKeccakF], api.Add(ts, api.Mul(a0, pow2(32))), nil, tagKeccak)
		exitTerms = append(exitTerms, api.Mul(halt, a0))
	}
	exit := c.exitCode
	if c.sg != nil { // only the last segment halts
		exit = api.Mul(exit, c.sg.last)
		c.sg.ocLast = oc
	}
	api.AssertIsEqual(api.Add(0, 0, exitTerms...), exit)
}
