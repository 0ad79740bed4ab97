package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/prover/provertest"
)

// tiny is the smallest class: tests prove it in a few seconds.
var tiny = prover.DefaultFamily().MinLogSteps()

func runBench(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, &out, &errb)
	t.Logf("gpubench %s: exit %d\nstderr:\n%s", strings.Join(args, " "), code, errb.String())
	return code, out.String(), errb.String()
}

// decodeLines parses stdout: one JSON object per line.
func decodeLines(t *testing.T, stdout string) []map[string]any {
	t.Helper()
	var out []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(stdout), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("line %q is not JSON: %v", line, err)
		}
		out = append(out, m)
	}
	return out
}

// wantKeys are the fields every measurement line has (null when not measured).
var wantKeys = []string{"circuit", "class", "constraints", "cycles", "cpu_seconds", "gpu_seconds", "speedup",
	"gpu_peak_memory_bytes", "setup_seconds", "setup_kind", "key_source", "gpu", "gpu_unavailable",
	"verified_cpu", "verified_gpu", "build", "witness_seconds", "compile_seconds"}

func checkLine(t *testing.T, m map[string]any) {
	t.Helper()
	for _, k := range wantKeys {
		if _, ok := m[k]; !ok {
			t.Errorf("line lacks %q: %v", k, m)
		}
	}
	if n, _ := m["constraints"].(float64); n < 1000 {
		t.Errorf("constraints = %v", m["constraints"])
	}
	if s, _ := m["cpu_seconds"].(float64); s <= 0 {
		t.Errorf("cpu_seconds = %v", m["cpu_seconds"])
	}
	if buildKind == "no-icicle" {
		if m["gpu_seconds"] != nil || m["speedup"] != nil || m["gpu_peak_memory_bytes"] != nil {
			t.Errorf("GPU figures without the icicle tag: %v %v %v", m["gpu_seconds"], m["speedup"], m["gpu_peak_memory_bytes"])
		}
		if why, _ := m["gpu_unavailable"].(string); !strings.Contains(why, "without the icicle tag") {
			t.Errorf("gpu_unavailable = %v", m["gpu_unavailable"])
		}
	}
}

func TestDummySetupTinyClass(t *testing.T) {
	code, stdout, stderr := runBench(t, "--class", "2^"+strconv.Itoa(tiny), "--dummy-setup")
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	lines := decodeLines(t, stdout)
	if len(lines) != 1 {
		t.Fatalf("%d lines, want 1", len(lines))
	}
	m := lines[0]
	checkLine(t, m)
	if m["key_source"] != sourceDummy || m["verified_cpu"] != nil || !strings.Contains(m["verify_note"].(string), "not verified") {
		t.Errorf("dummy keys: key_source %v, verified_cpu %v, verify_note %v", m["key_source"], m["verified_cpu"], m["verify_note"])
	}
	if buildKind == "no-icicle" && !strings.Contains(stderr, "GPU unavailable: this binary was built without the icicle tag") {
		t.Errorf("stderr does not say why the GPU is unavailable")
	}
}

func TestRequireGPUWithoutIcicle(t *testing.T) {
	if buildKind != "no-icicle" {
		t.Skip("icicle build: whether a GPU is present depends on the host")
	}
	code, stdout, stderr := runBench(t, "--class", strconv.Itoa(tiny), "--dummy-setup", "--require-gpu")
	if code != exitNoGPU {
		t.Fatalf("exit %d, want %d", code, exitNoGPU)
	}
	checkLine(t, decodeLines(t, stdout)[0]) // the CPU figures are still printed
	if !strings.Contains(stderr, "--require-gpu") {
		t.Errorf("stderr does not name --require-gpu")
	}
}

