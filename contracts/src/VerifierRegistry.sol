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
///
/// Trust: the owner chooses the verifiers, so the owner can make a false result verify. Two
/// things bound that. Ownership moves in two steps (transferOwnership, then acceptOwnership by
/// the new owner), so a mistyped address cannot take it. And once the owner calls
/// seal(delay), every verifier put in place (a new class or a replacement) must first be
/// announced with proposeVerifier and waits `delay` seconds, long enough for the users of a
/// class to see the VerifierProposed event, read the new verifier and leave if they must; a
/// proposal not used within PROPOSAL_WINDOW after it is ready expires, so that none waits in
/// reserve for a swap without fresh notice. Removing a verifier (setVerifier(class, address(0)))
/// stays immediate: no false statement verifies through it, but removing the lowest base class
/// raises lowestClass, and with it the class a job of any maxCycles may be answered with
/// (withinLowestClass). A verifier behind a proxy that its admin can upgrade escapes the delay:
/// check what you read. Before seal, setVerifier acts at once (a deployment sets its verifiers, then
/// seals); a registry never sealed (the development chain's) says so: sealedDelay() == 0.
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

    /// The longest delay seal accepts (a longer one could freeze the registry's verifiers).
    uint64 public constant MAX_SEALED_DELAY = 365 days;
    /// How long after it is ready a proposal may be used; it expires after.
    uint64 public constant PROPOSAL_WINDOW = 14 days;

    address public owner;
    /// The address transferOwnership named, until it calls acceptOwnership (address(0): none).
    address public pendingOwner;
    /// Seconds a proposed verifier waits before setVerifier may put it in place; 0 until seal.
    uint64 public sealedDelay;
    /// A verifier announced for a class, and the time from which setVerifier may put it in place.
    struct Proposal {
        address verifier;
        uint64 readyAt;
    }
    /// The pending proposal by class byte (verifier address(0): none).
    mapping(uint8 => Proposal) public proposals;
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
    event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner);
    /// A verifier was announced for a class (verifier address(0), readyAt 0: the proposal was
    /// withdrawn); setVerifier may put it in place from readyAt.
    event VerifierProposed(uint8 indexed proofClass, address verifier, uint64 readyAt);
    /// From now on every verifier put in place waits `delay` seconds after its proposal.
    event Sealed(uint64 delay);

    error NotOwner();
    error NotPendingOwner();
    /// seal was called already, or with a delay of 0 or over MAX_SEALED_DELAY.
    error BadSeal(uint64 delay);
    /// proposeVerifier before seal (setVerifier acts at once until then).
    error NotSealed();
    /// The registry is sealed and this verifier was not proposed for the class.
    error VerifierNotProposed(uint8 proofClass, address verifier);
    /// The proposal's delay has not passed yet.
    error VerifierNotReady(uint8 proofClass, uint64 readyAt);
    /// The proposal was not used within PROPOSAL_WINDOW after it was ready: propose it again.
    error ProposalExpired(uint8 proofClass, uint64 expiredAt);
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

    /// @notice Starts moving ownership to newOwner, who must then call acceptOwnership (until
    /// then the owner stays; address(0) withdraws a transfer started).
    function transferOwnership(address newOwner) external onlyOwner {
        pendingOwner = newOwner;
        emit OwnershipTransferStarted(owner, newOwner);
    }

    /// @notice Completes a transfer: only the address transferOwnership named may call it.
    function acceptOwnership() external {
        if (msg.sender != pendingOwner || msg.sender == address(0)) revert NotPendingOwner();
        emit OwnershipTransferred(owner, msg.sender);
        owner = msg.sender;
        pendingOwner = address(0);
    }

    /// @notice Seals the registry: from now on every verifier put in place must be proposed
    /// and wait `delay` seconds (1 second .. MAX_SEALED_DELAY). Once only; it cannot be undone.
    function seal(uint64 delay) external onlyOwner {
        if (sealedDelay != 0 || delay == 0 || delay > MAX_SEALED_DELAY) revert BadSeal(delay);
        sealedDelay = delay;
        emit Sealed(delay);
    }

    /// @notice Announces the verifier setVerifier may put in place for a class once
    /// sealedDelay has passed (a new proposal replaces the class's pending one and starts its
    /// wait again; address(0) withdraws it). The verifier is checked as setVerifier checks it.
    /// Only once sealed (NotSealed): every proposal waits the sealed delay.
    function proposeVerifier(uint8 proofClass, address verifier) external onlyOwner {
        if (sealedDelay == 0) revert NotSealed();
        if (!isSingleClass(proofClass) && !isFinalClass(proofClass)) revert ClassOutOfRange(proofClass);
        if (verifier == address(0)) {
            delete proposals[proofClass];
            emit VerifierProposed(proofClass, address(0), 0);
            return;
        }
        _checkVerifier(proofClass, verifier);
        uint64 readyAt = uint64(block.timestamp) + sealedDelay;
        proposals[proofClass] = Proposal(verifier, readyAt);
        emit VerifierProposed(proofClass, verifier, readyAt);
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
    /// Once sealed, a verifier other than address(0) must be the class's proposal, its delay
    /// passed and not more than PROPOSAL_WINDOW ago (VerifierNotProposed, VerifierNotReady,
    /// ProposalExpired); the proposal is then used up.
    function setVerifier(uint8 proofClass, address verifier) external onlyOwner {
        if (!isSingleClass(proofClass) && !isFinalClass(proofClass)) revert ClassOutOfRange(proofClass);
        if (verifier != address(0)) {
            _checkVerifier(proofClass, verifier);
            if (sealedDelay != 0) {
                Proposal memory p = proposals[proofClass];
                if (p.verifier != verifier) revert VerifierNotProposed(proofClass, verifier);
                if (block.timestamp < p.readyAt) revert VerifierNotReady(proofClass, p.readyAt);
                if (block.timestamp > p.readyAt + PROPOSAL_WINDOW) {
                    revert ProposalExpired(proofClass, p.readyAt + PROPOSAL_WINDOW);
                }
                delete proposals[proofClass];
            }
        }
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

    /// @dev Reverts NotAContract for an address without code, and NotAVerifier as _checkRejects.
    function _checkVerifier(uint8 proofClass, address verifier) internal view {
        if (verifier.code.length == 0) revert NotAContract(verifier);
        _checkRejects(proofClass, verifier);
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
