package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"syscall"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/spf13/cobra"

	"github.com/zkprover/zkprover/devchain"
	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/prover/longrun"
)

// longBenchResult is `bench --segment`'s result (docs/recursion.md,
// "Measured").
type longBenchResult struct {
	Program          string  `json:"program"`
	Cycles           uint64  `json:"cycles"`
	MaxCycles        uint64  `json:"max_cycles"` // the cycle budget the final proof binds (the executor's default)
	SegmentClass     int     `json:"segment_class"`
	Segments         int     `json:"segments"`
	ExecuteSeconds   float64 `json:"execute_seconds"`
	SegmentSeconds   float64 `json:"segment_prove_seconds"` // all segments, wall
	PerSegment       float64 `json:"segment_seconds_each"`
	AggregateSeconds float64 `json:"aggregate_seconds"`
	PerAggregation   float64 `json:"aggregation_seconds_each"`
	FinalSeconds     float64 `json:"final_seconds"`
	TotalSeconds     float64 `json:"total_seconds"`
	CyclesPerSecond  float64 `json:"cycles_per_second"`
	FinalVerifyGas   *uint64 `json:"final_verify_gas"` // the whole verifyProof transaction; null without solc
	GasNote          string  `json:"gas_note,omitempty"`
	PeakRSSBytes     int64   `json:"peak_rss_bytes"` // this process and its prove workers
	Workers          int     `json:"workers"`
	GPU              bool    `json:"gpu"` // every proof through ICICLE (--gpu)
	// WorkersReadySeconds is how long, after this process opened its keys,
	// the prove workers still took to load the segment key: waited for
	// before the run starts, not part of total_seconds (the bench measures
	// warm workers: a node's within a job, or between jobs with
	// keep-segment-workers).
	WorkersReadySeconds float64 `json:"workers_ready_seconds"`
}

// benchProgram is the long-run benchmark's program: examples/sha256 over a
// zero input sized to fill the cycles asked for (memory, loads and stores, as
// real programs): the longest input, in steps of 4 bytes, whose run takes at
// most that many cycles, so that a 2^16-cycle bench is a run of at most 2^16
// cycles (four segments of 2^14, not five). The loop program, of exactly that
// many cycles, when the example is not there.
func benchProgram(ctx context.Context, cycles uint64) (string, *executor.Program, *executor.Input, error) {
	data, err := os.ReadFile(filepath.Join("examples", "sha256", "sha256.elf"))
	if err != nil {
		p, err := prover.LoopProgram(int(cycles))
		return "loop", p, &executor.Input{}, err
	}
	p, err := executor.LoadELF(data, executor.Limits{})
	if err != nil {
		return "", nil, nil, err
	}
	n, err := fillInput(ctx, p, cycles)
	if err != nil {
		return "", nil, nil, err
	}
	return fmt.Sprintf("sha256 of %d bytes", n), p, &executor.Input{Offchain: make([]byte, n)}, nil
}

// fillInput returns the longest zero input, a multiple of 4 bytes up to
// 1 MiB, on which p runs in at most cycles cycles (cycles grow with the input
// length, so a binary search over the length finds it).
func fillInput(ctx context.Context, p *executor.Program, cycles uint64) (int, error) {
	runs := func(n int) (bool, error) {
		res, err := executor.Run(ctx, p, &executor.Input{Offchain: make([]byte, n)}, executor.Config{})
		if err != nil {
			return false, fmt.Errorf("bench program over %d bytes: %w", n, err)
		}
		return res.Cycles <= cycles, nil
	}
	const maxWords = (1 << 20) / 4
	if ok, err := runs(0); err != nil || !ok {
		if err == nil {
			err = fmt.Errorf("bench program: more than %d cycles over an empty input", cycles)
		}
		return 0, err
	}
	// lo fits and hi does not (in words of input), or hi is past 1 MiB
	lo, hi := 0, 16
	for hi <= maxWords {
		ok, err := runs(4 * hi)
		if err != nil {
			return 0, err
		}
		if !ok {
			break
		}
		lo, hi = hi, 2*hi
	}
	hi = min(hi, maxWords+1)
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		ok, err := runs(4 * mid)
		if err != nil {
			return 0, err
		}
		if ok {
			lo = mid
		} else {
			hi = mid
		}
	}
	return 4 * lo, nil
}

