package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/zkprover/zkprover/config"
	"github.com/zkprover/zkprover/node"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/prover/longrun"
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
		seg, agg, fin, setup, err := longRunArgv(cfg)
		if err != nil {
			t.Fatal(err)
		}
		if slices.Contains(argv, "--gpu") != gpu || slices.Contains(setup, "--gpu") {
			t.Fatalf("gpu %v: worker %v, setup %v", gpu, argv, setup)
		}
		for _, w := range [][]string{seg, agg, fin} {
			if slices.Contains(w, "--gpu") != gpu {
				t.Fatalf("gpu %v: long-run worker %v", gpu, w)
			}
		}
	}
}

// TestLongRunWorkerArgv: the node's long-run prove workers serve the
// segment, aggregation and final key stores, each with its family, and the
// hidden command knows those families (on a folder without keys it fails
// for want of keys, not of the family); an unknown family is refused.
func TestLongRunWorkerArgv(t *testing.T) {
	cfg := config.Default()
	cfg.Node.Data = t.TempDir()
	cfg.Prover.SegmentClass = 12
	seg, agg, fin, _, err := longRunArgv(cfg)
	if err != nil {
		t.Fatal(err)
	}
	root := node.LongRunKeysDir(cfg.KeysDir())
	for i, c := range []struct {
		argv          []string
		store, family string
	}{
		{seg, longrun.DirSegment, "rv32im-segment"},
		{agg, longrun.DirAggregate, "rv32im-aggregate"},
		{fin, longrun.DirFinal, "rv32im-final"},
	} {
		got := strings.Join(c.argv, " ")
		want := " prove-worker --keys " + filepath.Join(root, c.store) + " --family " + c.family + " --class 12 "
		if !strings.Contains(got, want) {
			t.Fatalf("worker %d: argv %q, want %q in it", i, got, want)
		}
		cmd := newRootCmd()
		var out bytes.Buffer
		cmd.SetIn(bytes.NewReader(nil))
		cmd.SetOut(&out)
		cmd.SetErr(&out)
		cmd.SetArgs([]string{"prove-worker", "--keys", t.TempDir(), "--family", c.family, "--log-level", "error"})
		if err := cmd.Execute(); err == nil || !strings.Contains(err.Error(), "no class") {
			t.Fatalf("prove-worker --family %s on an empty folder: %v", c.family, err)
		}
	}
	cmd := newRootCmd()
	var out bytes.Buffer
	cmd.SetIn(bytes.NewReader(nil))
	cmd.SetOut(&out)
	cmd.SetErr(&out)
	cmd.SetArgs([]string{"prove-worker", "--keys", t.TempDir(), "--family", "rv32im-other", "--log-level", "error"})
	if err := cmd.Execute(); err == nil || !strings.Contains(err.Error(), "unknown circuit family") {
		t.Fatalf("prove-worker with an unknown family: %v", err)
	}
}

// TestProveWorkerCmdKeysChanged: the hidden command reads its parent's
// hello first and refuses keys that are no longer those the parent
// loaded: here a class gone from the folder, with a 'C' frame saying so
// and a failing exit (ErrKeysChanged).
func TestProveWorkerCmdKeysChanged(t *testing.T) {
	hello := []byte(`{"classes":[{"id":8,"files":{"circuit.r1cs":"` + strings.Repeat("1", 64) + `","proving.key":"` + strings.Repeat("2", 64) + `","verifying.key":"` + strings.Repeat("3", 64) + `"}}]}`)
	var in bytes.Buffer
	in.Write(binary.BigEndian.AppendUint32(nil, uint32(len(hello)+1)))
	in.WriteByte('H')
	in.Write(hello)
	keys := t.TempDir()
	root := newRootCmd()
	var out, errOut bytes.Buffer
	root.SetIn(&in)
	root.SetOut(&out)
	root.SetErr(&errOut)
	root.SetArgs([]string{"prove-worker", "--keys", keys, "--class", "0", "--log-level", "error"})
	err := root.Execute()
	want := "class 2^8 keys are gone from " + keys + " since the node loaded them: restart the node"
	if !errors.Is(err, prover.ErrKeysChanged) || !strings.Contains(err.Error(), want) {
		t.Fatalf("prove-worker on a folder without its parent's class: %v, want %q", err, want)
	}
	b := out.Bytes()
	if len(b) < 5 || b[4] != 'C' || !strings.Contains(string(b[5:]), want) {
		t.Fatalf("stdout %q, want a keys-changed frame", b)
	}
}
