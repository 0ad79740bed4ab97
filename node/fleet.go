package node

import (
	"context"
	"fmt"
	"net"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/config"
	"github.com/zkprover/zkprover/fleet"
	"github.com/zkprover/zkprover/prover/longrun"
	"github.com/zkprover/zkprover/tlsconf"
)

// fleetMember is the node's part in a prover fleet (docs/fleet.md): the
// embedded JetStream server (optional), the connection, and the fleet
// workers that prove segments with the node's segment provers.
type fleetMember struct {
	emb *fleet.Embedded
	f   *fleet.Fleet
}

// joinFleet starts the embedded server (fleet-embed) and connects to the
// fleet (fleet URLs, and the embedded server).
func (n *Node) joinFleet(ctx context.Context) (*fleetMember, error) {
	fc := n.cfg.Fleet
	log := n.opts.Logger.With().Str("component", "fleet").Logger()
	m := &fleetMember{}
	urls := append([]string(nil), fc.URLs...)
	auth := fleet.Auth{Token: fc.Token}
	if fc.Embed {
		ec, err := embedConfig(n.cfg, n.opts.Logger) // the fleet adds its component
		if err != nil {
			return nil, err
		}
		if m.emb, err = fleet.Embed(ctx, ec); err != nil {
			return nil, fmt.Errorf("starting the embedded fleet server: %w", err)
		}
		urls = append([]string{m.emb.ClientURL()}, urls...)
		log.Info().Str("client_url", m.emb.ClientURL()).Str("cluster_url", m.emb.ClusterURL()).Strs("routes", fc.Routes).
			Msg("embedded fleet server running")
	}
	cc := fleet.Config{URLs: urls, Auth: auth, Replicas: fc.Replicas, Log: n.opts.Logger} // the fleet adds its component
	if m.emb != nil {
		// The node's own connection to its embedded server stays in the
		// process: over the network it would dial tls://127.0.0.1 (or
		// 0.0.0.0) against a certificate naming the node's address, and
		// never join (session 30).
		cc.InProcess = m.emb
	} else if fc.TLSCA != "" || fc.TLSCert != "" {
		cc.TLS = &tlsconf.Client{CAFile: fc.TLSCA, CertFile: fc.TLSCert, KeyFile: fc.TLSKey}
	}
	var err error
	if m.f, err = fleet.Connect(ctx, cc); err != nil {
		m.close()
		return nil, fmt.Errorf("joining the fleet at %s: %w", strings.Join(urls, ","), err)
	}
	log.Info().Str("server", m.f.ConnectedURL()).Msg("joined the prover fleet")
	return m, nil
}

func (m *fleetMember) close() {
	if m.f != nil {
		m.f.Close()
	}
	if m.emb != nil {
		m.emb.Shutdown()
	}
}

// serve runs this node's fleet workers (one per segment prover) until ctx
// ends: a full node proves segments of any owner's jobs too.
func (m *fleetMember) serve(ctx context.Context, n *Node, k int, provers []longrun.SegmentProver) error {
	host, _ := os.Hostname()
	errc := make(chan error, len(provers))
	for i, p := range provers {
		w, err := fleet.NewWorker(m.f, fleet.WorkerConfig{ID: fmt.Sprintf("%s-%d-%d", sanitize(host), os.Getpid(), i), Prover: p,
			Classes: []int{k}, Log: n.opts.Logger}) // the worker adds its component
		if err != nil {
			return err
		}
		go func() { errc <- w.Run(ctx) }()
	}
	for range provers {
		if err := <-errc; err != nil && ctx.Err() == nil {
			n.log.Error().Err(err).Msg("a fleet worker stopped")
		}
	}
	return nil
}

// provers gives a job's segments to the fleet: the owner's side of job id
// (it finds results already in the stream after a restart) and its
// prover slots; release purges the job from the fleet unless the node is
// only stopping (a restart resumes from the results).
func (m *fleetMember) provers(ctx context.Context, job string, ks *longrun.Keys, tasks int) ([]longrun.SegmentProver, func(purge bool), error) {
	j, err := m.f.Job(ctx, job, ks.Segment)
	if err != nil {
		return nil, nil, fmt.Errorf("opening job %s on the fleet: %w", job, err)
	}
	return j.Provers(tasks), func(purge bool) {
		if purge {
			pctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			if err := j.Purge(pctx); err != nil {
				log := m.f.Config().Log.With().Str("component", "fleet").Logger()
				log.Warn().Err(err).Str("job", job).Msg("purging a finished job from the fleet")
			}
			cancel()
		}
		j.Close()
	}, nil
}

// status is the fleet's state in one line (GetStatus).
func (m *fleetMember) status(ctx context.Context) string {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	st, err := m.f.Status(ctx)
	if err != nil {
		return "unreachable: " + err.Error()
	}
	line := fmt.Sprintf("%d members, %d tasks pending, %d in flight (%d redelivered), %d results kept; on %s",
		len(st.Members), st.Pending, st.InFlight, st.Redelivered, st.Results, st.Server)
	// Members with other segment keys refuse this node's tasks (and it
	// theirs): shown, with who has which.
	if skew := st.KeySkew(); skew != "" {
		line += "; " + skew
	}
	return line
}

// splitPort splits HOST:PORT; port 0 asks for a free port.
func splitPort(addr string) (string, int, error) {
	host, p, err := net.SplitHostPort(addr)
	if err != nil {
		return "", 0, err
	}
	port, err := strconv.Atoi(p)
	if err != nil {
		return "", 0, fmt.Errorf("port %q: %w", p, err)
	}
	if port == 0 {
		port = -1
	}
	return host, port, nil
}

