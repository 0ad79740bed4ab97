// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice The entry point of a class's Groth16 verifier (prover/evmverifier, with gnark's
/// interface; key stores made before it hold gnark v0.16.3's `vk.ExportSolidity`) for the
/// zkprover circuit: one Pedersen commitment, 27 public inputs. `proof` is
/// groth16.Proof.MarshalSolidity(): A (64) | B (128) | C (64) | commitment (64) | its proof of
/// knowledge (64) = 384 bytes. It returns nothing and reverts on a bad proof with ProofInvalid()
/// or PublicInputNotInField() (gnark's export: also CommitmentInvalid()).
interface IGroth16Verifier {
    function verifyProof(bytes calldata proof, uint256[27] calldata input) external view;
}
