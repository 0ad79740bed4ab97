package main

import (
	"os"
	"strings"
	"testing"
)

func TestParseCycles(t *testing.T) {
	good := map[string]int{"256": 8, "2^8": 8, " 2^10 ": 10, "1024": 10, "2 ^ 12": 12, "64": 6}
	for s, want := range good {
		got, err := parseCycles(s)
		if err != nil || got != want {
			t.Errorf("parseCycles(%q) = %d, %v; want %d", s, got, err, want)
		}
	}
	for _, s := range []string{"", "0", "1", "100", "3^4", "2^", "2^x", "2^0", "2^31", "-256", "0x100"} {
		if k, err := parseCycles(s); err == nil {
			t.Errorf("parseCycles(%q) = %d, want an error", s, k)
		}
	}
}

// TestClassID: --cycles with --hash names a hash class's identifier;
// hash classes below their smallest size, unknown hash names and --hash
// where it names nothing are refused before any work.
func TestClassID(t *testing.T) {
	for _, tc := range []struct {
		cycles, hash string
		want         int
	}{{"2^12", "", 12}, {"2^11", "sha256", 0x4B}, {"4096", "keccak", 0x6C}, {"2^6", "sha256", 0x46}, {"2^8", "none", 8}} {
		if got, err := classID(tc.cycles, tc.hash); err != nil || got != tc.want {
			t.Errorf("classID(%q, %q) = %#x, %v; want %#x", tc.cycles, tc.hash, got, err, tc.want)
		}
	}
	for _, tc := range [][2]string{{"2^5", "sha256"}, {"2^8", "keccak"}, {"2^12", "sha3"}, {"2^25", "sha256"}, {"3^4", "sha256"}} {
		if got, err := classID(tc[0], tc[1]); err == nil {
			t.Errorf("classID(%q, %q) = %#x, want an error", tc[0], tc[1], got)
		}
	}
	run := func(cmd interface {
		SetArgs([]string)
		Execute() error
	}, args ...string) error {
		cmd.SetArgs(args)
		return cmd.Execute()
	}
	dir := t.TempDir()
	for _, tc := range []struct {
		name string
		err  error
		want string
	}{
		{"setup, too small", run(newSetupCmd(), "--cycles", "2^5", "--hash", "sha256", "--data", dir), "SHA-256 class starts at 2^6"},
		{"setup --segment", run(newSetupCmd(), "--segment", "2^5", "--hash", "sha256", "--data", dir), "segment classes have none"},
		{"prove --segment", run(newProveCmd(), "../../examples/fibonacci/fibonacci.elf", "--segment", "2^5", "--hash", "sha256", "--data", dir), "segment classes have none"},
		{"bench --segment", run(newBenchCmd(), "--cycles", "2^8", "--segment", "2^5", "--hash", "sha256", "--data", dir), "segment classes have none"},
		{"prove without --cycles", run(newProveCmd(), "../../examples/fibonacci/fibonacci.elf", "--hash", "keccak", "--data", dir), "pass its size with --cycles"},
		{"ceremony, long-run circuit", run(newCeremonyInitCmd(), "phase2", "--circuit", "segment", "--cycles", "2^5", "--hash", "sha256", "--srs", "x", "--out", "y"), "a class of the rv32im circuit"},
	} {
		if tc.err == nil || !strings.Contains(tc.err.Error(), tc.want) {
			t.Errorf("%s: %v, want an error with %q", tc.name, tc.err, tc.want)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("refused commands wrote %d entries into the data folder", len(entries))
	}
}
