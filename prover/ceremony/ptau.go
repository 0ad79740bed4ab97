package ceremony

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"io"
	"math/big"
	"os"
	"runtime"
	"sync"

	curve "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
)

// The snarkjs powers-of-tau format (.ptau, version 1), as written by
// `snarkjs powersoftau new|contribute|beacon|prepare phase2` and used by the
// Hermez/Polygon "powersOfTau28_hez_final_NN.ptau" files (BN254):
//
//	"ptau" | version uint32 | number of sections uint32 | sections
//	section: type uint32 | size uint64 | data            (all integers little-endian)
//
//	1 header:      n8 uint32 (32), q (n8 bytes), power uint32, ceremony power uint32
//	2 tauG1:       2·2^power − 1 G1 points  [τⁱ]₁
//	3 tauG2:       2^power G2 points         [τⁱ]₂
//	4 alphaTauG1:  2^power G1 points         [ατⁱ]₁
//	5 betaTauG1:   2^power G1 points         [βτⁱ]₁
//	6 betaG2:      1 G2 point                [β]₂
//	7 contributions (their public keys and hashes); 12–15 Lagrange forms (prepared files)
//
// A G1 point is x, y and a G2 point x.c0, x.c1, y.c0, y.c1, each coordinate n8
// bytes little-endian in Montgomery form (x·2²⁵⁶ mod q), the point at
// infinity all zeros. Sections 2–6 are exactly gnark's SrsCommons; the others
// are not read.
const (
	ptauMagic   = "ptau"
	ptauVersion = 1
	ptauG1      = 2 * 32
	ptauG2      = 4 * 32
)

// PtauInfo describes an imported powers-of-tau file.
type PtauInfo struct {
	Power         int    // 2^Power powers in the file
	CeremonyPower int    // the power its ceremony was run for
	Contributions int    // contributions listed in its section 7 (0 when it has none)
	SHA256        string // of the whole file
}

// ReadPtau reads the powers of tau of a snarkjs .ptau file, truncated to
// 2^power (0: all of them), checking that every point is on its curve and in
// its subgroup. It does not check the file's contributions: CheckSRS checks
// that the powers are consistent, and the file's hash identifies it.
func ReadPtau(ctx context.Context, path string, power int) (*mpcsetup.SrsCommons, *PtauInfo, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("opening %s: %w", path, err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, nil, fmt.Errorf("stat %s: %w", path, err)
	}
	fail := func(format string, a ...any) error {
		return fmt.Errorf("%s: %w: %s", path, errNotPtau, fmt.Sprintf(format, a...))
	}
	var pre [12]byte
	if _, err := f.ReadAt(pre[:], 0); err != nil {
		return nil, nil, fail("%d bytes", st.Size())
	}
	if string(pre[:4]) != ptauMagic {
		return nil, nil, fail("magic %q", pre[:4])
	}
	if v := binary.LittleEndian.Uint32(pre[4:]); v != ptauVersion {
		return nil, nil, fail("version %d, this reader knows version %d", v, ptauVersion)
	}
	nSections := binary.LittleEndian.Uint32(pre[8:])
	type section struct{ off, size int64 }
	sections := map[uint32]section{}
	off := int64(len(pre))
	for i := uint32(0); i < nSections; i++ {
		var sh [12]byte
		if _, err := f.ReadAt(sh[:], off); err != nil {
			return nil, nil, fail("section %d of %d: truncated", i+1, nSections)
		}
		typ, size := binary.LittleEndian.Uint32(sh[:4]), binary.LittleEndian.Uint64(sh[4:])
		off += int64(len(sh))
		if size > uint64(st.Size()-off) {
			return nil, nil, fail("section type %d of %d bytes runs past the end of the file", typ, size)
		}
		if _, dup := sections[typ]; !dup {
			sections[typ] = section{off, int64(size)}
		}
		off += int64(size)
	}
	for typ := uint32(1); typ <= 6; typ++ {
		if _, ok := sections[typ]; !ok {
			return nil, nil, fail("no section %d", typ)
		}
	}

	// Header: field size, modulus, power.
	var hb [4 + 32 + 8]byte
	if sections[1].size != int64(len(hb)) {
		return nil, nil, fail("header of %d bytes (BN254 files have %d)", sections[1].size, len(hb))
	}
	if _, err := f.ReadAt(hb[:], sections[1].off); err != nil {
		return nil, nil, fmt.Errorf("reading %s: %w", path, err)
	}
	if n8 := binary.LittleEndian.Uint32(hb[:4]); n8 != 32 {
		return nil, nil, fail("field elements of %d bytes: not BN254", n8)
	}
	if q := new(big.Int).SetBytes(reversed(hb[4:36])); q.Cmp(fp.Modulus()) != 0 {
		return nil, nil, fail("base field modulus %s: not BN254", q)
	}
	info := &PtauInfo{Power: int(binary.LittleEndian.Uint32(hb[36:])), CeremonyPower: int(binary.LittleEndian.Uint32(hb[40:]))}
	if info.Power < MinPower || info.Power > MaxPower {
		return nil, nil, fail("power %d", info.Power)
	}
	if power == 0 {
		power = info.Power
	}
	if power < MinPower || power > info.Power {
		return nil, nil, fmt.Errorf("%s: %w: the file holds 2^%d powers of tau, 2^%d asked", path, ErrOtherCircuit, info.Power, power)
	}
	fileN, n := int64(1)<<info.Power, 1<<power
	for typ, want := range map[uint32]int64{2: (2*fileN - 1) * ptauG1, 3: fileN * ptauG2, 4: fileN * ptauG1, 5: fileN * ptauG1, 6: ptauG2} {
		if sections[typ].size != want {
			return nil, nil, fail("section %d of %d bytes, a file of 2^%d has %d", typ, sections[typ].size, info.Power, want)
		}
	}
	if s, ok := sections[7]; ok && s.size >= 4 {
		var b [4]byte
		if _, err := f.ReadAt(b[:], s.off); err == nil {
			info.Contributions = int(binary.LittleEndian.Uint32(b[:]))
		}
	}

	srs := new(mpcsetup.SrsCommons)
	srs.G1.Tau = make([]curve.G1Affine, 2*n-1)
	srs.G1.AlphaTau = make([]curve.G1Affine, n)
	srs.G1.BetaTau = make([]curve.G1Affine, n)
	srs.G2.Tau = make([]curve.G2Affine, n)
	beta := make([]curve.G2Affine, 1)
	reads := []struct {
		sec int
		g1  []curve.G1Affine
		g2  []curve.G2Affine
	}{{2, srs.G1.Tau, nil}, {3, nil, srs.G2.Tau}, {4, srs.G1.AlphaTau, nil}, {5, srs.G1.BetaTau, nil}, {6, nil, beta}}
	for _, r := range reads {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		s := sections[uint32(r.sec)]
		if r.g1 != nil {
			err = readPoints(io.NewSectionReader(f, s.off, s.size), r.g1, ptauG1, decodeG1)
		} else {
			err = readPoints(io.NewSectionReader(f, s.off, s.size), r.g2, ptauG2, decodeG2)
		}
		if err != nil {
			return nil, nil, fmt.Errorf("%s: section %d: %w", path, r.sec, err)
		}
	}
	srs.G2.Beta = beta[0]

	h := sha256.New()
	if _, err := io.Copy(h, io.NewSectionReader(f, 0, st.Size())); err != nil {
		return nil, nil, fmt.Errorf("hashing %s: %w", path, err)
	}
	info.SHA256 = hex.EncodeToString(h.Sum(nil))
	return srs, info, nil
}

