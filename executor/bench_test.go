package executor

import (
	"context"
	"math/rand"
	"testing"
)

// benchInputs are the inputs of the speed benchmarks: SHA-256 of 64 KiB
// (about 2.8 M steps) and sorting 64 words in reverse order (the worst case
// of the example's insertion sort).
func benchInputs(b *testing.B) map[string]struct {
	p  *Program
	in *Input
} {
	msg := make([]byte, 64<<10)
	rand.New(rand.NewSource(1)).Read(msg)
	rev := make([]uint32, 64)
	for i := range rev {
		rev[i] = uint32(1000 - i)
	}
	return map[string]struct {
		p  *Program
		in *Input
	}{
		"sha256": {loadExample(b, "sha256"), &Input{Offchain: msg}},
		"sort":   {loadExample(b, "sort"), &Input{Onchain: words(rev...)}},
	}
}

func BenchmarkFast(b *testing.B) {
	for _, name := range []string{"sha256", "sort"} {
		c := benchInputs(b)[name]
		b.Run(name, func(b *testing.B) {
			var cycles uint64
			for b.Loop() {
				r, err := Run(context.Background(), c.p, c.in, Config{})
				if err != nil {
					b.Fatal(err)
				}
				cycles += r.Cycles
			}
			b.ReportMetric(float64(cycles)/b.Elapsed().Seconds()/1e6, "Minstr/s")
		})
	}
}

func BenchmarkTrace(b *testing.B) {
	for _, name := range []string{"sha256", "sort"} {
		c := benchInputs(b)[name]
		b.Run(name, func(b *testing.B) {
			var cycles uint64
			for b.Loop() {
				r, _, err := RunTrace(context.Background(), c.p, c.in, Config{})
				if err != nil {
					b.Fatal(err)
				}
				cycles += r.Cycles
			}
			b.ReportMetric(float64(cycles)/b.Elapsed().Seconds()/1e6, "Minstr/s")
		})
	}
}

// BenchmarkTraceReuse traces into the previous run's steps, as a proving
// worker does, so that it measures the executor rather than the operating
// system's first touch of fresh memory.
func BenchmarkTraceReuse(b *testing.B) {
	for _, name := range []string{"sha256", "sort"} {
		c := benchInputs(b)[name]
		b.Run(name, func(b *testing.B) {
			var cycles uint64
			var buf []Step
			_, tr, err := RunTrace(context.Background(), c.p, c.in, Config{})
			if err != nil {
				b.Fatal(err)
			}
			buf = tr.Steps
			b.ResetTimer()
			for b.Loop() {
				r, tr, err := RunTraceBuf(context.Background(), c.p, c.in, Config{}, buf)
				if err != nil {
					b.Fatal(err)
				}
				buf = tr.Steps
				cycles += r.Cycles
			}
			b.ReportMetric(float64(cycles)/b.Elapsed().Seconds()/1e6, "Minstr/s")
		})
	}
}
