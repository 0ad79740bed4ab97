package circuits

import (
	"fmt"
	"testing"
)

// BenchmarkConstraints compiles the classes 2^8, 2^10, 2^12 and reports
// their constraint counts (total and per step):
//
//	go test ./circuits -run '^$' -bench Constraints -benchtime 1x
func BenchmarkConstraints(b *testing.B) {
	for _, k := range []int{8, 10, 12} {
		b.Run(fmt.Sprintf("2^%d", k), func(b *testing.B) {
			c := NewClass(k)
			var n int
			for i := 0; i < b.N; i++ {
				var err error
				if n, err = ConstraintCount(c); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n), "constraints")
			b.ReportMetric(float64(n)/float64(c.Steps), "constraints/step")
		})
	}
}
