// Command gpubench measures Groth16 proving of the zkVM circuit (BN254) on
// CPU and, when built with `-tags icicle` and run on a host with an NVIDIA
// GPU and ICICLE's CUDA backend, on the GPU, for one or more capacity
// classes. It uses gnark and the circuits only: no node, no chain.
//
//	gpubench --class 2^12 --dummy-setup            # random keys, timing only
//	gpubench --class 2^10 --setup                  # in-memory single-party setup (keygen.Setup): proofs verified
//	gpubench --class 12 --keys data/keys           # a key store (zkprover setup)
//
// For each class it compiles the circuit (or loads it from the key store),
// executes a loop program that fills the class (prover.LoopProgram), builds
// the witness, proves it on CPU (gnark's groth16.Prove) and on GPU (gnark's
// ICICLE backend, the same key), verifies both proofs with the CPU verifier
// when the keys allow it, and prints one JSON line on stdout (see result).
// Progress goes to stderr.
//
// Exit status: 0 when every class was measured and every verifiable proof
// verified (a GPU that is unavailable is reported in the JSON line and on
// stderr, and is not an error unless --require-gpu); 1 when a class could not
// be measured (missing or broken keys, a proof that fails, a proof that does
// not verify); 2 for bad flags; 3 with --require-gpu when the GPU is
// unavailable (the CPU figures are still printed).
//
// See docs/proving.md, section "GPU proving (ICICLE)", and scripts/gpu/.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/bits"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/consensys/gnark/logger"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/prover"
)

