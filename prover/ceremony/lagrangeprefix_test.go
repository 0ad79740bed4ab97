package ceremony

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"path/filepath"
	"runtime"
	"testing"

	curve "github.com/consensys/gnark-crypto/ecc/bn254"
)

// rawBody is a file body of given bytes.
type rawBody []byte

func (b rawBody) WriteTo(w io.Writer) (int64, error) {
	n, err := w.Write(b)
	return int64(n), err
}

// TestLagrangePrefixChecked: a Lagrange file of the right size whose first
// basis claims 2^32-16 points is refused as malformed before the decoder
// sizes a slice by it (it allocated about 256 GiB, and the reader died of
// it instead of being told to remove the file), and a file of the right
// shape reads.
func TestLagrangePrefixChecked(t *testing.T) {
	const power = 2
	n := 1 << power
	var good bytes.Buffer
	b := lagrangeBases{Tau1: make([]curve.G1Affine, n), Alpha1: make([]curve.G1Affine, n), Beta1: make([]curve.G1Affine, n), Tau2: make([]curve.G2Affine, n)}
	if _, err := b.WriteTo(&good); err != nil {
		t.Fatal(err)
	}
	if int64(good.Len()) != lagrangeBodySize(int64(n)) {
		t.Fatalf("body of %d bytes, want %d", good.Len(), lagrangeBodySize(int64(n)))
	}
	srs := &FileInfo{Hash: "srs-hash"}
	write := func(name string, body []byte) string {
		path := filepath.Join(t.TempDir(), name)
		if _, err := writeFile(path, Header{Kind: KindLagrange, SRS: srs.Hash, Power: power}, rawBody(body)); err != nil {
			t.Fatal(err)
		}
		return path
	}
	if _, err := readLagrange(write("good", good.Bytes()), srs, power); err != nil {
		t.Fatalf("a well-formed file: %v", err)
	}
	forged := bytes.Clone(good.Bytes())
	binary.BigEndian.PutUint32(forged[0:4], 0xFFFFFFF0)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err := readLagrange(write("forged", forged), srs, power)
	runtime.ReadMemStats(&after)
	if !errors.Is(err, ErrMalformed) {
		t.Fatalf("a forged length prefix: %v, want ErrMalformed", err)
	}
	if grew := after.TotalAlloc - before.TotalAlloc; grew > 64<<20 {
		t.Fatalf("reading the forged file allocated %d bytes", grew)
	}
}
