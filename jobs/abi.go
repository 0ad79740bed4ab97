package jobs

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkprover/zkprover/contracts"
)

// The on-chain encodings are defined once, in contracts/ (codec.go, next to the Solidity
// structs they mirror); these are the node's names for them.

// JobRequest is the coprocessor API's OffchainJobRequest (contracts/src/Types.sol),
// carried ABI-encoded in InputProver.batch_l2_data.
type JobRequest = contracts.OffchainJobRequest

// OffchainResult is contracts/src/Types.sol's OffchainResultWithMetadata: what
// a relayer passes to JobManager.submitResultForOffchainJob.
type OffchainResult = contracts.OffchainResultWithMetadata

// EncodeJobRequest returns abi.encode(OffchainJobRequest).
func EncodeJobRequest(r JobRequest) ([]byte, error) { return r.Encode() }

// DecodeJobRequest decodes abi.encode(OffchainJobRequest); the encoding must be canonical.
func DecodeJobRequest(b []byte) (JobRequest, error) {
	q, err := contracts.DecodeOffchainJobRequest(b)
	if err != nil {
		return JobRequest{}, fmt.Errorf("decoding job request: %w", err)
	}
	return *q, nil
}

// EncodeOffchainResult returns abi.encode(OffchainResultWithMetadata).
func EncodeOffchainResult(r OffchainResult) ([]byte, error) { return r.Encode() }

// DecodeOffchainResult decodes abi.encode(OffchainResultWithMetadata).
func DecodeOffchainResult(b []byte) (OffchainResult, error) {
	r, err := contracts.DecodeOffchainResultWithMetadata(b)
	if err != nil {
		return OffchainResult{}, fmt.Errorf("decoding result with metadata: %w", err)
	}
	return *r, nil
}

// JobID is the coprocessor job id: keccak256(abi.encodePacked(uint64 nonce, address consumer)).
func JobID(nonce uint64, consumer common.Address) [32]byte { return contracts.JobID(nonce, consumer) }
