package prover

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/circuits"
)

// TestSetupReports: a setup reports every stage in order with a growing
// elapsed time, the compiled circuit's exact constraint count from the setup
// stage on, an estimate, and a last report marked done with one duration per
// stage.
func TestSetupReports(t *testing.T) {
	root := t.TempDir()
	var reports []SetupReport
	if _, err := SetupClass(context.Background(), root, toyFamily{}, 5, func(r SetupReport) { reports = append(reports, r) }, zerolog.Nop()); err != nil {
		t.Fatal(err)
	}
	m, err := ReadManifest(root, 5)
	if err != nil {
		t.Fatal(err)
	}
	var starts []Stage
	var last time.Duration
	for i, r := range reports {
		if r.Class != 5 || r.Estimate <= 0 {
			t.Fatalf("report %d: %+v", i, r)
		}
		if r.Elapsed < last {
			t.Fatalf("report %d: elapsed went back from %s to %s", i, last, r.Elapsed)
		}
		last = r.Elapsed
		if r.Stage != StageCompile && (!r.Counted || r.Constraints != m.Constraints) {
			t.Fatalf("report %d (%s): constraints %d counted %v, the circuit has %d", i, r.Stage, r.Constraints, r.Counted, m.Constraints)
		}
		if r.InStage < 0 || r.InStage > r.Elapsed {
			t.Fatalf("report %d: %s in the stage, %s in all", i, r.InStage, r.Elapsed)
		}
		if len(starts) == 0 || starts[len(starts)-1] != r.Stage {
			starts = append(starts, r.Stage)
			if SetupStages[r.StageIndex-1] != r.Stage {
				t.Fatalf("report %d: stage %s at index %d", i, r.Stage, r.StageIndex)
			}
		}
	}
	if len(starts) != len(SetupStages) {
		t.Fatalf("stages reported %v, want %v", starts, SetupStages)
	}
	for i := range starts {
		if starts[i] != SetupStages[i] {
			t.Fatalf("stages reported %v, want %v", starts, SetupStages)
		}
	}
	end := reports[len(reports)-1]
	if !end.Done || len(end.Stages) != len(SetupStages) {
		t.Fatalf("last report %+v: want done with %d stage durations", end, len(SetupStages))
	}
	if _, ok := end.Remaining(); ok {
		t.Fatal("a finished setup has time remaining")
	}
	for i, r := range reports[:len(reports)-1] {
		if r.Done {
			t.Fatalf("report %d of %d is marked done", i, len(reports))
		}
	}
}

// TestSetupEstimate: without a measured setup the estimate uses the fallback
// figures; with measured classes in the folder it scales their speed and
// size to the class asked for.
func TestSetupEstimate(t *testing.T) {
	root := t.TempDir()
	fam := DefaultFamily()
	n, d := SetupEstimate(root, fam, 10, 0)
	if n != fallbackConstraintsPerStep*fam.Steps(10)+fallbackConstraintsFixed || d <= 0 {
		t.Fatalf("fallback estimate %d constraints, %s", n, d)
	}
	// Two measured classes: 100,000 constraints in 20 s and 300,000 in 60 s
	// (5,000 constraints/s), at 2^8 and 2^10 steps.
	writeManifest := func(k, constraints int, secs float64) {
		writeMeasuredManifest(t, root, fam, k, constraints, secs)
	}
	writeManifest(8, 100_000, 20)
	if _, d := SetupEstimate(root, fam, 8, 200_000); d != 40*time.Second {
		t.Fatalf("one measured class: 200,000 constraints estimated at %s, want 40s", d)
	}
	writeManifest(10, 300_000, 60)
	n, d = SetupEstimate(root, fam, 12, 0)
	// the line through (256, 100k) and (1024, 300k) at 4096 steps
	wantN := 100_000 + (300_000-100_000)*(4096-256)/(1024-256)
	if n != wantN || d != time.Duration(float64(wantN)/5000*float64(time.Second)) {
		t.Fatalf("two measured classes: class 12 estimated at %d constraints in %s, want %d", n, d, wantN)
	}
	// A hash class of the size of a base class is no point of the base
	// classes' line (it has more rows), only of the time per constraint; a
	// hash class is estimated from hash classes of its kind.
	writeManifest(circuits.HashSha256|10, 1_000_000, 200)
	if n, d := SetupEstimate(root, fam, 12, 0); n != wantN || d != time.Duration(float64(wantN)/5000*float64(time.Second)) {
		t.Fatalf("with a hash class: class 12 estimated at %d constraints in %s, want %d in %s", n, d, wantN, time.Duration(float64(wantN)/5000*float64(time.Second)))
	}
	if n, _ := SetupEstimate(root, fam, circuits.HashSha256|11, 0); n != fallbackConstraintsFixed+(1_000_000-fallbackConstraintsFixed)*2 {
		t.Fatalf("class 2^11 sha256 estimated at %d constraints, want the one measured SHA-256 class scaled", n)
	}
	// another family's classes are not measurements of this one
	if n, _ := SetupEstimate(root, toyFamily{}, 8, 0); n != fallbackConstraintsPerStep*256+fallbackConstraintsFixed {
		t.Fatalf("toy family estimated from the RV32IM classes: %d", n)
	}
}

