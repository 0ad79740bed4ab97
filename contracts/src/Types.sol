// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

// Job status values (InfinityVM's JobManager).
uint8 constant JOB_STATE_PENDING = 1;
uint8 constant JOB_STATE_CANCELLED = 2;
uint8 constant JOB_STATE_COMPLETED = 3;

// Nonce spaces: onchain jobs (createJob) use nonces below OFFCHAIN_NONCE_MIN, signed offchain
// requests nonces from it up, so neither kind can take the other's nonce (job ids are
// keccak256(nonce, consumer) for both).
uint64 constant OFFCHAIN_NONCE_MIN = uint64(1) << 63;

/// @notice What getJobMetadata returns (InfinityVM).
struct JobMetadata {
    bytes programID;
    uint64 maxCycles;
    address consumer;
    uint8 status;
}

/// @notice The result of an onchain job, `abi.encode`d into submitResult's first argument.
/// The first five fields are InfinityVM's ResultWithMetadata; the rest carry the proof.
struct ResultWithMetadata {
    bytes32 jobID;
    bytes32 onchainInputHash; // keccak256 of the job's onchain input
    uint64 maxCycles;
    bytes programID; // 32 bytes: the statement's program id, big-endian
    bytes result; // the program output (<= 256 bytes, whole 32-bit words)
    uint32 exitCode; // the program's HALT code
    bytes32 oldStateRoot; // statement.StateRoot of the state the run started from
    bytes32 newStateRoot; // ... and ended with
    /// The proof's class (VerifierRegistry). Below 0x80, a whole-run proof: 0..63 the base circuit
    /// of 2^class steps, 0x40 | k a SHA-256 class and 0x60 | k a Keccak class of 2^k steps (k =
    /// 0..31), bounded by maxCycles through its log steps; 0x80 | k: a final proof (segments of
    /// 2^k steps).
    uint8 proofClass;
    bytes proof; // groth16 Proof.MarshalSolidity(): 384 bytes
}

/// @notice The result of an offchain job, `abi.encode`d into submitResultForOffchainJob's first
/// argument. The first seven fields are InfinityVM's OffchainResultWithMetadata.
struct OffchainResultWithMetadata {
    bytes32 jobID;
    bytes32 onchainInputHash;
    bytes32 offchainInputHash; // statement.OffchainHash of the offchain input
    uint64 maxCycles;
    bytes programID;
    bytes result;
    bytes32[] versionedBlobHashes; // carried for InfinityVM compatibility; not checked
    uint32 exitCode;
    bytes32 oldStateRoot;
    bytes32 newStateRoot;
    uint8 proofClass; // as in ResultWithMetadata
    bytes proof;
}

/// @notice A signed offchain job request (InfinityVM's OffchainJobRequest with stateHash).
struct OffchainJobRequest {
    uint64 nonce;
    uint64 maxCycles;
    address consumer;
    bytes programID;
    bytes onchainInput;
    bytes32 offchainInputHash; // statement.OffchainHash of the offchain input
    bytes32 stateHash; // statement.StateRoot the run must start from
}
