package prover

import (
	"os"
	"path/filepath"
	"testing"
)

// TestWriteFileAtomic: the file is replaced whole, no temporary file is left
// beside it, and a folder that does not exist is an error.
func TestWriteFileAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "deployment.json")
	for _, b := range []string{"first, longer content\n", "second\n"} {
		if err := WriteFileAtomic(path, []byte(b)); err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(path)
		if err != nil || string(got) != b {
			t.Fatalf("read %q, %v; want %q", got, err, b)
		}
	}
	ents, err := os.ReadDir(dir)
	if err != nil || len(ents) != 1 {
		t.Fatalf("%d entries (%v), want the file alone", len(ents), err)
	}
	if err := WriteFileAtomic(filepath.Join(dir, "missing", "x.json"), []byte("x")); err == nil {
		t.Fatal("wrote into a missing folder")
	}
}
