package recursion

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"

	"github.com/zkprover/zkprover/circuits/sha2"
	"github.com/zkprover/zkprover/statement"
)

// Sequences of jobs (docs/recursion.md, "Sequences of jobs"). Consecutive
// jobs of one stateful program form a sequence: each job starts from the
// state root the previous one ended with, has the next batch number, and
// extends an accumulated input hash. The aggregation circuit sees a job's
// top proof (the proof of its whole run) as a sequence of one job, and joins
// two adjacent sequences like two adjacent segments; the final circuit wraps
// a sequence, with the aggregator's address, into one public input.

// InputBytes is the length of a job's inputs: FinalLayout's bytes 0 to 365
// (program id, context, onchain input, offchain input hash), what is known
// when a job is sequenced. The accumulated input hash chains them; the
// state roots chain through the sequence itself.
const InputBytes = offOldStateRoot

// SeqLayout's offsets: LayoutBytes bytes, like FinalLayout, so that the
// final circuit hashes either with one SHA-256; the first 32 bytes are 0xff,
// which a FinalLayout never starts with (its program id is below r).
const (
	seqOffProgramID  = 32  // 32 bytes
	seqOffChainID    = 64  // uint64
	seqOffMaxCycles  = 72  // uint64: every job's cycle budget
	seqOffOldRoot    = 80  // 32 bytes
	seqOffNewRoot    = 112 // 32 bytes
	seqOffOldAcc     = 144 // 32 bytes, below 2^253
	seqOffNewAcc     = 176 // 32 bytes, below 2^253
	seqOffOldBatch   = 208 // uint64
	seqOffNewBatch   = 216 // uint64
	seqOffAggregator = 224 // 20 bytes
	// SeqLayoutUsed is how many bytes of SeqLayout carry data; the rest is zero.
	SeqLayoutUsed = 244
)

// ErrNotAdjacent is Join's error for two sequences that do not continue each
// other.
var ErrNotAdjacent = errors.New("recursion: sequences not adjacent")

// Sequence is the statement of consecutive jobs of one program: from the
// state (OldStateRoot, OldAcc, OldBatch) before the first to the state
// (NewStateRoot, NewAcc, NewBatch) after the last, each job a whole run that
// halted within MaxCycles steps.
type Sequence struct {
	ProgramID    fr.Element `json:"program_id"`
	ChainID      uint64     `json:"chain_id"`
	MaxCycles    uint64     `json:"max_cycles"`
	OldStateRoot fr.Element `json:"old_state_root"`
	NewStateRoot fr.Element `json:"new_state_root"`
	// OldAcc and NewAcc are accumulated input hashes (AccNext), below 2^253.
	OldAcc   fr.Element `json:"old_acc"`
	NewAcc   fr.Element `json:"new_acc"`
	OldBatch uint64     `json:"old_batch"`
	NewBatch uint64     `json:"new_batch"`
}

func felt(x uint64) fr.Element {
	var e fr.Element
	e.SetUint64(x)
	return e
}

// Ctx is Chain(DomainSeqCtx, program id, chain id, maxCycles): what two
// adjacent sequences share.
func (s *Sequence) Ctx() fr.Element {
	return statement.Chain([]fr.Element{felt(statement.DomainSeqCtx), s.ProgramID, felt(s.ChainID), felt(s.MaxCycles)})
}

// In is Chain(DomainSeqState, old state root, old acc, old batch number).
func (s *Sequence) In() fr.Element {
	return statement.Chain([]fr.Element{felt(statement.DomainSeqState), s.OldStateRoot, s.OldAcc, felt(s.OldBatch)})
}

// Out is Chain(DomainSeqState, new state root, new acc, new batch number).
func (s *Sequence) Out() fr.Element {
	return statement.Chain([]fr.Element{felt(statement.DomainSeqState), s.NewStateRoot, s.NewAcc, felt(s.NewBatch)})
}

// AccValid reports whether acc can be an accumulated input hash (< 2^253).
func AccValid(acc fr.Element) bool {
	b := acc.Bytes()
	return b[0]&0xe0 == 0
}

