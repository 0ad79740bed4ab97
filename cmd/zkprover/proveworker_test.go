package main

import (
	"bytes"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/zkprover/zkprover/config"
)

func TestProveWorkerArgv(t *testing.T) {
	cfg := config.Default()
	cfg.Node.Data, cfg.Prover.Class = "/srv/zk", 9
	argv, err := proveWorkerArgv(cfg)
	if err != nil {
		t.Fatal(err)
	}
	exe, _ := os.Executable()
	got := strings.Join(argv, " ")
	if argv[0] != exe || !strings.Contains(got, " prove-worker --keys "+cfg.KeysDir()+" --class 9 ") {
		t.Fatalf("worker argv %q", got)
	}
}

// The hidden command answers on its stdout with the worker protocol: on a
// folder without keys, an error frame and a failing exit.
func TestProveWorkerCmdNoKeys(t *testing.T) {
	root := newRootCmd()
	var out, errOut bytes.Buffer
	root.SetIn(bytes.NewReader(nil))
	root.SetOut(&out)
	root.SetErr(&errOut)
	root.SetArgs([]string{"prove-worker", "--keys", t.TempDir(), "--log-level", "error"})
	err := root.Execute()
	if err == nil || !strings.Contains(err.Error(), "no class") {
		t.Fatalf("prove-worker on an empty folder: %v", err)
	}
	b := out.Bytes()
	if len(b) < 5 || b[4] != 'E' || !strings.Contains(string(b[5:]), "no class") {
		t.Fatalf("stdout %q, want an error frame", b)
	}
}

// TestWorkerArgvGPU: a node configured for the GPU starts its prove workers
// (classes and segments) with --gpu, and only then.
func TestWorkerArgvGPU(t *testing.T) {
	for _, gpu := range []bool{false, true} {
		cfg := config.Default()
		cfg.Node.Data = t.TempDir()
		cfg.Prover.GPU = gpu
		argv, err := proveWorkerArgv(cfg)
		if err != nil {
			t.Fatal(err)
		}
		seg, setup, err := longRunArgv(cfg)
		if err != nil {
			t.Fatal(err)
		}
		if slices.Contains(argv, "--gpu") != gpu || slices.Contains(seg, "--gpu") != gpu || slices.Contains(setup, "--gpu") {
			t.Fatalf("gpu %v: worker %v, segment worker %v, setup %v", gpu, argv, seg, setup)
		}
	}
}
