package main

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/jobs"
	"github.com/zkprover/zkprover/statement"
)

// addInputFlags adds the flags that describe a run's input (onchain and
// offchain input, initial state, job context). readInput turns them into an
// executor.Input. Commands that run programs (exec, prove, ...) share them.
func addInputFlags(cmd *cobra.Command) {
	f := cmd.Flags()
	f.String("input", "", "onchain input: hex bytes (0x optional) or @FILE with the raw bytes (max 256 bytes)")
	f.String("offchain-input", "", "offchain input: hex bytes (0x optional) or @FILE with the raw bytes")
	f.String("state", "", `initial state: @FILE (or inline JSON) with an object of "0x%08x" keys to "0x%08x" values`)
	f.Uint64("chain-id", 0, "context: chain id")
	f.Uint64("timestamp", 0, "context: timestamp")
	f.Uint64("batch", 0, "context: batch number")
	f.String("sequencer", "", "context: sequencer address (20 bytes hex, 0x optional)")
}

// readInput builds the run input from the flags added by addInputFlags.
func readInput(cmd *cobra.Command) (*executor.Input, error) {
	f := cmd.Flags()
	in := &executor.Input{}
	var err error
	s, _ := f.GetString("input")
	if in.Onchain, err = readBytesArg(s); err != nil {
		return nil, fmt.Errorf("--input: %w", err)
	}
	if len(in.Onchain) > statement.MaxOnchainInputBytes {
		return nil, fmt.Errorf("--input: %d bytes, the onchain input holds at most %d", len(in.Onchain), statement.MaxOnchainInputBytes)
	}
	s, _ = f.GetString("offchain-input")
	if in.Offchain, err = readBytesArg(s); err != nil {
		return nil, fmt.Errorf("--offchain-input: %w", err)
	}
	s, _ = f.GetString("state")
	if in.State, err = readStateArg(s); err != nil {
		return nil, fmt.Errorf("--state: %w", err)
	}
	in.Context.ChainID, _ = f.GetUint64("chain-id")
	in.Context.Timestamp, _ = f.GetUint64("timestamp")
	in.Context.BatchNum, _ = f.GetUint64("batch")
	s, _ = f.GetString("sequencer")
	if s != "" {
		b, err := hex.DecodeString(strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X"))
		if err != nil || len(b) != 20 {
			return nil, fmt.Errorf("--sequencer %q: want 20 bytes of hex", s)
		}
		copy(in.Context.Sequencer[:], b)
	}
	return in, nil
}

// readBytesArg reads "@FILE" (raw bytes) or hex ("0x" optional, may be empty).
func readBytesArg(s string) ([]byte, error) {
	if name, ok := strings.CutPrefix(s, "@"); ok {
		b, err := os.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("reading %s: %w", name, err)
		}
		return b, nil
	}
	h := strings.TrimPrefix(strings.TrimPrefix(strings.TrimSpace(s), "0x"), "0X")
	b, err := hex.DecodeString(h)
	if err != nil {
		return nil, fmt.Errorf("not hex (use @FILE for a file): %w", err)
	}
	return b, nil
}

// readStateArg reads a state from "@FILE" or inline JSON: an object of
// "0x%08x" keys to "0x%08x" values. Zero values (absent keys) are dropped;
// the result is sorted by key.
func readStateArg(s string) ([]statement.KV, error) {
	if s == "" {
		return nil, nil
	}
	data := []byte(s)
	if name, ok := strings.CutPrefix(s, "@"); ok {
		var err error
		if data, err = os.ReadFile(name); err != nil {
			return nil, fmt.Errorf("reading %s: %w", name, err)
		}
	}
	return parseState(data)
}

// parseState reads a state's JSON object with the wire's parser
// (jobs.ParseState: "0x%08x" keys and values, zero values dropped, sorted).
func parseState(data []byte) ([]statement.KV, error) {
	var m map[string]string
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf(`parsing state JSON (want {"0x%%08x": "0x%%08x", ...}): %w`, err)
	}
	return jobs.ParseState(m)
}

// addRunFlags adds the input flags and --max-cycles of commands that run a
// program locally (exec, prove).
func addRunFlags(cmd *cobra.Command) {
	addInputFlags(cmd)
	cmd.Flags().Uint64("max-cycles", executor.DefaultMaxCycles, "stop with an error when the program has not halted after this many steps")
}

// loadRun reads the ELF at path and the flags of addRunFlags: the program, its
// input and the executor configuration.
func loadRun(cmd *cobra.Command, path string) (*executor.Program, *executor.Input, executor.Config, error) {
	cfg := executor.DefaultConfig()
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, cfg, fmt.Errorf("reading program %s: %w", path, err)
	}
	prog, err := executor.LoadELF(data, cfg.Limits)
	if err != nil {
		return nil, nil, cfg, fmt.Errorf("loading program %s: %w", path, err)
	}
	in, err := readInput(cmd)
	if err != nil {
		return nil, nil, cfg, err
	}
	if cfg.MaxCycles, err = cmd.Flags().GetUint64("max-cycles"); err != nil || cfg.MaxCycles == 0 {
		return nil, nil, cfg, fmt.Errorf("--max-cycles must be positive")
	}
	return prog, in, cfg, nil
}