// digestOf is sha256(b) read as a big-endian integer with its top 3 bits
// cleared (< 2^253 < r).
func digestOf(b []byte) fr.Element {
	h := sha256.Sum256(b)
	h[0] &= 0x1f
	var e fr.Element
	e.SetBigInt(new(big.Int).SetBytes(h[:]))
	return e
}

// AccNext is the accumulated input hash after job pub:
// sha256(acc as 32 bytes big-endian ‖ the job's InputBytes) with its top 3
// bits cleared. Solidity: uint256(sha256(abi.encodePacked(acc, inputs))) &
// ((1 << 253) - 1), inputs being FinalLayout's first 366 bytes.
func AccNext(acc fr.Element, pub *statement.Public) (fr.Element, error) {
	if !AccValid(acc) {
		return fr.Element{}, errors.New("recursion: accumulated input hash not below 2^253")
	}
	layout, err := FinalLayout(pub, 0)
	if err != nil {
		return fr.Element{}, err
	}
	a := acc.Bytes()
	return digestOf(append(a[:], layout[:InputBytes]...)), nil
}

// JobSequence is the sequence of the one job pub, after the accumulated
// input hash oldAcc, under the cycle budget maxCycles: batch numbers
// pub.Context.BatchNum to BatchNum + 1.
func JobSequence(pub *statement.Public, oldAcc fr.Element, maxCycles uint64) (*Sequence, error) {
	if pub.Context.BatchNum == math.MaxUint64 {
		return nil, errors.New("recursion: batch number 2^64-1 has no successor")
	}
	acc, err := AccNext(oldAcc, pub)
	if err != nil {
		return nil, err
	}
	return &Sequence{
		ProgramID: pub.ProgramID, ChainID: pub.Context.ChainID, MaxCycles: maxCycles,
		OldStateRoot: pub.OldStateRoot, NewStateRoot: pub.NewStateRoot,
		OldAcc: oldAcc, NewAcc: acc,
		OldBatch: pub.Context.BatchNum, NewBatch: pub.Context.BatchNum + 1,
	}, nil
}

// Join is the sequence of a followed by b: ErrNotAdjacent (with the reason)
// unless b continues a (same program, chain id and budget; b's old state
// root, acc and batch number are a's new ones).
func Join(a, b *Sequence) (*Sequence, error) {
	switch {
	case a.ProgramID != b.ProgramID:
		return nil, fmt.Errorf("%w: different programs", ErrNotAdjacent)
	case a.ChainID != b.ChainID:
		return nil, fmt.Errorf("%w: chain id %d then %d", ErrNotAdjacent, a.ChainID, b.ChainID)
	case a.MaxCycles != b.MaxCycles:
		return nil, fmt.Errorf("%w: cycle budget %d then %d", ErrNotAdjacent, a.MaxCycles, b.MaxCycles)
	case a.NewStateRoot != b.OldStateRoot:
		return nil, fmt.Errorf("%w: the second does not start from the first's new state root", ErrNotAdjacent)
	case a.NewAcc != b.OldAcc:
		return nil, fmt.Errorf("%w: the accumulated input hashes do not chain", ErrNotAdjacent)
	case a.NewBatch != b.OldBatch:
		return nil, fmt.Errorf("%w: batch %d follows batch %d", ErrNotAdjacent, b.OldBatch, a.NewBatch-1)
	}
	j := *a
	j.NewStateRoot, j.NewAcc, j.NewBatch = b.NewStateRoot, b.NewAcc, b.NewBatch
	return &j, nil
}

