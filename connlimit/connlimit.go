// Package connlimit bounds the connections a listener holds open: in all, and
// from one remote host. A connection over a bound is closed as soon as it is
// accepted, so that a flood of idle connections (each holding a goroutine,
// buffers and, for TLS, a handshake) cannot exhaust the node's memory or file
// descriptors, and one host cannot take every slot from the others.
//
// Refusing at once rather than leaving the connection in the kernel's accept
// backlog (golang.org/x/net/netutil.LimitListener) gives the client an
// immediate error to retry on instead of a hang until its own timeout, and
// keeps the other hosts' connections flowing while one host is over its share.
package connlimit

import (
	"net"
	"sync"
)

// Reason says which bound refused a connection.
type Reason string

const (
	// Total: the listener holds its most connections already.
	Total Reason = "total"
	// PerHost: the remote host holds its most connections already.
	PerHost Reason = "per_host"
)

// Options are the bounds of one listener.
type Options struct {
	// Max is the most connections open at once (0: no bound).
	Max int
	// MaxPerHost is the most connections open at once from one remote host:
	// an IPv4 address, or an IPv6 /64 network (0: no bound). Behind a proxy every connection comes from the
	// proxy's address: set 0 there and bound the proxy instead.
	MaxPerHost int
	// Refused, if set, is called (outside any lock) for each refused
	// connection with the remote address and the bound that refused it.
	Refused func(remote net.Addr, why Reason)
}

// Listener wraps a net.Listener with the bounds of Options.
type Listener struct {
	net.Listener
	o Options

	mu     sync.Mutex
	open   int
	byHost map[string]int
}

// Wrap returns l with o's bounds; with no bound at all it returns l itself.
func Wrap(l net.Listener, o Options) net.Listener {
	if o.Max <= 0 && o.MaxPerHost <= 0 {
		return l
	}
	return &Listener{Listener: l, o: o, byHost: make(map[string]int)}
}

// Accept returns the next connection within the bounds; connections over them
// are closed and never returned.
func (l *Listener) Accept() (net.Conn, error) {
	for {
		c, err := l.Listener.Accept()
		if err != nil {
			return nil, err
		}
		host := hostOf(c.RemoteAddr())
		why, ok := l.admit(host)
		if ok {
			return &conn{Conn: c, release: func() { l.release(host) }}, nil
		}
		_ = c.Close()
		if l.o.Refused != nil {
			l.o.Refused(c.RemoteAddr(), why)
		}
	}
}

// Open is the number of connections open now (for tests and status).
func (l *Listener) Open() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.open
}

func (l *Listener) admit(host string) (Reason, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.o.Max > 0 && l.open >= l.o.Max {
		return Total, false
	}
	if l.o.MaxPerHost > 0 && l.byHost[host] >= l.o.MaxPerHost {
		return PerHost, false
	}
	l.open++
	l.byHost[host]++
	return "", true
}

func (l *Listener) release(host string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.open--
	if l.byHost[host]--; l.byHost[host] <= 0 {
		delete(l.byHost, host)
	}
}

// hostOf is the host a remote address counts for: its IPv4 address, or the
// /64 network of an IPv6 address (one machine commonly holds a whole /64, and
// could otherwise take every slot with addresses of its own); the whole text
// of an address without a port (e.g. a Unix socket's).
func hostOf(a net.Addr) string {
	if a == nil {
		return ""
	}
	var ip net.IP
	if t, ok := a.(*net.TCPAddr); ok {
		ip = t.IP
	} else {
		h, _, err := net.SplitHostPort(a.String())
		if err != nil {
			return a.String()
		}
		if ip = net.ParseIP(h); ip == nil {
			return h
		}
	}
	if ip.To4() != nil {
		return ip.String()
	}
	return ip.Mask(net.CIDRMask(64, 128)).String() + "/64"
}

// conn gives its slot back once, however often it is closed.
type conn struct {
	net.Conn
	once    sync.Once
	release func()
}

func (c *conn) Close() error {
	err := c.Conn.Close()
	c.once.Do(c.release)
	return err
}
