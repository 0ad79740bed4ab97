package longrun

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"

	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/recursion"
	"github.com/zkprover/zkprover/statement"
)

// Self-contained forms of the proofs a sequence is made of (docs/recursion.md,
// "Sequences of jobs"): a job's run top proof with its opening, and an
// aggregation of jobs with its sequence. Whoever holds the keys of the same
// segment class checks one on receipt (DecodeTop, DecodeSeq: the proof
// against the key, for the public input its opening gives) and aggregates it
// with its neighbours, whichever node proved it.

// seqFileVersion is the version of these encodings.
const seqFileVersion = 1

// Kinds of sequence proof documents.
const (
	KindJobTop   = "job-top"  // a job's run top proof and its opening (Top)
	KindSequence = "sequence" // an aggregation of jobs and its sequence (SeqNode)
)

// errNoKeys: a document read without the keys to check it.
var errNoKeys = errors.New("no long-run keys to check the proof with")

// MaxSeqFileBytes bounds a sequence proof document (a proof is under 1 KiB).
const MaxSeqFileBytes = 64 << 10

type seqFileJSON struct {
	Version int    `json:"version"`
	Kind    string `json:"kind"`
	Class   int    `json:"class"` // the segment class of the keys
	// Aggregate: the proof is under the aggregation key (else the segment key).
	Aggregate bool   `json:"aggregate"`
	Proof     []byte `json:"proof"` // gnark raw form

	// job-top
	Statement *[statement.NumPublic]fr.Element `json:"statement,omitempty"` // the run's 27 elements
	In        *statement.Boundary              `json:"in,omitempty"`
	Out       *statement.Boundary              `json:"out,omitempty"`
	MaxCycles uint64                           `json:"max_cycles,omitempty"`
	Segments  int                              `json:"segments,omitempty"`

	// sequence
	Sequence *recursion.Sequence `json:"sequence,omitempty"`
	Jobs     int                 `json:"jobs,omitempty"`
}

func rawProof(p groth16.Proof) ([]byte, error) {
	bp, ok := p.(*groth16bn254.Proof)
	if !ok {
		return nil, fmt.Errorf("a %T, want a BN254 Groth16 proof", p)
	}
	var raw bytes.Buffer
	if _, err := bp.WriteRawTo(&raw); err != nil {
		return nil, fmt.Errorf("encoding the proof: %w", err)
	}
	return raw.Bytes(), nil
}

// EncodeTop is the self-contained form of a job's run top proof (keys of
// segment class logSteps).
func EncodeTop(logSteps int, t *Top) ([]byte, error) {
	raw, err := rawProof(t.Node.Proof)
	if err != nil {
		return nil, fmt.Errorf("job top proof: %w", err)
	}
	elems, err := t.Public.Elements()
	if err != nil {
		return nil, fmt.Errorf("job top proof: %w", err)
	}
	in, out := t.In, t.Out
	return json.Marshal(&seqFileJSON{Version: seqFileVersion, Kind: KindJobTop, Class: logSteps, Aggregate: t.Node.IsAggregate,
		Proof: raw, Statement: &elems, In: &in, Out: &out, MaxCycles: t.MaxCycles, Segments: t.Segments})
}

// EncodeSeq is the self-contained form of an aggregation of jobs (keys of
// segment class logSteps). A one-job SeqNode has no such form: encode its
// Top (EncodeTop).
func EncodeSeq(logSteps int, n *SeqNode) ([]byte, error) {
	if n.Job != nil || !n.IsAggregate {
		return nil, errors.New("sequence proof: a single job's node (encode its top proof)")
	}
	raw, err := rawProof(n.Proof)
	if err != nil {
		return nil, fmt.Errorf("sequence proof: %w", err)
	}
	s := n.Sequence
	return json.Marshal(&seqFileJSON{Version: seqFileVersion, Kind: KindSequence, Class: logSteps, Aggregate: true,
		Proof: raw, Sequence: &s, Jobs: n.Jobs})
}

func decodeSeqFile(b []byte, ks *Keys, kind string) (*seqFileJSON, groth16.Proof, error) {
	if len(b) > MaxSeqFileBytes {
		return nil, nil, fmt.Errorf("%w: a %s document of %d bytes (at most %d)", prover.ErrInvalidProof, kind, len(b), MaxSeqFileBytes)
	}
	var f seqFileJSON
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return nil, nil, fmt.Errorf("%w: decoding a %s document: %w", prover.ErrInvalidProof, kind, err)
	}
	if dec.More() {
		return nil, nil, fmt.Errorf("%w: data after the %s document", prover.ErrInvalidProof, kind)
	}
	if f.Version != seqFileVersion || f.Kind != kind {
		return nil, nil, fmt.Errorf("%w: a %q document of version %d, want %q version %d", prover.ErrInvalidProof, f.Kind, f.Version, kind, seqFileVersion)
	}
	if ks == nil {
		return &f, nil, errNoKeys
	}
	if f.Class != ks.LogSteps {
		return nil, nil, fmt.Errorf("%w: a proof for segment class 2^%d, the keys are of 2^%d", prover.ErrInvalidProof, f.Class, ks.LogSteps)
	}
	gp := groth16.NewProof(ecc.BN254)
	if _, err := gp.ReadFrom(bytes.NewReader(f.Proof)); err != nil {
		return nil, nil, fmt.Errorf("%w: %s proof: %w", prover.ErrInvalidProof, kind, err)
	}
	return &f, gp, nil
}

