package circuits

import (
	"errors"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"

	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/isa"
	"github.com/zkprover/zkprover/statement"
)

// imageLoadRun is a run that loads a data word of its image (0x12345, the
// last image word) into t1 with LW and halts; it returns the witness, the
// LW's step and the data word's index in the image.
func imageLoadRun(t *testing.T) (w *Witness, ld, j int) {
	t.Helper()
	build := func(addr int32) []uint32 {
		return prog(li(t0, addr), load(2, t1, t0, 0), halt(0), uint32(0x12345))
	}
	words := build(testBase + 0x100)
	j = len(words) - 1
	words = build(int32(testBase + 4*j))
	if len(words) != j+1 {
		t.Fatal("program length changed")
	}
	w = run(t, words, runIn{})
	ld = findStep(t, w, func(insn uint32) bool { return insn == load(2, t1, t0, 0) })
	return w, ld, j
}

// forgeImageLoad makes the LW of imageLoadRun read 0 from the last RAM row,
// placed at the data word's address by place, instead of the image word:
// the image word's tuple goes straight to its final row, the RAM row's
// initial (addr, 0, 0) is what the load consumes and writes back, and t1
// ends 0. Every other constraint holds.
func forgeImageLoad(t *testing.T, a *Circuit, ld, j int, place func(row *MemRow)) {
	t.Helper()
	R := len(a.Mem)
	last := &a.Mem[R-1]
	if toBig(last.FinalTS).Sign() != 0 || toBig(last.Final).Sign() != 0 {
		t.Fatal("the last RAM row is not a padding row")
	}
	a.Steps[ld].VB = 0
	a.RegFinal[t1] = 0
	a.ImgEnd[j].FinalTS = 0
	last.FinalTS = 3*ld + 2
	place(last)
	gap := new(big.Int).Sub(toBig(last.Rot), toBig(a.Mem[R-2].Rot))
	gap.Sub(gap, big.NewInt(1))
	if gap.Sign() < 0 || gap.BitLen() > ramWordBits {
		t.Fatalf("gap %s to the last RAM row", gap)
	}
	a.Mem[R-2].DB = bytes4(uint32(gap.Uint64()))
}

// TestRAMRowsAvoidImage: the RAM rows of a whole run cannot re-initialise an
// image word's address (rule 3, "One chain per address"): a load that reads
// 0 from a RAM row placed on the image word is refused, whether the row
// gets there by a rotated address past 2^28 − n (refused only by the bound
// on the last Rot) or by a wrap "bit" that is not a bit (refused only by
// W's booleanity).
func TestRAMRowsAvoidImage(t *testing.T) {
	c := NewClass(5)
	w, ld, j := imageLoadRun(t)
	a := accept(t, c, w)
	if got := toBig(a.ImgEnd[j].FinalTS).Int64(); got != int64(3*ld+2) {
		t.Fatalf("the data word's last access at %d, want the LW's %d", got, 3*ld+2)
	}
	n := int64(len(w.Image))
	reject(t, c, w, "RAM row on an image word by its rotated address", func(a *Circuit) {
		forgeImageLoad(t, a, ld, j, func(row *MemRow) {
			row.Rot, row.W = big.NewInt((1<<ramWordBits)-n+int64(j)), 1 // Rot + e − 2^28 = base/4 + j
		})
	})
	reject(t, c, w, "RAM row on an image word by a wrap value not a bit", func(a *Circuit) {
		forgeImageLoad(t, a, ld, j, func(row *MemRow) {
			// Rot + e − 2^28·W = base/4 + j: W = (Rot + n − j) / 2^28 in F_p
			r := ecc.BN254.ScalarField()
			x := new(big.Int).Add(toBig(row.Rot), big.NewInt(n-int64(j)))
			inv := new(big.Int).ModInverse(pow2(ramWordBits), r)
			row.W = x.Mul(x, inv).Mod(x, r)
		})
	})
}

