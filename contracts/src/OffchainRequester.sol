// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IOffchainRequester} from "./interfaces/IOffchainRequester.sol";

/// @title OffchainRequester
/// @notice A consumer that accepts offchain job requests implements isValidSignature (EIP-1271).
/// The JobManager passes the EIP-191 hash of the ABI-encoded OffchainJobRequest.
abstract contract OffchainRequester is IOffchainRequester {
    bytes4 internal constant EIP1271_MAGIC_VALUE = 0x1626ba7e;
    bytes4 internal constant EIP1271_INVALID = 0xffffffff;

    function isValidSignature(bytes32 hash, bytes calldata signature) public view virtual returns (bytes4);
}
