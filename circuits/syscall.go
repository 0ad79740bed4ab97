package circuits

import (
	"github.com/consensys/gnark/frontend"

	"github.com/zkprover/zkprover/isa"
)

// The system calls are proven in two tables that both take the steps'
// messages (tagSys), one row per ECALL: the I/O table for the frequent
// calls (READ_ONCHAIN, READ_OFFCHAIN, READ_CONTEXT, WRITE_OUTPUT: a
// program moves its input and output word by word) and the system-call
// table for the others (HALT, STATE_GET, STATE_SET, LOG, SHA256_COMPRESS,
// KECCAK_F). A row's one-hot flags say its call number, so a message is
// taken by a row of the table that holds its call.
var (
	ioCallNums  = [...]int{isa.SysReadOnchain, isa.SysReadOffchain, isa.SysReadContext, isa.SysWriteOutput}
	sysCallNums = [...]int{isa.SysHalt, isa.SysStateGet, isa.SysStateSet, isa.SysLog, isa.SysSha256Compress, isa.SysKeccakF}
)

// Indices of the calls in IoRow.S and SysRow.S.
const (
	ioReadOn, ioReadOff, ioReadCtx, ioOut              = 0, 1, 2, 3
	sysHalt, sysGet, sysSet, sysLog, sysSha, sysKeccak = 0, 1, 2, 3, 4, 5
)

// sysMsg is the fingerprint of the message between an ECALL step and its
// row: (a7, halt, a0, step index), with a0 after the call in the β slot.
// a7 and a0 are words on both sides (the step's read registers; the row's
// a7 is its call number, its a0 is range checked), halt a bit, the index
// below 2^26 (the row looks it up in [0, 3·Steps]): the packing is
// injective.
func sysMsg(api frontend.API, a7, halt, a0, idx frontend.Variable) frontend.Variable {
	return api.Add(a7, api.Mul(halt, pow2(32)), api.Mul(a0, pow2(33)), api.Mul(idx, pow2(65)))
}

// callRow constrains what every I/O and system-call row has before its
// table's own rules: the one-hot call flags (bits summing to act) and the
// step index in [0, 3·Steps] (a timestamp lookup). It returns the row's
// call number Σ calls[k]·s[k].
func callRow(g *gadgets, act frontend.Variable, s []frontend.Variable, calls []int, idx frontend.Variable) frontend.Variable {
	api := g.api
	g.boolean(act)
	var n, a7 frontend.Variable = 0, 0
	for k := range s {
		g.boolean(s[k])
		n = api.Add(n, s[k])
		a7 = api.Add(a7, api.Mul(s[k], calls[k]))
	}
	api.AssertIsEqual(n, act) // one call number exactly on an active row
	g.bus.query(tagTS, act, idx, idx, nil)
	return a7
}

// takeCall adds a row's side of its step's message (+act of sysMsg, a0
// after the call in the β slot) with a0 from four range-checked bytes,
// and returns a0 and the β value.
func takeCall(g *gadgets, act, a7, halt frontend.Variable, ab [4]frontend.Variable, dv, idx frontend.Variable) (frontend.Variable, *bval) {
	a0 := word(g.api, ab)
	g.bytes(ab, 1)
	bv := g.bus.beta(dv)
	g.bus.add(act, sysMsg(g.api, a7, halt, a0, idx), bv, tagSys)
	return a0, bv
}