// Exit statuses.
const (
	exitOK       = 0
	exitFailed   = 1
	exitUsage    = 2
	exitNoGPU    = 3
	flagsSummary = "gpubench --class 2^k[,2^k...] (--dummy-setup | --setup | --keys DIR) [--runs N] [--no-cpu] [--no-gpu] [--require-gpu] [--pin-keys] [--circuit rv32im|segment] [--verbose]"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

type config struct {
	classes    []int
	keys       string
	dummy      bool
	setup      bool
	runs       int
	noCPU      bool
	noGPU      bool
	requireGPU bool
	pinKeys    bool
	verbose    bool
	circuit    string        // "rv32im" (whole runs) or "segment" (segments of long runs)
	family     prover.Family // the circuit family of circuit
	target     prover.Target // who verifies its proofs: Solidity, or the aggregation circuit
}

func parseFlags(args []string, stderr io.Writer) (*config, error) {
	fs := flag.NewFlagSet("gpubench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		_, _ = fmt.Fprintf(stderr, "usage: %s\n\n", flagsSummary)
		fs.PrintDefaults()
	}
	var c config
	class := fs.String("class", "", "class(es) to measure: 2^12, 12 or 4096, comma-separated (required)")
	fs.StringVar(&c.keys, "keys", "", "key store folder `DIR` (the prover's layout: DIR/class-<k>/, made by zkprover setup --cycles 2^k)")
	fs.BoolVar(&c.dummy, "dummy-setup", false, "random keys (keygen.Dummy, the shape of a real key): timing only, proofs not valid and not verified")
	fs.BoolVar(&c.setup, "setup", false, "in-memory single-party setup, keygen.Setup (insecure, nothing written): proofs are verified")
	fs.IntVar(&c.runs, "runs", 1, "proofs per device; the median is reported (the first GPU proof also uploads the key)")
	fs.BoolVar(&c.noCPU, "no-cpu", false, "skip the CPU proofs (the GPU proof is still verified on CPU)")
	fs.BoolVar(&c.noGPU, "no-gpu", false, "skip the GPU proofs")
	fs.BoolVar(&c.requireGPU, "require-gpu", false, "exit 3 when the GPU is unavailable (after the CPU measurement)")
	fs.BoolVar(&c.pinKeys, "pin-keys", false, "keep the proving key in GPU memory between proofs (ICICLE PinToGPU; as a long-lived prover would)")
	fs.BoolVar(&c.verbose, "verbose", false, "gnark's and ICICLE's debug logs on stderr")
	fs.StringVar(&c.circuit, "circuit", "rv32im", "circuit: rv32im (a whole run of the class) or segment (one full segment of a long run, proven for the aggregation circuit; docs/recursion.md)")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if fs.NArg() > 0 {
		return nil, fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	if strings.TrimSpace(*class) == "" {
		return nil, errors.New("--class is required (e.g. --class 2^12)")
	}
	for _, s := range strings.Split(*class, ",") {
		k, err := parseClass(s)
		if err != nil {
			return nil, err
		}
		c.classes = append(c.classes, k)
	}
	n := 0
	for _, on := range []bool{c.keys != "", c.dummy, c.setup} {
		if on {
			n++
		}
	}
	if n != 1 {
		return nil, errors.New("give exactly one of --keys DIR, --dummy-setup, --setup")
	}
	switch c.circuit {
	case "rv32im":
		c.family, c.target = prover.DefaultFamily(), prover.TargetSolidity
	case "segment":
		c.family, c.target = prover.RV32IMSegments{}, prover.TargetRecursion
	default:
		return nil, fmt.Errorf("--circuit %q: rv32im or segment", c.circuit)
	}
	if c.runs < 1 {
		return nil, fmt.Errorf("--runs %d: at least 1", c.runs)
	}
	if c.noCPU && c.noGPU {
		return nil, errors.New("--no-cpu and --no-gpu: nothing to measure")
	}
	if c.requireGPU && c.noGPU {
		return nil, errors.New("--require-gpu and --no-gpu contradict each other")
	}
	return &c, nil
}

// parseClass reads a class as "2^12", "12" (log2, up to 40) or "4096" (a
// power of two above 40) and returns its log2.
func parseClass(s string) (int, error) {
	s = strings.TrimSpace(s)
	if b, e, ok := strings.Cut(s, "^"); ok {
		k, err := strconv.Atoi(strings.TrimSpace(e))
		if strings.TrimSpace(b) != "2" || err != nil || k < 1 || k > 30 {
			return 0, fmt.Errorf("--class %q: want 2^k with k in 1..30", s)
		}
		return k, nil
	}
	n, err := strconv.ParseUint(s, 10, 64)
	switch {
	case err != nil || n == 0:
		return 0, fmt.Errorf("--class %q: want 2^k, k, or a power of two", s)
	case n <= 30:
		return int(n), nil
	case n&(n-1) == 0 && n <= 1<<30:
		return bits.TrailingZeros64(n), nil
	}
	return 0, fmt.Errorf("--class %q: want 2^k, k (1..30) or a power of two", s)
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	c, err := parseFlags(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	if err != nil {
		_, _ = fmt.Fprintf(stderr, "gpubench: %v\nusage: %s\n", err, flagsSummary)
		return exitUsage
	}
	// gnark logs to stdout by default: keep stdout for the JSON lines.
	level := zerolog.WarnLevel
	if c.verbose {
		level = zerolog.DebugLevel
	}
	logger.Set(zerolog.New(zerolog.ConsoleWriter{Out: stderr, TimeFormat: time.TimeOnly, NoColor: true}).Level(level).With().Timestamp().Logger())
	say := func(format string, a ...any) { _, _ = fmt.Fprintf(stderr, "gpubench: "+format+"\n", a...) }

	if c.keys != "" {
		if st, err := os.Stat(c.keys); err != nil || !st.IsDir() {
			say("key folder %s: not found (want a key store made by `zkprover setup --cycles 2^k`, holding class-<k>/ folders; or use --dummy-setup or --setup)", c.keys)
			return exitFailed
		}
	}

	// The GPU: probed once, before any measurement.
	var gpu *gpuInfo
	var gpuWhy string
	if !c.noGPU {
		gpu, err = probeGPU()
		if err != nil {
			gpuWhy = err.Error()
			say("GPU unavailable: %s; measuring on CPU only", gpuWhy)
		} else {
			say("GPU: %s", gpu)
		}
	} else {
		gpuWhy = "skipped (--no-gpu)"
	}

	enc := json.NewEncoder(stdout)
	code := exitOK
	for _, k := range c.classes {
		res, err := measure(ctx, c, k, gpu, gpuWhy, say)
		if res != nil {
			res.MaxRSS = maxRSS()
			if err != nil {
				res.Error = err.Error()
			}
			if encErr := enc.Encode(res); encErr != nil {
				say("writing the result: %v", encErr)
				return exitFailed
			}
		}
		if err != nil {
			say("class 2^%d: %v", k, err)
			code = exitFailed
		}
		if ctx.Err() != nil {
			return exitFailed
		}
	}
	if code == exitOK && c.requireGPU && gpu == nil {
		say("--require-gpu: the GPU is unavailable (%s)", gpuWhy)
		return exitNoGPU
	}
	return code
}
