package node

import (
	"github.com/prometheus/client_golang/prometheus"

	"github.com/zkprover/zkprover/buildinfo"
)

// buildInfoGauge is zkprover_build_info: 1, labelled with the build (what a
// dashboard shows, and what an alert on mixed versions in a fleet reads).
func buildInfoGauge(bi buildinfo.Info) prometheus.Collector {
	g := prometheus.NewGaugeVec(prometheus.GaugeOpts{
		Name: "zkprover_build_info",
		Help: "1, labelled with the running build: version, commit (-dirty for uncommitted changes) and Go version.",
	}, []string{"version", "commit", "go_version"})
	g.WithLabelValues(bi.Version, bi.Commit, bi.GoVersion).Set(1)
	return g
}
