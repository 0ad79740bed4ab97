package relayer_test

import (
	"context"
	"math/big"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"

	"github.com/zkprover/zkprover/relayer"
)

// burnerCode is the runtime code of a contract that burns gas: it loops n times (n is the
// calldata's first word), 40 gas a round, and stops.
//
//	00 PUSH1 0; CALLDATALOAD
//	03 JUMPDEST; DUP1; ISZERO; PUSH1 0x10; JUMPI
//	09 PUSH1 1; SWAP1; SUB; PUSH1 3; JUMP
//	10 JUMPDEST; STOP
var burnerCode = common.FromHex("600035" + "5b8015601057" + "600190036003" + "56" + "5b00")

// rounds is the burner's calldata for n rounds.
func rounds(n int64) []byte { return common.LeftPadBytes(big.NewInt(n).Bytes(), 32) }

// deployCode deploys a contract whose runtime code is code (from the user account) and
// returns its address.
func (c *chain) deployCode(code []byte) common.Address {
	c.t.Helper()
	// PUSH1 len; DUP1; PUSH1 11; PUSH1 0; CODECOPY; PUSH1 0; RETURN; then the runtime code
	initCode := append([]byte{0x60, byte(len(code)), 0x80, 0x60, 0x0b, 0x60, 0x00, 0x39, 0x60, 0x00, 0xf3}, code...)
	nonce, err := c.client.PendingNonceAt(c.ctx, c.userAddr)
	if err != nil {
		c.t.Fatal(err)
	}
	h, err := c.client.HeaderByNumber(c.ctx, nil)
	if err != nil {
		c.t.Fatal(err)
	}
	tip := big.NewInt(1e9)
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: c.chainID, Nonce: nonce, GasTipCap: tip,
		GasFeeCap: new(big.Int).Add(new(big.Int).Mul(h.BaseFee, big.NewInt(2)), tip), Gas: 200_000, Data: initCode})
	if tx, err = c.user.Signer(c.userAddr, tx); err != nil {
		c.t.Fatal(err)
	}
	if err := c.client.SendTransaction(c.ctx, tx); err != nil {
		c.t.Fatal(err)
	}
	r := c.mine(tx)
	got, err := c.client.CodeAt(c.ctx, r.ContractAddress, nil)
	if err != nil || string(got) != string(code) {
		c.t.Fatalf("deployed code %x (%v), want %x", got, err, code)
	}
	return r.ContractAddress
}

// claimedEstimate is a node whose eth_estimateGas answers claims[data[0]] for one-byte calldata
// (as a node that does not cap its estimates at EIP-7825's cap may); the rest is the chain's.
type claimedEstimate struct {
	relayer.Client
	claims map[byte]uint64
}

func (e claimedEstimate) EstimateGas(ctx context.Context, call ethereum.CallMsg) (uint64, error) {
	if len(call.Data) == 1 {
		if g, ok := e.claims[call.Data[0]]; ok {
			return g, nil
		}
	}
	return e.Client.EstimateGas(ctx, call)
}

// TestGasOverTheCaps: on an Osaka chain (EIP-7825: at most 2^24 gas a transaction), a delivery
// whose callee burns ~13.6M gas is sent with its margin capped at 2^24 (+25 % would be
// refused by the pool) and delivered; one that needs more than the cap (the node's estimate
// fails), one estimated over the block gas limit, and one the node estimates past the cap and
// its pool then refuses ("transaction gas limit too high") each end failed (refused) with the
// node's reason, holding no nonce: the delivery submitted after them all is confirmed, and the
// sender's nonces have no gap.
func TestGasOverTheCaps(t *testing.T) {
	c := newChain(t)
	burner := c.deployCode(burnerCode)
	m := c.open(claimedEstimate{Client: c.client, claims: map[byte]uint64{9: 20_000_000, 8: 70_000_000}}, t.TempDir(), relayer.Options{})
	defer m.Close()
	base := c.senderNonce()
	for _, r := range []relayer.Request{
		{ID: "claimed", To: c.userAddr, Data: []byte{9}}, // estimated at 20M: the pool refuses it
		{ID: "heavy", To: burner, Data: rounds(340_000)}, // ~13.6M gas, 17M with the margin
		{ID: "over", To: burner, Data: rounds(500_000)},  // ~20M gas: no estimate within the cap
		{ID: "huge", To: c.userAddr, Data: []byte{8}},    // estimated over the block gas limit (60M)
		{ID: "next", To: c.jmAddr, Data: c.setOperatorCall(addr(1))},
	} {
		if _, err := m.Submit(r); err != nil {
			t.Fatal(err)
		}
	}
	_ = m.Step(c.ctx)
	for id, want := range map[string]string{"claimed": "gas limit too high", "over": "gas required exceeds allowance",
		"huge": "block gas limit"} {
		tx, _ := m.Get(id)
		if tx.State != relayer.Failed || tx.Class != relayer.Refused || !strings.Contains(tx.Reason, want) {
			t.Fatalf("%s: %s (class %s)", id, tx.Status(), tx.Class)
		}
		if a, ok := tx.LastAttempt(); ok {
			t.Fatalf("%s: attempt %s at nonce %d still followed", id, a.Hash, a.Nonce)
		}
	}
	if tx, _ := m.Get("over"); len(tx.Attempts) != 0 {
		t.Fatalf("over the cap: %d attempts sent", len(tx.Attempts))
	}
	heavy := c.steps(m, "heavy", 6)
	next := c.steps(m, "next", 6)
	if heavy.State != relayer.Confirmed || next.State != relayer.Confirmed {
		t.Fatalf("heavy %s, next %s", heavy.Status(), next.Status())
	}
	if g := heavy.Attempts[len(heavy.Attempts)-1].GasLimit; g != params.MaxTxGas || heavy.GasUsed < 13_000_000 {
		t.Fatalf("heavy: gas limit %d, used %d; want the limit capped at %d", g, heavy.GasUsed, params.MaxTxGas)
	}
	if n := c.senderNonce() - base; n != 2 || c.operatorEvents(addr(1)) != 1 {
		t.Fatalf("%d transactions of the sender mined, want heavy and next", n)
	}
}

