package node

import (
	"fmt"
	"strings"
	"sync/atomic"
	"time"

	"github.com/zkprover/zkprover/executor"
	pb "github.com/zkprover/zkprover/proto/zkprover/v1"
)

// The aggregator channel's hooks in the node: its configuration settings and
// the connection report GetStatus shows. The channel itself (package
// aggregator) dials the aggregators and serves them through Jobs.

// AggregatorConn is the state of one aggregator connection.
type AggregatorConn struct {
	Addr      string    // HOST:PORT dialled
	State     string    // connecting, connected, backoff, stopped
	Since     time.Time // when State began
	Connects  uint64    // streams established so far
	Requests  uint64    // requests answered on every stream so far
	LastError string    // why the last stream ended or the last dial failed
}

// AggregatorReporter reports the aggregator connections (the aggregator
// package's Client).
type AggregatorReporter interface {
	Connections() []AggregatorConn
}

type reporterBox struct{ r AggregatorReporter }

// aggregatorReporter is kept apart from Node's fields in node.go.
type aggregatorReporter struct{ p atomic.Pointer[reporterBox] }

// ReportAggregators makes GetStatus include r's connections.
func (n *Node) ReportAggregators(r AggregatorReporter) { n.aggs.p.Store(&reporterBox{r}) }

// Aggregators returns the aggregator connections (nil when none are configured).
func (n *Node) Aggregators() []AggregatorConn {
	if b := n.aggs.p.Load(); b != nil && b.r != nil {
		return b.r.Connections()
	}
	return nil
}

// aggregatorStatus is the GetStatus form of the connections.
func aggregatorStatus(conns []AggregatorConn) []*pb.GetStatusResponse_Aggregator {
	var out []*pb.GetStatusResponse_Aggregator
	for _, c := range conns {
		a := &pb.GetStatusResponse_Aggregator{
			Addr: c.Addr, State: c.State, Connects: c.Connects, Requests: c.Requests, LastError: c.LastError,
		}
		if !c.Since.IsZero() {
			a.Since = uint64(c.Since.Unix())
		}
		out = append(out, a)
	}
	return out
}

// Limits are the executor limits every door maps requests with.
func (j *Jobs) Limits() executor.Limits { return j.limits }

// Defaults of the aggregator channel.
const (
	DefaultAggregatorWatchdog   = 60 * time.Second
	DefaultAggregatorBackoff    = time.Second
	DefaultAggregatorBackoffMax = 30 * time.Second
)

func aggregatorSettings(c *Config) []setting {
	return []setting{
		{"aggregator", "aggregator HOST:PORT to dial and serve (repeatable; comma-separated in env and config file lists)", (*listVal)(&c.Aggregators)},
		{"prover-name", "prover name reported to aggregators (default: the host name)", (*strVal)(&c.ProverName)},
		{"fork-id", "fork id reported to aggregators; they drop provers of another fork", (*u64Val)(&c.ForkID)},
		{"aggregator-watchdog", "drop and redial an aggregator stream after this long without a message", (*durVal)(&c.AggregatorWatchdog)},
		{"aggregator-backoff", "first redial delay after an aggregator stream ends (doubles, with jitter)", (*durVal)(&c.AggregatorBackoff)},
		{"aggregator-backoff-max", "cap on the aggregator redial delay", (*durVal)(&c.AggregatorBackoffMax)},
	}
}

func (c Config) validateAggregators() error {
	for _, a := range c.Aggregators {
		if a == "" || !strings.Contains(a, ":") {
			return fmt.Errorf("config: aggregator %q: want HOST:PORT", a)
		}
	}
	if c.AggregatorWatchdog <= 0 || c.AggregatorBackoff <= 0 || c.AggregatorBackoffMax < c.AggregatorBackoff {
		return fmt.Errorf("config: aggregator-watchdog and aggregator-backoff must be positive, aggregator-backoff-max at least aggregator-backoff")
	}
	return nil
}

// listVal is a list setting: Set takes comma-separated values and replaces
// the list; the --aggregator flag is repeatable (ConfigFlags).
type listVal []string

func (v *listVal) String() string { return strings.Join(*v, ",") }
func (v *listVal) Set(s string) error {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	*v = out
	return nil
}
func (v *listVal) Type() string { return "stringArray" }
