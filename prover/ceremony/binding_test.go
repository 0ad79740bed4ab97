package ceremony_test

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/prover/ceremony"
)

// TestRecordNamesVerifyingKey: the ceremony's record names the verifying
// key (transcript version 2), so keys swapped for others of the same
// circuit, the manifest's sums edited to match, fail CheckRecord (they
// passed, with the published transcript hash: the record named only the
// way to the keys); and a Verifier.sol that is not the export of the
// verifying key is refused for ceremony keys even when the manifest names
// it (prover.CheckVerifier, what contracts deploy calls).
func TestRecordNamesVerifyingKey(t *testing.T) {
	tr := ceremonyFiles(t)
	m := *tr.manifest
	m.Files = maps.Clone(tr.manifest.Files)
	if !ceremony.BindsKeys(m.Ceremony) || m.Ceremony.VerifyingKey != m.Files[prover.FileVK] {
		t.Fatalf("record %+v does not name the verifying key %s", m.Ceremony, m.Files[prover.FileVK])
	}
	if err := ceremony.CheckRecord(&m); err != nil {
		t.Fatal(err)
	}
	// a record of transcript version 1 (keys finalized before) still reads
	v1 := *m.Ceremony
	v1.VerifyingKey = ""
	v1.TranscriptSHA256 = ceremony.TranscriptHash(m.Family, m.ID(), m.Files[prover.FileCircuit], &v1)
	old := m
	old.Ceremony = &v1
	if err := ceremony.CheckRecord(&old); err != nil || ceremony.BindsKeys(&v1) {
		t.Fatalf("a version 1 record: %v (binds keys %v)", err, ceremony.BindsKeys(&v1))
	}
	if v1.TranscriptSHA256 == m.Ceremony.TranscriptSHA256 {
		t.Fatal("versions 1 and 2 of a transcript hash alike")
	}
	other := sha256.Sum256([]byte("a verifying key of a single-party setup"))
	m.Files[prover.FileVK] = hex.EncodeToString(other[:])
	if err := ceremony.CheckRecord(&m); err == nil {
		t.Fatal("a swapped verifying key passed the record check")
	}

	// Verifier.sol: a copy of the class folder with another contract that
	// its manifest names
	root := t.TempDir()
	src := prover.ClassDir(tr.keys, testClass)
	dst := prover.ClassDir(root, testClass)
	if err := os.CopyFS(dst, os.DirFS(src)); err != nil {
		t.Fatal(err)
	}
	if err := prover.CheckVerifier(root, testClass); err != nil {
		t.Fatalf("the ceremony's own Verifier.sol: %v", err)
	}
	forged := []byte("contract Verifier { function verifyProof(bytes calldata, uint256[] calldata) external pure returns (bool) { return true; } }\n")
	if err := os.WriteFile(filepath.Join(dst, prover.FileVerifier), forged, 0o644); err != nil {
		t.Fatal(err)
	}
	mb, err := os.ReadFile(filepath.Join(dst, prover.FileManifest))
	if err != nil {
		t.Fatal(err)
	}
	var dm prover.Manifest
	if err := json.Unmarshal(mb, &dm); err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(forged)
	dm.Files[prover.FileVerifier] = hex.EncodeToString(sum[:])
	if mb, err = json.Marshal(dm); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dst, prover.FileManifest), mb, 0o644); err != nil {
		t.Fatal(err)
	}
	var ce *prover.ChecksumError
	if err := prover.CheckVerifier(root, testClass); !errors.As(err, &ce) {
		t.Fatalf("a forged Verifier.sol its manifest names: %v, want a checksum error", err)
	}
}

// TestFinalizeWritesExtraFiles: the files FinalizeWith is given (the
// depends.json of aggregation and final keys) are in the class folder as
// soon as the folder is (they were written after it, and a finalize killed
// in between left keys refused as stale).
func TestFinalizeWritesExtraFiles(t *testing.T) {
	tr := ceremonyFiles(t)
	root := t.TempDir()
	asked := -1
	m, err := ceremony.FinalizeWith(ctxT(t), testFamily{}, tr.srs, tr.p2, beacon2, root, nil, zerolog.Nop(),
		func(k int) (map[string][]byte, error) {
			asked = k
			return map[string][]byte{"depends.json": []byte(`{"segment":"1"}`)}, nil
		})
	if err != nil {
		t.Fatal(err)
	}
	if asked != testClass || m.LogSteps != testClass {
		t.Fatalf("extra asked for class %d, keys of class %d; want %d", asked, m.LogSteps, testClass)
	}
	got, err := os.ReadFile(filepath.Join(prover.ClassDir(root, testClass), "depends.json"))
	if err != nil || string(got) != `{"segment":"1"}` {
		t.Fatalf("depends.json %q, %v", got, err)
	}
	// Without its extra files, finalize fails with their error and leaves no keys behind.
	bare := t.TempDir()
	if _, err := ceremony.FinalizeWith(ctxT(t), testFamily{}, tr.srs, tr.p2, beacon2, bare, nil, zerolog.Nop(),
		func(int) (map[string][]byte, error) { return nil, errors.New("no aggregation keys") }); err == nil || !strings.Contains(err.Error(), "no aggregation keys") {
		t.Fatalf("finalize without its extra files: %v", err)
	}
	if _, err := os.Stat(prover.ClassDir(bare, testClass)); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("a finalize without its extra files left its class folder: %v", err)
	}
}
