package ceremony

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"math/bits"
	"os"
	"slices"
	"time"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
	"github.com/consensys/gnark/constraint"
	cs "github.com/consensys/gnark/constraint/bn254"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/prover"
)

// Circuit is a class of a circuit family, compiled: what phase 2 is for.
type Circuit struct {
	Family   prover.Family
	LogSteps int // the class identifier (prover.ClassLogSteps; a hash class's is not its log steps)
	CS       constraint.ConstraintSystem
	R1CS     *cs.R1CS
	Hash     string // sha256 of the compiled circuit (gnark WriteTo: circuit.r1cs in the key store)
	Power    int    // log2 of its domain: the smallest power of two holding its constraints
}

// CompileCircuit compiles class logSteps of fam for phase 2.
func CompileCircuit(fam prover.Family, logSteps int) (*Circuit, error) {
	ccs, err := prover.Compile(fam, logSteps)
	if err != nil {
		return nil, err
	}
	r1cs, ok := ccs.(*cs.R1CS)
	if !ok {
		return nil, fmt.Errorf("class %s compiled to %T, want a BN254 R1CS", prover.ClassLabel(logSteps), ccs)
	}
	hash, _, err := hashOf(ccs)
	if err != nil {
		return nil, err
	}
	power := max(bits.Len64(uint64(ccs.GetNbConstraints())-1), MinPower)
	return &Circuit{Family: fam, LogSteps: logSteps, CS: ccs, R1CS: r1cs, Hash: hash, Power: power}, nil
}

// String names the circuit for people.
func (c *Circuit) String() string {
	return fmt.Sprintf("%s class %s (%d constraints, domain 2^%d)", c.Family.Name(), prover.ClassLabel(c.LogSteps), c.CS.GetNbConstraints(), c.Power)
}

// initPhase2 computes the initial phase-2 state of circuit c from the SRS
// (srs, read from srsInfo): what gnark's Initialize computes (no randomness,
// anyone recomputes it), by initPhase2Fast (phase2init.go), with the SRS's
// Lagrange bases kept beside it (lagrangeFor).
func initPhase2(ctx context.Context, c *Circuit, srs *mpcsetup.SrsCommons, srsInfo *FileInfo, log zerolog.Logger) (*mpcsetup.Phase2, *mpcsetup.Phase2Evaluations, *mpcsetup.SrsCommons, error) {
	commons, err := truncateSRS(srs, c.Power)
	if err != nil {
		return nil, nil, nil, err
	}
	start := time.Now()
	lb, err := lagrangeFor(ctx, srsInfo, commons, c.Power, log)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("the Lagrange bases of %s for 2^%d: %w", srsInfo.Path, c.Power, err)
	}
	log.Info().Str("file", LagrangePath(srsInfo.Path, c.Power)).Dur("took", time.Since(start)).Msg("Lagrange bases ready")
	start = time.Now()
	p, evals, err := initPhase2Fast(ctx, c.R1CS, commons, lb)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("initialising phase 2 of %s: %w", c, err)
	}
	log.Info().Dur("took", time.Since(start)).Msg("constraint terms accumulated")
	return p, evals, commons, nil
}

// InitPhase2 writes at out the initial phase-2 file of class logSteps of fam
// from the SRS in srsPath (a finished phase 1 whose power covers the
// circuit's domain).
func InitPhase2(ctx context.Context, fam prover.Family, logSteps int, srsPath, out string, log zerolog.Logger) (*FileInfo, error) {
	start := time.Now()
	c, err := CompileCircuit(fam, logSteps)
	if err != nil {
		return nil, err
	}
	log.Info().Int("class", logSteps).Int("constraints", c.CS.GetNbConstraints()).Int("power", c.Power).
		Dur("took", time.Since(start)).Msg("circuit compiled")
	srs, srsInfo, err := ReadSRS(srsPath)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", srsPath, err)
	}
	p, _, _, err := initPhase2(ctx, c, srs, srsInfo, log)
	if err != nil {
		return nil, fmt.Errorf("phase 2 of %s from %s: %w", c, srsPath, err)
	}
	hdr := Header{Kind: KindPhase2, Index: 0, Power: c.Power, Gnark: gnarkVersion(), Family: fam.Name(), Class: logSteps,
		Constraints: c.CS.GetNbConstraints(), Circuit: c.Hash, SRS: srsInfo.Hash}
	hash, err := writeFile(out, hdr, p)
	if err != nil {
		return nil, err
	}
	log.Info().Str("file", out).Str("sha256", hash).Dur("took", time.Since(start)).Msg("phase 2 initialised")
	return &FileInfo{Header: hdr, Path: out, Hash: hash}, nil
}

