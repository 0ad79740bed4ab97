package isa

import (
	"encoding/binary"
	"testing"

	"golang.org/x/crypto/sha3"
)

// keccak256Of hashes msg with KeccakF1600 and Keccak's padding (0x01 ...
// 0x80, rate 136 bytes): Ethereum's keccak256.
func keccak256Of(msg []byte) [32]byte {
	const rate = 136
	p := append(append([]byte{}, msg...), 0x01)
	for len(p)%rate != 0 {
		p = append(p, 0)
	}
	p[len(p)-1] |= 0x80
	var a [KeccakLanes]uint64
	for off := 0; off < len(p); off += rate {
		for k := 0; k < rate/8; k++ {
			a[k] ^= binary.LittleEndian.Uint64(p[off+8*k:])
		}
		KeccakF1600(&a)
	}
	var out [32]byte
	for k := range 4 {
		binary.LittleEndian.PutUint64(out[8*k:], a[k])
	}
	return out
}

// TestKeccakF1600 checks the permutation against golang.org/x/crypto/sha3's
// legacy Keccak-256 on messages of 0 to 300 bytes (one to three blocks,
// every padding case, the one-byte 0x81 padding included).
func TestKeccakF1600(t *testing.T) {
	msg := make([]byte, 300)
	for i := range msg {
		msg[i] = byte(i*13 + 5)
	}
	for n := 0; n <= len(msg); n++ {
		h := sha3.NewLegacyKeccak256()
		h.Write(msg[:n])
		var want [32]byte
		copy(want[:], h.Sum(nil))
		if got := keccak256Of(msg[:n]); got != want {
			t.Fatalf("keccak256 of %d bytes: %x, want %x", n, got, want)
		}
	}
}
