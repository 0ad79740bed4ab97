package contracts_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/zkprover/zkprover/contracts/internal/gen"
	"github.com/zkprover/zkprover/contracts/solc"
)

// TestArtifactsCurrent recompiles the sources with the pinned solcjs and regenerates the
// bindings, and fails when the committed artifacts/ or bindings/ differ: run `make contracts`
// after changing a .sol file. It needs node and `npm ci --prefix contracts` (.ci/run does it);
// without them it is skipped.
func TestArtifactsCurrent(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skipping the Solidity compilation")
	}
	c, err := solc.Find(".")
	if err != nil {
		t.Skipf("cannot check the artifacts: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	files, err := gen.Generate(ctx, c, ".")
	if err != nil {
		t.Fatal(err)
	}
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		got, err := os.ReadFile(filepath.FromSlash(n))
		if err != nil {
			t.Errorf("%s: %v (run `make contracts`)", n, err)
			continue
		}
		if !bytes.Equal(got, files[n]) {
			t.Errorf("%s is stale: run `make contracts` and commit the result", n)
		}
	}
	committed, err := filepath.Glob(filepath.Join("artifacts", "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range committed {
		if _, ok := files[filepath.ToSlash(p)]; !ok {
			t.Errorf("%s has no source any more: run `make contracts`", p)
		}
	}
}
