package testlog

import (
	"fmt"
	"sync"
	"testing"
)

// TestBuffer: concurrent writers lose nothing; Count ignores case.
func TestBuffer(t *testing.T) {
	var b Buffer
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 100 {
				fmt.Fprintf(&b, "Line from %d\n", i)
			}
		}()
	}
	wg.Wait()
	if n := b.Count("line FROM"); n != 800 {
		t.Fatalf("Count = %d, want 800", n)
	}
	if len(b.String()) == 0 {
		t.Fatal("nothing kept")
	}
}
