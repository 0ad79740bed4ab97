package prover

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rs/zerolog"
)

// TestSetupFilesAndStamp: a setup through Open writes the WithSetupFiles
// files into the class folder with the keys (they appear together, by one
// rename) and stamps the keys checked by this executable, whose compile made
// them, so that the load right after does not compile the circuit again. A
// setup file named like a key file is refused and leaves no class.
func TestSetupFilesAndStamp(t *testing.T) {
	ctx := context.Background()
	root := t.TempDir()
	var logs bytes.Buffer
	files := map[string][]byte{"depends.json": []byte(`{"segment_vk_hash":"1"}`)}
	p, err := Open(ctx, root, WithFamily(toyFamily{}), WithClasses(toyClass), WithAutoSetup(true), WithCircuitCheck(true),
		WithSetupFiles(files), WithLogger(zerolog.New(&logs)))
	if err != nil {
		t.Fatal(err)
	}
	keys, err := p.Keys(toyClass)
	if err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(filepath.Join(keys.Dir, "depends.json")); err != nil || !bytes.Equal(b, files["depends.json"]) {
		t.Fatalf("setup file: %q (%v)", b, err)
	}
	exe, err := executableHash()
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := checkedBefore(keys.Dir, &keys.Manifest, exe); !ok {
		t.Fatal("new keys not stamped checked by the executable that made them")
	}
	if !strings.Contains(logs.String(), "circuit check skipped") || strings.Contains(logs.String(), "circuit checked against the keys") {
		t.Fatalf("the circuit was compiled again after its setup:\n%s", logs.String())
	}

	bad := t.TempDir()
	if _, err := Open(ctx, bad, WithFamily(toyFamily{}), WithClasses(toyClass), WithAutoSetup(true),
		WithSetupFiles(map[string][]byte{FilePK: []byte("x")}), WithLogger(zerolog.Nop())); err == nil || !strings.Contains(err.Error(), "not a key file") {
		t.Fatalf("a setup file named like a key file: %v", err)
	}
	if ids, err := ListClasses(bad); err != nil || len(ids) != 0 {
		t.Fatalf("classes after a refused setup: %v (%v)", ids, err)
	}
}
