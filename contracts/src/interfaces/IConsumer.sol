// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice What the JobManager calls on a consumer (InfinityVM's Consumer interface).
interface IConsumer {
    function getOnchainInputForJob(bytes32 jobID) external view returns (bytes memory);
    function getOffchainInputHashForJob(bytes32 jobID) external view returns (bytes32);
    function getNextNonce() external view returns (uint64);
    function setInputsForJob(bytes32 jobID, bytes calldata onchainInput, bytes32 offchainInputHash) external;
    function updateLatestNonce(uint64 nonce) external;
    /// @param result abi.encode(uint32 exitCode, bytes32 oldStateRoot, bytes32 newStateRoot, bytes output)
    function receiveResult(bytes32 jobID, bytes calldata result) external;
}
