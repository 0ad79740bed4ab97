package main

import (
	"context"
	"encoding/json"
	"errors"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/config"
	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/jobs"
	"github.com/zkprover/zkprover/node"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/prover/provertest"
)

// TestGetProofOutThenVerify: the proof file that get-proof --out writes from
// the node's answer is what verify reads; verify names the problem when it
// is handed a GetProof answer, another JSON document or no JSON at all, and
// rejects an edited proof file.
func TestGetProofOutThenVerify(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: proves with the real prover")
	}
	keys, err := provertest.KeysDir()
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv("ZKPROVER_DATA", "") // the hint below names no folder
	data := t.TempDir()
	if err := os.Symlink(keys, filepath.Join(data, "keys")); err != nil {
		t.Fatal(err)
	}
	cfg := config.Default()
	cfg.Prover.SegmentClass = 0 // no background long-run key setup
	cfg.Node.Addr = "127.0.0.1:0"
	cfg.Node.MetricsAddr = ""
	cfg.Node.Data = t.TempDir()
	cfg.Chain.Enabled = false
	cfg.Coprocessor.GatewayAddr = ""
	addr := startNodeWith(t, cfg, node.OpenGnark(keys, provertest.Class, zerolog.Nop()))
	fib := "../../examples/fibonacci/fibonacci.elf"

	out, err := runRoot(t, "gen-proof", fib, "--input", "0a000000", "--addr", addr)
	if err != nil {
		t.Fatalf("gen-proof: %v\n%s", err, out)
	}
	id := strings.TrimSpace(out)
	dir := t.TempDir()
	proofFile := filepath.Join(dir, "proof.json")
	out, err = runRoot(t, "get-proof", id, "--wait", "300", "--out", proofFile, "--addr", addr)
	// the hint names --data: verify needs the node's keys, not ./data's
	if err != nil || !strings.Contains(out, "result      COMPLETED_OK") || !strings.Contains(out, "proof file  "+proofFile+" (class 2^8") ||
		!strings.Contains(out, "check it with `zkprover verify "+proofFile+" --data DIR`, DIR the node's data folder") {
		t.Fatalf("get-proof --out: %v\n%s", err, out)
	}
	out, err = runRoot(t, "verify", proofFile, "--data", data)
	if err != nil || !strings.Contains(out, "valid       yes: Groth16 proof of class 2^8") || !strings.Contains(out, "output      0x37000000") ||
		!strings.Contains(out, "input       0x0a000000") {
		t.Fatalf("verify of get-proof's file: %v\n%s", err, out)
	}
	out, err = runRoot(t, "verify", proofFile, "--data", data, "--json")
	var v struct {
		Valid     bool
		Class     int
		Statement struct{ Output string }
	}
	if err != nil || json.Unmarshal([]byte(out), &v) != nil || !v.Valid || v.Class != 8 || v.Statement.Output != "0x37000000" {
		t.Fatalf("verify --json: %v\n%s", err, out)
	}

	// The same proof through `zkprover prove` gives the same statement.
	proved := filepath.Join(dir, "proved.json")
	if out, err := runRoot(t, "prove", fib, "--input", "0a000000", "--data", data, "--out", proved); err != nil {
		t.Fatalf("prove: %v\n%s", err, out)
	}
	if out, err := runRoot(t, "verify", proved, "--data", data); err != nil || !strings.Contains(out, "output      0x37000000") {
		t.Fatalf("verify of prove's file: %v\n%s", err, out)
	}

	// Something else than a proof file: the problem is named.
	answer := filepath.Join(dir, "answer.json")
	out, err = runRoot(t, "get-proof", id, "--addr", addr, "--json")
	if err != nil {
		t.Fatalf("get-proof --json: %v\n%s", err, out)
	}
	if err := os.WriteFile(answer, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	other := filepath.Join(dir, "other.json")
	if err := os.WriteFile(other, []byte(`{"a": 1}`), 0o644); err != nil {
		t.Fatal(err)
	}
	for file, want := range map[string]string{
		answer: "is a node's GetProof answer (the JSON of `zkprover get-proof --json`), not a proof file: write the proof file with `zkprover get-proof ID --out proof.json`",
		other:  "is not a proof file: no version, class, statement, proof field",
		fib:    "is not a proof file: not a JSON object",
	} {
		if _, err := runRoot(t, "verify", file, "--data", data); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("verify %s: %v, want an error with %q", filepath.Base(file), err, want)
		}
	}

	// An edited proof file is rejected.
	b, err := os.ReadFile(proofFile)
	if err != nil {
		t.Fatal(err)
	}
	edited := filepath.Join(dir, "edited.json")
	if err := os.WriteFile(edited, []byte(strings.Replace(string(b), `"output": "0x37000000"`, `"output": "0x38000000"`, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := runRoot(t, "verify", edited, "--data", data); err == nil {
		t.Fatal("an edited proof file verified")
	}
}

// TestStatusBeforeTheNodeListens: status against an address where nothing
// listens says so; status --wait waits until a node listens there and has
// its keys, and gives up after its time with the reason. (The waits that
// must expire are short: what they waited for is said however long their
// first try took; the one that must succeed has minutes.)
func TestStatusBeforeTheNodeListens(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	_, err = runRoot(t, "status", "--addr", addr)
	if err == nil || !strings.HasPrefix(err.Error(), "not listening yet on "+addr+":") {
		t.Fatalf("status before the node listens: %v", err)
	}
	out, err := runRoot(t, "status", "--addr", addr, "--wait", "1s")
	if err == nil || !strings.Contains(err.Error(), "not listening yet on "+addr) || !strings.Contains(out, "waiting: not listening yet on "+addr) {
		t.Fatalf("status --wait with no node: %v\n%s", err, out)
	}

	// A node that starts listening, its prover ready at once, while status
	// waits (the order does not matter to the outcome).
	type result struct {
		out string
		err error
	}
	waited := make(chan result, 1)
	go func() {
		out, err := runRoot(t, "status", "--addr", addr, "--wait", "2m")
		waited <- result{out, err}
	}()
	time.Sleep(1500 * time.Millisecond) // let status find nothing first
	cfg := config.Default()
	cfg.Prover.SegmentClass = 0 // no background long-run key setup
	cfg.Node.Addr = addr
	cfg.Node.MetricsAddr = ""
	cfg.Node.Data = t.TempDir()
	cfg.Chain.Enabled = false
	cfg.Coprocessor.GatewayAddr = ""
	startNodeWith(t, cfg, func(context.Context) (jobs.Prover, error) { return noProofs{}, nil })
	r := <-waited
	if r.err != nil || !regexp.MustCompile(`(?m)^state +IDLE`).MatchString(r.out) {
		t.Fatalf("status --wait while the node starts: %v\n%s", r.err, r.out)
	}

	// A node that stays BOOTING: --wait gives up after its time.
	booting := startTestNode(t)
	out, err = runRoot(t, "status", "--addr", booting, "--wait", "2s")
	if err == nil || !strings.Contains(err.Error(), "is still BOOTING after 2s") || !strings.Contains(out, "waiting: the node on "+booting+" is BOOTING") {
		t.Fatalf("status --wait on a booting node: %v\n%s", err, out)
	}
}

// noProofs is a prover that is ready at once and proves nothing.
type noProofs struct{}

func (noProofs) Prove(context.Context, *executor.Program, *executor.Input, executor.Config) (*prover.Proof, error) {
	return nil, errors.New("this test's prover proves nothing")
}