func TestKeyFolder(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the tests' cached keys (a setup of class 2^8 when they are missing)")
	}
	dir, err := provertest.KeysDir() // the tests' cached key store (class provertest.Class)
	if err != nil {
		t.Fatal(err)
	}
	code, stdout, _ := runBench(t, "--class", strconv.Itoa(provertest.Class), "--keys", dir)
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	m := decodeLines(t, stdout)[0]
	checkLine(t, m)
	if m["key_source"] != sourceKeys || m["verified_cpu"] != true || m["setup_seconds_source"] != "manifest" {
		t.Errorf("key_source %v, verified_cpu %v, setup_seconds_source %v", m["key_source"], m["verified_cpu"], m["setup_seconds_source"])
	}
}

func TestMissingKeyFolder(t *testing.T) {
	code, stdout, stderr := runBench(t, "--class", "2^4", "--keys", t.TempDir()+"/nowhere")
	if code != exitFailed || stdout != "" {
		t.Fatalf("exit %d, stdout %q", code, stdout)
	}
	if !strings.Contains(stderr, "nowhere: not found") || !strings.Contains(stderr, "zkprover setup") {
		t.Errorf("unclear error: %s", stderr)
	}
}

func TestMissingClassInKeyFolder(t *testing.T) {
	dir := t.TempDir()
	code, stdout, stderr := runBench(t, "--class", "2^5", "--keys", dir)
	if code != exitFailed || stdout != "" {
		t.Fatalf("exit %d, stdout %q", code, stdout)
	}
	if !strings.Contains(stderr, "class 2^5 is not in the key folder "+dir) || !strings.Contains(stderr, "zkprover setup --cycles 2^5") {
		t.Errorf("unclear error: %s", stderr)
	}
}

func TestUsage(t *testing.T) {
	for _, args := range [][]string{
		{},
		{"--class", "2^12"},
		{"--class", "2^12", "--dummy-setup", "--setup"},
		{"--class", "3^4", "--dummy-setup"},
		{"--class", "100", "--dummy-setup"},
		{"--class", "2^12", "--dummy-setup", "--runs", "0"},
		{"--class", "2^12", "--dummy-setup", "--no-cpu", "--no-gpu"},
		{"--class", "2^12", "--dummy-setup", "--require-gpu", "--no-gpu"},
		{"--class", "2^12", "--dummy-setup", "extra"},
	} {
		if code, _, stderr := runBench(t, args...); code != exitUsage || !strings.Contains(stderr, "usage:") {
			t.Errorf("%q: exit %d, stderr %q", args, code, stderr)
		}
	}
}

func TestParseClass(t *testing.T) {
	for in, want := range map[string]int{"2^12": 12, "12": 12, "2^16": 16, "4096": 12, "65536": 16, "1": 1} {
		if got, err := parseClass(in); err != nil || got != want {
			t.Errorf("parseClass(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"", "0", "31", "2^0", "2^31", "3^2", "2^x", "-4", "100", "0x10"} {
		if k, err := parseClass(in); err == nil {
			t.Errorf("parseClass(%q) = %d, want an error", in, k)
		}
	}
}

// TestSegmentCircuit: --circuit segment proves a full segment of a long run
// (recursion target) with the tests' cached segment keys (a key store of the
// segment family, as longrun's tests use) and verifies it.
func TestSegmentCircuit(t *testing.T) {
	dir, err := provertest.FamilyKeysDir(prover.RV32IMSegments{}, provertest.SegmentClass)
	if err != nil {
		t.Fatal(err)
	}
	code, stdout, _ := runBench(t, "--class", strconv.Itoa(provertest.SegmentClass), "--circuit", "segment", "--keys", dir, "--no-gpu")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	lines := decodeLines(t, stdout)
	if len(lines) != 1 || !strings.HasPrefix(lines[0]["circuit"].(string), "rv32im-segment ") || lines[0]["verified_cpu"] != true {
		t.Fatalf("result %v", lines)
	}
	if code, _, _ := runBench(t, "--class", strconv.Itoa(tiny), "--circuit", "whole", "--dummy-setup"); code != 2 {
		t.Fatalf("unknown circuit: exit %d, want 2", code)
	}
}
