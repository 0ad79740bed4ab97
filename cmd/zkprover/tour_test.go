package main

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/zkprover/zkprover/config"
)

// The README's tour, run as written: `make tour` (CI runs it) sets
// ZKPROVER_TOUR=1. The test copies the working tree's files into a fresh
// folder (a fresh clone, with contracts/node_modules copied so that no npm
// install is needed), starts `make run` there, waits until the node serves,
// then runs every command of the tour's console blocks (the lines after "$ ")
// in one bash session, in order, exactly as written, and compares each
// command's output (stdout and stderr) with the output the README shows under
// it. Values that differ between runs (ids, hashes, times, block numbers,
// estimates) are masked on both sides, and the lines that depend on timing
// (a node's state, a relay's progress, waiting lines) are left out of both.
// ZKPROVER_TOUR_UPDATE=1 writes the real output into the README instead.
// The node's ports come from the ZKPROVER_* environment (free ports), so a
// tour runs beside a running node; the commands are unchanged.
func TestReadmeTour(t *testing.T) {
	if os.Getenv("ZKPROVER_TOUR") == "" {
		t.Skip("the README tour runs with `make tour` (ZKPROVER_TOUR=1)")
	}
	readmePath := filepath.Join("..", "..", "README.md")
	readme, err := os.ReadFile(readmePath)
	if err != nil {
		t.Fatal(err)
	}
	steps, err := tourSteps(string(readme))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	freshClone(t, filepath.Join("..", ".."), dir)

	env := os.Environ()
	def := config.Default()
	var pairs []string // the free addresses, then the defaults the README shows
	for k, d := range map[string]string{"ZKPROVER_ADDR": def.Node.Addr, "ZKPROVER_METRICS_ADDR": def.Node.MetricsAddr,
		"ZKPROVER_DEVCHAIN_ADDR": def.Chain.DevAddr, "ZKPROVER_RELAY_STATUS_ADDR": def.Chain.StatusAddr} {
		a := freeAddr(t)
		env = append(env, k+"="+a)
		pairs = append(pairs, a, d)
	}
	ports := strings.NewReplacer(pairs...)
	runLog := filepath.Join(t.TempDir(), "make-run.log")
	logf, err := os.Create(runLog)
	if err != nil {
		t.Fatal(err)
	}
	defer logf.Close()
	run := exec.Command("make", "run")
	run.Dir, run.Env, run.Stdout, run.Stderr = dir, env, logf, logf
	run.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	start := time.Now()
	if err := run.Start(); err != nil {
		t.Fatal(err)
	}
	ran := make(chan error, 1)
	go func() { ran <- run.Wait() }()
	defer func() {
		_ = syscall.Kill(-run.Process.Pid, syscall.SIGINT)
		select {
		case err := <-ran: // interrupted: make reports the signal
			t.Logf("make run stopped: %v", err)
		case <-time.After(time.Minute):
			_ = syscall.Kill(-run.Process.Pid, syscall.SIGKILL)
			t.Logf("make run killed after a minute: %v", <-ran)
		}
		if t.Failed() {
			b, _ := os.ReadFile(runLog)
			t.Logf("make run's output (last 8 kB):\n%s", tail(b, 8<<10))
		}
	}()
	// "With make run in one terminal": the tour starts once the node serves.
	for !strings.Contains(readAll(runLog), `"message":"serving"`) {
		select {
		case err := <-ran:
			t.Fatalf("make run ended: %v\n%s", err, tail([]byte(readAll(runLog)), 8<<10))
		case <-time.After(time.Second):
		}
		if time.Since(start) > 20*time.Minute {
			t.Fatal("make run did not start the node in 20 minutes")
		}
	}
	t.Logf("make run: node serving after %s", time.Since(start).Round(time.Second))

	outs, took := runSteps(t, dir, env, steps)
	for i := range outs {
		outs[i] = ports.Replace(outs[i])
	}
	update := os.Getenv("ZKPROVER_TOUR_UPDATE") != ""
	for i, s := range steps {
		t.Logf("%6.1fs  $ %s", took[i].Seconds(), firstLine(s.cmd))
		if update {
			continue
		}
		if got, want := normalizeTour(outs[i]), normalizeTour(s.out); got != want {
			t.Errorf("$ %s\noutput differs from the README's (masked):\n--- README\n%s\n--- real\n%s\n--- real, unmasked\n%s", s.cmd, want, got, outs[i])
		}
	}
	if update {
		if err := os.WriteFile(readmePath, []byte(withOutputs(string(readme), steps, outs)), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Log("README.md: outputs updated")
	}
}

// tourStep is one command of the tour and the output the README shows.
type tourStep struct {
	cmd string // as written, a heredoc's lines included
	out string
	// lines [first, end) of the README hold the output
	first, end int
}

// tourSteps reads the console blocks of the README's "A tour" section.
func tourSteps(readme string) ([]tourStep, error) {
	lines := strings.Split(readme, "\n")
	var steps []tourStep
	inTour, inBlock := false, false
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		switch {
		case strings.HasPrefix(l, "## "):
			inTour = strings.HasPrefix(l, "## A tour")
		case inTour && l == "```console":
			inBlock = true
		case inBlock && l == "```":
			inBlock = false
			if n := len(steps); n > 0 && steps[n-1].end == 0 {
				steps[n-1].end = i
			}
		case inBlock && strings.HasPrefix(l, "$ "):
			if n := len(steps); n > 0 && steps[n-1].end == 0 {
				steps[n-1].end = i
			}
			cmd := strings.TrimPrefix(l, "$ ")
			if _, word, ok := strings.Cut(cmd, "<<'"); ok { // a heredoc: up to its word
				word = strings.TrimSuffix(word, "'")
				for i++; i < len(lines) && lines[i] != word; i++ {
					cmd += "\n" + lines[i]
				}
				cmd += "\n" + word
			}
			steps = append(steps, tourStep{cmd: cmd, first: i + 1})
		}
	}
	for i := range steps {
		if steps[i].end == 0 {
			return nil, fmt.Errorf("tour step %q: its console block does not end", steps[i].cmd)
		}
		steps[i].out = strings.Join(lines[steps[i].first:steps[i].end], "\n")
	}
	if len(steps) < 10 {
		return nil, fmt.Errorf("the README's tour has %d commands: is it still there?", len(steps))
	}
	return steps, nil
}

