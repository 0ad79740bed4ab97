// Package gen produces the committed outputs of the contracts build: one JSON artifact per
// contract in contracts/artifacts/ and the Go bindings in contracts/bindings/. The command
// contracts/cmd/contractsgen writes them (`make contracts`); a test regenerates them and
// compares, so stale artifacts fail the build wherever node and solcjs are installed.
package gen

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"path"

	"github.com/ethereum/go-ethereum/accounts/abi/abigen"

	"github.com/zkprover/zkprover/contracts/solc"
)

// BindingsPackage is the Go package name of the generated bindings.
const BindingsPackage = "bindings"

// Bound lists the contracts that get Go bindings (abigen of go-ethereum v1.17.10, the version
// in go.mod): the deployable contracts, the test harnesses and the verifier interface.
var Bound = []string{
	"VerifierRegistry",
	"JobManager",
	"Coordinator",
	"OutputConsumer",
	"HashConsumer",
	"SquareRootConsumer",
	"StatefulCounter",
	"SequenceRollup",
	"RollupVerifier",
	"SubscriptionStore",
	"BareSignatureConsumer",
	"StatementHarness",
	"SequenceHarness",
	"ToyVerifier",
	"ToyFinalVerifier",
	"IGroth16Verifier",
	"IFinalVerifier",
}

// Artifact is the JSON written per contract.
type Artifact struct {
	ContractName string          `json:"contractName"`
	SourceName   string          `json:"sourceName"`
	Compiler     string          `json:"compiler"`
	EVMVersion   string          `json:"evmVersion"`
	ABI          json.RawMessage `json:"abi"`
	Bytecode     string          `json:"bytecode"`
}

// Generate compiles every source under contractsDir/src and returns the files to write,
// keyed by path relative to contractsDir.
func Generate(ctx context.Context, c *solc.Compiler, contractsDir string) (map[string][]byte, error) {
	version, err := c.Version(ctx)
	if err != nil {
		return nil, err
	}
	sources, err := solc.ReadSources(contractsDir, path.Join(contractsDir, "src"))
	if err != nil {
		return nil, err
	}
	compiled, err := c.Compile(ctx, sources)
	if err != nil {
		return nil, err
	}
	files := map[string][]byte{}
	byName := map[string]solc.Contract{}
	for _, k := range compiled {
		if prev, dup := byName[k.Name]; dup {
			return nil, fmt.Errorf("contract name %s is used in %s and %s", k.Name, prev.SourceName, k.SourceName)
		}
		byName[k.Name] = k
		var abiBuf bytes.Buffer
		if err := json.Compact(&abiBuf, k.ABI); err != nil {
			return nil, fmt.Errorf("compacting the ABI of %s: %w", k.Name, err)
		}
		bytecode := ""
		if k.Bytecode != "" {
			bytecode = "0x" + k.Bytecode
		}
		a := Artifact{
			ContractName: k.Name,
			SourceName:   k.SourceName,
			Compiler:     version,
			EVMVersion:   solc.EVMVersion,
			ABI:          abiBuf.Bytes(),
			Bytecode:     bytecode,
		}
		b, err := json.MarshalIndent(a, "", "  ")
		if err != nil {
			return nil, fmt.Errorf("encoding the artifact of %s: %w", k.Name, err)
		}
		files[path.Join("artifacts", k.Name+".json")] = append(b, '\n')
	}
	var types, abis, bins []string
	for _, name := range Bound {
		k, ok := byName[name]
		if !ok {
			return nil, fmt.Errorf("contract %s to bind was not compiled", name)
		}
		types = append(types, name)
		abis = append(abis, string(k.ABI))
		bins = append(bins, k.Bytecode)
	}
	code, err := abigen.Bind(types, abis, bins, nil, BindingsPackage, nil, nil)
	if err != nil {
		return nil, fmt.Errorf("generating Go bindings: %w", err)
	}
	files[path.Join("bindings", "bindings.go")] = []byte(code)
	return files, nil
}
