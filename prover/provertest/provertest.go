// Package provertest gives the tests of other packages a real prover for a
// small class without paying for a key setup in every test binary: the keys
// are made once per machine in a cache folder under the system's temporary
// folder, checked against the current circuit every time they are loaded (and
// made again when the circuit changed), and loaded once per test binary.
// Test binaries that run at the same time take turns through a file lock.
//
// The keys come from an insecure single-party setup: tests only.
package provertest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"syscall"
	"testing"

	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/recursion"
)

// Class is the class the tests prove at: the smallest that fits the example
// programs the tests run (2^8 steps).
const Class = 8

// Shared is one test binary's prover. Declare one per test package:
//
//	var shared provertest.Shared
type Shared struct {
	once sync.Once
	dir  string
	p    *prover.Prover
	err  error
}

// Prover returns the shared prover, setting up or loading the keys on first
// use. It skips the test under -short. opts are passed to prover.Open on
// first use only.
func (s *Shared) Prover(t testing.TB, opts ...prover.Option) *prover.Prover {
	t.Helper()
	if testing.Short() {
		t.Skip("-short: skipping tests that need the real prover's keys")
	}
	s.once.Do(func() {
		s.dir, s.err = KeysDir()
		if s.err != nil {
			return
		}
		opts = append([]prover.Option{prover.WithClasses(Class)}, opts...)
		s.p, s.err = prover.Open(context.Background(), s.dir, opts...)
	})
	if s.err != nil {
		t.Fatalf("test prover: %v", s.err)
	}
	return s.p
}

// Dir is the keys folder of the shared prover (after Prover was called).
func (s *Shared) Dir() string { return s.dir }

// KeysDir returns the machine-wide cache folder holding current keys of
// Class, making them first if they are missing or were made for another
// version of the circuit.
func KeysDir() (string, error) {
	return FamilyKeysDir(prover.DefaultFamily(), Class)
}

// SegmentClass is the segment class the tests prove long runs at (package
// longrun): 2^5 steps per segment, so that short programs have several.
const SegmentClass = 5

// FamilyKeysDir is KeysDir for class k of any circuit family: the folder is
// per family (the default family's is the historical one).
func FamilyKeysDir(fam prover.Family, k int) (string, error) {
	root := filepath.Join(os.TempDir(), "zkprover-test-keys")
	if fam.Name() != prover.DefaultFamily().Name() {
		root = filepath.Join(root, fam.Name())
	}
	return keysDir(root, fam, k)
}

// ClassKeysDir is KeysDir for another class of the default family (a hash
// class): a cache folder of its own, holding that class only, so that the
// tests that load every class of KeysDir's folder see Class alone.
func ClassKeysDir(k int) (string, error) {
	root := filepath.Join(os.TempDir(), "zkprover-test-keys", "only-"+prover.ClassName(k))
	return keysDir(root, prover.DefaultFamily(), k)
}

// KeysIn makes sure root holds current keys of class k of the default
// family (made when missing, made again when they were made for another
// version of the circuit) and returns root: for test key caches kept
// elsewhere, such as `make test-e2e`'s, which outlive circuit changes.
func KeysIn(root string, k int) (string, error) {
	return keysDir(root, prover.DefaultFamily(), k)
}

func keysDir(root string, fam prover.Family, k int) (string, error) {
	if err := os.MkdirAll(root, 0o755); err != nil {
		return "", fmt.Errorf("test keys folder: %w", err)
	}
	lock, err := os.OpenFile(filepath.Join(root, ".lock"), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return "", fmt.Errorf("test keys lock: %w", err)
	}
	defer lock.Close()
	if err := syscall.Flock(int(lock.Fd()), syscall.LOCK_EX); err != nil {
		return "", fmt.Errorf("locking %s: %w", lock.Name(), err)
	}
	defer syscall.Flock(int(lock.Fd()), syscall.LOCK_UN) //nolint:errcheck // released on close too

	ctx := context.Background()
	open := func() error {
		p, err := prover.Open(ctx, root, prover.WithFamily(fam), prover.WithClasses(k), prover.WithAutoSetup(true),
			prover.WithCircuitCheck(true))
		if err != nil || fam.Name() != (prover.RV32IMSegments{}).Name() {
			return err
		}
		// segment keys are verified by the aggregation circuit: keys of
		// another shape (made before γ was G2's generator) are stale
		keys, err := p.Keys(k)
		if err != nil {
			return err
		}
		_, err = recursion.VKHash(keys.VK)
		return err
	}
	if err := open(); err != nil {
		// Stale or damaged keys: make them again, once.
		if rmErr := os.RemoveAll(prover.ClassDir(root, k)); rmErr != nil {
			return "", fmt.Errorf("removing stale test keys: %w (after %w)", rmErr, err)
		}
		if err := open(); err != nil {
			return "", fmt.Errorf("test keys in %s: %w", root, err)
		}
	}
	return root, nil
}
