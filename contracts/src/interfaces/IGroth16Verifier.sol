// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice The entry point of a Groth16 verifier exported by gnark v0.16.3 (`vk.ExportSolidity`)
/// for the zkprover circuit: one Pedersen commitment, 27 public inputs. `proof` is
/// groth16.Proof.MarshalSolidity(): A (64) | B (128) | C (64) | commitment (64) | its proof of
/// knowledge (64) = 384 bytes. It returns nothing and reverts on a bad proof with ProofInvalid(),
/// CommitmentInvalid() or PublicInputNotInField().
interface IGroth16Verifier {
    function verifyProof(bytes calldata proof, uint256[27] calldata input) external view;
}