// SeqLayout is the byte string SeqDigest hashes: the sequence and the
// aggregator's address (docs/recursion.md, "Sequence digest").
func SeqLayout(s *Sequence, aggregator [20]byte) ([]byte, error) {
	if !AccValid(s.OldAcc) || !AccValid(s.NewAcc) {
		return nil, errors.New("recursion: accumulated input hash not below 2^253")
	}
	b := make([]byte, LayoutBytes)
	for i := range seqOffProgramID {
		b[i] = 0xff
	}
	put32 := func(off int, e *fr.Element) {
		x := e.Bytes()
		copy(b[off:off+32], x[:])
	}
	put32(seqOffProgramID, &s.ProgramID)
	binary.BigEndian.PutUint64(b[seqOffChainID:], s.ChainID)
	binary.BigEndian.PutUint64(b[seqOffMaxCycles:], s.MaxCycles)
	put32(seqOffOldRoot, &s.OldStateRoot)
	put32(seqOffNewRoot, &s.NewStateRoot)
	put32(seqOffOldAcc, &s.OldAcc)
	put32(seqOffNewAcc, &s.NewAcc)
	binary.BigEndian.PutUint64(b[seqOffOldBatch:], s.OldBatch)
	binary.BigEndian.PutUint64(b[seqOffNewBatch:], s.NewBatch)
	copy(b[seqOffAggregator:], aggregator[:])
	return b, nil
}

// SeqDigest is a sequence final proof's one public input: sha256(SeqLayout)
// with its top 3 bits cleared, as FinalDigest.
func SeqDigest(s *Sequence, aggregator [20]byte) (fr.Element, error) {
	b, err := SeqLayout(s, aggregator)
	if err != nil {
		return fr.Element{}, err
	}
	return digestOf(b), nil
}

// byteReader reads integers and field elements from bytes held by circuit
// variables, with their bits (api.ToBinary order, least significant first).
type byteReader struct {
	api  frontend.API
	b    []frontend.Variable
	bits [][8]frontend.Variable
}

// be is the big-endian integer of n bytes at off.
func (r *byteReader) be(off, n int) frontend.Variable {
	var acc frontend.Variable = 0
	for k := range n {
		acc = r.api.Add(r.api.Mul(acc, 256), r.b[off+k])
	}
	return acc
}

// fieldEl is the 32 bytes at off as a field element, asserted canonical (<
// r) when cond is 1.
func (r *byteReader) fieldEl(off int, cond frontend.Variable) frontend.Variable {
	bits := make([]frontend.Variable, 0, 256) // MSB first
	for k := range 32 {
		for i := 7; i >= 0; i-- {
			bits = append(bits, r.bits[off+k][i])
		}
	}
	assertBitsBelowIf(r.api, cond, bits, Field())
	return r.be(off, 32)
}

// acc253 is the 32 bytes at off as an integer, asserted below 2^253 when
// cond is 1.
func (r *byteReader) acc253(off int, cond frontend.Variable) frontend.Variable {
	for _, b := range r.bits[off][5:] {
		r.api.AssertIsEqual(r.api.Mul(cond, b), 0)
	}
	return r.be(off, 32)
}

// blob is statement.PackBlob of the 256 bytes at off: 28 bytes
// little-endian per element.
func (r *byteReader) blob(off int) []frontend.Variable {
	out := make([]frontend.Variable, statement.BlobElements)
	for e := range out {
		var acc frontend.Variable = 0
		for k := min(28*(e+1), statement.MaxOnchainInputBytes) - 1; k >= 28*e; k-- {
			acc = r.api.Add(r.api.Mul(acc, 256), r.b[off+k])
		}
		out[e] = acc
	}
	return out
}

// inputElements sets the statement elements that a job's inputs (a
// FinalLayout's first InputBytes bytes) give: program id, the two context
// elements, the onchain length (IdxLengths without the output length and
// exit code), offchain input hash and onchain input. Field elements are
// asserted canonical when cond is 1.
func (r *byteReader) inputElements(el *[statement.NumPublic]frontend.Variable, cond frontend.Variable) {
	api := r.api
	el[statement.IdxProgramID] = r.fieldEl(offProgramID, cond)
	el[statement.IdxContext0] = api.Add(r.be(offChainID, 8),
		api.Mul(r.be(offTimestamp, 8), new(big.Int).Lsh(big.NewInt(1), 64)),
		api.Mul(r.be(offBatchNum, 8), new(big.Int).Lsh(big.NewInt(1), 128)))
	el[statement.IdxContext1] = r.be(offSequencer, 20)
	el[statement.IdxLengths] = r.be(offOnchainLen, 2)
	el[statement.IdxOffchainHash] = r.fieldEl(offOffchainHash, cond)
	copy(el[statement.IdxOnchainInput:], r.blob(offOnchainInput))
}

