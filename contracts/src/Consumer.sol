// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {JobManager} from "./JobManager.sol";
import {IConsumer} from "./interfaces/IConsumer.sol";
import {Statement} from "./Statement.sol";
import {OFFCHAIN_NONCE_MIN} from "./Types.sol";

/// @title Consumer
/// @notice Base of an app contract that requests jobs from the JobManager and receives their
/// proven results (InfinityVM's Consumer). Inherit it, call `requestJob`, implement
/// `_receiveResult`. A result arrives only after its Groth16 proof verified on chain.
///
/// By default a consumer runs stateless programs: a result must start from the empty state
/// (old state root = Statement.EMPTY_STATE_ROOT); StatefulConsumer overrides this.
///
/// Nonces: onchain jobs (requestJob) take getNextNonce(), below OFFCHAIN_NONCE_MIN; signed
/// offchain requests take nonces from OFFCHAIN_NONCE_MIN up (getNextOffchainNonce()), so an
/// onchain request never takes the nonce of a signed one. In either space a nonce more than
/// MAX_NONCE_GAP above the highest one used is refused (NonceTooFar), so no request can push a
/// counter to its end.
abstract contract Consumer is IConsumer {
    /// How far above the highest nonce of its space a new nonce may be.
    uint64 public constant MAX_NONCE_GAP = uint64(1) << 32;

    JobManager internal immutable _jobManager;
    /// The highest onchain nonce used (0: none).
    uint64 internal _latestNonce;
    /// The highest offchain nonce used (0: none).
    uint64 internal _latestOffchainNonce;

    mapping(bytes32 => bytes) internal _jobIDToOnchainInput;
    mapping(bytes32 => bytes32) internal _jobIDToOffchainInputHash;

    /// A job finished with a non-zero exit code (the proof attests it; the result is final).
    event JobFailed(bytes32 indexed jobID, uint32 exitCode, bytes output);

    error NotJobManager();
    error UnexpectedStateRoot(bytes32 expected, bytes32 got);
    /// A job's nonce is more than MAX_NONCE_GAP above the highest nonce of its space.
    error NonceTooFar(uint64 nonce, uint64 highestAllowed);

    modifier onlyJobManager() {
        if (msg.sender != address(_jobManager)) revert NotJobManager();
        _;
    }

    constructor(JobManager jobManager_) {
        _jobManager = jobManager_;
    }

    function jobManager() external view returns (JobManager) {
        return _jobManager;
    }

    function getOnchainInputForJob(bytes32 jobID) public view virtual returns (bytes memory) {
        return _jobIDToOnchainInput[jobID];
    }

    function getOffchainInputHashForJob(bytes32 jobID) public view virtual returns (bytes32) {
        return _jobIDToOffchainInputHash[jobID];
    }

    /// @notice The nonce of the next onchain job: 1 for the first, then the highest onchain
    /// nonce used + 1.
    function getNextNonce() public view virtual returns (uint64) {
        return _latestNonce + 1;
    }

    /// @notice A fresh nonce for a signed offchain request: OFFCHAIN_NONCE_MIN for the first, then
    /// the highest offchain nonce used + 1 (any unused nonce up to MAX_NONCE_GAP above it works too).
    function getNextOffchainNonce() public view virtual returns (uint64) {
        uint64 latest = _latestOffchainNonce;
        return latest == 0 ? OFFCHAIN_NONCE_MIN : latest + 1;
    }

    function setInputsForJob(bytes32 jobID, bytes calldata onchainInput, bytes32 offchainInputHash)
        external
        virtual
        onlyJobManager
    {
        _jobIDToOnchainInput[jobID] = onchainInput;
        if (offchainInputHash != bytes32(0)) _jobIDToOffchainInputHash[jobID] = offchainInputHash;
    }

    function updateLatestNonce(uint64 nonce) external virtual onlyJobManager {
        if (nonce >= OFFCHAIN_NONCE_MIN) {
            uint64 latest = _latestOffchainNonce;
            _checkNonceGap(nonce, latest == 0 ? OFFCHAIN_NONCE_MIN - 1 : latest);
            if (nonce > latest) _latestOffchainNonce = nonce;
        } else {
            uint64 latest = _latestNonce;
            _checkNonceGap(nonce, latest);
            if (nonce > latest) _latestNonce = nonce;
        }
    }

    function _checkNonceGap(uint64 nonce, uint64 latest) internal pure {
        uint256 highest = uint256(latest) + MAX_NONCE_GAP;
        if (nonce > highest) revert NonceTooFar(nonce, uint64(highest));
    }

    /// @notice Called by the JobManager with a proven result. A run that failed (a non-zero exit
    /// code) changes no state, as a reverted transaction: its transition is checked as one from
    /// its old root to that same root, whatever it wrote before it failed.
    /// @param result abi.encode(uint32 exitCode, bytes32 oldStateRoot, bytes32 newStateRoot, bytes output)
    function receiveResult(bytes32 jobID, bytes calldata result) external virtual onlyJobManager {
        (uint32 exitCode, bytes32 oldRoot, bytes32 newRoot, bytes memory output) =
            abi.decode(result, (uint32, bytes32, bytes32, bytes));
        _checkStateTransition(jobID, oldRoot, exitCode == 0 ? newRoot : oldRoot);
        if (exitCode != 0) {
            _receiveFailure(jobID, exitCode, output);
        } else {
            _receiveResult(jobID, output);
        }
    }

    /// @notice Requests an onchain job with the next nonce. The JobManager calls back
    /// setInputsForJob and updateLatestNonce.
    function requestJob(bytes memory programID, bytes memory onchainInput, uint64 maxCycles)
        internal
        virtual
        returns (bytes32)
    {
        return _jobManager.createJob(getNextNonce(), programID, onchainInput, maxCycles);
    }

    /// @dev Checks the proven state transition; by default the run must start from the empty state.
    function _checkStateTransition(bytes32, bytes32 oldRoot, bytes32) internal virtual {
        if (oldRoot != Statement.EMPTY_STATE_ROOT) revert UnexpectedStateRoot(Statement.EMPTY_STATE_ROOT, oldRoot);
    }

    /// @dev The program halted with exit code 0 and wrote `output`.
    function _receiveResult(bytes32 jobID, bytes memory output) internal virtual;

    /// @dev The program halted with a non-zero exit code. Default: emit JobFailed.
    function _receiveFailure(bytes32 jobID, uint32 exitCode, bytes memory output) internal virtual {
        emit JobFailed(jobID, exitCode, output);
    }
}