// phase2Layout reads the slice lengths in a phase-2 body (the number of
// commitments, then the lengths of PKK, Z and each SigmaCKK) and checks that
// they add up to the body's size with compressed points, before anything is
// decoded: a forged length cannot make the decoder allocate more than the
// file holds.
func phase2Layout(f *os.File, info *FileInfo) ([]uint32, error) {
	var pos int64
	read := func(n int) ([]byte, error) {
		if pos+int64(n) > info.bodySize {
			return nil, fmt.Errorf("%w: the body ends inside its layout (%d bytes)", ErrTruncated, info.bodySize)
		}
		b := make([]byte, n)
		if _, err := f.ReadAt(b, info.bodyOff+pos); err != nil {
			return nil, fmt.Errorf("reading %s: %w", info.Path, err)
		}
		pos += int64(n)
		return b, nil
	}
	b, err := read(2)
	if err != nil {
		return nil, err
	}
	nbC := binary.BigEndian.Uint16(b)
	lens := []uint32{uint32(nbC)}
	slice := func() error {
		b, err := read(4)
		if err != nil {
			return err
		}
		n := binary.BigEndian.Uint32(b)
		if int64(n)*g1Size > info.bodySize-pos {
			return fmt.Errorf("%w: a slice of %d points in %d bytes", ErrTruncated, n, info.bodySize-pos)
		}
		lens = append(lens, n)
		pos += int64(n) * g1Size
		return nil
	}
	pos += g1Size                   // [δ]₁
	if err := slice(); err != nil { // PKK
		return nil, err
	}
	if err := slice(); err != nil { // Z
		return nil, err
	}
	pos += g2Size // [δ]₂
	for i := 0; i < int(nbC); i++ {
		if err := slice(); err != nil { // SigmaCKK[i]
			return nil, err
		}
	}
	challenge := int64(0)
	if info.Index > 0 {
		challenge = challengeLen
	}
	// [σᵢ]₂, the proof for δ and one per σᵢ, the challenge.
	want := pos + int64(nbC)*g2Size + proofSize*(1+int64(nbC)) + 1 + challenge
	if err := checkSize(info, want); err != nil {
		return nil, err
	}
	return lens, nil
}

