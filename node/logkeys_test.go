package node

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"
)

// keyChecker is a log writer that records every JSON line whose top-level
// object names a key twice (a component adding its "component" to a logger
// that has one already: JSON tools keep the last and filtering breaks). The
// test reads what it recorded at its end; lines written after that (a
// goroutine still stopping) are ignored.
type keyChecker struct {
	mu    sync.Mutex
	bad   []string
	ended bool
}

func (k *keyChecker) Write(p []byte) (int, error) {
	for _, line := range bytes.Split(bytes.TrimSpace(p), []byte("\n")) {
		if key, dup := duplicateKey(line); dup {
			k.mu.Lock()
			if !k.ended && len(k.bad) < 10 {
				k.bad = append(k.bad, fmt.Sprintf("key %q twice in %s", key, line))
			}
			k.mu.Unlock()
		}
	}
	return len(p), nil
}

// duplicateKey says whether the JSON object line names a top-level key twice.
func duplicateKey(line []byte) (string, bool) {
	d := json.NewDecoder(bytes.NewReader(line))
	if t, err := d.Token(); err != nil || t != json.Delim('{') {
		return "", false
	}
	seen := map[string]bool{}
	for d.More() {
		t, err := d.Token()
		if err != nil {
			return "", false
		}
		key, _ := t.(string)
		if seen[key] {
			return key, true
		}
		seen[key] = true
		var skip json.RawMessage
		if err := d.Decode(&skip); err != nil {
			return "", false
		}
	}
	return "", false
}

// check fails t with what was recorded, and stops recording.
func (k *keyChecker) check(t testing.TB) {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.ended = true
	for _, b := range k.bad {
		t.Errorf("log line with a duplicate key: %s", b)
	}
}

func TestDuplicateKey(t *testing.T) {
	for line, want := range map[string]bool{
		`{"level":"info","component":"node","component":"chain","message":"x"}`:         true,
		`{"level":"info","component":"chain","nested":{"component":"a"},"message":"x"}`: false,
		`{"a":[1,{"a":2}],"b":"a"}`: false,
		`not json`:                  false,
	} {
		if _, got := duplicateKey([]byte(line)); got != want {
			t.Errorf("%s: duplicate %v, want %v", line, got, want)
		}
	}
}

// TestSetupLineLog: the long-run setup child's progress reaches the log at
// each new stage and circuit, at each end, and at most once per interval
// within a stage.
func TestSetupLineLog(t *testing.T) {
	var b bytes.Buffer
	f := setupLineLog(zerolog.New(&b), 15*time.Second)
	for _, l := range []SetupLine{
		{Circuit: "rv32im-segment", Stage: "compile", Elapsed: 0, Summary: "a"},  // new stage: logged
		{Circuit: "rv32im-segment", Stage: "compile", Elapsed: 5, Summary: "b"},  // too soon
		{Circuit: "rv32im-segment", Stage: "compile", Elapsed: 16, Summary: "c"}, // an interval later
		{Circuit: "rv32im-segment", Stage: "setup", Elapsed: 17, Summary: "d"},   // new stage
		{Circuit: "rv32im-segment", Stage: "setup", Elapsed: 18, Done: true, Summary: "e"},
		{Circuit: "rv32im-aggregate", Stage: "setup", Elapsed: 18.5, Summary: "f"}, // new circuit
	} {
		f(l)
	}
	var got []string
	for _, line := range strings.Split(strings.TrimSpace(b.String()), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("%q: %v", line, err)
		}
		got = append(got, strings.TrimPrefix(m["message"].(string), "setting up the long-run keys: "))
	}
	if strings.Join(got, "") != "acdef" {
		t.Fatalf("logged %v, want a c d e f", got)
	}
}
