package ceremony

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/consensys/gnark"

	"github.com/zkprover/zkprover/prover"
)

// A ceremony file is
//
//	magic "ZKPCRMNY" (8 bytes) | header length (uint32, big-endian) | header (JSON) | body
//
// where the body is gnark's serialization (mpcsetup Phase1, SrsCommons or
// Phase2, compressed points) and the header says what the body is. The hash of
// a file (its contribution hash) is the sha256 of its body: what gnark chains,
// since every contribution carries the hash of the body it was made on as its
// challenge.
const magic = "ZKPCRMNY"

// maxHeader bounds a file's JSON header.
const maxHeader = 1 << 20

// Kind is what a ceremony file holds.
type Kind string

// Kinds of ceremony files.
const (
	// KindPhase1 is a state of phase 1 (powers of tau): the initial file
	// (index 0) or the one after contribution Index.
	KindPhase1 Kind = "phase1"
	// KindSRS is a finished phase 1 (sealed with a beacon, or imported from a
	// powers-of-tau file): what phase 2 starts from, for any circuit whose
	// domain fits.
	KindSRS Kind = "srs"
	// KindPhase2 is a state of phase 2 for one circuit: the initial file
	// (index 0) or the one after contribution Index.
	KindPhase2 Kind = "phase2"
)

// Header describes a ceremony file.
type Header struct {
	Kind Kind `json:"kind"`
	// Index is 0 for the initial file of a phase and i for the file written
	// by its i-th contribution.
	Index int `json:"index"`
	// Power is log2 of the domain size (phase 1 and srs: the powers of tau;
	// phase 2: the circuit's domain).
	Power int    `json:"power"`
	Gnark string `json:"gnark"` // gnark version that wrote the file

	// Phase 2 only: the circuit and the SRS the phase started from.
	Family      string `json:"family,omitempty"`
	Class       int    `json:"class,omitempty"` // the class identifier: log2 of its steps, or a hash class's (prover.ClassLogSteps)
	Constraints int    `json:"constraints,omitempty"`
	Circuit     string `json:"circuit_sha256,omitempty"` // sha256 of the compiled circuit (gnark WriteTo, as circuit.r1cs)
	SRS         string `json:"srs_sha256,omitempty"`     // hash of the srs file

	// SRS only: where phase 1 came from.
	Origin *Origin `json:"origin,omitempty"`
}

// Origin records where an SRS came from.
type Origin struct {
	Source string `json:"source"` // SourceMPC or SourcePtau
	// SourceMPC: the hash of the initial phase-1 file, of every contribution
	// in order, and the beacon (hex) that sealed it.
	Init          string   `json:"init,omitempty"`
	Contributions []string `json:"contributions,omitempty"`
	Beacon        string   `json:"beacon,omitempty"`
	// SourcePtau: the sha256 of the imported file and its power (at least the
	// SRS's: a larger file is truncated).
	PtauSHA256 string `json:"ptau_sha256,omitempty"`
	PtauPower  int    `json:"ptau_power,omitempty"`
}

// Phase-1 sources.
const (
	SourceMPC  = prover.CeremonySourceMPC  // a phase 1 run with zkprover ceremony
	SourcePtau = prover.CeremonySourcePtau // an imported snarkjs powers-of-tau file
)

// Errors a check reports (wrapped, with the file's position, in a *FileError).
var (
	// ErrTruncated: the file ends early (or is shorter than the files of its chain).
	ErrTruncated = errors.New("truncated")
	// ErrMalformed: the file cannot be decoded (bad magic, header, point or layout).
	ErrMalformed = errors.New("malformed")
	// ErrKind: a file of another kind than expected at this position.
	ErrKind = errors.New("wrong kind of file")
	// ErrOrder: a contribution out of its place in the chain.
	ErrOrder = errors.New("out of order")
	// ErrOtherCircuit: a file of another circuit, SRS or ceremony size.
	ErrOtherCircuit = errors.New("another circuit or ceremony")
	// ErrInvalid: a file that does not check: a contribution whose proofs do
	// not hold against the file before it, an initial file or SRS that is not
	// the one recomputed.
	ErrInvalid = errors.New("invalid")
	// ErrNoContribution: a phase with no participant (its keys would be known
	// to anyone who can read the beacon).
	ErrNoContribution = errors.New("no contribution")
)

// FileError reports the first bad file of a list: its 1-based position in
// the list as given, its path and why.
type FileError struct {
	Position int
	Path     string
	Err      error
}

func (e *FileError) Error() string {
	if e.Position == 0 { // a file given apart from the list (the --srs file)
		return fmt.Sprintf("%s: %v", e.Path, e.Err)
	}
	return fmt.Sprintf("file %d (%s): %v", e.Position, e.Path, e.Err)
}

func (e *FileError) Unwrap() error { return e.Err }

// FileInfo is a checked ceremony file: its header, path and hash.
type FileInfo struct {
	Header
	Path string
	Hash string // sha256 of the body (hex): the contribution hash

	bodyOff, bodySize int64 // where the body starts in the file, and its length
}

// readHeader opens path and reads its magic and header; the file is left
// positioned at the body, for the caller to close.
func readHeader(path string) (*os.File, *FileInfo, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("opening %s: %w", path, err)
	}
	info, err := parseHeader(f, path)
	if err != nil {
		_ = f.Close() // only read
		return nil, nil, err
	}
	return f, info, nil
}

