// Package solc compiles Solidity with the pinned solcjs (npm package `solc`, see
// contracts/package.json) through its standard-JSON interface. It is used by the contracts
// build (`make contracts`), by the test that checks the committed artifacts are current, and to
// compile the Groth16 verifiers that gnark exports for a proving key.
package solc

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
)

// EVMVersion is the EVM version every contract is compiled for; go-ethereum's simulated
// backend and current mainnet support it.
const EVMVersion = "cancun"

// OptimizerRuns is the optimizer setting of every build.
const OptimizerRuns = 200

// ErrNotInstalled reports that node or the solcjs package is missing.
var ErrNotInstalled = errors.New("solcjs is not installed (run `npm ci --prefix contracts`)")

// Contract is one compiled contract.
type Contract struct {
	Name       string          `json:"contractName"`
	SourceName string          `json:"sourceName"`
	ABI        json.RawMessage `json:"abi"`
	Bytecode   string          `json:"bytecode"` // hex without 0x; empty for abstract contracts and interfaces
}

// Compiler runs solcjs.
type Compiler struct {
	Node   string // path of node
	Module string // directory of the npm package solc (contracts/node_modules/solc)
}

// driver loads the solc package and compiles standard JSON from stdin to stdout. It lets node
// exit on its own: the solcjs command-line script calls process.exit, which can cut off a
// large output written to a pipe.
const driver = `const solc = require(process.argv[1]);
if (process.argv[2] === "version") { process.stdout.write(solc.version()); } else {
  let input = "";
  process.stdin.setEncoding("utf8");
  process.stdin.on("data", (d) => { input += d; });
  process.stdin.on("end", () => { process.stdout.write(solc.compile(input)); });
}`

// Find locates node and contracts/node_modules/solc, given the contracts directory.
// ZKPROVER_SOLC_MODULE overrides the package's directory.
func Find(contractsDir string) (*Compiler, error) {
	node, err := exec.LookPath("node")
	if err != nil {
		return nil, fmt.Errorf("looking up node: %w", ErrNotInstalled)
	}
	mod := os.Getenv("ZKPROVER_SOLC_MODULE")
	if mod == "" {
		mod = filepath.Join(contractsDir, "node_modules", "solc")
	}
	if _, err := os.Stat(filepath.Join(mod, "package.json")); err != nil {
		return nil, fmt.Errorf("npm package solc at %s: %w", mod, ErrNotInstalled)
	}
	abs, err := filepath.Abs(mod)
	if err != nil {
		return nil, fmt.Errorf("resolving %s: %w", mod, err)
	}
	return &Compiler{Node: node, Module: abs}, nil
}

// Version returns the compiler's version string.
func (c *Compiler) Version(ctx context.Context) (string, error) {
	out, err := exec.CommandContext(ctx, c.Node, "-e", driver, c.Module, "version").Output()
	if err != nil {
		return "", fmt.Errorf("asking solcjs for its version: %w", err)
	}
	return strings.TrimSpace(string(out)), nil
}

type stdSource struct {
	Content string `json:"content"`
}

type stdInput struct {
	Language string               `json:"language"`
	Sources  map[string]stdSource `json:"sources"`
	Settings stdSettings          `json:"settings"`
}

type stdSettings struct {
	EVMVersion      string                         `json:"evmVersion"`
	Optimizer       stdOptimizer                   `json:"optimizer"`
	OutputSelection map[string]map[string][]string `json:"outputSelection"`
}

type stdOptimizer struct {
	Enabled bool `json:"enabled"`
	Runs    int  `json:"runs"`
}

type stdOutput struct {
	Errors []struct {
		Severity         string `json:"severity"`
		FormattedMessage string `json:"formattedMessage"`
	} `json:"errors"`
	Contracts map[string]map[string]struct {
		ABI json.RawMessage `json:"abi"`
		EVM struct {
			Bytecode struct {
				Object string `json:"object"`
			} `json:"bytecode"`
		} `json:"evm"`
	} `json:"contracts"`
}

// Compile compiles the sources (source name -> Solidity text) and returns every contract,
// sorted by source name then contract name. Compiler errors are returned as one error;
// warnings are ignored.
func (c *Compiler) Compile(ctx context.Context, sources map[string]string) ([]Contract, error) {
	in := stdInput{
		Language: "Solidity",
		Sources:  make(map[string]stdSource, len(sources)),
		Settings: stdSettings{
			EVMVersion: EVMVersion,
			Optimizer:  stdOptimizer{Enabled: true, Runs: OptimizerRuns},
			OutputSelection: map[string]map[string][]string{
				"*": {"*": {"abi", "evm.bytecode.object"}},
			},
		},
	}
	for name, text := range sources {
		in.Sources[name] = stdSource{Content: text}
	}
	req, err := json.Marshal(in)
	if err != nil {
		return nil, fmt.Errorf("encoding compiler input: %w", err)
	}
	cmd := exec.CommandContext(ctx, c.Node, "-e", driver, c.Module)
	cmd.Stdin = bytes.NewReader(req)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("running solcjs: %w", ctx.Err()) // stopped (Ctrl-C, a deadline), not failed
		}
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() && (ws.Signal() == syscall.SIGINT || ws.Signal() == syscall.SIGTERM) {
				// the terminal's Ctrl-C reaches the child too, maybe before the context ends
				return nil, fmt.Errorf("running solcjs: %w (%s)", context.Canceled, err.Error())
			}
		}
		if msg := strings.TrimSpace(stderr.String()); msg != "" {
			return nil, fmt.Errorf("running solcjs: %w: %s", err, msg)
		}
		return nil, fmt.Errorf("running solcjs: %w", err)
	}
	// Tolerate anything printed before the JSON (the solcjs script prints a line about SMT solvers).
	raw := stdout.Bytes()
	if i := bytes.IndexByte(raw, '{'); i > 0 {
		raw = raw[i:]
	}
	var out stdOutput
	if err := json.Unmarshal(raw, &out); err != nil {
		return nil, fmt.Errorf("decoding solcjs output: %w", err)
	}
	var msgs []string
	for _, e := range out.Errors {
		if e.Severity == "error" {
			msgs = append(msgs, e.FormattedMessage)
		}
	}
	if len(msgs) > 0 {
		return nil, fmt.Errorf("solidity compilation failed:\n%s", strings.Join(msgs, "\n"))
	}
	var res []Contract
	for src, cs := range out.Contracts {
		for name, k := range cs {
			res = append(res, Contract{Name: name, SourceName: src, ABI: k.ABI, Bytecode: k.EVM.Bytecode.Object})
		}
	}
	sort.Slice(res, func(i, j int) bool {
		if res[i].SourceName != res[j].SourceName {
			return res[i].SourceName < res[j].SourceName
		}
		return res[i].Name < res[j].Name
	})
	return res, nil
}

// ReadSources reads every .sol file under dir; source names are paths relative to base,
// with forward slashes (e.g. "src/JobManager.sol").
func ReadSources(base, dir string) (map[string]string, error) {
	sources := map[string]string{}
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !strings.HasSuffix(path, ".sol") {
			return nil
		}
		rel, err := filepath.Rel(base, path)
		if err != nil {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		sources[filepath.ToSlash(rel)] = string(b)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("reading Solidity sources under %s: %w", dir, err)
	}
	return sources, nil
}
