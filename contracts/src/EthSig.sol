// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title EthSig
/// @notice EIP-191 `personal_sign` hashes and ECDSA recovery of 65-byte r|s|v signatures.
library EthSig {
    uint256 private constant HALF_N = 0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0;

    /// @notice keccak256("\x19Ethereum Signed Message:\n" || decimal(len(data)) || data).
    function toEthSignedMessageHash(bytes memory data) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked("\x19Ethereum Signed Message:\n", _decimal(data.length), data));
    }

    /// @notice The signer of `hash`, or address(0) for a malformed or malleable signature.
    /// `sig` is r (32) | s (32) | v (1), v in {0, 1, 27, 28}.
    function recover(bytes32 hash, bytes memory sig) internal pure returns (address) {
        if (sig.length != 65) return address(0);
        bytes32 r;
        bytes32 s;
        uint8 v;
        assembly ("memory-safe") {
            r := mload(add(sig, 0x20))
            s := mload(add(sig, 0x40))
            v := byte(0, mload(add(sig, 0x60)))
        }
        if (v < 27) v += 27;
        if (v != 27 && v != 28) return address(0);
        if (uint256(s) > HALF_N) return address(0);
        return ecrecover(hash, v, r, s);
    }

    function _decimal(uint256 x) private pure returns (bytes memory out) {
        if (x == 0) return "0";
        uint256 n;
        for (uint256 t = x; t != 0; t /= 10) ++n;
        out = new bytes(n);
        for (; x != 0; x /= 10) out[--n] = bytes1(uint8(48 + (x % 10)));
    }
}
