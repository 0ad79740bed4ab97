package prover

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/consensys/gnark"
	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/circuits"
	"github.com/zkprover/zkprover/prover/keygen"
)

// Files of a class folder.
const (
	FileCircuit  = "circuit.r1cs"  // the compiled constraint system (gnark WriteTo)
	FilePK       = "proving.key"   // proving key, raw (WriteRawTo / UnsafeReadFrom)
	FileVK       = "verifying.key" // verifying key, raw
	FileVerifier = "Verifier.sol"  // Solidity verifier exported from the verifying key
	FileManifest = "manifest.json"
)

// ManifestVersion is the version of the manifest format.
const ManifestVersion = 1

// Setup kinds recorded in a manifest.
const (
	// SetupInsecure marks keys made by one party (a Groth16 setup, keygen.Setup): whoever ran
	// it knows the toxic waste and can forge proofs. For development only.
	SetupInsecure = "insecure-development"
	// SetupMPC marks keys from a multi-party ceremony (`zkprover ceremony`,
	// docs/ceremony.md): nobody can forge proofs unless every participant of
	// both phases colluded or leaked their randomness. Such a manifest carries
	// the ceremony's record (Manifest.Ceremony).
	SetupMPC = "mpc"
)

// classFiles are the files of a class folder covered by the manifest, in
// writing order.
var classFiles = []string{FileCircuit, FilePK, FileVK, FileVerifier}

// ErrNoClass reports a class folder that does not exist.
var ErrNoClass = errors.New("class not set up")

// Manifest describes one class folder; it is checked on every load.
type Manifest struct {
	Version      int               `json:"version"`
	Family       string            `json:"family"`
	Class        string            `json:"class"` // ClassName: "class-<k>", "class-<k>-<hash>"
	LogSteps     int               `json:"log_steps"`
	Hash         string            `json:"hash,omitempty"` // a hash class's tables: "sha256" or "keccak"
	Steps        int               `json:"steps"`
	Constraints  int               `json:"constraints"`
	PublicInputs int               `json:"public_inputs"`
	SecretInputs int               `json:"secret_inputs,omitempty"` // with PublicInputs, a full witness's shape (LoadShape); 0 in manifests made before session 28
	Commitments  int               `json:"commitments"`
	Curve        string            `json:"curve"`
	Backend      string            `json:"backend"`
	GnarkVersion string            `json:"gnark_version"`
	SetupKind    string            `json:"setup_kind"`
	CreatedAt    time.Time         `json:"created_at"`
	SetupSeconds float64           `json:"setup_seconds"`
	Files        map[string]string `json:"files"` // file name -> sha256 (hex)
	// Ceremony is the record of the ceremony that made keys of setup kind
	// SetupMPC (nil for other kinds).
	Ceremony *CeremonyRecord `json:"ceremony,omitempty"`
}

// CeremonyRecord summarises the transcript of a multi-party ceremony
// (package prover/ceremony, docs/ceremony.md): every hash is a sha256 in hex,
// the hash of a contribution is that of its file's body (what its participant
// published). TranscriptSHA256 covers all of it.
type CeremonyRecord struct {
	TranscriptSHA256 string `json:"transcript_sha256"`
	// Phase 1: "mpc" (run with `zkprover ceremony`) or "ptau" (an imported
	// snarkjs powers-of-tau file), and its size (log2 of the domain).
	Phase1Source string `json:"phase1_source"`
	Phase1Power  int    `json:"phase1_power"`
	// For an "mpc" phase 1: its initial file, its contributions in order and
	// the beacon that sealed it (hex).
	Phase1Init          string   `json:"phase1_init,omitempty"`
	Phase1Contributions []string `json:"phase1_contributions,omitempty"`
	Phase1Beacon        string   `json:"phase1_beacon,omitempty"`
	// For a "ptau" phase 1: the sha256 of the whole imported file.
	PtauSHA256 string `json:"ptau_sha256,omitempty"`
	// SRS is the phase-1 result phase 2 started from (the body of the srs file).
	SRS string `json:"srs_sha256"`
	// Phase 2 (this circuit): its initial file, the participants'
	// contributions in order, and the beacon that sealed it (hex).
	Phase2Init    string   `json:"phase2_init"`
	Contributions []string `json:"contributions"`
	Beacon        string   `json:"beacon"`
	// VerifyingKey is the sha256 of the verifying key the ceremony made,
	// as the key store writes it (verifying.key): the transcript (version
	// 2) covers it, so the published transcript hash names the keys and
	// not only the way to them. Empty in records of transcript version 1.
	VerifyingKey string `json:"verifying_key_sha256,omitempty"`
}

// ID is the identifier of the class the manifest describes (LogSteps, or
// a hash class's identifier).
func (m *Manifest) ID() int {
	h, err := circuits.ParseHash(m.Hash)
	if err != nil {
		return -1
	}
	return h | m.LogSteps
}

// ClassName is the folder name of the class identified by id: "class-12",
// or for a hash class "class-11-sha256", "class-12-keccak".
func ClassName(id int) string {
	if k, h := circuits.SplitID(id); h != 0 {
		return fmt.Sprintf("class-%d-%s", k, circuits.HashName(h))
	}
	return "class-" + strconv.Itoa(id)
}

