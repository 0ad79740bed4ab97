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

	"github.com/zkprover/zkprover/relayer"
)

// StatusAPI is the relay status HTTP API: GET /v1/relay (every chain request
// and its relay), /v1/relay/{id} (a relay id, an onchain job id or a node job
// id) and /v1/chain (the deployment). docs/relayer.md.
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
	mux.HandleFunc("GET /v1/relay", func(w http.ResponseWriter, _ *http.Request) {
		write(w, http.StatusOK, map[string]any{"requests": br.List(), "counts": rel.Counts(), "relayer": rel.From()})
	})
	mux.HandleFunc("GET /v1/relay/{id...}", func(w http.ResponseWriter, req *http.Request) {
		id := req.PathValue("id")
		st, err := br.Status(id)
		if err == nil {
			write(w, http.StatusOK, st)
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
	return &StatusAPI{l: l, srv: &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}}, nil
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