// runSteps runs the commands in one bash session in dir and returns each
// one's output (stdout and stderr) and time. A failing command fails the test.
func runSteps(t *testing.T, dir string, env []string, steps []tourStep) ([]string, []time.Duration) {
	t.Helper()
	var script strings.Builder
	script.WriteString("set -o pipefail\n")
	for i, s := range steps {
		fmt.Fprintf(&script, "echo '@@start %d' >&3\n%s\nrc=$?\necho \"@@end %d $rc\" >&3\n[ $rc = 0 ] || exit $rc\n", i, s.cmd, i)
	}
	markers, markW, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(filepath.Join(t.TempDir(), "tour.out"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := outFile{f}
	cmd := exec.Command("bash", "-c", script.String())
	cmd.Dir, cmd.Env, cmd.Stdout, cmd.Stderr = dir, env, f, f
	cmd.ExtraFiles = []*os.File{markW}
	ctx, cancel := context.WithTimeout(context.Background(), 45*time.Minute)
	defer cancel()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	_ = markW.Close()
	go func() { <-ctx.Done(); _ = cmd.Process.Kill() }()
	outs := make([]string, len(steps))
	took := make([]time.Duration, len(steps))
	var at time.Time
	var from int
	sc := bufio.NewScanner(markers)
	failed := -1
	for sc.Scan() {
		var i, rc int
		switch {
		case strings.HasPrefix(sc.Text(), "@@start"):
			at, from = time.Now(), out.Len()
		case strings.HasPrefix(sc.Text(), "@@end"):
			if _, err := fmt.Sscanf(sc.Text(), "@@end %d %d", &i, &rc); err != nil {
				t.Fatal(err)
			}
			took[i] = time.Since(at)
			outs[i] = strings.TrimRight(out.From(from), "\n")
			if rc != 0 {
				failed = i
			}
		}
	}
	err = cmd.Wait()
	if failed >= 0 {
		t.Fatalf("$ %s\nexited with an error:\n%s", steps[failed].cmd, outs[failed])
	}
	if err != nil {
		t.Fatalf("the tour's shell: %v\n%s", err, out.From(0))
	}
	return outs, took
}

// withOutputs is the README with each step's output replaced by outs.
func withOutputs(readme string, steps []tourStep, outs []string) string {
	lines := strings.Split(readme, "\n")
	var b []string
	last := 0
	for i, s := range steps {
		b = append(b, lines[last:s.first]...)
		if outs[i] != "" {
			b = append(b, strings.Split(outs[i], "\n")...)
		}
		last = s.end
	}
	b = append(b, lines[last:]...)
	return strings.Join(b, "\n")
}

var (
	tourMasks = []struct {
		re   *regexp.Regexp
		with string
	}{
		{regexp.MustCompile(`zkprover-node/\S+`), "zkprover-node/<build>"}, // the build: version and commit
		{regexp.MustCompile(`[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`), "<id>"},
		{regexp.MustCompile(`0x[0-9a-fA-F]{16,}`), "0x<hex>"},
		{regexp.MustCompile(`\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ`), "<time>"},
		{regexp.MustCompile(`\d{20,}`), "<big>"},
		{regexp.MustCompile(`(about |past the estimate of )?(\d+h)?(\d+m)?\d+(\.\d+)?(ns|µs|us|ms|s|m)\b( left)?`), "<d>"},
		{regexp.MustCompile(`\d+\.\d+`), "<f>"},
		{regexp.MustCompile(`block \d+`), "block <n>"},
		{regexp.MustCompile(`about [\d,]+ constraints`), "about <n> constraints"},
		{regexp.MustCompile(`sent 0x<hex>( \(included in block <n>\))?|confirmed in block <n> \(0x<hex>\)|pending( \(last error:.*\))?`), "<relay>"},
		// relay list's STAGE before the relay's status: delivered once confirmed, which
		// depends on timing as the status does
		{regexp.MustCompile(`\b(relaying|delivered) +<relay>`), "<stage> <relay>"},
		{regexp.MustCompile(` +`), " "},
	}
	// Lines whose value depends on timing are left out on both sides.
	// The prover's warnings (insecure development keys) come once per
	// class loaded, and which classes a command finds depends on whether
	// the node's own setup is done.
	tourVolatile = regexp.MustCompile(`^(state|computing|last|pending|long runs|relay|relay tx|relay updated|transactions|waiting:|<id>$|took|<d> |WRN )`)
)

// normalizeTour masks what differs between runs and drops the lines that
// depend on timing; repeated progress lines count once.
func normalizeTour(s string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		l = strings.TrimSpace(l)
		for _, m := range tourMasks {
			l = m.re.ReplaceAllString(l, m.with)
		}
		if l == "" || tourVolatile.MatchString(l) {
			continue
		}
		if n := len(out); n > 0 && out[n-1] == l {
			continue
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// freshClone copies the files git tracks (and new files it does not ignore)
// from the repository at src into dst, and contracts/node_modules.
func freshClone(t *testing.T, src, dst string) {
	t.Helper()
	ls := exec.Command("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard")
	ls.Dir = src
	b, err := ls.Output()
	if err != nil {
		t.Fatalf("git ls-files: %v", err)
	}
	for _, f := range strings.Split(strings.TrimRight(string(b), "\x00"), "\x00") {
		if copyFile(filepath.Join(src, f), filepath.Join(dst, f)) != nil {
			continue // listed but deleted in the working tree
		}
	}
	cp := exec.Command("cp", "-r", filepath.Join(src, "contracts", "node_modules"), filepath.Join(dst, "contracts", "node_modules"))
	if out, err := cp.CombinedOutput(); err != nil {
		t.Fatalf("copying contracts/node_modules (run npm ci --prefix contracts): %v\n%s", err, out)
	}
}

func copyFile(from, to string) error {
	st, err := os.Stat(from)
	if err != nil || st.IsDir() {
		return fmt.Errorf("not a file: %s", from)
	}
	b, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
		return err
	}
	return os.WriteFile(to, b, st.Mode().Perm())
}

func freeAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

func readAll(path string) string {
	b, _ := os.ReadFile(path)
	return string(b)
}

func tail(b []byte, n int) string {
	if len(b) > n {
		b = b[len(b)-n:]
	}
	return string(b)
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}

// outFile is the shell's stdout and stderr: a file, so that everything a
// command wrote is in it when the command's end marker arrives.
type outFile struct{ f *os.File }

func (o outFile) Len() int {
	st, err := o.f.Stat()
	if err != nil {
		return 0
	}
	return int(st.Size())
}

func (o outFile) From(i int) string {
	b, _ := os.ReadFile(o.f.Name())
	if i > len(b) {
		return ""
	}
	return string(b[i:])
}

// TestReadmeTourParsed (in every `make test`): the README's tour parses
// into its commands (the heredoc whole, in order), and the masking keeps
// what must match while hiding what differs between runs.
func TestReadmeTourParsed(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	steps, err := tourSteps(string(readme))
	if err != nil {
		t.Fatal(err)
	}
	if c := steps[0].cmd; !strings.HasPrefix(c, "cat > sum.c <<'EOF'\n") || !strings.HasSuffix(c, "\nEOF") || !strings.Contains(c, "zk_write_output(sum);") {
		t.Fatalf("first step %q: want the whole heredoc", c)
	}
	var cmds []string
	for _, s := range steps[1:] {
		if strings.Contains(s.cmd, "\n") {
			t.Fatalf("step %q spans lines", s.cmd)
		}
		cmds = append(cmds, s.cmd)
	}
	all := strings.Join(cmds, "\n")
	for _, want := range []string{"bin/zkprover setup --cycles 2^8", "bin/zkprover verify proof.json", "bin/zkprover status --wait",
		"--out fib.json", "bin/zkprover cancel $ID", "bin/zkprover request --input", "bin/zkprover relay list"} {
		if !strings.Contains(all, want) {
			t.Errorf("the tour lacks %q", want)
		}
	}
	got := normalizeTour("id    c72e3ea8-0186-4d3f-8c55-f187bac75283\nstate IDLE\ncycles  77 (41µs, 1.9 M steps/s)\nclass 2^8 keys: 2/4 Groth16 setup, 1m2s elapsed, about 30s left (about 97,000 constraints)\n" +
		"class 2^8 keys: 2/4 Groth16 setup, 1m32s elapsed, past the estimate of 1m (about 97,000 constraints)\njob/0x01 relaying relay confirmed in block 31 (0x7919e0367919e0367919e036)\noutput  0x37000000\n" +
		"job/0x02  c72e3ea8-0186-4d3f-8c55-f187bac75283  delivered  confirmed in block 16 (0x6f3d55a08f8dc1b7706a09c3b9cf24571f076830f2a7e0e694b42783419d9a4d)\n" +
		"job/0x03  c72e3ea8-0186-4d3f-8c55-f187bac75283  relaying   sent 0x82e2b3a8494f2c817bc9432adc749d984d50aee8abf9d8d738c3c60e994f9f27")
	want := "id <id>\ncycles 77 (<d>, <f> M steps/s)\nclass 2^8 keys: 2/4 Groth16 setup, <d> elapsed, <d> (about <n> constraints)\njob/0x01 relaying relay <relay>\noutput 0x37000000\n" +
		"job/0x02 <id> <stage> <relay>\njob/0x03 <id> <stage> <relay>"
	if got != want {
		t.Fatalf("masked:\n%s\nwant:\n%s", got, want)
	}
}
