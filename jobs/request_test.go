package jobs

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/zkprover/zkprover/errs"
	"github.com/zkprover/zkprover/isa"
)

func TestDecodeHexCases(t *testing.T) {
	for _, s := range []string{"0x", "", "0xabcd", "ABCD", "0XABCD"} {
		if _, err := DecodeHex("x", s); err != nil {
			t.Errorf("DecodeHex(%q): %v", s, err)
		}
	}
	for _, s := range []string{"0xabc", "0xgg", "0x0x12"} {
		if _, err := DecodeHex("x", s); err == nil || !errors.Is(err, errs.ErrInvalid) {
			t.Errorf("DecodeHex(%q) accepted or not errs.ErrInvalid: %v", s, err)
		}
	}
	if _, err := parseWord("k", "0x123456789"); err == nil {
		t.Error("9-digit word accepted")
	}
	st, err := ParseState(map[string]string{"0x00000002": "0x00000001", "0x1": "0x0", "0x00000003": "0xffffffff"})
	if err != nil || len(st) != 2 || st[0].Key != 2 || st[1].Value != 0xffffffff {
		t.Fatalf("ParseState: %v %v", st, err)
	}
	if _, err := ParseState(map[string]string{"0x1": "0x1", "0x00000001": "0x2"}); err == nil {
		t.Fatal("two spellings of one key accepted")
	}
}

// TestParseStateBoundedFirst: a state map over the zkVM's maximum is refused
// by its size alone, before any entry is parsed (the entries here are not
// even valid: parsing them would fail with another error).
func TestParseStateBoundedFirst(t *testing.T) {
	db := make(map[string]string, isa.MaxStateEntries+1)
	for i := 0; i <= isa.MaxStateEntries; i++ {
		db[fmt.Sprintf("bad key %d", i)] = "bad value"
	}
	_, err := ParseState(db)
	if !errors.Is(err, errs.ErrInvalid) || !strings.Contains(err.Error(), "entries") {
		t.Fatalf("oversized state: %v", err)
	}
}
