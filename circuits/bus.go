package circuits

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/multicommit"
	"github.com/consensys/gnark/std/permutation/poseidon2"
)

// The bus is the one log-derivative argument of the circuit. Every lookup,
// every multiset equality and the memory-checking argument add terms
//
//	± m / (α − (P + β·B + β²·B2 + γ·tag))
//
// to a single sum that must be zero. P is a linear combination of values whose
// ranges make the packing injective, B and B2 (optional) are values separated
// by the random β and its square, tag separates the different arguments
// through the random γ.
// α, β, γ are derived from ONE commitment (gnark's multicommit) to every input
// of the circuit and every hint output (multiplicities), so the prover fixes all
// of them before the challenges exist. A query costs one constraint (the
// inverse); a β-separated value one more (shared when the same value is used
// by several terms), a β²-separated value one more (and β² once).

func init() {
	solver.RegisterHint(countHint, bytesHint, nibbleHint, nibbleBitsHint, nibblesHint)
}

// Tags of the arguments on the bus.
const (
	tagMem     = 1 + iota // memory checking (addr, value, ts)
	tagFetch              // (pc, insn) of the image
	tagImgInit            // (word address, word) image rows of the memory table
	tagIO                 // READ_* system calls
	tagOut                // WRITE_OUTPUT
	tagDecode             // instruction decode table
	tagShift              // (shift amount byte, right) -> power of two: the multiplier's shifts
	tagAnd                // (x, y, x & y) of nibbles
	tagAlu                // (a, b, ALU code; result) of the multiplier, divider and bitwise tables
	tagLog                // (ptr, len) of the log table
	tagAlignRd            // (address offset, word access) pairs that are aligned, with (rd, rd != 0)
	tagSign               // (byte, its top bit)
	tagRange0             // tagRange0 + k: range [0, 2^k) for k <= 8
	tagTS      = tagRange0 + 9
	tagSha     = tagTS + 1 // (ts, a0, a1) of SHA256_COMPRESS calls
	tagKeccak  = tagTS + 2 // (ts, a0) of KECCAK_F calls
	tagSub     = tagTS + 3 // (slot B's value, slot D's value, offset, op; result) of the sub-word table
	tagNib     = tagTS + 4 // (fn, x, y, z; value) of the precompiles' nibble functions
	tagSys     = tagTS + 5 // (a7, halt, a0, step; a0 after) of ECALLs: step to I/O or system-call table
	tagRootOld = tagTS + 6 // (key; value) of the state rows with a non-zero initial value: the old root's list
	tagRootNew = tagTS + 7 // (key; value) of the state rows with a non-zero final value: the new root's list
)

// bval is a value placed in the β slot of fingerprints; its product with β is
// computed once and shared by every term using it.
type bval struct {
	v    frontend.Variable
	prod frontend.Variable
}

type term struct {
	mult frontend.Variable // linear: a count, a flag, a constant
	neg  bool
	p    frontend.Variable
	b    *bval
	b2   *bval // the value in the β² slot, if any
	tag  int
}

// table is a lookup table whose multiplicities are computed by a hint from the
// queries (matched on key, a pre-challenge value identifying the entry).
type table struct {
	tag     int
	keys    []frontend.Variable // one per entry
	entries []term              // fingerprints of the entries (mult filled at finalize)
	qkeys   []frontend.Variable
	qmults  []frontend.Variable
}

type bus struct {
	api    frontend.API
	terms  []term
	tables []*table
	extra  []frontend.Variable // hint outputs used on the bus, committed too
	byTag  map[int]*table
}

func newBus(api frontend.API) *bus {
	return &bus{api: api, byTag: map[int]*table{}}
}

func (b *bus) beta(v frontend.Variable) *bval { return &bval{v: v} }

// add adds +mult/(α − f) (write side / table side).
func (b *bus) add(mult, p frontend.Variable, bv *bval, tag int) {
	b.terms = append(b.terms, term{mult: mult, p: p, b: bv, tag: tag})
}

// sub adds −mult/(α − f) (read side / query side).
func (b *bus) sub(mult, p frontend.Variable, bv *bval, tag int) {
	b.terms = append(b.terms, term{mult: mult, neg: true, p: p, b: bv, tag: tag})
}

// newTable registers a table with counted multiplicities.
func (b *bus) newTable(tag int) *table {
	t := &table{tag: tag}
	b.tables = append(b.tables, t)
	b.byTag[tag] = t
	return t
}

// entry adds an entry with count key `key` and fingerprint (p, bv).
func (t *table) entry(key, p frontend.Variable, bv *bval) {
	t.keys = append(t.keys, key)
	t.entries = append(t.entries, term{p: p, b: bv, tag: t.tag})
}

// rangeTable adds the constant table [0, n) under tag.
func (b *bus) rangeTable(tag, n int) {
	t := b.newTable(tag)
	for i := 0; i < n; i++ {
		t.entry(i, i, nil)
	}
}

// entry2 adds an entry with count key `key` and fingerprint (p, bv, b2).
func (t *table) entry2(key, p frontend.Variable, bv, b2 *bval) {
	t.keys = append(t.keys, key)
	t.entries = append(t.entries, term{p: p, b: bv, b2: b2, tag: t.tag})
}

