package retrylog

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"
)

// TestFailuresThrottled: the first failure is logged, the next ones only once a period with
// their count, and the recovery once; a later failure starts again.
func TestFailuresThrottled(t *testing.T) {
	var buf bytes.Buffer
	l := New(zerolog.New(&buf), "listener step", time.Minute)
	now := time.Unix(1000, 0)
	l.now = func() time.Time { return now }
	lines := func() []string {
		s := strings.TrimSpace(buf.String())
		buf.Reset()
		if s == "" {
			return nil
		}
		return strings.Split(s, "\n")
	}
	down := errors.New("connection refused")
	l.Step(nil)
	if got := lines(); got != nil {
		t.Fatalf("a success logged %v", got)
	}
	l.Step(down)
	if got := lines(); len(got) != 1 || !strings.Contains(got[0], `"message":"listener step failed; retrying"`) || !strings.Contains(got[0], "connection refused") {
		t.Fatalf("first failure: %v", got)
	}
	for range 59 { // one a second for a minute less a second: quiet
		now = now.Add(time.Second)
		l.Step(down)
	}
	if got := lines(); got != nil {
		t.Fatalf("failures within the period logged: %v", got)
	}
	now = now.Add(time.Second)
	l.Step(down)
	if got := lines(); len(got) != 1 || !strings.Contains(got[0], "still failing") || !strings.Contains(got[0], `"failures":61`) ||
		!strings.Contains(got[0], `"failures_not_logged":59`) || !strings.Contains(got[0], `"failing_seconds":60`) {
		t.Fatalf("a lasting failure: %v", got)
	}
	now = now.Add(5 * time.Second)
	l.Step(nil)
	l.Step(nil)
	if got := lines(); len(got) != 1 || !strings.Contains(got[0], "succeeded again") || !strings.Contains(got[0], `"failures":61`) || !strings.Contains(got[0], `"level":"info"`) {
		t.Fatalf("recovery: %v", got)
	}
	l.Step(down)
	if got := lines(); len(got) != 1 || !strings.Contains(got[0], "failed; retrying") {
		t.Fatalf("a new failure after the recovery: %v", got)
	}
}
