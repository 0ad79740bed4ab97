package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// ceremonyCLI runs `zkprover ceremony args...` and returns its output.
func ceremonyCLI(t *testing.T, args ...string) (string, error) {
	t.Helper()
	cmd := newRootCmd()
	var out bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetErr(&out)
	cmd.SetArgs(append([]string{"ceremony"}, args...))
	err := cmd.ExecuteContext(context.Background())
	return out.String(), err
}

// TestCeremonyCommands runs a small phase 1 through the commands (init,
// two contributions, srs with a beacon, verify), a tampered file through
// verify and srs, and a .ptau import. The phase-2 commands call the same
// package functions on the zkVM's circuit, whose smallest class needs 2^16
// powers: prover/ceremony tests them on a small circuit.
func TestCeremonyCommands(t *testing.T) {
	dir := t.TempDir()
	f := func(name string) string { return filepath.Join(dir, name) }
	mustRun := func(args ...string) string {
		t.Helper()
		out, err := ceremonyCLI(t, args...)
		if err != nil {
			t.Fatalf("zkprover ceremony %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		return out
	}
	mustRun("init", "phase1", "--power", "5", "--out", f("p1-00.zkc"))
	hashRe := regexp.MustCompile(`contribution hash ([0-9a-f]{64})`)
	var hashes []string
	for i, name := range []string{"p1-01.zkc", "p1-02.zkc"} {
		prev := []string{"p1-00.zkc", "p1-01.zkc"}[i]
		out := mustRun("contribute", f(prev), f(name))
		m := hashRe.FindStringSubmatch(out)
		if m == nil {
			t.Fatalf("no contribution hash in %q", out)
		}
		hashes = append(hashes, m[1])
	}
	if _, err := ceremonyCLI(t, "contribute", f("p1-01.zkc"), f("p1-02.zkc")); err == nil {
		t.Fatal("contribute overwrote an existing file")
	}
	beacon := strings.Repeat("ab", 32)
	if _, err := ceremonyCLI(t, "srs", "--beacon", "abcd", "--out", f("srs.zkc"), f("p1-00.zkc"), f("p1-01.zkc"), f("p1-02.zkc")); err == nil {
		t.Fatal("a 2-byte beacon accepted")
	}
	out := mustRun("srs", "--beacon", beacon, "--out", f("srs.zkc"), f("p1-00.zkc"), f("p1-01.zkc"), f("p1-02.zkc"))
	if !strings.Contains(out, "sealed with beacon "+beacon) {
		t.Fatalf("srs output: %s", out)
	}
	out = mustRun("verify", f("p1-00.zkc"), f("p1-01.zkc"), f("p1-02.zkc"), f("srs.zkc"))
	for _, h := range hashes {
		if !strings.Contains(out, h) {
			t.Fatalf("verify does not list contribution %s:\n%s", h, out)
		}
	}
	if !strings.Contains(out, "all 4 files verified") {
		t.Fatalf("verify output: %s", out)
	}

	// A truncated contribution: verify and srs name it.
	b, err := os.ReadFile(f("p1-01.zkc"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(f("bad-01.zkc"), b[:len(b)-10], 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"verify", f("p1-00.zkc"), f("bad-01.zkc"), f("p1-02.zkc")},
		{"srs", "--beacon", beacon, "--out", f("srs2.zkc"), f("p1-00.zkc"), f("bad-01.zkc"), f("p1-02.zkc")},
	} {
		_, err := ceremonyCLI(t, args...)
		if err == nil || !strings.Contains(err.Error(), "file 2 ("+f("bad-01.zkc")+"): truncated") {
			t.Fatalf("%s: %v", args[0], err)
		}
	}

	// Import of a snarkjs powers-of-tau file.
	out = mustRun("srs", "--ptau", filepath.Join("..", "..", "prover", "ceremony", "testdata", "snarkjs-8.ptau"), "--power", "6", "--out", f("srs-ptau.zkc"))
	if !strings.Contains(out, "SRS of 2^6 powers of tau imported") {
		t.Fatalf("import output: %s", out)
	}
	out = mustRun("verify", f("srs-ptau.zkc"))
	if !strings.Contains(out, "imported .ptau") || !strings.Contains(out, "only that it is powers of one τ") {
		t.Fatalf("verify of an imported SRS: %s", out)
	}
}

// TestCeremonyLongRunCircuits: the phase-2 commands take a long-run circuit
// (--circuit segment|aggregate|final, the class being the segment class);
// the aggregation and final circuits are built over the keys before them,
// read from <keys>/longrun, and a ceremony of one before those keys exist
// says which keys to finalise first; an unknown circuit is refused. (The
// families themselves are checked against real long-run keys in make
// test-e2e: prover/longrun's TestStoreFamilies.)
func TestCeremonyLongRunCircuits(t *testing.T) {
	dir := t.TempDir()
	srs := filepath.Join(dir, "srs.zkc")
	for _, circuit := range []string{"aggregate", "final"} {
		for _, flag := range [][]string{{"--data", dir}, {"--keys", filepath.Join(dir, "k")}} {
			args := append([]string{"init", "phase2", "--circuit", circuit, "--cycles", "2^5", "--srs", srs, "--out", filepath.Join(dir, "p2.zkc")}, flag...)
			out, err := ceremonyCLI(t, args...)
			if err == nil || !strings.Contains(err.Error(), "finalise their ceremony") || !strings.Contains(err.Error(), "longrun") {
				t.Fatalf("%s without the keys it is built over (%v): %v\n%s", circuit, flag, err, out)
			}
		}
	}
	if _, err := ceremonyCLI(t, "init", "phase2", "--circuit", "bogus", "--cycles", "2^5", "--srs", srs, "--out", filepath.Join(dir, "p2.zkc")); err == nil || !strings.Contains(err.Error(), "want rv32im, segment, aggregate or final") {
		t.Fatalf("unknown circuit: %v", err)
	}
	if _, err := ceremonyCLI(t, "finalize", "--circuit", "final", "--srs", srs, "--beacon", strings.Repeat("ab", 32), "--data", dir, filepath.Join(dir, "none.zkc")); err == nil {
		t.Fatal("finalize of a missing file accepted")
	}
	if _, err := os.Stat(filepath.Join(dir, "keys", "longrun", "final")); !os.IsNotExist(err) {
		t.Fatalf("a failed finalize left %v", err)
	}
}
