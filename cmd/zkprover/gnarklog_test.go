package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/rs/zerolog"
)

// TestGnarkLoggerDropsNoise: gnark's "ignoring uninitialized slice" warning
// (every proof of a whole-run class) is dropped; its other messages pass,
// with the gnark component.
func TestGnarkLoggerDropsNoise(t *testing.T) {
	var b bytes.Buffer
	l := gnarkLogger(zerolog.New(&b))
	l.Warn().Str("slice name", "Stmt").Msg("ignoring uninitialized slice")
	if b.Len() != 0 {
		t.Fatalf("the noise was logged: %s", b.String())
	}
	l.Warn().Msg("something else")
	if s := b.String(); !strings.Contains(s, "something else") || !strings.Contains(s, `"component":"gnark"`) {
		t.Fatalf("another message: %q", s)
	}
}