// stepless is a family whose circuit size follows no step count (as the
// long runs' aggregation and final circuits), with its own size estimate.
type stepless struct{ toyFamily }

func (stepless) Name() string                { return "stepless" }
func (stepless) Steps(int) int               { return 0 }
func (stepless) EstimateConstraints(int) int { return 4_000_000 }

// TestSetupEstimateStepless: a family without steps is estimated at its own
// size, then at its measured size (not scaled by steps: 0/0), with the
// measured speed.
func TestSetupEstimateStepless(t *testing.T) {
	root := t.TempDir()
	if n, d := SetupEstimate(root, stepless{}, 14, 0); n != 4_000_000 || d != time.Duration(4e6*fallbackSecondsPerConstr*float64(time.Second)) {
		t.Fatalf("before any setup: %d constraints in %s", n, d)
	}
	writeMeasuredManifest(t, root, stepless{}, 14, 5_000_000, 250)
	if n, d := SetupEstimate(root, stepless{}, 14, 0); n != 5_000_000 || d != 250*time.Second {
		t.Fatalf("after one setup: %d constraints in %s, want 5,000,000 in 250s", n, d)
	}
}

// TestSetupEstimateSegments: the segment family, before any of its setups,
// is estimated at its own size per step (within 10% of the measured 2^5 and
// 2^14 classes), not at the whole-run circuit's.
func TestSetupEstimateSegments(t *testing.T) {
	root := t.TempDir()
	for _, c := range []struct{ k, measured int }{{5, 219_326}, {14, 4_009_781}} {
		n, d := SetupEstimate(root, RV32IMSegments{}, c.k, 0)
		if d <= 0 || n < c.measured*9/10 || n > c.measured*11/10 {
			t.Errorf("segment class 2^%d estimated at %d constraints (%s), measured %d", c.k, n, d, c.measured)
		}
	}
	writeMeasuredManifest(t, root, RV32IMSegments{}, 5, 219_326, 8)
	if n, _ := SetupEstimate(root, RV32IMSegments{}, 5, 0); n != 219_326 {
		t.Errorf("after a setup of 2^5: %d constraints, want the measured 219,326", n)
	}
	// 2^14 from the one measured 2^5: the family's estimate, corrected by
	// that measurement, not 2^5 scaled by steps (about 100M)
	if n, _ := SetupEstimate(root, RV32IMSegments{}, 14, 0); n < 4_009_781*9/10 || n > 4_009_781*11/10 {
		t.Errorf("2^14 after a setup of 2^5: %d constraints, measured 4,009,781", n)
	}
}

// writeMeasuredManifest writes the manifest of a class k of fam measured at
// constraints and a setup of secs seconds (no key files).
func writeMeasuredManifest(t *testing.T, root string, fam Family, k, constraints int, secs float64) {
	t.Helper()
	dir := ClassDir(root, k)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	m := Manifest{Version: ManifestVersion, Family: fam.Name(), Class: ClassName(k), LogSteps: ClassLogSteps(k),
		Hash: circuits.HashName(classHash(k)), Steps: fam.Steps(k),
		Constraints: constraints, Curve: "bn254", Backend: "groth16", SetupSeconds: secs, Files: map[string]string{}}
	for _, f := range classFiles {
		m.Files[f] = "0000000000000000000000000000000000000000000000000000000000000000"
	}
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, FileManifest), b, 0o644); err != nil {
		t.Fatal(err)
	}
}
