package prover

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/zkprover/zkprover/recursion"
)

// TestFinalProofForm: a final proof's form carries its cycle budget
// (MaxCycles, JSON "max_cycles"), its one public input is
// recursion.FinalDigest(statement, MaxCycles), and a changed budget no
// longer matches the forms. Any BN254 proof serves for the forms.
func TestFinalProofForm(t *testing.T) {
	_, whole := provedEcho(t)
	gp, err := whole.GnarkProof()
	if err != nil {
		t.Fatal(err)
	}
	const budget = 1 << 20
	f, err := NewFinalProof(5, 3, 77, budget, whole.Public, gp)
	if err != nil {
		t.Fatal(err)
	}
	d, err := recursion.FinalDigest(&whole.Public, budget)
	if err != nil {
		t.Fatal(err)
	}
	if f.MaxCycles != budget || len(f.PublicInputs) != 1 || f.PublicInputs[0] != d.String() || f.ProofClass() != FinalClassFlag|5 {
		t.Fatalf("final proof form: max cycles %d, inputs %v, class %#x", f.MaxCycles, f.PublicInputs, f.ProofClass())
	}
	b, err := json.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b, []byte(`"max_cycles":1048576`)) {
		t.Fatalf("no max_cycles in %s", b)
	}
	back := clone(t, f)
	if back.MaxCycles != budget || CheckForms(back) != nil {
		t.Fatalf("round trip: max cycles %d, forms %v", back.MaxCycles, CheckForms(back))
	}
	// Another budget is another digest: the forms no longer match.
	other := clone(t, f)
	other.MaxCycles = budget + 1
	if err := CheckForms(other); err == nil || !strings.Contains(err.Error(), "public inputs") {
		t.Fatalf("changed maxCycles: %v", err)
	}
	// max_cycles only in a final proof, always there.
	var doc map[string]any
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	delete(doc, "max_cycles")
	noBudget, _ := json.Marshal(doc)
	if err := json.Unmarshal(noBudget, new(Proof)); err == nil || !strings.Contains(err.Error(), "max_cycles") {
		t.Fatalf("final proof without max_cycles: %v", err)
	}
	wb, err := json.Marshal(whole)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(wb, []byte("max_cycles")) {
		t.Fatal("a whole-run proof with max_cycles")
	}
	if err := json.Unmarshal(bytes.Replace(wb, []byte(`"cycles":`), []byte(`"max_cycles":5,"cycles":`), 1), new(Proof)); err == nil {
		t.Fatal("a whole-run proof with max_cycles accepted")
	}
}
