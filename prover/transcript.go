package prover

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
)

// The phase-1 sources of a ceremony record (package ceremony names them
// SourceMPC and SourcePtau).
const (
	CeremonySourceMPC  = "mpc"  // a phase 1 run with zkprover ceremony
	CeremonySourcePtau = "ptau" // an imported snarkjs powers-of-tau file
)

func isSHA256Hex(s string) bool {
	if len(s) != 64 {
		return false
	}
	_, err := hex.DecodeString(s)
	return err == nil
}

// CeremonyTranscriptVersion is the version of the transcript text this build
// writes: 2 adds the verifying key's hash (version 1 records, without it,
// are still read).
const CeremonyTranscriptVersion = 2

// CeremonyTranscript is the text whose sha256 is a ceremony's transcript hash: one
// line per fact, every hash in hex, in this order (docs/ceremony.md):
//
//	zkprover ceremony transcript <version>     (2; 1 for a record without verifying_key)
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
func CeremonyTranscript(family string, class int, circuit string, r *CeremonyRecord) string {
	var b strings.Builder
	version := CeremonyTranscriptVersion
	if r.VerifyingKey == "" {
		version = 1
	}
	fmt.Fprintf(&b, "zkprover ceremony transcript %d\n", version)
	fmt.Fprintf(&b, "circuit %s %d %s\n", family, class, circuit)
	if r.Phase1Source == CeremonySourcePtau {
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

// CeremonyBindsKeys reports whether a ceremony record names the verifying key
// (transcript version 2): then a published transcript hash covers the
// keys themselves, and CheckCeremonyRecord checks the key store's verifying key
// against it. A version 1 record names only the way to the keys: only
// `zkprover ceremony verify --data` (which remakes them) shows that the
// key store holds them.
func CeremonyBindsKeys(r *CeremonyRecord) bool { return r != nil && r.VerifyingKey != "" }

// CeremonyTranscriptHash is the sha256 (hex) of CeremonyTranscript.
func CeremonyTranscriptHash(family string, class int, circuit string, r *CeremonyRecord) string {
	sum := sha256.Sum256([]byte(CeremonyTranscript(family, class, circuit, r)))
	return hex.EncodeToString(sum[:])
}

// CheckCeremonyRecord checks the ceremony record of a manifest of setup kind "mpc":
// its hashes are well formed and its transcript hash is that of its contents
// (the circuit's from the manifest). It does not re-run the ceremony's
// checks: Verify does, given its files.
func CheckCeremonyRecord(m *Manifest) error {
	r := m.Ceremony
	if m.SetupKind != SetupMPC || r == nil {
		return fmt.Errorf("%s: setup kind %q, no ceremony record", m.Class, m.SetupKind)
	}
	hashes := append([]string{r.SRS, r.Phase2Init, m.Files[FileCircuit]}, r.Contributions...)
	switch r.Phase1Source {
	case CeremonySourceMPC:
		hashes = append(append(hashes, r.Phase1Init), r.Phase1Contributions...)
		if len(r.Phase1Contributions) == 0 {
			return fmt.Errorf("%s: ceremony record without phase-1 contributions", m.Class)
		}
	case CeremonySourcePtau:
		hashes = append(hashes, r.PtauSHA256)
	default:
		return fmt.Errorf("%s: ceremony record with phase-1 source %q", m.Class, r.Phase1Source)
	}
	for _, h := range hashes {
		if !isSHA256Hex(h) {
			return fmt.Errorf("%s: ceremony record with a malformed hash %q", m.Class, h)
		}
	}
	if len(r.Contributions) == 0 {
		return fmt.Errorf("%s: ceremony record without phase-2 contributions", m.Class)
	}
	if r.VerifyingKey != "" && (!isSHA256Hex(r.VerifyingKey) || r.VerifyingKey != m.Files[FileVK]) {
		return fmt.Errorf("%s: the verifying key (sha256 %s) is not the one the ceremony made (%s): the keys were replaced", m.Class, m.Files[FileVK], r.VerifyingKey)
	}
	if got := CeremonyTranscriptHash(m.Family, m.ID(), m.Files[FileCircuit], r); got != r.TranscriptSHA256 {
		return fmt.Errorf("%s: the ceremony record's transcript hash %s is not that of its contents (%s): the manifest was edited", m.Class, r.TranscriptSHA256, got)
	}
	return nil
}
