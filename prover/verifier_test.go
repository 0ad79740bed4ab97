package prover

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/rs/zerolog"
)

// TestRefreshVerifier: a class made before the verifier template (its Verifier.sol is
// gnark's export, with its checksum in the manifest) loads as it is; RefreshVerifier writes the
// current export and its checksum, once; a loader between the two renames (the new file, the
// old manifest) accepts the class; a Verifier.sol that is neither is refused by the loaders
// and by RefreshVerifier.
func TestRefreshVerifier(t *testing.T) {
	ctx := context.Background()
	root := t.TempDir()
	const k = 4
	if _, err := SetupClass(ctx, root, toyFamily{}, k, nil, zerolog.Nop()); err != nil {
		t.Fatal(err)
	}
	dir := ClassDir(root, k)
	keys, err := LoadClass(ctx, root, toyFamily{}, k, LoadVerifyOnly, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	var current, gnark bytes.Buffer
	if err := ExportVerifier(&current, keys.VK); err != nil {
		t.Fatal(err)
	}
	if err := keys.VK.ExportSolidity(&gnark); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, FileVerifier)); !bytes.Equal(got, current.Bytes()) {
		t.Fatal("SetupClass did not write ExportVerifier's contract")
	}
	if done, err := RefreshVerifier(root, k); err != nil || done {
		t.Fatalf("refresh of a current class: %v, %v; want nothing to do", done, err)
	}

	// an older class: gnark's export, its checksum in the manifest
	writeVerifier := func(src []byte, inManifest bool) {
		t.Helper()
		sum, err := replaceFile(dir, FileVerifier, src)
		if err != nil {
			t.Fatal(err)
		}
		if !inManifest {
			return
		}
		m, err := ReadManifest(root, k)
		if err != nil {
			t.Fatal(err)
		}
		m.Files[FileVerifier] = sum
		b, _ := json.MarshalIndent(m, "", "  ")
		if _, err := replaceFile(dir, FileManifest, append(b, '\n')); err != nil {
			t.Fatal(err)
		}
	}
	loads := func() error {
		if _, err := CheckClass(root, k); err != nil {
			return err
		}
		_, err := LoadClass(ctx, root, toyFamily{}, k, LoadNoProvingKey, zerolog.Nop())
		return err
	}
	writeVerifier(gnark.Bytes(), true)
	if err := loads(); err != nil {
		t.Fatalf("a class with gnark's verifier: %v", err)
	}
	if done, err := RefreshVerifier(root, k); err != nil || !done {
		t.Fatalf("refresh of an older class: %v, %v; want it written", done, err)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, FileVerifier)); !bytes.Equal(got, current.Bytes()) {
		t.Fatal("RefreshVerifier did not write the current export")
	}
	if err := loads(); err != nil {
		t.Fatalf("after the refresh: %v", err)
	}
	if done, err := RefreshVerifier(root, k); err != nil || done {
		t.Fatalf("second refresh: %v, %v; want nothing to do", done, err)
	}

	// between the two renames: the new file, the manifest still naming gnark's
	writeVerifier(gnark.Bytes(), true)
	writeVerifier(current.Bytes(), false)
	if err := loads(); err != nil {
		t.Fatalf("new verifier, old manifest: %v", err)
	}

	// a file that is neither the manifest's nor the export
	writeVerifier(append(current.Bytes(), '\n'), false)
	var ce *ChecksumError
	if err := loads(); !errors.As(err, &ce) {
		t.Fatalf("tampered verifier loaded: %v", err)
	}
	if _, err := RefreshVerifier(root, k); !errors.As(err, &ce) {
		t.Fatalf("tampered verifier refreshed: %v", err)
	}
	// Open with setup allowed refreshes an older class
	writeVerifier(gnark.Bytes(), true)
	if _, err := Open(ctx, root, WithFamily(toyFamily{}), WithClasses(k), WithAutoSetup(true), WithVerifyOnly()); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, FileVerifier)); !bytes.Equal(got, current.Bytes()) {
		t.Fatal("Open with setup allowed did not refresh the verifier")
	}
}
