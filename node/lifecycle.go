package node

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/rs/zerolog"
)

// The node's lifecycle, after geth's node.Lifecycle: a list of components
// started in order, each running until its context ends. A component that
// returns an error while the node runs stops the node, with the component's
// name and error logged and returned by Run (policy: components retry their
// own transient failures, e.g. an unreachable RPC, and return only errors they
// cannot recover from). Shutdown stops the components in reverse order, each
// within its deadline.

// component is one part of the running node.
type component struct {
	name string
	// run works until ctx ends, then stops and returns nil; an error return
	// before that stops the node.
	run func(ctx context.Context) error
	// stopWithin bounds how long the component may take to return after its
	// context ended (0: the node's stop timeout).
	stopWithin time.Duration
}

type running struct {
	component
	cancel context.CancelFunc
	done   chan error
}

// lifecycle starts components and stops them in reverse order.
type lifecycle struct {
	log      zerolog.Logger
	timeout  time.Duration
	started  []*running
	failed   chan error // the first component failure
	stopping chan struct{}
}

func newLifecycle(log zerolog.Logger, stopTimeout time.Duration) *lifecycle {
	return &lifecycle{log: log, timeout: stopTimeout, failed: make(chan error, 1), stopping: make(chan struct{})}
}

// start runs c in its own goroutine under a context of its own.
func (l *lifecycle) start(parent context.Context, c component) {
	ctx, cancel := context.WithCancel(parent)
	r := &running{component: c, cancel: cancel, done: make(chan error, 1)}
	l.started = append(l.started, r)
	go func() {
		err := c.run(ctx)
		if err != nil && ctx.Err() == nil {
			err = fmt.Errorf("%s: %w", c.name, err)
			select {
			case l.failed <- err:
			default:
			}
		}
		r.done <- err
	}()
	l.log.Debug().Str("part", c.name).Msg("started")
}

// stop stops every component in reverse order of start, each within its
// deadline; a component past its deadline is left behind (logged).
func (l *lifecycle) stop() {
	for i := len(l.started) - 1; i >= 0; i-- {
		r := l.started[i]
		r.cancel()
		within := r.stopWithin
		if within <= 0 {
			within = l.timeout
		}
		select {
		case err := <-r.done:
			if err != nil && !errors.Is(err, context.Canceled) {
				l.log.Debug().Err(err).Str("part", r.name).Msg("stopped with an error")
			}
		case <-time.After(within):
			l.log.Warn().Str("part", r.name).Dur("after", within).Msg("did not stop in time; left behind")
		}
	}
}

// group runs named parts until the first fails or its context ends (the
// chain side's relayer, bridge, listener, ...).
type group struct {
	ctx    context.Context
	cancel context.CancelFunc
	errc   chan error
	n      int
}

func newGroup(parent context.Context) *group {
	ctx, cancel := context.WithCancel(parent)
	return &group{ctx: ctx, cancel: cancel, errc: make(chan error, 16)}
}

// Go runs run(ctx) under the group's context.
func (g *group) Go(name string, run func(context.Context) error) {
	g.n++
	go func() {
		err := run(g.ctx)
		if err != nil && g.ctx.Err() == nil {
			err = fmt.Errorf("%s: %w", name, err)
		} else {
			err = nil
		}
		g.errc <- err
	}()
}

// wait returns when the group's context ends (nil) or a part fails (its
// error, with any other part's failure while stopping); either way every
// part is stopped and waited for.
func (g *group) wait() error {
	var first error
	for first == nil {
		select {
		case <-g.ctx.Done():
			return g.stop()
		case first = <-g.errc: // nil: a part that was done (e.g. the demo)
			g.n--
		}
	}
	return errors.Join(first, g.stop())
}

// stop cancels every part, waits for them and returns their failures.
func (g *group) stop() error {
	g.cancel()
	var errs []error
	for ; g.n > 0; g.n-- {
		if err := <-g.errc; err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}
