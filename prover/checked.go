package prover

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"
)

// FileChecked, in a class folder, records that an executable checked the
// class's keys against the circuit it compiles (CheckCircuit). Open with
// WithCircuitCheck skips the compile when the same executable (by the
// sha256 of its file) checked the same keys (by the sha256 of their
// manifest, which holds every key file's sha256, each checked at load)
// before: compiling is deterministic, so the check would find the same. At
// segment class 2^15 the long-run check compiles for about 2 minutes and
// peaks at 11 GB (the node's setup child: 22 s and 3.9 GB with the record).
// Removing the file forces a check.
const FileChecked = "checked.json"

// checkedStamp is FileChecked's content.
type checkedStamp struct {
	Executable string    `json:"executable_sha256"`
	Manifest   string    `json:"manifest_sha256"`
	CheckedAt  time.Time `json:"checked_at"`
}

// executableHash is the sha256 of this process's executable: the running
// image through /proc/self/exe (still the file this process started from
// when a new build was installed over it meanwhile), else the file
// os.Executable names.
func executableHash() (string, error) {
	f, err := os.Open("/proc/self/exe")
	if err != nil {
		exe, xerr := os.Executable()
		if xerr != nil {
			return "", fmt.Errorf("finding this executable: %w", xerr)
		}
		if f, err = os.Open(exe); err != nil {
			return "", fmt.Errorf("opening this executable %s: %w", exe, err)
		}
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", fmt.Errorf("hashing this executable %s: %w", f.Name(), err)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// manifestHash identifies a class's keys: the sha256 of its manifest's
// JSON form (Go encodes a struct and its sorted maps deterministically).
func manifestHash(m *Manifest) (string, error) {
	b, err := json.Marshal(m)
	if err != nil {
		return "", fmt.Errorf("encoding manifest: %w", err)
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:]), nil
}

// checkedBefore says whether executable exe checked the keys of manifest m
// in class folder dir before, and when. A missing, unreadable or other
// stamp is not an error: it means no.
func checkedBefore(dir string, m *Manifest, exe string) (time.Time, bool) {
	st, ok := readStamp(dir)
	if !ok {
		return time.Time{}, false
	}
	mh, err := manifestHash(m)
	if err != nil || exe == "" || st.Executable != exe || st.Manifest != mh {
		return time.Time{}, false
	}
	return st.CheckedAt, true
}

// readStamp reads dir's FileChecked; false when it is missing, too large
// or not a stamp.
func readStamp(dir string) (checkedStamp, bool) {
	var st checkedStamp
	b, err := os.ReadFile(filepath.Join(dir, FileChecked))
	if err != nil || len(b) > 4096 || json.Unmarshal(b, &st) != nil {
		return checkedStamp{}, false
	}
	return st, true
}

// markChecked writes FileChecked for the keys of manifest m in dir, checked
// by executable exe (through a temporary file of its own and a rename: a
// crash leaves the old stamp or the new one).
func markChecked(dir string, m *Manifest, exe string) error {
	if exe == "" {
		return errors.New("no executable hash")
	}
	mh, err := manifestHash(m)
	if err != nil {
		return err
	}
	b, err := json.MarshalIndent(checkedStamp{Executable: exe, Manifest: mh, CheckedAt: time.Now().UTC()}, "", "  ")
	if err != nil {
		return err
	}
	if _, err := replaceFile(dir, FileChecked, append(b, '\n')); err != nil { // a temporary file of this write alone
		return fmt.Errorf("installing %s in %s: %w", FileChecked, dir, err)
	}
	return nil
}

// recordShape writes into the manifest of class id under root the secret
// input count that manifests made before session 28 lack, once LoadClass
// has read it from the checksummed constraint system (and compared the
// system's other counts with the manifest): later loads of a worker-backed
// prover (LoadShape) then read neither the system nor the proving key
// (about 15 s less at segment class 2^15). m is the manifest LoadClass
// read; nothing is written when the folder's manifest is no longer that one
// (another process replaced it meanwhile). The keys are the same, so a
// checked stamp of the old manifest is carried over to the new one. The
// manifest and then the stamp are each replaced by an atomic rename: a
// crash between the two costs one circuit check. It returns the manifest
// now in the folder.
func recordShape(root string, id int, m *Manifest, secret int) (*Manifest, error) {
	if m.SecretInputs != 0 || secret <= 0 {
		return m, nil
	}
	disk, err := ReadManifest(root, id)
	if err != nil {
		return nil, err
	}
	oldHash, err := manifestHash(m)
	if err != nil {
		return nil, err
	}
	if diskHash, err := manifestHash(disk); err != nil || diskHash != oldHash {
		return disk, err
	}
	dir := ClassDir(root, id)
	var stamp *checkedStamp
	if st, ok := readStamp(dir); ok && st.Manifest == oldHash {
		stamp = &st
	}
	nm := *m
	nm.SecretInputs = secret
	mb, err := json.MarshalIndent(&nm, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("encoding manifest: %w", err)
	}
	if _, err := replaceFile(dir, FileManifest, append(mb, '\n')); err != nil {
		return nil, err
	}
	if stamp != nil {
		if stamp.Manifest, err = manifestHash(&nm); err != nil {
			return &nm, err
		}
		sb, err := json.MarshalIndent(stamp, "", "  ")
		if err != nil {
			return &nm, fmt.Errorf("encoding %s: %w", FileChecked, err)
		}
		if _, err := replaceFile(dir, FileChecked, append(sb, '\n')); err != nil {
			return &nm, err
		}
	}
	return &nm, nil
}
