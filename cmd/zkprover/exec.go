package main

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/spf13/cobra"

	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/jobs"
	"github.com/zkprover/zkprover/statement"
)

func newExecCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "exec PROGRAM.elf",
		Short: "Run a RISC-V RV32IM program and print its result (no proof)",
		Long: `Runs a program in the executor and prints the exit code, output (hex),
cycles, counters, program id, new state root, changed keys and logs. With
--json it prints one JSON object instead. A program fault (illegal
instruction, bad access, cycle limit, ...) is an error naming the pc and the
instruction. See docs/programs.md.`,
		Args: cobra.ExactArgs(1),
		RunE: runExec,
	}
	addRunFlags(cmd)
	cmd.Flags().Bool("json", false, "print one JSON object")
	cmd.Flags().Bool("trace", false, "also record and check the trace the prover uses, and print its size")
	return cmd
}

// execReport is the JSON form of a run (snake_case fields).
type execReport struct {
	ProgramID    string            `json:"program_id"`
	ImageWords   int               `json:"image_words"`
	ExitCode     uint32            `json:"exit_code"`
	Output       string            `json:"output"`
	Cycles       uint64            `json:"cycles"`
	OldStateRoot string            `json:"old_state_root"`
	StateRoot    string            `json:"state_root"`
	OffchainHash string            `json:"offchain_hash"`
	State        map[string]string `json:"state"`
	Changed      map[string]string `json:"changed"`
	Logs         []string          `json:"logs"`
	Counters     executor.Counters `json:"counters"`
	TraceSteps   *int              `json:"trace_steps,omitempty"`
	MemoryRows   *int              `json:"memory_rows,omitempty"`
}

func fieldHex(e fr.Element) string {
	b := e.Bytes()
	return "0x" + hex.EncodeToString(b[:])
}

func runExec(cmd *cobra.Command, args []string) error {
	path := args[0]
	p, in, cfg, err := loadRun(cmd, path)
	if err != nil {
		return err
	}
	withTrace, _ := cmd.Flags().GetBool("trace")
	asJSON, _ := cmd.Flags().GetBool("json")

	start := time.Now()
	var res *executor.Result
	var tr *executor.Trace
	if withTrace {
		res, tr, err = executor.RunTrace(cmd.Context(), p, in, cfg)
	} else {
		res, err = executor.Run(cmd.Context(), p, in, cfg)
	}
	elapsed := time.Since(start)
	if err != nil {
		return fmt.Errorf("running %s: %w", path, err)
	}
	if tr != nil {
		if err := executor.CheckTrace(p, in, tr); err != nil {
			return fmt.Errorf("checking the trace of %s: %w", path, err)
		}
	}
	rep := execReport{
		ProgramID:    p.IDHex(),
		ImageWords:   len(p.Words),
		ExitCode:     res.ExitCode,
		Output:       "0x" + hex.EncodeToString(res.Output),
		Cycles:       res.Cycles,
		OldStateRoot: fieldHex(res.OldStateRoot),
		StateRoot:    fieldHex(res.StateRoot),
		OffchainHash: fieldHex(statement.OffchainHash(in.Offchain)),
		State:        jobs.FormatState(res.State),
		Changed:      jobs.FormatState(res.Changed),
		Logs:         res.Logs,
		Counters:     res.Counters,
	}
	if tr != nil {
		n, m := len(tr.Steps), len(tr.Memory)
		rep.TraceSteps, rep.MemoryRows = &n, &m
	}
	out := cmd.OutOrStdout()
	if asJSON {
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	printExec(out, &rep, res, elapsed)
	return nil
}

func printExec(w io.Writer, r *execReport, res *executor.Result, elapsed time.Duration) {
	fmt.Fprintf(w, "program_id      %s (%d image words)\n", r.ProgramID, r.ImageWords)
	fmt.Fprintf(w, "exit_code       %d\n", r.ExitCode)
	fmt.Fprintf(w, "output          %s (%d bytes)\n", r.Output, len(res.Output))
	mips := float64(r.Cycles) / elapsed.Seconds() / 1e6
	fmt.Fprintf(w, "cycles          %d (%s, %.1f M steps/s)\n", r.Cycles, elapsed.Round(time.Microsecond), mips)
	fmt.Fprintf(w, "old_state_root  %s\n", r.OldStateRoot)
	fmt.Fprintf(w, "state_root      %s\n", r.StateRoot)
	if len(res.Changed) == 0 {
		fmt.Fprintf(w, "changed         (none)\n")
	} else {
		parts := make([]string, len(res.Changed))
		for i, kv := range res.Changed {
			parts[i] = fmt.Sprintf("0x%08x=0x%08x", kv.Key, kv.Value)
		}
		fmt.Fprintf(w, "changed         %s\n", strings.Join(parts, " "))
	}
	c := r.Counters
	fmt.Fprintf(w, "counters        alu=%d mul_div=%d load=%d store=%d branch=%d jump=%d fence=%d ecall=%d\n",
		c.ALU, c.MulDiv, c.Load, c.Store, c.Branch, c.Jump, c.Fence, c.Ecall)
	fmt.Fprintf(w, "memory          reads=%d writes=%d in_use=%d bytes\n", c.MemReads, c.MemWrites, c.MemBytes)
	s := c.Syscalls
	fmt.Fprintf(w, "syscalls        halt=%d read_onchain=%d read_offchain=%d read_context=%d write_output=%d state_get=%d state_set=%d log=%d sha256_compress=%d keccak_f=%d\n",
		s.Halt, s.ReadOnchain, s.ReadOffchain, s.ReadContext, s.WriteOutput, s.StateGet, s.StateSet, s.Log, s.Sha256Compress, s.KeccakF)
	if r.TraceSteps != nil {
		fmt.Fprintf(w, "trace           %d steps, %d memory rows (checked)\n", *r.TraceSteps, *r.MemoryRows)
	}
	fmt.Fprintf(w, "logs            %d\n", len(r.Logs))
	for _, l := range r.Logs {
		fmt.Fprintf(w, "  %q\n", l)
	}
}
