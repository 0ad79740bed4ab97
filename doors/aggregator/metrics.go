package aggregator

import (
	"fmt"

	"github.com/prometheus/client_golang/prometheus"
)

// metrics of the aggregator channel.
type metrics struct {
	connected *prometheus.GaugeVec   // 1 while a stream to the aggregator is open
	streams   *prometheus.CounterVec // streams opened, by aggregator
	requests  *prometheus.CounterVec // requests answered, by request type and result
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
	}
	if reg != nil {
		for _, c := range []prometheus.Collector{m.connected, m.streams, m.requests} {
			if err := reg.Register(c); err != nil {
				return nil, fmt.Errorf("registering aggregator metrics: %w", err)
			}
		}
	}
	return m, nil
}
