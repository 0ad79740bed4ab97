// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Consumer} from "../Consumer.sol";
import {SingleOffchainSigner} from "../SingleOffchainSigner.sol";
import {JobManager} from "../JobManager.sol";
import {Requesters} from "./Requesters.sol";

/// @title OutputConsumer
/// @notice Example app: runs one program on inputs its requesters submit (onchain jobs; the
/// deployer and the accounts it allows) or that its signer authorises (offchain jobs, nonces from
/// getNextOffchainNonce()), and stores each proven output and its keccak256 hash. A pending job
/// is cancelled by its requester or the deployer.
contract OutputConsumer is Consumer, SingleOffchainSigner, Requesters {
    bytes32 public immutable programID;
    uint64 public immutable maxCycles;

    mapping(bytes32 => bytes) public outputs;
    mapping(bytes32 => bytes32) public outputHashes;
    mapping(bytes32 => uint32) public exitCodes;

    event Output(bytes32 indexed jobID, bytes output);

    constructor(JobManager jobManager_, address signer, bytes32 programID_, uint64 maxCycles_)
        Consumer(jobManager_)
        SingleOffchainSigner(signer)
    {
        programID = programID_;
        maxCycles = maxCycles_;
    }

    /// @notice Requests an onchain job with `input` as the program's onchain input.
    function request(bytes calldata input) external onlyRequester returns (bytes32 jobID) {
        jobID = requestJob(abi.encodePacked(programID), input, maxCycles);
        requesterOf[jobID] = msg.sender;
    }

    /// @notice Cancels a pending job; only its requester or the deployer may.
    function cancel(bytes32 jobID) external {
        _checkCanCancel(jobID);
        _jobManager.cancelJob(jobID);
    }

    function _receiveResult(bytes32 jobID, bytes memory output) internal override {
        outputs[jobID] = output;
        outputHashes[jobID] = keccak256(output);
        emit Output(jobID, output);
    }

    function _receiveFailure(bytes32 jobID, uint32 exitCode, bytes memory output) internal override {
        exitCodes[jobID] = exitCode;
        super._receiveFailure(jobID, exitCode, output);
    }
}
