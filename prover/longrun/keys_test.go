package longrun

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
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
	record := &prover.CeremonyRecord{TranscriptSHA256: strings.Repeat("ab", 32)}
	if _, err := prover.WriteClass(ctx, mpcDir, fam, k, ccs, pk, old, prover.SetupMPC, record); err != nil {
		t.Fatal(err)
	}
	if _, _, _, err := openInner(ctx, mpcDir, k, true, append(opts, prover.WithAutoSetup(true))); !errors.Is(err, recursion.ErrShape) {
		t.Fatalf("ceremony keys of another shape with AutoSetup: %v", err)
	}
	if _, err := prover.ReadManifest(mpcDir, k); err != nil {
		t.Fatalf("the ceremony keys were removed: %v", err)
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
