package listener

import (
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

var (
	descHead = prometheus.NewDesc("zkprover_listener_head_block",
		"The chain's head block as the listener last read it.", nil, nil)
	descProcessed = prometheus.NewDesc("zkprover_listener_processed_block",
		"The last block whose events the listener has handed on (absent before the first).", nil, nil)
	descLag = prometheus.NewDesc("zkprover_listener_lag_blocks",
		"Blocks at the confirmation depth not processed yet (head + 1 - confirmations - processed, at least 0): growing means the listener falls behind.", nil, nil)
	descFailures = prometheus.NewDesc("zkprover_listener_step_failures_total",
		"Listener steps that failed (the node unreachable or slow, a reorg while reading); each is retried.", nil, nil)
	descLastOK = prometheus.NewDesc("zkprover_listener_last_success_timestamp_seconds",
		"When a listener step last succeeded (unix seconds; absent before the first): alert when it stops moving.", nil, nil)
)

// Collector exports the listener's progress as Prometheus metrics: the head it read, the last
// processed block, the lag between them, failed steps and the time of the last good one.
func (l *Listener) Collector() prometheus.Collector { return collector{l} }

type collector struct{ l *Listener }

func (c collector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{descHead, descProcessed, descLag, descFailures, descLastOK} {
		ch <- d
	}
}

func (c collector) Collect(ch chan<- prometheus.Metric) {
	l := c.l
	ch <- prometheus.MustNewConstMetric(descFailures, prometheus.CounterValue, float64(l.failures.Load()))
	if ns := l.lastOK.Load(); ns != 0 {
		ch <- prometheus.MustNewConstMetric(descLastOK, prometheus.GaugeValue, float64(ns)/float64(time.Second))
	}
	head, headSet := l.head.Load(), l.headSet.Load()
	if headSet {
		ch <- prometheus.MustNewConstMetric(descHead, prometheus.GaugeValue, float64(head))
	}
	if !l.processedSet.Load() {
		return // nothing processed yet
	}
	processed := l.processed.Load()
	ch <- prometheus.MustNewConstMetric(descProcessed, prometheus.GaugeValue, float64(processed))
	if headSet {
		lag := uint64(0)
		if target := head + 1; target > l.opts.Confirmations && target-l.opts.Confirmations > processed {
			lag = target - l.opts.Confirmations - processed
		}
		ch <- prometheus.MustNewConstMetric(descLag, prometheus.GaugeValue, float64(lag))
	}
}
