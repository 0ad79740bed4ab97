package jobs

import "time"

// Reports that one door makes and another shows: the chain door knows where a
// job's result stands on chain, the aggregator door which aggregators are
// connected, and the zkprover.v1 door shows both (GetProof's relay field,
// GetStatus's aggregators). Doors never import each other; they share these
// types, and the composition root (package node) connects them.

// RelayNone is the relay state of a job that answers no chain request.
const RelayNone = "none"

// RelayInfo is where a job's result stands on chain.
type RelayInfo struct {
	// State: proving, pending, sent, confirmed, already_on_chain, failed, rejected,
	// no_result, cancelled (see the proto's RelayStatus).
	State string
	// TxHash is "0x" + hex of the included transaction, else of the latest attempt; empty
	// before the first send.
	TxHash string
	// Block includes the transaction (0 until included).
	Block uint64
	// Attempts counts the signed transactions sent.
	Attempts int
	// Reason says why it failed, is already on chain, was rejected or has no result.
	Reason string
	// UpdatedAt is the time of the last change.
	UpdatedAt time.Time
	// RelayID is "job/0x.." or "sub/<subscription>/<interval>".
	RelayID string
	// Summary is a one-line account.
	Summary string
}

// RelayStatuses finds the relay status of jobs (the chain door's bridge).
// ok is false when jobID answers no chain request.
type RelayStatuses interface {
	RelayStatus(jobID string) (info *RelayInfo, ok bool)
}

// AggregatorConn is the state of one aggregator connection.
type AggregatorConn struct {
	Addr      string    // HOST:PORT dialled
	State     string    // connecting, connected, backoff, stopped
	Since     time.Time // when State began
	Connects  uint64    // streams established so far
	Requests  uint64    // requests answered on every stream so far
	LastError string    // why the last stream ended or the last dial failed
}

// AggregatorReporter reports the aggregator connections (the aggregator door).
type AggregatorReporter interface {
	Connections() []AggregatorConn
}
