package longrun

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"

	"github.com/zkprover/zkprover/prover"
)

// KindFinal marks a final proof file (docs/recursion.md, "Final proof
// file"); a whole-run proof file has no kind.
const KindFinal = "final"

// FinalJSON is the JSON form of a final proof (proof.json of `zkprover prove
// --segment`).
type FinalJSON struct {
	Version       int                  `json:"version"`
	Kind          string               `json:"kind"` // "final"
	Curve         string               `json:"curve"`
	System        string               `json:"system"`
	SegmentClass  int                  `json:"segment_class"` // log2 of a segment's steps
	Segments      int                  `json:"segments"`
	Cycles        uint64               `json:"cycles"`
	Statement     prover.StatementJSON `json:"statement"`
	Digest        string               `json:"digest"` // the one public input: recursion.FinalDigest(statement)
	Proof         string               `json:"proof"`  // 0x-hex, gnark raw form
	SolidityProof string               `json:"solidity_proof"`
	Calldata      string               `json:"calldata"` // verifyProof(bytes, uint256[1]) of the final circuit's exported verifier
}

// JSON returns the file form of f.
func (f *Final) JSON() (*FinalJSON, error) {
	bp, ok := f.Proof.(*groth16bn254.Proof)
	if !ok {
		return nil, fmt.Errorf("final proof is a %T, want a BN254 Groth16 proof", f.Proof)
	}
	var raw bytes.Buffer
	if _, err := bp.WriteRawTo(&raw); err != nil {
		return nil, fmt.Errorf("encoding the final proof: %w", err)
	}
	sol := bp.MarshalSolidity()
	cd, err := prover.EncodeCalldata(sol, []fr.Element{f.Digest})
	if err != nil {
		return nil, err
	}
	return &FinalJSON{Version: 1, Kind: KindFinal, Curve: "bn254", System: "groth16", SegmentClass: f.LogSteps,
		Segments: f.Segments, Cycles: f.Cycles, Statement: prover.ToJSON(f.Public), Digest: hex0x(f.Digest.Marshal()),
		Proof: hex0x(raw.Bytes()), SolidityProof: hex0x(sol), Calldata: hex0x(cd)}, nil
}

// Final decodes the file form; every derived form must agree with the raw
// proof and the statement.
func (j *FinalJSON) Final() (*Final, error) {
	if j.Version != 1 || j.Kind != KindFinal || j.Curve != "bn254" || j.System != "groth16" {
		return nil, fmt.Errorf("not a final proof file of version 1 (version %d, kind %q, %s/%s)", j.Version, j.Kind, j.Curve, j.System)
	}
	pub, err := j.Statement.Public()
	if err != nil {
		return nil, err
	}
	raw, err := unhex("proof", j.Proof)
	if err != nil {
		return nil, err
	}
	gp := groth16.NewProof(ecc.BN254)
	if _, err := gp.ReadFrom(bytes.NewReader(raw)); err != nil {
		return nil, fmt.Errorf("decoding the final proof: %w", err)
	}
	db, err := unhex("digest", j.Digest)
	if err != nil {
		return nil, err
	}
	var d fr.Element
	if err := d.SetBytesCanonical(db); err != nil {
		return nil, fmt.Errorf("digest: %w", err)
	}
	f := &Final{LogSteps: j.SegmentClass, Cycles: j.Cycles, Segments: j.Segments, Public: pub, Digest: d, Proof: gp}
	again, err := f.JSON()
	if err != nil {
		return nil, err
	}
	if again.SolidityProof != strings.ToLower(j.SolidityProof) || again.Calldata != strings.ToLower(j.Calldata) {
		return nil, fmt.Errorf("%w: the Solidity proof or calldata does not match the raw proof and digest", prover.ErrInvalidProof)
	}
	return f, nil
}

// IsFinalFile reports whether the JSON document is a final proof file.
func IsFinalFile(b []byte) bool {
	var k struct {
		Kind string `json:"kind"`
	}
	return json.Unmarshal(b, &k) == nil && k.Kind == KindFinal
}

// ReadFinalFile reads a final proof file.
func ReadFinalFile(path string) (*Final, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var j FinalJSON
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&j); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	f, err := j.Final()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return f, nil
}

// WriteFinalFile writes a final proof file.
func WriteFinalFile(path string, f *Final) error {
	j, err := f.JSON()
	if err != nil {
		return err
	}
	b, err := json.MarshalIndent(j, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}

func hex0x(b []byte) string { return "0x" + hex.EncodeToString(b) }

func unhex(field, s string) ([]byte, error) {
	b, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", field, err)
	}
	return b, nil
}
