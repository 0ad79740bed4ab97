package recursion

import (
	"bytes"
	"testing"
	"time"

	"github.com/consensys/gnark/backend/solidity"

	"github.com/zkprover/zkprover/prover/keygen"
)

// TestFinalProveE2E makes a real Groth16 setup of the final circuit (the
// toy aggregation stand-in as its aggregation key), proves a final proof,
// verifies it with VerifyFinal, rejects another digest, and exports the
// Solidity verifier (ZKPROVER_E2E=1; minutes and several GB).
func TestFinalProveE2E(t *testing.T) {
	slow(t)
	f := getFixture(t)
	c, err := NewFinalCircuit(f.agg.vk, nil)
	if err != nil {
		t.Fatal(err)
	}
	ccs, err := Compile(c)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	pk, vk, err := keygen.Setup(ccs)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("final circuit: %d constraints, setup in %s", ccs.GetNbConstraints(), time.Since(start).Round(time.Second))

	r := newRun(t)
	h := f.aggHash
	child := f.agg.prove(t, &h, r.ctx, r.in.Digest(), r.out.Digest())
	if err := VerifyInner(child.Proof, f.agg.vk, child.Digest(h)); err != nil {
		t.Fatal(err)
	}
	a, d, err := FinalAssignment(&FinalInput{Proof: child.Proof, Public: r.pub, In: r.in, Out: r.out, MaxCycles: r.out.Cycles})
	if err != nil {
		t.Fatal(err)
	}
	start = time.Now()
	proof, err := ProveFinal(ccs, pk, a)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("final proof in %s", time.Since(start).Round(time.Second))
	if err := VerifyFinal(proof, vk, d); err != nil {
		t.Fatal(err)
	}
	p := testPublic()
	p.ExitCode++
	d2, err := FinalDigest(p, r.out.Cycles)
	if err != nil {
		t.Fatal(err)
	}
	if VerifyFinal(proof, vk, d2) == nil {
		t.Fatal("final proof accepted for another statement")
	}
	d3, err := FinalDigest(r.pub, r.out.Cycles+1)
	if err != nil {
		t.Fatal(err)
	}
	if VerifyFinal(proof, vk, d3) == nil {
		t.Fatal("final proof accepted for another maxCycles")
	}
	var sol bytes.Buffer
	if err := vk.ExportSolidity(&sol, solidity.WithPragmaVersion("^0.8.20")); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(sol.Bytes(), []byte("PEDERSEN_G_X_0")) {
		t.Fatal("exported verifier without the commitment check")
	}
}