// TestPageCountCircle: the page count walks the image's pages and then the
// RAM rows around the circle. An image at the start of page 1 with a store
// on page 4 and a load on page 8 uses 3 pages: the rows after the image
// start on page 1 (no change), then pages 4 and 8 (two changes), and the
// last row is on page 8, not the image's first page, so Close = 0. Claiming
// Close = 1 (one page less) or dropping a change is refused.
func TestPageCountCircle(t *testing.T) {
	_, loose := limitClasses()
	p := threePageProgram(t, isa.PageBytes)
	w, err := runConfig(p, runIn{}, executor.Config{Limits: executor.Limits{MaxMemoryBytes: 3 * isa.PageBytes}})
	if err != nil {
		t.Fatal(err)
	}
	a := accept(t, loose, w)
	if got := toBig(a.MemPgEnd[0].Close).Int64(); got != 0 {
		t.Fatalf("Close = %d, want 0", got)
	}
	var changes []int
	for r := range a.MemPg {
		if toBig(a.MemPg[r].New).Int64() == 1 {
			changes = append(changes, r)
		}
	}
	if len(changes) != 2 {
		t.Fatalf("page changes at rows %v, want 2 (pages 1, 4, 8)", changes)
	}
	reject(t, loose, w, "last row claimed on the image's first page", func(a *Circuit) { a.MemPgEnd[0].Close = 1 })
	for _, r := range changes {
		reject(t, loose, w, "page change not counted", func(a *Circuit) { a.MemPg[r].New = 0 })
	}
	// Under a limit of 2 the same run needs Close = 1 or a dropped
	// change; both are refused (the replay's own check is bypassed).
	tight, _ := limitClasses()
	rejectTampered(t, tight, w, "3 pages, limit 2", &tamper{overLimits: true})
}

// TestImageEndsInRAM: the whole-run memory table requires the image's end
// e = base/4 + n ≤ 2^28 (rule 1 takes the image's addresses below 2^30 from
// it). An image that ends exactly at the top of RAM is proven; the same run
// with one more (zero) image word, at word address 2^28, is refused, and only
// by that bound: its program id, fetch table, memory rows and rotation are
// otherwise consistent.
func TestImageEndsInRAM(t *testing.T) {
	c := NewClass(5)
	words := prog(li(t0, 7), addi(a0, t0, 1), halt(0))
	base := uint32(isa.RAMSize - 4*len(words))
	p, err := executor.NewProgram(base, base, words)
	if err != nil {
		t.Fatal(err)
	}
	w := runProgram(t, p, runIn{})
	accept(t, c, w)
	f := *w
	f.Image = append(append([]uint32{}, w.Image...), 0)
	if _, err := Assign(c, &f); !errors.Is(err, executor.ErrBadInput) {
		t.Fatalf("Assign of an image past RAM: %v, want ErrBadInput", err)
	}
	a, err := assign(c, &f, nil) // past Assign's check: the constraint must refuse it too
	if err != nil {
		t.Fatalf("assign: %v", err)
	}
	rejectAssigned(t, c, a.(*Circuit), "an image past the top of RAM")
}

// TestStateRootLists: a state root is the sponge of a compacted list of
// the state rows with a non-zero value (rule 3, "State roots"). With the
// state {1: 5, 2: 6, 3: 7} and a run setting 2 to 9 and 5 to 1, lists that
// omit an entry, change a value, add a zero entry or put entries out of
// order, each with the statement's root recomputed from the forged list, are
// refused; the honest lists written the same way are accepted.
func TestStateRootLists(t *testing.T) {
	c := NewClass(5)
	in := runIn{state: []statement.KV{{Key: 1, Value: 5}, {Key: 2, Value: 6}, {Key: 3, Value: 7}}}
	w := run(t, prog(li(a0, 2), li(a1, 9), syscall(isa.SysStateSet), li(a0, 5), li(a1, 1), syscall(isa.SysStateSet), halt(0)), in)
	accept(t, c, w)
	kv := func(k, v uint32) statement.KV { return statement.KV{Key: k, Value: v} }
	oldKV := []statement.KV{kv(1, 5), kv(2, 6), kv(3, 7)}
	newKV := []statement.KV{kv(1, 5), kv(2, 9), kv(3, 7), kv(5, 1)}
	set := func(a *Circuit, old bool, kvs []statement.KV) {
		list, idx := a.NewRoot, statement.IdxNewStateRoot
		if old {
			list, idx = a.OldRoot, statement.IdxOldStateRoot
		}
		fillRootList(list, kvs)
		a.Pub[idx] = listRoot(kvs)
	}
	a := mustAssign(t, c, w)
	set(a, true, oldKV)
	set(a, false, newKV)
	acceptAssigned(t, c, a, "the honest lists")
	for _, f := range []struct {
		name string
		old  bool
		kvs  []statement.KV
	}{
		{"old root without an entry", true, []statement.KV{kv(1, 5), kv(3, 7)}},
		{"old root with a changed value", true, []statement.KV{kv(1, 5), kv(2, 8), kv(3, 7)}},
		{"new root without the new entry", false, []statement.KV{kv(1, 5), kv(2, 9), kv(3, 7)}},
		{"new root with the old value", false, []statement.KV{kv(1, 5), kv(2, 6), kv(3, 7), kv(5, 1)}},
		{"new root with a zero entry", false, []statement.KV{kv(1, 5), kv(2, 9), kv(3, 7), kv(4, 0), kv(5, 1)}},
		{"new root out of order", false, []statement.KV{kv(1, 5), kv(2, 9), kv(5, 1), kv(3, 7)}},
		{"new root with an entry twice", false, []statement.KV{kv(1, 5), kv(2, 9), kv(2, 9), kv(3, 7), kv(5, 1)}},
	} {
		reject(t, c, w, f.name, func(a *Circuit) { set(a, f.old, f.kvs) })
	}
}

