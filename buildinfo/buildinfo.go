// Package buildinfo says which build of zkprover is running: the module
// version, the VCS commit the binary was built from (go build records it from
// a git checkout) and the Go version, read from the binary itself
// (runtime/debug.ReadBuildInfo), for --version, the start-up log and the
// zkprover_build_info metric.
package buildinfo

import (
	"runtime/debug"
	"strings"
)

// Info is a binary's build.
type Info struct {
	Version   string // the main module's version; "devel" for a build of a checkout
	Commit    string // the VCS revision (12 hex digits), with "-dirty" for uncommitted changes; "unknown" when not recorded
	Time      string // the commit's time (RFC 3339), "" when not recorded
	GoVersion string
}

// linkedCommit is the commit `make build` links in (-ldflags -X), for
// builds without Go's VCS stamping (-buildvcs=false).
var linkedCommit string

// Get reads the running binary's build information.
func Get() Info {
	i := Info{Version: "devel", Commit: "unknown"}
	if bi, ok := debug.ReadBuildInfo(); ok {
		i = from(bi)
	}
	if i.Commit == "unknown" && linkedCommit != "" {
		i.Commit = linkedCommit
	}
	return i
}

func from(bi *debug.BuildInfo) Info {
	i := Info{Version: "devel", Commit: "unknown", GoVersion: bi.GoVersion}
	if v := bi.Main.Version; v != "" && v != "(devel)" {
		i.Version = v
	}
	var rev string
	var dirty bool
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			i.Time = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if rev != "" {
		if len(rev) > 12 {
			rev = rev[:12]
		}
		i.Commit = rev
		if dirty {
			i.Commit += "-dirty"
		}
	}
	return i
}

// String is one line: "devel (commit 0123456789ab, 2026-12-06T21:00:00Z, go1.26.8)".
func (i Info) String() string {
	var parts []string
	parts = append(parts, "commit "+i.Commit)
	if i.Time != "" {
		parts = append(parts, i.Time)
	}
	if i.GoVersion != "" {
		parts = append(parts, i.GoVersion)
	}
	return i.Version + " (" + strings.Join(parts, ", ") + ")"
}
