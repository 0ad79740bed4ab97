package main

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"runtime"
	"sort"
	"syscall"
	"time"

	"github.com/consensys/gnark"
	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	fcs "github.com/consensys/gnark/frontend/cs"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/circuits"
	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/prover/keygen"
	"github.com/zkprover/zkprover/statement"
)

// Key sources (result.KeySource).
const (
	sourceDummy = "dummy-setup" // keygen.Dummy: random points, no verifying key
	sourceSetup = "setup"       // keygen.Setup in memory (insecure single party)
	sourceKeys  = "keys"        // a key store folder (prover.LoadClass)
)

// result is one measurement: one class proven on CPU and on GPU. It is
// printed as one JSON line. Figures that were not measured are null.
type result struct {
	Circuit     string `json:"circuit"` // e.g. "rv32im 2^12"
	Class       string `json:"class"`   // "2^12"
	LogSteps    int    `json:"log_steps"`
	Steps       int    `json:"steps"`
	Cycles      uint64 `json:"cycles"` // cycles of the proven run (the class filled)
	Constraints int    `json:"constraints"`

	KeySource      string   `json:"key_source"` // dummy-setup, setup or keys
	KeyDir         string   `json:"key_dir,omitempty"`
	SetupKind      string   `json:"setup_kind"`
	SetupSeconds   float64  `json:"setup_seconds"`        // keygen.Dummy or Setup measured now; for keys, the manifest's
	SetupFrom      string   `json:"setup_seconds_source"` // "measured" or "manifest"
	CompileSeconds *float64 `json:"compile_seconds"`      // circuit compile (for keys: the circuit check)
	LoadSeconds    *float64 `json:"load_seconds"`         // keys read from the folder (checksums included)
	ExecuteSeconds float64  `json:"execute_seconds"`      // executor in trace mode
	WitnessSeconds float64  `json:"witness_seconds"`      // assignment + witness vector
	SolveSeconds   *float64 `json:"solve_seconds"`        // the constraint solver alone, on CPU: the part of a GPU proof that stays on the CPU

	Runs           int       `json:"runs"`
	CPUSeconds     *float64  `json:"cpu_seconds"`             // groth16.Prove (solver included), median
	CPURuns        []float64 `json:"cpu_runs_seconds"`        // every CPU proof
	GPUSeconds     *float64  `json:"gpu_seconds"`             // ICICLE Prove (solver included), median
	GPURuns        []float64 `json:"gpu_runs_seconds"`        // every GPU proof; the first sets up the device and the key
	Speedup        *float64  `json:"speedup"`                 // cpu_seconds / gpu_seconds
	GPUPeakMemory  *uint64   `json:"gpu_peak_memory_bytes"`   // device memory in use at the peak of the GPU proofs (whole device), null when unknown
	GPUMemoryStart *uint64   `json:"gpu_memory_before_bytes"` // device memory in use before them
	GPUMemoryTotal *uint64   `json:"gpu_memory_total_bytes"`
	PinKeys        bool      `json:"gpu_pin_keys"` // proving key kept in GPU memory between proofs

	GPU            string  `json:"gpu"`             // the device, or "unavailable"
	GPUUnavailable *string `json:"gpu_unavailable"` // why there is no GPU figure, null when there is one

	VerifiedCPU   *bool    `json:"verified_cpu"` // the CPU proof verifies (Go verifier); null when not verifiable
	VerifiedGPU   *bool    `json:"verified_gpu"` // the GPU proof verifies with the CPU verifier; null when not verifiable
	VerifySeconds *float64 `json:"verify_seconds"`
	VerifyNote    string   `json:"verify_note,omitempty"`

	MaxRSS       uint64 `json:"process_max_rss_bytes"` // peak resident memory of this process so far
	Build        string `json:"build"`                 // "icicle" or "no-icicle"
	CPUs         int    `json:"cpus"`
	GnarkVersion string `json:"gnark_version"`
	GoVersion    string `json:"go_version"`
	Host         string `json:"host"`
	Time         string `json:"time"`
	Error        string `json:"error,omitempty"`
}

