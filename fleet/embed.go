package fleet

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"strings"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/tlsconf"
)

// EmbedConfig configures a JetStream server run inside this process, so
// that a fleet needs nothing but the zkprover binary.
type EmbedConfig struct {
	// Name is the server's name, unique in its cluster (default: host:port).
	Name string
	// Host and Port the clients connect to (default 0.0.0.0:4222; Port -1:
	// a free port, see ClientURL).
	Host string
	Port int
	// StoreDir is where JetStream keeps its streams (required: it survives restarts).
	StoreDir string
	// ReadyTimeout bounds the wait for the server to accept clients
	// (default 3 minutes): one that cannot listen never does.
	ReadyTimeout time.Duration

	// Cluster: ClusterPort > 0 (or -1: a free port) makes the server a member
	// of the cluster ClusterName (default "zkprover-fleet"), dialling Routes
	// (nats-route://HOST:PORT of the other members; a route to itself is
	// ignored). Three servers survive the loss of one.
	ClusterName string
	ClusterHost string
	ClusterPort int
	Routes      []string
	// ClusterAuth is the user and password the cluster's servers present to
	// each other on their routes (optional; give every member the same).
	ClusterAuth Auth

	// Auth is what clients must present: a token, or a user and password.
	Auth Auth
	// TLS for clients (with ClientCAFile: mTLS). Optional.
	TLS *tlsconf.Server
	// ClusterTLS and ClusterTLSClient secure the routes: the server side of
	// each route and the client side (CA of the other members, this member's
	// certificate). Optional; both or neither.
	ClusterTLS       *tlsconf.Server
	ClusterTLSClient *tlsconf.Client

	// MaxStore bounds JetStream's disk use in bytes (0: the server's default,
	// a share of the disk).
	MaxStore int64

	Log zerolog.Logger
}

// Embedded is a JetStream server running in this process.
type Embedded struct {
	srv *server.Server
	log zerolog.Logger
}

// embedReady bounds Embed's wait for its server to accept clients: a
// server recovers its JetStream streams from disk before it listens (long
// after an unclean stop with a large store).
const embedReady = 3 * time.Minute

