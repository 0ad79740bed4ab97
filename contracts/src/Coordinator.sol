// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Statement} from "./Statement.sol";
import {VerifierRegistry} from "./VerifierRegistry.sol";
import {Verification} from "./Verification.sol";

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

    /// @notice Infernet's container inputs of an interval, read when the subscription's `inputs`
    /// are empty. The Coordinator calls it with timestamp = the interval's statement timestamp
    /// (truncated to 32 bits) and caller = the delivering node; a delivery's input must equal it.
    function getContainerInputs(uint32 subscriptionId, uint32 interval, uint32 timestamp, address caller)
        external
        view
        returns (bytes memory);

    /// @notice The offchain input hash (statement.OffchainHash) an interval's run must have read;
    /// only called for subscriptions whose terms say `offchainFromConsumer`. Same arguments as
    /// getContainerInputs.
    function getContainerOffchainInputHash(uint32 subscriptionId, uint32 interval, uint32 timestamp, address caller)
        external
        view
        returns (bytes32);
}

/// @notice The `proof` argument of deliverCompute, `abi.encode`d.
struct ComputeProof {
    /// Below 0x80: a whole-run proof (0..63: the base circuit of 2^class steps; 0x40 | k, 0x60 | k:
    /// a SHA-256, Keccak class of 2^k steps); 0x80 | k: a final proof (segments of 2^k steps).
    uint8 proofClass;
    uint32 exitCode;
    bytes32 offchainInputHash; // must be the subscription's (see SubscriptionTerms)
    bytes32 oldStateRoot; // must be the subscription's (the empty state, or its chained root)
    bytes32 newStateRoot; // stateless: the empty state; stateful: becomes the chained root
    bytes proof; // groth16 Proof.MarshalSolidity(): 384 bytes
}

/// @notice What a subscription fixes of the statement beyond Infernet's fields. The Infernet
/// `createSubscription` uses the defaults: stateless, no offchain input, maxProofClass
/// DEFAULT_MAX_PROOF_CLASS.
struct SubscriptionTerms {
    /// The largest log steps (log2 of the circuit's step capacity: the class for a base class,
    /// class & 0x1F for a hash class, VerifierRegistry.logStepsOf) a delivery with a whole-run
    /// proof may use; a proof no larger than the registry's smallest base class is accepted too. At most
    /// VerifierRegistry.MAX_CLASS. It is also the subscription's cycle budget, 2^maxProofClass
    /// (Coordinator.maxCyclesOf), which a final proof (class 0x80 | k, any k) binds.
    uint8 maxProofClass;
    /// The program keeps a key-value state: the Coordinator chains its root across intervals.
    /// Otherwise every run starts and ends with the empty state.
    bool stateful;
    /// Stateful only: the root interval 1 starts from (bytes32(0): the empty state).
    bytes32 initialStateRoot;
    /// The offchain input hash comes from the owner's getContainerOffchainInputHash, per interval
    /// and node (offchainInputHash must then be zero).
    bool offchainFromConsumer;
    /// Otherwise the one offchain input hash accepted (bytes32(0): no offchain input, i.e.
    /// statement.OffchainHash of empty input).
    bytes32 offchainInputHash;
}

/// @notice Everything a delivery is checked against except what the run produces (output, exit
/// code, new state root): what a node proves. See Coordinator.intervalStatement.
struct IntervalStatement {
    bytes32 programId;
    Statement.Context ctx;
    bytes input;
    bytes32 offchainInputHash;
    bytes32 oldStateRoot;
    /// false: the new state root must be the empty state's too.
    bool stateful;
    uint8 maxProofClass;
}

