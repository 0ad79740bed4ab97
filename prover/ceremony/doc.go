// Package ceremony runs a multi-party Groth16 setup ceremony (BN254) for the
// prover's circuits on files, so that participants who never meet take part
// in turn, with gnark's mpcsetup (backend/groth16/bn254/mpcsetup):
//
//   - phase 1 (powers of tau, circuit-independent): InitPhase1, then
//     Contribute by each participant, then SealPhase1 with a public beacon,
//     which writes the SRS; or ImportPtau, which takes the SRS from a public
//     snarkjs powers-of-tau file instead;
//   - phase 2 (per circuit class): InitPhase2 from the SRS, Contribute by each
//     participant, then Finalize with a public beacon, which writes the keys
//     into the key store (setup kind "mpc", the ceremony's record in the
//     manifest).
//
// Verify checks any part of a transcript and names the first bad file by its
// position. The keys are safe if at least one participant of each phase kept
// their randomness secret. See docs/ceremony.md.
package ceremony
