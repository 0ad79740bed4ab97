package chain

import (
	"context"
	"crypto/tls"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/zkprover/zkprover/auth"
	"github.com/zkprover/zkprover/relayer"
)

// StatusAPI is the relay status HTTP API: GET /v1/relay (the chain requests
// the caller may see, and their relays), /v1/relay/{id} (a relay id, an
// onchain job id or a node job id) and /v1/chain (the deployment).
// docs/relayer.md.
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

// StatusAPIOptions secure the relay status API.
type StatusAPIOptions struct {
	TLS  *tls.Config                     // nil: plaintext
	Wrap func(http.Handler) http.Handler // e.g. token authentication (nil: none)
}

// ListenStatusAPI listens on addr; Serve serves. deployment is shown by
// /v1/chain (any JSON value; nil on an external chain).
func ListenStatusAPI(addr string, br *Bridge, rel *relayer.Manager, deployment any, o StatusAPIOptions) (*StatusAPI, error) {
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("listening for the relay status API on %s: %w", addr, err)
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
		all := br.List()
		requests := make([]Status, 0, len(all))
		for _, st := range all {
			if br.visible(req.Context(), st.Entry) {
				requests = append(requests, st)
			}
		}
		write(w, http.StatusOK, map[string]any{"requests": requests, "counts": rel.Counts(), "relayer": rel.From()})
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
	mux.HandleFunc("GET /v1/chain", func(w http.ResponseWriter, _ *http.Request) {
		write(w, http.StatusOK, map[string]any{"deployment": deployment, "relayer": rel.From(), "chain_id": rel.ChainID()})
	})
	var h http.Handler = mux
	if o.Wrap != nil {
		h = o.Wrap(h)
	}
	// GET requests only: a minute bounds any request read, idle
	// keep-alive connections are closed after two.
	return &StatusAPI{l: l, srv: &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: time.Minute,
		IdleTimeout: 2 * time.Minute}}, nil
}

// visible reports whether the caller of ctx may see entry e: an admin every
// entry, another caller those whose node job it owns (the job service's Get
// answers for the caller's own jobs only, as GetProof).
func (b *Bridge) visible(ctx context.Context, e Entry) bool {
	if auth.From(ctx).Role == auth.Admin {
		return true
	}
	if e.NodeJob == "" {
		return false
	}
	_, err := b.jobs.Get(ctx, e.NodeJob)
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
