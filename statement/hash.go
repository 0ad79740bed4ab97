// Package statement defines what a proof attests: the program id, the hashes
// that bind large values (offchain input, state), and the exact vector of
// public inputs that the circuit exposes and that verifiers (Go and Solidity)
// rebuild from a result. Everything here is computed identically by the
// executor, the circuit and users; docs/statement.md documents it byte by byte.
package statement

import (
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
)

// Domain tags: the first element absorbed by each hash, so that a hash of one
// kind can never equal a hash of another kind.
const (
	DomainProgram  = 1
	DomainOffchain = 2
	DomainState    = 3
)

// WordsPerElement is how many 32-bit words are packed into one field element:
// element = w0 + w1*2^32 + ... + w6*2^192 (224 bits, below the BN254 modulus).
const WordsPerElement = 7

// Compress is the Poseidon2 2-to-1 compression over BN254 with gnark-crypto's
// default parameters (width 2): the right lane of the permutation of
// (left, right), plus right. The circuit uses gnark's std/permutation/poseidon2
// Compress, which computes the same function.
func Compress(left, right fr.Element) fr.Element {
	perm := poseidon2.NewDefaultPermutation()
	x := [2]fr.Element{left, right}
	if err := perm.Permutation(x[:]); err != nil {
		panic(err) // width is 2 by construction; cannot happen
	}
	var res fr.Element
	res.Add(&x[1], &right)
	return res
}

// Chain folds Compress over elems starting from zero:
// h = C(...C(C(0, e0), e1)..., en-1). The statement's hashes (program id,
// offchain hash, state roots) are Sponges since 2026-12-05; Chain remains for
// the hashes of segments and sequences (docs/recursion.md).
func Chain(elems []fr.Element) fr.Element {
	perm := poseidon2.NewDefaultPermutation()
	var h fr.Element
	for _, e := range elems {
		x := [2]fr.Element{h, e}
		if err := perm.Permutation(x[:]); err != nil {
			panic(err)
		}
		h.Add(&x[1], &e)
	}
	return h
}

// Sponge parameters: the Poseidon2 permutation over BN254 of width
// SpongeWidth with the reference constants gnark-crypto ships for it (8 full
// rounds, 57 partial), one capacity element (254 bits) and SpongeRate rate
// elements.
const (
	SpongeWidth         = 16
	SpongeRate          = SpongeWidth - 1
	SpongeFullRounds    = 8
	SpongePartialRounds = 57
)

// SpongePermutation is the permutation of Sponge.
func SpongePermutation() *poseidon2.Permutation {
	return poseidon2.NewPermutation(SpongeWidth, SpongeFullRounds, SpongePartialRounds)
}

// Sponge hashes elems: the state starts as (domain, 0, ..., 0); each block
// of SpongeRate elements (the last one zero-padded) is added to the rate
// elements 1..SpongeRate and the state permuted; the hash is state element
// 1. An empty elems is one block of zeros. Callers put a length in the
// elements, so zero padding never makes two messages collide. The circuit
// computes it with gnark's std/permutation/poseidon2 of the same width and
// rounds (circuits/hash.go).
func Sponge(domain uint64, elems []fr.Element) fr.Element {
	perm := SpongePermutation()
	var st [SpongeWidth]fr.Element
	st[0] = u64(domain)
	for b := 0; b == 0 || b*SpongeRate < len(elems); b++ {
		for i := 0; i < SpongeRate && b*SpongeRate+i < len(elems); i++ {
			st[1+i].Add(&st[1+i], &elems[b*SpongeRate+i])
		}
		if err := perm.Permutation(st[:]); err != nil {
			panic(err) // the width is SpongeWidth by construction
		}
	}
	return st[1]
}

// PackWords packs up to WordsPerElement words into one field element,
// little-endian by word: w[0] is the lowest 32 bits.
func PackWords(w []uint32) fr.Element {
	if len(w) > WordsPerElement {
		panic("statement: PackWords takes at most 7 words")
	}
	var acc, shift, t fr.Element
	shift.SetOne()
	var two32 fr.Element
	two32.SetUint64(1 << 32)
	for _, x := range w {
		t.SetUint64(uint64(x))
		t.Mul(&t, &shift)
		acc.Add(&acc, &t)
		shift.Mul(&shift, &two32)
	}
	return acc
}

