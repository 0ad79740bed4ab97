package statement

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// Fixed sizes of the public statement. They are part of the ABI: a contract
// rebuilds the public inputs from a result with exactly these sizes.
const (
	MaxOnchainInputBytes = 256 // onchain input, public in full
	MaxOutputBytes       = 256 // output, public in full (a multiple of 4 bytes)
	MaxOnchainWords      = MaxOnchainInputBytes / 4
	MaxOutputWords       = MaxOutputBytes / 4
	// BlobElements is how many field elements carry 256 bytes (64 words, 7 per element).
	BlobElements = (MaxOnchainWords + WordsPerElement - 1) / WordsPerElement // 10
	// NumPublic is the length of the public input vector.
	NumPublic = 7 + 2*BlobElements // 27
)

// Indexes into the public input vector.
const (
	IdxProgramID    = 0
	IdxContext0     = 1 // chain_id + timestamp*2^64 + batch_num*2^128
	IdxContext1     = 2 // sequencer address as a 160-bit big-endian integer
	IdxLengths      = 3 // onchain_len + output_len*2^32 + exit_code*2^64
	IdxOffchainHash = 4
	IdxOldStateRoot = 5
	IdxNewStateRoot = 6
	IdxOnchainInput = 7                              // BlobElements elements
	IdxOutput       = IdxOnchainInput + BlobElements // BlobElements elements
)

// Context is the job context a program can read and that the proof binds.
type Context struct {
	ChainID   uint64
	Timestamp uint64
	BatchNum  uint64
	Sequencer [20]byte
}

// Public is the statement of one proof in its native form.
type Public struct {
	ProgramID    fr.Element
	Context      Context
	OnchainInput []byte // at most 256 bytes
	OffchainHash fr.Element
	OldStateRoot fr.Element
	NewStateRoot fr.Element
	ExitCode     uint32
	Output       []byte // at most 256 bytes, a multiple of 4
}

// ErrTooLarge reports a value that does not fit the public statement.
var ErrTooLarge = errors.New("value too large for the public statement")

// Validate checks the sizes that the statement can carry.
func (p *Public) Validate() error {
	if len(p.OnchainInput) > MaxOnchainInputBytes {
		return fmt.Errorf("onchain input of %d bytes (max %d): %w", len(p.OnchainInput), MaxOnchainInputBytes, ErrTooLarge)
	}
	if len(p.Output) > MaxOutputBytes {
		return fmt.Errorf("output of %d bytes (max %d): %w", len(p.Output), MaxOutputBytes, ErrTooLarge)
	}
	if len(p.Output)%4 != 0 {
		return fmt.Errorf("output of %d bytes is not a whole number of words", len(p.Output))
	}
	return nil
}

// PackBlob packs up to 256 bytes into BlobElements elements: the bytes are
// zero-padded to 256, split into 64 little-endian words, and each element
// packs 7 consecutive words (the last element 1 word).
func PackBlob(b []byte) [BlobElements]fr.Element {
	var padded [MaxOnchainInputBytes]byte
	copy(padded[:], b)
	words := BytesToWords(padded[:])
	var out [BlobElements]fr.Element
	for i := range out {
		end := (i + 1) * WordsPerElement
		if end > len(words) {
			end = len(words)
		}
		out[i] = PackWords(words[i*WordsPerElement : end])
	}
	return out
}

// ContextElements packs the context into two elements.
func ContextElements(c Context) (fr.Element, fr.Element) {
	var a, t fr.Element
	a.SetUint64(c.ChainID)
	t.SetBigInt(new(big.Int).Lsh(new(big.Int).SetUint64(c.Timestamp), 64))
	a.Add(&a, &t)
	t.SetBigInt(new(big.Int).Lsh(new(big.Int).SetUint64(c.BatchNum), 128))
	a.Add(&a, &t)
	var s fr.Element
	s.SetBigInt(new(big.Int).SetBytes(c.Sequencer[:]))
	return a, s
}

// LengthsElement packs onchain_len + output_len*2^32 + exit_code*2^64.
func LengthsElement(onchainLen, outputLen int, exitCode uint32) fr.Element {
	v := new(big.Int).SetUint64(uint64(exitCode))
	v.Lsh(v, 32)
	v.Or(v, big.NewInt(int64(outputLen)))
	v.Lsh(v, 32)
	v.Or(v, big.NewInt(int64(onchainLen)))
	var e fr.Element
	e.SetBigInt(v)
	return e
}

