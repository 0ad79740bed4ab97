package coprocessor

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync/atomic"

	"github.com/grpc-ecosystem/grpc-gateway/v2/runtime"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/zkprover/zkprover/errs"
	pb "github.com/zkprover/zkprover/proto/coprocessor_node/v1"
)

// Gateway is the JSON gateway of seed 001: POST /v1/coprocessor_node/
// submit_job, get_result, submit_program, get_pending_jobs and
// contains_program, mapping 1:1 onto the gRPC methods (grpc-gateway, routes
// in proto/coprocessor_node/v1/gateway.yaml). Bodies are camelCase JSON with
// bytes as hex strings; errors are {"message", "grpc_code"} with the HTTP
// status of the error table.
//
// A submit_* request is charged the caller's admission rate first (429 over it), before its
// body is read. Bodies are bounded before anything is decoded (http.MaxBytesReader): a
// submit_* route by Options.MaxBodyBytes, every other route (a 32-byte id,
// a 20-byte address) by maxReadBodyBytes; a body over its bound is answered
// 413 and not read further.
func (s *Service) Gateway(ctx context.Context) (http.Handler, error) {
	mux := runtime.NewServeMux(
		runtime.WithMarshalerOption(runtime.MIMEWildcard, hexJSON{}),
		runtime.WithErrorHandler(writeError),
		runtime.WithRoutingErrorHandler(func(ctx context.Context, mux *runtime.ServeMux, m runtime.Marshaler, w http.ResponseWriter, r *http.Request, code int) {
			if code == http.StatusMethodNotAllowed {
				// 405 with Allow, as HTTP asks (grpc-gateway's default is
				// 501, Unimplemented): every route is a POST
				w.Header().Set("Allow", http.MethodPost)
				w.Header().Set("Content-Type", "application/json")
				w.WriteHeader(http.StatusMethodNotAllowed)
				_ = json.NewEncoder(w).Encode(gatewayError{Message: "method not allowed: " + r.Method + " " + r.URL.Path + " (POST only)",
					GRPCCode: int(codes.Unimplemented)})
				return
			}
			writeError(ctx, mux, m, w, r, status.Error(codes.NotFound, http.StatusText(code)+": "+r.Method+" "+r.URL.Path))
		}),
	)
	// In-process: the gateway calls the service directly (no second gRPC hop);
	// the HTTP guard has put the caller in the request's context.
	if err := pb.RegisterCoprocessorNodeHandlerServer(ctx, mux, s); err != nil {
		return nil, err
	}
	submitMax := s.opts.MaxBodyBytes
	if submitMax <= 0 {
		submitMax = DefaultMaxBodyBytes
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		limit := int64(maxReadBodyBytes)
		if strings.HasPrefix(r.URL.Path, SubmitPrefix) {
			limit = submitMax
			// The caller's admission before a byte of the body is read: a body that does
			// not decode costs the rate as one that does (the service does not charge the
			// admitted context again).
			ctx, err := s.jobs.Admit(r.Context())
			if err != nil {
				writeError(ctx, mux, nil, w, r, statusOf(err))
				return
			}
			r = r.WithContext(ctx)
		}
		if r.ContentLength > limit { // declared too large: refused unread
			writeTooLarge(w, limit)
			return
		}
		b := &limitedBody{ReadCloser: http.MaxBytesReader(w, r.Body, limit)}
		r.Body = b
		mux.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), bodyKey{}, b)))
	}), nil
}

// SubmitPrefix is the path prefix of the gateway's submit_* routes (the
// submit role's, with the larger body bound).
const SubmitPrefix = "/v1/coprocessor_node/submit_"

// DefaultMaxBodyBytes bounds a submit_* body when Options.MaxBodyBytes is 0.
const DefaultMaxBodyBytes = 64 << 20

// maxReadBodyBytes bounds the body of the other routes: their requests hold
// a 32-byte id or a 20-byte address (under 100 bytes of JSON).
const maxReadBodyBytes = 64 << 10

// limitedBody is a request body under http.MaxBytesReader that records
// whether the bound was hit (the gateway's decoder error loses the type).
type limitedBody struct {
	io.ReadCloser
	over atomic.Int64 // the bound, once hit
}

func (b *limitedBody) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	var mb *http.MaxBytesError
	if errors.As(err, &mb) {
		b.over.Store(mb.Limit)
	}
	return n, err
}

type bodyKey struct{}

func writeTooLarge(w http.ResponseWriter, limit int64) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Connection", "close")
	w.WriteHeader(http.StatusRequestEntityTooLarge)
	_ = json.NewEncoder(w).Encode(gatewayError{Message: fmt.Sprintf("request body over %d bytes", limit),
		GRPCCode: int(errs.Classify(errs.ErrTooLarge).Code)})
}

// GuardReply writes the token guard's refusals (auth.Guard.HTTPReplying) in the gateway's
// error body, with the gRPC code of their HTTP status.
func GuardReply(w http.ResponseWriter, httpStatus int, msg string) {
	code := codes.Unknown
	switch httpStatus {
	case http.StatusUnauthorized:
		code = codes.Unauthenticated
	case http.StatusForbidden, http.StatusMisdirectedRequest:
		code = codes.PermissionDenied
	case http.StatusUnsupportedMediaType, http.StatusBadRequest:
		code = codes.InvalidArgument
	case http.StatusTooManyRequests:
		code = codes.ResourceExhausted
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(httpStatus)
	_ = json.NewEncoder(w).Encode(gatewayError{Message: msg, GRPCCode: int(code)})
}

// gatewayError is upstream's error body.
type gatewayError struct {
	Message  string `json:"message"`
	GRPCCode int    `json:"grpc_code"`
}

func writeError(_ context.Context, _ *runtime.ServeMux, _ runtime.Marshaler, w http.ResponseWriter, r *http.Request, err error) {
	if b, ok := r.Context().Value(bodyKey{}).(*limitedBody); ok {
		if limit := b.over.Load(); limit > 0 {
			writeTooLarge(w, limit)
			return
		}
	}
	st, ok := status.FromError(err)
	if !ok {
		st = status.New(errs.Classify(err).Code, err.Error())
	}
	code := st.Code()
	if code == codes.Unknown { // a body that does not decode
		code = codes.InvalidArgument
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(errs.HTTPStatus(code))
	_ = json.NewEncoder(w).Encode(gatewayError{Message: st.Message(), GRPCCode: int(code)})
}