// sanitize keeps letters, digits, '-' and '_' (worker ids).
func sanitize(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '-' || r == '_' || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || (r >= '0' && r <= '9') {
			return r
		}
		return '-'
	}, s)
}

// fleetJoin is the node's membership of its fleet, joined in the
// background once the long-run keys are loaded (runLongRuns).
type fleetJoin struct {
	mu      sync.Mutex
	m       *fleetMember
	stopped bool
	cancel  context.CancelFunc // the fleet workers'
	served  chan struct{}      // closed when they have stopped
	ended   chan struct{}      // closed when join returns (joined, or gave up)
}

// newFleetJoin is a join not yet started.
func newFleetJoin() *fleetJoin { return &fleetJoin{ended: make(chan struct{})} }

// wait waits up to d (or ctx's end) for join to end, and says whether the
// node joined. Long jobs requeued by a restart are taken after it: taken
// before the join ended, they were proven here alone, their results in the
// fleet ignored and their tasks there proven again.
func (j *fleetJoin) wait(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-j.ended:
	case <-t.C:
	case <-ctx.Done():
	}
	return j.member() != nil
}

// member is the membership, nil until joined.
func (j *fleetJoin) member() *fleetMember {
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.m
}

// join joins the fleet (retrying until it answers or ctx ends) and runs
// this node's fleet workers with its segment provers; GetStatus says how
// it went.
func (j *fleetJoin) join(ctx context.Context, n *Node, k int, provers []longrun.SegmentProver, log zerolog.Logger) {
	defer close(j.ended)
	m, err := n.joinFleet(ctx)
	if err != nil {
		if ctx.Err() == nil {
			log.Error().Err(err).Msg("not in the fleet: long runs are proven by this node alone")
			n.fleetState.Store(&fleetState{err: err})
		}
		return
	}
	j.mu.Lock()
	if j.stopped || ctx.Err() != nil {
		j.mu.Unlock()
		m.close()
		return
	}
	// the workers outlive the long-runs part: stop ends them
	sctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	j.m, j.cancel, j.served = m, cancel, make(chan struct{})
	served := j.served
	j.mu.Unlock()
	if err := n.metrics.Registry.Register(fleet.NewCollector(m.f, 5*time.Second)); err != nil {
		log.Warn().Err(err).Msg("fleet metrics not registered")
	}
	n.fleetState.Store(&fleetState{m: m})
	go func() {
		defer close(served)
		_ = m.serve(sctx, n, k, provers)
	}()
}

// stop ends the fleet workers (a task in flight is given back) and then
// the connection and the embedded server; a join still under way closes
// what it joined.
func (j *fleetJoin) stop() {
	j.mu.Lock()
	j.stopped = true
	m, cancel, served := j.m, j.cancel, j.served
	j.mu.Unlock()
	if m == nil {
		return
	}
	cancel()
	select {
	case <-served:
	case <-time.After(time.Minute):
		log := m.f.Config().Log.With().Str("component", "fleet").Logger()
		log.Warn().Msg("fleet workers did not stop within a minute: closing the connection")
	}
	m.close()
}

// fleetState is what GetStatus says of the fleet: the membership, or why
// the node is not a member.
type fleetState struct {
	m   *fleetMember
	err error
}

// fleetStatus is GetStatus's fleet line ("" when the node has no fleet).
func (n *Node) fleetStatus(ctx context.Context) string {
	if !n.cfg.Fleet.Enabled() {
		return ""
	}
	st := n.fleetState.Load()
	switch {
	case st == nil:
		return "not joined yet (the node joins once its long-run keys are loaded; it proves long runs alone until then)"
	case st.err != nil:
		return "not joined: " + st.err.Error()
	default:
		return st.m.status(ctx)
	}
}

// embedConfig is the node's embedded fleet server: its listen and cluster
// addresses, its clients' and routes' credentials, and TLS with the node's
// certificate for both clients and routes.
func embedConfig(cfg config.Config, log zerolog.Logger) (fleet.EmbedConfig, error) {
	fc := cfg.Fleet
	auth := fleet.Auth{Token: fc.Token}
	host, port, err := splitPort(fc.Listen)
	if err != nil {
		return fleet.EmbedConfig{}, fmt.Errorf("fleet-listen: %w", err)
	}
	ec := fleet.EmbedConfig{Host: host, Port: port, StoreDir: cfg.FleetStore(), Auth: auth, Routes: fc.Routes,
		ClusterAuth: fleet.Auth{User: fc.RouteUser, Password: fc.RoutePass}, Log: log}
	if fc.Cluster != "" {
		if ec.ClusterHost, ec.ClusterPort, err = splitPort(fc.Cluster); err != nil {
			return fleet.EmbedConfig{}, fmt.Errorf("fleet-cluster: %w", err)
		}
	}
	if sec := cfg.Security; sec.TLSCert != "" {
		ec.TLS = &tlsconf.Server{CertFile: sec.TLSCert, KeyFile: sec.TLSKey, ClientCAFile: sec.TLSClientCA}
		if fc.Cluster != "" {
			// The routes carry the streams (witnesses, proofs): TLS on
			// both sides with the node's certificate (serverAuth and
			// clientAuth), the other members' certificates checked
			// against fleet-tls-ca (else the system's roots), and with
			// tls-client-ca the dialling member's against it (mTLS).
			ec.ClusterTLS = &tlsconf.Server{CertFile: sec.TLSCert, KeyFile: sec.TLSKey, ClientCAFile: sec.TLSClientCA}
			ec.ClusterTLSClient = &tlsconf.Client{CAFile: fc.TLSCA, CertFile: sec.TLSCert, KeyFile: sec.TLSKey}
		}
	}
	return ec, nil
}
