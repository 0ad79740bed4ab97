package prover

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/consensys/gnark/frontend"
	"github.com/rs/zerolog"
)

// countingFamily is the toy family with its circuit compiles counted; with
// other, it compiles a circuit of another shape (keys made for another
// version of the circuit).
type countingFamily struct {
	toyFamily
	n     *int
	other bool
}

// shiftedFamily is the toy family with another constant in its circuit:
// the same sizes, other constraints (a fixed coefficient).
type shiftedFamily struct{ toyFamily }

func (shiftedFamily) NewCircuit(logSteps int) (frontend.Circuit, error) {
	return &toyCircuit{logN: logSteps, shift: 1}, nil
}

// TestCircuitCheckSameSizes: keys made for a circuit of the same sizes but
// other constraints are stale (the check compared sizes only, and a node
// went on proving with the stored circuit against the old verifier while
// setup said the keys matched the current circuit).
func TestCircuitCheckSameSizes(t *testing.T) {
	root := copyClass(t)
	_, err := Open(context.Background(), root, WithFamily(shiftedFamily{}), WithClasses(toyClass), WithCircuitCheck(true), WithLogger(zerolog.Nop()))
	if !errors.Is(err, ErrKeysStale) || !strings.Contains(err.Error(), "same sizes") {
		t.Fatalf("keys of a circuit with another constant: %v, want ErrKeysStale (same sizes)", err)
	}
	p, err := Open(context.Background(), root, WithFamily(toyFamily{}), WithClasses(toyClass), WithCircuitCheck(true), WithLogger(zerolog.Nop()))
	if err != nil {
		t.Fatalf("the keys' own circuit: %v", err)
	}
	_ = p.Close()
}

func (f countingFamily) NewCircuit(logSteps int) (frontend.Circuit, error) {
	*f.n++
	if f.other {
		return &toyCircuit{logN: logSteps + 1}, nil
	}
	return f.toyFamily.NewCircuit(logSteps)
}

// TestCircuitCheckOnce: Open with WithCircuitCheck compiles the circuit the
// first time and records it (FileChecked); the same executable then skips
// the compile for the same keys, but not for a stamp of another executable
// or of other keys (a changed manifest), and a failed check is never
// recorded.
func TestCircuitCheckOnce(t *testing.T) {
	ctx := context.Background()
	root := copyClass(t)
	dir := ClassDir(root, toyClass)
	stamp := filepath.Join(dir, FileChecked)
	n := 0
	open := func(step string, fam Family, wantCompiles int) error {
		t.Helper()
		p, err := Open(ctx, root, WithFamily(fam), WithClasses(toyClass), WithCircuitCheck(true), WithLogger(zerolog.Nop()))
		if err == nil {
			_ = p.Close()
		}
		if n != wantCompiles {
			t.Fatalf("%s: %d compiles, want %d", step, n, wantCompiles)
		}
		return err
	}
	fam := countingFamily{n: &n}
	if err := open("first start", fam, 1); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stamp); err != nil {
		t.Fatalf("a passed check was not recorded: %v", err)
	}
	if err := open("second start, same executable and keys", fam, 1); err != nil {
		t.Fatal(err)
	}

	// a stamp of another executable
	var st checkedStamp
	b, err := os.ReadFile(stamp)
	if err != nil || json.Unmarshal(b, &st) != nil {
		t.Fatalf("reading the stamp: %v", err)
	}
	other := st
	other.Executable = strings.Repeat("0", 64)
	writeJSONFile(t, stamp, other)
	if err := open("a stamp of another executable", fam, 2); err != nil {
		t.Fatal(err)
	}
	if err := open("re-recorded for this executable", fam, 2); err != nil {
		t.Fatal(err)
	}

	// other keys under the same stamp: the manifest changed
	m, err := ReadManifest(root, toyClass)
	if err != nil {
		t.Fatal(err)
	}
	m.CreatedAt = m.CreatedAt.Add(time.Second)
	writeJSONFile(t, filepath.Join(dir, FileManifest), m)
	if err := open("a changed manifest", fam, 3); err != nil {
		t.Fatal(err)
	}

	// a check that fails is refused every time and never recorded
	if err := os.Remove(stamp); err != nil {
		t.Fatal(err)
	}
	bad := countingFamily{n: &n, other: true}
	if err := open("keys of another circuit version", bad, 4); err == nil || !strings.Contains(err.Error(), "another version of the circuit") {
		t.Fatalf("keys of another circuit version: %v", err)
	}
	if _, err := os.Stat(stamp); !os.IsNotExist(err) {
		t.Fatalf("a failed check left a stamp: %v", err)
	}
	if err := open("again", bad, 5); err == nil {
		t.Fatal("keys of another circuit version accepted on the second start")
	}
}

func writeJSONFile(t *testing.T, path string, v any) {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestWithoutProvingKey: a store opened to make or check its keys
// (`setup --segment`) checks the circuit but keeps neither the proving key
// nor the constraint system, and refuses to prove.
func TestWithoutProvingKey(t *testing.T) {
	root := copyClass(t)
	n := 0
	p, err := Open(context.Background(), root, WithFamily(countingFamily{n: &n}), WithClasses(toyClass), WithCircuitCheck(true),
		WithoutProvingKey(), WithLogger(zerolog.Nop()))
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	if n != 1 {
		t.Fatalf("%d circuit compiles, want the check's 1", n)
	}
	keys, err := p.Keys(toyClass)
	if err != nil || keys.PK != nil || keys.CS != nil || keys.Shape == nil || keys.VK == nil {
		t.Fatalf("want the verifying key and the shape only: %+v (%v)", keys, err)
	}
	if _, _, err := p.ProveAssignment(context.Background(), toyClass, &shapeCircuit{X: 1, Y: 2}, TargetSolidity); err == nil || !strings.Contains(err.Error(), "verification only") {
		t.Fatalf("proving without a proving key: %v", err)
	}
}

// TestManifestClaimingMPC: a manifest that claims ceremony keys with a
// record that does not hash to its transcript does not read (it loaded,
// and silenced the warning of insecure keys).
func TestManifestClaimingMPC(t *testing.T) {
	root := copyClass(t)
	path := filepath.Join(ClassDir(root, toyClass), FileManifest)
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var m Manifest
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	m.SetupKind = SetupMPC
	m.Ceremony = &CeremonyRecord{TranscriptSHA256: strings.Repeat("ab", 32)}
	if b, err = json.Marshal(m); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadManifest(root, toyClass); err == nil {
		t.Fatal("a manifest claiming ceremony keys without their record read")
	}
	if _, err := LoadClass(context.Background(), root, toyFamily{}, toyClass, LoadAll, zerolog.Nop()); err == nil {
		t.Fatal("keys claiming a ceremony without its record loaded")
	}
}
