// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title Statement
/// @notice Rebuilds the 27 public inputs of a zkprover Groth16 proof exactly as the Go package
/// `statement` does (docs/zkvm.md, "The statement"). Every contract that accepts a proven result
/// uses this library, so a proof is only accepted for the data the contract itself holds.
///
/// Vector layout (BN254 scalar field elements):
///   0      program id (the 32-byte big-endian id)
///   1      chain_id + timestamp * 2^64 + batch_num * 2^128
///   2      sequencer address as a 160-bit integer
///   3      onchain_input_len + output_len * 2^32 + exit_code * 2^64
///   4      offchain input hash
///   5, 6   old and new state root
///   7..16  onchain input, zero-padded to 256 bytes, 28 bytes per element, little-endian
///   17..26 output, same packing
library Statement {
    /// BN254 scalar field modulus: every public input must be below it.
    uint256 internal constant R = 21888242871839275222246405745257275088548364400416034343698204186575808495617;

    uint256 internal constant NUM_PUBLIC = 27;
    uint256 internal constant BLOB_ELEMENTS = 10;
    uint256 internal constant MAX_BLOB_BYTES = 256;

    uint256 internal constant IDX_PROGRAM_ID = 0;
    uint256 internal constant IDX_CONTEXT0 = 1;
    uint256 internal constant IDX_CONTEXT1 = 2;
    uint256 internal constant IDX_LENGTHS = 3;
    uint256 internal constant IDX_OFFCHAIN_HASH = 4;
    uint256 internal constant IDX_OLD_STATE_ROOT = 5;
    uint256 internal constant IDX_NEW_STATE_ROOT = 6;
    uint256 internal constant IDX_ONCHAIN_INPUT = 7;
    uint256 internal constant IDX_OUTPUT = 17;

    /// statement.OffchainHash(nil): the offchain input hash of a job without offchain input.
    bytes32 internal constant EMPTY_OFFCHAIN_HASH = 0x11d5b1f3b3a4a5e5d818e088ecf3fa7a31616156c3ef14865e6a60118189eae8;
    /// statement.StateRoot(nil): the root of the empty state.
    bytes32 internal constant EMPTY_STATE_ROOT = 0x2bc46723b5c64c77502cd2bcd71123b7903152dcfa60aedb9f8369c3a13bbcb5;

    uint256 private constant MASK224 = (1 << 224) - 1;

    /// A blob (onchain input or output) is longer than the 256 bytes the statement carries.
    error BlobTooLarge(uint256 length);
    /// The output length is not a whole number of 32-bit words.
    error OutputNotWords(uint256 length);
    /// A 32-byte value (program id, hash, state root) is not below the field modulus.
    error NotAFieldElement(bytes32 value);
    /// block.chainid does not fit the statement's 64-bit chain id.
    error ChainIdTooLarge(uint256 chainId);

    /// The job context a program can read and that the proof binds.
    struct Context {
        uint64 chainId;
        uint64 timestamp;
        uint64 batchNum;
        address sequencer;
    }

    /// A statement in its native form (statement.Public in Go).
    struct Public {
        bytes32 programId;
        Context ctx;
        bytes onchainInput;
        bytes32 offchainHash;
        bytes32 oldStateRoot;
        bytes32 newStateRoot;
        uint32 exitCode;
        bytes output;
    }

    /// @notice The public input vector of a statement, in circuit order.
    function publicInputs(Public memory p) internal pure returns (uint256[27] memory v) {
        v[IDX_PROGRAM_ID] = fieldElement(p.programId);
        v[IDX_CONTEXT0] = contextElement(p.ctx.chainId, p.ctx.timestamp, p.ctx.batchNum);
        v[IDX_CONTEXT1] = uint256(uint160(p.ctx.sequencer));
        if (p.output.length % 4 != 0) revert OutputNotWords(p.output.length);
        v[IDX_LENGTHS] = lengthsElement(p.onchainInput.length, p.output.length, p.exitCode);
        v[IDX_OFFCHAIN_HASH] = fieldElement(p.offchainHash);
        v[IDX_OLD_STATE_ROOT] = fieldElement(p.oldStateRoot);
        v[IDX_NEW_STATE_ROOT] = fieldElement(p.newStateRoot);
        _packInto(v, IDX_ONCHAIN_INPUT, p.onchainInput);
        _packInto(v, IDX_OUTPUT, p.output);
    }

    /// @notice The one public input of a final proof (docs/recursion.md, "Final digest"):
    /// sha256 of the 700-byte layout of the statement and the run's cycle budget, read
    /// big-endian, top 3 bits cleared. Layout: program id (32), chain id, timestamp, batch number
    /// (8 each), sequencer (20), onchain input length (2) and the input zero-padded to 256,
    /// offchain hash, old and new state root (32 each), exit code (4), output length (2) and the
    /// output zero-padded to 256, maxCycles (8). A final proof for it attests that the run halted
    /// within maxCycles steps (none for maxCycles 0). The same checks as publicInputs (field
    /// elements below R, blobs of at most 256 bytes, whole words).
    function finalDigest(Public memory p, uint64 maxCycles) internal pure returns (uint256) {
        fieldElement(p.programId);
        fieldElement(p.offchainHash);
        fieldElement(p.oldStateRoot);
        fieldElement(p.newStateRoot);
        if (p.output.length % 4 != 0) revert OutputNotWords(p.output.length);
        if (p.onchainInput.length > MAX_BLOB_BYTES) revert BlobTooLarge(p.onchainInput.length);
        if (p.output.length > MAX_BLOB_BYTES) revert BlobTooLarge(p.output.length);
        bytes memory layout = bytes.concat(
            abi.encodePacked(p.programId, p.ctx.chainId, p.ctx.timestamp, p.ctx.batchNum, p.ctx.sequencer),
            abi.encodePacked(uint16(p.onchainInput.length), p.onchainInput, new bytes(MAX_BLOB_BYTES - p.onchainInput.length)),
            abi.encodePacked(p.offchainHash, p.oldStateRoot, p.newStateRoot, p.exitCode),
            abi.encodePacked(uint16(p.output.length), p.output, new bytes(MAX_BLOB_BYTES - p.output.length), maxCycles)
        );
        return uint256(sha256(layout)) & ((1 << 253) - 1);
    }

    /// @notice chain_id + timestamp * 2^64 + batch_num * 2^128.
    function contextElement(uint64 chainId, uint64 timestamp, uint64 batchNum) internal pure returns (uint256) {
        return uint256(chainId) | (uint256(timestamp) << 64) | (uint256(batchNum) << 128);
    }

    /// @notice block.chainid as the statement's 64-bit chain id.
    function currentChainId() internal view returns (uint64) {
        if (block.chainid > type(uint64).max) revert ChainIdTooLarge(block.chainid);
        return uint64(block.chainid);
    }

    /// @notice onchain_input_len + output_len * 2^32 + exit_code * 2^64.
    function lengthsElement(uint256 onchainLen, uint256 outputLen, uint32 exitCode) internal pure returns (uint256) {
        if (onchainLen > MAX_BLOB_BYTES) revert BlobTooLarge(onchainLen);
        if (outputLen > MAX_BLOB_BYTES) revert BlobTooLarge(outputLen);
        return onchainLen | (outputLen << 32) | (uint256(exitCode) << 64);
    }

    /// @notice A 32-byte big-endian value as a field element; reverts unless it is below R.
    function fieldElement(bytes32 x) internal pure returns (uint256) {
        if (uint256(x) >= R) revert NotAFieldElement(x);
        return uint256(x);
    }

    /// @notice Packs up to 256 bytes into 10 elements exactly as statement.PackBlob: the bytes are
    /// zero-padded to 256, read as 64 little-endian 32-bit words, and element j is
    /// sum_{i<7} word(7j+i) * 2^(32i), i.e. the little-endian integer of bytes [28j, 28j+28).
    function packBlob(bytes memory b) internal pure returns (uint256[10] memory out) {
        uint256 buf = _padded(b);
        for (uint256 j = 0; j < BLOB_ELEMENTS; ++j) {
            out[j] = _element(buf, j);
        }
    }

    function _packInto(uint256[27] memory v, uint256 offset, bytes memory b) private pure {
        uint256 buf = _padded(b);
        for (uint256 j = 0; j < BLOB_ELEMENTS; ++j) {
            v[offset + j] = _element(buf, j);
        }
    }

    /// Copies b into a zeroed 288-byte scratch area above the free memory pointer (256 bytes of
    /// blob plus one word of zeros that the last element's load reaches into).
    function _padded(bytes memory b) private pure returns (uint256 buf) {
        uint256 n = b.length;
        if (n > MAX_BLOB_BYTES) revert BlobTooLarge(n);
        assembly ("memory-safe") {
            buf := mload(0x40)
            for { let i := 0 } lt(i, 0x120) { i := add(i, 0x20) } { mstore(add(buf, i), 0) }
            mcopy(buf, add(b, 0x20), n)
        }
    }

    function _element(uint256 buf, uint256 j) private pure returns (uint256) {
        uint256 w;
        assembly ("memory-safe") {
            w := mload(add(buf, mul(j, 28)))
        }
        return _reverseBytes(w) & MASK224;
    }

    /// Reverses the 32 bytes of a word (byte 0, the most significant, becomes the least).
    function _reverseBytes(uint256 v) private pure returns (uint256) {
        v = ((v >> 8) & 0x00FF00FF00FF00FF00FF00FF00FF00FF00FF00FF00FF00FF00FF00FF00FF00FF)
            | ((v & 0x00FF00FF00FF00FF00FF00FF00FF00FF00FF00FF00FF00FF00FF00FF00FF00FF) << 8);
        v = ((v >> 16) & 0x0000FFFF0000FFFF0000FFFF0000FFFF0000FFFF0000FFFF0000FFFF0000FFFF)
            | ((v & 0x0000FFFF0000FFFF0000FFFF0000FFFF0000FFFF0000FFFF0000FFFF0000FFFF) << 16);
        v = ((v >> 32) & 0x00000000FFFFFFFF00000000FFFFFFFF00000000FFFFFFFF00000000FFFFFFFF)
            | ((v & 0x00000000FFFFFFFF00000000FFFFFFFF00000000FFFFFFFF00000000FFFFFFFF) << 32);
        v = ((v >> 64) & 0x0000000000000000FFFFFFFFFFFFFFFF0000000000000000FFFFFFFFFFFFFFFF)
            | ((v & 0x0000000000000000FFFFFFFFFFFFFFFF0000000000000000FFFFFFFFFFFFFFFF) << 64);
        return (v >> 128) | (v << 128);
    }
}
