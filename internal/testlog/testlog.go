// Package testlog is what tests share to read what a logger wrote while the logger's
// goroutines go on writing.
package testlog

import (
	"bytes"
	"strings"
	"sync"
)

// Buffer keeps what is written to it; safe for concurrent writers and readers.
type Buffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *Buffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

// String is everything written so far.
func (s *Buffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// Count is the number of times sub occurs in what was written, ignoring case.
func (s *Buffer) Count(sub string) int {
	return strings.Count(strings.ToLower(s.String()), strings.ToLower(sub))
}
