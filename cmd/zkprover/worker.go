package main

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"net"
	"os"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/rs/zerolog"
	"github.com/spf13/cobra"

	"github.com/zkprover/zkprover/config"
	"github.com/zkprover/zkprover/fleet"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/tlsconf"
)

// fleetFlags are the flags every fleet command shares: where the fleet is
// and how to authenticate (docs/fleet.md). Secrets also come from the
// environment, so that they stay out of process listings.
type fleetFlags struct {
	urls                    string
	token, user, password   string
	tlsCA, tlsCert, tlsKey  string
	replicas                int
	ackWait, timeout        time.Duration
	logLevel, logFormat     string
	tlsServerName           string
	heartbeat               time.Duration
	maxDeliver, maxAttempts int
}

func (ff *fleetFlags) register(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringVar(&ff.urls, "fleet", "", "NATS URLs of the fleet, comma-separated: nats://HOST:4222[,...] (env ZKPROVER_FLEET)")
	f.StringVar(&ff.token, "fleet-token", "", "NATS token (env ZKPROVER_FLEET_TOKEN)")
	f.StringVar(&ff.user, "fleet-user", "", "NATS user (env ZKPROVER_FLEET_USER)")
	f.StringVar(&ff.password, "fleet-password", "", "NATS password (env ZKPROVER_FLEET_PASSWORD)")
	f.StringVar(&ff.tlsCA, "fleet-tls-ca", "", "CA file of the servers' certificates (TLS)")
	f.StringVar(&ff.tlsCert, "fleet-tls-cert", "", "client certificate (mTLS)")
	f.StringVar(&ff.tlsKey, "fleet-tls-key", "", "client key (mTLS)")
	f.StringVar(&ff.tlsServerName, "fleet-tls-server-name", "", "name expected in the servers' certificates (default: the host dialled)")
	f.IntVar(&ff.replicas, "fleet-replicas", 1, "replicas of the fleet's streams when this member creates them: 1, or 3 on a 3-server cluster")
	f.DurationVar(&ff.ackWait, "fleet-ack-wait", fleet.DefaultAckWait, "ack wait of the task consumers when this member creates them: a dead worker's task is delivered again after it")
	f.IntVar(&ff.maxDeliver, "fleet-max-deliver", fleet.DefaultMaxDeliver, "deliveries of one task before it is given up (when this member creates the consumers)")
	f.IntVar(&ff.maxAttempts, "fleet-max-attempts", fleet.DefaultMaxAttempts, "rejected results of one segment before its owner fails it")
	f.DurationVar(&ff.heartbeat, "fleet-heartbeat", fleet.DefaultHeartbeat, "how often a worker refreshes its member record")
	f.DurationVar(&ff.timeout, "fleet-timeout", fleet.DefaultTimeout, "timeout of each JetStream request")
	f.StringVar(&ff.logLevel, "log-level", "info", "log level (logs go to stderr)")
	f.StringVar(&ff.logFormat, "log-format", "console", "log format: json or console")
}

func (ff *fleetFlags) logger() zerolog.Logger {
	cfg := config.Default()
	cfg.Log.Level, cfg.Log.Format = ff.logLevel, ff.logFormat
	return cfg.Logger()
}

func (ff *fleetFlags) config(log zerolog.Logger) (fleet.Config, error) {
	for _, v := range []struct {
		dst *string
		env string
	}{{&ff.urls, "ZKPROVER_FLEET"}, {&ff.token, "ZKPROVER_FLEET_TOKEN"}, {&ff.user, "ZKPROVER_FLEET_USER"}, {&ff.password, "ZKPROVER_FLEET_PASSWORD"}} {
		if *v.dst == "" {
			*v.dst = os.Getenv(v.env)
		}
	}
	if ff.urls == "" {
		return fleet.Config{}, fmt.Errorf("--fleet is required (nats://HOST:PORT[,...])")
	}
	cfg := fleet.Config{
		URLs: strings.Split(ff.urls, ","), Auth: fleet.Auth{Token: ff.token, User: ff.user, Password: ff.password},
		Replicas: ff.replicas, AckWait: ff.ackWait, MaxDeliver: ff.maxDeliver, MaxAttempts: ff.maxAttempts,
		Heartbeat: ff.heartbeat, Timeout: ff.timeout, Log: log,
	}
	if ff.tlsCA != "" || ff.tlsCert != "" || ff.tlsKey != "" || strings.Contains(ff.urls, "tls://") {
		cfg.TLS = &tlsconf.Client{CAFile: ff.tlsCA, CertFile: ff.tlsCert, KeyFile: ff.tlsKey, ServerName: ff.tlsServerName}
	}
	return cfg, nil
}