// DecodeTop reads a job's run top proof and checks it: a whole run (from
// its start to its halt, within its budget) whose proof verifies under the
// segment or aggregation key for the public input its statement and
// boundaries give.
func DecodeTop(b []byte, ks *Keys) (*Top, error) {
	f, gp, err := decodeSeqFile(b, ks, KindJobTop)
	if err != nil {
		return nil, err
	}
	if f.Statement == nil || f.In == nil || f.Out == nil || f.Sequence != nil || f.Jobs != 0 {
		return nil, fmt.Errorf("%w: a job top proof needs its statement and boundaries only", prover.ErrInvalidProof)
	}
	pub, err := statement.FromElements(*f.Statement)
	if err != nil {
		return nil, fmt.Errorf("%w: job top proof: %w", prover.ErrInvalidProof, err)
	}
	if back, err := pub.Elements(); err != nil || back != *f.Statement {
		return nil, fmt.Errorf("%w: job top proof: a statement that does not encode back to itself", prover.ErrInvalidProof)
	}
	in, out := *f.In, *f.Out
	switch {
	case in.Cycles != 0:
		return nil, fmt.Errorf("%w: job top proof: the run does not start at cycle 0", prover.ErrInvalidProof)
	case !out.Halted:
		return nil, fmt.Errorf("%w: job top proof: the run did not halt", prover.ErrInvalidProof)
	case f.MaxCycles == 0 || out.Cycles > f.MaxCycles:
		return nil, fmt.Errorf("%w: job top proof: %d cycles for a budget of %d", prover.ErrInvalidProof, out.Cycles, f.MaxCycles)
	case f.Segments < 1:
		return nil, fmt.Errorf("%w: job top proof of %d segments", prover.ErrInvalidProof, f.Segments)
	}
	node := &Node{ChildInput: recursion.ChildInput{Proof: gp, VK: ks.SegVK, IsAggregate: f.Aggregate,
		Ctx: statement.SegCtx(*f.Statement), In: in.Digest(), Out: out.Digest()}, First: 0, Last: f.Segments - 1}
	if f.Aggregate {
		node.VK = ks.AggVK
	}
	if node.VK == nil {
		return nil, errors.New("job top proof: the long-run keys have no verifying key to check it with")
	}
	if err := recursion.VerifyInner(gp, node.VK, node.Digest(ks.AggVKHash)); err != nil {
		return nil, fmt.Errorf("%w: job top proof: %w", prover.ErrInvalidProof, err)
	}
	return &Top{Node: node, Public: pub, In: in, Out: out, Cycles: out.Cycles, MaxCycles: f.MaxCycles, Segments: f.Segments}, nil
}

// DecodeSeq reads an aggregation of jobs and checks its proof under the
// aggregation key for its sequence.
func DecodeSeq(b []byte, ks *Keys) (*SeqNode, error) {
	f, gp, err := decodeSeqFile(b, ks, KindSequence)
	if err != nil {
		return nil, err
	}
	if f.Sequence == nil || !f.Aggregate || f.Jobs < 2 || f.Statement != nil || f.In != nil || f.Out != nil {
		return nil, fmt.Errorf("%w: a sequence proof needs its sequence (of at least 2 jobs) only", prover.ErrInvalidProof)
	}
	s := *f.Sequence
	if !recursion.AccValid(s.OldAcc) || !recursion.AccValid(s.NewAcc) || s.NewBatch <= s.OldBatch || s.NewBatch-s.OldBatch != uint64(f.Jobs) {
		return nil, fmt.Errorf("%w: sequence proof: accs or batch numbers out of range", prover.ErrInvalidProof)
	}
	if ks.AggVK == nil {
		return nil, errors.New("sequence proof: the long-run keys have no aggregation key to check it with")
	}
	n := &SeqNode{ChildInput: recursion.ChildInput{Proof: gp, VK: ks.AggVK, IsAggregate: true, Ctx: s.Ctx(), In: s.In(), Out: s.Out()},
		Sequence: s, Jobs: f.Jobs}
	if err := recursion.VerifyInner(gp, ks.AggVK, n.Digest(ks.AggVKHash)); err != nil {
		return nil, fmt.Errorf("%w: sequence proof: %w", prover.ErrInvalidProof, err)
	}
	return n, nil
}

// TopStatement reads a job top document's statement and cycle budget
// without checking its proof (no keys: DecodeTop checks it).
func TopStatement(b []byte) (statement.Public, uint64, error) {
	f, _, err := decodeSeqFile(b, nil, KindJobTop)
	if err != nil && !errors.Is(err, errNoKeys) {
		return statement.Public{}, 0, err
	}
	if f == nil || f.Statement == nil {
		return statement.Public{}, 0, fmt.Errorf("%w: a job top proof without its statement", prover.ErrInvalidProof)
	}
	pub, err := statement.FromElements(*f.Statement)
	if err != nil {
		return statement.Public{}, 0, fmt.Errorf("%w: job top proof: %w", prover.ErrInvalidProof, err)
	}
	if back, err := pub.Elements(); err != nil || back != *f.Statement {
		return statement.Public{}, 0, fmt.Errorf("%w: job top proof: a statement that does not encode back to itself", prover.ErrInvalidProof)
	}
	return pub, f.MaxCycles, nil
}
