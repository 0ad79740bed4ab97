package connlimit

import (
	"errors"
	"io"
	"net"
	"syscall"
	"testing"
	"time"
)

// event is what the listener did with one dialled connection.
type event struct {
	c   net.Conn // accepted (nil if refused)
	why Reason   // refused
}

// serve wraps a loopback listener with o and reports every accepted or
// refused connection on the returned channel.
func serve(t *testing.T, o Options) (net.Listener, <-chan event) {
	t.Helper()
	raw, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ev := make(chan event, 64)
	o.Refused = func(_ net.Addr, why Reason) { ev <- event{why: why} }
	l := Wrap(raw, o)
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			ev <- event{c: c}
		}
	}()
	t.Cleanup(func() { _ = l.Close() })
	return l, ev
}

// dial connects from the loopback address from (127.0.0.x) and returns the
// client side with what the listener did with it.
func dial(t *testing.T, l net.Listener, from string, ev <-chan event) (net.Conn, event) {
	t.Helper()
	d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(from)}, Timeout: 10 * time.Second}
	c, err := d.Dial("tcp", l.Addr().String())
	if err != nil {
		t.Fatalf("dialling from %s: %v", from, err)
	}
	t.Cleanup(func() { _ = c.Close() })
	select {
	case e := <-ev:
		return c, e
	case <-time.After(30 * time.Second):
		t.Fatal("the listener neither accepted nor refused a connection")
		return nil, event{}
	}
}

// closedByServer: a refused connection reads end of file at once.
func closedByServer(t *testing.T, c net.Conn) {
	t.Helper()
	_ = c.SetReadDeadline(time.Now().Add(30 * time.Second))
	if _, err := c.Read(make([]byte, 1)); !errors.Is(err, io.EOF) && !isReset(err) {
		t.Fatalf("a refused connection should be closed by the server, read: %v", err)
	}
}

func isReset(err error) bool { return errors.Is(err, syscall.ECONNRESET) }

func TestTotalBound(t *testing.T) {
	l, ev := serve(t, Options{Max: 2})
	var srv []net.Conn
	for i := 0; i < 2; i++ {
		_, e := dial(t, l, "127.0.0.1", ev)
		if e.c == nil {
			t.Fatalf("connection %d refused (%s) within the bound", i, e.why)
		}
		srv = append(srv, e.c)
	}
	c, e := dial(t, l, "127.0.0.2", ev)
	if e.c != nil || e.why != Total {
		t.Fatalf("third connection: accepted %v, reason %q; want refused for the total", e.c != nil, e.why)
	}
	closedByServer(t, c)

	// Closing a connection twice frees one slot, not two.
	_ = srv[0].Close()
	_ = srv[0].Close()
	if n := l.(*Listener).Open(); n != 1 {
		t.Fatalf("open after a double close: %d, want 1", n)
	}
	if _, e := dial(t, l, "127.0.0.1", ev); e.c == nil {
		t.Fatalf("a freed slot refused (%s)", e.why)
	}
	if _, e := dial(t, l, "127.0.0.1", ev); e.c != nil {
		t.Fatal("over the total again, accepted")
	}
}

func TestPerHostBound(t *testing.T) {
	l, ev := serve(t, Options{Max: 10, MaxPerHost: 2})
	var first []net.Conn
	for i := 0; i < 2; i++ {
		_, e := dial(t, l, "127.0.0.1", ev)
		if e.c == nil {
			t.Fatalf("connection %d refused (%s) within the host's bound", i, e.why)
		}
		first = append(first, e.c)
	}
	c, e := dial(t, l, "127.0.0.1", ev)
	if e.c != nil || e.why != PerHost {
		t.Fatalf("the host's third connection: accepted %v, reason %q; want refused per host", e.c != nil, e.why)
	}
	closedByServer(t, c)
	// Another host still gets its share.
	for i := 0; i < 2; i++ {
		if _, e := dial(t, l, "127.0.0.2", ev); e.c == nil {
			t.Fatalf("another host's connection %d refused (%s)", i, e.why)
		}
	}
	// The first host gets a slot back when one of its connections closes.
	_ = first[0].Close()
	if _, e := dial(t, l, "127.0.0.1", ev); e.c == nil {
		t.Fatalf("the host's freed slot refused (%s)", e.why)
	}
	if n := l.(*Listener).Open(); n != 4 {
		t.Fatalf("open: %d, want 4", n)
	}
}

func TestNoBoundIsTheListenerItself(t *testing.T) {
	raw, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	if Wrap(raw, Options{}) != raw {
		t.Fatal("no bound should leave the listener as it is")
	}
}

func TestAcceptErrorPassesThrough(t *testing.T) {
	raw, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	l := Wrap(raw, Options{Max: 1})
	_ = l.Close()
	if _, err := l.Accept(); !errors.Is(err, net.ErrClosed) {
		t.Fatalf("accept on a closed listener: %v, want net.ErrClosed", err)
	}
}

// TestHostOf: IPv4 addresses count one by one, IPv6 ones by their /64.
func TestHostOf(t *testing.T) {
	for addr, want := range map[string]string{
		"192.0.2.7:443":               "192.0.2.7",
		"[2001:db8:1:2:aaaa::1]:443":  "2001:db8:1:2::/64",
		"[2001:db8:1:2:bbbb::9]:8080": "2001:db8:1:2::/64",
		"[2001:db8:1:3::1]:443":       "2001:db8:1:3::/64",
		"[::ffff:192.0.2.7]:1":        "192.0.2.7",
	} {
		a, err := net.ResolveTCPAddr("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		if got := hostOf(a); got != want {
			t.Errorf("%s counts for %q, want %q", addr, got, want)
		}
	}
}
