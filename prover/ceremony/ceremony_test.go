package ceremony_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/node"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/prover/ceremony"
)

// The tests run a whole ceremony for class 2^8 of testFamily: a phase 1 of
// 2^testPower powers of tau (more than the class's domain of 2^9, so the SRS
// is truncated as for a real class) with three participants, then phase 2
// with three participants, through the same functions as `zkprover
// ceremony`. It is made once per test binary.
const (
	testClass = 8
	testPower = 10
	parties   = 3
)

type transcript struct {
	dir      string
	p1       []string // phase-1 files: the initial one, then one per participant
	srs      string
	p2       []string // phase-2 files
	keys     string   // key store with the finalised class
	manifest *prover.Manifest
	hashes1  []string // contribution hashes each participant published
	hashes2  []string
	took     time.Duration
}

var (
	shared     transcript
	sharedOnce sync.Once
	sharedErr  error
)

var (
	beacon1 = beacon("phase 1 beacon, test")
	beacon2 = beacon("phase 2 beacon, test")
)

// ceremonyFiles returns the shared transcript, running the ceremony on first use.
func ceremonyFiles(t testing.TB) *transcript {
	t.Helper()
	sharedOnce.Do(func() { sharedErr = runCeremony(t, &shared, testFamily{}, testClass, testPower) })
	if sharedErr != nil {
		t.Fatalf("ceremony: %v", sharedErr)
	}
	return &shared
}

// runCeremony runs a ceremony for class logSteps of fam with a phase 1 of
// 2^power and three participants in each phase, into tr.
func runCeremony(t testing.TB, tr *transcript, fam prover.Family, logSteps, power int) error {
	start := time.Now()
	ctx, log := ctxT(t), zerolog.Nop()
	dir, err := os.MkdirTemp("", "zkprover-ceremony-test-")
	if err != nil {
		return err
	}
	tr.dir = dir
	name := func(f string, i int) string { return filepath.Join(dir, fmt.Sprintf(f, i)) }

	// Phase 1: the coordinator's initial file, then each participant in turn.
	init1, err := ceremony.InitPhase1(name("phase1-%02d.zkc", 0), power)
	if err != nil {
		return err
	}
	tr.p1 = []string{init1.Path}
	for i := 1; i <= parties; i++ {
		prev, next, err := ceremony.Contribute(ctx, tr.p1[i-1], name("phase1-%02d.zkc", i), log)
		if err != nil {
			return err
		}
		if i > 1 && prev.Hash != tr.hashes1[i-2] {
			return fmt.Errorf("participant %d contributed on %s, the previous participant published %s", i, prev.Hash, tr.hashes1[i-2])
		}
		tr.p1, tr.hashes1 = append(tr.p1, next.Path), append(tr.hashes1, next.Hash)
	}
	srs, err := ceremony.SealPhase1(ctx, tr.p1, beacon1, filepath.Join(dir, "srs.zkc"), nil)
	if err != nil {
		return err
	}
	tr.srs = srs.Path

	// Phase 2 for the class.
	init2, err := ceremony.InitPhase2(ctx, fam, logSteps, tr.srs, name("phase2-%02d.zkc", 0), log)
	if err != nil {
		return err
	}
	tr.p2 = []string{init2.Path}
	for i := 1; i <= parties; i++ {
		_, next, err := ceremony.Contribute(ctx, tr.p2[i-1], name("phase2-%02d.zkc", i), log)
		if err != nil {
			return err
		}
		tr.p2, tr.hashes2 = append(tr.p2, next.Path), append(tr.hashes2, next.Hash)
	}
	tr.keys = filepath.Join(dir, "keys")
	if tr.manifest, err = ceremony.Finalize(ctx, fam, tr.srs, tr.p2, beacon2, tr.keys, nil, log); err != nil {
		return err
	}
	tr.took = time.Since(start)
	return nil
}

func TestMain(m *testing.M) {
	code := m.Run()
	if shared.dir != "" {
		if err := os.RemoveAll(shared.dir); err != nil {
			fmt.Fprintln(os.Stderr, "removing the test ceremony:", err)
		}
	}
	os.Exit(code)
}

// all is every file of the transcript, in the order verify takes them.
func (tr *transcript) all() []string {
	return append(append(append([]string(nil), tr.p1...), tr.srs), tr.p2...)
}

