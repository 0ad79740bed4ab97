package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/statement"
)

func TestParseState(t *testing.T) {
	kvs, err := parseState([]byte(`{"0x00000002":"0x00000014","0x1":"0x0000000a","0x00000003":"0x0"}`))
	if err != nil {
		t.Fatal(err)
	}
	want := []statement.KV{{Key: 1, Value: 10}, {Key: 2, Value: 20}}
	if !reflect.DeepEqual(kvs, want) {
		t.Fatalf("got %v, want %v (sorted, zero dropped)", kvs, want)
	}
	for _, bad := range []string{`[]`, `{"0x123456789":"0x1"}`, `{"0xzz":"0x1"}`, `{"0x1":"0x1","0x01":"0x2"}`} {
		if _, err := parseState([]byte(bad)); err == nil {
			t.Errorf("accepted %s", bad)
		}
	}
}

func TestReadBytesArg(t *testing.T) {
	for in, want := range map[string][]byte{"": {}, "0x0a0b": {10, 11}, "0A0B": {10, 11}} {
		got, err := readBytesArg(in)
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("%q: %x %v", in, got, err)
		}
	}
	if _, err := readBytesArg("0x123"); err == nil {
		t.Error("odd hex accepted")
	}
	f := filepath.Join(t.TempDir(), "in.bin")
	if err := os.WriteFile(f, []byte{1, 2, 3}, 0o644); err != nil {
		t.Fatal(err)
	}
	if got, err := readBytesArg("@" + f); err != nil || !bytes.Equal(got, []byte{1, 2, 3}) {
		t.Fatalf("@file: %x %v", got, err)
	}
	if _, err := readBytesArg("@" + f + ".missing"); err == nil {
		t.Fatal("missing file accepted")
	}
}

func runCLI(t *testing.T, args ...string) (string, error) {
	t.Helper()
	cmd := newExecCmd()
	var out bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetErr(&out)
	cmd.SetArgs(args)
	err := cmd.Execute()
	return out.String(), err
}

func TestExecJSON(t *testing.T) {
	state := filepath.Join(t.TempDir(), "state.json")
	if err := os.WriteFile(state, []byte(`{"0x00000001":"0x00000064"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	// bank: withdraw 30 from account 1.
	in := statement.WordsToBytes([]uint32{2, 1, 0, 30})
	out, err := runCLI(t, "../../examples/bank/bank.elf", "--input", "0x"+hexs(in), "--state", "@"+state, "--json", "--trace",
		"--chain-id", "5", "--sequencer", "0x00112233445566778899aabbccddeeff00112233")
	if err != nil {
		t.Fatal(err)
	}
	var rep map[string]any
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("%v in %s", err, out)
	}
	if rep["exit_code"].(float64) != 0 || rep["output"] != "0x0100000046000000" {
		t.Fatalf("report %v", rep)
	}
	if !reflect.DeepEqual(rep["changed"], map[string]any{"0x00000001": "0x00000046"}) {
		t.Fatalf("changed %v", rep["changed"])
	}
	for _, k := range []string{"program_id", "cycles", "state_root", "old_state_root", "counters", "logs", "trace_steps", "memory_rows"} {
		if _, ok := rep[k]; !ok {
			t.Errorf("no %s in %s", k, out)
		}
	}
}

func TestExecText(t *testing.T) {
	out, err := runCLI(t, "../../examples/fibonacci/fibonacci.elf", "--input", "0a000000")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "output          0x37000000") || !strings.Contains(out, "exit_code       0") {
		t.Fatalf("output:\n%s", out)
	}
}

func TestExecErrors(t *testing.T) {
	if _, err := runCLI(t, "../../examples/fault/fault.elf"); !errors.Is(err, executor.ErrMisaligned) {
		t.Fatalf("fault: %v", err)
	}
	if _, err := runCLI(t, "../../examples/fibonacci/fibonacci.elf", "--input", "ffffff00", "--max-cycles", "100"); !errors.Is(err, executor.ErrCycleLimit) {
		t.Fatalf("cycle limit: %v", err)
	}
	if _, err := runCLI(t, "exec_test.go"); !errors.Is(err, executor.ErrBadELF) {
		t.Fatalf("not an ELF: %v", err)
	}
	if _, err := runCLI(t, "../../examples/sort/sort.elf", "--input", strings.Repeat("00", 257)); err == nil {
		t.Fatal("257-byte input accepted")
	}
	if _, err := runCLI(t, "../../examples/sort/sort.elf", "--sequencer", "0x01"); err == nil {
		t.Fatal("short sequencer accepted")
	}
}

func hexs(b []byte) string {
	const digits = "0123456789abcdef"
	s := make([]byte, 2*len(b))
	for i, c := range b {
		s[2*i], s[2*i+1] = digits[c>>4], digits[c&15]
	}
	return string(s)
}