// sequence opens a SeqLayout when seq is 1 (the marker, canonical roots and
// program id, accs below 2^253) and returns the sequence's Ctx, In and Out.
func (r *byteReader) sequence(h *hasher, seq frontend.Variable) (ctx, in, out frontend.Variable) {
	api := r.api
	for k := range seqOffProgramID {
		api.AssertIsEqual(api.Mul(seq, api.Sub(r.b[k], 0xff)), 0)
	}
	ctx = h.chain(statement.DomainSeqCtx, r.fieldEl(seqOffProgramID, seq), r.be(seqOffChainID, 8), r.be(seqOffMaxCycles, 8))
	in = h.chain(statement.DomainSeqState, r.fieldEl(seqOffOldRoot, seq), r.acc253(seqOffOldAcc, seq), r.be(seqOffOldBatch, 8))
	out = h.chain(statement.DomainSeqState, r.fieldEl(seqOffNewRoot, seq), r.acc253(seqOffNewAcc, seq), r.be(seqOffNewBatch, 8))
	return ctx, in, out
}

// truncDigest is the SHA-256 state st read as a big-endian integer with its
// top 3 bits cleared.
func truncDigest(api frontend.API, st [8]sha2.Word) frontend.Variable {
	var d frontend.Variable = 0
	for w := range st {
		for i := range 32 {
			pos := 32*(7-w) + i
			if pos >= DigestBits {
				continue
			}
			d = api.Add(d, api.Mul(st[w][i], new(big.Int).Lsh(big.NewInt(1), uint(pos))))
		}
	}
	return d
}

// JobVars opens a job's top proof (the proof of its whole run) as a
// sequence of one job. With IsJob 0 it is unused (all zero).
type JobVars struct {
	IsJob frontend.Variable
	// Input is the job's inputs, FinalLayout's first InputBytes bytes.
	Input [InputBytes]frontend.Variable
	// OldStateRoot is the state root the job starts from.
	OldStateRoot frontend.Variable
	// AccOld is the accumulated input hash before the job, 32 bytes
	// big-endian.
	AccOld [32]frontend.Variable
	// The rest of the run's statement.
	NewStateRoot, ExitCode, OutputLen frontend.Variable
	Output                            [statement.BlobElements]frontend.Variable
	// MaxCycles is the sequence's cycle budget.
	MaxCycles frontend.Variable
	In, Out   BoundaryVars
}

