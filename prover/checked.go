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
	b, err := os.ReadFile(filepath.Join(dir, FileChecked))
	if err != nil || len(b) > 4096 {
		return time.Time{}, false
	}
	var st checkedStamp
	if json.Unmarshal(b, &st) != nil {
		return time.Time{}, false
	}
	mh, err := manifestHash(m)
	if err != nil || exe == "" || st.Executable != exe || st.Manifest != mh {
		return time.Time{}, false
	}
	return st.CheckedAt, true
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
	f, err := os.CreateTemp(dir, "."+FileChecked+".*.tmp") // processes checking at once each write their own
	if err != nil {
		return fmt.Errorf("writing %s in %s: %w", FileChecked, dir, err)
	}
	tmp := f.Name()
	_, err = f.Write(append(b, '\n'))
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp, 0o644)
	}
	if err == nil {
		err = os.Rename(tmp, filepath.Join(dir, FileChecked))
	}
	if err != nil {
		_ = os.Remove(tmp)
		return fmt.Errorf("installing %s in %s: %w", FileChecked, dir, err)
	}
	return nil
}
