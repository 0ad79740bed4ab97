// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice EIP-1271 signature check through which a consumer authorises offchain job requests.
interface IOffchainRequester {
    /// @return magicValue 0x1626ba7e when `signature` over `hash` is valid for this consumer.
    function isValidSignature(bytes32 hash, bytes calldata signature) external view returns (bytes4 magicValue);
}
