package chain

import "github.com/prometheus/client_golang/prometheus"

var descRequests = prometheus.NewDesc("zkprover_chain_requests",
	"Chain requests the bridge keeps (onchain jobs, subscription intervals, offchain jobs relayed), by stage: proving, relaying, rejected (the node refused the job), no_result (its node job failed or was cancelled), cancelled (on chain). A gauge: entries are deleted after the retention.",
	[]string{"stage"}, nil)

// Collector exports the bridge's entries by stage as zkprover_chain_requests{stage}: what the
// relayer never sees (requests rejected, or whose job failed) shows there.
func (b *Bridge) Collector() prometheus.Collector { return collector{b} }

type collector struct{ b *Bridge }

func (c collector) Describe(ch chan<- *prometheus.Desc) { ch <- descRequests }

func (c collector) Collect(ch chan<- prometheus.Metric) {
	counts := map[Stage]int{StageProving: 0, StageRelaying: 0, StageRejected: 0, StageNoResult: 0, StageCancelled: 0}
	c.b.mu.Lock()
	for _, e := range c.b.entries {
		counts[e.Stage]++
	}
	c.b.mu.Unlock()
	for s, n := range counts {
		ch <- prometheus.MustNewConstMetric(descRequests, prometheus.GaugeValue, float64(n), string(s))
	}
}
