// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {BaseConsumer} from "../BaseConsumer.sol";
import {Coordinator, ComputeProof, SubscriptionTerms} from "../Coordinator.sol";
import {Statement} from "../Statement.sol";

/// @title SubscriptionStore
/// @notice Example Coordinator subscriber: keeps every proven delivery (per interval and node).
/// Only its deployer subscribes and cancels. For subscriptions without fixed inputs it names the
/// container inputs (getContainerInputs) and, with offchainFromConsumer terms, the offchain input
/// hash its programs must read.
contract SubscriptionStore is BaseConsumer {
    struct Delivery {
        address node;
        uint16 redundancy;
        uint32 exitCode;
        bytes output;
    }

    mapping(uint32 => mapping(uint32 => Delivery[])) internal _deliveries;
    address public immutable owner;
    /// What getContainerInputs returns (for every subscription, interval and node).
    bytes public containerInputs;
    /// What getContainerOffchainInputHash returns.
    bytes32 public offchainInputHash = Statement.EMPTY_OFFCHAIN_HASH;

    event Delivered(uint32 indexed subscriptionId, uint32 indexed interval, address indexed node, bytes output);

    error NotOwner();

    modifier onlyOwner() {
        if (msg.sender != owner) revert NotOwner();
        _;
    }

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
    ) external onlyOwner returns (uint32) {
        return _createSubscription(
            _containerId(programID), inputs, maxGasPrice, maxGasLimit, frequency, period, redundancy
        );
    }

    function subscribeWithTerms(
        bytes32 programID,
        bytes calldata inputs,
        uint48 maxGasPrice,
        uint32 maxGasLimit,
        uint32 frequency,
        uint32 period,
        uint16 redundancy,
        SubscriptionTerms calldata terms
    ) external onlyOwner returns (uint32) {
        return _createSubscriptionWithTerms(
            _containerId(programID), inputs, maxGasPrice, maxGasLimit, frequency, period, redundancy, terms
        );
    }

    function setContainerInputs(bytes calldata inputs) external onlyOwner {
        containerInputs = inputs;
    }

    function setOffchainInputHash(bytes32 hash) external onlyOwner {
        offchainInputHash = hash;
    }

    function cancel(uint32 subscriptionId) external onlyOwner {
        _cancelSubscription(subscriptionId);
    }

    function deliveries(uint32 subscriptionId, uint32 interval) external view returns (Delivery[] memory) {
        return _deliveries[subscriptionId][interval];
    }

    function getContainerInputs(uint32, uint32, uint32, address) external view override returns (bytes memory) {
        return containerInputs;
    }

    function getContainerOffchainInputHash(uint32, uint32, uint32, address) external view override returns (bytes32) {
        return offchainInputHash;
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
