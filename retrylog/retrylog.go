// Package retrylog logs the failures of a step that a loop retries (the listener's, the
// relayer's, the bridge's) without flooding the log while a node it depends on is down: the
// first failure at warn level, then at most one line a period with the count of failures
// since, and one line when a step succeeds again.
package retrylog

import (
	"time"

	"github.com/rs/zerolog"
)

// Every is the default period between the lines of a failure that lasts.
const Every = time.Minute

// Logger logs the outcomes of one loop's steps. Use it from that loop's goroutine.
type Logger struct {
	log   zerolog.Logger
	what  string // "listener step"
	every time.Duration
	now   func() time.Time

	failing  bool
	since    time.Time // the first failure of the current run of failures
	lastLine time.Time
	n        int // failures since since
	quiet    int // failures since the last line
}

// New returns the Logger of the steps named what ("listener step"), a line at most every
// period (Every when 0) while they fail.
func New(log zerolog.Logger, what string, every time.Duration) *Logger {
	if every <= 0 {
		every = Every
	}
	return &Logger{log: log, what: what, every: every, now: time.Now}
}

// Step records a step's outcome: err nil is a success.
func (l *Logger) Step(err error) {
	now := l.now()
	if err == nil {
		if l.failing {
			l.log.Info().Int("failures", l.n).Float64("failing_seconds", now.Sub(l.since).Seconds()).
				Msg(l.what + " succeeded again")
		}
		l.failing, l.n, l.quiet = false, 0, 0
		return
	}
	l.n++
	if !l.failing {
		l.failing, l.since, l.lastLine, l.quiet = true, now, now, 0
		l.log.Warn().Err(err).Msg(l.what + " failed; retrying")
		return
	}
	l.quiet++
	if now.Sub(l.lastLine) < l.every {
		return
	}
	l.log.Warn().Err(err).Int("failures", l.n).Int("failures_not_logged", l.quiet-1).
		Float64("failing_seconds", now.Sub(l.since).Seconds()).Msg(l.what + " still failing; retrying")
	l.lastLine, l.quiet = now, 0
}
