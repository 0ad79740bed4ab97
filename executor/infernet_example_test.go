package executor

import (
	"bytes"
	"encoding/binary"
	"math/big"
	"testing"
)

// abiWord is a uint256 as an ABI word (32 bytes, big-endian).
func abiWord(v *big.Int) []byte { return v.FillBytes(make([]byte, 32)) }

// packedBytes is abi.encode(bytes raw, bytes processed) for a 32-byte raw
// and an empty processed: the layout examples/infernet reads and writes.
func packedBytes(raw *big.Int) []byte {
	var b []byte
	for _, v := range []*big.Int{big.NewInt(0x40), big.NewInt(0x80), big.NewInt(32), raw, big.NewInt(0)} {
		b = append(b, abiWord(v)...)
	}
	return b
}

// TestExampleInfernet: examples/infernet squares n in the packed Infernet
// form (input abi.encode(abi.encode(n), ""), output abi.encode(abi.encode(n*n),
// "")) within the smallest proof class (2^8 steps), and exits 1 on any other
// input: every byte of the offsets and lengths, n's high bytes, the length.
func TestExampleInfernet(t *testing.T) {
	p := loadExample(t, "infernet")
	for _, n := range []uint64{0, 1, 7, 12345, 65536, 1<<32 - 1} {
		nb := new(big.Int).SetUint64(n)
		r, err := runExample(t, p, &Input{Onchain: packedBytes(nb)})
		if err != nil {
			t.Fatal(err)
		}
		want := packedBytes(new(big.Int).Mul(nb, nb))
		if r.ExitCode != 0 || !bytes.Equal(r.Output, want) {
			t.Fatalf("n = %d: exit %d output %x, want %x", n, r.ExitCode, r.Output, want)
		}
		if r.Cycles > 1<<8 {
			t.Fatalf("n = %d: %d steps, more than the smallest class's 2^8", n, r.Cycles)
		}
	}
	good := packedBytes(big.NewInt(3))
	bad := map[string][]byte{
		"empty":          nil,
		"one word short": good[:128],
		"a word more":    append(append([]byte{}, good...), make([]byte, 32)...),
		"n = 2^32":       packedBytes(new(big.Int).Lsh(big.NewInt(1), 32)),
		"n = 2^255":      packedBytes(new(big.Int).Lsh(big.NewInt(1), 255)),
		"one word":       binary.LittleEndian.AppendUint32(nil, 3),
	}
	// Every byte outside n's low four: the offsets, the lengths, n's high bytes.
	for i := range good {
		if i >= 124 && i < 128 {
			continue
		}
		b := append([]byte{}, good...)
		b[i] ^= 0x01
		bad["byte "+big.NewInt(int64(i)).String()] = b
	}
	for name, in := range bad {
		r, err := runExample(t, p, &Input{Onchain: in})
		if err != nil || r.ExitCode != 1 || len(r.Output) != 0 {
			t.Errorf("%s: %v exit %+v, want exit code 1 and no output", name, err, r)
		}
	}
}