// parseClassName is the class identifier of a folder name, or false.
func parseClassName(name string) (int, bool) {
	rest, ok := strings.CutPrefix(name, "class-")
	if !ok {
		return 0, false
	}
	ks, hs, hashed := strings.Cut(rest, "-")
	k, err := strconv.Atoi(ks)
	if err != nil || k <= 0 || k > 40 || strconv.Itoa(k) != ks {
		return 0, false
	}
	if !hashed {
		return k, true
	}
	h, err := circuits.ParseHash(hs)
	if err != nil || h == 0 || k > 0x1F {
		return 0, false
	}
	return h | k, true
}

// ClassDir is the folder of class k under the key store root.
func ClassDir(root string, logSteps int) string {
	return filepath.Join(root, ClassName(logSteps))
}

// ListClasses returns the classes (identifiers) that have a folder under root,
// ascending. A missing root is an empty list.
func ListClasses(root string) ([]int, error) {
	entries, err := os.ReadDir(root)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("listing key store %s: %w", root, err)
	}
	var out []int
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		if id, ok := parseClassName(e.Name()); ok {
			out = append(out, id)
		}
	}
	sort.Ints(out)
	return out, nil
}

// Stage is a step of a class setup, reported to a progress callback.
type Stage string

// Setup stages, in order.
const (
	StageCompile Stage = "compile"
	StageSetup   Stage = "setup"
	StageWrite   Stage = "write"
	StageExport  Stage = "export"
)

// SetupStages lists the stages in the order Setup reports them.
var SetupStages = []Stage{StageCompile, StageSetup, StageWrite, StageExport}

// SetupReport is a setup's progress, sent to a Progress callback when each
// stage starts, every ProgressEvery while a stage runs, and once at the end.
type SetupReport struct {
	Family      string        // the circuit family (Family.Name)
	Class       int           // log2 of the class's steps
	Stage       Stage         // the stage under way (the last one when Done)
	StageIndex  int           // 1-based position of Stage in SetupStages
	Constraints int           // the circuit's constraints: estimated until compiled, then exact
	Counted     bool          // Constraints is the compiled circuit's exact count
	Elapsed     time.Duration // since the setup started
	InStage     time.Duration // since Stage started
	Estimate    time.Duration // expected duration of the whole setup (SetupEstimate)
	Done        bool          // the class folder is in place
	// Stages are the durations of the stages finished so far, in order.
	Stages []time.Duration
}

// Remaining is the estimated time left: the estimate less the time elapsed,
// and false once the setup runs past its estimate (or is done).
func (r SetupReport) Remaining() (time.Duration, bool) {
	if r.Done || r.Estimate <= 0 || r.Elapsed >= r.Estimate {
		return 0, false
	}
	return r.Estimate - r.Elapsed, true
}

// Progress receives a setup's reports (SetupReport). Calls never overlap.
type Progress func(SetupReport)

// ProgressEvery is how often a running stage is reported.
var ProgressEvery = time.Second

// reestimateEvery is how often a running setup's estimate is made again
// from the setups measured in its folder.
const reestimateEvery = 10 * time.Second

// Fallback figures of SetupEstimate for a key store without a measured setup:
// the RV32IM circuit's size (about 240 constraints per step plus 36,000 fixed,
// docs/proving.md) and the compile plus Groth16 setup (keygen.Setup) time per
// constraint on the project's 2-core development machine (about 0.06 ms:
// class 2^8 in 5.9 s, 2^10 in 15.9 s, the 5.1M-constraint aggregation
// circuit in 360 s).
const (
	fallbackConstraintsPerStep = 240
	fallbackConstraintsFixed   = 36_000
	fallbackSecondsPerConstr   = 0.06e-3
)

// SizeEstimator is implemented by a family that knows its circuits' size
// before they are compiled: those whose size follows no step count (Steps =
// 0: the long runs' aggregation and final circuits) and the segment circuits
// (whose size per step is not the whole-run circuit's). SetupEstimate takes
// the expected constraint count from it until a setup of the family (of the
// same kind of class) has been measured.
type SizeEstimator interface {
	EstimateConstraints(logSteps int) int
}

