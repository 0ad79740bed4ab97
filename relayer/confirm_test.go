package relayer_test

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/zkprover/zkprover/relayer"
)

// TestAlreadyOnChainConfirmedByState: a revert the classifier reads as already on chain ends
// already_on_chain only when ConfirmAlready finds the effect in the chain's state (a callback
// can revert with the same error while the delivery is still open): not confirmed, it is a
// plain revert, failed with the classifier's reason; a confirmation that cannot be read is a
// transport error, retried on the next step. The estimate's revert is read the same way.
func TestAlreadyOnChainConfirmedByState(t *testing.T) {
	c := newChain(t)
	classify := func(kind string, data []byte) relayer.Verdict {
		if kind == "done" && len(data) >= 4 {
			return relayer.Verdict{Already: true, Reason: "the caller says it is done"}
		}
		return relayer.Verdict{Reason: "not done"}
	}
	var mu sync.Mutex
	answers := map[string][]error{} // per id: nil = confirmed, errNo = not, other = unreadable
	errNo := errors.New("no")
	var seen []string
	confirm := func(ctx context.Context, tx *relayer.Tx) (bool, error) {
		mu.Lock()
		defer mu.Unlock()
		if ctx.Err() != nil || tx.To != c.jmAddr || len(tx.Data) < 4 {
			t.Errorf("confirmer called for %s with ctx %v, to %s, %d bytes", tx.ID, ctx.Err(), tx.To, len(tx.Data))
		}
		seen = append(seen, tx.ID)
		a := answers[tx.ID]
		if len(a) == 0 {
			t.Errorf("unexpected confirmation of %s", tx.ID)
			return false, errors.New("unexpected")
		}
		answers[tx.ID] = a[1:]
		switch {
		case a[0] == nil:
			return true, nil
		case errors.Is(a[0], errNo):
			return false, nil
		}
		return false, a[0]
	}
	answers["confirmed"] = []error{nil}
	answers["unconfirmed"] = []error{errNo}
	answers["unreadable"] = []error{errors.New("connection refused"), nil}
	m := c.open(c.client, t.TempDir(), relayer.Options{Classify: classify, ConfirmAlready: confirm})
	defer m.Close()
	for i, id := range []string{"confirmed", "unconfirmed", "unreadable", "plain"} {
		kind := "done"
		if id == "plain" {
			kind = "k"
		}
		if _, err := m.Submit(relayer.Request{ID: id, Kind: kind, To: c.jmAddr, Data: c.cancelJobCall([32]byte{byte(i + 1)})}); err != nil {
			t.Fatal(err)
		}
	}
	_ = m.Step(c.ctx)
	if tx, _ := m.Get("unreadable"); tx.State != relayer.Pending || tx.Class != relayer.Retryable ||
		!strings.Contains(tx.LastError, "confirming already on chain") || !strings.Contains(tx.LastError, "connection refused") {
		t.Fatalf("unreadable confirmation after one step: %s (class %s, last error %q)", tx.Status(), tx.Class, tx.LastError)
	}
	conf := c.steps(m, "confirmed", 3)
	unconf := c.steps(m, "unconfirmed", 3)
	unread := c.steps(m, "unreadable", 3)
	plain := c.steps(m, "plain", 3)
	if conf.State != relayer.AlreadyDone || conf.Reason != "the caller says it is done" {
		t.Fatalf("confirmed: %s", conf.Status())
	}
	if unconf.State != relayer.Failed || unconf.Class != relayer.Reverted ||
		!strings.Contains(unconf.Reason, "the caller says it is done") || !strings.Contains(unconf.Reason, "not confirmed") {
		t.Fatalf("unconfirmed: %s", unconf.Status())
	}
	if unread.State != relayer.AlreadyDone || unread.Errors != 1 {
		t.Fatalf("unreadable, then confirmed: %s (%d errors)", unread.Status(), unread.Errors)
	}
	if plain.State != relayer.Failed || plain.Reason != "not done" {
		t.Fatalf("plain revert: %s", plain.Status())
	}
	if n := len(conf.Attempts) + len(unconf.Attempts) + len(unread.Attempts) + len(plain.Attempts); n != 0 || c.senderNonce() != 2 {
		t.Fatal("a reverting call was sent")
	}
	mu.Lock()
	if strings.Join(seen, ",") != "confirmed,unconfirmed,unreadable,unreadable" {
		t.Errorf("confirmations: %v", seen)
	}
	mu.Unlock()

	// The estimate's revert (the chain changed after eth_call) is confirmed the same way.
	rc := c.ownershipRace(t)
	mu.Lock()
	answers["race"] = []error{errNo}
	mu.Unlock()
	m2 := c.open(rc, t.TempDir(), relayer.Options{Classify: classify, ConfirmAlready: confirm})
	defer m2.Close()
	if _, err := m2.Submit(relayer.Request{ID: "race", Kind: "done", To: c.jmAddr, Data: c.setOperatorCall(addr(8))}); err != nil {
		t.Fatal(err)
	}
	_ = m2.Step(c.ctx)
	if tx, _ := m2.Get("race"); tx.State != relayer.Failed || tx.Class != relayer.Reverted || !strings.Contains(tx.Reason, "not confirmed") || len(tx.Attempts) != 0 {
		t.Fatalf("estimate's revert, not confirmed: %s", tx.Status())
	}
}
