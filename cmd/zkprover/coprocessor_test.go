package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/statement"
)

// TestCoprocessorCommands: submit-program, submit-job (signed with a key
// file) and get-result against a node (no chain side: nothing is relayed).
func TestCoprocessorCommands(t *testing.T) {
	addr := startTestNode(t)
	fib := "../../examples/fibonacci/fibonacci.elf"
	elf, err := os.ReadFile(fib)
	if err != nil {
		t.Fatal(err)
	}
	p, err := executor.LoadELF(elf, executor.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	id := statement.ProgramID(p.Entry, p.Base, p.Words)
	want := fmt.Sprintf("0x%x", id.Bytes())
	out, err := runRoot(t, "submit-program", fib, "--addr", addr)
	if err != nil || strings.TrimSpace(out) != want {
		t.Fatalf("submit-program: %v\n%s (want %s)", err, out, want)
	}
	key := filepath.Join(t.TempDir(), "signer.key")
	if err := os.WriteFile(key, []byte("0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	args := []string{"submit-job", fib, "--input", "0a000000", "--consumer", "0x00000000000000000000000000000000000000c0",
		"--key-file", key, "--job-manager", "0x00000000000000000000000000000000000000f1", "--chain-id", "1337", "--addr", addr}
	if _, err := runRoot(t, args...); err == nil || !strings.Contains(err.Error(), "--nonce") {
		t.Fatalf("submit-job without a nonce or an RPC URL: %v", err)
	}
	out, err = runRoot(t, append(args, "--nonce", "9223372036854775809")...)
	jid := strings.TrimSpace(out)
	if err != nil || len(jid) != 66 {
		t.Fatalf("submit-job: %v\n%s", err, out)
	}
	if _, err := runRoot(t, append(args, "--nonce", "9223372036854775809")...); err == nil || !strings.Contains(err.Error(), "AlreadyExists") {
		t.Fatalf("the same nonce again: %v", err)
	}
	out, err = runRoot(t, "get-result", jid, "--addr", addr)
	if err != nil || !strings.Contains(out, "status:   PENDING") || !strings.Contains(out, "nonce 9223372036854775809") {
		t.Fatalf("get-result: %v\n%s", err, out)
	}
	if _, err := runRoot(t, "get-result", "0x1234", "--addr", addr); err == nil {
		t.Fatal("get-result of a short id")
	}
}
