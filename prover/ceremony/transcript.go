package ceremony

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/zkprover/zkprover/prover"
)

// TranscriptVersion is the version of the transcript text this build
// writes: 2 adds the verifying key's hash (version 1 records, without it,
// are still read).
const TranscriptVersion = 2

// Transcript is the text whose sha256 is a ceremony's transcript hash: one
// line per fact, every hash in hex, in this order (docs/ceremony.md):
//
//	zkprover ceremony transcript 1
//	circuit <family> <class> <sha256 of circuit.r1cs>
//	phase1 mpc <power>                         or  phase1 ptau <power> <sha256 of the .ptau file>
//	phase1 0 <hash of the initial file>            (mpc only)
//	phase1 <i> <hash of contribution i>            (mpc only, i = 1..n)
//	phase1 beacon <hex>                            (mpc only)
//	srs <hash of the srs file>
//	phase2 0 <hash of the initial file>
//	phase2 <i> <hash of contribution i>            (i = 1..m)
//	phase2 beacon <hex>
//	verifying_key <sha256 of verifying.key>     (version 2)
//
// Anyone holding the published hashes (or the files) recomputes it. A
// record without the verifying key's hash (made before version 2) has the
// version 1 text.
func Transcript(family string, class int, circuit string, r *prover.CeremonyRecord) string {
	var b strings.Builder
	version := TranscriptVersion
	if r.VerifyingKey == "" {
		version = 1
	}
	fmt.Fprintf(&b, "zkprover ceremony transcript %d\n", version)
	fmt.Fprintf(&b, "circuit %s %d %s\n", family, class, circuit)
	if r.Phase1Source == SourcePtau {
		fmt.Fprintf(&b, "phase1 ptau %d %s\n", r.Phase1Power, r.PtauSHA256)
	} else {
		fmt.Fprintf(&b, "phase1 %s %d\n", r.Phase1Source, r.Phase1Power)
		fmt.Fprintf(&b, "phase1 0 %s\n", r.Phase1Init)
		for i, h := range r.Phase1Contributions {
			fmt.Fprintf(&b, "phase1 %d %s\n", i+1, h)
		}
		fmt.Fprintf(&b, "phase1 beacon %s\n", r.Phase1Beacon)
	}
	fmt.Fprintf(&b, "srs %s\n", r.SRS)
	fmt.Fprintf(&b, "phase2 0 %s\n", r.Phase2Init)
	for i, h := range r.Contributions {
		fmt.Fprintf(&b, "phase2 %d %s\n", i+1, h)
	}
	fmt.Fprintf(&b, "phase2 beacon %s\n", r.Beacon)
	if version >= 2 {
		fmt.Fprintf(&b, "verifying_key %s\n", r.VerifyingKey)
	}
	return b.String()
}

// BindsKeys reports whether a ceremony record names the verifying key
// (transcript version 2): then a published transcript hash covers the
// keys themselves, and CheckRecord checks the key store's verifying key
// against it. A version 1 record names only the way to the keys: only
// `zkprover ceremony verify --data` (which remakes them) shows that the
// key store holds them.
func BindsKeys(r *prover.CeremonyRecord) bool { return r != nil && r.VerifyingKey != "" }

// TranscriptHash is the sha256 (hex) of Transcript.
func TranscriptHash(family string, class int, circuit string, r *prover.CeremonyRecord) string {
	sum := sha256.Sum256([]byte(Transcript(family, class, circuit, r)))
	return hex.EncodeToString(sum[:])
}

// CheckRecord checks the ceremony record of a manifest of setup kind "mpc":
// its hashes are well formed and its transcript hash is that of its contents
// (the circuit's from the manifest). It does not re-run the ceremony's
// checks: Verify does, given its files.
func CheckRecord(m *prover.Manifest) error {
	r := m.Ceremony
	if m.SetupKind != prover.SetupMPC || r == nil {
		return fmt.Errorf("%s: setup kind %q, no ceremony record", m.Class, m.SetupKind)
	}
	hashes := append([]string{r.SRS, r.Phase2Init, m.Files[prover.FileCircuit]}, r.Contributions...)
	switch r.Phase1Source {
	case SourceMPC:
		hashes = append(append(hashes, r.Phase1Init), r.Phase1Contributions...)
		if len(r.Phase1Contributions) == 0 {
			return fmt.Errorf("%s: ceremony record without phase-1 contributions", m.Class)
		}
	case SourcePtau:
		hashes = append(hashes, r.PtauSHA256)
	default:
		return fmt.Errorf("%s: ceremony record with phase-1 source %q", m.Class, r.Phase1Source)
	}
	for _, h := range hashes {
		if !isHash(h) {
			return fmt.Errorf("%s: ceremony record with a malformed hash %q", m.Class, h)
		}
	}
	if len(r.Contributions) == 0 {
		return fmt.Errorf("%s: ceremony record without phase-2 contributions", m.Class)
	}
	if r.VerifyingKey != "" && (!isHash(r.VerifyingKey) || r.VerifyingKey != m.Files[prover.FileVK]) {
		return fmt.Errorf("%s: the verifying key (sha256 %s) is not the one the ceremony made (%s): the keys were replaced", m.Class, m.Files[prover.FileVK], r.VerifyingKey)
	}
	if got := TranscriptHash(m.Family, m.ID(), m.Files[prover.FileCircuit], r); got != r.TranscriptSHA256 {
		return fmt.Errorf("%s: the ceremony record's transcript hash %s is not that of its contents (%s): the manifest was edited", m.Class, r.TranscriptSHA256, got)
	}
	return nil
}