// query looks up (key; fingerprint p, bv) in the table of tag with multiplicity mult.
func (b *bus) query(tag int, mult, key, p frontend.Variable, bv *bval) {
	b.query2(tag, mult, key, p, bv, nil)
}

// query2 looks up (key; fingerprint p, bv, b2) in the table of tag with
// multiplicity mult.
func (b *bus) query2(tag int, mult, key, p frontend.Variable, bv, b2 *bval) {
	t := b.byTag[tag]
	if t == nil {
		panic(fmt.Sprintf("circuits: no table with tag %d", tag))
	}
	t.qkeys = append(t.qkeys, key)
	t.qmults = append(t.qmults, mult)
	b.terms = append(b.terms, term{mult: mult, neg: true, p: p, b: bv, b2: b2, tag: tag})
}

// rng checks 0 <= x < 2^bits (bits <= 8) when mult is 1; nothing when 0.
func (b *bus) rng(bits int, x, mult frontend.Variable) {
	b.query(tagRange0+bits, mult, x, x, nil)
}

// commit schedules the argument: multiplicities by hint, one commitment, the sum.
func (b *bus) finalize(inputs []frontend.Variable) error {
	api := b.api
	toCommit := append(append([]frontend.Variable{}, inputs...), b.extra...)
	for _, t := range b.tables {
		if len(t.qkeys) == 0 {
			for i := range t.entries {
				t.entries[i].mult = 0
			}
			continue
		}
		in := make([]frontend.Variable, 0, 1+len(t.keys)+2*len(t.qkeys))
		in = append(in, len(t.keys))
		in = append(in, t.keys...)
		for i := range t.qkeys {
			in = append(in, t.qkeys[i], t.qmults[i])
		}
		counts, err := api.Compiler().NewHint(countHint, len(t.keys), in...)
		if err != nil {
			return fmt.Errorf("multiplicity hint: %w", err)
		}
		for i := range t.entries {
			t.entries[i].mult = counts[i]
		}
		toCommit = append(toCommit, counts...)
	}
	for _, t := range b.tables {
		b.terms = append(b.terms, t.entries...)
	}
	multicommit.WithCommitment(api, func(api frontend.API, cm frontend.Variable) error {
		perm, err := poseidon2.NewPoseidon2(api)
		if err != nil {
			return fmt.Errorf("poseidon2: %w", err)
		}
		alpha := cm
		beta := perm.Compress(cm, 1)
		gamma := perm.Compress(cm, 2)
		var beta2 frontend.Variable
		sum := make([]frontend.Variable, 0, len(b.terms))
		for _, tm := range b.terms {
			if c, ok := api.Compiler().ConstantValue(tm.mult); ok && c.Sign() == 0 {
				continue
			}
			f := api.Add(tm.p, api.Mul(gamma, tm.tag))
			if tm.b != nil {
				if tm.b.prod == nil {
					tm.b.prod = api.Mul(beta, tm.b.v)
				}
				f = api.Add(f, tm.b.prod)
			}
			if tm.b2 != nil {
				if beta2 == nil {
					beta2 = api.Mul(beta, beta)
				}
				if tm.b2.prod == nil {
					tm.b2.prod = api.Mul(beta2, tm.b2.v)
				}
				f = api.Add(f, tm.b2.prod)
			}
			inv := api.DivUnchecked(tm.mult, api.Sub(alpha, f))
			if tm.neg {
				inv = api.Neg(inv)
			}
			sum = append(sum, inv)
		}
		switch len(sum) {
		case 0:
			return errors.New("empty bus")
		case 1:
			api.AssertIsEqual(sum[0], 0)
		default:
			api.AssertIsEqual(api.Add(sum[0], sum[1], sum[2:]...), 0)
		}
		return nil
	}, toCommit...)
	return nil
}

// countHint: inputs n, key_0..key_{n-1}, then (qkey, qmult) pairs; outputs the
// sum of qmult per key. A query with a non-zero multiplicity whose key is not
// in the table makes the witness unsolvable.
func countHint(_ *big.Int, in, out []*big.Int) error {
	n := int(in[0].Int64())
	idx := make(map[string]int, n)
	for i := 0; i < n; i++ {
		idx[in[1+i].String()] = i
		out[i].SetUint64(0)
	}
	rest := in[1+n:]
	for i := 0; i+1 < len(rest); i += 2 {
		if rest[i+1].Sign() == 0 {
			continue
		}
		j, ok := idx[rest[i].String()]
		if !ok {
			return fmt.Errorf("lookup key %s not in table", rest[i].String())
		}
		out[j].Add(out[j], rest[i+1])
	}
	return nil
}

// bytesHint splits in[0] into len(out) little-endian bytes.
func bytesHint(_ *big.Int, in, out []*big.Int) error {
	v := new(big.Int).Set(in[0])
	for k := range out {
		out[k].SetUint64(new(big.Int).And(v, big.NewInt(255)).Uint64())
		v.Rsh(v, 8)
	}
	if v.Sign() != 0 {
		return fmt.Errorf("value %s too large for %d bytes", in[0], len(out))
	}
	return nil
}
