package main

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestGPUScriptsStopCleanly: every scripts/gpu step checks its prerequisites
// before doing anything: without them (an empty GPU_DIR, no CUDA toolkit, no
// GPU) it lists what is missing and exits 3, having made nothing; bad
// arguments exit 2.
func TestGPUScriptsStopCleanly(t *testing.T) {
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("no bash")
	}
	scripts := filepath.Join("..", "..", "scripts", "gpu")
	for _, c := range []struct {
		args []string
		code int
		want string // in stderr
	}{
		{[]string{"build-icicle.sh"}, 3, "ICICLE sources in"},
		{[]string{"build-icicle.sh", "--bogus"}, 2, "usage"},
		{[]string{"build-icicle-here.sh", "--cuda"}, 3, "nvcc in"},
		{[]string{"build-icicle-here.sh", "--bogus"}, 2, "usage"},
		{[]string{"link.sh"}, 3, "ICICLE libraries"},
		{[]string{"run.sh", "12:setup:2", "14:dummy:1:segment"}, 3, "gpubench (build it with"},
		{[]string{"run.sh", "14:dummy:1:nosuch"}, 2, "bad class spec"},
		{[]string{"longrun.sh", "7", "5"}, 3, "zkprover (build it here"},
		{[]string{"longrun.sh", "x"}, 2, "usage"},
		{[]string{"build-and-run.sh", "12:setup:2"}, 3, "gpubench (scripts/gpu/build-icicle-here.sh"},
		{[]string{"pack-nvcc.sh"}, 3, "a CUDA toolkit in"},
		{[]string{"stage.sh"}, 3, "go"},
	} {
		if c.args[0] == "stage.sh" && (exists("/usr/bin/go") || exists("/bin/go")) {
			continue // go on the test's PATH: stage.sh would stage for real
		}
		dir := t.TempDir()
		cmd := exec.Command("bash", append([]string{filepath.Join(scripts, c.args[0])}, c.args[1:]...)...)
		cmd.Env = append(os.Environ(), "GPU_DIR="+dir, "OUT="+filepath.Join(dir, "out"), "CUDA_HOME="+filepath.Join(dir, "no-cuda"),
			"PATH=/usr/bin:/bin", "LONGRUN=7 5")
		var stderr strings.Builder
		cmd.Stderr = &stderr
		err := cmd.Run()
		var ee *exec.ExitError
		code := 0
		if errors.As(err, &ee) {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatalf("%v: %v", c.args, err)
		}
		if code != c.code || !strings.Contains(stderr.String(), c.want) {
			t.Errorf("%v: exit %d, want %d with %q; stderr:\n%s", c.args, code, c.code, c.want, stderr.String())
		}
		// Nothing made but the (empty) output folder.
		_ = filepath.Walk(dir, func(p string, info os.FileInfo, _ error) error {
			if info != nil && !info.IsDir() {
				t.Errorf("%v left %s", c.args, p)
			}
			return nil
		})
	}
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// TestPrebuiltLibraries: the committed ICICLE libraries
// (scripts/gpu/prebuilt, used by scripts/gpu/stage.sh when no cache has
// them) are those of the icicle-gnark version go.mod pins, the archive is
// the one its manifest's sha256 names, and it holds the four frontends and
// bn254's CUDA backend.
func TestPrebuiltLibraries(t *testing.T) {
	dir := filepath.Join("..", "..", "scripts", "gpu", "prebuilt")
	manifest, err := os.ReadFile(filepath.Join(dir, "icicle-lib.txt"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(manifest), "\n")
	gomod, err := os.ReadFile(filepath.Join("..", "..", "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	const module = "github.com/ingonyama-zk/icicle-gnark/v3"
	pinned := ""
	for _, l := range strings.Split(string(gomod), "\n") {
		if f := strings.Fields(l); len(f) >= 2 && f[0] == module {
			pinned = f[1]
		}
	}
	if pinned == "" {
		t.Fatalf("go.mod does not require %s", module)
	}
	if want := "module " + module + " " + pinned; len(lines) < 3 || lines[0] != want {
		t.Fatalf("icicle-lib.txt names %q, go.mod pins %q: rebuild with scripts/gpu/stage.sh", lines[0], want)
	}
	f := strings.Fields(strings.TrimPrefix(lines[2], "sha256 "))
	if !strings.HasPrefix(lines[2], "sha256 ") || len(f) != 2 || f[1] != "icicle-lib.tar.xz" {
		t.Fatalf("icicle-lib.txt line 3 %q: want \"sha256 <hex>  icicle-lib.tar.xz\"", lines[2])
	}
	archive, err := os.ReadFile(filepath.Join(dir, "icicle-lib.tar.xz"))
	if err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprintf("%x", sha256.Sum256(archive)); got != f[0] {
		t.Fatalf("icicle-lib.tar.xz has sha256 %s, the manifest says %s", got, f[0])
	}
	if _, err := exec.LookPath("xz"); err != nil {
		t.Skip("no xz to list the archive")
	}
	out, err := exec.Command("tar", "-tJf", filepath.Join(dir, "icicle-lib.tar.xz")).Output()
	if err != nil {
		t.Fatalf("listing the archive: %v", err)
	}
	want := []string{"lib/backend/bn254/cuda/libicicle_backend_cuda_curve_bn254.so",
		"lib/backend/bn254/cuda/libicicle_backend_cuda_field_bn254.so", "lib/backend/cuda/libicicle_backend_cuda_device.so",
		"lib/libicicle_device.so"}
	for _, c := range []string{"bn254", "bls12_377", "bls12_381", "bw6_761"} {
		want = append(want, "lib/libicicle_curve_"+c+".so", "lib/libicicle_field_"+c+".so")
	}
	for _, w := range want {
		if !strings.Contains(string(out), w+"\n") {
			t.Errorf("the archive lacks %s", w)
		}
	}
}
