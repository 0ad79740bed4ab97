package circuits

import "testing"

func TestZZCount(t *testing.T) {
	for _, c := range []Class{NewClass(8), NewClass(10), NewClass(12), NewSegmentClass(5)} {
		n, err := ConstraintCount(c)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %d (%.1f per step)", c, n, float64(n)/float64(c.Steps))
	}
}
