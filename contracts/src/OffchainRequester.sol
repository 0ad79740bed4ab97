// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IOffchainRequester, IBareRequestSignatures} from "./interfaces/IOffchainRequester.sol";

/// @title OffchainRequester
/// @notice A consumer that accepts offchain job requests implements isValidSignature (EIP-1271).
/// The JobManager passes the EIP-712 digest of the request under its own domain (name
/// "zkprover JobManager", version "1", the chain id, the JobManager's address; see
/// JobManager.hashOffchainJobRequest), so a signed request is valid on one chain and one
/// JobManager only. A consumer may opt in to InfinityVM's bare EIP-191 hash of the ABI-encoded
/// request by overriding acceptsBareRequestSignatures: such signatures can be replayed on every
/// chain where the consumer's address exists.
abstract contract OffchainRequester is IOffchainRequester, IBareRequestSignatures {
    bytes4 internal constant EIP1271_MAGIC_VALUE = 0x1626ba7e;
    bytes4 internal constant EIP1271_INVALID = 0xffffffff;

    function isValidSignature(bytes32 hash, bytes calldata signature) public view virtual returns (bytes4);

    /// @notice false: request signatures are EIP-712 (bound to the chain and the JobManager).
    function acceptsBareRequestSignatures() public view virtual returns (bool) {
        return false;
    }
}