// Elements returns the public input vector, in circuit order.
func (p *Public) Elements() ([NumPublic]fr.Element, error) {
	var v [NumPublic]fr.Element
	if err := p.Validate(); err != nil {
		return v, err
	}
	v[IdxProgramID] = p.ProgramID
	v[IdxContext0], v[IdxContext1] = ContextElements(p.Context)
	v[IdxLengths] = LengthsElement(len(p.OnchainInput), len(p.Output), p.ExitCode)
	v[IdxOffchainHash] = p.OffchainHash
	v[IdxOldStateRoot] = p.OldStateRoot
	v[IdxNewStateRoot] = p.NewStateRoot
	in := PackBlob(p.OnchainInput)
	out := PackBlob(p.Output)
	copy(v[IdxOnchainInput:], in[:])
	copy(v[IdxOutput:], out[:])
	return v, nil
}

// Digest is a single hash of the public input vector, used where one short
// fingerprint of a statement is wanted (the zkprover wire form's input_hash):
// Chain(elements...). It is not what verifiers check; they check the vector.
func (p *Public) Digest() (fr.Element, error) {
	v, err := p.Elements()
	if err != nil {
		return fr.Element{}, err
	}
	return Chain(v[:]), nil
}

// FromElements is the inverse of Elements: the statement whose public input
// vector is v. It fails when v is not the vector of any statement (a packed
// value out of range, lengths over the maximum, nonzero padding).
func FromElements(v [NumPublic]fr.Element) (Public, error) {
	var p Public
	p.ProgramID = v[IdxProgramID]
	p.OffchainHash, p.OldStateRoot, p.NewStateRoot = v[IdxOffchainHash], v[IdxOldStateRoot], v[IdxNewStateRoot]
	mask64 := new(big.Int).SetUint64(^uint64(0))
	part := func(x *big.Int, shift uint) uint64 {
		return new(big.Int).And(new(big.Int).Rsh(x, shift), mask64).Uint64()
	}
	ctx := v[IdxContext0].BigInt(new(big.Int))
	if ctx.BitLen() > 192 {
		return p, errors.New("context element out of range")
	}
	p.Context.ChainID, p.Context.Timestamp, p.Context.BatchNum = part(ctx, 0), part(ctx, 64), part(ctx, 128)
	seq := v[IdxContext1].BigInt(new(big.Int))
	if seq.BitLen() > 160 {
		return p, errors.New("sequencer element out of range")
	}
	seq.FillBytes(p.Context.Sequencer[:])
	lens := v[IdxLengths].BigInt(new(big.Int))
	if lens.BitLen() > 96 {
		return p, errors.New("lengths element out of range")
	}
	inLen, outLen := part(lens, 0)&0xffffffff, part(lens, 32)&0xffffffff
	p.ExitCode = uint32(part(lens, 64))
	if inLen > MaxOnchainInputBytes || outLen > MaxOutputBytes {
		return p, fmt.Errorf("lengths %d and %d over the maximum of %d bytes", inLen, outLen, MaxOnchainInputBytes)
	}
	var err error
	if p.OnchainInput, err = unpackBlob(v[IdxOnchainInput:IdxOnchainInput+BlobElements], int(inLen)); err != nil {
		return p, fmt.Errorf("onchain input: %w", err)
	}
	if p.Output, err = unpackBlob(v[IdxOutput:IdxOutput+BlobElements], int(outLen)); err != nil {
		return p, fmt.Errorf("output: %w", err)
	}
	if err := p.Validate(); err != nil {
		return p, err
	}
	if got, _ := p.Elements(); got != v {
		return p, errors.New("not the public input vector of a statement")
	}
	return p, nil
}

// unpackBlob is the inverse of PackBlob for a blob of n bytes.
func unpackBlob(elems []fr.Element, n int) ([]byte, error) {
	words := make([]uint32, 0, MaxOnchainWords)
	for i, e := range elems {
		x := e.BigInt(new(big.Int))
		count := min(WordsPerElement, MaxOnchainWords-i*WordsPerElement)
		if x.BitLen() > 32*count {
			return nil, fmt.Errorf("element %d out of range", i)
		}
		for range count {
			words = append(words, uint32(new(big.Int).And(x, big.NewInt(0xffffffff)).Uint64()))
			x.Rsh(x, 32)
		}
	}
	b := WordsToBytes(words)
	for _, c := range b[n:] {
		if c != 0 {
			return nil, errors.New("nonzero bytes past its length")
		}
	}
	return b[:n], nil
}
