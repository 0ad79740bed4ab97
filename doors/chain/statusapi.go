package chain

import (
	"context"
	"crypto/tls"
	"encoding/json"
	"errors"
	"fmt"
	"mime"
	"net"
	"net/http"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkprover/zkprover/auth"
	"github.com/zkprover/zkprover/queue"
	"github.com/zkprover/zkprover/relayer"
)

// StatusAPI is the relay status HTTP API: GET /v1/relay (the chain requests
// the caller may see, and their relays, a page at a time), /v1/relay/{id} (a
// relay id, an onchain job id or a node job id) and /v1/chain (the
// deployment). docs/relayer.md.
//
// GET /v1/relay pages: ?limit= entries (DefaultRelayPage, at most
// MaxRelayPage; not a whole number from 1 is 400) after the entry
// ?after= names (the answer's "next", the page's last relay id, "" on the
// last page), oldest first (by creation, then relay id). A page holds the
// caller's entries only: it is cut after the ownership check, and its cost
// is the page's: the relay records are read for its entries, and the job
// service is asked only about the entries of the caller's own node jobs
// (and of entries written before the bridge kept their owner) between the
// cursor and the page's end.
//
// A caller sees an entry when it owns the entry's node job as GetProof
// decides (jobs.Service.Get with the caller's principal): an admin (and
// every caller while tokens are off) sees every entry; another client only
// its own offchain requests, and another client's entry, or one without a
// node job (the chain's own requests are the node's: admin), reads as an
// unknown id. The relayer's counts and address are node-wide.
type StatusAPI struct {
	l   net.Listener
	srv *http.Server
}

// The sizes of GET /v1/relay's pages: the default, and the most a page
// holds (a larger limit is this).
const (
	DefaultRelayPage = 100
	MaxRelayPage     = 1000
)

// StatusAPIOptions secure the relay status API.
type StatusAPIOptions struct {
	// Contracts are the contracts the node follows, shown by /v1/chain (on any chain).
	Contracts *Contracts
	TLS       *tls.Config                     // nil: plaintext
	Wrap      func(http.Handler) http.Handler // e.g. token authentication (nil: none)
	// Limit wraps the plain TCP listener, under TLS (e.g. bounds on its
	// connections; nil: none).
	Limit func(net.Listener) net.Listener
}

// Contracts are the contracts a node follows (/v1/chain's "contracts").
type Contracts struct {
	JobManager  common.Address  `json:"job_manager"`
	Coordinator *common.Address `json:"coordinator,omitempty"`
	Registry    common.Address  `json:"registry"`
}