// classKeys are the constraint system and keys a measurement uses.
type classKeys struct {
	cs constraint.ConstraintSystem
	pk groth16.ProvingKey
	vk groth16.VerifyingKey // nil for dummy keys
}

func ptr[T any](v T) *T { return &v }

func since(t time.Time) float64 { return time.Since(t).Seconds() }

// measure measures class k. The result is nil only when nothing could be
// measured before the error (bad keys); otherwise it carries what was
// measured, and the caller adds the error.
func measure(ctx context.Context, c *config, k int, gpu *gpuInfo, gpuWhy string, say func(string, ...any)) (*result, error) {
	host, _ := os.Hostname()
	res := &result{
		Circuit: fmt.Sprintf("%s 2^%d", c.family.Name(), k), Class: fmt.Sprintf("2^%d", k), LogSteps: k,
		Runs: c.runs, PinKeys: c.pinKeys, Build: buildKind, CPUs: runtime.NumCPU(),
		GnarkVersion: gnark.Version.String(), GoVersion: runtime.Version(), Host: host,
		Time: time.Now().UTC().Format(time.RFC3339), GPU: "unavailable",
		CPURuns: []float64{}, GPURuns: []float64{},
	}
	if k < c.family.MinLogSteps() || k > c.family.MaxLogSteps() {
		return nil, fmt.Errorf("class 2^%d outside the circuit's range 2^%d..2^%d", k, c.family.MinLogSteps(), c.family.MaxLogSteps())
	}
	res.Steps = c.family.Steps(k)
	if gpu != nil {
		res.GPU = gpu.String()
	} else {
		res.GPUUnavailable = ptr(gpuWhy)
	}

	keys, err := loadKeys(ctx, c, k, res, say)
	if err != nil {
		return nil, err
	}
	res.Constraints = keys.cs.GetNbConstraints()
	if keys.vk == nil {
		res.VerifyNote = "dummy keys (keygen.Dummy): timing only, the proofs are not valid and are not verified"
	}

	// The run: the largest loop program that fits the class.
	say("class 2^%d: executing the bench program", k)
	var assignment frontend.Circuit
	start := time.Now()
	if c.circuit == "segment" {
		if assignment, err = benchSegment(ctx, k, res); err != nil {
			return res, err
		}
	} else {
		run, err := benchRun(ctx, c, k, res)
		if err != nil {
			return res, err
		}
		start = time.Now()
		if assignment, err = c.family.Assign(k, run); err != nil {
			return res, fmt.Errorf("assigning: %w", err)
		}
	}
	full, err := frontend.NewWitness(assignment, ecc.BN254.ScalarField())
	if err != nil {
		return res, fmt.Errorf("witness: %w", err)
	}
	pub, err := full.Public()
	if err != nil {
		return res, fmt.Errorf("public witness: %w", err)
	}
	res.WitnessSeconds = since(start)

	// The solver alone (gnark's Prove runs it first, on CPU, on either device).
	// The commitment hint, which the provers replace by the commitment's hash,
	// gets a fixed large value (a challenge far from any table entry): the
	// solver's work is the same.
	start = time.Now()
	if _, err := keys.cs.Solve(full, solver.OverrideHint(solver.GetHintID(fcs.Bsb22CommitmentComputePlaceholder),
		func(mod *big.Int, _ []*big.Int, out []*big.Int) error {
			for i := range out {
				out[i].Lsh(big.NewInt(0x5eed), 230).Add(out[i], big.NewInt(int64(i))).Mod(out[i], mod)
			}
			return nil
		})); err != nil {
		return res, fmt.Errorf("solving: %w", err)
	}
	res.SolveSeconds = ptr(since(start))
	say("class 2^%d: solver %.3f s", k, *res.SolveSeconds)

	verify := func(p groth16.Proof) (*bool, error) {
		if keys.vk == nil {
			return nil, nil
		}
		start := time.Now()
		err := groth16.Verify(p, keys.vk, pub, c.target.VerifierOptions()...)
		res.VerifySeconds = ptr(since(start))
		return ptr(err == nil), err
	}

	// CPU.
	if !c.noCPU {
		for i := 0; i < c.runs; i++ {
			if err := ctx.Err(); err != nil {
				return res, err
			}
			say("class 2^%d: CPU proof %d/%d (%d constraints)", k, i+1, c.runs, res.Constraints)
			start := time.Now()
			p, err := groth16.Prove(keys.cs, keys.pk, full, c.target.ProverOptions()...)
			if err != nil {
				return res, fmt.Errorf("CPU proof: %w", err)
			}
			res.CPURuns = append(res.CPURuns, since(start))
			if i == 0 {
				ok, err := verify(p)
				res.VerifiedCPU = ok
				if err != nil {
					return res, fmt.Errorf("the CPU proof does not verify: %w", err)
				}
			}
		}
		res.CPUSeconds = ptr(median(res.CPURuns))
		say("class 2^%d: CPU %.3f s", k, *res.CPUSeconds)
	}

	// GPU.
	if gpu != nil {
		if err := measureGPU(ctx, c, k, keys, full, verify, res, say); err != nil {
			return res, err
		}
	}
	return res, nil
}

