package longrun

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"

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
