package contracts_test

import (
	"testing"

	"github.com/zkprover/zkprover/contracts"
)

// TestRevertString: byte arguments, bytes32 ones (job ids, state roots) included, read as
// 0x-hex; others as Go prints them.
func TestRevertString(t *testing.T) {
	rv := &contracts.Revert{Name: "JobNotPending", Args: []any{[32]byte{0: 0xab, 31: 0x01}, uint8(2), []byte{0xca, 0xfe}}}
	want := "JobNotPending(0xab00000000000000000000000000000000000000000000000000000000000001, 2, 0xcafe)"
	if got := rv.String(); got != want {
		t.Fatalf("%s, want %s", got, want)
	}
}
