// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {OutputConsumer} from "../examples/OutputConsumer.sol";
import {JobManager} from "../JobManager.sol";

/// @notice Test-only: an OutputConsumer that opts in to InfinityVM's bare (EIP-191, chain-less)
/// request signatures, to show that path and that such signatures replay across chains.
contract BareSignatureConsumer is OutputConsumer {
    constructor(JobManager jobManager_, address signer, bytes32 programID_, uint64 maxCycles_)
        OutputConsumer(jobManager_, signer, programID_, maxCycles_)
    {}

    function acceptsBareRequestSignatures() public pure override returns (bool) {
        return true;
    }
}
