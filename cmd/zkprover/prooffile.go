package main

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	pb "github.com/zkprover/zkprover/proto/zkprover/v1"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/statement"
)

// One proof file format: proof.json as the prover writes it (docs/proving.md).
// `prove` writes it, `get-proof --out` rebuilds it from the node's answer, and
// `verify` reads it.

// proofFromResponse rebuilds the proof file of a COMPLETED_OK GetProof answer
// from its raw proof, class and public input vector, and checks that every
// other form the node sent (points, calldata, program id, output) agrees.
func proofFromResponse(resp *pb.GetProofResponse) (*prover.Proof, error) {
	if resp.Result != pb.GetProofResponse_RESULT_GET_PROOF_COMPLETED_OK {
		return nil, fmt.Errorf("job %s is %s: it has no proof", resp.Id, strings.TrimPrefix(resp.Result.String(), "RESULT_GET_PROOF_"))
	}
	if len(resp.PublicInputElements) != statement.NumPublic || resp.RawProof == "" || resp.ProofClass == 0 {
		return nil, fmt.Errorf("the node's answer for job %s lacks the raw proof, its class or the %d public inputs (an upstream node?)", resp.Id, statement.NumPublic)
	}
	var v [statement.NumPublic]fr.Element
	for i, s := range resp.PublicInputElements {
		if _, err := v[i].SetString(s); err != nil {
			return nil, fmt.Errorf("public input %d %q: %w", i, s, err)
		}
	}
	pub, err := statement.FromElements(v)
	if err != nil {
		return nil, fmt.Errorf("the node's public inputs: %w", err)
	}
	raw, err := hex.DecodeString(strings.TrimPrefix(resp.RawProof, "0x"))
	if err != nil {
		return nil, fmt.Errorf("the node's raw proof: %w", err)
	}
	p, err := prover.ProofFromRaw(int(resp.ProofClass), resp.Cycles, pub, raw)
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

// readProofFile reads a proof file for verify, naming the problem when the
// file is something else: not JSON, a GetProof answer, other JSON.
func readProofFile(path string) (*prover.Proof, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(b, &fields); err != nil {
		return nil, fmt.Errorf("%s is not a proof file: not a JSON object (%w); a proof file is the proof.json that `zkprover prove` or `zkprover get-proof ID --out FILE` writes", path, err)
	}
	_, hasRaw := fields["rawProof"]
	_, hasResult := fields["result"]
	if hasRaw || (hasResult && fields["id"] != nil) {
		return nil, fmt.Errorf("%s is a node's GetProof answer (the JSON of `zkprover get-proof --json`), not a proof file: write the proof file with `zkprover get-proof ID --out proof.json`", path)
	}
	var missing []string
	for _, k := range []string{"version", "class", "statement", "proof"} {
		if _, ok := fields[k]; !ok {
			missing = append(missing, k)
		}
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("%s is not a proof file: no %s field (a proof file is the proof.json that `zkprover prove` or `zkprover get-proof ID --out FILE` writes)", path, strings.Join(missing, ", "))
	}
	var p prover.Proof
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&p); err != nil {
		return nil, fmt.Errorf("%s: not a valid proof file: %w", path, err)
	}
	return &p, nil
}
