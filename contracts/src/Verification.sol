// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Statement} from "./Statement.sol";
import {VerifierRegistry} from "./VerifierRegistry.sol";

/// @title Verification
/// @notice The one verification path of the contracts that accept proven results (JobManager,
/// Coordinator): a proof of a statement the contract rebuilt from its own data, verified
/// through the registry under the proof's class byte (see VerifierRegistry): a whole-run class
/// (0x00..0x7F: a base class 0..63 or a hash class 0x40 | k, 0x60 | k) against the 27 public
/// inputs, a final class (0x80 | k) against the final digest of the statement and the cycle
/// budget the contract applies (a job's maxCycles).
library Verification {
    /// @notice Whether the class byte names a whole-run proof (0x00..0x7F: a base or a hash
    /// class), whose log steps (logSteps) a contract bounds by the job's cycle budget (a final
    /// proof binds the budget in its digest).
    function isSingleClass(uint8 proofClass) internal pure returns (bool) {
        return proofClass < 0x80;
    }

    /// @notice The log2 of the steps a whole-run class proves the run halted within
    /// (VerifierRegistry.logStepsOf): the class for a base class (0..63), proofClass & 0x1F for
    /// a hash class (0x40..0x7F). Reverts ClassOutOfRange for a byte that is not a whole-run
    /// class.
    function logSteps(uint8 proofClass) internal pure returns (uint8) {
        if (proofClass >= 0x80) revert VerifierRegistry.ClassOutOfRange(proofClass);
        return proofClass < 0x40 ? proofClass : proofClass & 0x1F;
    }

    /// @notice Verifies `proof` of class `proofClass` for the statement `p`; reverts with the
    /// registry's ClassOutOfRange (a byte that is neither a whole-run nor a final class),
    /// NoVerifier or ProofRejected, or the Statement library's errors for a malformed statement.
    /// A final proof is verified for Statement.finalDigest(p, maxCycles): it proves the run
    /// halted within maxCycles steps. A whole-run proof ignores maxCycles (the caller bounds its
    /// class).
    function verify(
        VerifierRegistry registry,
        uint8 proofClass,
        bytes memory proof,
        Statement.Public memory p,
        uint64 maxCycles
    ) internal view {
        if (isSingleClass(proofClass)) {
            registry.verifyProof(proofClass, proof, Statement.publicInputs(p));
        } else if (proofClass & 0xC0 == 0x80) {
            registry.verifyFinalProof(proofClass, proof, Statement.finalDigest(p, maxCycles));
        } else {
            revert VerifierRegistry.ClassOutOfRange(proofClass);
        }
    }
}
