// Package aggregator is the node's side of the aggregator channel
// (aggregator.v1.AggregatorService.Channel): the node dials each configured
// aggregator, keeps one bidirectional stream to it and answers the requests
// the aggregator sends down that stream, one at a time and in order, echoing
// each request's id. Streams are redialled with capped exponential backoff
// and jitter, and a watchdog drops a stream that carries no message for a
// while. Batch proofs are the node's own jobs (the job service over the durable
// queue), so they outlive streams and restarts: GetProof on any stream answers
// for ids issued on any earlier one. See docs/aggregator.md.
package aggregator

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/google/uuid"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/status"

	"github.com/zkprover/zkprover/auth"
	"github.com/zkprover/zkprover/jobs"
	pb "github.com/zkprover/zkprover/proto/aggregator/v1"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/prover/longrun"
	"github.com/zkprover/zkprover/queue"
)

// MaxRecvMsgSize is the largest aggregator message ever accepted (1 GiB, as
// upstream): the receive bound of a node whose requests have no size bound.
// Otherwise the bound is the node's max-request-bytes plus RecvHeadroom
// (jobs.Service.MaxRequestBytes): gRPC refuses a longer message from its length
// prefix, before reading it, and the stream ends (the node redials); a
// request within the bound whose input is over max-request-bytes is answered
// RESULT_ERROR on the stream.
const MaxRecvMsgSize = 1 << 30

// RecvHeadroom is what the receive bound allows beyond max-request-bytes:
// the message's envelope (its id, the request's other fields and the
// protobuf framing), as the node's own gRPC server allows.
const RecvHeadroom = 64 << 10

// DefaultMaxPendingWork is the default cap on the work items (aggregations
// and sequence final proofs) pending at once, all aggregators together
// (Options.MaxPendingWork). Each holds up to max-request-bytes of proofs on
// disk until it is proven, a couple of minutes each, one at a time.
const DefaultMaxPendingWork = 64

// Verifier checks a proof against the verifying key of its class
// (*prover.Prover). GenFinalProof uses it for proofs this node has no job for.
type Verifier interface {
	Verify(p *prover.Proof) error
}

// OpenVerifier returns the verifier, loading keys on first use. It is called
// again after a failure.
type OpenVerifier func(ctx context.Context) (Verifier, error)

// RelayStatuses tells where a job's result stands on chain (the chain door's
// bridge, connected by the composition root; jobs.RelayStatuses has this
// method set). ok is false when the job answers no chain request.
type RelayStatuses interface {
	RelayStatus(jobID string) (info *jobs.RelayInfo, ok bool)
}

// Options configure a Client.
type Options struct {
	Addrs       []string      // aggregators, HOST:PORT
	ProverName  string        // reported in GetStatus ("" = the host name)
	ForkID      uint64        // reported in GetStatus; GenBatchProof with another non-zero fork id is refused
	Watchdog    time.Duration // drop a stream silent this long
	Backoff     time.Duration // first redial delay
	BackoffMax  time.Duration // cap on the redial delay
	DialTimeout time.Duration // how long opening a stream may take
	// FinalDir keeps the final proofs GenFinalProof made, one file each.
	FinalDir string
	// InputsDir keeps, per job made through the channel, the request values
	// the accumulated input hash needs beyond the statement ("" = "inputs"
	// next to FinalDir).
	InputsDir string
	Retention time.Duration // how long final proofs and job inputs are kept
	// MaxPendingWork caps the aggregations and sequence final proofs
	// pending (asked for, not finished) at once, all aggregators together
	// (0: DefaultMaxPendingWork); MaxPendingWorkEach caps one aggregator's
	// (0: a quarter of MaxPendingWork, at least 1). More are refused with
	// RESULT_INTERNAL_ERROR (queue full) until some finish.
	MaxPendingWork, MaxPendingWorkEach int
	// VersionProto and VersionServer are reported in GetStatus.
	VersionProto, VersionServer string
	// TLS dials the aggregators over TLS (nil: plaintext).
	TLS      *tls.Config
	Verifier OpenVerifier // nil: only proofs of this node's own jobs are accepted
	// Tops proves batch jobs for aggregation (jobs.Request.Top): in
	// segments, their run top proof kept; the node's long runs are on.
	Tops bool
	// LongRuns returns the node's long-run keys once they are loaded (nil
	// before, or when long runs are off): GenAggregatedProof and sequence
	// final proofs need them.
	LongRuns func() *longrun.Keys
	// Recursing, when set, is called as an aggregation or sequence final
	// proof starts; the function it returns, as it ends (the node counts
	// it as long-run work: longrun.Runner.Recursion).
	Recursing func() (end func())
	// Relays finds the relay status of jobs for GetProof (nil, or returning
	// nil: the node has no chain side and answers carry none).
	Relays func() RelayStatuses
	Logger zerolog.Logger
	// Registry receives the channel's metrics (nil: not exported).
	Registry prometheus.Registerer
}

