package jobs

import (
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/zkprover/zkprover/queue"
)

// Metrics are the node's Prometheus metrics, on their own registry.
type Metrics struct {
	Registry *prometheus.Registry

	JobDuration    *prometheus.HistogramVec // seconds from start to finish, by outcome
	QueueWait      prometheus.Histogram     // seconds from admission to start
	ProofDuration  prometheus.Histogram     // seconds spent proving
	ExecDuration   prometheus.Histogram     // seconds spent executing (fast mode)
	Failures       *prometheus.CounterVec   // failed jobs and refused requests, by reason
	Requests       *prometheus.CounterVec   // calls by rpc and result
	ProverReady    prometheus.Gauge         // 1 once proving keys are loaded
	ProveCycles    prometheus.Histogram     // cycles of proved runs
	GetProofWaits  prometheus.Gauge         // GetProof requests currently waiting
	ShutdownStates prometheus.Gauge         // 1 while shutting down
}

// queueCollector reports queue depth by state, the bytes the stored jobs
// hold and the records set aside at scrape time.
type queueCollector struct {
	store                   *queue.Store
	desc, bytes, quarantine *prometheus.Desc
	free                    *prometheus.Desc
}

func newQueueCollector(store *queue.Store) queueCollector {
	return queueCollector{
		store:      store,
		desc:       prometheus.NewDesc("zkprover_jobs", "Jobs in the store by state (queue depth: queued, running).", []string{"state"}, nil),
		bytes:      prometheus.NewDesc("zkprover_store_job_bytes", "Bytes of the stored jobs' requests and results, finished ones included until swept (bounded by max-stored-bytes).", nil, nil),
		quarantine: prometheus.NewDesc("zkprover_store_quarantined", "Store records that did not decode or read, set aside since the node started (see the error log).", nil, nil),
		free:       prometheus.NewDesc("zkprover_store_free_bytes", "Free bytes on the job store's disk (new jobs are refused below min-free-disk; -1 when unreadable).", nil, nil),
	}
}

func (c queueCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- c.desc
	ch <- c.bytes
	ch <- c.quarantine
	ch <- c.free
}

func (c queueCollector) Collect(ch chan<- prometheus.Metric) {
	for st, n := range c.store.Counts() {
		ch <- prometheus.MustNewConstMetric(c.desc, prometheus.GaugeValue, float64(n), string(st))
	}
	ch <- prometheus.MustNewConstMetric(c.bytes, prometheus.GaugeValue, float64(c.store.StoredBytes()))
	ch <- prometheus.MustNewConstMetric(c.quarantine, prometheus.GaugeValue, float64(c.store.Quarantined()))
	ch <- prometheus.MustNewConstMetric(c.free, prometheus.GaugeValue, float64(c.store.FreeBytes()))
}

// NewMetrics builds the metrics and registers them, the queue depth
// collector for store, and the Go and process collectors.
func NewMetrics(store *queue.Store) *Metrics {
	reg := prometheus.NewRegistry()
	durations := []float64{0.01, 0.05, 0.1, 0.5, 1, 2, 5, 10, 30, 60, 120, 300, 600, 1800, 3600, 7200, 14400, 43200} // long runs: hours
	m := &Metrics{
		Registry: reg,
		JobDuration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "zkprover_job_duration_seconds", Help: "Time from a job's start to its end, by outcome (done, failed, cancelled, requeued).",
			Buckets: durations,
		}, []string{"outcome"}),
		QueueWait: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "zkprover_job_queue_wait_seconds", Help: "Time jobs waited in the queue before starting.", Buckets: durations,
		}),
		ProofDuration: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "zkprover_proof_duration_seconds", Help: "Time spent making one proof (trace, witness, Groth16).", Buckets: durations,
		}),
		ExecDuration: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "zkprover_execute_duration_seconds", Help: "Time spent executing a program without a proof.", Buckets: prometheus.ExponentialBuckets(0.0001, 4, 12),
		}),
		Failures: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "zkprover_failures_total", Help: "Failed jobs and refused requests, by reason (see docs/node.md).",
		}, []string{"reason"}),
		Requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "zkprover_requests_total", Help: "zkprover gRPC requests by rpc and result code.",
		}, []string{"rpc", "result"}),
		ProverReady: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "zkprover_prover_ready", Help: "1 once the proving keys are loaded (0 while BOOTING).",
		}),
		ProveCycles: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "zkprover_job_cycles", Help: "Cycles of the runs of finished jobs.", Buckets: prometheus.ExponentialBuckets(16, 4, 12),
		}),
		GetProofWaits: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "zkprover_getproof_waiting", Help: "GetProof requests currently waiting for a job to finish.",
		}),
		ShutdownStates: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "zkprover_halting", Help: "1 while the node is shutting down (HALT).",
		}),
	}
	reg.MustRegister(m.JobDuration, m.QueueWait, m.ProofDuration, m.ExecDuration, m.Failures, m.Requests,
		m.ProverReady, m.ProveCycles, m.GetProofWaits, m.ShutdownStates,
		newQueueCollector(store),
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// observeJob records a job's duration by outcome (m may be nil).
func (m *Metrics) observeJob(outcome string, took time.Duration) {
	if m != nil {
		m.JobDuration.WithLabelValues(outcome).Observe(took.Seconds())
	}
}
