package ceremony

import (
	"errors"
	"path/filepath"
	"testing"

	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
)

// TestSRSWithoutContributionsRefused: an SRS sealed from the initial
// phase-1 file alone (τ, α and β follow from the beacon) was accepted by
// ReadSRS, hence by verify, init phase2 and finalize, and gave "mpc" keys
// anyone could forge proofs for. SealPhase1 refuses to make one; one made
// by hand is refused when read.
func TestSRSWithoutContributionsRefused(t *testing.T) {
	dir := t.TempDir()
	var p mpcsetup.Phase1
	p.Initialize(1 << 4)
	srs := p.Seal([]byte("a public beacon, sixteen bytes or more"))
	path := filepath.Join(dir, "srs.zkc")
	hdr := Header{Kind: KindSRS, Power: 4, Gnark: gnarkVersion(), Origin: &Origin{
		Source: SourceMPC, Init: "00", Contributions: []string{}, Beacon: "00"}}
	if _, err := writeFile(path, hdr, &srs); err != nil {
		t.Fatal(err)
	}
	if _, _, err := ReadSRS(path); !errors.Is(err, ErrNoContribution) {
		t.Fatalf("ReadSRS: %v, want ErrNoContribution", err)
	}
}
