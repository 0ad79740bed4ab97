package ceremony_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/consensys/gnark/frontend"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/circuits"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/prover/ceremony"
)

// hashTestFamily is testFamily whose classes are identified as hash
// classes are (circuits.HashSha256|k: a class identifier that is not its
// log steps), as RV32IM's hash classes: the toy circuit of 2^k steps.
type hashTestFamily struct{ testFamily }

func (hashTestFamily) Name() string { return "ceremony-test-hash" }
func (hashTestFamily) CheckClass(id int) error {
	if id&^0x1F != circuits.HashSha256 || id&0x1F < 4 || id&0x1F > 12 {
		return fmt.Errorf("class %#x: want %#x|k, k = 4..12", id, circuits.HashSha256)
	}
	return nil
}
func (f hashTestFamily) Steps(id int) int { return f.testFamily.Steps(id & 0x1F) }
func (f hashTestFamily) NewCircuit(id int) (frontend.Circuit, error) {
	return f.testFamily.NewCircuit(id & 0x1F)
}
func (f hashTestFamily) Fits(id int, run *prover.Run) error { return f.testFamily.Fits(id&0x1F, run) }
func (f hashTestFamily) Assign(id int, run *prover.Run) (frontend.Circuit, error) {
	return f.testFamily.Assign(id&0x1F, run)
}

// TestHashClassCeremony: phase 2 of a hash class (identifier 0x48, from
// the shared SRS) is initialised, contributed to and finalised into its own
// class folder (class-8-sha256, manifest hash "sha256", log steps 8), whose
// ceremony record checks (the transcript names the class by its
// identifier) and whose keys load with the circuit check.
func TestHashClassCeremony(t *testing.T) {
	tr := ceremonyFiles(t)
	ctx, log := ctxT(t), zerolog.Nop()
	fam, id := hashTestFamily{}, circuits.HashSha256|testClass
	dir := t.TempDir()
	init, err := ceremony.InitPhase2(ctx, fam, id, tr.srs, filepath.Join(dir, "p2-00.zkc"), log)
	if err != nil {
		t.Fatal(err)
	}
	if init.Class != id {
		t.Fatalf("phase-2 header class %#x, want %#x", init.Class, id)
	}
	_, next, err := ceremony.Contribute(ctx, init.Path, filepath.Join(dir, "p2-01.zkc"), log)
	if err != nil {
		t.Fatal(err)
	}
	keys := filepath.Join(dir, "keys")
	m, err := ceremony.Finalize(ctx, fam, tr.srs, []string{init.Path, next.Path}, beacon2, keys, nil, log)
	if err != nil {
		t.Fatal(err)
	}
	if m.ID() != id || m.LogSteps != testClass || m.Hash != "sha256" || m.Class != "class-8-sha256" || m.SetupKind != prover.SetupMPC {
		t.Fatalf("manifest: id %#x, log steps %d, hash %q, class %q, setup %q", m.ID(), m.LogSteps, m.Hash, m.Class, m.SetupKind)
	}
	if _, err := os.Stat(prover.ClassDir(keys, id)); err != nil {
		t.Fatal(err)
	}
	if err := ceremony.CheckRecord(m); err != nil {
		t.Fatalf("the record of a hash class's ceremony: %v", err)
	}
	if _, err := prover.Open(ctx, keys, prover.WithFamily(fam), prover.WithClasses(id), prover.WithCircuitCheck(true)); err != nil {
		t.Fatal(err)
	}
	// The transcript binds the identifier: the same record checked as the
	// base class of the same size fails.
	base := *m
	base.Hash = ""
	if err := ceremony.CheckRecord(&base); err == nil {
		t.Fatal("the record checks as the base class's")
	}
}
