// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice The verifier interface of upstream's rollup contracts (zkevm-contracts'
/// IVerifierRollup): a final proof as 24 words of 32 bytes and one public signal.
interface IRollupVerifier {
    function verifyProof(bytes32[24] calldata proof, uint256[1] calldata pubSignals) external view returns (bool);
}
