package node

import (
	"context"
	"crypto/tls"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkprover/zkprover/auth"
	"github.com/zkprover/zkprover/contracts"
	"github.com/zkprover/zkprover/doors/coprocessor"
	"github.com/zkprover/zkprover/errs"
	"github.com/zkprover/zkprover/jobs"
)

// The coprocessor door's wiring: its view of the chain and its relay are the
// chain side's, once that side runs (docs/coprocessor.md).

// chainView is the coprocessor door's Chain: the chain side's request
// checker, unavailable while the chain side starts.
type chainView struct{ c *chainSide }

func (v chainView) checker() (coprocessor.Chain, error) {
	if ck := v.c.checker.Load(); ck != nil {
		return ck, nil
	}
	return nil, fmt.Errorf("%w: the chain side is not running yet (it starts once the proving keys are loaded)", errs.ErrUnavailable)
}

func (v chainView) ChainID() uint64 {
	if ck, err := v.checker(); err == nil {
		return ck.ChainID()
	}
	return 0
}

func (v chainView) CheckSignature(ctx context.Context, req *contracts.OffchainJobRequest, raw, sig []byte) error {
	ck, err := v.checker()
	if err != nil {
		return err
	}
	return ck.CheckSignature(ctx, req, raw, sig)
}

func (v chainView) CheckNonce(ctx context.Context, consumer common.Address, nonce uint64) error {
	ck, err := v.checker()
	if err != nil {
		return err
	}
	return ck.CheckNonce(ctx, consumer, nonce)
}

func (v chainView) JobExists(ctx context.Context, jobID [32]byte) (bool, error) {
	ck, err := v.checker()
	if err != nil {
		return false, err
	}
	return ck.JobExists(ctx, jobID)
}

// relayVia is the coprocessor door's Relay: the chain side's bridge.
type relayVia struct{ c *chainSide }

func (r relayVia) SubmitOffchain(ctx context.Context, req *jobs.Request, ordered bool) (string, error) {
	b := r.c.bridge.Load()
	if b == nil {
		return "", fmt.Errorf("%w: the chain side is not running yet", errs.ErrUnavailable)
	}
	return b.SubmitOffchain(ctx, req, ordered)
}

// newCoprocessor builds the coprocessor door over the job service and, with
// a chain side, its chain view and relay.
func (n *Node) newCoprocessor() (*coprocessor.Service, error) {
	o := coprocessor.Options{
		Jobs: n.jobs, Dir: filepath.Join(n.cfg.Node.Data, "coprocessor"), Logger: n.opts.Logger,
		MaxBodyBytes: n.maxBodyBytes(),
	}
	if n.chain != nil {
		o.Chain, o.Relay, o.Bridge = chainView{n.chain}, relayVia{n.chain}, n.chain.coprocessorBridge
		if o.Epoch = n.chain.epoch; o.Epoch != "" {
			// The development chain is new at every start: so is the index
			// of the jobs bound to it (an earlier chain's job ids would be
			// refused as existing).
			o.Dir = filepath.Join(n.cfg.Node.Data, "coprocessor-devchain")
			if err := os.RemoveAll(o.Dir); err != nil {
				return nil, fmt.Errorf("clearing %s: %w", o.Dir, err)
			}
		}
	}
	return coprocessor.New(o)
}

// gatewayHandler is the coprocessor JSON gateway behind the token guard:
// submit_* needs the submit role, the rest read.
func (n *Node) gatewayHandler(ctx context.Context) (http.Handler, error) {
	gw, err := n.copro.Gateway(ctx)
	if err != nil {
		return nil, err
	}
	read, submit := n.guard.HTTPReplying(auth.Read, gw, coprocessor.GuardReply), n.guard.HTTPReplying(auth.Submit, gw, coprocessor.GuardReply)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, coprocessor.SubmitPrefix) {
			submit.ServeHTTP(w, r)
			return
		}
		read.ServeHTTP(w, r)
	}), nil
}

// maxBodyBytes bounds a JSON door's request body: the largest request the
// node takes (max-request-bytes), hex-encoded (two digits a byte), plus
// 64 KiB for the JSON around it, as gRPC's max-request-bytes + 64 KiB.
func (n *Node) maxBodyBytes() int64 { return 2*int64(n.cfg.Queue.MaxRequestBytes) + 64<<10 }

// slowLinkBytesPerSecond is the slowest client link the HTTP doors wait for:
// 256 KiB/s (about 2 Mbit/s).
const slowLinkBytesPerSecond = 256 << 10

// httpReadTimeout bounds reading one request, headers and body, on the HTTP
// doors: a minute plus the largest body they accept at 256 KiB/s (with the
// default max-request-bytes, 32 MiB: a 64 MiB body, 5 min 16 s). A client
// that sends slower than that, or stalls, is cut off instead of holding a
// connection and a goroutine (slowloris). The handler's own run, e.g. an
// Infernet requires_proof request waiting for its proof, is not bounded by
// it: net/http clears the read deadline once the body is read.
func httpReadTimeout(maxBody int64) time.Duration {
	return time.Minute + time.Duration(maxBody/slowLinkBytesPerSecond)*time.Second
}

// listenHTTP listens on addr (with the node's TLS) for a handler served by a
// lifecycle component. Headers must arrive within 10 s, a whole request
// within httpReadTimeout of the largest body; an idle keep-alive connection
// is closed after 2 minutes.
func (n *Node) listenHTTP(what, addr string, h http.Handler) (net.Listener, *http.Server, error) {
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, nil, fmt.Errorf("listening for the %s on %s: %w", what, addr, err)
	}
	l = n.conns.wrap(what, l)
	if n.srvTLS != nil {
		l = tls.NewListener(l, n.srvTLS)
	}
	return l, &http.Server{Handler: n.conns.count(what, h), ReadHeaderTimeout: 10 * time.Second, ReadTimeout: httpReadTimeout(n.maxBodyBytes()),
		IdleTimeout: 2 * time.Minute, MaxHeaderBytes: 64 << 10}, nil
}
