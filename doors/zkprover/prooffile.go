package zkprover

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"

	pb "github.com/zkprover/zkprover/proto/zkprover/v1"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/statement"
)

// ProofFromResponse rebuilds the proof file of a COMPLETED_OK GetProof answer
// from its raw proof, class and public input vector, and checks that every
// other form the node sent (points, calldata, program id, output) agrees.
func ProofFromResponse(resp *pb.GetProofResponse) (*prover.Proof, error) {
	if resp.Result != pb.GetProofResponse_RESULT_GET_PROOF_COMPLETED_OK {
		return nil, fmt.Errorf("job %s is %s: it has no proof", resp.Id, strings.TrimPrefix(resp.Result.String(), "RESULT_GET_PROOF_"))
	}
	final := resp.ProofKind == prover.KindFinal
	elems := resp.PublicInputElements
	if final {
		// A final proof's one public input is the digest of the statement,
		// which comes in statement_elements.
		elems = resp.StatementElements
		if len(resp.PublicInputElements) != 1 || resp.MaxCycles == 0 || resp.GetProgress().GetSegments() == 0 {
			return nil, fmt.Errorf("the node's answer for job %s lacks the final proof's digest, max cycles or segment count", resp.Id)
		}
	} else if resp.ProofKind != "" {
		return nil, fmt.Errorf("the node's answer for job %s has a proof of kind %q, unknown to this client", resp.Id, resp.ProofKind)
	}
	if len(elems) != statement.NumPublic || resp.RawProof == "" || resp.ProofClass == 0 {
		return nil, fmt.Errorf("the node's answer for job %s lacks the raw proof, its class or the %d statement elements (an upstream node?)", resp.Id, statement.NumPublic)
	}
	var v [statement.NumPublic]fr.Element
	for i, s := range elems {
		if _, err := v[i].SetString(s); err != nil {
			return nil, fmt.Errorf("statement element %d %q: %w", i, s, err)
		}
	}
	pub, err := statement.FromElements(v)
	if err != nil {
		return nil, fmt.Errorf("the node's statement: %w", err)
	}
	raw, err := hex.DecodeString(strings.TrimPrefix(resp.RawProof, "0x"))
	if err != nil {
		return nil, fmt.Errorf("the node's raw proof: %w", err)
	}
	var p *prover.Proof
	if final {
		gp := groth16.NewProof(ecc.BN254)
		if _, err := gp.ReadFrom(bytes.NewReader(raw)); err != nil {
			return nil, fmt.Errorf("the node's raw proof: %w", err)
		}
		p, err = prover.NewFinalProof(int(resp.ProofClass&^prover.FinalClassFlag), int(resp.GetProgress().GetSegments()), resp.Cycles, resp.MaxCycles, pub, gp)
		if err == nil && p.PublicInputs[0] != resp.PublicInputElements[0] {
			err = errors.New("the node's digest is not the digest of its statement")
		}
	} else {
		p, err = prover.ProofFromRaw(int(resp.ProofClass), resp.Cycles, pub, raw)
	}
	if err != nil {
		return nil, err
	}
	s := prover.ToJSON(pub)
	pt := resp.GetProof()
	switch {
	case s.ProgramID != resp.ProgramId:
		return nil, fmt.Errorf("the node's answer names program %s, its public inputs %s", resp.ProgramId, s.ProgramID)
	case s.Output != resp.Output:
		return nil, fmt.Errorf("the node's answer has output %s, its public inputs %s", resp.Output, s.Output)
	case "0x"+hex.EncodeToString(p.Calldata) != resp.SolidityCalldata:
		return nil, errors.New("the node's calldata does not match its raw proof and public inputs")
	case pt == nil || !slices.Equal(pt.ProofA, p.A[:]) || !slices.Equal(pt.ProofC, p.C[:]):
		return nil, errors.New("the node's proof points do not match its raw proof")
	}
	return p, nil
}
