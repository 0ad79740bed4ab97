package ceremony

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"reflect"
	"slices"

	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"

	"github.com/zkprover/zkprover/prover"
)

// VerifyOptions configures Verify.
type VerifyOptions struct {
	// Family is the circuit family of phase-2 files (default: the zkVM's, prover.DefaultFamily).
	Family prover.Family
	// SRS is the srs file phase-2 files start from, when the list holds none.
	SRS string
	// Beacon is phase 2's beacon: with it, Verify seals the keys as finalize
	// does and computes the ceremony's record and the keys' hashes.
	Beacon []byte
	// Keys is a key store: with Beacon, its class folder for the circuit must
	// hold exactly the keys and the record this transcript gives.
	Keys string
	// Report receives every file accepted.
	Report Reporter
}

// VerifyResult is what Verify checked.
type VerifyResult struct {
	Phase1 *Phase1Chain // the phase-1 chain, when its files were given
	SRS    *FileInfo    // the SRS, when phase-2 files or an srs file were given
	// SRSMatchesPhase1 says the SRS was recomputed from the phase-1 chain and
	// its beacon; otherwise only its consistency was checked (CheckSRS).
	SRSMatchesPhase1 bool
	Phase2           *Phase2Chain // the phase-2 chain, when its files were given
	// With Beacon: the record finalize writes into the manifest, and the
	// sha256 of the key files it writes.
	Record   *prover.CeremonyRecord
	KeyFiles map[string]string
	// With Keys: the class folder that holds exactly these keys.
	Matched string
}

// Verify checks the files of a ceremony, given in order: a phase-1 chain
// (its initial file, then every contribution), then an srs file, then a
// phase-2 chain (its initial file, then every contribution); any of the
// three parts may be left out. Every contribution is checked against the file
// before it; an srs file after the phase-1 chain must be that chain sealed
// with the beacon its header records; an srs file alone is checked for
// consistency. A phase-2 chain needs its SRS (in the list or
// VerifyOptions.SRS). The first bad file is a *FileError with its position.
func Verify(ctx context.Context, paths []string, o VerifyOptions) (*VerifyResult, error) {
	if len(paths) == 0 {
		return nil, fmt.Errorf("%w: no file to verify", ErrNoContribution)
	}
	if o.Family == nil {
		o.Family = prover.DefaultFamily()
	}
	// Split the list by kind: phase1* srs? phase2*.
	kinds := make([]Kind, len(paths))
	for i, p := range paths {
		info, err := headerOf(p)
		if err != nil {
			return nil, &FileError{Position: i + 1, Path: p, Err: err}
		}
		kinds[i] = info.Kind
		rank := map[Kind]int{KindPhase1: 0, KindSRS: 1, KindPhase2: 2}
		if i > 0 && (rank[kinds[i]] < rank[kinds[i-1]] || (kinds[i] == KindSRS && kinds[i-1] == KindSRS)) {
			return nil, &FileError{Position: i + 1, Path: p, Err: fmt.Errorf("%w: a %s file after a %s file; give the phase-1 files, then the srs file, then the phase-2 files, each phase in order", ErrKind, kinds[i], kinds[i-1])}
		}
	}
	var p1, p2 []string
	srsPos, srsPath := 0, o.SRS
	for i, k := range kinds {
		switch k {
		case KindPhase1:
			p1 = append(p1, paths[i])
		case KindSRS:
			srsPos, srsPath = i+1, paths[i]
		case KindPhase2:
			p2 = append(p2, paths[i])
		}
	}
	res := &VerifyResult{}
	var err error
	if len(p1) > 0 {
		if res.Phase1, err = VerifyPhase1(ctx, p1, 1, o.Report); err != nil {
			return nil, err
		}
	}
	if srsPath == "" {
		if len(p2) > 0 {
			return nil, fmt.Errorf("phase-2 files need the srs file they started from: put it before them or give --srs")
		}
		return res, nil
	}
	srsFail := func(err error) error { return &FileError{Position: srsPos, Path: srsPath, Err: err} }
	srs, srsInfo, err := ReadSRS(srsPath)
	if err != nil {
		return nil, srsFail(err)
	}
	if res.Phase1 != nil {
		if err := srsFromChain(ctx, res.Phase1, srsInfo); err != nil {
			return nil, srsFail(err)
		}
		res.SRSMatchesPhase1 = true
	} else if err := CheckSRS(ctx, srs); err != nil {
		return nil, srsFail(err)
	}
	res.SRS = srsInfo
	o.Report.report(srsPos, srsInfo)
	if len(p2) == 0 {
		return res, nil
	}
	if res.Phase2, err = VerifyPhase2(ctx, o.Family, srs, srsInfo, p2, len(p1)+min(srsPos, 1)+1, o.Report); err != nil {
		return nil, err
	}
	if o.Beacon == nil {
		return res, nil
	}
	keys, err := res.Phase2.Seal(ctx, o.Beacon)
	if err != nil {
		return nil, err
	}
	res.Record = keys.Record
	if res.KeyFiles, err = keyFileHashes(res.Phase2.Circuit, keys); err != nil {
		return nil, err
	}
	if o.Keys != "" {
		if res.Matched, err = matchKeys(o.Keys, res.Phase2.Circuit, keys.Record, res.KeyFiles); err != nil {
			return nil, err
		}
	}
	return res, nil
}

