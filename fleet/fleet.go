// Package fleet spreads the segment proofs of long runs over several
// machines through NATS JetStream (docs/fleet.md).
//
// The job's owner (a node running longrun.ProveSegments) gets provers from a
// Job: each ProveTask call publishes the segment as a task (its checkpoint,
// and once per job the run's data, in the JetStream object store,
// content-addressed by sha256, the task message holding ids and hashes) to a
// work-queue stream, waits for a result in the results stream, and verifies
// the returned proof against its own verifying key and the public input it
// computed itself before returning it (ProveAssignment does the same with a
// witness instead of a checkpoint). Any fleet member (`zkprover worker`: a
// Worker over a prover.Prover of the segment family) pulls a task,
// re-executes the segment from its checkpoint, proves it with in-progress
// acknowledgements while it proves, publishes the result and acknowledges
// the task. A worker that dies mid-task leaves its
// task unacknowledged: JetStream delivers it again after the ack wait.
//
// Everything JetStream holds is replicated by its own Raft when the streams
// are created with Replicas 3 on a cluster of three servers (Embed runs one
// in-process), so the loss of one server stops nothing.
package fleet

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/tlsconf"
)

// Names of the JetStream assets of a fleet.
const (
	TasksStream   = "FLEET_TASKS"   // work-queue retention: a task is removed when a worker acknowledges it
	ResultsStream = "FLEET_RESULTS" // limits retention (MaxAge): results outlive a restart of their owner
	WitnessBucket = "fleet-witness" // object store: the tasks' run data, checkpoints (or witnesses), named by the sha256 of their bytes
	MembersBucket = "fleet-members" // key-value: one key per live worker, refreshed by its heartbeat
	// EventsStream keeps JetStream's advisories about the tasks (delivered
	// MaxDeliver times, terminated by a worker), which are plain messages:
	// an owner that was down or reconnecting when one was sent finds it there.
	EventsStream   = "FLEET_EVENTS"
	taskSubjects   = "fleet.task.>"
	resultSubjects = "fleet.result.>"
	// The tasks' advisories (nats-server's JSAdvisoryConsumerMaxDeliveryExceedPre
	// and JSAdvisoryConsumerMsgTerminatedPre, for the tasks stream's consumers).
	maxDeliveriesSubjects = "$JS.EVENT.ADVISORY.CONSUMER.MAX_DELIVERIES." + TasksStream + ".*"
	terminatedSubjects    = "$JS.EVENT.ADVISORY.CONSUMER.MSG_TERMINATED." + TasksStream + ".*"
	maxEvents             = 100_000 // events kept (the oldest dropped), besides their age
)

// Byte bounds of the fleet's assets, set when a member creates them (a
// fleet created by an earlier version keeps its own: none). Any fleet
// client can publish tasks and results and store objects: these bound what
// one can make the servers keep. docs/fleet.md "Streams, subjects and
// limits" gives the reasoning; there is no configuration for them (a
// server with less room than a bound gets half of it, down to
// minMaxBytes, then none: ensureStream).
const (
	maxTaskMsg = 16 << 10 // a task message holds ids and hashes: under 1 KiB
	// maxResultMsg holds the largest result an owner reads: a proof of
	// maxResultProof bytes (base64 in the JSON: 4/3 of it) and an error of
	// maxResultError. A raw BN254 Groth16 proof is a few hundred bytes.
	maxResultMsg    = 128 << 10
	tasksMaxBytes   = 256 << 20 // about 300,000 queued tasks
	resultsMaxBytes = 1 << 30   // about 1,000,000 results (the oldest dropped past it)
	eventsMaxBytes  = 128 << 20 // maxEvents advisories of about 600 bytes, with room
	objectsMaxBytes = 8 << 30   // checkpoints of 3 KB, run data of a few MB per job
	membersMaxBytes = 16 << 20  // in memory: a member record is under 1 KiB
	maxMemberValue  = 64 << 10
	minMaxBytes     = 64 << 20 // the smallest byte bound tried on a server with little room
)

// Defaults of Config.
const (
	DefaultAckWait     = 30 * time.Second
	DefaultMaxDeliver  = 5
	DefaultResultsAge  = 24 * time.Hour
	DefaultWitnessAge  = 24 * time.Hour
	DefaultHeartbeat   = 5 * time.Second
	DefaultMaxAttempts = 3
	DefaultTimeout     = 10 * time.Second
	defaultDuplicates  = 10 * time.Minute
	membersTTLFactor   = 4 // a member's key expires after this many missed heartbeats
)

