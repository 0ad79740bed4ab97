package circuits

import (
	"testing"
)

func TestHalt(t *testing.T) {
	c := NewClass(4)
	w := run(t, prog(li(a0, 42), syscall(0)), runIn{})
	a, err := Assign(c, w)
	if err != nil {
		t.Fatal(err)
	}
	if err := solve(t, c, a); err != nil {
		t.Fatal(err)
	}
}
