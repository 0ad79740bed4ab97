package ceremony

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/consensys/gnark-crypto/ecc"
	curve "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/fft"
	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
	"github.com/rs/zerolog"
)

// KindLagrange is the Lagrange form of an SRS's powers for one domain
// (lagrangeBases): derived from the SRS by anyone, kept beside it so that
// phase 2 of every circuit of that domain, and every verification of one,
// skips the FFTs over curve points that make it; checked whenever it is read.
const KindLagrange Kind = "lagrange"

// LagrangePath is where the Lagrange bases of the SRS at srsPath for the
// domain 2^power are kept: beside it, `<srs>.lagrange-<power>`. `init
// phase2` writes it; `verify` and `finalize` use it when it is there
// (checking it), or compute and write it.
func LagrangePath(srsPath string, power int) string {
	return fmt.Sprintf("%s.lagrange-%d", srsPath, power)
}

// WriteTo writes the bases with gnark-crypto's raw (uncompressed) encoding:
// four length-prefixed slices.
func (b *lagrangeBases) WriteTo(w io.Writer) (int64, error) {
	enc := curve.NewEncoder(w, curve.RawEncoding())
	for _, v := range []any{b.Tau1, b.Alpha1, b.Beta1, b.Tau2} {
		if err := enc.Encode(v); err != nil {
			return enc.BytesWritten(), err
		}
	}
	return enc.BytesWritten(), nil
}

// lagrangeBodySize is the size of the body of the bases of a domain of n.
func lagrangeBodySize(n int64) int64 {
	return 4*4 + 3*n*curve.SizeOfG1AffineUncompressed + n*curve.SizeOfG2AffineUncompressed
}