// headerOf reads the header of the file at path.
func headerOf(path string) (*FileInfo, error) {
	f, info, err := readHeader(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return info, nil
}

func parseHeader(f *os.File, path string) (*FileInfo, error) {
	fi, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("stat %s: %w", path, err)
	}
	var pre [len(magic) + 4]byte
	if _, err := io.ReadFull(f, pre[:]); err != nil {
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, fmt.Errorf("%w: %d bytes, shorter than a ceremony file's header", ErrTruncated, fi.Size())
		}
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	if string(pre[:len(magic)]) != magic {
		return nil, fmt.Errorf("%w: not a zkprover ceremony file (magic %q)", ErrMalformed, pre[:len(magic)])
	}
	n := binary.BigEndian.Uint32(pre[len(magic):])
	if n > maxHeader {
		return nil, fmt.Errorf("%w: header of %d bytes", ErrMalformed, n)
	}
	hb := make([]byte, n)
	if _, err := io.ReadFull(f, hb); err != nil {
		return nil, fmt.Errorf("%w: in the header", ErrTruncated)
	}
	info := &FileInfo{Path: path, bodyOff: int64(len(pre)) + int64(n)}
	if err := json.Unmarshal(hb, &info.Header); err != nil {
		return nil, fmt.Errorf("%w: header: %w", ErrMalformed, err)
	}
	info.bodySize = fi.Size() - info.bodyOff
	switch {
	case info.Kind != KindPhase1 && info.Kind != KindSRS && info.Kind != KindPhase2 && info.Kind != KindLagrange:
		return nil, fmt.Errorf("%w: unknown kind %q", ErrMalformed, info.Kind)
	case info.Power < MinPower || info.Power > MaxPower:
		return nil, fmt.Errorf("%w: power %d outside %d..%d", ErrMalformed, info.Power, MinPower, MaxPower)
	case info.Index < 0:
		return nil, fmt.Errorf("%w: index %d", ErrMalformed, info.Index)
	}
	return info, nil
}

// fullReader makes every Read fill its buffer (gnark reads the challenge
// with a single Read, which a buffered reader may answer short).
type fullReader struct{ r io.Reader }

func (f fullReader) Read(p []byte) (int, error) { return io.ReadFull(f.r, p) }

// decodeBody streams the body of f (positioned at it) through sha256 into
// decode, fills info.Hash and fails on a short body or trailing bytes.
func decodeBody(f *os.File, info *FileInfo, decode func(io.Reader) error) error {
	h := sha256.New()
	br := bufio.NewReaderSize(io.TeeReader(f, h), 1<<20)
	if err := decode(fullReader{br}); err != nil {
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			return fmt.Errorf("%w: the body ends early (%d bytes)", ErrTruncated, info.bodySize)
		}
		return fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	extra, err := io.Copy(io.Discard, br)
	if err != nil {
		return fmt.Errorf("reading %s: %w", info.Path, err)
	}
	if extra > 0 {
		return fmt.Errorf("%w: %d bytes after the body", ErrMalformed, extra)
	}
	info.Hash = hex.EncodeToString(h.Sum(nil))
	return nil
}

// hashBody streams the body of f (positioned at it) through sha256.
func hashBody(f *os.File, info *FileInfo) error {
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return fmt.Errorf("reading %s: %w", info.Path, err)
	}
	info.Hash = hex.EncodeToString(h.Sum(nil))
	return nil
}

// hashOf is the sha256 (hex) and size of what w writes.
func hashOf(w io.WriterTo) (string, int64, error) {
	h := sha256.New()
	bw := bufio.NewWriterSize(h, 1<<20)
	n, err := w.WriteTo(bw)
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		return "", 0, fmt.Errorf("hashing: %w", err)
	}
	return hex.EncodeToString(h.Sum(nil)), n, nil
}

// writeFile writes a ceremony file at path: header then body, fsynced, under
// a temporary name then linked into place, so that an existing file is never
// overwritten and a crash leaves no partial file under path. It returns the
// body's hash.
func writeFile(path string, hdr Header, body io.WriterTo) (string, error) {
	if _, err := os.Stat(path); err == nil {
		return "", fmt.Errorf("%s already exists: choose another name", path)
	}
	hb, err := json.Marshal(hdr)
	if err != nil {
		return "", fmt.Errorf("encoding header: %w", err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-")
	if err != nil {
		return "", fmt.Errorf("creating %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	h := sha256.New()
	bw := bufio.NewWriterSize(tmp, 1<<20)
	var pre [len(magic) + 4]byte
	copy(pre[:], magic)
	binary.BigEndian.PutUint32(pre[len(magic):], uint32(len(hb)))
	_, err = bw.Write(pre[:])
	if err == nil {
		_, err = bw.Write(hb)
	}
	if err == nil {
		_, err = body.WriteTo(io.MultiWriter(bw, h))
	}
	if err == nil {
		err = bw.Flush()
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return "", fmt.Errorf("writing %s: %w", path, err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return "", fmt.Errorf("writing %s: %w", path, err)
	}
	if err := os.Link(tmp.Name(), path); err != nil {
		return "", fmt.Errorf("moving %s into place: %w", path, err)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// runCtx runs f, which cannot be interrupted, and returns its error, or
// ctx's at once when ctx ends first (f then finishes in the background and
// its result is dropped).
func runCtx(ctx context.Context, f func() error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	done := make(chan error, 1)
	go func() { done <- f() }()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case err := <-done:
		return err
	}
}

func gnarkVersion() string { return gnark.Version.String() }
