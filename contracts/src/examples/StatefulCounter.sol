// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {StatefulConsumer} from "../StatefulConsumer.sol";
import {SingleOffchainSigner} from "../SingleOffchainSigner.sol";
import {JobManager} from "../JobManager.sol";
import {Requesters} from "./Requesters.sol";

/// @title StatefulCounter
/// @notice Example stateful app: its program keeps a key-value state; each proven result must
/// start from the latest state root and advances it. Jobs come offchain from its signer, each
/// with the state it starts from (an onchain job from its requesters carries no state: a node
/// proves it only while the latest root is the empty state's, and this node refuses it after).
contract StatefulCounter is StatefulConsumer, SingleOffchainSigner, Requesters {
    bytes32 public immutable programID;
    uint64 public immutable maxCycles;
    bytes public lastOutput;

    constructor(JobManager jobManager_, address signer, bytes32 programID_, uint64 maxCycles_, bytes32 initialStateRoot)
        StatefulConsumer(jobManager_, initialStateRoot)
        SingleOffchainSigner(signer)
    {
        programID = programID_;
        maxCycles = maxCycles_;
    }

    function request(bytes calldata input) external onlyRequester returns (bytes32) {
        return requestJob(abi.encodePacked(programID), input, maxCycles);
    }

    function _receiveResult(bytes32, bytes memory output) internal override {
        lastOutput = output;
    }
}
