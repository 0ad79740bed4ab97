package prover

import (
	"context"
	"fmt"
	"runtime"
	"sort"
	"time"

	"github.com/consensys/gnark"
	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/prover/keygen"
)

// BenchResult is what `zkprover bench` reports for one class.
type BenchResult struct {
	LogSteps            int     `json:"log_steps"`
	Hash                string  `json:"hash,omitempty"` // a hash class's tables: "sha256" or "keccak"
	Steps               int     `json:"steps"`
	Cycles              uint64  `json:"cycles"` // cycles of the benchmark run (the class filled)
	Constraints         int     `json:"constraints"`
	ConstraintsPerCycle float64 `json:"constraints_per_cycle"` // constraints / steps (amortised, all overheads)
	Sha256Rows          int     `json:"sha256_rows"`           // SHA256_COMPRESS calls the class holds (its SHA-256 table)
	KeccakRows          int     `json:"keccak_rows"`           // KECCAK_F calls the class holds (its Keccak table)
	SetupSeconds        float64 `json:"setup_seconds"`         // as recorded in the class manifest
	ExecuteSeconds      float64 `json:"execute_seconds"`       // executor in trace mode
	WitnessSeconds      float64 `json:"witness_seconds"`       // assignment + witness vector
	ProveSeconds        float64 `json:"prove_seconds"`         // groth16.Prove (solver included), median of runs
	VerifySeconds       float64 `json:"verify_seconds"`        // Verify (Go), median of runs
	CyclesPerSecond     float64 `json:"cycles_per_second"`     // cycles / (witness + prove)
	BaselineProveSecs   float64 `json:"baseline_prove_seconds,omitempty"`
	BaselineConstraints int     `json:"baseline_constraints,omitempty"`
	OverheadRatio       float64 `json:"overhead_ratio,omitempty"` // prove / baseline prove
	Runs                int     `json:"runs"`
	GPU                 bool    `json:"gpu"`
	CPUs                int     `json:"cpus"`
	GnarkVersion        string  `json:"gnark_version"`
	SetupKind           string  `json:"setup_kind"`
	CompileSeconds      float64 `json:"compile_seconds,omitempty"` // BenchDummy only
}

// precompileRows is implemented by families whose classes have precompile
// tables: the calls of each precompile a class holds.
type precompileRows interface {
	PrecompileRows(logSteps int) (sha256, keccak int)
}

// SetupDummy marks BenchDummy's random keys, good for timing only.
const SetupDummy = "dummy (keygen.Dummy: random points, timing only, proofs not valid)"

// BenchDummy times class k of a family without a real setup: it compiles the
// circuit, fills a proving key with keygen.Dummy (random points, no
// verifying key) and times proving a loop program that fills the class. The
// proof is not valid and is not verified; proving time does not depend on
// the key's values. For measuring classes whose setup would take too long.
func BenchDummy(ctx context.Context, fam Family, logSteps, runs int, baseline bool) (*BenchResult, error) {
	start := time.Now()
	cs, err := Compile(fam, logSteps)
	if err != nil {
		return nil, err
	}
	compile := time.Since(start).Seconds()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	pk, err := keygen.Dummy(cs)
	if err != nil {
		return nil, fmt.Errorf("dummy setup of class %s: %w", ClassLabel(logSteps), err)
	}
	keys := &Keys{CS: cs, PK: pk, Manifest: Manifest{LogSteps: ClassLogSteps(logSteps), Hash: classHashName(logSteps), Steps: fam.Steps(logSteps),
		Constraints: cs.GetNbConstraints(), SetupKind: SetupDummy}}
	p := &Prover{fam: fam, root: "(dummy keys)", keys: map[int]*Keys{logSteps: keys}, order: []int{logSteps},
		gpuKeys: map[int]groth16.ProvingKey{}, sem: make(chan struct{}, 1), wstart: make(chan struct{}, 1)}
	res, err := p.Bench(ctx, logSteps, runs, baseline)
	if err != nil {
		return nil, err
	}
	res.CompileSeconds = compile
	return res, nil
}