// Embed starts a JetStream server in this process and waits (until ctx
// ends, at most embedReady) until it accepts clients. On a cluster the JetStream leaders are
// elected once enough members are up: Connect retries until they are.
func Embed(ctx context.Context, cfg EmbedConfig) (*Embedded, error) {
	if cfg.StoreDir == "" {
		return nil, errors.New("fleet embed: no store folder")
	}
	if err := cfg.Auth.check(); err != nil {
		return nil, err
	}
	if err := cfg.ClusterAuth.check(); err != nil {
		return nil, err
	}
	if cfg.ClusterAuth.Token != "" {
		return nil, errors.New("fleet embed: routes authenticate with a user and password, not a token")
	}
	log := cfg.Log.With().Str("component", "fleet-server").Logger()
	opts := &server.Options{
		ServerName: cfg.Name, Host: cfg.Host, Port: cfg.Port,
		JetStream: true, StoreDir: cfg.StoreDir, JetStreamMaxStore: cfg.MaxStore,
		NoSigs: true, DisableJetStreamBanner: true,
		Authorization: cfg.Auth.Token, Username: cfg.Auth.User, Password: cfg.Auth.Password,
	}
	if opts.Host == "" {
		opts.Host = "0.0.0.0"
	}
	if opts.Port == 0 {
		opts.Port = 4222
	}
	tc, err := tlsServer(cfg.TLS)
	if err != nil {
		return nil, fmt.Errorf("fleet embed: client TLS: %w", err)
	}
	if tc != nil {
		opts.TLSConfig, opts.TLSTimeout = tc, 5
		opts.TLSVerify = tc.ClientCAs != nil
	}
	if cfg.ClusterPort != 0 {
		name := cfg.ClusterName
		if name == "" {
			name = "zkprover-fleet"
		}
		host := cfg.ClusterHost
		if host == "" {
			host = opts.Host
		}
		opts.Cluster = server.ClusterOpts{Name: name, Host: host, Port: cfg.ClusterPort,
			Username: cfg.ClusterAuth.User, Password: cfg.ClusterAuth.Password}
		if (cfg.ClusterTLS == nil) != (cfg.ClusterTLSClient == nil) {
			return nil, errors.New("fleet embed: cluster TLS needs both its server and its client side")
		}
		if cfg.ClusterTLS != nil {
			st, err := tlsServer(cfg.ClusterTLS)
			if err != nil {
				return nil, fmt.Errorf("fleet embed: cluster TLS: %w", err)
			}
			ct, err := cfg.ClusterTLSClient.Config()
			if err != nil {
				return nil, fmt.Errorf("fleet embed: cluster TLS: %w", err)
			}
			st.RootCAs, st.GetClientCertificate, st.ServerName = ct.RootCAs, ct.GetClientCertificate, ct.ServerName
			opts.Cluster.TLSConfig, opts.Cluster.TLSTimeout = st, 5
		}
		for _, r := range cfg.Routes {
			u, err := url.Parse(r)
			if err != nil || u.Host == "" {
				return nil, fmt.Errorf("fleet embed: route %q: want nats-route://HOST:PORT", r)
			}
			if cfg.ClusterAuth.User != "" && u.User == nil {
				u.User = url.UserPassword(cfg.ClusterAuth.User, cfg.ClusterAuth.Password)
			}
			opts.Routes = append(opts.Routes, u)
		}
	} else if len(cfg.Routes) > 0 {
		return nil, errors.New("fleet embed: routes need a cluster port")
	}
	srv, err := server.NewServer(opts)
	if err != nil {
		return nil, fmt.Errorf("fleet embed: %w", err)
	}
	srv.SetLoggerV2(natsLogger{log}, false, false, false)
	go srv.Start()
	// A server that cannot listen (its port taken) logs why and never gets
	// ready: given up after embedReady, not only when ctx ends.
	wait := cmp.Or(cfg.ReadyTimeout, embedReady)
	ready := time.Now().Add(wait)
	for !srv.ReadyForConnections(250 * time.Millisecond) {
		if ctx.Err() != nil {
			srv.Shutdown()
			return nil, fmt.Errorf("fleet embed: server not ready: %w", ctx.Err())
		}
		if time.Now().After(ready) {
			srv.Shutdown()
			return nil, fmt.Errorf("fleet embed: server not ready to accept clients on %s:%d within %s (is the port taken? its log says why)", cfg.Host, cfg.Port, wait)
		}
	}
	e := &Embedded{srv: srv, log: log}
	log.Info().Str("name", srv.Name()).Str("clients", e.ClientURL()).Str("cluster", e.ClusterURL()).
		Strs("routes", cfg.Routes).Str("store", cfg.StoreDir).Msg("embedded JetStream server started")
	return e, nil
}

// ClientURL is the nats:// URL clients connect to (a loopback address when
// the server listens on every interface).
func (e *Embedded) ClientURL() string { return e.srv.ClientURL() }

// InProcessConn is a connection to the server within this process (no
// network, no TLS): Embedded is a nats.InProcessConnProvider, for
// Config.InProcess.
func (e *Embedded) InProcessConn() (net.Conn, error) { return e.srv.InProcessConn() }

// ClusterURL is the nats-route:// URL other members route to ("" without a cluster).
func (e *Embedded) ClusterURL() string {
	a := e.srv.ClusterAddr()
	if a == nil {
		return ""
	}
	host := a.IP.String()
	if a.IP.IsUnspecified() {
		host = "127.0.0.1"
	}
	return "nats-route://" + net.JoinHostPort(host, fmt.Sprint(a.Port))
}

// Name is the server's name in its cluster.
func (e *Embedded) Name() string { return e.srv.Name() }

// Shutdown stops the server (clients reconnect to the cluster's other members).
func (e *Embedded) Shutdown() {
	e.srv.Shutdown()
	e.srv.WaitForShutdown()
	e.log.Info().Str("name", e.srv.Name()).Msg("embedded JetStream server stopped")
}

// natsLogger sends the NATS server's logs to zerolog.
type natsLogger struct{ log zerolog.Logger }

func (l natsLogger) Noticef(format string, v ...any) { l.log.Debug().Msgf(format, v...) }
func (l natsLogger) Warnf(format string, v ...any)   { l.log.Warn().Msgf(format, v...) }
func (l natsLogger) Fatalf(format string, v ...any) {
	l.log.Error().Msgf(strings.TrimSpace(format), v...)
}
func (l natsLogger) Errorf(format string, v ...any) { l.log.Error().Msgf(format, v...) }
func (l natsLogger) Debugf(format string, v ...any) { l.log.Debug().Msgf(format, v...) }
func (l natsLogger) Tracef(format string, v ...any) { l.log.Trace().Msgf(format, v...) }
