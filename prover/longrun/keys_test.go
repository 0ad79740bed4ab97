package longrun

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/constraint"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/prover/keygen"
	"github.com/zkprover/zkprover/prover/provertest"
	"github.com/zkprover/zkprover/recursion"
)

// TestOpenInnerRemakesOtherShape: segment keys whose γ is not G2's generator
// (as keys made before keygen fixed it) are refused without AutoSetup and
// made again with it; ceremony keys of another shape are refused either way.
func TestOpenInnerRemakesOtherShape(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: sets up the segment class twice")
	}
	ctx := context.Background()
	fam, k := prover.RV32IMSegments{}, provertest.SegmentClass
	c, err := fam.NewCircuit(k)
	if err != nil {
		t.Fatal(err)
	}
	ccs, err := recursion.Compile(c)
	if err != nil {
		t.Fatal(err)
	}
	pk, vk, err := keygen.Setup(ccs)
	if err != nil {
		t.Fatal(err)
	}
	old := vk.(*groth16bn254.VerifyingKey)
	_, _, _, g2 := bn254.Generators()
	old.G2.Gamma.Double(&g2) // another γ: the key of another shape
	dir := t.TempDir()
	if _, err := prover.WriteClass(ctx, dir, fam, k, ccs, pk, old, prover.SetupInsecure, nil); err != nil {
		t.Fatal(err)
	}
	opts := []prover.Option{prover.WithFamily(fam), prover.WithClasses(k), prover.WithLogger(zerolog.Nop())}
	if _, _, _, err := openInner(ctx, dir, k, false, opts); !errors.Is(err, recursion.ErrShape) {
		t.Fatalf("keys of another shape without AutoSetup: %v", err)
	}
	// ceremony keys of another shape are refused even with AutoSetup
	mpcDir := t.TempDir()
	record := fakeRecord(t, fam, k, ccs)
	if _, err := prover.WriteClass(ctx, mpcDir, fam, k, ccs, pk, old, prover.SetupMPC, record); err != nil {
		t.Fatal(err)
	}
	if _, _, _, err := openInner(ctx, mpcDir, k, true, append(opts, prover.WithAutoSetup(true))); !errors.Is(err, recursion.ErrShape) {
		t.Fatalf("ceremony keys of another shape with AutoSetup: %v", err)
	}
	if _, err := prover.ReadManifest(mpcDir, k); err != nil {
		t.Fatalf("the ceremony keys were removed: %v", err)
	}
	// nor by Ensure, which removed the stores that failed to open and made
	// single-party keys in their place, whatever the error
	root := t.TempDir()
	if _, err := prover.WriteClass(ctx, filepath.Join(root, DirSegment), fam, k, ccs, pk, old, prover.SetupMPC, record); err != nil {
		t.Fatal(err)
	}
	if _, err := Ensure(ctx, root, k, KeyOptions{AutoSetup: true, Check: true, Log: zerolog.Nop()}); !errors.Is(err, recursion.ErrShape) || !strings.Contains(err.Error(), "ceremony") {
		t.Fatalf("Ensure over ceremony keys of another shape: %v", err)
	}
	if m, err := prover.ReadManifest(filepath.Join(root, DirSegment), k); err != nil || m.SetupKind != prover.SetupMPC {
		t.Fatalf("Ensure replaced the ceremony keys: %+v %v", m, err)
	}
	if ids, err := prover.ListClasses(filepath.Join(root, DirAggregate)); err != nil || len(ids) != 0 {
		t.Fatalf("Ensure made aggregation keys over refused segment keys: %v %v", ids, err)
	}
	// stale ceremony keys (made over other inner keys) are refused, not removed
	if err := checkDepends(filepath.Join(root, DirSegment), k, fr.NewElement(1), fr.Element{}, true); !errors.Is(err, prover.ErrKeysStale) || !strings.Contains(err.Error(), "ceremony") {
		t.Fatalf("checkDepends over stale ceremony keys: %v", err)
	}
	if _, err := prover.ReadManifest(filepath.Join(root, DirSegment), k); err != nil {
		t.Fatalf("checkDepends removed ceremony keys: %v", err)
	}
	// errors no new keys cure remove nothing
	if remakeable(fmt.Errorf("loading proving key: %w", os.ErrPermission)) || !remakeable(fmt.Errorf("x: %w", &prover.ChecksumError{})) {
		t.Fatal("remakeable")
	}
	p, got, h, err := openInner(ctx, dir, k, true, append(opts, prover.WithAutoSetup(true)))
	if err != nil {
		t.Fatalf("keys of another shape with AutoSetup: %v", err)
	}
	defer p.Close()
	if gamma := got.(*groth16bn254.VerifyingKey).G2.Gamma; !gamma.Equal(&g2) {
		t.Fatal("the keys were not made again")
	}
	if want, err := recursion.VKHash(got); err != nil || want != h {
		t.Fatalf("hash of the new key: %v", err)
	}
}

// fakeRecord is a well-formed ceremony record (transcript version 1) for
// keys of ccs: every manifest read checks that an "mpc" record hashes to
// its transcript.
func fakeRecord(t *testing.T, fam prover.Family, k int, ccs constraint.ConstraintSystem) *prover.CeremonyRecord {
	t.Helper()
	h := sha256.New()
	if _, err := ccs.WriteTo(h); err != nil {
		t.Fatal(err)
	}
	x := strings.Repeat("ab", 32)
	r := &prover.CeremonyRecord{Phase1Source: "ptau", Phase1Power: 20, PtauSHA256: x, SRS: x, Phase2Init: x, Contributions: []string{x}, Beacon: "00"}
	r.TranscriptSHA256 = prover.CeremonyTranscriptHash(fam.Name(), k, hex.EncodeToString(h.Sum(nil)), r)
	return r
}

// TestStaleDependsAdvice: long-run keys made over other inner keys are
// refused, outside a setup, with the command that makes them again (the
// long-run setup removes and remakes stale keys), not "run setup again".
func TestStaleDependsAdvice(t *testing.T) {
	dir := t.TempDir()
	const k = 8
	if err := os.MkdirAll(prover.ClassDir(dir, k), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(prover.ClassDir(dir, k), dependsFile), []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := checkDepends(dir, k, fr.NewElement(1), fr.Element{}, false)
	if !errors.Is(err, prover.ErrKeysStale) || !strings.Contains(err.Error(), "run `zkprover setup --segment 2^8`, which makes them again") {
		t.Fatalf("stale long-run keys: %v", err)
	}
	if got := (aggFamily{}).SetupCommand(k); got != "zkprover setup --segment 2^8" {
		t.Fatalf("aggregation keys' setup command %q", got)
	}
	if got := (finalFamily{}).SetupCommand(k); got != "zkprover setup --segment 2^8" {
		t.Fatalf("final keys' setup command %q", got)
	}
}
