package prover

import (
	"context"
	"errors"
	"maps"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rs/zerolog"
)

// TestRedoAdvice: the errors of keys to make again say how: `zkprover
// setup` never overwrites a class folder, so they say to remove it first
// and which command makes the class (the segment command for long-run
// keys; a ceremony, not a setup, for ceremony keys), never "run setup for
// this class again", which loops; and the error of keys missing from a
// data folder, which verify gives too, says that a proof verifies only
// with the keys it was made with (new keys never verify it) and suggests
// a setup only to prove.
func TestRedoAdvice(t *testing.T) {
	p := realProver(t)
	ctx := context.Background()
	const loop = "setup for this class again"
	check := func(what string, err error, want ...string) {
		t.Helper()
		if err == nil {
			t.Fatalf("%s: no error", what)
		}
		for _, w := range want {
			if !strings.Contains(err.Error(), w) {
				t.Fatalf("%s: %v\nwant %q in it", what, err, w)
			}
		}
		if strings.Contains(err.Error(), loop) || strings.Contains(err.Error(), "run setup again") {
			t.Fatalf("%s: %v: advice that loops", what, err)
		}
	}
	root, dst := copyRealClass(t, FilePK)
	redo := "remove " + dst + " and run `zkprover setup --cycles 2^8`"
	var ce *ChecksumError
	_, err := LoadClass(ctx, root, DefaultFamily(), realClass, LoadAll, zerolog.Nop())
	if !errors.As(err, &ce) {
		t.Fatalf("a damaged proving key: %v, want a checksum error", err)
	}
	check("a damaged proving key", err, "the file is corrupt or was replaced: "+redo)
	_, err = CheckClass(root, realClass) // no family: the folder's name
	check("CheckClass of a damaged proving key", err, redo)
	_, err = LoadClass(ctx, root, RV32IMSegments{}, realClass, LoadAll, zerolog.Nop())
	check("keys of another family", err, "remove "+dst+" and run `zkprover setup --segment 2^8`")
	check("ceremony keys", &ChecksumError{Path: filepath.Join(dst, FilePK), Redo: redoAdvice(dst, nil, realClass, SetupMPC)},
		"come from a ceremony", "run the ceremony again")

	keys, err := p.Keys(realClass)
	if err != nil {
		t.Fatal(err)
	}
	other := *keys
	other.Manifest.Files = maps.Clone(keys.Manifest.Files)
	other.Manifest.Files[FileCircuit] = strings.Repeat("0", 64)
	check("keys of another circuit", CheckCircuit(DefaultFamily(), &other), "remove "+keys.Dir+" and run `zkprover setup --cycles 2^8`")
	_, _, err = p.ProveAssignment(ctx, realClass, &shapeCircuit{X: 1, Y: 2}, TargetSolidity)
	check("a witness of another shape", err, "the circuit assigns 2 inputs", "remove "+keys.Dir+" and run `zkprover setup --cycles 2^8`")

	empty := t.TempDir()
	_, err = Open(ctx, empty, WithClasses(realClass), WithVerifyOnly(), WithLogger(zerolog.Nop())) // as `zkprover verify` opens
	if !errors.Is(err, ErrNoClass) {
		t.Fatalf("no keys: %v, want ErrNoClass", err)
	}
	check("no keys", err, "no folder "+ClassDir(empty, realClass)+": the keys of class 2^8 are not in this data folder",
		"to verify a proof, use the keys it was made with: the --data folder of the node that made it",
		"to prove with class 2^8, make its keys with `zkprover setup --cycles 2^8`")
	if strings.Contains(err.Error(), "(run `zkprover setup") {
		t.Fatalf("no keys: %v: tells a verifier to make new keys", err)
	}
}