// readLagrange reads the Lagrange bases at path, made from the SRS
// srsInfo for the domain 2^power. Every point is checked to be on its curve
// and in its subgroup (gnark-crypto's decoder); whether they are the
// Lagrange form of the SRS is check's job.
func readLagrange(path string, srsInfo *FileInfo, power int) (*lagrangeBases, error) {
	f, info, err := readHeader(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	switch {
	case info.Kind != KindLagrange:
		return nil, fmt.Errorf("%w: a %s file, want the Lagrange bases of an SRS", ErrKind, info.Kind)
	case info.SRS != srsInfo.Hash:
		return nil, fmt.Errorf("%w: the Lagrange bases of SRS %s, not of %s", ErrOtherCircuit, short(info.SRS), short(srsInfo.Hash))
	case info.Power != power:
		return nil, fmt.Errorf("%w: Lagrange bases for a domain of 2^%d, want 2^%d", ErrOtherCircuit, info.Power, power)
	}
	n := 1 << power
	if err := checkSize(info, lagrangeBodySize(int64(n))); err != nil {
		return nil, err
	}
	var b lagrangeBases
	if err := decodeBody(f, info, func(r io.Reader) error {
		// Each basis's length prefix is checked before the decoder sizes
		// its slice by it: a forged prefix (0xFFFFFFFF) made every reader
		// of a published file allocate hundreds of GiB.
		g1, nn := int64(curve.SizeOfG1AffineUncompressed), int64(n)
		dec := curve.NewDecoder(&prefixReader{r: r, want: uint32(n), at: []int64{0, 4 + g1*nn, 8 + 2*g1*nn, 12 + 3*g1*nn}})
		for _, v := range []any{&b.Tau1, &b.Alpha1, &b.Beta1, &b.Tau2} {
			if err := dec.Decode(v); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		return nil, err
	}
	if len(b.Tau1) != n || len(b.Alpha1) != n || len(b.Beta1) != n || len(b.Tau2) != n {
		return nil, fmt.Errorf("%w: bases of %d, %d, %d and %d points, want %d", ErrMalformed, len(b.Tau1), len(b.Alpha1), len(b.Beta1), len(b.Tau2), n)
	}
	return &b, nil
}

// prefixReader passes r through, checking that the 4-byte big-endian
// length prefixes at the offsets at are want.
type prefixReader struct {
	r    io.Reader
	want uint32
	at   []int64 // offsets of the prefixes, ascending
	off  int64
	cur  uint32 // the prefix being read
}

func (p *prefixReader) Read(b []byte) (int, error) {
	n, err := p.r.Read(b)
	for i := 0; i < n; i++ {
		pos := p.off + int64(i)
		for _, a := range p.at {
			if pos >= a && pos < a+4 {
				p.cur = p.cur<<8 | uint32(b[i])
				if pos == a+3 {
					if p.cur != p.want {
						// the prefix's last byte is held back: a
						// reader that asked for the whole prefix
						// (io.ReadFull) gets this error, not the bytes
						p.off += int64(i)
						return i, fmt.Errorf("%w: a basis of %d points, want %d", ErrMalformed, p.cur, p.want)
					}
					p.cur = 0
				}
			}
		}
	}
	p.off += int64(n)
	return n, err
}

// check verifies that b is the Lagrange form of commons (truncated to its
// domain of n): for each basis, with fresh random c_0..c_{n-1} and f_i =
// Σ_k c_k ω^{ik} (an FFT of c), Σ_i f_i·[n·L_i(x)] must equal Σ_k n·c_k·[x^k],
// since Σ_i c(ωⁱ)·L_i = c for a polynomial c of degree below n. If b differs
// from the true bases by a non-zero vector e, the two sides differ unless
// Σ_i f_i·e_i = 0; f is uniform (the FFT is a bijection) and chosen after b,
// so that happens with probability 1/r. Cost: two multi-scalar
// multiplications of n points per basis, instead of the FFTs.
func (b *lagrangeBases) check(ctx context.Context, commons *mpcsetup.SrsCommons) error {
	n := len(commons.G1.AlphaTau)
	if len(b.Tau1) != n || len(b.Alpha1) != n || len(b.Beta1) != n || len(b.Tau2) != n || len(commons.G1.Tau) < n || len(commons.G2.Tau) < n {
		return fmt.Errorf("%w: Lagrange bases of %d points for a domain of %d", ErrOtherCircuit, len(b.Tau1), n)
	}
	domain := fft.NewDomain(uint64(n), fft.WithoutPrecompute())
	nFr := fr.NewElement(uint64(n))
	scalars := func() (f, c fr.Vector, err error) {
		c = make(fr.Vector, n)
		for i := range c {
			if _, err := c[i].SetRandom(); err != nil {
				return nil, nil, fmt.Errorf("drawing randomness: %w", err)
			}
		}
		f = make(fr.Vector, n)
		copy(f, c)
		domain.FFT(f, fft.DIF)
		bitReverse(f)
		c.ScalarMul(c, &nFr)
		return f, c, nil
	}
	for _, same := range []func() error{
		func() error { return sameBasis[curve.G1Jac]("[τ]₁", b.Tau1, commons.G1.Tau[:n], scalars) },
		func() error { return sameBasis[curve.G1Jac]("[ατ]₁", b.Alpha1, commons.G1.AlphaTau[:n], scalars) },
		func() error { return sameBasis[curve.G1Jac]("[βτ]₁", b.Beta1, commons.G1.BetaTau[:n], scalars) },
		func() error { return sameBasis[curve.G2Jac]("[τ]₂", b.Tau2, commons.G2.Tau[:n], scalars) },
	} {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := same(); err != nil {
			return err
		}
	}
	return nil
}

// msmGroup is what check needs of a group in Jacobian coordinates
// (*curve.G1Jac, *curve.G2Jac), A its affine points.
type msmGroup[J, A any] interface {
	*J
	MultiExp([]A, []fr.Element, ecc.MultiExpConfig) (*J, error)
	Equal(*J) bool
}

// sameBasis checks Σ_i f_i·lag_i = Σ_k c_k·mono_k for fresh scalars (f, c).
func sameBasis[J, A any, PJ msmGroup[J, A]](name string, lag, mono []A, scalars func() (f, c fr.Vector, err error)) error {
	f, c, err := scalars()
	if err != nil {
		return err
	}
	var l, r J
	if _, err := PJ(&l).MultiExp(lag, f, ecc.MultiExpConfig{}); err != nil {
		return fmt.Errorf("multi-exponentiation: %w", err)
	}
	if _, err := PJ(&r).MultiExp(mono, c, ecc.MultiExpConfig{}); err != nil {
		return fmt.Errorf("multi-exponentiation: %w", err)
	}
	if !PJ(&l).Equal(&r) {
		return fmt.Errorf("%w: the Lagrange basis of %s is not that of the SRS", ErrInvalid, name)
	}
	return nil
}

// lagrangeFor returns the Lagrange bases of commons (the SRS of srsInfo
// truncated to the domain 2^power): read from beside the SRS and checked, or
// else computed and written there (when the folder is writable: the file is
// a cache, so failing to write it is not an error). A file there that does
// not check is an error: it was made for this SRS and is wrong.
func lagrangeFor(ctx context.Context, srsInfo *FileInfo, commons *mpcsetup.SrsCommons, power int, log zerolog.Logger) (*lagrangeBases, error) {
	path := LagrangePath(srsInfo.Path, power)
	if _, err := os.Stat(path); err == nil {
		b, err := readLagrange(path, srsInfo, power)
		if err == nil {
			err = b.check(ctx, commons)
		}
		if err != nil {
			return nil, fmt.Errorf("%s (remove it to have it recomputed): %w", path, err)
		}
		return b, nil
	} else if !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	b, err := computeLagrange(ctx, commons)
	if err != nil {
		return nil, err
	}
	hdr := Header{Kind: KindLagrange, Power: power, Gnark: gnarkVersion(), SRS: srsInfo.Hash}
	if _, err := writeFile(path, hdr, b); err != nil {
		// a cache: a read-only folder or a concurrent writer is no failure
		log.Warn().Err(err).Str("file", path).Msg("the Lagrange bases are not kept: the next phase 2 of this domain computes them again")
	}
	return b, nil
}
