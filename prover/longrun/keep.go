package longrun

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"

	"github.com/zkprover/zkprover/circuits"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/recursion"
	"github.com/zkprover/zkprover/statement"
)

// keptVersion is the version of a kept segment proof's encoding.
const keptVersion = 1

// keptJSON is a segment proof kept across restarts (a queue part of its job).
type keptJSON struct {
	Version int                `json:"version"`
	Index   int                `json:"index"`
	Class   int                `json:"class"` // segment class
	In      statement.Boundary `json:"in"`
	Out     statement.Boundary `json:"out"`
	Ctx     fr.Element         `json:"ctx"`
	Digest  fr.Element         `json:"digest"`
	Proof   []byte             `json:"proof"` // gnark raw form
}

// PartName is the name under which segment i's proof is kept with its job.
func PartName(i int) string { return "segment-" + strconv.Itoa(i) }

// EncodeSegmentProof is the kept form of a segment proof of class logSteps.
func EncodeSegmentProof(logSteps int, sp *SegmentProof) ([]byte, error) {
	raw, err := rawProof(sp.Proof)
	if err != nil {
		return nil, fmt.Errorf("segment proof %d: %w", sp.Index, err)
	}
	return json.Marshal(&keptJSON{Version: keptVersion, Index: sp.Index, Class: logSteps, In: sp.Segment.In, Out: sp.Segment.Out,
		Ctx: sp.Segment.Ctx, Digest: sp.Segment.Digest, Proof: raw})
}

// DecodeSegmentProof reads a kept segment proof and checks it: the class, its
// public input against its boundaries and context, and the proof against the
// segment key (so a damaged record is never aggregated; ProveSegments then
// checks the boundaries against the run).
func DecodeSegmentProof(b []byte, logSteps int, segVK groth16.VerifyingKey) (*SegmentProof, error) {
	var k keptJSON
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&k); err != nil {
		return nil, fmt.Errorf("decoding a kept segment proof: %w", err)
	}
	if k.Version != keptVersion || k.Class != logSteps || k.Index < 0 {
		return nil, fmt.Errorf("kept segment proof of version %d, class 2^%d, index %d: want version %d, class 2^%d", k.Version, k.Class, k.Index, keptVersion, logSteps)
	}
	if statement.SegmentDigest(k.Ctx, k.In.Digest(), k.Out.Digest()) != k.Digest {
		return nil, fmt.Errorf("kept segment proof %d: its public input is not its boundaries'", k.Index)
	}
	gp := groth16.NewProof(ecc.BN254)
	if _, err := gp.ReadFrom(bytes.NewReader(k.Proof)); err != nil {
		return nil, fmt.Errorf("kept segment proof %d: %w", k.Index, err)
	}
	if err := recursion.VerifyInner(gp, segVK, k.Digest); err != nil {
		return nil, fmt.Errorf("kept segment proof %d: %w: %w", k.Index, prover.ErrInvalidProof, err)
	}
	return &SegmentProof{Index: k.Index, Segment: circuits.SegResult{In: k.In, Out: k.Out, Ctx: k.Ctx, Digest: k.Digest}, Proof: gp}, nil
}

// keptAggVersion is the version of a kept aggregation proof's encoding.
const keptAggVersion = 1

// keptAggJSON is an aggregation proof kept across restarts (a queue part of
// its job): the node of segments First..Last of the run's tree.
type keptAggJSON struct {
	Version int        `json:"version"`
	Class   int        `json:"class"` // segment class
	First   int        `json:"first"`
	Last    int        `json:"last"`
	Ctx     fr.Element `json:"ctx"`
	In      fr.Element `json:"in"`  // digest of the boundary before segment First
	Out     fr.Element `json:"out"` // digest of the boundary after segment Last
	Proof   []byte     `json:"proof"`
}

// AggPartName is the name under which the aggregation of segments
// first..last is kept with its job.
func AggPartName(first, last int) string {
	return "aggregate-" + strconv.Itoa(first) + "-" + strconv.Itoa(last)
}

// IsAggPart reports whether a part's name is an aggregation's (AggPartName).
func IsAggPart(name string) bool { return strings.HasPrefix(name, "aggregate-") }

// EncodeAggregate is the kept form of an aggregation node n of a run in
// segments of class logSteps.
func EncodeAggregate(logSteps int, n *Node) ([]byte, error) {
	if !n.IsAggregate {
		return nil, fmt.Errorf("keeping segments %d-%d: not an aggregation", n.First, n.Last)
	}
	raw, err := rawProof(n.Proof)
	if err != nil {
		return nil, fmt.Errorf("aggregation of segments %d-%d: %w", n.First, n.Last, err)
	}
	return json.Marshal(&keptAggJSON{Version: keptAggVersion, Class: logSteps, First: n.First, Last: n.Last,
		Ctx: n.Ctx, In: n.In, Out: n.Out, Proof: raw})
}

// DecodeAggregate reads a kept aggregation proof and checks it against the
// aggregation key of ks (its public input is the aggregation digest of its
// context and boundaries under ks.AggVKHash), so a damaged record is never
// used; Aggregate then checks its context and boundaries against its
// children's before using it in their place.
func DecodeAggregate(b []byte, ks *Keys) (*Node, error) {
	var k keptAggJSON
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&k); err != nil {
		return nil, fmt.Errorf("decoding a kept aggregation proof: %w", err)
	}
	if k.Version != keptAggVersion || k.Class != ks.LogSteps || k.First < 0 || k.Last <= k.First {
		return nil, fmt.Errorf("kept aggregation proof of version %d, class 2^%d, segments %d-%d: want version %d, class 2^%d",
			k.Version, k.Class, k.First, k.Last, keptAggVersion, ks.LogSteps)
	}
	gp := groth16.NewProof(ecc.BN254)
	if _, err := gp.ReadFrom(bytes.NewReader(k.Proof)); err != nil {
		return nil, fmt.Errorf("kept aggregation proof %d-%d: %w", k.First, k.Last, err)
	}
	n := &Node{ChildInput: recursion.ChildInput{Proof: gp, VK: ks.AggVK, IsAggregate: true, Ctx: k.Ctx, In: k.In, Out: k.Out},
		First: k.First, Last: k.Last}
	if err := recursion.VerifyInner(gp, ks.AggVK, n.Digest(ks.AggVKHash)); err != nil {
		return nil, fmt.Errorf("kept aggregation proof %d-%d: %w: %w", k.First, k.Last, prover.ErrInvalidProof, err)
	}
	return n, nil
}
