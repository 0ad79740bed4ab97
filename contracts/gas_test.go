package contracts_test

import (
	"fmt"
	"math/big"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/node"

	"github.com/zkprover/zkprover/contracts"
	"github.com/zkprover/zkprover/contracts/bindings"
	"github.com/zkprover/zkprover/statement"
)

type gasRow struct {
	what string
	gas  uint64
}

// measureGas runs every measured operation with 256 bytes of onchain input and 256 bytes of
// output, and returns the gas used.
func measureGas(t *testing.T, e *env) []gasRow {
	rows := []gasRow{
		{"deploy VerifierRegistry", e.gas["deploy VerifierRegistry"]},
		{"deploy Groth16 verifier (gnark export, 27 inputs, 1 commitment)", e.gas["deploy ToyVerifier"]},
		{"deploy JobManager", e.gas["deploy JobManager"]},
		{"deploy Coordinator", e.gas["deploy Coordinator"]},
	}
	program := randElement(t)
	hcAddr := e.deploy("HashConsumer", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		a, tx, _, err := bindings.DeployHashConsumer(o, e.client, e.jmAddr, e.signer.addr, contracts.Bytes32(program), testMaxCycles)
		return a, tx, err
	})
	hc, err := bindings.NewHashConsumer(hcAddr, e.client)
	if err != nil {
		t.Fatal(err)
	}
	e.send(e.owner, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return hc.SetRequester(o, e.requester.addr, true)
	})
	rows = append(rows, gasRow{"deploy HashConsumer (example)", e.gas["deploy HashConsumer"]})

	// Verification alone: eth_estimateGas of a call to the verifier and to the registry.
	j0 := &onchainJob{program: program, consumer: hcAddr, input: blob(256, 1), nonce: 1, createdAt: 1, maxCycles: testMaxCycles}
	p0 := e.public(j0, blob(256, 2), 0, emptyState(), emptyState())
	proof := proveToy(t, p0)
	elems, err := p0.Elements()
	if err != nil {
		t.Fatal(err)
	}
	var inputs [27]*big.Int
	for i := range elems {
		inputs[i] = elems[i].BigInt(new(big.Int))
	}
	estimate := func(to common.Address, md *bind.MetaData, method string, args ...interface{}) uint64 {
		a, err := md.GetAbi()
		if err != nil {
			t.Fatal(err)
		}
		data, err := a.Pack(method, args...)
		if err != nil {
			t.Fatal(err)
		}
		g, err := e.client.EstimateGas(e.ctx, ethereum.CallMsg{From: e.node1.addr, To: &to, Data: data})
		if err != nil {
			t.Fatalf("estimating %s: %v", method, err)
		}
		return g
	}
	rows = append(rows,
		gasRow{"verifier.verifyProof alone (a transaction calling it)", estimate(e.toyAddr, bindings.ToyVerifierMetaData, "verifyProof", proof, inputs)},
		gasRow{"registry.verifyProof (a transaction calling it)", estimate(e.registryAddr, bindings.VerifierRegistryMetaData, "verifyProof", uint8(toyClass), proof, inputs)},
	)

	// Onchain job.
	r := e.send(e.requester, func(o *bind.TransactOpts) (*types.Transaction, error) { return hc.Request(o, blob(256, 1)) })
	j := e.jobFromReceipt(r)
	rows = append(rows, gasRow{"createJob through HashConsumer.request (256-byte input stored by the consumer)", r.GasUsed})
	rc := e.send(e.node1, e.submit(e.node1, e.result(j, e.public(j, blob(256, 2), 0, emptyState(), emptyState())), nil))
	rows = append(rows, gasRow{"submitResult (256-byte output, proof verified, HashConsumer callback)", rc.GasUsed})

	// Offchain job.
	oj := e.offchainRequest(hcAddr, program, off(100), blob(256, 3), blob(1024, 4), emptyState(), e.signer)
	rc = e.send(e.node1, e.submitOffchain(e.offchainResult(oj, blob(256, 5), emptyState()), oj))
	rows = append(rows, gasRow{"submitResultForOffchainJob (256-byte input and output, request signature, proof)", rc.GasUsed})

	// Coordinator.
	store, storeAddr := e.deployStore()
	rows = append(rows, gasRow{"deploy SubscriptionStore (example)", e.gas["deploy SubscriptionStore"]})
	sub, sr := e.subscribe(store, storeAddr, program, blob(256, 6), 1e12, 3_000_000, 10, 60, 1)
	rows = append(rows, gasRow{"createSubscription (256-byte inputs)", sr.GasUsed})
	e.advance(60 * time.Second)
	rc = e.send(e.node1, e.deliver(sub, 1, blob(256, 6), blob(256, 7)))
	rows = append(rows, gasRow{"deliverCompute (256-byte input and output, proof, SubscriptionStore keeps the output)", rc.GasUsed})
	e.send(e.owner, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return store.SetContainerInputs(o, blob(256, 8))
	})
	fromConsumer, _ := e.subscribe(store, storeAddr, program, nil, 1e12, 3_000_000, 1, 0, 1)
	rc = e.send(e.node1, e.deliver(fromConsumer, 1, blob(256, 8), blob(256, 7)))
	rows = append(rows, gasRow{"deliverCompute, input from the consumer's getContainerInputs (256 bytes)", rc.GasUsed})
	stateful, _ := e.subscribeTerms(store, storeAddr, program, blob(256, 6), 1e12, 3_000_000, 1, 0, 1,
		&bindings.SubscriptionTerms{MaxProofClass: toyClass, Stateful: true})
	root := statement.StateRoot([]statement.KV{{Key: 1, Value: 1}})
	rc = e.send(e.node1, e.deliverD(stateful, delivery{interval: 1, input: blob(256, 6), output: blob(256, 7), newRoot: &root}))
	rows = append(rows, gasRow{"deliverCompute, stateful subscription (the Coordinator chains the root)", rc.GasUsed})
	return rows
}

// TestGasTable measures the gas of the contracts (docs/contracts.md has the table), under the
// Osaka rules and under go-ethereum's dev default (Bogota, with EIP-8037/8038 state gas).
// ZKPROVER_GAS_TABLE=path writes the markdown table to path.
func TestGasTable(t *testing.T) {
	osakaRows := measureGas(t, newEnv(t))
	devRows := measureGas(t, newEnvWith(t, func(*node.Config, *ethconfig.Config) {}))
	var b strings.Builder
	b.WriteString("| operation | gas (Osaka) | gas (Bogota, go-ethereum dev default) |\n|---|---:|---:|\n")
	for i := range osakaRows {
		fmt.Fprintf(&b, "| %s | %d | %d |\n", osakaRows[i].what, osakaRows[i].gas, devRows[i].gas)
	}
	t.Log("\n" + b.String())
	if p := os.Getenv("ZKPROVER_GAS_TABLE"); p != "" {
		if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
