//go:build !icicle

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLongRunGPUWithoutTag: a long run asked to prove on the GPU by a binary
// built without the icicle tag is refused with the reason, before any key is
// made (prove and bench, with and without prove workers).
func TestLongRunGPUWithoutTag(t *testing.T) {
	data := t.TempDir()
	elf := filepath.Join("..", "..", "examples", "fibonacci", "fibonacci.elf")
	for _, args := range [][]string{
		{"prove", elf, "--segment", "2^5", "--gpu", "--data", data},
		{"prove", elf, "--segment", "2^5", "--gpu", "--workers", "1", "--data", data},
		{"bench", "--cycles", "2^7", "--segment", "2^5", "--gpu", "--data", data},
	} {
		if _, err := runRoot(t, args...); err == nil || !strings.Contains(err.Error(), "icicle tag") {
			t.Fatalf("%v: %v", args, err)
		}
	}
	var left []string
	_ = filepath.Walk(data, func(p string, info os.FileInfo, _ error) error {
		if info != nil && !info.IsDir() {
			left = append(left, p)
		}
		return nil
	})
	if len(left) != 0 {
		t.Fatalf("refused commands left files: %v", left)
	}
}
