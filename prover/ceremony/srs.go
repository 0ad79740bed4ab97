package ceremony

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"

	curve "github.com/consensys/gnark-crypto/ecc/bn254"
	cmpc "github.com/consensys/gnark-crypto/ecc/bn254/mpcsetup"
	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
)

// ReadSRS reads an srs file (a finished phase 1), checking its layout first.
func ReadSRS(path string) (*mpcsetup.SrsCommons, *FileInfo, error) {
	f, info, err := readHeader(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	if info.Kind != KindSRS {
		return nil, nil, fmt.Errorf("%w: a %s file, want an srs file (`zkprover ceremony srs`)", ErrKind, info.Kind)
	}
	if info.Origin == nil || (info.Origin.Source != SourceMPC && info.Origin.Source != SourcePtau) {
		return nil, nil, fmt.Errorf("%w: an srs file without its origin", ErrMalformed)
	}
	if info.Origin.Source == SourceMPC && len(info.Origin.Contributions) == 0 {
		// sealed from the initial phase-1 file alone: τ, α and β follow
		// from public data (the beacon), and so would every key
		return nil, nil, fmt.Errorf("%w: the SRS records a phase 1 without contributions; at least one participant must contribute", ErrNoContribution)
	}
	n := int64(1) << info.Power
	if err := checkSize(info, srsBodySize(n)); err != nil {
		return nil, nil, err
	}
	var b [8]byte
	if _, err := f.ReadAt(b[:], info.bodyOff); err != nil {
		return nil, nil, fmt.Errorf("reading %s: %w", path, err)
	}
	if got := binary.BigEndian.Uint64(b[:]); got != uint64(n) {
		return nil, nil, fmt.Errorf("%w: the body holds a domain of %d, the header says 2^%d", ErrMalformed, got, info.Power)
	}
	srs := new(mpcsetup.SrsCommons)
	if err := decodeBody(f, info, func(r io.Reader) error { _, err := srs.ReadFrom(r); return err }); err != nil {
		return nil, nil, err
	}
	return srs, info, nil
}

// CheckSRS checks that srs is a well-formed set of powers of tau: [τⁱ]₁,
// [τⁱ]₂, [ατⁱ]₁ and [βτⁱ]₁ start at the generators (or α, β) and are
// geometric sequences of the same non-zero ratio τ, and [β]₂ matches [β]₁.
// It says nothing of who knows τ: that is what the contributions' proofs
// (phase-1 files) or the imported ceremony's own transcript are for.
func CheckSRS(ctx context.Context, srs *mpcsetup.SrsCommons) error {
	_, _, g1, g2 := curve.Generators()
	n := len(srs.G2.Tau)
	switch {
	case n < 2 || len(srs.G1.Tau) != 2*n-1 || len(srs.G1.AlphaTau) != n || len(srs.G1.BetaTau) != n:
		return fmt.Errorf("%w: inconsistent sizes (%d, %d, %d, %d)", ErrMalformed, len(srs.G1.Tau), len(srs.G2.Tau), len(srs.G1.AlphaTau), len(srs.G1.BetaTau))
	case !srs.G1.Tau[0].Equal(&g1) || !srs.G2.Tau[0].Equal(&g2):
		return fmt.Errorf("%w: the powers of tau do not start at the generators", ErrInvalid)
	case srs.G1.Tau[1].IsInfinity() || srs.G2.Tau[1].IsInfinity():
		return fmt.Errorf("%w: τ is zero", ErrInvalid)
	case srs.G1.AlphaTau[0].IsInfinity() || srs.G1.BetaTau[0].IsInfinity() || srs.G2.Beta.IsInfinity():
		return fmt.Errorf("%w: α or β is zero", ErrInvalid)
	}
	return runCtx(ctx, func() error {
		if err := cmpc.SameRatioMany(srs.G1.Tau, srs.G2.Tau, srs.G1.AlphaTau, srs.G1.BetaTau); err != nil {
			return fmt.Errorf("%w: the powers are not of one τ: %w", ErrInvalid, err)
		}
		var negBeta curve.G1Affine
		negBeta.Neg(&srs.G1.BetaTau[0])
		ok, err := curve.PairingCheck([]curve.G1Affine{negBeta, g1}, []curve.G2Affine{g2, srs.G2.Beta})
		if err != nil {
			return fmt.Errorf("pairing: %w", err)
		}
		if !ok {
			return fmt.Errorf("%w: [β]₁ and [β]₂ differ", ErrInvalid)
		}
		return nil
	})
}

// truncateSRS returns the first 2^power powers of srs (the powers of a
// smaller domain of the same τ, α and β): sub-slices, nothing is copied.
func truncateSRS(srs *mpcsetup.SrsCommons, power int) (*mpcsetup.SrsCommons, error) {
	n := 1 << power
	if len(srs.G2.Tau) < n {
		return nil, fmt.Errorf("%w: the SRS has 2^%d powers of tau, 2^%d are needed", ErrOtherCircuit, log2(len(srs.G2.Tau)), power)
	}
	out := new(mpcsetup.SrsCommons)
	out.G1.Tau = srs.G1.Tau[:2*n-1]
	out.G1.AlphaTau = srs.G1.AlphaTau[:n]
	out.G1.BetaTau = srs.G1.BetaTau[:n]
	out.G2.Tau = srs.G2.Tau[:n]
	out.G2.Beta = srs.G2.Beta
	return out, nil
}

// log2 of a power of two.
func log2(n int) int {
	k := 0
	for 1<<k < n {
		k++
	}
	return k
}

// ImportPtau reads the powers of tau of a snarkjs powers-of-tau file
// (ReadPtau), checks them (CheckSRS) and writes them, truncated to 2^power
// (0: the file's power), as an srs file at out. The file's sha256 is
// recorded: compare it (or its BLAKE2b-512, `b2sum`) with the hash its
// ceremony published.
func ImportPtau(ctx context.Context, ptauPath string, power int, out string) (*FileInfo, error) {
	srs, pt, err := ReadPtau(ctx, ptauPath, power)
	if err != nil {
		return nil, err
	}
	if err := CheckSRS(ctx, srs); err != nil {
		return nil, fmt.Errorf("%s: %w", ptauPath, err)
	}
	hdr := Header{Kind: KindSRS, Power: log2(len(srs.G2.Tau)), Gnark: gnarkVersion(), Origin: &Origin{
		Source: SourcePtau, PtauSHA256: pt.SHA256, PtauPower: pt.Power}}
	hash, err := writeFile(out, hdr, srs)
	if err != nil {
		return nil, err
	}
	return &FileInfo{Header: hdr, Path: out, Hash: hash}, nil
}

// errNotPtau marks a file that is not a snarkjs powers-of-tau file.
var errNotPtau = errors.New("not a snarkjs powers-of-tau (.ptau) file")