// newWorkerCmd is `zkprover worker`: a fleet member that only proves.
func newWorkerCmd() *cobra.Command {
	var (
		ff    fleetFlags
		keys  string
		fam   string
		class int
		id    string
		gpu   bool
	)
	cmd := &cobra.Command{
		Use:   "worker",
		Short: "Prove segments for a fleet: pull tasks from NATS JetStream, prove them, publish the proofs (docs/fleet.md)",
		Long: `Joins a prover fleet (docs/fleet.md) as a worker: it has the segment keys
and no API and no chain. It pulls segment tasks of its classes from the
fleet's JetStream work queue, proves each one (in-progress acks while it
proves), publishes the proof and acknowledges the task, until it is stopped
(SIGINT/SIGTERM: a task in progress is given back at once; SIGKILL: it is
delivered again after the ack wait).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if keys == "" {
				return fmt.Errorf("worker: --keys is required (the segment key store, e.g. <data>/keys/longrun/segment)")
			}
			log := ff.logger().With().Int("pid", os.Getpid()).Logger()
			setGnarkLogger(log)
			cfg, err := ff.config(log)
			if err != nil {
				return fmt.Errorf("worker: %w", err)
			}
			opts := []prover.Option{prover.WithLogger(log), prover.WithGPU(gpu)}
			var family prover.Family
			switch fam {
			case prover.RV32IMSegments{}.Name():
				family = prover.RV32IMSegments{}
			default:
				return fmt.Errorf("worker: unknown circuit family %q (rv32im-segment)", fam)
			}
			opts = append(opts, prover.WithFamily(family))
			if class > 0 {
				opts = append(opts, prover.WithClasses(class))
			}
			ctx := cmd.Context()
			p, err := prover.Open(ctx, keys, opts...)
			if err != nil {
				return fmt.Errorf("worker: opening the keys in %s: %w", keys, err)
			}
			defer p.Close()
			var classes []int
			for _, m := range p.Classes() {
				classes = append(classes, m.LogSteps)
			}
			if len(classes) == 0 {
				return fmt.Errorf("worker: no segment class in %s: run the long-run setup first (docs/recursion.md)", keys)
			}
			cctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
			f, err := fleet.Connect(cctx, cfg)
			cancel()
			if err != nil {
				return fmt.Errorf("worker: %w", err)
			}
			defer f.Close()
			w, err := fleet.NewWorker(f, fleet.WorkerConfig{ID: id, Prover: p, Family: family, Classes: classes, Log: log})
			if err != nil {
				return fmt.Errorf("worker: %w", err)
			}
			return w.Run(ctx)
		},
	}
	ff.register(cmd)
	cmd.Flags().StringVar(&keys, "keys", "", "the segment family's key store folder (<data>/keys/longrun/segment)")
	cmd.Flags().StringVar(&fam, "family", prover.RV32IMSegments{}.Name(), "circuit family of the keys (rv32im-segment)")
	cmd.Flags().IntVar(&class, "class", 0, "segment class (log2 of steps) to prove; 0: every class in the folder")
	cmd.Flags().StringVar(&id, "id", "", "worker id in results and status (default <host>-<pid>)")
	cmd.Flags().BoolVar(&gpu, "gpu", false, "prove on a CUDA GPU through ICICLE (binary built with -tags icicle)")
	return cmd
}

// newFleetCmd is `zkprover fleet`: the fleet's status and a standalone
// JetStream server.
func newFleetCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "fleet",
		Short: "A prover fleet over NATS JetStream: status, and a JetStream server (docs/fleet.md)",
	}
	cmd.AddCommand(newFleetStatusCmd(), newFleetServerCmd())
	return cmd
}

func newFleetStatusCmd() *cobra.Command {
	var (
		ff      fleetFlags
		asJSON  bool
		timeout time.Duration
	)
	cmd := &cobra.Command{
		Use:   "status",
		Short: "Show the fleet's tasks (pending, in flight, redelivered), results and members",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if ff.logLevel == "info" {
				ff.logLevel = "warn"
			}
			cfg, err := ff.config(ff.logger())
			if err != nil {
				return fmt.Errorf("fleet status: %w", err)
			}
			ctx, cancel := context.WithTimeout(cmd.Context(), timeout)
			defer cancel()
			f, err := fleet.Connect(ctx, cfg)
			if err != nil {
				return fmt.Errorf("fleet status: %w", err)
			}
			defer f.Close()
			st, err := f.Status(ctx)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if asJSON {
				enc := json.NewEncoder(out)
				enc.SetIndent("", "  ")
				return enc.Encode(st)
			}
			printFleetStatus(out, st)
			return nil
		},
	}
	ff.register(cmd)
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	cmd.Flags().DurationVar(&timeout, "timeout", 30*time.Second, "give up after this long")
	return cmd
}

func printFleetStatus(out io.Writer, st *fleet.Status) {
	fmt.Fprintf(out, "server:       %s (replicas %d)\n", st.Server, st.Replicas)
	fmt.Fprintf(out, "tasks:        %d pending, %d in flight, %d redelivered\n", st.Pending, st.InFlight, st.Redelivered)
	fmt.Fprintf(out, "results:      %d in the stream; task objects %d bytes\n", st.Results, st.Witnesses)
	for _, c := range st.Classes {
		fmt.Fprintf(out, "class 2^%-3d   %d pending, %d in flight, %d redelivered, %d idle pulls\n", c.Class, c.Pending, c.InFlight, c.Redelivered, c.Waiting)
	}
	fmt.Fprintf(out, "members:      %d\n", len(st.Members))
	if len(st.Members) == 0 {
		return
	}
	tw := tabwriter.NewWriter(out, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "  ID\tHOST\tCLASSES\tKEYS\tPROOFS\tFAILED\tREFUSED\tAVG PROVE\tTASK\tSEEN")
	for _, m := range st.Members {
		avg := "-"
		if m.Proofs > 0 {
			avg = (time.Duration(m.ProveMS/m.Proofs) * time.Millisecond).String()
		}
		task := m.Task
		if task == "" {
			task = "idle"
		}
		fmt.Fprintf(tw, "  %s\t%s\t%v\t%s\t%d\t%d\t%d\t%s\t%s\t%s ago\n", m.ID, m.Host, m.Classes, memberKeys(m), m.Proofs, m.Failures,
			m.Refused, avg, task, time.Since(m.Seen).Round(time.Second))
	}
	_ = tw.Flush()
	// members with other segment keys refuse each other's owners' tasks
	if skew := st.KeySkew(); skew != "" {
		fmt.Fprintf(out, "KEYS DIFFER:  %s (a worker refuses the tasks of owners whose keys are not its own: set them up from the same keys)\n", skew)
	}
}

// memberKeys is a member's key digests by class, shortened ("-" when it
// does not say).
func memberKeys(m fleet.Member) string {
	if len(m.Keys) == 0 {
		return "-"
	}
	var parts []string
	for _, k := range slices.Sorted(maps.Keys(m.Keys)) {
		parts = append(parts, fmt.Sprintf("2^%d:%.12s", k, m.Keys[k]))
	}
	return strings.Join(parts, ",")
}

// offLoopback says whether the server listens beyond this machine.
func offLoopback(cfg fleet.EmbedConfig) bool {
	if !tlsconf.Loopback(net.JoinHostPort(cfg.Host, "0")) {
		return true
	}
	return cfg.ClusterPort != 0 && !tlsconf.Loopback(net.JoinHostPort(cmp.Or(cfg.ClusterHost, cfg.Host), "0"))
}

// checkFleetServer refuses a fleet server that anyone who reaches it could
// use: off loopback it needs clients' credentials (a token, a user and
// password, or client certificates of --tls-ca), and a cluster port off
// loopback needs the route user, unless insecure.
func checkFleetServer(cfg fleet.EmbedConfig, insecure bool) error {
	if insecure || !offLoopback(cfg) {
		return nil
	}
	mtls := cfg.TLS != nil && cfg.TLS.ClientCAFile != ""
	if cfg.Auth.Token == "" && cfg.Auth.User == "" && !mtls {
		return fmt.Errorf("fleet server: listening off loopback (host %q) needs clients' credentials: set ZKPROVER_FLEET_TOKEN (or ZKPROVER_FLEET_USER and ZKPROVER_FLEET_PASSWORD, or --tls-ca for client certificates), or pass --insecure (docs/fleet.md)", cfg.Host)
	}
	if cfg.ClusterPort != 0 && !tlsconf.Loopback(net.JoinHostPort(cmp.Or(cfg.ClusterHost, cfg.Host), "0")) && cfg.ClusterAuth.User == "" {
		return fmt.Errorf("fleet server: the cluster port listens off loopback: routes need --cluster-user and --cluster-password (any server could route in and read the streams), or pass --insecure (docs/fleet.md)")
	}
	return nil
}

// newFleetServerCmd is `zkprover fleet server`: an embedded JetStream server
// on its own, for machines that run workers only (or until the node runs
// one with --fleet-embed).
func newFleetServerCmd() *cobra.Command {
	var (
		cfg                      fleet.EmbedConfig
		routes                   string
		logLevel, logFormat      string
		tlsCert, tlsKey, tlsCA   string
		clusterUser, clusterPass string
		insecure                 bool
	)
	cmd := &cobra.Command{
		Use:   "server",
		Short: "Run a JetStream server for the fleet (clustered with --routes) until stopped",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c := config.Default()
			c.Log.Level, c.Log.Format = logLevel, logFormat
			cfg.Log = c.Logger()
			if routes != "" {
				cfg.Routes = strings.Split(routes, ",")
			}
			cfg.Auth.Token = os.Getenv("ZKPROVER_FLEET_TOKEN")
			cfg.Auth.User, cfg.Auth.Password = os.Getenv("ZKPROVER_FLEET_USER"), os.Getenv("ZKPROVER_FLEET_PASSWORD")
			cfg.ClusterAuth = fleet.Auth{User: clusterUser, Password: clusterPass}
			if p := os.Getenv("ZKPROVER_FLEET_CLUSTER_PASSWORD"); p != "" && clusterPass == "" {
				cfg.ClusterAuth.Password = p
			}
			if tlsCert != "" || tlsKey != "" {
				cfg.TLS = &tlsconf.Server{CertFile: tlsCert, KeyFile: tlsKey, ClientCAFile: tlsCA}
				if cfg.ClusterPort != 0 {
					cfg.ClusterTLS = &tlsconf.Server{CertFile: tlsCert, KeyFile: tlsKey, ClientCAFile: tlsCA}
					cfg.ClusterTLSClient = &tlsconf.Client{CAFile: tlsCA, CertFile: tlsCert, KeyFile: tlsKey}
				}
			}
			if err := checkFleetServer(cfg, insecure); err != nil {
				return err
			}
			if cfg.TLS == nil && offLoopback(cfg) {
				cfg.Log.Warn().Str("host", cfg.Host).Msg("fleet server off loopback without TLS: tokens, witnesses and proofs travel in clear (--tls-cert, --tls-key)")
			}
			ctx := cmd.Context()
			sctx, cancel := context.WithTimeout(ctx, time.Minute)
			e, err := fleet.Embed(sctx, cfg)
			cancel()
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "fleet server %s: clients %s, cluster %s\n", e.Name(), e.ClientURL(), e.ClusterURL())
			<-ctx.Done()
			e.Shutdown()
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&cfg.Name, "name", "", "server name, unique in the cluster (default: generated)")
	f.StringVar(&cfg.Host, "host", "127.0.0.1", "client listen host (0.0.0.0: every interface, which needs clients' credentials)")
	f.BoolVar(&insecure, "insecure", false, "serve off loopback without clients' credentials (anyone who reaches the port can queue and read tasks)")
	f.IntVar(&cfg.Port, "port", 4222, "client port")
	f.StringVar(&cfg.StoreDir, "store", "", "JetStream store folder (required)")
	f.StringVar(&cfg.ClusterName, "cluster-name", "zkprover-fleet", "cluster name (the same on every member)")
	f.StringVar(&cfg.ClusterHost, "cluster-host", "", "cluster listen host (default: --host)")
	f.IntVar(&cfg.ClusterPort, "cluster-port", 0, "cluster (route) port, e.g. 6222; 0: no cluster")
	f.StringVar(&routes, "routes", "", "the other members' routes: nats-route://HOST:6222,... ")
	f.StringVar(&clusterUser, "cluster-user", "", "user the members present to each other on routes")
	f.StringVar(&clusterPass, "cluster-password", "", "its password (env ZKPROVER_FLEET_CLUSTER_PASSWORD)")
	f.StringVar(&tlsCert, "tls-cert", "", "server certificate (clients and routes)")
	f.StringVar(&tlsKey, "tls-key", "", "server key")
	f.StringVar(&tlsCA, "tls-ca", "", "CA of client and route certificates: mTLS")
	f.Int64Var(&cfg.MaxStore, "max-store", 0, "bound on JetStream's disk use in bytes (0: the server's default)")
	f.StringVar(&logLevel, "log-level", "info", "log level")
	f.StringVar(&logFormat, "log-format", "console", "log format: json or console")
	return cmd
}
