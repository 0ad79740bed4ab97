// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title Requesters
/// @notice Example access control for consumers: the deployer (owner) and the accounts it allows
/// may request onchain jobs; a pending job may be cancelled by the account that requested it or
/// by the owner. Without it anyone could make the node prove (and the consumer pay for) jobs of
/// their choosing, or cancel other users' jobs.
abstract contract Requesters {
    address public immutable owner;
    mapping(address => bool) public isRequester;
    /// Who requested each onchain job (recorded by consumers that let requesters cancel).
    mapping(bytes32 => address) public requesterOf;

    event RequesterSet(address indexed requester, bool allowed);

    error NotOwner();
    error NotRequester(address caller);
    error NotJobRequester(bytes32 jobID, address caller);

    modifier onlyRequester() {
        if (msg.sender != owner && !isRequester[msg.sender]) revert NotRequester(msg.sender);
        _;
    }

    constructor() {
        owner = msg.sender;
    }

    /// @notice Allows (or stops) an account to request jobs. Owner only.
    function setRequester(address requester, bool allowed) external {
        if (msg.sender != owner) revert NotOwner();
        isRequester[requester] = allowed;
        emit RequesterSet(requester, allowed);
    }

    /// @dev Reverts unless the caller requested jobID or is the owner.
    function _checkCanCancel(bytes32 jobID) internal view {
        if (msg.sender != owner && requesterOf[jobID] != msg.sender) revert NotJobRequester(jobID, msg.sender);
    }
}