// check refuses options without the values config.Default gives (the
// defaults are written once, in package config).
func (o *Options) check() error {
	if o.Watchdog <= 0 || o.Backoff <= 0 || o.BackoffMax < o.Backoff || o.DialTimeout <= 0 || o.Retention <= 0 {
		return errors.New("aggregator: watchdog, backoff, dial timeout and retention must be positive, backoff max at least backoff")
	}
	if o.ProverName == "" {
		h, err := os.Hostname()
		if err != nil || h == "" {
			h = "zkprover"
		}
		o.ProverName = h
	}
	if o.FinalDir == "" {
		return errors.New("aggregator: FinalDir is empty")
	}
	if o.InputsDir == "" {
		o.InputsDir = filepath.Join(filepath.Dir(o.FinalDir), "inputs")
	}
	if o.MaxPendingWork < 0 || o.MaxPendingWorkEach < 0 {
		return errors.New("aggregator: max pending work must not be negative")
	}
	if o.MaxPendingWork == 0 {
		o.MaxPendingWork = DefaultMaxPendingWork
	}
	if o.MaxPendingWorkEach == 0 {
		o.MaxPendingWorkEach = max(1, o.MaxPendingWork/4)
	}
	return nil
}

// recvLimit is the largest aggregator message received: the job service's
// max-request-bytes plus RecvHeadroom, at most MaxRecvMsgSize.
func recvLimit(j *jobs.Service) int {
	maxRequest := j.MaxRequestBytes()
	if maxRequest <= 0 || maxRequest > MaxRecvMsgSize-RecvHeadroom {
		return MaxRecvMsgSize
	}
	return maxRequest + RecvHeadroom
}

// Client dials the aggregators and serves them.
type Client struct {
	opts     Options
	jobs     *jobs.Service
	log      zerolog.Logger
	proverID string // a fresh UUID per start
	final    *finalStore
	inputs   *inputStore
	conns    []*conn
	metrics  *metrics

	vmu      sync.Mutex
	verifier Verifier

	work     *workStore // aggregations and sequence final proofs
	workKick chan struct{}
	wmu      sync.Mutex
	running  map[string]context.CancelFunc // work items being proven

	recvLimit int // the largest aggregator message received (recvLimit)
}

// conn is one aggregator's connection state.
type conn struct {
	mu sync.Mutex
	st jobs.AggregatorConn
}

func (c *conn) set(state, lastErr string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.st.State != state {
		c.st.State = state
		c.st.Since = time.Now()
	}
	if lastErr != "" {
		c.st.LastError = lastErr
	}
}

func (c *conn) update(f func(*jobs.AggregatorConn)) {
	c.mu.Lock()
	f(&c.st)
	c.mu.Unlock()
}

// New prepares a client serving the jobs of j; Run dials.
func New(j *jobs.Service, o Options) (*Client, error) {
	if err := o.check(); err != nil {
		return nil, err
	}
	fs, err := openFinalStore(o.FinalDir)
	if err != nil {
		return nil, err
	}
	is, err := openInputStore(o.InputsDir)
	if err != nil {
		return nil, err
	}
	ws, err := openWorkStore(filepath.Join(filepath.Dir(o.FinalDir), "work"))
	if err != nil {
		return nil, err
	}
	ws.maxPending, ws.maxEach = o.MaxPendingWork, o.MaxPendingWorkEach
	m, err := newMetrics(o.Registry)
	if err != nil {
		return nil, err
	}
	c := &Client{
		opts:     o,
		jobs:     j,
		log:      o.Logger.With().Str("component", "aggregator").Logger(),
		proverID: uuid.NewString(),
		final:    fs,
		inputs:   is,
		metrics:  m,
		work:     ws,
		workKick: make(chan struct{}, 1),
		running:  map[string]context.CancelFunc{},

		recvLimit: recvLimit(j),
	}
	if err := m.registerPending(o.Registry, func() float64 { ids, _ := ws.pendingIDs(auth.System); return float64(len(ids)) }); err != nil {
		return nil, err
	}
	for _, a := range o.Addrs {
		c.conns = append(c.conns, &conn{st: jobs.AggregatorConn{Addr: a, State: "stopped", Since: time.Now()}})
	}
	return c, nil
}

