package ceremony

import (
	"github.com/zkprover/zkprover/prover"
)

// TranscriptVersion is the version of the transcript text this build
// writes (prover.CeremonyTranscriptVersion).
const TranscriptVersion = prover.CeremonyTranscriptVersion

// Transcript is the text whose sha256 is a ceremony's transcript hash
// (prover.CeremonyTranscript; docs/ceremony.md).
func Transcript(family string, class int, circuit string, r *prover.CeremonyRecord) string {
	return prover.CeremonyTranscript(family, class, circuit, r)
}

// TranscriptHash is the sha256 (hex) of Transcript.
func TranscriptHash(family string, class int, circuit string, r *prover.CeremonyRecord) string {
	return prover.CeremonyTranscriptHash(family, class, circuit, r)
}

// CheckRecord checks the ceremony record of a manifest of setup kind "mpc"
// (prover.CheckCeremonyRecord, which every read of a manifest runs).
func CheckRecord(m *prover.Manifest) error { return prover.CheckCeremonyRecord(m) }

// BindsKeys reports whether a ceremony record names the verifying key
// (prover.CeremonyBindsKeys).
func BindsKeys(r *prover.CeremonyRecord) bool { return prover.CeremonyBindsKeys(r) }
