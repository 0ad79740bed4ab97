package aggregator

import (
	"fmt"

	"github.com/prometheus/client_golang/prometheus"
)

// metrics of the aggregator channel.
type metrics struct {
	connected *prometheus.GaugeVec     // 1 while a stream to the aggregator is open
	streams   *prometheus.CounterVec   // streams opened, by aggregator
	requests  *prometheus.CounterVec   // requests answered, by request type and result
	work      *prometheus.HistogramVec // aggregations and sequence final proofs proven, by kind and outcome
	pending   prometheus.GaugeFunc     // work items pending (set by New)
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	m := &metrics{
		connected: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "zkprover_aggregator_connected", Help: "1 while the stream to the aggregator is open.",
		}, []string{"aggregator"}),
		streams: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "zkprover_aggregator_streams_total", Help: "Streams opened to each aggregator.",
		}, []string{"aggregator"}),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "zkprover_aggregator_requests_total", Help: "Aggregator requests answered, by request type and result.",
		}, []string{"request", "result"}),
		work: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "zkprover_aggregator_work_seconds", Help: "Aggregations and sequence final proofs, by kind (aggregate, final) and outcome (done, failed, cancelled): seconds spent proving.",
			Buckets: prometheus.ExponentialBuckets(10, 2, 8),
		}, []string{"kind", "outcome"}),
	}
	if reg != nil {
		for _, c := range []prometheus.Collector{m.connected, m.streams, m.requests, m.work} {
			if err := reg.Register(c); err != nil {
				return nil, fmt.Errorf("registering aggregator metrics: %w", err)
			}
		}
	}
	return m, nil
}

// registerPending exports how many work items wait or run.
func (m *metrics) registerPending(reg prometheus.Registerer, count func() float64) error {
	if reg == nil {
		return nil
	}
	m.pending = prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "zkprover_aggregator_work_pending", Help: "Aggregations and sequence final proofs waiting or being proven.",
	}, count)
	if err := reg.Register(m.pending); err != nil {
		return fmt.Errorf("registering aggregator metrics: %w", err)
	}
	return nil
}
