package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

// TestNoBackquotesInFlagUsage: pflag takes back-quoted text in a usage
// string as the flag's value name (get-proof --help showed
// "--out zkprover verify"), so no flag's usage has any.
func TestNoBackquotesInFlagUsage(t *testing.T) {
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		c.Flags().VisitAll(func(f *pflag.Flag) {
			if strings.Contains(f.Usage, "`") {
				t.Errorf("%s --%s: usage %q has a back-quote (pflag shows the quoted text as the value name)", c.CommandPath(), f.Name, f.Usage)
			}
		})
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(newRootCmd())
	out, err := runRoot(t, "get-proof", "--help")
	if err != nil || !strings.Contains(out, "--out string") || !strings.Contains(out, "--wait duration") {
		t.Fatalf("get-proof --help: %v\n%s", err, out)
	}
}

// TestOutCheckedFirst: every command with --out refuses a directory, and a
// file in a directory that does not exist, before its work (a proof, a
// call, a ceremony step), not with a rename error after it.
func TestOutCheckedFirst(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "nodir") + "/"
	existing := filepath.Join(dir, "file")
	if err := os.WriteFile(existing, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	data := t.TempDir() // no keys: without the check, prove fails on them instead
	fib := "../../examples/fibonacci/fibonacci.elf"
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"prove", fib, "--input", "0a000000", "--data", data, "--out", dir}, "--out " + dir + " is a directory: name a file"},
		{[]string{"prove", fib, "--input", "0a000000", "--data", data, "--out", missing}, "--out " + missing + ": directory " + filepath.Join(dir, "nodir") + " does not exist"},
		{[]string{"prove", fib, "--input", "0a000000", "--data", data, "--segment", "2^4", "--out", dir}, "is a directory: name a file"},
		{[]string{"prove", fib, "--input", "0a000000", "--data", data, "--out", ""}, "--out is empty"},
		{[]string{"get-proof", "00000000-0000-0000-0000-000000000000", "--addr", "127.0.0.1:1", "--out", dir}, "--out " + dir + " is a directory: name a file"},
		{[]string{"get-proof", "00000000-0000-0000-0000-000000000000", "--addr", "127.0.0.1:1", "--out", missing}, "directory " + filepath.Join(dir, "nodir") + " does not exist"},
		{[]string{"get-proof", "00000000-0000-0000-0000-000000000000", "--addr", "127.0.0.1:1", "--out", existing + "/proof.json"}, existing + " is not a directory"},
		{[]string{"contracts", "deploy", "--rpc", "http://127.0.0.1:1", "--data", data, "--out", dir}, "is a directory: name a file"},
		{[]string{"ceremony", "init", "phase1", "--power", "4", "--out", dir}, "is a directory: name a file"},
		{[]string{"ceremony", "init", "phase1", "--power", "4", "--out", existing}, "already exists (never overwritten)"},
		{[]string{"ceremony", "init", "phase2", "--cycles", "2^8", "--srs", existing, "--out", missing + "p2.zkc"}, "does not exist"},
		{[]string{"ceremony", "srs", "--ptau", filepath.Join(dir, "none.ptau"), "--out", missing + "srs.zkc"}, "directory " + filepath.Join(dir, "nodir") + " does not exist"},
	} {
		out, err := runRoot(t, c.args...)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want an error with %q\n%s", strings.Join(c.args, " "), err, c.want, out)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("the commands wrote into %s: %v", dir, entries)
	}
}

// TestCheckOut: the --out check itself.
func TestCheckOut(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "f")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, ok := range []string{"", filepath.Join(dir, "new.json"), file, "proof.json"} {
		if err := checkOut(ok, true); err != nil {
			t.Errorf("checkOut(%q): %v", ok, err)
		}
	}
	if err := checkOut(file, false); err == nil {
		t.Error("an existing file accepted where files are never overwritten")
	}
	if err := checkOut(filepath.Join(dir, "new.json"), false); err != nil {
		t.Errorf("a new file where files are never overwritten: %v", err)
	}
}

