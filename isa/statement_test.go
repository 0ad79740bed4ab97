package isa_test

import (
	"testing"

	"github.com/zkprover/zkprover/isa"
	"github.com/zkprover/zkprover/statement"
)

// TestStatementSizes checks the limits that the statement fixes.
func TestStatementSizes(t *testing.T) {
	for _, c := range []struct {
		name      string
		isa, stmt int
	}{
		{"onchain input bytes", isa.MaxOnchainBytes, statement.MaxOnchainInputBytes},
		{"output words", isa.MaxOutputWords, statement.MaxOutputWords},
		{"output bytes", isa.MaxOutputBytes, statement.MaxOutputBytes},
	} {
		if c.isa != c.stmt {
			t.Errorf("%s: isa %d, statement %d", c.name, c.isa, c.stmt)
		}
	}
	if isa.MaxMemoryBytes%isa.PageBytes != 0 || isa.MaxOffchainBytes%4 != 0 || isa.MaxImageBytes%4 != 0 {
		t.Error("byte limits must be whole pages (memory) and whole words (offchain input, image)")
	}
}
