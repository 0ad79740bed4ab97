package ceremony

import (
	"context"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"io"
	"os"

	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
)

// Bounds of a ceremony's power (log2 of its domain size): gnark's phase 1
// needs at least two powers, and BN254's scalar field has FFT domains up to
// 2^28.
const (
	MinPower = 2
	MaxPower = 28
)

// Sizes of gnark's serialization with compressed points.
const (
	g1Size       = 32
	g2Size       = 64
	proofSize    = g1Size + g2Size // an mpcsetup.UpdateProof
	challengeLen = 32              // the sha256 every contribution carries
)

// phase1BodySize is the size of a phase-1 body of domain n whose challenge
// has challenge bytes: three update proofs, then the SRS (srsBodySize), then
// the challenge with its length byte.
func phase1BodySize(n int64, challenge int64) int64 {
	return 3*proofSize + srsBodySize(n) + 1 + challenge
}

// srsBodySize is the size of an SrsCommons of domain n: n, [β]₂, [τⁱ]₁ for
// 1 ≤ i ≤ 2n-2, [τⁱ]₂ for 1 ≤ i ≤ n-1, [βτⁱ]₁ and [ατⁱ]₁ for i < n.
func srsBodySize(n int64) int64 {
	return 8 + g2Size + (2*n-2)*g1Size + (n-1)*g2Size + 2*n*g1Size
}

// InitPhase1 writes the initial file of a phase 1 of 2^power powers of tau
// (no randomness yet: the first participant contributes to it) at path.
func InitPhase1(path string, power int) (*FileInfo, error) {
	if power < MinPower || power > MaxPower {
		return nil, fmt.Errorf("power %d outside %d..%d", power, MinPower, MaxPower)
	}
	p := mpcsetup.NewPhase1(uint64(1) << power)
	hdr := Header{Kind: KindPhase1, Index: 0, Power: power, Gnark: gnarkVersion()}
	hash, err := writeFile(path, hdr, p)
	if err != nil {
		return nil, err
	}
	return &FileInfo{Header: hdr, Path: path, Hash: hash}, nil
}

// checkPhase1Layout checks, before anything is decoded, that the body of a
// phase-1 file has the size its header's power implies and that the domain
// size inside agrees (so that a forged size cannot make the decoder allocate
// more than the file holds).
func checkPhase1Layout(f *os.File, info *FileInfo) error {
	n := int64(1) << info.Power
	want := phase1BodySize(n, 0)
	if info.Index > 0 {
		want = phase1BodySize(n, challengeLen)
	}
	if err := checkSize(info, want); err != nil {
		return err
	}
	var b [8]byte
	if _, err := f.ReadAt(b[:], info.bodyOff+3*proofSize); err != nil {
		return fmt.Errorf("reading %s: %w", info.Path, err)
	}
	if got := binary.BigEndian.Uint64(b[:]); got != uint64(n) {
		return fmt.Errorf("%w: the body holds a domain of %d, the header says 2^%d", ErrMalformed, got, info.Power)
	}
	return nil
}

// checkSize compares a body's size with the size it must have.
func checkSize(info *FileInfo, want int64) error {
	switch {
	case info.bodySize < want:
		return fmt.Errorf("%w: a body of %d bytes, a %s file of 2^%d with index %d has %d", ErrTruncated, info.bodySize, info.Kind, info.Power, info.Index, want)
	case info.bodySize > want:
		return fmt.Errorf("%w: a body of %d bytes, a %s file of 2^%d with index %d has %d", ErrMalformed, info.bodySize, info.Kind, info.Power, info.Index, want)
	}
	return nil
}

