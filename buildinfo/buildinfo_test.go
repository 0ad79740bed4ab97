package buildinfo

import (
	"runtime/debug"
	"testing"
)

// TestFrom: a release build names its version; a checkout's build is devel with its commit
// (12 digits, -dirty for uncommitted changes) and time; without VCS data the commit is unknown.
func TestFrom(t *testing.T) {
	for _, c := range []struct {
		bi   debug.BuildInfo
		want string
	}{
		{debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v1.2.3"}}, "v1.2.3 (commit unknown, go1.26.8)"},
		{debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "(devel)"}, Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "0123456789abcdef0123"}, {Key: "vcs.time", Value: "2026-12-06T21:00:00Z"}, {Key: "vcs.modified", Value: "true"}}},
			"devel (commit 0123456789ab-dirty, 2026-12-06T21:00:00Z, go1.26.8)"},
		{debug.BuildInfo{Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: "abc"}, {Key: "vcs.modified", Value: "false"}}}, "devel (commit abc)"},
	} {
		if got := from(&c.bi).String(); got != c.want {
			t.Errorf("%q, want %q", got, c.want)
		}
	}
	if Get().String() == "" {
		t.Fatal("the test binary's build says nothing")
	}
}