// readPoints decodes len(dst) points of size bytes each from r, in chunks
// decoded in parallel.
func readPoints[T any](r io.Reader, dst []T, size int, decode func(*T, []byte) error) error {
	const chunk = 1 << 14
	br := bufio.NewReaderSize(r, 1<<20)
	buf := make([]byte, chunk*size)
	workers := runtime.NumCPU()
	for start := 0; start < len(dst); start += chunk {
		m := min(chunk, len(dst)-start)
		if _, err := io.ReadFull(br, buf[:m*size]); err != nil {
			return fmt.Errorf("%w: reading points: %w", ErrTruncated, err)
		}
		var wg sync.WaitGroup
		errs := make([]error, workers)
		for w := 0; w < workers; w++ {
			wg.Add(1)
			go func(w int) {
				defer wg.Done()
				for i := w; i < m; i += workers {
					if err := decode(&dst[start+i], buf[i*size:(i+1)*size]); err != nil {
						errs[w] = fmt.Errorf("point %d: %w", start+i, err)
						return
					}
				}
			}(w)
		}
		wg.Wait()
		for _, err := range errs {
			if err != nil {
				return err
			}
		}
	}
	return nil
}

// montgomery reads a field element written little-endian in Montgomery form,
// which is also gnark's representation; it must be below the modulus.
func montgomery(e *fp.Element, b []byte) error {
	for i := range e {
		e[i] = binary.LittleEndian.Uint64(b[8*i:])
	}
	q := modulusWords
	for i := len(e) - 1; i >= 0; i-- {
		switch {
		case uint64(q[i]) > e[i]:
			return nil
		case uint64(q[i]) < e[i]:
			return fmt.Errorf("%w: coordinate not below the modulus", ErrMalformed)
		}
	}
	return fmt.Errorf("%w: coordinate equal to the modulus", ErrMalformed)
}

// modulusWords is the base field modulus as little-endian 64-bit words.
var modulusWords = fp.Modulus().Bits()

func decodeG1(p *curve.G1Affine, b []byte) error {
	if err := montgomery(&p.X, b[0:32]); err != nil {
		return err
	}
	if err := montgomery(&p.Y, b[32:64]); err != nil {
		return err
	}
	if !p.IsOnCurve() || !p.IsInSubGroup() {
		return fmt.Errorf("%w: G1 point not on the curve", ErrMalformed)
	}
	return nil
}

func decodeG2(p *curve.G2Affine, b []byte) error {
	for i, e := range []*fp.Element{&p.X.A0, &p.X.A1, &p.Y.A0, &p.Y.A1} {
		if err := montgomery(e, b[32*i:32*(i+1)]); err != nil {
			return err
		}
	}
	if !p.IsOnCurve() || !p.IsInSubGroup() {
		return fmt.Errorf("%w: G2 point not on the curve or not in the subgroup", ErrMalformed)
	}
	return nil
}

func reversed(b []byte) []byte {
	out := make([]byte, len(b))
	for i := range b {
		out[len(b)-1-i] = b[i]
	}
	return out
}
