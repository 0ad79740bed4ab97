// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IRollupVerifier} from "./interfaces/IRollupVerifier.sol";
import {Sequence} from "./Sequence.sol";
import {Statement} from "./Statement.sol";

/// @title SequenceRollup
/// @notice A minimal rollup-style contract over one stateful program (docs/aggregator.md, "The
/// rollup flow"): a sequencer sequences jobs (batches) on chain, each extending the accumulated
/// input hash; an aggregator proves a range of them off chain (batch proofs, aggregated
/// pairwise, one final proof) and verifies the range with one final proof, which advances the
/// state root. Batch n is the job whose statement has batch number n (n >= 1), chain id the
/// chain's, the timestamp of the block that sequenced it and its sequencer; its inputs are the
/// onchain input and offchain input hash sent here. The final proof binds the caller of
/// verifyBatches as the aggregator, so a proof sent by someone else is refused. Only the trusted
/// sequencer (set at deployment, as upstream's onlyTrustedSequencer) sequences: every sequenced
/// batch must be proven before the ones after it, so a batch nobody can prove (an offchain
/// input hash without a known preimage, an input that keeps the program from halting) sent by
/// anyone would freeze the rollup for good. A range proof
/// says that each job ran to its halt from the previous job's state root; the jobs' exit codes
/// and outputs are not exposed.
contract SequenceRollup {
    /// One job to sequence: its onchain input (at most 256 bytes) and offchain input hash.
    struct BatchData {
        bytes onchainInput;
        bytes32 offchainHash;
    }

    /// What the contract keeps of a sequenced batch.
    struct SequencedBatch {
        bytes32 accInputHash; // after this batch
        bytes32 dataHash; // keccak256 of its onchain input
        uint64 timestamp;
        address sequencer;
    }

    IRollupVerifier public immutable verifier;
    address public immutable trustedSequencer;
    bytes32 public immutable programId;
    uint64 public immutable maxCycles;
    uint64 public immutable chainId;

    bytes32 public stateRoot;
    uint64 public lastBatch;
    uint64 public lastVerifiedBatch;
    /// batches[0] is the genesis: accumulated input hash 0.
    mapping(uint64 => SequencedBatch) public batches;

    event BatchSequenced(
        uint64 indexed batchNum, bytes32 accInputHash, uint64 timestamp, address sequencer, bytes onchainInput, bytes32 offchainHash
    );
    event BatchesVerified(uint64 indexed finalBatch, bytes32 stateRoot, address indexed aggregator);

    error NoBatches();
    error BatchOutOfRange(uint64 initNumBatch, uint64 finalNewBatch);
    error InvalidProof();
    error ZeroMaxCycles();
    error NotTrustedSequencer(address caller);

    constructor(
        IRollupVerifier verifier_,
        address trustedSequencer_,
        bytes32 programId_,
        uint64 maxCycles_,
        bytes32 genesisStateRoot
    ) {
        Statement.fieldElement(programId_);
        Statement.fieldElement(genesisStateRoot);
        if (maxCycles_ == 0) revert ZeroMaxCycles();
        verifier = verifier_;
        trustedSequencer = trustedSequencer_;
        programId = programId_;
        maxCycles = maxCycles_;
        chainId = Statement.currentChainId();
        stateRoot = genesisStateRoot;
    }

    /// @notice Sequences jobs as the next batches (the trusted sequencer only); each extends the accumulated input hash
    /// (Sequence.accNext) with the job's inputs and its context (this chain, this block's
    /// timestamp, its batch number, the caller as sequencer).
    function sequenceBatches(BatchData[] calldata data) external {
        if (msg.sender != trustedSequencer) revert NotTrustedSequencer(msg.sender);
        if (data.length == 0) revert NoBatches();
        uint64 n = lastBatch;
        bytes32 acc = batches[n].accInputHash;
        for (uint256 i = 0; i < data.length; i++) {
            n++;
            Statement.Context memory ctx = Statement.Context(chainId, uint64(block.timestamp), n, msg.sender);
            acc = Sequence.accNext(acc, Sequence.JobInputs(programId, ctx, data[i].onchainInput, data[i].offchainHash));
            batches[n] = SequencedBatch(acc, keccak256(data[i].onchainInput), uint64(block.timestamp), msg.sender);
            emit BatchSequenced(n, acc, uint64(block.timestamp), msg.sender, data[i].onchainInput, data[i].offchainHash);
        }
        lastBatch = n;
    }

    /// @notice Verifies batches initNumBatch + 1 to finalNewBatch with one final proof
    /// (upstream's verifyBatchesTrustedAggregator without pending states and exit roots) and
    /// moves the state root to newStateRoot. initNumBatch must be the last verified batch. The
    /// proof's public input is Sequence.seqDigest of the range (state roots, the stored
    /// accumulated input hashes before and after it, batch numbers initNumBatch + 1 and
    /// finalNewBatch + 1) with the caller as aggregator.
    function verifyBatches(uint64 initNumBatch, uint64 finalNewBatch, bytes32 newStateRoot, bytes32[24] calldata proof)
        external
    {
        if (initNumBatch != lastVerifiedBatch || finalNewBatch <= initNumBatch || finalNewBatch > lastBatch) {
            revert BatchOutOfRange(initNumBatch, finalNewBatch);
        }
        Sequence.Range memory r = Sequence.Range(
            programId,
            chainId,
            maxCycles,
            stateRoot,
            newStateRoot,
            batches[initNumBatch].accInputHash,
            batches[finalNewBatch].accInputHash,
            initNumBatch + 1,
            finalNewBatch + 1
        );
        if (!verifier.verifyProof(proof, [Sequence.seqDigest(r, msg.sender)])) revert InvalidProof();
        stateRoot = newStateRoot;
        lastVerifiedBatch = finalNewBatch;
        emit BatchesVerified(finalNewBatch, newStateRoot, msg.sender);
    }
}
