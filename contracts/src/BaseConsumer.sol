// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Coordinator, ComputeProof, ISubscriber, SubscriptionTerms} from "./Coordinator.sol";
import {Statement} from "./Statement.sol";

/// @title BaseConsumer
/// @notice Base of a contract that subscribes to compute through the Coordinator (Infernet's
/// BaseConsumer/SubscriptionConsumer). Every delivery reaching `_receiveCompute` carried a
/// Groth16 proof that the Coordinator verified against a statement chain state fixes: the
/// subscription's program, the interval's context with the delivering node as sequencer, the
/// subscription's input (or this contract's getContainerInputs), its offchain input hash and
/// state roots (see Coordinator); only the output, the exit code and (stateful) the new state
/// root come from the run, and the proof attests them.
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

    /// @notice Container inputs of an interval when the subscription has none (Infernet): the
    /// Coordinator accepts only deliveries whose input equals this (default: empty input).
    function getContainerInputs(uint32, uint32, uint32, address) external view virtual returns (bytes memory) {
        return "";
    }

    /// @notice The offchain input hash of an interval, for subscriptions whose terms say
    /// offchainFromConsumer (default: no offchain input).
    function getContainerOffchainInputHash(uint32, uint32, uint32, address) external view virtual returns (bytes32) {
        return Statement.EMPTY_OFFCHAIN_HASH;
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

    function _createSubscriptionWithTerms(
        string memory containerId,
        bytes memory inputs,
        uint48 maxGasPrice,
        uint32 maxGasLimit,
        uint32 frequency,
        uint32 period,
        uint16 redundancy,
        SubscriptionTerms memory terms
    ) internal returns (uint32) {
        return COORDINATOR.createSubscriptionWithTerms(
            containerId, inputs, maxGasPrice, maxGasLimit, frequency, period, redundancy, terms
        );
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

    /// @dev Decodes the `proof` argument: exit code, offchain input hash and state roots (all
    /// checked by the Coordinator against the subscription).
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