// SetupEstimate estimates a class's constraint count (when constraints is 0)
// and how long its compile and Groth16 setup take on this machine: from the
// setups measured in root (each manifest records its constraints and setup
// seconds) when there are any, else from the fallback figures. The writing
// of the files is not included (seconds at most).
func SetupEstimate(root string, fam Family, logSteps, constraints int) (estimatedConstraints int, d time.Duration) {
	type point struct {
		k                           int
		steps, constraints, seconds float64
	}
	var pts, like []point // every measured class; those of the same kind (base, or the same hash class)
	if classes, err := ListClasses(root); err == nil {
		for _, k := range classes {
			m, err := ReadManifest(root, k)
			if err != nil || m.Family != fam.Name() || m.Constraints <= 0 || m.SetupSeconds <= 0 {
				continue
			}
			pt := point{k, float64(m.Steps), float64(m.Constraints), m.SetupSeconds}
			pts = append(pts, pt)
			if classHash(k) == classHash(logSteps) {
				like = append(like, pt)
			}
		}
	}
	sort.Slice(like, func(i, j int) bool { return like[i].steps < like[j].steps })
	if len(like) > 1 && like[0].steps == like[len(like)-1].steps {
		like = like[:1]
	}
	steps := float64(fam.Steps(logSteps))
	n := float64(constraints)
	est, hasModel := fam.(SizeEstimator) // the family's own size model, if any
	switch {
	case n > 0:
	case steps == 0: // a circuit whose size does not follow a step count (aggregation, final)
		switch {
		case len(like) > 0:
			n = like[len(like)-1].constraints
		case hasModel:
			n = float64(est.EstimateConstraints(logSteps))
		default:
			n = fallbackConstraintsFixed
		}
	default:
		pts := like // the constraint count scales with the steps within one kind of class
		switch {
		case len(pts) == 0 && hasModel:
			n = float64(est.EstimateConstraints(logSteps))
		case len(pts) == 0:
			n = fallbackConstraintsPerStep*steps + fallbackConstraintsFixed
		case len(pts) == 1 && hasModel && est.EstimateConstraints(pts[0].k) > 0:
			// the family's own model, corrected by the one measured class
			n = float64(est.EstimateConstraints(logSteps)) * pts[0].constraints / float64(est.EstimateConstraints(pts[0].k))
		case len(pts) == 1: // scale the one measured class by steps, keeping its fixed part
			fixed := min(float64(fallbackConstraintsFixed), pts[0].constraints/2)
			n = fixed + (pts[0].constraints-fixed)*steps/pts[0].steps
		default: // a line through the smallest and the largest measured class
			a, b := pts[0], pts[len(pts)-1]
			slope := (b.constraints - a.constraints) / (b.steps - a.steps)
			n = a.constraints + slope*(steps-a.steps)
		}
	}
	perConstraint := fallbackSecondsPerConstr
	if len(pts) > 0 {
		var secs, cons float64
		for _, p := range pts {
			secs += p.seconds
			cons += p.constraints
		}
		perConstraint = secs / cons
	}
	return int(n), time.Duration(n * perConstraint * float64(time.Second))
}

// setupReporter sends a setup's reports: at each stage start, every
// ProgressEvery while a stage runs, and at the end.
type setupReporter struct {
	mu        sync.Mutex
	progress  Progress
	root      string
	fam       Family
	estimated time.Time // when Estimate was last computed
	r         SetupReport
	start     time.Time
	stageAt   time.Time
	stop      chan struct{}
	stopped   chan struct{}
}

func newSetupReporter(progress Progress, root string, fam Family, logSteps int) *setupReporter {
	s := &setupReporter{progress: progress, root: root, fam: fam, start: time.Now(), stop: make(chan struct{}), stopped: make(chan struct{})}
	s.r.Class, s.r.Family = logSteps, fam.Name()
	s.r.Constraints, s.r.Estimate = SetupEstimate(root, fam, logSteps, 0)
	s.estimated = s.start
	go s.tick()
	return s
}

func (s *setupReporter) tick() {
	defer close(s.stopped)
	t := time.NewTicker(ProgressEvery)
	defer t.Stop()
	for {
		select {
		case <-s.stop:
			return
		case <-t.C:
			s.mu.Lock()
			if s.r.Stage != "" {
				s.send()
			}
			s.mu.Unlock()
		}
	}
}

// send reports the current state; s.mu is held.
func (s *setupReporter) send() {
	now := time.Now()
	if now.Sub(s.estimated) >= reestimateEvery {
		// Setups that finished meanwhile in the same folder (another
		// `zkprover setup`, on the same loaded machine) measure its speed.
		s.estimated = now
		n := 0
		if s.r.Counted {
			n = s.r.Constraints
		}
		_, s.r.Estimate = SetupEstimate(s.root, s.fam, s.r.Class, n)
	}
	s.r.Elapsed, s.r.InStage = now.Sub(s.start), now.Sub(s.stageAt)
	r := s.r
	r.Stages = append([]time.Duration(nil), s.r.Stages...)
	s.progress(r)
}

// stage starts stage st (ending the previous one).
func (s *setupReporter) stage(st Stage) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := time.Now()
	if s.r.Stage != "" {
		s.r.Stages = append(s.r.Stages, now.Sub(s.stageAt))
	}
	s.r.Stage, s.stageAt = st, now
	for i, x := range SetupStages {
		if x == st {
			s.r.StageIndex = i + 1
		}
	}
	s.send()
}

// compiled records the compiled circuit's size and re-estimates.
func (s *setupReporter) compiled(constraints int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, s.r.Estimate = SetupEstimate(s.root, s.fam, s.r.Class, constraints)
	s.r.Constraints, s.r.Counted = constraints, true
}

// end stops the ticks; done sends the final report.
func (s *setupReporter) end(done bool) {
	close(s.stop)
	<-s.stopped
	if !done {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.r.Stages = append(s.r.Stages, time.Since(s.stageAt))
	s.r.Done = true
	s.send()
}

// Compile compiles class k of the family to R1CS.
func Compile(fam Family, logSteps int) (constraint.ConstraintSystem, error) {
	if err := checkClass(fam, logSteps); err != nil {
		return nil, err
	}
	c, err := fam.NewCircuit(logSteps)
	if err != nil {
		return nil, fmt.Errorf("building circuit of class %s: %w", ClassLabel(logSteps), err)
	}
	cs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c)
	if err != nil {
		return nil, fmt.Errorf("compiling circuit of class %s: %w", ClassLabel(logSteps), err)
	}
	return cs, nil
}