// Bench proves a loop program that fills class k `runs` times and measures
// each phase. With baseline, it also proves a trivial circuit (a chain of
// multiplications, no commitment) with the same constraint count, keyed by
// gnark's DummySetup (random keys: proving time is what matters), and reports
// the ratio of the two proving times.
func (p *Prover) Bench(ctx context.Context, logSteps, runs int, baseline bool) (*BenchResult, error) {
	keys, err := p.Keys(logSteps)
	if err != nil {
		return nil, err
	}
	if runs < 1 {
		runs = 1
	}
	steps := p.fam.Steps(logSteps)
	res := &BenchResult{
		LogSteps: ClassLogSteps(logSteps), Hash: classHashName(logSteps), Steps: steps, Constraints: keys.Manifest.Constraints,
		ConstraintsPerCycle: float64(keys.Manifest.Constraints) / float64(steps),
		SetupSeconds:        keys.Manifest.SetupSeconds, Runs: runs, GPU: p.gpu,
		CPUs: runtime.NumCPU(), GnarkVersion: gnark.Version.String(), SetupKind: keys.Manifest.SetupKind,
	}
	if pr, ok := p.fam.(precompileRows); ok {
		res.Sha256Rows, res.KeccakRows = pr.PrecompileRows(logSteps)
	}

	// The largest loop program that fits the class.
	var run *Run
	var lastErr error
	for c := steps; c >= steps-16 && c >= 8; c-- {
		prog, err := LoopProgram(c)
		if err != nil {
			return nil, err
		}
		start := time.Now()
		r, err := p.Execute(ctx, prog, &executor.Input{}, executor.Config{})
		if err != nil {
			lastErr = err
			continue
		}
		if err := p.fam.Fits(logSteps, r); err != nil {
			lastErr = err
			continue
		}
		res.ExecuteSeconds = time.Since(start).Seconds()
		run = r
		break
	}
	if run == nil {
		return nil, fmt.Errorf("no loop program fits class %s: %w", ClassLabel(logSteps), lastErr)
	}
	res.Cycles = run.Result.Cycles

	var proveTimes, verifyTimes []float64
	for i := 0; i < runs; i++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		start := time.Now()
		assignment, err := p.fam.Assign(logSteps, run)
		if err != nil {
			return nil, fmt.Errorf("assigning: %w", err)
		}
		full, err := frontend.NewWitness(assignment, ecc.BN254.ScalarField())
		if err != nil {
			return nil, fmt.Errorf("witness: %w", err)
		}
		res.WitnessSeconds = time.Since(start).Seconds()
		start = time.Now()
		var gp groth16.Proof
		if p.gpu {
			gp, err = proveGPU(keys.CS, p.gpuKeys[logSteps], full, TargetSolidity)
		} else {
			gp, err = groth16.Prove(keys.CS, keys.PK, full, solidity.WithProverTargetSolidityVerifier(backend.GROTH16))
		}
		if err != nil {
			return nil, fmt.Errorf("proving: %w", err)
		}
		proveTimes = append(proveTimes, time.Since(start).Seconds())
		if keys.VK == nil { // dummy keys: timing only, the proof is not valid
			continue
		}
		proof, err := newProof(logSteps, run.Result.Cycles, run.Public, gp)
		if err != nil {
			return nil, err
		}
		start = time.Now()
		if err := Verify(keys.VK, proof); err != nil {
			return nil, fmt.Errorf("benchmark proof does not verify: %w", err)
		}
		verifyTimes = append(verifyTimes, time.Since(start).Seconds())
	}
	res.ProveSeconds = median(proveTimes)
	if len(verifyTimes) > 0 {
		res.VerifySeconds = median(verifyTimes)
	}
	res.CyclesPerSecond = float64(res.Cycles) / (res.WitnessSeconds + res.ProveSeconds)

	if baseline && !p.gpu {
		secs, n, err := baselineProve(ctx, keys.Manifest.Constraints, runs)
		if err != nil {
			return nil, fmt.Errorf("baseline: %w", err)
		}
		res.BaselineProveSecs, res.BaselineConstraints = secs, n
		res.OverheadRatio = res.ProveSeconds / secs
	}
	return res, nil
}

func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	return s[len(s)/2]
}

// mulChain is the trivial baseline circuit: n multiplications in a chain.
type mulChain struct {
	X frontend.Variable `gnark:",public"`
	Y frontend.Variable
	n int
}

func (c *mulChain) Define(api frontend.API) error {
	x := c.Y
	for i := 0; i < c.n; i++ {
		x = api.Add(api.Mul(x, x), i+1)
	}
	api.AssertIsDifferent(x, c.X)
	return nil
}

// baselineProve proves a trivial circuit of about `constraints` constraints
// and returns the median proving time and its exact constraint count.
func baselineProve(ctx context.Context, constraints, runs int) (float64, int, error) {
	c := &mulChain{n: constraints - 1}
	cs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c)
	if err != nil {
		return 0, 0, err
	}
	pk, err := groth16.DummySetup(cs)
	if err != nil {
		return 0, 0, err
	}
	full, err := frontend.NewWitness(&mulChain{X: 0, Y: 3, n: c.n}, ecc.BN254.ScalarField())
	if err != nil {
		return 0, 0, err
	}
	var times []float64
	for i := 0; i < runs; i++ {
		if err := ctx.Err(); err != nil {
			return 0, 0, err
		}
		start := time.Now()
		if _, err := groth16.Prove(cs, pk, full); err != nil {
			return 0, 0, err
		}
		times = append(times, time.Since(start).Seconds())
	}
	return median(times), cs.GetNbConstraints(), nil
}
