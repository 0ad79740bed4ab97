package prover

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// Run it with (docs/security.md lists the runs made):
//
//	go test -run '^$' -fuzz '^FuzzProofJSON$' -fuzztime 90s ./prover
//
// FuzzProofJSON feeds arbitrary documents to the proof.json reader
// (Proof.UnmarshalJSON, what ReadProofFile and the aggregator door's
// recursive_proof use): no panic; what it reads writes back to a document it
// reads as the same proof; and checking the forms of what it read (the raw
// gnark proof decoded, every derived form rebuilt: what Verify does before
// the pairing) does not panic either. The seed is a real proof
// (testdata/proof.json: fibonacci(10) at class 2^8, offchain input "hi").
func FuzzProofJSON(f *testing.F) {
	seed, err := os.ReadFile(filepath.Join("testdata", "proof.json"))
	if err != nil {
		f.Fatal(err)
	}
	p, err := ReadProofFile(filepath.Join("testdata", "proof.json"))
	if err != nil {
		f.Fatal(err)
	}
	if _, _, err := p.checkForms(); err != nil {
		f.Fatalf("the seed proof's forms: %v", err)
	}
	f.Add(seed)
	f.Add([]byte(`{"version":1,"curve":"bn254","system":"groth16"}`))
	f.Add([]byte(`{"version":1,"curve":"bn254","system":"groth16","proof":"0x","statement":{"program_id":"0x00","sequencer":"0x"}}`))
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var p Proof
		if err := json.Unmarshal(data, &p); err != nil {
			return
		}
		out, err := json.Marshal(&p)
		if err != nil {
			t.Fatalf("a proof read does not write: %v", err)
		}
		var q Proof
		if err := json.Unmarshal(out, &q); err != nil {
			t.Fatalf("a proof written is not read back: %v\n%s", err, out)
		}
		again, err := json.Marshal(&q)
		if err != nil || !bytes.Equal(again, out) {
			t.Fatalf("a proof changes when written and read again:\n%s\n%s", out, again)
		}
		_, _, _ = p.checkForms() // errors are fine; panics are not
	})
}
