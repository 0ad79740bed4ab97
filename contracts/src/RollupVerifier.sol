// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IFinalVerifier} from "./interfaces/IFinalVerifier.sol";
import {IRollupVerifier} from "./interfaces/IRollupVerifier.sol";

/// @title RollupVerifier
/// @notice Upstream's rollup verifier shape over a zkprover final verifier (docs/aggregator.md,
/// "Final proofs"): the 24 words are the 12 words of the Groth16 proof as
/// groth16.Proof.MarshalSolidity() writes them (A, B, C, the commitment D and its proof of
/// knowledge) followed by 12 zero words, as the node's FinalProof.proof carries them and
/// upstream's convertProof splits them. pubSignals[0] is the final digest
/// (Sequence.seqDigest for a sequence of jobs). Returns true exactly when the final verifier
/// accepts; a proof whose padding is not zero is refused.
contract RollupVerifier is IRollupVerifier {
    /// The words of a zkprover Groth16 proof (384 bytes).
    uint256 internal constant PROOF_WORDS = 12;

    IFinalVerifier public immutable verifier;

    constructor(IFinalVerifier verifier_) {
        verifier = verifier_;
    }

    function verifyProof(bytes32[24] calldata proof, uint256[1] calldata pubSignals) external view returns (bool) {
        for (uint256 i = PROOF_WORDS; i < 24; i++) {
            if (proof[i] != bytes32(0)) return false;
        }
        bytes memory p = new bytes(32 * PROOF_WORDS);
        for (uint256 i = 0; i < PROOF_WORDS; i++) {
            bytes32 w = proof[i];
            assembly {
                mstore(add(add(p, 32), mul(i, 32)), w)
            }
        }
        try verifier.verifyProof(p, pubSignals) {
            return true;
        } catch {
            return false;
        }
    }
}
