package prover

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/rs/zerolog"
)

// TestSweepTemps: a prover that may write its key store (WithAutoSetup)
// removes the temporary files and folders an interrupted setup, verifier
// refresh or stamp left there once they are an hour old, and nothing else:
// not a recent one (another process may be writing it), not the class's own
// files, not another hidden file.
func TestSweepTemps(t *testing.T) {
	realProver(t)
	root, dst := copyRealClass(t)
	old := time.Now().Add(-2 * staleTemp)
	mk := func(path string, stale bool) string {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte("partial"), 0o644); err != nil {
			t.Fatal(err)
		}
		if stale {
			for p := path; p != root; p = filepath.Dir(p) {
				if err := os.Chtimes(p, old, old); err != nil {
					t.Fatal(err)
				}
			}
		}
		return path
	}
	staleDir := filepath.Join(root, ".class-20.tmp-123")
	mk(filepath.Join(staleDir, FilePK), true)
	// a class folder being written: stale folder, one of its files fresh
	busyDir := filepath.Join(root, ".class-21.tmp-456")
	mk(filepath.Join(busyDir, FileCircuit), true)
	mk(filepath.Join(busyDir, FilePK), false)
	staleFiles := []string{
		mk(filepath.Join(dst, ".manifest.json.tmp-99-1"), true),
		mk(filepath.Join(dst, "."+FileChecked+".777.tmp"), true),
	}
	keep := []string{
		mk(filepath.Join(dst, ".Verifier.sol.tmp-99-2"), false),
		mk(filepath.Join(dst, ".notes"), true),
		mk(filepath.Join(root, "README.tmp"), true),
	}
	ctx := context.Background()
	if _, err := Open(ctx, root, WithClasses(realClass), WithLogger(zerolog.Nop())); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(staleDir); err != nil {
		t.Fatalf("a prover that may not write the store swept it: %v", err)
	}
	if _, err := Open(ctx, root, WithClasses(realClass), WithLogger(zerolog.Nop()), WithAutoSetup(true)); err != nil {
		t.Fatal(err)
	}
	for _, p := range append(staleFiles, staleDir) {
		if _, err := os.Stat(p); !os.IsNotExist(err) {
			t.Errorf("%s left (%v)", p, err)
		}
	}
	for _, p := range append(keep, filepath.Join(busyDir, FilePK)) {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("%s removed (%v)", p, err)
		}
	}
	if _, err := LoadClass(ctx, root, DefaultFamily(), realClass, LoadAll, zerolog.Nop()); err != nil {
		t.Fatalf("the class after the sweep: %v", err)
	}
	// what the sweep reports, at a later time: the busy folder once idle
	got := sweepTemps(root, time.Now().Add(2*staleTemp), zerolog.Nop())
	slices.Sort(got)
	want := []string{filepath.Join(root, ".class-21.tmp-456"), filepath.Join(dst, ".Verifier.sol.tmp-99-2")}
	if !slices.Equal(got, want) {
		t.Fatalf("swept %q, want %q", got, want)
	}
}