// SetupClass compiles class k, runs a single-party Groth16 setup and writes the
// class folder under root atomically: everything goes to a temporary folder
// that is fsynced and renamed into place, so a crash never leaves a class that
// loads. An existing class folder is an error (check it with CheckClass).
// The setup (keygen.Setup) cannot be interrupted: when ctx ends during it, SetupClass
// returns at once and the setup finishes in the background and is discarded.
func SetupClass(ctx context.Context, root string, fam Family, logSteps int, progress Progress, log zerolog.Logger) (*Manifest, error) {
	return setupClassFiles(ctx, root, fam, logSteps, progress, log, nil)
}

// setupClassFiles is SetupClass, with files (name -> content) written into
// the class folder with the keys (WithSetupFiles).
func setupClassFiles(ctx context.Context, root string, fam Family, logSteps int, progress Progress, log zerolog.Logger, files map[string][]byte) (*Manifest, error) {
	if progress == nil {
		progress = func(SetupReport) {}
	}
	final := ClassDir(root, logSteps)
	if _, err := os.Stat(final); err == nil {
		return nil, fmt.Errorf("class folder %s already exists", final)
	}
	if err := os.MkdirAll(root, 0o755); err != nil {
		return nil, fmt.Errorf("creating key store %s: %w", root, err)
	}
	start := time.Now()
	rep := newSetupReporter(progress, root, fam, logSteps)
	m, err := setupClass(ctx, root, fam, logSteps, rep, log, files)
	rep.end(err == nil)
	if err != nil {
		return nil, err
	}
	log.Info().Int("class", logSteps).Dur("took", time.Since(start)).Msg("setup done")
	return m, nil
}

func setupClass(ctx context.Context, root string, fam Family, logSteps int, rep *setupReporter, log zerolog.Logger, files map[string][]byte) (*Manifest, error) {
	final := ClassDir(root, logSteps)
	start := time.Now()

	rep.stage(StageCompile)
	cs, err := Compile(fam, logSteps)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	rep.compiled(cs.GetNbConstraints())
	log.Info().Int("class", logSteps).Int("constraints", cs.GetNbConstraints()).Dur("compile", time.Since(start)).Msg("compiled")

	rep.stage(StageSetup)
	type keys struct {
		pk  groth16.ProvingKey
		vk  groth16.VerifyingKey
		err error
	}
	done := make(chan keys, 1)
	go func() {
		pk, vk, err := keygen.Setup(cs)
		done <- keys{pk, vk, err}
	}()
	var ks keys
	select {
	case <-ctx.Done():
		return nil, fmt.Errorf("setup of class %s: %w", ClassLabel(logSteps), ctx.Err())
	case ks = <-done:
	}
	if ks.err != nil {
		return nil, fmt.Errorf("groth16 setup of class %s: %w", ClassLabel(logSteps), ks.err)
	}
	setupTime := time.Since(start)

	rep.stage(StageWrite)
	m := newManifest(fam, logSteps, cs, SetupInsecure)
	m.SetupSeconds = setupTime.Seconds()
	// The keys were just made from this executable's compile of the
	// circuit: the class is stamped checked by it (FileChecked), so that
	// the load that follows does not compile it again (2 minutes and 11 GB
	// at segment class 2^15).
	exe, herr := executableHash()
	if herr != nil {
		log.Warn().Err(herr).Msg("the new keys are not stamped checked: this executable could not be hashed")
	}
	if err := writeClassDir(ctx, root, logSteps, m, cs, ks.pk, ks.vk, func() { rep.stage(StageExport) }, files, exe); err != nil {
		return nil, err
	}
	log.Warn().Int("class", logSteps).Str("dir", final).Str("setup_kind", SetupInsecure).
		Msg("INSECURE DEVELOPMENT SETUP: these keys were made by a single party; whoever ran the setup can forge proofs. Production keys come from a multi-party ceremony (zkprover ceremony, docs/ceremony.md)")
	return m, nil
}

// newManifest is the manifest of class k of fam for the compiled circuit cs,
// made by a setup of the given kind now; Files is filled when the files are
// written.
func newManifest(fam Family, logSteps int, cs constraint.ConstraintSystem, kind string) *Manifest {
	return &Manifest{
		Version:      ManifestVersion,
		Family:       fam.Name(),
		Class:        ClassName(logSteps),
		LogSteps:     ClassLogSteps(logSteps),
		Hash:         classHashName(logSteps),
		Steps:        fam.Steps(logSteps),
		Constraints:  cs.GetNbConstraints(),
		PublicInputs: cs.GetNbPublicVariables() - 1,
		SecretInputs: cs.GetNbSecretVariables(),
		Commitments:  len(cs.GetCommitments().CommitmentIndexes()),
		Curve:        "bn254",
		Backend:      "groth16",
		GnarkVersion: gnark.Version.String(),
		SetupKind:    kind,
		CreatedAt:    time.Now().UTC().Truncate(time.Second),
		Files:        map[string]string{},
	}
}