// ProverID is this start's prover id (reported in GetStatus).
func (c *Client) ProverID() string { return c.proverID }

// Connections reports every aggregator's connection state.
func (c *Client) Connections() []jobs.AggregatorConn {
	out := make([]jobs.AggregatorConn, len(c.conns))
	for i, cn := range c.conns {
		cn.mu.Lock()
		out[i] = cn.st
		cn.mu.Unlock()
	}
	return out
}

// Run keeps one stream to every aggregator until ctx ends.
func (c *Client) Run(ctx context.Context) error {
	var wg sync.WaitGroup
	for _, cn := range c.conns {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.dialLoop(ctx, cn)
		}()
	}
	wg.Add(2)
	go func() {
		defer wg.Done()
		c.sweepLoop(ctx)
	}()
	go func() {
		defer wg.Done()
		c.workLoop(ctx)
	}()
	c.log.Info().Strs("aggregators", c.opts.Addrs).Str("prover_name", c.opts.ProverName).
		Str("prover_id", c.proverID).Uint64("fork_id", c.opts.ForkID).Msg("aggregator channel started")
	wg.Wait()
	return nil
}

func (c *Client) sweepLoop(ctx context.Context) {
	t := time.NewTicker(time.Hour)
	defer t.Stop()
	for {
		c.sweep(ctx)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// sweep deletes what retention is over for: final proofs written, and work
// items finished, before the cutoff, and the inputs of the jobs the queue
// has deleted (it keeps a job until retention after it finished: a job's
// inputs stay while the job does, however long it was queued or ran).
func (c *Client) sweep(ctx context.Context) {
	cutoff := time.Now().Add(-c.opts.Retention)
	sys := auth.With(ctx, auth.System)
	jobExists := func(id string) (bool, error) {
		_, err := c.jobs.Get(sys, id)
		switch {
		case err == nil:
			return true, nil
		case errors.Is(err, queue.ErrNotFound):
			return false, nil
		}
		return false, err
	}
	if n, err := c.final.sweep(cutoff); err != nil {
		c.log.Warn().Err(err).Msg("sweeping final proofs")
	} else if n > 0 {
		c.log.Info().Int("deleted", n).Msg("swept final proofs past retention")
	}
	if n, err := c.work.sweep(cutoff); err != nil {
		c.log.Warn().Err(err).Msg("sweeping aggregations")
	} else if n > 0 {
		c.log.Info().Int("deleted", n).Msg("swept aggregations past retention")
	}
	if n, err := c.inputs.sweep(cutoff, jobExists); err != nil {
		c.log.Warn().Err(err).Msg("sweeping job inputs")
	} else if n > 0 {
		c.log.Info().Int("deleted", n).Msg("swept job inputs past retention")
	}
}

// jitter returns a delay in [d/2, d].
func jitter(d time.Duration) time.Duration {
	if d <= 1 {
		return d
	}
	return d/2 + rand.N(d/2+1)
}

// dialLoop keeps a stream to one aggregator: dial, serve, and after the
// stream ends wait (capped exponential backoff with jitter) and dial again.
// A stream that lived longer than the watchdog period counts as healthy and
// resets the delay.
func (c *Client) dialLoop(ctx context.Context, cn *conn) {
	addr := cn.st.Addr
	log := c.log.With().Str("aggregator", addr).Logger()
	delay := c.opts.Backoff
	for ctx.Err() == nil {
		cn.set("connecting", "")
		start := time.Now()
		err := c.session(ctx, log, cn)
		if ctx.Err() != nil {
			break
		}
		if time.Since(start) >= c.opts.Watchdog {
			delay = c.opts.Backoff
		}
		wait := jitter(delay)
		msg := "stream ended"
		if err != nil {
			msg = err.Error()
		}
		cn.set("backoff", msg)
		log.Warn().Str("reason", msg).Dur("redial_in", wait).Msg("aggregator stream lost; redialling")
		select {
		case <-ctx.Done():
		case <-time.After(wait):
		}
		delay = min(2*delay, c.opts.BackoffMax)
	}
	cn.set("stopped", "")
	log.Info().Msg("aggregator channel stopped")
}

var (
	errWatchdog    = errors.New("watchdog")
	errDialTimeout = errors.New("dial timeout")
	errStreamLost  = errors.New("aggregator stream lost")
)

// session dials once and serves the stream until it ends.
func (c *Client) session(ctx context.Context, log zerolog.Logger, cn *conn) error {
	addr := cn.st.Addr
	creds := insecure.NewCredentials()
	if c.opts.TLS != nil {
		creds = credentials.NewTLS(c.opts.TLS)
	}
	cc, err := grpc.NewClient(addr,
		grpc.WithTransportCredentials(creds),
		grpc.WithDefaultCallOptions(grpc.MaxCallRecvMsgSize(c.recvLimit), grpc.MaxCallSendMsgSize(MaxRecvMsgSize)),
	)
	if err != nil {
		return fmt.Errorf("dialling %s: %w", addr, err)
	}
	defer cc.Close()

	// The jobs of this stream are the aggregator's own (the node dialled it):
	// it sees and cancels them, not other clients'.
	sctx, cancel := context.WithCancelCause(auth.With(ctx, auth.Principal{Name: "aggregator " + addr, Role: auth.Submit}))
	defer cancel(nil)
	dt := time.AfterFunc(c.opts.DialTimeout, func() { cancel(errDialTimeout) })
	stream, err := pb.NewAggregatorServiceClient(cc).Channel(sctx)
	if !dt.Stop() || err != nil {
		if err == nil || errors.Is(context.Cause(sctx), errDialTimeout) {
			return fmt.Errorf("opening the channel to %s: no connection within %s", addr, c.opts.DialTimeout)
		}
		return fmt.Errorf("opening the channel to %s: %w", addr, err)
	}
	defer func() { _ = stream.CloseSend() }()
	cn.set("connected", "")
	cn.update(func(s *jobs.AggregatorConn) { s.Connects++ })
	c.metrics.streams.WithLabelValues(addr).Inc()
	c.metrics.connected.WithLabelValues(addr).Set(1)
	defer c.metrics.connected.WithLabelValues(addr).Set(0)
	log.Info().Msg("aggregator stream open")

	// The stream is read in its own goroutine, so that a stream that dies
	// while a request is being answered (a GetProof waiting for its job)
	// cancels the answer's context at once, with errStreamLost as the
	// cause, and the node redials instead of waiting to send the answer.
	// The protocol is lockstep: the channel holds the next message at
	// most, until the current one is answered.
	msgs := make(chan received, 1)
	quit := make(chan struct{})
	readerDone := make(chan struct{})
	go func() {
		defer close(readerDone)
		for {
			msg, err := stream.Recv()
			if err != nil {
				cancel(fmt.Errorf("%w: %w", errStreamLost, err))
			}
			select {
			case msgs <- received{msg, err}:
			case <-quit:
				return
			}
			if err != nil {
				return
			}
		}
	}()
	defer func() {
		close(quit)
		cancel(nil) // Recv returns
		<-readerDone
	}()
	// ended is why the stream ended, from the error Recv returned.
	ended := func(err error) error {
		switch {
		case errors.Is(context.Cause(sctx), errWatchdog):
			return fmt.Errorf("watchdog: no message from %s for %s", addr, c.opts.Watchdog)
		case errors.Is(err, io.EOF):
			return fmt.Errorf("%s closed the stream", addr)
		case status.Code(err) == codes.Canceled && ctx.Err() != nil:
			return nil //nolint:nilerr // shutting down: not a failure of the stream
		}
		return fmt.Errorf("receiving from %s: %w", addr, err)
	}

	// lost waits for the reader's error, once the stream has ended
	// (messages read before it are dropped: nothing can answer them).
	lost := func() error {
		for r := range msgs {
			if r.err != nil {
				return ended(r.err)
			}
		}
		return nil // not reached: msgs is never closed
	}

	wd := time.AfterFunc(c.opts.Watchdog, func() { cancel(errWatchdog) })
	defer wd.Stop()
	for {
		// Recv fails once sctx ends (watchdog, shutdown): a result
		// always comes.
		r := <-msgs
		if r.err != nil {
			return ended(r.err)
		}
		wd.Stop() // the time we take to answer is not the aggregator's silence
		resp := c.handle(sctx, log, r.msg)
		if sctx.Err() != nil {
			// The stream ended while we answered (lost, or shutdown):
			// the answer cannot go.
			log.Debug().Str("id", r.msg.GetId()).Msg("the stream ended while a request was answered: answer dropped")
			return lost()
		}
		if err := stream.Send(resp); err != nil {
			if errors.Is(err, io.EOF) {
				// the stream broke; the reader tells why
				if err = lost(); err == nil {
					return nil
				}
			}
			return fmt.Errorf("answering %s: %w", addr, err)
		}
		cn.update(func(s *jobs.AggregatorConn) { s.Requests++ })
		wd.Reset(c.opts.Watchdog)
	}
}

// received is one result of the stream's Recv.
type received struct {
	msg *pb.AggregatorMessage
	err error
}
