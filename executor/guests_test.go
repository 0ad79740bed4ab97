package executor

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestExampleELFsAreCurrent rebuilds every example with the flags of
// `make guests` (guest/cflags) and checks that the committed ELF is what the
// sources build to. It is skipped where clang and ld.lld are not installed.
func TestExampleELFsAreCurrent(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	if _, err := exec.LookPath("clang"); err != nil {
		t.Skip("clang not installed (make guests installs it)")
	}
	if _, err := exec.LookPath("ld.lld"); err != nil {
		t.Skip("ld.lld not installed (make guests installs it)")
	}
	flags, err := os.ReadFile(filepath.Join("..", "guest", "cflags"))
	if err != nil {
		t.Fatal(err)
	}
	mains, err := filepath.Glob(filepath.Join("..", "examples", "*", "main.c"))
	if err != nil || len(mains) == 0 {
		t.Fatalf("no examples: %v", err)
	}
	dir := t.TempDir()
	for _, m := range mains {
		name := filepath.Base(filepath.Dir(m))
		out := filepath.Join(dir, name+".elf")
		args := append(strings.Fields(string(flags)), "-o", out, "guest/start.S", "guest/runtime.c", filepath.Join("examples", name, "main.c"))
		cmd := exec.CommandContext(t.Context(), "clang", args...)
		cmd.Dir = ".."
		if msg, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("building %s: %v\n%s", name, err, msg)
		}
		built, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		committed, err := os.ReadFile(filepath.Join("..", "examples", name, name+".elf"))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(built, committed) {
			t.Errorf("examples/%s/%s.elf is not what its sources build to: run `make guests` and commit", name, name)
		}
	}
}
