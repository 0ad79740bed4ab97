// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Consumer} from "../Consumer.sol";
import {SingleOffchainSigner} from "../SingleOffchainSigner.sol";
import {JobManager} from "../JobManager.sol";
import {Requesters} from "./Requesters.sol";

/// @title HashConsumer
/// @notice Example app: keeps only the keccak256 of each proven output (e.g. of a program that
/// computes a hash or a Merkle root); the output itself is in the JobCompleted event. The lean
/// callback makes it the consumer of the gas table. Onchain jobs come from its requesters.
contract HashConsumer is Consumer, SingleOffchainSigner, Requesters {
    bytes32 public immutable programID;
    uint64 public immutable maxCycles;

    mapping(bytes32 => bytes32) public outputHashes;

    constructor(JobManager jobManager_, address signer, bytes32 programID_, uint64 maxCycles_)
        Consumer(jobManager_)
        SingleOffchainSigner(signer)
    {
        programID = programID_;
        maxCycles = maxCycles_;
    }

    function request(bytes calldata input) external onlyRequester returns (bytes32) {
        return requestJob(abi.encodePacked(programID), input, maxCycles);
    }

    function _receiveResult(bytes32 jobID, bytes memory output) internal override {
        outputHashes[jobID] = keccak256(output);
    }
}
