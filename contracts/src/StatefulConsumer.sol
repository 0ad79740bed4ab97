// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Consumer} from "./Consumer.sol";
import {JobManager} from "./JobManager.sol";

/// @title StatefulConsumer
/// @notice A consumer whose program carries a key-value state across jobs. A result is accepted
/// only if its proven old state root is the latest root; the proven new root then becomes the
/// latest. Results that started from any other (stale) root revert with StaleStateRoot. A failed
/// run (non-zero exit code) must also start from the latest root, and leaves it the latest: the
/// state it wrote before failing is dropped, as a reverted transaction's (Consumer.receiveResult).
abstract contract StatefulConsumer is Consumer {
    bytes32 public latestStateRoot;

    event StateRootAdvanced(bytes32 indexed jobID, bytes32 oldStateRoot, bytes32 newStateRoot);

    error StaleStateRoot(bytes32 latest, bytes32 got);

    constructor(JobManager jobManager_, bytes32 initialStateRoot) Consumer(jobManager_) {
        latestStateRoot = initialStateRoot;
    }

    function _checkStateTransition(bytes32 jobID, bytes32 oldRoot, bytes32 newRoot) internal virtual override {
        bytes32 latest = latestStateRoot;
        if (oldRoot != latest) revert StaleStateRoot(latest, oldRoot);
        if (newRoot == oldRoot) return;
        latestStateRoot = newRoot;
        emit StateRootAdvanced(jobID, oldRoot, newRoot);
    }
}