// runBenchLong is `bench --cycles 2^k --segment 2^s`.
func runBenchLong(cmd *cobra.Command, cycles, segment string) error {
	k, err := parseCycles(cycles)
	if err != nil {
		return err
	}
	s, err := parseCycles(segment)
	if err != nil {
		return err
	}
	ctx := cmd.Context()
	dataDir, _ := cmd.Flags().GetString("data")
	workers, _ := cmd.Flags().GetInt("workers")
	asJSON, _ := cmd.Flags().GetBool("json")
	name, prog, in, err := benchProgram(ctx, uint64(1)<<k)
	if err != nil {
		return err
	}
	ks, provers, err := openLongRun(cmd, dataDir, s, workers, false)
	if err != nil {
		return err
	}
	ready, err := waitWorkers(ctx, provers)
	if err != nil {
		return err
	}
	f, err := proveLong(cmd, ks, provers, prog, in, executor.Config{}, cmd.ErrOrStderr())
	if err != nil {
		return err
	}
	t := f.Times
	total := t.Execute + t.Segments + t.Aggregate + t.Final
	r := &longBenchResult{Program: name, Cycles: f.Cycles, MaxCycles: f.MaxCycles, SegmentClass: s, Segments: f.Segments,
		ExecuteSeconds: t.Execute.Seconds(), SegmentSeconds: t.Segments.Seconds(), PerSegment: t.Segments.Seconds() / float64(f.Segments),
		AggregateSeconds: t.Aggregate.Seconds(), FinalSeconds: t.Final.Seconds(), TotalSeconds: total.Seconds(),
		CyclesPerSecond: float64(f.Cycles) / total.Seconds(), PeakRSSBytes: peakRSS(), Workers: workers,
		WorkersReadySeconds: ready.Seconds()}
	r.GPU, _ = cmd.Flags().GetBool("gpu")
	if f.Segments > 1 {
		r.PerAggregation = t.Aggregate.Seconds() / float64(f.Segments-1)
	}
	gas, err := finalGas(ctx, ks, f)
	if err != nil {
		r.GasNote = err.Error()
	} else {
		r.FinalVerifyGas = &gas
	}
	if asJSON {
		return writeJSON(cmd.OutOrStdout(), r)
	}
	gasS := "n/a (" + r.GasNote + ")"
	if r.FinalVerifyGas != nil {
		gasS = groupDigits(*r.FinalVerifyGas)
	}
	printTable(cmd.OutOrStdout(), [][2]string{
		{"program", r.Program},
		{"cycles", groupDigits(r.Cycles)},
		{"max cycles", groupDigits(r.MaxCycles)},
		{"segments", fmt.Sprintf("%d of at most 2^%d steps", r.Segments, s)},
		{"segments proven", fmt.Sprintf("%s (%s each)", humanSeconds(r.SegmentSeconds), humanSeconds(r.PerSegment))},
		{"aggregation", fmt.Sprintf("%s (%s each)", humanSeconds(r.AggregateSeconds), humanSeconds(r.PerAggregation))},
		{"final proof", humanSeconds(r.FinalSeconds)},
		{"total", humanSeconds(r.TotalSeconds)},
		{"cycles per second", fmt.Sprintf("%.0f", r.CyclesPerSecond)},
		{"final verification gas", gasS},
		{"peak memory", fmt.Sprintf("%.1f GB", float64(r.PeakRSSBytes)/1e9)},
	})
	return nil
}

// finalGas deploys the final circuit's exported verifier on an in-process
// chain and returns the gas of a verifyProof transaction with f.
func finalGas(ctx context.Context, ks *longrun.Keys, f *longrun.Final) (uint64, error) {
	sol := filepath.Join(prover.ClassDir(ks.Final.Root(), ks.LogSteps), prover.FileVerifier)
	code, err := devchain.CompileVerifier(ctx, sol, "contracts")
	if err != nil {
		return 0, err
	}
	chain, err := devchain.Start(ctx, devchain.Options{Addr: "127.0.0.1:0", Logger: quietLogger(os.Stderr)})
	if err != nil {
		return 0, err
	}
	defer chain.Close()
	addr, err := chain.DeployCode(ctx, code)
	if err != nil {
		return 0, err
	}
	pp, err := f.ProverProof()
	if err != nil {
		return 0, err
	}
	rc, err := chain.Transact(ctx, &addr, pp.Calldata, 2_000_000)
	if err != nil {
		return 0, err
	}
	if rc.Status != types.ReceiptStatusSuccessful {
		return 0, errors.New("the verifier rejected the final proof on the EVM")
	}
	return rc.GasUsed, nil
}

// peakRSS is the peak resident set of this process plus the largest of its
// children (prove workers), in bytes.
func peakRSS() int64 {
	var self, kids syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &self)
	_ = syscall.Getrusage(syscall.RUSAGE_CHILDREN, &kids)
	return (self.Maxrss + kids.Maxrss) * 1024
}
