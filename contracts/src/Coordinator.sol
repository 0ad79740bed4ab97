// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Statement} from "./Statement.sol";
import {VerifierRegistry} from "./VerifierRegistry.sol";

/// @notice What the Coordinator calls on a subscriber (see BaseConsumer).
interface ISubscriber {
    function rawReceiveCompute(
        uint32 subscriptionId,
        uint32 interval,
        uint16 redundancy,
        address node,
        bytes calldata input,
        bytes calldata output,
        bytes calldata proof
    ) external;
}

/// @notice The `proof` argument of deliverCompute, `abi.encode`d.
struct ComputeProof {
    uint8 proofClass; // log2 of the step capacity of the circuit that proved the run
    uint32 exitCode;
    bytes32 offchainInputHash; // statement.OffchainHash of the offchain input (of empty input if none)
    bytes32 oldStateRoot;
    bytes32 newStateRoot;
    bytes proof; // groth16 Proof.MarshalSolidity(): 384 bytes
}

/// @title Coordinator
/// @notice Infernet's Coordinator (subscriptions, intervals, redundancy, deliverCompute) where
/// every delivery carries a Groth16 proof that is checked through the VerifierRegistry before the
/// subscriber's `_receiveCompute` runs.
///
/// A subscription's containerId names its program: "0x" followed by the 64 hex digits of the
/// program id. A delivery's `input` is the program's onchain input (<= 256 bytes; it must equal
/// the subscription's `inputs` when those are set), `output` its output, `proof` an
/// abi.encode(ComputeProof). The statement context of interval i is: chain id = block.chainid,
/// timestamp = activeAt + (i - 1) * period, batch number = i, sequencer = the subscription owner.
/// Deliveries are permissionless: the proof, not the node, is trusted; a node address only counts
/// towards redundancy once per interval.
contract Coordinator {
    struct Subscription {
        address owner;
        uint32 activeAt;
        uint32 period;
        uint32 frequency;
        uint16 redundancy;
        uint48 maxGasPrice;
        uint32 maxGasLimit;
        string containerId;
        bytes inputs;
    }

    /// Gas added to a delivery's measured gas before it is compared with maxGasLimit.
    uint256 public constant DELIVERY_OVERHEAD_WEI = 56_600 wei;

    VerifierRegistry public immutable registry;
    /// The next subscription id (1-indexed).
    uint32 public id = 1;
    mapping(bytes32 => bool) public nodeResponded;
    mapping(bytes32 => uint16) public redundancyCount;
    mapping(uint32 => Subscription) public subscriptions;
    /// The program id parsed from each subscription's containerId.
    mapping(uint32 => bytes32) public programIds;

    event SubscriptionCreated(uint32 indexed id);
    event SubscriptionCancelled(uint32 indexed id);
    event SubscriptionFulfilled(uint32 indexed id, address indexed node);

    error GasPriceExceeded(); // 0x682bad5a
    error GasLimitExceeded(); // 0xbe9179a6
    error IntervalMismatch(); // 0x4db310c3
    error IntervalCompleted(); // 0x2f4ca85b
    error NodeRespondedAlready(); // 0x88a21e4f
    error SubscriptionNotFound(); // 0x1a00354f
    error NotSubscriptionOwner(); // 0xa7fba711
    error SubscriptionCompleted(); // 0xae6704a7
    error SubscriptionNotActive(); // 0xefb74efe
    /// containerId is not "0x" + 64 hex digits.
    error InvalidContainerId();
    /// The delivered input differs from the subscription's fixed inputs.
    error InputMismatch();

    constructor(VerifierRegistry registry_) {
        registry = registry_;
    }

    function createSubscription(
        string memory containerId,
        bytes calldata inputs,
        uint48 maxGasPrice,
        uint32 maxGasLimit,
        uint32 frequency,
        uint32 period,
        uint16 redundancy
    ) external returns (uint32) {
        if (inputs.length > Statement.MAX_BLOB_BYTES) revert Statement.BlobTooLarge(inputs.length);
        bytes32 pid = _parseProgramId(containerId);
        Statement.fieldElement(pid);
        uint32 subscriptionId = id;
        subscriptions[subscriptionId] = Subscription({
            owner: msg.sender,
            activeAt: uint32(block.timestamp) + period,
            period: period,
            frequency: frequency,
            redundancy: redundancy,
            maxGasPrice: maxGasPrice,
            maxGasLimit: maxGasLimit,
            containerId: containerId,
            inputs: inputs
        });
        programIds[subscriptionId] = pid;
        id = subscriptionId + 1;
        emit SubscriptionCreated(subscriptionId);
        return subscriptionId;
    }

    /// @notice Cancels a subscription: no interval accepts deliveries afterwards.
    function cancelSubscription(uint32 subscriptionId) external {
        if (subscriptions[subscriptionId].owner != msg.sender) revert NotSubscriptionOwner();
        subscriptions[subscriptionId].activeAt = type(uint32).max;
        emit SubscriptionCancelled(subscriptionId);
    }

    /// @notice The current interval: 1 while period is 0, else 1 + whole periods since activeAt.
    function getSubscriptionInterval(uint32 activeAt, uint32 period) public view returns (uint32) {
        if (period == 0) return 1;
        return uint32((block.timestamp - activeAt) / period) + 1;
    }

    /// @notice The statement context of a subscription's interval.
    function intervalContext(uint32 subscriptionId, uint32 interval) public view returns (Statement.Context memory) {
        Subscription storage s = subscriptions[subscriptionId];
        return Statement.Context({
            chainId: Statement.currentChainId(),
            timestamp: uint64(s.activeAt) + uint64(interval - 1) * uint64(s.period),
            batchNum: interval,
            sequencer: s.owner
        });
    }

    function deliverCompute(
        uint32 subscriptionId,
        uint32 deliveryInterval,
        bytes calldata input,
        bytes calldata output,
        bytes calldata proof
    ) external {
        uint256 startGas = gasleft();
        (address owner, uint32 interval, uint16 count) = _admit(subscriptionId, deliveryInterval, input);
        _verify(subscriptionId, interval, input, output, proof);
        ISubscriber(owner).rawReceiveCompute(subscriptionId, interval, count, msg.sender, input, output, proof);
        if (startGas - gasleft() + DELIVERY_OVERHEAD_WEI > subscriptions[subscriptionId].maxGasLimit) {
            revert GasLimitExceeded();
        }
        emit SubscriptionFulfilled(subscriptionId, msg.sender);
    }

    /// Checks that the caller may deliver for the interval (in Infernet's order) and records the
    /// delivery; the whole transaction reverts if the proof or the callback fails afterwards.
    function _admit(uint32 subscriptionId, uint32 deliveryInterval, bytes calldata input)
        internal
        returns (address owner, uint32 interval, uint16 count)
    {
        Subscription storage s = subscriptions[subscriptionId];
        owner = s.owner;
        if (owner == address(0)) revert SubscriptionNotFound();
        uint32 activeAt = s.activeAt;
        if (activeAt > block.timestamp) revert SubscriptionNotActive();
        interval = getSubscriptionInterval(activeAt, s.period);
        if (s.frequency < interval) revert SubscriptionCompleted();
        if (interval != deliveryInterval) revert IntervalMismatch();
        bytes32 key = keccak256(abi.encode(subscriptionId, interval));
        count = redundancyCount[key];
        if (count >= s.redundancy) revert IntervalCompleted();
        bytes32 nodeKey = keccak256(abi.encode(subscriptionId, interval, msg.sender));
        if (nodeResponded[nodeKey]) revert NodeRespondedAlready();
        if (tx.gasprice > s.maxGasPrice) revert GasPriceExceeded();
        if (s.inputs.length != 0 && keccak256(input) != keccak256(s.inputs)) revert InputMismatch();
        count += 1;
        redundancyCount[key] = count;
        nodeResponded[nodeKey] = true;
    }

    function _verify(
        uint32 subscriptionId,
        uint32 interval,
        bytes calldata input,
        bytes calldata output,
        bytes calldata proof
    ) internal view {
        ComputeProof memory cp = abi.decode(proof, (ComputeProof));
        Statement.Public memory p = Statement.Public({
            programId: programIds[subscriptionId],
            ctx: intervalContext(subscriptionId, interval),
            onchainInput: input,
            offchainHash: cp.offchainInputHash,
            oldStateRoot: cp.oldStateRoot,
            newStateRoot: cp.newStateRoot,
            exitCode: cp.exitCode,
            output: output
        });
        registry.verifyProof(cp.proofClass, cp.proof, Statement.publicInputs(p));
    }

    function _parseProgramId(string memory containerId) internal pure returns (bytes32 pid) {
        bytes memory s = bytes(containerId);
        if (s.length != 66 || s[0] != "0" || (s[1] != "x" && s[1] != "X")) revert InvalidContainerId();
        uint256 v;
        for (uint256 i = 2; i < 66; ++i) {
            uint8 c = uint8(s[i]);
            uint8 d;
            if (c >= 48 && c <= 57) d = c - 48;
            else if (c >= 97 && c <= 102) d = c - 87;
            else if (c >= 65 && c <= 70) d = c - 55;
            else revert InvalidContainerId();
            v = (v << 4) | d;
        }
        pid = bytes32(v);
    }
}