func measureGPU(ctx context.Context, c *config, k int, keys *classKeys, full witness.Witness,
	verify func(groth16.Proof) (*bool, error), res *result, say func(string, ...any)) error {
	gk, err := gpuKey(keys.pk)
	if err != nil {
		return fmt.Errorf("GPU proving key: %w", err)
	}
	defer releaseGPUKey(gk)
	sampler := startGPUMemorySampler()
	for i := 0; i < c.runs; i++ {
		if err := ctx.Err(); err != nil {
			sampler.stop(res)
			return err
		}
		say("class 2^%d: GPU proof %d/%d", k, i+1, c.runs)
		start := time.Now()
		p, err := proveGPU(keys.cs, gk, full, c.pinKeys, c.target)
		if err != nil {
			sampler.stop(res)
			return fmt.Errorf("GPU proof: %w", err)
		}
		res.GPURuns = append(res.GPURuns, since(start))
		if i == 0 {
			ok, err := verify(p)
			res.VerifiedGPU = ok
			if err != nil {
				sampler.stop(res)
				return fmt.Errorf("the GPU proof does not verify with the CPU verifier: %w", err)
			}
		}
	}
	sampler.stop(res)
	res.GPUSeconds = ptr(median(res.GPURuns))
	if res.CPUSeconds != nil && *res.GPUSeconds > 0 {
		res.Speedup = ptr(*res.CPUSeconds / *res.GPUSeconds)
	}
	say("class 2^%d: GPU %.3f s", k, *res.GPUSeconds)
	return nil
}

// loadKeys compiles the circuit and makes keys (dummy or in-memory setup), or
// loads them from the key store, checking them against the current circuit.
func loadKeys(ctx context.Context, c *config, k int, res *result, say func(string, ...any)) (*classKeys, error) {
	if c.keys != "" {
		res.KeySource, res.KeyDir, res.SetupFrom = sourceKeys, c.keys, "manifest"
		say("class 2^%d: loading keys from %s", k, prover.ClassDir(c.keys, k))
		start := time.Now()
		keys, err := prover.LoadClass(ctx, c.keys, c.family, k, prover.LoadAll, zerolog.Nop())
		if errors.Is(err, prover.ErrNoClass) {
			return nil, fmt.Errorf("class 2^%d is not in the key folder %s (no %s): make it with `zkprover setup --cycles 2^%d`, or use --dummy-setup or --setup: %w",
				k, c.keys, prover.ClassDir(c.keys, k), k, err)
		}
		if err != nil {
			return nil, fmt.Errorf("loading class 2^%d from %s: %w", k, c.keys, err)
		}
		res.LoadSeconds = ptr(since(start))
		res.SetupKind, res.SetupSeconds = keys.Manifest.SetupKind, keys.Manifest.SetupSeconds
		start = time.Now()
		if err := prover.CheckCircuit(c.family, keys); err != nil {
			return nil, err
		}
		res.CompileSeconds = ptr(since(start))
		return &classKeys{cs: keys.CS, pk: keys.PK, vk: keys.VK}, nil
	}

	say("class 2^%d: compiling the circuit", k)
	start := time.Now()
	cs, err := prover.Compile(c.family, k)
	if err != nil {
		return nil, err
	}
	res.CompileSeconds = ptr(since(start))
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	res.SetupFrom = "measured"
	start = time.Now()
	if c.dummy {
		res.KeySource, res.SetupKind = sourceDummy, prover.SetupDummy
		say("class 2^%d: dummy setup (%d constraints)", k, cs.GetNbConstraints())
		pk, err := keygen.Dummy(cs)
		if err != nil {
			return nil, fmt.Errorf("dummy setup of class 2^%d: %w", k, err)
		}
		res.SetupSeconds = since(start)
		return &classKeys{cs: cs, pk: pk}, nil
	}
	res.KeySource, res.SetupKind = sourceSetup, prover.SetupInsecure
	say("class 2^%d: single-party setup in memory (%d constraints; insecure, nothing written)", k, cs.GetNbConstraints())
	pk, vk, err := keygen.Setup(cs)
	if err != nil {
		return nil, fmt.Errorf("setup of class 2^%d: %w", k, err)
	}
	res.SetupSeconds = since(start)
	return &classKeys{cs: cs, pk: pk, vk: vk}, nil
}

