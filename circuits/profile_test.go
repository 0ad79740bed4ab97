package circuits

import (
	"os"
	"testing"
)

// TestMarginalCosts reports the constraints of each capacity (set ZK_PROFILE=1).
func TestMarginalCosts(t *testing.T) {
	if os.Getenv("ZK_PROFILE") == "" {
		t.Skip("set ZK_PROFILE=1")
	}
	base := Class{LogSteps: 4, Steps: 16, ImageWords: 64, OffchainWords: 64, StateEntries: 16, MemRows: 128, MulRows: 8, SgnRows: 8, DivRows: 8, LogRows: 4, IoRows: 16, SysRows: 16}
	count := func(c Class) int {
		n, err := ConstraintCount(c)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	n0 := count(base)
	t.Logf("base %+v: %d", base, n0)
	for _, v := range []struct {
		name string
		mod  func(c *Class)
		d    int
	}{
		{"step", func(c *Class) { c.Steps += 64 }, 64},
		{"image word", func(c *Class) { c.ImageWords += 64 }, 64},
		{"offchain word", func(c *Class) { c.OffchainWords += 64 }, 64},
		{"state entry", func(c *Class) { c.StateEntries += 16 }, 16},
		{"RAM row", func(c *Class) { c.MemRows += 64 }, 64},
		{"multiplier row", func(c *Class) { c.MulRows += 64 }, 64},
		{"sign row", func(c *Class) { c.SgnRows += 64 }, 64},
		{"divider row", func(c *Class) { c.DivRows += 64 }, 64},
		{"bitwise row", func(c *Class) { c.BitRows += 64 }, 64},
		{"sub-word row", func(c *Class) { c.SubRows += 64 }, 64},
		{"log row", func(c *Class) { c.LogRows += 32 }, 32}, // 36 rows: within the log budget, so unchecked
		{"I/O row", func(c *Class) { c.IoRows += 64 }, 64},
		{"system-call row", func(c *Class) { c.SysRows += 64 }, 64},
	} {
		c := base
		v.mod(&c)
		n := count(c)
		t.Logf("%s: %.1f constraints each", v.name, float64(n-n0)/float64(v.d))
	}
	// The limits that are constraints only in large classes, made to apply
	// to the small one by a lower limit.
	for _, v := range []struct {
		name  string
		limit func(c *Class)
		mod   func(c *Class)
		d     int
	}{
		{"RAM row with the page count (2^16 and up)", func(c *Class) { c.pageLimit = 8 }, func(c *Class) { c.MemRows += 64 }, 64},
		{"log row with the log budget (2^13 and up)", func(c *Class) { c.logLimit = 100 }, func(c *Class) { c.LogRows += 64 }, 64},
	} {
		c := base
		v.limit(&c)
		n1 := count(c)
		v.mod(&c)
		n := count(c)
		t.Logf("%s: %.1f constraints each (the check costs %d on the base class)", v.name, float64(n-n1)/float64(v.d), n1-n0)
	}
}
