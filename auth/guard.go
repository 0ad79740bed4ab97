package auth

import (
	"context"
	"crypto/sha256"
	"crypto/x509"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"mime"
	"net"
	"net/http"
	"net/netip"
	"strings"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/peer"
	"google.golang.org/grpc/status"
)

// Guard establishes the principal of every call: from its bearer token when
// tokens are on, anonymous admin (the node's behaviour without
// authentication) when they are off.
type Guard struct {
	tokens *Tokens         // nil: authentication off
	roles  map[string]Role // gRPC full method -> role needed
	open   []string        // gRPC method prefixes anyone may call (health, reflection)
	// certs: without tokens, a caller is known by its verified client certificate
	// (ClientCertificates); admins are the certificate names with the admin role.
	certs  bool
	admins map[string]bool
}

// ClientCertificates makes a guard without tokens know each caller by its verified TLS client
// certificate (mTLS): the principal "cert:" + its subject CN (else its first DNS name, else its
// first URI, else the certificate's SHA-256), with the submit role, or admin for a name in admins. A call without a verified
// certificate (the listener does not ask for one) is refused. Tokens, when on, take precedence.
func (g *Guard) ClientCertificates(admins []string) {
	g.certs, g.admins = true, map[string]bool{}
	for _, a := range admins {
		g.admins[a] = true
	}
}

// CertPrincipal is the principal of a verified client certificate under ClientCertificates.
func CertPrincipal(c *x509.Certificate, admins map[string]bool) Principal {
	name := c.Subject.CommonName
	switch {
	case name != "":
	case len(c.DNSNames) > 0:
		name = c.DNSNames[0]
	case len(c.URIs) > 0:
		name = c.URIs[0].String()
	default:
		sum := sha256.Sum256(c.Raw)
		return Principal{Name: "cert:sha256:" + hex.EncodeToString(sum[:8]), Role: Submit}
	}
	role := Submit
	if admins[name] {
		role = Admin
	}
	return Principal{Name: "cert:" + name, Role: role}
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
	return g.check(authorization, nil, need)
}

// check is Check with the call's verified client certificate (nil: none).
func (g *Guard) check(authorization string, cert *x509.Certificate, need Role) (Principal, error) {
	if g.tokens == nil && g.certs {
		if cert == nil {
			return Principal{}, fmt.Errorf("%w: no verified client certificate", ErrUnauthenticated)
		}
		p := CertPrincipal(cert, g.admins)
		if !p.Can(need) {
			return Principal{}, fmt.Errorf("%w: %s has role %s, the call needs %s (tls-client-admins names the admins)", ErrPermission, p.Name, p.Role, need)
		}
		return p, nil
	}
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
	p, err := g.check(authz, grpcPeerCert(ctx), need)
	if err != nil {
		return nil, statusOf(err)
	}
	return With(ctx, p), nil
}

// grpcPeerCert is the verified client certificate of a gRPC call (nil: none).
func grpcPeerCert(ctx context.Context) *x509.Certificate {
	pr, ok := peer.FromContext(ctx)
	if !ok {
		return nil
	}
	ti, ok := pr.AuthInfo.(credentials.TLSInfo)
	if !ok {
		return nil
	}
	return verifiedLeaf(ti.State.VerifiedChains)
}

// verifiedLeaf is the leaf of the first verified chain (nil: none).
func verifiedLeaf(chains [][]*x509.Certificate) *x509.Certificate {
	if len(chains) == 0 || len(chains[0]) == 0 {
		return nil
	}
	return chains[0][0]
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
//
// Two checks keep a web page the node's user visits from using the doors through the browser:
// a request that carries a body (any method but GET, HEAD and OPTIONS) must say Content-Type
// application/json (415 otherwise: a page can send a form or text/plain cross-site without
// asking, never JSON), and without tokens the Host of a plaintext request to a loopback
// listener must be a loopback name (421 otherwise, HostGuard: a DNS-rebinding page's Host is
// its own domain).
func (g *Guard) HTTP(need Role, h http.Handler) http.Handler {
	return g.HTTPReplying(need, h, nil)
}

// Reply writes the guard's refusal of a request: its HTTP status and message, in the body
// shape of the door it guards.
type Reply func(w http.ResponseWriter, status int, msg string)

// HTTPReplying is HTTP with the door's own error body (nil: {"message"}): the coprocessor
// gateway's {"message", "grpc_code"}, the Infernet endpoint's {"error"}.
func (g *Guard) HTTPReplying(need Role, h http.Handler, reply Reply) http.Handler {
	if reply == nil {
		reply = writeJSON
	}
	if !g.On() {
		h = hostGuard(h, reply)
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.Method {
		case http.MethodGet, http.MethodHead, http.MethodOptions:
		default:
			if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt != "application/json" {
				reply(w, http.StatusUnsupportedMediaType, "send Content-Type: application/json")
				return
			}
		}
		var cert *x509.Certificate
		if r.TLS != nil {
			cert = verifiedLeaf(r.TLS.VerifiedChains)
		}
		p, err := g.check(r.Header.Get("Authorization"), cert, need)
		if err != nil {
			code := http.StatusUnauthorized
			if errors.Is(err, ErrPermission) {
				code = http.StatusForbidden
			} else {
				w.Header().Set("WWW-Authenticate", `Bearer realm="zkprover"`)
			}
			reply(w, code, err.Error())
			return
		}
		h.ServeHTTP(w, r.WithContext(With(r.Context(), p)))
	})
}

func writeJSON(w http.ResponseWriter, code int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(map[string]string{"message": msg})
}

// HostGuard wraps a handler served without authentication: a plaintext request that reached a
// loopback listener is answered 421 unless its Host is a loopback name (localhost, an address of
// 127.0.0.0/8, ::1), so that a web page whose domain was rebound to 127.0.0.1 cannot read or
// drive the node. Requests over TLS, and to listeners off loopback, pass unchanged. Behind a
// reverse proxy on the same host, have it send a loopback Host (nginx's default, $proxy_host).
func HostGuard(h http.Handler) http.Handler { return hostGuard(h, writeJSON) }

func hostGuard(h http.Handler, reply Reply) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.TLS == nil && loopbackListener(r) && !LoopbackHost(r.Host) {
			reply(w, http.StatusMisdirectedRequest, fmt.Sprintf("host %q is not this node's: a node without tokens answers requests for localhost, 127.0.0.1 or [::1] only", r.Host))
			return
		}
		h.ServeHTTP(w, r)
	})
}

// loopbackListener reports whether r came in on a loopback address.
func loopbackListener(r *http.Request) bool {
	a, ok := r.Context().Value(http.LocalAddrContextKey).(net.Addr)
	if !ok {
		return false
	}
	host, _, err := net.SplitHostPort(a.String())
	if err != nil {
		return false
	}
	ip, err := netip.ParseAddr(host)
	return err == nil && ip.Unmap().IsLoopback()
}

// LoopbackHost reports whether an HTTP Host value (with or without port) names the loopback
// interface: localhost (or a name under .localhost), 127.0.0.0/8 or ::1.
func LoopbackHost(hostport string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.ToLower(strings.Trim(host, "[]")), ".")
	if host == "localhost" || strings.HasSuffix(host, ".localhost") {
		return true
	}
	ip, err := netip.ParseAddr(host)
	return err == nil && ip.Unmap().IsLoopback()
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