// benchRun executes the largest loop program (prover.LoopProgram) that fits
// class k, as `zkprover bench` does.
func benchRun(ctx context.Context, c *config, k int, res *result) (*prover.Run, error) {
	steps := c.family.Steps(k)
	var lastErr error
	for cycles := steps; cycles >= steps-16 && cycles >= 8; cycles-- {
		prog, err := prover.LoopProgram(cycles)
		if err != nil {
			return nil, err
		}
		in := &executor.Input{}
		start := time.Now()
		r, tr, err := executor.RunTrace(ctx, prog, in, executor.Config{MaxTraceSteps: uint64(steps)})
		if err != nil {
			lastErr = err
			continue
		}
		run := &prover.Run{Program: prog, Input: in, Result: r, Trace: tr, Public: r.Public(prog, in)}
		if err := c.family.Fits(k, run); err != nil {
			lastErr = err
			continue
		}
		res.ExecuteSeconds = since(start)
		res.Cycles = r.Cycles
		return run, nil
	}
	return nil, fmt.Errorf("no loop program fits class 2^%d: %w", k, lastErr)
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	return s[len(s)/2]
}

// maxRSS is the peak resident memory of this process (Linux: ru_maxrss in KiB).
func maxRSS() uint64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil || ru.Maxrss < 0 {
		return 0
	}
	return uint64(ru.Maxrss) * 1024
}

// errStop ends the segmentation once the segment to measure is assigned.
var errStop = errors.New("stop")

// benchSegment assigns the second segment (a full one, not the first: no
// image load) of the loop program run for two segments of class k.
func benchSegment(ctx context.Context, k int, res *result) (frontend.Circuit, error) {
	class := circuits.NewSegmentClass(k)
	prog, err := prover.LoopProgram(2*class.Steps + 8)
	if err != nil {
		return nil, err
	}
	in := &executor.Input{}
	r, err := executor.Run(ctx, prog, in, executor.Config{})
	if err != nil {
		return nil, err
	}
	run := &circuits.Witness{Entry: prog.Entry, Base: prog.Base, Image: prog.Words,
		NewState: r.State, ExitCode: r.ExitCode, Output: r.Output}
	tree := statement.NewMemTree()
	var a frontend.Circuit
	start := time.Now()
	_, err = executor.RunSegments(ctx, prog, in, executor.Config{}, class.SegmentLimits(), func(seg *executor.Segment) error {
		st := circuits.SegStartOf(seg)
		w := *run
		w.Trace = &executor.Trace{Steps: seg.Steps}
		sa, _, err := circuits.AssignSegment(class, &circuits.SegWitness{Run: &w, Start: st}, tree)
		if err != nil {
			return err
		}
		if seg.Index == 1 {
			a = sa
			return errStop
		}
		return nil
	})
	if !errors.Is(err, errStop) {
		return nil, fmt.Errorf("segmenting the bench program: %w", err)
	}
	res.ExecuteSeconds = since(start)
	res.Cycles = uint64(class.Steps)
	return a, nil
}
