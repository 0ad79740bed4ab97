package circuits

import "github.com/consensys/gnark/frontend"

// subword constrains the sub-word table: each active row proves what a
// byte or half-word load (LB, LH, LBU, LHU) reads from the word m at byte
// offset o, or what a byte or half-word store (SB, SH) makes of m, and
// offers (m, y, o, op, result) on the bus (tagSub), consumed by the
// step that loads or stores (step.go), as (m, y) for a load and (y, m) for
// a store (the step's slot B and slot D values); op = funct3 + 8·store = half +
// 4·unsigned + 8·store (LB 0, LH 1, LBU 4, LHU 5, SB 8, SH 9) and
// y the stored value (rs2; for a load the value rd had: unused), given
// as four range-checked bytes: the step does not decompose it. m is given as bytes, so the byte and the half at
// o are selected by the offset's two bits; their sign bits are looked up
// (byte sign table) and a signed load extends them. A store replaces the
// byte or the half at o by y's low byte or half (the word stays a 32-bit word: bytes
// are replaced by bytes). A half is at an even offset (the row checks it;
// the step checks only that words are at offset 0). Inactive rows compute
// on zeros and offer nothing.
func (c *Circuit) subword(g *gadgets) {
	api, b := g.api, g.bus
	for i := range c.Sub {
		r := &c.Sub[i]
		for _, x := range []frontend.Variable{r.Act, r.St, r.Hw, r.Un, r.A0, r.A1, r.LS, r.LSH} {
			g.boolean(x)
		}
		g.bytes(r.MB, 1)
		for _, y := range []frontend.Variable{r.Y0, r.Y1, r.Y2, r.Y3} {
			b.rng(8, y, 1)
		}
		g.gate(r.Hw, r.A0) // halves are aligned
		mb := r.MB
		m := word(api, mb)
		b01 := api.Mul(r.A0, r.A1)
		bsel := api.Add(mb[0], api.Mul(r.A0, api.Sub(mb[1], mb[0])), api.Mul(r.A1, api.Sub(mb[2], mb[0])),
			api.Mul(b01, api.Add(api.Sub(mb[3], mb[2], mb[1]), mb[0])))
		h0 := api.Add(mb[0], api.Mul(mb[1], 256))
		h1 := api.Add(mb[2], api.Mul(mb[3], 256))
		hsel := api.Add(h0, api.Mul(r.A1, api.Sub(h1, h0)))
		hb := api.Add(mb[1], api.Mul(r.A1, api.Sub(mb[3], mb[1])))
		sk := api.Add(bsel, api.Mul(r.LS, 256))
		b.query(tagSign, 1, sk, sk, nil)
		hk := api.Add(hb, api.Mul(r.LSH, 256))
		b.query(tagSign, 1, hk, hk, nil)
		// load: the byte or the half, sign-extended when signed
		bw := api.Sub(1, r.Hw)
		sext := api.Mul(api.Sub(1, r.Un), api.Add(
			api.Mul(api.Mul(bw, r.LS), new(bigInt).Sub(pow2(32), pow2(8))),
			api.Mul(api.Mul(r.Hw, r.LSH), new(bigInt).Sub(pow2(32), pow2(16)))))
		lv := api.Add(bsel, api.Mul(r.Hw, api.Sub(hsel, bsel)), sext)
		// store: m with the byte (half) at the offset replaced by Y0 (Y0 + 256 Y1)
		p8 := api.Add(1, api.Mul(r.A0, 255), api.Mul(r.A1, 65535), api.Mul(b01, 255*65535))
		p16 := api.Add(1, api.Mul(r.A1, 65535))
		y16 := api.Add(r.Y0, api.Mul(r.Y1, 256))
		db := api.Mul(api.Sub(r.Y0, bsel), p8)
		nw := api.Add(m, db, api.Mul(r.Hw, api.Sub(api.Mul(api.Sub(y16, hsel), p16), db)))
		sv := api.Add(lv, api.Mul(r.St, api.Sub(nw, lv)))
		op := api.Add(r.Hw, api.Mul(r.Un, 4), api.Mul(r.St, 8))
		y := api.Add(y16, api.Mul(r.Y2, 1<<16), api.Mul(r.Y3, 1<<24))
		// The step sends (slot B's value, slot D's value before): a load's
		// (m, its rd's value: y), a store's (y, the value to store: m)
		first := api.Add(m, api.Mul(r.St, api.Sub(y, m)))
		second := api.Sub(api.Add(m, y), first)
		key := api.Add(first, api.Mul(second, pow2(32)), api.Mul(api.Add(r.A0, api.Mul(r.A1, 2)), pow2(64)), api.Mul(op, pow2(66)))
		b.add(r.Act, key, b.beta(sv), tagSub)
	}
}
