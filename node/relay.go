package node

import (
	"sync/atomic"
	"time"

	pb "github.com/zkprover/zkprover/proto/zkprover/v1"
	"github.com/zkprover/zkprover/queue"
)

// The relay hook in the node: where a job's result stands on chain. The
// chain side (package relayer/bridge) knows which node jobs answer chain
// requests and how their delivery goes; GetProof shows it in the relay
// extension field.

// Relay states beyond the relayer's transaction states (pending, sent,
// confirmed, already_on_chain, failed).
const (
	// RelayNone: the node relays results, but this job came from no chain request.
	RelayNone = "none"
)

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

// RelayStatuses finds the relay status of node jobs (the bridge's RelayStatus).
// ok is false when jobID answers no chain request.
type RelayStatuses interface {
	RelayStatus(jobID string) (info *RelayInfo, ok bool)
}

type relaysBox struct{ r RelayStatuses }

// relayReporter is kept apart from Node's fields in node.go.
type relayReporter struct{ p atomic.Pointer[relaysBox] }

// ReportRelays makes GetProof include each job's relay status from r; nil
// stops it (the chain side stopped).
func (n *Node) ReportRelays(r RelayStatuses) {
	if r == nil {
		n.relays.p.Store(nil)
		return
	}
	n.relays.p.Store(&relaysBox{r})
}

// Relays returns the relay status source, nil when the node relays nothing.
func (n *Node) Relays() RelayStatuses {
	if b := n.relays.p.Load(); b != nil {
		return b.r
	}
	return nil
}

// RelayStatusOf is the GetProof form of job id's relay status from r: nil
// when r is nil (no chain side), state "none" when the job answers no chain
// request.
func RelayStatusOf(r RelayStatuses, id string) *pb.GetProofResponse_RelayStatus {
	if r == nil {
		return nil
	}
	info, ok := r.RelayStatus(id)
	if !ok || info == nil {
		return &pb.GetProofResponse_RelayStatus{State: RelayNone, Summary: "not a chain request"}
	}
	out := &pb.GetProofResponse_RelayStatus{
		State: info.State, TxHash: info.TxHash, BlockNumber: info.Block, Reason: info.Reason,
		RelayId: info.RelayID, Summary: info.Summary,
	}
	if info.Attempts > 0 {
		out.Attempts = uint32(min(info.Attempts, 1<<31))
	}
	if !info.UpdatedAt.IsZero() && info.UpdatedAt.Unix() > 0 {
		out.UpdatedAt = uint64(info.UpdatedAt.Unix())
	}
	return out
}

// JobResponse is the GetProof answer for a job in its current state with
// its relay status (the package function JobResponse, plus the relay field
// when the node relays results).
func (n *Node) JobResponse(job queue.Job) *pb.GetProofResponse {
	resp := JobResponse(job)
	resp.Relay = RelayStatusOf(n.Relays(), job.ID)
	return resp
}