// writeClassDir writes the files of class k and its manifest m (filling in
// m.Files) into a temporary folder under root, fsyncs them and renames the
// folder into place. beforeExport runs before the Solidity export.
func writeClassDir(ctx context.Context, root string, logSteps int, m *Manifest, cs constraint.ConstraintSystem,
	pk groth16.ProvingKey, vk groth16.VerifyingKey, beforeExport func(), files map[string][]byte, checkedBy string) error {
	final := ClassDir(root, logSteps)
	tmp, err := os.MkdirTemp(root, "."+ClassName(logSteps)+".tmp-")
	if err != nil {
		return fmt.Errorf("creating temporary class folder in %s: %w", root, err)
	}
	defer os.RemoveAll(tmp) // no-op after the rename
	writers := []struct {
		name  string
		write func(io.Writer) error
	}{
		{FileCircuit, func(w io.Writer) error { _, err := cs.WriteTo(w); return err }},
		{FilePK, func(w io.Writer) error { _, err := pk.WriteRawTo(w); return err }},
		{FileVK, func(w io.Writer) error { _, err := vk.WriteRawTo(w); return err }},
		{FileVerifier, func(w io.Writer) error { return ExportVerifier(w, vk) }},
	}
	for _, f := range writers {
		if f.name == FileVerifier && beforeExport != nil {
			beforeExport()
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		sum, err := writeFileSynced(filepath.Join(tmp, f.name), f.write)
		if err != nil {
			return err
		}
		m.Files[f.name] = sum
	}
	mb, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return fmt.Errorf("encoding manifest: %w", err)
	}
	if _, err := writeFileSynced(filepath.Join(tmp, FileManifest), func(w io.Writer) error {
		_, err := w.Write(append(mb, '\n'))
		return err
	}); err != nil {
		return err
	}
	for name, b := range files {
		if name == "" || name != filepath.Base(name) || name == FileManifest || name == FileChecked || slices.Contains(classFiles, name) {
			return fmt.Errorf("setup file name %q: want a plain name that is not a key file", name)
		}
		if _, err := writeFileSynced(filepath.Join(tmp, name), func(w io.Writer) error { _, err := w.Write(b); return err }); err != nil {
			return err
		}
	}
	if checkedBy != "" {
		if err := markChecked(tmp, m, checkedBy); err != nil {
			return err
		}
	}
	if err := syncDir(tmp); err != nil {
		return err
	}
	if err := os.Rename(tmp, final); err != nil {
		return fmt.Errorf("moving class folder into place at %s: %w", final, err)
	}
	return syncDir(root)
}

// WriteClass writes the class folder of keys made outside this package (by
// a multi-party ceremony, package prover/ceremony) into the key store root,
// atomically as SetupClass does: the manifest is made here from the compiled
// circuit cs, with the setup kind and the ceremony record given (its
// setup_seconds is 0: no single setup, so SetupEstimate ignores it). An
// existing class folder is an error. The keys must have been made for cs.
func WriteClass(ctx context.Context, root string, fam Family, logSteps int, cs constraint.ConstraintSystem,
	pk groth16.ProvingKey, vk groth16.VerifyingKey, kind string, record *CeremonyRecord) (*Manifest, error) {
	return WriteClassFiles(ctx, root, fam, logSteps, cs, pk, vk, kind, record, nil)
}

// WriteClassFiles is WriteClass with files (name -> bytes) written into the
// class folder with the keys, before it is moved into place (depends.json
// of keys built over other keys: a process killed in between leaves
// neither, never keys without it).
func WriteClassFiles(ctx context.Context, root string, fam Family, logSteps int, cs constraint.ConstraintSystem,
	pk groth16.ProvingKey, vk groth16.VerifyingKey, kind string, record *CeremonyRecord, files map[string][]byte) (*Manifest, error) {
	if kind == SetupMPC && record == nil {
		return nil, errors.New("keys of setup kind mpc need their ceremony record")
	}
	final := ClassDir(root, logSteps)
	if _, err := os.Stat(final); err == nil {
		return nil, fmt.Errorf("class folder %s already exists (remove it to install other keys)", final)
	}
	if err := os.MkdirAll(root, 0o755); err != nil {
		return nil, fmt.Errorf("creating key store %s: %w", root, err)
	}
	m := newManifest(fam, logSteps, cs, kind)
	m.Ceremony = record
	if err := writeClassDir(ctx, root, logSteps, m, cs, pk, vk, nil, files, ""); err != nil {
		return nil, err
	}
	return m, nil
}

// replaceFile writes b to dir/name through a synced temporary file renamed into place and
// returns its sha256.
func replaceFile(dir, name string, b []byte) (string, error) {
	// a name of this process and moment: writeFileSynced creates it exclusively
	tmp := filepath.Join(dir, fmt.Sprintf(".%s.tmp-%d-%d", name, os.Getpid(), time.Now().UnixNano()))
	defer os.Remove(tmp) // no-op after the rename
	sum, err := writeFileSynced(tmp, func(w io.Writer) error { _, err := w.Write(b); return err })
	if err != nil {
		return "", err
	}
	if err := os.Rename(tmp, filepath.Join(dir, name)); err != nil {
		return "", fmt.Errorf("moving %s into place: %w", name, err)
	}
	return sum, syncDir(dir)
}

// writeFileSynced creates path, writes it through write, fsyncs it and returns
// the sha256 of what was written.
func writeFileSynced(path string, write func(io.Writer) error) (string, error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
	if err != nil {
		return "", fmt.Errorf("creating %s: %w", path, err)
	}
	h := sha256.New()
	bw := bufio.NewWriterSize(io.MultiWriter(f, h), 1<<20)
	err = write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return "", fmt.Errorf("writing %s: %w", path, err)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("opening folder %s for sync: %w", dir, err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("syncing folder %s: %w", dir, err)
	}
	return nil
}

