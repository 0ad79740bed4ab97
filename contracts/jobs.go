package contracts

import (
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/zkprover/zkprover/contracts/bindings"
	"github.com/zkprover/zkprover/statement"
)

// OnchainJob is an onchain job as a node learns it from the JobManager's JobCreated event.
type OnchainJob struct {
	ID           [32]byte
	Nonce        uint64
	Consumer     common.Address
	MaxCycles    uint64
	ProgramID    fr.Element
	OnchainInput []byte
	CreatedAt    uint64 // timestamp of the block holding the event
}

// ParseJobCreated decodes a JobCreated log of the JobManager; blockTime is the timestamp of
// the log's block (its header's Time).
func ParseJobCreated(log types.Log, blockTime uint64) (*OnchainJob, error) {
	f, err := bindings.NewJobManagerFilterer(log.Address, nil)
	if err != nil {
		return nil, fmt.Errorf("JobManager filterer: %w", err)
	}
	ev, err := f.ParseJobCreated(log)
	if err != nil {
		return nil, fmt.Errorf("decoding JobCreated: %w", err)
	}
	var pid fr.Element
	if err := pid.SetBytesCanonical(ev.ProgramID); err != nil {
		return nil, fmt.Errorf("program id in JobCreated (%d bytes): %w", len(ev.ProgramID), err)
	}
	return &OnchainJob{
		ID: ev.JobID, Nonce: ev.Nonce, Consumer: ev.Consumer, MaxCycles: ev.MaxCycles,
		ProgramID: pid, OnchainInput: ev.OnchainInput, CreatedAt: blockTime,
	}, nil
}

// Context is the statement context of the job on chain chainID.
func (j *OnchainJob) Context(chainID uint64) statement.Context {
	return OnchainJobContext(chainID, j.CreatedAt, j.Nonce, j.Consumer)
}
