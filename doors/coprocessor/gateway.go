package coprocessor

import (
	"context"
	"encoding/json"
	"net/http"

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
func (s *Service) Gateway(ctx context.Context) (http.Handler, error) {
	mux := runtime.NewServeMux(
		runtime.WithMarshalerOption(runtime.MIMEWildcard, hexJSON{}),
		runtime.WithErrorHandler(writeError),
		runtime.WithRoutingErrorHandler(func(ctx context.Context, mux *runtime.ServeMux, m runtime.Marshaler, w http.ResponseWriter, r *http.Request, code int) {
			c := codes.NotFound
			if code == http.StatusMethodNotAllowed {
				c = codes.Unimplemented
			}
			writeError(ctx, mux, m, w, r, status.Error(c, http.StatusText(code)+": "+r.Method+" "+r.URL.Path))
		}),
	)
	// In-process: the gateway calls the service directly (no second gRPC hop);
	// the HTTP guard has put the caller in the request's context.
	if err := pb.RegisterCoprocessorNodeHandlerServer(ctx, mux, s); err != nil {
		return nil, err
	}
	return mux, nil
}

// gatewayError is upstream's error body.
type gatewayError struct {
	Message  string `json:"message"`
	GRPCCode int    `json:"grpc_code"`
}

func writeError(_ context.Context, _ *runtime.ServeMux, _ runtime.Marshaler, w http.ResponseWriter, _ *http.Request, err error) {
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
