package relayer

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/txpool"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// failService answers every JSON-RPC call with the error it is told to give, as a node does.
type failService struct{ errs map[string]error }

func (s *failService) Fail(name string) error { return s.errs[name] }

// revertErr is an eth_call revert as geth returns it: code 3, the revert data in hex.
type revertErr struct{}

func (revertErr) Error() string          { return vm.ErrExecutionReverted.Error() }
func (revertErr) ErrorCode() int         { return 3 }
func (revertErr) ErrorData() interface{} { return "0xdeadbeef" }

// overRPC returns err as a client sees it after a JSON-RPC round trip: only its message (and
// code and data) crosses.
func overRPC(t *testing.T, err error) error {
	t.Helper()
	srv := rpc.NewServer()
	if e := srv.RegisterName("test", &failService{errs: map[string]error{"x": err}}); e != nil {
		t.Fatal(e)
	}
	t.Cleanup(srv.Stop)
	c := rpc.DialInProc(srv)
	t.Cleanup(c.Close)
	got := c.CallContext(context.Background(), nil, "test_fail", "x")
	if got == nil {
		t.Fatalf("%v: no error over JSON-RPC", err)
	}
	return got
}

// TestSendErrorClasses: each send error is read with go-ethereum's sentinel errors, both as the
// sentinel itself (wrapped as the txpool wraps it) and as the bare message that crosses
// JSON-RPC.
func TestSendErrorClasses(t *testing.T) {
	type class struct {
		name string
		is   func(error) bool
	}
	classes := []class{{"already known", isAlreadyKnown}, {"nonce too low", isNonceTooLow},
		{"underpriced", isUnderpriced}, {"no funds", isNoFunds}, {"reverted", isRevert},
		{"invalid", isInvalid}, {"too cheap", isTooCheap}, {"busy", isBusy}}
	cases := []struct {
		err  error
		want string // the one class it belongs to; "" none
	}{
		{txpool.ErrAlreadyKnown, "already known"},
		{core.ErrNonceTooLow, "nonce too low"},
		{fmt.Errorf("%w: address 0x01, tx: 5 state: 6", core.ErrNonceTooLow), "nonce too low"},
		{txpool.ErrUnderpriced, "underpriced"},
		{txpool.ErrReplaceUnderpriced, "underpriced"},
		{fmt.Errorf("%w: have 1, want 2", core.ErrInsufficientFunds), "no funds"},
		{core.ErrInsufficientFundsForTransfer, "no funds"},
		{vm.ErrExecutionReverted, "reverted"},
		{fmt.Errorf("%w: JobNotFound", vm.ErrExecutionReverted), "reverted"},
		{errors.New("connection refused"), ""},
		{context.DeadlineExceeded, ""},
		// the pool's validation refusals: in no pool, whatever the nonce, price or balance
		{fmt.Errorf("%w (cap: %d, tx: %d)", core.ErrGasLimitTooHigh, params.MaxTxGas, 17_500_000), "invalid"},
		{txpool.ErrGasLimit, "invalid"},
		{fmt.Errorf("%w: type %d rejected, pool not yet in Cancun", core.ErrTxTypeNotSupported, 3), "invalid"},
		{fmt.Errorf("%w: gas 21000, minimum needed 21064", core.ErrIntrinsicGas), "invalid"},
		{fmt.Errorf("%w: gas 21000, minimum needed 21064", core.ErrFloorDataGas), "invalid"},
		{fmt.Errorf("%w: transaction size 200000, limit 131072", txpool.ErrOversizedData), "invalid"},
		{txpool.ErrNegativeValue, "invalid"},
		{txpool.ErrInvalidSender, "invalid"},
		{core.ErrTipAboveFeeCap, "invalid"},
		{core.ErrTipVeryHigh, "invalid"},
		{core.ErrFeeCapVeryHigh, "invalid"},
		{core.ErrSenderNoEOA, "invalid"},
		{core.ErrGasUintOverflow, "invalid"},
		{fmt.Errorf("%w: gas tip cap 1, minimum needed 2", txpool.ErrTxGasPriceTooLow), "too cheap"},
		{core.ErrFeeCapTooLow, "too cheap"},
		{fmt.Errorf("%w: pooled 16 txs", txpool.ErrAccountLimitExceeded), "busy"},
		{txpool.ErrOutOfCapacity, "busy"},
		{txpool.ErrInflightTxLimitReached, "busy"},
		{txpool.ErrAlreadyReserved, "busy"},
		{core.ErrNonceTooHigh, "busy"},
	}
	for _, tc := range cases {
		for _, via := range []string{"sentinel", "json-rpc"} {
			err := tc.err
			if via == "json-rpc" {
				err = overRPC(t, tc.err)
				var re rpc.Error
				if !errors.As(err, &re) || errors.Is(err, tc.err) {
					t.Fatalf("%v: not a bare JSON-RPC error (%T)", tc.err, err)
				}
			}
			for _, c := range classes {
				if got := c.is(err); got != (c.name == tc.want) {
					t.Errorf("%s %q: %s = %v", via, err, c.name, got)
				}
			}
		}
	}
	for _, c := range classes {
		if c.is(nil) {
			t.Errorf("nil is %s", c.name)
		}
	}
}

// TestNodeAnswerOrTransport: an error the node answered with (a JSON-RPC error object,
// whatever its text) put nothing in the node's pool; a call without an answer (a timeout, a
// dropped connection, a proxy's HTTP error) may have reached it.
func TestNodeAnswerOrTransport(t *testing.T) {
	for _, err := range []error{overRPC(t, errors.New("some refusal the relayer does not know")),
		overRPC(t, txpool.ErrGasLimit), overRPC(t, revertErr{})} {
		if !isNodeAnswer(err) {
			t.Errorf("%q over JSON-RPC is not read as the node's answer", err)
		}
	}
	for _, err := range []error{nil, errors.New("connection refused"), context.DeadlineExceeded, context.Canceled,
		fmt.Errorf("eth_sendRawTransaction: no answer within 1s: %w (%w)", context.DeadlineExceeded, overRPC(t, errors.New("late"))),
		rpc.HTTPError{StatusCode: 502, Status: "502 Bad Gateway"}} {
		if isNodeAnswer(err) {
			t.Errorf("%v is read as the node's answer", err)
		}
	}
	if !isGasAllowance(overRPC(t, fmt.Errorf("gas required exceeds allowance (%d)", params.MaxTxGas))) || isGasAllowance(nil) ||
		isGasAllowance(overRPC(t, vm.ErrExecutionReverted)) {
		t.Error("eth_estimateGas's allowance error misread")
	}
}

// TestRevertDataOverRPC: the revert data of an eth_call error (JSON-RPC code 3, data in hex)
// reaches the classifier.
func TestRevertDataOverRPC(t *testing.T) {
	err := overRPC(t, revertErr{})
	if !isRevert(err) {
		t.Fatalf("%v is not a revert", err)
	}
	d, ok := revertData(err)
	if !ok || !bytes.Equal(d, []byte{0xde, 0xad, 0xbe, 0xef}) {
		t.Fatalf("revert data %x %v", d, ok)
	}
	if _, ok := revertData(vm.ErrExecutionReverted); ok {
		t.Fatal("revert data from an error without data")
	}
	if v := ClassifyRaw("k", d); v.Already || v.Reason != "execution reverted with data 0xdeadbeef" {
		t.Fatalf("ClassifyRaw: %+v", v)
	}
	if v := ClassifyRaw("k", nil); v.Already || v.Reason == "" {
		t.Fatalf("ClassifyRaw without data: %+v", v)
	}
}