// ErrRejected reports a segment whose results were all rejected (invalid
// proofs or worker errors) MaxAttempts times.
var ErrRejected = errors.New("fleet: segment results rejected")

// ErrUndeliverable reports a task that JetStream delivered MaxDeliver times
// without any worker acknowledging it (workers that crash on it).
var ErrUndeliverable = errors.New("fleet: task delivered too many times without a result")

// ErrKeysDiffer reports a segment that the fleet's workers refused because
// they prove with other segment keys than the owner verifies with (their
// key digests differ: KeyDigest, Member.Keys), and that no live worker of
// the class has the owner's keys.
var ErrKeysDiffer = errors.New("fleet: the workers' segment keys are not the owner's")

// ErrFull reports a task or task object the fleet had no room for during
// fullWait: the tasks stream or the object store at its byte bound (it
// refuses new messages: DiscardNew), or the servers' storage used up.
var ErrFull = errors.New("fleet: no room in the fleet's streams")

// isFull recognises a server's refusal to store a message for want of
// room: a stream at its byte or message bound ("maximum bytes exceeded",
// "maximum messages exceeded"; not the per-subject bound, isQueuedError),
// or a server whose JetStream storage is used up.
func isFull(err error) bool {
	if err == nil {
		return false
	}
	var apiErr *jetstream.APIError
	if errors.As(err, &apiErr) && (apiErr.ErrorCode == 10023 || apiErr.ErrorCode == 10028 || apiErr.ErrorCode == 10047) {
		return true // insufficient resources; memory, storage resources exceeded
	}
	msg := strings.ToLower(err.Error())
	return strings.Contains(msg, "maximum bytes exceeded") || strings.Contains(msg, "maximum messages exceeded") ||
		strings.Contains(msg, "resource limits exceeded") || strings.Contains(msg, "insufficient resources")
}

// Auth is how a client authenticates to the NATS servers (and, in
// EmbedConfig, what the embedded server demands): a token, or a user and
// password. Empty: no authentication.
type Auth struct {
	Token    string
	User     string
	Password string
}

func (a Auth) check() error {
	if a.Token != "" && (a.User != "" || a.Password != "") {
		return errors.New("fleet auth: a token or a user and password, not both")
	}
	if (a.User == "") != (a.Password == "") {
		return errors.New("fleet auth: a user needs a password and a password a user")
	}
	return nil
}

// Config is a fleet member's connection and the shape of the streams it
// creates when they are missing (the first member to connect creates them;
// later members use them as they are, so give every member the same values).
type Config struct {
	// URLs of the NATS servers (nats://HOST:PORT or tls://HOST:PORT); several
	// for a cluster: the client reconnects to another one when its server goes.
	URLs []string
	Auth Auth
	// TLS (optional): the CA of the servers' certificates and an optional
	// client certificate (mTLS), as the node's other TLS clients (tlsconf).
	TLS *tlsconf.Client
	// InProcess (optional) connects to a server of this process (an
	// *Embedded) without the network, TLS or the URLs: the node's own
	// connection to its embedded server, whose certificate names the
	// node's address rather than the loopback address it would dial. Its
	// clients' credentials (Auth) still apply.
	InProcess nats.InProcessConnProvider
	// Name of the connection in the servers' monitoring (default "zkprover-<host>-<pid>").
	Name string

	// Replicas of the streams, object store and key-value bucket: 1, or 3 on
	// a cluster of three or more servers (survives the loss of one). Default 1.
	Replicas int
	// AckWait is how long a task may stay unacknowledged before JetStream
	// delivers it again, for the class consumers this member creates;
	// workers send in-progress acks every third of their consumer's ack
	// wait (whoever created it) while they prove, so only a dead or cut-off
	// worker's task is redelivered. Default DefaultAckWait (30 s).
	AckWait time.Duration
	// MaxDeliver bounds the deliveries of one task (DefaultMaxDeliver); a task
	// delivered that often fails its segment with ErrUndeliverable.
	MaxDeliver int
	// ResultsAge is how long results stay in the results stream (DefaultResultsAge):
	// the window in which a restarted owner finds them.
	ResultsAge time.Duration
	// WitnessAge bounds how long an unclaimed task object (checkpoint, run
	// data, witness) stays in the object store.
	WitnessAge time.Duration
	// Heartbeat is how often workers refresh their member record (DefaultHeartbeat).
	Heartbeat time.Duration
	// MaxAttempts bounds the rejected results (invalid proofs, worker errors)
	// of one segment before the owner fails it with ErrRejected (DefaultMaxAttempts).
	MaxAttempts int
	// Timeout bounds each JetStream request (DefaultTimeout).
	Timeout time.Duration

	Log zerolog.Logger
}

