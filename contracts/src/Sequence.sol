// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Statement} from "./Statement.sol";

/// @title Sequence
/// @notice The statement of a sequence of consecutive jobs of one program, as the recursion
/// package proves it (docs/recursion.md, "Sequences of jobs"): the accumulated input hash and
/// the digest that a sequence final proof has as its one public input.
library Sequence {
    uint256 internal constant MASK253 = (1 << 253) - 1;
    /// Length of the final circuit's layout (run and sequence alike).
    uint256 internal constant LAYOUT_BYTES = 700;

    /// An accumulated input hash is not below 2^253.
    error AccNotInRange(bytes32 acc);

    /// A range of consecutive jobs: program, chain, cycle budget, and the state before the first
    /// job and after the last (state root, accumulated input hash, batch number).
    struct Range {
        bytes32 programId;
        uint64 chainId;
        uint64 maxCycles;
        bytes32 oldStateRoot;
        bytes32 newStateRoot;
        bytes32 oldAcc;
        bytes32 newAcc;
        uint64 oldBatch;
        uint64 newBatch;
    }

    /// A job's inputs as the accumulated input hash covers them (the final layout's first 366
    /// bytes): what is known when the job is sequenced.
    struct JobInputs {
        bytes32 programId;
        Statement.Context ctx;
        bytes onchainInput;
        bytes32 offchainHash;
    }

    /// @notice recursion.AccNext: sha256(acc ‖ program id, chain id, timestamp, batch number,
    /// sequencer, uint16 input length, input zero-padded to 256 bytes, offchain hash), top 3
    /// bits cleared.
    function accNext(bytes32 acc, JobInputs memory j) internal pure returns (bytes32) {
        if (uint256(acc) > MASK253) revert AccNotInRange(acc);
        Statement.fieldElement(j.programId);
        Statement.fieldElement(j.offchainHash);
        if (j.onchainInput.length > Statement.MAX_BLOB_BYTES) revert Statement.BlobTooLarge(j.onchainInput.length);
        bytes memory b = bytes.concat(
            abi.encodePacked(acc, j.programId, j.ctx.chainId, j.ctx.timestamp, j.ctx.batchNum, j.ctx.sequencer),
            abi.encodePacked(uint16(j.onchainInput.length), j.onchainInput, new bytes(Statement.MAX_BLOB_BYTES - j.onchainInput.length)),
            abi.encodePacked(j.offchainHash)
        );
        return bytes32(uint256(sha256(b)) & MASK253);
    }

    /// @notice recursion.SeqDigest: sha256 of the 700-byte sequence layout (0xff x 32, program
    /// id, chain id, maxCycles, old and new state root, old and new acc, old and new batch
    /// number, the aggregator, zeros), top 3 bits cleared.
    function seqDigest(Range memory r, address aggregator) internal pure returns (uint256) {
        Statement.fieldElement(r.programId);
        Statement.fieldElement(r.oldStateRoot);
        Statement.fieldElement(r.newStateRoot);
        if (uint256(r.oldAcc) > MASK253) revert AccNotInRange(r.oldAcc);
        if (uint256(r.newAcc) > MASK253) revert AccNotInRange(r.newAcc);
        bytes memory layout = bytes.concat(
            abi.encodePacked(type(uint256).max, r.programId, r.chainId, r.maxCycles),
            abi.encodePacked(r.oldStateRoot, r.newStateRoot, r.oldAcc, r.newAcc),
            abi.encodePacked(r.oldBatch, r.newBatch, aggregator, new bytes(LAYOUT_BYTES - 244))
        );
        return uint256(sha256(layout)) & MASK253;
    }
}