// ReadManifest reads and sanity-checks the manifest of class k.
func ReadManifest(root string, logSteps int) (*Manifest, error) {
	dir := ClassDir(root, logSteps)
	path := filepath.Join(dir, FileManifest)
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		if _, serr := os.Stat(dir); serr != nil {
			return nil, fmt.Errorf("no folder %s: the keys of class %s are not in this data folder (to verify a proof, use the keys it was made with: the --data folder of the node that made it; new keys cannot verify it; to prove with class %s, make its keys with `%s`): %w",
				dir, ClassLabel(logSteps), ClassLabel(logSteps), SetupCommand(logSteps), ErrNoClass)
		}
	}
	if err != nil {
		return nil, fmt.Errorf("reading manifest %s: %w", path, err)
	}
	var m Manifest
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("decoding manifest %s: %w", path, err)
	}
	switch {
	case m.Version != ManifestVersion:
		return nil, fmt.Errorf("manifest %s: version %d, this build reads version %d", path, m.Version, ManifestVersion)
	case m.ID() != logSteps || m.Class != ClassName(logSteps):
		return nil, fmt.Errorf("manifest %s: describes %s (log steps %d), not %s", path, m.Class, m.LogSteps, ClassName(logSteps))
	case m.Curve != "bn254" || m.Backend != "groth16":
		return nil, fmt.Errorf("manifest %s: %s/%s keys, want bn254/groth16", path, m.Curve, m.Backend)
	}
	for _, name := range classFiles {
		if len(m.Files[name]) != 64 {
			return nil, fmt.Errorf("manifest %s: no sha256 for %s", path, name)
		}
	}
	if m.SetupKind == SetupMPC {
		// ceremony keys: a record that hashes to its transcript and,
		// from transcript version 2, names this verifying key (a
		// manifest that only claims "mpc" would silence the warning of
		// insecure keys)
		if m.Ceremony == nil {
			return nil, fmt.Errorf("manifest %s: ceremony keys (setup kind %q) without the ceremony's record", path, SetupMPC)
		}
		if err := CheckCeremonyRecord(&m); err != nil {
			return nil, fmt.Errorf("manifest %s: %w", path, err)
		}
	}
	return &m, nil
}

// CheckClass verifies the manifest of class k and the sha256 of every file it
// lists, without loading the keys.
func CheckClass(root string, logSteps int) (*Manifest, error) {
	m, err := ReadManifest(root, logSteps)
	if err != nil {
		return nil, err
	}
	dir := ClassDir(root, logSteps)
	for _, name := range classFiles {
		if name == FileVerifier {
			continue
		}
		if err := readChecked(filepath.Join(dir, name), m.Files[name], func(r io.Reader) error {
			_, err := io.Copy(io.Discard, r)
			return err
		}); err != nil {
			return nil, err
		}
	}
	if err := checkVerifier(dir, m, nil); err != nil {
		return nil, err
	}
	return m, nil
}

// CheckVerifier checks class k's Verifier.sol against its manifest (or,
// when the manifest is older than the file, that it is the export of the
// class's checksummed verifying key), without reading the proving key:
// what deploys a verifier calls it first, so that a stale, edited or
// swapped Verifier.sol is never deployed.
func CheckVerifier(root string, logSteps int) error {
	m, err := ReadManifest(root, logSteps)
	if err != nil {
		return err
	}
	dir := ClassDir(root, logSteps)
	if m.SetupKind != SetupMPC {
		return checkVerifier(dir, m, nil)
	}
	// Ceremony keys: the ceremony's record names the verifying key, not
	// Verifier.sol, so the file must be the export of the checksummed
	// verifying key (a manifest edited to name another file is not
	// enough).
	vk := groth16.NewVerifyingKey(ecc.BN254)
	if err := readChecked(filepath.Join(dir, FileVK), m.Files[FileVK], func(r io.Reader) error {
		_, err := vk.UnsafeReadFrom(r)
		return err
	}); err != nil {
		return err
	}
	path := filepath.Join(dir, FileVerifier)
	src, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("reading %s: %w", path, err)
	}
	if !verifierIsExport(src, vk) {
		sum := sha256.Sum256(src)
		return &ChecksumError{Path: path, Want: "the export of " + FileVK, Got: hex.EncodeToString(sum[:])}
	}
	return nil
}

// checkVerifier checks the class's Verifier.sol against its manifest. A file that is the
// current export of the class's verifying key (vk, or read from the folder when nil) is
// accepted too: RefreshVerifier replaces the file before the manifest.
func checkVerifier(dir string, m *Manifest, vk groth16.VerifyingKey) error {
	path := filepath.Join(dir, FileVerifier)
	err := readChecked(path, m.Files[FileVerifier], func(r io.Reader) error { _, err := io.Copy(io.Discard, r); return err })
	var ce *ChecksumError
	if !errors.As(err, &ce) {
		return err
	}
	if vk == nil {
		vk = groth16.NewVerifyingKey(ecc.BN254)
		if rerr := readChecked(filepath.Join(dir, FileVK), m.Files[FileVK], func(r io.Reader) error {
			_, err := vk.UnsafeReadFrom(r)
			return err
		}); rerr != nil {
			return err
		}
	}
	if src, rerr := os.ReadFile(path); rerr == nil && verifierIsExport(src, vk) {
		return nil
	}
	return err
}