func (c *Config) defaults() {
	if c.Replicas <= 0 {
		c.Replicas = 1
	}
	if c.AckWait <= 0 {
		c.AckWait = DefaultAckWait
	}
	if c.MaxDeliver <= 0 {
		c.MaxDeliver = DefaultMaxDeliver
	}
	if c.ResultsAge <= 0 {
		c.ResultsAge = DefaultResultsAge
	}
	if c.WitnessAge <= 0 {
		c.WitnessAge = DefaultWitnessAge
	}
	if c.Heartbeat <= 0 {
		c.Heartbeat = DefaultHeartbeat
	}
	if c.MaxAttempts <= 0 {
		c.MaxAttempts = DefaultMaxAttempts
	}
	if c.Timeout <= 0 {
		c.Timeout = DefaultTimeout
	}
	if c.Name == "" {
		host, _ := os.Hostname()
		c.Name = fmt.Sprintf("zkprover-%s-%d", host, os.Getpid())
	}
}

// Fleet is a connection to the fleet's JetStream: the handle both owners
// (Job) and workers (Worker) work through. Safe for concurrent use.
type Fleet struct {
	cfg     Config
	log     zerolog.Logger
	nc      *nats.Conn
	js      jetstream.JetStream
	tasks   jetstream.Stream
	results jetstream.Stream
	events  jetstream.Stream
	objects jetstream.ObjectStore
	members jetstream.KeyValue

	tasksCfg jetstream.StreamConfig // what a worker sets up again when the tasks stream is gone
	refused  *refusals              // the server's permission violations, told asynchronously
}

// refusals keeps the server's last permission violation of a JetStream API
// request ($JS.API.>, what the setup steps send): NATS reports it
// asynchronously (the request itself only times out), so a setup step asks
// here whether its silence was a refusal.
type refusals struct {
	mu   sync.Mutex
	last error
	at   time.Time
}

func (r *refusals) record(err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.last, r.at = err, time.Now()
}

// since is the last violation told at or after t (nil: none).
func (r *refusals) since(t time.Time) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.last == nil || r.at.Before(t) {
		return nil
	}
	return r.last
}

// retrySetup is retry for the fleet's setup: a try during which the server
// told a permission violation ends the retries at once (no later try is
// allowed either), with the violation in the error.
func (f *Fleet) retrySetup(ctx context.Context, what string, fn func() error) error {
	return retry(ctx, f.log, what, func() error {
		start := time.Now()
		err := fn()
		if err == nil {
			return nil
		}
		if v := f.refused.since(start); v != nil {
			return permanent(fmt.Errorf("refused by the fleet's server (%w; the account must be allowed the fleet's subjects, docs/fleet.md \"Streams, subjects and limits\"): %w", v, err))
		}
		return err
	})
}