// ioTable constrains the I/O table (docs/circuit.md rule 5b): its active
// rows are a prefix, in step order, so that its output counter numbers
// the output words in the order the program writes them. A READ row looks
// (kind, a0) up in the IO table (public.go) with a0 after the call in the
// β slot; WRITE_OUTPUT sends (counter, a0) to the output words and leaves
// a0 unchanged.
func (c *Circuit) ioTable(g *gadgets) {
	api, b := g.api, g.bus
	var oc frontend.Variable = 0
	if c.sg != nil {
		oc = c.sg.outIn
	}
	for j := range c.IO {
		r := &c.IO[j]
		a7 := callRow(g, r.Act, r.S[:], ioCallNums[:], r.Idx)
		// Active rows first, in step order.
		if j > 0 {
			p := &c.IO[j-1]
			g.gate(r.Act, api.Sub(1, p.Act))
			d := api.Sub(r.Idx, p.Idx, 1)
			b.query(tagTS, r.Act, d, d, nil)
		}
		// The output counter: the words written before this call.
		api.AssertIsEqual(r.OC, oc)
		out := r.S[ioOut]
		oc = api.Add(r.OC, out)

		a0, dv := takeCall(g, r.Act, a7, 0, r.AB, r.Dv, r.Idx)
		on, off, ctx := r.S[ioReadOn], r.S[ioReadOff], r.S[ioReadCtx]
		kind := api.Add(api.Mul(on, isa.SysReadOnchain), api.Mul(off, isa.SysReadOffchain), api.Mul(ctx, isa.SysReadContext))
		iok := api.Add(kind, api.Mul(a0, 4))
		b.query(tagIO, api.Add(on, off, ctx), iok, iok, dv)
		b.sub(out, api.Add(r.OC, api.Mul(a0, pow2(32))), nil, tagOut)
		g.gate(out, api.Sub(r.Dv, a0))
	}
	if c.sg != nil {
		c.sg.ocLast = oc
	}
}

// sysTable constrains the system-call table (docs/circuit.md rule 5b):
// HALT (the exit code), STATE_GET and STATE_SET (the state word of key a0),
// LOG, SHA256_COMPRESS and KECCAK_F (requests to their tables), with a1
// read by STATE_SET, LOG and SHA256_COMPRESS. The accesses use the
// step's timestamp 3i+3, where its slot D writes a0, a register that the
// call's accesses (a1, the state word, RAM words) are not. Rows need no
// order: each is the row of the one step whose index it carries.
func (c *Circuit) sysTable(g *gadgets) {
	api, b := g.api, g.bus
	exitTerms := make([]frontend.Variable, 0, len(c.Sys))
	for j := range c.Sys {
		r := &c.Sys[j]
		a7 := callRow(g, r.Act, r.S[:], sysCallNums[:], r.Idx)
		halt := r.S[sysHalt]
		a0, _ := takeCall(g, r.Act, a7, halt, r.AB, r.Dv, r.Idx)
		ts := api.Add(api.Mul(r.Idx, 3), 3)

		// a1, read (unchanged) by STATE_SET (the value), LOG (the length)
		// and SHA256_COMPRESS (the block pointer).
		get, set := r.S[sysGet], r.S[sysSet]
		log, sha := r.S[sysLog], r.S[sysSha]
		g.access(api.Add(set, log, sha), bigU(isa.RegBase+isa.RegA1), r.A1, r.A1, ts, r.TA1, true)
		// STATE_GET and STATE_SET: the state word of key a0.
		mNew := api.Add(r.M, api.Mul(set, api.Sub(r.A1, r.M)))
		g.access(api.Add(get, set), api.Add(bigU(isa.StateBase), a0), r.M, mNew, ts, r.TM, false)
		// a0 after the call: the state value (STATE_GET), else unchanged.
		g.gate(api.Sub(1, get), api.Sub(r.Dv, a0))
		g.gate(get, api.Sub(r.Dv, r.M))

		b.sub(log, api.Add(a0, api.Mul(r.A1, pow2(32))), nil, tagLog)
		// SHA256_COMPRESS: (ts, a0, a1) to the SHA-256 table and KECCAK_F:
		// (ts, a0) to the Keccak table (precompile.go), which do the
		// calls' memory accesses.
		b.sub(sha, api.Add(ts, api.Mul(a0, pow2(32)), api.Mul(r.A1, pow2(64))), nil, tagSha)
		b.sub(r.S[sysKeccak], api.Add(ts, api.Mul(a0, pow2(32))), nil, tagKeccak)
		exitTerms = append(exitTerms, api.Mul(halt, a0))
	}
	exit := c.exitCode
	if c.sg != nil { // only the last segment halts
		exit = api.Mul(exit, c.sg.last)
	}
	api.AssertIsEqual(api.Add(0, 0, exitTerms...), exit)
}
