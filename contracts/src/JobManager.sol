// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Statement} from "./Statement.sol";
import {EthSig} from "./EthSig.sol";
import {VerifierRegistry} from "./VerifierRegistry.sol";
import {Verification} from "./Verification.sol";
import {IConsumer} from "./interfaces/IConsumer.sol";
import {IOffchainRequester, IBareRequestSignatures} from "./interfaces/IOffchainRequester.sol";
import "./Types.sol";

/// @title JobManager
/// @notice InfinityVM's JobManager where a result is accepted only with a Groth16 proof that
/// verifies against the statement the contract rebuilds from the job's own data (program id,
/// inputs, context) and the delivered output. The operator's signature is an optional second
/// check, off by default.
///
/// Statement context of a job (what the prover uses when it runs the program):
///   onchain job:  chain id = block.chainid, timestamp = timestamp of the createJob block,
///                 batch number = the job's nonce, sequencer = the consumer.
///   offchain job: chain id = block.chainid, timestamp = 0, batch number = the request's nonce,
///                 sequencer = the consumer.
/// Onchain jobs take nonces below OFFCHAIN_NONCE_MIN (2^63), signed offchain requests nonces
/// from it up. A request is signed as EIP-712 typed data under this contract's domain (see
/// hashOffchainJobRequest) unless its consumer opts in to InfinityVM's bare EIP-191 hash
/// (IBareRequestSignatures), which is replayable across chains.
/// A result carries a whole-run proof (a class byte below 0x80: a base class k = 0..63 or a hash
/// class 0x40 | k, 0x60 | k with k = 0..31; 27 public inputs) or a final proof of a run proven in
/// segments (class 0x80 | k, one public input: Statement.finalDigest of the statement and the
/// job's maxCycles), verified through Verification.verify. maxCycles binds a whole-run proof
/// through its log steps k (Verification.logSteps: the run halted within 2^k steps): it is
/// accepted when 2^k <= maxCycles rounded up to a power of two, or when k is at most the log
/// steps of the smallest base class the registry has (VerifierRegistry.withinLowestClass). A final proof binds maxCycles exactly: its digest
/// covers the job's maxCycles and the final circuit proves the run halted within it (a proof
/// made for a larger budget has another digest and is rejected).
contract JobManager {
    bytes4 internal constant EIP1271_MAGIC_VALUE = 0x1626ba7e;

    /// EIP-712 domain of offchain job requests.
    string public constant EIP712_NAME = "zkprover JobManager";
    string public constant EIP712_VERSION = "1";
    bytes32 internal constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    bytes32 public constant OFFCHAIN_JOB_REQUEST_TYPEHASH = keccak256(
        "OffchainJobRequest(uint64 nonce,uint64 maxCycles,address consumer,bytes programID,bytes onchainInput,bytes32 offchainInputHash,bytes32 stateHash)"
    );
    bytes32 internal immutable _cachedDomainSeparator;
    uint256 internal immutable _cachedChainId;

    /// Internal job record: 3 storage slots.
    struct Job {
        bytes32 programID;
        uint64 maxCycles;
        address consumer;
        uint8 status;
        uint64 nonce;
        uint64 createdAt;
    }

    VerifierRegistry public immutable registry;
    address public owner;
    /// The operator whose signature is checked when operatorSignatureRequired is set.
    address public operator;
    bool public operatorSignatureRequired;

    mapping(bytes32 => Job) internal jobs;

    event JobCreated(
        bytes32 indexed jobID,
        uint64 indexed nonce,
        address indexed consumer,
        uint64 maxCycles,
        bytes programID,
        bytes onchainInput
    );
    event JobCancelled(bytes32 indexed jobID);
    event JobCompleted(bytes32 indexed jobID, bytes result);
    event OperatorConfigured(address operator, bool required);
    event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);

    error NotOwner();
    error NotJobConsumerOrOwner();
    error JobAlreadyExists(bytes32 jobID);
    error JobNotFound(bytes32 jobID);
    error JobNotPending(bytes32 jobID, uint8 status);
    error InvalidProgramID(uint256 length);
    error ProgramIDMismatch(bytes32 expected, bytes32 got);
    error MaxCyclesMismatch(uint64 expected, uint64 got);
    error ZeroMaxCycles();
    error OnchainInputTooLarge(uint256 length);
    error OnchainInputHashMismatch(bytes32 expected, bytes32 got);
    error OffchainInputHashMismatch(bytes32 expected, bytes32 got);
    error StateRootMismatch(bytes32 expected, bytes32 got);
    error JobIDMismatch(bytes32 expected, bytes32 got);
    /// A whole-run proof's log steps exceed ceilLog2(maxCycles) and those of the registry's
    /// smallest base class (proofClass: the class byte as sent).
    error ProofClassTooLarge(uint8 proofClass, uint64 maxCycles);
    error InvalidOperatorSignature();
    error InvalidRequestSignature();
    /// An onchain job's nonce is not below OFFCHAIN_NONCE_MIN, or an offchain request's is.
    error NonceOutOfRange(uint64 nonce);

    modifier onlyOwner() {
        if (msg.sender != owner) revert NotOwner();
        _;
    }

    constructor(VerifierRegistry registry_, address initialOwner) {
        registry = registry_;
        owner = initialOwner;
        _cachedChainId = block.chainid;
        _cachedDomainSeparator = _buildDomainSeparator();
        emit OwnershipTransferred(address(0), initialOwner);
    }

    /// @notice The EIP-712 domain separator of offchain job requests on this chain.
    function DOMAIN_SEPARATOR() public view returns (bytes32) {
        return block.chainid == _cachedChainId ? _cachedDomainSeparator : _buildDomainSeparator();
    }

    /// @notice EIP-5267: the EIP-712 domain (name, version, chain id, verifying contract).
    function eip712Domain()
        external
        view
        returns (
            bytes1 fields,
            string memory name,
            string memory version,
            uint256 chainId,
            address verifyingContract,
            bytes32 salt,
            uint256[] memory extensions
        )
    {
        return (hex"0f", EIP712_NAME, EIP712_VERSION, block.chainid, address(this), bytes32(0), new uint256[](0));
    }

    /// @notice The EIP-712 digest a requester signs for abi.encode(OffchainJobRequest):
    /// keccak256("\x19\x01" || DOMAIN_SEPARATOR() || hashStruct(request)), where bytes fields
    /// (programID, onchainInput) enter hashStruct as their keccak256.
    function hashOffchainJobRequest(bytes calldata jobRequest) external view returns (bytes32) {
        return _requestDigest(abi.decode(jobRequest, (OffchainJobRequest)));
    }

    function transferOwnership(address newOwner) external onlyOwner {
        emit OwnershipTransferred(owner, newOwner);
        owner = newOwner;
    }

    /// @notice Configures the optional operator signature check (EIP-191 personal_sign of the
    /// ABI-encoded result by `operator_`).
    function setOperator(address operator_, bool required) external onlyOwner {
        operator = operator_;
        operatorSignatureRequired = required;
        emit OperatorConfigured(operator_, required);
    }

    /// @notice Creates an onchain job for the calling consumer. The consumer stores the onchain
    /// input (setInputsForJob is called back) and its nonce advances (updateLatestNonce).
    function createJob(uint64 nonce, bytes calldata programID, bytes calldata onchainInput, uint64 maxCycles)
        external
        returns (bytes32 jobID)
    {
        bytes32 pid = _programID(programID);
        // a program id that is no field element makes a job no proof can answer (submitResult
        // would revert NotAFieldElement): refused here, as the Coordinator refuses it
        Statement.fieldElement(pid);
        if (maxCycles == 0) revert ZeroMaxCycles();
        if (onchainInput.length > Statement.MAX_BLOB_BYTES) revert OnchainInputTooLarge(onchainInput.length);
        if (nonce >= OFFCHAIN_NONCE_MIN) revert NonceOutOfRange(nonce);
        jobID = keccak256(abi.encodePacked(nonce, msg.sender));
        if (jobs[jobID].status != 0) revert JobAlreadyExists(jobID);
        jobs[jobID] = Job({
            programID: pid,
            maxCycles: maxCycles,
            consumer: msg.sender,
            status: JOB_STATE_PENDING,
            nonce: nonce,
            createdAt: uint64(block.timestamp)
        });
        emit JobCreated(jobID, nonce, msg.sender, maxCycles, programID, onchainInput);
        IConsumer(msg.sender).setInputsForJob(jobID, onchainInput, bytes32(0));
        IConsumer(msg.sender).updateLatestNonce(nonce);
    }

    /// @notice Cancels a pending job; only its consumer or the owner may.
    function cancelJob(bytes32 jobID) external {
        Job storage job = jobs[jobID];
        if (msg.sender != job.consumer && msg.sender != owner) revert NotJobConsumerOrOwner();
        if (job.status != JOB_STATE_PENDING) revert JobNotPending(jobID, job.status);
        job.status = JOB_STATE_CANCELLED;
        emit JobCancelled(jobID);
    }

    function getJobMetadata(bytes32 jobID) external view returns (JobMetadata memory) {
        Job storage job = jobs[jobID];
        bytes memory pid = job.status == 0 ? bytes("") : abi.encodePacked(job.programID);
        return JobMetadata({programID: pid, maxCycles: job.maxCycles, consumer: job.consumer, status: job.status});
    }

    /// @notice The statement context of an existing job (see the contract's notice).
    function getJobContext(bytes32 jobID) external view returns (Statement.Context memory) {
        Job storage job = jobs[jobID];
        if (job.status == 0) revert JobNotFound(jobID);
        return Statement.Context({
            chainId: Statement.currentChainId(),
            timestamp: job.createdAt,
            batchNum: job.nonce,
            sequencer: job.consumer
        });
    }

    /// @notice Delivers the proven result of an onchain job.
    /// @param resultWithMetadata abi.encode(ResultWithMetadata)
    /// @param signature the operator's signature; checked only when operatorSignatureRequired
    function submitResult(bytes calldata resultWithMetadata, bytes calldata signature) external {
        _checkOperator(resultWithMetadata, signature);
        ResultWithMetadata memory r = abi.decode(resultWithMetadata, (ResultWithMetadata));
        Job storage job = jobs[r.jobID];
        uint8 status = job.status;
        if (status == 0) revert JobNotFound(r.jobID);
        if (status != JOB_STATE_PENDING) revert JobNotPending(r.jobID, status);
        bytes32 pid = _programID(r.programID);
        if (pid != job.programID) revert ProgramIDMismatch(job.programID, pid);
        if (r.maxCycles != job.maxCycles) revert MaxCyclesMismatch(job.maxCycles, r.maxCycles);
        address consumer = job.consumer;
        bytes memory input = IConsumer(consumer).getOnchainInputForJob(r.jobID);
        bytes32 inputHash = keccak256(input);
        if (inputHash != r.onchainInputHash) revert OnchainInputHashMismatch(inputHash, r.onchainInputHash);
        _checkClass(r.proofClass, r.maxCycles);

        Statement.Public memory p = Statement.Public({
            programId: pid,
            ctx: Statement.Context({
                chainId: Statement.currentChainId(),
                timestamp: job.createdAt,
                batchNum: job.nonce,
                sequencer: consumer
            }),
            onchainInput: input,
            offchainHash: Statement.EMPTY_OFFCHAIN_HASH,
            oldStateRoot: r.oldStateRoot,
            newStateRoot: r.newStateRoot,
            exitCode: r.exitCode,
            output: r.result
        });
        Verification.verify(registry, r.proofClass, r.proof, p, job.maxCycles);

        job.status = JOB_STATE_COMPLETED;
        emit JobCompleted(r.jobID, r.result);
        IConsumer(consumer).receiveResult(r.jobID, abi.encode(r.exitCode, r.oldStateRoot, r.newStateRoot, r.result));
    }

    /// @notice Delivers the proven result of an offchain job together with the signed request.
    /// The request is authorised by the consumer's EIP-1271 isValidSignature over its EIP-712
    /// digest (hashOffchainJobRequest), or over the EIP-191 hash of `jobRequest` for a consumer
    /// that accepts bare request signatures; its nonce must be at least OFFCHAIN_NONCE_MIN and
    /// each (consumer, nonce) can be used once.
    /// @param offchainResultWithMetadata abi.encode(OffchainResultWithMetadata)
    /// @param signatureOnResult the operator's signature; checked only when operatorSignatureRequired
    /// @param jobRequest abi.encode(OffchainJobRequest)
    /// @param signatureOnRequest the requester's signature, checked by the consumer
    function submitResultForOffchainJob(
        bytes calldata offchainResultWithMetadata,
        bytes calldata signatureOnResult,
        bytes calldata jobRequest,
        bytes calldata signatureOnRequest
    ) external {
        _checkOperator(offchainResultWithMetadata, signatureOnResult);
        OffchainJobRequest memory req = abi.decode(jobRequest, (OffchainJobRequest));
        if (req.nonce < OFFCHAIN_NONCE_MIN) revert NonceOutOfRange(req.nonce);
        _checkRequestSignature(req, jobRequest, signatureOnRequest);
        OffchainResultWithMetadata memory r = abi.decode(offchainResultWithMetadata, (OffchainResultWithMetadata));

        bytes32 jobID = keccak256(abi.encodePacked(req.nonce, req.consumer));
        if (r.jobID != jobID) revert JobIDMismatch(jobID, r.jobID);
        if (jobs[jobID].status != 0) revert JobAlreadyExists(jobID);
        bytes32 pid = _programID(req.programID);
        bytes32 rpid = _programID(r.programID);
        if (rpid != pid) revert ProgramIDMismatch(pid, rpid);
        if (req.maxCycles == 0) revert ZeroMaxCycles();
        if (r.maxCycles != req.maxCycles) revert MaxCyclesMismatch(req.maxCycles, r.maxCycles);
        if (req.onchainInput.length > Statement.MAX_BLOB_BYTES) revert OnchainInputTooLarge(req.onchainInput.length);
        bytes32 inputHash = keccak256(req.onchainInput);
        if (inputHash != r.onchainInputHash) revert OnchainInputHashMismatch(inputHash, r.onchainInputHash);
        if (r.offchainInputHash != req.offchainInputHash) {
            revert OffchainInputHashMismatch(req.offchainInputHash, r.offchainInputHash);
        }
        if (r.oldStateRoot != req.stateHash) revert StateRootMismatch(req.stateHash, r.oldStateRoot);
        _checkClass(r.proofClass, r.maxCycles);

        Statement.Public memory p = Statement.Public({
            programId: pid,
            ctx: Statement.Context({chainId: Statement.currentChainId(), timestamp: 0, batchNum: req.nonce, sequencer: req.consumer}),
            onchainInput: req.onchainInput,
            offchainHash: req.offchainInputHash,
            oldStateRoot: r.oldStateRoot,
            newStateRoot: r.newStateRoot,
            exitCode: r.exitCode,
            output: r.result
        });
        Verification.verify(registry, r.proofClass, r.proof, p, req.maxCycles);

        Job storage job = jobs[jobID];
        job.programID = pid;
        job.maxCycles = req.maxCycles;
        job.consumer = req.consumer;
        job.status = JOB_STATE_COMPLETED;
        job.nonce = req.nonce;
        IConsumer(req.consumer).setInputsForJob(jobID, req.onchainInput, req.offchainInputHash);
        IConsumer(req.consumer).updateLatestNonce(req.nonce);
        emit JobCompleted(jobID, r.result);
        IConsumer(req.consumer).receiveResult(jobID, abi.encode(r.exitCode, r.oldStateRoot, r.newStateRoot, r.result));
    }

    /// @notice ceil(log2(x)) for x >= 1: the smallest k with 2^k >= x.
    function ceilLog2(uint64 x) public pure returns (uint8 k) {
        while ((uint256(1) << k) < x) ++k;
    }

    /// Bounds a whole-run proof's log steps by maxCycles (a proof no larger than the registry's
    /// smallest base class is always accepted); final classes (and bytes that are no class, which Verification.verify
    /// rejects) pass.
    function _checkClass(uint8 proofClass, uint64 maxCycles) internal view {
        if (!Verification.isSingleClass(proofClass)) return;
        if (Verification.logSteps(proofClass) <= ceilLog2(maxCycles)) return;
        if (registry.withinLowestClass(proofClass)) return;
        revert ProofClassTooLarge(proofClass, maxCycles);
    }

    function _programID(bytes memory programID) internal pure returns (bytes32 pid) {
        if (programID.length != 32) revert InvalidProgramID(programID.length);
        pid = bytes32(programID);
    }

    function _checkOperator(bytes calldata data, bytes calldata signature) internal view {
        if (!operatorSignatureRequired) return;
        address signer = EthSig.recover(EthSig.toEthSignedMessageHash(data), signature);
        if (signer == address(0) || signer != operator) revert InvalidOperatorSignature();
    }

    function _checkRequestSignature(
        OffchainJobRequest memory req,
        bytes calldata jobRequest,
        bytes calldata signature
    ) internal view {
        address consumer = req.consumer;
        bytes32 hash = _acceptsBareSignatures(consumer)
            ? EthSig.toEthSignedMessageHash(jobRequest)
            : _requestDigest(req);
        (bool ok, bytes memory ret) =
            consumer.staticcall(abi.encodeCall(IOffchainRequester.isValidSignature, (hash, signature)));
        if (!ok || ret.length < 32 || abi.decode(ret, (bytes32)) != bytes32(EIP1271_MAGIC_VALUE)) {
            revert InvalidRequestSignature();
        }
    }

    /// Whether the consumer opted in to bare (chain-less) request signatures: only an answer of
    /// exactly true counts.
    function _acceptsBareSignatures(address consumer) internal view returns (bool) {
        (bool ok, bytes memory ret) =
            consumer.staticcall(abi.encodeCall(IBareRequestSignatures.acceptsBareRequestSignatures, ()));
        return ok && ret.length == 32 && abi.decode(ret, (uint256)) == 1;
    }

    function _requestDigest(OffchainJobRequest memory req) internal view returns (bytes32) {
        bytes32 structHash = keccak256(
            abi.encode(
                OFFCHAIN_JOB_REQUEST_TYPEHASH,
                req.nonce,
                req.maxCycles,
                req.consumer,
                keccak256(req.programID),
                keccak256(req.onchainInput),
                req.offchainInputHash,
                req.stateHash
            )
        );
        return keccak256(abi.encodePacked("\x19\x01", DOMAIN_SEPARATOR(), structHash));
    }

    function _buildDomainSeparator() internal view returns (bytes32) {
        return keccak256(
            abi.encode(
                DOMAIN_TYPEHASH,
                keccak256(bytes(EIP712_NAME)),
                keccak256(bytes(EIP712_VERSION)),
                block.chainid,
                address(this)
            )
        );
    }
}
