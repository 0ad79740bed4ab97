package node

import (
	"net"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/config"
	"github.com/zkprover/zkprover/connlimit"
)

// connLimits is what the node does at its listeners' doors: it bounds every
// listener's connections (config max-connections and max-connections-per-host),
// counts the refused ones and logs them, at most once a minute per listener so
// that a flood does not flood the log too; and it counts the HTTP doors'
// answers (count).
type connLimits struct {
	max, perHost int
	refused      *prometheus.CounterVec
	requests     *prometheus.CounterVec // zkprover_http_requests_total
	log          zerolog.Logger
}

func newConnLimits(cfg config.Node, reg *prometheus.Registry, log zerolog.Logger) (*connLimits, error) {
	c := &connLimits{max: cfg.MaxConns, perHost: cfg.MaxConnsPerHost, log: log,
		refused: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "zkprover_connections_refused_total",
			Help: "Connections closed on accept because a listener held max-connections (reason total) or their host held max-connections-per-host (reason per_host).",
		}, []string{"listener", "reason"})}
	if err := reg.Register(c.refused); err != nil {
		return nil, err
	}
	c.requests = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "zkprover_http_requests_total",
		Help: "Requests answered by the HTTP doors (the coprocessor gateway, the Infernet endpoint, the relay status API), by status code and method.",
	}, []string{"listener", "code", "method"})
	if err := reg.Register(c.requests); err != nil {
		return nil, err
	}
	return c, nil
}

// count counts h's answers in zkprover_http_requests_total{listener=what} (promhttp's
// instrumentation; nil c: h itself).
func (c *connLimits) count(what string, h http.Handler) http.Handler {
	if c == nil {
		return h
	}
	return promhttp.InstrumentHandlerCounter(c.requests.MustCurryWith(prometheus.Labels{"listener": what}), h)
}

// wrap bounds l, the listener named what (nil c: no bounds).
func (c *connLimits) wrap(what string, l net.Listener) net.Listener {
	if c == nil {
		return l
	}
	sampled := c.log.Sample(&zerolog.BurstSampler{Burst: 1, Period: time.Minute})
	return connlimit.Wrap(l, connlimit.Options{Max: c.max, MaxPerHost: c.perHost,
		Refused: func(remote net.Addr, why connlimit.Reason) {
			c.refused.WithLabelValues(what, string(why)).Inc()
			sampled.Warn().Str("listener", what).Str("remote", remote.String()).Str("reason", string(why)).
				Int("max_connections", c.max).Int("max_connections_per_host", c.perHost).
				Msg("connection refused: too many open (max-connections, max-connections-per-host); further refusals this minute are only counted")
		}})
}