// TestThreePartyCeremony: three participants in each phase give keys whose
// proofs verify in Go and on the EVM; the manifest records the ceremony and
// anyone re-derives the same record and keys from the files.
func TestThreePartyCeremony(t *testing.T) {
	tr := ceremonyFiles(t)
	t.Logf("three-party ceremony (phase 1 of 2^%d, phase 2 of %s class 2^%d) in %s", testPower, testFamily{}.Name(), testClass, tr.took.Round(time.Millisecond))
	m := tr.manifest
	if m.SetupKind != prover.SetupMPC || m.Ceremony == nil {
		t.Fatalf("setup kind %q, record %v", m.SetupKind, m.Ceremony)
	}
	r := m.Ceremony
	if fmt.Sprint(r.Phase1Contributions) != fmt.Sprint(tr.hashes1) || fmt.Sprint(r.Contributions) != fmt.Sprint(tr.hashes2) {
		t.Fatalf("the manifest records contributions %v / %v, the participants published %v / %v", r.Phase1Contributions, r.Contributions, tr.hashes1, tr.hashes2)
	}
	if r.Phase1Source != ceremony.SourceMPC || r.Phase1Power != testPower || len(r.TranscriptSHA256) != 64 {
		t.Fatalf("record %+v", r)
	}
	if err := ceremony.CheckRecord(m); err != nil {
		t.Fatal(err)
	}

	// Anyone with the files and the beacon re-derives the record and the
	// keys, and finds them in the key store.
	var steps []int
	res, err := ceremony.Verify(ctxT(t), tr.all(), ceremony.VerifyOptions{Family: testFamily{}, Beacon: beacon2, Keys: tr.keys,
		Report: func(s ceremony.Step) { steps = append(steps, s.Position) }})
	if err != nil {
		t.Fatal(err)
	}
	if len(steps) != len(tr.all()) || !res.SRSMatchesPhase1 || res.Record.TranscriptSHA256 != r.TranscriptSHA256 || res.Matched == "" {
		t.Fatalf("verify: steps %v, srs from phase 1 %v, transcript %s (manifest %s), matched %q", steps, res.SRSMatchesPhase1, res.Record.TranscriptSHA256, r.TranscriptSHA256, res.Matched)
	}
	// Another beacon gives other keys: the key store does not hold them.
	if _, err := ceremony.Verify(ctxT(t), tr.p2, ceremony.VerifyOptions{Family: testFamily{}, SRS: tr.srs, Beacon: beacon("another beacon"), Keys: tr.keys}); err == nil {
		t.Fatal("keys sealed with another beacon match the key store")
	}

	// The node's prover loads the keys (checking the circuit) and proves;
	// the proof verifies in Go and on the EVM.
	p, err := prover.Open(ctxT(t), tr.keys, prover.WithFamily(testFamily{}), prover.WithClasses(testClass), prover.WithCircuitCheck(true))
	if err != nil {
		t.Fatal(err)
	}
	prog, in := fibonacci(t)
	proof, err := p.Prove(ctxT(t), prog, in, executor.Config{})
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Verify(proof); err != nil {
		t.Fatal(err)
	}
	// What `zkprover verify` does: verifying keys only.
	v, err := prover.Open(ctxT(t), tr.keys, prover.WithFamily(testFamily{}), prover.WithVerifyOnly())
	if err != nil {
		t.Fatal(err)
	}
	if err := v.Verify(proof); err != nil {
		t.Fatalf("verify-only load: %v", err)
	}
	checkOnEVM(t, prover.ClassDir(tr.keys, testClass), proof)
}

