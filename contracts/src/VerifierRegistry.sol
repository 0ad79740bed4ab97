// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IGroth16Verifier} from "./interfaces/IGroth16Verifier.sol";

/// @title VerifierRegistry
/// @notice Maps a capacity class (log2 of the circuit's step capacity) to the gnark-exported
/// Groth16 verifier of that class. Owner-managed. Contracts that accept proven results call
/// verifyProof here, so a verifier can be added or replaced without redeploying them.
contract VerifierRegistry {
    /// Classes are log2 of the step capacity: 0..63.
    uint8 public constant MAX_CLASS = 63;

    address public owner;
    mapping(uint8 => address) public verifiers;
    /// Bit k is set when class k has a verifier.
    uint64 public classMask;

    event VerifierSet(uint8 indexed proofClass, address verifier);
    event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);

    error NotOwner();
    error ClassOutOfRange(uint8 proofClass);
    error NotAContract(address verifier);
    error NoVerifier(uint8 proofClass);
    /// The class's verifier rejected the proof; `reason` is the verifier's revert data
    /// (ProofInvalid(), CommitmentInvalid(), PublicInputNotInField() or an "invalid proof length" string).
    error ProofRejected(uint8 proofClass, bytes reason);

    modifier onlyOwner() {
        if (msg.sender != owner) revert NotOwner();
        _;
    }

    constructor(address initialOwner) {
        owner = initialOwner;
        emit OwnershipTransferred(address(0), initialOwner);
    }

    function transferOwnership(address newOwner) external onlyOwner {
        emit OwnershipTransferred(owner, newOwner);
        owner = newOwner;
    }

    /// @notice Sets (or, with address(0), removes) the verifier of a class.
    function setVerifier(uint8 proofClass, address verifier) external onlyOwner {
        if (proofClass > MAX_CLASS) revert ClassOutOfRange(proofClass);
        if (verifier == address(0)) {
            classMask &= ~(uint64(1) << proofClass);
        } else {
            if (verifier.code.length == 0) revert NotAContract(verifier);
            classMask |= uint64(1) << proofClass;
        }
        verifiers[proofClass] = verifier;
        emit VerifierSet(proofClass, verifier);
    }

    /// @notice The smallest class with a verifier; reverts NoVerifier(255) when there is none.
    function lowestClass() public view returns (uint8) {
        uint64 m = classMask;
        if (m == 0) revert NoVerifier(type(uint8).max);
        uint8 k = 0;
        while (m & 1 == 0) {
            m >>= 1;
            ++k;
        }
        return k;
    }

    /// @notice Verifies a proof of the given class against the public inputs; reverts
    /// NoVerifier or ProofRejected, returns nothing when the proof is valid.
    function verifyProof(uint8 proofClass, bytes calldata proof, uint256[27] calldata input) external view {
        address v = proofClass <= MAX_CLASS ? verifiers[proofClass] : address(0);
        if (v == address(0)) revert NoVerifier(proofClass);
        try IGroth16Verifier(v).verifyProof(proof, input) {}
        catch (bytes memory reason) {
            revert ProofRejected(proofClass, reason);
        }
    }
}
