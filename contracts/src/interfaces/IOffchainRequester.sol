// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice EIP-1271 signature check through which a consumer authorises offchain job requests.
interface IOffchainRequester {
    /// @return magicValue 0x1626ba7e when `signature` over `hash` is valid for this consumer.
    function isValidSignature(bytes32 hash, bytes calldata signature) external view returns (bytes4 magicValue);
}

/// @notice The opt-in to InfinityVM's bare request signatures. A consumer whose
/// acceptsBareRequestSignatures() returns true has its request signatures checked over the
/// EIP-191 hash of abi.encode(OffchainJobRequest), which names no chain and no JobManager: a
/// request signed once is valid on every chain and JobManager where the consumer's address
/// exists. Any other answer (false, a revert, no such function) means EIP-712 typed data with
/// the JobManager's domain (name, version, chain id, JobManager address).
interface IBareRequestSignatures {
    function acceptsBareRequestSignatures() external view returns (bool);
}
