package ceremony_test

import (
	"errors"
	"os"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/node"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/prover/ceremony"
	"github.com/zkprover/zkprover/prover/provertest"
)

// TestRealClassThreeParties runs the three-party ceremony on the zkVM's own
// circuit, class 2^8 (97,603 constraints, so a phase 1 of 2^17 powers), and
// checks that its keys prove in the node, verify in Go and on the EVM, and
// are interchangeable with the development keys of the same class. gnark's
// phase-1 contribution at 2^17 takes about 45 s of CPU on the project's
// machine, and phase 2's Lagrange bases at 2^17 (an FFT over curve points,
// computed once per SRS and domain, then kept beside the SRS) a few minutes
// (docs/ceremony.md, Cost), so the test takes about eight minutes on an idle
// two-core machine (more when loaded): it runs
// only with ZKPROVER_CEREMONY_REAL=1 (the same code runs in make test on a
// small circuit: TestThreePartyCeremony).
func TestRealClassThreeParties(t *testing.T) {
	if os.Getenv("ZKPROVER_CEREMONY_REAL") != "1" {
		t.Skip("set ZKPROVER_CEREMONY_REAL=1 to run the three-party ceremony for the zkVM's class 2^8 (about eight minutes)")
	}
	var tr transcript
	t.Cleanup(func() { _ = os.RemoveAll(tr.dir) }) // runCeremony sets tr.dir
	fam := prover.DefaultFamily()
	c, err := ceremony.CompileCircuit(fam, provertest.Class)
	if err != nil {
		t.Fatal(err)
	}
	if err := runCeremony(t, &tr, fam, provertest.Class, c.Power); err != nil {
		t.Fatal(err)
	}
	t.Logf("three-party ceremony for %s in %s", c, tr.took.Round(time.Second))
	if err := ceremony.CheckRecord(tr.manifest); err != nil {
		t.Fatal(err)
	}

	prog, in := fibonacci(t)
	mpc, err := node.OpenGnark(tr.keys, provertest.Class, zerolog.Nop())(ctxT(t))
	if err != nil {
		t.Fatal(err)
	}
	proof, err := mpc.Prove(ctxT(t), prog, in, executor.Config{})
	if err != nil {
		t.Fatal(err)
	}
	mp := mpc.(*prover.Prover)
	if err := mp.Verify(proof); err != nil {
		t.Fatal(err)
	}
	checkOnEVM(t, prover.ClassDir(tr.keys, provertest.Class), proof)

	devDir, err := provertest.KeysDir()
	if err != nil {
		t.Fatal(err)
	}
	dev, err := node.OpenGnark(devDir, provertest.Class, zerolog.Nop())(ctxT(t))
	if err != nil {
		t.Fatal(err)
	}
	devProof, err := dev.Prove(ctxT(t), prog, in, executor.Config{})
	if err != nil {
		t.Fatal(err)
	}
	dm, err := prover.ReadManifest(devDir, provertest.Class)
	if err != nil {
		t.Fatal(err)
	}
	if dm.Files[prover.FileCircuit] != tr.manifest.Files[prover.FileCircuit] {
		t.Fatal("the development and ceremony keys are for different circuit files")
	}
	if err := dev.(*prover.Prover).Verify(devProof); err != nil {
		t.Fatal(err)
	}
	if err := mp.Verify(devProof); !errors.Is(err, prover.ErrInvalidProof) {
		t.Fatalf("a development proof under the ceremony's keys: %v", err)
	}
}
