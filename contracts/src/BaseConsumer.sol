// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Coordinator, ComputeProof, ISubscriber} from "./Coordinator.sol";

/// @title BaseConsumer
/// @notice Base of a contract that subscribes to compute through the Coordinator (Infernet's
/// BaseConsumer/SubscriptionConsumer). Every delivery reaching `_receiveCompute` carried a
/// Groth16 proof that the Coordinator verified for the subscription's program, the delivered
/// input and output, and the proof's exit code, offchain input hash and state roots.
abstract contract BaseConsumer is ISubscriber {
    Coordinator internal immutable COORDINATOR;

    error NotCoordinator();

    constructor(Coordinator coordinator) {
        COORDINATOR = coordinator;
    }

    function rawReceiveCompute(
        uint32 subscriptionId,
        uint32 interval,
        uint16 redundancy,
        address node,
        bytes calldata input,
        bytes calldata output,
        bytes calldata proof
    ) external {
        if (msg.sender != address(COORDINATOR)) revert NotCoordinator();
        _receiveCompute(subscriptionId, interval, redundancy, node, input, output, proof);
    }

    /// @notice Container inputs an off-chain node reads when the subscription has none.
    function getContainerInputs(uint32, uint32, uint32, address) external view virtual returns (bytes memory) {
        return "";
    }

    function _createSubscription(
        string memory containerId,
        bytes memory inputs,
        uint48 maxGasPrice,
        uint32 maxGasLimit,
        uint32 frequency,
        uint32 period,
        uint16 redundancy
    ) internal returns (uint32) {
        return COORDINATOR.createSubscription(containerId, inputs, maxGasPrice, maxGasLimit, frequency, period, redundancy);
    }

    function _cancelSubscription(uint32 subscriptionId) internal {
        COORDINATOR.cancelSubscription(subscriptionId);
    }

    /// @dev The containerId naming a program: "0x" + 64 lowercase hex digits of its id.
    function _containerId(bytes32 programID) internal pure returns (string memory) {
        bytes memory out = new bytes(66);
        out[0] = "0";
        out[1] = "x";
        bytes16 digits = "0123456789abcdef";
        for (uint256 i = 0; i < 32; ++i) {
            uint8 b = uint8(programID[i]);
            out[2 + 2 * i] = digits[b >> 4];
            out[3 + 2 * i] = digits[b & 0x0f];
        }
        return string(out);
    }

    /// @dev Decodes the `proof` argument: exit code, offchain input hash and state roots.
    function _decodeProof(bytes calldata proof) internal pure returns (ComputeProof memory) {
        return abi.decode(proof, (ComputeProof));
    }

    function _receiveCompute(
        uint32 subscriptionId,
        uint32 interval,
        uint16 redundancy,
        address node,
        bytes calldata input,
        bytes calldata output,
        bytes calldata proof
    ) internal virtual;
}