// packChunks packs words into ceil(len/7) elements (the last chunk zero-padded).
func packChunks(words []uint32) []fr.Element {
	out := make([]fr.Element, 0, (len(words)+WordsPerElement-1)/WordsPerElement)
	for i := 0; i < len(words); i += WordsPerElement {
		end := i + WordsPerElement
		if end > len(words) {
			end = len(words)
		}
		out = append(out, PackWords(words[i:end]))
	}
	return out
}

func u64(x uint64) fr.Element {
	var e fr.Element
	e.SetUint64(x)
	return e
}

// ProgramID is the id of a loaded image: Sponge(1; entry, base, nwords,
// pack7(words[0:7]), pack7(words[7:14]), ...). base is the byte address of
// words[0] (a multiple of 4); words are the little-endian 32-bit words of the
// image from base up to the end of the last segment's file data, gaps zero.
func ProgramID(entry, base uint32, words []uint32) fr.Element {
	elems := []fr.Element{u64(uint64(entry)), u64(uint64(base)), u64(uint64(len(words)))}
	return Sponge(DomainProgram, append(elems, packChunks(words)...))
}

// BytesToWords splits b into little-endian 32-bit words, zero-padding the last.
func BytesToWords(b []byte) []uint32 {
	w := make([]uint32, (len(b)+3)/4)
	for i, c := range b {
		w[i/4] |= uint32(c) << (8 * (i % 4))
	}
	return w
}

// WordsToBytes is the inverse of BytesToWords for whole words.
func WordsToBytes(w []uint32) []byte {
	b := make([]byte, 4*len(w))
	for i, x := range w {
		b[4*i] = byte(x)
		b[4*i+1] = byte(x >> 8)
		b[4*i+2] = byte(x >> 16)
		b[4*i+3] = byte(x >> 24)
	}
	return b
}

// OffchainHash binds the offchain input: Sponge(2; len_bytes, pack7 chunks
// of its little-endian words, the last word zero-padded).
func OffchainHash(input []byte) fr.Element {
	elems := []fr.Element{u64(uint64(len(input)))}
	return Sponge(DomainOffchain, append(elems, packChunks(BytesToWords(input))...))
}

// KV is one state entry. Keys and values are 32-bit words; a key whose value is
// zero is absent.
type KV struct {
	Key, Value uint32
}

// StateRoot binds a state: ListRoot of its entries with a non-zero value,
// in ascending key order. The caller must pass entries sorted by key with
// distinct keys; zero values are skipped.
func StateRoot(sorted []KV) fr.Element {
	list := make([]KV, 0, len(sorted))
	for _, kv := range sorted {
		if kv.Value != 0 {
			list = append(list, kv)
		}
	}
	return ListRoot(list)
}

// ListRoot is Sponge(3; n, chunks) over the n entries of list as given, a
// chunk packing up to EntriesPerElement entries key + value·2^32 as
// e0 + e1·2^64 + e2·2^128: the hash the circuit computes over a state
// root's list (circuits/memory.go rootList). StateRoot is ListRoot of the
// sorted non-zero entries; other lists are what forged witnesses claim.
func ListRoot(list []KV) fr.Element {
	elems := []fr.Element{u64(uint64(len(list)))}
	for i := 0; i < len(list); i += EntriesPerElement {
		x := new(big.Int)
		for j := min(i+EntriesPerElement, len(list)) - 1; j >= i; j-- {
			x.Lsh(x, 64).Or(x, new(big.Int).SetUint64(uint64(list[j].Key)|uint64(list[j].Value)<<32))
		}
		var e fr.Element
		e.SetBigInt(x)
		elems = append(elems, e)
	}
	return Sponge(DomainState, elems)
}

// EntriesPerElement is how many state entries (64 bits each) ListRoot packs
// into one field element.
const EntriesPerElement = 3
