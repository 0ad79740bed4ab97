// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Statement} from "../Statement.sol";

/// @notice Test-only: exposes the Statement library for the differential test against the Go
/// statement package.
contract StatementHarness {
    function emptyOffchainHash() external pure returns (bytes32) {
        return Statement.EMPTY_OFFCHAIN_HASH;
    }

    function emptyStateRoot() external pure returns (bytes32) {
        return Statement.EMPTY_STATE_ROOT;
    }

    function packBlob(bytes calldata b) external pure returns (uint256[10] memory) {
        return Statement.packBlob(b);
    }

    function publicInputs(
        bytes32 programId,
        uint64 chainId,
        uint64 timestamp,
        uint64 batchNum,
        address sequencer,
        bytes calldata onchainInput,
        bytes32[3] calldata hashes, // offchain hash, old state root, new state root
        uint32 exitCode,
        bytes calldata output
    ) external pure returns (uint256[27] memory) {
        return Statement.publicInputs(
            Statement.Public({
                programId: programId,
                ctx: Statement.Context({chainId: chainId, timestamp: timestamp, batchNum: batchNum, sequencer: sequencer}),
                onchainInput: onchainInput,
                offchainHash: hashes[0],
                oldStateRoot: hashes[1],
                newStateRoot: hashes[2],
                exitCode: exitCode,
                output: output
            })
        );
    }

    function finalDigest(Statement.Public memory p, uint64 maxCycles) external pure returns (uint256) {
        return Statement.finalDigest(p, maxCycles);
    }

    /// Gas of Statement.publicInputs and Statement.finalDigest of one statement, measured with
    /// gasleft() inside one call (the gas table's rows of the two).
    function measureGas(Statement.Public memory p, uint64 maxCycles)
        external
        view
        returns (uint256 publicInputsGas, uint256 finalDigestGas, uint256 sink)
    {
        uint256 g = gasleft();
        uint256[27] memory v = Statement.publicInputs(p);
        publicInputsGas = g - gasleft();
        g = gasleft();
        uint256 d = Statement.finalDigest(p, maxCycles);
        finalDigestGas = g - gasleft();
        sink = v[26] ^ d;
    }
}
