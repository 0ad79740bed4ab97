package main

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/zkprover/zkprover/fleet"
)

// TestFleetStatusShowsKeys: `fleet status` shows each member's key digests
// and refused tasks, and says when members of a class have other keys.
func TestFleetStatusShowsKeys(t *testing.T) {
	a, b := strings.Repeat("3f", 32), strings.Repeat("91", 32)
	st := &fleet.Status{Members: []fleet.Member{
		{ID: "a-1", Classes: []int{12}, Keys: map[int]string{12: a}, Seen: time.Now()},
		{ID: "b-1", Classes: []int{12}, Keys: map[int]string{12: b}, Refused: 4, Seen: time.Now()},
		{ID: "c-1", Classes: []int{12}, Seen: time.Now()},
	}}
	var out bytes.Buffer
	printFleetStatus(&out, st)
	got := out.String()
	for _, want := range []string{"KEYS", "REFUSED", "2^12:3f3f3f3f3f3f", "2^12:919191919191", "KEYS DIFFER:", "a-1", "b-1"} {
		if !strings.Contains(got, want) {
			t.Fatalf("fleet status lacks %q:\n%s", want, got)
		}
	}
	st.Members = st.Members[:1]
	out.Reset()
	printFleetStatus(&out, st)
	if strings.Contains(out.String(), "KEYS DIFFER") {
		t.Fatalf("one member's keys read as a skew:\n%s", out.String())
	}
}
