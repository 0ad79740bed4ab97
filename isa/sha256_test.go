package isa

import (
	"crypto/sha256"
	"encoding/binary"
	"testing"
)

// sha256Of hashes msg with Sha256Compress and FIPS 180-4 padding.
func sha256Of(msg []byte) [32]byte {
	padded := append(append([]byte{}, msg...), 0x80)
	for len(padded)%64 != 56 {
		padded = append(padded, 0)
	}
	padded = binary.BigEndian.AppendUint64(padded, uint64(len(msg))*8)
	st := Sha256IV
	for off := 0; off < len(padded); off += 64 {
		var blk [Sha256BlockWords]uint32
		for j := range blk {
			blk[j] = binary.BigEndian.Uint32(padded[off+4*j:])
		}
		Sha256Compress(&st, &blk)
	}
	var out [32]byte
	for j, v := range st {
		binary.BigEndian.PutUint32(out[4*j:], v)
	}
	return out
}

// TestSha256Compress checks the compression function against crypto/sha256
// on messages of every length from 0 to 300 bytes (one to six blocks, every
// padding case).
func TestSha256Compress(t *testing.T) {
	msg := make([]byte, 300)
	for i := range msg {
		msg[i] = byte(i*7 + 3)
	}
	for n := 0; n <= len(msg); n++ {
		if got, want := sha256Of(msg[:n]), sha256.Sum256(msg[:n]); got != want {
			t.Fatalf("sha256 of %d bytes: %x, want %x", n, got, want)
		}
	}
}