// readChecked streams path through read and fails unless its sha256 is want.
func readChecked(path, want string, read func(io.Reader) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("opening %s: %w", path, err)
	}
	defer f.Close()
	h := sha256.New()
	r := bufio.NewReaderSize(io.TeeReader(f, h), 1<<20)
	if err := read(r); err != nil {
		return fmt.Errorf("reading %s: %w", path, err)
	}
	// Hash whatever the decoder did not consume (trailing bytes are a mismatch too).
	if _, err := io.Copy(io.Discard, r); err != nil {
		return fmt.Errorf("reading %s: %w", path, err)
	}
	if got := hex.EncodeToString(h.Sum(nil)); got != want {
		return &ChecksumError{Path: path, Want: want, Got: got}
	}
	return nil
}

// ChecksumError reports a class file whose sha256 differs from its manifest.
type ChecksumError struct {
	Path, Want, Got string
	// Redo says how to make the class's keys again (redoAdvice); empty:
	// remove the class folder and set up the whole-run class its name
	// gives.
	Redo string
}

func (e *ChecksumError) Error() string {
	redo := e.Redo
	if redo == "" {
		dir := filepath.Dir(e.Path)
		if id, ok := parseClassName(filepath.Base(dir)); ok {
			redo = redoAdvice(dir, nil, id, "")
		} else {
			redo = fmt.Sprintf("remove %s and set the class up again (zkprover setup)", dir)
		}
	}
	return fmt.Sprintf("%s: sha256 %s does not match the manifest (%s); the file is corrupt or was replaced: %s", e.Path, e.Got, e.Want, redo)
}

// Keys is one loaded class.
type Keys struct {
	Manifest Manifest
	Dir      string
	CS       constraint.ConstraintSystem
	PK       groth16.ProvingKey // nil when loaded for verification only
	VK       groth16.VerifyingKey
	// Shape is what a full witness of the class fills (read from the
	// constraint system, or from the manifest with LoadShape; nil when
	// loaded for verification only). A prover whose proofs a worker process
	// makes keeps it instead of CS.
	Shape *Shape
}

// Shape is the input shape of a constraint system: its public variables
// (without the constant one) and its secret variables.
type Shape struct{ Public, Secret int }

// LoadMode says what LoadClass keeps in memory. Every file it reads is
// checked against its sha256; every mode but LoadShape reads every file.
type LoadMode int

const (
	// LoadAll keeps the constraint system, the proving key and the verifying key (to prove).
	LoadAll LoadMode = iota
	// LoadNoProvingKey keeps the constraint system and the verifying key, not the proving key:
	// for a process whose proofs are made by a worker process, which loads the proving key
	// itself (Open then keeps only the system's Shape once it has checked the circuit).
	LoadNoProvingKey
	// LoadVerifyOnly reads and keeps the verifying key only (checked
	// against the manifest): a verifier needs the class's manifest.json and
	// verifying.key, not its constraint system or proving key (gigabytes
	// for large classes), which are not read.
	LoadVerifyOnly
	// LoadShape keeps the verifying key and the witness shape from the
	// manifest, and reads neither the constraint system nor the proving key:
	// for a process whose proofs a worker process makes, which reads and
	// checks both itself (a node's setup child checks every file at each
	// start too). Keys whose manifest has no secret input count (made
	// before session 28) are loaded as with LoadNoProvingKey.
	LoadShape
)

