package main

import "testing"

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