// nodeRefusal is a JSON-RPC error object the relayer does not know (the node answered).
type nodeRefusal string

func (e nodeRefusal) Error() string  { return string(e) }
func (e nodeRefusal) ErrorCode() int { return -32000 }

// refuseOnce answers the first send of a transaction to target with a refusal the relayer
// does not know, without forwarding it.
type refuseOnce struct {
	relayer.Client
	target common.Address
	done   atomic.Bool
}

func (r *refuseOnce) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if *tx.To() == r.target && r.done.CompareAndSwap(false, true) {
		return nodeRefusal("txpool is closed for maintenance")
	}
	return r.Client.SendTransaction(ctx, tx)
}

// TestUnknownRefusalHoldsNoNonce: a send the node answers with an error the relayer does not
// know put nothing in the pool: the record stays pending (retryable, the refusal in last_error)
// without holding its nonce, the next delivery takes that nonce and is confirmed without
// waiting, and the refused one is sent again BumpAfterBlocks later and delivered once.
func TestUnknownRefusalHoldsNoNonce(t *testing.T) {
	c := newChain(t)
	const after = 8
	cl := &refuseOnce{Client: c.client, target: c.userAddr}
	m := c.open(cl, t.TempDir(), relayer.Options{BumpAfterBlocks: after})
	defer m.Close()
	base := c.senderNonce()
	if _, err := m.Submit(relayer.Request{ID: "odd", To: c.userAddr, Data: []byte{1}}); err != nil {
		t.Fatal(err)
	}
	if _, err := m.Submit(relayer.Request{ID: "after", To: c.jmAddr, Data: c.setOperatorCall(addr(2))}); err != nil {
		t.Fatal(err)
	}
	_ = m.Step(c.ctx)
	odd, _ := m.Get("odd")
	if _, live := odd.LastAttempt(); odd.State != relayer.Pending || live || odd.Class != relayer.Retryable ||
		!strings.Contains(odd.LastError, "closed for maintenance") {
		t.Fatalf("refused: %s (class %s)", odd.Status(), odd.Class)
	}
	next := c.steps(m, "after", 4)
	if next.State != relayer.Confirmed || next.Attempts[0].Nonce != base {
		t.Fatalf("after: %s at nonce %d, want %d", next.Status(), next.Attempts[0].Nonce, base)
	}
	if odd, _ = m.Get("odd"); odd.State != relayer.Pending {
		t.Fatalf("odd tried again before BumpAfterBlocks: %s", odd.Status())
	}
	odd = c.steps(m, "odd", after+6)
	if odd.State != relayer.Confirmed || odd.Attempts[len(odd.Attempts)-1].Nonce != base+1 || len(odd.Attempts) != 1 {
		t.Fatalf("odd: %s, %d attempts", odd.Status(), len(odd.Attempts))
	}
	if n := c.senderNonce() - base; n != 2 {
		t.Fatalf("%d transactions mined, want 2", n)
	}
}

// gasPriceGate is the runtime code of a callee that reverts when the transaction pays a gas
// price and passes when it pays none, as a simulation (eth_call, eth_estimateGas) does: a
// consumer's callback that makes the relayer pay for reverts (GASPRICE; PUSH1 5; JUMPI; STOP;
// JUMPDEST; PUSH1 0; DUP1; REVERT).
var gasPriceGate = common.FromHex("3a600557005b600080fd")

// TestEnvironmentRevertNotSentAgain: a delivery that reverts on chain, not out of gas, while a
// simulation of it still passes fails at once (the call depends on the transaction's
// environment) instead of being sent again until MaxReverts: one transaction is paid, not
// three.
func TestEnvironmentRevertNotSentAgain(t *testing.T) {
	c := newChain(t)
	gate := c.deployCode(gasPriceGate)
	base := c.senderNonce()
	m := c.open(c.client, t.TempDir(), relayer.Options{Confirmations: 1})
	defer m.Close()
	if _, err := m.Submit(relayer.Request{ID: "grief", To: gate, Data: []byte{1}}); err != nil {
		t.Fatal(err)
	}
	tx := c.steps(m, "grief", 8)
	if tx.State != relayer.Failed || tx.Class != relayer.Reverted || !strings.Contains(tx.Reason, "depends on the transaction's environment") {
		t.Fatalf("%s", tx.Status())
	}
	if n := c.senderNonce() - base; n != 1 {
		t.Fatalf("%d transactions sent, want 1", n)
	}
}
