package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/zkprover/zkprover/prover"
)

// One proof file format: proof.json as the prover writes it (docs/proving.md).
// `prove` writes it, `get-proof --out` rebuilds it from the node's answer, and
// `verify` reads it.

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