// readPhase1 reads a phase-1 file, checking its layout first.
func readPhase1(path string) (*mpcsetup.Phase1, *FileInfo, error) {
	f, info, err := readHeader(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	if info.Kind != KindPhase1 {
		return nil, nil, fmt.Errorf("%w: a %s file, want a phase-1 file", ErrKind, info.Kind)
	}
	if err := checkPhase1Layout(f, info); err != nil {
		return nil, nil, err
	}
	p := new(mpcsetup.Phase1)
	if err := decodeBody(f, info, func(r io.Reader) error { _, err := p.ReadFrom(r); return err }); err != nil {
		return nil, nil, err
	}
	return p, info, nil
}

// Phase1Chain is a verified phase 1: its power and the hash of every file,
// the initial one first.
type Phase1Chain struct {
	Power  int
	Hashes []string // Hashes[0] is the initial file, Hashes[i] contribution i
	last   *mpcsetup.Phase1
}

// Step is reported for each file a check has accepted: its 1-based position
// in the list, and the file.
type Step struct {
	Position int
	File     *FileInfo
}

// Reporter receives the steps of a check (nil: none).
type Reporter func(Step)

func (r Reporter) report(pos int, info *FileInfo) {
	if r != nil {
		r(Step{Position: pos, File: info})
	}
}

// VerifyPhase1 checks a phase-1 chain given in order: the initial file of
// its power, then every contribution, each against the one before it (its
// proofs of knowledge and the consistency of all the powers). The first bad
// file is a *FileError with its position (first = the position of paths[0]).
func VerifyPhase1(ctx context.Context, paths []string, first int, rep Reporter) (*Phase1Chain, error) {
	if len(paths) == 0 {
		return nil, fmt.Errorf("%w: no phase-1 file", ErrNoContribution)
	}
	fail := func(i int, err error) error { return &FileError{Position: first + i, Path: paths[i], Err: err} }

	f, info, err := readHeader(paths[0])
	if err != nil {
		return nil, fail(0, err)
	}
	defer f.Close()
	if info.Kind != KindPhase1 || info.Index != 0 {
		return nil, fail(0, fmt.Errorf("%w: a %s file with index %d, a phase-1 chain starts with its initial file (index 0)", ErrOrder, info.Kind, info.Index))
	}
	prev := mpcsetup.NewPhase1(uint64(1) << info.Power)
	initHash, initSize, err := hashOf(prev)
	if err != nil {
		return nil, err
	}
	if err := checkSize(info, initSize); err != nil {
		return nil, fail(0, err)
	}
	if err := hashBody(f, info); err != nil {
		return nil, fail(0, err)
	}
	if info.Hash != initHash {
		return nil, fail(0, fmt.Errorf("%w: not the initial file of a phase 1 of 2^%d (sha256 %s, want %s)", ErrInvalid, info.Power, info.Hash, initHash))
	}
	rep.report(first, info)
	chain := &Phase1Chain{Power: info.Power, Hashes: []string{info.Hash}, last: prev}
	for i := 1; i < len(paths); i++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		next, ninfo, err := readPhase1Checked(paths[i], chain.Power, i)
		if err != nil {
			return nil, fail(i, err)
		}
		if err := runCtx(ctx, func() error { return prev.Verify(next) }); err != nil {
			if ctx.Err() != nil {
				return nil, err
			}
			return nil, fail(i, fmt.Errorf("%w: contribution %d does not check against the file before it: %w", ErrInvalid, ninfo.Index, err))
		}
		rep.report(first+i, ninfo)
		chain.Hashes = append(chain.Hashes, ninfo.Hash)
		prev, chain.last = next, next
	}
	return chain, nil
}

// readPhase1Checked reads the file that must be contribution index of a
// phase 1 of 2^power.
func readPhase1Checked(path string, power, index int) (*mpcsetup.Phase1, *FileInfo, error) {
	info, err := headerOf(path)
	if err != nil {
		return nil, nil, err
	}
	switch {
	case info.Kind != KindPhase1:
		return nil, nil, fmt.Errorf("%w: a %s file in a phase-1 chain", ErrKind, info.Kind)
	case info.Power != power:
		return nil, nil, fmt.Errorf("%w: a phase 1 of 2^%d, this chain is of 2^%d", ErrOtherCircuit, info.Power, power)
	case info.Index != index:
		return nil, nil, fmt.Errorf("%w: contribution %d where contribution %d belongs", ErrOrder, info.Index, index)
	}
	return readPhase1(path)
}

// SealPhase1 verifies a phase-1 chain (at least one contribution), applies
// the beacon (gnark's Seal: a last, public contribution derived from the
// chain's hash and the beacon) and writes the result, the SRS that phase 2
// starts from, at out.
func SealPhase1(ctx context.Context, paths []string, beacon []byte, out string, rep Reporter) (*FileInfo, error) {
	if err := checkBeacon(beacon); err != nil {
		return nil, err
	}
	chain, err := VerifyPhase1(ctx, paths, 1, rep)
	if err != nil {
		return nil, err
	}
	if len(chain.Hashes) < 2 {
		return nil, fmt.Errorf("%w: phase 1 has only its initial file; at least one participant must contribute", ErrNoContribution)
	}
	var srs mpcsetup.SrsCommons
	if err := runCtx(ctx, func() error { srs = chain.last.Seal(beacon); return nil }); err != nil {
		return nil, err
	}
	hdr := Header{Kind: KindSRS, Power: chain.Power, Gnark: gnarkVersion(), Origin: &Origin{
		Source: SourceMPC, Init: chain.Hashes[0], Contributions: chain.Hashes[1:], Beacon: hex.EncodeToString(beacon)}}
	hash, err := writeFile(out, hdr, &srs)
	if err != nil {
		return nil, err
	}
	return &FileInfo{Header: hdr, Path: out, Hash: hash}, nil
}

// MinBeacon is the shortest beacon accepted (bytes).
const MinBeacon = 16

func checkBeacon(b []byte) error {
	if len(b) < MinBeacon {
		return fmt.Errorf("beacon of %d bytes: give at least %d (a public random value fixed after the last contribution, see docs/ceremony.md)", len(b), MinBeacon)
	}
	return nil
}