// TestClientMaxCyclesZero: gen-proof and execute refuse --max-cycles 0 as
// exec does (the request carried 0, which the node took for its default).
func TestClientMaxCyclesZero(t *testing.T) {
	fib := "../../examples/fibonacci/fibonacci.elf"
	for _, args := range [][]string{
		{"gen-proof", fib, "--addr", "127.0.0.1:1"},
		{"execute", fib, "--addr", "127.0.0.1:1"},
		{"exec", fib},
	} {
		out, err := runRoot(t, append(args, "--input", "0a000000", "--max-cycles", "0")...)
		if err == nil || err.Error() != "--max-cycles must be positive" {
			t.Errorf("%s --max-cycles 0: %v\n%s", args[0], err, out)
		}
	}
}

// TestGetProofWait: get-proof's --wait takes a duration, as status's and
// get-result's do, and still a plain number of seconds.
func TestGetProofWait(t *testing.T) {
	for in, want := range map[string]uint64{"0": 0, "600": 600, "10m": 600, "90s": 90, "1500ms": 2, "1ns": 1, "\t5\n": 5} {
		var w waitFlag
		if err := w.Set(in); err != nil || w.seconds() != want {
			t.Errorf("--wait %q: %d s, %v; want %d s", in, w.seconds(), err, want)
		}
	}
	for _, bad := range []string{"-1s", "-5", "10x", "", "99999999999999999999"} {
		var w waitFlag
		if err := w.Set(bad); err == nil {
			t.Errorf("--wait %q accepted", bad)
		}
	}
	addr := startTestNode(t)
	fib := "../../examples/fibonacci/fibonacci.elf"
	out, err := runRoot(t, "gen-proof", fib, "--input", "0a000000", "--addr", addr)
	if err != nil {
		t.Fatalf("gen-proof: %v\n%s", err, out)
	}
	id := strings.TrimSpace(out)
	for _, wait := range []string{"1s", "1", "500ms"} {
		start := time.Now()
		out, err := runRoot(t, "get-proof", id, "--wait", wait, "--addr", addr)
		if err != nil || !strings.Contains(out, "result  PENDING") || time.Since(start) < 900*time.Millisecond {
			t.Errorf("get-proof --wait %s: %v after %s\n%s", wait, err, time.Since(start), out)
		}
	}
	if _, err := runRoot(t, "get-proof", id, "--wait", "10x", "--addr", addr); err == nil || !strings.Contains(err.Error(), "want a duration") {
		t.Errorf("get-proof --wait 10x: %v", err)
	}
}

// TestVerifyHintNamesData: the hint after get-proof --out names --data
// (verify needs the node's keys; without --data it looked in ./data, and a
// setup there made other keys that called the proof invalid).
func TestVerifyHintNamesData(t *testing.T) {
	t.Setenv("ZKPROVER_DATA", "")
	if h := verifyHint("fib.json"); h != "check it with `zkprover verify fib.json --data DIR`, DIR the node's data folder" {
		t.Errorf("hint without ZKPROVER_DATA: %s", h)
	}
	t.Setenv("ZKPROVER_DATA", "/srv/zkprover")
	if h := verifyHint("fib.json"); h != "check it with `zkprover verify fib.json --data /srv/zkprover`" {
		t.Errorf("hint with ZKPROVER_DATA: %s", h)
	}
}

