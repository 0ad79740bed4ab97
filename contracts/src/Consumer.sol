// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {JobManager} from "./JobManager.sol";
import {IConsumer} from "./interfaces/IConsumer.sol";
import {Statement} from "./Statement.sol";

/// @title Consumer
/// @notice Base of an app contract that requests jobs from the JobManager and receives their
/// proven results (InfinityVM's Consumer). Inherit it, call `requestJob`, implement
/// `_receiveResult`. A result arrives only after its Groth16 proof verified on chain.
///
/// By default a consumer runs stateless programs: a result must start from the empty state
/// (old state root = Statement.EMPTY_STATE_ROOT); StatefulConsumer overrides this.
abstract contract Consumer is IConsumer {
    JobManager internal immutable _jobManager;
    uint64 internal _latestNonce;
    bool internal _anyNonce;

    mapping(bytes32 => bytes) internal _jobIDToOnchainInput;
    mapping(bytes32 => bytes32) internal _jobIDToOffchainInputHash;

    /// A job finished with a non-zero exit code (the proof attests it; the result is final).
    event JobFailed(bytes32 indexed jobID, uint32 exitCode, bytes output);

    error NotJobManager();
    error UnexpectedStateRoot(bytes32 expected, bytes32 got);

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

    /// @notice The nonce for the next job: 1 for the first job, then the highest nonce seen + 1.
    function getNextNonce() public view virtual returns (uint64) {
        return _anyNonce ? _latestNonce + 1 : 1;
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
        if (!_anyNonce || nonce > _latestNonce) {
            _latestNonce = nonce;
            _anyNonce = true;
        }
    }

    /// @notice Called by the JobManager with a proven result.
    /// @param result abi.encode(uint32 exitCode, bytes32 oldStateRoot, bytes32 newStateRoot, bytes output)
    function receiveResult(bytes32 jobID, bytes calldata result) external virtual onlyJobManager {
        (uint32 exitCode, bytes32 oldRoot, bytes32 newRoot, bytes memory output) =
            abi.decode(result, (uint32, bytes32, bytes32, bytes));
        _checkStateTransition(jobID, oldRoot, newRoot);
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
