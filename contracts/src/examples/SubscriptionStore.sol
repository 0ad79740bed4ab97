// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {BaseConsumer} from "../BaseConsumer.sol";
import {Coordinator, ComputeProof} from "../Coordinator.sol";

/// @title SubscriptionStore
/// @notice Example Coordinator subscriber: keeps every proven delivery (per interval and node).
contract SubscriptionStore is BaseConsumer {
    struct Delivery {
        address node;
        uint16 redundancy;
        uint32 exitCode;
        bytes output;
    }

    mapping(uint32 => mapping(uint32 => Delivery[])) internal _deliveries;
    address public immutable owner;

    event Delivered(uint32 indexed subscriptionId, uint32 indexed interval, address indexed node, bytes output);

    error NotOwner();

    constructor(Coordinator coordinator) BaseConsumer(coordinator) {
        owner = msg.sender;
    }

    function subscribe(
        bytes32 programID,
        bytes calldata inputs,
        uint48 maxGasPrice,
        uint32 maxGasLimit,
        uint32 frequency,
        uint32 period,
        uint16 redundancy
    ) external returns (uint32) {
        if (msg.sender != owner) revert NotOwner();
        return _createSubscription(
            _containerId(programID), inputs, maxGasPrice, maxGasLimit, frequency, period, redundancy
        );
    }

    function cancel(uint32 subscriptionId) external {
        if (msg.sender != owner) revert NotOwner();
        _cancelSubscription(subscriptionId);
    }

    function deliveries(uint32 subscriptionId, uint32 interval) external view returns (Delivery[] memory) {
        return _deliveries[subscriptionId][interval];
    }

    function _receiveCompute(
        uint32 subscriptionId,
        uint32 interval,
        uint16 redundancy,
        address node,
        bytes calldata,
        bytes calldata output,
        bytes calldata proof
    ) internal override {
        ComputeProof memory cp = _decodeProof(proof);
        _deliveries[subscriptionId][interval].push(
            Delivery({node: node, redundancy: redundancy, exitCode: cp.exitCode, output: output})
        );
        emit Delivered(subscriptionId, interval, node, output);
    }
}
