package recursion

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/algebra"
	"github.com/consensys/gnark/std/algebra/emulated/sw_bn254"
	"github.com/consensys/gnark/std/math/emulated"
	stdgroth16 "github.com/consensys/gnark/std/recursion/groth16"

	"github.com/zkprover/zkprover/circuits/sha2"
	"github.com/zkprover/zkprover/statement"
)

// Byte layout of the statement that FinalDigest hashes (docs/recursion.md,
// "Final digest"): big-endian integers, blobs zero-padded to 256 bytes.
const (
	offProgramID    = 0   // 32 bytes, the field element big-endian
	offChainID      = 32  // uint64
	offTimestamp    = 40  // uint64
	offBatchNum     = 48  // uint64
	offSequencer    = 56  // 20 bytes
	offOnchainLen   = 76  // uint16
	offOnchainInput = 78  // 256 bytes
	offOffchainHash = 334 // 32 bytes
	offOldStateRoot = 366 // 32 bytes
	offNewStateRoot = 398 // 32 bytes
	offExitCode     = 430 // uint32
	offOutputLen    = 434 // uint16
	offOutput       = 436 // 256 bytes
	offMaxCycles    = 692 // uint64: the run's cycle budget (the circuit proves cycles <= it)
	// LayoutBytes is the length of the layout (12 SHA-256 blocks).
	LayoutBytes = 700
)

// DigestBits is the width of FinalDigest: sha256 with its top 3 bits cleared.
const DigestBits = 253

// FinalLayout is the byte string FinalDigest hashes: the statement and the
// run's cycle budget maxCycles.
func FinalLayout(pub *statement.Public, maxCycles uint64) ([]byte, error) {
	if err := pub.Validate(); err != nil {
		return nil, fmt.Errorf("recursion: %w", err)
	}
	b := make([]byte, LayoutBytes)
	put32 := func(off int, e *fr.Element) {
		x := e.Bytes()
		copy(b[off:off+32], x[:])
	}
	put32(offProgramID, &pub.ProgramID)
	binary.BigEndian.PutUint64(b[offChainID:], pub.Context.ChainID)
	binary.BigEndian.PutUint64(b[offTimestamp:], pub.Context.Timestamp)
	binary.BigEndian.PutUint64(b[offBatchNum:], pub.Context.BatchNum)
	copy(b[offSequencer:offSequencer+20], pub.Context.Sequencer[:])
	binary.BigEndian.PutUint16(b[offOnchainLen:], uint16(len(pub.OnchainInput)))
	copy(b[offOnchainInput:offOnchainInput+statement.MaxOnchainInputBytes], pub.OnchainInput)
	put32(offOffchainHash, &pub.OffchainHash)
	put32(offOldStateRoot, &pub.OldStateRoot)
	put32(offNewStateRoot, &pub.NewStateRoot)
	binary.BigEndian.PutUint32(b[offExitCode:], pub.ExitCode)
	binary.BigEndian.PutUint16(b[offOutputLen:], uint16(len(pub.Output)))
	copy(b[offOutput:offOutput+statement.MaxOutputBytes], pub.Output)
	binary.BigEndian.PutUint64(b[offMaxCycles:], maxCycles)
	return b, nil
}

// FinalDigest is the final proof's one public input: sha256(FinalLayout(pub,
// maxCycles)) read as a big-endian integer with its top 3 bits cleared (<
// 2^253 < r). Solidity: uint256(sha256(layout)) & ((1 << 253) - 1). A final
// proof for it attests a run of the statement that halted within maxCycles
// steps (maxCycles = 0: no run).
func FinalDigest(pub *statement.Public, maxCycles uint64) (fr.Element, error) {
	b, err := FinalLayout(pub, maxCycles)
	if err != nil {
		return fr.Element{}, err
	}
	return digestOf(b), nil
}

// BoundaryVars is the opening of a Boundary digest in the final circuit. The
// registers are given packed as in Boundary.Digest (5 elements); the small
// fields are range-checked so that the packed scalar decodes uniquely.
type BoundaryVars struct {
	Cycles, PC, OutCount, Halted frontend.Variable
	Regs                         [5]frontend.Variable
	MemRoot, StateRoot           frontend.Variable
}

// boundaryVarsOf assigns a native Boundary.
func boundaryVarsOf(b *statement.Boundary) BoundaryVars {
	var v BoundaryVars
	v.Cycles, v.PC, v.OutCount = b.Cycles, b.PC, b.OutCount
	v.Halted = 0
	if b.Halted {
		v.Halted = 1
	}
	for i := range v.Regs {
		end := min(7*(i+1), 32)
		v.Regs[i] = statement.PackWords(b.Regs[7*i : end])
	}
	v.MemRoot, v.StateRoot = b.MemRoot, b.StateRoot
	return v
}

