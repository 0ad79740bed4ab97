// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice The entry point of the Groth16 verifier of a final key store (prover/evmverifier, with
/// gnark's interface; key stores made before it hold gnark v0.16.3's `vk.ExportSolidity`)
/// for a final circuit (docs/recursion.md): one public input, the final digest
/// (Statement.finalDigest of the run's statement), and one Pedersen commitment. `proof` is
/// groth16.Proof.MarshalSolidity() of a proof made with the Solidity target, 384 bytes as for
/// IGroth16Verifier. It returns nothing and reverts on a bad proof with ProofInvalid() or
/// PublicInputNotInField() (gnark's export: also CommitmentInvalid()).
interface IFinalVerifier {
    function verifyProof(bytes calldata proof, uint256[1] calldata input) external view;
}
