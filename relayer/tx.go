// Package relayer is the node's transaction manager: callers hand it logical transactions
// (an id, a target, calldata) and it delivers each one to the chain exactly once. It owns the
// sender's nonces, estimates gas, prices EIP-1559 fees and bumps them on resubmission, waits
// for a confirmation depth, and keeps every hash it sent in Badger so that a restart resumes
// without sending twice. A transaction that cannot be delivered ends failed with its reason;
// nothing is dropped. It knows no contract: transactions are signed by a Signer, reverts are
// read by the caller's Classifier (the contract deliveries live in relayer/bridge), the node's
// errors by go-ethereum's sentinel errors, and every call to the node has its own timeout.
// See docs/relayer.md.
package relayer

import (
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// State is where a logical transaction stands.
type State string

// States. Pending and Sent are active; the others are terminal.
const (
	// Pending: accepted, not yet sent (or sent and lost its nonce to another sender).
	Pending State = "pending"
	// Sent: signed and broadcast with the hash of its latest attempt; waiting for inclusion
	// and the confirmation depth.
	Sent State = "sent"
	// Confirmed: included with a successful receipt at the confirmation depth.
	Confirmed State = "confirmed"
	// AlreadyDone: the chain already holds the effect (the job was completed or the interval
	// answered, by us earlier or by another node); nothing more is sent.
	AlreadyDone State = "already_on_chain"
	// Failed: cannot be delivered; Reason says why and Class how.
	Failed State = "failed"
)

// Terminal reports whether no further transition happens on its own.
func (s State) Terminal() bool { return s == Confirmed || s == AlreadyDone || s == Failed }

// Class classifies a failure.
type Class string

// Failure classes.
const (
	// Retryable: a transport or node error; the manager keeps trying.
	Retryable Class = "retryable"
	// Reverted: the call reverts (in simulation or on chain); Reason holds the decoded error.
	Reverted Class = "reverted"
	// OutOfBudget: the sender cannot pay for the transaction (balance) or its fee would exceed
	// the configured cap. A pending record waits with it in LastError until the balance (or the
	// base fee) allows; a sent one keeps following what it sent.
	OutOfBudget Class = "out_of_budget"
	// Refused: the node refuses the transaction as it is built, whatever its nonce, price or
	// the balance (its gas limit over the chain's per-transaction cap or the block gas limit, a
	// call that needs more gas than a transaction may have, a type or size the node does not
	// take): it never entered a pool and held no nonce; Reason holds the node's words.
	Refused Class = "refused"
)

// Request is a logical transaction handed to the manager.
type Request struct {
	// ID names the logical transaction; submitting an id again returns the existing record.
	ID string
	// To is the target contract.
	To common.Address
	// Data is the calldata.
	Data []byte
	// Kind names the delivery ("jobmanager.submitResult", ...) for revert classification.
	Kind string
	// Group orders deliveries: a transaction with a non-empty Group is sent only after every
	// earlier transaction of the same group is terminal (ordered relays for stateful apps).
	Group string
	// MaxFeeCap caps this transaction's fee per gas below the manager's cap (a Coordinator
	// subscription's maxGasPrice); nil: the manager's cap.
	MaxFeeCap *big.Int
}

// Attempt is one signed transaction sent for a logical transaction.
type Attempt struct {
	Hash      common.Hash `json:"hash"`
	Nonce     uint64      `json:"nonce"`
	GasLimit  uint64      `json:"gas_limit"`
	TipCap    *big.Int    `json:"tip_cap"`
	FeeCap    *big.Int    `json:"fee_cap"`
	Head      uint64      `json:"head"` // chain head when it was sent
	At        time.Time   `json:"at"`
	Raw       []byte      `json:"raw"`                // the signed transaction, for rebroadcast
	Rejected  string      `json:"rejected,omitempty"` // the node refused it outright (never in a pool)
	Abandoned bool        `json:"abandoned,omitempty"`
}

// Tx is the record of a logical transaction.
type Tx struct {
	ID    string         `json:"id"`
	Seq   uint64         `json:"seq"`
	Kind  string         `json:"kind,omitempty"`
	Group string         `json:"group,omitempty"`
	To    common.Address `json:"to"`
	Data  []byte         `json:"data"`
	// MaxFeeCap is the request's own fee cap (nil: the manager's).
	MaxFeeCap *big.Int `json:"max_fee_cap,omitempty"`

	State State `json:"state"`
	// Attempts is the history of every hash sent, oldest first; one the node refused (Rejected,
	// never in a pool) gives its place to the next attempt at its nonce.
	Attempts []Attempt `json:"attempts,omitempty"`

	// Hash, Block, BlockHash and GasUsed describe the included transaction (Sent once a
	// receipt is seen, final once Confirmed or Failed on chain).
	Hash      common.Hash `json:"hash,omitzero"`
	Block     uint64      `json:"block,omitempty"`
	BlockHash common.Hash `json:"block_hash,omitzero"`
	GasUsed   uint64      `json:"gas_used,omitempty"`

	Class     Class  `json:"class,omitempty"`  // of the failure (Failed), or of the last error
	Reason    string `json:"reason,omitempty"` // why it failed or is already on chain
	LastError string `json:"last_error,omitempty"`
	Errors    int    `json:"errors,omitempty"` // retryable errors seen
	// NonceLost counts the times its nonce was taken by another transaction of the sender.
	NonceLost int `json:"nonce_lost,omitempty"`
	// Reorged counts the times it was confirmed and then its block left the canonical chain
	// (a reorg deeper than the confirmations, Options.WatchBlocks): it was followed again.
	Reorged int `json:"reorged,omitempty"`
	// Reverts counts the attempts that were mined and reverted.
	Reverts int `json:"reverts,omitempty"`
	// RetryAt: a pending record whose last attempt the node refused (not enough balance, a
	// price or a pool that turned it away) is not tried again before this block (0: at once);
	// for want of balance, a top-up seen earlier ends the wait.
	RetryAt uint64 `json:"retry_at_block,omitempty"`

	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
	SentAt    time.Time `json:"sent_at,omitzero"` // first broadcast
	DoneAt    time.Time `json:"done_at,omitzero"` // terminal
	// goneAt is the head at which a check first found the nonce of every live attempt used on
	// chain with no receipt of ours (0: not seen; in memory only)
	goneAt uint64
}

// LastAttempt returns the latest attempt that reached a node, if any.
func (t *Tx) LastAttempt() (Attempt, bool) {
	for i := len(t.Attempts) - 1; i >= 0; i-- {
		a := t.Attempts[i]
		if a.Rejected == "" && !a.Abandoned {
			return a, true
		}
	}
	return Attempt{}, false
}

// live returns the attempts that may be in a pool or on chain.
func (t *Tx) live() []Attempt {
	var out []Attempt
	for _, a := range t.Attempts {
		if a.Rejected == "" && !a.Abandoned {
			out = append(out, a)
		}
	}
	return out
}

// Status is a one-line account of the record: "pending", "sent 0x.. (nonce n)",
// "confirmed in block n (0x..)", "failed: reason".
func (t *Tx) Status() string {
	switch t.State {
	case Pending:
		if t.LastError != "" {
			return "pending (last error: " + t.LastError + ")"
		}
		return "pending"
	case Sent:
		a, _ := t.LastAttempt()
		s := "sent " + a.Hash.Hex()
		if t.Block != 0 {
			s += " (included in block " + itoa(t.Block) + ")"
		}
		return s
	case Confirmed:
		return "confirmed in block " + itoa(t.Block) + " (" + t.Hash.Hex() + ")"
	case AlreadyDone:
		return "already on chain: " + t.Reason
	case Failed:
		return "failed (" + string(t.Class) + "): " + t.Reason
	}
	return string(t.State)
}

func itoa(n uint64) string { return new(big.Int).SetUint64(n).String() }
