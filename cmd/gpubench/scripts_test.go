package main

import (
	"errors"
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
