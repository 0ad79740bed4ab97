// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IGroth16Verifier} from "./interfaces/IGroth16Verifier.sol";
import {IFinalVerifier} from "./interfaces/IFinalVerifier.sol";

/// @title VerifierRegistry
/// @notice Maps a proof class to the gnark-exported Groth16 verifier of that class. Owner-managed.
/// Contracts that accept proven results verify through here (with the Verification library), so
/// a verifier can be added or replaced without redeploying them.
///
/// The proof class is one byte:
///   0..63           a whole-run proof of the base circuit with 2^class steps: 27 public inputs
///                   (Statement.publicInputs), verified by an IGroth16Verifier;
///   0x40 | k        a whole-run proof of the SHA-256 class of 2^k steps (k = 0..31: the base
///   (0x40..0x5F)    circuit with more SHA256_COMPRESS rows): exactly like a base class;
///   0x60 | k        a whole-run proof of the Keccak class of 2^k steps (k = 0..31: more
///   (0x60..0x7F)    KECCAK_F rows): exactly like a base class;
///   0x80 | k        a final proof (k = 0..63, the log2 of the segments' step count: the final
///   (0x80..0xBF)    circuit pins the segment key, so each segment class has its own final
///                   verifier): one public input, Statement.finalDigest, verified by an
///                   IFinalVerifier;
///   anything else   not a class: ClassOutOfRange.
/// Every byte below 0x80 is a whole-run ("single-class") class. Its step bound, the log2 of the
/// steps it proves the run halted within, is logStepsOf(class): the class itself for a base
/// class, class & 0x1F for a hash class. Contracts bound a whole-run proof by its log steps,
/// never by the raw byte.
contract VerifierRegistry {
    /// Base classes are log2 of the step capacity: 0..63.
    uint8 public constant MAX_CLASS = 63;
    /// The flag of SHA-256 classes: SHA256_CLASS_FLAG | k for 2^k steps (k = 0..31).
    uint8 public constant SHA256_CLASS_FLAG = 0x40;
    /// The flag of Keccak classes: KECCAK_CLASS_FLAG | k for 2^k steps (k = 0..31).
    uint8 public constant KECCAK_CLASS_FLAG = 0x60;
    /// The flag of final classes: FINAL_CLASS_FLAG | k for segments of 2^k steps.
    uint8 public constant FINAL_CLASS_FLAG = 0x80;
    /// The largest final class (FINAL_CLASS_FLAG | 63).
    uint8 public constant MAX_FINAL_CLASS = 0xBF;

    address public owner;
    /// Verifier by class byte (whole-run and final classes alike).
    mapping(uint8 => address) public verifiers;
    /// Bit k is set when base class k (0..63) has a verifier. Hash classes do not count.
    uint64 public classMask;
    /// Bit (c & 0x3F) is set when hash class c (0x40..0x7F) has a verifier: bits 0..31 the
    /// SHA-256 classes 0x40 | k, bits 32..63 the Keccak classes 0x60 | k.
    uint64 public hashClassMask;
    /// Bit k is set when final class FINAL_CLASS_FLAG | k has a verifier.
    uint64 public finalClassMask;

    event VerifierSet(uint8 indexed proofClass, address verifier);
    event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);

    error NotOwner();
    /// The class byte is not a class of the kind asked for (whole-run: 0x00..0x7F, final:
    /// 0x80..0xBF).
    error ClassOutOfRange(uint8 proofClass);
    error NotAContract(address verifier);
    /// The contract accepted a proof that no verifier accepts (an all-zero proof): it does not
    /// revert on a rejected proof (a verifier that returns false, a proxy's or wallet's fallback,
    /// an empty implementation), and verifyProof takes "returned" for "valid".
    error NotAVerifier(address verifier);
    error NoVerifier(uint8 proofClass);
    /// The class's verifier rejected the proof; `reason` is the verifier's revert data
    /// (ProofInvalid() or PublicInputNotInField(); verifiers exported by gnark, in key stores made
    /// before prover/evmverifier, also CommitmentInvalid() or an "invalid proof length" string).
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

    /// @notice Whether the class byte is a whole-run class (0x00..0x7F: a base class 0..63 or a
    /// hash class 0x40..0x7F). The name predates the hash classes.
    function isSingleClass(uint8 proofClass) public pure returns (bool) {
        return proofClass < FINAL_CLASS_FLAG;
    }

    /// @notice Whether the class byte is a hash class (0x40..0x7F: SHA-256 0x40 | k, Keccak
    /// 0x60 | k).
    function isHashClass(uint8 proofClass) public pure returns (bool) {
        return proofClass & 0xC0 == SHA256_CLASS_FLAG;
    }

    /// @notice The log2 of the steps a whole-run class proves the run halted within: the class
    /// for a base class (0..63), proofClass & 0x1F for a hash class (0x40..0x7F). Reverts
    /// ClassOutOfRange for any other byte.
    function logStepsOf(uint8 proofClass) public pure returns (uint8) {
        if (!isSingleClass(proofClass)) revert ClassOutOfRange(proofClass);
        return proofClass <= MAX_CLASS ? proofClass : proofClass & 0x1F;
    }

    /// @notice Whether the class byte is a final class (0x80..0xBF).
    function isFinalClass(uint8 proofClass) public pure returns (bool) {
        return proofClass & 0xC0 == FINAL_CLASS_FLAG;
    }

    /// @notice Sets (or, with address(0), removes) the verifier of a class: an IGroth16Verifier
    /// for a whole-run class (0x00..0x7F), an IFinalVerifier for a final class (0x80 | k). The
    /// class's bit is set (cleared) in its own mask: classMask (base), hashClassMask (hash) or
    /// finalClassMask (final).
    function setVerifier(uint8 proofClass, address verifier) external onlyOwner {
        if (!isSingleClass(proofClass) && !isFinalClass(proofClass)) revert ClassOutOfRange(proofClass);
        if (verifier != address(0) && verifier.code.length == 0) revert NotAContract(verifier);
        if (verifier != address(0)) _checkRejects(proofClass, verifier);
        uint64 bit = uint64(1) << (proofClass & MAX_CLASS);
        bool set = verifier != address(0);
        if (proofClass <= MAX_CLASS) {
            classMask = set ? classMask | bit : classMask & ~bit;
        } else if (isHashClass(proofClass)) {
            hashClassMask = set ? hashClassMask | bit : hashClassMask & ~bit;
        } else {
            finalClassMask = set ? finalClassMask | bit : finalClassMask & ~bit;
        }
        verifiers[proofClass] = verifier;
        emit VerifierSet(proofClass, verifier);
    }

    /// @dev Reverts NotAVerifier unless verifier rejects (reverts on) an all-zero proof of the
    /// usual length (12 words: A, B, C, one commitment and its proof of knowledge) for zero
    /// inputs: a contract that returns instead would make verifyProof accept every proof.
    function _checkRejects(uint8 proofClass, address verifier) internal view {
        bytes memory zero = new bytes(384);
        if (isFinalClass(proofClass)) {
            uint256[1] memory input;
            try IFinalVerifier(verifier).verifyProof(zero, input) {
                revert NotAVerifier(verifier);
            } catch {}
        } else {
            uint256[27] memory input;
            try IGroth16Verifier(verifier).verifyProof(zero, input) {
                revert NotAVerifier(verifier);
            } catch {}
        }
    }

    /// @notice The smallest base class (0..63) with a verifier; reverts NoVerifier(255) when
    /// there is none. Hash and final classes do not count.
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

    /// @notice Whether a whole-run proof of this class attests no more steps than the smallest
    /// base class with a verifier (its log steps at most lowestClass()): such a proof is accepted
    /// whatever a job's cycle budget, as a proof of the smallest base class is (so a job of 10
    /// cycles can use the smallest circuit, or a hash class no larger). False when no base class
    /// has a verifier, and for bytes that are not whole-run classes.
    function withinLowestClass(uint8 proofClass) public view returns (bool) {
        if (!isSingleClass(proofClass) || classMask == 0) return false;
        return logStepsOf(proofClass) <= lowestClass();
    }

    /// @notice Verifies a whole-run proof (a base or a hash class) against the 27 public inputs;
    /// reverts ClassOutOfRange (not a whole-run class), NoVerifier or ProofRejected, returns
    /// nothing when the proof is valid.
    function verifyProof(uint8 proofClass, bytes calldata proof, uint256[27] calldata input) external view {
        if (!isSingleClass(proofClass)) revert ClassOutOfRange(proofClass);
        address v = verifiers[proofClass];
        if (v == address(0)) revert NoVerifier(proofClass);
        try IGroth16Verifier(v).verifyProof(proof, input) {}
        catch (bytes memory reason) {
            revert ProofRejected(proofClass, reason);
        }
    }

    /// @notice Verifies a final proof against its one public input, the statement's final
    /// digest (Statement.finalDigest); reverts ClassOutOfRange (not a final class), NoVerifier
    /// or ProofRejected, returns nothing when the proof is valid.
    function verifyFinalProof(uint8 proofClass, bytes calldata proof, uint256 digest) external view {
        if (!isFinalClass(proofClass)) revert ClassOutOfRange(proofClass);
        address v = verifiers[proofClass];
        if (v == address(0)) revert NoVerifier(proofClass);
        try IFinalVerifier(v).verifyProof(proof, [digest]) {}
        catch (bytes memory reason) {
            revert ProofRejected(proofClass, reason);
        }
    }
}
