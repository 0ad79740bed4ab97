// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Sequence} from "../Sequence.sol";

/// @notice Exposes the Sequence library to the Go tests (TEST ONLY).
contract SequenceHarness {
    function accNext(bytes32 acc, Sequence.JobInputs memory j) external pure returns (bytes32) {
        return Sequence.accNext(acc, j);
    }

    function seqDigest(Sequence.Range memory r, address aggregator) external pure returns (uint256) {
        return Sequence.seqDigest(r, aggregator);
    }
}