// digest is Boundary.Digest in circuit.
func (b *BoundaryVars) digest(api frontend.API, h *hasher) frontend.Variable {
	api.ToBinary(b.Cycles, statement.MaxCycleBits)
	api.ToBinary(b.PC, 32)
	api.ToBinary(b.OutCount, 8)
	api.AssertIsBoolean(b.Halted)
	s := api.Add(b.Cycles, api.Mul(b.PC, new(big.Int).Lsh(big.NewInt(1), 40)),
		api.Mul(b.OutCount, new(big.Int).Lsh(big.NewInt(1), 72)),
		api.Mul(b.Halted, new(big.Int).Lsh(big.NewInt(1), 80)))
	elems := []frontend.Variable{statement.DomainBoundary, s}
	elems = append(elems, b.Regs[:]...)
	elems = append(elems, b.MemRoot, b.StateRoot)
	return h.chain(elems...)
}

// FinalCircuit wraps a run's top proof into a proof with one public input,
// Digest = FinalDigest(statement, maxCycles): the run halted within maxCycles
// steps (Out.Cycles <= maxCycles, maxCycles > 0). It has one commitment, that of the
// emulated arithmetic (gnark cannot emulate without one; see noCommit and
// docs/recursion.md): its proof is made with FinalProverOptions (ProveFinal),
// whose hash to field gnark's Solidity verifier recomputes.
type FinalCircuit struct {
	Digest frontend.Variable `gnark:",public"`
	// Layout is FinalLayout(statement, maxCycles), one byte per variable.
	Layout [LayoutBytes]frontend.Variable
	In     BoundaryVars // the run's start: Cycles must be 0
	Out    BoundaryVars // the run's end: Halted must be 1
	// Key selects the child's key: 0 the aggregation key, i > 0 segment
	// key i-1 (a run of one segment).
	Key   frontend.Variable
	Proof Proof
	// Seq is 1 for a sequence final proof: Layout is SeqLayout (a sequence
	// of consecutive jobs and the aggregator's address), In and Out are
	// unused, and the child is an aggregation of jobs (Job.IsJob 0) or the
	// top proof of one job's run, opened by Job.
	Seq frontend.Variable
	Job JobVars

	vks       []VerifyingKey // fixed: aggregation key, then segment keys
	aggVKHash fr.Element
	// hideCommitter verifies through noCommit (measurements only: it does
	// not remove the commitment, see noCommit).
	hideCommitter bool
}

// NewFinalCircuit returns the final circuit for compiling: its child is an
// aggregation proof under aggVK or a segment proof under one of segVKs.
func NewFinalCircuit(aggVK groth16.VerifyingKey, segVKs []groth16.VerifyingKey) (*FinalCircuit, error) {
	if aggVK == nil {
		return nil, errors.New("recursion: no aggregation key")
	}
	h, err := VKHash(aggVK)
	if err != nil {
		return nil, fmt.Errorf("aggregation key: %w", err)
	}
	c := &FinalCircuit{aggVKHash: h, Proof: placeholderProof()}
	for i, vk := range append([]groth16.VerifyingKey{aggVK}, segVKs...) {
		if err := checkShape(vk); err != nil {
			return nil, fmt.Errorf("key %d: %w", i, err)
		}
		v, err := valueOfVK(vk)
		if err != nil {
			return nil, fmt.Errorf("recursion: key %d: %w", i, err)
		}
		c.vks = append(c.vks, v)
	}
	return c, nil
}

// noCommit hides the builder's frontend.Committer from std/rangecheck, which
// then range checks by binary decomposition instead of a log-derivative
// argument. It does NOT make the circuit commitment-free: gnark v0.16.3's
// emulated arithmetic checks its multiplications by polynomial identity
// testing at a challenge taken from multicommit.WithCommitment, called from a
// deferred function with the builder's own API (std/math/emulated,
// performDeferredChecks). Measured (docs/recursion.md): 15.2M constraints
// and still one commitment, against 2.0M with the builder's API. Kept for
// the measurement only.
type noCommit struct{ frontend.API }