// TestCeremonyKeysInterchangeableInNode: the node (node.OpenGnark, what
// `zkprover serve` calls) runs on the ceremony's keys as on development keys
// of the same circuit: same circuit file, different keys, each proof valid
// under its own keys only; the loud warning only for the development keys.
func TestCeremonyKeysInterchangeableInNode(t *testing.T) {
	tr := ceremonyFiles(t)
	devRoot := t.TempDir()
	if _, err := prover.SetupClass(ctxT(t), devRoot, testFamily{}, testClass, nil, zerolog.Nop()); err != nil {
		t.Fatal(err)
	}
	prog, in := fibonacci(t)
	type loaded struct {
		p     *prover.Prover
		proof *prover.Proof
		logs  string
		m     *prover.Manifest
	}
	open := func(root string) loaded {
		var logs bytes.Buffer
		jp, err := node.OpenGnark(root, testClass, zerolog.New(&logs), prover.WithFamily(testFamily{}))(ctxT(t))
		if err != nil {
			t.Fatalf("node prover on %s: %v", root, err)
		}
		p, ok := jp.(*prover.Prover)
		if !ok {
			t.Fatalf("node prover is a %T", jp)
		}
		proof, err := p.Prove(ctxT(t), prog, in, executor.Config{})
		if err != nil {
			t.Fatal(err)
		}
		m, err := prover.ReadManifest(root, testClass)
		if err != nil {
			t.Fatal(err)
		}
		return loaded{p, proof, logs.String(), m}
	}
	dev, mpc := open(devRoot), open(tr.keys)

	if dev.m.Files[prover.FileCircuit] != mpc.m.Files[prover.FileCircuit] {
		t.Fatal("the development and ceremony keys are for different circuit files")
	}
	if dev.m.Files[prover.FileVK] == mpc.m.Files[prover.FileVK] {
		t.Fatal("the development and ceremony verifying keys are the same")
	}
	for _, c := range []struct {
		name   string
		p      *prover.Prover
		proof  *prover.Proof
		wantOK bool
	}{
		{"dev proof, dev keys", dev.p, dev.proof, true},
		{"ceremony proof, ceremony keys", mpc.p, mpc.proof, true},
		{"dev proof, ceremony keys", mpc.p, dev.proof, false},
		{"ceremony proof, dev keys", dev.p, mpc.proof, false},
	} {
		err := c.p.Verify(c.proof)
		if c.wantOK && err != nil {
			t.Errorf("%s: %v", c.name, err)
		}
		if !c.wantOK && !errors.Is(err, prover.ErrInvalidProof) {
			t.Errorf("%s: %v, want %v", c.name, err, prover.ErrInvalidProof)
		}
	}
	if fmt.Sprint(dev.proof.PublicInputs) != fmt.Sprint(mpc.proof.PublicInputs) {
		t.Fatal("the same run proves different statements")
	}
	if !bytes.Contains([]byte(dev.logs), []byte("INSECURE DEVELOPMENT KEYS")) {
		t.Errorf("no warning for development keys in %s", dev.logs)
	}
	if bytes.Contains([]byte(mpc.logs), []byte("INSECURE")) || !bytes.Contains([]byte(mpc.logs), []byte(mpc.m.Ceremony.TranscriptSHA256)) {
		t.Errorf("ceremony keys' logs: %s", mpc.logs)
	}
}

// badCase is a transcript with one bad file: verify and finalize refuse it,
// naming the file's position and the reason.
type badCase struct {
	name  string
	files func(t *testing.T, dir string) []string // the list to check; files edited in dir
	pos   int                                     // 1-based position of the first bad file
	want  []error                                 // the reason is one of these
}

func checkRefused(t *testing.T, err error, pos int, want []error) {
	t.Helper()
	var fe *ceremony.FileError
	if !errors.As(err, &fe) {
		t.Fatalf("error %v, want a FileError at position %d", err, pos)
	}
	if fe.Position != pos {
		t.Fatalf("error at position %d (%v), want position %d", fe.Position, err, pos)
	}
	for _, w := range want {
		if errors.Is(err, w) {
			t.Logf("refused: %v", err)
			return
		}
	}
	t.Fatalf("error %v, want one of %v", err, want)
}