// LoadClass loads class k from root, checking the manifest, the family name
// and the sha256 of every file, and keeps what mode says. Keys from an
// insecure setup log a loud warning.
func LoadClass(ctx context.Context, root string, fam Family, logSteps int, mode LoadMode, log zerolog.Logger) (_ *Keys, err error) {
	m, err := ReadManifest(root, logSteps)
	if err != nil {
		return nil, err
	}
	if fam != nil && m.Family != fam.Name() {
		return nil, fmt.Errorf("%w: class folder %s holds keys of circuit family %q, this build proves %q: %s", ErrKeysStale, ClassDir(root, logSteps), m.Family, fam.Name(),
			redoAdvice(ClassDir(root, logSteps), fam, logSteps, m.SetupKind))
	}
	defer func() { // a damaged file: how to make this class again
		if ce := (*ChecksumError)(nil); errors.As(err, &ce) && ce.Redo == "" {
			ce.Redo = redoAdvice(ClassDir(root, logSteps), fam, logSteps, m.SetupKind)
		}
	}()
	if m.GnarkVersion != gnark.Version.String() {
		log.Warn().Str("class", m.Class).Str("keys_gnark", m.GnarkVersion).Str("gnark", gnark.Version.String()).
			Msg("keys were made with another gnark version")
	}
	dir := ClassDir(root, logSteps)
	k := &Keys{Manifest: *m, Dir: dir}
	discard := func(r io.Reader) error { _, err := io.Copy(io.Discard, r); return err }
	// LoadShape with the shape in the manifest, and LoadVerifyOnly: the
	// system and proving key are not read
	skip := mode == LoadVerifyOnly
	if mode == LoadShape {
		if m.SecretInputs > 0 {
			skip = true
			k.Shape = &Shape{Public: m.PublicInputs, Secret: m.SecretInputs}
		} else {
			mode = LoadNoProvingKey
		}
	}

	readCS := discard
	if mode != LoadVerifyOnly {
		readCS = func(r io.Reader) error {
			k.CS = groth16.NewCS(ecc.BN254)
			if _, err := k.CS.ReadFrom(r); err != nil {
				return err
			}
			k.Shape = &Shape{Public: k.CS.GetNbPublicVariables() - 1, Secret: k.CS.GetNbSecretVariables()}
			return nil
		}
	}
	if !skip {
		if err := readChecked(filepath.Join(dir, FileCircuit), m.Files[FileCircuit], readCS); err != nil {
			return nil, fmt.Errorf("loading constraint system: %w", err)
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	readPK := discard
	if mode == LoadAll {
		readPK = func(r io.Reader) error {
			k.PK = groth16.NewProvingKey(ecc.BN254)
			_, err := k.PK.UnsafeReadFrom(r)
			return err
		}
	}
	if !skip {
		if err := readChecked(filepath.Join(dir, FilePK), m.Files[FilePK], readPK); err != nil {
			return nil, fmt.Errorf("loading proving key: %w", err)
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := readChecked(filepath.Join(dir, FileVK), m.Files[FileVK], func(r io.Reader) error {
		k.VK = groth16.NewVerifyingKey(ecc.BN254)
		_, err := k.VK.UnsafeReadFrom(r)
		return err
	}); err != nil {
		return nil, fmt.Errorf("loading verifying key: %w", err)
	}
	if mode != LoadVerifyOnly { // a verifier in Go needs no Solidity
		if err := checkVerifier(dir, m, k.VK); err != nil {
			return nil, fmt.Errorf("checking Solidity verifier: %w", err)
		}
	}
	if k.CS != nil {
		if got := k.CS.GetNbConstraints(); got != m.Constraints {
			return nil, fmt.Errorf("%w: %s: %d constraints, the manifest says %d", ErrKeysStale, filepath.Join(dir, FileCircuit), got, m.Constraints)
		}
		// LoadShape trusts these counts without reading the system
		if k.Shape.Public != m.PublicInputs || (m.SecretInputs != 0 && k.Shape.Secret != m.SecretInputs) {
			return nil, fmt.Errorf("%w: %s: %d public and %d secret inputs, the manifest says %d and %d",
				ErrKeysStale, filepath.Join(dir, FileCircuit), k.Shape.Public, k.Shape.Secret, m.PublicInputs, m.SecretInputs)
		}
	}
	if m.SetupKind == SetupInsecure {
		log.Warn().Str("class", m.Class).Str("dir", dir).Str("setup_kind", m.SetupKind).
			Msg("INSECURE DEVELOPMENT KEYS: made by a single party (a Groth16 setup); whoever ran the setup can forge proofs. Never use them to secure value; production keys come from a multi-party ceremony (zkprover ceremony, docs/ceremony.md)")
	} else if m.Ceremony != nil {
		log.Info().Str("class", m.Class).Str("setup_kind", m.SetupKind).Str("transcript_sha256", m.Ceremony.TranscriptSHA256).
			Int("contributions", len(m.Ceremony.Contributions)).Msg("ceremony keys")
	}
	return k, nil
}

// stageWhat says what each setup stage does, for progress lines.
var stageWhat = map[Stage]string{
	StageCompile: "compiling the circuit",
	StageSetup:   "Groth16 setup",
	StageWrite:   "writing the keys",
	StageExport:  "exporting the Solidity verifier",
}

// String is the report as one line for people, e.g. "class 2^10 keys: 2/4
// Groth16 setup, 1m02s elapsed, about 1m30s left (264,644 constraints)".
func (r SetupReport) String() string {
	if r.Done {
		parts := make([]string, 0, len(r.Stages))
		for i, d := range r.Stages {
			if i < len(SetupStages) {
				parts = append(parts, fmt.Sprintf("%s %s", SetupStages[i], RoundDuration(d)))
			}
		}
		return fmt.Sprintf("class %s keys: done in %s (%s)", ClassLabel(r.Class), RoundDuration(r.Elapsed), strings.Join(parts, ", "))
	}
	left := "past the estimate of " + RoundDuration(r.Estimate).String()
	if d, ok := r.Remaining(); ok {
		left = "about " + RoundDuration(d).String() + " left"
	}
	size := "about " + groupDigits(r.Constraints) + " constraints"
	if r.Counted {
		size = groupDigits(r.Constraints) + " constraints"
	}
	return fmt.Sprintf("class %s keys: %d/%d %s, %s elapsed, %s (%s)", ClassLabel(r.Class), r.StageIndex, len(SetupStages),
		stageWhat[r.Stage], RoundDuration(r.Elapsed), left, size)
}

// RoundDuration rounds d for people: to 0.1 s under 10 s, to the second
// under an hour, to the minute beyond.
func RoundDuration(d time.Duration) time.Duration {
	switch {
	case d < 10*time.Second:
		return d.Round(100 * time.Millisecond)
	case d < time.Hour:
		return d.Round(time.Second)
	default:
		return d.Round(time.Minute)
	}
}

// groupDigits writes n with thousands separators (1,234,567).
func groupDigits(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}