// Define implements frontend.Circuit.
func (c *FinalCircuit) Define(api frontend.API) error {
	if len(c.vks) == 0 {
		return errors.New("recursion: no key (use NewFinalCircuit)")
	}
	h, err := newHasher(api)
	if err != nil {
		return err
	}
	// bytes -> bits (range checks)
	msg := make([][8]frontend.Variable, LayoutBytes)
	for i := range c.Layout {
		copy(msg[i][:], api.ToBinary(c.Layout[i], 8))
	}
	// the digest
	d := truncDigest(api, sha2.Gadget{API: api}.Hash(msg))
	api.AssertIsEqual(c.Digest, d)

	// the statement's elements from the layout (run mode; the canonical
	// checks apply only there, a sequence layout holds other bytes)
	api.AssertIsBoolean(c.Seq)
	run := api.Sub(1, c.Seq)
	r := &byteReader{api: api, b: c.Layout[:], bits: msg}
	var el [statement.NumPublic]frontend.Variable
	r.inputElements(&el, run)
	el[statement.IdxLengths] = api.Add(el[statement.IdxLengths],
		api.Mul(r.be(offOutputLen, 2), new(big.Int).Lsh(big.NewInt(1), 32)),
		api.Mul(r.be(offExitCode, 4), new(big.Int).Lsh(big.NewInt(1), 64)))
	el[statement.IdxOldStateRoot] = r.fieldEl(offOldStateRoot, run)
	el[statement.IdxNewStateRoot] = r.fieldEl(offNewStateRoot, run)
	copy(el[statement.IdxOutput:], r.blob(offOutput))
	ctx := h.chain(append([]frontend.Variable{statement.DomainSegCtx}, el[:]...)...)

	// run mode: from the run's start to its halt, within its budget
	api.AssertIsEqual(api.Mul(run, c.In.Cycles), 0)
	api.AssertIsEqual(api.Mul(run, api.Sub(1, c.Out.Halted)), 0)
	in := c.In.digest(api, h)
	out := c.Out.digest(api, h) // range checks Out.Cycles < 2^40

	// the cycle budget: Out.Cycles <= maxCycles, maxCycles > 0. maxCycles < 2^64 (8
	// range-checked bytes) and Out.Cycles < 2^40, so maxCycles - Out.Cycles
	// is in [0, 2^64) exactly when Out.Cycles <= maxCycles; otherwise it
	// wraps to at least r - 2^40 > 2^64 and has no 64-bit decomposition.
	maxCycles := r.be(offMaxCycles, 8)
	api.AssertIsDifferent(api.Select(run, maxCycles, 1), 0)
	api.ToBinary(api.Select(run, api.Sub(maxCycles, c.Out.Cycles), 0), 64)

	// sequence mode: the sequence statement from the layout
	seqCtx, seqIn, seqOut := r.sequence(h, c.Seq)
	// the child's own statement: in run mode the run's; in sequence mode an
	// aggregation of jobs whose statement is the sequence, or (Job.IsJob)
	// the top proof of one job's run whose sequence view is the sequence
	jobCtx, jobIn, jobOut, viewCtx, viewIn, viewOut, err := c.Job.open(api, h)
	if err != nil {
		return err
	}
	api.AssertIsEqual(api.Mul(c.Job.IsJob, run), 0) // a job child only in sequence mode
	// an aggregation of jobs is under the aggregation key (a segment proof
	// could not be one anyway: its ctx is a run's, tag 5, not a sequence's)
	api.AssertIsEqual(api.Mul(c.Seq, api.Sub(1, c.Job.IsJob), c.Key), 0)
	for _, p := range [][2]frontend.Variable{{viewCtx, seqCtx}, {viewIn, seqIn}, {viewOut, seqOut}} {
		api.AssertIsEqual(api.Mul(c.Job.IsJob, api.Sub(p[0], p[1])), 0)
	}
	pick := func(runV, seqV, jobV frontend.Variable) frontend.Variable {
		return api.Select(c.Seq, api.Select(c.Job.IsJob, jobV, seqV), runV)
	}
	ctx, in, out = pick(ctx, seqCtx, jobCtx), pick(in, seqIn, jobIn), pick(out, seqOut, jobOut)

	isAgg := api.IsZero(c.Key)
	pub := api.Select(isAgg,
		h.chain(statement.DomainAggregate, c.aggVKHash.BigInt(new(big.Int)), ctx, in, out),
		h.chain(statement.DomainSegment, ctx, in, out))

	// the child's proof
	napi := api
	if c.hideCommitter {
		napi = noCommit{api}
	}
	vk, err := switchVK(napi, c.Key, c.vks)
	if err != nil {
		return fmt.Errorf("recursion: switch key: %w", err)
	}
	// K[0] + x·K[1] + h·K[2] per key, its points constants (gnark's
	// fixed-base combs), then selected: cheaper than one variable-base MSM
	// over the selected key's points
	ks := func(curve algebra.Curve[sw_bn254.ScalarField, sw_bn254.G1Affine], x, h *emulated.Element[sw_bn254.ScalarField]) (*sw_bn254.G1Affine, error) {
		if len(c.vks) == 1 {
			return kSum(curve, &c.vks[0], x, h)
		}
		outs := make([]*sw_bn254.G1Affine, len(c.vks))
		for i := range c.vks {
			k, err := kSum(curve, &c.vks[i], x, h)
			if err != nil {
				return nil, err
			}
			outs[i] = k
		}
		return curve.Mux(c.Key, outs...), nil
	}
	return assertInnerProof(napi, &vk, &c.Proof, pub, ks)
}

