package auth

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"
)

// Guard establishes the principal of every call: from its bearer token when
// tokens are on, anonymous admin (the node's behaviour without
// authentication) when they are off.
type Guard struct {
	tokens *Tokens         // nil: authentication off
	roles  map[string]Role // gRPC full method -> role needed
	open   []string        // gRPC method prefixes anyone may call (health, reflection)
}

// NewGuard returns a guard; tokens nil turns authentication off. roles gives
// the role each gRPC method needs (an unlisted method needs Admin); open
// lists method prefixes callable without a token.
func NewGuard(tokens *Tokens, roles map[string]Role, open ...string) *Guard {
	return &Guard{tokens: tokens, roles: roles, open: open}
}

// On reports whether tokens are checked.
func (g *Guard) On() bool { return g.tokens != nil }

// Anonymous is the principal of every call without authentication.
var Anonymous = Principal{Name: "", Role: Admin}

// Check returns the principal of a call with the given "authorization"
// value that needs role need. A value longer than a bearer token of
// MaxTokenBytes is refused before it is parsed or hashed.
func (g *Guard) Check(authorization string, need Role) (Principal, error) {
	if g.tokens == nil {
		return Anonymous, nil
	}
	if len(authorization) > maxAuthorizationBytes {
		return Principal{}, fmt.Errorf("%w: authorization value longer than %d bytes", ErrUnauthenticated, maxAuthorizationBytes)
	}
	p, err := g.tokens.Authenticate(Bearer(authorization))
	if err != nil {
		return Principal{}, err
	}
	if !p.Can(need) {
		return Principal{}, fmt.Errorf("%w: %s has role %s, the call needs %s", ErrPermission, p.Name, p.Role, need)
	}
	return p, nil
}

func (g *Guard) isOpen(method string) bool {
	for _, p := range g.open {
		if strings.HasPrefix(method, p) {
			return true
		}
	}
	return false
}

func (g *Guard) grpcCheck(ctx context.Context, method string) (context.Context, error) {
	if g.isOpen(method) {
		return ctx, nil
	}
	need, ok := g.roles[method]
	if !ok {
		need = Admin
	}
	var authz string
	if md, ok := metadata.FromIncomingContext(ctx); ok {
		if v := md.Get("authorization"); len(v) > 0 {
			authz = v[0]
		}
	}
	p, err := g.Check(authz, need)
	if err != nil {
		return nil, statusOf(err)
	}
	return With(ctx, p), nil
}

func statusOf(err error) error {
	if errors.Is(err, ErrPermission) {
		return status.Error(codes.PermissionDenied, err.Error())
	}
	return status.Error(codes.Unauthenticated, err.Error())
}

// Unary is the gRPC unary interceptor.
func (g *Guard) Unary(ctx context.Context, req any, info *grpc.UnaryServerInfo, h grpc.UnaryHandler) (any, error) {
	ctx, err := g.grpcCheck(ctx, info.FullMethod)
	if err != nil {
		return nil, err
	}
	return h(ctx, req)
}

// Stream is the gRPC stream interceptor.
func (g *Guard) Stream(srv any, ss grpc.ServerStream, info *grpc.StreamServerInfo, h grpc.StreamHandler) error {
	ctx, err := g.grpcCheck(ss.Context(), info.FullMethod)
	if err != nil {
		return err
	}
	return h(srv, &stream{ServerStream: ss, ctx: ctx})
}

type stream struct {
	grpc.ServerStream
	ctx context.Context
}

func (s *stream) Context() context.Context { return s.ctx }

// HTTP wraps an HTTP handler: requests need role need (401 without a valid
// token, 403 with a token of a lesser role), answered as JSON {message}.
func (g *Guard) HTTP(need Role, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p, err := g.Check(r.Header.Get("Authorization"), need)
		if err != nil {
			code := http.StatusUnauthorized
			if errors.Is(err, ErrPermission) {
				code = http.StatusForbidden
			} else {
				w.Header().Set("WWW-Authenticate", `Bearer realm="zkprover"`)
			}
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(code)
			_ = json.NewEncoder(w).Encode(map[string]string{"message": err.Error()})
			return
		}
		h.ServeHTTP(w, r.WithContext(With(r.Context(), p)))
	})
}

// PerRPC is a client's per-call credentials: the bearer token in every call's
// metadata. requireTLS refuses to send it over plaintext.
type PerRPC struct {
	Token      string
	RequireTLS bool
}

// GetRequestMetadata implements credentials.PerRPCCredentials.
func (c PerRPC) GetRequestMetadata(context.Context, ...string) (map[string]string, error) {
	return map[string]string{"authorization": "Bearer " + c.Token}, nil
}

// RequireTransportSecurity implements credentials.PerRPCCredentials.
func (c PerRPC) RequireTransportSecurity() bool { return c.RequireTLS }