// TestSignals: the first signal cancels the command's context; a second
// one says so and exits at once with 128 + the signal's number; a command
// that fails because it was interrupted exits with that status and says
// "interrupted" (not 1 with "context canceled").
func TestSignals(t *testing.T) {
	forcedStopLog.Store(nil)
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		sigs := make(chan os.Signal, 2)
		ctx, cancel := context.WithCancelCause(context.Background())
		var stderr bytes.Buffer
		exited := make(chan int, 1)
		go stopOnSignals(sigs, cancel, &stderr, func(code int) { exited <- code })
		sigs <- sig
		<-ctx.Done()
		var in interrupted
		if !errors.As(context.Cause(ctx), &in) || in.sig != sig {
			t.Fatalf("%v: cause %v", sig, context.Cause(ctx))
		}
		select {
		case code := <-exited:
			t.Fatalf("%v: exited %d at the first signal", sig, code)
		case <-time.After(50 * time.Millisecond):
		}
		sigs <- sig
		code := <-exited
		if want := 128 + int(sig); code != want || !strings.HasPrefix(stderr.String(), "second ") || !strings.Contains(stderr.String(), "stopping now") {
			t.Errorf("%v twice: exit %d (want %d), stderr %q", sig, code, want, stderr.String())
		}
	}
	// serve's second signal: a line of its log.
	var stopLine bytes.Buffer
	l := zerolog.New(&stopLine)
	forcedStopLog.Store(&l)
	sigs := make(chan os.Signal, 2)
	_, cancel := context.WithCancelCause(context.Background())
	exited := make(chan int, 1)
	var plain bytes.Buffer
	go stopOnSignals(sigs, cancel, &plain, func(code int) { exited <- code })
	sigs <- syscall.SIGINT
	sigs <- syscall.SIGINT
	if code := <-exited; code != 130 || plain.Len() != 0 || !strings.Contains(stopLine.String(), `"level":"warn","message":"second interrupt: stopping now`) {
		t.Errorf("serve's second signal: exit %d, plain %q, log %q", code, plain.String(), stopLine.String())
	}
	forcedStopLog.Store(nil)
	// A command with a logger of its own (serve): the last word is a line of that log.
	var logged bytes.Buffer
	le := loggedError{err: errors.New("port in use"), log: zerolog.New(&logged)}
	if code := exitStatus(le, nil, io.Discard); code != 1 || !strings.Contains(logged.String(), `{"level":"error","error":"port in use","message":"stopped with an error"}`) {
		t.Errorf("a logged error: exit %d, log %q", code, logged.String())
	}
	logged.Reset()
	if code := exitStatus(loggedError{err: context.Canceled, log: zerolog.New(&logged)}, interrupted{syscall.SIGTERM}, io.Discard); code != 143 || !strings.Contains(logged.String(), `"message":"interrupted"`) {
		t.Errorf("a logged interruption: exit %d, log %q", code, logged.String())
	}
	for _, c := range []struct {
		err, cause error
		code       int
		say        string
	}{
		{nil, nil, 0, ""},
		{nil, interrupted{syscall.SIGINT}, 0, ""}, // serve stopped gracefully
		{errors.New("boom"), nil, 1, "error: boom\n"},
		{context.Canceled, context.Canceled, 1, "error: context canceled\n"}, // no signal
		{fmt.Errorf("proving: %w", context.Canceled), interrupted{syscall.SIGINT}, 130, "interrupted\n"},
		{fmt.Errorf("GetProof: %w", status.Error(codes.Canceled, "context canceled")), interrupted{syscall.SIGTERM}, 143, "interrupted\n"},
		{errors.New("boom"), interrupted{syscall.SIGINT}, 130, "interrupted; error: boom\n"},
		// advice that must survive the interrupt (review: a deployment's --resume hint)
		{hinted{err: fmt.Errorf("waiting: %w", context.Canceled), hint: "run it with --resume d.json"}, interrupted{syscall.SIGINT}, 130, "interrupted; run it with --resume d.json\n"},
	} {
		var stderr bytes.Buffer
		if code := exitStatus(c.err, c.cause, &stderr); code != c.code || stderr.String() != c.say {
			t.Errorf("exitStatus(%v, %v) = %d %q, want %d %q", c.err, c.cause, code, stderr.String(), c.code, c.say)
		}
	}
}