// listRoot is the root a (possibly forged) root list claims.
func listRoot(kvs []statement.KV) *big.Int {
	h := statement.ListRoot(kvs)
	return h.BigInt(new(big.Int))
}

// TestRootListResplit: an old-root list entry (1 + 2^32, 4) packs as
// key + 2^32·value exactly like the honest (1, 5), so the root and the
// statement are unchanged; only the β separation of the root-list bus
// terms (P = key, β: value) refuses it. Same for the new root.
func TestRootListResplit(t *testing.T) {
	c := NewClass(5)
	in := runIn{state: []statement.KV{{Key: 1, Value: 5}}}
	w := run(t, prog(halt(0)), in)
	accept(t, c, w)
	for _, old := range []bool{true, false} {
		reject(t, c, w, "root list entry re-split (same packing)", func(a *Circuit) {
			list := a.NewRoot
			if old {
				list = a.OldRoot
			}
			if toBig(list[0].Key).Int64() != 1 || toBig(list[0].Val).Int64() != 5 {
				t.Fatalf("list row 0 is not (1, 5)")
			}
			list[0].Key = new(big.Int).Add(big.NewInt(1), pow2(32))
			list[0].Val = 4
		})
	}
}

// TestRootListZeroEntry: a state row with initial value 0 that
// claims non-zero (InvI = 1) and a list that carries (key, 0) with the
// root recomputed: nzI = init·InvI is 0 whatever InvI, so the row offers
// nothing and the list's extra entry is unmatched.
func TestRootListZeroEntry(t *testing.T) {
	c := NewClass(5)
	in := runIn{state: []statement.KV{{Key: 1, Value: 5}}}
	// STATE_GET of key 3 (absent, 0): a state row with init 0.
	w := run(t, prog(li(a0, 3), syscall(isa.SysStateGet), halt(0)), in)
	a := accept(t, c, w)
	if toBig(a.State[1].Act).Int64() != 1 || word32(a.State[1].KB) != 3 {
		t.Fatal("state row 1 is not key 3")
	}
	kvs := []statement.KV{{Key: 1, Value: 5}, {Key: 3, Value: 0}}
	reject(t, c, w, "old root with a zero entry", func(a *Circuit) {
		a.State[1].InvI = 1
		fillRootList(a.OldRoot, kvs)
		a.Pub[statement.IdxOldStateRoot] = listRoot(kvs)
	})
	reject(t, c, w, "new root with a zero entry", func(a *Circuit) {
		a.State[1].InvF = 1
		fillRootList(a.NewRoot, kvs)
		a.Pub[statement.IdxNewStateRoot] = listRoot(kvs)
	})
}

// TestRootListInactiveNonZero: an inactive root-list row (Act = 0)
// keeps Key = Val = 0; a non-zero key there (same root: the chunk packs it)
// is refused by the gate.
func TestRootListInactiveNonZero(t *testing.T) {
	c := NewClass(5)
	in := runIn{state: []statement.KV{{Key: 1, Value: 5}}}
	w := run(t, prog(halt(0)), in)
	accept(t, c, w)
	reject(t, c, w, "inactive list row with a key", func(a *Circuit) { a.OldRoot[1].Key = 7 })
	reject(t, c, w, "inactive list row with a value", func(a *Circuit) { a.NewRoot[2].Val = 7 })
}