// assertBitsBelowIf asserts, when cond (a boolean) is 1, that the integer
// with the given bits (MSB first) is below the constant bound.
func assertBitsBelowIf(api frontend.API, cond frontend.Variable, bits []frontend.Variable, bound *big.Int) {
	c := new(big.Int).Sub(bound, big.NewInt(1)) // assert value <= c
	n := len(bits)
	eq := cond // cond and the prefix so far equals c's
	for k, b := range bits {
		if c.Bit(n-1-k) == 1 {
			eq = api.Mul(eq, b)
		} else {
			api.AssertIsEqual(api.Mul(eq, b), 0)
		}
	}
}

// FinalInput is the native input of a final proof.
type FinalInput struct {
	// Proof is the run's top proof: an aggregation proof (Key 0) or the
	// proof of the only segment under segment key Key-1.
	Proof   groth16.Proof
	Key     int
	Public  *statement.Public
	In, Out statement.Boundary
	// MaxCycles is the run's cycle budget that the digest binds: the run
	// (Out.Cycles) must not be longer.
	MaxCycles uint64
}

// ErrOverBudget is FinalAssignment's error for a run longer than its
// MaxCycles (or a MaxCycles of 0): the final circuit cannot prove it.
var ErrOverBudget = errors.New("recursion: the run is longer than its maxCycles")

// FinalAssignment builds the witness of the final circuit and returns it with
// its public input FinalDigest(in.Public, in.MaxCycles). It fails
// (ErrOverBudget) for a run of more than in.MaxCycles cycles.
func FinalAssignment(in *FinalInput) (*FinalCircuit, fr.Element, error) {
	if in.MaxCycles == 0 || in.Out.Cycles > in.MaxCycles {
		return nil, fr.Element{}, fmt.Errorf("%w: %d cycles, maxCycles %d", ErrOverBudget, in.Out.Cycles, in.MaxCycles)
	}
	layout, err := FinalLayout(in.Public, in.MaxCycles)
	if err != nil {
		return nil, fr.Element{}, err
	}
	d, err := FinalDigest(in.Public, in.MaxCycles)
	if err != nil {
		return nil, fr.Element{}, err
	}
	a := &FinalCircuit{Digest: d, Key: in.Key, In: boundaryVarsOf(&in.In), Out: boundaryVarsOf(&in.Out), Seq: 0}
	for i, b := range layout {
		a.Layout[i] = b
	}
	noJob(&a.Job)
	if a.Proof, err = stdgroth16.ValueOfProof[sw_bn254.G1Affine, sw_bn254.G2Affine](in.Proof); err != nil {
		return nil, fr.Element{}, fmt.Errorf("recursion: proof: %w", err)
	}
	return a, d, nil
}

// SeqFinalInput is the native input of a sequence final proof.
type SeqFinalInput struct {
	// Proof is an aggregation of jobs (Key 0, Job nil) whose statement is
	// Sequence, or the top proof of one job's run (Job set: an aggregation
	// proof, Key 0, or the proof of its only segment under segment key
	// Key-1) whose sequence view is Sequence.
	Proof    groth16.Proof
	Key      int
	Sequence *Sequence
	// Aggregator is bound into the digest (SeqLayout).
	Aggregator [20]byte
	Job        *JobInput
}

// SeqFinalAssignment builds the witness of the final circuit for a sequence
// and returns it with its public input SeqDigest(in.Sequence,
// in.Aggregator). It checks nothing that the circuit checks.
func SeqFinalAssignment(in *SeqFinalInput) (*FinalCircuit, fr.Element, error) {
	layout, err := SeqLayout(in.Sequence, in.Aggregator)
	if err != nil {
		return nil, fr.Element{}, err
	}
	var zero statement.Boundary
	a := &FinalCircuit{Digest: digestOf(layout), Key: in.Key, In: boundaryVarsOf(&zero), Out: boundaryVarsOf(&zero), Seq: 1}
	for i, b := range layout {
		a.Layout[i] = b
	}
	if in.Job != nil {
		if err := in.Job.assign(&a.Job); err != nil {
			return nil, fr.Element{}, err
		}
	} else {
		noJob(&a.Job)
	}
	if a.Proof, err = stdgroth16.ValueOfProof[sw_bn254.G1Affine, sw_bn254.G2Affine](in.Proof); err != nil {
		return nil, fr.Element{}, fmt.Errorf("recursion: proof: %w", err)
	}
	return a, a.Digest.(fr.Element), nil
}