// Connect connects to the fleet's NATS servers and makes sure its streams,
// object store and key-value bucket exist (creating the missing ones with
// cfg's shape). It retries until ctx ends while the cluster elects its
// JetStream leaders.
func Connect(ctx context.Context, cfg Config) (*Fleet, error) {
	cfg.defaults()
	if len(cfg.URLs) == 0 && cfg.InProcess == nil {
		return nil, errors.New("fleet: no server URL")
	}
	if err := cfg.Auth.check(); err != nil {
		return nil, err
	}
	log := cfg.Log.With().Str("component", "fleet").Logger()
	refused := &refusals{}
	asyncLog := log.Sample(&zerolog.BurstSampler{Burst: 3, Period: time.Minute})
	opts := []nats.Option{
		nats.ErrorHandler(func(_ *nats.Conn, _ *nats.Subscription, err error) {
			if errors.Is(err, nats.ErrPermissionViolation) {
				if strings.Contains(err.Error(), "$JS.API.") {
					refused.record(err) // a JetStream request: what the setup steps make
				}
				asyncLog.Error().Err(err).Msg("the fleet's server refused a subject: the account must be allowed the fleet's subjects (docs/fleet.md)")
				return
			}
			asyncLog.Warn().Err(err).Msg("the fleet's server reported an error")
		}),
		nats.Name(cfg.Name),
		nats.MaxReconnects(-1),
		nats.ReconnectWait(250 * time.Millisecond),
		nats.Timeout(cfg.Timeout),
		nats.DisconnectErrHandler(func(_ *nats.Conn, err error) {
			if err != nil {
				log.Warn().Err(err).Msg("disconnected from the fleet's server")
			}
		}),
		nats.ReconnectHandler(func(nc *nats.Conn) {
			log.Info().Str("server", nc.ConnectedUrlRedacted()).Msg("reconnected to the fleet")
		}),
	}
	switch {
	case cfg.Auth.Token != "":
		opts = append(opts, nats.Token(cfg.Auth.Token))
	case cfg.Auth.User != "":
		opts = append(opts, nats.UserInfo(cfg.Auth.User, cfg.Auth.Password))
	}
	switch {
	case cfg.InProcess != nil:
		opts = append(opts, nats.InProcessServer(cfg.InProcess))
	case cfg.TLS != nil:
		tc, err := cfg.TLS.Config()
		if err != nil {
			return nil, fmt.Errorf("fleet TLS: %w", err)
		}
		opts = append(opts, nats.Secure(tc))
	}
	var nc *nats.Conn
	err := retry(ctx, log, "connecting to the fleet", func() error {
		var err error
		nc, err = nats.Connect(strings.Join(cfg.URLs, ","), opts...)
		if isAuthError(err) {
			return permanent(err)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	f := &Fleet{cfg: cfg, log: log, nc: nc, refused: refused}
	if err := f.setup(ctx); err != nil {
		nc.Close()
		return nil, err
	}
	log.Info().Str("server", nc.ConnectedUrlRedacted()).Int("replicas", cfg.Replicas).Dur("ack_wait", cfg.AckWait).Msg("connected to the fleet")
	return f, nil
}

// isAuthError recognises refusals that another try does not change: bad
// credentials, a certificate refused by either side.
func isAuthError(err error) bool {
	if err == nil {
		return false
	}
	var cv *tls.CertificateVerificationError
	var ua x509.UnknownAuthorityError
	var hn x509.HostnameError
	var ci x509.CertificateInvalidError
	if errors.Is(err, nats.ErrAuthorization) || errors.Is(err, nats.ErrAuthExpired) || errors.Is(err, nats.ErrAuthRevoked) ||
		errors.As(err, &cv) || errors.As(err, &ua) || errors.As(err, &hn) || errors.As(err, &ci) {
		return true
	}
	msg := strings.ToLower(err.Error())
	return strings.Contains(msg, "authorization violation") || strings.Contains(msg, "tls: certificate required") ||
		strings.Contains(msg, "tls: bad certificate") || strings.Contains(msg, "tls: unknown certificate authority")
}

// setup opens (or creates) the streams and buckets.
func (f *Fleet) setup(ctx context.Context) error {
	js, err := jetstream.New(f.nc, jetstream.WithDefaultTimeout(f.cfg.Timeout))
	if err != nil {
		return fmt.Errorf("fleet: JetStream: %w", err)
	}
	f.js = js
	c := f.cfg
	// A cluster that has not elected its JetStream meta leader yet leaves
	// requests unanswered: probe it with short requests first, rather than
	// wait out the whole timeout on the first stream request.
	err = f.retrySetup(ctx, "waiting for JetStream", func() error {
		tctx, cancel := context.WithTimeout(ctx, min(c.Timeout, time.Second))
		defer cancel()
		_, err := js.AccountInfo(tctx)
		if errors.Is(err, jetstream.ErrJetStreamNotEnabled) || errors.Is(err, jetstream.ErrJetStreamNotEnabledForAccount) {
			return permanent(err)
		}
		return err
	})
	if err != nil {
		return err
	}
	tasks := jetstream.StreamConfig{
		Name: TasksStream, Subjects: []string{taskSubjects},
		Retention: jetstream.WorkQueuePolicy, Storage: jetstream.FileStorage, Replicas: c.Replicas,
		Duplicates: defaultDuplicates,
		// At most one queued task per segment: an owner that publishes a
		// segment again (restart, re-task) while the first is queued is refused.
		MaxMsgsPerSubject: 1, Discard: jetstream.DiscardNew, DiscardNewPerSubject: true,
		MaxAge: c.WitnessAge, MaxMsgSize: maxTaskMsg, MaxBytes: tasksMaxBytes,
	}
	f.tasksCfg = tasks
	results := jetstream.StreamConfig{
		Name: ResultsStream, Subjects: []string{resultSubjects},
		Retention: jetstream.LimitsPolicy, Storage: jetstream.FileStorage, Replicas: c.Replicas,
		Duplicates: defaultDuplicates, MaxAge: c.ResultsAge, MaxMsgSize: maxResultMsg, MaxBytes: resultsMaxBytes,
	}
	events := jetstream.StreamConfig{
		Name: EventsStream, Description: "zkprover fleet: the tasks' max-deliveries and terminated advisories",
		Subjects:  []string{maxDeliveriesSubjects, terminatedSubjects},
		Retention: jetstream.LimitsPolicy, Storage: jetstream.FileStorage, Replicas: c.Replicas,
		MaxAge: c.WitnessAge, MaxMsgs: maxEvents, MaxBytes: eventsMaxBytes, Discard: jetstream.DiscardOld,
		NoAck: true, // the publisher is the server itself
	}
	as := f.assets()
	err = f.retrySetup(ctx, "opening the fleet's streams", func() error {
		if f.tasks, err = as.stream(ctx, tasks); err != nil {
			return err
		}
		if f.results, err = as.stream(ctx, results); err != nil {
			return err
		}
		if f.events, err = as.stream(ctx, events); err != nil {
			return err
		}
		if f.objects, err = as.objects(ctx, jetstream.ObjectStoreConfig{
			Bucket: WitnessBucket, Description: "zkprover fleet: segment tasks' objects by sha256",
			TTL: c.WitnessAge, Storage: jetstream.FileStorage, Replicas: c.Replicas, Compression: false,
			MaxBytes: objectsMaxBytes,
		}); err != nil {
			return err
		}
		f.members, err = as.kv(ctx, jetstream.KeyValueConfig{
			Bucket: MembersBucket, Description: "zkprover fleet: live workers",
			TTL: membersTTLFactor * c.Heartbeat, History: 1, Storage: jetstream.MemoryStorage, Replicas: c.Replicas,
			MaxBytes: membersMaxBytes, MaxValueSize: maxMemberValue,
		})
		return err
	})
	return err
}

// isNoRoom recognises a server's refusal of a stream whose byte bound it
// cannot reserve (JetStream reserves MaxBytes against its MaxStore or
// MaxMemory). A single server refuses it with one of the resources codes;
// a cluster refuses it at peer placement, with JSClusterNoPeersErrF
// (10005) whose description lists the reasons the peers were passed over:
// "no suitable peers for placement, insufficient storage" (memory streams
// too). A peer whose usage is not known yet is listed as offline, not as
// lacking storage, so a cluster still forming is not taken for one with
// no room.
func isNoRoom(err error) bool {
	var apiErr *jetstream.APIError
	if !errors.As(err, &apiErr) {
		return false
	}
	switch apiErr.ErrorCode {
	case 10023, 10028, 10047: // insufficient resources; memory, storage resources exceeded
		return true
	case 10005: // no suitable peers for placement, with the reasons
		d := strings.ToLower(apiErr.Description)
		return strings.Contains(d, "insufficient storage") || strings.Contains(d, "insufficient memory")
	}
	return false
}

// placementSettle is how long a member waits after creating a bounded
// asset on a cluster before it creates the next: a cluster places an
// asset on the servers' usage as they last reported it (at most once a
// second, nats-server's statsz rate limit), so assets created in quick
// succession would each be placed against room an earlier one already
// reserved.
const placementSettle = 1500 * time.Millisecond

// assets opens and creates the fleet's streams and buckets.
type assets struct {
	js      jetstream.JetStream
	timeout time.Duration
	log     zerolog.Logger
	settle  time.Duration // after creating a bounded asset (placementSettle on a cluster)
}

func (f *Fleet) assets() assets {
	a := assets{js: f.js, timeout: f.cfg.Timeout, log: f.log}
	if f.nc.ConnectedClusterName() != "" {
		a.settle = placementSettle
	}
	return a
}

// withRoom calls create with *maxBytes, halving it while the servers have
// no room for it, down to minMaxBytes, then without a bound (-1). On a
// cluster each try after a refusal waits for the servers' next usage report
// (settle), and the first refusal is tried again with the same bound: a
// cluster judges room on usage up to a second old (later on a loaded
// machine), and a stream deleted a moment before (the tasks stream a worker
// sets up again) still counted there, so the stream made again lost its
// bound for nothing (CI: refused at 256, 128 and 64 MiB within a
// millisecond, made unbounded).
func (a assets) withRoom(ctx context.Context, what string, maxBytes *int64, create func() error) error {
	recheck := a.settle > 0
	for {
		err := create()
		if err == nil && *maxBytes > 0 && a.settle > 0 {
			sleep(ctx, a.settle)
		}
		if err == nil || !isNoRoom(err) || *maxBytes <= 0 {
			return err
		}
		if a.settle > 0 && !sleep(ctx, a.settle) {
			return err
		}
		if recheck {
			recheck = false
			a.log.Debug().Err(err).Str("asset", what).Int64("max_bytes", *maxBytes).
				Msg("the cluster found no room for the byte bound: trying it again on the servers' next usage report")
			continue
		}
		was := *maxBytes
		if *maxBytes /= 2; *maxBytes < minMaxBytes {
			*maxBytes = -1
		}
		a.log.Warn().Err(err).Str("asset", what).Int64("max_bytes", was).Int64("now", *maxBytes).
			Msg("the servers have no room for the fleet's byte bound: creating it with a smaller one")
	}
}

func (a assets) stream(ctx context.Context, cfg jetstream.StreamConfig) (jetstream.Stream, error) {
	tctx, cancel := context.WithTimeout(ctx, a.timeout)
	defer cancel()
	s, err := a.js.Stream(tctx, cfg.Name)
	if err == nil {
		return s, nil
	}
	if !errors.Is(err, jetstream.ErrStreamNotFound) {
		return nil, fmt.Errorf("stream %s: %w", cfg.Name, err)
	}
	err = a.withRoom(ctx, cfg.Name, &cfg.MaxBytes, func() error {
		s, err = a.js.CreateStream(tctx, cfg)
		return err
	})
	if errors.Is(err, jetstream.ErrStreamNameAlreadyInUse) {
		s, err = a.js.Stream(tctx, cfg.Name)
	}
	if err != nil {
		return nil, fmt.Errorf("creating stream %s: %w", cfg.Name, err)
	}
	return s, nil
}

func (a assets) objects(ctx context.Context, cfg jetstream.ObjectStoreConfig) (jetstream.ObjectStore, error) {
	tctx, cancel := context.WithTimeout(ctx, a.timeout)
	defer cancel()
	o, err := a.js.ObjectStore(tctx, cfg.Bucket)
	if err == nil {
		return o, nil
	}
	if !errors.Is(err, jetstream.ErrBucketNotFound) && !errors.Is(err, jetstream.ErrStreamNotFound) {
		return nil, fmt.Errorf("object store %s: %w", cfg.Bucket, err)
	}
	err = a.withRoom(ctx, cfg.Bucket, &cfg.MaxBytes, func() error {
		o, err = a.js.CreateObjectStore(tctx, cfg)
		return err
	})
	if errors.Is(err, jetstream.ErrBucketExists) || errors.Is(err, jetstream.ErrStreamNameAlreadyInUse) {
		o, err = a.js.ObjectStore(tctx, cfg.Bucket)
	}
	if err != nil {
		return nil, fmt.Errorf("creating object store %s: %w", cfg.Bucket, err)
	}
	return o, nil
}

func (a assets) kv(ctx context.Context, cfg jetstream.KeyValueConfig) (jetstream.KeyValue, error) {
	tctx, cancel := context.WithTimeout(ctx, a.timeout)
	defer cancel()
	kv, err := a.js.KeyValue(tctx, cfg.Bucket)
	if err == nil {
		return kv, nil
	}
	if !errors.Is(err, jetstream.ErrBucketNotFound) && !errors.Is(err, jetstream.ErrStreamNotFound) {
		return nil, fmt.Errorf("key-value bucket %s: %w", cfg.Bucket, err)
	}
	err = a.withRoom(ctx, cfg.Bucket, &cfg.MaxBytes, func() error {
		kv, err = a.js.CreateKeyValue(tctx, cfg)
		return err
	})
	if errors.Is(err, jetstream.ErrBucketExists) || errors.Is(err, jetstream.ErrStreamNameAlreadyInUse) {
		kv, err = a.js.KeyValue(tctx, cfg.Bucket)
	}
	if err != nil {
		return nil, fmt.Errorf("creating key-value bucket %s: %w", cfg.Bucket, err)
	}
	return kv, nil
}

// Close closes the connection (draining nothing: what was not acknowledged is
// delivered again after the ack wait).
func (f *Fleet) Close() {
	f.nc.Close()
}

// Config is the connection's configuration (with defaults filled in).
func (f *Fleet) Config() Config { return f.cfg }

// ConnectedURL is the server the connection is on now (credentials redacted).
func (f *Fleet) ConnectedURL() string { return f.nc.ConnectedUrlRedacted() }

// consumerName is the durable pull consumer of the tasks of class k: every
// worker that proves class k pulls from it.
func consumerName(k int) string { return "prove-c" + strconv.Itoa(k) }

func taskSubject(k int, job string, seg int) string {
	return fmt.Sprintf("fleet.task.%d.%s.%d", k, job, seg)
}

func resultSubject(job string, seg int) string {
	return fmt.Sprintf("fleet.result.%s.%d", job, seg)
}

// TaskID is the id of a segment's task: the job id and the segment index.
func TaskID(job string, seg int) string { return job + "." + strconv.Itoa(seg) }

var jobIDRE = regexp.MustCompile(`^[A-Za-z0-9_-]{1,128}$`)

// CheckJobID checks that a job id can name subjects: 1 to 128 letters,
// digits, '-' or '_' (a UUID is one).
func CheckJobID(id string) error {
	if !jobIDRE.MatchString(id) {
		return fmt.Errorf("fleet: job id %q: want 1 to 128 letters, digits, '-' or '_'", id)
	}
	return nil
}

// ensureConsumer opens (or creates) the pull consumer of class k.
func (f *Fleet) ensureConsumer(ctx context.Context, k int) (jetstream.Consumer, error) {
	var cons jetstream.Consumer
	name := consumerName(k)
	err := f.retrySetup(ctx, "opening consumer "+name, func() error {
		tctx, cancel := context.WithTimeout(ctx, f.cfg.Timeout)
		defer cancel()
		var err error
		cons, err = f.tasks.Consumer(tctx, name)
		if err == nil {
			return nil
		}
		if !errors.Is(err, jetstream.ErrConsumerNotFound) {
			return err
		}
		cons, err = f.tasks.CreateConsumer(tctx, jetstream.ConsumerConfig{
			Durable: name, Description: fmt.Sprintf("zkprover fleet: workers proving class 2^%d", k),
			FilterSubject: fmt.Sprintf("fleet.task.%d.>", k),
			AckPolicy:     jetstream.AckExplicitPolicy, AckWait: f.cfg.AckWait, MaxDeliver: f.cfg.MaxDeliver,
			// The stream's replicas (0), whatever this member's Replicas: a
			// work-queue stream refuses a consumer with other replicas
			// than its own (10134), and a member configured with one
			// replica on a fleet of three retried it for ever.
			MaxAckPending: -1, Replicas: 0,
		})
		if errors.Is(err, jetstream.ErrConsumerExists) {
			cons, err = f.tasks.Consumer(tctx, name)
		}
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("fleet: consumer %s: %w", name, err)
	}
	return cons, nil
}

// consumerGone reports that the pull consumer of a worker is gone (deleted,
// or its tasks stream deleted), after a pull failed with err: a pull on a
// consumer that does not exist is answered by no one (nats.ErrNoResponders)
// or, deleted mid-pull, ErrConsumerDeleted; the consumer's info tells
// these from a cluster electing a leader.
func (f *Fleet) consumerGone(ctx context.Context, c jetstream.Consumer, err error) bool {
	if !errors.Is(err, nats.ErrNoResponders) && !errors.Is(err, jetstream.ErrConsumerDeleted) &&
		!errors.Is(err, jetstream.ErrConsumerNotFound) && !errors.Is(err, jetstream.ErrStreamNotFound) {
		return false
	}
	tctx, cancel := context.WithTimeout(ctx, f.cfg.Timeout)
	defer cancel()
	_, ierr := c.Info(tctx)
	return errors.Is(ierr, jetstream.ErrConsumerNotFound) || errors.Is(ierr, jetstream.ErrStreamNotFound)
}

// reopenConsumer sets up the tasks stream (when it is gone: created again
// with the shape of the fleet's surviving streams, tasksConfigAgain) and
// the pull consumer of class k again, retrying with backoff until ctx
// ends.
func (f *Fleet) reopenConsumer(ctx context.Context, k int) (jetstream.Consumer, error) {
	err := retry(ctx, f.log, "setting up the tasks stream again", func() error {
		tctx, cancel := context.WithTimeout(ctx, f.cfg.Timeout)
		_, err := f.js.Stream(tctx, TasksStream)
		cancel()
		if err == nil || !errors.Is(err, jetstream.ErrStreamNotFound) {
			return err
		}
		// (f.tasks names the stream: it works on the stream made again.)
		_, err = f.assets().stream(ctx, f.tasksConfigAgain(ctx))
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("fleet: %w", err)
	}
	return f.ensureConsumer(ctx, k)
}

// tasksConfigAgain is the configuration a gone tasks stream is created
// again with: this member's, with the replicas and the max age of the
// fleet's surviving streams, which the member that created the fleet set
// (FLEET_EVENTS and the object store's stream have the tasks' max age,
// WitnessAge; FLEET_RESULTS the replicas only). A member configured
// otherwise (Replicas 1 on a cluster of three) would make the fleet's
// queue lose its replicas.
func (f *Fleet) tasksConfigAgain(ctx context.Context) jetstream.StreamConfig {
	cfg := f.tasksCfg
	for _, name := range []string{EventsStream, "OBJ_" + WitnessBucket, ResultsStream} {
		tctx, cancel := context.WithTimeout(ctx, f.cfg.Timeout)
		s, err := f.js.Stream(tctx, name)
		cancel()
		if err != nil {
			continue
		}
		sc := s.CachedInfo().Config
		if sc.Replicas > 0 {
			cfg.Replicas = sc.Replicas
		}
		if name != ResultsStream && sc.MaxAge > 0 {
			cfg.MaxAge = sc.MaxAge
		}
		f.log.Warn().Str("from", name).Int("replicas", cfg.Replicas).Dur("max_age", cfg.MaxAge).
			Msg("the tasks stream is gone: creating it again with the shape of the fleet's other streams")
		return cfg
	}
	f.log.Warn().Int("replicas", cfg.Replicas).Dur("max_age", cfg.MaxAge).
		Msg("the tasks stream is gone, and the fleet's other streams too: creating it again with this member's configuration")
	return cfg
}

// errPermanent marks an error retry must not retry.
type errPermanent struct{ err error }

func (e errPermanent) Error() string { return e.err.Error() }
func (e errPermanent) Unwrap() error { return e.err }

func permanent(err error) error {
	if err == nil {
		return nil
	}
	return errPermanent{err}
}

// How retry logs: a request that keeps failing past retryWarnAfter is
// logged as a warning, at most once every retryWarnEvery (a leader
// election fails requests for a few seconds: those stay at debug level).
const (
	retryWarnAfter = 10 * time.Second
	retryWarnEvery = time.Minute
)

// retry calls fn until it succeeds, returns a permanent error, or ctx ends,
// backing off from 100 ms to 2 s: JetStream requests fail for a few seconds
// while a cluster elects a new leader after losing a server.
func retry(ctx context.Context, log zerolog.Logger, what string, fn func() error) error {
	wait := 100 * time.Millisecond
	start := time.Now()
	var warned time.Time
	for n := 1; ; n++ {
		err := fn()
		if err == nil {
			if !warned.IsZero() {
				log.Info().Int("tries", n).Dur("after", time.Since(start).Round(time.Millisecond)).Msgf("%s: succeeded", what)
			}
			return nil
		}
		var p errPermanent
		if errors.As(err, &p) {
			return fmt.Errorf("%s: %w", what, p.err)
		}
		if ctx.Err() != nil {
			return fmt.Errorf("%s: %w (last error: %w)", what, ctx.Err(), err)
		}
		switch since := time.Since(start); {
		case since >= retryWarnAfter && time.Since(warned) >= retryWarnEvery:
			warned = time.Now()
			log.Warn().Err(err).Int("try", n).Dur("failing_for", since.Round(time.Second)).Msgf("%s: still failing, retrying", what)
		case n == 1 || n%10 == 0:
			log.Debug().Err(err).Int("try", n).Msgf("%s: retrying", what)
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("%s: %w (last error: %w)", what, ctx.Err(), err)
		case <-time.After(wait):
		}
		if wait *= 2; wait > 2*time.Second {
			wait = 2 * time.Second
		}
	}
}

// tlsServer builds a server-side TLS configuration for the embedded server
// from tlsconf files (nil when none).
func tlsServer(s *tlsconf.Server) (*tls.Config, error) {
	if s == nil {
		return nil, nil
	}
	c, err := s.Config()
	if err != nil || c == nil {
		return c, err
	}
	c.NextProtos = nil
	return c, nil
}