// srsFromChain checks that the SRS is the phase-1 chain sealed with the
// beacon the SRS records (the chain's last state is consumed).
func srsFromChain(ctx context.Context, chain *Phase1Chain, srsInfo *FileInfo) error {
	o := srsInfo.Origin
	switch {
	case o.Source != SourceMPC:
		return fmt.Errorf("%w: an SRS imported from %s, not sealed from these phase-1 files", ErrOtherCircuit, o.Source)
	case len(chain.Hashes) < 2 || len(o.Contributions) == 0:
		return fmt.Errorf("%w: phase 1 has only its initial file; at least one participant must contribute", ErrNoContribution)
	case srsInfo.Power != chain.Power || o.Init != chain.Hashes[0] || !slices.Equal(o.Contributions, chain.Hashes[1:]):
		return fmt.Errorf("%w: the SRS records another phase 1 (2^%d, %d contributions, the last %s), not these files (2^%d, %d contributions)",
			ErrOtherCircuit, srsInfo.Power, len(o.Contributions), short(last(o.Contributions)), chain.Power, len(chain.Hashes)-1)
	}
	beacon, err := hex.DecodeString(o.Beacon)
	if err != nil || checkBeacon(beacon) != nil {
		return fmt.Errorf("%w: beacon %q", ErrMalformed, o.Beacon)
	}
	var srs mpcsetup.SrsCommons
	if err := runCtx(ctx, func() error { srs = chain.last.Seal(beacon); return nil }); err != nil {
		return err
	}
	chain.last = nil
	hash, _, err := hashOf(&srs)
	if err != nil {
		return err
	}
	if hash != srsInfo.Hash {
		return fmt.Errorf("%w: not the phase-1 chain sealed with beacon %s (sha256 %s, the seal gives %s)", ErrInvalid, o.Beacon, srsInfo.Hash, hash)
	}
	return nil
}

func last(s []string) string {
	if len(s) == 0 {
		return ""
	}
	return s[len(s)-1]
}

// keyFileHashes are the sha256 of the class files finalize writes for keys.
func keyFileHashes(c *Circuit, keys *Keys) (map[string]string, error) {
	out := map[string]string{prover.FileCircuit: c.Hash}
	for name, write := range map[string]func(io.Writer) error{
		prover.FilePK:       func(w io.Writer) error { _, err := keys.PK.WriteRawTo(w); return err },
		prover.FileVK:       func(w io.Writer) error { _, err := keys.VK.WriteRawTo(w); return err },
		prover.FileVerifier: func(w io.Writer) error { return prover.ExportVerifier(w, keys.VK) },
	} {
		h := sha256.New()
		bw := bufio.NewWriterSize(h, 1<<20)
		err := write(bw)
		if err == nil {
			err = bw.Flush()
		}
		if err != nil {
			return nil, fmt.Errorf("hashing %s: %w", name, err)
		}
		out[name] = hex.EncodeToString(h.Sum(nil))
	}
	return out, nil
}

// matchKeys checks that the key store root holds, for the circuit's class,
// ceremony keys with exactly this record and these files.
func matchKeys(root string, c *Circuit, r *prover.CeremonyRecord, files map[string]string) (string, error) {
	m, err := prover.CheckClass(root, c.LogSteps) // manifest and every file's sha256
	if err != nil {
		return "", err
	}
	dir := prover.ClassDir(root, c.LogSteps)
	if m.Ceremony != nil && !BindsKeys(m.Ceremony) {
		// keys finalized before transcript version 2: their record is
		// this one without the verifying key's hash (the files are
		// compared below all the same)
		v1 := *r
		v1.VerifyingKey = ""
		v1.TranscriptSHA256 = TranscriptHash(c.Family.Name(), c.LogSteps, c.Hash, &v1)
		r = &v1
	}
	switch {
	case m.Family != c.Family.Name():
		return "", fmt.Errorf("%s: keys of circuit family %q, the transcript is for %q", dir, m.Family, c.Family.Name())
	case m.SetupKind != prover.SetupMPC:
		return "", fmt.Errorf("%s: keys of setup kind %q, not from a ceremony", dir, m.SetupKind)
	case !reflect.DeepEqual(m.Ceremony, r):
		return "", fmt.Errorf("%s: the manifest's ceremony record (transcript %s) is not this transcript's (%s)", dir, m.Ceremony.TranscriptSHA256, r.TranscriptSHA256)
	}
	for name, want := range files {
		if m.Files[name] != want {
			return "", fmt.Errorf("%s: %s has sha256 %s, the transcript gives %s", dir, name, m.Files[name], want)
		}
	}
	return dir, nil
}