// ListenStatusAPI listens on addr; Serve serves. deployment is shown by
// /v1/chain (any JSON value; nil on an external chain).
func ListenStatusAPI(addr string, br *Bridge, rel *relayer.Manager, deployment any, o StatusAPIOptions) (*StatusAPI, error) {
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("listening for the relay status API on %s: %w", addr, err)
	}
	if o.Limit != nil {
		l = o.Limit(l)
	}
	if o.TLS != nil {
		l = tls.NewListener(l, o.TLS)
	}
	mux := http.NewServeMux()
	write := func(w http.ResponseWriter, code int, v any) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(code)
		_ = json.NewEncoder(w).Encode(v)
	}
	mux.HandleFunc("GET /v1/relay", func(w http.ResponseWriter, req *http.Request) {
		q := req.URL.Query()
		limit := DefaultRelayPage
		if v := q.Get("limit"); v != "" {
			n, err := strconv.Atoi(v)
			if err != nil || n < 1 {
				write(w, http.StatusBadRequest, map[string]string{"message": fmt.Sprintf(
					"limit %q: want a whole number from 1 to %d (the default is %d)", v, MaxRelayPage, DefaultRelayPage)})
				return
			}
			limit = min(n, MaxRelayPage)
		}
		after := q.Get("after")
		requests, next, err := br.page(after, limit, func(e Entry) bool { return br.visible(req.Context(), e) },
			func(e Entry) bool { return br.mayResumeAfter(req.Context(), e) })
		if err != nil {
			write(w, http.StatusBadRequest, map[string]string{"message": fmt.Sprintf(
				"after %q: not a chain request of this list (pass the next of the previous page)", after)})
			return
		}
		write(w, http.StatusOK, map[string]any{"requests": requests, "next": next, "counts": rel.Counts(), "relayer": rel.From()})
	})
	mux.HandleFunc("GET /v1/relay/{id...}", func(w http.ResponseWriter, req *http.Request) {
		id := req.PathValue("id")
		st, err := br.Status(id)
		if err == nil {
			if !br.visible(req.Context(), st.Entry) {
				write(w, http.StatusNotFound, map[string]string{"message": fmt.Sprintf("no chain request %s", id)})
				return
			}
			write(w, http.StatusOK, st)
			return
		}
		if auth.From(req.Context()).Role != auth.Admin {
			// A relay without a bridge entry names no node job: admin only.
			write(w, http.StatusNotFound, map[string]string{"message": err.Error()})
			return
		}
		if tx, rerr := rel.Get(id); rerr == nil {
			write(w, http.StatusOK, Status{Entry: Entry{ID: id, Stage: StageRelaying}, Relay: &tx})
			return
		} else if !errors.Is(rerr, relayer.ErrNotFound) {
			write(w, http.StatusInternalServerError, map[string]string{"message": rerr.Error()})
			return
		}
		write(w, http.StatusNotFound, map[string]string{"message": err.Error()})
	})
	// Retry: a failed delivery (a consumer callback that reverted, an account that ran dry, a
	// revert that depended on the transaction's environment) back to pending, simulated again
	// before anything is sent (relayer.Manager.Retry). Admins only; the id as GET's.
	mux.HandleFunc("POST /v1/relay/retry/{id...}", func(w http.ResponseWriter, req *http.Request) {
		// A browser sends application/json to another origin only after a CORS preflight,
		// which this API never answers: a web page the operator visits cannot post here
		// (without tokens every caller on loopback is an admin).
		if mt, _, _ := mime.ParseMediaType(req.Header.Get("Content-Type")); mt != "application/json" {
			write(w, http.StatusUnsupportedMediaType, map[string]string{"message": "send Content-Type: application/json"})
			return
		}
		if auth.From(req.Context()).Role != auth.Admin {
			write(w, http.StatusForbidden, map[string]string{"message": "retrying a delivery needs the admin role"})
			return
		}
		id := req.PathValue("id")
		if st, err := br.Status(id); err == nil {
			id = st.ID // an onchain job id or a node job id names its request
			if st.Relay == nil && (st.Stage == StageRejected || st.Stage == StageNoResult || st.Stage == StageCancelled) {
				write(w, http.StatusConflict, map[string]string{"message": fmt.Sprintf("request %s was not proven (%s: %s): it has no delivery to retry", id, st.Stage, st.Reason)})
				return
			}
		}
		switch err := rel.Retry(id); {
		case err == nil:
			write(w, http.StatusOK, map[string]string{"id": id, "state": string(relayer.Pending)})
		case errors.Is(err, relayer.ErrNotFound):
			write(w, http.StatusNotFound, map[string]string{"message": err.Error()})
		default:
			write(w, http.StatusConflict, map[string]string{"message": err.Error()})
		}
	})
	mux.HandleFunc("GET /v1/chain", func(w http.ResponseWriter, _ *http.Request) {
		write(w, http.StatusOK, map[string]any{"deployment": deployment, "relayer": rel.From(), "chain_id": rel.ChainID(),
			"contracts": o.Contracts})
	})
	var h http.Handler = mux
	if o.Wrap != nil {
		h = o.Wrap(h)
	}
	// GET requests and a bodiless POST: a minute bounds any request read, idle
	// keep-alive connections are closed after two.
	return &StatusAPI{l: l, srv: &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: time.Minute,
		IdleTimeout: 2 * time.Minute}}, nil
}

// mayResumeAfter reports whether the caller of ctx may page on after entry
// e (GET /v1/relay's after): an entry it may see, or one of its own whose
// node job the sweep removed since the previous page (the cursor stays
// valid while a client pages through the list).
func (b *Bridge) mayResumeAfter(ctx context.Context, e Entry) bool {
	p := auth.From(ctx)
	if p.Role == auth.Admin || (e.ownerKnown && e.NodeJob != "" && p.Owns(e.owner)) {
		return true
	}
	return b.visible(ctx, e)
}

// visible reports whether the caller of ctx may see entry e: an admin every
// entry, another caller those whose node job it owns (the job service's Get
// answers for the caller's own jobs only, as GetProof). An entry that knows
// its node job's owner is decided without the job service when the caller
// does not own the job (jobs.Service.Get answers not found then:
// auth.Principal.Owns), or when the job service said the job, the caller's,
// is gone (swept: job ids are not reused).
func (b *Bridge) visible(ctx context.Context, e Entry) bool {
	p := auth.From(ctx)
	if p.Role == auth.Admin {
		return true
	}
	if e.NodeJob == "" || (e.ownerKnown && !p.Owns(e.owner)) {
		return false
	}
	b.mu.Lock()
	_, gone := b.gone[e.NodeJob]
	b.mu.Unlock()
	if gone {
		return false
	}
	_, err := b.jobs.Get(ctx, e.NodeJob)
	if e.ownerKnown && errors.Is(err, queue.ErrNotFound) {
		b.mu.Lock()
		b.gone[e.NodeJob] = struct{}{}
		b.mu.Unlock()
	}
	return err == nil
}

// Addr is the listen address.
func (a *StatusAPI) Addr() net.Addr { return a.l.Addr() }

// Serve serves until ctx ends, then shuts down within five seconds.
func (a *StatusAPI) Serve(ctx context.Context) error {
	errc := make(chan error, 1)
	go func() { errc <- a.srv.Serve(a.l) }()
	select {
	case err := <-errc:
		if errors.Is(err, http.ErrServerClosed) {
			return nil
		}
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := a.srv.Shutdown(sctx); err != nil {
		_ = a.srv.Close()
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
