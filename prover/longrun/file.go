package longrun

import (
	"fmt"

	"github.com/consensys/gnark/backend/groth16"

	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/recursion"
)

// KindFinal marks a final proof (prover.Proof.Kind; the "kind" of its file
// form, docs/recursion.md "Final proof file"); a whole-run proof has none.
const KindFinal = prover.KindFinal

// ProverProof is the prover.Proof form of f (what a job's result holds and
// proof.json files carry).
func (f *Final) ProverProof() (*prover.Proof, error) {
	return prover.NewFinalProof(f.LogSteps, f.Segments, f.Cycles, f.MaxCycles, f.Public, f.Proof)
}

// FinalOf decodes a final proof from its prover.Proof form; every derived
// form must agree with the raw proof and the statement (VerifyFinal then
// checks the proof).
func FinalOf(p *prover.Proof) (*Final, error) {
	if p.Kind != KindFinal {
		return nil, fmt.Errorf("not a final proof (kind %q)", p.Kind)
	}
	gp, err := p.GnarkProof()
	if err != nil {
		return nil, err
	}
	d, err := recursion.FinalDigest(&p.Public, p.MaxCycles)
	if err != nil {
		return nil, err
	}
	f := &Final{LogSteps: p.Class, Cycles: p.Cycles, MaxCycles: p.MaxCycles, Segments: p.Segments, Public: p.Public,
		Digest: d, Proof: gp}
	if err := prover.CheckForms(p); err != nil {
		return nil, fmt.Errorf("%w: %w", prover.ErrInvalidProof, err)
	}
	return f, nil
}

// VerifyProof checks a final proof in its prover.Proof form with the final
// circuit's verifying key (forms, digest and the Groth16 check).
func VerifyProof(vk groth16.VerifyingKey, p *prover.Proof) error {
	if p.Kind != KindFinal {
		return fmt.Errorf("%w: not a final proof (kind %q)", prover.ErrInvalidProof, p.Kind)
	}
	return prover.Verify(vk, p)
}

// IsFinalFile reports whether the JSON document is a final proof file.
func IsFinalFile(b []byte) bool { return prover.IsFinalJSON(b) }

// ReadFinalFile reads a final proof file.
func ReadFinalFile(path string) (*Final, error) {
	p, err := prover.ReadProofFile(path)
	if err != nil {
		return nil, err
	}
	f, err := FinalOf(p)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return f, nil
}

// WriteFinalFile writes a final proof file.
func WriteFinalFile(path string, f *Final) error {
	p, err := f.ProverProof()
	if err != nil {
		return err
	}
	return prover.WriteProofFile(path, p)
}
