package fleet

import (
	"context"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Collector reports the fleet's Status as Prometheus gauges at scrape time
// (register it on the node's registry): zkprover_fleet_tasks{state=pending|
// in_flight|redelivered}, zkprover_fleet_results, zkprover_fleet_witness_bytes,
// zkprover_fleet_members, zkprover_fleet_worker_proofs{worker} (a counter per
// worker life) and zkprover_fleet_up (0 when the status could not be read).
type Collector struct {
	f       *Fleet
	timeout time.Duration

	tasks, results, witness, members, proofs, up *prometheus.Desc
}

// NewCollector returns the fleet's collector; each scrape reads the status
// within timeout (default 5 s).
func NewCollector(f *Fleet, timeout time.Duration) *Collector {
	if timeout <= 0 {
		timeout = 5 * time.Second
	}
	return &Collector{f: f, timeout: timeout,
		tasks:   prometheus.NewDesc("zkprover_fleet_tasks", "Segment tasks on the fleet, by state.", []string{"state"}, nil),
		results: prometheus.NewDesc("zkprover_fleet_results", "Results in the fleet's results stream.", nil, nil),
		witness: prometheus.NewDesc("zkprover_fleet_witness_bytes", "Bytes of witnesses in the fleet's object store.", nil, nil),
		members: prometheus.NewDesc("zkprover_fleet_members", "Live fleet workers (heartbeat seen).", nil, nil),
		proofs:  prometheus.NewDesc("zkprover_fleet_worker_proofs", "Proofs published by each live worker since it started.", []string{"worker"}, nil),
		up:      prometheus.NewDesc("zkprover_fleet_up", "1 when the fleet's status could be read.", nil, nil),
	}
}

// Describe implements prometheus.Collector.
func (c *Collector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{c.tasks, c.results, c.witness, c.members, c.proofs, c.up} {
		ch <- d
	}
}

// Collect implements prometheus.Collector.
func (c *Collector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), c.timeout)
	defer cancel()
	st, err := c.f.Status(ctx)
	if err != nil {
		c.f.log.Debug().Err(err).Msg("fleet metrics: status")
		ch <- prometheus.MustNewConstMetric(c.up, prometheus.GaugeValue, 0)
		return
	}
	ch <- prometheus.MustNewConstMetric(c.up, prometheus.GaugeValue, 1)
	ch <- prometheus.MustNewConstMetric(c.tasks, prometheus.GaugeValue, float64(st.Pending), "pending")
	ch <- prometheus.MustNewConstMetric(c.tasks, prometheus.GaugeValue, float64(st.InFlight), "in_flight")
	ch <- prometheus.MustNewConstMetric(c.tasks, prometheus.GaugeValue, float64(st.Redelivered), "redelivered")
	ch <- prometheus.MustNewConstMetric(c.results, prometheus.GaugeValue, float64(st.Results))
	ch <- prometheus.MustNewConstMetric(c.witness, prometheus.GaugeValue, float64(st.Witnesses))
	ch <- prometheus.MustNewConstMetric(c.members, prometheus.GaugeValue, float64(len(st.Members)))
	for _, m := range st.Members {
		ch <- prometheus.MustNewConstMetric(c.proofs, prometheus.CounterValue, float64(m.Proofs), m.ID)
	}
}