// TestTamperedPhase2 checks that a tampered, truncated, reordered,
// duplicated or foreign contribution is refused by verify and by finalize,
// at its position and for its reason, and that finalize then writes nothing.
func TestTamperedPhase2(t *testing.T) {
	tr := ceremonyFiles(t)
	copyAll := func(dir string) []string {
		var out []string
		for _, p := range tr.p2 {
			out = append(out, cp(t, p, dir))
		}
		return out
	}
	cases := []badCase{
		{"point changed (a re-encoded valid point)", func(t *testing.T, dir string) []string {
			files := copyAll(dir)
			rewriteBody(t, files[2], new(mpcsetup.Phase2), func(p *mpcsetup.Phase2) {
				p.Parameters.G1.PKK[0].Double(&p.Parameters.G1.PKK[0])
			})
			return files
		}, 3, []error{ceremony.ErrInvalid}},
		{"delta changed consistently in G1 and G2 without a proof", func(t *testing.T, dir string) []string {
			files := copyAll(dir)
			rewriteBody(t, files[3], new(mpcsetup.Phase2), func(p *mpcsetup.Phase2) {
				p.Parameters.G1.Delta.Double(&p.Parameters.G1.Delta)
				p.Parameters.G2.Delta.Double(&p.Parameters.G2.Delta)
			})
			return files
		}, 4, []error{ceremony.ErrInvalid}},
		{"byte flipped in the body", func(t *testing.T, dir string) []string {
			files := copyAll(dir)
			hdr, body := splitFile(t, files[1])
			body[len(body)/2] ^= 0x40
			joinFile(t, files[1], hdr, body)
			return files
		}, 2, []error{ceremony.ErrInvalid, ceremony.ErrMalformed}},
		{"truncated", func(t *testing.T, dir string) []string {
			files := copyAll(dir)
			b, err := os.ReadFile(files[2])
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(files[2], b[:len(b)-100], 0o644); err != nil {
				t.Fatal(err)
			}
			return files
		}, 3, []error{ceremony.ErrTruncated}},
		{"truncated in the header", func(t *testing.T, dir string) []string {
			files := copyAll(dir)
			if err := os.Truncate(files[3], 20); err != nil {
				t.Fatal(err)
			}
			return files
		}, 4, []error{ceremony.ErrTruncated}},
		{"reordered", func(t *testing.T, dir string) []string {
			f := copyAll(dir)
			return []string{f[0], f[2], f[1], f[3]}
		}, 2, []error{ceremony.ErrOrder}},
		{"reordered, headers renumbered", func(t *testing.T, dir string) []string {
			f := copyAll(dir)
			for i, idx := range map[int]float64{1: 2, 2: 1} {
				hdr, body := splitFile(t, f[i])
				hdr["index"] = idx
				joinFile(t, f[i], hdr, body)
			}
			return []string{f[0], f[2], f[1], f[3]}
		}, 2, []error{ceremony.ErrInvalid}},
		{"a contribution twice", func(t *testing.T, dir string) []string {
			f := copyAll(dir)
			return []string{f[0], f[1], f[1], f[2]}
		}, 3, []error{ceremony.ErrOrder}},
		{"contribution left out", func(t *testing.T, dir string) []string {
			f := copyAll(dir)
			return []string{f[0], f[1], f[3]}
		}, 3, []error{ceremony.ErrOrder}},
		{"a contribution for another circuit", func(t *testing.T, dir string) []string {
			f := copyAll(dir)
			other := otherClassContribution(t, tr, dir)
			return []string{f[0], f[1], other, f[3]}
		}, 3, []error{ceremony.ErrOtherCircuit}},
		{"a contribution for another circuit, header rewritten", func(t *testing.T, dir string) []string {
			f := copyAll(dir)
			other := otherClassContribution(t, tr, dir)
			want, _ := splitFile(t, f[2])
			_, body := splitFile(t, other)
			joinFile(t, other, want, body)
			return []string{f[0], f[1], other, f[3]}
		}, 3, []error{ceremony.ErrTruncated, ceremony.ErrMalformed, ceremony.ErrOtherCircuit}},
		{"initial file of another circuit", func(t *testing.T, dir string) []string {
			f := copyAll(dir)
			hdr, body := splitFile(t, f[0])
			hdr["class"] = float64(testClass + 1)
			joinFile(t, f[0], hdr, body)
			return f
		}, 1, []error{ceremony.ErrOtherCircuit}},
		{"initial file edited", func(t *testing.T, dir string) []string {
			f := copyAll(dir)
			rewriteBody(t, f[0], new(mpcsetup.Phase2), func(p *mpcsetup.Phase2) {
				p.Parameters.G1.Z[1].Double(&p.Parameters.G1.Z[1])
			})
			return f
		}, 1, []error{ceremony.ErrInvalid}},
		{"a phase-1 file among phase-2 files", func(t *testing.T, dir string) []string {
			f := copyAll(dir)
			return []string{f[0], f[1], cp(t, tr.p1[2], dir), f[3]}
		}, 3, []error{ceremony.ErrKind}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			files := c.files(t, dir)
			_, err := ceremony.Verify(ctxT(t), files, ceremony.VerifyOptions{Family: testFamily{}, SRS: tr.srs})
			checkRefused(t, err, c.pos, c.want)
			keys := filepath.Join(dir, "keys")
			_, err = ceremony.Finalize(ctxT(t), testFamily{}, tr.srs, files, beacon2, keys, nil, zerolog.Nop())
			checkRefused(t, err, c.pos, c.want)
			if _, err := os.Stat(prover.ClassDir(keys, testClass)); !errors.Is(err, os.ErrNotExist) {
				t.Fatalf("finalize wrote keys from a bad transcript (%v)", err)
			}
		})
	}
}

