package main

import (
	gnarklog "github.com/consensys/gnark/logger"
	"github.com/rs/zerolog"
)

// gnarkNoise are gnark's messages that say nothing to an operator: the
// whole-run circuits leave the segment circuit's statement slice empty, and
// gnark's schema walk warns "ignoring uninitialized slice" about it on every
// compile and proof.
var gnarkNoise = map[string]bool{"ignoring uninitialized slice": true}

// quietGnarkNoise drops gnarkNoise's events.
type quietGnarkNoise struct{}

func (quietGnarkNoise) Run(e *zerolog.Event, _ zerolog.Level, msg string) {
	if gnarkNoise[msg] {
		e.Discard()
	}
}

// gnarkLogger is log for gnark's own messages: component gnark, without
// gnarkNoise.
func gnarkLogger(log zerolog.Logger) zerolog.Logger {
	return log.With().Str("component", "gnark").Logger().Hook(quietGnarkNoise{})
}

// setGnarkLogger sends gnark's messages to gnarkLogger(log).
func setGnarkLogger(log zerolog.Logger) { gnarklog.Set(gnarkLogger(log)) }
