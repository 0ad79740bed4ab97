// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {OffchainRequester} from "./OffchainRequester.sol";
import {EthSig} from "./EthSig.sol";

/// @title SingleOffchainSigner
/// @notice Accepts offchain job requests signed by one configured key.
abstract contract SingleOffchainSigner is OffchainRequester {
    address public offchainSigner;

    constructor(address signer) {
        offchainSigner = signer;
    }

    function isValidSignature(bytes32 hash, bytes calldata signature) public view virtual override returns (bytes4) {
        address s = EthSig.recover(hash, signature);
        return (s != address(0) && s == offchainSigner) ? EIP1271_MAGIC_VALUE : EIP1271_INVALID;
    }
}