// otherClassContribution makes, in dir, a first contribution to the phase 2
// of class testClass+1 from the same SRS.
func otherClassContribution(t *testing.T, tr *transcript, dir string) string {
	t.Helper()
	init, err := ceremony.InitPhase2(ctxT(t), testFamily{}, testClass+1, tr.srs, filepath.Join(dir, "other-00.zkc"), zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	_, next, err := ceremony.Contribute(ctxT(t), init.Path, filepath.Join(dir, "other-01.zkc"), zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	return next.Path
}

// TestTamperedPhase1 checks phase-1 files and the SRS the same way.
func TestTamperedPhase1(t *testing.T) {
	tr := ceremonyFiles(t)
	copyAll := func(dir string) []string {
		var out []string
		for _, p := range tr.p1 {
			out = append(out, cp(t, p, dir))
		}
		return out
	}
	cases := []badCase{
		{"a power changed (a re-encoded valid point)", func(t *testing.T, dir string) []string {
			f := copyAll(dir)
			// The body is three update proofs (3·96 bytes), the SRS, the
			// challenge: change [τ¹⁰⁰]₁ in the SRS part.
			hdr, body := splitFile(t, f[2])
			var srs mpcsetup.SrsCommons
			n, err := srs.ReadFrom(bytes.NewReader(body[3*96:]))
			if err != nil {
				t.Fatal(err)
			}
			srs.G1.Tau[100].Double(&srs.G1.Tau[100])
			var nb bytes.Buffer
			if _, err := srs.WriteTo(&nb); err != nil {
				t.Fatal(err)
			}
			body = append(append(append([]byte(nil), body[:3*96]...), nb.Bytes()...), body[3*96+int(n):]...)
			joinFile(t, f[2], hdr, body)
			return f
		}, 3, []error{ceremony.ErrInvalid}},
		{"truncated", func(t *testing.T, dir string) []string {
			f := copyAll(dir)
			b, err := os.ReadFile(f[1])
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(f[1], b[:len(b)-1], 0o644); err != nil {
				t.Fatal(err)
			}
			return f
		}, 2, []error{ceremony.ErrTruncated}},
		{"reordered", func(t *testing.T, dir string) []string {
			f := copyAll(dir)
			return []string{f[0], f[1], f[3], f[2]}
		}, 3, []error{ceremony.ErrOrder}},
		{"reordered, headers renumbered", func(t *testing.T, dir string) []string {
			f := copyAll(dir)
			for i, idx := range map[int]float64{2: 3, 3: 2} {
				hdr, body := splitFile(t, f[i])
				hdr["index"] = idx
				joinFile(t, f[i], hdr, body)
			}
			return []string{f[0], f[1], f[3], f[2]}
		}, 3, []error{ceremony.ErrInvalid}},
		{"a phase 1 of another size", func(t *testing.T, dir string) []string {
			f := copyAll(dir)
			other, err := ceremony.InitPhase1(filepath.Join(dir, "small-00.zkc"), testPower-1)
			if err != nil {
				t.Fatal(err)
			}
			_, next, err := ceremony.Contribute(ctxT(t), other.Path, filepath.Join(dir, "small-01.zkc"), zerolog.Nop())
			if err != nil {
				t.Fatal(err)
			}
			return []string{f[0], next.Path, f[2]}
		}, 2, []error{ceremony.ErrOtherCircuit}},
		{"not starting at the initial file", func(t *testing.T, dir string) []string {
			f := copyAll(dir)
			return f[1:]
		}, 1, []error{ceremony.ErrOrder}},
		{"srs sealed with another beacon", func(t *testing.T, dir string) []string {
			f := copyAll(dir)
			srs, err := ceremony.SealPhase1(ctxT(t), f, beacon("a beacon chosen later"), filepath.Join(dir, "srs-other.zkc"), nil)
			if err != nil {
				t.Fatal(err)
			}
			hdr, body := splitFile(t, srs.Path)
			want, _ := splitFile(t, tr.srs)
			hdr["origin"] = want["origin"] // claims the published beacon
			joinFile(t, srs.Path, hdr, body)
			return append(f, srs.Path)
		}, 5, []error{ceremony.ErrInvalid}},
		{"srs of another phase 1", func(t *testing.T, dir string) []string {
			f := copyAll(dir)
			return append(f[:3], cp(t, tr.srs, dir))
		}, 4, []error{ceremony.ErrOtherCircuit}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			files := c.files(t, dir)
			_, err := ceremony.Verify(ctxT(t), files, ceremony.VerifyOptions{Family: testFamily{}})
			checkRefused(t, err, c.pos, c.want)
			if last := files[len(files)-1]; filepath.Base(last) != "srs-other.zkc" && filepath.Base(last) != "srs.zkc" {
				_, err = ceremony.SealPhase1(ctxT(t), files, beacon1, filepath.Join(dir, "srs-new.zkc"), nil)
				checkRefused(t, err, c.pos, c.want)
				if _, err := os.Stat(filepath.Join(dir, "srs-new.zkc")); !errors.Is(err, os.ErrNotExist) {
					t.Fatal("srs written from a bad phase 1")
				}
			}
		})
	}
}

// TestNoContribution: a phase without participants is refused (its keys
// would be known to anyone who reads the beacon).
func TestNoContribution(t *testing.T) {
	tr := ceremonyFiles(t)
	dir := t.TempDir()
	if _, err := ceremony.SealPhase1(ctxT(t), tr.p1[:1], beacon1, filepath.Join(dir, "srs.zkc"), nil); !errors.Is(err, ceremony.ErrNoContribution) {
		t.Fatalf("seal of an empty phase 1: %v", err)
	}
	if _, err := ceremony.Finalize(ctxT(t), testFamily{}, tr.srs, tr.p2[:1], beacon2, filepath.Join(dir, "keys"), nil, zerolog.Nop()); !errors.Is(err, ceremony.ErrNoContribution) {
		t.Fatalf("finalize of an empty phase 2: %v", err)
	}
	if _, err := ceremony.Finalize(ctxT(t), testFamily{}, tr.srs, tr.p2, []byte("short"), filepath.Join(dir, "keys"), nil, zerolog.Nop()); err == nil {
		t.Fatal("finalize with a 5-byte beacon")
	}
}

// TestManifestRecordChecked: a ceremony manifest whose record was edited
// fails CheckRecord; one without a record fails to load.
func TestManifestRecordChecked(t *testing.T) {
	tr := ceremonyFiles(t)
	m := *tr.manifest
	r := *m.Ceremony
	m.Ceremony = &r
	r.Contributions = append([]string{r.Contributions[1]}, r.Contributions[1:]...)
	if err := ceremony.CheckRecord(&m); err == nil {
		t.Fatal("an edited record passes")
	}
	// A class folder whose manifest says mpc without a record does not load.
	root := t.TempDir()
	dir := prover.ClassDir(root, testClass)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{prover.FileCircuit, prover.FilePK, prover.FileVK, prover.FileVerifier, prover.FileManifest} {
		cp(t, filepath.Join(prover.ClassDir(tr.keys, testClass), f), dir)
	}
	mb, err := os.ReadFile(filepath.Join(dir, prover.FileManifest))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := prover.ReadManifest(root, testClass); err != nil {
		t.Fatalf("the copied class: %v", err)
	}
	i := bytes.Index(mb, []byte(`"ceremony"`))
	if i < 0 {
		t.Fatal("no ceremony record in the manifest")
	}
	stripped := append(bytes.TrimRight(mb[:i], " \n\t,"), []byte("\n}\n")...)
	if err := os.WriteFile(filepath.Join(dir, prover.FileManifest), stripped, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := prover.ReadManifest(root, testClass); err == nil {
		t.Fatal("mpc keys without their record load")
	}
}