// open returns the run's (ctx, in, out), which the job's top proof attests,
// and its sequence view (Sequence.Ctx, In, Out of JobSequence). When IsJob
// is 1 the run must be whole (In.Cycles = 0, Out.Halted) and within
// MaxCycles (Out.Cycles <= MaxCycles, MaxCycles > 0, as FinalCircuit's budget).
func (j *JobVars) open(api frontend.API, h *hasher) (ctx, in, out, vctx, vin, vout frontend.Variable, err error) {
	api.AssertIsBoolean(j.IsJob)
	msg := make([][8]frontend.Variable, 32+InputBytes)
	for i := range j.AccOld {
		copy(msg[i][:], api.ToBinary(j.AccOld[i], 8))
	}
	for i := range j.Input {
		copy(msg[32+i][:], api.ToBinary(j.Input[i], 8))
	}
	ra := &byteReader{api: api, b: j.AccOld[:], bits: msg[:32]}
	accOld := ra.acc253(0, 1)
	accNew := truncDigest(api, sha2.Gadget{API: api}.Hash(msg))

	ri := &byteReader{api: api, b: j.Input[:], bits: msg[32:]}
	var el [statement.NumPublic]frontend.Variable
	ri.inputElements(&el, j.IsJob)
	// output length < 2^16 and exit code < 2^32: the lengths element
	// decodes uniquely, so its onchain length is the inputs'
	api.ToBinary(j.OutputLen, 16)
	api.ToBinary(j.ExitCode, 32)
	el[statement.IdxLengths] = api.Add(el[statement.IdxLengths],
		api.Mul(j.OutputLen, new(big.Int).Lsh(big.NewInt(1), 32)),
		api.Mul(j.ExitCode, new(big.Int).Lsh(big.NewInt(1), 64)))
	el[statement.IdxOldStateRoot] = j.OldStateRoot
	el[statement.IdxNewStateRoot] = j.NewStateRoot
	copy(el[statement.IdxOutput:], j.Output[:])
	ctx = h.chain(append([]frontend.Variable{statement.DomainSegCtx}, el[:]...)...)

	in = j.In.digest(api, h)
	out = j.Out.digest(api, h) // Out.Cycles < 2^40
	api.AssertIsEqual(api.Mul(j.IsJob, j.In.Cycles), 0)
	api.AssertIsEqual(api.Mul(j.IsJob, api.Sub(1, j.Out.Halted)), 0)
	api.ToBinary(j.MaxCycles, 64)
	api.AssertIsDifferent(api.Select(j.IsJob, j.MaxCycles, 1), 0)
	api.ToBinary(api.Select(j.IsJob, api.Sub(j.MaxCycles, j.Out.Cycles), 0), 64)

	batch := ri.be(offBatchNum, 8)
	vctx = h.chain(statement.DomainSeqCtx, el[statement.IdxProgramID], ri.be(offChainID, 8), j.MaxCycles)
	vin = h.chain(statement.DomainSeqState, j.OldStateRoot, accOld, batch)
	vout = h.chain(statement.DomainSeqState, j.NewStateRoot, accNew, api.Add(batch, 1))
	return ctx, in, out, vctx, vin, vout, nil
}

// JobInput is a job's top proof opened as a sequence of one job, natively.
type JobInput struct {
	Public  *statement.Public
	In, Out statement.Boundary
	// AccOld is the accumulated input hash before the job.
	AccOld fr.Element
	// MaxCycles is the sequence's cycle budget (the run must not be longer).
	MaxCycles uint64
}

// Sequence is the job's sequence view.
func (j *JobInput) Sequence() (*Sequence, error) {
	return JobSequence(j.Public, j.AccOld, j.MaxCycles)
}

// Run is the run's statement as its top proof attests it: (ctx, in, out).
func (j *JobInput) Run() (ctx, in, out fr.Element, err error) {
	elems, err := j.Public.Elements()
	if err != nil {
		return ctx, in, out, fmt.Errorf("recursion: job: %w", err)
	}
	return statement.SegCtx(elems), j.In.Digest(), j.Out.Digest(), nil
}

func (j *JobInput) assign(dst *JobVars) error {
	layout, err := FinalLayout(j.Public, 0)
	if err != nil {
		return err
	}
	dst.IsJob = 1
	for i := range dst.Input {
		dst.Input[i] = layout[i]
	}
	acc := j.AccOld.Bytes()
	for i := range dst.AccOld {
		dst.AccOld[i] = acc[i]
	}
	dst.OldStateRoot, dst.NewStateRoot = j.Public.OldStateRoot, j.Public.NewStateRoot
	dst.ExitCode, dst.OutputLen = j.Public.ExitCode, len(j.Public.Output)
	out := statement.PackBlob(j.Public.Output)
	for i := range dst.Output {
		dst.Output[i] = out[i]
	}
	dst.MaxCycles = j.MaxCycles
	dst.In, dst.Out = boundaryVarsOf(&j.In), boundaryVarsOf(&j.Out)
	return nil
}

// noJob assigns an unused JobVars (all zero).
func noJob(dst *JobVars) {
	dst.IsJob = 0
	for i := range dst.Input {
		dst.Input[i] = 0
	}
	for i := range dst.AccOld {
		dst.AccOld[i] = 0
	}
	dst.OldStateRoot, dst.NewStateRoot, dst.ExitCode, dst.OutputLen, dst.MaxCycles = 0, 0, 0, 0, 0
	for i := range dst.Output {
		dst.Output[i] = 0
	}
	var zero statement.Boundary
	dst.In, dst.Out = boundaryVarsOf(&zero), boundaryVarsOf(&zero)
}