/// @title Coordinator
/// @notice Infernet's Coordinator (subscriptions, intervals, redundancy, deliverCompute) where
/// every delivery carries a Groth16 proof of a statement that chain state fixes entirely, checked
/// through the VerifierRegistry before the subscriber's `_receiveCompute` runs.
///
/// The statement of a delivery for interval i by node n (msg.sender):
///   program id      the subscription's containerId ("0x" + the 64 hex digits of the program id)
///   context         chain id = block.chainid, timestamp = activeAt + (i - 1) * period,
///                   batch number = i, sequencer = n: a proof counts only for the node that made
///                   it, so a copied or front-run delivery fails and redundancy counts proofs
///   onchain input   `input`, which must equal the subscription's `inputs`, or when those are
///                   empty the owner's getContainerInputs(id, i, uint32(timestamp), n)
///   offchain hash   the terms' hash (default: no offchain input) or the owner's
///                   getContainerOffchainInputHash(id, i, uint32(timestamp), n)
///   state roots     stateless: empty -> empty; stateful: the chained root -> any root, which the
///                   first delivery of the interval makes the root of the next interval (its
///                   old root again when that run failed: a non-zero exit code)
///   proof class     a whole-run proof (class below 0x80): its log steps at most the terms'
///                   maxProofClass (or at most those of the registry's smallest base class); a final
///                   proof (0x80 | k): any k, and its digest binds the cycle budget
///                   maxCyclesOf(maxProofClass) = 2^maxProofClass: the run halted within it (a
///                   node proves the interval with exactly that budget)
///   output, exit    what the delivery claims; the proof attests them
/// Deliveries are permissionless (no node registry): the proof, not the node, is trusted.
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

    /// Stored terms: one slot.
    struct Terms {
        uint8 maxProofClass;
        bool stateful;
        uint8 offchain; // OFFCHAIN_NONE, OFFCHAIN_FIXED or OFFCHAIN_CONSUMER
    }

    /// The state chain of a stateful subscription: deliveries for `interval` start from `root`;
    /// once the interval has one (`advanced`), `next` is the root the following intervals start from.
    struct StateChain {
        bytes32 root;
        bytes32 next;
        uint32 interval;
        bool advanced;
    }

    /// Gas added to a delivery's measured gas before it is compared with maxGasLimit.
    uint256 public constant DELIVERY_OVERHEAD_WEI = 56_600 wei;
    /// The maxProofClass of subscriptions made with Infernet's createSubscription (2^20 steps).
    uint8 public constant DEFAULT_MAX_PROOF_CLASS = 20;
    /// The largest maxProofClass (log steps) a subscription may allow (VerifierRegistry.MAX_CLASS).
    uint8 public constant MAX_PROOF_CLASS = 63;

    uint8 internal constant OFFCHAIN_NONE = 0;
    uint8 internal constant OFFCHAIN_FIXED = 1;
    uint8 internal constant OFFCHAIN_CONSUMER = 2;

    VerifierRegistry public immutable registry;
    /// The next subscription id (1-indexed).
    uint32 public id = 1;
    mapping(bytes32 => bool) public nodeResponded;
    mapping(bytes32 => uint16) public redundancyCount;
    mapping(uint32 => Subscription) public subscriptions;
    /// The program id parsed from each subscription's containerId.
    mapping(uint32 => bytes32) public programIds;

    mapping(uint32 => Terms) internal _terms;
    mapping(uint32 => bytes32) internal _offchainHashes;
    mapping(uint32 => StateChain) internal _stateChains;

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
    /// The delivered input differs from the subscription's inputs (or the owner's container inputs).
    error InputMismatch();
    /// The terms are inconsistent (maxProofClass above MAX_PROOF_CLASS, a fixed hash with
    /// offchainFromConsumer, an initial root for a stateless program).
    error InvalidTerms();
    /// The proof's offchain input hash is not the one the subscription accepts.
    error OffchainInputHashMismatch(bytes32 expected, bytes32 got);
    /// The proof's old (or, stateless, new) state root is not the subscription's.
    error StateRootMismatch(bytes32 expected, bytes32 got);
    /// A whole-run proof's log steps are above the subscription's maxProofClass (and above those
    /// of the registry's smallest base class; proofClass: the class byte as sent).
    error ProofClassNotAllowed(uint8 proofClass, uint8 maxProofClass);

    constructor(VerifierRegistry registry_) {
        registry = registry_;
    }

    /// @notice Infernet's createSubscription: a stateless program without offchain input, proofs
    /// of class at most DEFAULT_MAX_PROOF_CLASS.
    function createSubscription(
        string memory containerId,
        bytes calldata inputs,
        uint48 maxGasPrice,
        uint32 maxGasLimit,
        uint32 frequency,
        uint32 period,
        uint16 redundancy
    ) external returns (uint32) {
        SubscriptionTerms memory t;
        t.maxProofClass = DEFAULT_MAX_PROOF_CLASS;
        return _create(containerId, inputs, maxGasPrice, maxGasLimit, frequency, period, redundancy, t);
    }

    /// @notice createSubscription with explicit terms (state, offchain input, proof class).
    function createSubscriptionWithTerms(
        string memory containerId,
        bytes calldata inputs,
        uint48 maxGasPrice,
        uint32 maxGasLimit,
        uint32 frequency,
        uint32 period,
        uint16 redundancy,
        SubscriptionTerms calldata terms
    ) external returns (uint32) {
        return _create(containerId, inputs, maxGasPrice, maxGasLimit, frequency, period, redundancy, terms);
    }

    function _create(
        string memory containerId,
        bytes calldata inputs,
        uint48 maxGasPrice,
        uint32 maxGasLimit,
        uint32 frequency,
        uint32 period,
        uint16 redundancy,
        SubscriptionTerms memory t
    ) internal returns (uint32 subscriptionId) {
        if (inputs.length > Statement.MAX_BLOB_BYTES) revert Statement.BlobTooLarge(inputs.length);
        bytes32 pid = _parseProgramId(containerId);
        Statement.fieldElement(pid);
        subscriptionId = id;
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
        _storeTerms(subscriptionId, t);
        id = subscriptionId + 1;
        emit SubscriptionCreated(subscriptionId);
    }

    function _storeTerms(uint32 subscriptionId, SubscriptionTerms memory t) internal {
        if (t.maxProofClass > MAX_PROOF_CLASS) revert InvalidTerms();
        uint8 offchain = OFFCHAIN_NONE;
        if (t.offchainFromConsumer) {
            if (t.offchainInputHash != bytes32(0)) revert InvalidTerms();
            offchain = OFFCHAIN_CONSUMER;
        } else if (t.offchainInputHash != bytes32(0)) {
            Statement.fieldElement(t.offchainInputHash);
            offchain = OFFCHAIN_FIXED;
            _offchainHashes[subscriptionId] = t.offchainInputHash;
        }
        if (t.stateful) {
            bytes32 root = t.initialStateRoot == bytes32(0) ? Statement.EMPTY_STATE_ROOT : t.initialStateRoot;
            Statement.fieldElement(root);
            _stateChains[subscriptionId].root = root;
        } else if (t.initialStateRoot != bytes32(0)) {
            revert InvalidTerms();
        }
        _terms[subscriptionId] = Terms({maxProofClass: t.maxProofClass, stateful: t.stateful, offchain: offchain});
    }

    /// @notice The cycle budget of a subscription whose terms allow whole-run proofs of up to
    /// 2^maxProofClass steps: 2^maxProofClass steps (saturating at 2^64 - 1; terms keep maxProofClass at
    /// most MAX_PROOF_CLASS = 63, so the budget is at most 2^63). A final proof of one of its
    /// intervals is verified for Statement.finalDigest(statement, maxCyclesOf(maxProofClass)).
    function maxCyclesOf(uint8 maxProofClass) public pure returns (uint64) {
        if (maxProofClass >= 64) return type(uint64).max;
        return uint64(1) << maxProofClass;
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

    /// @notice A subscription's terms: maxProofClass, stateful, offchainFromConsumer and the fixed
    /// offchain input hash (statement.OffchainHash of empty input when it has none; zero when the
    /// consumer names it).
    function subscriptionTerms(uint32 subscriptionId)
        external
        view
        returns (uint8 maxProofClass, bool stateful, bool offchainFromConsumer, bytes32 offchainInputHash)
    {
        Terms memory t = _terms[subscriptionId];
        maxProofClass = t.maxProofClass;
        stateful = t.stateful;
        offchainFromConsumer = t.offchain == OFFCHAIN_CONSUMER;
        if (!offchainFromConsumer) offchainInputHash = _fixedOffchainHash(subscriptionId, t.offchain);
    }

    /// @notice The state root a delivery for `interval` (the current or a later one) must start
    /// from: the empty state for a stateless subscription.
    function stateRootFor(uint32 subscriptionId, uint32 interval) public view returns (bytes32) {
        if (!_terms[subscriptionId].stateful) return Statement.EMPTY_STATE_ROOT;
        StateChain storage c = _stateChains[subscriptionId];
        if (interval != c.interval && c.advanced) return c.next;
        return c.root;
    }

    /// @notice The statement context of a delivery for `interval` by `node`.
    function intervalContext(uint32 subscriptionId, uint32 interval, address node)
        public
        view
        returns (Statement.Context memory)
    {
        Subscription storage s = subscriptions[subscriptionId];
        return Statement.Context({
            chainId: Statement.currentChainId(),
            timestamp: _intervalTimestamp(s.activeAt, s.period, interval),
            batchNum: interval,
            sequencer: node
        });
    }

    /// @notice What a delivery for `interval` by `node` would be checked against now (program,
    /// context, input, offchain input hash, old state root, whether the new root is free, the
    /// largest log steps of a whole-run proof): a node proves this statement with the program's
    /// output, exit code and new state root. The owner's views are called exactly as
    /// deliverCompute calls them.
    function intervalStatement(uint32 subscriptionId, uint32 interval, address node)
        external
        view
        returns (IntervalStatement memory st)
    {
        Subscription storage s = subscriptions[subscriptionId];
        if (s.owner == address(0)) revert SubscriptionNotFound();
        Terms memory t = _terms[subscriptionId];
        st.programId = programIds[subscriptionId];
        st.ctx = intervalContext(subscriptionId, interval, node);
        uint32 ts = uint32(st.ctx.timestamp);
        st.input = s.inputs.length != 0
            ? s.inputs
            : ISubscriber(s.owner).getContainerInputs(subscriptionId, interval, ts, node);
        st.offchainInputHash = _offchainHash(subscriptionId, t.offchain, interval, node);
        st.oldStateRoot = stateRootFor(subscriptionId, interval);
        st.stateful = t.stateful;
        st.maxProofClass = t.maxProofClass;
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

    /// Checks that the caller may deliver for the interval (in Infernet's order) and the input,
    /// and records the delivery; the whole transaction reverts if the proof or the callback fails
    /// afterwards.
    function _admit(uint32 subscriptionId, uint32 deliveryInterval, bytes calldata input)
        internal
        returns (address owner, uint32 interval, uint16 count)
    {
        Subscription storage s = subscriptions[subscriptionId];
        owner = s.owner;
        if (owner == address(0)) revert SubscriptionNotFound();
        uint32 activeAt = s.activeAt;
        if (activeAt > block.timestamp) revert SubscriptionNotActive();
        uint32 period = s.period;
        interval = getSubscriptionInterval(activeAt, period);
        if (s.frequency < interval) revert SubscriptionCompleted();
        if (interval != deliveryInterval) revert IntervalMismatch();
        bytes32 key = keccak256(abi.encode(subscriptionId, interval));
        count = redundancyCount[key];
        if (count >= s.redundancy) revert IntervalCompleted();
        bytes32 nodeKey = keccak256(abi.encode(subscriptionId, interval, msg.sender));
        if (nodeResponded[nodeKey]) revert NodeRespondedAlready();
        if (tx.gasprice > s.maxGasPrice) revert GasPriceExceeded();
        if (s.inputs.length != 0) {
            if (keccak256(input) != keccak256(s.inputs)) revert InputMismatch();
        } else {
            uint32 ts = uint32(_intervalTimestamp(activeAt, period, interval));
            bytes memory expected = ISubscriber(owner).getContainerInputs(subscriptionId, interval, ts, msg.sender);
            if (keccak256(input) != keccak256(expected)) revert InputMismatch();
        }
        count += 1;
        redundancyCount[key] = count;
        nodeResponded[nodeKey] = true;
    }

    /// Verifies the proof of the statement chain state fixes, after checking the proof's claims
    /// against the subscription's terms.
    function _verify(
        uint32 subscriptionId,
        uint32 interval,
        bytes calldata input,
        bytes calldata output,
        bytes calldata proof
    ) internal {
        ComputeProof memory cp = abi.decode(proof, (ComputeProof));
        (bytes32 offchain, uint64 maxCycles) = _checkTerms(subscriptionId, interval, cp);
        Statement.Public memory p = Statement.Public({
            programId: programIds[subscriptionId],
            ctx: intervalContext(subscriptionId, interval, msg.sender),
            onchainInput: input,
            offchainHash: offchain,
            oldStateRoot: cp.oldStateRoot,
            newStateRoot: cp.newStateRoot,
            exitCode: cp.exitCode,
            output: output
        });
        Verification.verify(registry, cp.proofClass, cp.proof, p, maxCycles);
    }

    /// Checks the proof's class, offchain input hash and state roots against the subscription's
    /// terms, chains a stateful subscription's root, and returns the offchain input hash and the
    /// cycle budget a final proof binds.
    function _checkTerms(uint32 subscriptionId, uint32 interval, ComputeProof memory cp)
        internal
        returns (bytes32 offchain, uint64 maxCycles)
    {
        Terms memory t = _terms[subscriptionId];
        maxCycles = maxCyclesOf(t.maxProofClass);
        if (
            Verification.isSingleClass(cp.proofClass) && Verification.logSteps(cp.proofClass) > t.maxProofClass
                && !registry.withinLowestClass(cp.proofClass)
        ) {
            revert ProofClassNotAllowed(cp.proofClass, t.maxProofClass);
        }
        offchain = _offchainHash(subscriptionId, t.offchain, interval, msg.sender);
        if (cp.offchainInputHash != offchain) revert OffchainInputHashMismatch(offchain, cp.offchainInputHash);
        if (t.stateful) {
            // a failed run (non-zero exit code) leaves the state as it found it, as a reverted
            // transaction: its interval's next root is its old root
            _chainState(subscriptionId, interval, cp.oldStateRoot, cp.exitCode == 0 ? cp.newStateRoot : cp.oldStateRoot);
        } else {
            if (cp.oldStateRoot != Statement.EMPTY_STATE_ROOT) {
                revert StateRootMismatch(Statement.EMPTY_STATE_ROOT, cp.oldStateRoot);
            }
            if (cp.newStateRoot != Statement.EMPTY_STATE_ROOT) {
                revert StateRootMismatch(Statement.EMPTY_STATE_ROOT, cp.newStateRoot);
            }
        }
    }

    /// Moves a stateful subscription's chain to `interval` and checks the delivery starts from its
    /// root; the interval's first delivery sets the root of the next intervals.
    function _chainState(uint32 subscriptionId, uint32 interval, bytes32 oldRoot, bytes32 newRoot) internal {
        StateChain storage c = _stateChains[subscriptionId];
        if (c.interval != interval) {
            if (c.advanced) {
                c.root = c.next;
                c.advanced = false;
            }
            c.interval = interval;
        }
        bytes32 root = c.root;
        if (oldRoot != root) revert StateRootMismatch(root, oldRoot);
        if (!c.advanced) {
            c.next = newRoot;
            c.advanced = true;
        }
    }

    function _offchainHash(uint32 subscriptionId, uint8 mode, uint32 interval, address node)
        internal
        view
        returns (bytes32)
    {
        if (mode == OFFCHAIN_CONSUMER) {
            Subscription storage s = subscriptions[subscriptionId];
            uint32 ts = uint32(_intervalTimestamp(s.activeAt, s.period, interval));
            return ISubscriber(s.owner).getContainerOffchainInputHash(subscriptionId, interval, ts, node);
        }
        return _fixedOffchainHash(subscriptionId, mode);
    }

    function _fixedOffchainHash(uint32 subscriptionId, uint8 mode) internal view returns (bytes32) {
        return mode == OFFCHAIN_FIXED ? _offchainHashes[subscriptionId] : Statement.EMPTY_OFFCHAIN_HASH;
    }

    function _intervalTimestamp(uint32 activeAt, uint32 period, uint32 interval) internal pure returns (uint64) {
        return uint64(activeAt) + uint64(interval - 1) * uint64(period);
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