// TestSignalsRealProcess runs the built binary: a client command
// interrupted by Ctrl-C exits 130 saying "interrupted"; a node stopping
// gracefully (here held by its key setup, --grace and --stop-timeout long)
// stops at once at a second SIGINT, exit 130, saying so.
func TestSignalsRealProcess(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: builds the binary and starts a node")
	}
	bin := filepath.Join(t.TempDir(), "zkprover")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	var env []string
	for _, e := range os.Environ() {
		if !strings.HasPrefix(e, "ZKPROVER_") {
			env = append(env, e)
		}
	}
	start := func(args ...string) (*exec.Cmd, <-chan string, *bytes.Buffer, <-chan int) {
		t.Helper()
		cmd := exec.Command(bin, args...)
		cmd.Env = env
		cmd.Dir = t.TempDir()
		stderr, err := cmd.StderrPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		lines := make(chan string, 1024)
		all := &bytes.Buffer{}
		exited := make(chan int, 1)
		go func() {
			sc := bufio.NewScanner(stderr)
			sc.Buffer(make([]byte, 1<<20), 1<<20)
			for sc.Scan() {
				all.WriteString(sc.Text() + "\n")
				select {
				case lines <- sc.Text():
				default:
				}
			}
			close(lines)
			_ = cmd.Wait()
			exited <- cmd.ProcessState.ExitCode()
		}()
		t.Cleanup(func() { _ = cmd.Process.Kill() })
		return cmd, lines, all, exited
	}
	waitLine := func(lines <-chan string, all *bytes.Buffer, what string, within time.Duration) {
		t.Helper()
		deadline := time.After(within)
		for {
			select {
			case l, ok := <-lines:
				if !ok {
					t.Fatalf("the process ended before %q:\n%s", what, all)
				}
				if strings.Contains(l, what) {
					return
				}
			case <-deadline:
				t.Fatalf("no %q in %s:\n%s", what, within, all)
			}
		}
	}
	waitExit := func(exited <-chan int, all *bytes.Buffer, within time.Duration) int {
		t.Helper()
		select {
		case code := <-exited:
			return code
		case <-time.After(within):
			t.Fatalf("still running %s after the signal:\n%s", within, all)
			return 0
		}
	}

	// a client command: the first Ctrl-C
	cmd, lines, all, exited := start("status", "--wait", "10m", "--addr", freeAddr(t))
	waitLine(lines, all, "waiting: not listening yet", time.Minute)
	_ = cmd.Process.Signal(syscall.SIGINT)
	if code := waitExit(exited, all, 30*time.Second); code != 130 || !strings.Contains(all.String(), "interrupted") || strings.Contains(all.String(), "context canceled") {
		t.Errorf("status --wait interrupted: exit %d\n%s", code, all)
	}

	// the node: the second Ctrl-C during the graceful stop
	cmd, lines, all, exited = start("serve", "--data", t.TempDir(), "--addr", "127.0.0.1:0", "--metrics-addr", "", "--chain=false",
		"--coprocessor-gateway-addr", "", "--segment-class", "0", "--class", "12", "--grace", "10m", "--stop-timeout", "10m")
	waitLine(lines, all, "setting up proving keys", 2*time.Minute) // compiling class 2^12: seconds that no signal stops
	_ = cmd.Process.Signal(syscall.SIGINT)
	waitLine(lines, all, "shutdown requested", 30*time.Second)
	_ = cmd.Process.Signal(syscall.SIGINT)
	// without the second signal's exit, the graceful stop ends with 0 once
	// the setup is done (no timing asserted: the code and the line tell)
	code := waitExit(exited, all, 2*time.Minute)
	if code != 130 || !strings.Contains(all.String(), "second interrupt: stopping now, running jobs are requeued at the next start") {
		t.Errorf("serve, two SIGINTs: exit %d\n%s", code, all)
	}
}

// TestCLILogsPlainOffTerminal: the CLI's console logs write no ANSI colour
// codes into files and pipes.
func TestCLILogsPlainOffTerminal(t *testing.T) {
	var b bytes.Buffer
	l := proverLogger(&b)
	l.Warn().Str("k", "v").Msg("hello")
	q := quietLogger(&b)
	q.Warn().Msg("quiet")
	if !strings.Contains(b.String(), "hello") || !strings.Contains(b.String(), "quiet") || strings.Contains(b.String(), "\x1b[") {
		t.Fatalf("console log off a terminal: %q", b.String())
	}
}

// TestArgErrorsNameTheUsage: a wrong number of arguments is refused with the
// command's usage line, for every command that checks its arguments.
func TestArgErrorsNameTheUsage(t *testing.T) {
	for _, args := range [][]string{{"relay", "status"}, {"verify", "a", "b", "c"}, {"cancel"}} {
		root := newRootCmd()
		root.SetOut(io.Discard)
		root.SetErr(io.Discard)
		root.SetArgs(args)
		err := root.ExecuteContext(context.Background())
		want := "usage: zkprover " + args[0]
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("zkprover %v: %v, want an error naming %q", args, err, want)
		}
	}
}

// TestVersion: --version names the build.
func TestVersion(t *testing.T) {
	root := newRootCmd()
	var out strings.Builder
	root.SetOut(&out)
	root.SetArgs([]string{"--version"})
	if err := root.ExecuteContext(context.Background()); err != nil || !strings.Contains(out.String(), "zkprover version ") || !strings.Contains(out.String(), "commit ") {
		t.Fatalf("--version: %v %q", err, out.String())
	}
}
