package relayer

import (
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/params"
)

// TestGasLimit: an attempt's gas limit is the estimate plus the margin, within the
// per-transaction cap (EIP-7825's 2^24 for an estimate within it, unless Options.MaxTxGas says
// otherwise) and the block gas limit; an estimate alone over a cap is refused.
func TestGasLimit(t *testing.T) {
	const block = 60_000_000
	for _, tc := range []struct {
		maxTxGas, est, block, want uint64
		over                       string
	}{
		{0, 100_000, block, 125_000, ""},
		{0, 14_000_000, block, params.MaxTxGas, ""},      // the margin would pass 2^24
		{0, params.MaxTxGas, block, params.MaxTxGas, ""}, // no margin left
		{0, 20_000_000, block, 25_000_000, ""},           // a chain that does not enforce EIP-7825
		{0, 20_000_000, 22_000_000, 22_000_000, ""},      // the block gas limit bounds the margin
		{0, 10_000_000, 11_000_000, 11_000_000, ""},
		{0, 70_000_000, block, 0, "over the block gas limit (60000000)"},
		{0, 100_000, 0, 125_000, ""}, // no block gas limit known
		{10_000_000, 9_000_000, block, 10_000_000, ""},
		{10_000_000, 11_000_000, block, 0, "over the chain's per-transaction gas cap (10000000)"},
		{30_000_000, 20_000_000, block, 25_000_000, ""},
	} {
		o := Options{MaxTxGas: tc.maxTxGas}
		o.defaults()
		m := &Manager{opts: o}
		got, over := m.gasLimit(tc.est, tc.block)
		if got != tc.want || (tc.over == "") != (over == "") || !strings.Contains(over, tc.over) {
			t.Errorf("cap %d, estimate %d, block %d: %d %q; want %d %q", tc.maxTxGas, tc.est, tc.block, got, over, tc.want, tc.over)
		}
	}
}
