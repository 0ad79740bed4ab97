package ceremony

import (
	"github.com/zkprover/zkprover/prover"
)

// TranscriptHash is the sha256 (hex) of the ceremony's transcript text
// (prover.CeremonyTranscript; docs/ceremony.md).
func TranscriptHash(family string, class int, circuit string, r *prover.CeremonyRecord) string {
	return prover.CeremonyTranscriptHash(family, class, circuit, r)
}

// CheckRecord checks the ceremony record of a manifest of setup kind "mpc"
// (prover.CheckCeremonyRecord, which every read of a manifest runs).
func CheckRecord(m *prover.Manifest) error { return prover.CheckCeremonyRecord(m) }

// BindsKeys reports whether a ceremony record names the verifying key
// (prover.CeremonyBindsKeys).
func BindsKeys(r *prover.CeremonyRecord) bool { return prover.CeremonyBindsKeys(r) }
