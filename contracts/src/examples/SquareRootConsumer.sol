// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Consumer} from "../Consumer.sol";
import {JobManager} from "../JobManager.sol";

/// @title SquareRootConsumer
/// @notice Example app: asks a program for the integer square root of a number. The onchain input
/// is the number as one little-endian 32-bit word; the program writes the root as one word.
/// The contract trusts the proof for the computation and keeps the answer.
contract SquareRootConsumer is Consumer {
    bytes32 public immutable programID;
    uint64 public immutable maxCycles;

    mapping(bytes32 => uint32) public numberForJob;
    mapping(uint32 => uint32) public squareRoots;
    mapping(uint32 => bool) public known;

    event SquareRoot(uint32 indexed number, uint32 root);

    error BadOutput(uint256 length);

    constructor(JobManager jobManager_, bytes32 programID_, uint64 maxCycles_) Consumer(jobManager_) {
        programID = programID_;
        maxCycles = maxCycles_;
    }

    function requestSquareRoot(uint32 number) external returns (bytes32 jobID) {
        jobID = requestJob(abi.encodePacked(programID), abi.encodePacked(_le32(number)), maxCycles);
        numberForJob[jobID] = number;
    }

    function _receiveResult(bytes32 jobID, bytes memory output) internal override {
        if (output.length < 4) revert BadOutput(output.length);
        uint32 root = uint32(uint8(output[0])) | (uint32(uint8(output[1])) << 8) | (uint32(uint8(output[2])) << 16)
            | (uint32(uint8(output[3])) << 24);
        uint32 number = numberForJob[jobID];
        squareRoots[number] = root;
        known[number] = true;
        emit SquareRoot(number, root);
    }

    /// The little-endian encoding of a 32-bit word.
    function _le32(uint32 v) private pure returns (bytes4) {
        return bytes4((v >> 24) | ((v >> 8) & 0xff00) | ((v << 8) & 0xff0000) | (v << 24));
    }
}