// readPhase2 reads a phase-2 file, checking its layout first (and against
// want, the layout of its chain, when given).
func readPhase2(path string, want []uint32) (*mpcsetup.Phase2, *FileInfo, error) {
	f, info, err := readHeader(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	if info.Kind != KindPhase2 {
		return nil, nil, fmt.Errorf("%w: a %s file, want a phase-2 file", ErrKind, info.Kind)
	}
	lens, err := phase2Layout(f, info)
	if err != nil {
		return nil, nil, err
	}
	if want != nil && !slices.Equal(lens, want) {
		return nil, nil, fmt.Errorf("%w: its layout (commitments, key sizes) %v differs from its chain's %v", ErrOtherCircuit, lens, want)
	}
	p := new(mpcsetup.Phase2)
	if err := decodeBody(f, info, func(r io.Reader) error { _, err := p.ReadFrom(r); return err }); err != nil {
		return nil, nil, err
	}
	return p, info, nil
}

// layoutOf is the layout phase2Layout reads, of a phase-2 state in memory.
func layoutOf(p *mpcsetup.Phase2) []uint32 {
	lens := []uint32{uint32(len(p.Parameters.G2.Sigma)), uint32(len(p.Parameters.G1.PKK)), uint32(len(p.Parameters.G1.Z))}
	for _, s := range p.Parameters.G1.SigmaCKK {
		lens = append(lens, uint32(len(s)))
	}
	return lens
}

// Phase2Chain is a verified phase 2: the circuit, the SRS it started from,
// the hash of every file (the initial one first) and what sealing needs.
type Phase2Chain struct {
	Circuit *Circuit
	SRS     *FileInfo
	Hashes  []string // Hashes[0] is the initial file, Hashes[i] contribution i

	last    *mpcsetup.Phase2
	evals   *mpcsetup.Phase2Evaluations
	commons *mpcsetup.SrsCommons
}

// VerifyPhase2 checks a phase-2 chain given in order: its initial file must
// be the one computed from the SRS (srs, read from srsInfo) for the circuit
// its header names, recompiled here from fam (so a file for another circuit,
// another version of it or another SRS is refused), then every contribution
// is checked against the one before it. The first bad file is a *FileError
// with its position (first = the position of paths[0]).
func VerifyPhase2(ctx context.Context, fam prover.Family, srs *mpcsetup.SrsCommons, srsInfo *FileInfo, paths []string, first int, rep Reporter) (*Phase2Chain, error) {
	if len(paths) == 0 {
		return nil, fmt.Errorf("%w: no phase-2 file", ErrNoContribution)
	}
	fail := func(i int, err error) error { return &FileError{Position: first + i, Path: paths[i], Err: err} }

	f, info, err := readHeader(paths[0])
	if err != nil {
		return nil, fail(0, err)
	}
	defer f.Close()
	switch {
	case info.Kind != KindPhase2 || info.Index != 0:
		return nil, fail(0, fmt.Errorf("%w: a %s file with index %d, a phase-2 chain starts with its initial file (index 0)", ErrOrder, info.Kind, info.Index))
	case info.Family != fam.Name():
		return nil, fail(0, fmt.Errorf("%w: a phase 2 of circuit family %q, this build's is %q", ErrOtherCircuit, info.Family, fam.Name()))
	case info.SRS != srsInfo.Hash:
		return nil, fail(0, fmt.Errorf("%w: started from SRS %s, not from %s (%s)", ErrOtherCircuit, info.SRS, srsInfo.Hash, srsInfo.Path))
	}
	c, err := CompileCircuit(fam, info.Class)
	if err != nil {
		return nil, fail(0, fmt.Errorf("%w: %w", ErrOtherCircuit, err))
	}
	if c.Hash != info.Circuit || c.Power != info.Power {
		return nil, fail(0, fmt.Errorf("%w: made for another version of %s class %s (circuit sha256 %s, this build's is %s)", ErrOtherCircuit, info.Family, prover.ClassLabel(info.Class), info.Circuit, c.Hash))
	}
	prev, evals, commons, err := initPhase2(ctx, c, srs, srsInfo, zerolog.Nop())
	if err != nil {
		return nil, fail(0, err)
	}
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
		return nil, fail(0, fmt.Errorf("%w: not the initial phase-2 file of %s from this SRS (sha256 %s, want %s)", ErrInvalid, c, info.Hash, initHash))
	}
	rep.report(first, info)
	chain := &Phase2Chain{Circuit: c, SRS: srsInfo, Hashes: []string{info.Hash}, last: prev, evals: evals, commons: commons}
	layout := layoutOf(prev)
	for i := 1; i < len(paths); i++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		next, ninfo, err := readPhase2Checked(paths[i], &info.Header, i, layout)
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

// readPhase2Checked reads the file that must be contribution index of the
// phase 2 whose initial header is init.
func readPhase2Checked(path string, init *Header, index int, layout []uint32) (*mpcsetup.Phase2, *FileInfo, error) {
	info, err := headerOf(path)
	if err != nil {
		return nil, nil, err
	}
	switch {
	case info.Kind != KindPhase2:
		return nil, nil, fmt.Errorf("%w: a %s file in a phase-2 chain", ErrKind, info.Kind)
	case info.Family != init.Family || info.Class != init.Class || info.Circuit != init.Circuit:
		return nil, nil, fmt.Errorf("%w: a contribution for %s class %s (circuit %s), this chain is for %s class %s (circuit %s)",
			ErrOtherCircuit, info.Family, prover.ClassLabel(info.Class), short(info.Circuit), init.Family, prover.ClassLabel(init.Class), short(init.Circuit))
	case info.SRS != init.SRS:
		return nil, nil, fmt.Errorf("%w: a contribution from SRS %s, this chain is from %s", ErrOtherCircuit, short(info.SRS), short(init.SRS))
	case info.Index != index:
		return nil, nil, fmt.Errorf("%w: contribution %d where contribution %d belongs", ErrOrder, info.Index, index)
	}
	return readPhase2(path, layout)
}

// short abbreviates a hash for messages.
func short(h string) string {
	if len(h) > 12 {
		return h[:12] + "…"
	}
	return h
}

// Keys are the keys sealed from a verified phase-2 chain, with its record.
type Keys struct {
	PK     groth16.ProvingKey
	VK     groth16.VerifyingKey
	Record *prover.CeremonyRecord
}

// Seal applies the beacon to the chain's last state (gnark's Seal: a last,
// public contribution derived from the chain's hash and the beacon) and
// returns the keys and the ceremony's record. The chain is consumed.
func (c *Phase2Chain) Seal(ctx context.Context, beacon []byte) (*Keys, error) {
	if err := checkBeacon(beacon); err != nil {
		return nil, err
	}
	if len(c.Hashes) < 2 {
		return nil, fmt.Errorf("%w: phase 2 has only its initial file; at least one participant must contribute", ErrNoContribution)
	}
	if c.last == nil {
		return nil, errors.New("phase-2 chain already sealed")
	}
	k := &Keys{}
	if err := runCtx(ctx, func() error { k.PK, k.VK = c.last.Seal(c.commons, c.evals, beacon); return nil }); err != nil {
		return nil, err
	}
	c.last = nil
	// the verifying key's hash as the key store writes the file (its raw
	// form), which the transcript covers
	h := sha256.New()
	if _, err := k.VK.WriteRawTo(h); err != nil {
		return nil, fmt.Errorf("hashing the verifying key: %w", err)
	}
	k.Record = c.record(beacon, hex.EncodeToString(h.Sum(nil)))
	return k, nil
}

// record is the ceremony's record for the manifest.
func (c *Phase2Chain) record(beacon []byte, vkSHA256 string) *prover.CeremonyRecord {
	o := c.SRS.Origin
	r := &prover.CeremonyRecord{
		VerifyingKey:  vkSHA256,
		Phase1Source:  o.Source,
		Phase1Power:   c.SRS.Power,
		SRS:           c.SRS.Hash,
		Phase2Init:    c.Hashes[0],
		Contributions: slices.Clone(c.Hashes[1:]),
		Beacon:        hex.EncodeToString(beacon),
	}
	if o.Source == SourceMPC {
		r.Phase1Init, r.Phase1Contributions, r.Phase1Beacon = o.Init, slices.Clone(o.Contributions), o.Beacon
	} else {
		r.PtauSHA256 = o.PtauSHA256
	}
	r.TranscriptSHA256 = TranscriptHash(c.Circuit.Family.Name(), c.Circuit.LogSteps, c.Circuit.Hash, r)
	return r
}

// Finalize verifies a phase-2 chain (at least one contribution) started from
// the SRS in srsPath, seals it with the beacon and writes the keys into the
// key store root as the class folder of the circuit (setup kind "mpc", the
// ceremony's record in the manifest), refusing an existing class folder.
func Finalize(ctx context.Context, fam prover.Family, srsPath string, paths []string, beacon []byte, root string, rep Reporter, log zerolog.Logger) (*prover.Manifest, error) {
	return FinalizeWith(ctx, fam, srsPath, paths, beacon, root, rep, log, nil)
}

// FinalizeWith is Finalize with files, made for the circuit's class by
// extra (nil: none), written into the class folder with the keys
// (prover.WriteClassFiles): the depends.json of aggregation and final keys.
func FinalizeWith(ctx context.Context, fam prover.Family, srsPath string, paths []string, beacon []byte, root string, rep Reporter, log zerolog.Logger,
	extra func(logSteps int) (map[string][]byte, error)) (*prover.Manifest, error) {
	if err := checkBeacon(beacon); err != nil {
		return nil, err
	}
	start := time.Now()
	srs, srsInfo, err := ReadSRS(srsPath)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", srsPath, err)
	}
	chain, err := VerifyPhase2(ctx, fam, srs, srsInfo, paths, 1, rep)
	if err != nil {
		return nil, err
	}
	log.Info().Int("files", len(paths)).Dur("took", time.Since(start)).Msg("phase 2 verified")
	if _, err := os.Stat(prover.ClassDir(root, chain.Circuit.LogSteps)); err == nil {
		return nil, fmt.Errorf("class folder %s already exists: remove it (or finalize into another --data) to install the ceremony's keys", prover.ClassDir(root, chain.Circuit.LogSteps))
	}
	var files map[string][]byte
	if extra != nil {
		if files, err = extra(chain.Circuit.LogSteps); err != nil {
			return nil, err
		}
	}
	keys, err := chain.Seal(ctx, beacon)
	if err != nil {
		return nil, err
	}
	m, err := prover.WriteClassFiles(ctx, root, fam, chain.Circuit.LogSteps, chain.Circuit.CS, keys.PK, keys.VK, prover.SetupMPC, keys.Record, files)
	if err != nil {
		return nil, err
	}
	log.Info().Str("dir", prover.ClassDir(root, chain.Circuit.LogSteps)).Str("transcript_sha256", keys.Record.TranscriptSHA256).
		Dur("took", time.Since(start)).Msg("ceremony keys written")
	return m, nil
}
